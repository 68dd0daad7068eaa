import type { TSESLint } from '@typescript-eslint/utils';
import assert from 'node:assert/strict';

import type { CallMatcherSpec } from '../../../lib/matching/call-matcher.js';
import type { SchemaNode } from '../../../lib/matching/schema-check.js';
import type { ListSetting } from '../../../lib/matching/vocabulary.js';
import { isReplaced, readSettings, resolveList, settingsSchema, sharedSettingSchema } from '../../../lib/matching/vocabulary.js';
import { parse } from '../helpers.js';

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** A context whose only member is `settings`, which is all readSettings reads. */
function contextWith(settings: Record<string, unknown>): RuleContext {
  return { settings } as unknown as RuleContext;
}

describe('lib/matching/vocabulary', () => {
  describe('resolveList', () => {
    const defaults = ['a', 'b'];

    it('returns a copy of the defaults when no layer is present', () => {
      const result = resolveList(defaults, undefined, undefined);
      assert.deepEqual(result, ['a', 'b']);
      assert.notEqual(result, defaults);
    });

    it('extends the list beneath with an array layer', () => {
      assert.deepEqual(resolveList(defaults, ['c']), ['a', 'b', 'c']);
      assert.deepEqual(resolveList(defaults, ['c'], ['d']), ['a', 'b', 'c', 'd']);
    });

    it('replaces the list beneath with { replace }', () => {
      assert.deepEqual(resolveList(defaults, { replace: ['x'] }), ['x']);
      assert.deepEqual(resolveList(defaults, { replace: [] }), []);
    });

    it('edits the list beneath with { add, remove }', () => {
      assert.deepEqual(resolveList(defaults, { add: ['c'], remove: ['a'] }), ['b', 'c']);
      assert.deepEqual(resolveList(defaults, { remove: ['absent'] }), ['a', 'b']);
    });

    it('within one layer replaces, then removes, then adds', () => {
      assert.deepEqual(resolveList(defaults, { replace: ['x', 'y'], remove: ['x', 'a'], add: ['x'] }), ['y', 'x']);
    });

    it('lays the layers in order: a later replace drops what earlier layers added', () => {
      assert.deepEqual(resolveList(defaults, ['c'], { replace: ['x'] }), ['x']);
      assert.deepEqual(resolveList(defaults, { replace: ['x'] }, ['c']), ['x', 'c']);
      assert.deepEqual(resolveList(defaults, ['c'], { remove: ['c', 'a'] }), ['b']);
      assert.deepEqual(resolveList(defaults, { remove: ['a'] }, { add: ['a'] }), ['b', 'a']);
    });

    it('removes matcher objects by value', () => {
      const spec: CallMatcherSpec = { from: 'package', name: 'BaremetalProxy', package: 'openstacksdk' };
      const layer: ListSetting<CallMatcherSpec> = {
        remove: [{ from: 'package', name: 'BaremetalProxy', package: 'openstacksdk' }],
      };
      assert.deepEqual(resolveList<CallMatcherSpec>(['LOG.*', spec], layer), ['LOG.*']);
    });

    it('does not change the defaults or the layers', () => {
      const layer = { add: ['c'], remove: ['a'] };
      resolveList(defaults, layer);
      assert.deepEqual(defaults, ['a', 'b']);
      assert.deepEqual(layer, { add: ['c'], remove: ['a'] });
    });
  });

  describe('isReplaced', () => {
    it('is true when any present layer replaces', () => {
      assert.equal(isReplaced(undefined, { replace: [] }), true);
      assert.equal(isReplaced({ replace: ['x'] }, ['y']), true);
    });

    it('is false for arrays, add/remove edits and absent layers', () => {
      assert.equal(isReplaced(), false);
      assert.equal(isReplaced(undefined, undefined), false);
      assert.equal(isReplaced(['x'], { add: ['y'], remove: ['z'] }), false);
    });
  });

  describe('readSettings', () => {
    it('is empty without settings.ironclad', () => {
      assert.deepEqual(readSettings(contextWith({})), {});
    });

    it('returns valid settings', () => {
      const ironclad = { loggers: ['LOG.*'], sensitiveNames: { add: ['pin'] }, apiCalls: { replace: [{ from: 'file', name: 'x' }] } };
      assert.equal(readSettings(contextWith({ ironclad })), ironclad);
    });

    it('refuses settings.ironclad that is not an object', () => {
      for (const ironclad of [[], 'x', null, 1]) {
        assert.throws(() => readSettings(contextWith({ ironclad })), {
          message: /^settings\.ironclad must be an object describing the codebase/u,
        });
      }
    });

    const invalid: readonly (readonly [Record<string, unknown>, string])[] = [
      [{ logers: [] }, 'Invalid settings.ironclad has an unknown property "logers".'],
      [{ loggers: 'LOG.*' }, 'Invalid settings.ironclad.loggers must be array or object.'],
      [{ loggers: ['LOG..info'] }, 'Invalid settings.ironclad.loggers[0] must be a dotted name pattern, or must be a regular expression, `/source/flags`.'],
      [{ loggers: { add: ['LOG.*'], replce: [] } }, 'Invalid settings.ironclad.loggers has an unknown property "replce".'],
      [{ apiCalls: [{ from: 'package', name: 'X' }] }, 'Invalid settings.ironclad.apiCalls[0] must have the property "package".'],
      [{ sanitizers: [{ from: 'module', name: 'mask' }] }, 'Invalid settings.ironclad.sanitizers[0].from must be one of "file", "lib", "package".'],
      [{ sensitiveNames: ['pin', ''] }, 'Invalid settings.ironclad.sensitiveNames[1] must not be empty.'],
      [{ carriers: { remove: [1] } }, 'Invalid settings.ironclad.carriers.remove[0] must be string.'],
    ];
    for (const [ironclad, message] of invalid) {
      it(`refuses ${JSON.stringify(ironclad)}, naming the setting`, () => {
        assert.throws(() => readSettings(contextWith({ ironclad })), { message });
      });
    }

    it('validates a settings object once and then returns it from the cache', () => {
      const ironclad: Record<string, unknown> = { loggers: ['LOG.*'] };
      const context = contextWith({ ironclad });
      assert.equal(readSettings(context), ironclad);
      // Made invalid after its first validation: the cached answer stands.
      ironclad.loggers = 'not a list';
      assert.equal(readSettings(context), ironclad);
      // A new object with the same content is validated afresh.
      assert.throws(() => readSettings(contextWith({ ironclad: { loggers: 'not a list' } })), {
        message: /settings\.ironclad\.loggers/u,
      });
    });

    it('reads the settings of a real rule context', () => {
      const ironclad = { loggers: ['audit.*'] };
      const parsed = parse('audit.info(x);', { settings: { ironclad } });
      assert.deepEqual(readSettings(parsed.context), ironclad);
    });

    it('throws from a real rule context, naming the setting', () => {
      const parsed = parse('audit.info(x);', { settings: { ironclad: { loggers: [3] } } });
      assert.throws(() => readSettings(parsed.context), { message: 'Invalid settings.ironclad.loggers[0] must be string or object.' });
    });
  });

  describe('schemas', () => {
    it('a rule option of a shared name uses the setting\'s schema', () => {
      const properties = (settingsSchema() as SchemaNode).properties ?? {};
      assert.equal(sharedSettingSchema('loggers'), properties.loggers);
      assert.equal(sharedSettingSchema('apiCalls'), properties.apiCalls);
    });

    it('the settings schema refuses unknown keys', () => {
      assert.equal((settingsSchema() as SchemaNode).additionalProperties, false);
    });

    it('an unknown shared setting is a programming error', () => {
      assert.throws(() => sharedSettingSchema('nope'), { message: 'Unknown shared setting nope' });
    });
  });
});
