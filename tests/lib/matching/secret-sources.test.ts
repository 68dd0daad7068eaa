import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import dedent from 'dedent';
import assert from 'node:assert/strict';

import type { SecretFinding } from '../../../lib/matching/secret-sources.js';
import { SecretSources, describeSources } from '../../../lib/matching/secret-sources.js';
import { DEFAULT_CARRIERS, DEFAULT_SENSITIVE_NAMES, SensitiveNames } from '../../../lib/matching/sensitive-names.js';
import { isErrorConstructor } from '../../../lib/matching/value-calls.js';
import { DEFAULT_SENSITIVE_TYPES, SensitiveTypes } from '../../../lib/matching/sensitive-types.js';
import type { Parsed } from '../helpers.js';
import { bindingIdentifier, findIdentifier, parse } from '../helpers.js';

const names = new SensitiveNames({ sensitive: DEFAULT_SENSITIVE_NAMES, safe: [], carriers: DEFAULT_CARRIERS });

function sourcesFor(parsed: Parsed): SecretSources {
  const info = parsed.typeInfo;
  return new SecretSources({
    context: parsed.context,
    info,
    names,
    types: info ? new SensitiveTypes(info, names, DEFAULT_SENSITIVE_TYPES, 2) : null,
    paths: parsed.resolver,
  });
}

/** The verdict as text: 'clean', undefined, or the finding's kind and description. */
function show(parsed: Parsed, verdict: SecretFinding | 'clean' | undefined): string | undefined {
  if (verdict === undefined || verdict === 'clean') return verdict;
  return `${verdict.kind}: ${verdict.describe(parsed.sourceCode)}`;
}

/** Every node of a type in source order. */
function nodesOf<T extends TSESTree.Node>(parsed: Parsed, type: AST_NODE_TYPES): T[] {
  const found: TSESTree.Node[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === type) found.push(node);
    for (const key of parsed.sourceCode.visitorKeys[node.type] ?? []) {
      const child: unknown = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (typeof item === 'object' && item !== null && typeof (item as { type?: unknown }).type === 'string') visit(item as TSESTree.Node);
      }
    }
  };
  visit(parsed.sourceCode.ast);
  return found as T[];
}

/** The last identifier named `name` (a use, after its declaration). */
function lastUse(parsed: Parsed, name: string): TSESTree.Identifier {
  const uses = nodesOf<TSESTree.Identifier>(parsed, AST_NODE_TYPES.Identifier).filter((node) => node.name === name);
  const last = uses[uses.length - 1];
  assert.ok(last, `a use of ${name}`);
  return last;
}

describe('lib/matching/secret-sources', () => {
  describe('byName', () => {
    it('secret and carrier names, as variables, properties and keys', () => {
      const parsed = parse('use(password, node.driver_info, { token: t, secret: "x" });');
      const sources = sourcesFor(parsed);
      assert.equal(show(parsed, sources.byName('password', findIdentifier(parsed, 'password'), 'variable', null)), 'name: `password`');
      const member = nodesOf<TSESTree.MemberExpression>(parsed, AST_NODE_TYPES.MemberExpression)[0];
      assert.ok(member);
      assert.equal(show(parsed, sources.byName('driver_info', member, 'property', null)), 'carrier: `node.driver_info`, which carries secrets,');
      const [tokenProperty, secretProperty] = nodesOf<TSESTree.Property>(parsed, AST_NODE_TYPES.Property);
      assert.ok(tokenProperty && secretProperty);
      assert.equal(show(parsed, sources.byName('token', tokenProperty, 'key', tokenProperty.value)), 'key: the value of `token` in an object literal');
      // A literal under a sensitive key is not a secret.
      assert.equal(sources.byName('secret', secretProperty, 'key', secretProperty.value), 'clean');
    });

    it('neutral and vetoed names say nothing', () => {
      const parsed = parse('use(host, passwordPolicy);');
      const sources = sourcesFor(parsed);
      assert.equal(sources.byName('host', findIdentifier(parsed, 'host'), 'variable', null), undefined);
      assert.equal(sources.byName('passwordPolicy', findIdentifier(parsed, 'passwordPolicy'), 'variable', null), undefined);
    });

    it('process.env is a carrier', () => {
      const parsed = parse('use(process.env);');
      const member = nodesOf<TSESTree.MemberExpression>(parsed, AST_NODE_TYPES.MemberExpression)[0];
      assert.ok(member);
      assert.equal(show(parsed, sourcesFor(parsed).byName('env', member, 'property', null)), 'carrier: `process.env`, which carries the environment,');
    });

    it('a called name is a source only when it fetches or makes a value', () => {
      const parsed = parse('use(getPassword(), loadAuthToken(), validatePassword(), password());');
      const sources = sourcesFor(parsed);
      const verdicts = parsed.calls.slice(1).map((call) => {
        const callee = call.callee as TSESTree.Identifier;
        return show(parsed, sources.byName(callee.name, call, 'call', null));
      });
      assert.deepEqual(verdicts, ['name: `getPassword()`', 'name: `loadAuthToken()`', undefined, undefined]);
    });

    it('a variable handed to the file system as a path is clean', () => {
      const parsed = parse(dedent`
        import fs from 'node:fs';
        import { existsSync } from 'fs';
        const sslKey = settings.key;
        const privateKey = settings.privateKey;
        const token = settings.token;
        fs.readFileSync(sslKey);
        existsSync(privateKey);
        other.readFileSync(token);
        use(sslKey, privateKey, token);
      `);
      const sources = sourcesFor(parsed);
      assert.equal(sources.byName('sslKey', lastUse(parsed, 'sslKey'), 'variable', null), 'clean');
      assert.equal(sources.byName('privateKey', lastUse(parsed, 'privateKey'), 'variable', null), 'clean');
      assert.equal(show(parsed, sources.byName('token', lastUse(parsed, 'token'), 'variable', null)), 'name: `token`');
    });

    it('with types: a value-free type is no secret, a closed carrier type without secrets is no carrier', () => {
      const parsed = parse(dedent`
        declare const configDrive: boolean;
        declare const token: 'a' | 'b';
        declare const password: string;
        declare const secrets: { name: string }[];
        declare const credentials: Record<string, string>;
        use(configDrive, token, password, secrets, credentials);
      `, { typed: true });
      const sources = sourcesFor(parsed);
      const verdict = (name: string): string | undefined => show(parsed, sources.byName(name, lastUse(parsed, name), 'variable', null));
      assert.equal(verdict('configDrive'), undefined);
      assert.equal(verdict('token'), undefined);
      assert.equal(verdict('password'), 'name: `password`');
      assert.equal(verdict('secrets'), undefined);
      assert.equal(verdict('credentials'), 'carrier: `credentials`, which carries secrets,');
    });

    it('with types: an object rest is judged by its type', () => {
      const parsed = parse(dedent`
        declare const info: { address: string; password: string; kgKey: string };
        const { password, ...rest } = info;
        const { kgKey, ...others } = rest;
        use(rest, others);
      `, { typed: true });
      const sources = sourcesFor(parsed);
      assert.equal(show(parsed, sources.byName('rest', lastUse(parsed, 'rest'), 'variable', null)), 'type: `rest` (its type carries `kgKey`)');
      assert.equal(sources.byName('others', lastUse(parsed, 'others'), 'variable', null), 'clean');
    });
  });

  describe('isValueFreeByType', () => {
    it('booleans, numbers and awaited numbers are value-free; strings, objects and untyped values are not', () => {
      const parsed = parse(dedent`
        declare const flag: boolean;
        declare const count: Promise<number>;
        declare const text: string;
        declare const object: { a: string };
        use(flag, count, text, object);
      `, { typed: true });
      const sources = sourcesFor(parsed);
      assert.deepEqual(['flag', 'count', 'text', 'object'].map((name) => sources.isValueFreeByType(lastUse(parsed, name))), [true, true, false, false]);
      const untyped = parse('use(flag);');
      assert.equal(sourcesFor(untyped).isValueFreeByType(findIdentifier(untyped, 'flag')), false);
    });
  });

  describe('byType', () => {
    it('reports parameters, plain and rest, without types', () => {
      const parsed = parse('function f(a, ...more) { use(a, more); }');
      const sources = sourcesFor(parsed);
      assert.equal(show(parsed, sources.byType(bindingIdentifier(parsed, 'a'))), 'parameter: `a`');
      assert.equal(show(parsed, sources.byType(bindingIdentifier(parsed, 'more'))), 'parameter: `more`');
      assert.equal(sources.byType(lastUse(parsed, 'a')), undefined);
    });

    it('describes what a type carries, naming a parameter without its annotation', () => {
      const parsed = parse(dedent`
        interface AxiosError { config: object }
        function f(node: { driverInfo: { ipmiPassword: string } }, err: AxiosError, wrapped: { cause: AxiosError }) {
          use(node, err, wrapped);
        }
      `, { typed: true });
      const sources = sourcesFor(parsed);
      assert.equal(show(parsed, sources.byType(bindingIdentifier(parsed, 'node'))), 'type: `node` (its type carries `driverInfo.ipmiPassword`)');
      assert.equal(show(parsed, sources.byType(bindingIdentifier(parsed, 'err'))), 'type: `err` (of the sensitive type `AxiosError`)');
      assert.equal(show(parsed, sources.byType(bindingIdentifier(parsed, 'wrapped'))), 'type: `wrapped` (its `cause` is of the sensitive type `AxiosError`)');
    });
  });

  describe('descriptions', () => {
    it('a destructured key reads as the property it reads', () => {
      const parsed = parse(dedent`
        const { bmc: { ipmi_password: p } } = node.driver_info;
        const [, { token: t }] = pairs;
        for (const { secret: s } of list) use(s);
        function f({ password: pw }) {}
      `);
      const sources = sourcesFor(parsed);
      const keyOf = (name: string): TSESTree.Node => {
        const property = nodesOf<TSESTree.Property>(parsed, AST_NODE_TYPES.Property).find((node) => node.key.type === AST_NODE_TYPES.Identifier && node.key.name === name);
        assert.ok(property);
        return property.key;
      };
      const describe = (name: string): string | undefined => show(parsed, sources.byName(name, keyOf(name), 'property', null));
      assert.equal(describe('ipmi_password'), 'name: `node.driver_info.bmc.ipmi_password`');
      assert.equal(describe('token'), 'name: `pairs[1].token`');
      assert.equal(describe('secret'), 'name: `list[i].secret`');
      assert.equal(describe('password'), 'name: `parameter 1.password`');
    });

    it('a mutation key, a picked key, a token and a URL password', () => {
      const parsed = parse("o.password = x;\nuse(pick(info, ['apiKey']), `https://${u}:${p}@host`, `${a}:${b}@host`);");
      const sources = sourcesFor(parsed);
      const member = nodesOf<TSESTree.MemberExpression>(parsed, AST_NODE_TYPES.MemberExpression)[0];
      assert.ok(member);
      assert.equal(show(parsed, sources.byName('password', member, 'key', findIdentifier(parsed, 'x'))), 'key: the value assigned to `password`');
      const picked = nodesOf<TSESTree.Literal>(parsed, AST_NODE_TYPES.Literal).find((node) => node.value === 'apiKey');
      assert.ok(picked);
      const pickedFinding = sources.byName('apiKey', picked, 'property', null);
      assert.equal(show(parsed, pickedFinding), 'name: `info.apiKey`');
      assert.equal(show(parsed, sources.token('a GitHub token', picked)), 'token: a GitHub token in a string literal');
      const [url, notUrl] = nodesOf<TSESTree.TemplateLiteral>(parsed, AST_NODE_TYPES.TemplateLiteral);
      assert.ok(url && notUrl);
      assert.equal(sources.byUrlPosition(url, 0), undefined);
      assert.equal(show(parsed, sources.byUrlPosition(url, 1)), 'url: the password of a URL');
      assert.equal(sources.byUrlPosition(notUrl, 1), undefined);
    });

    it('labels list sources without explanations', () => {
      const parsed = parse('use(node.driver_info);');
      const member = nodesOf<TSESTree.MemberExpression>(parsed, AST_NODE_TYPES.MemberExpression)[0];
      assert.ok(member);
      const finding = sourcesFor(parsed).byName('driver_info', member, 'property', null);
      assert.ok(finding && finding !== 'clean');
      assert.equal(finding.label(parsed.sourceCode), '`node.driver_info`');
    });

    it('describeSources: the first source with its path, then up to three more and a count', () => {
      const parsed = parse('use(a, b, c, d, e);');
      const sources = sourcesFor(parsed);
      const finding = (name: string): SecretFinding => {
        const verdict = sources.byName('secret', findIdentifier(parsed, name), 'variable', null);
        assert.ok(verdict && verdict !== 'clean');
        return verdict;
      };
      assert.deepEqual(describeSources([], parsed.sourceCode), { source: '', how: '', more: '' });
      assert.deepEqual(
        describeSources([{ finding: finding('a'), steps: ['the template literal', '`x`', '`x`', 'concatenation'] }], parsed.sourceCode),
        { source: '`a`', how: ' through concatenation, `x` and the template literal', more: '' },
      );
      assert.deepEqual(
        describeSources(
          ['a', 'b', 'c', 'd', 'e'].map((name, index) => ({ finding: finding(name), steps: index === 1 ? ['an array'] : [] })),
          parsed.sourceCode,
        ),
        { source: '`a`', how: '', more: ', as do `b` (through an array), `c`, `d` and 1 more' },
      );
      assert.equal(describeSources([{ finding: finding('a'), steps: [] }, { finding: finding('b'), steps: [] }], parsed.sourceCode).more, ', as does `b`');
    });

    it('findings are shared per node and kind', () => {
      const parsed = parse('use(password);');
      const sources = sourcesFor(parsed);
      const node = findIdentifier(parsed, 'password');
      assert.equal(sources.byName('password', node, 'variable', null), sources.byName('password', node, 'variable', null));
    });
  });

  describe('errors and self-redacting values', () => {
    it('isErrorConstructor follows local extends chains, and types', () => {
      const parsed = parse(dedent`
        class BmcFailure extends Error {}
        class IpmiFailure extends BmcFailure {}
        const Wrapped = class extends IpmiFailure {};
        class Plain {}
        new IpmiFailure(); new Wrapped(); new Plain(); new Unknown();
      `);
      const callees = parsed.calls.map((call) => [parsed.sourceCode.getText(call.callee), isErrorConstructor(call.callee, parsed.resolver, null)]);
      assert.deepEqual(callees, [['IpmiFailure', true], ['Wrapped', true], ['Plain', false], ['Unknown', false]]);
      const typed = parse('declare const Fault: new () => RangeError;\ndeclare namespace errors { const Gone: new () => TypeError; }\nnew Fault(); new errors.Gone();', { typed: true });
      assert.deepEqual(typed.calls.map((call) => isErrorConstructor(call.callee, typed.resolver, typed.typeInfo)), [true, true]);
    });

    it('isSelfRedacting: a local class with toJSON or an inspect.custom member, or a type that has one', () => {
      const parsed = parse(dedent`
        import util from 'node:util';
        class A { toJSON() { return '***'; } }
        class B { [util.inspect.custom]() { return '***'; } }
        class C { [Symbol.for('nodejs.util.inspect.custom')]() { return '***'; } }
        class D { value = 1; }
        new A(); new B(); new C(); new D();
      `);
      const sources = sourcesFor(parsed);
      const verdicts = parsed.calls.filter((call): call is TSESTree.NewExpression => call.type === AST_NODE_TYPES.NewExpression).map((call) => sources.isSelfRedacting(call));
      assert.deepEqual(verdicts, [true, true, true, false]);
      const typed = parse('declare const Secret: new (v: string) => { toJSON(): string };\nnew Secret("x");', { typed: true });
      const [secret] = typed.calls;
      assert.ok(secret?.type === AST_NODE_TYPES.NewExpression);
      assert.equal(sourcesFor(typed).isSelfRedacting(secret), true);
    });
  });
});
