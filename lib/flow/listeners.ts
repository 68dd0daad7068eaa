/**
 * Rule listener maps built from several parts (an engine's and a rule's own).
 */

import type { TSESTree } from '@typescript-eslint/utils';

/** A listener of any kind: node listeners take a node, code path listeners take more. */
export type Listener = (...args: never[]) => void;

export type ListenerMap = Record<string, Listener>;

/** Merges listener maps; for a shared key, the earlier map's function runs first. */
export function mergeListeners(...maps: readonly ListenerMap[]): ListenerMap {
  const merged: ListenerMap = {};
  for (const map of maps) {
    for (const [key, listener] of Object.entries(map)) {
      const existing = merged[key];
      // Fixed parameters (ESLint passes at most three: `onCodePathSegmentLoop(from, to, node)`),
      // not rest ones: listeners run for every node, and a rest array per call is garbage.
      merged[key] = existing
        ? (a: never, b: never, c: never) => {
            existing(a, b, c);
            listener(a, b, c);
          }
        : listener;
    }
  }
  return merged;
}

/*
 * Selectors such as `ReturnStatement > .argument` or `SwitchCase > *` name no node type, so ESLint
 * tests them against every node it visits (and its fast path for `Parent > .field` lower-cases the
 * parent's type on every mismatch). A list of types is dispatched by type instead; the listener then
 * checks the parent itself.
 */

/**
 * The list given, checked at compile time to name every member of `All` (a missing type fails to
 * compile, naming it) and nothing else.
 */
function everyType<All extends string>() {
  return <const Listed extends readonly All[]>(list: Listed & ([Exclude<All, Listed[number]>] extends [never] ? unknown : { missing: Exclude<All, Listed[number]> })): readonly string[] => list;
}

/** Every expression node type (typescript-eslint's `Expression`). */
const EXPRESSION_TYPES = everyType<`${TSESTree.Expression['type']}`>()([
  'ArrayExpression', 'ArrayPattern', 'ArrowFunctionExpression', 'AssignmentExpression', 'AwaitExpression',
  'BinaryExpression', 'CallExpression', 'ChainExpression', 'ClassExpression', 'ConditionalExpression',
  'FunctionExpression', 'Identifier', 'ImportExpression', 'JSXElement', 'JSXFragment', 'Literal',
  'LogicalExpression', 'MemberExpression', 'MetaProperty', 'NewExpression', 'ObjectExpression', 'ObjectPattern',
  'SequenceExpression', 'Super', 'TaggedTemplateExpression', 'TemplateLiteral', 'ThisExpression', 'TSAsExpression',
  'TSInstantiationExpression', 'TSNonNullExpression', 'TSSatisfiesExpression', 'TSTypeAssertion', 'UnaryExpression',
  'UpdateExpression', 'YieldExpression',
]);

/** Every statement node type (typescript-eslint's `Statement`). */
const STATEMENT_TYPES = everyType<`${TSESTree.Statement['type']}`>()([
  'BlockStatement', 'BreakStatement', 'ClassDeclaration', 'ContinueStatement', 'DebuggerStatement', 'DoWhileStatement',
  'EmptyStatement', 'ExportAllDeclaration', 'ExportDefaultDeclaration', 'ExportNamedDeclaration', 'ExpressionStatement',
  'ForInStatement', 'ForOfStatement', 'ForStatement', 'FunctionDeclaration', 'IfStatement', 'ImportDeclaration',
  'LabeledStatement', 'ReturnStatement', 'SwitchStatement', 'ThrowStatement', 'TryStatement', 'TSDeclareFunction',
  'TSEnumDeclaration', 'TSExportAssignment', 'TSImportEqualsDeclaration', 'TSInterfaceDeclaration',
  'TSModuleDeclaration', 'TSNamespaceExportDeclaration', 'TSTypeAliasDeclaration', 'VariableDeclaration',
  'WhileStatement', 'WithStatement',
]);

/** A selector for entering any expression (with `exit`, leaving it), dispatched by type. */
export function anyExpression(exit: boolean): string {
  return `${EXPRESSION_TYPES.join(', ')}${exit ? ':exit' : ''}`;
}

/** A selector for entering any statement (with `exit`, leaving it), dispatched by type. */
export function anyStatement(exit: boolean): string {
  return `${STATEMENT_TYPES.join(', ')}${exit ? ':exit' : ''}`;
}
