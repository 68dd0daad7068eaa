import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import dedent from 'dedent';
import assert from 'node:assert/strict';

import { UNKNOWN_NAME, enclosingClassBody, namesToBinding, pathText } from '../../../lib/matching/access-path.js';
import { bindingIdentifier, findIdentifier, parse } from '../helpers.js';

/** The dotted texts of the callee's paths, literal first. */
function calleePaths(code: string, callee: string, nth = 0): string[] {
  return parse(code).calleePaths(callee, nth);
}

describe('lib/matching/access-path', () => {
  describe('literal paths', () => {
    it('names a member chain from its root', () => {
      assert.deepEqual(calleePaths('ironic.node.get();', 'ironic.node.get'), ['ironic.node.get']);
    });

    it('roots `this` and `super`', () => {
      const parsed = parse('class A extends B { m() { this.go(); super.go(); } }');
      assert.deepEqual(parsed.calleePaths('this.go'), ['this.go']);
      assert.deepEqual(parsed.calleePaths('super.go'), ['super.go']);
      assert.equal(parsed.resolver.literalPathOf(parsed.call('this.go').callee).root.kind, 'this');
    });

    it('a global has a global root, a local binding a variable root', () => {
      const parsed = parse('function f(local) { local.go(); globalThing.go(); }');
      assert.equal(parsed.resolver.literalPathOf(parsed.call('local.go').callee).root.kind, 'variable');
      assert.equal(parsed.resolver.literalPathOf(parsed.call('globalThing.go').callee).root.kind, 'global');
    });

    it('drops optional chaining', () => {
      assert.deepEqual(calleePaths('c?.node.get();', 'c?.node.get'), ['c.node.get']);
      assert.deepEqual(calleePaths('c?.node?.get?.();', 'c?.node?.get'), ['c.node.get']);
    });

    it('drops TypeScript wrappers', () => {
      assert.deepEqual(calleePaths('(c as Client).go();', '(c as Client).go'), ['c.go']);
      assert.deepEqual(calleePaths('c!.node!.go();', 'c!.node!.go'), ['c.node.go']);
      assert.deepEqual(calleePaths('(c satisfies Client).go();', '(c satisfies Client).go'), ['c.go']);
      assert.deepEqual(calleePaths('(<Client>c).go();', '(<Client>c).go'), ['c.go']);
    });

    it('reads computed string, template and number keys', () => {
      assert.deepEqual(calleePaths("c['node'].get();", "c['node'].get"), ['c.node.get']);
      assert.deepEqual(calleePaths('c[`node`].get();', 'c[`node`].get'), ['c.node.get']);
      assert.deepEqual(calleePaths('c[0].get();', 'c[0].get'), ['c.0.get']);
      assert.deepEqual(calleePaths("c?.['node']?.get();", "c?.['node']?.get"), ['c.node.get']);
    });

    it('names an unknown computed key `?`', () => {
      assert.equal(UNKNOWN_NAME, '?');
      assert.deepEqual(calleePaths('c[k].get();', 'c[k].get'), ['c.?.get']);
      assert.deepEqual(calleePaths('c[`n${k}`].get();', 'c[`n${k}`].get'), ['c.?.get']);
    });

    it('keeps private names', () => {
      assert.deepEqual(calleePaths('class A { #c; m() { this.#c.go(); } }', 'this.#c.go'), ['this.#c.go']);
    });

    it('marks call results with `()`, whatever the arguments', () => {
      assert.deepEqual(calleePaths('getClient().getNode();', 'getClient().getNode'), ['getClient().getNode']);
      assert.deepEqual(calleePaths("getClient('a', 1).getNode();", "getClient('a', 1).getNode"), ['getClient().getNode']);
      assert.deepEqual(calleePaths('a.b().c().d();', 'a.b().c().d'), ['a.b().c().d']);
      assert.deepEqual(calleePaths('a.b<T>().go();', 'a.b<T>().go'), ['a.b().go']);
    });

    it('marks `new` results like call results', () => {
      assert.deepEqual(calleePaths('new X().y();', 'new X().y'), ['X().y']);
      assert.deepEqual(calleePaths('new sdk.Connection(cfg).baremetal.get();', 'new sdk.Connection(cfg).baremetal.get'), [
        'sdk.Connection().baremetal.get',
      ]);
    });

    it('sees through `await` in a chain', () => {
      assert.deepEqual(calleePaths('async function f() { (await getClient()).getNode(); }', '(await getClient()).getNode'), [
        'getClient().getNode',
      ]);
      assert.deepEqual(calleePaths('async function f(c) { (await c.conn).getNode(); }', '(await c.conn).getNode'), [
        'c.conn.getNode',
      ]);
    });

    it('an expression it cannot name is `?`', () => {
      const parsed = parse('(a && b).go();');
      assert.deepEqual(parsed.calleePaths('(a && b).go'), ['?.go']);
      assert.equal(parsed.resolver.literalPathOf(parsed.call('(a && b).go').callee).root.kind, 'expression');
    });

    it('a choice is `?` as written, and then each choice', () => {
      const parsed = parse('(a || b).go(); (c ?? d.e).go(); (f ? g : h.i).go(); (j && k).go();');
      assert.deepEqual(parsed.calleePaths('(a || b).go'), ['?.go', 'a.go', 'b.go']);
      assert.deepEqual(parsed.calleePaths('(c ?? d.e).go'), ['?.go', 'c.go', 'd.e.go']);
      assert.deepEqual(parsed.calleePaths('(f ? g : h.i).go'), ['?.go', 'g.go', 'h.i.go']);
      assert.equal(parsed.resolver.literalPathOf(parsed.call('(f ? g : h.i).go').callee).root.kind, 'expression');
      // Only the right side of `&&` is ever called, and a falsy left side makes it no function.
      assert.deepEqual(parsed.calleePaths('(j && k).go'), ['?.go']);
    });

    it('a bound function is also the function it binds', () => {
      const parsed = parse('const write = LOG.debug.bind(LOG); write(x); api.get.bind(api, 1)();');
      assert.deepEqual(parsed.calleePaths('write'), ['write', 'LOG.debug.bind()', 'LOG.debug']);
      assert.deepEqual(parsed.calleePaths('api.get.bind(api, 1)'), ['api.get.bind()', 'api.get']);
    });

    it('names a long member chain exactly', () => {
      const callee = ['x', ...Array.from({ length: 20 }, (_, index) => `m${String(index)}`)].join('.');
      assert.deepEqual(calleePaths(`${callee}();`, callee), [callee]);
    });

    it('pathText joins the names with dots', () => {
      assert.equal(pathText({ names: ['this', 'ironic', 'getNode'], root: { kind: 'this' } }), 'this.ironic.getNode');
    });
  });

  describe('aliases', () => {
    it('follows a const alias of a member', () => {
      const code = dedent`
        class Driver {
          m() {
            const c = this.ironic;
            c.getNode();
          }
        }
      `;
      assert.deepEqual(calleePaths(code, 'c.getNode'), ['c.getNode', 'this.ironic.getNode']);
    });

    it('follows aliases of aliases', () => {
      const code = dedent`
        function f() {
          const ironic = this.ironic;
          const n = ironic.node;
          n.get();
        }
      `;
      assert.deepEqual(calleePaths(code, 'n.get'), ['n.get', 'ironic.node.get', 'this.ironic.node.get']);
    });

    it('follows an alias used with optional chaining and computed keys', () => {
      const code = dedent`
        function f() {
          const c = this.conn;
          c?.node.get();
          c['node'].get();
        }
      `;
      const parsed = parse(code);
      assert.deepEqual(parsed.calleePaths('c?.node.get'), ['c.node.get', 'this.conn.node.get']);
      assert.deepEqual(parsed.calleePaths("c['node'].get"), ['c.node.get', 'this.conn.node.get']);
    });

    it('follows an alias of a function', () => {
      assert.deepEqual(calleePaths('const f = fetch; f(url);', 'f'), ['f', 'fetch']);
    });

    it('follows an alias of a call result', () => {
      assert.deepEqual(calleePaths('const c = getClient(); c.getNode().then();', 'c.getNode().then'), [
        'c.getNode().then',
        'getClient().getNode().then',
      ]);
    });

    it('follows a `let` that is never reassigned, and a `var`', () => {
      assert.deepEqual(calleePaths('let c = this.ironic; c.go();', 'c.go'), ['c.go', 'this.ironic.go']);
      assert.deepEqual(calleePaths('var c = this.ironic; c.go();', 'c.go'), ['c.go', 'this.ironic.go']);
    });

    it('does not follow a reassigned `let`', () => {
      assert.deepEqual(calleePaths('let c = this.ironic; c = other; c.go();', 'c.go'), ['c.go']);
      assert.deepEqual(calleePaths('let c = this.ironic; function f() { c = other; } c.go();', 'c.go'), ['c.go']);
      assert.deepEqual(calleePaths('let c = this.ironic; c++; c.go();', 'c.go'), ['c.go']);
      assert.deepEqual(calleePaths('let c; c = this.ironic; c.go();', 'c.go'), ['c.go']);
    });

    it('does not follow a binding without an initializer', () => {
      assert.deepEqual(calleePaths('for (const c of clients) c.go();', 'c.go'), ['c.go']);
      assert.deepEqual(calleePaths('function f(c) { c.go(); }', 'c.go'), ['c.go']);
    });

    it('respects shadowing', () => {
      assert.deepEqual(calleePaths('const c = this.ironic; function f(c) { c.go(); }', 'c.go'), ['c.go']);
    });

    it('terminates on a cycle', () => {
      const paths = calleePaths('const a = b; const b = a; a.go();', 'a.go');
      assert.equal(paths[0], 'a.go');
      assert.ok(paths.includes('b.go'));
    });

    it('gives each path of a cycle once', () => {
      assert.deepEqual(calleePaths('const a = b; const b = a; a.go();', 'a.go'), ['a.go', 'b.go']);
    });

    it('terminates on a cycle through members', () => {
      const paths = calleePaths('const a = b.x; const b = a.y; a.go();', 'a.go');
      assert.equal(paths[0], 'a.go');
      assert.ok(paths.includes('b.x.go'));
    });

    it('stops at a depth limit on long alias chains, keeping the literal path first', () => {
      const lines = ['const a0 = this.ironic;'];
      for (let i = 1; i <= 40; i++) lines.push(`const a${String(i)} = a${String(i - 1)};`);
      lines.push('a40.go();');
      const paths = calleePaths(lines.join('\n'), 'a40.go');
      assert.equal(paths[0], 'a40.go');
      assert.equal(paths[1], 'a39.go');
      assert.ok(paths.length <= 8, `bounded, got ${String(paths.length)}`);
    });

    it('gives the same paths whatever was asked before', () => {
      const lines = ['const a0 = this.ironic;'];
      for (let i = 1; i <= 20; i++) lines.push(`const a${String(i)} = a${String(i - 1)};`);
      lines.push('a20.go();', 'a9.go();');
      const code = lines.join('\n');
      const alone = parse(code).calleePaths('a9.go');
      const parsed = parse(code);
      parsed.calleePaths('a20.go');
      assert.deepEqual(parsed.calleePaths('a9.go'), alone);
    });

    it('resolves short alias chains to their root', () => {
      const lines = ['const a0 = this.ironic;'];
      for (let i = 1; i <= 5; i++) lines.push(`const a${String(i)} = a${String(i - 1)};`);
      lines.push('a5.go();');
      const paths = calleePaths(lines.join('\n'), 'a5.go');
      assert.equal(paths.at(-1), 'this.ironic.go');
    });
  });

  describe('destructuring', () => {
    it('follows a destructured method', () => {
      assert.deepEqual(calleePaths('const { getNode } = this.ironic; getNode(id);', 'getNode'), ['getNode', 'this.ironic.getNode']);
    });

    it('follows nested destructuring', () => {
      assert.deepEqual(calleePaths('const { node: { get } } = this.conn; get(id);', 'get'), ['get', 'this.conn.node.get']);
    });

    it('follows renamed and defaulted bindings', () => {
      assert.deepEqual(calleePaths('const { getNode: g } = this.ironic; g();', 'g'), ['g', 'this.ironic.getNode']);
      assert.deepEqual(calleePaths('const { getNode: g = fallback } = this.ironic; g();', 'g'), ['g', 'this.ironic.getNode']);
    });

    it('follows computed keys in the pattern', () => {
      assert.deepEqual(calleePaths("const { ['getNode']: g } = c; g();", 'g'), ['g', 'c.getNode']);
      assert.deepEqual(calleePaths('function f(k) { const { [k]: g } = c; g(); }', 'g'), ['g', 'c.?']);
    });

    it('follows array patterns by index', () => {
      assert.deepEqual(calleePaths('const [, second] = c.list; second();', 'second'), ['second', 'c.list.1']);
      assert.deepEqual(calleePaths('const { a: { b: [, second] } } = c; second();', 'second'), ['second', 'c.a.b.1']);
    });

    it('does not follow a rest element', () => {
      assert.deepEqual(calleePaths('const { ...rest } = this.ironic; rest.go();', 'rest.go'), ['rest.go']);
    });

    it('does not follow a reassigned destructured `let`', () => {
      assert.deepEqual(calleePaths('let { go } = this.ironic; go = other; go();', 'go'), ['go']);
    });
  });

  describe('class fields', () => {
    it('follows `this.x` initialized in a field declaration', () => {
      const code = dedent`
        class Driver {
          ironic = createClient();
          m() { this.ironic.getNode(); }
        }
      `;
      assert.deepEqual(calleePaths(code, 'this.ironic.getNode'), ['this.ironic.getNode', 'createClient().getNode']);
    });

    it('follows `this.x` assigned once in the constructor', () => {
      const code = dedent`
        class Driver {
          constructor(conf) { this.ironic = new IronicClient(conf); }
          m() { this.ironic.getNode(); }
        }
      `;
      assert.deepEqual(calleePaths(code, 'this.ironic.getNode'), ['this.ironic.getNode', 'IronicClient().getNode']);
    });

    it('follows a field through an alias and from arrow functions, accessors and other fields', () => {
      const code = dedent`
        class Driver {
          #conn = openConnection();
          handler = () => { this.#conn.go(); };
          get node() { return this.#conn.node(); }
          status = this.#conn.status();
          m() {
            const c = this.#conn;
            c.x();
          }
        }
      `;
      const parsed = parse(code);
      assert.deepEqual(parsed.calleePaths('this.#conn.go'), ['this.#conn.go', 'openConnection().go']);
      assert.deepEqual(parsed.calleePaths('this.#conn.node'), ['this.#conn.node', 'openConnection().node']);
      assert.deepEqual(parsed.calleePaths('this.#conn.status'), ['this.#conn.status', 'openConnection().status']);
      assert.deepEqual(parsed.calleePaths('c.x'), ['c.x', 'this.#conn.x', 'openConnection().x']);
    });

    it('follows a field declared without an initializer and assigned once in the constructor', () => {
      const code = dedent`
        class Driver {
          private readonly ironic: IronicClient;
          constructor(conf: Config) { this.ironic = new IronicClient(conf); }
          m() { this.ironic.getNode(); }
        }
      `;
      assert.deepEqual(calleePaths(code, 'this.ironic.getNode'), ['this.ironic.getNode', 'IronicClient().getNode']);
    });

    it('does not follow a field assigned twice', () => {
      const inInitializerAndConstructor = dedent`
        class Driver {
          ironic = createClient();
          constructor() { this.ironic = other(); }
          m() { this.ironic.getNode(); }
        }
      `;
      const twiceInConstructor = dedent`
        class Driver {
          constructor() {
            this.ironic = createClient();
            this.ironic = other();
          }
          m() { this.ironic.getNode(); }
        }
      `;
      assert.deepEqual(calleePaths(inInitializerAndConstructor, 'this.ironic.getNode'), ['this.ironic.getNode']);
      assert.deepEqual(calleePaths(twiceInConstructor, 'this.ironic.getNode'), ['this.ironic.getNode']);
    });

    it('does not follow a field also assigned in a method', () => {
      const code = dedent`
        class Driver {
          constructor() { this.ironic = createClient(); }
          reconnect() { this.ironic = other(); }
          m() { this.ironic.getNode(); }
        }
      `;
      assert.deepEqual(calleePaths(code, 'this.ironic.getNode'), ['this.ironic.getNode']);
    });

    it('sees a second assignment however it is written (members are walked only when their tokens may assign)', () => {
      const seconds = [
        'reconnect() { (this.ironic) = other(); }',
        'reconnect() { (this).ironic = other(); }',
        'reconnect() { this /* again */ . ironic = other(); }',
        "reconnect() { this['ironic'] = other(); }",
        'reconnect() { this[`ironic`] ??= other(); }',
        'reconnect() { this[names[0] ? `ironic` : `x`].x = 1; this.ironic += suffix; }',
        'reset = () => { this.ironic = other(); };',
        'reconnect() { if (ok) { const f = () => { this.ironic = other(); }; f(); } }',
      ];
      for (const second of seconds) {
        const code = dedent`
          class Driver {
            constructor() { this.ironic = createClient(); }
            ${second}
            m() { this.ironic.getNode(); }
          }
        `;
        assert.deepEqual(calleePaths(code, 'this.ironic.getNode'), ['this.ironic.getNode'], second);
      }
      // Without a second assignment the field is followed, whatever else the members do with `this`.
      const readsOnly = dedent`
        class Driver {
          constructor() { this.ironic = createClient(); }
          n() { const s = 'this.ironic = other()'; /* this.ironic = other() */ return this.ironic === s || this[key] == null; }
          m() { this.ironic.getNode(); }
        }
      `;
      assert.deepEqual(calleePaths(readsOnly, 'this.ironic.getNode'), ['this.ironic.getNode', 'createClient().getNode']);
    });

    it('follows a private field assigned once, not one assigned again', () => {
      const once = 'class D { #c = createClient(); m() { this.#c.getNode(); } }';
      const twice = 'class D { #c = createClient(); r() { this.#c = other(); } m() { this.#c.getNode(); } }';
      assert.deepEqual(calleePaths(once, 'this.#c.getNode'), ['this.#c.getNode', 'createClient().getNode']);
      assert.deepEqual(calleePaths(twice, 'this.#c.getNode'), ['this.#c.getNode']);
    });

    it('does not follow `this` of a nested function, another class or an object literal', () => {
      const nestedFunction = 'class A { x = mk(); m() { function g() { this.x.go(); } } }';
      const otherClass = 'class A { x = mk(); } class B { m() { this.x.go(); } }';
      const innerClass = 'class A { x = mk(); m() { class B { n() { this.x.go(); } } } }';
      const objectLiteral = 'const o = { x: mk(), m() { this.x.go(); } };';
      for (const code of [nestedFunction, otherClass, innerClass, objectLiteral]) {
        assert.deepEqual(calleePaths(code, 'this.x.go'), ['this.x.go'], code);
      }
    });

    it('does not follow a static field through an instance `this`', () => {
      assert.deepEqual(calleePaths('class A { static x = mk(); m() { this.x.go(); } }', 'this.x.go'), ['this.x.go']);
    });
  });

  describe('imports and require', () => {
    it('roots a default import at the module', () => {
      const parsed = parse("import w from 'winston'; w.info();");
      assert.deepEqual(parsed.calleePaths('w.info'), ['w.info', 'winston.info']);
      const root = parsed.resolver.pathsOf(parsed.call('w.info').callee)[1]?.root;
      assert.deepEqual(root, { kind: 'module', module: 'winston' });
    });

    it('roots a named import at the module and its exported name', () => {
      assert.deepEqual(calleePaths("import { createLogger } from 'winston'; createLogger().info();", 'createLogger().info'), [
        'createLogger().info',
        'winston.createLogger().info',
      ]);
    });

    it('uses the exported name of a renamed import', () => {
      assert.deepEqual(calleePaths("import { createLogger as make } from 'winston'; make();", 'make'), ['make', 'winston.createLogger']);
      assert.deepEqual(calleePaths("import { default as w } from 'winston'; w.info();", 'w.info'), ['w.info', 'winston.info']);
      assert.deepEqual(calleePaths("import { 'string name' as s } from 'm'; s();", 's'), ['s', 'm.string name']);
    });

    it('roots a namespace import at the module', () => {
      assert.deepEqual(calleePaths("import * as w from 'winston'; w.createLogger();", 'w.createLogger'), [
        'w.createLogger',
        'winston.createLogger',
      ]);
    });

    it('keeps a relative module specifier as written', () => {
      const parsed = parse("import { log } from './log.js'; log();");
      const resolved = parsed.resolver.pathsOf(parsed.call('log').callee)[1];
      assert.deepEqual(resolved, { names: ['./log.js', 'log'], root: { kind: 'module', module: './log.js' } });
    });

    it('roots require() at the module, directly and through aliases and destructuring', () => {
      assert.deepEqual(calleePaths("require('winston').createLogger();", "require('winston').createLogger"), ['winston.createLogger']);
      assert.deepEqual(calleePaths("const w = require('winston'); w.createLogger();", 'w.createLogger'), [
        'w.createLogger',
        'winston.createLogger',
      ]);
      assert.deepEqual(calleePaths("const { createLogger } = require('pino'); createLogger();", 'createLogger'), [
        'createLogger',
        'pino.createLogger',
      ]);
      assert.deepEqual(calleePaths('const w = require(`winston`); w.x();', 'w.x'), ['w.x', 'winston.x']);
    });

    it('roots an awaited dynamic import() at the module, as a namespace import', () => {
      assert.deepEqual(calleePaths("async function f() { const w = await import('winston'); w.createLogger(); }", 'w.createLogger'), ['w.createLogger', 'winston.createLogger']);
      assert.deepEqual(calleePaths("async function f() { const { createLogger } = await import('pino'); createLogger(); }", 'createLogger'), ['createLogger', 'pino.createLogger']);
      assert.deepEqual(calleePaths('async function f(name) { const m = await import(name); m.go(); }', 'm.go'), ['m.go', '?.go']);
    });

    it('roots TypeScript\'s `import x = require()` at the module', () => {
      assert.deepEqual(calleePaths("import w = require('winston'); w.createLogger();", 'w.createLogger'), [
        'w.createLogger',
        'winston.createLogger',
      ]);
    });

    it('does not root require() of a computed name at a module', () => {
      assert.deepEqual(calleePaths('const w = require(name); w.x();', 'w.x'), ['w.x', 'require().x']);
    });
  });

  describe('helpers', () => {
    it('variableOf is null for globals, the variable for locals', () => {
      const parsed = parse('const local = 1; local; undeclared;');
      assert.equal(parsed.resolver.variableOf(findIdentifier(parsed, 'undeclared')), null);
      assert.equal(parsed.resolver.variableOf(findIdentifier(parsed, 'local'))?.name, 'local');
    });

    it('aliasTargetOf gives the destructured expression and the names to the binding', () => {
      const parsed = parse('const { node: { get: g } } = this.conn; g();');
      const variable = parsed.resolver.variableOf(findIdentifier(parsed, 'g'));
      assert.ok(variable);
      const target = parsed.resolver.aliasTargetOf(variable);
      assert.ok(target);
      assert.equal(parsed.sourceCode.getText(target.expression), 'this.conn');
      assert.deepEqual(target.names, ['node', 'get']);
    });

    it('aliasTargetOf is null for parameters and reassigned bindings', () => {
      const parsed = parse('function f(p) { let q = p; q = 2; }');
      const p = parsed.resolver.variableOf(findIdentifier(parsed, 'p'));
      const q = parsed.resolver.variableOf(findIdentifier(parsed, 'q'));
      assert.ok(p && q);
      assert.equal(parsed.resolver.aliasTargetOf(p), null);
      assert.equal(parsed.resolver.aliasTargetOf(q), null);
    });

    it('namesToBinding walks object and array patterns', () => {
      const parsed = parse('const { a, b: [x, { y = 1 }], ...rest } = o;');
      const declarator = parsed.sourceCode.ast.body[0];
      assert.ok(declarator?.type === AST_NODE_TYPES.VariableDeclaration);
      const pattern = declarator.declarations[0].id;
      assert.deepEqual(namesToBinding(pattern, bindingIdentifier(parsed, 'a')), ['a']);
      assert.deepEqual(namesToBinding(pattern, bindingIdentifier(parsed, 'x')), ['b', '0']);
      assert.deepEqual(namesToBinding(pattern, bindingIdentifier(parsed, 'y')), ['b', '1', 'y']);
      assert.equal(namesToBinding(pattern, bindingIdentifier(parsed, 'rest')), null);
      assert.equal(namesToBinding(pattern, findIdentifier(parsed, 'o')), null);
    });

    it('enclosingClassBody sees through arrows, not through functions', () => {
      const parsed = parse('class A { m() { const f = () => this.x(); function g() { this.y(); } } }');
      const body = enclosingClassBody(parsed.call('this.x'));
      assert.equal(body?.type, AST_NODE_TYPES.ClassBody);
      assert.equal(enclosingClassBody(parsed.call('this.y')), null);
    });
  });
});
