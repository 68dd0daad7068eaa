import dedent from 'dedent';
import assert from 'node:assert/strict';
import path from 'node:path';

import type { CallMatcherSpec } from '../../../lib/matching/call-matcher.js';
import type { Parsed } from '../helpers.js';
import { CallMatcher } from '../../../lib/matching/call-matcher.js';
import { fixturesDir } from '../../rule-tester.js';
import { createTypedProject, parse, removeTypedProject } from '../helpers.js';

/** The callees (as written) among `callees` that `specs` match in `parsed`. */
function matched(specs: readonly CallMatcherSpec[], parsed: Parsed, callees: readonly string[], cwd?: string): string[] {
  const matcher = new CallMatcher(specs, 'test', cwd);
  return callees.filter((callee) => matcher.matches(parsed.site(callee), parsed.typeInfo));
}

describe('lib/matching/call-matcher', () => {
  describe('name patterns', () => {
    const code = dedent`
      class Driver {
        ironic = createClient();
        m() {
          const c = this.ironic;
          c.getNode(id);
          const { setNodePowerState } = this.ironic;
          setNodePowerState(id, 'on');
          this.ironic?.node['get'](id);
          other.getNode(id);
        }
      }
    `;
    const callees = ['c.getNode', 'setNodePowerState', "this.ironic?.node['get']", 'other.getNode'];

    it('are tested against every access path of the callee', () => {
      const parsed = parse(code);
      assert.deepEqual(matched(['this.ironic.*'], parsed, callees), ['c.getNode', 'setNodePowerState']);
      assert.deepEqual(matched(['this.ironic.**'], parsed, callees), ['c.getNode', 'setNodePowerState', "this.ironic?.node['get']"]);
      assert.deepEqual(matched(['*.getNode'], parsed, callees), ['c.getNode', 'other.getNode']);
      assert.deepEqual(matched(['createClient().*'], parsed, callees), ['c.getNode', 'setNodePowerState']);
      assert.deepEqual(matched(['/^this\\.ironic\\.node\\./'], parsed, callees), ["this.ironic?.node['get']"]);
    });

    it('any of several patterns', () => {
      const parsed = parse(code);
      assert.deepEqual(matched(['other.*', '*.setNodePowerState'], parsed, callees), ['setNodePowerState', 'other.getNode']);
    });

    it('are case-sensitive', () => {
      assert.deepEqual(matched(['this.Ironic.*'], parse(code), callees), []);
    });

    it('matchesPaths answers for paths directly', () => {
      const matcher = new CallMatcher(['LOG.*'], 'test');
      assert.equal(matcher.matchesPaths([{ names: ['LOG', 'debug'], root: { kind: 'global' } }]), true);
      assert.equal(matcher.matchesPaths([{ names: ['LOG'], root: { kind: 'global' } }]), false);
      assert.equal(matcher.matchesPaths([]), false);
    });

    it('a malformed pattern fails naming the option and the index', () => {
      assert.throws(() => new CallMatcher(['LOG.*', { from: 'lib', name: 'JSON' }, '/(/'], 'apiCalls'), {
        message: /^apiCalls\[2\]: Invalid regular expression in name pattern "\/\(\/": /u,
      });
    });
  });

  describe('isEmpty', () => {
    it('is true only without patterns and specifiers', () => {
      assert.equal(new CallMatcher([], 'test').isEmpty, true);
      assert.equal(new CallMatcher(['a'], 'test').isEmpty, false);
      assert.equal(new CallMatcher([{ from: 'lib', name: 'JSON' }], 'test').isEmpty, false);
    });
  });

  describe('declaration specifiers', () => {
    const code = dedent`
      import path from 'node:path';
      class Base { ping(): void {} }
      class Derived extends Base { pong(): void {} }
      /** Loads a node. */
      function loadNode(id: string): string { return id; }
      declare const d: Derived;
      d.ping();
      d.pong();
      loadNode('x');
      JSON.parse('{}');
      path.join('a', 'b');
    `;
    const callees = ['d.ping', 'd.pong', 'loadNode', 'JSON.parse', 'path.join'];
    let typed: Parsed;
    before(() => {
      typed = parse(code, { typed: true });
      assert.ok(typed.typeInfo);
    });

    it('never match without type information', () => {
      const untyped = parse(code);
      assert.equal(untyped.typeInfo, null);
      assert.deepEqual(matched([{ from: 'file', name: 'loadNode' }, { from: 'lib', name: 'JSON' }], untyped, callees), []);
    });

    it('from file: by function name', () => {
      assert.deepEqual(matched([{ from: 'file', name: 'loadNode' }], typed, callees), ['loadNode']);
    });

    it('from file: through a const alias of the function', () => {
      const aliased = parse(`${code}\nconst load = loadNode;\nload('y');`, { typed: true });
      assert.deepEqual(matched([{ from: 'file', name: 'loadNode' }], aliased, ['load']), ['load']);
    });

    it('from file: a const function expression by its own name, an arrow by the const', () => {
      const consts = parse(`${code}\nconst fetchOne = function loadOne(id: string): string { return id; };\nconst fetchTwo = (id: string): string => id;\nfetchOne('a');\nfetchTwo('b');`, { typed: true });
      assert.deepEqual(matched([{ from: 'file', name: 'loadOne' }], consts, ['fetchOne', 'fetchTwo']), ['fetchOne']);
      assert.deepEqual(matched([{ from: 'file', name: 'fetchTwo' }], consts, ['fetchOne', 'fetchTwo']), ['fetchTwo']);
    });

    it('from file: by the declaring class, and by the receiver type and its base types', () => {
      assert.deepEqual(matched([{ from: 'file', name: 'Base' }], typed, callees), ['d.ping', 'd.pong']);
      assert.deepEqual(matched([{ from: 'file', name: 'Derived' }], typed, callees), ['d.ping', 'd.pong']);
      assert.deepEqual(matched([{ from: 'file', name: 'pong' }], typed, callees), ['d.pong']);
    });

    it('from file: a list of names', () => {
      assert.deepEqual(matched([{ from: 'file', name: ['pong', 'loadNode'] }], typed, callees), ['d.pong', 'loadNode']);
    });

    it('from file: path relative to the working directory', () => {
      assert.deepEqual(matched([{ from: 'file', name: 'loadNode', path: 'file.ts' }], typed, callees, fixturesDir), ['loadNode']);
      assert.deepEqual(matched([{ from: 'file', name: 'loadNode', path: 'tests/fixtures/file.ts' }], typed, callees, process.cwd()), [
        'loadNode',
      ]);
      assert.deepEqual(matched([{ from: 'file', name: 'loadNode', path: 'other.ts' }], typed, callees, fixturesDir), []);
    });

    it('from file: a path that ends the declaring file\'s path, wherever the process runs', () => {
      const elsewhere = path.parse(process.cwd()).root;
      assert.deepEqual(matched([{ from: 'file', name: 'loadNode', path: 'fixtures/file.ts' }], typed, callees, elsewhere), ['loadNode']);
      assert.deepEqual(matched([{ from: 'file', name: 'loadNode', path: './tests/fixtures/file.ts' }], typed, callees, elsewhere), ['loadNode']);
      // A whole segment, not part of a name; no way out of a directory.
      assert.deepEqual(matched([{ from: 'file', name: 'loadNode', path: 'ixtures/file.ts' }], typed, callees, elsewhere), []);
      assert.deepEqual(matched([{ from: 'file', name: 'loadNode', path: '../fixtures/file.ts' }], typed, callees, elsewhere), []);
    });

    it('from file does not match the default library or packages', () => {
      assert.deepEqual(matched([{ from: 'file', name: ['JSON', 'parse', 'join'] }], typed, callees), []);
    });

    it('from lib: by container or function name', () => {
      assert.deepEqual(matched([{ from: 'lib', name: 'JSON' }], typed, callees), ['JSON.parse']);
      assert.deepEqual(matched([{ from: 'lib', name: 'parse' }], typed, callees), ['JSON.parse']);
      assert.deepEqual(matched([{ from: 'lib', name: 'loadNode' }], typed, callees), []);
    });

    it('patterns and specifiers in one list', () => {
      assert.deepEqual(matched(['d.*', { from: 'lib', name: 'JSON' }], typed, callees), ['d.ping', 'd.pong', 'JSON.parse']);
    });
  });

  describe('declaration specifiers from a package', () => {
    let projectDir: string;
    let typed: Parsed;
    const callees = ['bm.getNode', 'sdk.go', 'go', 'local'];
    before(() => {
      projectDir = createTypedProject({
        'node_modules/fake-sdk/package.json': JSON.stringify({ name: 'fake-sdk', version: '1.0.0', types: 'index.d.ts' }),
        'node_modules/fake-sdk/index.d.ts': dedent`
          export declare function go(): void;
          export interface BaremetalProxy { getNode(id: string): Promise<unknown> }
        `,
        'node_modules/@types/scoped__sdk/package.json': JSON.stringify({ name: '@types/scoped__sdk', version: '1.0.0' }),
        'node_modules/@types/scoped__sdk/index.d.ts': 'export declare function scopedGo(): void;',
      });
      typed = parse(
        dedent`
          import * as sdk from 'fake-sdk';
          import { go, type BaremetalProxy } from 'fake-sdk';
          import { scopedGo } from '@scoped/sdk';
          declare const bm: BaremetalProxy;
          function local(): void {}
          bm.getNode('x');
          sdk.go();
          go();
          local();
          scopedGo();
        `,
        { projectDir },
      );
      assert.ok(typed.typeInfo);
    });
    after(() => {
      removeTypedProject(projectDir);
    });

    it('by receiver type', () => {
      assert.deepEqual(matched([{ from: 'package', package: 'fake-sdk', name: 'BaremetalProxy' }], typed, callees), ['bm.getNode']);
    });

    it('by function name, imported or through a namespace', () => {
      assert.deepEqual(matched([{ from: 'package', package: 'fake-sdk', name: 'go' }], typed, callees), ['sdk.go', 'go']);
    });

    it('not from another package, nor from a project file', () => {
      assert.deepEqual(matched([{ from: 'package', package: 'other', name: ['go', 'BaremetalProxy'] }], typed, callees), []);
      assert.deepEqual(matched([{ from: 'package', package: 'fake-sdk', name: 'local' }], typed, callees), []);
      assert.deepEqual(matched([{ from: 'file', name: ['go', 'BaremetalProxy'] }], typed, callees), []);
    });

    it('a scoped package typed by @types/scope__name', () => {
      assert.deepEqual(matched([{ from: 'package', package: '@scoped/sdk', name: 'scopedGo' }], typed, ['scopedGo']), ['scopedGo']);
    });
  });
});
