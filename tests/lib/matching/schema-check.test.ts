import assert from 'node:assert/strict';

import type { SchemaNode } from '../../../lib/matching/schema-check.js';
import { callMatcherSchema } from '../../../lib/matching/call-matcher.js';
import { checkSchema, isPlainObject } from '../../../lib/matching/schema-check.js';

describe('lib/matching/schema-check', () => {
  describe('type', () => {
    const cases: readonly (readonly [string, unknown, unknown])[] = [
      ['string', 'x', 1],
      ['boolean', false, 'false'],
      ['number', 1.5, Number.NaN],
      ['number', -1, Number.POSITIVE_INFINITY],
      ['integer', 3, 3.5],
      ['array', [], {}],
      ['object', {}, []],
      ['object', {}, null],
      ['null', null, undefined],
    ];
    for (const [type, good, bad] of cases) {
      it(`${type} accepts ${String(good)} and refuses ${String(bad)}`, () => {
        assert.equal(checkSchema({ type }, good, 'v'), null);
        assert.equal(checkSchema({ type }, bad, 'v'), `v must be ${type}`);
      });
    }

    it('accepts any of several types and names them all', () => {
      const schema: SchemaNode = { type: ['string', 'null'] };
      assert.equal(checkSchema(schema, null, 'v'), null);
      assert.equal(checkSchema(schema, 'x', 'v'), null);
      assert.equal(checkSchema(schema, 1, 'v'), 'v must be string or null');
    });

    it('refuses an unknown type name', () => {
      assert.equal(checkSchema({ type: 'date' }, new Date(0), 'v'), 'v must be date');
    });
  });

  describe('values', () => {
    it('const', () => {
      assert.equal(checkSchema({ const: 'file' }, 'file', 'v'), null);
      assert.equal(checkSchema({ const: 'file' }, 'lib', 'v'), 'v must be "file"');
    });

    it('enum', () => {
      const schema: SchemaNode = { enum: ['file', 'lib', 1] };
      assert.equal(checkSchema(schema, 1, 'v'), null);
      assert.equal(checkSchema(schema, 'package', 'v'), 'v must be one of "file", "lib", 1');
    });

    it('minLength', () => {
      assert.equal(checkSchema({ type: 'string', minLength: 1 }, 'x', 'v'), null);
      assert.equal(checkSchema({ type: 'string', minLength: 1 }, '', 'v'), 'v must not be empty');
    });

    it('pattern, by its description when it has one', () => {
      assert.equal(checkSchema({ pattern: '^a' }, 'abc', 'v'), null);
      assert.equal(checkSchema({ pattern: '^a' }, 'b', 'v'), 'v must match ^a');
      assert.equal(checkSchema({ pattern: '^a', description: 'A name starting with a.' }, 'b', 'v'), 'v must be a name starting with a');
    });

    it('pattern is a Unicode regular expression', () => {
      assert.equal(checkSchema({ pattern: '^\\p{Lu}' }, 'Élan', 'v'), null);
      assert.equal(checkSchema({ pattern: '^\\p{Lu}' }, 'élan', 'v'), 'v must match ^\\p{Lu}');
    });

    it('format regex', () => {
      assert.equal(checkSchema({ format: 'regex' }, '^a+$', 'v'), null);
      assert.equal(checkSchema({ format: 'regex' }, '(', 'v'), 'v must be a valid regular expression');
    });

    it('minimum', () => {
      assert.equal(checkSchema({ minimum: 1 }, 1, 'v'), null);
      assert.equal(checkSchema({ minimum: 1 }, 0, 'v'), 'v must be at least 1');
    });

    it('string and number keywords ignore values of other types', () => {
      assert.equal(checkSchema({ minLength: 3, pattern: '^a', format: 'regex' }, 5, 'v'), null);
      assert.equal(checkSchema({ minimum: 3 }, 'x', 'v'), null);
    });
  });

  describe('arrays', () => {
    it('minItems', () => {
      assert.equal(checkSchema({ type: 'array', minItems: 1 }, ['x'], 'v'), null);
      assert.equal(checkSchema({ type: 'array', minItems: 1 }, [], 'v'), 'v must have at least 1 item(s)');
    });

    it('items, naming the index of the first bad item', () => {
      const schema: SchemaNode = { type: 'array', items: { type: 'string' } };
      assert.equal(checkSchema(schema, ['a', 'b'], 'v'), null);
      assert.equal(checkSchema(schema, ['a', 2, 3], 'v'), 'v[1] must be string');
    });
  });

  describe('objects', () => {
    const schema: SchemaNode = {
      type: 'object',
      properties: { name: { type: 'string' }, nested: { type: 'object', properties: { deep: { type: 'integer' } } } },
      required: ['name'],
      additionalProperties: false,
    };

    it('accepts a conforming object', () => {
      assert.equal(checkSchema(schema, { name: 'x', nested: { deep: 1 } }, 'v'), null);
    });

    it('required: an own property, not an inherited one', () => {
      assert.equal(checkSchema(schema, {}, 'v'), 'v must have the property "name"');
      assert.equal(checkSchema({ type: 'object', required: ['toString'] }, {}, 'v'), 'v must have the property "toString"');
    });

    it('properties, naming the path to the bad value', () => {
      assert.equal(checkSchema(schema, { name: 1 }, 'v'), 'v.name must be string');
      assert.equal(checkSchema(schema, { name: 'x', nested: { deep: 'one' } }, 'v'), 'v.nested.deep must be integer');
    });

    it('additionalProperties: false refuses unknown keys', () => {
      assert.equal(checkSchema(schema, { name: 'x', nmae: 'y' }, 'v'), 'v has an unknown property "nmae"');
    });

    it('additionalProperties as a schema checks the other keys', () => {
      const map: SchemaNode = { type: 'object', additionalProperties: { type: 'boolean' } };
      assert.equal(checkSchema(map, { a: true }, 'v'), null);
      assert.equal(checkSchema(map, { a: true, b: 'yes' }, 'v'), 'v.b must be boolean');
    });

    it('allows unknown keys by default', () => {
      assert.equal(checkSchema({ type: 'object', properties: {} }, { anything: 1 }, 'v'), null);
    });
  });

  describe('anyOf', () => {
    it('accepts a value any alternative accepts', () => {
      const schema: SchemaNode = { anyOf: [{ type: 'string' }, { type: 'array' }] };
      assert.equal(checkSchema(schema, 'x', 'v'), null);
      assert.equal(checkSchema(schema, [], 'v'), null);
    });

    it('names the allowed types when the value has none of them', () => {
      const schema: SchemaNode = { anyOf: [{ type: 'string' }, { anyOf: [{ type: 'array' }, { type: 'object' }] }] };
      assert.equal(checkSchema(schema, 5, 'v'), 'v must be string or array or object');
    });

    it('reports the problem found deepest in the value', () => {
      const schema: SchemaNode = {
        anyOf: [
          { type: 'string' },
          { type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'string' } } } } },
        ],
      };
      assert.equal(checkSchema(schema, { a: { b: 1 } }, 'v'), 'v.a.b must be string');
    });

    it('lists every alternative when none gets into the value', () => {
      const schema: SchemaNode = {
        anyOf: [
          { type: 'string', pattern: '^a', description: 'A word starting with a.' },
          { type: 'string', pattern: '^b', description: 'A word starting with b.' },
        ],
      };
      assert.equal(checkSchema(schema, 'c', 'v'), 'v must be a word starting with a, or must be a word starting with b');
    });
  });

  describe('oneOf', () => {
    const schema: SchemaNode = { oneOf: [{ type: 'string' }, { type: 'string', minLength: 2 }, { type: 'integer' }] };

    it('accepts a value exactly one alternative accepts', () => {
      assert.equal(checkSchema(schema, 'x', 'v'), null);
      assert.equal(checkSchema(schema, 3, 'v'), null);
    });

    it('refuses a value more than one alternative accepts', () => {
      assert.equal(checkSchema(schema, 'xy', 'v'), 'v matches more than one allowed form');
    });

    it('refuses a value no alternative accepts', () => {
      assert.equal(checkSchema(schema, true, 'v'), 'v must be string or integer');
    });
  });

  describe('if/then', () => {
    const schema: SchemaNode = {
      type: 'object',
      if: { properties: { from: { const: 'package' } } },
      then: { required: ['package'] },
    };

    it('applies then when if holds', () => {
      assert.equal(checkSchema(schema, { from: 'package' }, 'v'), 'v must have the property "package"');
      assert.equal(checkSchema(schema, { from: 'package', package: 'x' }, 'v'), null);
    });

    it('ignores then when if does not hold', () => {
      assert.equal(checkSchema(schema, { from: 'file' }, 'v'), null);
    });
  });

  describe('the call matcher schema (discriminated by `from`)', () => {
    const schema = callMatcherSchema as SchemaNode;
    const cases: readonly (readonly [unknown, string | null])[] = [
      ['LOG.*', null],
      ['/^log/i', null],
      [{ from: 'file', name: 'x' }, null],
      [{ from: 'file', name: ['x', 'y'], path: 'src/a.ts' }, null],
      [{ from: 'lib', name: 'JSON' }, null],
      [{ from: 'package', name: 'BaremetalProxy', package: 'openstacksdk' }, null],
      ['', 'm must be a dotted name pattern, or must be a regular expression, `/source/flags`'],
      ['a..b', 'm must be a dotted name pattern, or must be a regular expression, `/source/flags`'],
      [5, 'm must be string or object'],
      [{ name: 'x' }, 'm must have the property "from"'],
      [{ from: 'nope', name: 'x' }, 'm.from must be one of "file", "lib", "package"'],
      [{ from: 'file' }, 'm must have the property "name"'],
      [{ from: 'package', name: 'x' }, 'm must have the property "package"'],
      [{ from: 'lib', name: [] }, 'm.name must have at least 1 item(s)'],
      [{ from: 'lib', name: 'x', path: 'a.ts' }, 'm has an unknown property "path"'],
      [{ from: 'file', name: 'x', path: '' }, 'm.path must not be empty'],
    ];
    for (const [value, problem] of cases) {
      it(`${JSON.stringify(value)} → ${String(problem)}`, () => {
        assert.equal(checkSchema(schema, value, 'm'), problem);
      });
    }
  });

  describe('isPlainObject', () => {
    it('is true for objects, false for arrays, null and primitives', () => {
      assert.equal(isPlainObject({}), true);
      assert.equal(isPlainObject(Object.create(null)), true);
      assert.equal(isPlainObject([]), false);
      assert.equal(isPlainObject(null), false);
      assert.equal(isPlainObject('x'), false);
      assert.equal(isPlainObject(undefined), false);
    });
  });
});
