/**
 * Which names make a value a secret, and which objects carry secrets.
 *
 * Names are compared as words (lib/words): a sensitive word sequence anywhere in the name makes
 * it sensitive (`ipmiPassword`, `ADMIN_PASS`, `x-auth-token`), unless a veto applies: a final
 * metadata word (`passwordPolicy`, `secretName`, `tokenCount`), a hashing or masking word
 * anywhere (`passwordHash`, `encryptedPassword`), a leading is/has/should (`isPasswordSet`), or
 * a pagination token (`nextToken`). oslo.utils' key list is matched against the whole name with
 * separators removed and overrides the vetoes (`encrypted_key`, `swifthashsuffix`).
 */
import type { ListSetting } from './vocabulary.js';
import { compactName, containsWords, headWords, indexOfWords, splitWords } from '../words.js';

/** Word sequences (written as identifiers) that make a value a secret. */
export const DEFAULT_SENSITIVE_NAMES: readonly string[] = [
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'passcode',
  'secret',
  'token',
  'api key',
  'apikey',
  'private key',
  'privkey',
  'priv key',
  'encryption key',
  'encryptionkey',
  'signing key',
  'signingkey',
  'hmac key',
  'hmackey',
  'client secret',
  'credential',
  'credentials',
  'creds',
  'auth key',
  'auth token',
  'kg key',
  'kek',
  'cookie',
  'authorization',
  'auth header',
  'auth headers',
  'basic auth',
  'configdrive',
  'config drive',
  'connection string',
  'dsn',
  // Wi-Fi and other pre-shared keys
  'psk',
  'pre shared key',
  'wifi key',
  'network key',
  'networkkey',
  // Zigbee's and Bluetooth's network and link keys, and a Zigbee device's install code
  'net key',
  'netkey',
  'nwk key',
  'nwkkey',
  'tc link key',
  'tclinkkey',
  'install code',
  'installcode',
  // one-time codes of a second factor, live credentials for a few minutes
  'otp',
  'totp',
  'hotp',
  'mfa code',
  'two factor code',
  'two factor auth code',
  'verify code',
  'verification code',
  // OAuth's signed client assertion (RFC 7521/7523)
  'client assertion',
  'jwt assertion',
];

/** oslo.utils' `_SANITIZE_KEYS`, compared with the whole name, separators removed. */
export const OSLO_SANITIZE_KEYS: readonly string[] = [
  'adminpass',
  'password',
  'adminpassword',
  'authtoken',
  'newpass',
  'authpassword',
  'secretuuid',
  'secret',
  'syspswd',
  'token',
  'configdrive',
  'chappassword',
  'encryptedkey',
  'privatekey',
  'fernetkey',
  'sslkey',
  'passphrase',
  'cephclusterfsid',
  'octaviaheartbeatkey',
  'rabbitcookie',
  'cephmanilaclientkey',
  'pacemakerremoteauthkey',
  'designaterndckey',
  'cephadminkey',
  'heatauthencryptionkey',
  'cephclientkey',
  'keystonecredential',
  'barbicansimplecryptokek',
  'cephrgwkey',
  'swifthashsuffix',
  'migrationsshkey',
  'cephmdskey',
  'cephmonkey',
  'chapsecret',
];

/** Final words that describe a secret rather than hold it. */
export const DEFAULT_METADATA_WORDS: readonly string[] = [
  'name',
  'names',
  'id',
  'ids',
  'ref',
  'arn',
  // a decentralized identifier (`did:key:z…`, W3C DIDs, AT Protocol): names the public half of a key
  'did',
  'path',
  'file',
  'url',
  'uri',
  'type',
  'count',
  'length',
  'len',
  'size',
  'bits',
  'index',
  'idx',
  'attempts',
  'retries',
  'policy',
  'label',
  'msg',
  'message',
  'error',
  'address',
  'prefix',
  'expiry',
  'expires',
  'expiration',
  'field',
  'key name',
  'header name',
  'hint',
  'required',
  'enabled',
  'set',
  // where a secret is kept or sent, and what describes it
  'endpoint',
  'host',
  'hostname',
  'port',
  'domain',
  'scope',
  'scopes',
  'format',
  'scheme',
  'schema',
  'encoding',
  'location',
  'rules',
  'selector',
  // where a secret is read from or sent in, and how it is recognised or asked for (`tokenEnvVar`,
  // `apiKeyQueryParam`, `tokenStorageKey`, `passwordPrompt`, `tokenPattern`, `secretVersionStage`;
  // not `tokenParam`, which often holds the value)
  'env var',
  'param name',
  'query param',
  'storage key',
  'cache key',
  'prompt',
  'pattern',
  'regex',
  'regexp',
  'stage',
  // where secrets are kept (`secretEngine`, `secretMount`, `tokenBackend`), as `secretPath` is
  'engine',
  'mount',
  'backend',
  'version',
  'status',
  'strength',
  'score',
  'lifetime',
  'lease',
  'ttl',
  'timeout',
  'age',
  'interval',
  // a moment or a state of the secret, not the secret (`tokenExpired`, `passwordLastChanged`, JWT `iat`/`exp`)
  'valid',
  'invalid',
  'present',
  'missing',
  'exists',
  'provided',
  'expired',
  'changed',
  'rotated',
  'revoked',
  'state',
  'kind',
  'kinds',
  'sent',
  'verified',
  // how a one-time code or a key is delivered, counted or checked, not the code or key
  'method',
  'channel',
  'digits',
  'period',
  'counter',
  'left',
  'number',
  'num',
  'seq',
  'crc',
  'checksum',
  'created',
  'updated',
  'issued',
  'iat',
  'exp',
  'nbf',
  'duration',
  'date',
  'time',
  'timestamp',
  'issuer',
  'audience',
  'algorithm',
  'permission',
  'permissions',
  'role',
  'roles',
  // code that handles secrets, rather than a secret
  'provider',
  'providers',
  'manager',
  'service',
  'client',
  'handler',
  'factory',
  'validator',
  'generator',
  'source',
  // how much of something a token measures (an LLM's or an API's quota: `tokenLimit`, `tokenUsage`)
  'limit',
  'budget',
  'usage',
  'quota',
  'rate',
  'cost',
  // what a password must be (`passwordComplexity`, `passwordRequirements`, `passwordMinChars`)
  'complexity',
  'requirement',
  'requirements',
  'min chars',
  'max chars',
  'depth',
  // what describes a secret or its token (`secretMetadata`, JWT `tokenClaims`, `tokenSubject`)
  'metadata',
  'claims',
  'subject',
  'refreshed',
  'warning',
  'error code',
  // a setting or a list of what is supported (`authorizationRuleMode`, OIDC's `token_endpoint_auth_methods_supported`)
  'mode',
  'supported',
];

/** Words that mean the value was made safe, anywhere in the name. */
export const DEFAULT_SAFE_WORDS: readonly string[] = [
  'hash',
  'hashed',
  'hashes',
  'encrypted',
  'masked',
  'redacted',
  'sanitized',
  'obfuscated',
  'digest',
  // A public key or credential is public by definition (`publicKey`, `publicCredential`).
  'public',
];

/** What a copy can be made free of (`piiFree`, `secretFree`, `credentialsFree`). */
const FREE_OF_WORDS: ReadonlySet<string> = new Set(['pii', 'phi', 'secret', 'secrets', 'credential', 'credentials', 'password', 'passwords', 'token', 'tokens', 'key', 'keys', 'sensitive', 'auth']);

/** Leading words of flags and options about a secret (`isPasswordSet`, `withSecret`, `noToken`). */
const LEADING_PREDICATE_WORDS: ReadonlySet<string> = new Set(['is', 'has', 'should', 'can', 'needs', 'requires', 'use', 'uses', 'with', 'without', 'no', 'set']);
/** Words before `token` that make it a handle, not a credential: pagination (`nextToken`), idempotency, cancellation and progress (MCP's `progressToken`) tokens. */
const HANDLE_TOKEN_WORDS: ReadonlySet<string> = new Set(['next', 'page', 'pagination', 'continuation', 'cursor', 'resume', 'sync', 'start', 'idempotency', 'cancellation', 'progress']);
/** Words after which a name says where its value comes from or whom it is for, not what it is. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'for', 'of', 'via', 'to', 'by']);

/** Words before `tokens` that make them credentials (`accessTokens`, `oauthTokens`), not counts or a lexer's. */
const AUTH_TOKEN_WORDS: ReadonlySet<string> = new Set(['access', 'refresh', 'auth', 'oauth', 'bearer', 'session', 'id', 'api', 'jwt', 'personal', 'service', 'device', 'push']);

/** Words that make a plural a selection of names (`requiredSecrets`, `missingApiKeys`, `supportedKeys`). */
const LIST_SELECTION_WORDS: ReadonlySet<string> = new Set(['required', 'missing', 'optional', 'allowed', 'expected', 'supported', 'needed', 'declared', 'unknown']);

/** Words that name a secret only as a name's last word. */
const FINAL_SECRET_WORDS: ReadonlySet<string> = new Set(['pass', 'jwt', 'bearer']);

/** Words before `pass` that make it an account's password (`userPassList`, `adminPass`). */
const ACCOUNT_WORDS: ReadonlySet<string> = new Set(['user', 'users', 'admin', 'root', 'account', 'accounts', 'login', 'db', 'database', 'wifi', 'ftp', 'smtp', 'ssh', 'proxy', 'api', 'master', 'device', 'bmc', 'ipmi']);

/** `passList`, `availabilityPassList`: `pass list` at the end, after words that name no secret and no account. */
function isPassList(words: readonly string[], namesNothing: (head: readonly string[]) => boolean): boolean {
  const last = words[words.length - 1];
  if (words.length < 2 || words[words.length - 2] !== 'pass' || (last !== 'list' && last !== 'lists')) return false;
  const head = words.slice(0, -2);
  return head.length === 0 || (!head.some((word) => ACCOUNT_WORDS.has(word)) && namesNothing(head));
}

/** Carrier names: objects that hold secrets and leak them when logged whole. */
export const DEFAULT_CARRIERS: readonly string[] = [
  'driver info',
  'instance info',
  'driver internal info',
  'extra md',
  'credentials',
  'creds',
  'secrets',
  'passwords',
  'headers',
  'cookies',
  'auth',
  'connection info',
];

export interface SensitiveNameOptions {
  /** Word sequences that make a name sensitive. */
  readonly sensitive: readonly string[];
  /** Names (words or word sequences) that are never secrets; they overrule everything else. */
  readonly safe: readonly string[];
  /** Names of objects that carry secrets. */
  readonly carriers: readonly string[];
  /** Whole names, compared without separators and case, that are secrets despite the vetoes (default: oslo's keys). */
  readonly exact?: readonly string[];
}

/**
 * oslo's keys as laid under the `sensitiveNames` layers: a `{ replace }` layer drops them all (the
 * user's list is then the whole list), a `{ remove }` layer drops the keys it names.
 */
export function exactKeysFor(...layers: readonly (ListSetting<string> | undefined)[]): string[] {
  let keys = [...OSLO_SANITIZE_KEYS];
  for (const layer of layers) {
    if (layer === undefined || Array.isArray(layer)) continue;
    const edit = layer as Exclude<ListSetting<string>, readonly string[]>;
    if (edit.replace) keys = [];
    if (edit.remove) {
      const removed = new Set(edit.remove.map(compactName));
      keys = keys.filter((key) => !removed.has(key));
    }
  }
  return keys;
}

export type NameVerdict = 'carrier' | 'safe' | 'secret' | null;

export class SensitiveNames {
  readonly #sensitive: readonly (readonly string[])[];
  readonly #userSafe: readonly (readonly string[])[];
  readonly #metadataWords: ReadonlySet<string>;
  /** Metadata of two words (`env var`, `storage key`): the last two words of a longer name. */
  readonly #metadataPhrases: ReadonlySet<string>;
  readonly #safeWords: ReadonlySet<string>;
  readonly #oslo: ReadonlySet<string>;
  readonly #carriers: readonly (readonly string[])[];
  readonly #cache = new Map<string, NameVerdict>();

  constructor(options: SensitiveNameOptions) {
    this.#sensitive = options.sensitive.map(splitWords).filter((words) => words.length > 0);
    this.#userSafe = options.safe.map(splitWords).filter((words) => words.length > 0);
    this.#safeWords = new Set(DEFAULT_SAFE_WORDS);
    this.#metadataWords = new Set(DEFAULT_METADATA_WORDS.filter((word) => !word.includes(' ')));
    this.#metadataPhrases = new Set(DEFAULT_METADATA_WORDS.filter((word) => word.split(' ').length === 2));
    this.#oslo = new Set((options.exact ?? OSLO_SANITIZE_KEYS).map(compactName));
    this.#carriers = options.carriers.map(splitWords).filter((words) => words.length > 0);
  }

  /** What a name says about the value it holds: a secret, a carrier of secrets, or nothing. */
  classify(name: string): NameVerdict {
    const cached = this.#cache.get(name);
    if (cached !== undefined) return cached;
    const verdict = this.#classify(name);
    if (this.#cache.size < 10_000) this.#cache.set(name, verdict);
    return verdict;
  }

  /**
   * Whether an object so named is a table of secrets, each value one (`passwords`, `apiKeys`,
   * `tokenByUser`, `secretsByHost`): its head (the words before `by`, `for`, `of`, ...) is a
   * secret's name, or the plural of one. Not a mixed carrier (`credentials`, `headers`), whose
   * values are judged by their keys.
   */
  holdsSecrets(name: string): boolean {
    if (name.length > 200 || this.classify(name) === 'safe') return false;
    const words = splitWords(name);
    const head = headWords(words, PREPOSITIONS);
    if (head.length === 0) return false;
    if (this.#carriers.some((carrier) => sameWords(head, carrier)) && !VALUE_TABLE_CARRIERS.has(head.join(' '))) return false;
    if (head.length < words.length && this.classify(head.join(' ')) === 'secret') return true;
    return this.#isPluralSecret(head);
  }

  /** Whether the name is a carrier (an object holding secrets). */
  isCarrier(name: string): boolean {
    return this.classify(name) === 'carrier';
  }

  #classify(name: string): NameVerdict {
    if (name.length > 200) return null;
    const written = splitWords(name);
    // `getCredentialPathAsync`: the variant of a function, not a word of what it returns.
    const words = written.length > 1 && CALL_VARIANT_WORDS.has(written[written.length - 1] ?? '') ? written.slice(0, -1) : written;
    if (words.length === 0) return null;
    if (this.#userSafe.some((sequence) => containsWords(words, sequence))) return 'safe';
    // A head that names metadata decides: the words before a preposition (`tokenUrlFromEnv` is a
    // URL, `lengthOfPassword` a length); any other head does not (`copyOfPassword`, `tokenForUser`).
    const head = headWords(words, PREPOSITIONS);
    if (head.length < words.length && (this.#isMetadataWord(head[head.length - 1] ?? '') || this.#isVetoed(head))) return 'safe';
    if (this.#oslo.has(words.join(''))) return 'secret';
    if (this.#carriers.some((carrier) => sameWords(words, carrier))) return 'carrier';
    if (this.#isVetoed(words)) return 'safe';
    // A secret's name followed by a word for a container (`clientSecretInfo`, `tokenDetails`):
    // an object holding the secret, or describing it. Logged whole it may carry the secret; what
    // is written in it, or its type, can say it does not. After metadata (`tokenTypeInfo`), it holds metadata.
    // A pass list is an allow list (`passList`, `availabilityPassList`), not a list of passwords
    // (`userPassList`, `secretPassList`: the words before it say whose passwords).
    if (isPassList(words, (head) => this.#classify(head.join(' ')) === null)) return 'safe';
    if (words.length > 1 && CONTAINER_WORDS.has(words[words.length - 1] ?? '')) {
      const held = this.#classify(words.slice(0, -1).join(' '));
      if (held === 'secret' || held === 'carrier') return 'carrier';
      if (held === 'safe') return 'safe';
    }
    for (const sequence of this.#sensitive) {
      const index = indexOfWords(words, sequence);
      if (index === -1) continue;
      if (sequence.length === 1 && sequence[0] === 'token' && index > 0 && HANDLE_TOKEN_WORDS.has(words[index - 1] ?? '')) continue;
      return 'secret';
    }
    // `pass` counts only as the final word: admin_pass, newPass (not passThrough, passes); so do a
    // JSON Web Token and a bearer token (`signedJwt`, `bearer`; not `jwtPayload`, `jwtKid`, `bearerFormat`).
    if (words.length > 0 && FINAL_SECRET_WORDS.has(words[words.length - 1] ?? '')) return 'secret';
    return this.#isPluralSecret(words) ? 'carrier' : null;
  }

  /**
   * A plural of a secret's name holds secrets (`apiKeys`, `privateKeys`, `clientSecrets`,
   * `accessTokens`). Tokens only with a word saying they authenticate: `maxTokens`, `inputTokens`
   * and a lexer's `tokens` count or hold no secret.
   */
  #isPluralSecret(words: readonly string[]): boolean {
    const last = words[words.length - 1] ?? '';
    if (last.length < 4 || !last.endsWith('s') || last.endsWith('ss')) return false;
    const singular = last.slice(0, -1);
    if (singular === 'token' && !AUTH_TOKEN_WORDS.has(words[words.length - 2] ?? '')) return false;
    // `requiredSecrets`, `missingKeys`: which ones a configuration names, not their values.
    if (words.some((word) => LIST_SELECTION_WORDS.has(word))) return false;
    return this.#classify([...words.slice(0, -1), singular].join(' ')) === 'secret';
  }

  /** A metadata word, or its plural (`secretPaths`, `tokenTypes`, `passwordPolicies`); not a container's word (`tokenParams`). */
  #isMetadataWord(word: string): boolean {
    if (this.#metadataWords.has(word)) return true;
    if (CONTAINER_WORDS.has(word)) return false;
    if (!word.endsWith('s') || word.length < 4) return false;
    const singulars = [word.slice(0, -1), word.endsWith('es') ? word.slice(0, -2) : '', word.endsWith('ies') ? `${word.slice(0, -3)}y` : ''];
    return singulars.some((singular) => singular !== '' && this.#metadataWords.has(singular));
  }

  #isVetoed(allWords: readonly string[]): boolean {
    // A unit or a time suffix after the metadata word (`tokenTtlSeconds`, `passwordMaxAgeDays`,
    // `tokenExpiresIn`) does not make it a secret; a final `at` names a moment (`passwordChangedAt`),
    // as does `lastUsed`.
    const words = withoutTimeSuffix(allWords);
    const last = words[words.length - 1] ?? '';
    // `passwordLastUsed` is a moment; `passwordUsed` may be the password used.
    const lastUsed = last === 'used' && words[words.length - 2] === 'last';
    if (words.length > 1 && (this.#isMetadataWord(last) || lastUsed || (last === 'at' && words.length > 2))) return true;
    if (words.length > 2 && this.#metadataPhrases.has(words.slice(-2).join(' '))) return true;
    // `apiKeyEnv`: the variable a secret is read from, named right after it (`tokenFromEnv` is the token).
    if (words.length > 1 && last === 'env' && headWords(words, PREPOSITIONS).length === words.length) return true;
    if (words.some((word) => this.#safeWords.has(word))) return true;
    // `getPiiFreeCredential`, `secretFreeConfig`: a version made without what the word before `free`
    // names (not `freeApiKey` nor `userFreeTrialApiKey`, a free tier's key).
    const free = words.indexOf('free');
    if (free > 0 && FREE_OF_WORDS.has(words[free - 1] ?? '')) return true;
    // `Set-Cookie` is a header's name, not a setter's: the cookie a server hands out.
    if (words.length > 1 && LEADING_PREDICATE_WORDS.has(words[0] ?? '') && !(words[0] === 'set' && words.length === 2 && words[1] === 'cookie')) return true;
    return false;
  }
}

/** Final words naming which variant of a function is called (`readTokenAsync`, `getSecretSync`). */
const CALL_VARIANT_WORDS: ReadonlySet<string> = new Set(['async', 'sync']);

/** Carriers whose every value is a secret (`passwords[host]`), unlike `credentials` or `headers`. */
const VALUE_TABLE_CARRIERS: ReadonlySet<string> = new Set(['secrets', 'passwords']);


/** The prepositions that end a table's head (`secretsByType`). */
const TABLE_PREPOSITIONS: ReadonlySet<string> = PREPOSITIONS;

/** Final words of a table of names or kinds of things (`PropertyName`, `FieldNames`, `TokenType`). */
const NAMING_WORDS: ReadonlySet<string> = new Set(['name', 'names', 'type', 'types', 'kind', 'kinds', 'field', 'fields', 'label', 'labels']);
/** Final words of a table of ids, written as constants (`LogId.tokenFetch`; not `openId.clientSecret` or `appleId.password`, an account's parts). */
const ID_WORDS: ReadonlySet<string> = new Set(['id', 'ids']);

/**
 * Whether an object so named holds names, kinds or ids of things, not the things: its members are
 * names (`PropertyName.DeviceScramblePasscode`, `FieldNames.password`, `TokenType.Bearer`, `LogId.tokenFetch`). The
 * words before a preposition decide (`secretsByType.password` holds secrets).
 */
export function isNamingTable(name: string, member: string): boolean {
  return tableEndsIn(name, NAMING_WORDS) || (isConstantsTable(name, member) && tableEndsIn(name, ID_WORDS));
}

/** Whether a table's name (its head: the words before a preposition) ends in one of `words`. */
function tableEndsIn(name: string, words: ReadonlySet<string>): boolean {
  if (name.length > 200) return false;
  const head = headWords(splitWords(name), TABLE_PREPOSITIONS);
  return words.has(head[head.length - 1] ?? '');
}

/**
 * Final words of a table of codes (`ErrCode.BadToken`, `Errors.InvalidPassword`,
 * `AuthStatuses.TokenExpired`): a member is a code or a text about the secret. Not a single
 * `error`, `event` or `message`, which as often hold what they are about (`message.token`).
 */
const CODE_TABLE_WORDS: ReadonlySet<string> = new Set(['code', 'codes', 'errors', 'statuses', 'reasons']);

/**
 * Final words of a table of a service's endpoints, as constants (`CLINE_API_ENDPOINT.API_KEYS`, a
 * path, `Routes.TOKEN`): a member is where a secret is asked for, not the secret. The member must be
 * capitalised: `endpoints.apiKey` and `OPENAI_ENDPOINT.apiKey` may hold what is sent there.
 */
const ENDPOINT_TABLE_WORDS: ReadonlySet<string> = new Set(['endpoint', 'endpoints', 'route', 'routes']);

/**
 * Whether a member is read out of a table of codes (see CODE_TABLE_WORDS), written as an enum or a
 * table of constants is: the table capitalised (`ErrCode.BadToken`, `ERROR_CODES.token`) or the member
 * (`errorCodes.INVALID_TOKEN`) — a camelCase member of a camelCase one is a value (`qrCode.secret`,
 * `authCode.accessToken`, `fieldErrors.password`) —, or out of a table of endpoints (see
 * ENDPOINT_TABLE_WORDS), the member capitalised.
 */
export function isCodeTable(name: string, member: string): boolean {
  return (isConstantsTable(name, member) && tableEndsIn(name, CODE_TABLE_WORDS)) || (/^[A-Z]/u.test(member) && tableEndsIn(name, ENDPOINT_TABLE_WORDS));
}

/** A table read as an enum or a table of constants is: the table or the member capitalised. */
function isConstantsTable(name: string, member: string): boolean {
  return /^[A-Z]/u.test(name) || /^[A-Z]/u.test(member);
}

/**
 * Final words of a table of filesystem places (`paths()['auth-keys']`, `DIRS.secrets`); not
 * `files`, `urls` or `endpoints`, which as often hold what is there (`files.privateKey`, `endpoints.apiKey`).
 */
const LOCATION_TABLE_WORDS: ReadonlySet<string> = new Set(['paths', 'dirs', 'directories', 'folders']);

/**
 * Whether an object so named holds places — paths, directories — keyed by what is kept there:
 * its members are places, not the things (`paths['auth-keys']` is a directory).
 */
export function isLocationTable(name: string): boolean {
  return tableEndsIn(name, LOCATION_TABLE_WORDS);
}

const CONTAINER_WORDS: ReadonlySet<string> = new Set(['info', 'details', 'settings', 'config', 'options', 'opts', 'params', 'parameters', 'list', 'array']);

/** Units of time, `in`, `on`, `until` (`expiresIn`, `expiresOn`, `validUntil`) after the words they qualify. */
const TIME_SUFFIX_WORDS: ReadonlySet<string> = new Set(['ms', 'millis', 'milliseconds', 'sec', 'secs', 'seconds', 'min', 'mins', 'minutes', 'hours', 'hrs', 'days', 'in', 'on', 'until', 'utc']);

/** The words without trailing units of time (`tokenTtlSeconds` → token ttl), keeping at least one. */
function withoutTimeSuffix(words: readonly string[]): readonly string[] {
  let end = words.length;
  while (end > 1 && TIME_SUFFIX_WORDS.has(words[end - 1] ?? '')) end--;
  return end === words.length ? words : words.slice(0, end);
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index]);
}
