/**
 * A rule that never crashes a lint run. An error thrown by one of a rule's listeners (a bug, or a
 * syntax tree or type the analysis did not expect) would abort ESLint on every file; instead the
 * rule stops checking that file and reports once, on its first line, that its findings there are
 * incomplete and why, so the bug is seen and reported rather than silently lost.
 *
 * Errors thrown while the rule is created are configuration errors (`requireTypeInformation` on a
 * file without types) and still stop the run: they are the user's to fix, with the message given.
 */
import type { TSESLint } from '@typescript-eslint/utils';

export const INTERNAL_ERROR_MESSAGE = 'internalError';

type AnyRule = TSESLint.RuleModule<string, readonly unknown[]>;
type Listener = (a: unknown, b: unknown, c: unknown) => void;

/** The first line of an error's message, shortened (a stack or a dump of a node is no message). */
function summary(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** The rule, with each listener guarded (see the module comment) and the message it reports added. */
export function guardRule<Rule extends AnyRule>(name: string, rule: Rule): Rule {
  const guarded: AnyRule = {
    ...rule,
    meta: {
      ...rule.meta,
      messages: {
        ...rule.meta.messages,
        [INTERNAL_ERROR_MESSAGE]: `ironclad/${name} stopped checking this file after an internal error ({{error}}); its findings here are incomplete. Please report it with the code that caused it.`,
      },
    },
    create(context) {
      const listeners = rule.create(context) as Record<string, Listener | undefined>;
      let failed = false;
      const wrapped: Record<string, Listener> = {};
      for (const [selector, listener] of Object.entries(listeners)) {
        if (typeof listener !== 'function') continue;
        // Fixed parameters, not rest ones (ESLint passes at most three, to `onCodePathSegmentLoop`):
        // a listener runs for every node, and a rest array per call is garbage.
        wrapped[selector] = (a, b, c) => {
          if (failed) return;
          try {
            listener(a, b, c);
          } catch (error) {
            failed = true;
            context.report({ loc: { line: 1, column: 0 }, messageId: INTERNAL_ERROR_MESSAGE, data: { error: summary(error) } });
          }
        };
      }
      return wrapped;
    },
  };
  return guarded as Rule;
}

/** Whether a lint message is a guarded rule's report of an internal error (for tests). */
export function isInternalError(message: { readonly messageId?: string }): boolean {
  return message.messageId === INTERNAL_ERROR_MESSAGE;
}

