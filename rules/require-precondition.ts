import type { TSESTree } from '@typescript-eslint/utils';

import type { ActionSpec, CheckSpec, ListingSpec } from '../lib/matching/actions.js';
import type { CallMatcherSpec } from '../lib/matching/call-matcher.js';
import type { ListSetting } from '../lib/matching/vocabulary.js';
import type { Violation } from '../lib/flow/preconditions.js';
import { createRule } from '../lib/create-rule.js';
import { preconditionListeners } from '../lib/flow/preconditions.js';
import { IRONIC_ACTIONS, IRONIC_CHECKS, IRONIC_LISTINGS, mergeChecks, preconditionSettingsProperties, PreconditionVocabulary } from '../lib/matching/actions.js';
import { fileNames } from '../lib/matching/call-site.js';
import { requiredTypeInfoOf } from '../lib/matching/type-info.js';
import { isReplaced, readSettings, resolveList, sharedSettingSchema } from '../lib/matching/vocabulary.js';
import { perConfig } from '../lib/matching/per-config.js';
import { withSharedSchemas } from '../lib/matching/shared-schemas.js';

export type Options = [
  {
    actions?: ListSetting<ActionSpec>;
    callbacks?: 'inherit' | 'isolate';
    checks?: Record<string, CheckSpec | null>;
    checkStateMachine?: boolean;
    exitCalls?: ListSetting<CallMatcherSpec>;
    listings?: ListSetting<ListingSpec>;
    requireTypeInformation?: boolean;
    trustCallers?: boolean;
  },
];

export type MessageId = 'missingPrecondition' | 'missingPreconditionAtCaller' | 'missingPreconditionBeyondCallers' | 'preconditionMissingAndNotOnEveryPath' | 'preconditionNotOnEveryPath';

/** Calls that never return, besides `never`-typed ones (with type information). */
const DEFAULT_EXIT_CALLS: readonly CallMatcherSpec[] = ['process.exit', 'this.fail', 'fail'];

export default createRule<Options, MessageId>({
  name: 'require-precondition',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the checks a state-changing call needs to hold on every path before it',
      recommended: true,
      requiresTypeChecking: false,
      cwe: ['CWE-696', 'CWE-754'],
      securitySeverity: '6.5',
      typeCheckedOptions: { requireTypeInformation: true },
      strictOptions: { checkStateMachine: true },
    },
    schema: [
      withSharedSchemas({
        type: 'object',
        properties: {
          actions: preconditionSettingsProperties.actions,
          callbacks: {
            type: 'string',
            enum: ['inherit', 'isolate'],
            description: 'Whether a callback sees the checks that hold where it is created (`vifs.forEach(v => detach(node.id, v))`).',
          },
          checks: preconditionSettingsProperties.checks,
          checkStateMachine: {
            type: 'boolean',
            description: "Also require Ironic's state machine: source states per provision target, no power change while cleaning, no deploy/rebuild/rescue in maintenance.",
          },
          exitCalls: sharedSettingSchema('exitCalls'),
          listings: preconditionSettingsProperties.listings,
          requireTypeInformation: {
            type: 'boolean',
            description: 'Fail when the file has no type information instead of checking without it.',
          },
          trustCallers: {
            type: 'boolean',
            description: 'Accept an action in a private helper on its parameter when every same-file call of the helper has the check.',
          },
        },
        additionalProperties: false,
      }),
    ],
    defaultOptions: [{ callbacks: 'inherit', checkStateMachine: false, requireTypeInformation: false, trustCallers: true }],
    messages: {
      missingPrecondition: '{{action}} acts on `{{subject}}` without {{missing}} before it.',
      missingPreconditionAtCaller: '{{action}} acts on `{{subject}}` without {{missing}} before it, nor before the call at line {{line}} that passes it on.',
      missingPreconditionBeyondCallers:
        '{{action}} acts on `{{subject}}` without {{missing}} before it, nor before the call at line {{line}} that passes it on; callers more than {{depth}} helpers from the action are not followed: check it closer.',
      preconditionNotOnEveryPath: '{{action}} acts on `{{subject}}` without {{missing}} on every path before it{{where}}.',
      preconditionMissingAndNotOnEveryPath: '{{action}} acts on `{{subject}}` without {{missing}} before it, and without {{partial}} on every path before it{{where}}.',
    },
    languages: ['js/js'],
  },
  create(context, [options]) {
    const settings = readSettings(context);
    const info = requiredTypeInfoOf(context, options.requireTypeInformation === true);
    const { paths, sites } = fileNames(context.sourceCode);
    const settingsActions = settings.actions as ListSetting<ActionSpec> | undefined;
    const vocabulary = perConfig(
      context,
      () =>
        new PreconditionVocabulary({
          actions: resolveList(IRONIC_ACTIONS, settingsActions, options.actions),
          checks: mergeChecks(IRONIC_CHECKS, settings.checks as Record<string, CheckSpec | null> | undefined, options.checks),
          exitCalls: resolveList(DEFAULT_EXIT_CALLS, settings.exitCalls, options.exitCalls),
          listings: resolveList(IRONIC_LISTINGS, settings.listings as ListSetting<ListingSpec> | undefined, options.listings),
          stateMachine: options.checkStateMachine === true && !isReplaced(settingsActions, options.actions),
        }),
    );
    // A file that names no action (most files of most projects) has nothing to report.
    if (!vocabulary.mayHoldAction(context.sourceCode.text, context.sourceCode.ast.tokens)) return {};
    return preconditionListeners({
      sourceCode: context.sourceCode,
      vocabulary,
      paths,
      sites,
      info,
      callbacks: options.callbacks ?? 'inherit',
      trustCallers: options.trustCallers !== false,
      report: (violation: Violation) => {
        const missing = joinAnd(violation.missing);
        const partly = violation.notOnEveryPath;
        if (partly && violation.missing.length > 0) {
          context.report({
            node: violation.node,
            messageId: 'preconditionMissingAndNotOnEveryPath',
            data: { action: violation.action, subject: violation.subject, missing, partial: joinAnd(partly.checks), where: whereText(partly.branch) },
          });
          return;
        }
        if (partly) {
          context.report({
            node: violation.node,
            messageId: 'preconditionNotOnEveryPath',
            data: { action: violation.action, subject: violation.subject, missing: joinAnd(partly.checks), where: whereText(partly.branch) },
          });
          return;
        }
        if (violation.caller && violation.callersBeyond !== null) {
          context.report({
            node: violation.node,
            messageId: 'missingPreconditionBeyondCallers',
            data: { action: violation.action, subject: violation.subject, missing, line: String(violation.caller.loc.start.line), depth: String(violation.callersBeyond) },
          });
          return;
        }
        if (violation.caller) {
          context.report({
            node: violation.node,
            messageId: 'missingPreconditionAtCaller',
            data: { action: violation.action, subject: violation.subject, missing, line: String(violation.caller.loc.start.line) },
          });
          return;
        }
        context.report({
          node: violation.node,
          messageId: 'missingPrecondition',
          data: { action: violation.action, subject: violation.subject, missing },
        });
      },
    });
  },
});

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

const STATEMENT_NAMES: Partial<Record<string, string>> = {
  IfStatement: 'the `if`',
  ConditionalExpression: 'the conditional expression',
  LogicalExpression: 'the logical expression',
  SwitchStatement: 'the `switch`',
  TryStatement: 'the `try`',
  ForStatement: 'the `for` loop',
  ForOfStatement: 'the `for…of` loop',
  ForInStatement: 'the `for…in` loop',
  WhileStatement: 'the `while` loop',
  DoWhileStatement: 'the `do…while` loop',
};

/** ": the `if` at line 12 has a path without it", or nothing when the branch is unknown. */
function whereText(branch: TSESTree.Node | null): string {
  if (!branch) return '';
  const name = STATEMENT_NAMES[branch.type] ?? 'the statement';
  return `: ${name} at line ${String(branch.loc.start.line)} has a path without it`;
}
