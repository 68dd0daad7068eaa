import dedent from 'dedent';
import assert from 'node:assert/strict';

import type { CallMatcherSpec } from '../../../lib/matching/call-matcher.js';
import type { LogCall } from '../../../lib/matching/loggers.js';
import { LOGGING_METHODS, LoggerMatcher } from '../../../lib/matching/loggers.js';
import { parse } from '../helpers.js';

const builtIn = new LoggerMatcher([], true);

/** What the matcher makes of the call whose callee is written `callee` in `code`. */
function logCall(code: string, callee: string, matcher = builtIn): LogCall | null {
  const parsed = parse(code);
  return matcher.match(parsed.site(callee), parsed.typeInfo);
}

/** A one-statement program calling `callee(x)`. */
function callOf(callee: string, matcher = builtIn): LogCall | null {
  return logCall(`${callee}(x);`, callee, matcher);
}

describe('lib/matching/loggers', () => {
  describe('console', () => {
    it('console logging methods are log calls', () => {
      for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table', 'assert']) {
        assert.deepEqual(callOf(`console.${method}`), { name: `console.${method}`, kind: 'method' }, method);
      }
    });

    it('other console methods are not', () => {
      assert.equal(callOf('console.clear'), null);
      assert.equal(callOf('console.child'), null);
    });

    it('an object called console logs with the logging methods only', () => {
      assert.equal(logCall('function f(console) { console.table(x); }', 'console.table'), null);
      assert.deepEqual(logCall('function f(console) { console.error(x); }', 'console.error'), { name: 'console.error', kind: 'method' });
      assert.deepEqual(logCall('class D { f() { this.console.warn(x); } }', 'this.console.warn'), { name: 'this.console.warn', kind: 'method' });
      assert.deepEqual(logCall('function f(device) { device.console.info(x); }', 'device.console.info'), { name: 'device.console.info', kind: 'method' });
      assert.equal(logCall('class D { f() { this.console.group(x); } }', 'this.console.group'), null);
    });
  });

  describe('receivers whose last name\'s last word is log or logger', () => {
    const receivers = ['LOG', 'log', 'Log', 'LOGGER', 'logger', 'this.log', 'this.logger', 'ctx.logger', 'auditLogger', 'auditLog', 'AUDIT_LOG', 'audit_logger'];
    for (const receiver of receivers) {
      it(`${receiver}.<level>(...) is a log call`, () => {
        assert.deepEqual(callOf(`${receiver}.info`), { name: `${receiver}.info`, kind: 'method' });
        assert.deepEqual(callOf(`${receiver}.error`), { name: `${receiver}.error`, kind: 'method' });
      });
    }

    it('with a computed key', () => {
      assert.deepEqual(logCall("ctx['request-log'].warn(x);", "ctx['request-log'].warn"), { name: 'ctx.request-log.warn', kind: 'method' });
    });

    it('a logging module, and an editor\'s output channel with its writes, but not any channel', () => {
      for (const callee of ['logging.info', 'logging.debug', 'outputChannel.info', 'this.outputChannel.appendLine', 'logChannel.append']) {
        assert.deepEqual(callOf(callee), { name: callee, kind: 'method' }, callee);
      }
      for (const callee of ['channel.info', 'slackChannel.info', 'outputChannel.show', 'logging.child', 'output.appendLine']) {
        assert.notDeepEqual(callOf(callee)?.kind, 'method', callee);
      }
    });

    it('accepts every logging method', () => {
      assert.deepEqual(
        [...LOGGING_METHODS].sort(),
        ['critical', 'debug', 'error', 'exception', 'fatal', 'info', 'log', 'notice', 'trace', 'verbose', 'warn', 'warning'],
      );
      for (const method of LOGGING_METHODS) {
        assert.deepEqual(callOf(`LOG.${method}`), { name: `LOG.${method}`, kind: 'method' }, method);
      }
    });

    it('a logger returned by a call', () => {
      assert.deepEqual(callOf('this.getLogger().error'), { name: 'this.getLogger().error', kind: 'method' });
      assert.deepEqual(callOf('getLog().info'), { name: 'getLog().info', kind: 'method' });
    });

    it('a logger\'s method whose first word is log', () => {
      for (const callee of ['connection.logger.logQuery', 'this.logger.logQueryError', 'auditLog.logEvent', 'LOG.log_request']) {
        assert.deepEqual(callOf(callee), { name: callee, kind: 'method' }, callee);
      }
      assert.equal(builtIn.mayBeMethod('logQuery'), true);
    });

    it('not other methods of a logger', () => {
      for (const callee of ['LOG.flush', 'LOG.setLevel', 'this.logger.isDebugEnabled', 'LOG.info.bind', 'this.log.logout', 'LOG.logs', 'LOG.login', 'client.logQuery', 'logQuery']) {
        assert.equal(callOf(callee), null, callee);
      }
    });

    it('not receivers that merely contain log', () => {
      for (const callee of ['login.info', 'catalog.error', 'dialog.warn', 'blog.info', 'logs.info', 'changelog.info', 'this.loginService.warn']) {
        assert.equal(callOf(callee), null, callee);
      }
    });
  });

  describe('functions whose last word is log or logger', () => {
    it('with no other word, or only level words', () => {
      for (const callee of ['log', 'logger', 'this.log', 'this.debugLog', 'errorLog', 'infoLog', 'warnLogger', 'debug_log', 'ERROR_LOG']) {
        assert.deepEqual(callOf(callee), { name: callee, kind: 'function' }, callee);
      }
    });

    it('not with other words, nor when log is not the last word', () => {
      for (const callee of ['this.auditLog', 'auditLog', 'login', 'logIn', 'logout', 'backlog', 'this.catalog', 'changeLog', 'logRefresh', 'logErrorCount']) {
        assert.equal(callOf(callee), null, callee);
      }
    });

    it('log followed by level words only', () => {
      for (const callee of ['logInfo', 'logError', 'this.logDebug', 'util.logWarning', 'log_verbose']) {
        assert.deepEqual(callOf(callee), { name: callee, kind: 'function' }, callee);
      }
    });

    it('not Math.log', () => {
      assert.equal(callOf('Math.log'), null);
      assert.equal(callOf('Math.log10'), null);
    });
  });

  describe('aliases', () => {
    it('a logger through an alias, destructuring, optional chaining and computed keys', () => {
      assert.deepEqual(logCall('const l = LOG; l.info(x);', 'l.info'), { name: 'l.info', kind: 'method' });
      assert.deepEqual(logCall('const { info } = this.logger; info(x);', 'info'), { name: 'info', kind: 'method' });
      assert.deepEqual(logCall('LOG?.info(x);', 'LOG?.info'), { name: 'LOG.info', kind: 'method' });
      assert.deepEqual(logCall("LOG['warn'](x);", "LOG['warn']"), { name: 'LOG.warn', kind: 'method' });
    });

    it('a logger stored in a field', () => {
      const code = dedent`
        class Driver {
          out = createLogger();
          m() { this.out.info(x); }
        }
      `;
      assert.deepEqual(logCall(code, 'this.out.info'), { name: 'this.out.info', kind: 'method' });
    });
  });

  describe('logging packages', () => {
    const calls: readonly (readonly [string, string, LogCall])[] = [
      ["import winston from 'winston'; const w = winston.createLogger(); w.info(x);", 'w.info', { name: 'w.info', kind: 'method' }],
      ["import { createLogger } from 'winston'; const w = createLogger(); w.warn(x);", 'w.warn', { name: 'w.warn', kind: 'method' }],
      ["import * as winston from 'winston'; winston.createLogger().error(x);", 'winston.createLogger().error', { name: 'winston.createLogger().error', kind: 'method' }],
      ["import winston from 'winston'; winston.info(x);", 'winston.info', { name: 'winston.info', kind: 'method' }],
      ["import w from 'winston'; const { info } = w.createLogger(); info(x);", 'info', { name: 'info', kind: 'method' }],
      ["import pino from 'pino'; const p = pino(); p.info(x);", 'p.info', { name: 'p.info', kind: 'method' }],
      ["const pino = require('pino'); const p = pino(); p.info(x);", 'p.info', { name: 'p.info', kind: 'method' }],
      ["import pino from 'pino'; const c = pino().child({ a }); c.info(x);", 'c.info', { name: 'c.info', kind: 'method' }],
      ["const bunyan = require('bunyan'); const b = bunyan.createLogger({}); b.info(x);", 'b.info', { name: 'b.info', kind: 'method' }],
      ["import log4js from 'log4js'; const l = log4js.getLogger(); l.error(x);", 'l.error', { name: 'l.error', kind: 'method' }],
      ["import debug from 'debug'; const d = debug('ns'); d(x);", 'd', { name: 'd', kind: 'function' }],
      ["import createDebug from 'debug'; const trace = createDebug('ns'); trace(x);", 'trace', { name: 'trace', kind: 'function' }],
      ["import debug from 'debug'; debug('ns')(x);", "debug('ns')", { name: 'debug()', kind: 'function' }],
      ["const d = require('debug')('ns'); d(x);", 'd', { name: 'd', kind: 'function' }],
      ["class S { out = pino(); m() { this.out.info(x); } } import pino from 'pino';", 'this.out.info', { name: 'this.out.info', kind: 'method' }],
    ];
    for (const [code, callee, expected] of calls) {
      it(code, () => {
        assert.deepEqual(logCall(code, callee), expected);
      });
    }

    const notLogs: readonly (readonly [string, string])[] = [
      ["import pino from 'pino'; pino(x);", 'pino'],
      ["import winston from 'winston'; winston.createLogger(x);", 'winston.createLogger'],
      ["import winston from 'winston'; winston.format.json();", 'winston.format.json'],
      ["import log4js from 'log4js'; log4js.configure(x);", 'log4js.configure'],
      ["import debug from 'debug'; debug('ns');", 'debug'],
      ["import pino from 'pino'; const p = pino(); p.flush();", 'p.flush'],
      ["import { make } from 'other'; const o = make(); o.info(y);", 'o.info'],
    ];
    for (const [code, callee] of notLogs) {
      it(`not: ${code}`, () => {
        assert.equal(logCall(code, callee), null);
      });
    }
  });

  describe('child()', () => {
    it('is a child call on any logger', () => {
      assert.deepEqual(callOf('logger.child'), { name: 'logger.child', kind: 'child' });
      assert.deepEqual(callOf('this.log.child'), { name: 'this.log.child', kind: 'child' });
      assert.deepEqual(logCall("import pino from 'pino'; const p = pino(); p.child({ a });", 'p.child'), { name: 'p.child', kind: 'child' });
    });

    it('the child a logger makes is a logger', () => {
      assert.deepEqual(callOf('LOG.child({ a }).info'), { name: 'LOG.child().info', kind: 'method' });
      assert.deepEqual(logCall('const c = this.logger.child({ req }); c.info(x);', 'c.info'), { name: 'c.info', kind: 'method' });
    });

    it('is not a child call elsewhere', () => {
      assert.equal(callOf('node.child'), null);
    });
  });

  describe('options', () => {
    it('add patterns to the built-in recognition', () => {
      const matcher = new LoggerMatcher(['audit.*', 'report'], true);
      assert.deepEqual(callOf('audit.record', matcher), { name: 'audit.record', kind: 'method' });
      assert.deepEqual(callOf('audit.child', matcher), { name: 'audit.child', kind: 'child' });
      assert.deepEqual(callOf('report', matcher), { name: 'report', kind: 'method' });
      assert.deepEqual(callOf('console.log', matcher), { name: 'console.log', kind: 'method' });
      assert.equal(callOf('audits.record', matcher), null);
    });

    it('match through aliases', () => {
      const matcher = new LoggerMatcher(['this.audit.*'], true);
      assert.deepEqual(logCall('const a = this.audit; a.record(x);', 'a.record', matcher), { name: 'a.record', kind: 'method' });
    });

    it('replace the built-in recognition', () => {
      const matcher = new LoggerMatcher(['audit.*'], false);
      assert.deepEqual(callOf('audit.record', matcher), { name: 'audit.record', kind: 'method' });
      for (const callee of ['console.log', 'LOG.info', 'this.log']) assert.equal(callOf(callee, matcher), null, callee);
      assert.equal(logCall("import pino from 'pino'; const p = pino(); p.info(x);", 'p.info', matcher), null);
    });

    it('an empty replacement recognizes nothing', () => {
      assert.equal(callOf('console.log', new LoggerMatcher([], false)), null);
    });

    it('a malformed pattern fails naming the option', () => {
      assert.throws(() => new LoggerMatcher(['LOG.*', 'LOG..info'], true, 'settings.ironclad.loggers'), {
        message: 'settings.ironclad.loggers[1]: Invalid name pattern "LOG..info": segments must be separated by single dots.',
      });
    });

    it('declaration specifiers match with type information only', () => {
      const specs: CallMatcherSpec[] = [{ from: 'file', name: 'AuditTrail' }];
      const matcher = new LoggerMatcher(specs, true);
      const code = dedent`
        class AuditTrail { record(message: string): void {} }
        declare const trail: AuditTrail;
        trail.record('x');
      `;
      const typed = parse(code, { typed: true });
      assert.deepEqual(matcher.match(typed.site('trail.record'), typed.typeInfo), { name: 'trail.record', kind: 'method' });
      const untyped = parse(code);
      assert.equal(matcher.match(untyped.site('trail.record'), untyped.typeInfo), null);
    });
  });
  describe('mayBeMethod (the name filter before aliases are resolved)', () => {
    it('never rules out a member call the matcher matches', () => {
      const matchers: readonly (readonly [string, LoggerMatcher])[] = [
        ['built in', builtIn],
        ['a pattern added', new LoggerMatcher(['audit.record'], true)],
        ['a wildcard pattern', new LoggerMatcher(['audit.*'], false)],
        ['a regular expression', new LoggerMatcher(['/^audit\\./'], false)],
        ['replaced by nothing', new LoggerMatcher([], false)],
      ];
      const receivers = ['console', 'LOG', 'this.logger', 'auditLog', 'audit', 'client', 'Math', 'this.log.child({ a })'];
      const methods = [...LOGGING_METHODS, 'dir', 'table', 'assert', 'child', 'clear', 'record', 'getNode', 'infoBox', 'debugLog', 'errorLogger', 'catalog'];
      for (const [label, matcher] of matchers) {
        for (const receiver of receivers) {
          for (const method of methods) {
            const callee = `${receiver}.${method}`;
            if (matcher.mayBeMethod(method)) continue;
            assert.equal(logCall(`import pino from 'pino'; const audit = pino(); ${callee}(x);`, callee, matcher), null, `${label}: ${callee}`);
          }
        }
      }
    });

    it('rules out methods no logger has, and keeps those a pattern names', () => {
      for (const method of ['getNode', 'infoBox', 'catalog', 'record']) assert.equal(builtIn.mayBeMethod(method), false, method);
      for (const method of ['info', 'child', 'dir', 'debugLog', 'logger']) assert.equal(builtIn.mayBeMethod(method), true, method);
      assert.equal(new LoggerMatcher(['audit.record'], true).mayBeMethod('record'), true);
      assert.equal(new LoggerMatcher(['audit.*'], true).mayBeMethod('anything'), true);
      assert.equal(new LoggerMatcher([{ from: 'file', name: 'AuditTrail' }], false).mayBeMethod('anything'), true);
    });
  });
});
