import type { TSESTree } from '@typescript-eslint/utils';
import dedent from 'dedent';
import assert from 'node:assert/strict';

import type { ConstantValue } from '../../../lib/matching/constant-values.js';
import type { Parsed } from '../helpers.js';
import { valueOfConstantName } from '../../../lib/matching/actions.js';
import { ConstantValues } from '../../../lib/matching/constant-values.js';
import { createTypedProject, parse, removeTypedProject } from '../helpers.js';

function constantsOf(parsed: Parsed): ConstantValues {
  return new ConstantValues(parsed.resolver, parsed.typeInfo, valueOfConstantName);
}

/** The first argument of the first call written `use(...)`. */
function argumentOf(parsed: Parsed, nth = 0): TSESTree.Node {
  const [argument] = parsed.call('use', nth).arguments;
  assert.ok(argument);
  return argument;
}

function valuesOf(code: string, nth = 0): ConstantValue[] | undefined {
  const parsed = parse(code);
  return constantsOf(parsed).valuesOf(argumentOf(parsed, nth));
}

function elementsOf(code: string): ConstantValue[] | undefined {
  const parsed = parse(code);
  return constantsOf(parsed).elementsOf(argumentOf(parsed));
}

describe('lib/matching/constant-values', () => {
  describe('valuesOf', () => {
    it('reads a literal union type written on a parameter or variable never reassigned, also through a type alias', () => {
      assert.deepEqual(valuesOf("function f(verb: 'manage' | 'provide') { use(verb); }"), ['manage', 'provide']);
      assert.deepEqual(valuesOf("type Verb = 'clean' | 'provide' | null; function f(verb: Verb) { use(verb); }"), ['clean', 'provide', null]);
      assert.equal(valuesOf("function f(verb: 'manage' | 'provide', other: string) { verb = other as 'manage'; use(verb); }"), undefined);
      assert.equal(valuesOf("function f(verb: 'manage' | string) { use(verb); }"), undefined);
      assert.equal(valuesOf("type Verb<T> = T; function f(verb: Verb<'x'>) { use(verb); }"), undefined);
    });

    it('reads literals and templates without expressions', () => {
      assert.deepEqual(valuesOf("use('rescue');"), ['rescue']);
      assert.deepEqual(valuesOf('use(`rescue`);'), ['rescue']);
      assert.deepEqual(valuesOf('use(3);'), ['3']);
      assert.deepEqual(valuesOf('use(null);'), [null]);
      assert.deepEqual(valuesOf('use(undefined);'), [null]);
      assert.equal(valuesOf('use(`${a}b`);'), undefined);
    });

    it('follows const bindings and conditionals', () => {
      assert.deepEqual(valuesOf("const target = 'rescue'; use(target);"), ['rescue']);
      assert.deepEqual(valuesOf("use(flag ? 'rebuild' : 'rescue');"), ['rebuild', 'rescue']);
      assert.deepEqual(valuesOf("const a = 'x'; const b = a; use(b);"), ['x']);
      assert.equal(valuesOf("use(flag ? 'rebuild' : other);"), undefined);
      // A `let` whose every write stores a constant holds one of them; any other write says nothing.
      assert.deepEqual(valuesOf("let target = 'a'; target = 'b'; use(target);"), ['a', 'b']);
      assert.equal(valuesOf("let target = 'a'; target += 'b'; use(target);"), undefined);
      assert.equal(valuesOf("let target = 'a'; target = pick(); use(target);"), undefined);
      // Lets written from each other (swaps) are read once each, and are unknown.
      assert.equal(valuesOf("let a = 'x'; let b = 'y'; for (;;) { const t = a; a = b; b = t; a = b; b = a; a = b; b = a; } use(a);"), undefined);
    });

    it('names domain constants by their member name', () => {
      assert.deepEqual(valuesOf('use(ProvisionState.ACTIVE);'), ['active']);
      assert.deepEqual(valuesOf('use(states.DELETED);'), ['deleted']);
      assert.deepEqual(valuesOf('use(VERBS.unrescue);'), ['unrescue']);
      assert.deepEqual(valuesOf('use(a.b.DEPLOYFAIL);'), ['deploy failed']);
      assert.equal(valuesOf('use(options.manage);'), undefined);
      assert.equal(valuesOf('use(ProvisionState[name]);'), undefined);
    });

    it('knows nothing of calls and other expressions without types', () => {
      assert.equal(valuesOf('use(target());'), undefined);
      assert.equal(valuesOf('use(target);'), undefined);
    });
  });

  describe('elementsOf', () => {
    it('reads array literals, sets and const bindings of them', () => {
      assert.deepEqual(elementsOf("use(['a', ProvisionState.ERROR, null]);"), ['a', 'error', null]);
      assert.deepEqual(elementsOf("use(new Set(['a', 'b']));"), ['a', 'b']);
      assert.deepEqual(elementsOf('use(new Set());'), []);
      assert.deepEqual(elementsOf("const ALL = new Set(['a']); use(ALL);"), ['a']);
    });

    it('reads spreads of known collections', () => {
      assert.deepEqual(elementsOf("const RESCUE = ['rescue', 'rescue failed'] as const; use([...RESCUE, 'unrescue failed']);"), ['rescue', 'rescue failed', 'unrescue failed']);
      assert.deepEqual(elementsOf("const A = new Set(['a']); use(new Set([...A, ...['b']]));"), ['a', 'b']);
    });

    it('gives up on spreads of unknown collections, holes and unknown elements', () => {
      assert.equal(elementsOf("use(['a', ...more]);"), undefined);
      assert.equal(elementsOf("use(['a', ...'bc']);"), undefined);
      assert.equal(elementsOf("use(['a', other]);"), undefined);
      assert.equal(elementsOf('use(imported);'), undefined);
    });
  });

  describe('with type information', () => {
    it('reads literal union types and `as const` members', () => {
      const parsed = parse(
        dedent`
          type Target = 'rescue' | 'unrescue';
          const Verbs = { rescue: 'rescue', odd: 'manage' } as const;
          declare function use(value: unknown): void;
          export function f(target: Target, maybe: 'a' | null, wide: string): void {
            use(target);
            use(Verbs.odd);
            use(maybe);
            use(wide);
          }
        `,
        { typed: true },
      );
      const constants = constantsOf(parsed);
      assert.deepEqual(constants.valuesOf(argumentOf(parsed, 0)), ['rescue', 'unrescue']);
      // The literal type wins over the member's name.
      assert.deepEqual(constants.valuesOf(argumentOf(parsed, 1)), ['manage']);
      assert.deepEqual(constants.valuesOf(argumentOf(parsed, 2)), [null, 'a']);
      assert.equal(constants.valuesOf(argumentOf(parsed, 3)), undefined);
    });

    it('reads the elements of a const collection declared in another file', () => {
      const project = createTypedProject({
        'states.ts': dedent`
          const S = { ACTIVE: 'active', ERROR: 'error' } as const;
          export const NOSTATE = null;
          export const TEARDOWN: readonly (string | null)[] = [S.ACTIVE, S.ERROR, NOSTATE];
          export const KNOWN: ReadonlySet<string> = new Set([S.ACTIVE, 'manageable']);
          export let mutable: string[] = ['x'];
          export const spread: readonly string[] = [...TEARDOWN.map(String)];
          const RESCUE = ['rescue', 'rescue failed'] as const;
          export const UNRESCUABLE = [...RESCUE, 'unrescue failed'];
          const widened: string[] = ['x'];
          export const WIDE = [...widened, 'y'];
        `,
      });
      try {
        const parsed = parse(
          dedent`
            import { KNOWN, mutable, spread, TEARDOWN, UNRESCUABLE, WIDE } from './states';
            declare function use(value: unknown): void;
            use(TEARDOWN);
            use(KNOWN);
            use(mutable);
            use(spread);
            use(UNRESCUABLE);
            use(WIDE);
          `,
          { projectDir: project },
        );
        const constants = constantsOf(parsed);
        assert.deepEqual(constants.elementsOf(argumentOf(parsed, 0)), ['active', 'error', null]);
        assert.deepEqual(constants.elementsOf(argumentOf(parsed, 1)), ['active', 'manageable']);
        assert.equal(constants.elementsOf(argumentOf(parsed, 2)), undefined);
        assert.equal(constants.elementsOf(argumentOf(parsed, 3)), undefined);
        // A spread of a tuple of literals gives its elements; of a widened array, nothing.
        assert.deepEqual(constants.elementsOf(argumentOf(parsed, 4)), ['rescue', 'rescue failed', 'unrescue failed']);
        assert.equal(constants.elementsOf(argumentOf(parsed, 5)), undefined);
      } finally {
        removeTypedProject(project);
      }
    });

    it('reads readonly tuple types', () => {
      const parsed = parse(
        dedent`
          declare function use(value: unknown): void;
          declare const pair: readonly ['cleaning', 'clean wait'];
          use(pair);
        `,
        { typed: true },
      );
      assert.deepEqual(constantsOf(parsed).elementsOf(argumentOf(parsed)), ['cleaning', 'clean wait']);
    });
  });
});
