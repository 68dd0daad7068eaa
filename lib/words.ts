/**
 * Identifiers and property keys as lower-case words.
 *
 * Splits camelCase, PascalCase, snake_case, kebab-case, SCREAMING_CASE, dotted and spaced keys,
 * and letter/digit boundaries: `ipmiHexKgKey` → ipmi hex kg key, `IPMI_PASSWORD` → ipmi password,
 * `HTTPServer` → http server, `oauth2Token` → oauth 2 token, `userIDs` → user ids. Letters of any
 * script count; letters without case (`密码`) form words of their own.
 *
 * A single linear scan: no regular expression runs over the identifier, so a 100,000-character
 * name costs 100,000 steps.
 */

const CharClass = { Separator: 0, Lower: 1, Upper: 2, Digit: 3, Caseless: 4, Mark: 5 } as const;
type CharClass = (typeof CharClass)[keyof typeof CharClass];

// Tested against one character at a time, never against the identifier.
const UPPER_LETTER = /^[\p{Lu}\p{Lt}]$/u;
const LOWER_LETTER = /^\p{Ll}$/u;
const OTHER_LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const MARK = /^\p{M}$/u;

function classify(ch: string): CharClass {
  const code = ch.charCodeAt(0);
  if (code >= 97 && code <= 122) return CharClass.Lower;
  if (code >= 65 && code <= 90) return CharClass.Upper;
  if (code >= 48 && code <= 57) return CharClass.Digit;
  if (code < 128) return CharClass.Separator;
  if (LOWER_LETTER.test(ch)) return CharClass.Lower;
  if (UPPER_LETTER.test(ch)) return CharClass.Upper;
  // Letters without case (CJK, Arabic, Hebrew, kana, modifier letters) form words of their own.
  if (OTHER_LETTER.test(ch)) return CharClass.Caseless;
  if (NUMBER.test(ch)) return CharClass.Digit;
  // A combining mark belongs to the letter before it (`é` written as `e` + U+0301).
  if (MARK.test(ch)) return CharClass.Mark;
  return CharClass.Separator;
}

/**
 * The words of names split so far. Rules ask for the same names over and over (every `logger`,
 * `node`, `password` of a file), so the words of a name are computed once: they depend on the
 * name alone. Bounded (emptied when full), and only names of ordinary length are kept.
 */
const splitCache = new Map<string, readonly string[]>();
const SPLIT_CACHE_SIZE = 20_000;
const SPLIT_CACHE_MAX_NAME = 200;

/** Splits an identifier or key into lower-case words (the same array for the same name: read-only). */
export function splitWords(name: string): readonly string[] {
  const cached = splitCache.get(name);
  if (cached) return cached;
  const words = splitAscii(name) ?? splitAny(name);
  if (name.length <= SPLIT_CACHE_MAX_NAME) {
    if (splitCache.size >= SPLIT_CACHE_SIZE) splitCache.clear();
    splitCache.set(name, Object.freeze(words));
  }
  return words;
}

function isAsciiLower(name: string, index: number): boolean {
  const code = name.charCodeAt(index);
  return code >= 97 && code <= 122;
}

/** The same split for a name of ASCII characters only, by index (most identifiers); null for any other name. */
function splitAscii(name: string): string[] | null {
  const words: string[] = [];
  let start = -1;
  let previous: CharClass = CharClass.Separator;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 128) return null;
    const kind = code >= 97 && code <= 122 ? CharClass.Lower : code >= 65 && code <= 90 ? CharClass.Upper : code >= 48 && code <= 57 ? CharClass.Digit : CharClass.Separator;
    if (kind === CharClass.Separator) {
      if (start !== -1) words.push(name.slice(start, i).toLowerCase());
      start = -1;
      previous = kind;
      continue;
    }
    let boundary = false;
    if (start !== -1) {
      if (kind === CharClass.Digit) boundary = previous !== CharClass.Digit;
      else if (previous === CharClass.Digit) boundary = true;
      else if (kind === CharClass.Upper && previous === CharClass.Lower) boundary = true;
      else if (kind === CharClass.Upper && previous === CharClass.Upper) {
        boundary = isAsciiLower(name, i + 1) && !(name.charCodeAt(i + 1) === 115 && !isAsciiLower(name, i + 2));
      }
    }
    if (boundary) {
      words.push(name.slice(start, i).toLowerCase());
      start = i;
    } else if (start === -1) {
      start = i;
    }
    previous = kind;
  }
  if (start !== -1) words.push(name.slice(start).toLowerCase());
  return words;
}

function splitAny(name: string): string[] {
  const words: string[] = [];
  const chars = Array.from(name);
  let current = '';
  let previous: CharClass = CharClass.Separator;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const kind = classify(ch);
    if (kind === CharClass.Mark) {
      if (current) current += ch;
      continue;
    }
    if (kind === CharClass.Separator) {
      if (current) words.push(current);
      current = '';
      previous = kind;
      continue;
    }
    let boundary = false;
    if (current) {
      if (kind === CharClass.Digit) boundary = previous !== CharClass.Digit;
      else if (previous === CharClass.Digit) boundary = true;
      else if ((kind === CharClass.Caseless) !== (previous === CharClass.Caseless)) boundary = true;
      else if (kind === CharClass.Upper && previous === CharClass.Lower) boundary = true;
      else if (kind === CharClass.Upper && previous === CharClass.Upper) {
        // The last capital of an acronym starts the next word (HTTPServer → HTTP + Server),
        // unless what follows is a plural `s` (userIDs → user + IDs, APIsClient → APIs + Client).
        boundary = startsLowerRun(chars, i + 1) && !isPluralSuffix(chars, i + 1);
      }
    }
    if (boundary) {
      words.push(current);
      current = '';
    }
    current += ch.toLowerCase();
    previous = kind;
  }
  if (current) words.push(current);
  return words;
}

function startsLowerRun(chars: readonly string[], index: number): boolean {
  const next = chars[index];
  return next !== undefined && classify(next) === CharClass.Lower;
}

/** Whether `chars[index]` is a lone `s` ending a word. */
function isPluralSuffix(chars: readonly string[], index: number): boolean {
  return chars[index] === 's' && !startsLowerRun(chars, index + 1);
}

/** The identifier with separators and case removed: `ipmi_hex-KgKey` → `ipmihexkgkey`. */
export function compactName(name: string): string {
  return splitWords(name).join('');
}

/** The last word of a name, or '' when it has none. */
export function lastWord(name: string): string {
  const words = splitWords(name);
  return words[words.length - 1] ?? '';
}

/** The words of a name without a trailing number, which tells one of several apart (`LOG2`, `logger_1`). */
export function namedWords(name: string): readonly string[] {
  const words = splitWords(name);
  let end = words.length;
  while (end > 1 && /^\d+$/.test(words[end - 1] ?? '')) end--;
  return end === words.length ? words : words.slice(0, end);
}

/**
 * Whether `sequence` occurs in `words` as consecutive whole words.
 * `containsWords(['auth', 'token', 'url'], ['auth', 'token'])` is true.
 */
export function containsWords(words: readonly string[], sequence: readonly string[]): boolean {
  if (sequence.length === 0) return false;
  outer: for (let i = 0; i + sequence.length <= words.length; i++) {
    for (let j = 0; j < sequence.length; j++) {
      if (words[i + j] !== sequence[j]) continue outer;
    }
    return true;
  }
  return false;
}

/** Index of the first occurrence of `sequence` in `words`, or -1. */
export function indexOfWords(words: readonly string[], sequence: readonly string[]): number {
  if (sequence.length === 0) return -1;
  outer: for (let i = 0; i + sequence.length <= words.length; i++) {
    for (let j = 0; j < sequence.length; j++) {
      if (words[i + j] !== sequence[j]) continue outer;
    }
    return i;
  }
  return -1;
}

/**
 * The words of a name before its first word in `stops` past the first word (`tokenUrlFromEnv` with
 * `from` → `token url`): the head, which names the thing; all the words when no stop is there.
 */
export function headWords(words: readonly string[], stops: ReadonlySet<string>): readonly string[] {
  const cut = words.findIndex((word, index) => index > 0 && stops.has(word));
  return cut === -1 ? words : words.slice(0, cut);
}
