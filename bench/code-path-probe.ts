/**
 * A probe of the code-path engine (lib/flow/code-path.ts) for the scaling measurements: a rule
 * that reports nothing and uses the engine the way a precondition rule does, so the engine's
 * cost can be measured before (and besides) the rules built on it.
 *
 * Events: a call named `get*` / `validate*` generates a `checked` fact for its first argument's
 * root and for the variable it initialises; a test `x.y === ...` in an `if` is a branch test on
 * `x`; an assignment to a variable kills its facts; a call named `set*`, `update*`, `attach*`,
 * `delete*`, `inject*` or `enable*` is a query. When the file is solved, every query missing its
 * fact is explained (the lookup a rule does to word its message).
 */
import type { Rule } from 'eslint';
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { CodePathModule } from './plugin.js';

const CHECK = /^(?:get|validate)[A-Z]/u;
const ACTION = /^(?:set|update|attach|delete|inject|enable)[A-Z]/u;

/** Counters the probe leaves behind for the worker (per file, last lint). */
export const probeCounters = { queries: 0, missing: 0, explained: 0 };

/** The probe over the engine of one copy of the plugin (the run's snapshot). */
export function createCodePathProbe({ CodePathRecorder, fact }: CodePathModule): Rule.RuleModule {
  return {
    meta: { type: 'problem', schema: [], docs: { description: 'Probe the code-path engine (reports nothing)' } },
    create() {
      const recorder = new CodePathRecorder({
        onSolved(solved) {
          let missing = 0;
          let explained = 0;
          for (const query of solved.queries) {
            const subject = subjectOf(query.node as TSESTree.CallExpression);
            if (subject === null || query.facts === null) continue;
            const wanted = fact('checked', subject);
            if (query.facts.has(wanted)) continue;
            missing++;
            if (solved.explainMissing(query, wanted).branch !== null) explained++;
          }
          probeCounters.queries = solved.queries.length;
          probeCounters.missing = missing;
          probeCounters.explained = explained;
        },
      });
      const listeners = recorder.listeners as unknown as Rule.RuleListener;
      return {
        ...listeners,
        CallExpression(estreeNode) {
          const node = estreeNode as unknown as TSESTree.CallExpression;
          const name = calleeName(node);
          if (name === null) return;
          if (CHECK.test(name)) {
            const facts: string[] = [];
            const subject = subjectOf(node);
            if (subject !== null) facts.push(fact('checked', subject));
            const declared = declaredName(node);
            if (declared !== null) facts.push(fact('checked', declared));
            recorder.gen(facts);
          } else if (ACTION.test(name)) {
            recorder.query(node, 'action');
          }
        },
        'IfStatement > BinaryExpression.test'(estreeNode: Rule.Node) {
          const test = estreeNode as unknown as TSESTree.BinaryExpression;
          if (test.operator !== '===') return;
          const root = rootName(test.left);
          if (root !== null) recorder.test(test, [fact('state', root)], []);
        },
        AssignmentExpression(estreeNode) {
          const node = estreeNode as unknown as TSESTree.AssignmentExpression;
          if (node.left.type === AST_NODE_TYPES.Identifier) recorder.kill([node.left.name]);
        },
      };
    },
  };
}

function calleeName(call: TSESTree.CallExpression): string | null {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier) return callee.property.name;
  return null;
}

function subjectOf(call: TSESTree.CallExpression): string | null {
  const first = call.arguments[0];
  return first ? rootName(first) : null;
}

function rootName(node: TSESTree.Node): string | null {
  let current = node;
  for (;;) {
    if (current.type === AST_NODE_TYPES.Identifier) return current.name;
    if (current.type === AST_NODE_TYPES.MemberExpression) current = current.object;
    else if (current.type === AST_NODE_TYPES.BinaryExpression) current = current.left;
    else return null;
  }
}

function declaredName(call: TSESTree.CallExpression): string | null {
  let current: TSESTree.Node = call;
  while (current.parent.type === AST_NODE_TYPES.AwaitExpression) current = current.parent;
  const parent = current.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left.type === AST_NODE_TYPES.Identifier) return parent.left.name;
  return null;
}
