import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import dedent from 'dedent';
import assert from 'node:assert/strict';

import type { Parsed } from '../helpers.js';
import { boundCandidates, indexVariablesOf, rebase, sameSubjectFacts, subjectCandidates, SubjectKeys } from '../../../lib/flow/subjects.js';
import { parse } from '../helpers.js';

/** The keys of the arguments of every `use(...)` call, with variable ids replaced by names (`v3:node.id` → `node.id`). */
function keysOf(code: string, ownerOf?: (call: TSESTree.CallExpression) => TSESTree.Node | null): (string | null)[] {
  const parsed = parse(code);
  const keys = new SubjectKeys(parsed.resolver, ownerOf);
  return useCalls(parsed).map((call) => readable(keys.keyOf(argument(call))));
}

function useCalls(parsed: Parsed): TSESTree.CallExpression[] {
  return parsed.calls.filter((call): call is TSESTree.CallExpression => call.type === AST_NODE_TYPES.CallExpression && parsed.sourceCode.getText(call.callee) === 'use');
}

function argument(call: TSESTree.CallExpression): TSESTree.Node {
  const [first] = call.arguments;
  assert.ok(first);
  return first;
}

function readable(key: string | null): string | null {
  return key === null ? null : key.replace(/v\d+:/gu, '');
}

describe('lib/flow/subjects', () => {
  describe('SubjectKeys.keyOf', () => {
    it('roots member paths at variables, this and globals', () => {
      assert.deepEqual(keysOf('function f(node) { use(node.id); use(this.ironic.node); use(GLOBAL.x); }'), ['node.id', 'this.ironic.node', 'g:GLOBAL.x']);
    });

    it('reads literal computed keys, index variables and wrappers, and gives up on other keys and call results', () => {
      assert.deepEqual(keysOf("function f(node, k) { use(node['id']); use(node!.id); use(node?.id); use(node[k]); use(node[k + 1]); use(get().id); use('x'); }"), [
        'node.id',
        'node.id',
        'node.id',
        'node.[k]',
        null,
        null,
        null,
      ]);
    });

    it('follows aliases and destructuring to what they name', () => {
      const code = dedent`
        function f(node) {
          const nodeId = node.id;
          const { uuid } = node;
          const { driver: { name } } = node;
          use(nodeId);
          use(uuid);
          use(name);
        }
      `;
      assert.deepEqual(keysOf(code), ['node.id', 'node.uuid', 'node.driver.name']);
    });

    it('does not follow a binding written more than once', () => {
      assert.deepEqual(keysOf('function f(node, other) { let id = node.id; id = other.id; use(id); }'), ['id']);
    });

    it('distinguishes variables of the same name', () => {
      const parsed = parse('function f(node) { use(node); } function g(node) { use(node); }');
      const keys = new SubjectKeys(parsed.resolver);
      const [first, second] = useCalls(parsed).map((call) => keys.keyOf(argument(call)));
      assert.ok(first !== undefined && second !== undefined && first !== second);
    });

    it('keys the items of a listing under its owner', () => {
      const code = dedent`
        async function f(node) {
          const targets = await list({ nodeId: node.id });
          for (const target of targets) use(target.id);
          use(targets);
        }
      `;
      const ownerOf = (call: TSESTree.CallExpression): TSESTree.Node | null => {
        const [first] = call.arguments;
        if (call.callee.type !== AST_NODE_TYPES.Identifier || call.callee.name !== 'list' || first?.type !== AST_NODE_TYPES.ObjectExpression) return null;
        const [property] = first.properties;
        return property?.type === AST_NODE_TYPES.Property ? property.value : null;
      };
      assert.deepEqual(keysOf(code, ownerOf), ['node.id.[].id', 'node.id.[]']);
    });
  });

  describe('SubjectKeys.writtenKey and killedKeys', () => {
    it('kills the variable written, not what it aliased', () => {
      const parsed = parse('function f(node) { const nodeId = node.id; nodeId; }');
      const keys = new SubjectKeys(parsed.resolver);
      const declarator = parsed.sourceCode.ast.body[0];
      assert.ok(declarator?.type === AST_NODE_TYPES.FunctionDeclaration);
      const statement = declarator.body.body[0];
      assert.ok(statement?.type === AST_NODE_TYPES.VariableDeclaration);
      const [declaration] = statement.declarations;
      assert.ok(declaration);
      const id = declaration.id;
      assert.deepEqual(keys.killedKeys(id).map(readable), ['nodeId']);
    });

    it('kills the object along with an identity property written', () => {
      const parsed = parse('function f(node) { node.id = 1; node.name = 2; node.state = 3; g.x = 4; }');
      const keys = new SubjectKeys(parsed.resolver);
      const fn = parsed.sourceCode.ast.body[0];
      assert.ok(fn?.type === AST_NODE_TYPES.FunctionDeclaration);
      const targets = fn.body.body.map((statement) => {
        assert.ok(statement.type === AST_NODE_TYPES.ExpressionStatement && statement.expression.type === AST_NODE_TYPES.AssignmentExpression);
        return statement.expression.left;
      });
      assert.deepEqual(
        targets.map((target) => keys.killedKeys(target).map(readable)),
        [['node.id', 'node'], ['node.name', 'node'], ['node.state'], ['g:g.x']],
      );
    });
  });

  describe('subjectCandidates and rebase', () => {
    it('climbs identity properties and listed items', () => {
      assert.deepEqual(subjectCandidates('v1:node.id'), ['v1:node.id', 'v1:node']);
      assert.deepEqual(subjectCandidates('v1:node.[].uuid'), ['v1:node.[].uuid', 'v1:node.[]', 'v1:node']);
      assert.deepEqual(subjectCandidates('v1:pod.status.phase'), ['v1:pod.status.phase']);
      assert.deepEqual(subjectCandidates('v1:node'), ['v1:node']);
    });

    it('replaces a root, only at a path boundary', () => {
      assert.equal(rebase('v1:node.id', 'v1:node', 'v9:n'), 'v9:n.id');
      assert.equal(rebase('v1:node', 'v1:node', 'this.x'), 'this.x');
      assert.equal(rebase('v1:nodes.id', 'v1:node', 'v9:n'), null);
      assert.equal(rebase('v2:other', 'v1:node', 'v9:n'), null);
    });
  });

  describe('sameSubjectFacts and boundCandidates', () => {
    it('pairs a check argument with its returned value while both facts hold', () => {
      const facts = new Set(sameSubjectFacts('v1:nodeId', 'v2:node'));
      assert.deepEqual(boundCandidates('v1:nodeId', facts), ['v1:nodeId', 'v2:node']);
      assert.deepEqual(boundCandidates('v2:node.id', facts), ['v2:node.id', 'v2:node', 'v1:nodeId']);
      const [, aboutNodeId] = sameSubjectFacts('v1:nodeId', 'v2:node');
      assert.ok(aboutNodeId);
      // The node was rewritten: the fact about it is gone, and so is the pairing.
      assert.deepEqual(boundCandidates('v1:nodeId', new Set([aboutNodeId])), ['v1:nodeId']);
      assert.deepEqual(sameSubjectFacts('v1:x', 'v1:x'), []);
    });
  });

  describe('indexVariablesOf', () => {
    it('lists the index variables an element key reads, and nothing for items or literal indexes', () => {
      assert.deepEqual(indexVariablesOf('v3:nodes.[v7:i].id'), ['v7:i']);
      assert.deepEqual(indexVariablesOf('v3:racks.[v7:i].nodes.[v8:j]'), ['v7:i', 'v8:j']);
      assert.deepEqual(indexVariablesOf('v3:nodes.[].id'), []);
      assert.deepEqual(indexVariablesOf('v3:nodes.0.id'), []);
      assert.deepEqual(indexVariablesOf('v3:nodes.[*].provisionState'), []);
    });
  });
});
