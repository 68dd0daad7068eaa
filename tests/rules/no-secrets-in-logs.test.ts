/**
 * no-secrets-in-logs: the 36 cases of ../shared/reference/secrets-in-logs.md (section 4) in both
 * modes, then aliases, destructuring, optional chaining, computed keys, nested and async
 * functions, class fields, logging packages, child loggers, token shapes, wrappers, every option,
 * and near misses.
 *
 * Expected results of the reference cases, untyped / typed:
 *   1–18, 20  reported / reported
 *   19        clean (an AxiosError is just a name without types) / reported
 *   21–26     clean / clean
 *   27        reported (the rest of a carrier may hold more secrets) / clean (its type shows none)
 *   28–35     clean / clean
 *   36        clean by default, reported with checkUnknownCalls (nothing shows that `Secret`
 *             redacts) / clean (its type has toJSON), also with checkUnknownCalls
 */
import { Linter } from 'eslint';
import * as parser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import dedent from 'dedent';
import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';

import plugin from '../../index.js';
import rule from '../../rules/no-secrets-in-logs.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';
import { createTypedProject, removeTypedProject } from '../lib/helpers.js';

const ruleTester = createRuleTester();
const typedRuleTester = createTypedRuleTester();

ruleTester.run('no-secrets-in-logs', rule, {
  valid: [
    dedent`
      export function connect({ ipmi_address: address, id }: Record<string, string>) {
        LOG.debug('address %s of %s', address, id);
      }
    `,
    dedent`
      export function check(token: string, run: () => void) {
        try {
          run();
        } catch (error) {
          LOG.error('failed', error);
        }
        try {
          try {
            throw new Error(token);
          } catch (inner) {
            LOG.error('inner failure');
          }
        } catch (error) {
          LOG.error(error);
        }
      }
    `,
    dedent`
      LOG.warn('cfg %o', { password: password.length, secret: secrets.size });
    `,
    dedent`
      export function show(name: string) {
        LOG.debug('%s=%s', name, process.env[name]);
      }
    `,
    dedent`
      export function connect(host: string) {
        const url = new URL(\`https://\${host}/redfish\`);
        LOG.info(url.href);
      }
    `,
    // Reference 19, an AxiosError logged whole (untyped: clean). An AxiosError needs types; without them `err` is an unknown value.
    dedent`
      import type { AxiosError } from 'axios';
      declare const err: AxiosError;
      LOG.error('failed', err);
    `,
    // Reference 21, password policy metadata (untyped: clean).
    `LOG.debug('policy %s', cfg.passwordPolicy);`,
    `LOG.debug('minimum %d', cfg.passwordMinLength);`,
    `LOG.debug('set: %s', cfg.isPasswordSet);`,
    // Reference 22, a password's length (untyped: clean).
    'LOG.info(`pw length ${password.length}`);',
    // Reference 23, a ternary choosing literals (untyped: clean).
    `LOG.info('ipmi password %s', info.ipmi_password ? 'set' : 'missing');`,
    // Reference 24, token counts, lexers and pagination (untyped: clean).
    'LOG.debug(tokenizer, tokenCount, maxTokens, nextToken, tokenType);',
    // Reference 25, secret metadata names (untyped: clean).
    'LOG.debug(secretName, secret_ref, secretArn, isSecret, encryptionKeyId);',
    // Reference 26, a safe property of a carrier (untyped: clean).
    `LOG.debug('BMC %s', node.driver_info.ipmi_address);`,
    // Reference 28, sanitizers by name (untyped: clean).
    'LOG.debug(maskDictPassword(node.driver_info));',
    'LOG.debug(redact(token), hash(password), sanitizeHeaders(req.headers));',
    // Reference 29, hashed and encrypted names (untyped: clean).
    'LOG.debug(passwordHash, encryptedPassword, hashed_password);',
    // Reference 30, message text only (untyped: clean).
    `LOG.error('Invalid password for %s', username);`,
    // Reference 31, an unknown error's message (untyped: clean).
    'LOG.error(`token refresh failed: ${err.message}`);',
    // Reference 32, a full mask (untyped: clean).
    `LOG.debug(password.replace(/./g, '*'));`,
    // Reference 33, a file path (untyped: clean).
    `LOG.info('reading creds from %s', passwordFile);`,
    // Reference 34, presence checks (untyped: clean).
    'LOG.info(`has key: ${Boolean(apiKey)}`);',
    'LOG.info(typeof apiKey, !!apiKey);',
    // Reference 35, not loggers (untyped: clean).
    'loginForm.error(password);',
    'catalog.info(token);',
    // Reference 36, a self-redacting wrapper (untyped: clean). A local class that redacts itself in toJSON.
    dedent`
      class Secret {
        constructor(private readonly value: string) {}

        toJSON() {
          return '***';
        }
      }
      LOG.debug('creds', new Secret(password));
    `,
    // Reference 36, a self-redacting wrapper (untyped: clean). An imported class is an unknown call, which carries nothing by default.
    dedent`
      import { Secret } from './secret';
      LOG.debug('creds', new Secret(password));
    `,
    // near misses: not loggers
    'catalog.error(token);',
    'dialog.warn(password);',
    'Math.log(secret);',
    'catalogLog(secret);',
    'login.info(token);',
    // message text only
    `LOG.warn('token expired; requesting a new password from the vault');`,
    'LOG.info(`secret rotation for ${username} finished`);',
    // metadata, flags and counts
    'LOG.debug(passwordPolicy, passwordExpiry, tokenUrl, secretPath, credentialsFile, apiKeyLabel);',
    'LOG.debug(hasToken, shouldRotateSecret, withSecret, noPassword, tokens, pageToken);',
    'LOG.debug(publicKey, publicCredential, tokenAddress);',
    'LOG.debug(tokenEndpoint, secretVersion, credentialsProvider, secretManager, passwordValidator);',
    // value-free reads and provably value-free variables
    'LOG.debug(password.length, secrets.size, password.includes("@"), Object.keys(node.driver_info));',
    dedent`
      const privateKeysInSecretStorage = Boolean(masterKey && selfSigningKey);
      LOG.debug({ privateKeysInSecretStorage });
    `,
    dedent`
      const configdrive = isoFormat ? 'iso9660' : 'vfat';
      LOG.info(\`configdrive format \${configdrive}\`);
    `,
    `LOG.debug({ password: 'redacted', token: '' });`,
    // a field or key that only ever holds a literal: an endpoint path named for what it serves
    dedent`
      export class Api {
        private apiRegisterPushToken = 'v1/apppush/register_push_token';
        private readonly passwordEndpoint = \`\${BASE}/password\`;
        async register(): Promise<void> {
          LOG.error('request failed', this.apiRegisterPushToken, this.passwordEndpoint);
        }
      }
    `,
    dedent`
      const routes = { resetPassword: '/v1/password/reset', token: '/v1/token' };
      LOG.info(routes.resetPassword, routes.token);
    `,
    // thousands of writes in a row: the value-free check is bounded, not a stack overflow
    `export function render() { let html = ''; ${'html += "<td>x</td>";\n'.repeat(3000)} LOG.debug(html); }`,
    // counters: a name that reads like a secret on a variable that only ever holds numbers
    dedent`
      let pass = 0;
      while (pending()) {
        pass++;
        LOG.info(\`\${pass}: stopping\`);
      }
    `,
    'for (let pass = 0; pass < 3; pass++) LOG.debug("pass", pass);',
    dedent`
      let pass = 0;
      for (const item of items) {
        pass += item.size > 0 ? 1 : 2;
        LOG.debug(pass);
      }
    `,
    dedent`
      let pass = 0;
      pass += 1;
      pass -= 1;
      LOG.debug(\`\${pass} passes\`);
    `,
    dedent`
      const password = readPassword();
      let pass = password.length;
      --pass;
      LOG.debug(pass);
    `,
    'for (const pass of [1, 2, 3]) LOG.debug(pass);',
    'const [pass, secret] = [1, 2]; LOG.debug(pass, secret);',
    // safe properties of carriers
    'LOG.info(node.driver_info.ipmi_address, process.env.PATH, req.headers["content-type"]);',
    'LOG.debug(cfg[field]);',
    // flow: overwritten before the use, or written after it
    dedent`
      let detail = password;
      detail = 'hidden';
      LOG.debug(detail);
    `,
    dedent`
      const payload = {};
      LOG.debug(payload);
      payload.password = pw;
    `,
    // rest and omit of a local literal drop the secret
    dedent`
      const conn = { host, password: pw };
      const { password, ...rest } = conn;
      LOG.debug(rest);
    `,
    dedent`
      const conn = { host, password: pw };
      LOG.debug(omit(conn, ['password']));
    `,
    `LOG.debug(_.pick(node.driver_info, ['ipmi_address', 'ipmi_username']));`,
    // a key of Object.entries names, it does not hold
    dedent`
      for (const [name] of Object.entries(secrets)) {
        LOG.info(\`created secret \${name}\`);
      }
    `,
    dedent`
      const secretEntries = Object.entries(secrets);
      for (const [name] of secretEntries) LOG.info(name);
    `,
    'for (const { host } of nodes) LOG.debug(host);',
    // a variable handed to the file system names a file
    dedent`
      import { existsSync, readFileSync } from 'node:fs';
      const { ssl_key: sslKey } = settings;
      if (!existsSync(sslKey)) LOG.error(\`missing \${sslKey}\`);
      const key = readFileSync(sslKey);
    `,
    // a literal that is not a credential
    `LOG.info('see https://example.com:8443/path@x and https://user@host');`,
    `LOG.info('github_pat_' + suffix);`,
    `LOG.info('usage: mysql://user:password@host/db or amqp://guest:<password>@rabbit');`,
    // a wrapper's caller passes clean values; wrappers inside other functions are not followed twice
    dedent`
      function trace(value) {
        LOG.debug(value);
      }
      trace(username);
      trace(password.length);
    `,
    dedent`
      function outer(p) {
        inner(p);
      }
      function inner(v) {
        LOG.debug(v);
      }
      outer(password);
    `,
    // options
    {
      code: dedent`
        function trace(value) {
          LOG.debug(value);
        }
        trace(password);
      `,
      options: [{ crossFunction: 'none' }],
    },
    {
      code: 'LOG.debug(scrubIt(password), util.cleanse(token));',
      options: [{ sanitizers: ['scrubIt', 'util.cleanse'] }],
    },
    {
      code: 'LOG.debug(cleanse(password));',
      settings: { ironclad: { sanitizers: ['cleanse'] } },
    },
    {
      code: 'console.log(`your new password is ${password}`);',
      options: [{ allowIntentional: ['console.log'] }],
    },
    {
      code: 'LOG.debug(format(password));',
      options: [{ checkUnknownCalls: false }],
    },
    {
      code: dedent`
        async function rename(token) {
          const owner = await selectRepoOwner(token);
          LOG.info(owner);
        }
      `,
      options: [{ checkUnknownCalls: true }],
    },
    {
      code: dedent`
        const response = request(url, { headers: { authorization: token } });
        LOG.debug(response);
      `,
      options: [{ checkUnknownCalls: true }],
    },
    {
      code: 'LOG.info(resolveHome(process.env), describe(node.driver_info));',
      options: [{ checkUnknownCalls: true }],
    },
    {
      code: 'LOG.debug(password, token);',
      options: [{ sensitiveNames: { replace: ['bmc pin'] } }],
    },
    {
      code: 'LOG.debug(token);',
      options: [{ sensitiveNames: { remove: ['token'] } }],
    },
    {
      code: 'LOG.debug(sessionToken);',
      options: [{ safeNames: ['session token'] }],
    },
    {
      code: 'LOG.debug(sessionToken, password);',
      options: [{ safeNames: { replace: ['session token', 'password'] } }],
    },
    {
      code: 'LOG.debug(sessionToken);',
      options: [{ safeNames: { add: ['session token'] } }],
    },
    {
      code: 'LOG.debug(csrfToken);',
      settings: { ironclad: { safeNames: ['csrf'] } },
    },
    {
      code: 'LOG.debug(node.driver_info);',
      options: [{ carriers: { replace: ['bmc config'] } }],
    },
    {
      code: 'LOG.debug(node.bmcConfig.host);',
      options: [{ carriers: ['bmc config'] }],
    },
    {
      code: 'LOG.debug(node.driver_info);',
      options: [{ carriers: { remove: ['driver info'] } }],
    },
    {
      code: 'LOG.debug(password);',
      options: [{ loggers: { replace: ['audit.record'] } }],
    },
    dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function dump(node: { driverInfo: Record<string, string> }) {
        Object.entries(node.driverInfo).forEach(([key]) => LOG.debug('field %s', key));
        const secrets = Object.entries(node.driverInfo).filter(([, value]) => value !== '');
        LOG.debug('fields: %s', secrets.map(([name]) => name).join(', '));
      }
    `,
    dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function show(passwords: string[], words: string[]) {
        const lengths = passwords.map((p) => p.length);
        LOG.debug('lengths %o', lengths);
        const tokenKinds = words.map((w) => (/^\\d+$/.test(w) ? 'number' : 'word'));
        LOG.debug('kinds %o', tokenKinds);
        const tokenLabel = String(words.length);
        LOG.debug(tokenLabel);
        LOG.debug(passwords.map(maskPassword));
      }
      declare function maskPassword(p: string): string;
    `,
    dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function dump(node: { driverInfo: Record<string, string> }, other: Record<string, string>) {
        for (const key in node.driverInfo) LOG.debug('field %s', key);
        for (const key in other) LOG.debug('%s=%s', key, other[key]);
        for (const key in other) LOG.debug(node.driverInfo.ipmi_address, other[key]);
      }
    `,
    dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function show(cfg: Record<string, number>, user: Record<string, string>) {
        LOG.debug('ttl %d', cfg.tokenTtlSeconds);
        LOG.debug('expires in %d', user.tokenExpiresIn, user.expires_in);
        LOG.debug('max age %d', cfg.passwordMaxAgeDays, cfg.tokenRefreshIntervalMs);
        LOG.debug('changed %s', user.passwordChangedAt, user.token_expires_at, user.secretRotationDate);
      }
    `,
    dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      enum SecretKind { Password = 'password', Token = 'token' }
      export class GitHub {
        static readonly TOKEN_ENV_VAR = 'GH_TOKEN';
        private static readonly apiKeyHeader = 'X-Api-Key';
        show() {
          LOG.debug('reading %s from %s', SecretKind.Token, GitHub.TOKEN_ENV_VAR);
          LOG.debug('header %s', GitHub.apiKeyHeader);
        }
      }
    `,
    dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function f(headers: Headers, params: URLSearchParams, config: { get(k: string): string }) {
        LOG.debug('type %s', headers.get('content-type'));
        LOG.debug('page %s', params.get('page_token'), config.get('db.host'));
      }
    `,
    dedent`
      declare const LOG: { info(...a: unknown[]): void };
      interface Db { user: string; password: string; host: string }
      function describe(db: Db) {
        return \`\${db.user}@\${db.host}\`;
      }
      function second(first: string, other: string) {
        return other;
      }
      function passwordLength(password: string) {
        return password.length;
      }
      export function start(db: Db, adminPass: string) {
        LOG.info('connecting to %s', describe(db));
        LOG.info('first %s', second(adminPass, 'x'));
        LOG.info('length %d', passwordLength(db.password));
      }
    `,
    {
      code: dedent`
        declare const LOG: { info(...a: unknown[]): void };
        function second(first: string, other: string) {
          return other;
        }
        export function start(adminPass: string) {
          LOG.info('second %s', second('x', adminPass));
        }
      `,
      options: [{ crossFunction: 'none' }],
      name: 'local-function-returns-cross-function-none',
    },
    dedent`
      declare const LOG: { info(...a: unknown[]): void };
      function trimmed(password: string) {
        return password.trim();
      }
      function readArgument(name: string) {
        const token = process.argv.find((argument) => argument.startsWith(\`--\${name}=\`));
        return token?.split('=')[1];
      }
      export function run(user: string) {
        LOG.info('user %s', trimmed(user));
        LOG.info('tag %s', readArgument('tag'));
      }
    `,
    dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function show(secretPaths: string[], tokenTypes: string[], passwordPolicies: string[], secretDates: string[]) {
        LOG.debug('paths %o, policies %o', secretPaths, passwordPolicies);
        tokenTypes.forEach((type) => LOG.debug('type %s', type));
        LOG.debug('dates %o', secretDates);
      }
    `,
    dedent`
      declare const LOG: { info(...a: unknown[]): void };
      declare const http: { get(url: string): string };
      export function show() {
        LOG.info(http.get('https://example.com/api/token'));
        LOG.info(http.get('/oauth/token'));
      }
    `,
    dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function show(node: { driver_info: Record<string, string> }) {
        const field = 'ipmi_address';
        LOG.debug('address %s', node.driver_info[field]);
      }
    `,
    dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function show(user: Record<string, string>) {
        LOG.debug('%s %s %s', user.passwordExpiresOn, user.tokenValidUntil, user.passwordLastChanged);
        LOG.debug('%s %s %s', user.secretLastRotated, user.tokenExpired, user.tokenIat);
      }
    `,
    dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function show(passwords: string[]) {
        LOG.debug('total %d', passwords.reduce((total, item) => total + item.length, 0));
      }
    `,
    dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      declare const _: { get(object: unknown, path: string): unknown };
      export function show(node: object, headers: Headers) {
        LOG.debug('address %s', _.get(node, 'driver_info.ipmi_address'));
        LOG.debug('scheme %s', headers.get('authorization-scheme'));
      }
    `,
    dedent`
      const KEY = 'db.host';
      const ROUTE = '/oauth/token';
      export function connect(config, http, log) {
        log.info(\`connecting to \${config.get(KEY)}\`);
        log.info('route', http.get(ROUTE));
      }
    `,
    dedent`
      export function audit(user, key, log) {
        log.info('password', { passwordLastUsed: user.passwordLastUsed, passwordIndex: user.passwordIndex });
        log.info(\`key size \${key.keySize}, \${key.keyBits} bits, slot \${key.keyIdx}\`);
        log.warn('login', { passwordAttempts: user.passwordAttempts, tokenRetries: user.tokenRetries });
      }
    `,
    dedent`
      export function show(bmc, log) {
        log.debug('bmc', { credentials: { user: bmc.user, method: 'basic' } });
      }
    `,
    dedent`
      export class Session {
        #token;
        constructor(address, log) { this.address = address; this.log = log; }
        get endpoint() {
          return \`https://\${this.address}/redfish/v1\`;
        }
        get tokenPresent() { return this.#token !== undefined; }
        show() {
          this.log.debug('endpoint %s %s', this.endpoint, this.tokenPresent);
        }
      }
    `,
    dedent`
      export function login(password, LOG) {
        const e = new Error('auth failed', { cause: password });
        LOG.error(e.message);
      }
    `,
    dedent`
      export class Session {
        get apiToken() {
          return '<hidden>';
        }
        describe() {
          this.log.debug('token', this.apiToken);
        }
      }
    `,
    dedent`
      export function show(password, LOG) {
        LOG.debug(redact\`login with \${password}\`);
        LOG.debug(util.mask\`login with \${password}\`);
      }
    `,
    dedent`
      export function show(o, LOG) {
        const { addr = 'none', port = 623 } = o;
        const [first = 'x'] = o.hosts;
        LOG.debug(addr, port, first);
      }
    `,
    dedent`
      export class ReolinkApi {
        login(seconds) {
          console.log(\`token expired at \${this.tokenLease}, renewing\`);
          this.tokenLease = Date.now() + 1000 * seconds;
        }
      }
    `,
    dedent`
      export async function show(client, id) {
        client.getNode(id).then((node) => LOG.debug(node.name));
        const [, name] = await Promise.all([getToken(), loadName()]);
        LOG.debug(name);
        const length = await getToken().then((token) => token.length);
        LOG.debug(length);
      }
    `,
    dedent`
      export function show(user, password, LOG) {
        LOG.debug(JSON.stringify({ user, password }, ['user']));
        LOG.debug(JSON.stringify(process.env, ['HOME', 'PATH']));
      }
    `,
    dedent`
      export function request(LOG, page) {
        const options = { uri: '/x', headers: {}, qs: {} };
        options.headers.Accept = 'application/json';
        options.qs.page = page;
        LOG.debug('request %o', options);
      }
      export function readOther(credentials, LOG) {
        const options = { uri: '/x', headers: {} };
        options.headers.Authorization = \`Bearer \${credentials.accessToken}\`;
        LOG.debug('request to %s', options.uri);
      }
    `,
    dedent`
      export function show(o, LOG) {
        LOG.debug(o.privKeyPath);
        LOG.debug(o.encryptionKeyId);
        LOG.debug(o.signingKeyName);
      }
    `,
    dedent`
      function logUrl(req) {
        LOG.debug('request %s', req.url);
      }
      function urlOf(req) {
        return req.url;
      }
      export function send(password, req) {
        logUrl({ url: '/login', body: password });
        const prepared = { url: '/login', body: { password } };
        logUrl(prepared);
        LOG.debug(urlOf({ url: '/login', body: password }));
        logUrl(req);
      }
    `,
    dedent`
      function logReq(req) {
        req = { body: 'none' };
        LOG.debug(req.body);
      }
      export function send(password) {
        logReq({ body: password });
      }
    `,
  ],
  invalid: [
    {
      code: dedent`
        export function connect({ ipmi_password: password }: Record<string, string>, nodes: { driver_info: Record<string, string> }[]) {
          LOG.debug('password %s', password);
          nodes.forEach(({ driver_info: { ipmi_password: pw } }) => LOG.debug(pw));
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`password`', how: '', more: '' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                export function connect({ ipmi_password: password }: Record<string, string>, nodes: { driver_info: Record<string, string> }[]) {
                  LOG.debug('password %s', '<redacted>');
                  nodes.forEach(({ driver_info: { ipmi_password: pw } }) => LOG.debug(pw));
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`nodes[i].driver_info.ipmi_password`', how: ' through destructuring and `pw`', more: '' },
          line: 3,
          column: 61,
          endLine: 3,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'pw' },
              output: dedent`
                export function connect({ ipmi_password: password }: Record<string, string>, nodes: { driver_info: Record<string, string> }[]) {
                  LOG.debug('password %s', password);
                  nodes.forEach(({ driver_info: { ipmi_password: pw } }) => LOG.debug('<redacted>'));
                }
              `,
            },
          ],
        },
      ],
      name: 'destructured-parameters-keep-their-keys',
    },
    {
      code: dedent`
        function trace(label: string, value: unknown = null) {
          LOG.debug(label, value);
        }
        export function connect(password: string) {
          trace('connecting', password);
        }
      `,
      errors: [
        {
          messageId: 'secretThroughWrapper',
          data: { wrapper: 'trace', parameter: 'value', sink: 'LOG.debug', line: '2', source: '`password`', how: '', more: '' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                function trace(label: string, value: unknown = null) {
                  LOG.debug(label, value);
                }
                export function connect(password: string) {
                  trace('connecting', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'wrapper-parameter-with-a-default',
    },
    {
      code: dedent`
        export function check(token: string) {
          try {
            if (!token.startsWith('tk_')) throw new Error('bad token ' + token);
          } catch (error) {
            LOG.exception(error);
          }
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.exception', source: '`token`', how: ' through concatenation, `new Error(...)` and `error`', more: '' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'error' },
              output: dedent`
                export function check(token: string) {
                  try {
                    if (!token.startsWith('tk_')) throw new Error('bad token ' + token);
                  } catch (error) {
                    LOG.exception('<redacted>');
                  }
                }
              `,
            },
          ],
        },
      ],
      name: 'error-thrown-and-caught-in-the-function',
    },
    {
      code: dedent`
        export function show(token: string, jwtToken: string) {
          const parts = token.split('.');
          LOG.debug('payload %s', parts[1]);
          LOG.debug('header %s', jwtToken.split('.')[0]);
          for (let i = 0; i < parts.length; i++) LOG.debug('part', parts[i]);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`token`', how: ' through `.split()`, `parts` and an element', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'parts[1]' },
              output: dedent`
                export function show(token: string, jwtToken: string) {
                  const parts = token.split('.');
                  LOG.debug('payload %s', '<redacted>');
                  LOG.debug('header %s', jwtToken.split('.')[0]);
                  for (let i = 0; i < parts.length; i++) LOG.debug('part', parts[i]);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`jwtToken`', how: ' through `.split()` and an element', more: '' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'jwtToken.split(\'.\')[0]' },
              output: dedent`
                export function show(token: string, jwtToken: string) {
                  const parts = token.split('.');
                  LOG.debug('payload %s', parts[1]);
                  LOG.debug('header %s', '<redacted>');
                  for (let i = 0; i < parts.length; i++) LOG.debug('part', parts[i]);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`token`', how: ' through `.split()`, `parts` and an element', more: '' },
          line: 5,
          column: 42,
          endLine: 5,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'parts[i]' },
              output: dedent`
                export function show(token: string, jwtToken: string) {
                  const parts = token.split('.');
                  LOG.debug('payload %s', parts[1]);
                  LOG.debug('header %s', jwtToken.split('.')[0]);
                  for (let i = 0; i < parts.length; i++) LOG.debug('part', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'element-of-a-split-secret',
    },
    {
      code: dedent`
        export function fail(token: string) {
          const error = new Error(\`bad \${token}\`);
          LOG.error(error.stack);
          LOG.error(new Error(\`bad \${token}\`).message);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.error', source: '`token`', how: ' through the template literal and `new Error(...)`', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'error.stack' },
              output: dedent`
                export function fail(token: string) {
                  const error = new Error(\`bad \${token}\`);
                  LOG.error('<redacted>');
                  LOG.error(new Error(\`bad \${token}\`).message);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.error', source: '`token`', how: ' through the template literal and `new Error(...)`', more: '' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'token' },
              output: dedent`
                export function fail(token: string) {
                  const error = new Error(\`bad \${token}\`);
                  LOG.error(error.stack);
                  LOG.error(new Error(\`bad \${'<redacted>'}\`).message);
                }
              `,
            },
          ],
        },
      ],
      name: 'text-of-an-error-built-from-a-secret',
    },
    {
      code: dedent`
        export function connect(user: string, dbPassword: string, bmcPassword: string) {
          const url = new URL(\`postgres://\${user}:\${dbPassword}@db:5432/app\`);
          LOG.info(url.href);
          const bmc = new URL('https://bmc/redfish');
          bmc.password = bmcPassword;
          LOG.info(bmc.href);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.info', source: 'The password of a URL', how: ' through the template literal, `new URL(...)` and `url`', more: ', as does `dbPassword` (through the template literal, `new URL(...)` and `url`)' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'url.href' },
              output: dedent`
                export function connect(user: string, dbPassword: string, bmcPassword: string) {
                  const url = new URL(\`postgres://\${user}:\${dbPassword}@db:5432/app\`);
                  LOG.info('<redacted>');
                  const bmc = new URL('https://bmc/redfish');
                  bmc.password = bmcPassword;
                  LOG.info(bmc.href);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.info', source: '`bmcPassword`', how: ' through a property assignment and `bmc`', more: '' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'bmc.href' },
              output: dedent`
                export function connect(user: string, dbPassword: string, bmcPassword: string) {
                  const url = new URL(\`postgres://\${user}:\${dbPassword}@db:5432/app\`);
                  LOG.info(url.href);
                  const bmc = new URL('https://bmc/redfish');
                  bmc.password = bmcPassword;
                  LOG.info('<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'href-of-a-url-with-a-password',
    },
    {
      name: 'a public field may be set from outside the class: its name stands',
      code: dedent`
        export class Api {
          sessionToken = '';
          debug() {
            LOG.debug(this.sessionToken);
          }
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          line: 4,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'this.sessionToken' },
              output: dedent`
                export class Api {
                  sessionToken = '';
                  debug() {
                    LOG.debug('<redacted>');
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a field that may hold something else than a literal is what its name says',
      code: dedent`
        export class Api {
          private token = '';
          login(response) {
            this.token = response.token;
          }
          debug() {
            LOG.debug(this.token);
          }
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          line: 7,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'this.token' },
              output: dedent`
                export class Api {
                  private token = '';
                  login(response) {
                    this.token = response.token;
                  }
                  debug() {
                    LOG.debug('<redacted>');
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an accumulation is value-free only when every other value reaching it is: a secret concatenated in a loop',
      code: dedent`
        let pass = readPassword();
        for (const suffix of suffixes) {
          pass += suffix;
          LOG.debug(pass);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          line: 4,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'pass' },
              output: dedent`
                let pass = readPassword();
                for (const suffix of suffixes) {
                  pass += suffix;
                  LOG.debug('<redacted>');
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a counter later given a secret is a secret where the secret reaches',
      code: dedent`
        let pass = 0;
        pass++;
        LOG.debug(pass);
        pass = config.password;
        LOG.debug(pass);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          line: 5,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'pass' },
              output: dedent`
                let pass = 0;
                pass++;
                LOG.debug(pass);
                pass = config.password;
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'added to a number, a secret is still what the name says (the sum may be a string)',
      code: dedent`
        let pass = 0;
        pass += token;
        LOG.debug(pass);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          line: 3,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'pass' },
              output: dedent`
                let pass = 0;
                pass += token;
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a default in a pattern is the value when the source has none',
      code: 'const [token = readToken()] = []; LOG.info(token);',
      errors: [
        {
          messageId: 'secretLogged',
          line: 1,
          suggestions: [{ messageId: 'suggestRedact', data: { expression: 'token' }, output: "const [token = readToken()] = []; LOG.info('<redacted>');" }],
        },
      ],
    },
    {
      name: 'an element of an array holding a secret',
      code: 'for (const pass of [1, user.password]) LOG.debug(pass);',
      errors: [
        {
          messageId: 'secretLogged',
          line: 1,
          suggestions: [{ messageId: 'suggestRedact', data: { expression: 'pass' }, output: "for (const pass of [1, user.password]) LOG.debug('<redacted>');" }],
        },
      ],
    },
    {
      name: 'a logger held in a class field is found through the field (a member call on this is not ruled out by its name)',
      code: dedent`
        import debug from 'debug';
        export class Svc {
          private readonly dbg = debug('svc');
          login(password: string): void {
            this.dbg(password);
          }
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'this.dbg', how: '', more: '' },
          line: 5,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                import debug from 'debug';
                export class Svc {
                  private readonly dbg = debug('svc');
                  login(password: string): void {
                    this.dbg('<redacted>');
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a long path: the message names its first steps and its last two, and counts the rest',
      code: dedent`
        const a = node.password; const b = a; const c = b; const d = c; const e = d; const f = e; const g = f; const h = g;
        LOG.info(h);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`node.password`', sink: 'LOG.info', how: ' through `a`, `b`, `c`, 3 other steps, `g` and `h`', more: '' },
          line: 2,
          suggestions: [{ messageId: 'suggestRedact', data: { expression: 'h' }, output: dedent`
            const a = node.password; const b = a; const c = b; const d = c; const e = d; const f = e; const g = f; const h = g;
            LOG.info('<redacted>');
          ` }],
        },
      ],
    },
    {
      name: 'reference 1: a password property in a template literal',
      code: dedent`
        const info = node.driver_info;
        LOG.debug(\`creds \${info.ipmi_password}\`);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`info.ipmi_password`', sink: 'LOG.debug', how: ' through the template literal', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'info.ipmi_password' },
              output: dedent`
                const info = node.driver_info;
                LOG.debug(\`creds \${'<redacted>'}\`);
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 2: a known carrier logged whole',
      code: `LOG.info('driver_info', node.driver_info);`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`node.driver_info`, which carries secrets,', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'node.driver_info' },
              output: `LOG.info('driver_info', '<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 3: a renamed destructured password in a concatenation',
      code: dedent`
        const info = node.driver_info;
        const { ipmi_password: p } = info;
        LOG.warn('retry ' + p);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`info.ipmi_password`', sink: 'LOG.warn', how: ' through destructuring, `p` and concatenation', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'p' },
              output: dedent`
                const info = node.driver_info;
                const { ipmi_password: p } = info;
                LOG.warn('retry ' + '<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 4: a password key in a stringified object literal',
      code: dedent`
        const info = node.driver_info;
        LOG.debug(JSON.stringify({ host, password: info.redfish_password }));
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`info.redfish_password`', sink: 'LOG.debug', how: ' through an object literal and `JSON.stringify`', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'info.redfish_password' },
              output: dedent`
                const info = node.driver_info;
                LOG.debug(JSON.stringify({ host, password: '<redacted>' }));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 5: a carrier spread into the bindings object',
      code: dedent`
        const info = node.driver_info;
        logger.debug({ ...info }, 'validate');
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`node.driver_info`, which carries secrets,', sink: 'logger.debug', how: ' through `info` and a spread', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '{ ...info }' },
              output: dedent`
                const info = node.driver_info;
                logger.debug('<redacted>', 'validate');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 6: an admin password under an oslo key',
      code: `LOG.debug('md %o', { admin_pass: adminPassword });`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`adminPassword`', sink: 'LOG.debug', how: ' through an object literal', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'adminPassword' },
              output: `LOG.debug('md %o', { admin_pass: '<redacted>' });`,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 7: a config drive in a template literal',
      code: 'LOG.info(`configdrive=${configdrive}`);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`configdrive`', sink: 'LOG.info', how: ' through the template literal', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'configdrive' },
              output: 'LOG.info(`configdrive=${\'<redacted>\'}`);',
            },
          ],
        },
      ],
    },
    {
      name: 'reference 8: a password inside an Error',
      code: dedent`
        const e = new Error('bad ' + bmcPassword);
        LOG.error(e);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`bmcPassword`', sink: 'LOG.error', how: ' through concatenation, `new Error(...)` and `e`', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'e' },
              output: dedent`
                const e = new Error('bad ' + bmcPassword);
                LOG.error('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 9: a kg key inside a custom Error subclass',
      code: dedent`
        class BmcError extends Error {}
        LOG.error(new BmcError(kgKey));
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`kgKey`', sink: 'LOG.error', how: ' through `new BmcError(...)`', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'kgKey' },
              output: dedent`
                class BmcError extends Error {}
                LOG.error(new BmcError('<redacted>'));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 10: process.env logged whole',
      code: 'LOG.debug(process.env);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`process.env`, which carries the environment,', sink: 'LOG.debug', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'process.env' },
              output: `LOG.debug('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 10: process.env through util.inspect',
      code: dedent`
        import util from 'node:util';
        LOG.debug(util.inspect(process.env));
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`process.env`, which carries the environment,', sink: 'LOG.debug', how: ' through `util.inspect`', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'process.env' },
              output: dedent`
                import util from 'node:util';
                LOG.debug(util.inspect('<redacted>'));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 11: a URL built with user:password@',
      code: dedent`
        const url = \`https://\${u}:\${pw}@bmc/redfish/v1\`;
        LOG.info(url);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'The password of a URL', sink: 'LOG.info', how: ' through the template literal and `url`', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'url' },
              output: dedent`
                const url = \`https://\${u}:\${pw}@bmc/redfish/v1\`;
                LOG.info('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 12: a bearer token concatenated into a header',
      code: `LOG.info('Authorization: Bearer ' + token);`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`token`', sink: 'LOG.info', how: ' through concatenation', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'token' },
              output: `LOG.info('Authorization: Bearer ' + '<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 13: a GitHub token literal',
      code: `LOG.info('using ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'A GitHub token in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '\'using ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ01…' },
              output: `LOG.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 14: request headers through this.log',
      code: dedent`
        class RedfishClient {
          log = createLogger();

          send(req) {
            this.log.debug(\`hdrs \${JSON.stringify(req.headers)}\`);
          }
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`req.headers`, which carries secrets,', sink: 'this.log.debug', how: ' through `JSON.stringify` and the template literal', more: '' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'req.headers' },
              output: dedent`
                class RedfishClient {
                  log = createLogger();

                  send(req) {
                    this.log.debug(\`hdrs \${JSON.stringify('<redacted>')}\`);
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 15: a token in child logger bindings',
      code: `logger.child({ token: agentToken }).info('heartbeat');`,
      errors: [
        {
          messageId: 'secretInBindings',
          data: { source: '`agentToken`', sink: 'logger.child', how: ' through an object literal', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'agentToken' },
              output: `logger.child({ token: '<redacted>' }).info('heartbeat');`,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 16: an auth token through a let and a header string',
      code: dedent`
        let t = creds.auth_token;
        const h = 'X-Auth-Token: ' + t;
        LOG.debug(h);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`creds.auth_token`', sink: 'LOG.debug', how: ' through `t`, concatenation and `h`', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'h' },
              output: dedent`
                let t = creds.auth_token;
                const h = 'X-Auth-Token: ' + t;
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 17: a password in a joined command line',
      code: `LOG.debug(['ipmitool', '-P', password].join(' '));`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: ' through an array and `.join()`', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: `LOG.debug(['ipmitool', '-P', '<redacted>'].join(' '));`,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 18: a partial reveal is a leak',
      code: `LOG.debug(password.slice(0, 8) + '****');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: ' through `.slice()` and concatenation', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password.slice(0, 8)' },
              output: `LOG.debug('<redacted>' + '****');`,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 20: instance_info stringified',
      code: 'LOG.debug(`instance_info ${JSON.stringify(node.instance_info)}`);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`node.instance_info`, which carries secrets,', sink: 'LOG.debug', how: ' through `JSON.stringify` and the template literal', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'node.instance_info' },
              output: 'LOG.debug(`instance_info ${JSON.stringify(\'<redacted>\')}`);',
            },
          ],
        },
      ],
    },
    {
      name: 'reference 27: a rest of a carrier without types',
      code: dedent`
        const info = node.driver_info;
        const { ipmi_password, ...rest } = info;
        LOG.debug(rest);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`node.driver_info`, which carries secrets,', sink: 'LOG.debug', how: ' through `info`, a rest and `rest`', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'rest' },
              output: dedent`
                const info = node.driver_info;
                const { ipmi_password, ...rest } = info;
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 36: an unknown wrapper carries when checkUnknownCalls is on',
      code: dedent`
        import { Secret } from './secret';
        LOG.debug('creds', new Secret(password));
      `,
      options: [{ checkUnknownCalls: true }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: ' through an unknown call', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                import { Secret } from './secret';
                LOG.debug('creds', new Secret('<redacted>'));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an alias chain of a password',
      code: dedent`
        const pw = node.driver_info.ipmi_password;
        const copy = pw;
        LOG.debug(copy);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`node.driver_info.ipmi_password`', sink: 'LOG.debug', how: ' through `pw` and `copy`', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'copy' },
              output: dedent`
                const pw = node.driver_info.ipmi_password;
                const copy = pw;
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a later conditional write reaches the use',
      code: dedent`
        let detail = 'none';
        if (verbose) detail = adminPassword;
        LOG.info(detail);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`adminPassword`', sink: 'LOG.info', how: ' through `detail`', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'detail' },
              output: dedent`
                let detail = 'none';
                if (verbose) detail = adminPassword;
                LOG.info('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a write in a loop reaches an earlier use in the next iteration',
      code: dedent`
        let previous;
        for (const n of nodes) {
          LOG.debug(previous);
          previous = n.driver_info.ipmi_password;
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`n.driver_info.ipmi_password`', sink: 'LOG.debug', how: ' through `previous`', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'previous' },
              output: dedent`
                let previous;
                for (const n of nodes) {
                  LOG.debug('<redacted>');
                  previous = n.driver_info.ipmi_password;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a nested destructuring rename',
      code: dedent`
        const { bmc: { password: bmcPw } } = cfg;
        LOG.debug(bmcPw);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`cfg.bmc.password`', sink: 'LOG.debug', how: ' through destructuring and `bmcPw`', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'bmcPw' },
              output: dedent`
                const { bmc: { password: bmcPw } } = cfg;
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a destructured default value keeps the name',
      code: dedent`
        const { token = '' } = options;
        LOG.debug(token);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`token`', sink: 'LOG.debug', how: '', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'token' },
              output: dedent`
                const { token = '' } = options;
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an array destructuring of a literal',
      code: dedent`
        const [user, second] = [username, password];
        LOG.debug(user, second);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: ' through destructuring and `second`', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'second' },
              output: dedent`
                const [user, second] = [username, password];
                LOG.debug(user, '<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a rest of a local literal keeps the other secrets',
      code: dedent`
        const conn = { host, token: apiToken, password: pw };
        const { password, ...rest } = conn;
        LOG.debug(rest);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`apiToken`', sink: 'LOG.debug', how: ' through an object literal, a rest and `rest`', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'rest' },
              output: dedent`
                const conn = { host, token: apiToken, password: pw };
                const { password, ...rest } = conn;
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a destructured element of a for-of loop',
      code: dedent`
        for (const { ipmi_password } of driverInfos) {
          LOG.debug(ipmi_password);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`ipmi_password`', sink: 'LOG.debug', how: '', more: '' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'ipmi_password' },
              output: dedent`
                for (const { ipmi_password } of driverInfos) {
                  LOG.debug('<redacted>');
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the values of Object.entries of a carrier',
      code: dedent`
        for (const [key, value] of Object.entries(node.driver_info)) {
          LOG.debug(key, value);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`node.driver_info`, which carries secrets,', sink: 'LOG.debug', how: ' through `Object.entries`, iteration, destructuring and `value`', more: '' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'value' },
              output: dedent`
                for (const [key, value] of Object.entries(node.driver_info)) {
                  LOG.debug(key, '<redacted>');
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a destructured parameter',
      code: dedent`
        function connect({ host, password }) {
          LOG.info(\`connecting to \${host} with \${password}\`);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.info', how: ' through the template literal', more: '' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                function connect({ host, password }) {
                  LOG.info(\`connecting to \${host} with \${'<redacted>'}\`);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'optional chaining on the value',
      code: 'LOG.debug(node?.driver_info?.ipmi_password);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`node?.driver_info?.ipmi_password`', sink: 'LOG.debug', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'node?.driver_info?.ipmi_password' },
              output: `LOG.debug('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'optional chaining on the logger',
      code: 'this.logger?.info(token);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`token`', sink: 'this.logger.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'token' },
              output: `this.logger?.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'a computed string key',
      code: 'LOG.debug(cfg[\'api_key\'], cfg[`client_secret`]);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`cfg[\'api_key\']`', sink: 'LOG.debug', how: '', more: ', as does `cfg[`client_secret`]`' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'suggestRedactAll',
              data: { expression: 'cfg[\'api_key\']', others: '1 other leaking value' },
              output: `LOG.debug('<redacted>', '<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'a computed literal key in an object literal',
      code: `LOG.debug({ ['password']: pw });`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'The value of `password` in an object literal', sink: 'LOG.debug', how: ' through an object literal', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'pw' },
              output: `LOG.debug({ ['password']: '<redacted>' });`,
            },
          ],
        },
      ],
    },
    {
      name: 'a closure over a password',
      code: dedent`
        function makeReporter(password) {
          return () => LOG.debug(password);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: '', more: '' },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                function makeReporter(password) {
                  return () => LOG.debug('<redacted>');
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a callback over a carrier',
      code: 'nodes.forEach((n) => LOG.debug(n.driver_info));',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`n.driver_info`, which carries secrets,', sink: 'LOG.debug', how: '', more: '' },
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'n.driver_info' },
              output: `nodes.forEach((n) => LOG.debug('<redacted>'));`,
            },
          ],
        },
      ],
    },
    {
      name: 'an awaited token',
      code: dedent`
        async function refresh() {
          const token = await getToken();
          LOG.info(\`token \${token}\`);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`token`', sink: 'LOG.info', how: ' through the template literal', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'token' },
              output: dedent`
                async function refresh() {
                  const token = await getToken();
                  LOG.info(\`token \${'<redacted>'}\`);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an awaited getter result',
      code: dedent`
        async function refresh() {
          const current = await fetchAuthToken();
          LOG.info(current);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`fetchAuthToken()`', sink: 'LOG.info', how: ' through `current`', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'current' },
              output: dedent`
                async function refresh() {
                  const current = await fetchAuthToken();
                  LOG.info('<redacted>');
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a class field read through this',
      code: dedent`
        class BmcClient {
          private readonly apiKey = loadKey();

          run() {
            this.logger.info(this.apiKey);
          }
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`this.apiKey`', sink: 'this.logger.info', how: '', more: '' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'this.apiKey' },
              output: dedent`
                class BmcClient {
                  private readonly apiKey = loadKey();

                  run() {
                    this.logger.info('<redacted>');
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a private class field',
      code: dedent`
        class BmcClient {
          #secret = load();

          run() {
            LOG.debug(this.#secret);
          }
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`this.#secret`', sink: 'LOG.debug', how: '', more: '' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'this.#secret' },
              output: dedent`
                class BmcClient {
                  #secret = load();

                  run() {
                    LOG.debug('<redacted>');
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'this.debugLog as a logger',
      code: dedent`
        class Agent {
          run() {
            this.debugLog('agent token', this.agentToken);
          }
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`this.agentToken`', sink: 'this.debugLog', how: '', more: '' },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'this.agentToken' },
              output: dedent`
                class Agent {
                  run() {
                    this.debugLog('agent token', '<redacted>');
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a bare log function',
      code: 'log(`using ${apiKey}`);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`apiKey`', sink: 'log', how: ' through the template literal', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'apiKey' },
              output: 'log(`using ${\'<redacted>\'}`);',
            },
          ],
        },
      ],
    },
    {
      name: 'a winston logger',
      code: dedent`
        import winston from 'winston';
        const out = winston.createLogger();
        out.info(password);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'out.info', how: '', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                import winston from 'winston';
                const out = winston.createLogger();
                out.info('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a pino logger and its child',
      code: dedent`
        import pino from 'pino';
        const out = pino();
        out.info({ password });
        out.child({ secret }).info('ready');
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'out.info', how: ' through an object literal', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                import pino from 'pino';
                const out = pino();
                out.info({ password: '<redacted>' });
                out.child({ secret }).info('ready');
              `,
            },
          ],
        },
        {
          messageId: 'secretInBindings',
          data: { source: '`secret`', sink: 'out.child', how: ' through an object literal', more: '' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'secret' },
              output: dedent`
                import pino from 'pino';
                const out = pino();
                out.info({ password });
                out.child({ secret: '<redacted>' }).info('ready');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a bunyan logger',
      code: dedent`
        import bunyan from 'bunyan';
        const out = bunyan.createLogger({ name: 'drv' });
        out.error(apiKey);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`apiKey`', sink: 'out.error', how: '', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'apiKey' },
              output: dedent`
                import bunyan from 'bunyan';
                const out = bunyan.createLogger({ name: 'drv' });
                out.error('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a log4js logger',
      code: dedent`
        import log4js from 'log4js';
        const out = log4js.getLogger();
        out.debug(creds);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`creds`, which carries secrets,', sink: 'out.debug', how: '', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'creds' },
              output: dedent`
                import log4js from 'log4js';
                const out = log4js.getLogger();
                out.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a debug namespace function',
      code: dedent`
        import createDebug from 'debug';
        const trace = createDebug('drv');
        trace('pw %s', password);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'trace', how: '', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                import createDebug from 'debug';
                const trace = createDebug('drv');
                trace('pw %s', '<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a required debug namespace',
      code: dedent`
        const trace = require('debug')('drv');
        trace(password);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'trace', how: '', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                const trace = require('debug')('drv');
                trace('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a child logger variable',
      code: dedent`
        const child = LOG.child({ node: uuid });
        child.info(password);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'child.info', how: '', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                const child = LOG.child({ node: uuid });
                child.info('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'process.env read by a sensitive key',
      code: 'LOG.debug(process.env.BMC_PASSWORD);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`process.env.BMC_PASSWORD`', sink: 'LOG.debug', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'process.env.BMC_PASSWORD' },
              output: `LOG.debug('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'a mutation stores a password under a key',
      code: dedent`
        const payload = {};
        payload.password = pw;
        LOG.debug(payload);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'The value assigned to `password`', sink: 'LOG.debug', how: ' through a property assignment and `payload`', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'payload' },
              output: dedent`
                const payload = {};
                payload.password = pw;
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a pushed argument joins a command line',
      code: dedent`
        const args = ['ipmitool'];
        args.push('-P', password);
        LOG.debug(args.join(' '));
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: ' through `args` and `.join()`', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: "args.join(' ')" },
              output: dedent`
                const args = ['ipmitool'];
                args.push('-P', password);
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Object.assign copies a token',
      code: dedent`
        const merged = Object.assign({}, defaults, { token: t });
        LOG.debug(merged);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'The value of `token` in an object literal', sink: 'LOG.debug', how: ' through an object literal, `Object.assign` and `merged`', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'merged' },
              output: dedent`
                const merged = Object.assign({}, defaults, { token: t });
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'String() and toString carry',
      code: dedent`
        LOG.debug(String(password));
        LOG.debug(secret.toString());
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: ' through `String()`', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                LOG.debug(String('<redacted>'));
                LOG.debug(secret.toString());
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { source: '`secret`', sink: 'LOG.debug', how: ' through `.toString()`', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'secret.toString()' },
              output: dedent`
                LOG.debug(String(password));
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a name veto does not stop a flow',
      code: dedent`
        const transportUrl = 'amqp://' + password;
        LOG.info(transportUrl);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.info', how: ' through concatenation and `transportUrl`', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'transportUrl' },
              output: dedent`
                const transportUrl = 'amqp://' + password;
                LOG.info('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a pick that keeps a secret',
      code: `LOG.debug(_.pick(node.driver_info, ['ipmi_address', 'ipmi_password']));`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`node.driver_info.ipmi_password`', sink: 'LOG.debug', how: ' through `pick()`', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '_.pick(node.driver_info, [\'ipmi_address…' },
              output: `LOG.debug('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'an omit that leaves a carrier',
      code: dedent`
        const info = node.driver_info;
        LOG.debug(_.omit(info, ['ipmi_password']));
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`node.driver_info`, which carries secrets,', sink: 'LOG.debug', how: ' through `info` and `omit()`', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'info' },
              output: dedent`
                const info = node.driver_info;
                LOG.debug(_.omit('<redacted>', ['ipmi_password']));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an omit of a local literal that keeps a token',
      code: dedent`
        const conn = { host, token: t, password: pw };
        LOG.debug(omit(conn, 'password'));
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'The value of `token` in an object literal', sink: 'LOG.debug', how: ' through an object literal and `omit()`', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'omit(conn, \'password\')' },
              output: dedent`
                const conn = { host, token: t, password: pw };
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'several leaks in one call',
      code: 'LOG.debug(password, node.driver_info, token, apiKey, secret);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: '', more: ', as do `node.driver_info`, `token`, `apiKey` and 1 more' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'suggestRedactAll',
              data: { expression: 'password', others: '4 other leaking values' },
              output: `LOG.debug('<redacted>', '<redacted>', '<redacted>', '<redacted>', '<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'a shorthand property suggestion keeps the key',
      code: `LOG.info('login', { password });`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.info', how: ' through an object literal', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: `LOG.info('login', { password: '<redacted>' });`,
            },
          ],
        },
      ],
    },
    {
      name: 'a sanitizer in scope is suggested first',
      code: dedent`
        import { maskPassword } from './mask';
        LOG.debug('creds', password);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: '', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'suggestSanitize',
              data: { expression: 'password', sanitizer: 'maskPassword' },
              output: dedent`
                import { maskPassword } from './mask';
                LOG.debug('creds', maskPassword(password));
              `,
            },
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                import { maskPassword } from './mask';
                LOG.debug('creds', '<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a plural passwords carrier',
      code: 'LOG.debug(passwords);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`passwords`, which carries secrets,', sink: 'LOG.debug', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'passwords' },
              output: `LOG.debug('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'configDrive written in camel and snake case',
      code: 'LOG.debug(configDrive, config_drive);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`configDrive`', sink: 'LOG.debug', how: '', more: ', as does `config_drive`' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'suggestRedactAll',
              data: { expression: 'configDrive', others: '1 other leaking value' },
              output: `LOG.debug('<redacted>', '<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'oslo keys override the vetoes',
      code: 'LOG.debug(encrypted_key, swifthashsuffix);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`encrypted_key`', sink: 'LOG.debug', how: '', more: ', as does `swifthashsuffix`' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'suggestRedactAll',
              data: { expression: 'encrypted_key', others: '1 other leaking value' },
              output: `LOG.debug('<redacted>', '<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'credential word families',
      code: 'LOG.debug(privateKey, clientSecret, kek, passphrase, adminPass, connectionString);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`privateKey`', sink: 'LOG.debug', how: '', more: ', as do `clientSecret`, `kek`, `passphrase` and 2 more' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'suggestRedactAll',
              data: { expression: 'privateKey', others: '5 other leaking values' },
              output: `LOG.debug('<redacted>', '<redacted>', '<redacted>', '<redacted>', '<redacted>', '<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'token shape: AWS access key id',
      code: `LOG.info('key AKIAZ3MHQ2X7YV5KL4QP');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'An AWS access key id in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '\'key AKIAZ3MHQ2X7YV5KL4QP\'' },
              output: `LOG.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'token shape: fine-grained GitHub token',
      code: `LOG.info('github_pat_' + 'x', 'github_pat_11ABCDEFG0123456789abc_defghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'A GitHub token in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 127,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '\'github_pat_11ABCDEFG0123456789abc_defg…' },
              output: `LOG.info('github_pat_' + 'x', '<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'token shape: GitLab token',
      code: `LOG.info('glpat-abcdefghij0123456789');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'A GitLab token in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '\'glpat-abcdefghij0123456789\'' },
              output: `LOG.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'token shape: Slack bot token',
      code: `LOG.info('xoxb-1234567890-abcdefghij');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'A Slack token in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '\'xoxb-1234567890-abcdefghij\'' },
              output: `LOG.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'token shape: Slack webhook URL',
      code: 'LOG.info(`posting to https://hooks.slack.com/services/T000/B000/XXXX`);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'A Slack webhook URL in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '`posting to https://hooks.slack.com/ser…' },
              output: `LOG.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'token shape: Stripe live key',
      code: `LOG.info('sk_live_abcdefghij0123');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'A Stripe key in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '\'sk_live_abcdefghij0123\'' },
              output: `LOG.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'token shape: Google API key',
      code: `LOG.info('AIzaSyA1234567890abcdefghijklmnopqrstuv');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'A Google API key in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '\'AIzaSyA1234567890abcdefghijklmnopqrstu…' },
              output: `LOG.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'token shape: npm token',
      code: `LOG.info('npm_abcdefghijklmnopqrstuvwxyz0123456789');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'An npm token in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '\'npm_abcdefghijklmnopqrstuvwxyz01234567…' },
              output: `LOG.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'token shape: OpenAI key',
      code: `LOG.info('sk-proj-abcT3BlbkFJxyz');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'An OpenAI key in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '\'sk-proj-abcT3BlbkFJxyz\'' },
              output: `LOG.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'token shape: Anthropic key',
      code: `LOG.info('sk-ant-api03-abcdefghijklmnopqrstuvwxyz');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'An Anthropic key in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '\'sk-ant-api03-abcdefghijklmnopqrstuvwxy…' },
              output: `LOG.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'token shape: Vault token',
      code: `LOG.info('hvs.abcdefghijklmnopqrstuvwxyz');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'A Vault token in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '\'hvs.abcdefghijklmnopqrstuvwxyz\'' },
              output: `LOG.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'token shape: SendGrid key',
      code: `LOG.info('SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'A SendGrid key in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '\'SG.abcdefghijklmnopqrstuv.abcdefghijkl…' },
              output: `LOG.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'token shape: JSON Web Token',
      code: `LOG.info('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'A JSON Web Token in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 78,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '\'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0N…' },
              output: `LOG.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'token shape: PEM private key',
      code: `LOG.info('-----BEGIN RSA PRIVATE KEY-----\\nMIIEow');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'A PEM private key in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '\'-----BEGIN RSA PRIVATE KEY-----\\nMIIEo…' },
              output: `LOG.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'token shape: URL credentials in a literal',
      code: `LOG.info('connecting to https://admin:hunter2@bmc.example/redfish');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'A URL with a password in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '\'connecting to https://admin:hunter2@bm…' },
              output: `LOG.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'token shape: a token-shaped constant reaches the log',
      code: dedent`
        const KEY = 'glpat-abcdefghij0123456789';
        LOG.debug(\`key \${KEY}\`);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'A GitLab token in a string literal', sink: 'LOG.debug', how: ' through `KEY` and the template literal', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'KEY' },
              output: dedent`
                const KEY = 'glpat-abcdefghij0123456789';
                LOG.debug(\`key \${'<redacted>'}\`);
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a function declaration wrapper',
      code: dedent`
        function trace(message, value) {
          LOG.debug(message, value);
        }
        trace('x', password);
        trace(password, 'y');
      `,
      errors: [
        {
          messageId: 'secretThroughWrapper',
          data: { source: '`password`', sink: 'LOG.debug', wrapper: 'trace', parameter: 'value', line: '2', how: '', more: '' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                function trace(message, value) {
                  LOG.debug(message, value);
                }
                trace('x', '<redacted>');
                trace(password, 'y');
              `,
            },
          ],
        },
        {
          messageId: 'secretThroughWrapper',
          data: { source: '`password`', sink: 'LOG.debug', wrapper: 'trace', parameter: 'message', line: '2', how: '', more: '' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                function trace(message, value) {
                  LOG.debug(message, value);
                }
                trace('x', password);
                trace('<redacted>', 'y');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an arrow function wrapper',
      code: dedent`
        const show = (value) => console.log(value);
        show(token);
      `,
      errors: [
        {
          messageId: 'secretThroughWrapper',
          data: { source: '`token`', sink: 'console.log', wrapper: 'show', parameter: 'value', line: '1', how: '', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'token' },
              output: dedent`
                const show = (value) => console.log(value);
                show('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a method wrapper called through this',
      code: dedent`
        class Driver {
          dump(value) {
            this.log.debug('value %s', value);
          }

          run() {
            this.dump(this.password);
          }
        }
      `,
      errors: [
        {
          messageId: 'secretThroughWrapper',
          data: { source: '`this.password`', sink: 'this.log.debug', wrapper: 'this.dump', parameter: 'value', line: '3', how: '', more: '' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'this.password' },
              output: dedent`
                class Driver {
                  dump(value) {
                    this.log.debug('value %s', value);
                  }

                  run() {
                    this.dump('<redacted>');
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a rest parameter wrapper',
      code: dedent`
        function debug(...args) {
          LOG.debug(...args);
        }
        debug('token', token);
      `,
      errors: [
        {
          messageId: 'secretThroughWrapper',
          data: { source: '`token`', sink: 'LOG.debug', wrapper: 'debug', parameter: 'args', line: '2', how: '', more: '' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'token' },
              output: dedent`
                function debug(...args) {
                  LOG.debug(...args);
                }
                debug('token', '<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a wrapper called with crossFunction same-file',
      code: dedent`
        function trace(value) {
          LOG.debug(value);
        }
        trace(password);
      `,
      options: [{ crossFunction: 'same-file' }],
      errors: [
        {
          messageId: 'secretThroughWrapper',
          data: { source: '`password`', sink: 'LOG.debug', wrapper: 'trace', parameter: 'value', line: '2', how: '', more: '' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                function trace(value) {
                  LOG.debug(value);
                }
                trace('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a sanitizer from options does not hide other values',
      code: 'LOG.debug(scrubIt(password), token);',
      options: [{ sanitizers: ['scrubIt'] }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`token`', sink: 'LOG.debug', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'token' },
              output: `LOG.debug(scrubIt(password), '<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'a sanitizer from settings is suggested',
      code: dedent`
        function cleanse(value) {
          return value;
        }
        LOG.debug(password);
      `,
      settings: { ironclad: { sanitizers: ['cleanse'] } },
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: '', more: '' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestSanitize',
              data: { expression: 'password', sanitizer: 'cleanse' },
              output: dedent`
                function cleanse(value) {
                  return value;
                }
                LOG.debug(cleanse(password));
              `,
            },
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                function cleanse(value) {
                  return value;
                }
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'allowIntentional leaves other loggers checked',
      code: dedent`
        console.log(password);
        LOG.debug(password);
      `,
      options: [{ allowIntentional: ['console.log'] }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: '', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                console.log(password);
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'checkUnknownCalls lets unknown calls carry',
      code: dedent`
        LOG.debug(format(password));
        LOG.debug(client.describe(token));
      `,
      options: [{ checkUnknownCalls: true }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: ' through an unknown call', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                LOG.debug(format('<redacted>'));
                LOG.debug(client.describe(token));
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { source: '`token`', sink: 'LOG.debug', how: ' through an unknown call', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'token' },
              output: dedent`
                LOG.debug(format(password));
                LOG.debug(client.describe('<redacted>'));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'sensitiveNames extends the defaults',
      code: 'LOG.debug(bmcPin, password);',
      options: [{ sensitiveNames: ['bmc pin'] }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`bmcPin`', sink: 'LOG.debug', how: '', more: ', as does `password`' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'suggestRedactAll',
              data: { expression: 'bmcPin', others: '1 other leaking value' },
              output: `LOG.debug('<redacted>', '<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'sensitiveNames replace keeps only the given names',
      code: 'LOG.debug(bmcPin);',
      options: [{ sensitiveNames: { replace: ['bmc pin'] } }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`bmcPin`', sink: 'LOG.debug', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'bmcPin' },
              output: `LOG.debug('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'sensitiveNames add and remove',
      code: dedent`
        LOG.debug(bmcPin);
        LOG.debug(authToken);
      `,
      options: [{ sensitiveNames: { add: ['bmc pin'], remove: ['token'] } }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`bmcPin`', sink: 'LOG.debug', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'bmcPin' },
              output: dedent`
                LOG.debug('<redacted>');
                LOG.debug(authToken);
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { source: '`authToken`', sink: 'LOG.debug', how: '', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'authToken' },
              output: dedent`
                LOG.debug(bmcPin);
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'sensitiveNames from settings',
      code: 'LOG.debug(bmcPin);',
      settings: { ironclad: { sensitiveNames: ['bmc pin'] } },
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`bmcPin`', sink: 'LOG.debug', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'bmcPin' },
              output: `LOG.debug('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'safeNames exempt only their names',
      code: 'LOG.debug(sessionToken, authToken);',
      options: [{ safeNames: ['session token'] }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`authToken`', sink: 'LOG.debug', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'authToken' },
              output: `LOG.debug(sessionToken, '<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'carriers extends the defaults',
      code: 'LOG.debug(node.bmcConfig, node.driver_info);',
      options: [{ carriers: ['bmc config'] }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`node.bmcConfig`, which carries secrets,', sink: 'LOG.debug', how: '', more: ', as does `node.driver_info`' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'suggestRedactAll',
              data: { expression: 'node.bmcConfig', others: '1 other leaking value' },
              output: `LOG.debug('<redacted>', '<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'carriers replace drops the defaults',
      code: 'LOG.debug(node.bmcConfig);',
      options: [{ carriers: { replace: ['bmc config'] } }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`node.bmcConfig`, which carries secrets,', sink: 'LOG.debug', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'node.bmcConfig' },
              output: `LOG.debug('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'carriers from settings',
      code: 'LOG.debug(vault);',
      settings: { ironclad: { carriers: ['vault'] } },
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`vault`, which carries secrets,', sink: 'LOG.debug', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'vault' },
              output: `LOG.debug('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'loggers from options',
      code: 'audit.record(password);',
      options: [{ loggers: ['audit.record'] }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'audit.record', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: `audit.record('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'a chained child logger logs',
      code: 'LOG.child({ requestId }).info(password);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.child().info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: `LOG.child({ requestId }).info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 36: an unknown constructor carries when checkUnknownCalls is on',
      code: dedent`
        declare const Secret: new (value: string) => { toJSON(): string };
        declare const password: string;
        LOG.debug('creds', new Secret(password));
      `,
      options: [{ checkUnknownCalls: true }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: ' through an unknown call', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                declare const Secret: new (value: string) => { toJSON(): string };
                declare const password: string;
                LOG.debug('creds', new Secret('<redacted>'));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'carriers add keeps the defaults',
      code: 'LOG.debug(vault, node.driver_info);',
      options: [{ carriers: { add: ['vault'] } }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`vault`, which carries secrets,', sink: 'LOG.debug', how: '', more: ', as does `node.driver_info`' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'suggestRedactAll',
              data: { expression: 'vault', others: '1 other leaking value' },
              output: `LOG.debug('<redacted>', '<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'sensitiveNames from settings and options are laid in order',
      code: 'LOG.debug(bmcPin, rackCode);',
      options: [{ sensitiveNames: ['rack code'] }],
      settings: { ironclad: { sensitiveNames: ['bmc pin'] } },
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`bmcPin`', sink: 'LOG.debug', how: '', more: ', as does `rackCode`' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'suggestRedactAll',
              data: { expression: 'bmcPin', others: '1 other leaking value' },
              output: `LOG.debug('<redacted>', '<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'checkUnknownCalls carries a value through a wrapper\'s unknown call',
      code: dedent`
        function show(value) {
          LOG.info(describe(value));
        }
        show(node.driver_info);
        show(password);
      `,
      options: [{ checkUnknownCalls: true }],
      errors: [
        {
          messageId: 'secretThroughWrapper',
          data: { source: '`password`', sink: 'LOG.info', wrapper: 'show', parameter: 'value', line: '2', how: '', more: '' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                function show(value) {
                  LOG.info(describe(value));
                }
                show(node.driver_info);
                show('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function report(passwords: string[]) {
          passwords.forEach((p) => LOG.debug('checking %s', p));
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`passwords`, which carries secrets,', how: ' through iteration and `p`', more: '' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'p' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function report(passwords: string[]) {
                  passwords.forEach((p) => LOG.debug('checking %s', '<redacted>'));
                }
              `,
            },
          ],
        },
      ],
      name: 'callback-element-forEach',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function dump(node: { driverInfo: Record<string, string> }) {
          Object.entries(node.driverInfo).forEach(([key, value]) => LOG.debug('%s=%s', key, value));
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`node.driverInfo`, which carries secrets,', how: ' through `Object.entries`, iteration, destructuring and `value`', more: '' },
          line: 3,
          column: 61,
          endLine: 3,
          endColumn: 91,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'value' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function dump(node: { driverInfo: Record<string, string> }) {
                  Object.entries(node.driverInfo).forEach(([key, value]) => LOG.debug('%s=%s', key, '<redacted>'));
                }
              `,
            },
          ],
        },
      ],
      name: 'callback-element-entries-destructured',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function dump(tokens: string[], token: string) {
          [token].reduce((seen, t) => { LOG.debug('token %s', t); return seen + 1; }, 0);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`token`', how: ' through an array, iteration and `t`', more: '' },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 't' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function dump(tokens: string[], token: string) {
                  [token].reduce((seen, t) => { LOG.debug('token %s', '<redacted>'); return seen + 1; }, 0);
                }
              `,
            },
          ],
        },
      ],
      name: 'callback-reduce-element',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function show(passwords: string[]) {
          const hints = passwords.map((p) => p.slice(0, 2));
          LOG.debug('hints %s', hints.join(','));
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`passwords`, which carries secrets,', how: ' through iteration, `p`, `.slice()`, `.map()`, `hints` and `.join()`', more: '' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'hints.join(\',\')' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function show(passwords: string[]) {
                  const hints = passwords.map((p) => p.slice(0, 2));
                  LOG.debug('hints %s', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'map-result-keeps-part',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function show(passwords: string[]) {
          LOG.debug(passwords.map(String).join(' '));
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`passwords`, which carries secrets,', how: ' through `.map()` and `.join()`', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'passwords.map(String).join(\' \')' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function show(passwords: string[]) {
                  LOG.debug('<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'map-through-String',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function dump(node: { driverInfo: Record<string, string> }) {
          for (const key in node.driverInfo) {
            LOG.debug('%s=%s', key, node.driverInfo[key]);
          }
          Object.keys(node.driverInfo).forEach((k) => LOG.debug(k, node.driverInfo[k]));
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`node.driverInfo`, which carries secrets,', how: ' through a loop over its keys', more: '' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'node.driverInfo[key]' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function dump(node: { driverInfo: Record<string, string> }) {
                  for (const key in node.driverInfo) {
                    LOG.debug('%s=%s', key, '<redacted>');
                  }
                  Object.keys(node.driverInfo).forEach((k) => LOG.debug(k, node.driverInfo[k]));
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`node.driverInfo`, which carries secrets,', how: ' through an element', more: '' },
          line: 6,
          column: 47,
          endLine: 6,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'node.driverInfo[k]' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function dump(node: { driverInfo: Record<string, string> }) {
                  for (const key in node.driverInfo) {
                    LOG.debug('%s=%s', key, node.driverInfo[key]);
                  }
                  Object.keys(node.driverInfo).forEach((k) => LOG.debug(k, '<redacted>'));
                }
              `,
            },
          ],
        },
      ],
      name: 'for-in-carrier-values',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        function logAll(items: string[]) {
          items.forEach((item) => LOG.debug('item %s', item));
        }
        export function run(adminPass: string) {
          logAll([adminPass]);
        }
      `,
      errors: [
        {
          messageId: 'secretThroughWrapper',
          data: { wrapper: 'logAll', parameter: 'items', sink: 'LOG.debug', line: '3', source: '`adminPass`', how: ' through an array', more: '' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'adminPass' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                function logAll(items: string[]) {
                  items.forEach((item) => LOG.debug('item %s', item));
                }
                export function run(adminPass: string) {
                  logAll(['<redacted>']);
                }
              `,
            },
          ],
        },
      ],
      name: 'callback-wrapper-cross-function',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function show(user: Record<string, string>) {
          LOG.debug('%s', user.secretAt, user.adminPass);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`user.secretAt`', how: '', more: ', as does `user.adminPass`' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'suggestRedactAll',
              data: { expression: 'user.secretAt', others: '1 other leaking value' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function show(user: Record<string, string>) {
                  LOG.debug('%s', '<redacted>', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'time-suffix-does-not-hide-a-secret',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export class GitHub {
          static token = 'x';
          static readonly API_TOKEN = process.env.GH_TOKEN;
          show() {
            LOG.debug('%s', GitHub.token);
            LOG.debug('%s', GitHub.API_TOKEN);
          }
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`GitHub.token`', how: '', more: '' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'GitHub.token' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export class GitHub {
                  static token = 'x';
                  static readonly API_TOKEN = process.env.GH_TOKEN;
                  show() {
                    LOG.debug('%s', '<redacted>');
                    LOG.debug('%s', GitHub.API_TOKEN);
                  }
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`GitHub.API_TOKEN`', how: '', more: '' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'GitHub.API_TOKEN' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export class GitHub {
                  static token = 'x';
                  static readonly API_TOKEN = process.env.GH_TOKEN;
                  show() {
                    LOG.debug('%s', GitHub.token);
                    LOG.debug('%s', '<redacted>');
                  }
                }
              `,
            },
          ],
        },
      ],
      name: 'static-field-not-sealed-or-not-literal',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function f(headers: Headers, params: URLSearchParams, config: { get(k: string): string }) {
          LOG.debug('auth %s', headers.get('Authorization'));
          LOG.debug('token %s', params.get('access_token'), config.get('db.password'));
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`headers.get(\'Authorization\')`', how: '', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'headers.get(\'Authorization\')' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function f(headers: Headers, params: URLSearchParams, config: { get(k: string): string }) {
                  LOG.debug('auth %s', '<redacted>');
                  LOG.debug('token %s', params.get('access_token'), config.get('db.password'));
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`params.get(\'access_token\')`', how: '', more: ', as does `config.get(\'db.password\')`' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'suggestRedactAll',
              data: { expression: 'params.get(\'access_token\')', others: '1 other leaking value' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function f(headers: Headers, params: URLSearchParams, config: { get(k: string): string }) {
                  LOG.debug('auth %s', headers.get('Authorization'));
                  LOG.debug('token %s', '<redacted>', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'get-by-sensitive-key',
    },
    {
      code: dedent`
        declare const LOG: { info(...a: unknown[]): void };
        interface Db { user: string; password: string; host: string }
        function connectionOptions(db: Db) {
          return { host: db.host, user: db.user, password: db.password };
        }
        function second(first: string, other: string) {
          return other;
        }
        export class Service {
          private readonly apiSecret = process.env.API_SECRET;
          credentialsFor() {
            return this.apiSecret;
          }
          start(db: Db, adminPass: string) {
            LOG.info('connecting with %o', connectionOptions(db));
            LOG.info('second %s', second('x', adminPass));
            LOG.info('using %s', this.credentialsFor());
          }
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.info', source: '`db.password`', how: ' through an object literal and `connectionOptions()`', more: '' },
          line: 15,
          column: 5,
          endLine: 15,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'connectionOptions(db)' },
              output: dedent`
                declare const LOG: { info(...a: unknown[]): void };
                interface Db { user: string; password: string; host: string }
                function connectionOptions(db: Db) {
                  return { host: db.host, user: db.user, password: db.password };
                }
                function second(first: string, other: string) {
                  return other;
                }
                export class Service {
                  private readonly apiSecret = process.env.API_SECRET;
                  credentialsFor() {
                    return this.apiSecret;
                  }
                  start(db: Db, adminPass: string) {
                    LOG.info('connecting with %o', '<redacted>');
                    LOG.info('second %s', second('x', adminPass));
                    LOG.info('using %s', this.credentialsFor());
                  }
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.info', source: '`adminPass`', how: ' through `other` and `second()`', more: '' },
          line: 16,
          column: 5,
          endLine: 16,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'adminPass' },
              output: dedent`
                declare const LOG: { info(...a: unknown[]): void };
                interface Db { user: string; password: string; host: string }
                function connectionOptions(db: Db) {
                  return { host: db.host, user: db.user, password: db.password };
                }
                function second(first: string, other: string) {
                  return other;
                }
                export class Service {
                  private readonly apiSecret = process.env.API_SECRET;
                  credentialsFor() {
                    return this.apiSecret;
                  }
                  start(db: Db, adminPass: string) {
                    LOG.info('connecting with %o', connectionOptions(db));
                    LOG.info('second %s', second('x', '<redacted>'));
                    LOG.info('using %s', this.credentialsFor());
                  }
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.info', source: '`this.apiSecret`', how: ' through `credentialsFor()`', more: '' },
          line: 17,
          column: 5,
          endLine: 17,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'this.credentialsFor()' },
              output: dedent`
                declare const LOG: { info(...a: unknown[]): void };
                interface Db { user: string; password: string; host: string }
                function connectionOptions(db: Db) {
                  return { host: db.host, user: db.user, password: db.password };
                }
                function second(first: string, other: string) {
                  return other;
                }
                export class Service {
                  private readonly apiSecret = process.env.API_SECRET;
                  credentialsFor() {
                    return this.apiSecret;
                  }
                  start(db: Db, adminPass: string) {
                    LOG.info('connecting with %o', connectionOptions(db));
                    LOG.info('second %s', second('x', adminPass));
                    LOG.info('using %s', '<redacted>');
                  }
                }
              `,
            },
          ],
        },
      ],
      name: 'local-function-returns-a-secret',
    },
    {
      code: dedent`
        declare const LOG: { info(...a: unknown[]): void };
        function trimmed(password: string) {
          return password.trim();
        }
        function fromConfig({ password }: { password: string }) {
          return password;
        }
        export function run(adminPass: string, config: { password: string }) {
          LOG.info('pass %s', trimmed(adminPass));
          LOG.info('config %s', fromConfig(config));
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.info', source: '`adminPass`', how: ' through `.trim()` and `trimmed()`', more: '' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'adminPass' },
              output: dedent`
                declare const LOG: { info(...a: unknown[]): void };
                function trimmed(password: string) {
                  return password.trim();
                }
                function fromConfig({ password }: { password: string }) {
                  return password;
                }
                export function run(adminPass: string, config: { password: string }) {
                  LOG.info('pass %s', trimmed('<redacted>'));
                  LOG.info('config %s', fromConfig(config));
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.info', source: '`password`', how: ' through `fromConfig()`', more: '' },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'fromConfig(config)' },
              output: dedent`
                declare const LOG: { info(...a: unknown[]): void };
                function trimmed(password: string) {
                  return password.trim();
                }
                function fromConfig({ password }: { password: string }) {
                  return password;
                }
                export function run(adminPass: string, config: { password: string }) {
                  LOG.info('pass %s', trimmed(adminPass));
                  LOG.info('config %s', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'returns-parameter-name-stands-for-the-argument',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function show(passwords: string[]) {
          LOG.debug('%o', passwords);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`passwords`, which carries secrets,', how: '', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'passwords' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function show(passwords: string[]) {
                  LOG.debug('%o', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'plural-of-a-secret-word-stays-one',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function show(node: { driver_info: Record<string, string> }) {
          const field = 'ipmi_password';
          LOG.debug('password %s', node.driver_info[field]);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`node.driver_info[field]`', how: '', more: '' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'node.driver_info[field]' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function show(node: { driver_info: Record<string, string> }) {
                  const field = 'ipmi_password';
                  LOG.debug('password %s', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'constant-key-reads-that-secret',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function dump(node: { driver_info: Record<string, string> }) {
          let key: string;
          for (key in node.driver_info) LOG.debug('%s=%s', key, node.driver_info[key]);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`node.driver_info`, which carries secrets,', how: ' through a loop over its keys', more: '' },
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'node.driver_info[key]' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function dump(node: { driver_info: Record<string, string> }) {
                  let key: string;
                  for (key in node.driver_info) LOG.debug('%s=%s', key, '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'for-in-over-an-earlier-variable',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function show(password: string | undefined) {
          LOG.debug('password %s', password ?? 'none');
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`password`', how: '', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password ?? \'none\'' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function show(password: string | undefined) {
                  LOG.debug('password %s', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'suggestion-replaces-a-fallback-whole',
    },
    {
      code: dedent`
        import { maskPassword } from './mask';
        declare const LOG: { debug(...a: unknown[]): void };
        export function run(password: string) {
          const args = ['ipmitool', '-P'];
          args.push(password);
          LOG.debug(...args);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`password`', how: ' through `args` and a spread', more: '' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '...args' },
              output: dedent`
                import { maskPassword } from './mask';
                declare const LOG: { debug(...a: unknown[]): void };
                export function run(password: string) {
                  const args = ['ipmitool', '-P'];
                  args.push(password);
                  LOG.debug('<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'suggestion-no-sanitizer-around-a-spread',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function show(passwords: string[]) {
          passwords.forEach(function (this: void, item) {
            LOG.debug('%s', item);
          });
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`passwords`, which carries secrets,', how: ' through iteration and `item`', more: '' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'item' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function show(passwords: string[]) {
                  passwords.forEach(function (this: void, item) {
                    LOG.debug('%s', '<redacted>');
                  });
                }
              `,
            },
          ],
        },
      ],
      name: 'callback-this-parameter-takes-no-place',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function show(request: { cookies: Record<string, string> }) {
          LOG.debug('cookies %o', request.cookies);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`request.cookies`, which carries secrets,', how: '', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'request.cookies' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function show(request: { cookies: Record<string, string> }) {
                  LOG.debug('cookies %o', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'cookies-carry-secrets',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function show(passwords: string[]) {
          LOG.debug(passwords.reduce((all, password) => all + password, ''));
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`password`', how: ' through concatenation and `.reduce()`', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function show(passwords: string[]) {
                  LOG.debug(passwords.reduce((all, password) => all + '<redacted>', ''));
                }
              `,
            },
          ],
        },
      ],
      name: 'reduce-holds-what-the-callback-returns',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function show(passwords: string[]) {
          passwords.sort((a, b) => {
            LOG.debug('comparing %s', a);
            return a.localeCompare(b);
          });
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`passwords`, which carries secrets,', how: ' through iteration and `a`', more: '' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'a' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function show(passwords: string[]) {
                  passwords.sort((a, b) => {
                    LOG.debug('comparing %s', '<redacted>');
                    return a.localeCompare(b);
                  });
                }
              `,
            },
          ],
        },
      ],
      name: 'sort-comparator-sees-elements',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        declare const _: { get(object: unknown, path: string): unknown };
        export function show(node: object, config: { get(key: string, fallback?: string): string }) {
          LOG.debug('password %s', _.get(node, 'driver_info.ipmi_password'));
          LOG.debug('db %s', config.get('db.password', ''));
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`_.get(node, \'driver_info.ipmi_password\')`', how: '', more: '' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '_.get(node, \'driver_info.ipmi_password\')' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                declare const _: { get(object: unknown, path: string): unknown };
                export function show(node: object, config: { get(key: string, fallback?: string): string }) {
                  LOG.debug('password %s', '<redacted>');
                  LOG.debug('db %s', config.get('db.password', ''));
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`config.get(\'db.password\', \'\')`', how: '', more: '' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'config.get(\'db.password\', \'\')' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                declare const _: { get(object: unknown, path: string): unknown };
                export function show(node: object, config: { get(key: string, fallback?: string): string }) {
                  LOG.debug('password %s', _.get(node, 'driver_info.ipmi_password'));
                  LOG.debug('db %s', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'get-by-path-and-with-a-default',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function show(passwords: string[]) {
          passwords.forEach((password, index, all) => LOG.debug('%d of %o', index, all));
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`passwords`, which carries secrets,', how: ' through `all`', more: '' },
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'all' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function show(passwords: string[]) {
                  passwords.forEach((password, index, all) => LOG.debug('%d of %o', index, '<redacted>'));
                }
              `,
            },
          ],
        },
      ],
      name: 'callback-array-parameter-is-the-array',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function configure(psk: string, wifiKey: string, networkKey: string) {
          LOG.debug(\`wifi \${psk} \${wifiKey} \${networkKey}\`);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`psk`', how: ' through the template literal', more: ', as do `wifiKey` (through the template literal) and `networkKey` (through the template literal)' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'suggestRedactAll',
              data: { expression: 'psk', others: '2 other leaking values' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function configure(psk: string, wifiKey: string, networkKey: string) {
                  LOG.debug(\`wifi \${'<redacted>'} \${'<redacted>'} \${'<redacted>'}\`);
                }
              `,
            },
          ],
        },
      ],
      name: 'pre-shared-keys',
    },
    {
      code: dedent`
        const KEY = 'db.password';
        export function connect(config, log) {
          const password = config.get(KEY);
          log.info(\`connecting with \${config.get(KEY)}\`);
          return password;
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'log.info', source: '`config.get(KEY)`', how: ' through the template literal', more: '' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'config.get(KEY)' },
              output: dedent`
                const KEY = 'db.password';
                export function connect(config, log) {
                  const password = config.get(KEY);
                  log.info(\`connecting with \${'<redacted>'}\`);
                  return password;
                }
              `,
            },
          ],
        },
      ],
      name: 'a-get-by-a-constant-key-reads-that-key',
    },
    {
      code: dedent`
        import _ from 'lodash';
        const PATH = 'driver_info.ipmi_password';
        export function show(node) {
          console.log('bmc', _.get(node, PATH));
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'console.log', source: '`_.get(node, PATH)`', how: '', more: '' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '_.get(node, PATH)' },
              output: dedent`
                import _ from 'lodash';
                const PATH = 'driver_info.ipmi_password';
                export function show(node) {
                  console.log('bmc', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'a-get-by-a-constant-path-reads-that-path',
    },
    {
      code: dedent`
        export function audit(user, log) {
          log.info('password', { passwordLastUsed: user.passwordLastUsed, password: user.password });
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'log.info', source: '`user.password`', how: ' through an object literal', more: '' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 93,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'user.password' },
              output: dedent`
                export function audit(user, log) {
                  log.info('password', { passwordLastUsed: user.passwordLastUsed, password: '<redacted>' });
                }
              `,
            },
          ],
        },
      ],
      name: 'the-secret-beside-its-metadata',
    },
    {
      code: dedent`
        export function connect(opts, log) {
          const passwordUsed = opts.password || 'admin';
          log.debug('connecting', passwordUsed);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'log.debug', source: '`passwordUsed`', how: '', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'passwordUsed' },
              output: dedent`
                export function connect(opts, log) {
                  const passwordUsed = opts.password || 'admin';
                  log.debug('connecting', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'the-secret-used-is-a-secret',
    },
    {
      code: dedent`
        export function show(bmc, log) {
          log.debug('bmc', { credentials: { user: bmc.user, password: bmc.password } });
          log.debug('bmc', { credentials: { ...bmc.credentials, password: '***' } });
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'log.debug', source: '`bmc.password`', how: ' through an object literal', more: '' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'bmc.password' },
              output: dedent`
                export function show(bmc, log) {
                  log.debug('bmc', { credentials: { user: bmc.user, password: '<redacted>' } });
                  log.debug('bmc', { credentials: { ...bmc.credentials, password: '***' } });
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'log.debug', source: '`bmc.credentials`, which carries secrets,', how: ' through a spread and an object literal', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '{ ...bmc.credentials, password: \'***\' }' },
              output: dedent`
                export function show(bmc, log) {
                  log.debug('bmc', { credentials: { user: bmc.user, password: bmc.password } });
                  log.debug('bmc', { credentials: '<redacted>' });
                }
              `,
            },
          ],
        },
      ],
      name: 'a-carrier-key-holding-an-object-written-in-place',
    },
    {
      code: dedent`
        export class Session {
          #token;
          constructor(auth, log) { this.auth = auth; this.log = log; }
          get authHeader() {
            return this.#token ? { 'X-Auth-Token': this.#token } : { Authorization: \`Basic \${this.auth.password}\` };
          }
          get loop() { return this.other; }
          get other() { return this.loop; }
          show() {
            this.log.debug('headers', this.authHeader);
            this.log.debug('loop', this.loop);
          }
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'this.log.debug', source: '`this.#token`', how: ' through an object literal and `authHeader`', more: ', as does `this.auth.password` (through the template literal, an object literal and `authHeader`)' },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'this.authHeader' },
              output: dedent`
                export class Session {
                  #token;
                  constructor(auth, log) { this.auth = auth; this.log = log; }
                  get authHeader() {
                    return this.#token ? { 'X-Auth-Token': this.#token } : { Authorization: \`Basic \${this.auth.password}\` };
                  }
                  get loop() { return this.other; }
                  get other() { return this.loop; }
                  show() {
                    this.log.debug('headers', '<redacted>');
                    this.log.debug('loop', this.loop);
                  }
                }
              `,
            },
          ],
        },
      ],
      name: 'a-getter-of-this-class-carries-what-it-returns',
    },
    {
      code: dedent`
        import { maskPassword } from './mask';
        export async function show(getToken, LOG) {
          LOG.debug(await getToken());
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`getToken()`', how: '', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'suggestSanitize',
              data: { expression: 'await getToken()', sanitizer: 'maskPassword' },
              output: dedent`
                import { maskPassword } from './mask';
                export async function show(getToken, LOG) {
                  LOG.debug(maskPassword(await getToken()));
                }
              `,
            },
            {
              messageId: 'suggestRedact',
              data: { expression: 'await getToken()' },
              output: dedent`
                import { maskPassword } from './mask';
                export async function show(getToken, LOG) {
                  LOG.debug('<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'an-awaited-secret-is-replaced-with-its-await',
    },
    {
      code: dedent`
        export function login(password, LOG) {
          try {
            throw new Error(\`bad creds \${password}\`);
          } catch (e) {
            LOG.error('%s', e.message);
            LOG.error('%s', (e as Error).stack);
          }
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.error', source: '`password`', how: ' through the template literal and `new Error(...)`', more: '' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'e.message' },
              output: dedent`
                export function login(password, LOG) {
                  try {
                    throw new Error(\`bad creds \${password}\`);
                  } catch (e) {
                    LOG.error('%s', '<redacted>');
                    LOG.error('%s', (e as Error).stack);
                  }
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.error', source: '`password`', how: ' through the template literal and `new Error(...)`', more: '' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '(e as Error).stack' },
              output: dedent`
                export function login(password, LOG) {
                  try {
                    throw new Error(\`bad creds \${password}\`);
                  } catch (e) {
                    LOG.error('%s', e.message);
                    LOG.error('%s', '<redacted>');
                  }
                }
              `,
            },
          ],
        },
      ],
      name: 'the-message-of-a-caught-error-built-with-a-secret',
    },
    {
      code: dedent`
        export class Session {
          get authHeader() {
            return buildHeader(this.user);
          }
          describe() {
            this.log.debug('auth', this.authHeader);
          }
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'this.log.debug', source: '`this.authHeader`', how: '', more: '' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'this.authHeader' },
              output: dedent`
                export class Session {
                  get authHeader() {
                    return buildHeader(this.user);
                  }
                  describe() {
                    this.log.debug('auth', '<redacted>');
                  }
                }
              `,
            },
          ],
        },
      ],
      name: 'a-sensitive-named-getter-returning-what-the-engine-cannot-see-keeps-its-name',
    },
    {
      code: dedent`
        export function show(password, LOG) {
          LOG.debug(html\`login with \${password}\`);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`password`', how: ' through a tagged template', more: '' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                export function show(password, LOG) {
                  LOG.debug(html\`login with \${'<redacted>'}\`);
                }
              `,
            },
          ],
        },
      ],
      name: 'another-template-tag-carries-the-secret',
    },
    {
      code: dedent`
        export function show(o, password, LOG) {
          const { addr: target = password } = o;
          LOG.debug(target);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`password`', how: ' through `target`', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'target' },
              output: dedent`
                export function show(o, password, LOG) {
                  const { addr: target = password } = o;
                  LOG.debug('<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'a-secret-as-a-destructuring-default-reaches-the-log',
    },
    {
      code: dedent`
        async function readPassword(info) {
          return info.ipmi_password;
        }
        export async function show(driverInfo) {
          getToken().then((token) => LOG.debug(token));
          const trimmed = await readPassword(driverInfo).then((v) => v.trim());
          LOG.debug(trimmed);
          const [first] = await Promise.all([getToken(), loadName()]);
          LOG.debug(first);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`token`', how: '', more: '' },
          line: 5,
          column: 30,
          endLine: 5,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'token' },
              output: dedent`
                async function readPassword(info) {
                  return info.ipmi_password;
                }
                export async function show(driverInfo) {
                  getToken().then((token) => LOG.debug('<redacted>'));
                  const trimmed = await readPassword(driverInfo).then((v) => v.trim());
                  LOG.debug(trimmed);
                  const [first] = await Promise.all([getToken(), loadName()]);
                  LOG.debug(first);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`readPassword(driverInfo)`', how: ' through `v`, `.trim()`, `.then()` and `trimmed`', more: '' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'trimmed' },
              output: dedent`
                async function readPassword(info) {
                  return info.ipmi_password;
                }
                export async function show(driverInfo) {
                  getToken().then((token) => LOG.debug(token));
                  const trimmed = await readPassword(driverInfo).then((v) => v.trim());
                  LOG.debug('<redacted>');
                  const [first] = await Promise.all([getToken(), loadName()]);
                  LOG.debug(first);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`getToken()`', how: ' through destructuring and `first`', more: '' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'first' },
              output: dedent`
                async function readPassword(info) {
                  return info.ipmi_password;
                }
                export async function show(driverInfo) {
                  getToken().then((token) => LOG.debug(token));
                  const trimmed = await readPassword(driverInfo).then((v) => v.trim());
                  LOG.debug(trimmed);
                  const [first] = await Promise.all([getToken(), loadName()]);
                  LOG.debug('<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'a-secret-reaches-a-log-through-a-promise-chain',
    },
    {
      code: dedent`
        export function show(user, password, LOG) {
          LOG.debug(JSON.stringify({ user, password }, ['user', 'password'], 2));
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`{ user, password }.password`', how: ' through `JSON.stringify`', more: '' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'JSON.stringify({ user, password }, [\'us…' },
              output: dedent`
                export function show(user, password, LOG) {
                  LOG.debug('<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'a-json-replacer-array-listing-a-secret-key-writes-it',
    },
    {
      code: dedent`
        export function request(credentials, LOG) {
          const options = { uri: '/x', headers: {}, qs: {} };
          options.headers.Authorization = \`Bearer \${credentials.accessToken}\`;
          LOG.debug('request %o', options);
        }
        export function byKey(apiKey, LOG) {
          const options = { uri: '/x', headers: {} };
          options.headers['X-API-KEY'] = apiKey;
          LOG.debug(options.headers);
        }
        export function assigned(credentials, LOG) {
          const options = { uri: '/x', headers: {} };
          Object.assign(options.headers, { Authorization: credentials.accessToken });
          LOG.debug(options);
        }
        export function authenticate(token, requestOptions, LOG) {
          requestOptions.qs.api_key = token;
          LOG.debug(requestOptions);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`credentials.accessToken`', how: ' through the template literal, a property assignment and `options`', more: '' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'options' },
              output: dedent`
                export function request(credentials, LOG) {
                  const options = { uri: '/x', headers: {}, qs: {} };
                  options.headers.Authorization = \`Bearer \${credentials.accessToken}\`;
                  LOG.debug('request %o', '<redacted>');
                }
                export function byKey(apiKey, LOG) {
                  const options = { uri: '/x', headers: {} };
                  options.headers['X-API-KEY'] = apiKey;
                  LOG.debug(options.headers);
                }
                export function assigned(credentials, LOG) {
                  const options = { uri: '/x', headers: {} };
                  Object.assign(options.headers, { Authorization: credentials.accessToken });
                  LOG.debug(options);
                }
                export function authenticate(token, requestOptions, LOG) {
                  requestOptions.qs.api_key = token;
                  LOG.debug(requestOptions);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`options.headers`, which carries secrets,', how: '', more: '' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'options.headers' },
              output: dedent`
                export function request(credentials, LOG) {
                  const options = { uri: '/x', headers: {}, qs: {} };
                  options.headers.Authorization = \`Bearer \${credentials.accessToken}\`;
                  LOG.debug('request %o', options);
                }
                export function byKey(apiKey, LOG) {
                  const options = { uri: '/x', headers: {} };
                  options.headers['X-API-KEY'] = apiKey;
                  LOG.debug('<redacted>');
                }
                export function assigned(credentials, LOG) {
                  const options = { uri: '/x', headers: {} };
                  Object.assign(options.headers, { Authorization: credentials.accessToken });
                  LOG.debug(options);
                }
                export function authenticate(token, requestOptions, LOG) {
                  requestOptions.qs.api_key = token;
                  LOG.debug(requestOptions);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`credentials.accessToken`', how: ' through an object literal and `options`', more: '' },
          line: 14,
          column: 3,
          endLine: 14,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'options' },
              output: dedent`
                export function request(credentials, LOG) {
                  const options = { uri: '/x', headers: {}, qs: {} };
                  options.headers.Authorization = \`Bearer \${credentials.accessToken}\`;
                  LOG.debug('request %o', options);
                }
                export function byKey(apiKey, LOG) {
                  const options = { uri: '/x', headers: {} };
                  options.headers['X-API-KEY'] = apiKey;
                  LOG.debug(options.headers);
                }
                export function assigned(credentials, LOG) {
                  const options = { uri: '/x', headers: {} };
                  Object.assign(options.headers, { Authorization: credentials.accessToken });
                  LOG.debug('<redacted>');
                }
                export function authenticate(token, requestOptions, LOG) {
                  requestOptions.qs.api_key = token;
                  LOG.debug(requestOptions);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`token`', how: ' through a property assignment and `requestOptions`', more: '' },
          line: 18,
          column: 3,
          endLine: 18,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'requestOptions' },
              output: dedent`
                export function request(credentials, LOG) {
                  const options = { uri: '/x', headers: {}, qs: {} };
                  options.headers.Authorization = \`Bearer \${credentials.accessToken}\`;
                  LOG.debug('request %o', options);
                }
                export function byKey(apiKey, LOG) {
                  const options = { uri: '/x', headers: {} };
                  options.headers['X-API-KEY'] = apiKey;
                  LOG.debug(options.headers);
                }
                export function assigned(credentials, LOG) {
                  const options = { uri: '/x', headers: {} };
                  Object.assign(options.headers, { Authorization: credentials.accessToken });
                  LOG.debug(options);
                }
                export function authenticate(token, requestOptions, LOG) {
                  requestOptions.qs.api_key = token;
                  LOG.debug('<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'a-secret-written-deeper-into-a-local-object-reaches-a-log-of-it',
    },
    {
      code: dedent`
        export function show(o, LOG) {
          LOG.debug(o.privKey);
          LOG.debug(o.priv_key);
          LOG.debug(o.encryptionKey);
          LOG.debug(o.signingKey);
          LOG.debug(o.hmacKey);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`o.privKey`', how: '', more: '' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'o.privKey' },
              output: dedent`
                export function show(o, LOG) {
                  LOG.debug('<redacted>');
                  LOG.debug(o.priv_key);
                  LOG.debug(o.encryptionKey);
                  LOG.debug(o.signingKey);
                  LOG.debug(o.hmacKey);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`o.priv_key`', how: '', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'o.priv_key' },
              output: dedent`
                export function show(o, LOG) {
                  LOG.debug(o.privKey);
                  LOG.debug('<redacted>');
                  LOG.debug(o.encryptionKey);
                  LOG.debug(o.signingKey);
                  LOG.debug(o.hmacKey);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`o.encryptionKey`', how: '', more: '' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'o.encryptionKey' },
              output: dedent`
                export function show(o, LOG) {
                  LOG.debug(o.privKey);
                  LOG.debug(o.priv_key);
                  LOG.debug('<redacted>');
                  LOG.debug(o.signingKey);
                  LOG.debug(o.hmacKey);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`o.signingKey`', how: '', more: '' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'o.signingKey' },
              output: dedent`
                export function show(o, LOG) {
                  LOG.debug(o.privKey);
                  LOG.debug(o.priv_key);
                  LOG.debug(o.encryptionKey);
                  LOG.debug('<redacted>');
                  LOG.debug(o.hmacKey);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`o.hmacKey`', how: '', more: '' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'o.hmacKey' },
              output: dedent`
                export function show(o, LOG) {
                  LOG.debug(o.privKey);
                  LOG.debug(o.priv_key);
                  LOG.debug(o.encryptionKey);
                  LOG.debug(o.signingKey);
                  LOG.debug('<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'priv-key-and-other-key-names-are-secrets',
    },
    {
      code: dedent`
        function logReq(req) {
          LOG.debug('request %s %o', req.url, req.body);
        }
        function bodyOf(req) {
          return req.body;
        }
        export function send(password) {
          LOG.debug(bodyOf({ url: '/login', body: password }));
          logReq({ url: '/login', body: password });
          const req = { url: '/login', body: { password } };
          logReq(req);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`password`', how: ' through `bodyOf()`', more: '' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                function logReq(req) {
                  LOG.debug('request %s %o', req.url, req.body);
                }
                function bodyOf(req) {
                  return req.body;
                }
                export function send(password) {
                  LOG.debug(bodyOf({ url: '/login', body: '<redacted>' }));
                  logReq({ url: '/login', body: password });
                  const req = { url: '/login', body: { password } };
                  logReq(req);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretThroughWrapper',
          data: { wrapper: 'logReq', parameter: 'req.body', sink: 'LOG.debug', line: '2', source: '`password`', how: '', more: '' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                function logReq(req) {
                  LOG.debug('request %s %o', req.url, req.body);
                }
                function bodyOf(req) {
                  return req.body;
                }
                export function send(password) {
                  LOG.debug(bodyOf({ url: '/login', body: password }));
                  logReq({ url: '/login', body: '<redacted>' });
                  const req = { url: '/login', body: { password } };
                  logReq(req);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretThroughWrapper',
          data: { wrapper: 'logReq', parameter: 'req.body', sink: 'LOG.debug', line: '2', source: '`password`', how: ' through an object literal', more: '' },
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'req' },
              output: dedent`
                function logReq(req) {
                  LOG.debug('request %s %o', req.url, req.body);
                }
                function bodyOf(req) {
                  return req.body;
                }
                export function send(password) {
                  LOG.debug(bodyOf({ url: '/login', body: password }));
                  logReq({ url: '/login', body: password });
                  const req = { url: '/login', body: { password } };
                  logReq('<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'a-wrapper-logging-a-part-of-its-parameter-gets-that-part-of-the-argument',
    },
    {
      code: dedent`
        class Trace {
          static debug(msg, ...args) {
            LOG.debug(msg, ...args);
          }
          login(adminPassword) {
            Trace.debug('logging in with %s', adminPassword);
          }
        }
        const tracing = {
          debug(msg, value) {
            LOG.debug(msg, value);
          },
        };
        export function connect(adminPassword) {
          tracing.debug('pw %s', adminPassword);
          return new Trace();
        }
      `,
      errors: [
        {
          messageId: 'secretThroughWrapper',
          data: { wrapper: 'Trace.debug', parameter: 'args', sink: 'LOG.debug', line: '3', source: '`adminPassword`', how: '', more: '' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'adminPassword' },
              output: dedent`
                class Trace {
                  static debug(msg, ...args) {
                    LOG.debug(msg, ...args);
                  }
                  login(adminPassword) {
                    Trace.debug('logging in with %s', '<redacted>');
                  }
                }
                const tracing = {
                  debug(msg, value) {
                    LOG.debug(msg, value);
                  },
                };
                export function connect(adminPassword) {
                  tracing.debug('pw %s', adminPassword);
                  return new Trace();
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretThroughWrapper',
          data: { wrapper: 'tracing.debug', parameter: 'value', sink: 'LOG.debug', line: '11', source: '`adminPassword`', how: '', more: '' },
          line: 15,
          column: 3,
          endLine: 15,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'adminPassword' },
              output: dedent`
                class Trace {
                  static debug(msg, ...args) {
                    LOG.debug(msg, ...args);
                  }
                  login(adminPassword) {
                    Trace.debug('logging in with %s', adminPassword);
                  }
                }
                const tracing = {
                  debug(msg, value) {
                    LOG.debug(msg, value);
                  },
                };
                export function connect(adminPassword) {
                  tracing.debug('pw %s', '<redacted>');
                  return new Trace();
                }
              `,
            },
          ],
        },
      ],
      name: 'a-static-method-or-an-object-literals-method-is-a-wrapper-too',
    },
  ],
});

typedRuleTester.run('no-secrets-in-logs (typed)', rule, {
  valid: [
    dedent`
      export function show(raw: unknown, count: unknown) {
        const total: number = count as number;
        LOG.debug('raw %s, %d', raw as string, total);
      }
    `,
    dedent`
      declare function connect(): void;
      export function tryConnect() {
        try {
          connect();
        } catch (error) {
          LOG.error('BMC login failed', error);
        }
      }
    `,
    dedent`
      class Secret {
        constructor(private readonly value: string) {}
        toJSON(): string { return '***'; }
        toString(): string { return '***'; }
      }
      interface Settings { host: string; password: Secret }
      export function connect(password: Secret, settings: Settings) {
        LOG.debug('connecting with %s', password);
        LOG.debug('settings %o', settings);
        LOG.debug('password %s', settings.password);
      }
    `,
    // Reference 21, password policy metadata (typed: clean).
    dedent`
      declare const cfg: { passwordPolicy: string; passwordMinLength: number; isPasswordSet: boolean };
      LOG.debug('policy %s %d %s', cfg.passwordPolicy, cfg.passwordMinLength, cfg.isPasswordSet);
    `,
    // Reference 22, a password's length (typed: clean).
    dedent`
      declare const password: string;
      LOG.info(\`pw length \${password.length}\`);
    `,
    // Reference 23, a ternary choosing literals (typed: clean).
    dedent`
      interface DriverInfo { ipmi_address: string; ipmi_password?: string }
      declare const info: DriverInfo;
      LOG.info('ipmi password %s', info.ipmi_password ? 'set' : 'missing');
    `,
    // Reference 24, token counts, lexers and pagination (typed: clean).
    dedent`
      declare const tokenizer: object;
      declare const tokenCount: number;
      declare const maxTokens: number;
      declare const nextToken: string;
      declare const tokenType: string;
      LOG.debug(tokenizer, tokenCount, maxTokens, nextToken, tokenType);
    `,
    // Reference 25, secret metadata names (typed: clean).
    dedent`
      declare const secretName: string;
      declare const secretArn: string;
      declare const isSecret: boolean;
      declare const encryptionKeyId: string;
      LOG.debug(secretName, secretArn, isSecret, encryptionKeyId);
    `,
    // Reference 26, a safe property of a carrier (typed: clean).
    dedent`
      interface DriverInfo { ipmi_address: string; ipmi_password: string }
      declare const node: { driver_info: DriverInfo };
      LOG.debug('BMC %s', node.driver_info.ipmi_address);
    `,
    // Reference 27, the rest of a carrier (typed: clean). Types show that nothing secret remains in the rest.
    dedent`
      interface DriverInfo { ipmi_address: string; ipmi_username: string; ipmi_password: string }
      declare const node: { driver_info: DriverInfo };
      const info = node.driver_info;
      const { ipmi_password, ...rest } = info;
      LOG.debug(rest);
    `,
    // Reference 28, sanitizers by name (typed: clean).
    dedent`
      interface DriverInfo { ipmi_address: string; ipmi_password: string }
      declare const info: DriverInfo;
      declare function maskDictPassword<T>(value: T): T;
      LOG.debug(maskDictPassword(info));
    `,
    // Reference 29, hashed and encrypted names (typed: clean).
    dedent`
      declare const passwordHash: string;
      declare const encryptedPassword: string;
      LOG.debug(passwordHash, encryptedPassword);
    `,
    // Reference 30, message text only (typed: clean).
    dedent`
      declare const username: string;
      LOG.error('Invalid password for %s', username);
    `,
    // Reference 31, an unknown error's message (typed: clean).
    dedent`
      declare const err: Error;
      LOG.error(\`token refresh failed: \${err.message}\`);
    `,
    // Reference 32, a full mask (typed: clean).
    dedent`
      declare const password: string;
      LOG.debug(password.replace(/./g, '*'));
    `,
    // Reference 33, a file path (typed: clean).
    dedent`
      declare const passwordFile: string;
      LOG.info('reading creds from %s', passwordFile);
    `,
    // Reference 34, presence checks (typed: clean).
    dedent`
      declare const apiKey: string | undefined;
      LOG.info(\`has key: \${Boolean(apiKey)}\`, typeof apiKey);
    `,
    // Reference 35, not loggers (typed: clean).
    dedent`
      declare const loginForm: { error(value: string): void };
      declare const catalog: { info(value: string): void };
      declare const password: string;
      declare const token: string;
      loginForm.error(password);
      catalog.info(token);
    `,
    // Reference 36, a self-redacting wrapper (typed: clean). `Secret` redacts itself through toJSON, which only its type shows (untyped, the same call is reported).
    {
      code: dedent`
        declare const Secret: new (value: string) => { toJSON(): string };
        declare const password: string;
        LOG.debug('creds', new Secret(password));
      `,
      options: [{ checkUnknownCalls: true }],
    },
    // typed: a boolean or a literal union cannot hold a secret whatever its name
    dedent`
      declare const instance: { uuid: string; configDrive: boolean; imgConfigDrive?: 'optional' | 'mandatory' };
      LOG.debug('instance', instance);
    `,
    dedent`
      declare const configDrive: boolean;
      declare const token: 1 | 2;
      LOG.debug(configDrive, token);
    `,
    // typed: a closed type with no secret in it clears a carrier name
    dedent`
      declare const secrets: { name: string; type: string }[];
      LOG.info(JSON.stringify(secrets));
    `,
    dedent`
      interface Auth { user: string; expiresAt: number }
      declare const session: { id: string; auth: Auth };
      LOG.debug(session);
    `,
    // typed: an omit is judged by the type of what remains
    dedent`
      interface DriverInfo { ipmi_address: string; ipmi_password: string }
      declare const info: DriverInfo;
      declare function omit<T, K extends keyof T>(value: T, keys: K[]): Omit<T, K>;
      LOG.debug(omit(info, ['ipmi_password']));
    `,
    // typed: typeDepth bounds how deep types are searched
    {
      code: dedent`
        interface Bmc { address: string; password: string }
        interface Hardware { bmc: Bmc }
        interface Machine { name: string; hardware: Hardware }
        declare const machine: Machine;
        LOG.debug(machine);
      `,
      options: [{ typeDepth: 2 }],
    },
    // typed: a typed Error has no secret-named property
    dedent`
      declare const err: Error;
      LOG.error(err);
    `,
    // typed: sensitiveTypes replaced drops AxiosError
    {
      code: dedent`
        interface AxiosError extends Error { config: { url: string } }
        declare const err: AxiosError;
        LOG.error(err);
      `,
      options: [{ sensitiveTypes: { replace: [] } }],
    },
    // typed: requireTypeInformation is satisfied
    {
      code: `LOG.info('ready');`,
      options: [{ requireTypeInformation: true }],
    },
    dedent`
      export function show(user: { passwordChangedOn: Date; sessionCookie: Date }) {
        LOG.info('password changed %s', user.passwordChangedOn, user.sessionCookie);
      }
    `,
    dedent`
      export function show(secretDates: Date[], tokenCounts: number[], configDrive: boolean[]) {
        secretDates.forEach((date) => LOG.debug('%s', date));
        LOG.debug('%o %o', tokenCounts, configDrive);
      }
    `,
    dedent`
      interface User { name: string; password: string }
      interface Session { id: string; token: string }
      export function show(users: User[], sessions: [string, Session][]) {
        users.forEach(({ password, ...rest }) => LOG.debug('user %o', rest));
        sessions.forEach(([key]) => LOG.debug('session %s', key));
        for (const [key] of sessions) LOG.debug('session %s', key);
      }
    `,
    dedent`
      interface Auth { username: string; password: string }
      interface Bmc { address: string; auth: Auth; port: number }
      declare const log: { debug(...a: unknown[]): void };
      export function show(auth: Auth, bmc: Bmc, creds: Auth | { username: string; token: string; password?: string }): void {
        log.debug('auth', { ...auth, password: '***' });
        log.debug(\`login: \${JSON.stringify({ ...auth, password: undefined })}\`);
        log.debug('bmc', { ...bmc, auth: { ...bmc.auth, password: '<redacted>' } });
        log.debug('creds', { ...creds, token: '', password: '' });
      }
    `,
    dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function show(auth: { username: string; password: string }): void {
        const safe = { username: auth.username, password: '***' };
        LOG.debug(safe);
        const list = [{ token: '' }];
        LOG.debug(list);
      }
    `,
    dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      declare function mask(value: string): string;
      class ApiClient {
        constructor(public baseUrl: string, public apiKey: string) {}
        toJSON() { return { baseUrl: this.baseUrl, apiKey: mask(this.apiKey) }; }
      }
      class Secret {
        constructor(private readonly value: string) {}
        toJSON() { return '[redacted]'; }
      }
      export function show(client: ApiClient, secret: Secret): void {
        LOG.debug(client);
        LOG.debug({ password: secret });
      }
    `,
    dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function show(driverInfo: { ipmi_address: string; ipmi_password: string }): void {
        const { ipmi_password, ...rest } = driverInfo;
        LOG.debug(rest);
      }
    `,
    dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      interface Creds { host: string; password: string }
      export function show(byHost: Map<string, Creds>, hosts: Set<string>): void {
        for (const [host] of byHost) LOG.debug(host);
        for (const host of byHost.keys()) LOG.debug(host);
        LOG.debug(hosts, byHost.size);
      }
    `,
    dedent`
      declare const LOG: { info(message: string, ...args: unknown[]): void };
      interface Login { username: string; password: string }
      type Cfg = { kind: 'ipmi'; login: Login } | { kind: 'snmp'; outlet: number };
      export function byDiscriminant(cfg: Cfg): void {
        if (cfg.kind === 'snmp') LOG.info('snmp %o', cfg);
      }
      export function byIn(cfg: Cfg): void {
        if ('outlet' in cfg) LOG.info('outlet %o', cfg);
      }
      export function byTypeof(other: number | Login): void {
        if (typeof other === 'number') LOG.info('count %d', other);
      }
    `,
    dedent`
      declare const LOG: { info(message: string, ...args: unknown[]): void };
      interface Login { username: string; password: string }
      export function elements(pairs: [string, Login][]): void {
        LOG.info('first node %s', pairs[0]?.[0]);
        const first = pairs[0];
        if (first) LOG.info('node %s', first[0]);
      }
    `,
    dedent`
      declare const LOG: { info(message: string, ...args: unknown[]): void };
      interface Login { username: string; password: string }
      function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
        const copy: Partial<T> = { ...value };
        for (const key of keys) delete copy[key];
        return copy as Omit<T, K>;
      }
      export function redact(login: Login): void {
        LOG.info('login %o', omit(login, 'password'));
      }
    `,
    dedent`
      declare const LOG: { info(message: string, ...args: unknown[]): void };
      export class VaultClient {
        readonly #token: string;
        constructor(readonly address: string, token: string) { this.#token = token; }
        tokenLength(): number { return this.#token.length; }
      }
      export function show(client: VaultClient): void {
        LOG.info('client %o', client);
        LOG.info('client %s', JSON.stringify(client));
      }
    `,
    dedent`
      interface ChannelSecurityToken { channelId: number; tokenId: number; revisedLifetime: number; createdAt: Date }
      declare function warningLog(...a: unknown[]): void;
      export function show(securityToken: ChannelSecurityToken): void {
        warningLog('token', securityToken);
      }
    `,
  ],
  invalid: [
    {
      code: dedent`
        interface Credentials { user: string; password: string }
        interface BmcInfo { address: string; ipmiPassword: string }
        export async function connect(raw: unknown, loose: any, pending: Promise<BmcInfo>) {
          LOG.error('raw %o', raw as Credentials);
          const credentials: Credentials = loose;
          LOG.error('loose %o', credentials);
          LOG.debug('bmc %o', await pending);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.error', source: '`raw as Credentials` (its type carries `password`)', how: '', more: '' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'raw as Credentials' },
              output: dedent`
                interface Credentials { user: string; password: string }
                interface BmcInfo { address: string; ipmiPassword: string }
                export async function connect(raw: unknown, loose: any, pending: Promise<BmcInfo>) {
                  LOG.error('raw %o', '<redacted>');
                  const credentials: Credentials = loose;
                  LOG.error('loose %o', credentials);
                  LOG.debug('bmc %o', await pending);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.error', source: '`credentials`, which carries secrets,', how: '', more: '' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'credentials' },
              output: dedent`
                interface Credentials { user: string; password: string }
                interface BmcInfo { address: string; ipmiPassword: string }
                export async function connect(raw: unknown, loose: any, pending: Promise<BmcInfo>) {
                  LOG.error('raw %o', raw as Credentials);
                  const credentials: Credentials = loose;
                  LOG.error('loose %o', '<redacted>');
                  LOG.debug('bmc %o', await pending);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`await pending` (its type carries `ipmiPassword`)', how: '', more: '' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'await pending' },
              output: dedent`
                interface Credentials { user: string; password: string }
                interface BmcInfo { address: string; ipmiPassword: string }
                export async function connect(raw: unknown, loose: any, pending: Promise<BmcInfo>) {
                  LOG.error('raw %o', raw as Credentials);
                  const credentials: Credentials = loose;
                  LOG.error('loose %o', credentials);
                  LOG.debug('bmc %o', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'typed-value-of-a-parameter-by-its-own-type',
    },
    {
      code: dedent`
        class BmcAuthError extends Error {
          constructor(readonly host: string, readonly password: string) {
            super('authentication failed');
          }
        }
        declare function connect(): void;
        export function tryConnect() {
          try {
            connect();
          } catch (error) {
            if (error instanceof BmcAuthError) LOG.error('BMC login failed', error);
            LOG.error('BMC login failed', error as BmcAuthError);
          }
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.error', source: '`error` (its type carries `password`)', how: '', more: '' },
          line: 11,
          column: 40,
          endLine: 11,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'error' },
              output: dedent`
                class BmcAuthError extends Error {
                  constructor(readonly host: string, readonly password: string) {
                    super('authentication failed');
                  }
                }
                declare function connect(): void;
                export function tryConnect() {
                  try {
                    connect();
                  } catch (error) {
                    if (error instanceof BmcAuthError) LOG.error('BMC login failed', '<redacted>');
                    LOG.error('BMC login failed', error as BmcAuthError);
                  }
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.error', source: '`error as BmcAuthError` (its type carries `password`)', how: '', more: '' },
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'error as BmcAuthError' },
              output: dedent`
                class BmcAuthError extends Error {
                  constructor(readonly host: string, readonly password: string) {
                    super('authentication failed');
                  }
                }
                declare function connect(): void;
                export function tryConnect() {
                  try {
                    connect();
                  } catch (error) {
                    if (error instanceof BmcAuthError) LOG.error('BMC login failed', error);
                    LOG.error('BMC login failed', '<redacted>');
                  }
                }
              `,
            },
          ],
        },
      ],
      name: 'typed-caught-error-narrowed-or-cast',
    },
    {
      code: dedent`
        export function show<T extends { password: string }>(settings: T) {
          LOG.debug('settings %o', settings);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`settings` (its type carries `password`)', how: '', more: '' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'settings' },
              output: dedent`
                export function show<T extends { password: string }>(settings: T) {
                  LOG.debug('settings %o', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'typed-type-parameter-constrained-to-a-secret',
    },
    {
      code: dedent`
        export function reset() {
          const newPassword = \`\${Date.now()}-\${Math.random()}\`;
          LOG.info('BMC password reset to %s', newPassword);
        }
      `,
      options: [{ checkUnknownCalls: true }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.info', source: '`newPassword`', how: '', more: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'newPassword' },
              output: dedent`
                export function reset() {
                  const newPassword = \`\${Date.now()}-\${Math.random()}\`;
                  LOG.info('BMC password reset to %s', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'strict-generated-password-from-numbers',
    },
    {
      code: dedent`
        export function load(privateKey: Buffer, sessionCookie: Date) {
          LOG.debug('key %o', privateKey);
          LOG.debug('cookie %o', sessionCookie);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`privateKey`', how: '', more: '' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'privateKey' },
              output: dedent`
                export function load(privateKey: Buffer, sessionCookie: Date) {
                  LOG.debug('key %o', '<redacted>');
                  LOG.debug('cookie %o', sessionCookie);
                }
              `,
            },
          ],
        },
      ],
      // A Buffer's toJSON shows its bytes; a Date holds a point in time, whatever its name.
      name: 'typed-buffer-is-no-wrapper',
    },
    {
      code: dedent`
        export function connect(user: string, dbPassword: string) {
          const url = new URL(\`postgres://\${user}:\${dbPassword}@db:5432/app\`);
          LOG.info(url);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.info', source: 'The password of a URL', how: ' through the template literal, `new URL(...)` and `url`', more: ', as does `dbPassword` (through the template literal, `new URL(...)` and `url`)' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'url' },
              output: dedent`
                export function connect(user: string, dbPassword: string) {
                  const url = new URL(\`postgres://\${user}:\${dbPassword}@db:5432/app\`);
                  LOG.info('<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'typed-url-with-a-password',
    },
    {
      code: dedent`
        declare const secrets: Map<string, string>;
        LOG.debug('secrets %o', secrets);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`secrets`, which carries secrets,', how: '', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'secrets' },
              output: dedent`
                declare const secrets: Map<string, string>;
                LOG.debug('secrets %o', '<redacted>');
              `,
            },
          ],
        },
      ],
      name: 'typed-map-of-secrets',
    },
    {
      code: dedent`
        declare const _: any;
        interface DriverInfo { ipmi_address: string; ipmi_password: string; redfish_password: string }
        export function show(node: { driver_info: DriverInfo }) {
          LOG.debug('%o', _.omit(node.driver_info, ['ipmi_password']));
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`node.driver_info`, which carries secrets,', how: ' through `omit()`', more: '' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'node.driver_info' },
              output: dedent`
                declare const _: any;
                interface DriverInfo { ipmi_address: string; ipmi_password: string; redfish_password: string }
                export function show(node: { driver_info: DriverInfo }) {
                  LOG.debug('%o', _.omit('<redacted>', ['ipmi_password']));
                }
              `,
            },
          ],
        },
      ],
      name: 'typed-omit-from-an-untyped-library',
    },
    {
      name: 'reference 1 (typed): a password property in a template literal',
      code: dedent`
        interface DriverInfo { ipmi_address: string; ipmi_password: string; redfish_password?: string }
        declare const node: { uuid: string; driver_info: DriverInfo; instance_info: Record<string, unknown> };
        const info = node.driver_info;
        LOG.debug(\`creds \${info.ipmi_password}\`);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`info.ipmi_password`', sink: 'LOG.debug', how: ' through the template literal', more: '' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'info.ipmi_password' },
              output: dedent`
                interface DriverInfo { ipmi_address: string; ipmi_password: string; redfish_password?: string }
                declare const node: { uuid: string; driver_info: DriverInfo; instance_info: Record<string, unknown> };
                const info = node.driver_info;
                LOG.debug(\`creds \${'<redacted>'}\`);
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 2 (typed): a known carrier logged whole',
      code: dedent`
        interface DriverInfo { ipmi_address: string; ipmi_password: string; redfish_password?: string }
        declare const node: { uuid: string; driver_info: DriverInfo; instance_info: Record<string, unknown> };
        LOG.info('driver_info', node.driver_info);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`node.driver_info`, which carries secrets,', sink: 'LOG.info', how: '', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'node.driver_info' },
              output: dedent`
                interface DriverInfo { ipmi_address: string; ipmi_password: string; redfish_password?: string }
                declare const node: { uuid: string; driver_info: DriverInfo; instance_info: Record<string, unknown> };
                LOG.info('driver_info', '<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 3 (typed): a renamed destructured password',
      code: dedent`
        interface DriverInfo { ipmi_address: string; ipmi_password: string; redfish_password?: string }
        declare const info: DriverInfo;
        const { ipmi_password: p } = info;
        LOG.warn('retry ' + p);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`info.ipmi_password`', sink: 'LOG.warn', how: ' through destructuring, `p` and concatenation', more: '' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'p' },
              output: dedent`
                interface DriverInfo { ipmi_address: string; ipmi_password: string; redfish_password?: string }
                declare const info: DriverInfo;
                const { ipmi_password: p } = info;
                LOG.warn('retry ' + '<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 4 (typed): a password key in a stringified object',
      code: dedent`
        interface DriverInfo { ipmi_address: string; ipmi_password: string; redfish_password?: string }
        declare const info: DriverInfo;
        declare const host: string;
        LOG.debug(JSON.stringify({ host, password: info.redfish_password }));
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`info.redfish_password`', sink: 'LOG.debug', how: ' through an object literal and `JSON.stringify`', more: '' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'info.redfish_password' },
              output: dedent`
                interface DriverInfo { ipmi_address: string; ipmi_password: string; redfish_password?: string }
                declare const info: DriverInfo;
                declare const host: string;
                LOG.debug(JSON.stringify({ host, password: '<redacted>' }));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 5 (typed): a carrier type spread into an object',
      code: dedent`
        interface DriverInfo { ipmi_address: string; ipmi_password: string; redfish_password?: string }
        declare const info: DriverInfo;
        logger.debug({ ...info }, 'validate');
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`info` (its type carries `ipmi_password`)', sink: 'logger.debug', how: ' through a spread', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '{ ...info }' },
              output: dedent`
                interface DriverInfo { ipmi_address: string; ipmi_password: string; redfish_password?: string }
                declare const info: DriverInfo;
                logger.debug('<redacted>', 'validate');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 6 (typed): an admin password under an oslo key',
      code: dedent`
        declare const adminPassword: string;
        LOG.debug('md %o', { admin_pass: adminPassword });
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`adminPassword`', sink: 'LOG.debug', how: ' through an object literal', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'adminPassword' },
              output: dedent`
                declare const adminPassword: string;
                LOG.debug('md %o', { admin_pass: '<redacted>' });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 7 (typed): a config drive string',
      code: dedent`
        declare const configdrive: string;
        LOG.info(\`configdrive=\${configdrive}\`);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`configdrive`', sink: 'LOG.info', how: ' through the template literal', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'configdrive' },
              output: dedent`
                declare const configdrive: string;
                LOG.info(\`configdrive=\${'<redacted>'}\`);
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 8 (typed): a password inside an Error',
      code: dedent`
        declare const bmcPassword: string;
        const e = new Error('bad ' + bmcPassword);
        LOG.error(e);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`bmcPassword`', sink: 'LOG.error', how: ' through concatenation, `new Error(...)` and `e`', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'e' },
              output: dedent`
                declare const bmcPassword: string;
                const e = new Error('bad ' + bmcPassword);
                LOG.error('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 9 (typed): a kg key inside an Error subclass',
      code: dedent`
        class BmcError extends Error {}
        declare const kgKey: string;
        LOG.error(new BmcError(kgKey));
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`kgKey`', sink: 'LOG.error', how: ' through `new BmcError(...)`', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'kgKey' },
              output: dedent`
                class BmcError extends Error {}
                declare const kgKey: string;
                LOG.error(new BmcError('<redacted>'));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 10 (typed): process.env',
      code: 'LOG.debug(process.env);',
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`process.env`, which carries the environment,', sink: 'LOG.debug', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'process.env' },
              output: `LOG.debug('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 11 (typed): a URL with user:password@',
      code: dedent`
        declare const u: string;
        declare const pw: string;
        const url = \`https://\${u}:\${pw}@bmc/redfish/v1\`;
        LOG.info(url);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'The password of a URL', sink: 'LOG.info', how: ' through the template literal and `url`', more: '' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'url' },
              output: dedent`
                declare const u: string;
                declare const pw: string;
                const url = \`https://\${u}:\${pw}@bmc/redfish/v1\`;
                LOG.info('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 12 (typed): a bearer token',
      code: dedent`
        declare const token: string;
        LOG.info('Authorization: Bearer ' + token);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`token`', sink: 'LOG.info', how: ' through concatenation', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'token' },
              output: dedent`
                declare const token: string;
                LOG.info('Authorization: Bearer ' + '<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 13 (typed): a GitHub token literal',
      code: `LOG.info('using ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789');`,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: 'A GitHub token in a string literal', sink: 'LOG.info', how: '', more: '' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '\'using ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ01…' },
              output: `LOG.info('<redacted>');`,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 14 (typed): request headers through this.log',
      code: dedent`
        import type { IncomingMessage } from 'node:http';
        class RedfishClient {
          constructor(private readonly log: Console) {}

          send(req: IncomingMessage) {
            this.log.debug(\`hdrs \${JSON.stringify(req.headers)}\`);
          }
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`req.headers`, which carries secrets,', sink: 'this.log.debug', how: ' through `JSON.stringify` and the template literal', more: '' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'req.headers' },
              output: dedent`
                import type { IncomingMessage } from 'node:http';
                class RedfishClient {
                  constructor(private readonly log: Console) {}

                  send(req: IncomingMessage) {
                    this.log.debug(\`hdrs \${JSON.stringify('<redacted>')}\`);
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 15 (typed): a token in child logger bindings',
      code: dedent`
        declare const logger: { child(bindings: object): Console };
        declare const agentToken: string;
        logger.child({ token: agentToken }).info('heartbeat');
      `,
      errors: [
        {
          messageId: 'secretInBindings',
          data: { source: '`agentToken`', sink: 'logger.child', how: ' through an object literal', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'agentToken' },
              output: dedent`
                declare const logger: { child(bindings: object): Console };
                declare const agentToken: string;
                logger.child({ token: '<redacted>' }).info('heartbeat');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 16 (typed): an auth token through a header string',
      code: dedent`
        declare const creds: { auth_token: string };
        let t = creds.auth_token;
        const h = 'X-Auth-Token: ' + t;
        LOG.debug(h);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`creds.auth_token`', sink: 'LOG.debug', how: ' through `t`, concatenation and `h`', more: '' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'h' },
              output: dedent`
                declare const creds: { auth_token: string };
                let t = creds.auth_token;
                const h = 'X-Auth-Token: ' + t;
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 17 (typed): a password in a command line',
      code: dedent`
        declare const password: string;
        LOG.debug(['ipmitool', '-P', password].join(' '));
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: ' through an array and `.join()`', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                declare const password: string;
                LOG.debug(['ipmitool', '-P', '<redacted>'].join(' '));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 18 (typed): a partial reveal',
      code: dedent`
        declare const password: string;
        LOG.debug(password.slice(0, 8) + '****');
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: ' through `.slice()` and concatenation', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password.slice(0, 8)' },
              output: dedent`
                declare const password: string;
                LOG.debug('<redacted>' + '****');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 19 (typed): an AxiosError carries request headers',
      code: dedent`
        interface AxiosError extends Error { config: { headers: Record<string, string> } }
        declare const err: AxiosError;
        LOG.error('failed', err);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`err` (of the sensitive type `AxiosError`)', sink: 'LOG.error', how: '', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'err' },
              output: dedent`
                interface AxiosError extends Error { config: { headers: Record<string, string> } }
                declare const err: AxiosError;
                LOG.error('failed', '<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reference 20 (typed): instance_info stringified',
      code: dedent`
        interface DriverInfo { ipmi_address: string; ipmi_password: string; redfish_password?: string }
        declare const node: { uuid: string; driver_info: DriverInfo; instance_info: Record<string, unknown> };
        LOG.debug(\`instance_info \${JSON.stringify(node.instance_info)}\`);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`node.instance_info`, which carries secrets,', sink: 'LOG.debug', how: ' through `JSON.stringify` and the template literal', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'node.instance_info' },
              output: dedent`
                interface DriverInfo { ipmi_address: string; ipmi_password: string; redfish_password?: string }
                declare const node: { uuid: string; driver_info: DriverInfo; instance_info: Record<string, unknown> };
                LOG.debug(\`instance_info \${JSON.stringify('<redacted>')}\`);
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'typed: a value whose type carries a password',
      code: dedent`
        interface Bmc { address: string; password: string }
        declare const bmc: Bmc;
        LOG.debug('bmc %o', bmc);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`bmc` (its type carries `password`)', sink: 'LOG.debug', how: '', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'bmc' },
              output: dedent`
                interface Bmc { address: string; password: string }
                declare const bmc: Bmc;
                LOG.debug('bmc %o', '<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'typed: a constructed value whose type keeps the password',
      code: dedent`
        declare class Credential { constructor(password: string); readonly password: string }
        declare const pw: string;
        LOG.debug('creds', new Credential(pw));
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`new Credential(pw)` (its type carries `password`)', sink: 'LOG.debug', how: '', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'new Credential(pw)' },
              output: dedent`
                declare class Credential { constructor(password: string); readonly password: string }
                declare const pw: string;
                LOG.debug('creds', '<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'typed: a rest that keeps a secret-typed property',
      code: dedent`
        interface DriverInfo { ipmi_address: string; ipmi_password: string; ipmi_kg_key: string }
        declare const info: DriverInfo;
        const { ipmi_password, ...rest } = info;
        LOG.debug(rest);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`rest` (its type carries `ipmi_kg_key`)', sink: 'LOG.debug', how: '', more: '' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'rest' },
              output: dedent`
                interface DriverInfo { ipmi_address: string; ipmi_password: string; ipmi_kg_key: string }
                declare const info: DriverInfo;
                const { ipmi_password, ...rest } = info;
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'typed: typeDepth 3 sees a nested password',
      code: dedent`
        interface Bmc { address: string; password: string }
        interface Hardware { bmc: Bmc }
        interface Machine { name: string; hardware: Hardware }
        declare const machine: Machine;
        LOG.debug(machine);
      `,
      options: [{ typeDepth: 3 }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`machine` (its type carries `hardware.bmc.password`)', sink: 'LOG.debug', how: '', more: '' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'machine' },
              output: dedent`
                interface Bmc { address: string; password: string }
                interface Hardware { bmc: Bmc }
                interface Machine { name: string; hardware: Hardware }
                declare const machine: Machine;
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'typed: typeDepth 1 sees a direct password',
      code: dedent`
        interface Bmc { address: string; password: string }
        declare const bmc: Bmc;
        LOG.debug(bmc);
      `,
      options: [{ typeDepth: 1 }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`bmc` (its type carries `password`)', sink: 'LOG.debug', how: '', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'bmc' },
              output: dedent`
                interface Bmc { address: string; password: string }
                declare const bmc: Bmc;
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'typed: sensitiveTypes lists a type',
      code: dedent`
        interface VaultLease { id: string; ttl: number }
        declare const lease: VaultLease;
        LOG.info(lease);
      `,
      options: [{ sensitiveTypes: ['VaultLease'] }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`lease` (of the sensitive type `VaultLease`)', sink: 'LOG.info', how: '', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'lease' },
              output: dedent`
                interface VaultLease { id: string; ttl: number }
                declare const lease: VaultLease;
                LOG.info('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'typed: sensitiveTypes from settings',
      code: dedent`
        interface VaultLease { id: string; ttl: number }
        declare const lease: VaultLease;
        LOG.info(lease);
      `,
      settings: { ironclad: { sensitiveTypes: ['VaultLease'] } },
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`lease` (of the sensitive type `VaultLease`)', sink: 'LOG.info', how: '', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'lease' },
              output: dedent`
                interface VaultLease { id: string; ttl: number }
                declare const lease: VaultLease;
                LOG.info('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'typed: an open record named as a carrier stays a carrier',
      code: dedent`
        declare const credentials: Record<string, string>;
        LOG.debug(credentials);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`credentials`, which carries secrets,', sink: 'LOG.debug', how: '', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'credentials' },
              output: dedent`
                declare const credentials: Record<string, string>;
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'typed: a string parameter in a wrapper',
      code: dedent`
        function trace(value: string) {
          LOG.debug(value);
        }
        declare const password: string;
        trace(password);
      `,
      errors: [
        {
          messageId: 'secretThroughWrapper',
          data: { source: '`password`', sink: 'LOG.debug', wrapper: 'trace', parameter: 'value', line: '2', how: '', more: '' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                function trace(value: string) {
                  LOG.debug(value);
                }
                declare const password: string;
                trace('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'typed: a request\'s headers type',
      code: dedent`
        import type { IncomingHttpHeaders } from 'node:http';
        declare const h: IncomingHttpHeaders;
        LOG.debug(h);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`h` (of the sensitive type `IncomingHttpHeaders`)', sink: 'LOG.debug', how: '', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'h' },
              output: dedent`
                import type { IncomingHttpHeaders } from 'node:http';
                declare const h: IncomingHttpHeaders;
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'typed: an unknown call carries under checkUnknownCalls',
      code: dedent`
        declare function format(value: string): string;
        declare const password: string;
        LOG.debug(format(password));
      `,
      options: [{ checkUnknownCalls: true }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: ' through an unknown call', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                declare function format(value: string): string;
                declare const password: string;
                LOG.debug(format('<redacted>'));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'typed: a carrier-named property of a closed type is judged by its type',
      code: dedent`
        interface Auth { user: string; token: string }
        interface Session { id: string; auth: Auth }
        declare const session: Session;
        LOG.debug(session);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`session` (its type carries `auth.token`)', sink: 'LOG.debug', how: '', more: '' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'session' },
              output: dedent`
                interface Auth { user: string; token: string }
                interface Session { id: string; auth: Auth }
                declare const session: Session;
                LOG.debug('<redacted>');
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'typed: an unknown constructor whose type does not redact carries under checkUnknownCalls',
      code: dedent`
        declare const Plain: new (value: string) => { value: string };
        declare const password: string;
        LOG.debug('creds', new Plain(password));
      `,
      options: [{ checkUnknownCalls: true }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`password`', sink: 'LOG.debug', how: ' through an unknown call', more: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'password' },
              output: dedent`
                declare const Plain: new (value: string) => { value: string };
                declare const password: string;
                LOG.debug('creds', new Plain('<redacted>'));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'typed: an unknown call returning a boolean carries nothing under checkUnknownCalls',
      code: dedent`
        declare function isValid(value: string): boolean;
        declare function format(value: string): string;
        declare const token: string;
        LOG.debug(isValid(token), format(token));
      `,
      options: [{ checkUnknownCalls: true }],
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`token`', sink: 'LOG.debug', how: ' through an unknown call', more: '' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'token' },
              output: dedent`
                declare function isValid(value: string): boolean;
                declare function format(value: string): string;
                declare const token: string;
                LOG.debug(isValid(token), format('<redacted>'));
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        interface User { name: string; password: string }
        interface Session { id: string; token: string }
        export function show(users: User[], sessions: [string, Session][]) {
          users.forEach(({ name, ...rest }) => LOG.debug('user %s %o', name, rest));
          for (const [, session] of sessions) LOG.debug('session %o', session);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`rest` (its type carries `password`)', how: '', more: '' },
          line: 4,
          column: 40,
          endLine: 4,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'rest' },
              output: dedent`
                interface User { name: string; password: string }
                interface Session { id: string; token: string }
                export function show(users: User[], sessions: [string, Session][]) {
                  users.forEach(({ name, ...rest }) => LOG.debug('user %s %o', name, '<redacted>'));
                  for (const [, session] of sessions) LOG.debug('session %o', session);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`sessions[i][1]` (its type carries `token`)', how: ' through iteration, destructuring and `session`', more: '' },
          line: 5,
          column: 39,
          endLine: 5,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'session' },
              output: dedent`
                interface User { name: string; password: string }
                interface Session { id: string; token: string }
                export function show(users: User[], sessions: [string, Session][]) {
                  users.forEach(({ name, ...rest }) => LOG.debug('user %s %o', name, rest));
                  for (const [, session] of sessions) LOG.debug('session %o', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'typed-part-that-carries-the-secret',
    },
    {
      code: dedent`
        interface Auth { username: string; password: string; apiKey: string }
        declare const log: { debug(...a: unknown[]): void };
        export function show(auth: Auth, headers: Record<string, string>, info: { password: string } & { token: string }): void {
          log.debug('auth', { ...auth, password: '***' });
          log.debug('headers', { ...headers, authorization: '***' });
          log.debug('info', { ...info, password: '***', token: '***' });
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'log.debug', source: '`auth`, which carries secrets,', how: ' through a spread', more: '' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '{ ...auth, password: \'***\' }' },
              output: dedent`
                interface Auth { username: string; password: string; apiKey: string }
                declare const log: { debug(...a: unknown[]): void };
                export function show(auth: Auth, headers: Record<string, string>, info: { password: string } & { token: string }): void {
                  log.debug('auth', '<redacted>');
                  log.debug('headers', { ...headers, authorization: '***' });
                  log.debug('info', { ...info, password: '***', token: '***' });
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'log.debug', source: '`headers`, which carries secrets,', how: ' through a spread', more: '' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '{ ...headers, authorization: \'***\' }' },
              output: dedent`
                interface Auth { username: string; password: string; apiKey: string }
                declare const log: { debug(...a: unknown[]): void };
                export function show(auth: Auth, headers: Record<string, string>, info: { password: string } & { token: string }): void {
                  log.debug('auth', { ...auth, password: '***' });
                  log.debug('headers', '<redacted>');
                  log.debug('info', { ...info, password: '***', token: '***' });
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'log.debug', source: '`info` (its type carries `password`)', how: ' through a spread', more: '' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: '{ ...info, password: \'***\', token: \'***…' },
              output: dedent`
                interface Auth { username: string; password: string; apiKey: string }
                declare const log: { debug(...a: unknown[]): void };
                export function show(auth: Auth, headers: Record<string, string>, info: { password: string } & { token: string }): void {
                  log.debug('auth', { ...auth, password: '***' });
                  log.debug('headers', { ...headers, authorization: '***' });
                  log.debug('info', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'typed-a-spread-with-a-secret-left-or-an-open-type',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        interface Creds { user: string; password: string }
        declare function getCreds(): Creds;
        export function show(): void {
          const wrapped = { creds: getCreds(), at: Date.now() };
          LOG.debug(wrapped);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`getCreds()`', how: ' through an object literal and `wrapped`', more: '' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'wrapped' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                interface Creds { user: string; password: string }
                declare function getCreds(): Creds;
                export function show(): void {
                  const wrapped = { creds: getCreds(), at: Date.now() };
                  LOG.debug('<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'typed-an-object-written-out-with-a-typed-secret-part',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        class ApiClient {
          constructor(public baseUrl: string, public apiKey: string) {}
          toJSON() { return { baseUrl: this.baseUrl, apiKey: this.apiKey }; }
        }
        class Session {
          constructor(public user: string, public token: string) {}
          toJSON() { return { ...this }; }
        }
        export function show(client: ApiClient, session: Session): void {
          LOG.debug(client);
          LOG.debug(JSON.stringify(session));
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`client` (its type carries `apiKey`)', how: '', more: '' },
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'client' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                class ApiClient {
                  constructor(public baseUrl: string, public apiKey: string) {}
                  toJSON() { return { baseUrl: this.baseUrl, apiKey: this.apiKey }; }
                }
                class Session {
                  constructor(public user: string, public token: string) {}
                  toJSON() { return { ...this }; }
                }
                export function show(client: ApiClient, session: Session): void {
                  LOG.debug('<redacted>');
                  LOG.debug(JSON.stringify(session));
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`session` (its type carries `token`)', how: ' through `JSON.stringify`', more: '' },
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'session' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                class ApiClient {
                  constructor(public baseUrl: string, public apiKey: string) {}
                  toJSON() { return { baseUrl: this.baseUrl, apiKey: this.apiKey }; }
                }
                class Session {
                  constructor(public user: string, public token: string) {}
                  toJSON() { return { ...this }; }
                }
                export function show(client: ApiClient, session: Session): void {
                  LOG.debug(client);
                  LOG.debug(JSON.stringify('<redacted>'));
                }
              `,
            },
          ],
        },
      ],
      name: 'typed-a-to-json-that-shows-the-secret-is-not-trusted',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        export function show(driverInfo: Record<string, string>, headers: { [name: string]: string | undefined }): void {
          const { ipmi_password, ...rest } = driverInfo;
          LOG.debug(rest);
          const { authorization, ...others } = headers;
          LOG.debug(others);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`driverInfo`, which carries secrets,', how: ' through a rest and `rest`', more: '' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'rest' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function show(driverInfo: Record<string, string>, headers: { [name: string]: string | undefined }): void {
                  const { ipmi_password, ...rest } = driverInfo;
                  LOG.debug('<redacted>');
                  const { authorization, ...others } = headers;
                  LOG.debug(others);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`headers`, which carries secrets,', how: ' through a rest and `others`', more: '' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'others' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                export function show(driverInfo: Record<string, string>, headers: { [name: string]: string | undefined }): void {
                  const { ipmi_password, ...rest } = driverInfo;
                  LOG.debug(rest);
                  const { authorization, ...others } = headers;
                  LOG.debug('<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'typed-the-rest-of-an-open-carrier-stays-a-carrier',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        interface Creds { host: string; password: string }
        export function show(all: Creds[]): void {
          for (const creds of all) LOG.debug(creds);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`creds`, which carries secrets,', how: '', more: '' },
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'creds' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                interface Creds { host: string; password: string }
                export function show(all: Creds[]): void {
                  for (const creds of all) LOG.debug('<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'typed-an-element-source-is-not-its-own-step',
    },
    {
      code: dedent`
        declare const LOG: { debug(...a: unknown[]): void };
        interface Creds { host: string; password: string }
        export function show(byHost: Map<string, Creds>, all: Set<Creds>): void {
          for (const entry of byHost.values()) LOG.debug(entry);
          for (const entry of all) LOG.debug(entry);
          byHost.forEach((entry) => LOG.debug(entry));
          LOG.debug(byHost);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`entry` (its type carries `password`)', how: ' through iteration', more: '' },
          line: 4,
          column: 40,
          endLine: 4,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'entry' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                interface Creds { host: string; password: string }
                export function show(byHost: Map<string, Creds>, all: Set<Creds>): void {
                  for (const entry of byHost.values()) LOG.debug('<redacted>');
                  for (const entry of all) LOG.debug(entry);
                  byHost.forEach((entry) => LOG.debug(entry));
                  LOG.debug(byHost);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`entry` (its type carries `password`)', how: ' through iteration', more: '' },
          line: 5,
          column: 28,
          endLine: 5,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'entry' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                interface Creds { host: string; password: string }
                export function show(byHost: Map<string, Creds>, all: Set<Creds>): void {
                  for (const entry of byHost.values()) LOG.debug(entry);
                  for (const entry of all) LOG.debug('<redacted>');
                  byHost.forEach((entry) => LOG.debug(entry));
                  LOG.debug(byHost);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`entry` (its type carries `password`)', how: ' through iteration', more: '' },
          line: 6,
          column: 29,
          endLine: 6,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'entry' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                interface Creds { host: string; password: string }
                export function show(byHost: Map<string, Creds>, all: Set<Creds>): void {
                  for (const entry of byHost.values()) LOG.debug(entry);
                  for (const entry of all) LOG.debug(entry);
                  byHost.forEach((entry) => LOG.debug('<redacted>'));
                  LOG.debug(byHost);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`byHost` (its type carries `password`)', how: '', more: '' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'byHost' },
              output: dedent`
                declare const LOG: { debug(...a: unknown[]): void };
                interface Creds { host: string; password: string }
                export function show(byHost: Map<string, Creds>, all: Set<Creds>): void {
                  for (const entry of byHost.values()) LOG.debug(entry);
                  for (const entry of all) LOG.debug(entry);
                  byHost.forEach((entry) => LOG.debug(entry));
                  LOG.debug('<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'typed-maps-sets-and-iterators-hold-their-type-arguments',
    },
    {
      code: dedent`
        declare const LOG: { info(message: string, ...args: unknown[]): void };
        interface Login { username: string; password: string }
        type Cfg = { kind: 'ipmi'; login: Login } | { kind: 'snmp'; outlet: number };
        export function byDiscriminant(cfg: Cfg): void {
          if (cfg.kind === 'ipmi') LOG.info('ipmi %o', cfg);
          LOG.info('any %o', cfg);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.info', source: '`cfg` (its type carries `login.password`)', how: '', more: '' },
          line: 5,
          column: 28,
          endLine: 5,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'cfg' },
              output: dedent`
                declare const LOG: { info(message: string, ...args: unknown[]): void };
                interface Login { username: string; password: string }
                type Cfg = { kind: 'ipmi'; login: Login } | { kind: 'snmp'; outlet: number };
                export function byDiscriminant(cfg: Cfg): void {
                  if (cfg.kind === 'ipmi') LOG.info('ipmi %o', '<redacted>');
                  LOG.info('any %o', cfg);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.info', source: '`cfg` (its type carries `login.password`)', how: '', more: '' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'cfg' },
              output: dedent`
                declare const LOG: { info(message: string, ...args: unknown[]): void };
                interface Login { username: string; password: string }
                type Cfg = { kind: 'ipmi'; login: Login } | { kind: 'snmp'; outlet: number };
                export function byDiscriminant(cfg: Cfg): void {
                  if (cfg.kind === 'ipmi') LOG.info('ipmi %o', cfg);
                  LOG.info('any %o', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'typed-a-value-narrowed-to-the-secret-carrying-member',
    },
    {
      code: dedent`
        declare const LOG: { info(message: string, ...args: unknown[]): void };
        interface Login { username: string; password: string }
        interface LoginTable { [nodeId: string]: Login }
        export function table(t: LoginTable, r: Record<string, Login>, nodeId: string): void {
          LOG.info('entry %o', t[nodeId]);
          LOG.info('table %o', t);
          LOG.info('record %o', r);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.info', source: '`t[nodeId]` (its type carries `password`)', how: '', more: '' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 't[nodeId]' },
              output: dedent`
                declare const LOG: { info(message: string, ...args: unknown[]): void };
                interface Login { username: string; password: string }
                interface LoginTable { [nodeId: string]: Login }
                export function table(t: LoginTable, r: Record<string, Login>, nodeId: string): void {
                  LOG.info('entry %o', '<redacted>');
                  LOG.info('table %o', t);
                  LOG.info('record %o', r);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.info', source: '`t` (its type carries `[key].password`)', how: '', more: '' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 't' },
              output: dedent`
                declare const LOG: { info(message: string, ...args: unknown[]): void };
                interface Login { username: string; password: string }
                interface LoginTable { [nodeId: string]: Login }
                export function table(t: LoginTable, r: Record<string, Login>, nodeId: string): void {
                  LOG.info('entry %o', t[nodeId]);
                  LOG.info('table %o', '<redacted>');
                  LOG.info('record %o', r);
                }
              `,
            },
          ],
        },
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.info', source: '`r` (its type carries `[key].password`)', how: '', more: '' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'r' },
              output: dedent`
                declare const LOG: { info(message: string, ...args: unknown[]): void };
                interface Login { username: string; password: string }
                interface LoginTable { [nodeId: string]: Login }
                export function table(t: LoginTable, r: Record<string, Login>, nodeId: string): void {
                  LOG.info('entry %o', t[nodeId]);
                  LOG.info('table %o', t);
                  LOG.info('record %o', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'typed-values-behind-an-index-signature-carry-their-type',
    },
    {
      code: dedent`
        declare const LOG: { info(message: string, ...args: unknown[]): void };
        export class VaultClient {
          private readonly token: string;
          constructor(readonly address: string, token: string) { this.token = token; }
        }
        export function show(client: VaultClient): void {
          LOG.info('client %o', client);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.info', source: '`client` (its type carries `token`)', how: '', more: '' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'client' },
              output: dedent`
                declare const LOG: { info(message: string, ...args: unknown[]): void };
                export class VaultClient {
                  private readonly token: string;
                  constructor(readonly address: string, token: string) { this.token = token; }
                }
                export function show(client: VaultClient): void {
                  LOG.info('client %o', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'typed-a-private-typescript-field-is-shown',
    },
    {
      code: dedent`
        interface SessionToken { id: number; value: string }
        declare function warningLog(...a: unknown[]): void;
        export function show(sessionToken: SessionToken): void {
          warningLog('token', sessionToken);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'warningLog', source: '`sessionToken`', how: '', more: '' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'sessionToken' },
              output: dedent`
                interface SessionToken { id: number; value: string }
                declare function warningLog(...a: unknown[]): void;
                export function show(sessionToken: SessionToken): void {
                  warningLog('token', '<redacted>');
                }
              `,
            },
          ],
        },
      ],
      name: 'typed-a-token-named-object-holding-a-string-is-reported',
    },
  ],
});

describe('no-secrets-in-logs: requireTypeInformation', () => {
  const lint = (requireTypeInformation: boolean): Linter.LintMessage[] =>
    new Linter({ configType: 'flat' }).verify(
      'LOG.debug(password);',
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: parser as unknown as Linter.Parser },
          plugins: { ironclad: plugin },
          rules: { 'ironclad/no-secrets-in-logs': ['error', { requireTypeInformation }] },
        },
      ],
      'file.ts',
    );

  it('fails with a message naming the option when the file has no type information', () => {
    assert.throws(() => lint(true), /requireTypeInformation.*without type information/su);
  });

  it('checks by names when the option is off', () => {
    assert.deepEqual(
      lint(false).map((message) => message.messageId),
      ['secretLogged'],
    );
  });
});

describe('no-secrets-in-logs: word lists', () => {
  const lint = (options: Record<string, unknown>, settings: Record<string, unknown> = {}): Linter.LintMessage[] =>
    new Linter({ configType: 'flat' }).verify(
      'LOG.debug(password);',
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: parser as unknown as Linter.Parser },
          plugins: { ironclad: plugin },
          settings: { ironclad: settings },
          rules: { 'ironclad/no-secrets-in-logs': ['error', options] },
        },
      ],
      'file.ts',
    );

  it('rejects entries with no word and type names that are no names', () => {
    assert.throws(() => lint({ sensitiveNames: ['-'] }), /should match pattern/u);
    assert.throws(() => lint({ carriers: ['   '] }), /should match pattern/u);
    assert.throws(() => lint({ sensitiveTypes: ['Foo<'] }), /should match pattern/u);
    assert.throws(() => lint({}, { sensitiveNames: ['-'] }), /settings\.ironclad\.sensitiveNames\[0\]/u);
  });

  it('accepts names with words', () => {
    assert.deepEqual(
      lint({ sensitiveNames: ['bmc pin'], sensitiveTypes: ['http.IncomingHttpHeaders'] }).map((message) => message.messageId),
      ['secretLogged'],
    );
  });
});

ruleTester.run("no-secrets-in-logs: parts written, replaced and deleted", rule, {
  valid: [
  {
    name: "overwritten-key",
    code: dedent`
      export function login(password: string) {
        const body: Record<string, string> = { user: 'admin' };
        body.password = password;
        body.password = '***';
        LOG.debug('login %o', body);
      }
    `,
  },
  {
    name: "overwritten-nested",
    code: dedent`
      export function request(token: string) {
        const options = { url: '/nodes', headers: {} as Record<string, string> };
        options.headers.Authorization = \`Bearer \${token}\`;
        options.headers.Authorization = '<redacted>';
        LOG.debug('request %o', options);
      }
    `,
  },
  {
    name: "deleted-nested",
    code: dedent`
      export function request(token: string) {
        const options = { url: '/nodes', headers: {} as Record<string, string> };
        options.headers.Authorization = \`Bearer \${token}\`;
        send(options);
        delete options.headers.Authorization;
        LOG.debug('sent %o', options);
      }
    `,
  },
  {
    name: "replaced-part",
    code: dedent`
      export function request(token: string) {
        const options = { url: '/nodes', headers: {} as Record<string, string> };
        options.headers.Authorization = \`Bearer \${token}\`;
        send(options);
        options.headers = {};
        LOG.debug('sent %o', options);
      }
    `,
  },
  {
    name: "literal-key-replaced",
    code: dedent`
      export function login(user: string, password: string) {
        const body = { user, password };
        send(body);
        body.password = '<redacted>';
        LOG.debug('sent %o', body);
        LOG.debug('sent %s', body.password);
      }
    `,
  },
  {
    name: "other-part-read",
    code: dedent`
      export function request(token: string) {
        const options = { url: '/nodes', headers: {} as Record<string, string>, queue: [] as string[] };
        options.headers.Authorization = \`Bearer \${token}\`;
        options.queue.push(token);
        LOG.debug('request %s', options.url);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "replaced-conditionally",
    code: dedent`
      export function request(token: string, redact: boolean) {
        const options = { url: '/nodes', headers: {} as Record<string, string> };
        options.headers.Authorization = \`Bearer \${token}\`;
        if (redact) options.headers = {};
        LOG.debug('request %o', options);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`token`","how":" through the template literal, a property assignment and `options`","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"options"},
          output: dedent`
            export function request(token: string, redact: boolean) {
              const options = { url: '/nodes', headers: {} as Record<string, string> };
              options.headers.Authorization = \`Bearer \${token}\`;
              if (redact) options.headers = {};
              LOG.debug('request %o', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "replaced-before-write",
    code: dedent`
      export function request(token: string) {
        const options = { url: '/nodes', headers: {} as Record<string, string> };
        options.headers = {};
        options.headers.Authorization = \`Bearer \${token}\`;
        LOG.debug('request %o', options);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`token`","how":" through the template literal, a property assignment and `options`","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"options"},
          output: dedent`
            export function request(token: string) {
              const options = { url: '/nodes', headers: {} as Record<string, string> };
              options.headers = {};
              options.headers.Authorization = \`Bearer \${token}\`;
              LOG.debug('request %o', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "added-to-after-replace",
    code: dedent`
      export function login(password: string) {
        const body: Record<string, string> = { user: 'admin' };
        body.password = '***';
        body.password += password;
        LOG.debug('login %o', body);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`password`","how":" through a property assignment and `body`","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 30,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"body"},
          output: dedent`
            export function login(password: string) {
              const body: Record<string, string> = { user: 'admin' };
              body.password = '***';
              body.password += password;
              LOG.debug('login %o', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "pushed-part-read",
    code: dedent`
      export function enroll(password: string) {
        const batch = { items: [] as string[], size: 1 };
        batch.items.push(password);
        LOG.debug('items %o', batch.items);
        LOG.debug('size %d', batch.size);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`password`","how":"","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 37,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"batch.items"},
          output: dedent`
            export function enroll(password: string) {
              const batch = { items: [] as string[], size: 1 };
              batch.items.push(password);
              LOG.debug('items %o', '<redacted>');
              LOG.debug('size %d', batch.size);
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "deep-part-read",
    code: dedent`
      export function configure(token: string) {
        const config = { auth: { bearer: { value: '' } }, retries: 3 };
        config.auth.bearer.value = token;
        LOG.debug('auth %o', config.auth);
        LOG.debug('retries %d', config.retries);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`config.auth`, which carries secrets,","how":"","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 36,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"config.auth"},
          output: dedent`
            export function configure(token: string) {
              const config = { auth: { bearer: { value: '' } }, retries: 3 };
              config.auth.bearer.value = token;
              LOG.debug('auth %o', '<redacted>');
              LOG.debug('retries %d', config.retries);
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "pushed-element-read",
    code: dedent`
      export function enroll(password: string) {
        const batch = { items: [] as { secret: string }[] };
        batch.items.push({ secret: password });
        LOG.debug('first %o', batch.items[0]);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`password`","how":" through an object literal","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 40,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"batch.items[0]"},
          output: dedent`
            export function enroll(password: string) {
              const batch = { items: [] as { secret: string }[] };
              batch.items.push({ secret: password });
              LOG.debug('first %o', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: wrappers with destructured and defaulted parameters", rule, {
  valid: [
  {
    name: "destructured-wrapper-clean",
    code: dedent`
      function logRequest({ url, body }: { url: string; body: unknown }) {
        LOG.debug('%s %o', url, body);
      }
      export function enroll(user: string, address: string) {
        logRequest({ url: '/nodes', body: { user, address } });
      }
    `,
  },
  {
    name: "destructured-wrapper-other-key",
    code: dedent`
      function logRequest({ url }: { url: string; body?: unknown }) {
        LOG.debug('request %s', url);
      }
      export function login(user: string, password: string) {
        logRequest({ url: '/login', body: { user, password } });
      }
    `,
  },
  {
    name: "destructured-wrapper-reassigned",
    code: dedent`
      function logRequest({ body }: { body: unknown }) {
        body = '<hidden>';
        LOG.debug('request %o', body);
      }
      export function login(user: string, password: string) {
        logRequest({ body: { user, password } });
      }
    `,
  },
  {
    name: "filled-then-wrapped-clean",
    code: dedent`
      function logRequest(request: { url?: string; body?: unknown }) {
        LOG.debug('request %s', request.url);
      }
      export function login(user: string, password: string) {
        const request: { url?: string; body?: unknown } = {};
        request.url = '/login';
        request.body = { user, password };
        logRequest(request);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "destructured-wrapper",
    code: dedent`
      function logRequest({ url, body }: { url: string; body: unknown }) {
        LOG.debug('%s %o', url, body);
      }
      export function login(user: string, password: string) {
        logRequest({ url: '/login', body: { user, password } });
      }
    `,
    errors: [
      {
        messageId: "secretThroughWrapper",
        data: {"wrapper":"logRequest","parameter":"body","sink":"LOG.debug","line":"2","source":"`password`","how":" through an object literal","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 58,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            function logRequest({ url, body }: { url: string; body: unknown }) {
              LOG.debug('%s %o', url, body);
            }
            export function login(user: string, password: string) {
              logRequest({ url: '/login', body: { user, password: '<redacted>' } });
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "destructured-wrapper-nested",
    code: dedent`
      function logRequest({ options: { extra } }: { options: { extra: Record<string, string> } }) {
        LOG.debug('extra %o', extra);
      }
      export function call(token: string) {
        logRequest({ options: { extra: { Authorization: \`Bearer \${token}\` } } });
      }
    `,
    errors: [
      {
        messageId: "secretThroughWrapper",
        data: {"wrapper":"logRequest","parameter":"options.extra","sink":"LOG.debug","line":"2","source":"`token`","how":" through the template literal and an object literal","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 75,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"token"},
          output: dedent`
            function logRequest({ options: { extra } }: { options: { extra: Record<string, string> } }) {
              LOG.debug('extra %o', extra);
            }
            export function call(token: string) {
              logRequest({ options: { extra: { Authorization: \`Bearer \${'<redacted>'}\` } } });
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "destructured-wrapper-defaulted",
    code: dedent`
      function logRequest({ body }: { body?: unknown } = {}) {
        LOG.debug('request %o', body);
      }
      export function login(user: string, password: string) {
        logRequest({ body: { user, password } });
      }
    `,
    errors: [
      {
        messageId: "secretThroughWrapper",
        data: {"wrapper":"logRequest","parameter":"body","sink":"LOG.debug","line":"2","source":"`password`","how":" through an object literal","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 43,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            function logRequest({ body }: { body?: unknown } = {}) {
              LOG.debug('request %o', body);
            }
            export function login(user: string, password: string) {
              logRequest({ body: { user, password: '<redacted>' } });
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "defaulted-parameter-part",
    code: dedent`
      function logRequest(request: { body?: unknown } = {}) {
        LOG.debug('request %o', request.body);
      }
      export function login(user: string, password: string) {
        logRequest({ body: { user, password } });
      }
    `,
    errors: [
      {
        messageId: "secretThroughWrapper",
        data: {"wrapper":"logRequest","parameter":"request.body","sink":"LOG.debug","line":"2","source":"`password`","how":" through an object literal","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 43,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            function logRequest(request: { body?: unknown } = {}) {
              LOG.debug('request %o', request.body);
            }
            export function login(user: string, password: string) {
              logRequest({ body: { user, password: '<redacted>' } });
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "filled-then-wrapped",
    code: dedent`
      function logRequest(request: { url?: string; body?: unknown }) {
        LOG.debug('request %o', request.body);
      }
      export function login(user: string, password: string) {
        const request: { url?: string; body?: unknown } = {};
        request.url = '/login';
        request.body = { user, password };
        logRequest(request);
      }
    `,
    errors: [
      {
        messageId: "secretThroughWrapper",
        data: {"wrapper":"logRequest","parameter":"request.body","sink":"LOG.debug","line":"2","source":"`password`","how":" through an object literal","more":""},
        line: 8,
        column: 3,
        endLine: 8,
        endColumn: 22,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"request"},
          output: dedent`
            function logRequest(request: { url?: string; body?: unknown }) {
              LOG.debug('request %o', request.body);
            }
            export function login(user: string, password: string) {
              const request: { url?: string; body?: unknown } = {};
              request.url = '/login';
              request.body = { user, password };
              logRequest('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: lazy messages, replaced secret text, log functions and names", rule, {
  valid: [
  {
    name: "lazy-message-clean",
    code: dedent`
      export function start(settings: Settings): void {
        const password = settings.mqtt.password;
        logger.debug(() => \`Using MQTT server \${settings.mqtt.server}\`);
        logger.debug(() => \`password set: \${password.length > 0}\`);
        logger.info('handler', (event: string) => \`\${event} \${password}\`);
      }
    `,
  },
  {
    name: "console-prints-source",
    code: dedent`
      export function start(password: string): void {
        console.log(() => password);
      }
    `,
  },
  {
    name: "replaced-secret-text",
    code: dedent`
      export function start(networkKey: number[]): void {
        const herdsmanSettings = { network: { panID: 1, networkKey } };
        const json = JSON.stringify(herdsmanSettings);
        logger.debug(\`Using settings: \${json.replaceAll(JSON.stringify(networkKey), '"HIDDEN"')}\`);
        logger.debug(() => \`url \${connectionUrl(networkKey).replaceAll(String(networkKey), '***')}\`);
      }
    `,
  },
  {
    name: "verb-first-other-functions",
    code: dedent`
      export function report(refreshToken: string) {
        logout(refreshToken);
        logRefresh(refreshToken);
        loginWith(refreshToken);
      }
    `,
  },
  {
    name: "second-factor-metadata",
    code: dedent`
      export function report(otpEnabled: boolean, mfaCodeLength: number, installCodeRequired: boolean, linkKeyName: string) {
        LOG.debug('2fa', otpEnabled, mfaCodeLength, installCodeRequired, linkKeyName);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "lazy-message",
    code: dedent`
      export function start(settings: Settings): void {
        const password = settings.mqtt.password;
        logger.debug(() => \`Using MQTT password \${password}\`);
        logger.debug(function message() {
          return \`connecting as \${settings.mqtt.user} with \${password}\`;
        });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.debug","source":"`password`","how":" through the template literal","more":""},
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 56,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            export function start(settings: Settings): void {
              const password = settings.mqtt.password;
              logger.debug(() => \`Using MQTT password \${'<redacted>'}\`);
              logger.debug(function message() {
                return \`connecting as \${settings.mqtt.user} with \${password}\`;
              });
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.debug","source":"`password`","how":" through the template literal","more":""},
        line: 4,
        column: 3,
        endLine: 6,
        endColumn: 5,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            export function start(settings: Settings): void {
              const password = settings.mqtt.password;
              logger.debug(() => \`Using MQTT password \${password}\`);
              logger.debug(function message() {
                return \`connecting as \${settings.mqtt.user} with \${'<redacted>'}\`;
              });
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "replaced-other-text",
    code: dedent`
      export function start(networkKey: number[], panId: number): void {
        const json = JSON.stringify({ panId, networkKey });
        logger.debug(\`Using settings: \${json.replaceAll(String(panId), '"HIDDEN"')}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.debug","source":"`networkKey`","how":" through an object literal, `JSON.stringify`, `json`, `.replaceAll()` and the template literal","more":""},
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 80,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"json.replaceAll(String(panId), '\"HIDDEN…"},
          output: dedent`
            export function start(networkKey: number[], panId: number): void {
              const json = JSON.stringify({ panId, networkKey });
              logger.debug(\`Using settings: \${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "verb-first-log-functions",
    code: dedent`
      export function report(refreshToken: string, password: string) {
        logError(\`auth failed for token \${refreshToken}\`);
        logDebug(password);
        this.logWarning('refresh', refreshToken);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logError","source":"`refreshToken`","how":" through the template literal","more":""},
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 52,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"refreshToken"},
          output: dedent`
            export function report(refreshToken: string, password: string) {
              logError(\`auth failed for token \${'<redacted>'}\`);
              logDebug(password);
              this.logWarning('refresh', refreshToken);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logDebug","source":"`password`","how":"","more":""},
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 21,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            export function report(refreshToken: string, password: string) {
              logError(\`auth failed for token \${refreshToken}\`);
              logDebug('<redacted>');
              this.logWarning('refresh', refreshToken);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"this.logWarning","source":"`refreshToken`","how":"","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 43,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"refreshToken"},
          output: dedent`
            export function report(refreshToken: string, password: string) {
              logError(\`auth failed for token \${refreshToken}\`);
              logDebug(password);
              this.logWarning('refresh', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "zigbee-and-second-factor-names",
    code: dedent`
      export function report(netKey: Buffer, nwkKey: Buffer, tcLinkKey: Buffer, installCode: Buffer, otp: string, mfaCode: string, twoFactorAuthCode: string) {
        logger.error(\`adapter=\${netKey.toString('hex')} nwk=\${nwkKey.toString('hex')}\`);
        logger.debug(\`tc link key \${tcLinkKey.toString('hex')}, install code \${installCode.toString('hex')}\`);
        logger.info('2fa', otp, mfaCode, twoFactorAuthCode);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.error","source":"`netKey`","how":" through `.toString()` and the template literal","more":", as does `nwkKey` (through `.toString()` and the template literal)"},
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 82,
        suggestions: [
          {
            messageId: 'suggestRedactAll',
            data: { expression: 'netKey.toString(\'hex\')', others: '1 other leaking value' },
            output: dedent`
              export function report(netKey: Buffer, nwkKey: Buffer, tcLinkKey: Buffer, installCode: Buffer, otp: string, mfaCode: string, twoFactorAuthCode: string) {
                logger.error(\`adapter=\${'<redacted>'} nwk=\${'<redacted>'}\`);
                logger.debug(\`tc link key \${tcLinkKey.toString('hex')}, install code \${installCode.toString('hex')}\`);
                logger.info('2fa', otp, mfaCode, twoFactorAuthCode);
              }
            `,
          },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.debug","source":"`tcLinkKey`","how":" through `.toString()` and the template literal","more":", as does `installCode` (through `.toString()` and the template literal)"},
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 104,
        suggestions: [
          {
            messageId: 'suggestRedactAll',
            data: { expression: 'tcLinkKey.toString(\'hex\')', others: '1 other leaking value' },
            output: dedent`
              export function report(netKey: Buffer, nwkKey: Buffer, tcLinkKey: Buffer, installCode: Buffer, otp: string, mfaCode: string, twoFactorAuthCode: string) {
                logger.error(\`adapter=\${netKey.toString('hex')} nwk=\${nwkKey.toString('hex')}\`);
                logger.debug(\`tc link key \${'<redacted>'}, install code \${'<redacted>'}\`);
                logger.info('2fa', otp, mfaCode, twoFactorAuthCode);
              }
            `,
          },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"`otp`","how":"","more":", as do `mfaCode` and `twoFactorAuthCode`"},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 54,
        suggestions: [
          {
            messageId: 'suggestRedactAll',
            data: { expression: 'otp', others: '2 other leaking values' },
            output: dedent`
              export function report(netKey: Buffer, nwkKey: Buffer, tcLinkKey: Buffer, installCode: Buffer, otp: string, mfaCode: string, twoFactorAuthCode: string) {
                logger.error(\`adapter=\${netKey.toString('hex')} nwk=\${nwkKey.toString('hex')}\`);
                logger.debug(\`tc link key \${tcLinkKey.toString('hex')}, install code \${installCode.toString('hex')}\`);
                logger.info('2fa', '<redacted>', '<redacted>', '<redacted>');
              }
            `,
          },
        ],
      },
    ],
  },
  {
    name: "lowercase-compound-names",
    code: dedent`
      export function report(encryptionkey: string, hmackey: string, signingkey: string) {
        LOG.debug('keys', encryptionkey, hmackey, signingkey);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`encryptionkey`","how":"","more":", as do `hmackey` and `signingkey`"},
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 56,
        suggestions: [
          {
            messageId: 'suggestRedactAll',
            data: { expression: 'encryptionkey', others: '2 other leaking values' },
            output: dedent`
              export function report(encryptionkey: string, hmackey: string, signingkey: string) {
                LOG.debug('keys', '<redacted>', '<redacted>', '<redacted>');
              }
            `,
          },
        ],
      },
    ],
  },
  {
    name: "replaced-partly",
    code: dedent`
      export function start(password: string, networkKey: string): void {
        const line = \`login \${password} \${password}\`;
        logger.debug(line.replace(password, '***'));
        logger.debug(line.replaceAll(password.slice(0, 3), '***'));
        logger.debug(line.replaceAll(password, '[$&]'));
        logger.debug(\`key=\${networkKey}\`.replaceAll(JSON.stringify(networkKey), '"HIDDEN"'));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.debug","source":"`password`","how":" through the template literal, `line` and `.replace()`","more":""},
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 46,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"line.replace(password, '***')"},
          output: dedent`
            export function start(password: string, networkKey: string): void {
              const line = \`login \${password} \${password}\`;
              logger.debug('<redacted>');
              logger.debug(line.replaceAll(password.slice(0, 3), '***'));
              logger.debug(line.replaceAll(password, '[$&]'));
              logger.debug(\`key=\${networkKey}\`.replaceAll(JSON.stringify(networkKey), '"HIDDEN"'));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.debug","source":"`password`","how":" through the template literal, `line` and `.replaceAll()`","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 61,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"line.replaceAll(password.slice(0, 3), '…"},
          output: dedent`
            export function start(password: string, networkKey: string): void {
              const line = \`login \${password} \${password}\`;
              logger.debug(line.replace(password, '***'));
              logger.debug('<redacted>');
              logger.debug(line.replaceAll(password, '[$&]'));
              logger.debug(\`key=\${networkKey}\`.replaceAll(JSON.stringify(networkKey), '"HIDDEN"'));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.debug","source":"`password`","how":" through the template literal, `line` and `.replaceAll()`","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 50,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"line.replaceAll(password, '[$&]')"},
          output: dedent`
            export function start(password: string, networkKey: string): void {
              const line = \`login \${password} \${password}\`;
              logger.debug(line.replace(password, '***'));
              logger.debug(line.replaceAll(password.slice(0, 3), '***'));
              logger.debug('<redacted>');
              logger.debug(\`key=\${networkKey}\`.replaceAll(JSON.stringify(networkKey), '"HIDDEN"'));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.debug","source":"`networkKey`","how":" through the template literal and `.replaceAll()`","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 87,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"networkKey"},
          output: dedent`
            export function start(password: string, networkKey: string): void {
              const line = \`login \${password} \${password}\`;
              logger.debug(line.replace(password, '***'));
              logger.debug(line.replaceAll(password.slice(0, 3), '***'));
              logger.debug(line.replaceAll(password, '[$&]'));
              logger.debug(\`key=\${'<redacted>'}\`.replaceAll(JSON.stringify(networkKey), '"HIDDEN"'));
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: verification codes", rule, {
  valid: [
  {
    name: "verification-code-metadata",
    code: dedent`
      export function describe(verificationCodeLength: number, verifyCodeSent: boolean) {
        LOG.info('code of %d digits, sent: %s', verificationCodeLength, verifyCodeSent);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "verification-code",
    code: dedent`
      export async function login(options: LoginOptions, verifyCode: string) {
        LOG.info('verifying with %s', verifyCode);
        LOG.debug(\`code \${options.verificationCode}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`verifyCode`","how":"","more":""},
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 44,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"verifyCode"},
          output: dedent`
            export async function login(options: LoginOptions, verifyCode: string) {
              LOG.info('verifying with %s', '<redacted>');
              LOG.debug(\`code \${options.verificationCode}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`options.verificationCode`","how":" through the template literal","more":""},
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 48,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"options.verificationCode"},
          output: dedent`
            export async function login(options: LoginOptions, verifyCode: string) {
              LOG.info('verifying with %s', verifyCode);
              LOG.debug(\`code \${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: a wrapper destructuring its parameter in its body", rule, {
  valid: [
  {
    name: "body-destructured-wrapper-clean",
    code: dedent`
      function logRequest(request: { url: string; body?: unknown }) {
        const { url } = request;
        LOG.debug('request %s', url);
      }
      function logReset(request: { url: string; body?: unknown }) {
        request = { url: '/' };
        const { body } = request;
        LOG.debug('request %o', body);
      }
      export function login(user: string, password: string) {
        logRequest({ url: '/login', body: { user, password } });
        logReset({ url: '/login', body: { user, password } });
      }
    `,
  },
  ],
  invalid: [
  {
    name: "body-destructured-wrapper",
    code: dedent`
      function logRequest(request: { url: string; body?: unknown }) {
        const { body } = request;
        LOG.debug('request %o', body);
      }
      function logOptions(request: { options: { body?: unknown } } = { options: {} }) {
        const { options } = request;
        const { body } = options;
        LOG.debug('request %o', body);
      }
      export function login(user: string, password: string) {
        logRequest({ url: '/login', body: { user, password } });
        logOptions({ options: { body: { user, password } } });
      }
    `,
    errors: [
      {
        messageId: "secretThroughWrapper",
        data: {"wrapper":"logRequest","parameter":"request.body","sink":"LOG.debug","line":"3","source":"`password`","how":" through an object literal","more":""},
        line: 11,
        column: 3,
        endLine: 11,
        endColumn: 58,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            function logRequest(request: { url: string; body?: unknown }) {
              const { body } = request;
              LOG.debug('request %o', body);
            }
            function logOptions(request: { options: { body?: unknown } } = { options: {} }) {
              const { options } = request;
              const { body } = options;
              LOG.debug('request %o', body);
            }
            export function login(user: string, password: string) {
              logRequest({ url: '/login', body: { user, password: '<redacted>' } });
              logOptions({ options: { body: { user, password } } });
            }
          `,
        },
        ],
      },
      {
        messageId: "secretThroughWrapper",
        data: {"wrapper":"logOptions","parameter":"request.options.body","sink":"LOG.debug","line":"8","source":"`password`","how":" through an object literal","more":""},
        line: 12,
        column: 3,
        endLine: 12,
        endColumn: 56,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            function logRequest(request: { url: string; body?: unknown }) {
              const { body } = request;
              LOG.debug('request %o', body);
            }
            function logOptions(request: { options: { body?: unknown } } = { options: {} }) {
              const { options } = request;
              const { body } = options;
              LOG.debug('request %o', body);
            }
            export function login(user: string, password: string) {
              logRequest({ url: '/login', body: { user, password } });
              logOptions({ options: { body: { user, password: '<redacted>' } } });
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: names that start with set", rule, {
  valid: [
  {
    name: "set-leading-names",
    code: dedent`
      export function send(commandId: CommandIds, setToken: (token: string) => void) {
        LOG.debug('command %s', CommandId.SET_NWK_KEY, commandId.SET_PASSWORD);
        LOG.debug('setter %o', setToken);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "reset-token-is-secret",
    code: dedent`
      export function send(resetToken: string) {
        LOG.debug('reset with %s', resetToken);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`resetToken`","how":"","more":""},
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 41,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"resetToken"},
          output: dedent`
            export function send(resetToken: string) {
              LOG.debug('reset with %s', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: a secret name followed by a container word", rule, {
  valid: [
  {
    name: "container-key-holding-public-object",
    code: dedent`
      export function loginRequest(email: string, publicKey: string) {
        const data = { email, client_secret_info: { public_key: publicKey }, enc: 0 };
        LOG.debug('Login request %o', { data });
      }
    `,
  },
  ],
  invalid: [
  {
    name: "container-key-holding-secret-object",
    code: dedent`
      export function loginRequest(email: string, password: string) {
        const data = { email, secretInfo: { password } };
        LOG.debug('Login request %o', data);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`password`","how":" through an object literal and `data`","more":""},
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 38,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"data"},
          output: dedent`
            export function loginRequest(email: string, password: string) {
              const data = { email, secretInfo: { password } };
              LOG.debug('Login request %o', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "container-name-logged-whole",
    code: dedent`
      export function refresh(tokenInfo: unknown) {
        LOG.debug('refreshed %o', tokenInfo);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`tokenInfo`, which carries secrets,","how":"","more":""},
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"tokenInfo"},
          output: dedent`
            export function refresh(tokenInfo: unknown) {
              LOG.debug('refreshed %o', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "container-key-holding-value",
    code: dedent`
      export function refresh(value: string) {
        LOG.debug('refreshed %o', { tokenDetails: value });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`tokenDetails: value`, which carries secrets,","how":" through an object literal","more":""},
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 53,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"value"},
          output: dedent`
            export function refresh(value: string) {
              LOG.debug('refreshed %o', { tokenDetails: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: a decryption's result does not carry its key (checkUnknownCalls)", rule, {
  valid: [
  {
    name: "decrypt-result-without-key",
    code: dedent`
      export function handle(message: { data: Buffer }, sn: string) {
        const data = decryptP2PData(message.data, Buffer.from(getEncryptionKey(sn)));
        const info = data.toString('utf8');
        LOG.debug('camera info %s', info);
      }
    `,
    options: [{"checkUnknownCalls":true}],
  },
  {
    name: "decipher-key-first",
    code: dedent`
      export function open(blob: Buffer, sharedSecret: Buffer) {
        LOG.debug('payload %s', decipher(sharedSecret, blob));
      }
    `,
    options: [{"checkUnknownCalls":true}],
  },
  ],
  invalid: [
  {
    name: "decrypt-result-carries-data",
    code: dedent`
      export function open(key: Buffer, password: string) {
        LOG.debug('payload %s', decrypt(password, key));
      }
    `,
    options: [{"checkUnknownCalls":true}],
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`password`","how":" through an unknown call","more":""},
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 50,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            export function open(key: Buffer, password: string) {
              LOG.debug('payload %s', decrypt('<redacted>', key));
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "other-unknown-call-carries-key",
    code: dedent`
      export function open(blob: Buffer, apiKey: string) {
        LOG.debug('payload %s', combine(blob, apiKey));
      }
    `,
    options: [{"checkUnknownCalls":true}],
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`apiKey`","how":" through an unknown call","more":""},
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 49,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"apiKey"},
          output: dedent`
            export function open(blob: Buffer, apiKey: string) {
              LOG.debug('payload %s', combine(blob, '<redacted>'));
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: a value a test has shown falsy holds no secret", rule, {
  valid: [
  {
    name: "falsy-else-branch-field",
    code: dedent`
      export class PushService {
        private credentials: Credentials | undefined;
        report(renew: boolean) {
          if (this.credentials) {
            LOG.debug('Push token received');
          } else {
            LOG.error('Push notifications are disabled: %o', { credentials: this.credentials, renew });
          }
        }
      }
    `,
  },
  {
    name: "falsy-negated-test-and-guard",
    code: dedent`
      export function check(token?: string, apiKey?: string) {
        if (!token) LOG.warn(\`no token: \${token}\`);
        if (apiKey) return;
        LOG.warn('no api key: %s', apiKey);
      }
    `,
  },
  {
    name: "falsy-nullish-comparison-and-logical",
    code: dedent`
      export function check(token?: string, secret?: string) {
        if (token == null) LOG.warn('token is %s', token);
        secret || LOG.warn('secret is %s', secret);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "falsy-field-set-by-call-between",
    code: dedent`
      export class Session {
        private token?: string;
        async ensure() {
          if (!this.token) {
            await this.login();
            LOG.debug('logged in with %s', this.token);
          }
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`this.token`","how":"","more":""},
        line: 6,
        column: 7,
        endLine: 6,
        endColumn: 49,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"this.token"},
          output: dedent`
            export class Session {
              private token?: string;
              async ensure() {
                if (!this.token) {
                  await this.login();
                  LOG.debug('logged in with %s', '<redacted>');
                }
              }
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "falsy-variable-reassigned-between",
    code: dedent`
      export async function ensure(token?: string) {
        if (!token) {
          token = await fetchToken();
          LOG.debug('fetched %s', token);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`token`","how":"","more":""},
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"token"},
          output: dedent`
            export async function ensure(token?: string) {
              if (!token) {
                token = await fetchToken();
                LOG.debug('fetched %s', '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "truthy-branch-reports",
    code: dedent`
      export function use(token?: string) {
        if (token) LOG.debug('using %s', token);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`token`","how":"","more":""},
        line: 2,
        column: 14,
        endLine: 2,
        endColumn: 42,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"token"},
          output: dedent`
            export function use(token?: string) {
              if (token) LOG.debug('using %s', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "falsy-or-other-condition-reports",
    code: dedent`
      export function use(token?: string, force?: boolean) {
        if (!token || force) LOG.debug('using %s', token);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`token`","how":"","more":""},
        line: 2,
        column: 24,
        endLine: 2,
        endColumn: 52,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"token"},
          output: dedent`
            export function use(token?: string, force?: boolean) {
              if (!token || force) LOG.debug('using %s', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "falsy-written-in-loop-after-read",
    code: dedent`
      export async function poll(token: string | undefined, tries: number) {
        if (!token) {
          for (let i = 0; i < tries; i++) {
            LOG.debug('token %s', token);
            token = await fetchToken();
          }
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`token`","how":"","more":""},
        line: 4,
        column: 7,
        endLine: 4,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"token"},
          output: dedent`
            export async function poll(token: string | undefined, tries: number) {
              if (!token) {
                for (let i = 0; i < tries; i++) {
                  LOG.debug('token %s', '<redacted>');
                  token = await fetchToken();
                }
              }
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "falsy-written-by-closure",
    code: dedent`
      export function use(token?: string) {
        const renew = () => { token = readToken(); };
        if (!token) {
          renew();
          LOG.debug('token %s', token);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`token`","how":"","more":""},
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 33,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"token"},
          output: dedent`
            export function use(token?: string) {
              const renew = () => { token = readToken(); };
              if (!token) {
                renew();
                LOG.debug('token %s', '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: an axios or got error holds the request it was made with", rule, {
  valid: [
  {
    name: "axios-error-text-and-parts",
    code: dedent`
      import axios from 'axios';
      export async function getNodes(url: string, token: string) {
        try {
          return await axios.get(url, { headers: { Authorization: \`Bearer \${token}\` } });
        } catch (error) {
          LOG.error(\`listing nodes failed: \${error}\`);
          LOG.error('listing nodes failed: %s', String(error), error.message, error.response?.status);
          throw error;
        }
      }
    `,
  },
  {
    name: "axios-error-of-request-without-secret",
    code: dedent`
      import axios from 'axios';
      export async function getNodes(url: string) {
        try {
          return await axios.get(url, { params: { limit: 10 } });
        } catch (error) {
          LOG.error('listing nodes failed', error);
        }
      }
    `,
  },
  {
    name: "fetch-error-does-not-hold-request",
    code: dedent`
      export async function getNodes(url: string, token: string) {
        try {
          return await fetch(url, { headers: { Authorization: \`Bearer \${token}\` } });
        } catch (error) {
          LOG.error('listing nodes failed', error);
        }
      }
    `,
  },
  {
    name: "axios-call-not-awaited-in-try",
    code: dedent`
      import axios from 'axios';
      export function getNodes(url: string, token: string) {
        try {
          void axios.get(url, { headers: { Authorization: token } });
          parse(url);
        } catch (error) {
          LOG.error('bad url', error);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "axios-error-of-request-with-token-in-catch-callback",
    code: dedent`
      import axios from 'axios';
      const requestClient = axios.create();
      export async function getSession(url: string, accessToken: string) {
        return await requestClient
          .post(url, { token: accessToken }, { headers: { 'x-thinq-token': accessToken } })
          .then((res) => res.data.sessionId as string)
          .catch((err) => {
            LOG.debug(err);
            return undefined;
          });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`err`, the error of `requestClient.post`, which holds the request made with `accessToken`,","how":"","more":""},
        line: 8,
        column: 7,
        endLine: 8,
        endColumn: 21,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"err"},
          output: dedent`
            import axios from 'axios';
            const requestClient = axios.create();
            export async function getSession(url: string, accessToken: string) {
              return await requestClient
                .post(url, { token: accessToken }, { headers: { 'x-thinq-token': accessToken } })
                .then((res) => res.data.sessionId as string)
                .catch((err) => {
                  LOG.debug('<redacted>');
                  return undefined;
                });
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "axios-error-in-catch-clause",
    code: dedent`
      import axios from 'axios';
      export async function getNodes(url: string, token: string) {
        try {
          return await axios.get(url, { headers: { Authorization: \`Bearer \${token}\` } });
        } catch (error) {
          LOG.error('listing nodes failed', error);
          throw error;
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`error`, the error of `axios.get`, which holds the request made with `token`,","how":"","more":""},
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 45,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"error"},
          output: dedent`
            import axios from 'axios';
            export async function getNodes(url: string, token: string) {
              try {
                return await axios.get(url, { headers: { Authorization: \`Bearer \${token}\` } });
              } catch (error) {
                LOG.error('listing nodes failed', '<redacted>');
                throw error;
              }
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "got-error-in-then-rejection-handler",
    code: dedent`
      import got from 'got';
      export function login(url: string, password: string) {
        return got.post(url, { json: { password } }).then(
          (response) => response.body,
          (error) => LOG.warn('login failed: %o', error),
        );
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.warn","source":"`error`, the error of `got.post`, which holds the request made with `password`,","how":"","more":""},
        line: 5,
        column: 16,
        endLine: 5,
        endColumn: 51,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"error"},
          output: dedent`
            import got from 'got';
            export function login(url: string, password: string) {
              return got.post(url, { json: { password } }).then(
                (response) => response.body,
                (error) => LOG.warn('login failed: %o', '<redacted>'),
              );
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

// With types, an HTTP client held in a variable of another file is known by where its methods are declared.
const axiosProject = createTypedProject({
  'node_modules/axios/package.json': JSON.stringify({ name: 'axios', version: '1.0.0', types: 'index.d.ts' }),
  'node_modules/axios/index.d.ts': dedent`
    export interface AxiosInstance {
      post(url: string, data?: unknown, config?: { headers?: Record<string, string> }): Promise<{ data: any }>;
    }
  `,
  'request.ts': dedent`
    import type { AxiosInstance } from 'axios';
    export declare const requestClient: AxiosInstance;
  `,
});
after(() => {
  removeTypedProject(axiosProject);
});

new RuleTester({ languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: axiosProject } } }).run('no-secrets-in-logs (an axios instance of another file, typed)', rule, {
  valid: [
    dedent`
      import { requestClient } from './request';
      declare const LOG: { debug(...args: unknown[]): void };
      export async function getSession(url: string, accessToken: string) {
        return requestClient.post(url, { token: accessToken }).catch((err) => LOG.debug(err.message));
      }
    `,
  ],
  invalid: [
    {
      code: dedent`
        import { requestClient } from './request';
        declare const LOG: { debug(...args: unknown[]): void };
        export async function getSession(url: string, accessToken: string) {
          return requestClient.post(url, { token: accessToken }).catch((err) => LOG.debug(err));
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { sink: 'LOG.debug', source: '`err`, the error of `requestClient.post`, which holds the request made with `accessToken`,', how: '', more: '' },
          line: 4,
          column: 73,
          endLine: 4,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'err' },
              output: dedent`
                import { requestClient } from './request';
                declare const LOG: { debug(...args: unknown[]): void };
                export async function getSession(url: string, accessToken: string) {
                  return requestClient.post(url, { token: accessToken }).catch((err) => LOG.debug('<redacted>'));
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run("no-secrets-in-logs: a request error made into another error is not followed", rule, {
  valid: [
  {
    name: "request-error-made-into-another-error",
    code: dedent`
      import got from 'got';
      export async function register(url: string, apiKey: string) {
        try {
          return await got.post(url, { headers: { 'x-goog-api-key': apiKey } });
        } catch (err) {
          LOG.error('registration failed %o', { error: getError(ensureError(err)) });
          throw new RegistrationError('registration failed', { cause: err });
        }
      }
    `,
  },
  ],
  invalid: [

  ],
});

typedRuleTester.run("no-secrets-in-logs: a typed object written out here is judged by what it is given (typed)", rule, {
  valid: [
  {
    name: "annotated-object-given-plain-parts",
    code: dedent`
      interface PlatformConfig { platform: string; refreshRate?: number; names?: string[]; credentials?: { apiKey?: string } }
      declare const log: { debug(message: string): void };
      export function settings(rate: number, name: string) {
        const config: PlatformConfig = { platform: 'August' };
        config.refreshRate = rate;
        config.names = [];
        config.names.push(name);
        delete config.credentials;
        log.debug(\`config: \${JSON.stringify(config)}\`);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "annotated-object-reassigned-from-unknown",
    code: dedent`
      interface PlatformConfig { platform: string; credentials?: { apiKey?: string } }
      declare const log: { debug(message: string): void };
      export function settings(text: string) {
        let loaded: PlatformConfig = { platform: 'August' };
        if (text) loaded = JSON.parse(text);
        log.debug(\`loaded: \${JSON.stringify(loaded)}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"log.debug","source":"`loaded` (its type carries `credentials.apiKey`)","how":" through `JSON.stringify` and the template literal","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 49,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"loaded"},
          output: dedent`
            interface PlatformConfig { platform: string; credentials?: { apiKey?: string } }
            declare const log: { debug(message: string): void };
            export function settings(text: string) {
              let loaded: PlatformConfig = { platform: 'August' };
              if (text) loaded = JSON.parse(text);
              log.debug(\`loaded: \${JSON.stringify('<redacted>')}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "annotated-object-merged-from-unknown",
    code: dedent`
      interface PlatformConfig { platform: string; credentials?: { apiKey?: string } }
      declare const log: { debug(message: string): void };
      export function settings(text: string) {
        const merged: PlatformConfig = { platform: 'August' };
        Object.assign(merged, JSON.parse(text));
        log.debug(\`merged: \${JSON.stringify(merged)}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"log.debug","source":"`merged` (its type carries `credentials.apiKey`)","how":" through `JSON.stringify` and the template literal","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 49,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"merged"},
          output: dedent`
            interface PlatformConfig { platform: string; credentials?: { apiKey?: string } }
            declare const log: { debug(message: string): void };
            export function settings(text: string) {
              const merged: PlatformConfig = { platform: 'August' };
              Object.assign(merged, JSON.parse(text));
              log.debug(\`merged: \${JSON.stringify('<redacted>')}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "annotated-object-given-typed-part",
    code: dedent`
      interface Auth { user: string; apiKey: string }
      interface PlatformConfig { platform: string; auth?: Auth }
      declare const log: { debug(message: string): void };
      export function settings(login: Auth) {
        const config: PlatformConfig = { platform: 'August' };
        config.auth = login;
        log.debug(\`config: \${JSON.stringify(config)}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"log.debug","source":"`login` (its type carries `apiKey`)","how":" through a property assignment, `config`, `JSON.stringify` and the template literal","more":""},
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 49,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"config"},
          output: dedent`
            interface Auth { user: string; apiKey: string }
            interface PlatformConfig { platform: string; auth?: Auth }
            declare const log: { debug(message: string): void };
            export function settings(login: Auth) {
              const config: PlatformConfig = { platform: 'August' };
              config.auth = login;
              log.debug(\`config: \${JSON.stringify('<redacted>')}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: a member of a table of names is a name", rule, {
  valid: [
  {
    name: "enum-like-table-of-names",
    code: dedent`
      import { PropertyName, FieldNames } from './types';
      declare const LOG: { debug(...args: unknown[]): void };
      export function setLock(station: { set(name: string, value: unknown): void }, value: string) {
        LOG.debug('set property', { property: PropertyName.DeviceScramblePasscode });
        LOG.debug(\`field \${FieldNames.adminPassword}\`);
        station.set(PropertyName.DeviceScramblePasscode, value);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "table-by-kind-holds-secrets",
    code: dedent`
      import { secretsByType } from './store';
      declare const LOG: { debug(...args: unknown[]): void };
      export function show() {
        LOG.debug('ipmi', secretsByType.ipmiPassword);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`secretsByType.ipmiPassword`","how":"","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 48,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"secretsByType.ipmiPassword"},
          output: dedent`
            import { secretsByType } from './store';
            declare const LOG: { debug(...args: unknown[]): void };
            export function show() {
              LOG.debug('ipmi', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: a form, headers, map or set filled by its methods", rule, {
  valid: [
  {
    name: "form-filled-with-plain-values",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function search(query: string, page: number): void {
        const form = new URLSearchParams();
        form.append('q', query);
        form.set('page', String(page));
        const seen = new Set<string>();
        seen.add(query);
        LOG.debug(\`search \${form.toString()}\`, seen);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "form-and-headers-filled-by-method",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function signIn(username: string, password: string, session: string): void {
        const form = new URLSearchParams();
        form.append('usernameForm', username);
        form.append('passwordForm', password);
        LOG.debug(\`sign-in body \${form.toString()}\`);
        const sent = new Map<string, string>();
        sent.set('Authorization', \`Bearer \${session}\`);
        LOG.debug('sent', sent);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`password`","how":" through `.append(...)`, `form`, `.toString()` and the template literal","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 47,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"form.toString()"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function signIn(username: string, password: string, session: string): void {
              const form = new URLSearchParams();
              form.append('usernameForm', username);
              form.append('passwordForm', password);
              LOG.debug(\`sign-in body \${'<redacted>'}\`);
              const sent = new Map<string, string>();
              sent.set('Authorization', \`Bearer \${session}\`);
              LOG.debug('sent', sent);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"The value stored under `Authorization`","how":" through `.set(...)` and `sent`","more":""},
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 26,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"sent"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function signIn(username: string, password: string, session: string): void {
              const form = new URLSearchParams();
              form.append('usernameForm', username);
              form.append('passwordForm', password);
              LOG.debug(\`sign-in body \${form.toString()}\`);
              const sent = new Map<string, string>();
              sent.set('Authorization', \`Bearer \${session}\`);
              LOG.debug('sent', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: a carrier by name whose contents are written out here", rule, {
  valid: [
  {
    name: "carrier-named-variable-written-out-here",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function request(installationId: string, scopes: string[]): void {
        const tokenParams: Record<string, unknown> = {};
        tokenParams.installationId = installationId;
        tokenParams.scopes = scopes.join(',');
        LOG.debug('token request', tokenParams);
        const credentialsInfo = { scope: 'read', audience: 'api' };
        LOG.debug('auth', credentialsInfo);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "carrier-named-variable-given-a-secret",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      declare function loadCredentials(): object;
      export function request(clientSecret: string): void {
        const tokenParams: Record<string, unknown> = {};
        tokenParams.client_secret = clientSecret;
        LOG.debug('token request', tokenParams);
        const credentials = loadCredentials();
        LOG.debug('credentials', credentials);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`clientSecret`","how":" through a property assignment and `tokenParams`","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 42,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"tokenParams"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            declare function loadCredentials(): object;
            export function request(clientSecret: string): void {
              const tokenParams: Record<string, unknown> = {};
              tokenParams.client_secret = clientSecret;
              LOG.debug('token request', '<redacted>');
              const credentials = loadCredentials();
              LOG.debug('credentials', credentials);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`credentials`, which carries secrets,","how":"","more":""},
        line: 8,
        column: 3,
        endLine: 8,
        endColumn: 40,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"credentials"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            declare function loadCredentials(): object;
            export function request(clientSecret: string): void {
              const tokenParams: Record<string, unknown> = {};
              tokenParams.client_secret = clientSecret;
              LOG.debug('token request', tokenParams);
              const credentials = loadCredentials();
              LOG.debug('credentials', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: a log method invoked by .call or .apply", rule, {
  valid: [
  {
    name: "log-method-invoked-with-plain-values",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function wrap(user: string, count: number): void {
        console.log.call(console, 'user', user);
        LOG.debug.apply(LOG, ['count %d', count]);
        Math.max.apply(null, [count]);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "log-method-invoked-by-call-or-apply",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function wrap(password: string, args: unknown[]): void {
        console.log.call(console, 'pw', password);
        LOG.debug.apply(LOG, ['pw %s', password]);
        LOG.debug.apply(LOG, args);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"console.log","source":"`password`","how":"","more":""},
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 44,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function wrap(password: string, args: unknown[]): void {
              console.log.call(console, 'pw', '<redacted>');
              LOG.debug.apply(LOG, ['pw %s', password]);
              LOG.debug.apply(LOG, args);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`password`","how":"","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 44,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function wrap(password: string, args: unknown[]): void {
              console.log.call(console, 'pw', password);
              LOG.debug.apply(LOG, ['pw %s', '<redacted>']);
              LOG.debug.apply(LOG, args);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: RegExp exec carries the string it is given", rule, {
  valid: [
  {
    name: "regexp-exec-of-plain-text",
    code: dedent`
      declare const LOG: { info(...args: unknown[]): void };
      export function parse(line: string): void {
        const m = /^([a-z]+)=([0-9]+)$/.exec(line);
        if (m) LOG.info('setting %s', m[1]);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "regexp-exec-of-a-secret",
    code: dedent`
      declare const LOG: { info(...args: unknown[]): void };
      export function parse(dsn: string): void {
        const m = /:([^@]+)@/.exec(dsn);
        if (m) LOG.info('password %s', m[1]);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`dsn`","how":" through `.exec()`, `m` and an element","more":""},
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"m[1]"},
          output: dedent`
            declare const LOG: { info(...args: unknown[]): void };
            export function parse(dsn: string): void {
              const m = /:([^@]+)@/.exec(dsn);
              if (m) LOG.info('password %s', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: a && b and a falsy arm of a conditional", rule, {
  valid: [
  {
    name: "redacted-with-and-or-a-falsy-arm",
    code: dedent`
      declare const LOG: { info(...args: unknown[]): void; debug(...args: unknown[]): void };
      export function logRequest(req: { method: string; headers: { authorization?: string; cookie?: string } }, token: string): void {
        LOG.info('%s', req.method, {
          authorization: req.headers.authorization && '[REDACTED]',
          cookie: req.headers.cookie && '[REDACTED]',
        });
        LOG.debug({ token: token && '<set>' });
        LOG.debug({ token: token ? '<set>' : token });
        LOG.debug(!token ? token : 'set');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "the-other-side-still-counts",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function show(token: string, user: string): void {
        LOG.debug(user && token);
        LOG.debug(token || 'none');
        LOG.debug(token ? token : 'none');
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`token`","how":"","more":""},
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 27,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"token"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function show(token: string, user: string): void {
              LOG.debug(user && '<redacted>');
              LOG.debug(token || 'none');
              LOG.debug(token ? token : 'none');
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`token`","how":"","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 29,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"token || 'none'"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function show(token: string, user: string): void {
              LOG.debug(user && token);
              LOG.debug('<redacted>');
              LOG.debug(token ? token : 'none');
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`token`","how":"","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 36,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"token"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function show(token: string, user: string): void {
              LOG.debug(user && token);
              LOG.debug(token || 'none');
              LOG.debug(token ? '<redacted>' : 'none');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: a replacement string goes into the result", rule, {
  valid: [
  {
    name: "secret-replaced-by-a-mask",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function run(command: string, password: string): void {
        LOG.debug('running %s', command.replaceAll(password, '***'));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "secret-filled-into-a-template-by-replace",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      const IPMI_COMMAND = 'ipmitool -I lanplus -H {host} -U {user} -P {password} power status';
      export function run(host: string, user: string, password: string): void {
        const command = IPMI_COMMAND.replace('{host}', host).replace('{user}', user).replace('{password}', password);
        LOG.debug('running %s', command);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`password`","how":" through `.replace()` and `command`","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"command"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            const IPMI_COMMAND = 'ipmitool -I lanplus -H {host} -U {user} -P {password} power status';
            export function run(host: string, user: string, password: string): void {
              const command = IPMI_COMMAND.replace('{host}', host).replace('{user}', user).replace('{password}', password);
              LOG.debug('running %s', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: a logical assignment may keep the value", rule, {
  valid: [
  {
    name: "logical-assignment-of-plain-values",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function connect(host: string, retries?: number): void {
        retries ??= 3;
        host ||= 'localhost';
        LOG.debug('connecting to %s, %d retries', host, retries);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "logical-assignment-keeps-the-value",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function connect(host: string, password: string, apiToken?: string): void {
        password ||= 'calvin';
        LOG.debug('connecting to %s with %s', host, password);
        apiToken ??= '';
        LOG.debug(\`token=\${apiToken}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`password`","how":"","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 56,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function connect(host: string, password: string, apiToken?: string): void {
              password ||= 'calvin';
              LOG.debug('connecting to %s with %s', host, '<redacted>');
              apiToken ??= '';
              LOG.debug(\`token=\${apiToken}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`apiToken`","how":" through the template literal","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 33,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"apiToken"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function connect(host: string, password: string, apiToken?: string): void {
              password ||= 'calvin';
              LOG.debug('connecting to %s with %s', host, password);
              apiToken ??= '';
              LOG.debug(\`token=\${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("log methods passed by reference", rule, {
  valid: [
  {
    name: "log-method-given-to-then-of-plain-value",
    code: dedent`
      declare function getNodeName(): Promise<string>;
      declare const LOG: { info(...args: unknown[]): void };
      export function show() {
        getNodeName().then(LOG.info);
      }
    `,
  },
  {
    name: "log-method-given-to-foreach-of-names",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function dump(nodeNames: string[]) {
        nodeNames.forEach(LOG.debug);
      }
    `,
  },
  {
    name: "log-method-given-to-catch-of-plain-request",
    code: dedent`
      import axios from 'axios';
      declare const LOG: { error(...args: unknown[]): void };
      export function status(nodeId: string) {
        return axios.get(\`/nodes/\${nodeId}\`).catch(LOG.error);
      }
    `,
  },
  {
    name: "non-log-method-given-to-foreach",
    code: dedent`
      declare function revoke(token: string): void;
      export function revokeAll(tokens: string[], apiToken: string) {
        tokens.forEach(revoke);
        setTimeout(revoke, 10, apiToken);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "log-method-given-to-then",
    code: dedent`
      declare function getToken(): Promise<string>;
      export function show() {
        getToken().then(console.log);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"console.log","source":"`getToken()`","how":"","more":""},
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 30,
      },
    ],
  },
  {
    name: "log-method-given-to-foreach",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function dump(passwords: string[]) {
        passwords.forEach(LOG.debug);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`passwords`, which carries secrets,","how":"","more":""},
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 30,
      },
    ],
  },
  {
    name: "log-method-given-to-catch-of-axios-request",
    code: dedent`
      import axios from 'axios';
      declare const LOG: { error(...args: unknown[]): void };
      export function login(user: string, password: string) {
        return axios.post('/login', { user, password }).then(() => true).catch(LOG.error);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"The error of `axios.post`, which holds the request made with `password`,","how":"","more":""},
        line: 4,
        column: 74,
        endLine: 4,
        endColumn: 83,
      },
    ],
  },
  {
    name: "log-method-given-to-then-rejection-of-axios-request",
    code: dedent`
      import axios from 'axios';
      declare const LOG: { error(...args: unknown[]): void };
      export function login(user: string, password: string) {
        return axios.post('/login', { user, password }).then(() => true, LOG.error);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"The error of `axios.post`, which holds the request made with `password`,","how":"","more":""},
        line: 4,
        column: 68,
        endLine: 4,
        endColumn: 77,
      },
    ],
  },
  {
    name: "log-method-given-to-timer",
    code: dedent`
      export function later(apiToken: string) {
        setTimeout(console.log, 1000, 'token', apiToken);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"console.log","source":"`apiToken`","how":"","more":""},
        line: 2,
        column: 14,
        endLine: 2,
        endColumn: 25,
      },
    ],
  },
  {
    name: "log-method-chosen-by-conditional",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void; info(...args: unknown[]): void };
      export function show(verbose: boolean, apiToken: string) {
        const write = verbose ? LOG.debug : LOG.info;
        write('token %s', apiToken);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"write","source":"`apiToken`","how":"","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 30,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"apiToken"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void; info(...args: unknown[]): void };
            export function show(verbose: boolean, apiToken: string) {
              const write = verbose ? LOG.debug : LOG.info;
              write('token %s', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "log-method-bound-and-called",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function show(apiToken: string) {
        const write = LOG.debug.bind(LOG);
        write(apiToken);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"write","source":"`apiToken`","how":"","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 18,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"apiToken"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function show(apiToken: string) {
              const write = LOG.debug.bind(LOG);
              write('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "log-method-given-to-wrapper-parameter",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      function dumpAll(values: string[]) {
        values.forEach(LOG.debug);
      }
      export function run(passwords: string[]) {
        dumpAll(passwords);
      }
    `,
    errors: [
      {
        messageId: "secretThroughWrapper",
        data: {"wrapper":"dumpAll","parameter":"values","sink":"LOG.debug","line":"3","source":"`passwords`, which carries secrets,","how":"","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 21,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"passwords"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            function dumpAll(values: string[]) {
              values.forEach(LOG.debug);
            }
            export function run(passwords: string[]) {
              dumpAll('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("plural secret names", rule, {
  valid: [
  {
    name: "plural-token-counts-and-lexer-tokens",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function usage(stats: { maxTokens: number; inputTokens: number; completionTokens: number }, tokens: string[]) {
        LOG.debug('usage', stats.maxTokens, stats.inputTokens, stats.completionTokens);
        LOG.debug('lexed', tokens);
      }
    `,
  },
  {
    name: "plural-secret-name-count-read",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function count(apiKeys: string[]) {
        LOG.debug('keys loaded: %d', apiKeys.length);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "plural-of-secret-name-logged-whole",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function dump(session: { apiKeys: string[]; accessTokens: string[] }) {
        LOG.debug('keys', session.apiKeys);
        LOG.debug('tokens', session.accessTokens);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`session.apiKeys`, which carries secrets,","how":"","more":""},
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 37,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"session.apiKeys"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function dump(session: { apiKeys: string[]; accessTokens: string[] }) {
              LOG.debug('keys', '<redacted>');
              LOG.debug('tokens', session.accessTokens);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`session.accessTokens`, which carries secrets,","how":"","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 44,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"session.accessTokens"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function dump(session: { apiKeys: string[]; accessTokens: string[] }) {
              LOG.debug('keys', session.apiKeys);
              LOG.debug('tokens', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("the request an axios error or response holds, read out", rule, {
  valid: [
  {
    name: "axios-error-config-url-and-plain-request",
    code: dedent`
      import axios from 'axios';
      declare const LOG: { error(...args: unknown[]): void };
      export async function login(user: string, password: string, nodeId: string) {
        try {
          await axios.post('/login', { user, password });
        } catch (err: any) {
          LOG.error('login failed: %s %s', err.config?.method, err.config?.url);
        }
        try {
          await axios.get(\`/nodes/\${nodeId}\`);
        } catch (err: any) {
          LOG.error('status failed, request %o', err.config);
        }
      }
    `,
  },
  {
    name: "config-of-other-call",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      declare function load(password: string): Promise<{ config: object }>;
      export async function session(password: string) {
        const res = await load(password);
        LOG.debug('loaded %o', res.config);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "axios-error-config-read-out",
    code: dedent`
      import axios from 'axios';
      declare const LOG: { error(...args: unknown[]): void };
      export async function login(user: string, password: string) {
        try {
          await axios.post('/login', { user, password });
        } catch (err: any) {
          LOG.error('login failed, request %o, body %s', err.config, err.response?.config?.data);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`err.config`, the request of `axios.post` made with `password`,","how":"","more":", as does `err.response?.config?.data`"},
        line: 7,
        column: 5,
        endLine: 7,
        endColumn: 91,
        suggestions: [
          {
            messageId: 'suggestRedactAll',
            data: { expression: 'err.config', others: '1 other leaking value' },
            output: dedent`
              import axios from 'axios';
              declare const LOG: { error(...args: unknown[]): void };
              export async function login(user: string, password: string) {
                try {
                  await axios.post('/login', { user, password });
                } catch (err: any) {
                  LOG.error('login failed, request %o, body %s', '<redacted>', '<redacted>');
                }
              }
            `,
          },
        ],
      },
    ],
  },
  {
    name: "axios-response-config-read-out",
    code: dedent`
      import axios from 'axios';
      declare const LOG: { debug(...args: unknown[]): void };
      export async function session(user: string, password: string) {
        const res = await axios.post('/session', { user, password });
        LOG.debug('sent %o', res.config);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`res.config`, the request of `axios.post` made with `password`,","how":"","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"res.config"},
          output: dedent`
            import axios from 'axios';
            declare const LOG: { debug(...args: unknown[]): void };
            export async function session(user: string, password: string) {
              const res = await axios.post('/session', { user, password });
              LOG.debug('sent %o', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

typedRuleTester.run("typed: a part destructured from a parameter is judged by its own type", rule, {
  valid: [
  {
    name: "typed-plain-part-destructured-from-parameter",
    code: dedent`
      interface Node { uuid: string; name: string; bmc: { address: string; password: string } }
      declare const LOG: { debug(...args: unknown[]): void };
      export function show(node: Node) {
        const { uuid, name } = node;
        LOG.debug('node %s %s', uuid, name);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "typed-part-destructured-from-parameter",
    code: dedent`
      interface LoginResponse { data: { token: string; expiresIn: number }; status: number }
      declare const LOG: { debug(...args: unknown[]): void };
      export function show(resp: LoginResponse) {
        const { data } = resp;
        LOG.debug('login %o', data);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`resp.data` (its type carries `token`)","how":" through `data`","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 30,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"data"},
          output: dedent`
            interface LoginResponse { data: { token: string; expiresIn: number }; status: number }
            declare const LOG: { debug(...args: unknown[]): void };
            export function show(resp: LoginResponse) {
              const { data } = resp;
              LOG.debug('login %o', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "typed-part-destructured-in-callback-parameter",
    code: dedent`
      interface Node { uuid: string; bmc: { address: string; password: string } }
      declare const LOG: { debug(...args: unknown[]): void };
      export function show(nodes: Node[]) {
        nodes.forEach(({ bmc }) => LOG.debug('bmc %o', bmc));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`nodes[i].bmc` (its type carries `password`)","how":" through `bmc`","more":""},
        line: 4,
        column: 30,
        endLine: 4,
        endColumn: 54,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"bmc"},
          output: dedent`
            interface Node { uuid: string; bmc: { address: string; password: string } }
            declare const LOG: { debug(...args: unknown[]): void };
            export function show(nodes: Node[]) {
              nodes.forEach(({ bmc }) => LOG.debug('bmc %o', '<redacted>'));
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("URLs with the password replaced", rule, {
  valid: [
  {
    name: "url-password-replaced-every-view",
    code: dedent`
      declare const LOG: { info(...args: unknown[]): void };
      export function show(dsn: string) {
        const url = new URL(dsn);
        url.password = '';
        LOG.info(url.href);
        LOG.info(url.toString());
        LOG.info(\`db \${url}\`);
        LOG.info('db %s', url);
        LOG.info(String(url));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "url-changed-elsewhere-keeps-password",
    code: dedent`
      declare const LOG: { info(...args: unknown[]): void };
      export function show(dsn: string) {
        const url = new URL(dsn);
        url.pathname = '/v1';
        LOG.info(url.href);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`dsn`","how":" through `new URL(...)` and `url`","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 21,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"url.href"},
          output: dedent`
            declare const LOG: { info(...args: unknown[]): void };
            export function show(dsn: string) {
              const url = new URL(dsn);
              url.pathname = '/v1';
              LOG.info('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "url-password-replaced-on-one-path",
    code: dedent`
      declare const LOG: { info(...args: unknown[]): void };
      export function show(dsn: string, mask: boolean) {
        const url = new URL(dsn);
        if (mask) url.password = '';
        LOG.info(url.href);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`dsn`","how":" through `new URL(...)` and `url`","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 21,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"url.href"},
          output: dedent`
            declare const LOG: { info(...args: unknown[]): void };
            export function show(dsn: string, mask: boolean) {
              const url = new URL(dsn);
              if (mask) url.password = '';
              LOG.info('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

typedRuleTester.run("typed: copies with the password deleted", rule, {
  valid: [
  {
    name: "typed-copy-with-password-deleted-through-casts",
    code: dedent`
      interface PlainBmc { address: string; username: string; password: string }
      declare const LOG: { info(...args: unknown[]): void };
      export function d1(plain: PlainBmc) { const copy = { ...plain }; delete (copy as Partial<PlainBmc>).password; LOG.info('cfg %o', copy); }
      export function d2(plain: PlainBmc) { const copy = Object.assign({}, plain) as Partial<PlainBmc>; delete copy.password; LOG.info('cfg %o', copy); }
      export function d3(plain: PlainBmc) { const copy = structuredClone(plain) as Partial<PlainBmc>; delete copy.password; LOG.info('cfg %o', copy); }
      export function d5(plain: PlainBmc) { const copy = { ...plain } as Partial<PlainBmc>; delete copy.password; LOG.info('cfg %o', copy); }
    `,
  },
  ],
  invalid: [
  {
    name: "typed-copy-keeping-the-password",
    code: dedent`
      interface PlainBmc { address: string; username: string; password: string }
      declare const LOG: { info(...args: unknown[]): void };
      export function e2(plain: PlainBmc) { const copy = structuredClone(plain) as Partial<PlainBmc>; delete copy.address; LOG.info('cfg %o', copy); }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`plain` (its type carries `password`)","how":" through `structuredClone()` and `copy`","more":""},
        line: 3,
        column: 118,
        endLine: 3,
        endColumn: 142,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"copy"},
          output: dedent`
            interface PlainBmc { address: string; username: string; password: string }
            declare const LOG: { info(...args: unknown[]): void };
            export function e2(plain: PlainBmc) { const copy = structuredClone(plain) as Partial<PlainBmc>; delete copy.address; LOG.info('cfg %o', '<redacted>'); }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("suggestions fix the whole report", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "one-suggestion-fixes-every-leak",
    code: dedent`
      declare function maskPassword(s: string): string;
      declare const LOG: { debug(...args: unknown[]): void };
      export function s(password: string, token: string) {
        LOG.debug({ password, token });
        const o = { password };
        LOG.debug(o);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`password`","how":" through an object literal","more":", as does `token` (through an object literal)"},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 33,
        suggestions: [
        {
          messageId: "suggestSanitizeAll",
          data: {"expression":"password","others":"1 other leaking value","sanitizer":"maskPassword"},
          output: dedent`
            declare function maskPassword(s: string): string;
            declare const LOG: { debug(...args: unknown[]): void };
            export function s(password: string, token: string) {
              LOG.debug({ password: maskPassword(password), token: maskPassword(token) });
              const o = { password };
              LOG.debug(o);
            }
          `,
        },
        {
          messageId: "suggestRedactAll",
          data: {"expression":"password","others":"1 other leaking value"},
          output: dedent`
            declare function maskPassword(s: string): string;
            declare const LOG: { debug(...args: unknown[]): void };
            export function s(password: string, token: string) {
              LOG.debug({ password: '<redacted>', token: '<redacted>' });
              const o = { password };
              LOG.debug(o);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`password`","how":" through an object literal and `o`","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 15,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"o"},
          output: dedent`
            declare function maskPassword(s: string): string;
            declare const LOG: { debug(...args: unknown[]): void };
            export function s(password: string, token: string) {
              LOG.debug({ password, token });
              const o = { password };
              LOG.debug('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("keys named by enum and constant members", rule, {
  valid: [
  {
    name: "carrier-read-by-plain-enum-member",
    code: dedent`
      declare const LOG: { warn(...args: unknown[]): void };
      enum P { Pw = 'ipmi_password', Addr = 'ipmi_address' }
      const F = { pw: 'ipmi_password', addr: 'ipmi_address' } as const;
      export function show(driverInfo: Record<string, string>) {
        LOG.warn('addr', driverInfo[P.Addr], driverInfo[F.addr]);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "carrier-read-by-enum-or-constant-member",
    code: dedent`
      declare const LOG: { warn(...args: unknown[]): void };
      enum P { Pw = 'ipmi_password', Addr = 'ipmi_address' }
      const F = { pw: 'ipmi_password', addr: 'ipmi_address' } as const;
      export function show(driverInfo: Record<string, string>) {
        LOG.warn('val', driverInfo[P.Pw]);
        LOG.warn('val', driverInfo[F.pw]);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.warn","source":"`driverInfo[P.Pw]`","how":"","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 36,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"driverInfo[P.Pw]"},
          output: dedent`
            declare const LOG: { warn(...args: unknown[]): void };
            enum P { Pw = 'ipmi_password', Addr = 'ipmi_address' }
            const F = { pw: 'ipmi_password', addr: 'ipmi_address' } as const;
            export function show(driverInfo: Record<string, string>) {
              LOG.warn('val', '<redacted>');
              LOG.warn('val', driverInfo[F.pw]);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.warn","source":"`driverInfo[F.pw]`","how":"","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 36,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"driverInfo[F.pw]"},
          output: dedent`
            declare const LOG: { warn(...args: unknown[]): void };
            enum P { Pw = 'ipmi_password', Addr = 'ipmi_address' }
            const F = { pw: 'ipmi_password', addr: 'ipmi_address' } as const;
            export function show(driverInfo: Record<string, string>) {
              LOG.warn('val', driverInfo[P.Pw]);
              LOG.warn('val', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("fetch Headers and Request", rule, {
  valid: [
  {
    name: "fetch-headers-without-secrets",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function send(url: string) {
        const accept = new Headers({ Accept: 'application/json' });
        LOG.debug('request %o', new Request(url, { headers: accept }));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "fetch-headers-and-request-hold-their-init",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function send(url: string, token: string) {
        const sent = new Headers({ Authorization: \`Bearer \${token}\` });
        LOG.debug('sent %o', sent);
        const request = new Request(url, { headers: { 'X-Auth-Token': token } });
        LOG.debug('request %o', request);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`token`","how":" through the template literal, an object literal, `new Headers(...)` and `sent`","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 29,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"sent"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function send(url: string, token: string) {
              const sent = new Headers({ Authorization: \`Bearer \${token}\` });
              LOG.debug('sent %o', '<redacted>');
              const request = new Request(url, { headers: { 'X-Auth-Token': token } });
              LOG.debug('request %o', request);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`token`","how":" through an object literal, `new Request(...)` and `request`","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"request"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function send(url: string, token: string) {
              const sent = new Headers({ Authorization: \`Bearer \${token}\` });
              LOG.debug('sent %o', sent);
              const request = new Request(url, { headers: { 'X-Auth-Token': token } });
              LOG.debug('request %o', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

typedRuleTester.run("computed keys known by their type (helper-58 FN11, imported half)", rule, {
  valid: [
  {
    name: "fn11-typed-key-not-a-secret-valid",
    code: dedent`
      declare const LOG: { warn(...args: unknown[]): void };
      declare namespace Fields { const Address: 'ipmi_address'; }
      declare const field: string;
      export function show(driverInfo: Record<string, string>, n: number) {
        LOG.warn('value', driverInfo[Fields.Address]);
        LOG.warn('value', driverInfo[field]);
        LOG.warn('value', driverInfo[n]);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "fn11-typed-key-of-declared-const-and-namespace",
    code: dedent`
      declare const LOG: { warn(...args: unknown[]): void };
      declare const PASSWORD_FIELD: 'redfish_password';
      declare namespace Fields { const Password: 'ipmi_password'; const Address: 'ipmi_address'; }
      export function show(driverInfo: Record<string, string>) {
        LOG.warn('value', driverInfo[PASSWORD_FIELD]);
        LOG.warn('value', driverInfo[Fields.Password]);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.warn","source":"`driverInfo[PASSWORD_FIELD]`","how":"","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 48,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"driverInfo[PASSWORD_FIELD]"},
          output: dedent`
            declare const LOG: { warn(...args: unknown[]): void };
            declare const PASSWORD_FIELD: 'redfish_password';
            declare namespace Fields { const Password: 'ipmi_password'; const Address: 'ipmi_address'; }
            export function show(driverInfo: Record<string, string>) {
              LOG.warn('value', '<redacted>');
              LOG.warn('value', driverInfo[Fields.Password]);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.warn","source":"`driverInfo[Fields.Password]`","how":"","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 49,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"driverInfo[Fields.Password]"},
          output: dedent`
            declare const LOG: { warn(...args: unknown[]): void };
            declare const PASSWORD_FIELD: 'redfish_password';
            declare namespace Fields { const Password: 'ipmi_password'; const Address: 'ipmi_address'; }
            export function show(driverInfo: Record<string, string>) {
              LOG.warn('value', driverInfo[PASSWORD_FIELD]);
              LOG.warn('value', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("an error class of the file shows the arguments its message is built from (helper-58 FP07)", rule, {
  valid: [
  {
    name: "fp07-subclass-message-from-its-message-parameter",
    code: dedent`
      declare const LOG: { error(...args: unknown[]): void };
      class BmcError extends Error {
        constructor(message: string, public readonly details: unknown) {
          super(message);
          this.name = 'BmcError';
        }
      }
      class RedfishError extends BmcError {}
      class PowerError extends BmcError {
        constructor(public readonly node: string, details: unknown, reason = 'power failed') {
          super(\`\${reason} on \${node}\`, details);
        }
      }
      export function fail(creds: { user: string; password: string }, password: string) {
        const e = new BmcError('login rejected', creds);
        LOG.error(\`failed: \${e.message}\`);
        LOG.error('failed: %s %s', e.stack, e.name);
        LOG.error(new RedfishError('session refused', { password }).message);
        LOG.error(new PowerError('node-1', { password }).message);
        try {
          throw new BmcError('login rejected', { password });
        } catch (err) {
          LOG.error('failed: %s', (err as Error).message);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "fp07-subclass-message-built-from-the-secret",
    code: dedent`
      declare const LOG: { error(...args: unknown[]): void };
      class DumpError extends Error {
        constructor(message: string, details: unknown) {
          super(\`\${message}: \${JSON.stringify(details)}\`);
        }
      }
      class SetError extends Error {
        constructor(message: string, details: { password: string }) {
          super(message);
          this.message = \`\${message} (\${details.password})\`;
        }
      }
      class Plain extends Error {
        constructor(message: string, public readonly details: unknown) {
          super(message);
        }
      }
      export function fail(creds: { user: string; password: string }, password: string) {
        LOG.error(new DumpError('login rejected', creds).message);
        LOG.error(new SetError('login rejected', { password }).message);
        LOG.error(new Plain(\`login rejected for \${password}\`, null).message);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`creds`, which carries secrets,","how":" through `new DumpError(...)`","more":""},
        line: 19,
        column: 3,
        endLine: 19,
        endColumn: 60,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"creds"},
          output: dedent`
            declare const LOG: { error(...args: unknown[]): void };
            class DumpError extends Error {
              constructor(message: string, details: unknown) {
                super(\`\${message}: \${JSON.stringify(details)}\`);
              }
            }
            class SetError extends Error {
              constructor(message: string, details: { password: string }) {
                super(message);
                this.message = \`\${message} (\${details.password})\`;
              }
            }
            class Plain extends Error {
              constructor(message: string, public readonly details: unknown) {
                super(message);
              }
            }
            export function fail(creds: { user: string; password: string }, password: string) {
              LOG.error(new DumpError('login rejected', '<redacted>').message);
              LOG.error(new SetError('login rejected', { password }).message);
              LOG.error(new Plain(\`login rejected for \${password}\`, null).message);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`password`","how":" through an object literal and `new SetError(...)`","more":""},
        line: 20,
        column: 3,
        endLine: 20,
        endColumn: 66,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            declare const LOG: { error(...args: unknown[]): void };
            class DumpError extends Error {
              constructor(message: string, details: unknown) {
                super(\`\${message}: \${JSON.stringify(details)}\`);
              }
            }
            class SetError extends Error {
              constructor(message: string, details: { password: string }) {
                super(message);
                this.message = \`\${message} (\${details.password})\`;
              }
            }
            class Plain extends Error {
              constructor(message: string, public readonly details: unknown) {
                super(message);
              }
            }
            export function fail(creds: { user: string; password: string }, password: string) {
              LOG.error(new DumpError('login rejected', creds).message);
              LOG.error(new SetError('login rejected', { password: '<redacted>' }).message);
              LOG.error(new Plain(\`login rejected for \${password}\`, null).message);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`password`","how":" through the template literal and `new Plain(...)`","more":""},
        line: 21,
        column: 3,
        endLine: 21,
        endColumn: 71,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            declare const LOG: { error(...args: unknown[]): void };
            class DumpError extends Error {
              constructor(message: string, details: unknown) {
                super(\`\${message}: \${JSON.stringify(details)}\`);
              }
            }
            class SetError extends Error {
              constructor(message: string, details: { password: string }) {
                super(message);
                this.message = \`\${message} (\${details.password})\`;
              }
            }
            class Plain extends Error {
              constructor(message: string, public readonly details: unknown) {
                super(message);
              }
            }
            export function fail(creds: { user: string; password: string }, password: string) {
              LOG.error(new DumpError('login rejected', creds).message);
              LOG.error(new SetError('login rejected', { password }).message);
              LOG.error(new Plain(\`login rejected for \${'<redacted>'}\`, null).message);
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "fp07-subclass-of-an-unknown-base-shows-every-argument",
    code: dedent`
      import { DriverError } from './errors';
      declare const LOG: { error(...args: unknown[]): void };
      class BmcError extends DriverError {
        constructor(message: string, public readonly details: unknown) {
          super(message);
        }
      }
      export function fail(password: string) {
        LOG.error(new BmcError('login rejected', { password }).message);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`password`","how":" through an object literal and `new BmcError(...)`","more":""},
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 66,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            import { DriverError } from './errors';
            declare const LOG: { error(...args: unknown[]): void };
            class BmcError extends DriverError {
              constructor(message: string, public readonly details: unknown) {
                super(message);
              }
            }
            export function fail(password: string) {
              LOG.error(new BmcError('login rejected', { password: '<redacted>' }).message);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a part of a sanitizer's result (helper-58 FP11)", rule, {
  valid: [
  {
    name: "fp11-part-of-a-sanitized-result",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      declare function maskDictPassword<T>(o: T): T;
      declare function redact<T>(o: T): Promise<T>;
      export async function show(node: { uuid: string; driver_info: { ipmi_address: string; ipmi_password: string } }) {
        const safe = maskDictPassword(node.driver_info);
        LOG.debug('ipmi %s password %s', safe.ipmi_address, safe.ipmi_password);
        LOG.debug('password %s', maskDictPassword(node.driver_info).ipmi_password);
        const shown = await redact(node.driver_info);
        LOG.debug('password %s', shown.ipmi_password);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "fp11-part-of-what-is-not-always-sanitized",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      declare function maskDictPassword<T>(o: T): T;
      declare function parseInfo<T>(o: T): T;
      export function show(node: { driver_info: { ipmi_password: string } }, verbose: boolean) {
        let safe = maskDictPassword(node.driver_info);
        if (verbose) safe = node.driver_info;
        LOG.debug('password %s', safe.ipmi_password);
        LOG.debug('password %s', parseInfo(node.driver_info).ipmi_password);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`safe.ipmi_password`","how":"","more":""},
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 47,
        suggestions: [
        {
          messageId: "suggestSanitize",
          data: {"expression":"safe.ipmi_password","sanitizer":"maskDictPassword"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            declare function maskDictPassword<T>(o: T): T;
            declare function parseInfo<T>(o: T): T;
            export function show(node: { driver_info: { ipmi_password: string } }, verbose: boolean) {
              let safe = maskDictPassword(node.driver_info);
              if (verbose) safe = node.driver_info;
              LOG.debug('password %s', maskDictPassword(safe.ipmi_password));
              LOG.debug('password %s', parseInfo(node.driver_info).ipmi_password);
            }
          `,
        },
        {
          messageId: "suggestRedact",
          data: {"expression":"safe.ipmi_password"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            declare function maskDictPassword<T>(o: T): T;
            declare function parseInfo<T>(o: T): T;
            export function show(node: { driver_info: { ipmi_password: string } }, verbose: boolean) {
              let safe = maskDictPassword(node.driver_info);
              if (verbose) safe = node.driver_info;
              LOG.debug('password %s', '<redacted>');
              LOG.debug('password %s', parseInfo(node.driver_info).ipmi_password);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`parseInfo(node.driver_info).ipmi_password`","how":"","more":""},
        line: 8,
        column: 3,
        endLine: 8,
        endColumn: 70,
        suggestions: [
        {
          messageId: "suggestSanitize",
          data: {"expression":"parseInfo(node.driver_info).ipmi_passwo…","sanitizer":"maskDictPassword"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            declare function maskDictPassword<T>(o: T): T;
            declare function parseInfo<T>(o: T): T;
            export function show(node: { driver_info: { ipmi_password: string } }, verbose: boolean) {
              let safe = maskDictPassword(node.driver_info);
              if (verbose) safe = node.driver_info;
              LOG.debug('password %s', safe.ipmi_password);
              LOG.debug('password %s', maskDictPassword(parseInfo(node.driver_info).ipmi_password));
            }
          `,
        },
        {
          messageId: "suggestRedact",
          data: {"expression":"parseInfo(node.driver_info).ipmi_passwo…"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            declare function maskDictPassword<T>(o: T): T;
            declare function parseInfo<T>(o: T): T;
            export function show(node: { driver_info: { ipmi_password: string } }, verbose: boolean) {
              let safe = maskDictPassword(node.driver_info);
              if (verbose) safe = node.driver_info;
              LOG.debug('password %s', safe.ipmi_password);
              LOG.debug('password %s', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a field of the class carries what the class writes to it (helper-62 S-FN-1)", rule, {
  valid: [
  {
    name: "fn1-field-written-only-with-plain-values",
    code: dedent`
      interface Log { debug(...args: unknown[]): void }
      export class Client {
        private state = 'idle';
        private attempts = 0;
        constructor(private readonly log: Log, host: string) {
          this.state = \`connecting to \${host}\`;
        }
        retry() {
          this.attempts += 1;
          this.state = 'retrying';
          this.log.debug('state %s after %d attempts', this.state, this.attempts);
        }
      }
    `,
  },
  {
    name: "fn1-field-of-another-object-is-not-this",
    code: dedent`
      interface Log { debug(...args: unknown[]): void }
      export class Client {
        private label = '';
        constructor(private readonly log: Log, password: string) {
          const other = { label: '' };
          other.label = password.length > 0 ? 'set' : 'unset';
          this.label = 'client';
          this.log.debug('label %s', this.label);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "fn1-field-written-from-a-secret-in-the-class",
    code: dedent`
      interface Log { debug(...args: unknown[]): void }
      interface Config { host: string; apiToken: string }
      export class Client {
        private readonly marker: string;
        private basic = '';
        constructor(private readonly log: Log, config: Config) {
          this.marker = \`Bearer \${config.apiToken}\`;
          this.log.debug('auth %s', this.marker);
        }
        login(user: string, password: string) {
          this.basic = Buffer.from(\`\${user}:\${password}\`).toString('base64');
        }
        request(path: string) {
          this.log.debug('GET %s (Authorization: %s, %s)', path, this.marker, this.basic);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"this.log.debug","source":"`config.apiToken`","how":" through the template literal and `this.marker`","more":""},
        line: 8,
        column: 5,
        endLine: 8,
        endColumn: 43,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"this.marker"},
          output: dedent`
            interface Log { debug(...args: unknown[]): void }
            interface Config { host: string; apiToken: string }
            export class Client {
              private readonly marker: string;
              private basic = '';
              constructor(private readonly log: Log, config: Config) {
                this.marker = \`Bearer \${config.apiToken}\`;
                this.log.debug('auth %s', '<redacted>');
              }
              login(user: string, password: string) {
                this.basic = Buffer.from(\`\${user}:\${password}\`).toString('base64');
              }
              request(path: string) {
                this.log.debug('GET %s (Authorization: %s, %s)', path, this.marker, this.basic);
              }
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"this.log.debug","source":"`config.apiToken`","how":" through the template literal and `this.marker`","more":", as does `password` (through the template literal, `Buffer.from`, `.toString()` and `this.basic`)"},
        line: 14,
        column: 5,
        endLine: 14,
        endColumn: 84,
        suggestions: [
        {
          messageId: "suggestRedactAll",
          data: {"expression":"this.marker","others":"1 other leaking value"},
          output: dedent`
            interface Log { debug(...args: unknown[]): void }
            interface Config { host: string; apiToken: string }
            export class Client {
              private readonly marker: string;
              private basic = '';
              constructor(private readonly log: Log, config: Config) {
                this.marker = \`Bearer \${config.apiToken}\`;
                this.log.debug('auth %s', this.marker);
              }
              login(user: string, password: string) {
                this.basic = Buffer.from(\`\${user}:\${password}\`).toString('base64');
              }
              request(path: string) {
                this.log.debug('GET %s (Authorization: %s, %s)', path, '<redacted>', '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("levels of particular logging libraries (helper-62 S-FN-5)", rule, {
  valid: [
  {
    name: "s-fn-5-level-names-on-other-receivers",
    code: dedent`
      declare const dialog: { alert(message: string): void };
      declare const server: { http(handler: unknown): void; success(value: string): void };
      export function connect(password: string) {
        dialog.alert(password);
        server.success(password);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "s-fn-5-levels-of-particular-logging-libraries",
    code: dedent`
      import winston from 'winston';
      interface Logging { success(message: string, ...parameters: unknown[]): void }
      const logger = winston.createLogger({ level: 'silly' });
      export function connect(log: Logging, password: string, token: string) {
        logger.silly('pw %s', password);
        logger.http('auth header %s', token);
        logger.crit('pw %s', password);
        logger.emerg('pw %s', password);
        log.success('logged in with %s', token);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.silly","source":"`password`","how":"","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 34,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            import winston from 'winston';
            interface Logging { success(message: string, ...parameters: unknown[]): void }
            const logger = winston.createLogger({ level: 'silly' });
            export function connect(log: Logging, password: string, token: string) {
              logger.silly('pw %s', '<redacted>');
              logger.http('auth header %s', token);
              logger.crit('pw %s', password);
              logger.emerg('pw %s', password);
              log.success('logged in with %s', token);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.http","source":"`token`","how":"","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"token"},
          output: dedent`
            import winston from 'winston';
            interface Logging { success(message: string, ...parameters: unknown[]): void }
            const logger = winston.createLogger({ level: 'silly' });
            export function connect(log: Logging, password: string, token: string) {
              logger.silly('pw %s', password);
              logger.http('auth header %s', '<redacted>');
              logger.crit('pw %s', password);
              logger.emerg('pw %s', password);
              log.success('logged in with %s', token);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.crit","source":"`password`","how":"","more":""},
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 33,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            import winston from 'winston';
            interface Logging { success(message: string, ...parameters: unknown[]): void }
            const logger = winston.createLogger({ level: 'silly' });
            export function connect(log: Logging, password: string, token: string) {
              logger.silly('pw %s', password);
              logger.http('auth header %s', token);
              logger.crit('pw %s', '<redacted>');
              logger.emerg('pw %s', password);
              log.success('logged in with %s', token);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.emerg","source":"`password`","how":"","more":""},
        line: 8,
        column: 3,
        endLine: 8,
        endColumn: 34,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            import winston from 'winston';
            interface Logging { success(message: string, ...parameters: unknown[]): void }
            const logger = winston.createLogger({ level: 'silly' });
            export function connect(log: Logging, password: string, token: string) {
              logger.silly('pw %s', password);
              logger.http('auth header %s', token);
              logger.crit('pw %s', password);
              logger.emerg('pw %s', '<redacted>');
              log.success('logged in with %s', token);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"log.success","source":"`token`","how":"","more":""},
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 42,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"token"},
          output: dedent`
            import winston from 'winston';
            interface Logging { success(message: string, ...parameters: unknown[]): void }
            const logger = winston.createLogger({ level: 'silly' });
            export function connect(log: Logging, password: string, token: string) {
              logger.silly('pw %s', password);
              logger.http('auth header %s', token);
              logger.crit('pw %s', password);
              logger.emerg('pw %s', password);
              log.success('logged in with %s', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("fetch containers made of values written out (helper-63 C-FP-4)", rule, {
  valid: [
  {
    name: "c-fp-4-headers-made-of-values-written-out",
    code: dedent`
      declare const log: { error(...args: unknown[]): void };
      export function request(accessKey: string, page: number) {
        const headers = new Headers({ accept: 'application/json', accessKey, nonce: '123' });
        log.error('request headers', headers);
        const params = new URLSearchParams({ page: String(page) });
        log.error('params', params);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "c-fp-4-headers-made-with-a-secret",
    code: dedent`
      declare const log: { error(...args: unknown[]): void };
      export function request(token: string) {
        const headers = new Headers({ Authorization: \`Bearer \${token}\` });
        log.error('request headers', headers);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"log.error","source":"`token`","how":" through the template literal, an object literal, `new Headers(...)` and `headers`","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 40,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"headers"},
          output: dedent`
            declare const log: { error(...args: unknown[]): void };
            export function request(token: string) {
              const headers = new Headers({ Authorization: \`Bearer \${token}\` });
              log.error('request headers', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("connection URLs from the environment, and dotenv's parsed (helper-62 S-FN-6)", rule, {
  valid: [
  {
    name: "s-fn-6-what-the-environment-says-of-a-connection-url",
    code: dedent`
      declare const LOG: { info(...args: unknown[]): void };
      export function boot() {
        LOG.info('db host %s', new URL(process.env.DATABASE_URL ?? '').host);
        LOG.info('db configured: %s', Boolean(process.env.DATABASE_URL));
        LOG.info('api %s', process.env.API_URL);
        LOG.info('db variable %s', process.env.DATABASE_URL_NAME);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "s-fn-6-connection-urls-from-the-environment-and-dotenv",
    code: dedent`
      import dotenv from 'dotenv';
      declare const LOG: { info(...args: unknown[]): void };
      export function boot() {
        const result = dotenv.config();
        if (result.error) throw result.error;
        LOG.info('loaded env %o', result.parsed);
        LOG.info('connecting to %s', process.env.DATABASE_URL);
        const redisUrl = process.env.REDIS_URL ?? 'redis://localhost:6379';
        LOG.info('redis %s', redisUrl);
        LOG.info('mongo %s', process.env['MONGODB_URI']);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`result.parsed`, which carries the environment,","how":"","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 43,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"result.parsed"},
          output: dedent`
            import dotenv from 'dotenv';
            declare const LOG: { info(...args: unknown[]): void };
            export function boot() {
              const result = dotenv.config();
              if (result.error) throw result.error;
              LOG.info('loaded env %o', '<redacted>');
              LOG.info('connecting to %s', process.env.DATABASE_URL);
              const redisUrl = process.env.REDIS_URL ?? 'redis://localhost:6379';
              LOG.info('redis %s', redisUrl);
              LOG.info('mongo %s', process.env['MONGODB_URI']);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`process.env.DATABASE_URL` (a connection URL, with its password)","how":"","more":""},
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 57,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"process.env.DATABASE_URL"},
          output: dedent`
            import dotenv from 'dotenv';
            declare const LOG: { info(...args: unknown[]): void };
            export function boot() {
              const result = dotenv.config();
              if (result.error) throw result.error;
              LOG.info('loaded env %o', result.parsed);
              LOG.info('connecting to %s', '<redacted>');
              const redisUrl = process.env.REDIS_URL ?? 'redis://localhost:6379';
              LOG.info('redis %s', redisUrl);
              LOG.info('mongo %s', process.env['MONGODB_URI']);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`process.env.REDIS_URL` (a connection URL, with its password)","how":" through `redisUrl`","more":""},
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 33,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"redisUrl"},
          output: dedent`
            import dotenv from 'dotenv';
            declare const LOG: { info(...args: unknown[]): void };
            export function boot() {
              const result = dotenv.config();
              if (result.error) throw result.error;
              LOG.info('loaded env %o', result.parsed);
              LOG.info('connecting to %s', process.env.DATABASE_URL);
              const redisUrl = process.env.REDIS_URL ?? 'redis://localhost:6379';
              LOG.info('redis %s', '<redacted>');
              LOG.info('mongo %s', process.env['MONGODB_URI']);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`process.env['MONGODB_URI']` (a connection URL, with its password)","how":"","more":""},
        line: 10,
        column: 3,
        endLine: 10,
        endColumn: 51,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"process.env['MONGODB_URI']"},
          output: dedent`
            import dotenv from 'dotenv';
            declare const LOG: { info(...args: unknown[]): void };
            export function boot() {
              const result = dotenv.config();
              if (result.error) throw result.error;
              LOG.info('loaded env %o', result.parsed);
              LOG.info('connecting to %s', process.env.DATABASE_URL);
              const redisUrl = process.env.REDIS_URL ?? 'redis://localhost:6379';
              LOG.info('redis %s', redisUrl);
              LOG.info('mongo %s', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("errors thrown by functions of the file called in the try (helper-62 S-FN-4)", rule, {
  valid: [
  {
    name: "s-fn-4-errors-thrown-elsewhere-or-not-reaching-the-catch",
    code: dedent`
      declare const LOG: { error(...args: unknown[]): void };
      declare function post(url: string, body: unknown): Promise<{ status: number }>;
      function checkKey(apiKey: string) {
        if (apiKey.length !== 32) throw new Error('malformed API key', { cause: { length: apiKey.length } });
      }
      async function login(user: string, password: string) {
        const res = await post('/login', { user, password });
        if (res.status !== 200) throw new Error(\`login refused for \${user}:\${password}\`);
      }
      function guarded(password: string) {
        try {
          throw new Error(\`bad \${password}\`);
        } catch {
          throw new Error('bad password');
        }
      }
      export async function start(apiKey: string, user: string, password: string) {
        try {
          checkKey(apiKey);
          guarded(password);
        } catch (e) {
          LOG.error('bad config', e);
        }
        try {
          void login(user, password);
        } catch (e) {
          LOG.error('login', e);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "s-fn-4-errors-thrown-by-functions-of-the-file-called-in-the-try",
    code: dedent`
      declare const LOG: { error(...args: unknown[]): void };
      declare function post(url: string, body: unknown): Promise<{ status: number }>;
      function checkKey(apiKey: string) {
        if (!/^[A-Za-z0-9]{32}$/.test(apiKey)) throw new Error(\`malformed API key "\${apiKey}"\`);
      }
      async function login(user: string, password: string) {
        const res = await post('/login', { user, password });
        if (res.status !== 200) throw new Error(\`login refused for \${user}:\${password}\`);
      }
      export async function start(apiKey: string, user: string, password: string) {
        try {
          checkKey(apiKey);
        } catch (e) {
          LOG.error('bad config', e);
        }
        try {
          await login(user, password);
        } catch (e) {
          LOG.error('login', e);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`apiKey`","how":" through the template literal, `new Error(...)`, `checkKey()` and `e`","more":""},
        line: 14,
        column: 5,
        endLine: 14,
        endColumn: 31,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"e"},
          output: dedent`
            declare const LOG: { error(...args: unknown[]): void };
            declare function post(url: string, body: unknown): Promise<{ status: number }>;
            function checkKey(apiKey: string) {
              if (!/^[A-Za-z0-9]{32}$/.test(apiKey)) throw new Error(\`malformed API key "\${apiKey}"\`);
            }
            async function login(user: string, password: string) {
              const res = await post('/login', { user, password });
              if (res.status !== 200) throw new Error(\`login refused for \${user}:\${password}\`);
            }
            export async function start(apiKey: string, user: string, password: string) {
              try {
                checkKey(apiKey);
              } catch (e) {
                LOG.error('bad config', '<redacted>');
              }
              try {
                await login(user, password);
              } catch (e) {
                LOG.error('login', e);
              }
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`password`","how":" through the template literal, `new Error(...)`, `login()` and `e`","more":""},
        line: 19,
        column: 5,
        endLine: 19,
        endColumn: 26,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"e"},
          output: dedent`
            declare const LOG: { error(...args: unknown[]): void };
            declare function post(url: string, body: unknown): Promise<{ status: number }>;
            function checkKey(apiKey: string) {
              if (!/^[A-Za-z0-9]{32}$/.test(apiKey)) throw new Error(\`malformed API key "\${apiKey}"\`);
            }
            async function login(user: string, password: string) {
              const res = await post('/login', { user, password });
              if (res.status !== 200) throw new Error(\`login refused for \${user}:\${password}\`);
            }
            export async function start(apiKey: string, user: string, password: string) {
              try {
                checkKey(apiKey);
              } catch (e) {
                LOG.error('bad config', e);
              }
              try {
                await login(user, password);
              } catch (e) {
                LOG.error('login', '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a headers part made of values written out (helper-63 C-FP-4, C-MSG-2)", rule, {
  valid: [
  {
    name: "c-fp-4-a-headers-part-made-of-values-written-out",
    code: dedent`
      declare const log: { error(...args: unknown[]): void };
      export function request(accessKey: string) {
        const options: { method: string; headers?: Headers } = { method: 'GET' };
        options.headers = new Headers({ accept: 'application/json', accessKey });
        log.error('request options', options);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "c-fp-4-a-headers-part-made-with-a-secret",
    code: dedent`
      declare const log: { error(...args: unknown[]): void };
      export function request(token: string) {
        const options: { method: string; headers?: Headers } = { method: 'GET' };
        options.headers = new Headers({ Authorization: \`Bearer \${token}\` });
        log.error('request options', options);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"log.error","source":"`token`","how":" through the template literal, an object literal, `new Headers(...)`, a property assignment and `options`","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 40,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"options"},
          output: dedent`
            declare const log: { error(...args: unknown[]): void };
            export function request(token: string) {
              const options: { method: string; headers?: Headers } = { method: 'GET' };
              options.headers = new Headers({ Authorization: \`Bearer \${token}\` });
              log.error('request options', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("JSON.stringify with a replacer that redacts (helper-62 S-FP-2)", rule, {
  valid: [
  {
    name: "s-fp-2-json-stringify-with-a-redacting-replacer",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      const SENSITIVE = new Set(['password', 'token', 'apiKey', 'ipmi_password']);
      function redactKeys(key: string, value: unknown) {
        return SENSITIVE.has(key) ? '[REDACTED]' : value;
      }
      export function dump(driverInfo: Record<string, string>, creds: { user: string; password: string }, apiKey: string) {
        LOG.debug('driver_info %s', JSON.stringify(driverInfo, (k, v) => (SENSITIVE.has(k) ? '***' : v)));
        LOG.debug('creds %s', JSON.stringify(creds, (key, value) => {
          if (key === 'password') return undefined;
          return value;
        }));
        LOG.debug('cfg %s', JSON.stringify({ host: 'h', apiKey }, redactKeys, 2));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "s-fp-2-json-stringify-with-a-replacer-that-keeps-every-key",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function dump(creds: { user: string; password: string }) {
        LOG.debug('creds %s', JSON.stringify(creds, (k, v) => (typeof v === 'bigint' ? String(v) : v)));
        LOG.debug('creds %s', JSON.stringify(creds, (k, v) => v, 2));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`creds`, which carries secrets,","how":" through `JSON.stringify`","more":""},
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 98,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"creds"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function dump(creds: { user: string; password: string }) {
              LOG.debug('creds %s', JSON.stringify('<redacted>', (k, v) => (typeof v === 'bigint' ? String(v) : v)));
              LOG.debug('creds %s', JSON.stringify(creds, (k, v) => v, 2));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`creds`, which carries secrets,","how":" through `JSON.stringify`","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 63,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"creds"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function dump(creds: { user: string; password: string }) {
              LOG.debug('creds %s', JSON.stringify(creds, (k, v) => (typeof v === 'bigint' ? String(v) : v)));
              LOG.debug('creds %s', JSON.stringify('<redacted>', (k, v) => v, 2));
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a read of a map made here (helper-62 S-FN-2)", rule, {
  valid: [
  {
    name: "s-fn-2-a-read-of-a-map-made-here-by-a-clean-key",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function cache(host: string, user: string, password: string) {
        const byName = new Map<string, string>();
        byName.set('user', user);
        byName.set('pass', password);
        LOG.debug('user %s', byName.get('user'));
        const hosts = new Map<string, number>();
        hosts.set(host, 1);
        LOG.debug('attempts %s', hosts.get(host));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "s-fn-2-a-read-of-a-map-made-here",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function cache(host: string, password: string) {
        const pending = new Map<string, string>();
        pending.set(host, password);
        LOG.debug('pending %s', pending.get(host));
        const byName = new Map<string, string>();
        byName.set('user', 'admin');
        byName.set('secret', password);
        LOG.debug('secret %s', byName.get('secret'));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`password`","how":" through `pending` and `.get()`","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 45,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"pending.get(host)"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function cache(host: string, password: string) {
              const pending = new Map<string, string>();
              pending.set(host, password);
              LOG.debug('pending %s', '<redacted>');
              const byName = new Map<string, string>();
              byName.set('user', 'admin');
              byName.set('secret', password);
              LOG.debug('secret %s', byName.get('secret'));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`byName.get('secret')`","how":"","more":""},
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 47,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"byName.get('secret')"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function cache(host: string, password: string) {
              const pending = new Map<string, string>();
              pending.set(host, password);
              LOG.debug('pending %s', pending.get(host));
              const byName = new Map<string, string>();
              byName.set('user', 'admin');
              byName.set('secret', password);
              LOG.debug('secret %s', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

typedRuleTester.run("a secret-named record that refers to a secret, typed (helper-62 S-FP-3)", rule, {
  valid: [
  {
    name: "s-fp-3-a-secret-named-record-that-refers-to-a-secret",
    code: dedent`
      declare const LOG: { info(...args: unknown[]): void };
      interface V1KeyToPath { key: string; mode?: number; path: string }
      interface V1SecretVolumeSource { defaultMode?: number; items?: V1KeyToPath[]; optional?: boolean; secretName?: string }
      interface V1Volume { name: string; secret?: V1SecretVolumeSource }
      interface V1PodSpec { volumes?: V1Volume[] }
      export function describe(spec: V1PodSpec, vol: V1Volume) {
        LOG.info('volume %o', vol);
        LOG.info('mounting secret %o', vol.secret);
        LOG.info('volumes %o', spec.volumes);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "s-fp-3-a-secret-named-record-that-holds-its-value",
    code: dedent`
      declare const LOG: { info(...args: unknown[]): void };
      interface Session { token: { value: string; expiresAt: Date } }
      interface Resolved { secret: { secretName: string; value: string } }
      export function describe(session: Session, resolved: Resolved) {
        LOG.info('token %o', session.token);
        LOG.info('secret %o', resolved.secret);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`session.token`","how":"","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 38,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"session.token"},
          output: dedent`
            declare const LOG: { info(...args: unknown[]): void };
            interface Session { token: { value: string; expiresAt: Date } }
            interface Resolved { secret: { secretName: string; value: string } }
            export function describe(session: Session, resolved: Resolved) {
              LOG.info('token %o', '<redacted>');
              LOG.info('secret %o', resolved.secret);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`resolved.secret`","how":"","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 41,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"resolved.secret"},
          output: dedent`
            declare const LOG: { info(...args: unknown[]): void };
            interface Session { token: { value: string; expiresAt: Date } }
            interface Resolved { secret: { secretName: string; value: string } }
            export function describe(session: Session, resolved: Resolved) {
              LOG.info('token %o', session.token);
              LOG.info('secret %o', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("what a function of the file passes on is not what it makes (helper-62 S-FN-4, corpus follow-up)", rule, {
  valid: [
  {
    name: "s-fn-4-a-function-of-the-file-passing-on-what-it-caught",
    code: dedent`
      declare const log: { error(...args: unknown[]): void };
      declare function race(): Promise<string | Retry>;
      class Retry extends Error {}
      async function obtain(): Promise<string> {
        const token = await race();
        if (token instanceof Retry) throw token;
        return token;
      }
      export async function authorise(): Promise<void> {
        try {
          await obtain();
        } catch (err) {
          log.error('authorisation failed', err);
        }
      }
    `,
  },
  ],
  invalid: [

  ],
});

ruleTester.run("review follow-ups: replacers and messages made in a constructor (helper-64)", rule, {
  valid: [
  {
    name: "review-a-replacer-that-returns-nothing-for-a-secret",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function dump(creds: { user: string; password: string }) {
        LOG.debug('creds %s', JSON.stringify(creds, function (key, value) {
          if (key === 'password') return;
          return value;
        }));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "review-replacers-that-do-not-redact",
    code: dedent`
      declare const LOG: { debug(...args: unknown[]): void };
      export function dump(creds: { user: string; password: string }) {
        LOG.debug('creds %s', JSON.stringify(creds, (key, value) => (key !== '' && typeof value === 'object' ? '[Object]' : value)));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`creds`, which carries secrets,","how":" through `JSON.stringify`","more":""},
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 127,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"creds"},
          output: dedent`
            declare const LOG: { debug(...args: unknown[]): void };
            export function dump(creds: { user: string; password: string }) {
              LOG.debug('creds %s', JSON.stringify('<redacted>', (key, value) => (key !== '' && typeof value === 'object' ? '[Object]' : value)));
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "review-a-message-made-in-the-constructor",
    code: dedent`
      declare const LOG: { error(...args: unknown[]): void };
      class LoginError extends Error {
        constructor(user: string, password: string) {
          const text = \`login refused for \${user}:\${password}\`;
          super(text);
        }
      }
      export function fail(user: string, password: string) {
        LOG.error(new LoginError(user, password).message);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`password`","how":" through `new LoginError(...)`","more":""},
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 52,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            declare const LOG: { error(...args: unknown[]): void };
            class LoginError extends Error {
              constructor(user: string, password: string) {
                const text = \`login refused for \${user}:\${password}\`;
                super(text);
              }
            }
            export function fail(user: string, password: string) {
              LOG.error(new LoginError(user, '<redacted>').message);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("the Set-Cookie header", rule, {
  valid: [
  {
    name: "setter-named-values-stay-safe",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function configure(setToken: boolean, setPasswordPolicy: string) {
        LOG.debug('set token %s, policy %s', setToken, setPasswordPolicy);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "set-cookie-header-logged",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export async function login(res: Response, raw: { headers: Record<string, string | string[] | undefined> }) {
        LOG.debug('session cookie %s', res.headers.get('Set-Cookie'));
        LOG.debug('session cookie %o', raw.headers['set-cookie']);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`res.headers.get('Set-Cookie')`","how":"","more":""},
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 64,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"res.headers.get('Set-Cookie')"},
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            export async function login(res: Response, raw: { headers: Record<string, string | string[] | undefined> }) {
              LOG.debug('session cookie %s', '<redacted>');
              LOG.debug('session cookie %o', raw.headers['set-cookie']);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`raw.headers['set-cookie']`","how":"","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 60,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"raw.headers['set-cookie']"},
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            export async function login(res: Response, raw: { headers: Record<string, string | string[] | undefined> }) {
              LOG.debug('session cookie %s', res.headers.get('Set-Cookie'));
              LOG.debug('session cookie %o', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("pino's redact option", rule, {
  valid: [
  {
    name: "pino-redact-paths",
    code: dedent`
      import pino from 'pino';
      const logger = pino({ redact: ['password', 'auth.token', 'creds.password'] });
      export function login(user: string, password: string, token: string, creds: { user: string; password: string }) {
        logger.info({ user, password }, 'login');
        logger.info({ auth: { token, user } }, 'auth');
        logger.info({ creds }, 'credentials');
      }
    `,
  },
  {
    name: "pino-redact-object-form-child-and-field",
    code: dedent`
      import pino from 'pino';
      const REDACTED = ['password', '*.apiKey'];
      export class Driver {
        private readonly log = pino({ level: 'debug', redact: { paths: REDACTED, censor: '***' } }).child({ driver: 'ironic' });
        connect(password: string, bmc: { host: string; apiKey: string }) {
          this.log.debug({ password, bmc: { host: bmc.host, apiKey: bmc.apiKey } }, 'connecting');
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "pino-redact-does-not-cover",
    code: dedent`
      import pino from 'pino';
      const logger = pino({ redact: ['password', '*.apiKey'] });
      export function login(user: string, password: string, token: string, creds: { user: string; password: string }) {
        logger.info({ user, token }, 'token');
        logger.info('password %s', password);
        logger.info({ creds }, 'a wildcard path says nothing of creds.password');
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"`token`","how":" through an object literal","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 40,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"token"},
          output: dedent`
            import pino from 'pino';
            const logger = pino({ redact: ['password', '*.apiKey'] });
            export function login(user: string, password: string, token: string, creds: { user: string; password: string }) {
              logger.info({ user, token: '<redacted>' }, 'token');
              logger.info('password %s', password);
              logger.info({ creds }, 'a wildcard path says nothing of creds.password');
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"`password`","how":"","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            import pino from 'pino';
            const logger = pino({ redact: ['password', '*.apiKey'] });
            export function login(user: string, password: string, token: string, creds: { user: string; password: string }) {
              logger.info({ user, token }, 'token');
              logger.info('password %s', '<redacted>');
              logger.info({ creds }, 'a wildcard path says nothing of creds.password');
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"`creds`, which carries secrets,","how":" through an object literal","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 75,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"creds"},
          output: dedent`
            import pino from 'pino';
            const logger = pino({ redact: ['password', '*.apiKey'] });
            export function login(user: string, password: string, token: string, creds: { user: string; password: string }) {
              logger.info({ user, token }, 'token');
              logger.info('password %s', password);
              logger.info({ creds: '<redacted>' }, 'a wildcard path says nothing of creds.password');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "redact-option-of-another-logger",
    code: dedent`
      import winston from 'winston';
      const logger = winston.createLogger({ redact: ['password'] } as never);
      export function login(password: string) {
        logger.info({ password });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"`password`","how":" through an object literal","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 28,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            import winston from 'winston';
            const logger = winston.createLogger({ redact: ['password'] } as never);
            export function login(password: string) {
              logger.info({ password: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("JSON.parse and Object.freeze keep what they are given (helper-67 S-FN-1)", rule, {
  valid: [
  {
    name: "parse-of-plain-text-carries-nothing",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function f(body: string, settings: { host: string }) {
        LOG.debug('reply %o', JSON.parse(body));
        LOG.debug('settings %o', Object.freeze(settings));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "deep-copy-and-freeze-carry",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      declare const node: { driver_info: Record<string, string> };
      export function f(password: string) {
        const base = { host: 'bmc', password };
        LOG.debug('snapshot %o', JSON.parse(JSON.stringify(base)));
        const info = JSON.parse(JSON.stringify(node.driver_info));
        LOG.debug('info %o', info);
        LOG.debug('frozen %o', Object.freeze({ ...base }));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`password`","how":" through an object literal, `base`, `JSON.stringify` and `JSON.parse`","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 61,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"base"},
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            declare const node: { driver_info: Record<string, string> };
            export function f(password: string) {
              const base = { host: 'bmc', password };
              LOG.debug('snapshot %o', JSON.parse(JSON.stringify('<redacted>')));
              const info = JSON.parse(JSON.stringify(node.driver_info));
              LOG.debug('info %o', info);
              LOG.debug('frozen %o', Object.freeze({ ...base }));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`node.driver_info`, which carries secrets,","how":" through `JSON.stringify`, `JSON.parse` and `info`","more":""},
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 29,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"info"},
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            declare const node: { driver_info: Record<string, string> };
            export function f(password: string) {
              const base = { host: 'bmc', password };
              LOG.debug('snapshot %o', JSON.parse(JSON.stringify(base)));
              const info = JSON.parse(JSON.stringify(node.driver_info));
              LOG.debug('info %o', '<redacted>');
              LOG.debug('frozen %o', Object.freeze({ ...base }));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`password`","how":" through an object literal, `base`, a spread and `Object.freeze`","more":""},
        line: 8,
        column: 3,
        endLine: 8,
        endColumn: 53,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"{ ...base }"},
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            declare const node: { driver_info: Record<string, string> };
            export function f(password: string) {
              const base = { host: 'bmc', password };
              LOG.debug('snapshot %o', JSON.parse(JSON.stringify(base)));
              const info = JSON.parse(JSON.stringify(node.driver_info));
              LOG.debug('info %o', info);
              LOG.debug('frozen %o', Object.freeze('<redacted>'));
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a secret shown to be a falsy literal holds nothing (helper-67 S-FP-3)", rule, {
  valid: [
  {
    name: "empty-or-missing-secret-echoed",
    code: dedent`
      declare const LOG: { warn(...a: unknown[]): void };
      export function check(password: string | undefined, token: string, pin: number) {
        if (token === '') LOG.warn('empty token: %j', token);
        if (password == null || password === '') LOG.warn('password unset (%s)', password);
        if (pin !== 0) return;
        LOG.warn('pin is %d', pin);
        switch (password) {
          case undefined:
          case '':
            LOG.warn('no password: "%s"', password);
            break;
          default:
            break;
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "known-but-not-falsy-values-are-secrets",
    code: dedent`
      declare const LOG: { warn(...a: unknown[]): void };
      export function check(password: string | undefined, token: string) {
        if (token === 'changeme') LOG.warn('default token: %s', token);
        if (token == '') LOG.warn('loosely empty token: %j', token);
        if (password == null || password.length < 8) LOG.warn('weak password (%s)', password);
        switch (password) {
          case 'admin':
          case '':
            LOG.warn('bad password: "%s"', password);
            break;
          default:
            break;
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.warn","source":"`token`","how":"","more":""},
        line: 3,
        column: 29,
        endLine: 3,
        endColumn: 65,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"token"},
          output: dedent`
            declare const LOG: { warn(...a: unknown[]): void };
            export function check(password: string | undefined, token: string) {
              if (token === 'changeme') LOG.warn('default token: %s', '<redacted>');
              if (token == '') LOG.warn('loosely empty token: %j', token);
              if (password == null || password.length < 8) LOG.warn('weak password (%s)', password);
              switch (password) {
                case 'admin':
                case '':
                  LOG.warn('bad password: "%s"', password);
                  break;
                default:
                  break;
              }
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.warn","source":"`token`","how":"","more":""},
        line: 4,
        column: 20,
        endLine: 4,
        endColumn: 62,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"token"},
          output: dedent`
            declare const LOG: { warn(...a: unknown[]): void };
            export function check(password: string | undefined, token: string) {
              if (token === 'changeme') LOG.warn('default token: %s', token);
              if (token == '') LOG.warn('loosely empty token: %j', '<redacted>');
              if (password == null || password.length < 8) LOG.warn('weak password (%s)', password);
              switch (password) {
                case 'admin':
                case '':
                  LOG.warn('bad password: "%s"', password);
                  break;
                default:
                  break;
              }
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.warn","source":"`password`","how":"","more":""},
        line: 5,
        column: 48,
        endLine: 5,
        endColumn: 88,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            declare const LOG: { warn(...a: unknown[]): void };
            export function check(password: string | undefined, token: string) {
              if (token === 'changeme') LOG.warn('default token: %s', token);
              if (token == '') LOG.warn('loosely empty token: %j', token);
              if (password == null || password.length < 8) LOG.warn('weak password (%s)', '<redacted>');
              switch (password) {
                case 'admin':
                case '':
                  LOG.warn('bad password: "%s"', password);
                  break;
                default:
                  break;
              }
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.warn","source":"`password`","how":"","more":""},
        line: 9,
        column: 7,
        endLine: 9,
        endColumn: 47,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            declare const LOG: { warn(...a: unknown[]): void };
            export function check(password: string | undefined, token: string) {
              if (token === 'changeme') LOG.warn('default token: %s', token);
              if (token == '') LOG.warn('loosely empty token: %j', token);
              if (password == null || password.length < 8) LOG.warn('weak password (%s)', password);
              switch (password) {
                case 'admin':
                case '':
                  LOG.warn('bad password: "%s"', '<redacted>');
                  break;
                default:
                  break;
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("the errors of commands run with a secret quote the command line (helper-67 S-FN-4)", rule, {
  valid: [
  {
    name: "command-errors-without-secrets-or-their-command",
    code: dedent`
      import { execSync } from 'node:child_process';
      declare const LOG: { error(...a: unknown[]): void };
      export function status(host: string, password: string) {
        try {
          execSync(\`ipmitool -H \${host} chassis status\`);
        } catch (e) {
          LOG.error('status failed: %o', e);
        }
        try {
          execSync(\`ipmitool -H \${host} -P \${password} chassis status\`);
        } catch (e) {
          LOG.error('status failed with code %d', (e as { status: number }).status);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "command-errors-quote-their-command",
    code: dedent`
      import { exec, execFile, execSync } from 'node:child_process';
      import { promisify } from 'node:util';
      declare const LOG: { error(...a: unknown[]): void };
      const execFileAsync = promisify(execFile);
      export async function power(host: string, password: string) {
        try {
          await execFileAsync('ipmitool', ['-H', host, '-U', 'admin', '-P', password, 'power', 'on']);
        } catch (err) {
          LOG.error('power on failed: %s', (err as Error).message);
        }
        exec(\`ipmitool -H \${host} -P \${password} power off\`, (err) => {
          if (err) LOG.error(\`power off failed: \${err.message}\`);
        });
        try {
          execSync(\`ipmitool -H \${host} -P \${password} chassis status\`);
        } catch (e) {
          LOG.error('status failed: %o', e);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`(err as Error).message`, which quotes the command `execFileAsync` ran with `password`,","how":"","more":""},
        line: 9,
        column: 5,
        endLine: 9,
        endColumn: 61,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"(err as Error).message"},
          output: dedent`
            import { exec, execFile, execSync } from 'node:child_process';
            import { promisify } from 'node:util';
            declare const LOG: { error(...a: unknown[]): void };
            const execFileAsync = promisify(execFile);
            export async function power(host: string, password: string) {
              try {
                await execFileAsync('ipmitool', ['-H', host, '-U', 'admin', '-P', password, 'power', 'on']);
              } catch (err) {
                LOG.error('power on failed: %s', '<redacted>');
              }
              exec(\`ipmitool -H \${host} -P \${password} power off\`, (err) => {
                if (err) LOG.error(\`power off failed: \${err.message}\`);
              });
              try {
                execSync(\`ipmitool -H \${host} -P \${password} chassis status\`);
              } catch (e) {
                LOG.error('status failed: %o', e);
              }
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`err.message`, which quotes the command `exec` ran with `password`,","how":" through the template literal","more":""},
        line: 12,
        column: 14,
        endLine: 12,
        endColumn: 59,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"err.message"},
          output: dedent`
            import { exec, execFile, execSync } from 'node:child_process';
            import { promisify } from 'node:util';
            declare const LOG: { error(...a: unknown[]): void };
            const execFileAsync = promisify(execFile);
            export async function power(host: string, password: string) {
              try {
                await execFileAsync('ipmitool', ['-H', host, '-U', 'admin', '-P', password, 'power', 'on']);
              } catch (err) {
                LOG.error('power on failed: %s', (err as Error).message);
              }
              exec(\`ipmitool -H \${host} -P \${password} power off\`, (err) => {
                if (err) LOG.error(\`power off failed: \${'<redacted>'}\`);
              });
              try {
                execSync(\`ipmitool -H \${host} -P \${password} chassis status\`);
              } catch (e) {
                LOG.error('status failed: %o', e);
              }
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`e`, the error of `execSync`, which quotes the command run with `password`,","how":"","more":""},
        line: 17,
        column: 5,
        endLine: 17,
        endColumn: 38,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"e"},
          output: dedent`
            import { exec, execFile, execSync } from 'node:child_process';
            import { promisify } from 'node:util';
            declare const LOG: { error(...a: unknown[]): void };
            const execFileAsync = promisify(execFile);
            export async function power(host: string, password: string) {
              try {
                await execFileAsync('ipmitool', ['-H', host, '-U', 'admin', '-P', password, 'power', 'on']);
              } catch (err) {
                LOG.error('power on failed: %s', (err as Error).message);
              }
              exec(\`ipmitool -H \${host} -P \${password} power off\`, (err) => {
                if (err) LOG.error(\`power off failed: \${err.message}\`);
              });
              try {
                execSync(\`ipmitool -H \${host} -P \${password} chassis status\`);
              } catch (e) {
                LOG.error('status failed: %o', '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "execa-error-quotes-its-command",
    code: dedent`
      import { execa } from 'execa';
      declare const LOG: { error(...a: unknown[]): void };
      export async function login(user: string, token: string) {
        try {
          await execa('gh', ['auth', 'login', '--with-token', token]);
        } catch (error) {
          LOG.error('login failed: %s', (error as { command: string }).command);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`(error as { command: string }).command`, which quotes the command `execa` ran with `token`,","how":"","more":""},
        line: 7,
        column: 5,
        endLine: 7,
        endColumn: 74,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"(error as { command: string }).command"},
          output: dedent`
            import { execa } from 'execa';
            declare const LOG: { error(...a: unknown[]): void };
            export async function login(user: string, token: string) {
              try {
                await execa('gh', ['auth', 'login', '--with-token', token]);
              } catch (error) {
                LOG.error('login failed: %s', '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("what a class writes into parts of a field (helper-67 S-FN-6)", rule, {
  valid: [
  {
    name: "parts-written-with-plain-values",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export class BmcClient {
        private opts = { headers: {} as Record<string, string>, timeout: 5000 };
        private hosts: string[] = [];
        private seen = new Map<string, number>();
        add(host: string, timeout: number) {
          this.opts.headers.Accept = 'application/json';
          this.opts.timeout = timeout;
          this.hosts.push(host);
          this.seen.set(host, Date.now());
        }
        dump() {
          LOG.debug('request %o %o %o', this.opts, this.hosts, this.seen);
        }
      }
    `,
  },
  {
    name: "another-objects-parts-say-nothing",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export class Pool {
        private opts = { retries: 3 };
        adopt(other: { opts: { token?: string } }, token: string) {
          other.opts.token = token;
          const nested = function (this: { opts: { token?: string } }) {
            this.opts.token = token;
          };
          return nested;
        }
        dump() {
          LOG.debug('pool %o', this.opts);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "writes-into-parts-of-a-field",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export class BmcClient {
        private headers: Record<string, string> = {};
        private opts = { headers: {} as Record<string, string>, timeout: 5000 };
        private sessions = new Map<string, string>();
        login(host: string, token: string) {
          this.headers['X-Auth-Token'] = token;
          this.opts.headers.Authorization = \`Bearer \${token}\`;
          this.sessions.set(host, token);
        }
        dump() {
          LOG.debug('request %o %o', this.opts, this.sessions);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`token`","how":" through the template literal and `this.opts`","more":", as does `token` (through `this.sessions`)"},
        line: 12,
        column: 5,
        endLine: 12,
        endColumn: 57,
        suggestions: [
        {
          messageId: "suggestRedactAll",
          data: {"expression":"this.opts","others":"1 other leaking value"},
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            export class BmcClient {
              private headers: Record<string, string> = {};
              private opts = { headers: {} as Record<string, string>, timeout: 5000 };
              private sessions = new Map<string, string>();
              login(host: string, token: string) {
                this.headers['X-Auth-Token'] = token;
                this.opts.headers.Authorization = \`Bearer \${token}\`;
                this.sessions.set(host, token);
              }
              dump() {
                LOG.debug('request %o %o', '<redacted>', '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a command's options are not part of the command line its error quotes", rule, {
  valid: [
  {
    name: "command-options-are-not-quoted",
    code: dedent`
      import { execaCommand } from 'execa';
      import { execSync } from 'node:child_process';
      declare const logger: { error(...a: unknown[]): void };
      export async function build(command: string, token: string) {
        try {
          await execaCommand(command, { shell: true, env: { ...process.env, API_TOKEN: token } });
        } catch (e) {
          logger.error(e);
        }
        try {
          execSync('make deploy', { env: { API_TOKEN: token } });
        } catch (e) {
          logger.error(e);
        }
      }
    `,
  },
  ],
  invalid: [

  ],
});

ruleTester.run("bindings set on a logger after it is made: pino's setBindings, log4js's addContext (helper-67 S-FN-3)", rule, {
  valid: [
  {
    name: "bindings-of-plain-values",
    code: dedent`
      import pino from 'pino';
      import log4js from 'log4js';
      const plog = pino();
      const l4 = log4js.getLogger('bmc');
      export function login(host: string, user: string) {
        plog.setBindings({ host });
        l4.addContext('user', user);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "bindings-set-after-creation",
    code: dedent`
      import pino from 'pino';
      import log4js from 'log4js';
      const plog = pino();
      const l4 = log4js.getLogger('bmc');
      export function login(token: string, apiKey: string) {
        plog.setBindings({ session: token });
        l4.addContext('apiKey', apiKey);
      }
    `,
    errors: [
      {
        messageId: "secretInBindings",
        data: {"sink":"plog.setBindings","source":"`token`","how":" through an object literal","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"token"},
          output: dedent`
            import pino from 'pino';
            import log4js from 'log4js';
            const plog = pino();
            const l4 = log4js.getLogger('bmc');
            export function login(token: string, apiKey: string) {
              plog.setBindings({ session: '<redacted>' });
              l4.addContext('apiKey', apiKey);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretInBindings",
        data: {"sink":"l4.addContext","source":"`apiKey`","how":"","more":""},
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 34,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"apiKey"},
          output: dedent`
            import pino from 'pino';
            import log4js from 'log4js';
            const plog = pino();
            const l4 = log4js.getLogger('bmc');
            export function login(token: string, apiKey: string) {
              plog.setBindings({ session: token });
              l4.addContext('apiKey', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("an allow-list of keys read off a carrier (helper-67 S-FP-5)", rule, {
  valid: [
  {
    name: "allow-listed-keys-of-a-carrier",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      declare const node: { driver_info: Record<string, string> };
      const SAFE_KEYS = ['ipmi_address', 'ipmi_username', 'ipmi_port'] as const;
      export function show() {
        const di = node.driver_info;
        for (const k of SAFE_KEYS) LOG.debug('%s=%s', k, di[k]);
        LOG.debug('driver_info %o', Object.fromEntries(SAFE_KEYS.map((k) => [k, di[k]])));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a-listed-key-that-is-a-secret",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      declare const node: { driver_info: Record<string, string> };
      const SHOWN = ['ipmi_address', 'ipmi_password'];
      export function show() {
        const di = node.driver_info;
        for (const k of SHOWN) LOG.debug('%s=%s', k, di[k]);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.debug","source":"`di[k]`","how":"","more":""},
        line: 6,
        column: 26,
        endLine: 6,
        endColumn: 54,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"di[k]"},
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            declare const node: { driver_info: Record<string, string> };
            const SHOWN = ['ipmi_address', 'ipmi_password'];
            export function show() {
              const di = node.driver_info;
              for (const k of SHOWN) LOG.debug('%s=%s', k, '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: modes, supported lists, call variants, lookups by a secret and tables of places", rule, {
  valid: [
  {
    name: "descriptors-locations-and-lookups-by-a-secret",
    code: dedent`
      declare const logger: { debug(msg: string): void; log(level: string, msg: string): void; error(msg: string): void };
      declare const getters: { paths(): Record<string, string> };
      declare const DIRS: { secrets: string };
      declare function getCredentialPathAsync(account: string): Promise<string | undefined>;
      declare function getProjectIdByApiKey(apiKey: string): string;
      interface Provider { id: string; authorizationRuleMode?: string }
      interface Metadata { token_endpoint_auth_methods_supported?: string[] }
      export async function describe(provider: Provider, metadata: Metadata, account: string, apiKey: string): Promise<void> {
        logger.debug(\`Authorization rule mode: \${provider.authorizationRuleMode || 'or'}\`);
        logger.debug(\`Token endpoint auth methods: \${metadata.token_endpoint_auth_methods_supported?.join(', ')}\`);
        const credPath = await getCredentialPathAsync(account);
        logger.log('DEBUG', \`Setting GAC to \${credPath}\`);
        logger.log('WARN', \`Requested project ID \${getProjectIdByApiKey(apiKey)}\`);
        logger.error(\`API key directory does not exist: \${getters.paths()['auth-keys']}\`);
        logger.error(\`secrets live in \${DIRS.secrets}\`);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "secrets-by-their-own-names",
    code: dedent`
      declare const logger: { debug(msg: string): void };
      declare function readTokenAsync(account: string): Promise<string>;
      declare const secrets: Record<string, string>;
      export async function show(account: string, user: string): Promise<void> {
        logger.debug(\`token \${await readTokenAsync(account)}\`);
        logger.debug(\`db \${secrets['db-password']}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.debug","source":"`readTokenAsync(account)`","how":" through the template literal","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 57,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"await readTokenAsync(account)"},
          output: dedent`
            declare const logger: { debug(msg: string): void };
            declare function readTokenAsync(account: string): Promise<string>;
            declare const secrets: Record<string, string>;
            export async function show(account: string, user: string): Promise<void> {
              logger.debug(\`token \${'<redacted>'}\`);
              logger.debug(\`db \${secrets['db-password']}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.debug","source":"`secrets['db-password']`","how":" through the template literal","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 47,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"secrets['db-password']"},
          output: dedent`
            declare const logger: { debug(msg: string): void };
            declare function readTokenAsync(account: string): Promise<string>;
            declare const secrets: Record<string, string>;
            export async function show(account: string, user: string): Promise<void> {
              logger.debug(\`token \${await readTokenAsync(account)}\`);
              logger.debug(\`db \${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: a helper logging its parameter only as text", rule, {
  valid: [
  {
    name: "request-error-logged-as-text-in-a-helper",
    code: dedent`
      import got from 'got';
      declare const logger: { error(msg: string): void };
      export class Rclone {
        private readonly password = process.argv[2];
        async call(url: string): Promise<unknown> {
          try {
            return (await got.post(url, { headers: { Authorization: \`Basic \${this.password}\` } })).body;
          } catch (error: unknown) {
            this.handleApiError(error);
          }
        }
        private handleApiError(error: unknown): never {
          logger.error(\`Unknown error calling API: \${String(error)}\`);
          throw new Error('failed');
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "request-error-logged-whole-in-a-helper-or-secret-as-text",
    code: dedent`
      import got from 'got';
      declare const logger: { error(msg: string, ...meta: unknown[]): void };
      function describe(error: unknown): void {
        logger.error(\`calling API: \${String(error)}\`);
      }
      function report(error: unknown): void {
        logger.error(\`calling API: \${String(error)}\`);
        logger.error('details', error);
      }
      export async function call(url: string, password: string): Promise<unknown> {
        try {
          return (await got.post(url, { headers: { Authorization: \`Basic \${password}\` } })).body;
        } catch (error: unknown) {
          report(error);
          describe(password);
          throw new Error('failed');
        }
      }
    `,
    errors: [
      {
        messageId: "secretThroughWrapper",
        data: {"wrapper":"report","parameter":"error","sink":"logger.error","line":"8","source":"`error`, the error of `got.post`, which holds the request made with `password`,","how":"","more":""},
        line: 14,
        column: 5,
        endLine: 14,
        endColumn: 18,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"error"},
          output: dedent`
            import got from 'got';
            declare const logger: { error(msg: string, ...meta: unknown[]): void };
            function describe(error: unknown): void {
              logger.error(\`calling API: \${String(error)}\`);
            }
            function report(error: unknown): void {
              logger.error(\`calling API: \${String(error)}\`);
              logger.error('details', error);
            }
            export async function call(url: string, password: string): Promise<unknown> {
              try {
                return (await got.post(url, { headers: { Authorization: \`Basic \${password}\` } })).body;
              } catch (error: unknown) {
                report('<redacted>');
                describe(password);
                throw new Error('failed');
              }
            }
          `,
        },
        ],
      },
      {
        messageId: "secretThroughWrapper",
        data: {"wrapper":"describe","parameter":"error","sink":"logger.error","line":"4","source":"`password`","how":"","more":""},
        line: 15,
        column: 5,
        endLine: 15,
        endColumn: 23,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            import got from 'got';
            declare const logger: { error(msg: string, ...meta: unknown[]): void };
            function describe(error: unknown): void {
              logger.error(\`calling API: \${String(error)}\`);
            }
            function report(error: unknown): void {
              logger.error(\`calling API: \${String(error)}\`);
              logger.error('details', error);
            }
            export async function call(url: string, password: string): Promise<unknown> {
              try {
                return (await got.post(url, { headers: { Authorization: \`Basic \${password}\` } })).body;
              } catch (error: unknown) {
                report(error);
                describe('<redacted>');
                throw new Error('failed');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: review of tables that hold what is there", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "review-files-and-endpoints-hold-what-is-there",
    code: dedent`
      declare const logger: { info(m: string, v: unknown): void };
      declare function getFiles(): Record<string, string>;
      declare function loadEndpoints(): { url: string; apiKey: string };
      export function show(): void {
        const files = getFiles();
        logger.info('key', files.privateKey);
        logger.info('ep', loadEndpoints().apiKey);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"`files.privateKey`","how":"","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"files.privateKey"},
          output: dedent`
            declare const logger: { info(m: string, v: unknown): void };
            declare function getFiles(): Record<string, string>;
            declare function loadEndpoints(): { url: string; apiKey: string };
            export function show(): void {
              const files = getFiles();
              logger.info('key', '<redacted>');
              logger.info('ep', loadEndpoints().apiKey);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"`loadEndpoints().apiKey`","how":"","more":""},
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 44,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"loadEndpoints().apiKey"},
          output: dedent`
            declare const logger: { info(m: string, v: unknown): void };
            declare function getFiles(): Record<string, string>;
            declare function loadEndpoints(): { url: string; apiKey: string };
            export function show(): void {
              const files = getFiles();
              logger.info('key', files.privateKey);
              logger.info('ep', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: connection URLs taken out of process.env", rule, {
  valid: [
  {
    name: "environment-names-that-are-no-connection-urls",
    code: dedent`
      declare const logger: { info(m: string): void };
      export function start(): void {
        const { PORT, DATABASE_NAME, NODE_ENV } = process.env;
        logger.info(\`listening on \${PORT} for \${DATABASE_NAME} in \${NODE_ENV}\`);
        const env = process.env;
        logger.info(\`mode \${env.NODE_ENV}\`);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "connection-urls-destructured-or-read-off-an-alias",
    code: dedent`
      declare const logger: { info(m: string): void };
      export function start(): void {
        const { DATABASE_URL, REDIS_URL: redis } = process.env;
        logger.info(\`connecting to \${DATABASE_URL}\`);
        logger.info(\`cache \${redis}\`);
        const env = process.env;
        logger.info(\`mongo \${env.MONGODB_URI}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"`DATABASE_URL` (a connection URL from the environment, with its password)","how":" through the template literal","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 47,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"DATABASE_URL"},
          output: dedent`
            declare const logger: { info(m: string): void };
            export function start(): void {
              const { DATABASE_URL, REDIS_URL: redis } = process.env;
              logger.info(\`connecting to \${'<redacted>'}\`);
              logger.info(\`cache \${redis}\`);
              const env = process.env;
              logger.info(\`mongo \${env.MONGODB_URI}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"`redis` (a connection URL from the environment, with its password)","how":" through the template literal","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 32,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"redis"},
          output: dedent`
            declare const logger: { info(m: string): void };
            export function start(): void {
              const { DATABASE_URL, REDIS_URL: redis } = process.env;
              logger.info(\`connecting to \${DATABASE_URL}\`);
              logger.info(\`cache \${'<redacted>'}\`);
              const env = process.env;
              logger.info(\`mongo \${env.MONGODB_URI}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"`env.MONGODB_URI` (a connection URL, with its password)","how":" through the template literal","more":""},
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 42,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"env.MONGODB_URI"},
          output: dedent`
            declare const logger: { info(m: string): void };
            export function start(): void {
              const { DATABASE_URL, REDIS_URL: redis } = process.env;
              logger.info(\`connecting to \${DATABASE_URL}\`);
              logger.info(\`cache \${redis}\`);
              const env = process.env;
              logger.info(\`mongo \${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("no-secrets-in-logs: a value read by a key out of a table of secrets", rule, {
  valid: [
  {
    name: "elements-of-tables-of-other-things",
    code: dedent`
      declare const logger: { info(m: string): void };
      declare const tokens: string[];
      declare const secretNames: Record<string, string>;
      declare const tokenCounts: Map<string, number>;
      declare const headers: Record<string, string>;
      declare const credentials: Record<string, string>;
      export function show(i: number, model: string, field: string): void {
        logger.info(\`lexer \${tokens[i]}\`);
        logger.info(\`name \${secretNames[field]}\`);
        logger.info(\`count \${tokenCounts.get(model)}\`);
        logger.info(\`header \${headers[field]}\`);
        logger.info(\`field \${credentials[field]}\`);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "elements-of-tables-of-secrets",
    code: dedent`
      declare const logger: { info(m: string): void };
      declare const tokenByUser: Record<string, string>;
      declare const passwords: Record<string, string>;
      declare const secrets: Map<string, string>;
      declare const apiKeys: string[];
      export function show(user: string, host: string, i: number): void {
        logger.info(\`t \${tokenByUser[user]}\`);
        logger.info(\`p \${passwords[host]}\`);
        logger.info(\`s \${secrets.get(host)}\`);
        logger.info(\`k \${apiKeys[i]}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"`tokenByUser[user]` (read out of a table of secrets)","how":" through the template literal","more":""},
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 40,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"tokenByUser[user]"},
          output: dedent`
            declare const logger: { info(m: string): void };
            declare const tokenByUser: Record<string, string>;
            declare const passwords: Record<string, string>;
            declare const secrets: Map<string, string>;
            declare const apiKeys: string[];
            export function show(user: string, host: string, i: number): void {
              logger.info(\`t \${'<redacted>'}\`);
              logger.info(\`p \${passwords[host]}\`);
              logger.info(\`s \${secrets.get(host)}\`);
              logger.info(\`k \${apiKeys[i]}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"`passwords[host]` (read out of a table of secrets)","how":" through the template literal","more":""},
        line: 8,
        column: 3,
        endLine: 8,
        endColumn: 38,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"passwords[host]"},
          output: dedent`
            declare const logger: { info(m: string): void };
            declare const tokenByUser: Record<string, string>;
            declare const passwords: Record<string, string>;
            declare const secrets: Map<string, string>;
            declare const apiKeys: string[];
            export function show(user: string, host: string, i: number): void {
              logger.info(\`t \${tokenByUser[user]}\`);
              logger.info(\`p \${'<redacted>'}\`);
              logger.info(\`s \${secrets.get(host)}\`);
              logger.info(\`k \${apiKeys[i]}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"`secrets.get(host)` (read out of a table of secrets)","how":" through the template literal","more":""},
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 40,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"secrets.get(host)"},
          output: dedent`
            declare const logger: { info(m: string): void };
            declare const tokenByUser: Record<string, string>;
            declare const passwords: Record<string, string>;
            declare const secrets: Map<string, string>;
            declare const apiKeys: string[];
            export function show(user: string, host: string, i: number): void {
              logger.info(\`t \${tokenByUser[user]}\`);
              logger.info(\`p \${passwords[host]}\`);
              logger.info(\`s \${'<redacted>'}\`);
              logger.info(\`k \${apiKeys[i]}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"`apiKeys[i]` (read out of a table of secrets)","how":" through the template literal","more":""},
        line: 10,
        column: 3,
        endLine: 10,
        endColumn: 33,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"apiKeys[i]"},
          output: dedent`
            declare const logger: { info(m: string): void };
            declare const tokenByUser: Record<string, string>;
            declare const passwords: Record<string, string>;
            declare const secrets: Map<string, string>;
            declare const apiKeys: string[];
            export function show(user: string, host: string, i: number): void {
              logger.info(\`t \${tokenByUser[user]}\`);
              logger.info(\`p \${passwords[host]}\`);
              logger.info(\`s \${secrets.get(host)}\`);
              logger.info(\`k \${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

typedRuleTester.run("no-secrets-in-logs (typed): an object turned into text prints what its toString returns", rule, {
  valid: [
  {
    name: "object-without-its-own-to-string-prints-object-object",
    code: dedent`
      interface Creds { user: string; password: string }
      class Session {
        constructor(private readonly creds: Creds, readonly host: string) {}
      }
      export function show(session: Session, creds: Creds, table: Record<string, string>, maybe: Session | undefined) {
        LOG.info(\`session \${session}\`);
        LOG.info('session ' + String(session));
        LOG.info(\`creds \${creds}\`);
        LOG.info('table ' + table);
        LOG.info(\`maybe \${maybe}\`);
      }
    `,
  },
  {
    name: "to-string-of-the-file-returning-what-may-be-shown",
    code: dedent`
      interface Creds { user: string; password: string }
      class Device {
        constructor(private readonly creds: Creds, readonly host: string) {}
        toString(): string {
          return \`Device(\${this.host})\`;
        }
        describe(): void {
          LOG.debug(\`using \${this}\`);
        }
      }
      export function show(device: Device) {
        LOG.info(\`device \${device}\`);
        LOG.info('device %s', device.toString());
      }
    `,
  },
  ],
  invalid: [
  {
    name: "to-string-of-the-file-returning-the-password",
    code: dedent`
      interface Creds { user: string; password: string }
      class Device {
        constructor(private readonly creds: Creds, readonly host: string) {}
        toString(): string {
          return \`Device(\${this.host}, \${this.creds.password})\`;
        }
      }
      export function show(device: Device) {
        LOG.info(\`device \${device}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`this.creds.password`","how":" through the template literal, `toString()` and the template literal","more":""},
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 31,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"`device ${device}`"},
          output: dedent`
            interface Creds { user: string; password: string }
            class Device {
              constructor(private readonly creds: Creds, readonly host: string) {}
              toString(): string {
                return \`Device(\${this.host}, \${this.creds.password})\`;
              }
            }
            export function show(device: Device) {
              LOG.info('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "array-and-error-text-show-their-contents",
    code: dedent`
      export function show(passwords: string[], password: string) {
        LOG.info(\`passwords \${passwords}\`);
        const failure = new Error(\`login failed with \${password}\`);
        LOG.info('failed: ' + failure);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`passwords`, which carries secrets,","how":" through the template literal","more":""},
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 37,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"passwords"},
          output: dedent`
            export function show(passwords: string[], password: string) {
              LOG.info(\`passwords \${'<redacted>'}\`);
              const failure = new Error(\`login failed with \${password}\`);
              LOG.info('failed: ' + failure);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`password`","how":" through the template literal, `new Error(...)`, `failure` and concatenation","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 33,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"failure"},
          output: dedent`
            export function show(passwords: string[], password: string) {
              LOG.info(\`passwords \${passwords}\`);
              const failure = new Error(\`login failed with \${password}\`);
              LOG.info('failed: ' + '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "to-string-of-another-library-is-judged-by-what-it-holds",
    code: dedent`
      interface Creds { user: string; password: string }
      declare class Remote {
        constructor(creds: Creds);
        creds: Creds;
        toString(): string;
      }
      export function show(remote: Remote) {
        LOG.info(\`remote \${remote}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`remote` (its type carries `creds.password`)","how":" through the template literal","more":""},
        line: 8,
        column: 3,
        endLine: 8,
        endColumn: 31,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"remote"},
          output: dedent`
            interface Creds { user: string; password: string }
            declare class Remote {
              constructor(creds: Creds);
              creds: Creds;
              toString(): string;
            }
            export function show(remote: Remote) {
              LOG.info(\`remote \${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

typedRuleTester.run("no-secrets-in-logs (typed): what an object prints, where its type does not say (review)", rule, {
  valid: [
  {
    name: "helper-parameter-given-a-plain-object",
    code: dedent`
      interface Creds { user: string; password: string }
      function show(label: string, v: Creds) {
        LOG.info(\`\${label} \${v}\`);
      }
      export function run(creds: Creds) {
        show('creds', creds);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "value-typed-as-an-empty-object-may-be-a-string",
    code: dedent`
      interface Creds { user: string; password: string }
      export function show(creds: Creds) {
        const held: {} = creds.password;
        const boxed: Object = creds.password;
        LOG.info(\`held \${held}\`);
        LOG.info(\`boxed \${boxed}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`creds.password`","how":" through `held` and the template literal","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 27,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"held"},
          output: dedent`
            interface Creds { user: string; password: string }
            export function show(creds: Creds) {
              const held: {} = creds.password;
              const boxed: Object = creds.password;
              LOG.info(\`held \${'<redacted>'}\`);
              LOG.info(\`boxed \${boxed}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`creds.password`","how":" through `boxed` and the template literal","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 29,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"boxed"},
          output: dedent`
            interface Creds { user: string; password: string }
            export function show(creds: Creds) {
              const held: {} = creds.password;
              const boxed: Object = creds.password;
              LOG.info(\`held \${held}\`);
              LOG.info(\`boxed \${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "helper-parameter-typed-as-an-interface-given-a-class-that-prints-more",
    code: dedent`
      interface Creds { user: string; password: string }
      interface HasHost { host: string }
      class LeakyHost implements HasHost {
        constructor(readonly host: string, private readonly creds: Creds) {}
        toString(): string {
          return this.creds.password;
        }
      }
      function show(label: string, v: HasHost) {
        LOG.info(\`\${label} \${v}\`);
      }
      export function run(creds: Creds) {
        show('host', new LeakyHost('h', creds));
      }
    `,
    errors: [
      {
        messageId: "secretThroughWrapper",
        data: {"wrapper":"show","parameter":"v","sink":"LOG.info","line":"10","source":"`new LeakyHost('h', creds)` (its type carries `creds.password`)","how":"","more":""},
        line: 13,
        column: 3,
        endLine: 13,
        endColumn: 42,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"new LeakyHost('h', creds)"},
          output: dedent`
            interface Creds { user: string; password: string }
            interface HasHost { host: string }
            class LeakyHost implements HasHost {
              constructor(readonly host: string, private readonly creds: Creds) {}
              toString(): string {
                return this.creds.password;
              }
            }
            function show(label: string, v: HasHost) {
              LOG.info(\`\${label} \${v}\`);
            }
            export function run(creds: Creds) {
              show('host', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "class-with-a-to-string-tag-prints-the-tag",
    code: dedent`
      interface Creds { user: string; password: string }
      class Tagged {
        constructor(private readonly creds: Creds) {}
        get [Symbol.toStringTag](): string {
          return this.creds.password;
        }
      }
      export function show(tagged: Tagged) {
        LOG.info(\`tagged \${tagged}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.info","source":"`tagged` (its type carries `creds.password`)","how":" through the template literal","more":""},
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 31,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"tagged"},
          output: dedent`
            interface Creds { user: string; password: string }
            class Tagged {
              constructor(private readonly creds: Creds) {}
              get [Symbol.toStringTag](): string {
                return this.creds.password;
              }
            }
            export function show(tagged: Tagged) {
              LOG.info(\`tagged \${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("carrier keys, pass lists, JWTs (helper-75)", rule, {
  valid: [
  {
    name: "carrier-named-variable-written-out-here-under-its-own-key",
    code: dedent`
      export function describeRequest(logger: { debug(...a: unknown[]): void }, requestId: string): void {
        const headers = { Accept: 'application/json', 'X-Request-Id': requestId };
        logger.debug('Built request', { headers });
        const auth = { user: 'admin', realm: requestId };
        logger.debug('Auth', { auth, headers: { ...headers } });
      }
    `,
  },
  {
    name: "pass-list-is-an-allow-list",
    code: dedent`
      interface Logger { debug(msg: string): void }
      export function allowed(config: { passList?: string[] }, logger: Logger): string[] {
        const passList = config.passList ?? [];
        for (const device of passList) logger.debug(\`availability enabled for '\${device}'\`);
        logger.debug(\`pass lists: \${passList.join(', ')}\`);
        return passList;
      }
    `,
  },
  ],
  invalid: [
  {
    name: "carrier-named-key-holding-a-value-not-written-out",
    code: dedent`
      export function describeRequest(logger: { debug(...a: unknown[]): void }, h: Record<string, string>, makeHeaders: () => Record<string, string>): void {
        const headers = makeHeaders();
        logger.debug('Built request', { headers });
        logger.debug('Built request', { headers: h });
        const written = { Accept: 'application/json', Authorization: \`Bearer \${process.env.API_TOKEN}\` };
        logger.debug('Built request', { headers: written });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.debug","source":"`headers`, which carries secrets,","how":" through an object literal","more":""},
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 45,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"headers"},
          output: dedent`
            export function describeRequest(logger: { debug(...a: unknown[]): void }, h: Record<string, string>, makeHeaders: () => Record<string, string>): void {
              const headers = makeHeaders();
              logger.debug('Built request', { headers: '<redacted>' });
              logger.debug('Built request', { headers: h });
              const written = { Accept: 'application/json', Authorization: \`Bearer \${process.env.API_TOKEN}\` };
              logger.debug('Built request', { headers: written });
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.debug","source":"`headers: h`, which carries secrets,","how":" through an object literal","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 48,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"h"},
          output: dedent`
            export function describeRequest(logger: { debug(...a: unknown[]): void }, h: Record<string, string>, makeHeaders: () => Record<string, string>): void {
              const headers = makeHeaders();
              logger.debug('Built request', { headers });
              logger.debug('Built request', { headers: '<redacted>' });
              const written = { Accept: 'application/json', Authorization: \`Bearer \${process.env.API_TOKEN}\` };
              logger.debug('Built request', { headers: written });
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.debug","source":"`process.env.API_TOKEN`","how":" through the template literal, an object literal, `written` and an object literal","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 54,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"written"},
          output: dedent`
            export function describeRequest(logger: { debug(...a: unknown[]): void }, h: Record<string, string>, makeHeaders: () => Record<string, string>): void {
              const headers = makeHeaders();
              logger.debug('Built request', { headers });
              logger.debug('Built request', { headers: h });
              const written = { Accept: 'application/json', Authorization: \`Bearer \${process.env.API_TOKEN}\` };
              logger.debug('Built request', { headers: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "jwt-bearer-and-client-assertion-are-secrets",
    code: dedent`
      export function exchange(logger: { debug(...a: unknown[]): void }, signedJwt: string, bearer: string, clientAssertion: string): void {
        logger.debug(\`jwt: \${signedJwt}\`);
        logger.debug(\`bearer: \${bearer}\`);
        logger.debug('assertion', { client_assertion: clientAssertion });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.debug","source":"`signedJwt`","how":" through the template literal","more":""},
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 36,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"signedJwt"},
          output: dedent`
            export function exchange(logger: { debug(...a: unknown[]): void }, signedJwt: string, bearer: string, clientAssertion: string): void {
              logger.debug(\`jwt: \${'<redacted>'}\`);
              logger.debug(\`bearer: \${bearer}\`);
              logger.debug('assertion', { client_assertion: clientAssertion });
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.debug","source":"`bearer`","how":" through the template literal","more":""},
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 36,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"bearer"},
          output: dedent`
            export function exchange(logger: { debug(...a: unknown[]): void }, signedJwt: string, bearer: string, clientAssertion: string): void {
              logger.debug(\`jwt: \${signedJwt}\`);
              logger.debug(\`bearer: \${'<redacted>'}\`);
              logger.debug('assertion', { client_assertion: clientAssertion });
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.debug","source":"`clientAssertion`","how":" through an object literal","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 67,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"clientAssertion"},
          output: dedent`
            export function exchange(logger: { debug(...a: unknown[]): void }, signedJwt: string, bearer: string, clientAssertion: string): void {
              logger.debug(\`jwt: \${signedJwt}\`);
              logger.debug(\`bearer: \${bearer}\`);
              logger.debug('assertion', { client_assertion: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a rejection handler receives what the promise is rejected with (helper-76)", rule, {
  valid: [
  {
    name: "rejection-handler-of-clean-or-synchronous-throws",
    code: dedent`
      declare const LOG: { error(...a: unknown[]): void };
      async function login(user: string, password: string): Promise<void> {
        if (password.length < 8) throw new Error(\`login \${user} refused\`);
      }
      function check(password: string): Promise<void> {
        if (!password) throw new Error(\`bad \${password}\`);
        return Promise.resolve();
      }
      export function go(user: string, password: string): void {
        login(user, password).catch((e) => LOG.error('login failed', e));
        check(password).catch((e) => LOG.error('check failed', e));
        Promise.reject(new Error('refused')).catch((e) => LOG.error(e));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "rejection-handler-receives-what-the-async-function-throws",
    code: dedent`
      declare const LOG: { error(...a: unknown[]): void };
      async function login(user: string, password: string): Promise<void> {
        if (!user) throw new Error('no user');
        throw new Error(\`login \${user}:\${password} refused\`);
      }
      export function go(user: string, password: string): void {
        login(user, password).catch((e) => LOG.error('login failed', e));
        login(user, password).then(() => LOG.error('in'), (e: unknown) => LOG.error('login failed', e));
      }
      export function rejected(token: string): void {
        Promise.reject(new Error(\`rejected \${token}\`)).catch((e) => LOG.error(e));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`password`","how":" through the template literal, `new Error(...)`, `login()` and `e`","more":""},
        line: 7,
        column: 38,
        endLine: 7,
        endColumn: 66,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"e"},
          output: dedent`
            declare const LOG: { error(...a: unknown[]): void };
            async function login(user: string, password: string): Promise<void> {
              if (!user) throw new Error('no user');
              throw new Error(\`login \${user}:\${password} refused\`);
            }
            export function go(user: string, password: string): void {
              login(user, password).catch((e) => LOG.error('login failed', '<redacted>'));
              login(user, password).then(() => LOG.error('in'), (e: unknown) => LOG.error('login failed', e));
            }
            export function rejected(token: string): void {
              Promise.reject(new Error(\`rejected \${token}\`)).catch((e) => LOG.error(e));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`password`","how":" through the template literal, `new Error(...)`, `login()` and `e`","more":""},
        line: 8,
        column: 69,
        endLine: 8,
        endColumn: 97,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"e"},
          output: dedent`
            declare const LOG: { error(...a: unknown[]): void };
            async function login(user: string, password: string): Promise<void> {
              if (!user) throw new Error('no user');
              throw new Error(\`login \${user}:\${password} refused\`);
            }
            export function go(user: string, password: string): void {
              login(user, password).catch((e) => LOG.error('login failed', e));
              login(user, password).then(() => LOG.error('in'), (e: unknown) => LOG.error('login failed', '<redacted>'));
            }
            export function rejected(token: string): void {
              Promise.reject(new Error(\`rejected \${token}\`)).catch((e) => LOG.error(e));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`token`","how":" through the template literal, `new Error(...)` and `e`","more":""},
        line: 11,
        column: 63,
        endLine: 11,
        endColumn: 75,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"e"},
          output: dedent`
            declare const LOG: { error(...a: unknown[]): void };
            async function login(user: string, password: string): Promise<void> {
              if (!user) throw new Error('no user');
              throw new Error(\`login \${user}:\${password} refused\`);
            }
            export function go(user: string, password: string): void {
              login(user, password).catch((e) => LOG.error('login failed', e));
              login(user, password).then(() => LOG.error('in'), (e: unknown) => LOG.error('login failed', e));
            }
            export function rejected(token: string): void {
              Promise.reject(new Error(\`rejected \${token}\`)).catch((e) => LOG.error('<redacted>'));
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "catch-receives-every-throw-of-the-called-function",
    code: dedent`
      declare const LOG: { error(...a: unknown[]): void };
      async function login(user: string, password: string): Promise<void> {
        if (user === 'root') throw new Error(\`login \${user}:\${password} refused\`);
        throw new Error('refused');
      }
      export async function go(user: string, password: string): Promise<void> {
        try {
          await login(user, password);
        } catch (e) {
          LOG.error('login failed', e);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG.error","source":"`password`","how":" through the template literal, `new Error(...)`, `login()` and `e`","more":""},
        line: 10,
        column: 5,
        endLine: 10,
        endColumn: 33,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"e"},
          output: dedent`
            declare const LOG: { error(...a: unknown[]): void };
            async function login(user: string, password: string): Promise<void> {
              if (user === 'root') throw new Error(\`login \${user}:\${password} refused\`);
              throw new Error('refused');
            }
            export async function go(user: string, password: string): Promise<void> {
              try {
                await login(user, password);
              } catch (e) {
                LOG.error('login failed', '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("numbered loggers (helper-76)", rule, {
  valid: [
  {
    name: "numbers-do-not-make-loggers",
    code: dedent`
      declare const catalog2: { info(m: string): void };
      declare const v2: { log(m: string): void };
      export function f(password: string): void {
        catalog2.info(\`pw \${password}\`);
        v2.log(password.length > 3 ? 'long' : 'short');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "numbered-loggers-are-loggers",
    code: dedent`
      declare const LOG2: { info(m: string): void };
      declare const logger2: { debug(m: string): void };
      declare const log_1: { warn(m: string): void };
      declare function debugLog2(m: string): void;
      export function f(password: string): void {
        LOG2.info(\`pw \${password}\`);
        logger2.debug(\`pw \${password}\`);
        log_1.warn(\`pw \${password}\`);
        debugLog2(\`pw \${password}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"LOG2.info","source":"`password`","how":" through the template literal","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 30,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            declare const LOG2: { info(m: string): void };
            declare const logger2: { debug(m: string): void };
            declare const log_1: { warn(m: string): void };
            declare function debugLog2(m: string): void;
            export function f(password: string): void {
              LOG2.info(\`pw \${'<redacted>'}\`);
              logger2.debug(\`pw \${password}\`);
              log_1.warn(\`pw \${password}\`);
              debugLog2(\`pw \${password}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger2.debug","source":"`password`","how":" through the template literal","more":""},
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 34,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            declare const LOG2: { info(m: string): void };
            declare const logger2: { debug(m: string): void };
            declare const log_1: { warn(m: string): void };
            declare function debugLog2(m: string): void;
            export function f(password: string): void {
              LOG2.info(\`pw \${password}\`);
              logger2.debug(\`pw \${'<redacted>'}\`);
              log_1.warn(\`pw \${password}\`);
              debugLog2(\`pw \${password}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"log_1.warn","source":"`password`","how":" through the template literal","more":""},
        line: 8,
        column: 3,
        endLine: 8,
        endColumn: 31,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            declare const LOG2: { info(m: string): void };
            declare const logger2: { debug(m: string): void };
            declare const log_1: { warn(m: string): void };
            declare function debugLog2(m: string): void;
            export function f(password: string): void {
              LOG2.info(\`pw \${password}\`);
              logger2.debug(\`pw \${password}\`);
              log_1.warn(\`pw \${'<redacted>'}\`);
              debugLog2(\`pw \${password}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"debugLog2","source":"`password`","how":" through the template literal","more":""},
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 30,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"password"},
          output: dedent`
            declare const LOG2: { info(m: string): void };
            declare const logger2: { debug(m: string): void };
            declare const log_1: { warn(m: string): void };
            declare function debugLog2(m: string): void;
            export function f(password: string): void {
              LOG2.info(\`pw \${password}\`);
              logger2.debug(\`pw \${password}\`);
              log_1.warn(\`pw \${password}\`);
              debugLog2(\`pw \${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("review of keyed values, rejection handlers and names (helper-77)", rule, {
  valid: [
  {
    name: "a-handler-earlier-in-the-chain-took-the-rejection",
    code: dedent`
      declare const logger: { error(...a: unknown[]): void };
      declare function fallback(): Promise<string>;
      async function login(user: string, password: string): Promise<string> {
        if (!user) throw new Error(\`login failed for \${user}:\${password}\`);
        return user;
      }
      export function handledEarlier(user: string, password: string): void {
        login(user, password).catch(() => fallback()).then(String, (e) => logger.error(e));
        login(user, password).then(String, () => fallback()).catch((e) => logger.error(e));
      }
    `,
  },
  {
    name: "jwt-parts-and-logarithms",
    code: dedent`
      import { log2 } from 'mathjs';
      declare const logger: { info(...a: unknown[]): void };
      declare const req: { jwtPayload: unknown; jwtKid: string; jwtHeader: unknown };
      declare function log10(n: unknown): number;
      export function f(apiKey: string): void {
        logger.info('payload', req.jwtPayload, req.jwtKid, req.jwtHeader);
        log2(apiKey.length);
        log10(apiKey);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a-secret-key-over-a-variable-written-out-here-still-names-it",
    code: dedent`
      declare const logger: { info(...a: unknown[]): void };
      declare function fetchIt(): Promise<string>;
      export async function bearerTemplate(): Promise<void> {
        const value = \`Bearer \${await fetchIt()}\`;
        logger.info({ authorization: value });
      }
      export async function passwordArray(a: string, b: string): Promise<void> {
        const parts = [a, b];
        logger.info({ password: parts });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"The value of `authorization` in an object literal","how":" through an object literal","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 40,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"value"},
          output: dedent`
            declare const logger: { info(...a: unknown[]): void };
            declare function fetchIt(): Promise<string>;
            export async function bearerTemplate(): Promise<void> {
              const value = \`Bearer \${await fetchIt()}\`;
              logger.info({ authorization: '<redacted>' });
            }
            export async function passwordArray(a: string, b: string): Promise<void> {
              const parts = [a, b];
              logger.info({ password: parts });
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"The value of `password` in an object literal","how":" through an object literal","more":""},
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"parts"},
          output: dedent`
            declare const logger: { info(...a: unknown[]): void };
            declare function fetchIt(): Promise<string>;
            export async function bearerTemplate(): Promise<void> {
              const value = \`Bearer \${await fetchIt()}\`;
              logger.info({ authorization: value });
            }
            export async function passwordArray(a: string, b: string): Promise<void> {
              const parts = [a, b];
              logger.info({ password: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "account-pass-lists-and-jwt-parts",
    code: dedent`
      declare const logger: { info(...a: unknown[]): void };
      declare const cfg: { userPassList: string[]; adminPassList: string[] };
      export function f(): void {
        logger.info(cfg.userPassList);
        logger.info(cfg.adminPassList);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"`cfg.userPassList`, which carries secrets,","how":"","more":""},
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 32,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"cfg.userPassList"},
          output: dedent`
            declare const logger: { info(...a: unknown[]): void };
            declare const cfg: { userPassList: string[]; adminPassList: string[] };
            export function f(): void {
              logger.info('<redacted>');
              logger.info(cfg.adminPassList);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"`cfg.adminPassList`, which carries secrets,","how":"","more":""},
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 33,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"cfg.adminPassList"},
          output: dedent`
            declare const logger: { info(...a: unknown[]): void };
            declare const cfg: { userPassList: string[]; adminPassList: string[] };
            export function f(): void {
              logger.info(cfg.userPassList);
              logger.info('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("review of several values under a secret key (helper-79)", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "a-secret-key-over-a-variable-with-several-values",
    code: dedent`
      declare const logger: { info(...a: unknown[]): void };
      declare function fetchIt(): Promise<string>;
      export async function conditional(useAuth: boolean): Promise<void> {
        let value = '';
        if (useAuth) value = \`Bearer \${await fetchIt()}\`;
        logger.info({ authorization: value });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.info","source":"The value of `authorization` in an object literal","how":" through an object literal","more":""},
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 40,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"value"},
          output: dedent`
            declare const logger: { info(...a: unknown[]): void };
            declare function fetchIt(): Promise<string>;
            export async function conditional(useAuth: boolean): Promise<void> {
              let value = '';
              if (useAuth) value = \`Bearer \${await fetchIt()}\`;
              logger.info({ authorization: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a rejection passed on by an earlier handler (helper-79)", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "a-handler-that-passes-the-rejection-on-leaves-it",
    code: dedent`
      declare const logger: { error(...a: unknown[]): void };
      async function login(user: string, password: string): Promise<string> {
        if (!user) throw new Error(\`login failed for \${user}:\${password}\`);
        return user;
      }
      export function rethrown(user: string, password: string): void {
        login(user, password).catch((e) => { throw e; }).catch((e) => logger.error(e));
      }
      export function rejectedAgain(user: string, password: string): void {
        login(user, password).then(String, (e: unknown) => Promise.reject(e)).catch((e) => logger.error(e));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        data: {"sink":"logger.error","source":"`password`","how":" through the template literal, `new Error(...)`, `login()` and `e`","more":""},
        line: 7,
        column: 65,
        endLine: 7,
        endColumn: 80,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"e"},
          output: dedent`
            declare const logger: { error(...a: unknown[]): void };
            async function login(user: string, password: string): Promise<string> {
              if (!user) throw new Error(\`login failed for \${user}:\${password}\`);
              return user;
            }
            export function rethrown(user: string, password: string): void {
              login(user, password).catch((e) => { throw e; }).catch((e) => logger.error('<redacted>'));
            }
            export function rejectedAgain(user: string, password: string): void {
              login(user, password).then(String, (e: unknown) => Promise.reject(e)).catch((e) => logger.error(e));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        data: {"sink":"logger.error","source":"`password`","how":" through the template literal, `new Error(...)`, `login()` and `e`","more":""},
        line: 10,
        column: 86,
        endLine: 10,
        endColumn: 101,
        suggestions: [
        {
          messageId: "suggestRedact",
          data: {"expression":"e"},
          output: dedent`
            declare const logger: { error(...a: unknown[]): void };
            async function login(user: string, password: string): Promise<string> {
              if (!user) throw new Error(\`login failed for \${user}:\${password}\`);
              return user;
            }
            export function rethrown(user: string, password: string): void {
              login(user, password).catch((e) => { throw e; }).catch((e) => logger.error(e));
            }
            export function rejectedAgain(user: string, password: string): void {
              login(user, password).then(String, (e: unknown) => Promise.reject(e)).catch((e) => logger.error('<redacted>'));
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a value shown falsy holds nothing: through a const, and across calls that cannot write the field (helper-80, helper-81)", rule, {
  valid: [
  {
    name: "falsy-shown-through-a-const-or-across-a-harmless-call",
    code: dedent`
      declare const LOG: { warn(...a: unknown[]): void; error(msg: string, meta?: object): void };
      interface Node { driverInfo: { ipmi_password?: string } }
      interface Credentials { token: string }
      export function missing(node: Node): void {
        const pw = node.driverInfo.ipmi_password;
        if (!pw) {
          LOG.warn('no ipmi password: %s', pw);
        }
      }
      export class PushService {
        private credentials: Credentials | undefined;
        private closed = false;
        private emit(_event: string): void {}
        private markClosed(): void {
          this.closed = true;
        }
        open(): void {
          if (this.credentials) {
            this.emit('credential');
          } else {
            this.emit('close');
            this.markClosed();
            LOG.error('registration failed', { credentials: this.credentials });
          }
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "falsy-shown-then-maybe-written",
    code: dedent`
      declare const LOG: { warn(...a: unknown[]): void; error(msg: string, meta?: object): void };
      interface Credentials { token: string }
      declare function load(): Credentials;
      export class PushService {
        private credentials: Credentials | undefined;
        private emit(_event: string): void {}
        private reload(): void {
          this.credentials = load();
        }
        private refresh(): void {
          this.reload();
        }
        open(): void {
          if (!this.credentials) {
            this.reload();
            LOG.error('reloaded', { credentials: this.credentials });
          }
          if (!this.credentials) {
            this.refresh();
            LOG.error('refreshed', { credentials: this.credentials });
          }
        }
      }
      export function later(info: { password?: string }): void {
        let pw = info.password;
        if (!pw) {
          pw = info.password;
          LOG.warn('now %s', pw);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `this.credentials`, which carries secrets, reaches `LOG.error` through an object literal.
        line: 16,
        column: 7,
        endLine: 16,
        endColumn: 63,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { warn(...a: unknown[]): void; error(msg: string, meta?: object): void };
            interface Credentials { token: string }
            declare function load(): Credentials;
            export class PushService {
              private credentials: Credentials | undefined;
              private emit(_event: string): void {}
              private reload(): void {
                this.credentials = load();
              }
              private refresh(): void {
                this.reload();
              }
              open(): void {
                if (!this.credentials) {
                  this.reload();
                  LOG.error('reloaded', { credentials: '<redacted>' });
                }
                if (!this.credentials) {
                  this.refresh();
                  LOG.error('refreshed', { credentials: this.credentials });
                }
              }
            }
            export function later(info: { password?: string }): void {
              let pw = info.password;
              if (!pw) {
                pw = info.password;
                LOG.warn('now %s', pw);
              }
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `this.credentials`, which carries secrets, reaches `LOG.error` through an object literal.
        line: 20,
        column: 7,
        endLine: 20,
        endColumn: 64,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { warn(...a: unknown[]): void; error(msg: string, meta?: object): void };
            interface Credentials { token: string }
            declare function load(): Credentials;
            export class PushService {
              private credentials: Credentials | undefined;
              private emit(_event: string): void {}
              private reload(): void {
                this.credentials = load();
              }
              private refresh(): void {
                this.reload();
              }
              open(): void {
                if (!this.credentials) {
                  this.reload();
                  LOG.error('reloaded', { credentials: this.credentials });
                }
                if (!this.credentials) {
                  this.refresh();
                  LOG.error('refreshed', { credentials: '<redacted>' });
                }
              }
            }
            export function later(info: { password?: string }): void {
              let pw = info.password;
              if (!pw) {
                pw = info.password;
                LOG.warn('now %s', pw);
              }
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `info.password` reaches `LOG.warn` through `pw`.
        line: 28,
        column: 5,
        endLine: 28,
        endColumn: 27,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { warn(...a: unknown[]): void; error(msg: string, meta?: object): void };
            interface Credentials { token: string }
            declare function load(): Credentials;
            export class PushService {
              private credentials: Credentials | undefined;
              private emit(_event: string): void {}
              private reload(): void {
                this.credentials = load();
              }
              private refresh(): void {
                this.reload();
              }
              open(): void {
                if (!this.credentials) {
                  this.reload();
                  LOG.error('reloaded', { credentials: this.credentials });
                }
                if (!this.credentials) {
                  this.refresh();
                  LOG.error('refreshed', { credentials: this.credentials });
                }
              }
            }
            export function later(info: { password?: string }): void {
              let pw = info.password;
              if (!pw) {
                pw = info.password;
                LOG.warn('now %s', '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a logger's level chosen by a key not written out (logger[level](...)) is a log call (helper-81)", rule, {
  valid: [
  {
    name: "level-chosen-by-a-key-logs-nothing-secret",
    code: dedent`
      declare const logger: { debug(...a: unknown[]): void; info(...a: unknown[]): void };
      export function f(level: 'debug' | 'info', name: string, table: Record<string, (m: string) => void>, token: string) {
        logger[level]('node %s', name);
        table[level]?.(token.length > 0 ? 'set' : 'unset');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "level-chosen-by-a-key-logs-a-secret",
    code: dedent`
      declare const logger: { debug(...a: unknown[]): void; info(...a: unknown[]): void };
      export function f(level: 'debug' | 'info', token: string) {
        logger[level]('token %s', token);
        console[level === 'info' ? 'info' : 'debug']('token', token);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `token` reaches `logger[level]`.
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const logger: { debug(...a: unknown[]): void; info(...a: unknown[]): void };
            export function f(level: 'debug' | 'info', token: string) {
              logger[level]('token %s', '<redacted>');
              console[level === 'info' ? 'info' : 'debug']('token', token);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `token` reaches `console[…]`.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 63,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const logger: { debug(...a: unknown[]): void; info(...a: unknown[]): void };
            export function f(level: 'debug' | 'info', token: string) {
              logger[level]('token %s', token);
              console[level === 'info' ? 'info' : 'debug']('token', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("redaction by key: a pair whose key a test has shown to name no secret holds none (helper-81)", rule, {
  valid: [
  {
    name: "pairs-whose-key-a-test-showed-names-no-secret",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      interface Node { driverInfo: Record<string, string> }
      const SENSITIVE = ['ipmi_password', 'snmp_auth_key'];
      declare function isSensitive(key: string): boolean;
      export function loop(node: Node): void {
        for (const [key, value] of Object.entries(node.driverInfo)) {
          if (key.toLowerCase().includes('password') || SENSITIVE.includes(key)) continue;
          LOG.debug('%s=%s', key, value);
        }
      }
      export function masked(node: Node): void {
        const shown = Object.entries(node.driverInfo).map(([key, value]) => \`\${key}=\${/pass|token/i.test(key) ? '***' : value}\`);
        LOG.debug('driver_info %s', shown.join(' '));
      }
      export function filtered(node: Node): void {
        const safe = Object.fromEntries(Object.entries(node.driverInfo).filter(([key]) => !isSensitive(key)));
        LOG.debug('driver_info %o', safe);
        Object.entries(node.driverInfo).forEach(([key, value]) => {
          if (key.indexOf('password') === -1 && key.indexOf('secret') === -1) LOG.debug(key, value);
        });
      }
    `,
  },
  ],
  invalid: [
  {
    name: "pairs-whose-key-test-lets-secrets-through",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      interface Node { driverInfo: Record<string, string> }
      export function loop(node: Node): void {
        for (const [key, value] of Object.entries(node.driverInfo)) {
          if (key.includes('address')) continue;
          LOG.debug('%s=%s', key, value);
        }
      }
      export function kept(node: Node): void {
        const picked = Object.fromEntries(Object.entries(node.driverInfo).filter(([key]) => key.includes('password')));
        LOG.debug("driver_info %o", picked);
      }
      export function inverted(node: Node): void {
        for (const [key, value] of Object.entries(node.driverInfo)) {
          if (!key.includes('password')) continue;
          LOG.debug('%s=%s', key, value);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `node.driverInfo`, which carries secrets, reaches `LOG.debug` through `Object.entries`, iteration, destructuring and `value`.
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            interface Node { driverInfo: Record<string, string> }
            export function loop(node: Node): void {
              for (const [key, value] of Object.entries(node.driverInfo)) {
                if (key.includes('address')) continue;
                LOG.debug('%s=%s', key, '<redacted>');
              }
            }
            export function kept(node: Node): void {
              const picked = Object.fromEntries(Object.entries(node.driverInfo).filter(([key]) => key.includes('password')));
              LOG.debug("driver_info %o", picked);
            }
            export function inverted(node: Node): void {
              for (const [key, value] of Object.entries(node.driverInfo)) {
                if (!key.includes('password')) continue;
                LOG.debug('%s=%s', key, value);
              }
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `node.driverInfo`, which carries secrets, reaches `LOG.debug` through `Object.entries`, `.filter()`, `Object.fromEntries` and `picked`.
        line: 11,
        column: 3,
        endLine: 11,
        endColumn: 38,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            interface Node { driverInfo: Record<string, string> }
            export function loop(node: Node): void {
              for (const [key, value] of Object.entries(node.driverInfo)) {
                if (key.includes('address')) continue;
                LOG.debug('%s=%s', key, value);
              }
            }
            export function kept(node: Node): void {
              const picked = Object.fromEntries(Object.entries(node.driverInfo).filter(([key]) => key.includes('password')));
              LOG.debug("driver_info %o", '<redacted>');
            }
            export function inverted(node: Node): void {
              for (const [key, value] of Object.entries(node.driverInfo)) {
                if (!key.includes('password')) continue;
                LOG.debug('%s=%s', key, value);
              }
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `node.driverInfo`, which carries secrets, reaches `LOG.debug` through `Object.entries`, iteration, destructuring and `value`.
        line: 16,
        column: 5,
        endLine: 16,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            interface Node { driverInfo: Record<string, string> }
            export function loop(node: Node): void {
              for (const [key, value] of Object.entries(node.driverInfo)) {
                if (key.includes('address')) continue;
                LOG.debug('%s=%s', key, value);
              }
            }
            export function kept(node: Node): void {
              const picked = Object.fromEntries(Object.entries(node.driverInfo).filter(([key]) => key.includes('password')));
              LOG.debug("driver_info %o", picked);
            }
            export function inverted(node: Node): void {
              for (const [key, value] of Object.entries(node.driverInfo)) {
                if (!key.includes('password')) continue;
                LOG.debug('%s=%s', key, '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("the log functions of GitHub Actions' core package write to the build log (helper-81)", rule, {
  valid: [
  {
    name: "actions-core-without-secrets",
    code: dedent`
      import * as core from '@actions/core';
      export function f(token: string, name: string): void {
        core.setSecret(token);
        core.info(\`deploying \${name}\`);
        core.exportVariable('TOKEN', token);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "actions-core-logging-a-secret",
    code: dedent`
      import * as core from '@actions/core';
      import { debug as coreDebug } from '@actions/core';
      export function f(token: string): void {
        core.info(\`using token \${token}\`);
        coreDebug(token);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `token` reaches `core.info` through the template literal.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 36,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import * as core from '@actions/core';
            import { debug as coreDebug } from '@actions/core';
            export function f(token: string): void {
              core.info(\`using token \${'<redacted>'}\`);
              coreDebug(token);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `token` reaches `coreDebug`.
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 19,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import * as core from '@actions/core';
            import { debug as coreDebug } from '@actions/core';
            export function f(token: string): void {
              core.info(\`using token \${token}\`);
              coreDebug('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("without types, an object the file reads a secret out of carries it (helper-80, eufy-security-client)", rule, {
  valid: [
  {
    name: "an-object-whose-secret-part-is-read-logged-in-parts-or-masked",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      declare function connect(host: string, password: string): void;
      export function parts(opts: { host: string; password: string }): void {
        connect(opts.host, opts.password);
        LOG.debug('connecting', opts.host, { host: opts.host });
      }
      export function masked(opts: { host: string; password: string }): void {
        opts.password = '***';
        LOG.debug('connecting', opts);
      }
      export function hashed(user: { name: string; passwordHash: string }): void {
        if (user.passwordHash) LOG.debug('user', user);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "an-object-whose-secret-part-is-read-logged-whole",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      declare function connect(host: string, password: string): void;
      declare function decrypt(pem: string): void;
      export function whole(opts: { host: string; password: string }): void {
        connect(opts.host, opts.password);
        LOG.debug('connecting', opts);
      }
      export function later(load: () => Promise<{ private_key: string }>): void {
        void load().then((cipher) => {
          LOG.debug('cipher', { cipher: JSON.stringify(cipher) });
          decrypt(cipher.private_key);
        });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `opts` (its `password` is read in this file) reaches `LOG.debug`.
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 32,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            declare function connect(host: string, password: string): void;
            declare function decrypt(pem: string): void;
            export function whole(opts: { host: string; password: string }): void {
              connect(opts.host, opts.password);
              LOG.debug('connecting', '<redacted>');
            }
            export function later(load: () => Promise<{ private_key: string }>): void {
              void load().then((cipher) => {
                LOG.debug('cipher', { cipher: JSON.stringify(cipher) });
                decrypt(cipher.private_key);
              });
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `cipher` (its `private_key` is read in this file) reaches `LOG.debug` through `JSON.stringify` and an object literal.
        line: 10,
        column: 5,
        endLine: 10,
        endColumn: 60,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            declare function connect(host: string, password: string): void;
            declare function decrypt(pem: string): void;
            export function whole(opts: { host: string; password: string }): void {
              connect(opts.host, opts.password);
              LOG.debug('connecting', opts);
            }
            export function later(load: () => Promise<{ private_key: string }>): void {
              void load().then((cipher) => {
                LOG.debug('cipher', { cipher: JSON.stringify('<redacted>') });
                decrypt(cipher.private_key);
              });
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("redaction by key needs more than one secret's name ruled out (helper-82)", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "one-secret-name-ruled-out-lets-the-others-through",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      interface Node { driverInfo: Record<string, string> }
      export function loop(node: Node): void {
        for (const [key, value] of Object.entries(node.driverInfo)) {
          if (key === 'ipmi_password') continue;
          LOG.debug('%s=%s', key, value);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `node.driverInfo`, which carries secrets, reaches `LOG.debug` through `Object.entries`, iteration, destructuring and `value`.
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            interface Node { driverInfo: Record<string, string> }
            export function loop(node: Node): void {
              for (const [key, value] of Object.entries(node.driverInfo)) {
                if (key === 'ipmi_password') continue;
                LOG.debug('%s=%s', key, '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("an event emitted on this may write a field its listeners set (helper-82)", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "an-event-whose-listener-writes-the-field",
    code: dedent`
      import { EventEmitter } from 'node:events';
      declare const logger: { debug(...a: unknown[]): void };
      export class Session extends EventEmitter {
        token: string | undefined;
        constructor() {
          super();
          this.on('auth', (t: string) => {
            this.token = t;
          });
        }
        login(t: string): void {
          if (!this.token) {
            this.emit('auth', t);
            logger.debug('token', this.token);
          }
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `this.token` reaches `logger.debug`.
        line: 14,
        column: 7,
        endLine: 14,
        endColumn: 40,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import { EventEmitter } from 'node:events';
            declare const logger: { debug(...a: unknown[]): void };
            export class Session extends EventEmitter {
              token: string | undefined;
              constructor() {
                super();
                this.on('auth', (t: string) => {
                  this.token = t;
                });
              }
              login(t: string): void {
                if (!this.token) {
                  this.emit('auth', t);
                  logger.debug('token', '<redacted>');
                }
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("without types, a copy overwriting every secret part the file reads out of an object holds none (helper-83, homebridge-daikin-cloud)", rule, {
  valid: [
  {
    name: "a-copy-overwriting-every-secret-part-the-file-reads",
    code: dedent`
      declare const log: { debug(...a: unknown[]): void };
      declare function mask(value: unknown): string;
      export class Platform {
        constructor(config: { clientId: string; clientSecret: string; password: string }) {
          const secret = config.clientSecret;
          const password = config.password;
          void [secret, password];
          log.debug('config', this.friendly(config));
        }
        private friendly(config: { clientSecret: string; password: string }): object {
          return { ...config, clientSecret: mask(config.clientSecret), password: config.password ? '***' : undefined };
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a-copy-leaving-a-secret-part",
    code: dedent`
      declare const log: { debug(...a: unknown[]): void };
      export function connect(config: { clientSecret: string; password: string }): void {
        const secret = config.clientSecret;
        const password = config.password;
        void [secret, password];
        log.debug('config', { ...config, clientSecret: 'x' });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `config` (its `clientSecret` and `password` are read in this file) reaches `log.debug` through a spread.
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 56,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const log: { debug(...a: unknown[]): void };
            export function connect(config: { clientSecret: string; password: string }): void {
              const secret = config.clientSecret;
              const password = config.password;
              void [secret, password];
              log.debug('config', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a constant holding a string of digits names a key, not an index (helper-84, matterbridge-shelly)", rule, {
  valid: [
  {
    name: "a-carrier-read-by-a-constant-of-digits",
    code: dedent`
      declare const log: { debug(...a: unknown[]): void };
      const COIOT_OPTION_GLOBAL_DEVID = '3332';
      export function parse(msg: { headers: Record<string, string> }): void {
        const headers = msg.headers;
        const parts = headers[COIOT_OPTION_GLOBAL_DEVID].split('#');
        log.debug(\`model: \${parts[0]}\`);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "an-array-of-secrets-read-by-index",
    code: dedent`
      declare const log: { debug(...a: unknown[]): void };
      export function parse(passwords: string[]): void {
        log.debug(\`first: \${passwords[0]}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `passwords`, which carries secrets, reaches `log.debug` through an element and the template literal.
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 38,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const log: { debug(...a: unknown[]): void };
            export function parse(passwords: string[]): void {
              log.debug(\`first: \${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a copy clears an object's secret parts only when it copies that object, whose parts the file reads only as parts (helper-85)", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "secrets-under-a-spread-container-or-read-other-ways",
    code: dedent`
      declare const logger: { info(...a: unknown[]): void };
      declare function use(...values: unknown[]): void;
      export function nested(cfg: { password: string }, ctx: { config?: unknown }): void {
        use(cfg.password);
        ctx.config = cfg;
        logger.info({ ...ctx, password: '***' });
      }
      export function destructured(opts: { password: string; token: string }): void {
        use(opts.password);
        const { token } = opts;
        use(token);
        logger.info({ ...opts, password: '***' });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `cfg` (its `password` is read in this file) reaches `logger.info` through a property assignment, `ctx` and a spread.
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 43,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const logger: { info(...a: unknown[]): void };
            declare function use(...values: unknown[]): void;
            export function nested(cfg: { password: string }, ctx: { config?: unknown }): void {
              use(cfg.password);
              ctx.config = cfg;
              logger.info('<redacted>');
            }
            export function destructured(opts: { password: string; token: string }): void {
              use(opts.password);
              const { token } = opts;
              use(token);
              logger.info({ ...opts, password: '***' });
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `opts` (its `password` is read in this file) reaches `logger.info` through a spread.
        line: 12,
        column: 3,
        endLine: 12,
        endColumn: 44,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const logger: { info(...a: unknown[]): void };
            declare function use(...values: unknown[]): void;
            export function nested(cfg: { password: string }, ctx: { config?: unknown }): void {
              use(cfg.password);
              ctx.config = cfg;
              logger.info({ ...ctx, password: '***' });
            }
            export function destructured(opts: { password: string; token: string }): void {
              use(opts.password);
              const { token } = opts;
              use(token);
              logger.info('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a header read by its name is judged by that name, not the variable's (helper-84, matterbridge-shelly)", rule, {
  valid: [
  {
    name: "a-header-read-by-a-name-naming-no-secret",
    code: dedent`
      declare const log: { debug(...a: unknown[]): void };
      export async function probe(url: string): Promise<void> {
        const response = await fetch(url);
        const authHeader = response.headers.get('www-authenticate');
        log.debug(\`challenge: \${authHeader}\`);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a-header-read-by-a-secret-name",
    code: dedent`
      declare const log: { debug(...a: unknown[]): void };
      export function trace(req: { headers: { get(name: string): string | null } }): void {
        const authHeader = req.headers.get('authorization');
        log.debug(\`auth: \${authHeader}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `authHeader` reaches `log.debug` through the template literal.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const log: { debug(...a: unknown[]): void };
            export function trace(req: { headers: { get(name: string): string | null } }): void {
              const authHeader = req.headers.get('authorization');
              log.debug(\`auth: \${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a field of the class whose every write is value-free or cast to a boolean or number holds no secret (helper-84, matterbridge-shelly)", rule, {
  valid: [
  {
    name: "a-field-named-as-a-carrier-holding-only-flags",
    code: dedent`
      declare const log: { debug(...a: unknown[]): void };
      export class ShellyDevice {
        auth = false;
        update(payload: { auth_en: unknown }): void {
          this.auth = payload.auth_en as boolean;
        }
        show(): void {
          log.debug(\`auth \${this.auth}\`);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a-field-named-as-a-secret-holding-a-value",
    code: dedent`
      declare const log: { debug(...a: unknown[]): void };
      export class ShellyDevice {
        auth = false;
        token = '';
        update(payload: { auth_en: unknown; token: string }): void {
          this.auth = payload.auth_en as boolean;
          this.token = payload.token;
        }
        show(): void {
          log.debug(\`auth \${this.auth} \${this.token}\`);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `this.token` reaches `log.debug` through the template literal.
        line: 10,
        column: 5,
        endLine: 10,
        endColumn: 49,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const log: { debug(...a: unknown[]): void };
            export class ShellyDevice {
              auth = false;
              token = '';
              update(payload: { auth_en: unknown; token: string }): void {
                this.auth = payload.auth_en as boolean;
                this.token = payload.token;
              }
              show(): void {
                log.debug(\`auth \${this.auth} \${'<redacted>'}\`);
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a field the class only resets to an empty string keeps its name (helper-84 follow-up)", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "a-token-field-reset-to-empty-by-its-class",
    code: dedent`
      declare const log: { debug(...a: unknown[]): void };
      export class Api {
        token = '';
        logout(): void {
          this.token = '';
        }
        show(): void {
          log.debug(this.token);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `this.token` reaches `log.debug`.
        line: 8,
        column: 5,
        endLine: 8,
        endColumn: 26,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const log: { debug(...a: unknown[]): void };
            export class Api {
              token = '';
              logout(): void {
                this.token = '';
              }
              show(): void {
                log.debug('<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("standard error", rule, {
  valid: [
  {
    name: "process.stdout.write is a command's output, not a log",
    code: dedent`
      export function printToken(token: string) {
        process.stdout.write(\`\${token}\`);
      }
    `,
  },
  {
    name: "write of a stream named stderr that is not process's",
    code: dedent`
      export function f(stderr: { write(text: string): void }, password: string) {
        stderr.write(password);
      }
    `,
  },
  {
    name: "process.stderr.write of a non-secret",
    code: dedent`
      export function f(user: string) {
        process.stderr.write(\`user \${user}\`);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "process.stderr.write of a password",
    code: dedent`
      interface Info { password: string }
      export function f(info: Info) {
        process.stderr.write(\`login failed, password: \${info.password}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `info.password` reaches `process.stderr.write` through the template literal.
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 67,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            interface Info { password: string }
            export function f(info: Info) {
              process.stderr.write(\`login failed, password: \${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "stderr imported from node:process",
    code: dedent`
      import { stderr } from 'node:process';
      export function f(password: string) {
        stderr.write(password);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `password` reaches `stderr.write`.
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 25,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import { stderr } from 'node:process';
            export function f(password: string) {
              stderr.write('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("errors of JSON.parse and of rejections", rule, {
  valid: [
  {
    name: "the error of JSON.parse of a response body carries no secret",
    code: dedent`
      declare const LOG: { error(...a: unknown[]): void };
      export function readBody(body: string) {
        try {
          return JSON.parse(body) as object;
        } catch (e) {
          LOG.error('bad body', e);
          return undefined;
        }
      }
    `,
  },
  {
    name: "a promise rejected with what it is given passes that on",
    code: dedent`
      declare const LOG: { error(...a: unknown[]): void };
      declare function send(token: string, done: (err: Error | null) => void): void;
      function verify(token: string): Promise<void> {
        return new Promise((resolve, reject) => {
          send(token, (err) => (err ? reject(err) : resolve()));
        });
      }
      export async function check(token: string) {
        try {
          await verify(token);
        } catch (e) {
          LOG.error(e);
        }
      }
    `,
  },
  {
    name: "a rejection made without the secret",
    code: dedent`
      declare const LOG: { error(...a: unknown[]): void };
      function verify(token: string): Promise<void> {
        return new Promise((resolve, reject) => {
          if (token.length < 8) reject(new Error('token too short'));
          else resolve();
        });
      }
      export function check(token: string) {
        return verify(token).catch((e) => LOG.error(e));
      }
    `,
  },
  {
    name: "an inner executor with its own reject is not the outer promise's",
    code: dedent`
      declare const LOG: { error(...a: unknown[]): void };
      function verify(token: string): Promise<void> {
        return new Promise((resolve, reject) => {
          if (!token) reject(new Error('no token'));
          const inner = new Promise<void>((_, reject) => reject(new Error(\`token \${token}\`)));
          inner.catch(() => undefined);
          resolve();
        });
      }
      export function check(token: string) {
        return verify(token).catch((e) => LOG.error(e));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "the error of JSON.parse quotes the secret text it was given",
    code: dedent`
      declare const LOG: { error(...a: unknown[]): void };
      export function readCredentials() {
        try {
          return JSON.parse(process.env.BMC_PASSWORD ?? '') as object;
        } catch (e) {
          LOG.error('bad BMC_PASSWORD', e);
          return undefined;
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `process.env.BMC_PASSWORD` reaches `LOG.error` through `e`.
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 37,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { error(...a: unknown[]): void };
            export function readCredentials() {
              try {
                return JSON.parse(process.env.BMC_PASSWORD ?? '') as object;
              } catch (e) {
                LOG.error('bad BMC_PASSWORD', '<redacted>');
                return undefined;
              }
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a promise rejected with an error made of the token, handled by catch",
    code: dedent`
      declare const LOG: { error(...a: unknown[]): void };
      function verify(token: string): Promise<void> {
        return new Promise((resolve, reject) => {
          setTimeout(() => reject(new Error(\`token \${token} was refused\`)), 10);
        });
      }
      export function check(token: string) {
        return verify(token).catch((e) => LOG.error(e));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `token` reaches `LOG.error` through the template literal, `new Error(...)`, `verify()` and `e`.
        line: 8,
        column: 37,
        endLine: 8,
        endColumn: 49,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { error(...a: unknown[]): void };
            function verify(token: string): Promise<void> {
              return new Promise((resolve, reject) => {
                setTimeout(() => reject(new Error(\`token \${token} was refused\`)), 10);
              });
            }
            export function check(token: string) {
              return verify(token).catch((e) => LOG.error('<redacted>'));
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a promise rejected with an error made of the token, awaited in a try",
    code: dedent`
      declare const LOG: { error(...a: unknown[]): void };
      function verify(token: string): Promise<void> {
        return new Promise((_, reject) => reject(new Error(\`token \${token} was refused\`)));
      }
      export async function check(token: string) {
        try {
          await verify(token);
        } catch (e) {
          LOG.error(e);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `token` reaches `LOG.error` through the template literal, `new Error(...)`, `verify()` and `e`.
        line: 9,
        column: 5,
        endLine: 9,
        endColumn: 17,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { error(...a: unknown[]): void };
            function verify(token: string): Promise<void> {
              return new Promise((_, reject) => reject(new Error(\`token \${token} was refused\`)));
            }
            export async function check(token: string) {
              try {
                await verify(token);
              } catch (e) {
                LOG.error('<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("the GitHub Actions add-mask command", rule, {
  valid: [
  {
    name: "the add-mask workflow command hides the value it is given",
    code: dedent`
      export function register(password: string) {
        console.log(\`::add-mask::\${password}\`);
        console.log('::add-mask::' + password);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a secret logged in another argument of the same call",
    code: dedent`
      export function register(password: string, token: string) {
        console.log(\`::add-mask::\${password}\`, token);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `password` reaches `console.log` through the template literal, as does `token`.
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 48,
        suggestions: [
        {
          messageId: "suggestRedactAll",
          output: dedent`
            export function register(password: string, token: string) {
              console.log(\`::add-mask::\${'<redacted>'}\`, '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a command written later in the text masks nothing",
    code: dedent`
      export function register(password: string) {
        console.log(\`password: \${password} ::add-mask::\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `password` reaches `console.log` through the template literal.
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 52,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            export function register(password: string) {
              console.log(\`password: \${'<redacted>'} ::add-mask::\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("errors made one call deep, with what the call passes", rule, {
  valid: [
  {
    name: "a parameter named secret given a label holds no secret",
    code: dedent`
      declare const LOG: { error(...a: unknown[]): void };
      function refuse(secret: string): never {
        throw new Error('refused: ' + secret);
      }
      export function check(label: string) {
        try {
          if (label.length > 10) refuse(label);
        } catch (e) {
          LOG.error(e);
        }
      }
    `,
  },
  {
    name: "a command a wrapper runs without the secret",
    code: dedent`
      import { execFileSync } from 'node:child_process';
      declare const LOG: { warn(...a: unknown[]): void };
      function ipmi(args: string[]) {
        return execFileSync('ipmitool', args);
      }
      export function status(host: string, password: string) {
        try {
          ipmi(['-H', host, 'chassis', 'status']);
          void password;
        } catch (err) {
          LOG.warn('ipmitool failed', err);
        }
      }
    `,
  },
  {
    name: "an async wrapper left unawaited fails outside the try",
    code: dedent`
      import { execFile } from 'node:child_process';
      import { promisify } from 'node:util';
      declare const LOG: { warn(...a: unknown[]): void };
      const run = promisify(execFile);
      async function ipmi(args: string[]) {
        return run('ipmitool', args);
      }
      export function status(password: string) {
        try {
          void ipmi(['-P', password]);
        } catch (err) {
          LOG.warn('ipmitool failed', err);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "an error a function of the file makes of its parameter holds what the call passes",
    code: dedent`
      declare const LOG: { warn(...a: unknown[]): void };
      function checkKey(key: string) {
        if (key.length < 8) throw new Error(\`bad key \${key}\`);
      }
      export function configure(apiKey: string) {
        try {
          checkKey(apiKey);
        } catch (e) {
          LOG.warn('key check', e);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `apiKey` reaches `LOG.warn` through `key`, the template literal, `new Error(...)`, `checkKey()` and `e`.
        line: 9,
        column: 5,
        endLine: 9,
        endColumn: 29,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { warn(...a: unknown[]): void };
            function checkKey(key: string) {
              if (key.length < 8) throw new Error(\`bad key \${key}\`);
            }
            export function configure(apiKey: string) {
              try {
                checkKey(apiKey);
              } catch (e) {
                LOG.warn('key check', '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a rejection a function of the file makes of its parameter holds what the call passes",
    code: dedent`
      declare const LOG: { error(...a: unknown[]): void };
      function verify(value: string): Promise<void> {
        return new Promise((_, reject) => reject(new Error(\`refused \${value}\`)));
      }
      export function check(token: string) {
        return verify(token).catch((e) => LOG.error(e));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `token` reaches `LOG.error` through `value`, the template literal, `new Error(...)`, `verify()` and `e`.
        line: 6,
        column: 37,
        endLine: 6,
        endColumn: 49,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { error(...a: unknown[]): void };
            function verify(value: string): Promise<void> {
              return new Promise((_, reject) => reject(new Error(\`refused \${value}\`)));
            }
            export function check(token: string) {
              return verify(token).catch((e) => LOG.error('<redacted>'));
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a command a wrapper of the file runs with the secret the call passes",
    code: dedent`
      import { execFileSync } from 'node:child_process';
      declare const LOG: { warn(...a: unknown[]): void };
      function ipmi(args: string[]) {
        return execFileSync('ipmitool', args);
      }
      export function status(host: string, password: string) {
        try {
          ipmi(['-H', host, '-P', password, 'chassis', 'status']);
        } catch (err) {
          LOG.warn('ipmitool failed', err);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `err`, the error of `execFileSync`, which quotes the command run with `password`, reaches `LOG.warn`.
        line: 10,
        column: 5,
        endLine: 10,
        endColumn: 37,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import { execFileSync } from 'node:child_process';
            declare const LOG: { warn(...a: unknown[]): void };
            function ipmi(args: string[]) {
              return execFileSync('ipmitool', args);
            }
            export function status(host: string, password: string) {
              try {
                ipmi(['-H', host, '-P', password, 'chassis', 'status']);
              } catch (err) {
                LOG.warn('ipmitool failed', '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a command an arrow wrapper runs, awaited",
    code: dedent`
      import { execFile } from 'node:child_process';
      import { promisify } from 'node:util';
      declare const LOG: { warn(...a: unknown[]): void };
      const run = promisify(execFile);
      const ipmi = async (args: string[]) => run('ipmitool', args);
      export async function status(password: string) {
        try {
          await ipmi(['-P', password, 'power', 'status']);
        } catch (err) {
          LOG.warn('ipmitool failed', err);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `err`, the error of `run`, which quotes the command run with `password`, reaches `LOG.warn`.
        line: 10,
        column: 5,
        endLine: 10,
        endColumn: 37,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import { execFile } from 'node:child_process';
            import { promisify } from 'node:util';
            declare const LOG: { warn(...a: unknown[]): void };
            const run = promisify(execFile);
            const ipmi = async (args: string[]) => run('ipmitool', args);
            export async function status(password: string) {
              try {
                await ipmi(['-P', password, 'power', 'status']);
              } catch (err) {
                LOG.warn('ipmitool failed', '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a for-of taking the pairs of a carrier apart", rule, {
  valid: [
  {
    name: "the keys of a map of credentials, taken apart in a for-of",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function list(credentials: Map<string, string>) {
        for (const [host] of credentials) LOG.debug('have credentials for %s', host);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "the values of a map of credentials, taken apart in a for-of",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function list(credentials: Map<string, string>) {
        for (const [host, secret] of credentials) LOG.debug('%s: %s', host, secret);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `secret` reaches `LOG.debug`.
        line: 3,
        column: 45,
        endLine: 3,
        endColumn: 78,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            export function list(credentials: Map<string, string>) {
              for (const [host, secret] of credentials) LOG.debug('%s: %s', host, '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "an element of a map of passwords, whole",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function list(passwords: Map<string, string>) {
        for (const entry of passwords) LOG.debug('%o', entry);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `passwords`, which carries secrets, reaches `LOG.debug` through iteration and `entry`.
        line: 3,
        column: 34,
        endLine: 3,
        endColumn: 56,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            export function list(passwords: Map<string, string>) {
              for (const entry of passwords) LOG.debug('%o', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

typedRuleTester.run("a for-of taking the pairs of a carrier apart, typed", rule, {
  valid: [
  {
    name: "the keys of a map of credentials, taken apart in a for-of",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function list(credentials: Map<string, string>) {
        for (const [host] of credentials) LOG.debug('have credentials for %s', host);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "the values of a map of credentials, taken apart in a for-of",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function list(credentials: Map<string, string>) {
        for (const [host, secret] of credentials) LOG.debug('%s: %s', host, secret);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `secret` reaches `LOG.debug`.
        line: 3,
        column: 45,
        endLine: 3,
        endColumn: 78,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            export function list(credentials: Map<string, string>) {
              for (const [host, secret] of credentials) LOG.debug('%s: %s', host, '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "an element of a map of passwords, whole",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function list(passwords: Map<string, string>) {
        for (const entry of passwords) LOG.debug('%o', entry);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `passwords`, which carries secrets, reaches `LOG.debug` through iteration and `entry`.
        line: 3,
        column: 34,
        endLine: 3,
        endColumn: 56,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            export function list(passwords: Map<string, string>) {
              for (const entry of passwords) LOG.debug('%o', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

typedRuleTester.run("a key held as bytes, typed", rule, {
  valid: [
  {
    name: "a number or a list of flags with a key's name holds nothing",
    code: dedent`
      declare const logger: { debug(message: string): void };
      export function dump(o: { keyLength: number; tokenExpiresAt: number; passwordFlags: boolean[] }): void {
        logger.debug(\`\${o.keyLength} \${o.tokenExpiresAt} \${o.passwordFlags.join(',')}\`);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a key held as bytes keeps its name",
    code: dedent`
      declare const logger: { debug(message: string): void };
      export function dump(o: { networkKey: number[]; encryptionKey: readonly number[] }): void {
        logger.debug(\`configured=\${Buffer.from(o.networkKey).toString('hex')}\`);
        logger.debug(\`enc=\${o.encryptionKey.join(',')}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `o.networkKey` reaches `logger.debug` through `Buffer.from`, `.toString()` and the template literal.
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 74,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const logger: { debug(message: string): void };
            export function dump(o: { networkKey: number[]; encryptionKey: readonly number[] }): void {
              logger.debug(\`configured=\${Buffer.from('<redacted>').toString('hex')}\`);
              logger.debug(\`enc=\${o.encryptionKey.join(',')}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `o.encryptionKey` reaches `logger.debug` through `.join()` and the template literal.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 51,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const logger: { debug(message: string): void };
            export function dump(o: { networkKey: number[]; encryptionKey: readonly number[] }): void {
              logger.debug(\`configured=\${Buffer.from(o.networkKey).toString('hex')}\`);
              logger.debug(\`enc=\${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("the add-mask command, after review", rule, {
  valid: [
  {
    name: "the add-mask command in printf form",
    code: dedent`
      export function register(token: string) {
        console.log('::add-mask::%s', token);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "the add-mask command beside another argument is printed as text",
    code: dedent`
      export function register(token: string) {
        console.log('Masking', \`::add-mask::\${token}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `token` reaches `console.log` through the template literal.
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 49,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            export function register(token: string) {
              console.log('Masking', \`::add-mask::\${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "the add-mask command sent to a structured logger is printed as a field",
    code: dedent`
      import pino from 'pino';
      const logger = pino();
      export function register(token: string) {
        logger.info(\`::add-mask::\${token}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `token` reaches `logger.info` through the template literal.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 38,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import pino from 'pino';
            const logger = pino();
            export function register(token: string) {
              logger.info(\`::add-mask::\${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "the add-mask command followed by another line prints that line",
    code: dedent`
      export function register(token: string) {
        console.log(\`::add-mask::\${token}
      password set\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `token` reaches `console.log` through the template literal.
        line: 2,
        column: 3,
        endLine: 3,
        endColumn: 15,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            export function register(token: string) {
              console.log(\`::add-mask::\${'<redacted>'}
            password set\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a map's keys", rule, {
  valid: [
  {
    name: "the keys of a map holding secrets, with unknown calls carrying",
    options: [{"checkUnknownCalls":true}],
    code: dedent`
      declare const logger: { error(message: string): void };
      export class Coordinator {
        private readonly methods: Map<string, object>;
        constructor(password: string) {
          this.methods = new Map<string, object>([['Password', { password }]]);
        }
        describe(method: string): void {
          const available = Array.from(this.methods.keys()).join(', ');
          logger.error(\`Unknown method \${method}; available: \${available}\`);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "the values of a map holding secrets, with unknown calls carrying",
    options: [{"checkUnknownCalls":true}],
    code: dedent`
      declare const logger: { error(message: string): void };
      export class Coordinator {
        private readonly methods: Map<string, object>;
        constructor(password: string) {
          this.methods = new Map<string, object>([['Password', { password }]]);
        }
        describe(): void {
          const available = Array.from(this.methods.values()).join(', ');
          logger.error(\`available: \${available}\`);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `password` reaches `logger.error` through an object literal, an array, `new Map(...)`, 4 other steps, `available` and the template literal.
        line: 9,
        column: 5,
        endLine: 9,
        endColumn: 44,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const logger: { error(message: string): void };
            export class Coordinator {
              private readonly methods: Map<string, object>;
              constructor(password: string) {
                this.methods = new Map<string, object>([['Password', { password }]]);
              }
              describe(): void {
                const available = Array.from(this.methods.values()).join(', ');
                logger.error(\`available: \${'<redacted>'}\`);
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("the add-mask command must start the line", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "text before the add-mask command prints the value",
    code: dedent`
      export function register(token: string) {
        console.log(token + '::add-mask::');
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `token` reaches `console.log` through concatenation.
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 38,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            export function register(token: string) {
              console.log('<redacted>' + '::add-mask::');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("redaction by camelCase key names", rule, {
  valid: [
  {
    name: "a key test naming two camelCase secrets redacts",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function dump(driverInfo: Record<string, string>) {
        const shown = Object.fromEntries(
          Object.entries(driverInfo).map(([key, value]) => (key === 'ipmiPassword' || key === 'ipmiHexKgKey' ? [key, '***'] : [key, value])),
        );
        LOG.debug('driver info: %o', shown);
      }
    `,
  },
  {
    name: "a camelCase list of secrets filtering the pairs redacts",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      const SECRET_KEYS = new Set(['ipmiPassword', 'redfishPassword']);
      export function dump(driverInfo: Record<string, string>) {
        LOG.debug('driver info: %o', Object.fromEntries(Object.entries(driverInfo).filter(([key]) => !SECRET_KEYS.has(key))));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "the same name in two cases rules out one secret only",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function dump(driverInfo: Record<string, string>) {
        for (const [key, value] of Object.entries(driverInfo)) {
          if (key === 'ipmiPassword' || key === 'ipmi_password') continue;
          LOG.debug('%s=%s', key, value);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `driverInfo`, which carries secrets, reaches `LOG.debug` through `Object.entries`, iteration, destructuring and `value`.
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            export function dump(driverInfo: Record<string, string>) {
              for (const [key, value] of Object.entries(driverInfo)) {
                if (key === 'ipmiPassword' || key === 'ipmi_password') continue;
                LOG.debug('%s=%s', key, '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

typedRuleTester.run("JSON text of a parameter, in a template, typed", rule, {
  valid: [
  {
    name: "an object handed to a function logging it in a template shows nothing of it",
    code: dedent`
      declare const logger: { debug(message: string): void };
      function exec(params: object): void {
        logger.debug(\`==> \${String(params)}\`);
      }
      export function form(networkKey: string): void {
        exec({ nwkKey: networkKey, index: 0 });
      }
    `,
  },
  ],
  invalid: [
  {
    name: "an object with a secret handed to a function logging it as JSON text in a template",
    code: dedent`
      declare const logger: { debug(message: string): void };
      function execTemplate(params: unknown): void {
        logger.debug(\`==> \${JSON.stringify(params)}\`);
      }
      function execConcat(params: { [key: string]: unknown }): void {
        logger.debug('==> ' + JSON.stringify(params));
      }
      export function form(networkKey: string): void {
        execTemplate({ nwkKey: networkKey, index: 0 });
        execConcat({ nwkKey: networkKey, index: 0 });
      }
    `,
    errors: [
      {
        messageId: "secretThroughWrapper",
        // `networkKey` reaches `execTemplate` through an object literal, whose parameter `params` is logged by `logger.debug` at line 3.
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 49,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const logger: { debug(message: string): void };
            function execTemplate(params: unknown): void {
              logger.debug(\`==> \${JSON.stringify(params)}\`);
            }
            function execConcat(params: { [key: string]: unknown }): void {
              logger.debug('==> ' + JSON.stringify(params));
            }
            export function form(networkKey: string): void {
              execTemplate({ nwkKey: '<redacted>', index: 0 });
              execConcat({ nwkKey: networkKey, index: 0 });
            }
          `,
        },
        ],
      },
      {
        messageId: "secretThroughWrapper",
        // `networkKey` reaches `execConcat` through an object literal, whose parameter `params` is logged by `logger.debug` at line 6.
        line: 10,
        column: 3,
        endLine: 10,
        endColumn: 47,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const logger: { debug(message: string): void };
            function execTemplate(params: unknown): void {
              logger.debug(\`==> \${JSON.stringify(params)}\`);
            }
            function execConcat(params: { [key: string]: unknown }): void {
              logger.debug('==> ' + JSON.stringify(params));
            }
            export function form(networkKey: string): void {
              execTemplate({ nwkKey: networkKey, index: 0 });
              execConcat({ nwkKey: '<redacted>', index: 0 });
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("one secret name in two spellings", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "one secret name in two spellings rules out one secret only",
    code: dedent`
      declare const LOG: { debug(...a: unknown[]): void };
      export function dump(driverInfo: Record<string, string>) {
        for (const [key, value] of Object.entries(driverInfo)) {
          if (key === 'apiKey' || key === 'APIKEY') continue;
          LOG.debug('%s=%s', key, value);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `driverInfo`, which carries secrets, reaches `LOG.debug` through `Object.entries`, iteration, destructuring and `value`.
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { debug(...a: unknown[]): void };
            export function dump(driverInfo: Record<string, string>) {
              for (const [key, value] of Object.entries(driverInfo)) {
                if (key === 'apiKey' || key === 'APIKEY') continue;
                LOG.debug('%s=%s', key, '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a decryption keyed with a password (checkUnknownCalls)", rule, {
  valid: [
  {
    name: "a decryption keyed with a password after the data",
    options: [{"checkUnknownCalls":true}],
    code: dedent`
      import { AES, enc } from 'crypto-js';
      declare const LOG: { debug(message: string, ...values: unknown[]): void };
      export function open(cipherText: string, password: string): string {
        const plain = AES.decrypt(cipherText, password).toString(enc.Utf8);
        LOG.debug('decrypted %s', plain);
        return plain;
      }
    `,
  },
  {
    name: "a decryption keyed with a passphrase read off options",
    options: [{"checkUnknownCalls":true}],
    code: dedent`
      declare function decryptBlob(data: Buffer, passphrase: string): Buffer;
      declare const LOG: { debug(message: string, ...values: unknown[]): void };
      export function load(blob: Buffer, options: { passphrase: string }): void {
        const config = decryptBlob(blob, options.passphrase);
        LOG.debug('loaded %s', config);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a password decrypted as data carries",
    options: [{"checkUnknownCalls":true}],
    code: dedent`
      declare function decrypt(data: string, key: Buffer): string;
      declare const LOG: { debug(message: string, ...values: unknown[]): void };
      export function show(password: string, key: Buffer): void {
        LOG.debug('password %s', decrypt(password, key));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `password` reaches `LOG.debug` through an unknown call.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 51,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare function decrypt(data: string, key: Buffer): string;
            declare const LOG: { debug(message: string, ...values: unknown[]): void };
            export function show(password: string, key: Buffer): void {
              LOG.debug('password %s', decrypt('<redacted>', key));
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

typedRuleTester.run("Object.assign's later sources overwrite an earlier one's keys (typed)", rule, {
  valid: [
  {
    name: "a closed carrier copied by Object.assign with its secret overwritten",
    code: dedent`
      declare const LOG: { debug(message: string, ...values: unknown[]): void };
      interface DriverInfo { ipmi_address: string; ipmi_username: string; ipmi_password: string }
      export function show(node: { id: string; driver_info: DriverInfo }): void {
        LOG.debug('%o', Object.assign({}, node.driver_info, { ipmi_password: '***' }));
      }
    `,
  },
  {
    name: "a secret written in an earlier literal source and overwritten by a later one",
    code: dedent`
      declare const LOG: { debug(message: string, ...values: unknown[]): void };
      export function show(password: string): void {
        LOG.debug('%o', Object.assign({}, { user: 'admin', password }, { password: '***' }));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a closed carrier copied by Object.assign with another key overwritten",
    code: dedent`
      declare const LOG: { debug(message: string, ...values: unknown[]): void };
      interface DriverInfo { ipmi_address: string; ipmi_username: string; ipmi_password: string }
      export function show(node: { id: string; driver_info: DriverInfo }): void {
        LOG.debug('%o', Object.assign({}, node.driver_info, { ipmi_address: 'hidden' }));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `node.driver_info`, which carries secrets, reaches `LOG.debug` through `Object.assign`.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 83,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { debug(message: string, ...values: unknown[]): void };
            interface DriverInfo { ipmi_address: string; ipmi_username: string; ipmi_password: string }
            export function show(node: { id: string; driver_info: DriverInfo }): void {
              LOG.debug('%o', Object.assign({}, '<redacted>', { ipmi_address: 'hidden' }));
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a literal source written before the carrier does not clear it",
    code: dedent`
      declare const LOG: { debug(message: string, ...values: unknown[]): void };
      interface DriverInfo { ipmi_address: string; ipmi_username: string; ipmi_password: string }
      export function show(node: { id: string; driver_info: DriverInfo }): void {
        LOG.debug('%o', Object.assign({}, { ipmi_password: '***' }, node.driver_info));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `node.driver_info`, which carries secrets, reaches `LOG.debug` through `Object.assign`.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 81,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { debug(message: string, ...values: unknown[]): void };
            interface DriverInfo { ipmi_address: string; ipmi_username: string; ipmi_password: string }
            export function show(node: { id: string; driver_info: DriverInfo }): void {
              LOG.debug('%o', Object.assign({}, { ipmi_password: '***' }, '<redacted>'));
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("Object.assign's later sources overwrite an earlier one's keys", rule, {
  valid: [
  {
    name: "a secret written in an earlier literal source and overwritten by a later one",
    code: dedent`
      declare const LOG: { debug(message: string, ...values: unknown[]): void };
      export function show(password: string): void {
        LOG.debug('%o', Object.assign({}, { user: 'admin', password }, { password: '***' }));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a closed carrier copied by Object.assign with its secret overwritten, without types, by its name",
    code: dedent`
      declare const LOG: { debug(message: string, ...values: unknown[]): void };
      interface DriverInfo { ipmi_address: string; ipmi_username: string; ipmi_password: string }
      export function show(node: { id: string; driver_info: DriverInfo }): void {
        LOG.debug('%o', Object.assign({}, node.driver_info, { ipmi_password: '***' }));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `node.driver_info`, which carries secrets, reaches `LOG.debug` through `Object.assign`.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 81,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { debug(message: string, ...values: unknown[]): void };
            interface DriverInfo { ipmi_address: string; ipmi_username: string; ipmi_password: string }
            export function show(node: { id: string; driver_info: DriverInfo }): void {
              LOG.debug('%o', Object.assign({}, '<redacted>', { ipmi_password: '***' }));
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("an error shown to be no HTTP client's holds no request", rule, {
  valid: [
  {
    name: "an error logged where a test showed it is no axios error",
    code: dedent`
      import axios, { isAxiosError } from 'axios';
      declare const log: { error(message: string, ...values: unknown[]): void };
      export async function send(url: string, token: string): Promise<void> {
        try {
          await axios.put(url, {}, { headers: { Authorization: \`Bearer \${token}\` } });
        } catch (error) {
          if (!isAxiosError(error)) {
            log.error('failed to send', error);
            throw error;
          }
          throw new Error(\`failed with status \${String(error.response?.status)}\`);
        }
      }
    `,
  },
  {
    name: "an error logged after a guard that leaves for axios errors",
    code: dedent`
      import axios from 'axios';
      declare const log: { error(message: string, ...values: unknown[]): void };
      export async function send(url: string, token: string): Promise<void> {
        try {
          await axios.put(url, {}, { headers: { Authorization: \`Bearer \${token}\` } });
        } catch (error) {
          if (axios.isAxiosError(error)) throw new Error('request failed');
          log.error('failed to send', error);
          throw error;
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "an axios error logged on the branch that shows it is one",
    code: dedent`
      import axios, { AxiosError } from 'axios';
      declare const log: { error(message: string, ...values: unknown[]): void };
      export async function send(url: string, token: string): Promise<void> {
        try {
          await axios.put(url, {}, { headers: { Authorization: \`Bearer \${token}\` } });
        } catch (error) {
          if (error instanceof AxiosError) log.error('request failed', error);
          throw error;
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `error`, the error of `axios.put`, which holds the request made with `token`, reaches `log.error`.
        line: 7,
        column: 38,
        endLine: 7,
        endColumn: 72,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import axios, { AxiosError } from 'axios';
            declare const log: { error(message: string, ...values: unknown[]): void };
            export async function send(url: string, token: string): Promise<void> {
              try {
                await axios.put(url, {}, { headers: { Authorization: \`Bearer \${token}\` } });
              } catch (error) {
                if (error instanceof AxiosError) log.error('request failed', '<redacted>');
                throw error;
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

typedRuleTester.run("an error shown to be no HTTP client's holds no request, typed", rule, {
  valid: [
  {
    name: "an error logged where a test showed it is no axios error",
    code: dedent`
      import axios, { isAxiosError } from 'axios';
      declare const log: { error(message: string, ...values: unknown[]): void };
      export async function send(url: string, token: string): Promise<void> {
        try {
          await axios.put(url, {}, { headers: { Authorization: \`Bearer \${token}\` } });
        } catch (error) {
          if (!isAxiosError(error)) {
            log.error('failed to send', error);
            throw error;
          }
          throw new Error(\`failed with status \${String(error.response?.status)}\`);
        }
      }
    `,
  },
  {
    name: "an error logged after a guard that leaves for axios errors",
    code: dedent`
      import axios from 'axios';
      declare const log: { error(message: string, ...values: unknown[]): void };
      export async function send(url: string, token: string): Promise<void> {
        try {
          await axios.put(url, {}, { headers: { Authorization: \`Bearer \${token}\` } });
        } catch (error) {
          if (axios.isAxiosError(error)) throw new Error('request failed');
          log.error('failed to send', error);
          throw error;
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "an axios error logged on the branch that shows it is one",
    code: dedent`
      import axios, { AxiosError } from 'axios';
      declare const log: { error(message: string, ...values: unknown[]): void };
      export async function send(url: string, token: string): Promise<void> {
        try {
          await axios.put(url, {}, { headers: { Authorization: \`Bearer \${token}\` } });
        } catch (error) {
          if (error instanceof AxiosError) log.error('request failed', error);
          throw error;
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `error`, the error of `axios.put`, which holds the request made with `token`, reaches `log.error`.
        line: 7,
        column: 38,
        endLine: 7,
        endColumn: 72,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import axios, { AxiosError } from 'axios';
            declare const log: { error(message: string, ...values: unknown[]): void };
            export async function send(url: string, token: string): Promise<void> {
              try {
                await axios.put(url, {}, { headers: { Authorization: \`Bearer \${token}\` } });
              } catch (error) {
                if (error instanceof AxiosError) log.error('request failed', '<redacted>');
                throw error;
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("tables of codes", rule, {
  valid: [
  {
    name: "a member of an imported table of error codes",
    code: dedent`
      import { ErrCode, ApiError } from './api';
      declare const log: { error(message: string, ...values: unknown[]): void };
      export function check(room: string | undefined): void {
        try {
          if (!room) throw new ApiError('No room found for access token', ErrCode.BadToken);
        } catch (error) {
          log.error('failed to get the room', error);
        }
      }
    `,
  },
  {
    name: "a member of an imported table of errors",
    code: dedent`
      import { Errors } from './errors';
      declare const log: { warn(message: string, ...values: unknown[]): void };
      export function refuse(): void {
        log.warn('login refused: %s', Errors.InvalidPassword);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a token read off a message is still a secret",
    code: dedent`
      declare const log: { debug(message: string, ...values: unknown[]): void };
      export function onAuth(message: { type: string; token: string }): void {
        log.debug('auth message %s', message.token);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `message.token` reaches `log.debug`.
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 46,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const log: { debug(message: string, ...values: unknown[]): void };
            export function onAuth(message: { type: string; token: string }): void {
              log.debug('auth message %s', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("values named as codes", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "secrets read off values named as codes are still secrets",
    code: dedent`
      declare const log: { info(message: string, ...values: unknown[]): void };
      export function enrol(qrCode: { secret: string; url: string }, authCode: { accessToken: string }): void {
        log.info('enrolled %s with %s', qrCode.secret, authCode.accessToken);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `qrCode.secret` reaches `log.info`, as does `authCode.accessToken`.
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 71,
        suggestions: [
        {
          messageId: "suggestRedactAll",
          output: dedent`
            declare const log: { info(message: string, ...values: unknown[]): void };
            export function enrol(qrCode: { secret: string; url: string }, authCode: { accessToken: string }): void {
              log.info('enrolled %s with %s', '<redacted>', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("narrowing tied to the request's library and variable", rule, {
  valid: [
  {
    name: "a got error shown to be no RequestError holds no request",
    code: dedent`
      import got, { RequestError } from 'got';
      declare const log: { error(message: string, ...values: unknown[]): void };
      export async function send(url: string, token: string): Promise<void> {
        try {
          await got.put(url, { headers: { Authorization: \`Bearer \${token}\` } });
        } catch (error) {
          if (!(error instanceof RequestError)) log.error('unexpected failure', error);
          throw error;
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a got error shown not to be an HTTPError may still be a RequestError",
    code: dedent`
      import got, { HTTPError } from 'got';
      declare const log: { error(message: string, ...values: unknown[]): void };
      export async function send(url: string, token: string): Promise<void> {
        try {
          await got.put(url, { headers: { Authorization: \`Bearer \${token}\` } });
        } catch (error) {
          if (!(error instanceof HTTPError)) log.error('transport failure', error);
          throw error;
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `error`, the error of `got.put`, which holds the request made with `token`, reaches `log.error`.
        line: 7,
        column: 40,
        endLine: 7,
        endColumn: 77,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import got, { HTTPError } from 'got';
            declare const log: { error(message: string, ...values: unknown[]): void };
            export async function send(url: string, token: string): Promise<void> {
              try {
                await got.put(url, { headers: { Authorization: \`Bearer \${token}\` } });
              } catch (error) {
                if (!(error instanceof HTTPError)) log.error('transport failure', '<redacted>');
                throw error;
              }
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "an axios test says nothing of a got request's error",
    code: dedent`
      import got from 'got';
      import { isAxiosError } from 'axios';
      declare const log: { error(message: string, ...values: unknown[]): void };
      export async function send(url: string, token: string): Promise<void> {
        try {
          await got.put(url, { headers: { Authorization: \`Bearer \${token}\` } });
        } catch (error) {
          if (isAxiosError(error)) throw new Error('unexpected');
          log.error('failed', error);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `error`, the error of `got.put`, which holds the request made with `token`, reaches `log.error`.
        line: 9,
        column: 5,
        endLine: 9,
        endColumn: 31,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import got from 'got';
            import { isAxiosError } from 'axios';
            declare const log: { error(message: string, ...values: unknown[]): void };
            export async function send(url: string, token: string): Promise<void> {
              try {
                await got.put(url, { headers: { Authorization: \`Bearer \${token}\` } });
              } catch (error) {
                if (isAxiosError(error)) throw new Error('unexpected');
                log.error('failed', '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "an outer test of another error of the same name narrows nothing",
    code: dedent`
      import axios, { isAxiosError } from 'axios';
      declare const log: { error(message: string, ...values: unknown[]): void };
      export async function send(url: string, token: string, err: unknown): Promise<void> {
        if (!isAxiosError(err)) {
          try {
            await axios.put(url, {}, { headers: { Authorization: \`Bearer \${token}\` } });
          } catch (err) {
            log.error('failed', err);
          }
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `err`, the error of `axios.put`, which holds the request made with `token`, reaches `log.error`.
        line: 8,
        column: 7,
        endLine: 8,
        endColumn: 31,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import axios, { isAxiosError } from 'axios';
            declare const log: { error(message: string, ...values: unknown[]): void };
            export async function send(url: string, token: string, err: unknown): Promise<void> {
              if (!isAxiosError(err)) {
                try {
                  await axios.put(url, {}, { headers: { Authorization: \`Bearer \${token}\` } });
                } catch (err) {
                  log.error('failed', '<redacted>');
                }
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a decryption keyed first (checkUnknownCalls)", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "a password decrypted with a key handed first carries",
    options: [{"checkUnknownCalls":true}],
    code: dedent`
      declare function decrypt(key: string, data: string): string;
      declare const LOG: { info(message: string, ...values: unknown[]): void };
      export function show(settings: { masterKey: string; bmcPassword: string }): void {
        LOG.info('bmc %s', decrypt(settings.masterKey, settings.bmcPassword));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `settings.bmcPassword` reaches `LOG.info` through an unknown call.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 72,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare function decrypt(key: string, data: string): string;
            declare const LOG: { info(message: string, ...values: unknown[]): void };
            export function show(settings: { masterKey: string; bmcPassword: string }): void {
              LOG.info('bmc %s', decrypt(settings.masterKey, '<redacted>'));
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a renamed axios test", rule, {
  valid: [
  {
    name: "an axios test imported under another name narrows the error",
    code: dedent`
      import axios, { isAxiosError as isHttpError } from 'axios';
      declare const LOG: { error(message: string, ...values: unknown[]): void };
      export async function getNode(url: string, token: string): Promise<unknown> {
        try {
          return await axios.get(url, { headers: { Authorization: token } });
        } catch (err) {
          if (isHttpError(err)) return null;
          LOG.error('unexpected', err);
          throw err;
        }
      }
    `,
  },
  ],
  invalid: [

  ],
});

ruleTester.run("constants of a table of codes", rule, {
  valid: [
  {
    name: "a constant member of a camelCase table of codes",
    code: dedent`
      import * as errorCodes from './error-codes';
      declare const logger: { warn(...values: unknown[]): void };
      export function refuse(): void {
        logger.warn('auth failed', errorCodes.INVALID_TOKEN);
      }
    `,
  },
  ],
  invalid: [

  ],
});

ruleTester.run("a decryption given a key size (checkUnknownCalls)", rule, {
  valid: [
  {
    name: "a password decrypted with its key size handed too is the key",
    options: [{"checkUnknownCalls":true}],
    code: dedent`
      declare function decrypt(data: string, password: string, keySize: number): string;
      declare const logger: { info(...values: unknown[]): void };
      export function open(cipherText: string, password: string, keySize: number): void {
        logger.info('plain', decrypt(cipherText, password, keySize));
      }
    `,
  },
  ],
  invalid: [

  ],
});

ruleTester.run("an axios test compared to a boolean", rule, {
  valid: [
  {
    name: "an error logged where isAxiosError compared to false",
    code: dedent`
      import axios, { isAxiosError } from 'axios';
      declare const log: { error(message: string, ...values: unknown[]): void };
      export async function send(url: string, token: string): Promise<void> {
        try {
          await axios.put(url, {}, { headers: { Authorization: \`Bearer \${token}\` } });
        } catch (error) {
          if (isAxiosError(error) === false) {
            log.error('failed to send', error);
            throw error;
          }
          throw new Error('request failed');
        }
      }
    `,
  },
  {
    name: "an error logged after a guard that leaves when the test is not false",
    code: dedent`
      import axios from 'axios';
      declare const log: { error(message: string, ...values: unknown[]): void };
      export async function send(url: string, token: string): Promise<void> {
        try {
          await axios.put(url, {}, { headers: { Authorization: \`Bearer \${token}\` } });
        } catch (error) {
          if (false != axios.isAxiosError(error)) throw new Error('request failed');
          log.error('failed to send', error);
          throw error;
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "an axios error logged where the test is compared to true",
    code: dedent`
      import axios, { isAxiosError } from 'axios';
      declare const log: { error(message: string, ...values: unknown[]): void };
      export async function send(url: string, token: string): Promise<void> {
        try {
          await axios.put(url, {}, { headers: { Authorization: \`Bearer \${token}\` } });
        } catch (error) {
          if (isAxiosError(error) === true) {
            log.error('failed to send', error);
          }
          throw error;
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `error`, the error of `axios.put`, which holds the request made with `token`, reaches `log.error`.
        line: 8,
        column: 7,
        endLine: 8,
        endColumn: 41,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import axios, { isAxiosError } from 'axios';
            declare const log: { error(message: string, ...values: unknown[]): void };
            export async function send(url: string, token: string): Promise<void> {
              try {
                await axios.put(url, {}, { headers: { Authorization: \`Bearer \${token}\` } });
              } catch (error) {
                if (isAxiosError(error) === true) {
                  log.error('failed to send', '<redacted>');
                }
                throw error;
              }
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "an axios error logged where the test is not false",
    code: dedent`
      import axios, { isAxiosError } from 'axios';
      declare const log: { error(message: string, ...values: unknown[]): void };
      export async function send(url: string, token: string): Promise<void> {
        try {
          await axios.put(url, {}, { headers: { Authorization: \`Bearer \${token}\` } });
        } catch (error) {
          if (isAxiosError(error) !== false) log.error('failed to send', error);
          throw error;
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `error`, the error of `axios.put`, which holds the request made with `token`, reaches `log.error`.
        line: 7,
        column: 40,
        endLine: 7,
        endColumn: 74,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import axios, { isAxiosError } from 'axios';
            declare const log: { error(message: string, ...values: unknown[]): void };
            export async function send(url: string, token: string): Promise<void> {
              try {
                await axios.put(url, {}, { headers: { Authorization: \`Bearer \${token}\` } });
              } catch (error) {
                if (isAxiosError(error) !== false) log.error('failed to send', '<redacted>');
                throw error;
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a member destructured out of a table of codes or names", rule, {
  valid: [
  {
    name: "a member destructured out of a code table",
    code: dedent`
      import { ErrCode } from './codes';
      declare const logger: { warn(...values: unknown[]): void };
      export function refuse(): void {
        const { BadToken } = ErrCode;
        logger.warn('auth failed', BadToken);
      }
    `,
  },
  {
    name: "a member renamed out of a naming table",
    code: dedent`
      declare const FieldNames: { readonly password: string };
      declare const logger: { warn(...values: unknown[]): void };
      export function refuse(): void {
        const { password: field } = FieldNames;
        logger.warn(\`missing field \${field}\`);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a camelCase member destructured out of a camelCase code",
    code: dedent`
      declare const qrCode: { readonly secret: string };
      declare const logger: { warn(...values: unknown[]): void };
      export function show(): void {
        const { secret } = qrCode;
        logger.warn('qr', secret);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `secret` reaches `logger.warn`.
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 28,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const qrCode: { readonly secret: string };
            declare const logger: { warn(...values: unknown[]): void };
            export function show(): void {
              const { secret } = qrCode;
              logger.warn('qr', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a member destructured out of a code table and written again",
    code: dedent`
      import { ErrCode } from './codes';
      declare const logger: { warn(...values: unknown[]): void };
      export function refuse(token: string): void {
        let { BadToken } = ErrCode;
        BadToken = token;
        logger.warn('auth failed', BadToken);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `BadToken` reaches `logger.warn`.
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import { ErrCode } from './codes';
            declare const logger: { warn(...values: unknown[]): void };
            export function refuse(token: string): void {
              let { BadToken } = ErrCode;
              BadToken = token;
              logger.warn('auth failed', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a member of a table of ids", rule, {
  valid: [
  {
    name: "a member of an imported table of log ids",
    code: dedent`
      import { LogId } from './log-ids';
      declare const logger: { debug(e: object): void };
      export function fetchToken(): void {
        logger.debug({ id: LogId.tokenFetch, context: 'tokenManager', message: 'Fetching new access token' });
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a token of a session by id",
    code: dedent`
      declare const sessionsById: Map<string, { token: string }>;
      declare const logger: { debug(...a: unknown[]): void };
      export function show(id: string): void {
        logger.debug('session', sessionsById.get(id)?.token);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `sessionsById.get(id)?.token` reaches `logger.debug`.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 55,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const sessionsById: Map<string, { token: string }>;
            declare const logger: { debug(...a: unknown[]): void };
            export function show(id: string): void {
              logger.debug('session', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("an axios error a helper of the file lets through", rule, {
  valid: [
  {
    name: "a helper that translates the axios error itself",
    code: dedent`
      import axios from 'axios';
      declare const Logger: { error(...a: unknown[]): void };
      async function get(url: string, apiKey: string): Promise<unknown> {
        try {
          const response = await axios.get(url, { headers: { 'X-Api-Key': apiKey } });
          return response.data;
        } catch {
          throw new Error(\`GET \${url} failed\`);
        }
      }
      export async function balance(apiKey: string): Promise<unknown> {
        try {
          return await get('/balance', apiKey);
        } catch (error) {
          Logger.error('Failed to fetch balance:', error);
          return undefined;
        }
      }
    `,
  },
  {
    name: "a helper's axios error shown to be none of axios's",
    code: dedent`
      import axios, { isAxiosError } from 'axios';
      declare const Logger: { error(...a: unknown[]): void };
      async function get(url: string, apiKey: string): Promise<unknown> {
        const response = await axios.get(url, { headers: { 'X-Api-Key': apiKey } });
        return response.data;
      }
      export async function balance(apiKey: string): Promise<unknown> {
        try {
          return await get('/balance', apiKey);
        } catch (error) {
          if (isAxiosError(error)) throw new Error('request failed');
          Logger.error('Failed to fetch balance:', error);
          return undefined;
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "an axios error a private helper of the file lets through, logged whole",
    code: dedent`
      import axios from 'axios';
      declare const Logger: { error(...a: unknown[]): void };
      export class AccountService {
        constructor(private readonly auth: { getAuthToken(): Promise<string> }) {}
        private async authenticatedRequest<T>(url: string): Promise<T> {
          const token = await this.auth.getAuthToken();
          const response = await axios.request({ url, method: 'GET', headers: { Authorization: \`Bearer \${token}\` } });
          return response.data as T;
        }
        async fetchBalance(): Promise<unknown> {
          try {
            return await this.authenticatedRequest('/api/v1/users/me/balance');
          } catch (error) {
            Logger.error('Failed to fetch balance:', error);
            return undefined;
          }
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `error`, the error of `axios.request`, which holds the request made with `token`, reaches `Logger.error`.
        line: 14,
        column: 7,
        endLine: 14,
        endColumn: 54,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import axios from 'axios';
            declare const Logger: { error(...a: unknown[]): void };
            export class AccountService {
              constructor(private readonly auth: { getAuthToken(): Promise<string> }) {}
              private async authenticatedRequest<T>(url: string): Promise<T> {
                const token = await this.auth.getAuthToken();
                const response = await axios.request({ url, method: 'GET', headers: { Authorization: \`Bearer \${token}\` } });
                return response.data as T;
              }
              async fetchBalance(): Promise<unknown> {
                try {
                  return await this.authenticatedRequest('/api/v1/users/me/balance');
                } catch (error) {
                  Logger.error('Failed to fetch balance:', '<redacted>');
                  return undefined;
                }
              }
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "an axios error of a helper given the token by the caller",
    code: dedent`
      import axios from 'axios';
      declare const Logger: { error(...a: unknown[]): void };
      async function get(url: string, apiKey: string): Promise<unknown> {
        const response = await axios.get(url, { headers: { 'X-Api-Key': apiKey } });
        return response.data;
      }
      export async function balance(apiKey: string): Promise<unknown> {
        try {
          return await get('/balance', apiKey);
        } catch (error) {
          Logger.error('Failed to fetch balance:', error);
          return undefined;
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `error`, the error of `axios.get`, which holds the request made with `apiKey`, reaches `Logger.error`.
        line: 11,
        column: 5,
        endLine: 11,
        endColumn: 52,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import axios from 'axios';
            declare const Logger: { error(...a: unknown[]): void };
            async function get(url: string, apiKey: string): Promise<unknown> {
              const response = await axios.get(url, { headers: { 'X-Api-Key': apiKey } });
              return response.data;
            }
            export async function balance(apiKey: string): Promise<unknown> {
              try {
                return await get('/balance', apiKey);
              } catch (error) {
                Logger.error('Failed to fetch balance:', '<redacted>');
                return undefined;
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a member of a table of endpoints", rule, {
  valid: [
  {
    name: "a member of a table of endpoint constants",
    code: dedent`
      const CLINE_API_ENDPOINT = { API_KEYS: '/api/v1/organizations/{id}/api-keys' } as const;
      declare const Logger: { error(...a: unknown[]): void };
      export function fail(orgId: string): void {
        Logger.error(\`Failed to fetch \${CLINE_API_ENDPOINT.API_KEYS.replace('{id}', orgId)}\`);
      }
    `,
  },
  {
    name: "a member of an imported routes enum",
    code: dedent`
      import { Routes } from './routes';
      declare const logger: { info(...a: unknown[]): void };
      export function called(): void {
        logger.info('calling', Routes.TOKEN);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a camelCase key of a camelCase endpoints object",
    code: dedent`
      declare const endpoints: { apiKey: string };
      declare const logger: { info(...a: unknown[]): void };
      export function show(): void {
        logger.info('key', endpoints.apiKey);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `endpoints.apiKey` reaches `logger.info`.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const endpoints: { apiKey: string };
            declare const logger: { info(...a: unknown[]): void };
            export function show(): void {
              logger.info('key', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a request on an instance made with a secret", rule, {
  valid: [
  {
    name: "the error of a request on an axios instance made with no secret",
    code: dedent`
      import axios from 'axios';
      declare const logger: { error(...a: unknown[]): void };
      const http = axios.create({ baseURL: 'https://api.example.com', timeout: 5000 });
      export async function send(body: unknown): Promise<unknown> {
        try {
          return await http.post('/messages', body);
        } catch (error) {
          logger.error('send failed', error);
          throw error;
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "the error of a request on an axios instance made with a token in its headers",
    code: dedent`
      import axios from 'axios';
      declare const logger: { error(...a: unknown[]): void };
      export class Provider {
        private readonly http;
        constructor(apiKey: string) {
          this.http = axios.create({ headers: { Authorization: \`Bearer \${apiKey}\` } });
        }
        async send(body: unknown): Promise<unknown> {
          try {
            return await this.http.post('/messages', body);
          } catch (error) {
            logger.error('send failed', error);
            throw error;
          }
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `error`, the error of `this.http.post`, which holds the request made with `apiKey`, reaches `logger.error`.
        line: 12,
        column: 7,
        endLine: 12,
        endColumn: 41,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import axios from 'axios';
            declare const logger: { error(...a: unknown[]): void };
            export class Provider {
              private readonly http;
              constructor(apiKey: string) {
                this.http = axios.create({ headers: { Authorization: \`Bearer \${apiKey}\` } });
              }
              async send(body: unknown): Promise<unknown> {
                try {
                  return await this.http.post('/messages', body);
                } catch (error) {
                  logger.error('send failed', '<redacted>');
                  throw error;
                }
              }
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "the error of a request on a got instance extended with a token",
    code: dedent`
      import got from 'got';
      declare const logger: { error(...a: unknown[]): void };
      declare const token: string;
      const api = got.extend({ prefixUrl: 'https://api.example.com', headers: { authorization: token } });
      export async function send(body: object): Promise<unknown> {
        try {
          return await api.post('messages', { json: body }).json();
        } catch (error) {
          logger.error('send failed', error);
          throw error;
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `error`, the error of `api.post`, which holds the request made with `token`, reaches `logger.error`.
        line: 9,
        column: 5,
        endLine: 9,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import got from 'got';
            declare const logger: { error(...a: unknown[]): void };
            declare const token: string;
            const api = got.extend({ prefixUrl: 'https://api.example.com', headers: { authorization: token } });
            export async function send(body: object): Promise<unknown> {
              try {
                return await api.post('messages', { json: body }).json();
              } catch (error) {
                logger.error('send failed', '<redacted>');
                throw error;
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a progress token is a handle", rule, {
  valid: [
  {
    name: "an MCP progress token",
    code: dedent`
      declare const logger: { info(...a: unknown[]): void };
      export function progress(context: { _meta: { progressToken?: string | number } }): void {
        logger.info({ progressToken: String(context._meta.progressToken) });
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a refresh token beside it",
    code: dedent`
      declare const logger: { info(...a: unknown[]): void };
      export function progress(context: { refreshToken: string }): void {
        logger.info({ token: context.refreshToken });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `context.refreshToken` reaches `logger.info` through an object literal.
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 47,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const logger: { info(...a: unknown[]): void };
            export function progress(context: { refreshToken: string }): void {
              logger.info({ token: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a table's name leaves the value written there to decide", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "a token-shaped literal in a table of ids",
    code: dedent`
      const LogId = { tokenFetch: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789' } as const;
      declare const logger: { info(...a: unknown[]): void };
      export function show(): void {
        logger.info(LogId.tokenFetch);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // A GitHub token in a string literal reaches `logger.info`.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 32,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            const LogId = { tokenFetch: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789' } as const;
            declare const logger: { info(...a: unknown[]): void };
            export function show(): void {
              logger.info('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a URL with a password in a table of routes",
    code: dedent`
      const ROUTES = { DB: 'postgres://admin:S3cr3tPassw0rd@db.internal:5432/app' } as const;
      declare const logger: { info(...a: unknown[]): void };
      export function show(): void {
        logger.info('db at', ROUTES.DB);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // A URL with a password in a string literal reaches `logger.info`.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 34,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            const ROUTES = { DB: 'postgres://admin:S3cr3tPassw0rd@db.internal:5432/app' } as const;
            declare const logger: { info(...a: unknown[]): void };
            export function show(): void {
              logger.info('db at', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "the client secret of an OpenID configuration",
    code: dedent`
      declare const config: { openId: { clientSecret: string } };
      declare const logger: { info(...a: unknown[]): void };
      export function show(): void {
        logger.info(config.openId.clientSecret);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `config.openId.clientSecret` reaches `logger.info`.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 42,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const config: { openId: { clientSecret: string } };
            declare const logger: { info(...a: unknown[]): void };
            export function show(): void {
              logger.info('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a camelCase key of a capitalised endpoint configuration",
    code: dedent`
      declare const OPENAI_ENDPOINT: { url: string; apiKey: string };
      declare const logger: { info(...a: unknown[]): void };
      export function show(): void {
        logger.info(OPENAI_ENDPOINT.apiKey);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `OPENAI_ENDPOINT.apiKey` reaches `logger.info`.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 38,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const OPENAI_ENDPOINT: { url: string; apiKey: string };
            declare const logger: { info(...a: unknown[]): void };
            export function show(): void {
              logger.info('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a code taken out of a table with a secret for its default",
    code: dedent`
      import { ErrCode } from './codes';
      declare const logger: { warn(...values: unknown[]): void };
      export function refuse(token: string): void {
        const { BadToken = token } = ErrCode;
        logger.warn('auth failed', BadToken);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `token` reaches `logger.warn` through `BadToken`.
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import { ErrCode } from './codes';
            declare const logger: { warn(...values: unknown[]): void };
            export function refuse(token: string): void {
              const { BadToken = token } = ErrCode;
              logger.warn('auth failed', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("an axios error a helper of the file lets through, further cases (helper-103, helper-104)", rule, {
  valid: [
  {
    name: "a helper that fires its request and forgets it",
    code: dedent`
      import axios from 'axios';
      declare const Logger: { error(...a: unknown[]): void };
      declare const db: { load(id: string): Promise<unknown> };
      async function load(id: string, apiKey: string): Promise<unknown> {
        void axios.post('/audit', { id }, { headers: { 'X-Api-Key': apiKey } }).catch(() => undefined);
        return db.load(id);
      }
      export async function fetchItem(id: string, apiKey: string): Promise<unknown> {
        try {
          return await load(id, apiKey);
        } catch (error) {
          Logger.error('failed', error);
          return undefined;
        }
      }
    `,
  },
  {
    name: "a helper that handles its request's rejection in the chain",
    code: dedent`
      import axios from 'axios';
      declare const Logger: { error(...a: unknown[]): void };
      async function get(url: string, apiKey: string): Promise<unknown> {
        const response = await axios.get(url, { headers: { 'X-Api-Key': apiKey } }).catch(() => null);
        if (!response) throw new Error('request failed');
        return response.data;
      }
      export async function balance(apiKey: string): Promise<unknown> {
        try {
          return await get('/balance', apiKey);
        } catch (error) {
          Logger.error('failed', error);
          return undefined;
        }
      }
    `,
  },
  {
    name: "a helper given a plain value for its key parameter",
    code: dedent`
      import axios from 'axios';
      declare const Logger: { error(...a: unknown[]): void };
      async function get(url: string, apiKey: string): Promise<unknown> {
        const response = await axios.get(url, { headers: { 'X-Api-Key': apiKey } });
        return response.data;
      }
      export async function status(): Promise<unknown> {
        try {
          return await get('/status', 'anonymous');
        } catch (error) {
          Logger.error('Failed:', error);
          return undefined;
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "the request read out of a helper's axios error",
    code: dedent`
      import axios from 'axios';
      declare const Logger: { error(...a: unknown[]): void };
      async function get(url: string, apiKey: string): Promise<unknown> {
        const response = await axios.get(url, { headers: { 'X-Api-Key': apiKey } });
        return response.data;
      }
      export async function balance(apiKey: string): Promise<unknown> {
        try {
          return await get('/balance', apiKey);
        } catch (error: any) {
          Logger.error('Failed:', error.config);
          return undefined;
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `error.config`, the request of `axios.get` made with `apiKey`, reaches `Logger.error`.
        line: 11,
        column: 5,
        endLine: 11,
        endColumn: 42,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import axios from 'axios';
            declare const Logger: { error(...a: unknown[]): void };
            async function get(url: string, apiKey: string): Promise<unknown> {
              const response = await axios.get(url, { headers: { 'X-Api-Key': apiKey } });
              return response.data;
            }
            export async function balance(apiKey: string): Promise<unknown> {
              try {
                return await get('/balance', apiKey);
              } catch (error: any) {
                Logger.error('Failed:', '<redacted>');
                return undefined;
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a carrier a function of the file makes, written out there", rule, {
  valid: [
  {
    name: "headers a function of the file returns written out, sent with got",
    code: dedent`
      import got from 'got';
      declare const Logger: { error(...a: unknown[]): void };
      function buildHeaders(signature: string) {
        return { 'content-type': 'application/json', 'x-signature': signature };
      }
      export async function callBridge(url: string, signature: string): Promise<unknown> {
        const headers = buildHeaders(signature);
        try {
          return await got.post(url, { headers }).json();
        } catch (error) {
          Logger.error('bridge failed', error);
          throw error;
        }
      }
    `,
  },
  {
    name: "headers a function of the file returns, logged whole",
    code: dedent`
      declare const Logger: { info(...a: unknown[]): void };
      function buildHeaders(requestId: string) {
        return { accept: 'application/json', 'x-request-id': requestId };
      }
      export function show(requestId: string): void {
        const headers = buildHeaders(requestId);
        Logger.info('sending', headers);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "headers a function of the file returns with a token in them",
    code: dedent`
      import got from 'got';
      declare const Logger: { error(...a: unknown[]): void };
      declare const config: { apiToken: string };
      function buildHeaders() {
        return { authorization: \`Bearer \${config.apiToken}\` };
      }
      export async function callBridge(url: string): Promise<unknown> {
        const headers = buildHeaders();
        try {
          return await got.post(url, { headers }).json();
        } catch (error) {
          Logger.error('bridge failed', error);
          throw error;
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `error`, the error of `got.post`, which holds the request made with `config.apiToken`, reaches `Logger.error`.
        line: 12,
        column: 5,
        endLine: 12,
        endColumn: 41,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import got from 'got';
            declare const Logger: { error(...a: unknown[]): void };
            declare const config: { apiToken: string };
            function buildHeaders() {
              return { authorization: \`Bearer \${config.apiToken}\` };
            }
            export async function callBridge(url: string): Promise<unknown> {
              const headers = buildHeaders();
              try {
                return await got.post(url, { headers }).json();
              } catch (error) {
                Logger.error('bridge failed', '<redacted>');
                throw error;
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a helper's parameter default (helper-105)", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "a helper whose key parameter's default is a secret the call leaves to it",
    code: dedent`
      import axios from 'axios';
      declare const Logger: { error(...a: unknown[]): void };
      async function get(path: string, token = process.env.API_TOKEN): Promise<unknown> {
        const res = await axios.get(path, { headers: { Authorization: \`Bearer \${token}\` } });
        return res.data;
      }
      export async function run(): Promise<void> {
        try {
          await get('/status');
        } catch (error) {
          Logger.error('failed', error);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `error`, the error of `axios.get`, which holds the request made with `token`, reaches `Logger.error`.
        line: 11,
        column: 5,
        endLine: 11,
        endColumn: 34,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import axios from 'axios';
            declare const Logger: { error(...a: unknown[]): void };
            async function get(path: string, token = process.env.API_TOKEN): Promise<unknown> {
              const res = await axios.get(path, { headers: { Authorization: \`Bearer \${token}\` } });
              return res.data;
            }
            export async function run(): Promise<void> {
              try {
                await get('/status');
              } catch (error) {
                Logger.error('failed', '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a table the file writes with values that are no literals (helper-105)", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "an endpoint table the file writes with an environment variable under a key's name",
    code: dedent`
      declare const logger: { info(...a: unknown[]): void };
      const AZURE_OPENAI_ENDPOINT = { URL: 'https://x.openai.azure.com', API_KEY: process.env.AZURE_OPENAI_KEY };
      export function show(): void {
        logger.info('azure', AZURE_OPENAI_ENDPOINT.API_KEY);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `AZURE_OPENAI_ENDPOINT.API_KEY` reaches `logger.info`.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 54,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const logger: { info(...a: unknown[]): void };
            const AZURE_OPENAI_ENDPOINT = { URL: 'https://x.openai.azure.com', API_KEY: process.env.AZURE_OPENAI_KEY };
            export function show(): void {
              logger.info('azure', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a code table the file writes with a token from the environment",
    code: dedent`
      declare const logger: { info(...a: unknown[]): void };
      const ErrCode = { BadToken: process.env.GITHUB_TOKEN };
      export function show(): void {
        const { BadToken } = ErrCode;
        logger.info(BadToken);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `ErrCode.BadToken` reaches `logger.info` through destructuring and `BadToken`.
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 24,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const logger: { info(...a: unknown[]): void };
            const ErrCode = { BadToken: process.env.GITHUB_TOKEN };
            export function show(): void {
              const { BadToken } = ErrCode;
              logger.info('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a member destructured out of a table the file writes with values that are no literals", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "an endpoint table's member the file writes from the environment, destructured",
    code: dedent`
      declare const logger: { info(...a: unknown[]): void };
      const AZURE_OPENAI_ENDPOINT = { URL: 'https://x.openai.azure.com', API_KEY: process.env.AZURE_OPENAI_KEY };
      export function show(): void {
        const { API_KEY } = AZURE_OPENAI_ENDPOINT;
        logger.info('azure', API_KEY);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `API_KEY` reaches `logger.info`.
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 32,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const logger: { info(...a: unknown[]): void };
            const AZURE_OPENAI_ENDPOINT = { URL: 'https://x.openai.azure.com', API_KEY: process.env.AZURE_OPENAI_KEY };
            export function show(): void {
              const { API_KEY } = AZURE_OPENAI_ENDPOINT;
              logger.info('azure', '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a DID names a public key (helper-109, atproto)", rule, {
  valid: [
  {
    name: "a-decentralized-identifier-names-a-public-key",
    code: dedent`
      import pino from 'pino';
      const dbLogger = pino();
      export async function clear(actorStore, signingKey, did: string) {
        const signingKeyDid = signingKey.did();
        await actorStore.clearReservedKeypair(signingKeyDid, did).catch((err) => {
          dbLogger.error({ did, signingKeyDid, err }, 'Failed to clear reserved keypair');
        });
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a-did-read-off-a-secret-is-still-judged-by-the-secret",
    code: dedent`
      import pino from 'pino';
      const dbLogger = pino();
      export function show(signingKey: { privateKey: string }) {
        dbLogger.info({ key: signingKey.privateKey });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `signingKey.privateKey` reaches `dbLogger.info` through an object literal.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 48,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import pino from 'pino';
            const dbLogger = pino();
            export function show(signingKey: { privateKey: string }) {
              dbLogger.info({ key: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("JSON stringifiers by name, and names of versions free of secrets (helper-108, cal.com)", rule, {
  valid: [
  {
    name: "a-json-stringifier-given-a-replacer-list-writes-only-those-keys",
    code: dedent`
      import { safeStringify } from '@calcom/lib/safeStringify';
      declare const log: { debug(...a: unknown[]): void };
      export function show(node: { uuid: string; driverInfo: Record<string, string> }, password: string) {
        log.debug(safeStringify(node, ['uuid']));
        log.debug(safeStringify({ length: password.length }));
        log.debug(stringifyNode(node.uuid));
      }
    `,
  },
  {
    name: "a-version-made-free-of-secrets-is-no-secret",
    code: dedent`
      declare const log: { silly(...a: unknown[]): void };
      declare function getPiiFreeCredential(c: unknown): unknown;
      export function adapter(appName: string, cred: { key: string }) {
        log.silly('Getting video adapter for', JSON.stringify({ appName, cred: getPiiFreeCredential(cred) }));
        const secretFreeConfig = { host: 'x' };
        log.silly(secretFreeConfig);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a-projects-json-stringifier-carries-its-argument",
    code: dedent`
      import logger from '@calcom/lib/logger';
      import { safeStringify } from '@calcom/lib/safeStringify';
      import stringify from 'fast-safe-stringify';
      const log = logger.getSubLogger({ prefix: ['auth'] });
      export function authorize(credentials: { email: string; password: string }, url: string, accessToken: string) {
        log.debug('authorize', safeStringify({ credentials }));
        const headers = { Authorization: \`Bearer \${accessToken}\` };
        log.debug('Sending request', utils.stableStringify({ url, headers }));
        log.debug('Sending request', stringify({ url, headers }));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `credentials`, which carries secrets, reaches `log.debug` through an object literal and `safeStringify`.
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 57,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import logger from '@calcom/lib/logger';
            import { safeStringify } from '@calcom/lib/safeStringify';
            import stringify from 'fast-safe-stringify';
            const log = logger.getSubLogger({ prefix: ['auth'] });
            export function authorize(credentials: { email: string; password: string }, url: string, accessToken: string) {
              log.debug('authorize', safeStringify({ credentials: '<redacted>' }));
              const headers = { Authorization: \`Bearer \${accessToken}\` };
              log.debug('Sending request', utils.stableStringify({ url, headers }));
              log.debug('Sending request', stringify({ url, headers }));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `accessToken` reaches `log.debug` through the template literal, an object literal, `headers`, an object literal and `stableStringify`.
        line: 8,
        column: 3,
        endLine: 8,
        endColumn: 72,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import logger from '@calcom/lib/logger';
            import { safeStringify } from '@calcom/lib/safeStringify';
            import stringify from 'fast-safe-stringify';
            const log = logger.getSubLogger({ prefix: ['auth'] });
            export function authorize(credentials: { email: string; password: string }, url: string, accessToken: string) {
              log.debug('authorize', safeStringify({ credentials }));
              const headers = { Authorization: \`Bearer \${accessToken}\` };
              log.debug('Sending request', utils.stableStringify({ url, headers: '<redacted>' }));
              log.debug('Sending request', stringify({ url, headers }));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `accessToken` reaches `log.debug` through the template literal, an object literal, `headers`, an object literal and `stringify`.
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 60,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import logger from '@calcom/lib/logger';
            import { safeStringify } from '@calcom/lib/safeStringify';
            import stringify from 'fast-safe-stringify';
            const log = logger.getSubLogger({ prefix: ['auth'] });
            export function authorize(credentials: { email: string; password: string }, url: string, accessToken: string) {
              log.debug('authorize', safeStringify({ credentials }));
              const headers = { Authorization: \`Bearer \${accessToken}\` };
              log.debug('Sending request', utils.stableStringify({ url, headers }));
              log.debug('Sending request', stringify({ url, headers: '<redacted>' }));
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a-free-tiers-key-is-still-a-key",
    code: dedent`
      declare const log: { info(...a: unknown[]): void };
      export function show(freeApiKey: string) {
        log.info(freeApiKey);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `freeApiKey` reaches `log.info`.
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 23,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const log: { info(...a: unknown[]): void };
            export function show(freeApiKey: string) {
              log.info('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a secret read below a part (helper-108, cal.com)", rule, {
  valid: [
  {
    name: "a-part-whose-own-parts-name-no-secret",
    code: dedent`
      declare const log: { info(...a: unknown[]): void };
      export function postHandler(req: { body: any; query: any }) {
        if (req.query.token === 'x') return;
        log.info(req.body, req.body.type);
        const result = { data: { id: 1 } };
        log.info(result, result.data.id);
        req.body.items.token = '<redacted>';
        log.info(req.body.items);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a-value-whose-secret-the-file-reads-two-levels-down",
    code: dedent`
      declare const log: { info(...a: unknown[]): void; debug(...a: unknown[]): void };
      export async function exchange(code: string) {
        const response = await fetch('https://open.larksuite.com/open-apis/authen/v1/access_token', { method: 'POST', body: code });
        const responseBody = await response.json();
        log.info('got token response', responseBody);
        return responseBody.data.access_token as string;
      }
      export function postHandler(req: { body: any }, verificationToken: string) {
        if (req.body.type === 'url_verification' && req.body.token === verificationToken) {
          log.debug('update token', req.body);
        }
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `responseBody` (its `data.access_token` is read in this file) reaches `log.info`.
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 47,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const log: { info(...a: unknown[]): void; debug(...a: unknown[]): void };
            export async function exchange(code: string) {
              const response = await fetch('https://open.larksuite.com/open-apis/authen/v1/access_token', { method: 'POST', body: code });
              const responseBody = await response.json();
              log.info('got token response', '<redacted>');
              return responseBody.data.access_token as string;
            }
            export function postHandler(req: { body: any }, verificationToken: string) {
              if (req.body.type === 'url_verification' && req.body.token === verificationToken) {
                log.debug('update token', req.body);
              }
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `req.body` (its `token` is read in this file) reaches `log.debug`.
        line: 10,
        column: 5,
        endLine: 10,
        endColumn: 40,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const log: { info(...a: unknown[]): void; debug(...a: unknown[]): void };
            export async function exchange(code: string) {
              const response = await fetch('https://open.larksuite.com/open-apis/authen/v1/access_token', { method: 'POST', body: code });
              const responseBody = await response.json();
              log.info('got token response', responseBody);
              return responseBody.data.access_token as string;
            }
            export function postHandler(req: { body: any }, verificationToken: string) {
              if (req.body.type === 'url_verification' && req.body.token === verificationToken) {
                log.debug('update token', '<redacted>');
              }
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("review of the stringifier and free-word changes (helper-111)", rule, {
  valid: [
  {
    name: "a-projects-stringifier-reads-no-replacer",
    code: dedent`
      // (h) a package/project stringifier whose array argument lists the keys to hide, not to keep
      import { safeStringify } from './utils/safe-stringify.js'; // safeStringify(value, keysToRedact)
      import { logger } from './logger.js';
      export function connect(config: { host: string; password: string; token: string }) {
        logger.info(safeStringify(config, ['password', 'token']));     // hides both: no leak
        logger.info(safeStringify(config, ['password']));              // hides password, keeps token: a leak of token
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a-secret-free-tier-key-is-still-a-key",
    code: dedent`
      // (i) \`free\` after another word: a copy without the secret (getPiiFreeCredential) vs a free tier's key
      import { logger } from './logger.js';
      export function start(userFreeTrialApiKey: string, stripeFreePlanSecret: string, gptFreeAccessToken: string, freeApiKey: string) {
        logger.info(\`key \${userFreeTrialApiKey}\`);      // a free-trial user's API key: a secret
        logger.info(\`key \${stripeFreePlanSecret}\`);     // a secret
        logger.info(\`token \${gptFreeAccessToken}\`);     // a secret
        logger.info(\`key \${freeApiKey}\`);               // a secret (the doc's own counter-example)
      }
      export function ok(getPiiFreeCredential: () => object, secretFreeConfig: object) {
        logger.info(getPiiFreeCredential());            // a copy without PII: fine
        logger.info(secretFreeConfig);                  // fine
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `userFreeTrialApiKey` reaches `logger.info` through the template literal.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 44,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            // (i) \`free\` after another word: a copy without the secret (getPiiFreeCredential) vs a free tier's key
            import { logger } from './logger.js';
            export function start(userFreeTrialApiKey: string, stripeFreePlanSecret: string, gptFreeAccessToken: string, freeApiKey: string) {
              logger.info(\`key \${'<redacted>'}\`);      // a free-trial user's API key: a secret
              logger.info(\`key \${stripeFreePlanSecret}\`);     // a secret
              logger.info(\`token \${gptFreeAccessToken}\`);     // a secret
              logger.info(\`key \${freeApiKey}\`);               // a secret (the doc's own counter-example)
            }
            export function ok(getPiiFreeCredential: () => object, secretFreeConfig: object) {
              logger.info(getPiiFreeCredential());            // a copy without PII: fine
              logger.info(secretFreeConfig);                  // fine
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `stripeFreePlanSecret` reaches `logger.info` through the template literal.
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 45,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            // (i) \`free\` after another word: a copy without the secret (getPiiFreeCredential) vs a free tier's key
            import { logger } from './logger.js';
            export function start(userFreeTrialApiKey: string, stripeFreePlanSecret: string, gptFreeAccessToken: string, freeApiKey: string) {
              logger.info(\`key \${userFreeTrialApiKey}\`);      // a free-trial user's API key: a secret
              logger.info(\`key \${'<redacted>'}\`);     // a secret
              logger.info(\`token \${gptFreeAccessToken}\`);     // a secret
              logger.info(\`key \${freeApiKey}\`);               // a secret (the doc's own counter-example)
            }
            export function ok(getPiiFreeCredential: () => object, secretFreeConfig: object) {
              logger.info(getPiiFreeCredential());            // a copy without PII: fine
              logger.info(secretFreeConfig);                  // fine
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `gptFreeAccessToken` reaches `logger.info` through the template literal.
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 45,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            // (i) \`free\` after another word: a copy without the secret (getPiiFreeCredential) vs a free tier's key
            import { logger } from './logger.js';
            export function start(userFreeTrialApiKey: string, stripeFreePlanSecret: string, gptFreeAccessToken: string, freeApiKey: string) {
              logger.info(\`key \${userFreeTrialApiKey}\`);      // a free-trial user's API key: a secret
              logger.info(\`key \${stripeFreePlanSecret}\`);     // a secret
              logger.info(\`token \${'<redacted>'}\`);     // a secret
              logger.info(\`key \${freeApiKey}\`);               // a secret (the doc's own counter-example)
            }
            export function ok(getPiiFreeCredential: () => object, secretFreeConfig: object) {
              logger.info(getPiiFreeCredential());            // a copy without PII: fine
              logger.info(secretFreeConfig);                  // fine
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `freeApiKey` reaches `logger.info` through the template literal.
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            // (i) \`free\` after another word: a copy without the secret (getPiiFreeCredential) vs a free tier's key
            import { logger } from './logger.js';
            export function start(userFreeTrialApiKey: string, stripeFreePlanSecret: string, gptFreeAccessToken: string, freeApiKey: string) {
              logger.info(\`key \${userFreeTrialApiKey}\`);      // a free-trial user's API key: a secret
              logger.info(\`key \${stripeFreePlanSecret}\`);     // a secret
              logger.info(\`token \${gptFreeAccessToken}\`);     // a secret
              logger.info(\`key \${'<redacted>'}\`);               // a secret (the doc's own counter-example)
            }
            export function ok(getPiiFreeCredential: () => object, secretFreeConfig: object) {
              logger.info(getPiiFreeCredential());            // a copy without PII: fine
              logger.info(secretFreeConfig);                  // fine
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "qs-and-imported-stringify-carry",
    code: dedent`
      // (h) a bare \`stringify\` of other packages
      import { stringify as uuidStringify } from 'uuid';
      import { stringify } from 'querystring';
      import qs from 'qs';
      import { logger } from './logger.js';
      export function call(password: string, token: string, bytes: Uint8Array) {
        logger.info(stringify({ user: 'x', password }));       // querystring: carries
        logger.info(qs.stringify({ token }));                  // qs as a member: carries
        logger.info(uuidStringify(bytes));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `password` reaches `logger.info` through an object literal and `stringify`.
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 50,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            // (h) a bare \`stringify\` of other packages
            import { stringify as uuidStringify } from 'uuid';
            import { stringify } from 'querystring';
            import qs from 'qs';
            import { logger } from './logger.js';
            export function call(password: string, token: string, bytes: Uint8Array) {
              logger.info(stringify({ user: 'x', password: '<redacted>' }));       // querystring: carries
              logger.info(qs.stringify({ token }));                  // qs as a member: carries
              logger.info(uuidStringify(bytes));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `token` reaches `logger.info` through an object literal and `qs.stringify`.
        line: 8,
        column: 3,
        endLine: 8,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            // (h) a bare \`stringify\` of other packages
            import { stringify as uuidStringify } from 'uuid';
            import { stringify } from 'querystring';
            import qs from 'qs';
            import { logger } from './logger.js';
            export function call(password: string, token: string, bytes: Uint8Array) {
              logger.info(stringify({ user: 'x', password }));       // querystring: carries
              logger.info(qs.stringify({ token: '<redacted>' }));                  // qs as a member: carries
              logger.info(uuidStringify(bytes));
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("terminal colour packages give back their text (helper-110, better-auth)", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "a-terminal-colour-call-gives-back-its-text",
    code: dedent`
      import chalk from 'chalk';
      import pc from 'picocolors';
      export function show(secret: string, apiKey: string) {
        console.log(\`\${chalk.gray('# Auth Secret') + chalk.green(\`BETTER_AUTH_SECRET=\${secret}\`)}\`);
        console.log(pc.bold(apiKey));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `secret` reaches `console.log` through the template literal, `chalk.green`, concatenation and the template literal.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 94,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import chalk from 'chalk';
            import pc from 'picocolors';
            export function show(secret: string, apiKey: string) {
              console.log(\`\${chalk.gray('# Auth Secret') + chalk.green(\`BETTER_AUTH_SECRET=\${'<redacted>'}\`)}\`);
              console.log(pc.bold(apiKey));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `apiKey` reaches `console.log` through `pc.bold`.
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 31,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import chalk from 'chalk';
            import pc from 'picocolors';
            export function show(secret: string, apiKey: string) {
              console.log(\`\${chalk.gray('# Auth Secret') + chalk.green(\`BETTER_AUTH_SECRET=\${secret}\`)}\`);
              console.log(pc.bold('<redacted>'));
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("an enum's capitalised member read off it is a name (helper-110, logto)", rule, {
  valid: [
  {
    name: "an-enums-capitalised-member-is-a-name",
    code: dedent`
      import { LogtoOidcConfigKey } from '@logto/schemas';
      import chalk from 'chalk';
      declare const consoleLog: { info(...a: unknown[]): void };
      export function seed() {
        const keys = Object.values(LogtoOidcConfigKey).filter((key) => key !== LogtoOidcConfigKey.CookieKeys);
        for (const key of keys) consoleLog.info(\`Key \${chalk.green(key)} exists\`);
      }
    `,
  },
  ],
  invalid: [

  ],
});

ruleTester.run("a parameter named as a carrier stands for what the call passes (helper-112, vercel)", rule, {
  valid: [
  {
    name: "a-parameter-named-as-a-carrier-stands-for-what-the-call-passes",
    code: dedent`
      declare const output: { log(...a: unknown[]): void };
      function build1(tokenParams: { scopes?: string[] }): string {
        return \`u?\${Object.entries(tokenParams).map(([k, v]) => \`\${k}=\${String(v)}\`).join('&')}\`;
      }
      export function minimal(scopes: string) {
        const params2: { scopes?: string[] } = {};
        params2.scopes = scopes.split(',');
        output.log(build1(params2));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a-parameter-named-as-a-carrier-given-one",
    code: dedent`
      declare const output: { log(...a: unknown[]): void };
      function build1(tokenParams: Record<string, string>): string {
        return \`u?\${Object.entries(tokenParams).map(([k, v]) => \`\${k}=\${v}\`).join('&')}\`;
      }
      export function minimal(driverInfo: Record<string, string>, credentials: object) {
        output.log(build1(driverInfo));
        output.log(credentials);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `driverInfo`, which carries secrets, reaches `output.log` through `Object.entries`, iteration, destructuring, 4 other steps, the template literal and `build1()`.
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 33,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const output: { log(...a: unknown[]): void };
            function build1(tokenParams: Record<string, string>): string {
              return \`u?\${Object.entries(tokenParams).map(([k, v]) => \`\${k}=\${v}\`).join('&')}\`;
            }
            export function minimal(driverInfo: Record<string, string>, credentials: object) {
              output.log(build1('<redacted>'));
              output.log(credentials);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `credentials`, which carries secrets, reaches `output.log`.
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 26,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const output: { log(...a: unknown[]): void };
            function build1(tokenParams: Record<string, string>): string {
              return \`u?\${Object.entries(tokenParams).map(([k, v]) => \`\${k}=\${v}\`).join('&')}\`;
            }
            export function minimal(driverInfo: Record<string, string>, credentials: object) {
              output.log(build1(driverInfo));
              output.log('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a CLI's output manager, and a map of written-out entries (helper-112, vercel and wrangler)", rule, {
  valid: [
  {
    name: "a-cli-outputs-other-methods-do-not-log",
    code: dedent`
      import output from './output-manager';
      export function show(token: string) {
        output.print(token.length);
        output.write(token.length);
      }
    `,
  },
  {
    name: "a-carrier-named-map-of-written-out-entries",
    code: dedent`
      declare const logger: { log(...a: unknown[]): void };
      function summaries(env: Record<string, string>) {
        return Object.keys(env).map((name) => ({ name, type: 'secret_text' }));
      }
      export function list(env: Record<string, string>) {
        const secrets = summaries(env);
        logger.log(JSON.stringify(secrets));
        const credentials = Object.keys(env).map((name) => ({ name }));
        logger.log(credentials);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a-cli-output-managers-levels-log",
    code: dedent`
      import output from './output-manager';
      export function verbose(requestConfig: { headers: Record<string, string> }, token: string) {
        output.debug(\`Headers: \${JSON.stringify(requestConfig.headers)}\`);
        this.output.warn(token);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `requestConfig.headers`, which carries secrets, reaches `output.debug` through `JSON.stringify` and the template literal.
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 68,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import output from './output-manager';
            export function verbose(requestConfig: { headers: Record<string, string> }, token: string) {
              output.debug(\`Headers: \${JSON.stringify('<redacted>')}\`);
              this.output.warn(token);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `token` reaches `this.output.warn`.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 26,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import output from './output-manager';
            export function verbose(requestConfig: { headers: Record<string, string> }, token: string) {
              output.debug(\`Headers: \${JSON.stringify(requestConfig.headers)}\`);
              this.output.warn('<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a-carrier-named-map-whose-entries-hold-secrets",
    code: dedent`
      declare const logger: { log(...a: unknown[]): void };
      export function list(creds: { password: string }[]) {
        const secrets = creds.map((c) => ({ pw: c.password }));
        logger.log(JSON.stringify(secrets));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `c.password` reaches `logger.log` through an object literal, `.map()`, `secrets` and `JSON.stringify`.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 38,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const logger: { log(...a: unknown[]): void };
            export function list(creds: { password: string }[]) {
              const secrets = creds.map((c) => ({ pw: c.password }));
              logger.log(JSON.stringify('<redacted>'));
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("review of the secrets changes (helper-113)", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "a-constants-screaming-case-secret-makes-it-a-carrier",
    code: dedent`
      import Config from './config';
      import { Env } from './env';
      import { LogtoOidcConfigKey } from './keys';

      export function start(connect: (p: string) => void, logger: any) {
        connect(Config.DB_PASSWORD);
        logger.info('starting with', Config);
      }
      export function start2(connect: (p: string) => void, logger: any) {
        connect(Env.STRIPE_SECRET_KEY);
        logger.info({ env: Env }, 'env loaded');
      }
      export function keys(db: any, logger: any) {
        const cookie = db.get(LogtoOidcConfigKey.CookieKeys);
        logger.info(LogtoOidcConfigKey);
        return cookie;
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `Config` (its `DB_PASSWORD` is read in this file) reaches `logger.info`.
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import Config from './config';
            import { Env } from './env';
            import { LogtoOidcConfigKey } from './keys';

            export function start(connect: (p: string) => void, logger: any) {
              connect(Config.DB_PASSWORD);
              logger.info('starting with', '<redacted>');
            }
            export function start2(connect: (p: string) => void, logger: any) {
              connect(Env.STRIPE_SECRET_KEY);
              logger.info({ env: Env }, 'env loaded');
            }
            export function keys(db: any, logger: any) {
              const cookie = db.get(LogtoOidcConfigKey.CookieKeys);
              logger.info(LogtoOidcConfigKey);
              return cookie;
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `Env` (its `STRIPE_SECRET_KEY` is read in this file) reaches `logger.info` through an object literal.
        line: 11,
        column: 3,
        endLine: 11,
        endColumn: 42,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import Config from './config';
            import { Env } from './env';
            import { LogtoOidcConfigKey } from './keys';

            export function start(connect: (p: string) => void, logger: any) {
              connect(Config.DB_PASSWORD);
              logger.info('starting with', Config);
            }
            export function start2(connect: (p: string) => void, logger: any) {
              connect(Env.STRIPE_SECRET_KEY);
              logger.info({ env: '<redacted>' }, 'env loaded');
            }
            export function keys(db: any, logger: any) {
              const cookie = db.get(LogtoOidcConfigKey.CookieKeys);
              logger.info(LogtoOidcConfigKey);
              return cookie;
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "parts-read-three-deep-at-most",
    code: dedent`
      export async function exchange(http: any, logger: any) {
        const responseBody = await http.post('/oauth/token');
        const token = responseBody.data.access_token;
        logger.info('token response', responseBody);
        return token;
      }
      export function handler(req: any, res: any, logger: any) {
        const t = req.body.token;
        logger.info('body', req.body);
        logger.info('query', req.query);
        logger.info('headers', req.headers);
        res.send(t);
      }
      // four deep: beyond MAX_PART_DEPTH
      export function deep(payload: any, logger: any) {
        use(payload.a.b.c.password);
        logger.info(payload);
      }
      // a part read in a test of its presence
      export function check(req: any, logger: any) {
        if (!req.body.password) throw new Error('missing');
        logger.info('login attempt', req.body.username);
      }
      declare function use(x: unknown): void;
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `responseBody` (its `data.access_token` is read in this file) reaches `logger.info`.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 46,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            export async function exchange(http: any, logger: any) {
              const responseBody = await http.post('/oauth/token');
              const token = responseBody.data.access_token;
              logger.info('token response', '<redacted>');
              return token;
            }
            export function handler(req: any, res: any, logger: any) {
              const t = req.body.token;
              logger.info('body', req.body);
              logger.info('query', req.query);
              logger.info('headers', req.headers);
              res.send(t);
            }
            // four deep: beyond MAX_PART_DEPTH
            export function deep(payload: any, logger: any) {
              use(payload.a.b.c.password);
              logger.info(payload);
            }
            // a part read in a test of its presence
            export function check(req: any, logger: any) {
              if (!req.body.password) throw new Error('missing');
              logger.info('login attempt', req.body.username);
            }
            declare function use(x: unknown): void;
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `req.body` (its `token` is read in this file) reaches `logger.info`.
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 32,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            export async function exchange(http: any, logger: any) {
              const responseBody = await http.post('/oauth/token');
              const token = responseBody.data.access_token;
              logger.info('token response', responseBody);
              return token;
            }
            export function handler(req: any, res: any, logger: any) {
              const t = req.body.token;
              logger.info('body', '<redacted>');
              logger.info('query', req.query);
              logger.info('headers', req.headers);
              res.send(t);
            }
            // four deep: beyond MAX_PART_DEPTH
            export function deep(payload: any, logger: any) {
              use(payload.a.b.c.password);
              logger.info(payload);
            }
            // a part read in a test of its presence
            export function check(req: any, logger: any) {
              if (!req.body.password) throw new Error('missing');
              logger.info('login attempt', req.body.username);
            }
            declare function use(x: unknown): void;
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `req.headers`, which carries secrets, reaches `logger.info`.
        line: 11,
        column: 3,
        endLine: 11,
        endColumn: 38,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            export async function exchange(http: any, logger: any) {
              const responseBody = await http.post('/oauth/token');
              const token = responseBody.data.access_token;
              logger.info('token response', responseBody);
              return token;
            }
            export function handler(req: any, res: any, logger: any) {
              const t = req.body.token;
              logger.info('body', req.body);
              logger.info('query', req.query);
              logger.info('headers', '<redacted>');
              res.send(t);
            }
            // four deep: beyond MAX_PART_DEPTH
            export function deep(payload: any, logger: any) {
              use(payload.a.b.c.password);
              logger.info(payload);
            }
            // a part read in a test of its presence
            export function check(req: any, logger: any) {
              if (!req.body.password) throw new Error('missing');
              logger.info('login attempt', req.body.username);
            }
            declare function use(x: unknown): void;
          `,
        },
        ],
      },
    ],
  },
  {
    name: "more-colour-packages",
    code: dedent`
      import chalk from 'chalk';
      import pc from 'picocolors';
      import colors from '@colors/colors/safe';
      import ansis from 'ansis';

      export function show(token: string, apiKey: string, password: string, secret: string) {
        console.log(chalk.green(token));
        console.log(pc.bold(\`key: \${apiKey}\`));
        console.log(chalk.hex('#ff0000')(password));
        console.log(chalk.bold.red(secret));
        console.log(colors.red(secret));
        console.log(ansis.red(token));
        console.log(chalk.green('Token saved'));
        console.log(chalk.dim(\`length \${token.length}\`));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `token` reaches `console.log` through `chalk.green`.
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 34,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import chalk from 'chalk';
            import pc from 'picocolors';
            import colors from '@colors/colors/safe';
            import ansis from 'ansis';

            export function show(token: string, apiKey: string, password: string, secret: string) {
              console.log(chalk.green('<redacted>'));
              console.log(pc.bold(\`key: \${apiKey}\`));
              console.log(chalk.hex('#ff0000')(password));
              console.log(chalk.bold.red(secret));
              console.log(colors.red(secret));
              console.log(ansis.red(token));
              console.log(chalk.green('Token saved'));
              console.log(chalk.dim(\`length \${token.length}\`));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `apiKey` reaches `console.log` through the template literal and `pc.bold`.
        line: 8,
        column: 3,
        endLine: 8,
        endColumn: 41,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import chalk from 'chalk';
            import pc from 'picocolors';
            import colors from '@colors/colors/safe';
            import ansis from 'ansis';

            export function show(token: string, apiKey: string, password: string, secret: string) {
              console.log(chalk.green(token));
              console.log(pc.bold(\`key: \${'<redacted>'}\`));
              console.log(chalk.hex('#ff0000')(password));
              console.log(chalk.bold.red(secret));
              console.log(colors.red(secret));
              console.log(ansis.red(token));
              console.log(chalk.green('Token saved'));
              console.log(chalk.dim(\`length \${token.length}\`));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `password` reaches `console.log` through `chalk.hex()`.
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 46,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import chalk from 'chalk';
            import pc from 'picocolors';
            import colors from '@colors/colors/safe';
            import ansis from 'ansis';

            export function show(token: string, apiKey: string, password: string, secret: string) {
              console.log(chalk.green(token));
              console.log(pc.bold(\`key: \${apiKey}\`));
              console.log(chalk.hex('#ff0000')('<redacted>'));
              console.log(chalk.bold.red(secret));
              console.log(colors.red(secret));
              console.log(ansis.red(token));
              console.log(chalk.green('Token saved'));
              console.log(chalk.dim(\`length \${token.length}\`));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `secret` reaches `console.log` through `chalk.bold.red`.
        line: 10,
        column: 3,
        endLine: 10,
        endColumn: 38,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import chalk from 'chalk';
            import pc from 'picocolors';
            import colors from '@colors/colors/safe';
            import ansis from 'ansis';

            export function show(token: string, apiKey: string, password: string, secret: string) {
              console.log(chalk.green(token));
              console.log(pc.bold(\`key: \${apiKey}\`));
              console.log(chalk.hex('#ff0000')(password));
              console.log(chalk.bold.red('<redacted>'));
              console.log(colors.red(secret));
              console.log(ansis.red(token));
              console.log(chalk.green('Token saved'));
              console.log(chalk.dim(\`length \${token.length}\`));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `secret` reaches `console.log` through `colors.red`.
        line: 11,
        column: 3,
        endLine: 11,
        endColumn: 34,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import chalk from 'chalk';
            import pc from 'picocolors';
            import colors from '@colors/colors/safe';
            import ansis from 'ansis';

            export function show(token: string, apiKey: string, password: string, secret: string) {
              console.log(chalk.green(token));
              console.log(pc.bold(\`key: \${apiKey}\`));
              console.log(chalk.hex('#ff0000')(password));
              console.log(chalk.bold.red(secret));
              console.log(colors.red('<redacted>'));
              console.log(ansis.red(token));
              console.log(chalk.green('Token saved'));
              console.log(chalk.dim(\`length \${token.length}\`));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `token` reaches `console.log` through `ansis.red`.
        line: 12,
        column: 3,
        endLine: 12,
        endColumn: 32,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import chalk from 'chalk';
            import pc from 'picocolors';
            import colors from '@colors/colors/safe';
            import ansis from 'ansis';

            export function show(token: string, apiKey: string, password: string, secret: string) {
              console.log(chalk.green(token));
              console.log(pc.bold(\`key: \${apiKey}\`));
              console.log(chalk.hex('#ff0000')(password));
              console.log(chalk.bold.red(secret));
              console.log(colors.red(secret));
              console.log(ansis.red('<redacted>'));
              console.log(chalk.green('Token saved'));
              console.log(chalk.dim(\`length \${token.length}\`));
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a constant the file reads a value by names a variable (helper-112, vercel)", rule, {
  valid: [
  {
    name: "a-constant-used-as-a-key-names-a-variable",
    code: dedent`
      import { VERCEL_OIDC_TOKEN } from './constants';
      declare const output: { debug(...a: unknown[]): void };
      export function refresh(envValues: Record<string, string | undefined>) {
        const oidcToken = envValues[VERCEL_OIDC_TOKEN];
        if (!oidcToken) output.debug(\`\${VERCEL_OIDC_TOKEN} is absent; disabling refreshes\`);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a-constant-never-used-as-a-key-is-judged-by-its-name",
    code: dedent`
      import { VERCEL_OIDC_TOKEN } from './constants';
      declare const output: { debug(...a: unknown[]): void };
      export function show(sessions: Record<string, string>, token: string) {
        output.debug(\`\${VERCEL_OIDC_TOKEN} is set\`);
        output.debug(sessions[token], token);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `VERCEL_OIDC_TOKEN` reaches `output.debug` through the template literal.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 46,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import { VERCEL_OIDC_TOKEN } from './constants';
            declare const output: { debug(...a: unknown[]): void };
            export function show(sessions: Record<string, string>, token: string) {
              output.debug(\`\${'<redacted>'} is set\`);
              output.debug(sessions[token], token);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `token` reaches `output.debug`.
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import { VERCEL_OIDC_TOKEN } from './constants';
            declare const output: { debug(...a: unknown[]): void };
            export function show(sessions: Record<string, string>, token: string) {
              output.debug(\`\${VERCEL_OIDC_TOKEN} is set\`);
              output.debug(sessions[token], '<redacted>');
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("a part read cut out of the whole JSON text (zigbee2mqtt, the stop-33 read)", rule, {
  valid: [
  {
    name: "a-part-read-cut-out-of-the-wholes-json-text",
    code: dedent`
      import stringify from 'json-stable-stringify-without-jsonify';
      declare const logger: { debug(...a: unknown[]): void };
      export function start(networkKey: number[], extPanId: string) {
        const herdsmanSettings = { network: { networkKey, extPanId } };
        use(herdsmanSettings.network.networkKey);
        logger.debug(() => \`settings: '\${stringify(JSON.stringify(herdsmanSettings).replaceAll(JSON.stringify(herdsmanSettings.network.networkKey), '"HIDDEN"'))}'\`);
      }
      declare function use(x: unknown): void;
    `,
  },
  ],
  invalid: [
  {
    name: "another-part-read-left-in-the-json-text",
    code: dedent`
      declare const logger: { debug(...a: unknown[]): void };
      export function start(settings: { network: { networkKey: number[] }; mqtt: { password: string } }) {
        use(settings.network.networkKey, settings.mqtt.password);
        logger.debug(JSON.stringify(settings).replaceAll(JSON.stringify(settings.network.networkKey), '"HIDDEN"'));
      }
      declare function use(...x: unknown[]): void;
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `settings` (its `network.networkKey` and `mqtt.password` are read in this file) reaches `logger.debug` through `JSON.stringify` and `.replaceAll()`.
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 109,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const logger: { debug(...a: unknown[]): void };
            export function start(settings: { network: { networkKey: number[] }; mqtt: { password: string } }) {
              use(settings.network.networkKey, settings.mqtt.password);
              logger.debug(JSON.stringify('<redacted>').replaceAll(JSON.stringify(settings.network.networkKey), '"HIDDEN"'));
            }
            declare function use(...x: unknown[]): void;
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("toJSON of a file class read", rule, {
  valid: [
  {
    name: "a class of the file whose toJSON masks its password redacts itself",
    code: dedent`
      declare function mask(value: string): string;
      class BmcCredentials {
        constructor(readonly address: string, private readonly password: string) {}
        toJSON(): Record<string, string> {
          return { address: this.address, password: mask(this.password) };
        }
      }
      declare const LOG: { debug(message: string, context?: object): void };
      export function load(info: { redfishPassword: string }): void {
        const credentials = new BmcCredentials('bmc', info.redfishPassword);
        LOG.debug('loaded', { credentials });
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a class of the file whose toJSON reads its password shows it",
    code: dedent`
      class BmcCredentials {
        constructor(readonly address: string, private readonly password: string) {}
        toJSON(): Record<string, string> {
          return { address: this.address, password: this.password };
        }
      }
      declare const LOG: { debug(message: string, context?: object): void };
      export function load(info: { redfishPassword: string }): void {
        const credentials = new BmcCredentials('bmc', info.redfishPassword);
        LOG.debug('loaded', { credentials });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `credentials`, which carries secrets, reaches `LOG.debug` through an object literal.
        line: 10,
        column: 3,
        endLine: 10,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            class BmcCredentials {
              constructor(readonly address: string, private readonly password: string) {}
              toJSON(): Record<string, string> {
                return { address: this.address, password: this.password };
              }
            }
            declare const LOG: { debug(message: string, context?: object): void };
            export function load(info: { redfishPassword: string }): void {
              const credentials = new BmcCredentials('bmc', info.redfishPassword);
              LOG.debug('loaded', { credentials: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a class of the file whose toJSON returns itself shows it",
    code: dedent`
      class Login {
        constructor(readonly user: string, readonly token: string) {}
        toJSON = () => this;
      }
      declare const LOG: { debug(message: string, context?: object): void };
      export function load(token: string): void {
        const credentials = new Login('admin', token);
        LOG.debug('login', { credentials });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `credentials`, which carries secrets, reaches `LOG.debug` through an object literal.
        line: 8,
        column: 3,
        endLine: 8,
        endColumn: 38,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            class Login {
              constructor(readonly user: string, readonly token: string) {}
              toJSON = () => this;
            }
            declare const LOG: { debug(message: string, context?: object): void };
            export function load(token: string): void {
              const credentials = new Login('admin', token);
              LOG.debug('login', { credentials: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});
typedRuleTester.run("toJSON of a file class read, typed", rule, {
  valid: [
  {
    name: "a class of the file whose toJSON masks its password redacts itself",
    code: dedent`
      declare function mask(value: string): string;
      class BmcCredentials {
        constructor(readonly address: string, private readonly password: string) {}
        toJSON(): Record<string, string> {
          return { address: this.address, password: mask(this.password) };
        }
      }
      declare const LOG: { debug(message: string, context?: object): void };
      export function load(info: { redfishPassword: string }): void {
        const credentials = new BmcCredentials('bmc', info.redfishPassword);
        LOG.debug('loaded', { credentials });
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a class of the file whose toJSON reads its password shows it",
    code: dedent`
      class BmcCredentials {
        constructor(readonly address: string, private readonly password: string) {}
        toJSON(): Record<string, string> {
          return { address: this.address, password: this.password };
        }
      }
      declare const LOG: { debug(message: string, context?: object): void };
      export function load(info: { redfishPassword: string }): void {
        const credentials = new BmcCredentials('bmc', info.redfishPassword);
        LOG.debug('loaded', { credentials });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `credentials`, which carries secrets, reaches `LOG.debug` through an object literal.
        line: 10,
        column: 3,
        endLine: 10,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            class BmcCredentials {
              constructor(readonly address: string, private readonly password: string) {}
              toJSON(): Record<string, string> {
                return { address: this.address, password: this.password };
              }
            }
            declare const LOG: { debug(message: string, context?: object): void };
            export function load(info: { redfishPassword: string }): void {
              const credentials = new BmcCredentials('bmc', info.redfishPassword);
              LOG.debug('loaded', { credentials: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a class of the file whose toJSON returns itself shows it",
    code: dedent`
      class Login {
        constructor(readonly user: string, readonly token: string) {}
        toJSON = () => this;
      }
      declare const LOG: { debug(message: string, context?: object): void };
      export function load(token: string): void {
        const credentials = new Login('admin', token);
        LOG.debug('login', { credentials });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `credentials`, which carries secrets, reaches `LOG.debug` through an object literal.
        line: 8,
        column: 3,
        endLine: 8,
        endColumn: 38,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            class Login {
              constructor(readonly user: string, readonly token: string) {}
              toJSON = () => this;
            }
            declare const LOG: { debug(message: string, context?: object): void };
            export function load(token: string): void {
              const credentials = new Login('admin', token);
              LOG.debug('login', { credentials: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("URL passwords cleared after a fallback", rule, {
  valid: [
  {
    name: "a URL of a fallback between names whose password is cleared holds none",
    code: dedent`
      declare const LOG: { info(message: string): void };
      const DEFAULT_DB = 'mysql://nova@127.0.0.1/nova_api';
      export function describeDatabase(host: string, configured?: string): string {
        const url = new URL(process.env.DATABASE_URL ?? DEFAULT_DB);
        url.password = '';
        LOG.info(\`Compute host \${host} uses database \${url.href}\`);
        const other = new URL(configured ? configured : process.env.DATABASE_URL || 'mysql://localhost/nova');
        other.password = '';
        LOG.info(\`and \${other.toString()}\`);
        return url.host;
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a URL of a string written out here keeps its query",
    code: dedent`
      declare const LOG: { info(message: string): void };
      export function describeDatabase(token: string): void {
        const url = new URL(process.env.DATABASE_URL ?? \`https://db.example/?token=\${token}\`);
        url.password = '';
        LOG.info(\`uses database \${url.href}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `process.env.DATABASE_URL` (a connection URL, with its password) reaches `LOG.info` through `new URL(...)`, `url` and the template literal, as does `token` (through the template literal, `new URL(...)`, `url` and the template literal).
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 40,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { info(message: string): void };
            export function describeDatabase(token: string): void {
              const url = new URL(process.env.DATABASE_URL ?? \`https://db.example/?token=\${token}\`);
              url.password = '';
              LOG.info(\`uses database \${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("command errors in rejection handlers", rule, {
  valid: [
  {
    name: "a rejection handler's error of a command run without one quotes none",
    code: dedent`
      import { execa } from 'execa';
      declare const logger: { error(...args: unknown[]): void };
      async function kopia(flags: string[]) {
        return execa('kopia', flags);
      }
      export async function unmount(mountPoint: string, password: string): Promise<void> {
        await execa('umount', [mountPoint]).catch((e) => logger.error('umount failed', e));
        await kopia([\`--password=\${password}\`]).catch((e: { exitCode: number }) => logger.error('exit', e.exitCode));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a rejection handler's error of a command run with a secret quotes it",
    code: dedent`
      import { execa } from 'execa';
      declare const logger: { error(...args: unknown[]): void };
      async function kopia(flags: string[]) {
        return execa('kopia', flags);
      }
      export async function connect(password: string): Promise<void> {
        await execa('kopia', ['connect', \`--password=\${password}\`]).catch((e) => logger.error('failed', e));
        await kopia(['connect', \`--password=\${password}\`]).catch((e) => logger.error('failed', e));
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `e`, the error of `execa`, which quotes the command run with `password`, reaches `logger.error`.
        line: 7,
        column: 76,
        endLine: 7,
        endColumn: 101,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import { execa } from 'execa';
            declare const logger: { error(...args: unknown[]): void };
            async function kopia(flags: string[]) {
              return execa('kopia', flags);
            }
            export async function connect(password: string): Promise<void> {
              await execa('kopia', ['connect', \`--password=\${password}\`]).catch((e) => logger.error('failed', '<redacted>'));
              await kopia(['connect', \`--password=\${password}\`]).catch((e) => logger.error('failed', e));
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `e`, the error of `execa`, which quotes the command run with `password`, reaches `logger.error`.
        line: 8,
        column: 67,
        endLine: 8,
        endColumn: 92,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import { execa } from 'execa';
            declare const logger: { error(...args: unknown[]): void };
            async function kopia(flags: string[]) {
              return execa('kopia', flags);
            }
            export async function connect(password: string): Promise<void> {
              await execa('kopia', ['connect', \`--password=\${password}\`]).catch((e) => logger.error('failed', e));
              await kopia(['connect', \`--password=\${password}\`]).catch((e) => logger.error('failed', '<redacted>'));
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("toJSON tests of a field", rule, {
  valid: [
  {
    name: "a toJSON testing its password only redacts itself",
    code: dedent`
      class BmcCredentials {
        constructor(readonly address: string, private readonly password: string) {}
        toJSON(): Record<string, unknown> {
          return { address: this.address, hasPassword: !!this.password, password: this.password ? '[REDACTED]' : undefined, length: this.password.length > 0 };
        }
      }
      declare const LOG: { debug(message: string, context?: object): void };
      export function load(info: { redfishPassword: string }): void {
        const credentials = new BmcCredentials('bmc', info.redfishPassword);
        LOG.debug('loaded', { credentials });
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a toJSON falling back to its password shows it",
    code: dedent`
      class BmcCredentials {
        constructor(readonly address: string, private readonly password: string) {}
        toJSON(): Record<string, unknown> {
          return { address: this.address, password: this.password || 'none' };
        }
      }
      declare const LOG: { debug(message: string, context?: object): void };
      export function load(info: { redfishPassword: string }): void {
        const credentials = new BmcCredentials('bmc', info.redfishPassword);
        LOG.debug('loaded', { credentials });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `credentials`, which carries secrets, reaches `LOG.debug` through an object literal.
        line: 10,
        column: 3,
        endLine: 10,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            class BmcCredentials {
              constructor(readonly address: string, private readonly password: string) {}
              toJSON(): Record<string, unknown> {
                return { address: this.address, password: this.password || 'none' };
              }
            }
            declare const LOG: { debug(message: string, context?: object): void };
            export function load(info: { redfishPassword: string }): void {
              const credentials = new BmcCredentials('bmc', info.redfishPassword);
              LOG.debug('loaded', { credentials: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

typedRuleTester.run("toJSON tests of a field, typed", rule, {
  valid: [
  {
    name: "a toJSON testing its password only redacts itself",
    code: dedent`
      class BmcCredentials {
        constructor(readonly address: string, private readonly password: string) {}
        toJSON(): Record<string, unknown> {
          return { address: this.address, hasPassword: !!this.password, password: this.password ? '[REDACTED]' : undefined, length: this.password.length > 0 };
        }
      }
      declare const LOG: { debug(message: string, context?: object): void };
      export function load(info: { redfishPassword: string }): void {
        const credentials = new BmcCredentials('bmc', info.redfishPassword);
        LOG.debug('loaded', { credentials });
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a toJSON falling back to its password shows it",
    code: dedent`
      class BmcCredentials {
        constructor(readonly address: string, private readonly password: string) {}
        toJSON(): Record<string, unknown> {
          return { address: this.address, password: this.password || 'none' };
        }
      }
      declare const LOG: { debug(message: string, context?: object): void };
      export function load(info: { redfishPassword: string }): void {
        const credentials = new BmcCredentials('bmc', info.redfishPassword);
        LOG.debug('loaded', { credentials });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `credentials`, which carries secrets, reaches `LOG.debug` through an object literal.
        line: 10,
        column: 3,
        endLine: 10,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            class BmcCredentials {
              constructor(readonly address: string, private readonly password: string) {}
              toJSON(): Record<string, unknown> {
                return { address: this.address, password: this.password || 'none' };
              }
            }
            declare const LOG: { debug(message: string, context?: object): void };
            export function load(info: { redfishPassword: string }): void {
              const credentials = new BmcCredentials('bmc', info.redfishPassword);
              LOG.debug('loaded', { credentials: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("URL literal fallbacks with a fragment", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "a URL of a literal fallback with a fragment keeps it",
    code: dedent`
      declare const LOG: { info(message: string): void };
      export function describeDatabase(): void {
        const url = new URL(process.env.DATABASE_URL ?? 'https://db.example/#token=ghp_16C7e42F292c6912E7710c838347Ae178B4a');
        url.password = '';
        LOG.info(\`uses database \${url.href}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `process.env.DATABASE_URL` (a connection URL, with its password) reaches `LOG.info` through `new URL(...)`, `url` and the template literal, as does a GitHub token in a string literal (through `new URL(...)`, `url` and the template literal).
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 40,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { info(message: string): void };
            export function describeDatabase(): void {
              const url = new URL(process.env.DATABASE_URL ?? 'https://db.example/#token=ghp_16C7e42F292c6912E7710c838347Ae178B4a');
              url.password = '';
              LOG.info(\`uses database \${'<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("output channels, toJSON numbers and URL literal tokens", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "output channels log with their levels and writes",
    code: dedent`
      import * as vscode from 'vscode';
      declare const logChannel: { appendLine(message: string): void; info(message: string): void };
      const outputChannel = vscode.window.createOutputChannel('Nodes');

      export function report(token: string): void {
        outputChannel.appendLine(\`token \${token}\`); // line 7: not reported after
        outputChannel.info(\`token \${token}\`); // line 8: reported after
        logChannel.appendLine(\`token \${token}\`); // line 9: not reported after
        logChannel.info(\`token \${token}\`); // line 10: reported after
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `token` reaches `outputChannel.appendLine` through the template literal.
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 45,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import * as vscode from 'vscode';
            declare const logChannel: { appendLine(message: string): void; info(message: string): void };
            const outputChannel = vscode.window.createOutputChannel('Nodes');

            export function report(token: string): void {
              outputChannel.appendLine(\`token \${'<redacted>'}\`); // line 7: not reported after
              outputChannel.info(\`token \${token}\`); // line 8: reported after
              logChannel.appendLine(\`token \${token}\`); // line 9: not reported after
              logChannel.info(\`token \${token}\`); // line 10: reported after
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `token` reaches `outputChannel.info` through the template literal.
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import * as vscode from 'vscode';
            declare const logChannel: { appendLine(message: string): void; info(message: string): void };
            const outputChannel = vscode.window.createOutputChannel('Nodes');

            export function report(token: string): void {
              outputChannel.appendLine(\`token \${token}\`); // line 7: not reported after
              outputChannel.info(\`token \${'<redacted>'}\`); // line 8: reported after
              logChannel.appendLine(\`token \${token}\`); // line 9: not reported after
              logChannel.info(\`token \${token}\`); // line 10: reported after
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `token` reaches `logChannel.appendLine` through the template literal.
        line: 8,
        column: 3,
        endLine: 8,
        endColumn: 42,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import * as vscode from 'vscode';
            declare const logChannel: { appendLine(message: string): void; info(message: string): void };
            const outputChannel = vscode.window.createOutputChannel('Nodes');

            export function report(token: string): void {
              outputChannel.appendLine(\`token \${token}\`); // line 7: not reported after
              outputChannel.info(\`token \${token}\`); // line 8: reported after
              logChannel.appendLine(\`token \${'<redacted>'}\`); // line 9: not reported after
              logChannel.info(\`token \${token}\`); // line 10: reported after
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `token` reaches `logChannel.info` through the template literal.
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 36,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import * as vscode from 'vscode';
            declare const logChannel: { appendLine(message: string): void; info(message: string): void };
            const outputChannel = vscode.window.createOutputChannel('Nodes');

            export function report(token: string): void {
              outputChannel.appendLine(\`token \${token}\`); // line 7: not reported after
              outputChannel.info(\`token \${token}\`); // line 8: reported after
              logChannel.appendLine(\`token \${token}\`); // line 9: not reported after
              logChannel.info(\`token \${'<redacted>'}\`); // line 10: reported after
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a channel's log-named methods still log",
    code: dedent`
      declare const slackChannel: { log(message: string): void; info(message: string): void };
      declare const channel: { logError(message: string, detail: string): void };
      declare const outputChannel: { debugLog(message: string): void; appendLine(message: string): void };

      export function report(token: string): void {
        // A method named \`log\` logs on any receiver (the rule's "a function whose last word is log"): reported before.
        slackChannel.log(\`token \${token}\`);
        // A log method by its first word (\`logError\`), on a receiver that is no output channel.
        channel.logError('refused', token);
        // An output channel's own log function (\`debugLog\`), not one of its levels.
        outputChannel.debugLog(\`token \${token}\`);
        // The commit's own write method (doc: "with its append and appendLine"): silent after too, see channel-append.ts.
        outputChannel.appendLine(\`token \${token}\`);
        // Control: a chat's channel at a level, rightly not a log (the commit's intent).
        slackChannel.info(\`token \${token}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `token` reaches `slackChannel.log` through the template literal.
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 37,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const slackChannel: { log(message: string): void; info(message: string): void };
            declare const channel: { logError(message: string, detail: string): void };
            declare const outputChannel: { debugLog(message: string): void; appendLine(message: string): void };

            export function report(token: string): void {
              // A method named \`log\` logs on any receiver (the rule's "a function whose last word is log"): reported before.
              slackChannel.log(\`token \${'<redacted>'}\`);
              // A log method by its first word (\`logError\`), on a receiver that is no output channel.
              channel.logError('refused', token);
              // An output channel's own log function (\`debugLog\`), not one of its levels.
              outputChannel.debugLog(\`token \${token}\`);
              // The commit's own write method (doc: "with its append and appendLine"): silent after too, see channel-append.ts.
              outputChannel.appendLine(\`token \${token}\`);
              // Control: a chat's channel at a level, rightly not a log (the commit's intent).
              slackChannel.info(\`token \${token}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `token` reaches `channel.logError`.
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 37,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const slackChannel: { log(message: string): void; info(message: string): void };
            declare const channel: { logError(message: string, detail: string): void };
            declare const outputChannel: { debugLog(message: string): void; appendLine(message: string): void };

            export function report(token: string): void {
              // A method named \`log\` logs on any receiver (the rule's "a function whose last word is log"): reported before.
              slackChannel.log(\`token \${token}\`);
              // A log method by its first word (\`logError\`), on a receiver that is no output channel.
              channel.logError('refused', '<redacted>');
              // An output channel's own log function (\`debugLog\`), not one of its levels.
              outputChannel.debugLog(\`token \${token}\`);
              // The commit's own write method (doc: "with its append and appendLine"): silent after too, see channel-append.ts.
              outputChannel.appendLine(\`token \${token}\`);
              // Control: a chat's channel at a level, rightly not a log (the commit's intent).
              slackChannel.info(\`token \${token}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `token` reaches `outputChannel.debugLog` through the template literal.
        line: 11,
        column: 3,
        endLine: 11,
        endColumn: 43,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const slackChannel: { log(message: string): void; info(message: string): void };
            declare const channel: { logError(message: string, detail: string): void };
            declare const outputChannel: { debugLog(message: string): void; appendLine(message: string): void };

            export function report(token: string): void {
              // A method named \`log\` logs on any receiver (the rule's "a function whose last word is log"): reported before.
              slackChannel.log(\`token \${token}\`);
              // A log method by its first word (\`logError\`), on a receiver that is no output channel.
              channel.logError('refused', token);
              // An output channel's own log function (\`debugLog\`), not one of its levels.
              outputChannel.debugLog(\`token \${'<redacted>'}\`);
              // The commit's own write method (doc: "with its append and appendLine"): silent after too, see channel-append.ts.
              outputChannel.appendLine(\`token \${token}\`);
              // Control: a chat's channel at a level, rightly not a log (the commit's intent).
              slackChannel.info(\`token \${token}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // `token` reaches `outputChannel.appendLine` through the template literal.
        line: 13,
        column: 3,
        endLine: 13,
        endColumn: 45,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const slackChannel: { log(message: string): void; info(message: string): void };
            declare const channel: { logError(message: string, detail: string): void };
            declare const outputChannel: { debugLog(message: string): void; appendLine(message: string): void };

            export function report(token: string): void {
              // A method named \`log\` logs on any receiver (the rule's "a function whose last word is log"): reported before.
              slackChannel.log(\`token \${token}\`);
              // A log method by its first word (\`logError\`), on a receiver that is no output channel.
              channel.logError('refused', token);
              // An output channel's own log function (\`debugLog\`), not one of its levels.
              outputChannel.debugLog(\`token \${token}\`);
              // The commit's own write method (doc: "with its append and appendLine"): silent after too, see channel-append.ts.
              outputChannel.appendLine(\`token \${'<redacted>'}\`);
              // Control: a chat's channel at a level, rightly not a log (the commit's intent).
              slackChannel.info(\`token \${token}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a toJSON showing its field as a number shows it",
    code: dedent`
      class BmcCredentials {
        constructor(readonly address: string, private readonly password: string) {}
        toJSON(): Record<string, unknown> {
          return { address: this.address, password: +this.password };
        }
      }
      declare const LOG: { debug(message: string, context?: object): void };
      export function load(info: { redfishPassword: string }): void {
        const credentials = new BmcCredentials('bmc', info.redfishPassword);
        LOG.debug('loaded', { credentials });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `credentials`, which carries secrets, reaches `LOG.debug` through an object literal.
        line: 10,
        column: 3,
        endLine: 10,
        endColumn: 39,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            class BmcCredentials {
              constructor(readonly address: string, private readonly password: string) {}
              toJSON(): Record<string, unknown> {
                return { address: this.address, password: +this.password };
              }
            }
            declare const LOG: { debug(message: string, context?: object): void };
            export function load(info: { redfishPassword: string }): void {
              const credentials = new BmcCredentials('bmc', info.redfishPassword);
              LOG.debug('loaded', { credentials: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  {
    name: "a URL literal fallback with a token in its path or user name keeps it",
    code: dedent`
      declare const LOG: { info(message: string): void };

      export function describeHook(): void {
        const url = new URL(process.env.HOOK_URL ?? 'https://hooks.example/ghp_16C7e42F292c6912E7710c838347Ae178B4a/notify');
        url.password = '';
        LOG.info(\`posts to \${url.href}\`);
      }

      export function describeRepo(): void {
        const url = new URL(process.env.REPO_URL ?? 'https://ghp_16C7e42F292c6912E7710c838347Ae178B4a@github.com/acme/app.git');
        url.password = '';
        LOG.info(\`clones \${url.href}\`);
      }

      export function describeRaw(): void {
        LOG.info(\`posts to \${process.env.HOOK_URL ?? 'https://hooks.example/ghp_16C7e42F292c6912E7710c838347Ae178B4a/notify'}\`);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // A GitHub token in a string literal reaches `LOG.info` through `new URL(...)`, `url` and the template literal.
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 35,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { info(message: string): void };

            export function describeHook(): void {
              const url = new URL(process.env.HOOK_URL ?? 'https://hooks.example/ghp_16C7e42F292c6912E7710c838347Ae178B4a/notify');
              url.password = '';
              LOG.info(\`posts to \${'<redacted>'}\`);
            }

            export function describeRepo(): void {
              const url = new URL(process.env.REPO_URL ?? 'https://ghp_16C7e42F292c6912E7710c838347Ae178B4a@github.com/acme/app.git');
              url.password = '';
              LOG.info(\`clones \${url.href}\`);
            }

            export function describeRaw(): void {
              LOG.info(\`posts to \${process.env.HOOK_URL ?? 'https://hooks.example/ghp_16C7e42F292c6912E7710c838347Ae178B4a/notify'}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // A GitHub token in a string literal reaches `LOG.info` through `new URL(...)`, `url` and the template literal.
        line: 12,
        column: 3,
        endLine: 12,
        endColumn: 33,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { info(message: string): void };

            export function describeHook(): void {
              const url = new URL(process.env.HOOK_URL ?? 'https://hooks.example/ghp_16C7e42F292c6912E7710c838347Ae178B4a/notify');
              url.password = '';
              LOG.info(\`posts to \${url.href}\`);
            }

            export function describeRepo(): void {
              const url = new URL(process.env.REPO_URL ?? 'https://ghp_16C7e42F292c6912E7710c838347Ae178B4a@github.com/acme/app.git');
              url.password = '';
              LOG.info(\`clones \${'<redacted>'}\`);
            }

            export function describeRaw(): void {
              LOG.info(\`posts to \${process.env.HOOK_URL ?? 'https://hooks.example/ghp_16C7e42F292c6912E7710c838347Ae178B4a/notify'}\`);
            }
          `,
        },
        ],
      },
      {
        messageId: "secretLogged",
        // A GitHub token in a string literal reaches `LOG.info` through the template literal.
        line: 16,
        column: 3,
        endLine: 16,
        endColumn: 122,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            declare const LOG: { info(message: string): void };

            export function describeHook(): void {
              const url = new URL(process.env.HOOK_URL ?? 'https://hooks.example/ghp_16C7e42F292c6912E7710c838347Ae178B4a/notify');
              url.password = '';
              LOG.info(\`posts to \${url.href}\`);
            }

            export function describeRepo(): void {
              const url = new URL(process.env.REPO_URL ?? 'https://ghp_16C7e42F292c6912E7710c838347Ae178B4a@github.com/acme/app.git');
              url.password = '';
              LOG.info(\`clones \${url.href}\`);
            }

            export function describeRaw(): void {
              LOG.info(\`posts to \${process.env.HOOK_URL ?? '<redacted>'}\`);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("toJSON copies by Object.assign", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "a toJSON copying itself with Object.assign shows it",
    code: dedent`
      class Login {
        constructor(readonly user: string, readonly token: string) {}
        toJSON() {
          return Object.assign({}, this);
        }
      }
      declare const LOG: { debug(message: string, context?: object): void };
      export function load(token: string): void {
        const credentials = new Login('admin', token);
        LOG.debug('login', { credentials });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `credentials`, which carries secrets, reaches `LOG.debug` through an object literal.
        line: 10,
        column: 3,
        endLine: 10,
        endColumn: 38,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            class Login {
              constructor(readonly user: string, readonly token: string) {}
              toJSON() {
                return Object.assign({}, this);
              }
            }
            declare const LOG: { debug(message: string, context?: object): void };
            export function load(token: string): void {
              const credentials = new Login('admin', token);
              LOG.debug('login', { credentials: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

typedRuleTester.run("toJSON copies by Object.assign, typed", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "a toJSON copying itself with Object.assign shows it",
    code: dedent`
      class Login {
        constructor(readonly user: string, readonly token: string) {}
        toJSON() {
          return Object.assign({}, this);
        }
      }
      declare const LOG: { debug(message: string, context?: object): void };
      export function load(token: string): void {
        const credentials = new Login('admin', token);
        LOG.debug('login', { credentials });
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `credentials`, which carries secrets, reaches `LOG.debug` through an object literal.
        line: 10,
        column: 3,
        endLine: 10,
        endColumn: 38,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            class Login {
              constructor(readonly user: string, readonly token: string) {}
              toJSON() {
                return Object.assign({}, this);
              }
            }
            declare const LOG: { debug(message: string, context?: object): void };
            export function load(token: string): void {
              const credentials = new Login('admin', token);
              LOG.debug('login', { credentials: '<redacted>' });
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});

ruleTester.run("parts read by a helper of the file", rule, {
  valid: [
  {
    name: "a helper reading no secret of its parameter makes no carrier",
    code: dedent`
      import * as log from './log';
      interface Req { params: Record<string, unknown> }
      function nameOf(req: Req): string {
        return String(req.params.name);
      }
      export function create(req: Req): string {
        log.debug(\`create request \${JSON.stringify(req.params)}\`);
        return nameOf(req);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a part a helper of the file reads of its parameter is read of the argument",
    code: dedent`
      import * as log from './log';
      interface Req { params: Record<string, unknown> }
      function createFromRequest(req: Req): string {
        return String(req.params.password);
      }
      export function createAccessKey(req: Req): string {
        log.debug(\`createAccessKey request \${JSON.stringify(req.params)}\`);
        return createFromRequest(req);
      }
    `,
    errors: [
      {
        messageId: "secretLogged",
        // `req.params` (its `password` is read in this file) reaches `log.debug` through `JSON.stringify` and the template literal.
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 69,
        suggestions: [
        {
          messageId: "suggestRedact",
          output: dedent`
            import * as log from './log';
            interface Req { params: Record<string, unknown> }
            function createFromRequest(req: Req): string {
              return String(req.params.password);
            }
            export function createAccessKey(req: Req): string {
              log.debug(\`createAccessKey request \${JSON.stringify('<redacted>')}\`);
              return createFromRequest(req);
            }
          `,
        },
        ],
      },
    ],
  },
  ],
});
