/**
 * The rule factory: typescript-eslint's RuleCreator with this plugin's docs URL and docs fields.
 */
import { ESLintUtils } from '@typescript-eslint/utils';

export const REPOSITORY_URL = 'https://github.com/ironclad-lint/eslint-plugin-ironclad';

/** What each rule declares about itself; the configs and the SARIF metadata are derived from it. */
export interface IroncladDocs {
  /** In every config (`recommended`, `recommended-type-checked`, `strict-type-checked`). */
  readonly recommended: boolean;
  /** Always false here: every rule works without type information and uses it when present. */
  readonly requiresTypeChecking: boolean;
  /** The weaknesses the rule guards against, `CWE-NNN`. */
  readonly cwe: readonly string[];
  /** GitHub code scanning's `security-severity` (0.1–10.0). */
  readonly securitySeverity: string;
  /** Option values the `-type-checked` configs set (always `requireTypeInformation: true`). */
  readonly typeCheckedOptions: Readonly<Record<string, unknown>>;
  /** Further option values the `strict-type-checked` config sets. */
  readonly strictOptions: Readonly<Record<string, unknown>>;
}

export function ruleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
}

export const createRule = ESLintUtils.RuleCreator<IroncladDocs>(ruleDocsUrl);
