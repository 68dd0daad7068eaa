import assert from 'node:assert/strict';

import { tokenShapeIn } from '../../../lib/matching/token-shapes.js';

const shapeOf = (text: string): string | null => tokenShapeIn(text)?.name ?? null;

/** 36 alphanumerics, as GitHub and npm tokens have. */
const ALNUM_36 = 'aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789';

describe('lib/matching/token-shapes', () => {
  describe('finds each family, alone or inside text', () => {
    const cases: readonly [string, string][] = [
      ['AKIAZ3MHQ2X7YV5KL4QP', 'an AWS access key id'],
      ['key=ASIAY34FZKBOKMUTVV7A;', 'an AWS access key id'],
      [`ghp_${ALNUM_36}`, 'a GitHub token'],
      [`token: gho_${ALNUM_36}`, 'a GitHub token'],
      [`github_pat_11ABCDEFG0123456789abc_${(ALNUM_36 + ALNUM_36).slice(0, 59)}`, 'a GitHub token'],
      ['glpat-abcdefghij0123456789', 'a GitLab token'],
      ['xoxb-1234567890-abcdefghij', 'a Slack token'],
      ['post to https://hooks.slack.com/services/T000/B000/XXXX', 'a Slack webhook URL'],
      ['sk_live_abcdefghij0123', 'a Stripe key'],
      ['rk_test_abcdefghij0123', 'a Stripe key'],
      ['AIzaSyA1234567890abcdefghijklmnopqrstuv', 'a Google API key'],
      [`npm_${ALNUM_36}`, 'an npm token'],
      ['sk-proj-abcT3BlbkFJxyz', 'an OpenAI key'],
      ['sk-ant-api03-abcdefghijklmnopqrstuvwxyz', 'an Anthropic key'],
      ['hvs.abcdefghijklmnopqrstuvwxyz', 'a Vault token'],
      [`SG.${ALNUM_36.slice(0, 22)}.${(ALNUM_36 + ALNUM_36).slice(3, 46)}`, 'a SendGrid key'],
      ['Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop', 'a JSON Web Token'],
      ['-----BEGIN RSA PRIVATE KEY-----\nMIIEow', 'a PEM private key'],
      ['-----BEGIN OPENSSH PRIVATE KEY-----', 'a PEM private key'],
      ['-----BEGIN PGP PRIVATE KEY BLOCK-----', 'a PEM private key'],
      ['amqp://nova:hunter2@rabbit:5672/', 'a URL with a password'],
      ['see https://admin:s3cret@bmc.example/redfish/v1 now', 'a URL with a password'],
    ];
    for (const [text, name] of cases) {
      it(`${name}: ${text.slice(0, 40)}`, () => {
        assert.equal(shapeOf(text), name);
      });
    }
  });

  describe('near misses', () => {
    const misses: readonly string[] = [
      'short',
      'AKIAIOSFODNN7EXAMPL', // one character short
      'AKIAZ3MHQ2X7YV5KL4QP1', // part of a longer run
      `ghp_${ALNUM_36.slice(1)}`,
      'github_pat_' + 'x',
      'glpat-short',
      'sk_live_short',
      'sk-ant-apixx-abcdefghijklmnopqrstuvwxyz',
      'eyJhbGciOiJIUzI1NiJ9.notjson.abcdefghijklmnop',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0', // no signature
      '-----BEGIN PUBLIC KEY-----',
      '-----BEGIN CERTIFICATE-----',
      'https://example.com:8443/path@x',
      'https://user@host.example/path',
      'usage: mysql://user:password@host/db',
      'amqp://guest:<password>@rabbit',
      'https://${user}:${PASSWORD}@bmc',
      'redis://:***@cache:6379',
      'mailto:someone@example.com with https://host/a:b@c',
      'hooks.slack.com/api/other',
      '550e8400-e29b-41d4-a716-446655440000',
      'da39a3ee5e6b4b0d3255bfef95601890afd80709', // a commit SHA
      './node_modules/some-package/lib/index.js',
      'The quick brown fox jumps over the lazy dog.',
    ];
    for (const text of misses) {
      it(`not a token: ${text.slice(0, 40)}`, () => {
        assert.equal(shapeOf(text), null);
      });
    }
  });

  it('not a placeholder shown in usage text or docs', () => {
    for (const text of ['AKIAIOSFODNN7EXAMPLE', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `ghp_${'X'.repeat(36)}`, `sk_live_${'0'.repeat(24)}`]) assert.equal(shapeOf(`export GITHUB_TOKEN=${text}`), null, text);
  });

  it('handles long text without tokens', () => {
    assert.equal(shapeOf(`${'a-'.repeat(50_000)}://`), null);
    assert.equal(shapeOf('x'.repeat(100_000)), null);
  });

  it('finds a token after a long prefix', () => {
    assert.equal(shapeOf(`${'word '.repeat(10_000)}AKIAZ3MHQ2X7YV5KL4QP`), 'an AWS access key id');
  });
});
