/**
 * Which values are secrets: the sources no-secrets-in-logs looks for, as findings the value-flow
 * engine carries to a log call.
 *
 * A value is a secret by its name (a variable, a property read, a destructured binding, a called
 * getter), by being a carrier read whole (`node.driverInfo`, `process.env`, `req.headers`), by
 * the key it is stored under in an object literal (`{ password: x }`, when `x` is not a literal),
 * by its place in a URL (`${user}:${password}@host`), by the shape of a literal (a GitHub token),
 * or — with type information — by its type (an object whose type has a sensitive property, or a
 * listed type such as AxiosError). A parameter is reported as such so that the rule can follow
 * secrets into local wrapper functions.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';

const { DefinitionType } = TSESLint.Scope;

import type { AccessPath, AccessPathResolver } from './access-path.js';
import { namesToBinding } from './access-path.js';
import type { SensitiveNames } from './sensitive-names.js';
import { isCodeTable, isLocationTable, isNamingTable } from './sensitive-names.js';
import type { SensitiveTypes } from './sensitive-types.js';
import type { TypeInfo } from './type-info.js';
import type { StepSummary } from '../step-summary.js';
import { summariseSteps } from '../step-summary.js';
import { splitWords } from '../words.js';
import { childNodes, COMPARISON_OPERATORS, contains, elementSourceOf, isObjectAssign, isFunctionNode, isPlainLiteral, isWriteTarget, nodeText, outermostWrapper, shortText, staticPropertyName, stringLiteralValue, unwrapExpression, writtenName } from './ast.js';
import { knownTypeOf } from './type-info.js';
import type { GuardIndex } from './falsy-narrowing.js';
import { isKnownFalsy } from './falsy-narrowing.js';
import { isWrittenOutContainer, localClassOf } from './value-calls.js';
import { localCallee } from './local-functions.js';

export type SecretKind = 'carrier' | 'key' | 'name' | 'parameter' | 'token' | 'type' | 'url';

export interface SecretFinding {
  readonly kind: SecretKind;
  /** Where the secret comes from. */
  readonly node: TSESTree.Node;
  /** The source in a message: "`info.ipmi_password`", "a GitHub token in a string literal". */
  describe(sourceCode: Readonly<TSESLint.SourceCode>): string;
  /** The source in a list of further sources: "`info.ipmi_password`", without explanations. */
  label(sourceCode: Readonly<TSESLint.SourceCode>): string;
  /** Set when the value's text does not show the secret (an error holding its request: its text is its message). */
  readonly hiddenInText?: true;
  /**
   * For an object known to carry secrets only by the parts the file reads out of it (see
   * #secretPartsRead): those parts; a copy overwriting them all holds none.
   */
  readonly parts?: readonly string[];
  /** For such an object, every part the file reads out of it, also when it may hold others (a text cut of them all holds none of them). */
  readonly readParts?: readonly string[];
  /** Set on a carrier known by its name alone (`tokenParams`): across a call, a parameter's name stands for what the call passes. */
  readonly byName?: true;
}

/** First words of a call name that fetch or make a value (`getPassword()`, `loadToken()`). */
const GETTER_WORDS: ReadonlySet<string> = new Set(['get', 'read', 'load', 'fetch', 'generate', 'gen', 'create', 'make', 'new', 'decrypt', 'random', 'build', 'issue', 'request', 'refresh']);

export interface SecretSourcesOptions {
  readonly context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
  readonly info: TypeInfo | null;
  readonly names: SensitiveNames;
  readonly types: SensitiveTypes | null;
  readonly paths: AccessPathResolver;
}

/** How deep under a variable a part read may name a secret (`body.data.access_token`: two). */
const MAX_PART_DEPTH = 3;

/** How many uses of a variable are searched for a part read (see #secretPartRead). */
const MAX_PART_READS = 200;

export class SecretSources {
  readonly #info: TypeInfo | null;
  readonly #names: SensitiveNames;
  /** The guards of each statement list, for falsy narrowing (see falsy-narrowing). */
  readonly #guards: GuardIndex = new WeakMap();
  readonly #types: SensitiveTypes | null;
  readonly #paths: AccessPathResolver;
  readonly #findings = new Map<TSESTree.Node, Map<SecretKind, SecretFinding>>();
  readonly #requestErrors = new Map<TSESTree.Node, SecretFinding>();
  readonly #filePaths = new WeakMap<TSESLint.Scope.Variable, boolean>();

  constructor(options: SecretSourcesOptions) {
    this.#info = options.info;
    this.#names = options.names;
    this.#types = options.types;
    this.#paths = options.paths;
  }

  /** `process.env`, or a `const` holding it (`const env = process.env`). */
  #isEnvironment(node: TSESTree.Node): boolean {
    if (isProcessEnv(node)) return true;
    const inner = unwrapExpression(node);
    const variable = inner.type === AST_NODE_TYPES.Identifier ? this.#paths.variableOf(inner) : null;
    const alias = variable ? this.#paths.aliasTargetOf(variable) : null;
    return alias !== null && alias.names.length === 0 && isProcessEnv(alias.expression);
  }

  /** The environment variable a binding destructured out of `process.env` holds (`DATABASE_URL`), or null. */
  #environmentKey(identifier: TSESTree.Identifier): string | null {
    const definition = this.#paths.variableOf(identifier)?.defs[0];
    if (definition?.type !== DefinitionType.Variable || definition.node.id.type !== AST_NODE_TYPES.ObjectPattern || !definition.node.init) return null;
    if (!this.#isEnvironment(definition.node.init)) return null;
    const names = namesToBinding(definition.node.id, definition.name);
    return names?.length === 1 ? (names[0] ?? null) : null;
  }

  /**
   * A value read by a key out of a table of secrets (`tokenByUser[user]`, `passwords[host]`,
   * `secrets.get(name)`): a secret, whichever the key.
   */
  tableElement(node: TSESTree.Node): SecretFinding | undefined {
    let table: TSESTree.Node | null = null;
    if (node.type === AST_NODE_TYPES.MemberExpression && node.computed) table = node.object;
    else if (node.type === AST_NODE_TYPES.CallExpression && node.arguments.length === 1 && node.callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(node.callee) === 'get') table = node.callee.object;
    const name = table ? writtenName(table) : null;
    if (name === null || !this.#names.holdsSecrets(name)) return undefined;
    return this.#finding('name', node, (text) => `\`${text}\` (read out of a table of secrets)`);
  }

  /** The verdict on a value known by a name (see ValuePolicy.onName). */
  byName(name: string, node: TSESTree.Node, kind: 'call' | 'key' | 'parameter' | 'property' | 'variable', value: TSESTree.Node | null): SecretFinding | 'clean' | undefined {
    if (kind === 'property' && node.type === AST_NODE_TYPES.MemberExpression && isProcessEnv(node)) {
      return this.#finding('carrier', node, (text) => `\`${text}\`, which carries the environment,`);
    }
    // A data store's or broker's connection URL read off `process.env` by its conventional variable
    // (`DATABASE_URL`, `MONGODB_URI`, `REDIS_URL`): it carries the password in its user part.
    if (kind === 'property' && node.type === AST_NODE_TYPES.MemberExpression && this.#isEnvironment(node.object) && isConnectionUrlName(name)) {
      return this.#finding('name', node, (text) => `\`${text}\` (a connection URL, with its password)`);
    }
    // `const { DATABASE_URL } = process.env`: the same variable, taken out by its name.
    if ((kind === 'variable' || kind === 'property') && node.type === AST_NODE_TYPES.Identifier) {
      const key = this.#environmentKey(node);
      if (key !== null && isConnectionUrlName(key)) return this.#finding('name', node, (text) => `\`${text}\` (a connection URL from the environment, with its password)`);
    }
    // dotenv's `config().parsed`: every variable of the `.env` file, as `process.env` holds them.
    if (kind === 'property' && node.type === AST_NODE_TYPES.MemberExpression && name === 'parsed' && this.#paths.pathsOf(node).some(isDotenvParsed)) {
      return this.#finding('carrier', node, (text) => `\`${text}\`, which carries the environment,`);
    }
    // A member of a table of names (`PropertyName.DeviceScramblePasscode`, `FieldNames.password`) is a
    // name: its own name says nothing, and what the file writes there decides (a token-shaped literal
    // is still one).
    // So is one taken out of it (`const { BadToken } = ErrCode`: the key of the pattern, and the binding it names).
    // Not one the file writes a value there that is no literal (`const AZURE_OPENAI_ENDPOINT = { API_KEY:
    // process.env.AZURE_OPENAI_KEY }`): a table of names or codes holds literals.
    if (kind === 'property') {
      const object = node.type === AST_NODE_TYPES.MemberExpression ? (node.computed ? null : node.object) : destructuredFrom(node);
      const table = object ? writtenName(object) : null;
      if (table !== null && (isNamingTable(table, name) || isCodeTable(table, name)) && !this.#holdsComputedValue(object, name)) return undefined;
    }
    if (kind === 'variable' && node.type === AST_NODE_TYPES.Identifier) {
      const variable = this.#paths.variableOf(node);
      const taken = variable ? this.#paths.aliasTargetOf(variable) : null;
      const [key] = taken?.names ?? [];
      const table = taken?.names.length === 1 ? writtenName(taken.expression) : null;
      if (table !== null && key !== undefined && taken && (isNamingTable(table, key) || isCodeTable(table, key)) && !this.#holdsComputedValue(taken.expression, key)) return undefined;
    }
    // A member of a table of places (`paths()['auth-keys']`, `DIRS.secrets`) is a place.
    if (kind === 'property' && node.type === AST_NODE_TYPES.MemberExpression) {
      const object = unwrapExpression(node.object);
      const table = object.type === AST_NODE_TYPES.CallExpression ? writtenName(object.callee) : writtenName(object);
      if (table !== null && isLocationTable(table)) return 'clean';
    }
    if ((kind === 'variable' || kind === 'parameter') && node.type === AST_NODE_TYPES.Identifier && this.#types && this.#info) {
      // The rest of a destructured value: its type lists what remains, when it is closed; an open
      // type (`Record<string, string>`, `ProcessEnv`) may still hold secrets, left to the flow.
      if (this.#restBinding(node)) {
        const found = this.byType(node);
        if (found) return found;
        const type = this.#info.typeOf(node);
        if (type && this.#types.isClosed(type)) return 'clean';
      }
    }
    const verdict = this.#names.classify(name);
    if (verdict !== 'secret' && verdict !== 'carrier') {
      // Without types, an object the file reads a secret out of (`cipher.private_key`) carries it.
      // So does a part of a variable the file reads one out of below it (`req.body` with `req.body.token` read).
      const read = this.#info
        ? null
        : (kind === 'variable' || kind === 'parameter') && node.type === AST_NODE_TYPES.Identifier
          ? this.#secretPartsRead(node, null)
          : kind === 'property' && node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.object.type === AST_NODE_TYPES.Identifier
            ? this.#secretPartsRead(node.object, name)
            : null;
      const [first] = read?.parts ?? [];
      if (!read || first === undefined) return undefined;
      const { parts, complete } = read;
      const named = parts.length === 1 ? `\`${first}\` is` : `${parts.slice(0, -1).map((part) => `\`${part}\``).join(', ')} and \`${String(parts.at(-1))}\` are`;
      const finding = this.#finding('carrier', node, (text) => `\`${text}\` (its ${named} read in this file)`);
      // Parts read other ways too (taken apart, or deeper): no copy is known to overwrite them all.
      return complete ? { ...finding, parts, readParts: parts } : { ...finding, readParts: parts };
    }
    // A header read by its name, which names no secret (`const authHeader =
    // response.headers.get('www-authenticate')`, the server's challenge): the header decides, not the variable.
    if (kind === 'variable' && node.type === AST_NODE_TYPES.Identifier && this.#readsPlainHeader(node)) return undefined;
    // Where a test has shown it falsy (`if (!token) log(token)`, `{ credentials: this.credentials }`
    // where `this.credentials` is not set), it holds nothing.
    const read = kind === 'key' ? value : kind === 'call' ? null : node;
    if (read && isKnownFalsy(unwrapExpression(read), (identifier) => this.#paths.variableOf(identifier), this.#guards)) return 'clean';
    // A variable handed to the file system as a path names a file (`readFileSync(sslKey)`).
    if ((kind === 'variable' || kind === 'parameter') && node.type === AST_NODE_TYPES.Identifier && this.#isFilePath(node)) return 'clean';
    // A constant the file reads a value by (`envValues[VERCEL_OIDC_TOKEN]`, imported from where it is
    // `'VERCEL_OIDC_TOKEN'`): the name of a variable, not its value.
    if (kind === 'variable' && node.type === AST_NODE_TYPES.Identifier && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/u.test(node.name) && this.#isKeyConstant(node)) return 'clean';
    if (kind === 'key' && (!value || isLiteral(value))) return 'clean';
    // A carrier's key holding an object written in place (`auth: { ...bmc.auth, password: '***' }`):
    // what is written there decides, and it is traced on its own.
    if (kind === 'key' && verdict === 'carrier' && value && (unwrapExpression(value).type === AST_NODE_TYPES.ObjectExpression || isWrittenOutContainer(value))) return undefined;
    // Types can overrule a name: a boolean `configDrive` holds no drive, and a closed type with no secret in it is no carrier.
    const typed = this.#typeVerdict(kind === 'key' && value ? value : node, verdict);
    if (typed === 'clean') return undefined;
    if (verdict === 'secret') {
      if (kind === 'call') return this.#isGetter(name) ? this.#finding('name', node, (text) => `\`${text}\``) : undefined;
      if (kind === 'key') return this.#finding('key', node, () => describeKey(name, node));
      return this.#finding('name', node, (text) => `\`${text}\``);
    }
    if (kind === 'call') return undefined;
    // A carrier by name whose every value is written out in the function (`const tokenParams = {};
    // tokenParams.scopes = ...`): what is written there decides, traced on its own.
    if (kind === 'variable' && value !== null) return undefined;
    let named = this.#namedCarriers.get(node);
    if (!named) {
      named = { ...this.#finding('carrier', node, (text) => `\`${text}\`, which carries secrets,`), byName: true };
      this.#namedCarriers.set(node, named);
    }
    return named;
  }

  /** Whether an object the file writes out (`const T = { K: value }`, `as const` too) holds something other than a literal under `key`. */
  #holdsComputedValue(object: TSESTree.Node | null, key: string): boolean {
    const inner = object ? unwrapExpression(object) : null;
    const variable = inner?.type === AST_NODE_TYPES.Identifier ? this.#paths.variableOf(inner) : null;
    const alias = variable ? this.#paths.aliasTargetOf(variable) : null;
    const literal = alias && alias.names.length === 0 ? unwrapExpression(alias.expression) : null;
    if (literal?.type !== AST_NODE_TYPES.ObjectExpression) return false;
    const property = literal.properties.find((item) => item.type === AST_NODE_TYPES.Property && staticPropertyName(item) === key);
    if (property?.type !== AST_NODE_TYPES.Property) return false;
    return !isPlainLiteral(property.value);
  }

  /**
   * Whether a `const` holds a header read by a literal name that names no secret: `headers.get('x')`,
   * `res.getHeader('x')`, `headers['x']` (also awaited or cast).
   */
  #readsPlainHeader(identifier: TSESTree.Identifier): boolean {
    const definition = this.#paths.variableOf(identifier)?.defs[0];
    if (definition?.type !== DefinitionType.Variable || definition.parent.kind !== 'const' || definition.node.id !== definition.name || !definition.node.init) return false;
    let value = unwrapExpression(definition.node.init);
    if (value.type === AST_NODE_TYPES.AwaitExpression) value = unwrapExpression(value.argument);
    let header: string | null = null;
    if (value.type === AST_NODE_TYPES.CallExpression && value.callee.type === AST_NODE_TYPES.MemberExpression && value.arguments.length === 1) {
      const method = staticPropertyName(value.callee);
      const receiver = writtenName(value.callee.object);
      const [name] = value.arguments;
      if (name && (method === 'getHeader' || method === 'getResponseHeader' || (method === 'get' && receiver === 'headers'))) header = stringLiteralValue(name);
    } else if (value.type === AST_NODE_TYPES.MemberExpression && value.computed && writtenName(value.object) === 'headers') {
      header = stringLiteralValue(value.property);
    }
    if (header === null) return false;
    const verdict = this.#names.classify(header);
    return verdict !== 'secret' && verdict !== 'carrier';
  }

  /**
   * The names of the parts naming a secret that the file reads off a variable (`cipher.private_key`,
   * `opts['password']`), in the order read, when it writes none (`opts.password = '***'` masks it);
   * null when it writes one.
   */
  /** The parameter of a function of the file a value is handed to whole, as a call's argument (`createFromRequest(req)`). */
  #handedParameter(value: TSESTree.Identifier): TSESTree.Identifier | null {
    const call = outermostWrapper(value).parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression) return null;
    const index = call.arguments.indexOf(outermostWrapper(value) as TSESTree.CallExpressionArgument);
    const fn = index < 0 ? null : localCallee(call, this.#paths);
    const parameter = fn?.params[index];
    return parameter?.type === AST_NODE_TYPES.Identifier && !contains(fn as TSESTree.Node, value) ? parameter : null;
  }

  #secretPartsRead(identifier: TSESTree.Identifier, under: string | null, hops = 0): { parts: string[]; complete: boolean } | null {
    const variable = this.#paths.variableOf(identifier);
    if (!variable) return null;
    const parts: string[] = [];
    let complete = true;
    for (const reference of variable.references.slice(0, MAX_PART_READS)) {
      // Handed whole to a function of the file (`createFromRequest(req)`): what it reads of its
      // parameter is read of this value, one call deep (`req.params.password` read there).
      const handed = hops === 0 && reference.identifier.type === AST_NODE_TYPES.Identifier ? this.#handedParameter(reference.identifier) : null;
      if (handed) {
        complete = false;
        for (const part of this.#secretPartsRead(handed, under, hops + 1)?.parts ?? []) if (!parts.includes(part)) parts.push(part);
      }
      // Below a part (`req.body`): the reads of that part are the ones searched.
      const read: TSESTree.Node = under === null ? reference.identifier : reference.identifier.parent;
      if (under !== null && (read.type !== AST_NODE_TYPES.MemberExpression || read.object !== reference.identifier || read.computed || staticPropertyName(read) !== under)) continue;
      const member = read.parent;
      if (!member) continue;
      // Taken apart (`const { token } = opts`): what it takes out is not counted as a part.
      if ((member.type === AST_NODE_TYPES.VariableDeclarator && member.init === read && member.id.type !== AST_NODE_TYPES.Identifier) || (member.type === AST_NODE_TYPES.AssignmentExpression && member.right === read && member.left.type !== AST_NODE_TYPES.Identifier)) complete = false;
      // Handed whole to a call, which may read other parts of it.
      if ((member.type === AST_NODE_TYPES.CallExpression || member.type === AST_NODE_TYPES.NewExpression) && member.arguments.includes(read as TSESTree.CallExpressionArgument)) complete = false;
      if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== read) continue;
      let part = staticPropertyName(member);
      let verdict = part === null ? null : this.#names.classify(part);
      // Deeper, under parts that name nothing (`responseBody.data.access_token`, `req.body.token`): held all the same.
      let deepest = member;
      const passed: string[] = [];
      for (let depth = 1; verdict !== 'secret' && verdict !== 'carrier' && part !== null && depth < MAX_PART_DEPTH; depth++) {
        const next = deepest.parent;
        if (next.type !== AST_NODE_TYPES.MemberExpression || next.object !== deepest) break;
        const below = staticPropertyName(next);
        if (below === null) break;
        const belowVerdict = this.#names.classify(below);
        deepest = next;
        if (belowVerdict !== 'secret' && belowVerdict !== 'carrier') {
          passed.push(below);
          continue;
        }
        part = [part, ...passed, below].join('.');
        verdict = belowVerdict;
        break;
      }
      if (deepest !== member && verdict !== 'secret' && verdict !== 'carrier') continue;
      // A carrier under it (`opts.credentials.token`): its secrets are below the part.
      if (verdict === 'carrier' || part === null) complete = false;
      if (part === null || verdict !== 'secret') continue;
      // An enum's or a class's capitalised member (`LogtoOidcConfigKey.CookieKeys`): a name, not a part it holds.
      if (/^[A-Z][a-z]/u.test(identifier.name) && /^[A-Z][a-z]/u.test(part)) continue;
      // Written (masked or set) or called (`creds.password()` is a method): not a part it holds as read.
      const outer = outermostWrapper(deepest);
      if (isWriteTarget(outer) || (outer.parent?.type === AST_NODE_TYPES.CallExpression && outer.parent.callee === outer) || outer.parent?.type === AST_NODE_TYPES.UnaryExpression && outer.parent.operator === 'delete') return null;
      if (!parts.includes(part)) parts.push(part);
    }
    return { parts, complete };
  }

  /**
   * An error that carries the request it was made with (see request-errors): the rejection of an
   * axios or got call (`callee`, as written) whose arguments hold a secret (`sent`, as a message
   * names it), read whole.
   */
  requestError(read: TSESTree.Node, callee: string, sent: string): SecretFinding {
    let finding = this.#requestErrors.get(read);
    if (!finding) {
      finding = { ...newFinding('carrier', read, (text) => `\`${text}\`, the error of \`${callee}\`, which holds the request made with ${sent},`), hiddenInText: true };
      this.#requestErrors.set(read, finding);
    }
    return finding;
  }

  /** A part of such an error or response that holds the request (`err.config`, `err.config.data`). */
  requestPart(read: TSESTree.Node, callee: string, sent: string, hiddenInText: boolean): SecretFinding {
    let finding = this.#requestErrors.get(read);
    if (!finding) {
      const part = newFinding('carrier', read, (text) => `\`${text}\`, the request of \`${callee}\` made with ${sent},`);
      finding = hiddenInText ? { ...part, hiddenInText } : part;
      this.#requestErrors.set(read, finding);
    }
    return finding;
  }

  /**
   * The error of a command run with a secret (`execSync(\`ipmitool -P ${password} ...\`)`): Node's
   * child_process errors quote the command line in `message` and `cmd`, and execa's in `command`.
   * Read whole, or by one of those parts; the text shows it.
   */
  commandError(read: TSESTree.Node, callee: string, sent: string, part = false): SecretFinding {
    let finding = this.#requestErrors.get(read);
    if (!finding) {
      finding = part
        ? newFinding('carrier', read, (text) => `\`${text}\`, which quotes the command \`${callee}\` ran with ${sent},`)
        : newFinding('carrier', read, (text) => `\`${text}\`, the error of \`${callee}\`, which quotes the command run with ${sent},`);
      this.#requestErrors.set(read, finding);
    }
    return finding;
  }

  /** The error a log method passed by reference receives (`.catch(LOG.error)`) from a request made with a secret. */
  rejectedRequest(handler: TSESTree.Node, callee: string, sent: string): SecretFinding {
    return { ...newFinding('carrier', handler, () => `the error of \`${callee}\`, which holds the request made with ${sent},`), hiddenInText: true };
  }

  /** A whole value's verdict from its type; parameters are reported for cross-function tracking. */
  byType(node: TSESTree.Node): SecretFinding | undefined {
    if (this.#types && this.#info) {
      const type = this.#info.typeOf(node);
      const carried = type ? this.#types.carriedSecret(type) : null;
      if (carried !== null) {
        const path = carried.path.join('.');
        const reason =
          carried.listedType === null
            ? `its type carries \`${path}\``
            : path === ''
              ? `of the sensitive type \`${carried.listedType}\``
              : `its \`${path}\` is of the sensitive type \`${carried.listedType}\``;
        return this.#finding('type', node, (text) => `\`${text}\` (${reason})`);
      }
    }
    if (node.type === AST_NODE_TYPES.Identifier && isParameter(node)) {
      return this.#finding('parameter', node, (text) => `\`${text}\``);
    }
    // A use of a destructured parameter's binding (`body` of `function f({ body })`): its declaration.
    const declaration = node.type === AST_NODE_TYPES.Identifier ? this.#paths.variableOf(node)?.defs[0]?.name : undefined;
    if (declaration?.type === AST_NODE_TYPES.Identifier && declaration !== node && isDestructuredParameter(declaration)) {
      return this.#finding('parameter', declaration, (text) => `\`${text}\``);
    }
    return undefined;
  }

  /** A part of a parameter (`req.body`), reported for cross-function tracking as the parameter is. */
  parameterPart(read: TSESTree.Node): SecretFinding {
    return this.#finding('parameter', read, (text) => `\`${text}\``);
  }

  /** Whether a value's closed type holds no secret once the keys in `without` are overwritten (`{ ...auth, password: '***' }`); false without types. */
  isCleanWithout(node: TSESTree.Node, without: ReadonlySet<string>): boolean {
    if (!this.#types || !this.#info) return false;
    const type = this.#info.typeOf(node);
    return type !== undefined && this.#types.carriedSecretWithout(type, without) === null;
  }

  /** Whether the type of a value shows it cannot hold a secret (boolean, number, a literal union); false without types. */
  isValueFreeByType(node: TSESTree.Node): boolean {
    if (!this.#types || !this.#info) return false;
    const type = this.#info.typeOf(node);
    if (!type) return false;
    const awaited = this.#info.checker.getAwaitedType(type) ?? type;
    return this.#types.isValueFree(awaited);
  }

  /** The string literal type of a key (`Param.Password` of an imported string enum, an imported `const`); null without types. */
  literalKeyOf(key: TSESTree.Node): string | null {
    const type = this.#info?.typeOf(key);
    return type?.isStringLiteral() === true ? type.value : null;
  }

  /** Whether a value has a type other than `any`/`unknown` (false without types). */
  hasKnownType(node: TSESTree.Node): boolean {
    return this.#info !== null && knownTypeOf(this.#info, node) !== undefined;
  }

  /** `${user}:${password}@host`: the interpolation in a URL's password position. */
  byUrlPosition(template: TSESTree.TemplateLiteral, index: number): SecretFinding | undefined {
    const before = template.quasis[index]?.value.cooked ?? '';
    const after = template.quasis[index + 1]?.value.cooked ?? '';
    if (!before.endsWith(':') || !after.startsWith('@')) return undefined;
    const prefix = template.quasis.slice(0, index + 1).map((quasi) => quasi.value.cooked ?? '').join('x');
    const scheme = prefix.lastIndexOf('://');
    if (scheme === -1 || prefix.slice(scheme + 3).includes('/')) return undefined;
    const expression = template.expressions[index];
    if (!expression) return undefined;
    return this.#finding('url', expression, () => 'the password of a URL');
  }

  /** A literal with a credential's shape. */
  token(shapeName: string, node: TSESTree.Node): SecretFinding {
    return this.#finding('token', node, () => `${shapeName} in a string literal`);
  }

  /** Whether `new X(...)` builds a value that redacts itself (toJSON or inspect.custom). */
  isSelfRedacting(call: TSESTree.NewExpression): boolean {
    const callee = unwrapExpression(call.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const declaration = localClassOf(callee, this.#paths);
      // Trusted once its body, read here, does not show what it should hide (as for types: SensitiveTypes.redactsItself).
      if (declaration && declaration.body.body.some((member) => isRedactingMember(member) && !revealsItself(member, this.#names))) return true;
    }
    if (this.#info && this.#types) {
      const type = this.#info.typeOf(call);
      if (type) return this.#types.redactsItself(type);
    }
    return false;
  }

  /**
   * What the type of a name-sensitive value says: 'clean' when it cannot hold a secret (boolean,
   * number, a union of literals) or, for a carrier, when it is a closed object type without a
   * sensitive property; null when it says nothing (no types, `any`, `string`, open records).
   */
  #typeVerdict(node: TSESTree.Node, verdict: 'carrier' | 'secret'): 'clean' | null {
    if (!this.#types || !this.#info) return null;
    const type = this.#info.typeOf(node);
    if (!type) return null;
    if (this.#types.isValueFree(type) || this.#types.redactsItself(type)) return 'clean';
    if (verdict === 'carrier' && this.#types.isClosed(type) && this.#types.carriedSecret(type) === null) return 'clean';
    // A secret's name on a record that refers to a secret (`vol.secret` of Kubernetes' `V1SecretVolumeSource`, with its `secretName`).
    if (verdict === 'secret' && this.#types.isSecretReference(type) && this.#types.carriedSecret(type) === null) return 'clean';
    return null;
  }

  #isFilePath(identifier: TSESTree.Identifier): boolean {
    const variable = this.#paths.variableOf(identifier);
    if (!variable) return false;
    let cached = this.#filePaths.get(variable);
    if (cached === undefined) {
      cached = variable.references.some((reference) => isFilePathArgument(reference.identifier, this.#paths));
      this.#filePaths.set(variable, cached);
    }
    return cached;
  }

  /** Whether a `const` or an import of the file is used as a computed key somewhere (`env[NAME]`). */
  #isKeyConstant(identifier: TSESTree.Identifier): boolean {
    const variable = this.#paths.variableOf(identifier);
    const definition = variable?.defs[0];
    if (!variable || !(definition?.type === DefinitionType.ImportBinding || (definition?.type === DefinitionType.Variable && definition.parent.kind === 'const'))) return false;
    return variable.references.some((reference) => {
      const parent = reference.identifier.parent;
      return parent.type === AST_NODE_TYPES.MemberExpression && parent.computed && parent.property === reference.identifier;
    });
  }

  #isGetter(name: string): boolean {
    const first = splitWords(name)[0];
    return first !== undefined && GETTER_WORDS.has(first);
  }

  #restBinding(node: TSESTree.Identifier): boolean {
    const variable = this.#paths.variableOf(node);
    const identifier = variable?.defs[0]?.name;
    return identifier?.parent.type === AST_NODE_TYPES.RestElement && identifier.parent.parent.type === AST_NODE_TYPES.ObjectPattern;
  }

  /** Carriers known by their names alone, one finding per node (see byName). */
  readonly #namedCarriers = new WeakMap<TSESTree.Node, SecretFinding>();

  #finding(kind: SecretKind, node: TSESTree.Node, describe: (text: string) => string): SecretFinding {
    let byKind = this.#findings.get(node);
    const existing = byKind?.get(kind);
    if (existing) return existing;
    const finding = newFinding(kind, node, describe);
    byKind ??= new Map();
    byKind.set(kind, finding);
    this.#findings.set(node, byKind);
    return finding;
  }
}

/** `process.env` (or `process['env']`). */
function isProcessEnv(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  return inner.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(inner) === 'env' && isProcess(inner.object);
}

/** Words of the data stores and brokers whose connection URLs carry credentials. */
const STORE_WORDS: ReadonlySet<string> = new Set([
  'database', 'db', 'mongodb', 'mongo', 'redis', 'amqp', 'amqps', 'rabbitmq', 'rabbit', 'postgres', 'postgresql', 'pg',
  'mysql', 'mariadb', 'mssql', 'sqlserver', 'broker', 'mqtt', 'couchdb', 'cassandra', 'neo4j', 'clickhouse', 'elasticsearch', 'opensearch',
]);

/** `DATABASE_URL`, `MONGODB_URI`, `REDIS_TLS_URL`: a store's or broker's connection URL. */
function isConnectionUrlName(name: string): boolean {
  const words = splitWords(name);
  const last = words[words.length - 1];
  return (last === 'url' || last === 'uri') && words.some((word) => STORE_WORDS.has(word));
}

/** The `parsed` of dotenv's `config()` (`dotenv.config().parsed`, `const result = config(); result.parsed`). */
function isDotenvParsed(path: AccessPath): boolean {
  return path.root.kind === 'module' && path.root.module === 'dotenv' && path.names.at(-1) === 'parsed' && path.names.includes('config()');
}

function isProcess(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  return inner.type === AST_NODE_TYPES.Identifier && inner.name === 'process';
}

function isLiteral(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  return (
    inner.type === AST_NODE_TYPES.Literal ||
    (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 0) ||
    (inner.type === AST_NODE_TYPES.UnaryExpression && inner.argument.type === AST_NODE_TYPES.Literal)
  );
}

function isRedactingMember(member: TSESTree.ClassElement): boolean {
  if (member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition) return false;
  if (!member.computed) return staticPropertyName(member) === 'toJSON';
  const key = unwrapExpression(member.key);
  // [inspect.custom], [util.inspect.custom], [Symbol.for('nodejs.util.inspect.custom')]
  if (key.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(key) === 'custom') return true;
  return key.type === AST_NODE_TYPES.CallExpression && key.arguments.some((argument) => argument.type === AST_NODE_TYPES.Literal && String(argument.value).includes('inspect.custom'));
}

/**
 * Whether a `toJSON`/`inspect.custom` of a class of the file shows what it should hide: it returns
 * `this`, spreads it, or reads a sensitive field of it outside any call (`return { password:
 * this.password }`, not `{ password: mask(this.password) }`).
 */
function revealsItself(member: TSESTree.ClassElement, names: SensitiveNames): boolean {
  const value = member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.PropertyDefinition ? member.value : null;
  const fn = value ? unwrapExpression(value) : null;
  if (!isFunctionNode(fn)) return false;
  const isThis = (node: TSESTree.Node): boolean => unwrapExpression(node).type === AST_NODE_TYPES.ThisExpression;
  const visit = (node: TSESTree.Node, inCall: boolean): boolean => {
    // A nested function has a `this` of its own (an arrow shares it).
    if (node !== fn && (node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.ClassBody)) return false;
    if (!inCall) {
      if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument && isThis(node.argument)) return true;
      if (node === fn.body && fn.body.type !== AST_NODE_TYPES.BlockStatement && isThis(fn.body)) return true;
      if (node.type === AST_NODE_TYPES.SpreadElement && isThis(node.argument)) return true;
      // `Object.assign({}, this)`: a copy of it, as a spread is.
      if (node.type === AST_NODE_TYPES.CallExpression && isObjectAssign(node) && node.arguments.some(isThis)) return true;
      if (node.type === AST_NODE_TYPES.MemberExpression && isThis(node.object) && !isReadAsTest(node)) {
        const name = staticPropertyName(node);
        const verdict = name === null ? null : names.classify(name);
        if (verdict === 'secret' || verdict === 'carrier') return true;
      }
    }
    const call = node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression;
    return childNodes(node).some((child) => visit(child, inCall || (call && child !== node.callee)));
  };
  return visit(fn.body, false);
}

/**
 * A value read only to be tested (`!!this.password`, `this.password ? '[REDACTED]' : undefined`,
 * `this.password && '***'`, `this.password.length`, a comparison): what it gives is not the value.
 */
function isReadAsTest(node: TSESTree.Node): boolean {
  const wrapper = outermostWrapper(node);
  const parent = wrapper.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.UnaryExpression:
      // Not `+`, `-` or `~`, whose number shows the value.
      return parent.operator === '!' || parent.operator === 'typeof' || parent.operator === 'void';
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.IfStatement:
      return parent.test === wrapper;
    case AST_NODE_TYPES.LogicalExpression:
      return parent.operator === '&&' && parent.left === wrapper;
    case AST_NODE_TYPES.BinaryExpression:
      return COMPARISON_OPERATORS.has(parent.operator);
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === wrapper && staticPropertyName(parent) === 'length';
    default:
      return false;
  }
}

/** A secret and the steps that carried it to a sink, from the sink back to the source. */
export interface SecretTrace {
  readonly finding: SecretFinding;
  readonly steps: readonly string[];
  /** The engine's summary of the steps, when it keeps one (else it is worked out from `steps`). */
  readonly stepSummary?: StepSummary;
}

/**
 * Message parts for the secrets reaching one call: the first as source and path ("`a` … through
 * `x` and the template literal"), the others as ", as do `b` (through y) and `c`".
 */
export function describeSources(traces: readonly SecretTrace[], sourceCode: Readonly<TSESLint.SourceCode>): { source: string; how: string; more: string } {
  const how = (trace: SecretTrace): string => {
    const shown = shownSteps(trace.stepSummary ?? summariseSteps(trace.steps));
    // The source's own name is no step on its way ("`opts` reaches `debug` through `opts`").
    const label = trace.finding.label(sourceCode);
    const steps = shown.filter((step) => step !== label);
    return steps.length === 0 ? '' : `through ${joinWords(steps)}`;
  };
  const [first, ...more] = traces;
  if (!first) return { source: '', how: '', more: '' };
  const source = first.finding.describe(sourceCode);
  const firstHow = how(first);
  const render = (trace: SecretTrace): string => {
    const path = how(trace);
    return `${trace.finding.label(sourceCode)}${path ? ` (${path})` : ''}`;
  };
  // Two uses of one name by the same way (`${password} ${password}`) read as one.
  const seen = new Set([render(first)]);
  const rest: string[] = [];
  for (const text of more.map(render)) {
    if (seen.has(text)) continue;
    seen.add(text);
    rest.push(text);
  }
  const others = rest.slice(0, 3);
  if (rest.length > 3) others.push(`${String(rest.length - 3)} more`);
  return {
    source: `${source[0]?.toUpperCase() ?? ''}${source.slice(1)}`,
    how: firstHow ? ` ${firstHow}` : '',
    more: others.length > 0 ? `, as ${others.length === 1 ? 'does' : 'do'} ${joinWords(others)}` : '',
  };
}

/** A finding of a source, described in messages by `describe` from the source's text. */
function newFinding(kind: SecretKind, node: TSESTree.Node, describe: (text: string) => string): SecretFinding {
  return {
    kind,
    node,
    describe: (sourceCode) => describe(shortText(sourceText(node, sourceCode))),
    label: (sourceCode) => {
      if (kind === 'token' || kind === 'url' || kind === 'key') return describe('');
      return `\`${shortText(sourceText(node, sourceCode))}\``;
    },
  };
}

/** A long path keeps its first steps and its last two, and counts the ones between (a message is read, not scrolled). */
function shownSteps(summary: StepSummary): string[] {
  return summary.omitted === 0 ? [...summary.first, ...summary.last] : [...summary.first, `${String(summary.omitted)} other steps`, ...summary.last];
}

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** Whether an identifier is a plain, defaulted or rest parameter of a function. */
function isParameter(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  if (isFunctionNode(parent)) return parent.params.includes(identifier);
  // `(value = '') => ...`
  if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === identifier) return isFunctionNode(parent.parent) && parent.parent.params.includes(parent);
  return parent.type === AST_NODE_TYPES.RestElement && isFunctionNode(parent.parent) && parent.parent.params.includes(parent);
}

/** A binding inside a destructured parameter (`body` of `function f({ body })`). */
function isDestructuredParameter(identifier: TSESTree.Identifier): boolean {
  let current: TSESTree.Node = identifier;
  for (;;) {
    const parent: TSESTree.Node = current.parent;
    switch (parent.type) {
      case AST_NODE_TYPES.Property:
        if (parent.value !== current) return false;
        break;
      case AST_NODE_TYPES.AssignmentPattern:
        if (parent.left !== current) return false;
        break;
      case AST_NODE_TYPES.ObjectPattern:
      case AST_NODE_TYPES.ArrayPattern:
      case AST_NODE_TYPES.RestElement:
        break;
      default:
        return current !== identifier && isFunctionNode(parent) && parent.params.includes(current as TSESTree.Parameter);
    }
    current = parent;
  }
}

/** How a source reads in a message: a destructured key as the property it reads (`info.ipmi_password`). */
function sourceText(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  // An identifier's range covers its type annotation (`packet: Packet`).
  if (node.type === AST_NODE_TYPES.Identifier && node.typeAnnotation) return node.name;
  return destructuredRead(node, sourceCode) ?? pickedRead(node, sourceCode) ?? nodeText(sourceCode, node);
}

/** `pick(info, ['ipmi_password'])` → `info.ipmi_password` for the key literal; null elsewhere. */
function pickedRead(key: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  if (key.type !== AST_NODE_TYPES.Literal || typeof key.value !== 'string') return null;
  const holder: TSESTree.Node = key.parent.type === AST_NODE_TYPES.ArrayExpression ? key.parent : key;
  const call = holder.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const object = call.arguments.find((argument) => argument !== holder && unwrapExpression(argument).type !== AST_NODE_TYPES.Literal);
  return object ? `${shortText(nodeText(sourceCode, object), 30)}.${key.value}` : null;
}

/** `const { a: { ipmi_password: p } } = info` → `info.a.ipmi_password` for the key node; null elsewhere. */
function destructuredRead(key: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  const parts: string[] = [];
  let current: TSESTree.Node = key;
  for (;;) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return null;
    if (parent.type === AST_NODE_TYPES.Property && parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
      parts.unshift(`.${staticPropertyName(parent) ?? '?'}`);
      current = parent.parent;
    } else if (parent.type === AST_NODE_TYPES.ArrayPattern) {
      parts.unshift(`[${String(parent.elements.indexOf(current as TSESTree.DestructuringPattern))}]`);
      current = parent;
    } else if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === current) {
      current = parent;
    } else if (parent.type === AST_NODE_TYPES.RestElement) {
      current = parent;
    } else {
      if (parts.length === 0) return null;
      return `${patternSourceText(parent, current, sourceCode)}${parts.join('')}`;
    }
  }
}

/** What a destructuring pattern reads: the initializer, the iterated collection's element, or a parameter. */
function patternSourceText(owner: TSESTree.Node, pattern: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  if (owner.type === AST_NODE_TYPES.VariableDeclarator) {
    if (owner.init) return shortText(nodeText(sourceCode, owner.init), 30);
    const loop = owner.parent.parent;
    if (loop.type === AST_NODE_TYPES.ForOfStatement) return `${shortText(nodeText(sourceCode, loop.right), 30)}[i]`;
  }
  if (owner.type === AST_NODE_TYPES.AssignmentExpression && owner.left === pattern) return shortText(nodeText(sourceCode, owner.right), 30);
  if (owner.type === AST_NODE_TYPES.ForOfStatement) return `${shortText(nodeText(sourceCode, owner.right), 30)}[i]`;
  if (isFunctionNode(owner)) {
    const index = owner.params.indexOf(pattern as TSESTree.Parameter);
    // `nodes.forEach(({ bmc }) => ...)`: an element of `nodes`.
    const elements = elementSourceOf(owner, index);
    return elements ? `${shortText(nodeText(sourceCode, elements), 30)}[i]` : `parameter ${String(index + 1)}`;
  }
  return '…';
}

function describeKey(name: string, node: TSESTree.Node): string {
  if (node.type === AST_NODE_TYPES.MemberExpression) return `the value assigned to \`${name}\``;
  // `headers.set('Authorization', value)`: the key a method stores the value under.
  if (node.type === AST_NODE_TYPES.Literal && node.parent.type === AST_NODE_TYPES.CallExpression) return `the value stored under \`${name}\``;
  return `the value of \`${name}\` in an object literal`;
}

const FILE_SYSTEM_MODULES: ReadonlySet<string> = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'fs-extra', 'graceful-fs']);
const FILE_SYSTEM_NAMES: ReadonlySet<string> = new Set(['fs', 'fsp', 'fsPromises', 'fse', 'promises']);
/** File-system functions whose first argument is a path. */
const PATH_TAKING_FUNCTIONS: ReadonlySet<string> = new Set([
  'access', 'accessSync', 'createReadStream', 'exists', 'existsSync', 'lstat', 'lstatSync', 'open', 'openSync',
  'pathExists', 'pathExistsSync', 'readFile', 'readFileSync', 'readJson', 'readJsonSync', 'realpath', 'realpathSync',
  'stat', 'statSync', 'watch', 'watchFile',
]);

/** Whether an identifier is the path argument of a file-system call (`fs.readFileSync(x)`, `existsSync(x)` from 'fs'). */
function isFilePathArgument(identifier: TSESTree.Node, paths: AccessPathResolver): boolean {
  const call = outermostWrapper(identifier).parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== outermostWrapper(identifier)) return false;
  return paths.pathsOf(call.callee).some((path) => {
    const last = path.names[path.names.length - 1] ?? '';
    if (!PATH_TAKING_FUNCTIONS.has(last)) return false;
    if (path.root.kind === 'module') return FILE_SYSTEM_MODULES.has(path.root.module);
    return path.names.length >= 2 && FILE_SYSTEM_NAMES.has(path.names[path.names.length - 2] ?? '');
  });
}

/** The value a pattern's key takes its member out of, one level deep (`ErrCode` of `const { BadToken } = ErrCode`), or null. */
function destructuredFrom(key: TSESTree.Node): TSESTree.Node | null {
  const property = key.parent;
  const pattern = property?.parent;
  const declarator = pattern?.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.key !== key || pattern?.type !== AST_NODE_TYPES.ObjectPattern) return null;
  return declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id === pattern ? declarator.init : null;
}
