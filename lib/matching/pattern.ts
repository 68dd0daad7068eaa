/**
 * Name patterns: how options and settings name calls.
 *
 * A pattern is a dotted path matched segment by segment against an access path's names
 * (case-sensitive): `console.log`, `LOG.*` (`*` is exactly one segment), `conn.**.getNode`
 * (`**` is any number of segments, none included), `this.*Client.*` (a `*` inside a segment
 * matches any characters of that segment), `getLogger().info` (a call result). A pattern written
 * `/source/flags` is a regular expression tested against the dotted path.
 */

import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

export type NamePattern = string;

export type CompiledPattern = ((names: readonly string[]) => boolean) & {
  /** The only name a matching path can end with, when the pattern's last segment is a plain name (lets matchers index by it). */
  readonly lastName?: string;
};

/** The JSON-schema check that a pattern is well formed; regular expressions must compile. */
export const namePatternSchema: JSONSchema4 = {
  description:
    'A dotted name pattern (`LOG.*`, `this.ironic.**`, `*.setNodePowerState`) or a regular expression written `/source/flags`.',
  anyOf: [
    {
      type: 'string',
      // Not empty, not a regular expression, no empty segment (`.a`, `a.`, `a..b`), nothing a name
      // cannot hold (spaces, brackets, braces, `***`), parentheses only as a segment's final `()`.
      pattern: '^(?![/.])(?!.*\\.\\.)(?!.*\\.$)(?!.*[\\s\\[\\]{}])(?!.*\\*\\*\\*)(?!.*\\((?!\\)(?:\\.|$)))(?!.*(?<!\\()\\)).',
      description: 'A dotted name pattern.',
    },
    {
      type: 'string',
      // Flags known to JavaScript, each at most once.
      pattern: '^/.+/(?!.*(.).*\\1)[dgimsuvy]*$',
      format: 'regex',
      description: 'A regular expression, `/source/flags`.',
    },
  ],
};

const REGEX_FORM = /^\/(.+)\/([a-z]*)$/su;
/** What a dotted pattern may hold (the schema's check): see namePatternSchema. */
const NAME_PATTERN_CHARACTERS = /^(?!.*[\s[\]{}])(?!.*\*\*\*)(?!.*\((?!\)(?:\.|$)))(?!.*(?<!\()\))/su;

/** Compiles a pattern; throws an Error naming the pattern when it is malformed. */
export function compilePattern(pattern: NamePattern): CompiledPattern {
  if (pattern.startsWith('/')) return compileRegexPattern(pattern);
  if (pattern.length === 0 || pattern.startsWith('.') || pattern.endsWith('.') || pattern.includes('..')) {
    throw new Error(`Invalid name pattern ${JSON.stringify(pattern)}: segments must be separated by single dots.`);
  }
  if (!NAME_PATTERN_CHARACTERS.test(pattern)) {
    throw new Error(`Invalid name pattern ${JSON.stringify(pattern)}: a segment is a name, \`*\` or \`**\`, maybe ending in \`()\` (no spaces, brackets, braces or \`***\`).`);
  }
  const written = pattern.split('.');
  const lastWritten = written[written.length - 1] ?? '';
  const lastName = lastWritten.includes('*') ? undefined : lastWritten;
  return Object.assign(compileSegments(written.map(compileSegment)), lastName === undefined ? {} : { lastName });
}

function compileSegments(segments: readonly SegmentMatcher[]): (names: readonly string[]) => boolean {
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (segments.every((segment) => segment.kind === 'one')) {
    // No `**`: one name per segment. Tested from the end, where names differ most.
    const tests = segments.map((segment) => segment.test);
    return (names) => {
      if (names.length !== tests.length) return false;
      for (let i = tests.length - 1; i >= 0; i--) if (!(tests[i] as (name: string) => boolean)(names[i] as string)) return false;
      return true;
    };
  }
  return (names) => {
    // The first and last segments settle most candidates before the general match.
    if (last?.kind === 'one' && (names.length === 0 || !last.test(names[names.length - 1] as string))) return false;
    if (first?.kind === 'one' && (names.length === 0 || !first.test(names[0] as string))) return false;
    return matchSegments(segments, names);
  };
}

function compileRegexPattern(pattern: NamePattern): CompiledPattern {
  const regexForm = REGEX_FORM.exec(pattern);
  if (!regexForm) {
    throw new Error(
      `Invalid name pattern ${JSON.stringify(pattern)}: a pattern starting with "/" is a regular expression, written /source/flags.`,
    );
  }
  const source = regexForm[1] ?? '';
  const flags = regexForm[2] ?? '';
  let regex: RegExp;
  try {
    // Compiled once with the flags as written, so that unknown or repeated flags are refused;
    // then without g and y, whose lastIndex would make repeated tests disagree.
    new RegExp(source, flags);
    regex = new RegExp(source, flags.replaceAll('g', '').replaceAll('y', ''));
  } catch (error) {
    throw new Error(`Invalid regular expression in name pattern ${JSON.stringify(pattern)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return (names) => regex.test(names.join('.'));
}

interface OneSegment {
  readonly kind: 'one';
  readonly test: (name: string) => boolean;
}

type SegmentMatcher = { readonly kind: 'any' } | OneSegment;

function compileSegment(segment: string): SegmentMatcher {
  if (segment === '**') return { kind: 'any' };
  if (segment === '*') return { kind: 'one', test: () => true };
  if (!segment.includes('*')) return { kind: 'one', test: (name) => name === segment };
  const parts = segment.split('*');
  return { kind: 'one', test: (name) => globMatch(parts, name) };
}

/** Whether `name` matches the glob whose literal parts are `parts` (split at `*`); linear in practice. */
function globMatch(parts: readonly string[], name: string): boolean {
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (!name.startsWith(first)) return false;
  let position = first.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const part = parts[i] ?? '';
    const found = name.indexOf(part, position);
    if (found === -1) return false;
    position = found + part.length;
  }
  return name.length - last.length >= position && name.endsWith(last);
}

/** Segment-by-segment match with `**`; dynamic programming over (segment, name) positions. */
function matchSegments(segments: readonly SegmentMatcher[], names: readonly string[]): boolean {
  // reachable[j]: names[0..j) can be matched by the segments processed so far.
  let reachable = new Array<boolean>(names.length + 1).fill(false);
  reachable[0] = true;
  for (const segment of segments) {
    const next = new Array<boolean>(names.length + 1).fill(false);
    if (segment.kind === 'any') {
      let seen = false;
      for (let j = 0; j <= names.length; j++) {
        seen ||= reachable[j] === true;
        next[j] = seen;
      }
    } else {
      for (let j = 0; j < names.length; j++) {
        if (reachable[j] && segment.test(names[j] ?? '')) next[j + 1] = true;
      }
    }
    reachable = next;
  }
  return reachable[names.length] === true;
}
