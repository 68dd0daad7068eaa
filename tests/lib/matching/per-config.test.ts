import type { TSESLint } from '@typescript-eslint/utils';
import assert from 'node:assert/strict';

import { perConfig } from '../../../lib/matching/per-config.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The parts of a rule context perConfig reads; ESLint gives each file a fresh options array. */
function contextFor(options: readonly unknown[], settings: Record<string, unknown> = {}, id = 'ironclad/test-rule'): Context {
  return { id, cwd: '/project', options: structuredClone(options), settings } as unknown as Context;
}

describe('lib/matching/per-config', () => {
  it('builds once for every file of one configuration (fresh but equal options)', () => {
    const settings = { ironclad: { loggers: ['audit.write'] } };
    let builds = 0;
    const build = (): object => {
      builds++;
      return {};
    };
    const first = perConfig(contextFor([{ apiCalls: ['bmc.*'] }], settings), build);
    const second = perConfig(contextFor([{ apiCalls: ['bmc.*'] }], settings), build);
    assert.equal(builds, 1);
    assert.equal(first, second);
  });

  it('builds again for other options, another rule, or another settings object', () => {
    const settings = { ironclad: {} };
    let builds = 0;
    const build = (): object => {
      builds++;
      return {};
    };
    const base = perConfig(contextFor([{ apiCalls: ['a.*'] }], settings), build);
    assert.notEqual(perConfig(contextFor([{ apiCalls: ['b.*'] }], settings), build), base);
    assert.notEqual(perConfig(contextFor([{ apiCalls: ['a.*'] }], settings, 'ironclad/other-rule'), build), base);
    assert.notEqual(perConfig(contextFor([{ apiCalls: ['a.*'] }], { ironclad: {} }), build), base);
    assert.equal(builds, 4);
  });

  it('keeps nothing from a build that throws (a bad option fails on every file)', () => {
    const settings = { ironclad: {} };
    const context = (): Context => contextFor([{ apiCalls: ['/(/'] }], settings);
    let builds = 0;
    const failing = (): never => {
      builds++;
      throw new Error('apiCalls[0]: invalid regular expression');
    };
    assert.throws(() => perConfig(context(), failing), /invalid regular expression/u);
    assert.throws(() => perConfig(context(), failing), /invalid regular expression/u);
    assert.equal(builds, 2);
  });

  it('shares a build between files without settings', () => {
    let builds = 0;
    const build = (): object => {
      builds++;
      return {};
    };
    assert.equal(perConfig(contextFor([{ unique: 'no-settings' }]), build), perConfig(contextFor([{ unique: 'no-settings' }]), build));
    assert.equal(builds, 1);
  });
});
