import assert from 'node:assert/strict';

import fc from 'fast-check';

import { compactName, containsWords, headWords, indexOfWords, lastWord, splitWords } from '../../lib/words.js';

describe('lib/words', () => {
  describe('splitWords', () => {
    it('splits an ASCII name by its fast path exactly as the general scan does', () => {
      // A trailing no-break space (a separator outside ASCII) sends the same name down the general scan.
      const asciiName = fc.string({ unit: fc.constantFrom(...'aAbBsSzZ09_-. xyIDHTTP'.split('')), maxLength: 24 });
      fc.assert(
        fc.property(asciiName, (name) => {
          assert.deepEqual(splitWords(name), splitWords(`${name}\u00a0`));
        }),
        { numRuns: 3000 },
      );
    });

    const cases: readonly (readonly [string, readonly string[]])[] = [
      ['camelCase', ['camel', 'case']],
      ['PascalCase', ['pascal', 'case']],
      ['snake_case', ['snake', 'case']],
      ['kebab-case', ['kebab', 'case']],
      ['SCREAMING_CASE', ['screaming', 'case']],
      ['HTTPServer', ['http', 'server']],
      ['getHTTPResponseCode', ['get', 'http', 'response', 'code']],
      ['APIKey', ['api', 'key']],
      ['oauth2Token', ['oauth', '2', 'token']],
      ['X509Cert', ['x', '509', 'cert']],
      ['ipmiHexKgKey', ['ipmi', 'hex', 'kg', 'key']],
      ['ipmi_hex_kg_key', ['ipmi', 'hex', 'kg', 'key']],
      ['IPMI_PASSWORD', ['ipmi', 'password']],
      ['redfish-password', ['redfish', 'password']],
      ['config.drive', ['config', 'drive']],
      ['ipmi password', ['ipmi', 'password']],
      ['__proto__', ['proto']],
      ['$password', ['password']],
      ['#secret', ['secret']],
      ['ABC', ['abc']],
      ['aB', ['a', 'b']],
      ['x', ['x']],
      ['_x_', ['x']],
      ['userIDs', ['user', 'ids']],
      ['MyAPIsClient', ['my', 'apis', 'client']],
      ['HTTPSServer', ['https', 'server']],
      ['IDsByName', ['ids', 'by', 'name']],
    ];
    for (const [name, words] of cases) {
      it(`splits ${JSON.stringify(name)} into ${JSON.stringify(words)}`, () => {
        assert.deepEqual(splitWords(name), words);
      });
    }

    it('splits letters of other scripts, keeping accents and lower-casing them', () => {
      assert.deepEqual(splitWords('motDePasseÉlevé'), ['mot', 'de', 'passe', 'élevé']);
      assert.deepEqual(splitWords('ÜberPasswort'), ['über', 'passwort']);
      assert.deepEqual(splitWords('ПарольАдмина'), ['пароль', 'админа']);
      assert.deepEqual(splitWords('naïve_KEY'), ['naïve', 'key']);
    });

    it('keeps a combining mark with the letter it decorates', () => {
      assert.deepEqual(splitWords('cafe\u0301Key'), ['cafe\u0301', 'key']);
    });

    it('makes words of letters without case, and separates them from cased letters', () => {
      assert.deepEqual(splitWords('密码Token'), ['密码', 'token']);
      assert.deepEqual(splitWords('ipmi密码'), ['ipmi', '密码']);
      assert.deepEqual(splitWords('パスワード'), ['パスワード']);
    });

    it('returns no words for the empty string and for separators only', () => {
      assert.deepEqual(splitWords(''), []);
      assert.deepEqual(splitWords('__--..  '), []);
      assert.deepEqual(splitWords('$'), []);
    });

    it('completes on a 100,000-character identifier', () => {
      const name = 'IpmiPassword'.repeat(8333) + 'Tail';
      assert.equal(name.length, 100_000);
      const words = splitWords(name);
      assert.equal(words.length, 8333 * 2 + 1);
      assert.equal(words[0], 'ipmi');
      assert.equal(words[1], 'password');
      assert.equal(words[words.length - 1], 'tail');
    });

    it('completes on a 100,000-character run of capitals', () => {
      const words = splitWords('A'.repeat(100_000) + 'bc');
      assert.deepEqual(words.map((word) => word.length), [99_999, 3]);
    });
  });

  describe('compactName', () => {
    it('removes separators and case', () => {
      assert.equal(compactName('ipmi_hex-KgKey'), 'ipmihexkgkey');
      assert.equal(compactName('SWIFT_HASH_SUFFIX'), 'swifthashsuffix');
      assert.equal(compactName('encryptedKey'), 'encryptedkey');
    });

    it('is empty for a name without words', () => {
      assert.equal(compactName('__'), '');
    });
  });

  describe('lastWord', () => {
    it('is the last word, lower-cased', () => {
      assert.equal(lastWord('auditLogger'), 'logger');
      assert.equal(lastWord('LOG'), 'log');
      assert.equal(lastWord('admin_pass'), 'pass');
      assert.equal(lastWord('oauth2'), '2');
    });

    it('is empty when the name has no word', () => {
      assert.equal(lastWord(''), '');
      assert.equal(lastWord('--'), '');
    });
  });

  describe('containsWords', () => {
    const words = ['auth', 'token', 'url'];

    it('finds consecutive whole words', () => {
      assert.equal(containsWords(words, ['auth', 'token']), true);
      assert.equal(containsWords(words, ['token', 'url']), true);
      assert.equal(containsWords(words, ['url']), true);
      assert.equal(containsWords(words, words), true);
    });

    it('does not match parts of words, gaps, reversed order or longer sequences', () => {
      assert.equal(containsWords(['login'], ['log']), false);
      assert.equal(containsWords(words, ['auth', 'url']), false);
      assert.equal(containsWords(words, ['token', 'auth']), false);
      assert.equal(containsWords(words, [...words, 'x']), false);
    });

    it('is false for an empty sequence', () => {
      assert.equal(containsWords(words, []), false);
      assert.equal(containsWords([], []), false);
    });
  });

  describe('indexOfWords', () => {
    it('is the index of the first occurrence', () => {
      assert.equal(indexOfWords(['a', 'kg', 'key', 'kg', 'key'], ['kg', 'key']), 1);
      assert.equal(indexOfWords(['private', 'key'], ['private', 'key']), 0);
      assert.equal(indexOfWords(['the', 'private', 'key'], ['key']), 2);
    });

    it('is -1 when absent or empty', () => {
      assert.equal(indexOfWords(['private', 'keys'], ['private', 'key']), -1);
      assert.equal(indexOfWords(['key'], ['private', 'key']), -1);
      assert.equal(indexOfWords(['key'], []), -1);
    });
  });

  describe('headWords', () => {
    const stops = new Set(['from', 'with']);
    it('the words before the first stop past the first word', () => {
      assert.deepEqual(headWords(['token', 'url', 'from', 'env'], stops), ['token', 'url']);
      assert.deepEqual(headWords(['build', 'device', 'with', 'api', 'from', 'x'], stops), ['build', 'device']);
    });
    it('all the words without a stop, or with one only first', () => {
      assert.deepEqual(headWords(['api', 'client'], stops), ['api', 'client']);
      assert.deepEqual(headWords(['from', 'address'], stops), ['from', 'address']);
      assert.deepEqual(headWords([], stops), []);
    });
  });
});
