/**
 * Credential shapes in string literals (after gitleaks' rules, re-expressed): AWS access key ids,
 * GitHub, GitLab, Slack, Stripe, npm, Google, OpenAI, Anthropic, Vault and SendGrid tokens, JWTs,
 * PEM private keys and URLs with a password in their userinfo.
 *
 * Linear in the length of the text: the text is cut once into runs of token characters and each
 * run is tested with anchored expressions whose quantifiers cannot backtrack across the run more
 * than once; PEM headers and URLs are found with indexOf and bounded scans.
 */

export interface TokenShape {
  /** A human name for messages: "a GitHub token". */
  readonly name: string;
}

const RUN_SHAPES: readonly { readonly name: string; readonly test: (run: string) => boolean }[] = [
  { name: 'an AWS access key id', test: (run) => /^(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}$/u.test(run) },
  { name: 'a GitHub token', test: (run) => /^(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}$/u.test(run) },
  { name: 'a GitHub token', test: (run) => /^github_pat_[A-Za-z0-9_]{82}$/u.test(run) },
  { name: 'a GitLab token', test: (run) => /^glpat-[A-Za-z0-9_-]{20}$/u.test(run) },
  { name: 'a Slack token', test: (run) => /^xox[abeoprs]-[A-Za-z0-9-]{10,}$/u.test(run) },
  { name: 'a Stripe key', test: (run) => /^(?:sk|rk)_(?:test|live|prod)_[A-Za-z0-9]{10,}$/u.test(run) },
  { name: 'a Google API key', test: (run) => /^AIza[0-9A-Za-z_-]{35}$/u.test(run) },
  { name: 'an npm token', test: (run) => /^npm_[A-Za-z0-9]{36}$/u.test(run) },
  { name: 'an OpenAI key', test: (run) => run.startsWith('sk-') && run.includes('T3BlbkFJ') },
  { name: 'an Anthropic key', test: (run) => /^sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{20,}$/u.test(run) },
  { name: 'a Vault token', test: (run) => /^hv[sb]\.[A-Za-z0-9_-]{24,}$/u.test(run) },
  { name: 'a SendGrid key', test: (run) => /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/u.test(run) },
  { name: 'a JSON Web Token', test: isJwt },
];

const RUN_CHAR = /[A-Za-z0-9_.-]/u;

function isJwt(run: string): boolean {
  if (!run.startsWith('eyJ')) return false;
  const parts = run.split('.');
  if (parts.length !== 3) return false;
  const [header, payload, signature] = parts;
  return (
    header !== undefined &&
    payload !== undefined &&
    signature !== undefined &&
    payload.startsWith('eyJ') &&
    header.length >= 10 &&
    payload.length >= 10 &&
    signature.length >= 10 &&
    parts.every((part) => /^[A-Za-z0-9_-]+$/u.test(part))
  );
}

/** The credential shape found in a text, or null. */
export function tokenShapeIn(text: string): TokenShape | null {
  if (text.length < 16) return null;
  const pem = text.indexOf('-----BEGIN ');
  if (pem !== -1) {
    const header = text.slice(pem, pem + 64);
    if (/^-----BEGIN [A-Z0-9 ]{0,30}PRIVATE KEY(?: BLOCK)?-----/u.test(header)) return { name: 'a PEM private key' };
  }
  if (text.includes('hooks.slack.com/')) {
    if (/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9]/u.test(text)) return { name: 'a Slack webhook URL' };
  }
  const url = urlWithPassword(text);
  if (url) return url;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inRun = i < text.length && RUN_CHAR.test(text.charAt(i));
    if (inRun && start === -1) start = i;
    if (!inRun && start !== -1) {
      const run = text.slice(start, i);
      start = -1;
      if (run.length < 16 || run.length > 4096 || isPlaceholderRun(run)) continue;
      for (const shape of RUN_SHAPES) if (shape.test(run)) return { name: shape.name };
    }
  }
  return null;
}

/** `scheme://user:password@host`: userinfo with a non-empty password. */
/**
 * A token's shape filled with a placeholder, as usage text and docs show it: AWS's documented
 * example keys (`AKIAIOSFODNN7EXAMPLE`), or a run of one character (`ghp_xxxxxxxx…`, `sk_test_0000…`).
 */
function isPlaceholderRun(run: string): boolean {
  return run.includes('EXAMPLE') || /(.)\1{7}/u.test(run);
}

function urlWithPassword(text: string): TokenShape | null {
  let from = 0;
  for (;;) {
    const index = text.indexOf('://', from);
    if (index === -1) return null;
    from = index + 3;
    let schemeStart = index;
    while (schemeStart > 0 && index - schemeStart < 32 && /[A-Za-z0-9+.-]/u.test(text.charAt(schemeStart - 1))) schemeStart--;
    if (schemeStart === index || !/[A-Za-z]/u.test(text.charAt(schemeStart))) continue;
    let colon = -1;
    for (let i = from; i < text.length && i - from < 256; i++) {
      const ch = text.charAt(i);
      if (ch === '@') {
        if (colon !== -1 && colon > from && i > colon + 1 && !isPlaceholder(text.slice(colon + 1, i))) return { name: 'a URL with a password' };
        break;
      }
      if (ch === '/' || ch === ' ' || ch === '\n' || ch === '\t' || ch === '?' || ch === '#') break;
      if (ch === ':' && colon === -1) colon = i;
    }
  }
}

/** A password written as documentation, not a credential: `<password>`, `{pass}`, `${PW}`, `***`, `password`. */
function isPlaceholder(password: string): boolean {
  return /^(?:<[^>]*>|\{[^}]*\}|\$\{[^}]*\}|%s|\*+|x+|\.+|pass(?:word)?|passwd|pwd|secret|token|changeme)$/iu.test(password);
}
