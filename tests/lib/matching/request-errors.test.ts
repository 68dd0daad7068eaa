import type { TSESTree } from '@typescript-eslint/utils';
import assert from 'node:assert/strict';

import { commandArgumentCount, failedCallsOf, isRequestCarryingCall, rejectedCallsOf } from '../../../lib/matching/request-errors.js';
import { findIdentifier, parse } from '../helpers.js';

/** The callee texts of the calls whose rejection the binding `err` receives. */
function rejected(code: string): string[] {
  const parsed = parse(code);
  return rejectedCallsOf(findIdentifier(parsed, 'err')).map((call: TSESTree.CallExpression) => parsed.sourceCode.getText(call.callee));
}

describe('lib/matching/request-errors', () => {
  it('a rejection handler receives the rejection of the chain it ends, traced back to its head', () => {
    assert.deepEqual(rejected('client.post(url).then((r) => r.data).catch((err) => log(err));'), ['client.post']);
    assert.deepEqual(rejected('client.get(url).then((r) => r, (err) => log(err));'), ['client.get']);
    // A fulfilment handler's parameter is the value, not an error.
    assert.deepEqual(rejected('client.get(url).then((err) => log(err));'), []);
    assert.deepEqual(rejected('promise.catch((err) => log(err));'), []);
  });

  it('a catch clause receives the rejections of the calls its try block awaits, outside nested functions', () => {
    assert.deepEqual(rejected('async function f() { try { await client.get(url); parse(url); await Promise.all([client.post(a)]); items.forEach(async () => { await client.put(b); }); } catch (err) { log(err); } }'), [
      'client.get',
      'Promise.all',
      'client.post',
    ]);
    assert.deepEqual(rejected('async function f() { try { for await (const page of client.pages()) use(page); } catch (err) {} }'), ['client.pages']);
  });

  it('a command error comes from any call of the try, or from the call a node-style callback ends', () => {
    const failed = (code: string): string[] => {
      const parsed = parse(code);
      return failedCallsOf(findIdentifier(parsed, 'err')).map((call: TSESTree.CallExpression) => parsed.sourceCode.getText(call.callee));
    };
    assert.deepEqual(failed('function f() { try { execSync(cmd); other(() => inner()); } catch (err) { log(err); } }'), ['execSync', 'other']);
    assert.deepEqual(failed('exec(cmd, (err, out) => log(err));'), ['exec']);
    // Not the callback's second parameter, nor a callback that is not the last argument.
    assert.deepEqual(failed('exec(cmd, (out, err) => log(err));'), []);
    assert.deepEqual(failed('run((err) => log(err), cmd);'), []);
  });

  it("child_process's exec functions and execa's run commands, also promisified; spawn and others do not", () => {
    const parsed = parse(
      "import { exec, execFile, spawn } from 'node:child_process'; import cp from 'child_process'; import { promisify } from 'node:util'; import { execa } from 'execa'; const run = promisify(execFile); const later = promisify(setTimeout); exec(c); cp.execSync(c); run(c); execa(c); spawn(c); later(1);",
    );
    const count = (callee: string): number => commandArgumentCount(parsed.call(callee) as TSESTree.CallExpression, parsed.site(callee).calleePaths, parsed.resolver);
    // The command line is the first argument, or the file and its arguments: not the options.
    assert.deepEqual(['exec', 'cp.execSync', 'run', 'execa', 'spawn', 'later'].map(count), [1, 1, 2, 2, 0, 0]);
  });

  it('axios and got calls carry their request, by the import their callee starts at', () => {
    const parsed = parse("import axios from 'axios'; import got from 'got'; const http = axios.create(); http.get(u); got.post(u); fetch(u);");
    assert.equal(isRequestCarryingCall(parsed.call('http.get') as TSESTree.CallExpression, parsed.site('http.get').calleePaths, null), true);
    assert.equal(isRequestCarryingCall(parsed.call('got.post') as TSESTree.CallExpression, parsed.site('got.post').calleePaths, null), true);
    assert.equal(isRequestCarryingCall(parsed.call('fetch') as TSESTree.CallExpression, parsed.site('fetch').calleePaths, null), false);
  });
});
