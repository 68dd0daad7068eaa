import dedent from 'dedent';
import assert from 'node:assert/strict';

import type { ApiCallMatcherOptions } from '../../../lib/matching/api-calls.js';
import type { Parsed } from '../helpers.js';
import { ApiCallMatcher, isClientName, isClientPath } from '../../../lib/matching/api-calls.js';
import { LoggerMatcher } from '../../../lib/matching/loggers.js';
import { createTypedProject, parse, removeTypedProject } from '../helpers.js';

function apiMatcher(options: Partial<ApiCallMatcherOptions> = {}): ApiCallMatcher {
  return new ApiCallMatcher({
    extra: [],
    ignore: [],
    builtIn: true,
    throwsPackages: [],
    loggers: new LoggerMatcher([], true),
    ...options,
  });
}

const builtIn = apiMatcher();

/** Whether the call whose callee is written `callee` in `code` is an API call. */
function isApiCall(code: string, callee: string, matcher = builtIn): boolean {
  const parsed = parse(code);
  return matcher.matches(parsed.site(callee), parsed.typeInfo);
}

/** Whether `callee(x)` alone is an API call. */
function isApiCallee(callee: string, matcher = builtIn): boolean {
  return isApiCall(`${callee}(x);`, callee, matcher);
}

/** The callees among `callees` that `matcher` takes for API calls in `parsed`. */
function apiCallsIn(parsed: Parsed, callees: readonly string[], matcher = builtIn): string[] {
  return callees.filter((callee) => matcher.matches(parsed.site(callee), parsed.typeInfo));
}

describe('lib/matching/api-calls', () => {
  describe('by name', () => {
    it('the words before a preposition name the thing', () => {
      for (const name of ['buildDeviceWithApi()', 'deviceForClient', 'stubFromSdk', 'settingsViaApi']) assert.equal(isClientName(name), false, name);
      for (const name of ['apiClientForTests', 'clientFor()', 'ironicClient', 'makeApi()']) assert.equal(isClientName(name), true, name);
    });
    it('a receiver segment that is exactly, in any case, a client word', () => {
      const callees = [
        'this.ironic.getNode',
        'this.IRONIC.getNode',
        'client.get',
        'this.client.get',
        'Client.get',
        'api.get',
        'API.get',
        'sdk.call',
        'baremetal.nodes',
        'conn.baremetal.nodes',
        'this.connection.send',
        'this.Conn.send',
        'this.conn.baremetal.node.get',
      ];
      for (const callee of callees) assert.equal(isApiCallee(callee), true, callee);
    });

    it('a receiver segment whose last word is Client or Api', () => {
      for (const callee of ['this.ironicClient.getNode', 'novaApi.list', 'this.restAPI.list', 'ironic_client.get', 'this.httpClient.get', 'this.apiClient.nodes.list']) {
        assert.equal(isApiCallee(callee), true, callee);
      }
    });

    it('a call result as the receiver', () => {
      assert.equal(isApiCallee('getClient().getNode'), true);
      assert.equal(isApiCallee('this.getApi().list'), true);
    });

    it('the global fetch, also through an alias', () => {
      assert.equal(isApiCallee('fetch'), true);
      assert.equal(isApiCall('const get = fetch; get(url);', 'get'), true);
    });

    it('not a local named fetch', () => {
      assert.equal(isApiCall('function f(fetch) { fetch(url); }', 'fetch'), false);
    });

    it('not names that only contain a client word', () => {
      for (const callee of ['clientRegistry.get', 'this.apiVersion.compare', 'connPool.acquire', 'this.clients.get', 'clientId.toString', 'this.apiKey.trim', 'this.connected', 'axios.get']) {
        assert.equal(isApiCallee(callee), false, callee);
      }
    });

    it('not the client itself called, nor a client factory', () => {
      assert.equal(isApiCallee('client'), false);
      assert.equal(isApiCallee('getClient'), false);
    });

    it('not `this` or a module specifier as the client word', () => {
      assert.equal(isApiCall("import { getNode } from './api.js'; getNode();", 'getNode'), false);
    });

    it('through an alias of a module namespace named like a client', () => {
      assert.equal(isApiCall("import * as api from './api.js'; api.getNode();", 'api.getNode'), true);
    });

    it('through aliases, destructuring, optional chaining and computed keys', () => {
      const code = dedent`
        class Driver {
          ironic = makeIronic();
          m() {
            const c = this.ironic;
            c.getNode(id);
            const { setNodePowerState } = this.ironic;
            setNodePowerState(id, 'on');
            const { node: { get } } = this.conn;
            get(id);
            c?.node.get(id);
            c['node'].get(id);
            this['ironic'].validate(id);
            const n = c.node;
            n.list();
          }
        }
      `;
      const callees = ['c.getNode', 'setNodePowerState', 'get', 'c?.node.get', "c['node'].get", "this['ironic'].validate", 'n.list'];
      assert.deepEqual(apiCallsIn(parse(code), callees), callees);
    });

    it('through a field assigned in the constructor', () => {
      const code = dedent`
        class Driver {
          constructor(conf) { this.nodes = new IronicClient(conf).nodes; }
          m() { this.nodes.list(); }
        }
      `;
      assert.equal(isApiCall(code, 'this.nodes.list'), true);
    });
  });

  describe('log calls are never API calls', () => {
    it('a logger reached through a client', () => {
      for (const callee of ['this.client.log.info', 'client.logger.warn', 'this.api.debugLog', 'client.log', 'this.ironic.logger.child']) {
        assert.equal(isApiCallee(callee), false, callee);
      }
    });

    it('even when configured as API calls', () => {
      assert.equal(isApiCallee('LOG.info', apiMatcher({ extra: ['LOG.*'] })), false);
    });

    it('as the configured logger matcher says', () => {
      const matcher = apiMatcher({ loggers: new LoggerMatcher(['this.client.record'], true) });
      assert.equal(isApiCallee('this.client.record', matcher), false);
      assert.equal(isApiCallee('this.client.record'), true);
    });
  });

  describe('options', () => {
    it('extra patterns add API calls', () => {
      const matcher = apiMatcher({ extra: ['axios.*', 'this.store.**'] });
      assert.equal(isApiCallee('axios.get', matcher), true);
      assert.equal(isApiCallee('this.store.nodes.put', matcher), true);
      assert.equal(isApiCallee('this.ironic.getNode', matcher), true);
      assert.equal(isApiCallee('lodash.get', matcher), false);
    });

    it('ignore exempts calls, also through aliases', () => {
      const matcher = apiMatcher({ ignore: ['client.isConnected', '*.*.getCachedNode'] });
      assert.equal(isApiCallee('client.isConnected', matcher), false);
      assert.equal(isApiCall('const c = client; c.isConnected();', 'c.isConnected', matcher), false);
      assert.equal(isApiCallee('this.ironic.getCachedNode', matcher), false);
      assert.equal(isApiCallee('client.getNode', matcher), true);
    });

    it('ignore wins over extra', () => {
      assert.equal(isApiCallee('axios.get', apiMatcher({ extra: ['axios.*'], ignore: ['axios.get'] })), false);
    });

    it('without the built-in recognition only extra patterns count', () => {
      const matcher = apiMatcher({ builtIn: false, extra: ['axios.*'] });
      assert.equal(isApiCallee('axios.get', matcher), true);
      assert.equal(isApiCallee('this.ironic.getNode', matcher), false);
      assert.equal(isApiCallee('fetch', matcher), false);
    });

    it('a malformed pattern fails naming the option', () => {
      assert.throws(() => apiMatcher({ extra: ['a..b'] }), { message: /^apiCalls\[0\]: Invalid name pattern "a\.\.b"/u });
      assert.throws(() => apiMatcher({ ignore: ['ok', '/x/q'] }), { message: /^ignore\[1\]: Invalid regular expression/u });
    });
  });

  describe('by type', () => {
    const code = dedent`
      import path from 'node:path';
      interface BaremetalProxy { getNode(id: string): Promise<unknown> }
      interface NovaApi { boot(): Promise<void> }
      class GlanceSdk { upload(): void {} }
      class SwiftConnection { put(): void {} }
      interface ImageClient { list(): void }
      interface NodeStore { fetch(id: string): Promise<unknown> }
      interface LoggingClient { info(message: string): void }
      /**
       * Loads a node.
       * @throws {Error} when the node is missing
       */
      function loadNode(id: string): string { return id; }
      /** @rejects when the node is busy */
      async function lockNode(id: string): Promise<void> {}
      function plain(): void {}
      declare const bm: BaremetalProxy;
      declare const nova: NovaApi;
      declare const glance: GlanceSdk;
      declare const swift: SwiftConnection;
      declare const images: ImageClient;
      declare const store: NodeStore;
      declare const LOG: LoggingClient;
      declare const tracker: LoggingClient;
      bm.getNode('x');
      nova.boot();
      glance.upload();
      swift.put();
      images.list();
      store.fetch('x');
      loadNode('x');
      lockNode('x');
      plain();
      JSON.parse('{}');
      path.join('a', 'b');
      LOG.info('x');
      tracker.info('x');
      const ref = swift;
      ref.put();
    `;
    const callees = [
      'bm.getNode',
      'nova.boot',
      'glance.upload',
      'swift.put',
      'images.list',
      'store.fetch',
      'loadNode',
      'lockNode',
      'plain',
      'JSON.parse',
      'path.join',
      'LOG.info',
      'tracker.info',
      'ref.put',
    ];
    let typed: Parsed;
    before(() => {
      typed = parse(code, { typed: true });
      assert.ok(typed.typeInfo);
    });

    it('methods of classes and interfaces named *Client, *Api, *Sdk, *Connection, *Proxy; project functions documented @throws', () => {
      assert.deepEqual(apiCallsIn(typed, callees), [
        'bm.getNode',
        'nova.boot',
        'glance.upload',
        'swift.put',
        'images.list',
        'loadNode',
        'lockNode',
        'tracker.info',
        'ref.put',
      ]);
    });

    it('a method taken off a typed client by destructuring or assignment', () => {
      const destructured = parse(`${code}\nconst { getNode } = bm;\ngetNode('y');\nconst boot = nova.boot;\nboot();`, { typed: true });
      assert.deepEqual(apiCallsIn(destructured, ['getNode', 'boot']), ['getNode', 'boot']);
    });

    it('none of these without type information', () => {
      assert.deepEqual(apiCallsIn(parse(code), callees), []);
    });

    it('without the built-in recognition, none of these', () => {
      assert.deepEqual(apiCallsIn(typed, callees, apiMatcher({ builtIn: false })), []);
    });

    it('ignore and extra take declaration specifiers', () => {
      const matcher = apiMatcher({
        ignore: [{ from: 'file', name: 'BaremetalProxy' }],
        extra: [{ from: 'file', name: 'NodeStore' }, { from: 'lib', name: 'JSON' }],
      });
      assert.deepEqual(apiCallsIn(typed, ['bm.getNode', 'store.fetch', 'JSON.parse', 'nova.boot'], matcher), [
        'store.fetch',
        'JSON.parse',
        'nova.boot',
      ]);
    });
  });

  describe('by type, from a package', () => {
    let projectDir: string;
    let typed: Parsed;
    const callees = ['vendor.go', 'go', 'vendor.quiet', 'bm.getNode'];
    before(() => {
      projectDir = createTypedProject({
        'node_modules/fake-sdk/package.json': JSON.stringify({ name: 'fake-sdk', version: '1.0.0', types: 'index.d.ts' }),
        'node_modules/fake-sdk/index.d.ts': dedent`
          /** @throws {Error} when the remote end fails */
          export declare function go(): void;
          export declare function quiet(): void;
          export interface BaremetalProxy { getNode(id: string): Promise<unknown> }
        `,
      });
      typed = parse(
        dedent`
          import * as vendor from 'fake-sdk';
          import { go, type BaremetalProxy } from 'fake-sdk';
          declare const bm: BaremetalProxy;
          vendor.go();
          go();
          vendor.quiet();
          bm.getNode('x');
        `,
        { projectDir },
      );
      assert.ok(typed.typeInfo);
    });
    after(() => {
      removeTypedProject(projectDir);
    });

    it('@throws-documented functions of a package count only when the package is configured', () => {
      assert.deepEqual(apiCallsIn(typed, callees), ['bm.getNode']);
      assert.deepEqual(apiCallsIn(typed, callees, apiMatcher({ throwsPackages: ['fake-sdk'] })), ['vendor.go', 'go', 'bm.getNode']);
      assert.deepEqual(apiCallsIn(typed, callees, apiMatcher({ throwsPackages: ['other'] })), ['bm.getNode']);
    });
  });

  describe('isClientPath', () => {
    it('skips the root when it is `this` or a module', () => {
      assert.equal(isClientPath({ names: ['this', 'getNode'], root: { kind: 'this' } }), false);
      assert.equal(isClientPath({ names: ['api', 'getNode'], root: { kind: 'module', module: 'api' } }), false);
      assert.equal(isClientPath({ names: ['api', 'getNode'], root: { kind: 'global' } }), true);
    });

    it('does not count the called name itself', () => {
      assert.equal(isClientPath({ names: ['client'], root: { kind: 'global' } }), false);
      assert.equal(isClientPath({ names: ['x', 'client'], root: { kind: 'global' } }), false);
    });

    it('not through the client\'s configuration', () => {
      const global = { kind: 'global' } as const;
      for (const names of [['connection', 'options', 'replication', 'slaves', 'map'], ['this', 'client', 'config', 'get'], ['client', 'Options', 'headers', 'set'], ['api', 'opts', 'toString'], ['sdk', 'defaults', 'merge'], ['sdk', 'utils', 'mergePineOptions'], ['sdk', 'interceptors', 'push']]) {
        assert.equal(isClientPath({ names, root: global }), false, names.join('.'));
      }
      for (const names of [['client', 'node', 'list'], ['client', 'optionsApi', 'get'], ['client', 'configs', 'list'], ['client', 'settings', 'update'], ['client', 'runtimeConfig', 'set'], ['this', 'api', 'clusterConfig', 'update'], ['queueClient', 'push'], ['getBalenaSdk()', 'models', 'device', 'rename']]) {
        assert.equal(isClientPath({ names, root: global }), true, names.join('.'));
      }
    });

    it('fetch only as a global', () => {
      assert.equal(isClientPath({ names: ['fetch'], root: { kind: 'global' } }), true);
      assert.equal(isClientPath({ names: ['fetch'], root: { kind: 'expression' } }), false);
    });
  });
});
