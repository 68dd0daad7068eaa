import assert from 'node:assert/strict';

import type { CarriedSecret } from '../../../lib/matching/sensitive-types.js';
import { DEFAULT_CARRIERS, DEFAULT_SENSITIVE_NAMES, SensitiveNames } from '../../../lib/matching/sensitive-names.js';
import { DEFAULT_SENSITIVE_TYPES, SensitiveTypes } from '../../../lib/matching/sensitive-types.js';
import { bindingIdentifier, parse } from '../helpers.js';

const names = new SensitiveNames({ sensitive: DEFAULT_SENSITIVE_NAMES, safe: [], carriers: DEFAULT_CARRIERS });

/** Declarations, then the sensitive-types view of the type of `declare const value: <type>`. */
function typeOfValue(declarations: string, type: string, listed = DEFAULT_SENSITIVE_TYPES, depth = 2) {
  const parsed = parse(`${declarations}\ndeclare const value: ${type};`, { typed: true });
  const info = parsed.typeInfo;
  assert.ok(info, 'typed parse');
  const valueType = info.typeOf(bindingIdentifier(parsed, 'value'));
  assert.ok(valueType, 'the value has a type');
  return { types: new SensitiveTypes(info, names, listed, depth), type: valueType };
}

function carried(declarations: string, type: string, listed = DEFAULT_SENSITIVE_TYPES, depth = 2): CarriedSecret | null {
  const { types, type: valueType } = typeOfValue(declarations, type, listed, depth);
  return types.carriedSecret(valueType);
}

const DRIVER = dedentLines(
  'interface DriverInfo { ipmi_address: string; ipmi_password: string }',
  'interface BareMetalNode { uuid: string; driverInfo: DriverInfo }',
  'interface Machine { name: string; node: BareMetalNode }',
);

function dedentLines(...lines: string[]): string {
  return lines.join('\n');
}

describe('lib/matching/sensitive-types', () => {
  describe('carriedSecret', () => {
    it('a sensitive property, by path', () => {
      assert.deepEqual(carried(DRIVER, 'DriverInfo'), { path: ['ipmi_password'], listedType: null });
    });

    it('a carrier-named property of a closed type is looked into', () => {
      assert.deepEqual(carried(DRIVER, 'BareMetalNode'), { path: ['driverInfo', 'ipmi_password'], listedType: null });
    });

    it('a carrier-named property of an open type is a secret by its name', () => {
      assert.deepEqual(carried('', '{ id: string; credentials: Record<string, string> }'), { path: ['credentials'], listedType: null });
    });

    it('depth bounds the search', () => {
      assert.equal(carried(DRIVER, 'Machine', DEFAULT_SENSITIVE_TYPES, 1), null);
      // At depth 2 the carrier name two levels down counts; at 3 its type is looked into.
      assert.deepEqual(carried(DRIVER, 'Machine'), { path: ['node', 'driverInfo'], listedType: null });
      assert.deepEqual(carried(DRIVER, 'Machine', DEFAULT_SENSITIVE_TYPES, 3), { path: ['node', 'driverInfo', 'ipmi_password'], listedType: null });
      assert.equal(carried('', '{ bmc: { password: string } }', DEFAULT_SENSITIVE_TYPES, 1), null);
    });

    it('a carrier-named property at the depth limit counts by its name', () => {
      assert.deepEqual(carried(DRIVER, '{ driverInfo: DriverInfo }', DEFAULT_SENSITIVE_TYPES, 1), { path: ['driverInfo'], listedType: null });
    });

    it('a closed carrier type without secrets is clean', () => {
      assert.equal(carried('interface Auth { user: string; expiresAt: number }', '{ id: string; auth: Auth }'), null);
    });

    it('listed types, by name or by a base type, at the top or nested', () => {
      const axios = 'interface AxiosError extends Error { config: { url: string } }\ninterface BmcError extends AxiosError { node: string }';
      assert.deepEqual(carried(axios, 'AxiosError'), { path: [], listedType: 'AxiosError' });
      assert.deepEqual(carried(axios, 'BmcError'), { path: [], listedType: 'AxiosError' });
      assert.deepEqual(carried(axios, '{ cause: AxiosError }'), { path: ['cause'], listedType: 'AxiosError' });
      assert.equal(carried(axios, 'AxiosError', []), null);
      assert.deepEqual(carried('interface Lease { id: string }', 'Lease', ['Lease']), { path: [], listedType: 'Lease' });
    });

    it('unions, arrays and tuples carry what a member carries', () => {
      assert.deepEqual(carried(DRIVER, 'DriverInfo | undefined'), { path: ['ipmi_password'], listedType: null });
      assert.deepEqual(carried(DRIVER, 'DriverInfo[]'), { path: ['ipmi_password'], listedType: null });
      assert.deepEqual(carried(DRIVER, '[string, DriverInfo]'), { path: ['ipmi_password'], listedType: null });
      assert.deepEqual(carried('', '{ a: 1 } | { token: string }'), { path: ['token'], listedType: null });
    });

    it('a sensitive name on a value-free property holds nothing', () => {
      assert.equal(carried('', "{ configDrive: boolean; tokenMode: 'a' | 'b'; passwordSet: 0 | 1; secret: null }"), null);
      assert.deepEqual(carried('', '{ configDrive: boolean; configdrive: string }'), { path: ['configdrive'], listedType: null });
    });

    it('a self-redacting type carries nothing', () => {
      assert.equal(carried('', '{ password: string; toJSON(): string }'), null);
      assert.equal(carried("import { inspect } from 'node:util';\ninterface S { password: string; [inspect.custom](): string }", 'S'), null);
      assert.equal(carried("import util from 'node:util';\nclass S { password = ''; [util.inspect.custom]() { return '***'; } }", 'S'), null);
      assert.deepEqual(carried('declare const other: unique symbol;\ninterface S { password: string; [other](): string }', 'S'), { path: ['password'], listedType: null });
    });

    it('methods, getters and function-valued properties are not values', () => {
      assert.equal(carried('', '{ password(): string; readonly host: string }'), null);
      assert.equal(carried('', '{ getAuthToken: () => Promise<string>; refreshToken?: (force: boolean) => void }'), null);
      assert.equal(carried('class C { get secret(): string { return ""; } }', 'C'), null);
    });

    it('primitives, any, unknown and functions carry nothing', () => {
      for (const type of ['string', 'number', 'any', 'unknown', '() => void', 'never']) {
        assert.equal(carried('', type), null, type);
      }
    });

    it('recursive types terminate', () => {
      assert.deepEqual(carried('interface Tree { child?: Tree; token: string }', '{ tree: Tree }'), { path: ['tree', 'token'], listedType: null });
      assert.equal(carried('interface Tree { child?: Tree; label: string }', 'Tree', DEFAULT_SENSITIVE_TYPES, 6), null);
    });
  });

  describe('isValueFree', () => {
    it('booleans, numbers, enums, literal unions, null and undefined', () => {
      for (const type of ['boolean', 'number', 'bigint', "'a' | 'b'", '1 | 2', 'null', 'undefined', 'boolean | undefined', 'E']) {
        const { types, type: valueType } = typeOfValue('enum E { A, B }', type);
        assert.equal(types.isValueFree(valueType), true, type);
      }
    });

    it('an object type holding only value-free values, methods aside', () => {
      for (const type of ['{ a: number }', '{ id: number; at: Date; ok: boolean; f(): string }', '{ inner: { n: number } }']) {
        const { types, type: valueType } = typeOfValue('', type);
        assert.equal(types.isValueFree(valueType), true, type);
      }
    });

    it('not strings, objects that may hold one, any or unions with those', () => {
      for (const type of ['string', "string | 'a'", 'object', 'any', 'unknown', '{ a: string }', '{ a: number; b: unknown }', '{ [k: string]: number }', '{}', 'number | string', '`x${string}`']) {
        const { types, type: valueType } = typeOfValue('', type);
        assert.equal(types.isValueFree(valueType), false, type);
      }
    });
  });

  describe('isClosed', () => {
    it('object types without index signatures, arrays and unions of them', () => {
      for (const type of ['{ a: string }', '{ a: string }[]', '{ a: string } | undefined', 'boolean', 'Date']) {
        const { types, type: valueType } = typeOfValue('', type);
        assert.equal(types.isClosed(valueType), true, type);
      }
    });

    it('not records, index signatures, strings, any or type parameters', () => {
      for (const type of ['Record<string, string>', '{ [key: string]: unknown }', 'NodeJS.ProcessEnv', 'string', 'any', 'unknown', '{ a: string } | Record<string, string>']) {
        const { types, type: valueType } = typeOfValue('', type);
        assert.equal(types.isClosed(valueType), false, type);
      }
    });
  });
});
