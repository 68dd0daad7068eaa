import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint as Lint } from '@typescript-eslint/utils';

import type { CallMatcherSpec } from '../lib/matching/call-matcher.js';
import type { ListSetting } from '../lib/matching/vocabulary.js';
import type { ParameterSink, Trace } from '../lib/flow/value-flow.js';
import type { FunctionNode } from '../lib/matching/ast.js';
import { createRule } from '../lib/create-rule.js';
import { entryPointWithin, ParameterSinks, parameterPart, ValueFlow } from '../lib/flow/value-flow.js';
import { calleeLastName } from '../lib/matching/access-path.js';
import { collectInTry, contains, isElementCallbackMethod, isFunctionNode, nodeText, outermostWrapper, promiseChainOf, returnedValues, shortText, staticPropertyName, unwrapExpression, writtenName } from '../lib/matching/ast.js';
import { CallMatcher, callMatcherListSchema } from '../lib/matching/call-matcher.js';
import { fileNames } from '../lib/matching/call-site.js';
import { guardingTest } from '../lib/matching/falsy-narrowing.js';
import type { LogCall, Redaction } from '../lib/matching/loggers.js';
import { LoggerMatcher, pinoRedaction, redactedUnder } from '../lib/matching/loggers.js';
import { DEFAULT_CARRIERS, DEFAULT_SENSITIVE_NAMES, exactKeysFor, SensitiveNames } from '../lib/matching/sensitive-names.js';
import { DEFAULT_SENSITIVE_TYPES, SensitiveTypes } from '../lib/matching/sensitive-types.js';
import { tokenShapeIn } from '../lib/matching/token-shapes.js';
import { chainHeadCalls, commandArgumentCount, failedCallsOf, isRequestInstanceFactory, rejectedCallsOf, requestCarryingPackage, showsOtherError } from '../lib/matching/request-errors.js';
import { requiredTypeInfoOf } from '../lib/matching/type-info.js';
import { callFlow, isErrorConstructor, isSanitizingName } from '../lib/matching/value-calls.js';
import { isReplaced, readSettings, resolveList, sharedSettingSchema } from '../lib/matching/vocabulary.js';
import { perConfig } from '../lib/matching/per-config.js';
import { withSharedSchemas } from '../lib/matching/shared-schemas.js';
import type { SecretFinding } from '../lib/matching/secret-sources.js';
import { localCallee } from '../lib/matching/local-functions.js';
import { describeSources, SecretSources } from '../lib/matching/secret-sources.js';
import { textConversionOf } from '../lib/matching/text-conversion.js';

const { DefinitionType } = Lint.Scope;

export type Options = [
  {
    allowIntentional?: CallMatcherSpec[];
    carriers?: ListSetting<string>;
    checkUnknownCalls?: boolean;
    crossFunction?: 'none' | 'same-file';
    loggers?: ListSetting<CallMatcherSpec>;
    requireTypeInformation?: boolean;
    safeNames?: ListSetting<string>;
    sanitizers?: ListSetting<CallMatcherSpec>;
    sensitiveNames?: ListSetting<string>;
    sensitiveTypes?: ListSetting<string>;
    typeDepth?: number;
  },
];

export type MessageId = 'secretInBindings' | 'secretLogged' | 'secretThroughWrapper' | 'suggestRedact' | 'suggestRedactAll' | 'suggestSanitize' | 'suggestSanitizeAll';

/** Sanitizers known by name in Nova/Ironic-style code, offered first in suggestions. */
const DEFAULT_SANITIZERS: readonly CallMatcherSpec[] = ['maskPassword', 'maskDictPassword', 'mask_password', 'mask_dict_password'];

export default createRule<Options, MessageId>({
  name: 'no-secrets-in-logs',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow passwords, tokens, keys and objects that carry them from reaching a log call',
      recommended: true,
      requiresTypeChecking: false,
      cwe: ['CWE-532', 'CWE-312'],
      securitySeverity: '7.5',
      typeCheckedOptions: { requireTypeInformation: true },
      strictOptions: { checkUnknownCalls: true, typeDepth: 3 },
    },
    hasSuggestions: true,
    schema: [
      withSharedSchemas({
        type: 'object',
        properties: {
          allowIntentional: {
            ...callMatcherListSchema,
            description: 'Log calls whose output is deliberately shown to a user (a CLI printing a generated password).',
          },
          carriers: sharedSettingSchema('carriers'),
          checkUnknownCalls: {
            type: 'boolean',
            description: 'Let calls the rule does not know carry a secret from their arguments to their result.',
          },
          crossFunction: {
            type: 'string',
            enum: ['none', 'same-file'],
            description: 'Follow secrets into local functions whose parameter reaches a log call (one level, same file).',
          },
          loggers: sharedSettingSchema('loggers'),
          requireTypeInformation: {
            type: 'boolean',
            description: 'Fail when the file has no type information instead of checking by names only.',
          },
          safeNames: sharedSettingSchema('safeNames'),
          sanitizers: sharedSettingSchema('sanitizers'),
          sensitiveNames: sharedSettingSchema('sensitiveNames'),
          sensitiveTypes: sharedSettingSchema('sensitiveTypes'),
          typeDepth: {
            type: 'integer',
            minimum: 1,
            maximum: 6,
            description: 'How deep into nested object types to look for sensitive properties.',
          },
        },
        additionalProperties: false,
      }),
    ],
    defaultOptions: [
      {
        allowIntentional: [],
        checkUnknownCalls: false,
        crossFunction: 'same-file',
        requireTypeInformation: false,
        typeDepth: 2,
      },
    ],
    messages: {
      secretInBindings: '{{source}} reaches the bindings of `{{sink}}`{{how}}{{more}}, so every later message of the logger carries it.',
      secretLogged: '{{source}} reaches `{{sink}}`{{how}}{{more}}.',
      secretThroughWrapper: '{{source}} reaches `{{wrapper}}`{{how}}{{more}}, whose parameter `{{parameter}}` is logged by `{{sink}}` at line {{line}}.',
      suggestRedact: "Replace `{{expression}}` with '<redacted>'.",
      suggestRedactAll: "Replace `{{expression}}` and {{others}} with '<redacted>'.",
      suggestSanitize: 'Wrap `{{expression}}` in `{{sanitizer}}(...)`.',
      suggestSanitizeAll: 'Wrap `{{expression}}` and {{others}} in `{{sanitizer}}(...)`.',
    },
    languages: ['js/js'],
  },
  create(context, [options]) {
    const settings = readSettings(context);
    const info = requiredTypeInfoOf(context, options.requireTypeInformation === true);
    const { paths, sites } = fileNames(context.sourceCode);
    const sanitizerSpecs = resolveList(DEFAULT_SANITIZERS, settings.sanitizers, options.sanitizers);
    const { loggers, sanitizers, intentional, names } = perConfig(context, () => ({
      loggers: new LoggerMatcher(resolveList([], settings.loggers, options.loggers), !isReplaced(settings.loggers, options.loggers)),
      sanitizers: new CallMatcher(sanitizerSpecs, 'sanitizers'),
      intentional: new CallMatcher(options.allowIntentional ?? [], 'allowIntentional'),
      names: new SensitiveNames({
        sensitive: resolveList(DEFAULT_SENSITIVE_NAMES, settings.sensitiveNames, options.sensitiveNames),
        exact: exactKeysFor(settings.sensitiveNames, options.sensitiveNames),
        safe: resolveList([], settings.safeNames, options.safeNames),
        carriers: resolveList(DEFAULT_CARRIERS, settings.carriers, options.carriers),
      }),
    }));
    const types = info
      ? new SensitiveTypes(
          info,
          names,
          resolveList(DEFAULT_SENSITIVE_TYPES, settings.sensitiveTypes, options.sensitiveTypes),
          options.typeDepth ?? 2,
        )
      : null;
    const sources = new SecretSources({ context, info, names, types, paths });
    const flow = new ValueFlow(
      {
        onName: (name, node, kind, value) => sources.byName(name, node, kind, value),
        onCall: (call) =>
          callFlow(call, {
            calleePaths: (node) => sites.of(node).calleePaths,
            isConfiguredSanitizer: (node) => sanitizers.matches(sites.of(node), info),
            isErrorConstructor: (callee) => isErrorConstructor(callee, paths, info),
            isSelfRedacting: (node) => sources.isSelfRedacting(node),
            unknownCallsCarry: options.checkUnknownCalls === true,
            typed: info !== null,
            isValueFreeResult: (node) => sources.isValueFreeByType(node),
            hasResultType: (node) => sources.hasKnownType(node),
          }),
        isCleaningTag: (tag) => {
          const callee = unwrapExpression(tag);
          const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : null;
          return name !== null && isSanitizingName(name);
        },
        onInterpolation: (template, index) => sources.byUrlPosition(template, index),
        onLiteral: (value, node) => {
          const shape = tokenShapeIn(value);
          return shape ? sources.token(shape.name, node) : undefined;
        },
        onOpaque: (node) => requestError(node) ?? sources.tableElement(node) ?? sources.byType(node),
        onParameterPart: (read) => sources.parameterPart(read),
        isCleanWithout: (node, without) => sources.isCleanWithout(node, without),
        constantKey: (key) => sources.literalKeyOf(key),
        // Only the finding's own value spread or copied (`{ ...config, clientSecret: '***' }`), not a container of it.
        isClearedWithout: (finding, without, spread) => {
          const own = unwrapExpression(spread);
          const node = finding.node;
          const same = own === node || (own.type === AST_NODE_TYPES.Identifier && node.type === AST_NODE_TYPES.Identifier && paths.variableOf(own) !== null && paths.variableOf(own) === paths.variableOf(node));
          return same && finding.parts !== undefined && finding.parts.every((part) => without.has(part));
        },
        isSecretKeyText: (text) => {
          const verdict = names.classify(text);
          return verdict === 'secret' || verdict === 'carrier';
        },
        isConclusive: (finding) => finding.kind !== 'parameter',
        isWholeTypeFinding: (finding) => finding.kind === 'type',
        // `if (!isAxiosError(err)) log.error(err)`: there the error is no HTTP client's, and holds no request.
        isNarrowedAwayAt: (finding, use) => {
          const library = requestLibraries.get(finding);
          if (library === undefined) return false;
          const variable = paths.variableOf(use);
          const isTheError = (node: TSESTree.Node | undefined): boolean => {
            const value = node ? unwrapExpression(node) : null;
            return value?.type === AST_NODE_TYPES.Identifier && value.name === use.name && paths.variableOf(value) === variable;
          };
          // By the names written or imported (`import { isAxiosError as isHttpError } from 'axios'`).
          const namesOf = (node: TSESTree.Node): string[] => paths.pathsOf(node).map((path) => path.names.at(-1) ?? '');
          return guardingTest(use, (test, outcome) => showsOtherError(test, outcome, library, isTheError, namesOf)) !== null;
        },
        showsInText: (finding) => finding.hiddenInText !== true,
        textOf: (node) => textConversionOf(node, info, context.sourceCode),
        ...(options.crossFunction === 'none'
          ? {}
          : {
              parameterOf: (finding: SecretFinding) => (finding.kind === 'parameter' ? finding.node : null),
              carriedParts: (finding: SecretFinding) => (finding.readParts ? { node: finding.node, parts: finding.readParts } : null),
              namedVariableOf: (finding: SecretFinding) => ((finding.kind === 'name' || finding.byName === true) && finding.node.type === AST_NODE_TYPES.Identifier ? finding.node : null),
            }),
        // An error holding its request, made into another error (`getError(e)`, `new SyncError(msg, e)`),
        // may keep only its message and stack: not followed.
        passes: (finding, through) => (through.unknown !== true || passesUnknownCalls(finding)) && !(finding.hiddenInText === true && through.rebuilt === true),
      },
      paths,
    );

    /**
     * The error a binding receives from an axios or got call made with a secret (`.catch((err) =>
     * ...)`, `catch (err)` around `await client.post(...)`): it holds the request (request-errors).
     */
    function requestError(node: TSESTree.Node): SecretFinding | undefined {
      if (node.type === AST_NODE_TYPES.MemberExpression) return requestPart(node) ?? commandPart(node);
      if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
      const binding = paths.variableOf(node)?.defs[0]?.name;
      if (binding?.type !== AST_NODE_TYPES.Identifier) return undefined;
      const request = requestOf(binding);
      if (request) {
        const finding = sources.requestError(node, request.callee, request.sent);
        requestLibraries.set(finding, request.library);
        return finding;
      }
      const command = commandRunWith(failedCallsOf(binding)) ?? commandRunBelow(binding);
      return command ? sources.commandError(node, command.callee, command.sent) : undefined;
    }

    /**
     * For a catch's error: a command a same-file function called in the try runs itself, one call
     * deep, with a secret that call passes (`ipmi(['-P', password])` with `function ipmi(args) {
     * return execFileSync('ipmitool', args); }`).
     */
    function commandRunBelow(binding: TSESTree.Identifier): { callee: string; sent: string } | null {
      const clause = binding.parent;
      const isCatch = clause.type === AST_NODE_TYPES.CatchClause && clause.param === binding;
      // Or a rejection handler's (`kopia(['--password=' + pw]).catch((e) => log(e))`): the chain's first call.
      const rejected = isCatch ? [] : rejectedCallsOf(binding);
      if (!isCatch && rejected.length === 0) return null;
      const known = commandsBelow.get(clause);
      if (known !== undefined) return known;
      let found: { callee: string; sent: string } | null = null;
      const calls = clause.type === AST_NODE_TYPES.CatchClause ? collectInTry(clause.parent.block, (node) => (node.type === AST_NODE_TYPES.CallExpression ? node : null)) : rejected;
      for (const call of calls) {
        const fn = localCallee(call, paths);
        if (!fn || fn.generator || contains(fn, clause)) continue;
        // An async function's failure rejects its promise, which reaches the catch when awaited here.
        if (isCatch && fn.async && outermostWrapper(call).parent?.type !== AST_NODE_TYPES.AwaitExpression) continue;
        found = commandSentBelow(call, fn);
        if (found) break;
      }
      commandsBelow.set(clause, found);
      return found;
    }

    /** The first command `fn` runs with a secret that `call` passes it. */
    function commandSentBelow(call: TSESTree.CallExpression, fn: FunctionNode): { callee: string; sent: string } | null {
      for (const { inner, count } of commandCallsIn(fn)) {
        const found = commandSent(inner, count, (argument) => flow.traceInCall(call, fn, argument));
        if (found) return found;
      }
      return null;
    }

    /** The commands a function runs itself (not in a nested try whose catch takes their failure), with the number of arguments holding the command line; once per function. */
    function commandCallsIn(fn: FunctionNode): readonly { inner: TSESTree.CallExpression; count: number }[] {
      let calls = commandCallsByFunction.get(fn);
      if (!calls) {
        calls = collectInTry(fn.body, (node) => (node.type === AST_NODE_TYPES.CallExpression ? node : null))
          .map((inner) => ({ inner, count: commandArgumentCount(inner, sites.of(inner).calleePaths, paths) }))
          .filter((command) => command.count > 0);
        commandCallsByFunction.set(fn, calls);
      }
      return calls;
    }

    /** A part of a command's error that quotes the command line (`err.message`, `err.cmd`, execa's `err.command`). */
    function commandPart(node: TSESTree.MemberExpression): SecretFinding | undefined {
      const name = staticPropertyName(node);
      const object = unwrapExpression(node.object);
      if (name === null || !COMMAND_PARTS.has(name) || object.type !== AST_NODE_TYPES.Identifier) return undefined;
      const binding = paths.variableOf(object)?.defs[0]?.name;
      if (binding?.type !== AST_NODE_TYPES.Identifier) return undefined;
      const command = commandRunWith(failedCallsOf(binding));
      return command ? sources.commandError(node, command.callee, command.sent, true) : undefined;
    }

    /** The first of `calls` that runs a command (see commandArgumentCount), and a secret its command line holds. */
    function commandRunWith(calls: readonly TSESTree.CallExpression[]): { callee: string; sent: string } | null {
      for (const call of calls) {
        const found = commandSent(call, commandArgumentCount(call, sites.of(call).calleePaths, paths), (argument) => flow.trace(argument));
        if (found) return found;
      }
      return null;
    }

    /** A secret the first `count` arguments of a command's call hold (its command line), traced by `traceOf`. */
    function commandSent(command: TSESTree.CallExpression, count: number, traceOf: (argument: TSESTree.Node) => readonly Trace<SecretFinding>[]): { callee: string; sent: string } | null {
      for (const argument of command.arguments.slice(0, count)) {
        if (isFunctionNode(argument)) continue;
        const sent = traceOf(argument).find((trace) => trace.finding.kind !== 'parameter');
        if (sent) return { callee: shortText(nodeText(context.sourceCode, command.callee), 40), sent: sent.finding.label(context.sourceCode) };
      }
      return null;
    }

    /**
     * The request an axios or got error or response holds, read out (`err.config`, `err.config.data`,
     * `err.response.config`, `res.config` of `const res = await client.post(...)`), when the request
     * was made with a secret.
     */
    function requestPart(node: TSESTree.MemberExpression): SecretFinding | undefined {
      const names: string[] = [];
      let object: TSESTree.Node = node;
      while (object.type === AST_NODE_TYPES.MemberExpression && names.length < 4) {
        const name = staticPropertyName(object);
        if (name === null) return undefined;
        names.unshift(name);
        object = unwrapExpression(object.object);
      }
      if (object.type !== AST_NODE_TYPES.Identifier || !isRequestPartPath(names)) return undefined;
      const definition = paths.variableOf(object)?.defs[0];
      const binding = definition?.name;
      if (binding?.type !== AST_NODE_TYPES.Identifier) return undefined;
      const response = definition?.type === DefinitionType.Variable && definition.node.id === binding ? awaitedCall(definition.node.init) : null;
      const request = response ? requestSentWith([response]) : requestOf(binding);
      return request ? sources.requestPart(node, request.callee, request.sent, !TEXT_REQUEST_PARTS.has(names[names.length - 1] ?? '')) : undefined;
    }

    /** The first of `calls` made with an HTTP client whose errors carry the request, and a secret it was sent with. */
    function requestSentWith(calls: readonly TSESTree.CallExpression[]): { callee: string; sent: string; library: string } | null {
      for (const call of calls) {
        const library = requestCarryingPackage(call, sites.of(call).calleePaths, info);
        if (library === null) continue;
        // Its own arguments first; what its instance was made with only when they hold none.
        const sent = firstSecretIn(call.arguments) ?? firstSecretIn(instanceDefaults(call));
        if (sent) return { callee: shortText(nodeText(context.sourceCode, call.callee), 40), sent: sent.finding.label(context.sourceCode), library };
      }
      return null;
    }

    /** The first secret (not a parameter) the first of `values` to hold one holds. */
    function firstSecretIn(values: readonly TSESTree.Node[]): Trace<SecretFinding> | undefined {
      for (const value of values) {
        const sent = flow.trace(value).find((trace) => trace.finding.kind !== 'parameter');
        if (sent) return sent;
      }
      return undefined;
    }

    /** The request an error a binding receives holds: a call it rejects with, or one below it (see requestSentBelow). */
    function requestOf(binding: TSESTree.Identifier): { callee: string; sent: string; library: string } | null {
      const calls = rejectedCallsOf(binding);
      return requestSentWith(calls) ?? requestSentBelow(binding, calls);
    }

    /**
     * For the error of an awaited call of an async function of the file (a private `authenticatedRequest`
     * helper), one call deep: the first axios or got request the function awaits or returns itself (not
     * in a nested try whose catch takes its failure) with a secret, traced with the call's arguments.
     */
    function requestSentBelow(binding: TSESTree.Identifier, calls: readonly TSESTree.CallExpression[]): { callee: string; sent: string; library: string } | null {
      for (const call of calls) {
        const fn = localCallee(call, paths);
        if (!fn?.async || fn.generator || contains(fn, binding)) continue;
        for (const { inner, library } of requestCallsIn(fn)) {
          // A secret the call passes in (`traceInCall`), or one the function reads itself (`const token = await
          // auth.getToken()`), not its parameters' names (they stand for what the call passes).
          const own = (argument: TSESTree.Node): readonly Trace<SecretFinding>[] => flow.trace(argument).filter((trace) => !standsForArgument(trace.finding.node, fn, call));
          const sent = inner.arguments.flatMap((argument) => (isFunctionNode(argument) ? [] : [...flow.traceInCall(call, fn, argument), ...own(argument)])).find((trace) => trace.finding.kind !== 'parameter');
          if (sent) return { callee: shortText(nodeText(context.sourceCode, inner.callee), 40), sent: sent.finding.label(context.sourceCode), library };
        }
      }
      return null;
    }

    /** The axios and got requests a function awaits or returns itself, their failure leaving it (see passesFailureOut); once per function. */
    function requestCallsIn(fn: FunctionNode): readonly { inner: TSESTree.CallExpression; library: string }[] {
      let calls = requestCallsByFunction.get(fn);
      if (!calls) {
        calls = collectInTry(fn.body, (node) => (node.type === AST_NODE_TYPES.CallExpression && passesFailureOut(node) ? node : null)).flatMap((inner) => {
          const library = requestCarryingPackage(inner, sites.of(inner).calleePaths, info);
          return library === null ? [] : [{ inner, library }];
        });
        requestCallsByFunction.set(fn, calls);
      }
      return calls;
    }

    /**
     * What an instance a request is made on was created with (`const http = axios.create({ headers:
     * { Authorization } })`, `this.http = got.extend(o)` in the class): its defaults, merged into
     * every request's config, which its errors hold.
     */
    function instanceDefaults(call: TSESTree.CallExpression): TSESTree.Node[] {
      const callee = unwrapExpression(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return [];
      const receiver = unwrapExpression(callee.object);
      let made: readonly TSESTree.Node[] = [];
      if (receiver.type === AST_NODE_TYPES.Identifier) {
        const variable = paths.variableOf(receiver);
        const alias = variable ? paths.aliasTargetOf(variable) : null;
        made = alias && alias.names.length === 0 ? [alias.expression] : [];
      } else if (receiver.type === AST_NODE_TYPES.MemberExpression) {
        made = paths.fieldWrites(receiver);
      }
      return made.flatMap((value) => {
        const inner = unwrapExpression(value);
        if (inner.type !== AST_NODE_TYPES.CallExpression) return [];
        return paths.pathsOf(inner.callee).some(isRequestInstanceFactory) ? inner.arguments.filter((argument) => !isFunctionNode(argument)) : [];
      });
    }

    /** Whether a request's failure leaves its async function: awaited or returned, with no rejection handler chained on it. */
    function passesFailureOut(request: TSESTree.CallExpression): boolean {
      const chain = promiseChainOf(outermostWrapper(request));
      const end = outermostWrapper(chain.end);
      const parent = end.parent;
      return !chain.handlesRejection && (parent?.type === AST_NODE_TYPES.AwaitExpression || parent?.type === AST_NODE_TYPES.ReturnStatement || (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === end));
    }

    /**
     * Whether a finding's value is read off a parameter of `fn` that `call` passes an argument for
     * (`apiKey`, `options.apiKey`): the argument stands for it. A default the call leaves to the
     * parameter (`token = process.env.API_TOKEN`) is the function's own.
     */
    function standsForArgument(node: TSESTree.Node, fn: FunctionNode, call: TSESTree.CallExpression): boolean {
      let root = unwrapExpression(node);
      while (root.type === AST_NODE_TYPES.MemberExpression) root = unwrapExpression(root.object);
      const definition = root.type === AST_NODE_TYPES.Identifier ? paths.variableOf(root)?.defs[0] : undefined;
      if (definition?.type !== DefinitionType.Parameter || definition.node !== fn) return false;
      const index = fn.params.findIndex((parameter) => contains(parameter, definition.name));
      const parameter = fn.params[index];
      return !(parameter?.type === AST_NODE_TYPES.AssignmentPattern && call.arguments.length <= index);
    }

    /** The package of the request each request error's finding holds (see isNarrowedAwayAt). */
    const requestLibraries = new WeakMap<SecretFinding, string>();
    const commandsBelow = new Map<TSESTree.Node, { callee: string; sent: string } | null>();
    const requestCallsByFunction = new Map<FunctionNode, readonly { inner: TSESTree.CallExpression; library: string }[]>();
    const commandCallsByFunction = new Map<FunctionNode, readonly { inner: TSESTree.CallExpression; count: number }[]>();
    const logCalls: LogCallSite[] = [];
    const localCalls: TSESTree.CallExpression[] = [];

    return {
      CallExpression(node) {
        // Most calls are methods no logger has: ruled out by name, their receivers are not resolved.
        const method = calleeLastName(node);
        const log = method === null || loggers.mayBeMethod(method) ? loggers.match(sites.of(node), info) : null;
        if (log) {
          const site = sites.of(node);
          if (!intentional.isEmpty && intentional.matches(site, info)) return;
          // `console.log(`::add-mask::${token}`)`: the GitHub Actions command that hides the value in the build log.
          logCalls.push({ call: node, sink: log.name, child: log.kind === 'child', logged: isMaskCommand(node, log.name) ? [] : node.arguments, reference: null, rejectionOf: null });
          return;
        }
        // `console.log.call(console, 'pw', pw)`, `LOG.debug.apply(LOG, ['pw %s', pw])`: the log method, called.
        const invoked = method === 'call' || method === 'apply' ? invokedLog(node) : null;
        if (invoked) {
          logCalls.push(invoked);
          return;
        }
        // `getToken().then(console.log)`, `passwords.forEach(LOG.debug)`: a log method passed by reference.
        const passed = passedLog(node, method);
        if (passed) {
          logCalls.push(passed);
          return;
        }
        if (options.crossFunction !== 'none' && node.arguments.length > 0) localCalls.push(node);
      },
      'Program:exit'() {
        // Parameters of local functions that reach a log call make their callers' arguments leaks.
        // A parameter logged whole somewhere says more than one logged only as text or through an unknown call.
        const wrappers = new ParameterSinks<WrappedSink>((kept, found) => (kept.throughText && !found.throughText) || (kept.throughUnknownCall && !found.throughUnknownCall));
        for (const { call, sink, child, logged, reference, rejectionOf } of logCalls) {
          const leaks: Leak[] = [];
          if (reference && rejectionOf) {
            const request = requestSentWith(chainHeadCalls(rejectionOf));
            if (request) leaks.push({ argument: reference, trace: { finding: sources.rejectedRequest(reference, request.callee, request.sent), steps: [], via: [] } });
          }
          const redaction = child ? null : pinoRedaction(call, paths);
          const visible = redaction ? logged.flatMap((item, index) => (index === 0 ? unredacted(item, redaction) : [item])) : logged;
          for (const argument of visible.flatMap((item) => messagesOf(item, sink))) {
            for (const trace of flow.trace(argument)) {
              if (trace.finding.kind === 'parameter') {
                const wrapped = { sink, line: call.loc.start.line, throughUnknownCall: trace.throughUnknownCall === true, throughText: trace.throughText === true };
                // A part of a parameter (`req.body`): the part of what callers pass.
                const part = parameterPart(trace.finding.node, paths);
                if (part) wrappers.record(part.declaration, call, wrapped, part.names);
                else wrappers.record(trace.finding.node, call, wrapped);
              }
              else leaks.push({ argument, trace });
            }
          }
          if (leaks.length > 0) report(call, child ? 'secretInBindings' : 'secretLogged', { sink }, leaks, reference);
        }
        if (wrappers.isEmpty) return;
        for (const call of localCalls) {
          const target = localCallee(call, paths);
          if (!target) continue;
          const leaks: Leak[] = [];
          let first: ParameterSink<WrappedSink> | undefined;
          for (const [index, argument] of call.arguments.entries()) {
            for (const wrapped of wrappers.sinksOf(target, index)) {
              // Logged only as text, an argument that prints `[object Object]` shows nothing of what it holds.
              if (wrapped.sink.throughText && wrapped.names.length === 0 && argument.type !== AST_NODE_TYPES.SpreadElement && textConversionOf(argument, info, context.sourceCode)?.kind === 'object') continue;
              const traces = wrapped.names.length === 0 ? flow.trace(argument) : argument.type === AST_NODE_TYPES.SpreadElement ? [] : flow.traceField(argument, wrapped.names);
              for (const trace of traces) {
                if (trace.finding.kind === 'parameter') continue;
                if (wrapped.sink.throughUnknownCall && !passesUnknownCalls(trace.finding)) continue;
                // Logged only as text (`${String(error)}`): what the text of the value hides stays hidden.
                if (wrapped.sink.throughText && trace.finding.hiddenInText === true) continue;
                leaks.push({ argument, trace });
                first ??= wrapped;
              }
              // The whole argument is logged: its parts add nothing.
              if (wrapped.names.length === 0 && leaks.length > 0) break;
            }
          }
          if (first) {
            report(call, 'secretThroughWrapper', {
              wrapper: shortText(nodeText(context.sourceCode, call.callee)),
              parameter: first.name,
              sink: first.sink.sink,
              line: String(first.sink.line),
            }, leaks);
          }
        }
      },
    };

    /** A log method invoked by `.call(thisArg, ...args)` or `.apply(thisArg, [args])`, with the arguments it logs. */
    function invokedLog(node: TSESTree.CallExpression): LogCallSite | null {
      const callee = unwrapExpression(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
      const method = unwrapExpression(callee.object);
      const methodName = writtenName(method);
      if (methodName === null || !loggers.mayBeMethod(methodName)) return null;
      const log = loggers.match({ node, calleePaths: paths.pathsOf(method) }, null);
      if (!log || log.kind === 'child') return null;
      if (staticPropertyName(callee) === 'call') return { call: node, sink: log.name, child: false, logged: node.arguments.slice(1), reference: null, rejectionOf: null };
      const list = node.arguments[1];
      if (!list) return null;
      const inner = unwrapExpression(list);
      const logged = inner.type === AST_NODE_TYPES.ArrayExpression ? inner.elements.filter((element): element is TSESTree.Expression | TSESTree.SpreadElement => element !== null) : [list];
      return { call: node, sink: log.name, child: false, logged, reference: null, rejectionOf: null };
    }

    /**
     * A log method given by reference to a call that calls it (`LOG.debug` in `getToken().then(LOG.debug)`),
     * with what it is called with: what the promise settles to, an array's elements (and the array
     * itself, which `forEach` and its kin pass as the third argument), a timer's extra arguments,
     * or the rejection of a promise chain (`.catch(LOG.error)`), which holds a secret when the chain
     * starts with a request made with one (request-errors).
     */
    function passedLog(node: TSESTree.CallExpression, method: string | null): LogCallSite | null {
      const callee = unwrapExpression(node.callee);
      const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : null;
      const called = (index: number): LogCall | null => {
        const argument = node.arguments[index];
        return argument ? logReference(node, argument) : null;
      };
      const site = (log: LogCall, index: number, logged: readonly TSESTree.Node[], rejectionOf: TSESTree.Node | null = null): LogCallSite => ({
        call: node,
        sink: log.name,
        child: false,
        logged,
        reference: node.arguments[index] ?? null,
        rejectionOf,
      });
      if (receiver && method === 'then') {
        const fulfilled = called(0);
        if (fulfilled) return site(fulfilled, 0, [receiver]);
        const rejected = called(1);
        return rejected ? site(rejected, 1, [], receiver) : null;
      }
      if (receiver && method === 'catch') {
        const rejected = called(0);
        return rejected ? site(rejected, 0, [], receiver) : null;
      }
      if (receiver && method !== null && isElementCallbackMethod(method)) {
        const each = called(0);
        return each ? site(each, 0, [receiver]) : null;
      }
      const timer = timerArgumentsFrom(node, callee, method);
      if (timer === null) return null;
      const later = called(0);
      return later ? site(later, 0, node.arguments.slice(timer)) : null;
    }

    /** The log call a function given by reference makes when called, or null. */
    function logReference(call: TSESTree.CallExpression, argument: TSESTree.CallExpressionArgument): LogCall | null {
      const inner = unwrapExpression(argument);
      if (inner.type !== AST_NODE_TYPES.Identifier && inner.type !== AST_NODE_TYPES.MemberExpression && inner.type !== AST_NODE_TYPES.CallExpression && inner.type !== AST_NODE_TYPES.ConditionalExpression && inner.type !== AST_NODE_TYPES.LogicalExpression) return null;
      const log = loggers.match({ node: call, calleePaths: paths.pathsOf(inner) }, null);
      return log && log.kind !== 'child' ? log : null;
    }

    /**
     * What an argument logs: itself, or what a lazy message returns (`logger.debug(() =>
     * \`using ${password}\`)`, a function of no parameters a logger calls when the level is on;
     * `console` prints a function's source instead).
     */
    function messagesOf(argument: TSESTree.Node, sink: string): TSESTree.Node[] {
      if ((argument.type !== AST_NODE_TYPES.ArrowFunctionExpression && argument.type !== AST_NODE_TYPES.FunctionExpression) || argument.params.length > 0 || argument.async || argument.generator) return [argument];
      return sink.split('.').includes('console') ? [] : returnedValues(argument);
    }

    /**
     * What pino writes of the object it merges, when its logger censors paths (`redact`): the
     * values of the parts not censored; the object itself when nothing is. A value that is not an
     * object literal under a key with censored paths below it (`{ creds }` with `creds.password`)
     * is taken as censored where it holds secrets, as the configuration says; under `*` alone, it
     * stays.
     */
    function unredacted(argument: TSESTree.Node, redaction: Redaction): TSESTree.Node[] {
      const object = unwrapExpression(argument);
      if (object.type !== AST_NODE_TYPES.ObjectExpression) return [argument];
      const kept: TSESTree.Node[] = [];
      let censored = false;
      for (const property of object.properties) {
        if (property.type === AST_NODE_TYPES.SpreadElement) {
          kept.push(property.argument);
          continue;
        }
        const key = staticPropertyName(property);
        const under = key === null ? null : redactedUnder(redaction, key);
        const value = unwrapExpression(property.value);
        if (!under) kept.push(property.value);
        else if (under.value === true) censored = true;
        else if (value.type === AST_NODE_TYPES.ObjectExpression) {
          const inner = unredacted(value, under.value);
          if (inner.length !== 1 || inner[0] !== value) censored = true;
          kept.push(...inner);
        } else if (under.wildcard) kept.push(property.value);
        else censored = true;
      }
      return censored ? kept : [argument];
    }

    /** A report on a log call; on a log method passed by reference (`reference`), at that method, with no suggestion (nothing logged is written there). */
    function report(call: TSESTree.CallExpression, messageId: 'secretInBindings' | 'secretLogged' | 'secretThroughWrapper', data: Record<string, string>, leaks: readonly Leak[], reference: TSESTree.Node | null = null): void {
      context.report({
        node: reference ?? call,
        messageId,
        data: { ...data, ...describeSources(leaks.map((leak) => leak.trace), context.sourceCode) },
        suggest: reference ? [] : suggestionsFor(leaks, call),
      });
    }

    /**
     * Wrap every leaking value, where it enters the call, in a sanitizer in scope, or replace it:
     * one suggestion fixes the whole report (`{ password, token }` gets both). A sanitizer takes a
     * string, so it is offered only when no value is an object that carries secrets, nor a spread.
     */
    function suggestionsFor(leaks: readonly Leak[], call: TSESTree.CallExpression): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const targets: { node: TSESTree.Node; carrier: boolean }[] = [];
      for (const leak of leaks) {
        const node = wholeReceiverChain(entryPointWithin(leak.trace, call) ?? leak.argument, call);
        const carrier = leak.trace.finding.kind === 'carrier' || leak.trace.finding.kind === 'type' || isObjectValue(node);
        const same = targets.find((known) => known.node.range[0] === node.range[0] && known.node.range[1] === node.range[1]);
        if (same) {
          same.carrier ||= carrier;
          continue;
        }
        // One inside another (`creds` and `creds.password`): fixing the outer one fixes both.
        if (targets.some((known) => known.node.range[0] <= node.range[0] && node.range[1] <= known.node.range[1])) continue;
        for (let index = targets.length - 1; index >= 0; index--) {
          const known = targets[index] as (typeof targets)[number];
          if (node.range[0] <= known.node.range[0] && known.node.range[1] <= node.range[1]) targets.splice(index, 1);
        }
        targets.push({ node, carrier });
      }
      const [first] = targets;
      if (!first) return [];
      const replaceAll = (fixer: TSESLint.RuleFixer, replacement: (text: string) => string): TSESLint.RuleFix[] =>
        targets.map(({ node }) => {
          const text = context.sourceCode.getText(node);
          const parent = node.parent;
          // `{ password }` becomes `{ password: '<redacted>' }`.
          if (parent?.type === AST_NODE_TYPES.Property && parent.shorthand && parent.value === node) return fixer.replaceText(parent, `${text}: ${replacement(text)}`);
          return fixer.replaceText(node, replacement(text));
        });
      const expression = shortText(context.sourceCode.getText(first.node), 40);
      const others = targets.length - 1;
      const data = others === 0 ? { expression } : { expression, others: others === 1 ? '1 other leaking value' : `${String(others)} other leaking values` };
      const sanitizer = sanitizerInScope(call);
      const suggestions: TSESLint.SuggestionReportDescriptor<MessageId>[] = [];
      // A spread's values are several arguments, and an object is no string: a sanitizer takes one string.
      if (sanitizer && targets.every((target) => !target.carrier && target.node.type !== AST_NODE_TYPES.SpreadElement)) {
        suggestions.push({
          messageId: targets.length === 1 ? 'suggestSanitize' : 'suggestSanitizeAll',
          data: { ...data, sanitizer },
          fix: (fixer) => replaceAll(fixer, (text) => `${sanitizer}(${text})`),
        });
      }
      suggestions.push({ messageId: targets.length === 1 ? 'suggestRedact' : 'suggestRedactAll', data, fix: (fixer) => replaceAll(fixer, () => "'<redacted>'") });
      return suggestions;
    }

    /**
     * Whether a value is an object (a string sanitizer does not take it): written out here, a
     * `const` holding one, or with types any non-string value.
     */
    function isObjectValue(node: TSESTree.Node): boolean {
      let value = unwrapExpression(node);
      if (value.type === AST_NODE_TYPES.Identifier) {
        const variable = paths.variableOf(value);
        const alias = variable ? paths.aliasTargetOf(variable) : null;
        if (alias && alias.names.length === 0) value = unwrapExpression(alias.expression);
      }
      if (value.type === AST_NODE_TYPES.ObjectExpression || value.type === AST_NODE_TYPES.ArrayExpression || value.type === AST_NODE_TYPES.NewExpression) return true;
      const type = info?.typeOf(node);
      return info !== null && type !== undefined && (type.getFlags() & (info.ts.TypeFlags.Object | info.ts.TypeFlags.NonPrimitive)) !== 0;
    }

    /** The first configured sanitizer named by a plain identifier that is declared or imported here. */
    function sanitizerInScope(call: TSESTree.CallExpression): string | null {
      let scope: TSESLint.Scope.Scope | null = context.sourceCode.getScope(call);
      const candidates = sanitizerSpecs.filter((spec): spec is string => typeof spec === 'string' && /^[A-Za-z_$][\w$]*$/u.test(spec));
      while (scope) {
        for (const candidate of candidates) if (scope.set.has(candidate)) return candidate;
        scope = scope.upper;
      }
      return null;
    }
  },
});

/**
 * A value read or called on (`args.join(' ')`, `pw.slice(0, 4)`, `creds.value`) is replaced with
 * the whole read or call: a string in its place would not have the method (`'<redacted>'.join`);
 * one with a fallback (`password ?? 'none'`) with the whole fallback, an awaited one with the await.
 */
function wholeReceiverChain(target: TSESTree.Node, container: TSESTree.Node): TSESTree.Node {
  let current = outermostWrapper(target);
  for (;;) {
    const parent = current.parent;
    // `password ?? 'none'`: a string literal is never nullish (nor falsy): the whole fallback goes.
    if (parent?.type === AST_NODE_TYPES.LogicalExpression && parent.left === current && parent.operator !== '&&') {
      current = outermostWrapper(parent);
      continue;
    }
    // `await getToken()`: the value is what the await gives (a sanitizer takes a string, not a promise).
    if (parent?.type === AST_NODE_TYPES.AwaitExpression && parent.argument === current) {
      current = outermostWrapper(parent);
      continue;
    }
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== current || parent === (container as TSESTree.CallExpression).callee) return current;
    const call = parent.parent;
    current = outermostWrapper(call.type === AST_NODE_TYPES.CallExpression && call.callee === parent ? call : parent);
  }
}

/** A log call found in the file, with the values it logs. */
interface LogCallSite {
  readonly call: TSESTree.CallExpression;
  /** The log method as written, for messages. */
  readonly sink: string;
  readonly child: boolean;
  readonly logged: readonly TSESTree.Node[];
  /** A log method passed by reference (`.then(LOG.debug)`): where it is written. */
  readonly reference: TSESTree.Node | null;
  /** For a log method given a promise chain's rejection (`.catch(LOG.error)`): the promise. */
  readonly rejectionOf: TSESTree.Node | null;
}

/** The parts of an axios error or response (`config`, `request`) or a got error (`options`) that hold the request. */
const REQUEST_HOLDERS: ReadonlySet<string> = new Set(['config', 'options', 'request']);
/** The parts of a command's error that quote its command line (Node's `message`, `cmd`, `stack`, `spawnargs`; execa's `command`, ...). */
const COMMAND_PARTS: ReadonlySet<string> = new Set(['message', 'cmd', 'stack', 'spawnargs', 'command', 'escapedCommand', 'shortMessage']);
/** The parts of a request that hold what it was sent with. */
const REQUEST_CONTENTS: ReadonlySet<string> = new Set(['data', 'headers', 'auth', 'body', 'json', 'form']);
/** Request parts that are text (a serialised body), which shows in a message as it is. */
const TEXT_REQUEST_PARTS: ReadonlySet<string> = new Set(['data', 'body']);

/** Sinks that print a line as it is to standard output, where the Actions runner reads workflow commands. */
const PLAIN_LINE_SINKS: ReadonlySet<string> = new Set(['console.log', 'console.info', 'core.info']);

/**
 * The GitHub Actions workflow command `::add-mask::value`, printed alone as one line to standard
 * output (`` console.log(`::add-mask::${token}`) ``, `'::add-mask::' + token`, `console.log('::add-mask::%s',
 * token)`): the runner reads the line and masks the value in the build log from then on; it never
 * prints it. Not beside other arguments, nor with a line break after which text is printed.
 */
function isMaskCommand(call: TSESTree.CallExpression, sink: string): boolean {
  if (!PLAIN_LINE_SINKS.has(sink)) return false;
  const [command, ...rest] = call.arguments;
  if (!command) return false;
  const pieces: TSESTree.Node[] = [];
  const collect = (node: TSESTree.Node): void => {
    const inner = unwrapExpression(node);
    if (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator === '+') {
      collect(inner.left);
      collect(inner.right);
    } else pieces.push(inner);
  };
  collect(command);
  const textsOf = (piece: TSESTree.Node): string[] => (piece.type === AST_NODE_TYPES.TemplateLiteral ? piece.quasis.map((quasi) => quasi.value.cooked ?? '') : piece.type === AST_NODE_TYPES.Literal && typeof piece.value === 'string' ? [piece.value] : []);
  // The line starts with the command: the first piece is text that does (not `token + '::add-mask::'`).
  const [start] = pieces;
  const first = start ? textsOf(start)[0] : undefined;
  if (first === undefined || !first.startsWith('::add-mask::') || pieces.flatMap(textsOf).some((text) => text.includes('\n') || text.includes('\r'))) return false;
  // `console.log('::add-mask::%s', token)`: the one value the format puts in the line.
  if (rest.length > 0) return rest.length === 1 && sink !== 'core.info' && pieces.length === 1 && first === '::add-mask::%s';
  return true;
}

/** `config`, `config.data`, `response.config`, `response.config.headers`: a path to a request or what it holds. */
function isRequestPartPath(names: readonly string[]): boolean {
  const rest = names[0] === 'response' ? names.slice(1) : names;
  if (rest.length === 0 || rest.length > 2 || !REQUEST_HOLDERS.has(rest[0] ?? '')) return false;
  return rest.length === 1 || REQUEST_CONTENTS.has(rest[1] ?? '');
}

/** The call a variable's initializer awaits (`await client.post(...)`), or null. */
function awaitedCall(init: TSESTree.Expression | null): TSESTree.CallExpression | null {
  const value = init ? unwrapExpression(init) : null;
  if (value?.type !== AST_NODE_TYPES.AwaitExpression) return null;
  const call = unwrapExpression(value.argument);
  return call.type === AST_NODE_TYPES.CallExpression ? call : null;
}

/**
 * For a timer that calls a function with extra arguments, the index of the first
 * (`setTimeout(fn, ms, ...args)`: 2; `setImmediate(fn, ...args)`, `process.nextTick(fn, ...args)`: 1); else null.
 */
function timerArgumentsFrom(node: TSESTree.CallExpression, callee: TSESTree.Node, method: string | null): number | null {
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (callee.name === 'setTimeout' || callee.name === 'setInterval') return 2;
    return callee.name === 'setImmediate' ? 1 : null;
  }
  if (method !== 'nextTick' || callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const object = unwrapExpression(callee.object);
  return object.type === AST_NODE_TYPES.Identifier && object.name === 'process' && node.arguments.length > 1 ? 1 : null;
}

/** A log call a wrapper's parameter reaches, and whether it got there through an unknown call. */
interface WrappedSink {
  readonly sink: string;
  readonly line: number;
  readonly throughUnknownCall: boolean;
  /** Whether the parameter reaches the sink only as text (a template literal, `String(p)`). */
  readonly throughText: boolean;
}

/**
 * An unknown call may format a secret value into its result (checkUnknownCalls), but an object
 * merely holding secrets — a client, the environment, headers — is more likely used than printed.
 */
function passesUnknownCalls(finding: SecretFinding): boolean {
  return finding.kind !== 'carrier' && finding.kind !== 'type';
}

interface Leak {
  readonly argument: TSESTree.Node;
  readonly trace: Trace<SecretFinding>;
}
