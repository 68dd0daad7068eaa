import assert from 'node:assert/strict';

import type { NameVerdict, SensitiveNameOptions } from '../../../lib/matching/sensitive-names.js';
import {
  DEFAULT_CARRIERS,
  DEFAULT_SENSITIVE_NAMES,
  OSLO_SANITIZE_KEYS,
  SensitiveNames,
  exactKeysFor,
  isNamingTable,
} from '../../../lib/matching/sensitive-names.js';

const defaults = new SensitiveNames({ sensitive: DEFAULT_SENSITIVE_NAMES, safe: [], carriers: DEFAULT_CARRIERS });

function verdicts(names: readonly string[], matcher = defaults): Record<string, NameVerdict> {
  return Object.fromEntries(names.map((name) => [name, matcher.classify(name)]));
}

function all(names: readonly string[], verdict: NameVerdict): Record<string, NameVerdict> {
  return Object.fromEntries(names.map((name) => [name, verdict]));
}

function withOptions(options: Partial<SensitiveNameOptions>): SensitiveNames {
  return new SensitiveNames({ sensitive: DEFAULT_SENSITIVE_NAMES, safe: [], carriers: DEFAULT_CARRIERS, ...options });
}

describe('lib/matching/sensitive-names', () => {
  describe('secrets by word sequence, in every case style', () => {
    it('passwords and their spellings', () => {
      const names = ['password', 'ipmi_password', 'ipmiPassword', 'IPMI_PASSWORD', 'redfish-password', 'passwd', 'pwd', 'passphrase', 'passcode', 'bmcPassword'];
      assert.deepEqual(verdicts(names), all(names, 'secret'));
    });

    it('`pass` only as the final word', () => {
      assert.deepEqual(verdicts(['adminPass', 'admin_pass', 'newPass', 'pass']), all(['adminPass', 'admin_pass', 'newPass', 'pass'], 'secret'));
      assert.deepEqual(verdicts(['passThrough', 'passes', 'bypass', 'passenger', 'compass']), all(['passThrough', 'passes', 'bypass', 'passenger', 'compass'], null));
    });

    it('tokens, keys, credentials and the rest of the default list', () => {
      const names = [
        'token', 'authToken', 'auth_token', 'accessToken', 'refresh_token', 'X-Auth-Token', 'secret', 'clientSecret', 'client_secret',
        'apiKey', 'api_key', 'API_KEY', 'apikey', 'privateKey', 'private_key', 'privkey', 'credential', 'authKey', 'ipmiKgKey',
        'ipmi_hex_kg_key', 'kek', 'cookie', 'sessionCookie', 'authorization', 'configdrive', 'configDrive', 'config_drive',
        'connectionString', 'dsn', 'authHeader', 'auth_headers', 'basicAuth', 'BASIC_AUTH',
      ];
      assert.deepEqual(verdicts(names), all(names, 'secret'));
    });

    it('words must be whole: no substring matches', () => {
      const names = ['tokenizer', 'tokens', 'secretary', 'keyboard', 'cookieless', 'authority', 'compassion', 'pwdx', 'kekule'];
      assert.deepEqual(verdicts(names), all(names, null));
    });

    it('the plural of a secret\'s name is a carrier; tokens only when they authenticate', () => {
      const carriers = ['apiKeys', 'private_keys', 'clientSecrets', 'userPasswords', 'accessTokens', 'REFRESH_TOKENS', 'oauthTokens'];
      assert.deepEqual(verdicts(carriers), all(carriers, 'carrier'));
      const neither = ['tokens', 'maxTokens', 'inputTokens', 'completionTokens', 'userIdentityTokens', 'requiredSecrets', 'missingApiKeys', 'keys', 'sshKeys'];
      assert.deepEqual(verdicts(neither), all(neither, null));
      assert.deepEqual(verdicts(['publicKeys', 'tokenTypes', 'passwordsHashes']), all(['publicKeys', 'tokenTypes', 'passwordsHashes'], 'safe'));
    });

    it('cookies are a carrier, as headers are; a request\'s cookies too, as the plural of a secret\'s name', () => {
      assert.deepEqual(verdicts(['cookies', 'Cookies', 'requestCookies']), { cookies: 'carrier', Cookies: 'carrier', requestCookies: 'carrier' });
    });
  });

  describe('tables of names', () => {
    it('an object whose final word names names or kinds holds names', () => {
      for (const name of ['PropertyName', 'FieldNames', 'TokenType', 'SECRET_TYPES', 'credentialKind', 'headerLabels', 'ParamField']) {
        assert.equal(isNamingTable(name, 'password'), true, name);
      }
    });
    it('not before a preposition, nor any other final word', () => {
      for (const name of ['secretsByType', 'tokensForName', 'credentials', 'error', 'config', 'typeInfo', 'nameServer', '']) {
        assert.equal(isNamingTable(name, 'password'), false, name);
      }
    });
    it('a table of ids only when it or the member is capitalised, as constants are', () => {
      assert.equal(isNamingTable('LogId', 'tokenFetch'), true);
      assert.equal(isNamingTable('eventIds', 'TOKEN_REFRESHED'), true);
      assert.equal(isNamingTable('openId', 'clientSecret'), false);
      assert.equal(isNamingTable('appleId', 'password'), false);
    });
  });

  describe('vetoes', () => {
    it('a final metadata word', () => {
      const names = [
        'passwordPolicy', 'passwordLength', 'passwordMinLength', 'secretName', 'secret_ref', 'secretArn', 'secretPath', 'tokenUrl',
        'tokenType', 'tokenCount', 'passwordFile', 'apiKeyLabel', 'secretId', 'tokenExpiry', 'tokenPrefix', 'passwordError',
        'passwordMsg', 'tokenAddress', 'encryptionKeyId', 'tokenEndpoint', 'secretVersion', 'passwordStrength', 'tokenTtl',
        'credentialsProvider', 'secretManager', 'tokenValidator', 'passwordGenerator', 'authTokenService', 'tokenPermissions', 'tokenRoles',
        'secretKind', 'tokenState', 'tokenRevoked', 'tokenLocation', 'passwordRules', 'secretSchema', 'tokenEncoding', 'passwordSelector',
        'secretEngine', 'secretMount', 'tokenBackend', 'tokenSource',
      ];
      assert.deepEqual(verdicts(names), all(names, 'safe'));
    });

    it('where a secret is read from or sent in, and how it is recognised or asked for (helper-62 S-FP-1)', () => {
      const names = ['tokenEnvVar', 'apiKeyEnv', 'apiKeyQueryParam', 'tokenParamName', 'tokenStorageKey', 'passwordCacheKey', 'passwordPrompt', 'tokenPattern', 'passwordRegex', 'secretVersionStage'];
      assert.deepEqual(verdicts(names), all(names, 'safe'));
      // Two-word metadata closes a longer name only: the words alone are no secret's name to veto.
      assert.deepEqual(verdicts(['storageKey', 'envVar']), all(['storageKey', 'envVar'], null));
      // A header or a parameter is its value unless its name is what is meant (`authHeader`, `tokenParam = req.query.token`).
      assert.deepEqual(verdicts(['authHeader', 'apiKeyHeaderName', 'tokenParam']), { authHeader: 'secret', apiKeyHeaderName: 'safe', tokenParam: 'secret' });
    });

    it('Set-Cookie is the cookie a server hands out, not a setter (helper-67 S-FN-5)', () => {
      assert.deepEqual(verdicts(['set-cookie', 'Set-Cookie', 'setToken', 'SET_NWK_KEY', 'setCookieOptions']), { 'set-cookie': 'secret', 'Set-Cookie': 'secret', setToken: 'safe', SET_NWK_KEY: 'safe', setCookieOptions: 'safe' });
    });

    it('quotas of tokens, rules for passwords and descriptions of secrets (helper-67 S-FP-2)', () => {
      const names = ['tokenLimit', 'tokenBudget', 'tokenUsage', 'tokenQuota', 'tokenRate', 'tokenCost', 'passwordComplexity', 'passwordRequirements', 'passwordMinChars', 'passwordHistoryDepth', 'secretMetadata', 'tokenClaims', 'tokenSubject', 'tokenRefreshed', 'passwordExpiryWarning', 'tokenErrorCode', 'secretArnList', 'secretNameArray'];
      assert.deepEqual(verdicts(names), all(names, 'safe'));
      // What holds secrets still does: a list of them, a store, a password's characters.
      assert.deepEqual(verdicts(['secretList', 'tokenArray', 'passwordStore', 'passwordChars']), { secretList: 'carrier', tokenArray: 'carrier', passwordStore: 'secret', passwordChars: 'secret' });
    });

    it('a metadata word alone is no veto of anything; it is just not a secret', () => {
      assert.deepEqual(verdicts(['name', 'url', 'length']), all(['name', 'url', 'length'], null));
    });

    it('hashing, masking and public words anywhere', () => {
      const names = ['passwordHash', 'hashed_password', 'encryptedPassword', 'maskedToken', 'redactedSecret', 'tokenDigest', 'publicKey', 'publicCredential'];
      assert.deepEqual(verdicts(names), all(names, 'safe'));
    });

    it('a leading predicate or option word', () => {
      const names = ['isPasswordSet', 'hasToken', 'shouldRotateSecret', 'canReadSecret', 'withSecret', 'withoutSecret', 'noPassword', 'useToken', 'requiresPassword', 'useBasicAuth', 'authHeaderName', 'basicAuthEnabled'];
      assert.deepEqual(verdicts(names), all(names, 'safe'));
    });

    it('pagination, idempotency and cancellation tokens are not secrets; other qualified tokens are', () => {
      const handles = ['nextToken', 'pageToken', 'continuationToken', 'resumeToken', 'idempotencyToken', 'IdempotencyToken', 'cancellationToken'];
      assert.deepEqual(verdicts(handles), all(handles, null));
      assert.deepEqual(verdicts(['bearerToken', 'idToken', 'agentToken']), all(['bearerToken', 'idToken', 'agentToken'], 'secret'));
    });

    it('a head naming metadata decides: the words before from, for, of or via', () => {
      const metadata = ['tokenUrlFromEnv', 'getTokenUrlFromEnv', 'passwordPolicyForUser', 'secretPathViaConfig', 'lengthOfPassword', 'countOfTokens'];
      assert.deepEqual(verdicts(metadata), all(metadata, 'safe'));
      const secrets = ['tokenFromEnv', 'passwordForUser', 'apiKeyViaHeader', 'privateKeyOfNode', 'fromToken', 'signInToken', 'tokenInHeader', 'copyOfPassword', 'valueOfSecret', 'headerForAuthorization'];
      assert.deepEqual(verdicts(secrets), all(secrets, 'secret'));
      assert.equal(withOptions({ sensitive: [...DEFAULT_SENSITIVE_NAMES, 'proof of possession'] }).classify('proofOfPossession'), 'secret');
    });
  });

  describe("oslo's keys", () => {
    it('match the whole name without separators and override the vetoes', () => {
      const names = ['encrypted_key', 'encryptedKey', 'swifthashsuffix', 'swift_hash_suffix', 'secret_uuid', 'fernetkey', 'sslKey', 'rabbitcookie', 'cephclusterfsid'];
      assert.deepEqual(verdicts(names), all(names, 'secret'));
    });

    it('only as the whole name', () => {
      assert.deepEqual(verdicts(['encrypted_key_id', 'sslKeyPath']), all(['encrypted_key_id', 'sslKeyPath'], 'safe'));
    });

    it("are oslo.utils' 35 keys without separators (admin_pass and adminpass are one)", () => {
      assert.equal(OSLO_SANITIZE_KEYS.length, 34);
      assert.equal(new Set(OSLO_SANITIZE_KEYS).size, OSLO_SANITIZE_KEYS.length);
    });
  });

  describe('carriers', () => {
    it('are whole names, and win over the secret words they contain', () => {
      const names = ['driver_info', 'driverInfo', 'instance_info', 'instanceInfo', 'driver_internal_info', 'extra_md', 'credentials', 'creds', 'secrets', 'passwords', 'headers', 'auth', 'connection_info'];
      assert.deepEqual(verdicts(names), all(names, 'carrier'));
    });

    it('a longer name is not the carrier', () => {
      assert.deepEqual(verdicts(['driverInfoKeys', 'headersSent', 'authors']), { driverInfoKeys: null, headersSent: 'safe', authors: null }); // 'sent': a state of the headers
    });

    it("a secret's name followed by a word for a container names a carrier, not the secret", () => {
      const names = ['client_secret_info', 'tokenInfo', 'credentialsInfo', 'tokenDetails', 'passwordSettings', 'apiKeyConfig', 'secretOptions', 'privateKeyOpts', 'tokenParams', 'authTokenParameters'];
      assert.deepEqual(verdicts(names), all(names, 'carrier'));
      // A container word on its own, or after a name that is no secret, names nothing; a metadata
      // word before it still decides (`tokenTypeInfo`); data is the secret's own bytes (`keyData`).
      assert.deepEqual(verdicts(['info', 'nodeInfo', 'tokenTypeInfo', 'passwordData']), { info: null, nodeInfo: null, tokenTypeInfo: 'safe', passwordData: 'secret' });
    });

    it('isCarrier agrees with classify', () => {
      assert.equal(defaults.isCarrier('driver_info'), true);
      assert.equal(defaults.isCarrier('password'), false);
    });
  });

  describe('options', () => {
    it('sensitive names extend the list as word sequences', () => {
      const matcher = withOptions({ sensitive: [...DEFAULT_SENSITIVE_NAMES, 'bmc pin'] });
      assert.deepEqual(verdicts(['bmcPin', 'BMC_PIN', 'bmc-pin-code', 'pin', 'bmc'], matcher), { bmcPin: 'secret', BMC_PIN: 'secret', 'bmc-pin-code': 'secret', pin: null, bmc: null });
    });

    it('safe names overrule everything, oslo keys included', () => {
      const matcher = withOptions({ safe: ['session token', 'csrf', 'token'] });
      assert.deepEqual(verdicts(['sessionToken', 'csrfValue', 'token', 'authToken', 'password'], matcher), {
        sessionToken: 'safe',
        csrfValue: 'safe',
        token: 'safe',
        authToken: 'safe',
        password: 'secret',
      });
    });

    it('carriers are replaced by the list given', () => {
      const matcher = withOptions({ carriers: ['bmc config'] });
      assert.deepEqual(verdicts(['bmcConfig', 'driver_info'], matcher), { bmcConfig: 'carrier', driver_info: null });
    });

    it('exact keys default to oslo and can be emptied', () => {
      const noExact = withOptions({ sensitive: ['bmc pin'], exact: [] });
      assert.deepEqual(verdicts(['password', 'encrypted_key', 'bmcPin'], noExact), { password: null, encrypted_key: 'safe', bmcPin: 'secret' });
    });

    it('ignores very long names rather than splitting them', () => {
      assert.equal(defaults.classify(`${'a'.repeat(300)}Password`), null);
    });
  });

  describe('exactKeysFor', () => {
    it("is oslo's list under array layers and no layers", () => {
      assert.deepEqual(exactKeysFor(), [...OSLO_SANITIZE_KEYS]);
      assert.deepEqual(exactKeysFor(['bmc pin'], undefined), [...OSLO_SANITIZE_KEYS]);
    });

    it('is empty under a replace layer', () => {
      assert.deepEqual(exactKeysFor({ replace: ['bmc pin'] }), []);
      assert.deepEqual(exactKeysFor(undefined, { replace: [] }), []);
    });

    it('drops the removed keys, compared without separators', () => {
      const keys = exactKeysFor({ remove: ['token', 'auth_token'] });
      assert.equal(keys.includes('token'), false);
      assert.equal(keys.includes('authtoken'), false);
      assert.equal(keys.includes('password'), true);
      assert.equal(keys.length, OSLO_SANITIZE_KEYS.length - 2);
    });
  });
});
