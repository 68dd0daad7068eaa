/**
 * Receivers whose API is local to the process or the host's, not a remote service's: Homebridge's
 * `API` (`this.api.updatePlatformAccessories(...)`, `api.hap.uuid.generate(...)`), the HAP-NodeJS
 * types it re-exports, Scrypted's SDK (`sdk.systemManager`, `deviceManager`), Node.js's sockets
 * and streams (`client: Socket` imported from `net`), schema validation libraries (`zod`) and
 * client-side query caches (TanStack Query's `QueryClient`). A client-like name (`api`, `sdk`) on such a
 * receiver says nothing. Without type information this is the only evidence there is; it is read
 * from the type written on the declaration (a parameter, a parameter property, a class field, a
 * variable), the first name of the callee's path, or from the import the path starts at.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { AccessPath } from './access-path.js';
import { enclosingClassBody, parameterProperty } from './access-path.js';
import { constructorOf, declarationsNamed, importedBinding, importedNames, staticPropertyName, typeAliasOf, typeReferencesOf, unwrapExpression } from './ast.js';

/** Node.js's sockets, streams and emitters (`client: Socket` of `net`): local objects whose errors come as events. */
const NODE_LOCAL_MODULES = ['net', 'tls', 'stream', 'events', 'child_process', 'dgram', 'readline', 'http', 'https', 'http2', 'worker_threads'];

/** Host platforms a plugin runs under, whose API is the host's, not a remote service's. */
const HOST_PACKAGES: ReadonlySet<string> = new Set(['homebridge', 'hap-nodejs', '@scrypted/sdk']);

/**
 * Web server frameworks: the app and router they make serve requests, they call no remote service;
 * NestJS's request context too (`context.switchToWs().getClient()` is the connected peer). Its
 * `HttpService` comes from `@nestjs/axios`, which is not one of them.
 */
const SERVER_PACKAGES: ReadonlySet<string> = new Set(['express', 'koa', '@koa/router', 'koa-router', 'fastify', '@hapi/hapi', 'restify', 'polka', 'hono', 'connect', '@nestjs/common', '@nestjs/core', '@nestjs/websockets']);
/** Hono's own scope: its middleware and the apps it subclasses (`new OpenAPIHono()` of `@hono/zod-openapi`). */
const SERVER_SCOPES = ['@hono/'];

/** Schema validation libraries: a schema (`const nodeApi = z.object(...)`) checks a value here, it calls nothing remote. */
const VALIDATION_PACKAGES = ['zod', 'yup', 'joi', 'valibot', 'superstruct', 'io-ts', '@sinclair/typebox', 'arktype'];

/**
 * Client-side query caches: a `QueryClient` (`queryClient.setQueryData(key, data)`,
 * `invalidateQueries(...)`) reads and writes the cache here; the fetches it starts report failures
 * in the query's state. (`fetchQuery` and `ensureQueryData` reject with the query function's error:
 * that function's own calls are judged where it is written.)
 */
const QUERY_CACHE_PACKAGES = ['@tanstack/react-query', '@tanstack/query-core', '@tanstack/vue-query', '@tanstack/solid-query', '@tanstack/svelte-query', '@tanstack/angular-query-experimental', 'react-query'];

/**
 * Telemetry SDKs: they record spans, metrics, events and errors for later export and are built not
 * to fail the code they observe (`const sdk = new NodeSDK(o); sdk.start()` of OpenTelemetry; StatsD
 * clients, Prometheus's registry, the analytics clients' `capture` and `track`). Their scopes
 * (`@opentelemetry/`, `@sentry/`) are matched whole.
 */
const TELEMETRY_PACKAGES = [
  'applicationinsights',
  'dd-trace',
  'newrelic',
  'aws-xray-sdk',
  'aws-xray-sdk-core',
  '@aws-lambda-powertools/tracer',
  '@aws-lambda-powertools/metrics',
  'hot-shots',
  'node-statsd',
  'statsd-client',
  'prom-client',
  'posthog-node',
  '@segment/analytics-node',
  'analytics-node',
];
const TELEMETRY_SCOPES = ['@opentelemetry/', '@sentry/'];

/**
 * Infrastructure-as-code libraries: their constructs (`new apigwv2.HttpApi(this, 'Api')`) build a
 * tree synthesised later into a template; their methods (`api.addRoutes(...)`) call nothing remote.
 */
const INFRASTRUCTURE_PACKAGES = ['aws-cdk-lib', 'constructs', 'cdktf', 'cdk8s'];
/** Module prefixes: their submodules, scopes, and cdk8s-plus's per-Kubernetes-version packages (`cdk8s-plus-30`). */
const INFRASTRUCTURE_SCOPES = ['aws-cdk-lib/', '@aws-cdk/', '@cdktf/', 'cdk8s-plus-'];

/**
 * The tools in those scopes and packages that act on a remote service: Sentry's CLI and bundler
 * plugins (they upload releases and source maps), the CDK's and CDKTF's programmatic toolkits (they
 * deploy), Hono's RPC client (`hc(url)`: each `$get` is a fetch).
 */
const REMOTE_TOOLS: ReadonlySet<string> = new Set(['@sentry/cli', '@sentry/wizard', '@sentry/bundler-plugin-core', '@aws-cdk/toolkit-lib', '@aws-cdk/cli-lib-alpha', '@aws-cdk/cdk-cli-wrapper', '@cdktf/cli-core', 'hono/client']);

function isRemoteTool(module: string): boolean {
  const parts = module.split('/');
  const name = parts.slice(0, 2).join('/');
  return REMOTE_TOOLS.has(name) || (name.startsWith('@sentry/') && name.endsWith('-plugin'));
}

/** Module prefixes of local packages (their tools that act on a remote service aside: isRemoteTool). */
const LOCAL_SCOPES: readonly string[] = [...TELEMETRY_SCOPES, ...INFRASTRUCTURE_SCOPES, ...SERVER_SCOPES];

/**
 * User-interface libraries whose objects are named like a client: Embla's carousel API (`const
 * [carouselRef, api] = useEmblaCarousel(o); api.scrollPrev()`, shadcn/ui's carousel), synchronous
 * and local to the page.
 */
const INTERFACE_PACKAGES = ['embla-carousel', 'embla-carousel-react', 'embla-carousel-vue', 'embla-carousel-svelte', 'embla-carousel-solid'];

const LOCAL_PACKAGES: ReadonlySet<string> = new Set([...HOST_PACKAGES, ...INTERFACE_PACKAGES, ...SERVER_PACKAGES, ...VALIDATION_PACKAGES, ...QUERY_CACHE_PACKAGES, ...TELEMETRY_PACKAGES, ...INFRASTRUCTURE_PACKAGES, ...NODE_LOCAL_MODULES, ...NODE_LOCAL_MODULES.map((name) => `node:${name}`)]);

/**
 * A path that starts at an import of a host platform, a web server framework or a Node.js module
 * of sockets and streams (`import sdk from '@scrypted/sdk'; sdk.systemManager...`; `private api =
 * express(); this.api.get(...)`; `client = net.connect(port); this.client.write(data)`).
 */
export function isFromHostPackage(path: AccessPath): boolean {
  // What a wrapper of a local package gives back is the client it wraps (a telemetry SDK's
  // `AWSXRay.captureAWSv3Client(new S3Client(o)).send(c)`): not the package's own.
  return path.root.kind === 'module' && isLocalModule(path.root.module) && !path.names.slice(0, -1).some(isWrappingCall);
}

/** A call that instruments a client and gives it back (`captureAWSv3Client(client)`, `captureHTTPs(http)`, `wrapClient(c)`). */
function isWrappingCall(segment: string): boolean {
  return segment.endsWith('()') && /^(?:capture|wrap|instrument)[A-Z]/u.test(segment);
}

/**
 * A local package's module, or a module inside one: a package's subpath is the same package
 * (`homebridge/lib/api.js`, zod's `zod/v4` and `zod/mini`, `node:stream/promises`).
 */
function isLocalModule(module: string): boolean {
  if (LOCAL_PACKAGES.has(module)) return true;
  if (isRemoteTool(module)) return false;
  if (LOCAL_SCOPES.some((scope) => module.startsWith(scope))) return true;
  const parts = module.split('/');
  const name = module.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  return name !== module && LOCAL_PACKAGES.has(name);
}

/** Whether a callee path starts at a receiver whose written type comes from a local package. */
export function isDeclaredFromLocalPackage(path: AccessPath, call: TSESTree.Node): boolean {
  return isDeclaredFrom(path, call, isLocalModule);
}

/**
 * Clients whose methods report errors to a callback or as an `error` event, each with the methods
 * that return a promise instead: MQTT.js's end in `Async` (`client.subscribe(topic)` returns the
 * client, `await client.subscribeAsync(topic)` a promise); WebSocket libraries' `send`, `close`
 * and `terminate` return nothing (socket.io's acknowledged emits and `fetchSockets` are promises);
 * ssh2 has no promise method.
 */
const CALLBACK_CLIENT_PACKAGES: ReadonlyMap<string, (method: string) => boolean> = new Map([
  ['mqtt', (method: string) => method.endsWith('Async')],
  ['ws', () => false],
  ['isomorphic-ws', () => false],
  ['reconnecting-websocket', () => false],
  ['socket.io', (method: string) => method.endsWith('WithAck') || method === 'fetchSockets'],
  ['socket.io-client', (method: string) => method.endsWith('WithAck')],
  // ssh2's Client, Server and SFTP: callbacks and `error` events throughout (`conn.end()`, `conn.exec(cmd, cb)`).
  ['ssh2', () => false],
]);

/** The WHATWG WebSocket's methods, none of which returns a promise. */
const WEBSOCKET_METHODS: ReadonlySet<string> = new Set(['send', 'close', 'addEventListener', 'removeEventListener', 'dispatchEvent']);
/** Packages exporting the WHATWG WebSocket class (the global one aside). */
const WEBSOCKET_MODULES: ReadonlySet<string> = new Set(['undici', 'ws', 'isomorphic-ws']);

/**
 * A callback-style method of such a client (`client.end()`, `client.publish(t, m, cb)`,
 * `socket.send(data)`): the path starts at the package's import (`const client =
 * mqtt.connect(url)`) or at a receiver typed with one of its types (`client: mqtt.MqttClient`),
 * or an element of one's collection (`for (const client of this.wss.clients)` with `wss:
 * WebSocket.Server`).
 */
export function isCallbackClientMethod(path: AccessPath, call: TSESTree.Node, method: string): boolean {
  // `new WebSocket(url).send(data)`: the platform's WebSocket (and undici's) sends and closes without a promise.
  const made = path.names[path.names.length - 2];
  if (made === 'WebSocket()' && WEBSOCKET_METHODS.has(method) && (path.root.kind === 'global' || (path.root.kind === 'module' && WEBSOCKET_MODULES.has(path.root.module)))) return true;
  const returnsPromise = (module: string): boolean => CALLBACK_CLIENT_PACKAGES.get(module)?.(method) ?? true;
  if (path.root.kind === 'module') return !returnsPromise(path.root.module);
  const imports = importedNames(call);
  if (imports.size === 0) return false;
  const isCallbackStyle = (name: string): boolean => !returnsPromise(imports.get(name) ?? '');
  const annotation = rootAnnotation(path, call);
  if (annotation !== null) return namesImport(annotation, isCallbackStyle);
  // `wss = new WebSocket.Server(...)` with no type written: the collection's owner is made by the package.
  const maker = path.root.kind === 'variable' ? iteratedOwnerMaker(path.root.variable, call) : null;
  return maker !== null && isCallbackStyle(maker);
}

/** A WebSocket's own methods (the WHATWG class's and ws's), none of which returns a promise. */
const SOCKET_METHODS: ReadonlySet<string> = new Set([...WEBSOCKET_METHODS, 'terminate', 'ping', 'pong']);

/**
 * A socket's method on a receiver whose written type is named as a WebSocket, whichever module
 * declares it (`client: WebSocketClient`, a project's alias of ws's socket; `ws: WebSocket` written
 * on a member of an interface of the file, the platform's class): every type named in it says so.
 */
export function isWebSocketTypedMethod(path: AccessPath, call: TSESTree.Node, method: string): boolean {
  if (!SOCKET_METHODS.has(method)) return false;
  const receiverIndex = path.names.length - 2;
  const rootIndex = path.root.kind === 'this' ? 1 : 0;
  const root = receiverIndex === rootIndex || receiverIndex === rootIndex + 1 ? (rootAnnotation(path, call) ?? (path.root.kind === 'variable' ? elementAnnotation(path.root.variable, call) : null)) : null;
  const member = path.names[rootIndex + 1];
  const written = receiverIndex === rootIndex ? root : root && member !== undefined ? memberAnnotation(root, member, call) : null;
  const references = written ? typeReferencesOf(written) : null;
  return (
    references?.every((reference) => {
      let name: TSESTree.EntityName = reference.typeName;
      while (name.type === AST_NODE_TYPES.TSQualifiedName) name = name.right;
      // A class or interface of the file says what its methods give (an async `send` of a JSON-RPC socket); an alias does not.
      const declared = reference.typeName.type === AST_NODE_TYPES.Identifier ? declarationsNamed(call, reference.typeName.name) : [];
      if (declared.some((declaration) => declaration.type === AST_NODE_TYPES.ClassDeclaration || declaration.type === AST_NODE_TYPES.TSInterfaceDeclaration)) return false;
      // A JSON-RPC client or provider over a socket (`WebSocketRpcClient`, `WebSocketProvider`) sends requests.
      return name.type === AST_NODE_TYPES.Identifier && /WebSocket/iu.test(name.name) && !/Rpc|Provider/u.test(name.name);
    }) ?? false
  );
}

/**
 * The element type written for a variable that holds an element of a collection: bound by a for-of
 * loop over it (`for (const client of pending)`, `of this.clients.values()`), or read out of it by key
 * (`const client = this.clients[id]`, `const connection = CONNECTIONS.get(id)`), where the collection's
 * written type names its elements (`Set<WebSocketClient>`, `WebSocketClient[]`, `Record<string, T>`,
 * `{ [id: string]: T }`, a `Map`'s values), on its declaration or in the `new` it is made with
 * (`new Set<WebSocketClient>(...)`).
 */
function elementAnnotation(variable: TSESLint.Scope.Variable, call: TSESTree.Node): TSESTree.TypeNode | null {
  const definition = variable.defs[0];
  const declarator = definition?.node;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id !== definition?.name) return null;
  const loop = declarator.parent.parent;
  let source: TSESTree.Node | null = null;
  let values = false;
  if (loop.type === AST_NODE_TYPES.ForOfStatement && loop.left === declarator.parent) {
    source = unwrapExpression(loop.right);
    // `of clients.values()`: the collection's values.
    if (source.type === AST_NODE_TYPES.CallExpression && source.arguments.length === 0 && source.callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(source.callee) === 'values') {
      source = unwrapExpression(source.callee.object);
      values = true;
    }
  } else if (declarator.init) {
    const init = unwrapExpression(declarator.init);
    // `clients[id]`, `clients.get(id)`.
    if (init.type === AST_NODE_TYPES.MemberExpression && init.computed) source = unwrapExpression(init.object);
    else if (init.type === AST_NODE_TYPES.CallExpression && init.callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(init.callee) === 'get' && init.arguments.length === 1) {
      source = unwrapExpression(init.callee.object);
      values = true;
    }
  }
  if (source === null) return null;
  const collection = collectionType(source, variable.scope, call);
  if (collection === null) return null;
  return collection.kind === 'made' ? referencedElement(collection.name, collection.params, values) : elementOf(collection.type, values);
}

/**
 * The type written for a collection read off a variable or a field of `this`: declared or cast to,
 * or the class and type arguments of the `new` it is made with (`new Set<WebSocketClient>(...)`).
 */
function collectionType(source: TSESTree.Node, scope: TSESLint.Scope.Scope, call: TSESTree.Node): { readonly kind: 'written'; readonly type: TSESTree.TypeNode } | { readonly kind: 'made'; readonly name: string; readonly params: readonly TSESTree.TypeNode[] } | null {
  let declared: TSESTree.TypeNode | null = null;
  let made: TSESTree.Expression | null = null;
  if (source.type === AST_NODE_TYPES.Identifier) {
    const found = lookUp(scope, source.name);
    if (!found) return null;
    declared = variableAnnotation(found);
    const declarator = found.defs[0]?.node;
    made = declarator?.type === AST_NODE_TYPES.VariableDeclarator ? declarator.init : null;
  } else if (source.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(source.object).type === AST_NODE_TYPES.ThisExpression) {
    const field = staticPropertyName(source);
    const body = enclosingClassBody(call);
    if (field === null || !body) return null;
    declared = fieldAnnotation(body, field);
    const member = body.body.find((item) => item.type === AST_NODE_TYPES.PropertyDefinition && !item.static && staticPropertyName(item) === field);
    made = member?.type === AST_NODE_TYPES.PropertyDefinition ? member.value : null;
  }
  if (declared) return { kind: 'written', type: declared };
  const created = made ? unwrapExpression(made) : null;
  if (created?.type !== AST_NODE_TYPES.NewExpression || !created.typeArguments) return null;
  const callee = unwrapExpression(created.callee);
  return callee.type === AST_NODE_TYPES.Identifier ? { kind: 'made', name: callee.name, params: created.typeArguments.params } : null;
}

/** The type of a collection type's elements (its values, for a `Map` read by key or a record); null for any other type. */
function elementOf(collection: TSESTree.TypeNode, values: boolean): TSESTree.TypeNode | null {
  if (collection.type === AST_NODE_TYPES.TSArrayType) return collection.elementType;
  if (collection.type === AST_NODE_TYPES.TSTypeLiteral) {
    const [only] = collection.members;
    return collection.members.length === 1 && only?.type === AST_NODE_TYPES.TSIndexSignature ? (only.typeAnnotation?.typeAnnotation ?? null) : null;
  }
  if (collection.type !== AST_NODE_TYPES.TSTypeReference || collection.typeName.type !== AST_NODE_TYPES.Identifier) return null;
  return referencedElement(collection.typeName.name, collection.typeArguments?.params ?? [], values);
}

function referencedElement(name: string, params: readonly TSESTree.TypeNode[], values: boolean): TSESTree.TypeNode | null {
  switch (name) {
    case 'Set':
    case 'ReadonlySet':
    case 'Array':
    case 'ReadonlyArray':
      return params.length === 1 ? (params[0] ?? null) : null;
    case 'Map':
    case 'ReadonlyMap':
      return params.length === 2 && values ? (params[1] ?? null) : null;
    case 'Record':
      return params.length === 2 ? (params[1] ?? null) : null;
    default:
      return null;
  }
}

/**
 * Database drivers' members that return no promise, whatever the receiver is called: node-postgres's
 * pool client `release()` (`const client = await pool.connect(); ... finally { client.release() }`),
 * mysql's and mysql2's `release()` and `destroy()` of a connection, and their escaping helpers;
 * ioredis's `disconnect()` and its builders. (Their queries stay what the receiver's name makes them;
 * mariadb's `release()` and node-redis's `disconnect()` return a promise.)
 */
const DRIVER_SYNCHRONOUS_MEMBERS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const postgres = new Set(['release', 'escapeIdentifier', 'escapeLiteral', 'setTypeParser', 'getTypeParser', 'ref', 'unref']);
  const mysql = new Set(['release', 'destroy', 'escape', 'escapeId', 'format', 'pause', 'resume', 'unprepare']);
  // ioredis: `disconnect()` closes at once (`quit()` waits, with a promise); a pipeline or transaction is built here.
  const ioredis = new Set(['disconnect', 'duplicate', 'pipeline', 'multi', 'defineCommand']);
  return new Map([
    ['ioredis', ioredis],
    ['pg', postgres],
    ['pg-pool', postgres],
    ['mysql', mysql],
    ['mysql2', mysql],
    ['mysql2/promise', mysql],
  ]);
})();

/**
 * A member of a database driver's object that returns no promise (`client.release()`): the path
 * starts at the driver's import (`const pool = new Pool(); const client = await pool.connect()`)
 * or at a receiver written with one of its types (`client: PoolClient` of `pg`).
 */
export function isDriverSynchronousMember(path: AccessPath, call: TSESTree.Node, method: string): boolean {
  const isSynchronousIn = (module: string): boolean => DRIVER_SYNCHRONOUS_MEMBERS.get(module)?.has(method) ?? false;
  if (path.root.kind === 'module') return isSynchronousIn(path.root.module);
  const imports = importedNames(call);
  if (imports.size === 0) return false;
  const written = rootAnnotation(path, call);
  if (written === null) return false;
  const isDriverType = (name: string): boolean => isSynchronousIn(imports.get(name) ?? '');
  // `(Redis & { ... }) | null`: the one type that is not nothing.
  const members = written.type === AST_NODE_TYPES.TSUnionType ? written.types.filter((member) => member.type !== AST_NODE_TYPES.TSNullKeyword && member.type !== AST_NODE_TYPES.TSUndefinedKeyword) : [written];
  const annotation = members.length === 1 ? (members[0] ?? written) : written;
  // `redis: Redis & { acquireLock: ... }`: the driver's type, with members written beside it (not the one called).
  if (annotation.type === AST_NODE_TYPES.TSIntersectionType) {
    const written = annotation.types.filter((part) => part.type === AST_NODE_TYPES.TSTypeLiteral);
    if (written.some((part) => part.members.some((member) => 'key' in member && staticPropertyName(member) === method))) return false;
    return annotation.types.some((part) => part.type !== AST_NODE_TYPES.TSTypeLiteral && namesImport(part, isDriverType));
  }
  return namesImport(annotation, isDriverType);
}

/**
 * A promise method of such a package, reached from its import (`await connectAsync(url)` or
 * `mqtt.connectAsync(url)` of MQTT.js, `io(url).emitWithAck(...)` of socket.io-client): a call to
 * the remote end, whatever the receiver is called.
 */
export function isCallbackClientPromiseMethod(path: AccessPath, method: string): boolean {
  return path.root.kind === 'module' && (CALLBACK_CLIENT_PACKAGES.get(path.root.module)?.(method) ?? false);
}

/** Whether a callee path starts at a receiver whose written type is imported from a module `isPackage` accepts (`api: Mock<API>` from moq.ts). */
export function isDeclaredFrom(path: AccessPath, call: TSESTree.Node, isPackage: (module: string) => boolean): boolean {
  const imports = importedNames(call);
  if (imports.size === 0) return false;
  const isLocal = (name: string): boolean => isPackage(imports.get(name) ?? '');
  const annotation = rootAnnotation(path, call);
  if (annotation === null) return false;
  if (namesImport(annotation, isLocal)) return true;
  // `options.api.updatePlatformAccessories(...)` with `options: UpdateOptions` and `interface
  // UpdateOptions { api: API }` in the file: the member's written type.
  const member = path.names[path.root.kind === 'this' ? 2 : 1];
  const written = member === undefined || path.names.length < (path.root.kind === 'this' ? 4 : 3) ? null : memberAnnotation(annotation, member, call);
  return written !== null && namesImport(written, isLocal);
}

/** The type written on a property of a type literal, or of an interface or type alias declared in the file. */
function memberAnnotation(type: TSESTree.TypeNode, name: string, call: TSESTree.Node): TSESTree.TypeNode | null {
  let members: readonly TSESTree.TypeElement[] | null = type.type === AST_NODE_TYPES.TSTypeLiteral ? type.members : null;
  if (type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier) {
    const declared = localTypeDeclaration(type.typeName.name, call);
    members = declared?.type === AST_NODE_TYPES.TSInterfaceDeclaration ? declared.body.body : declared?.typeAnnotation.type === AST_NODE_TYPES.TSTypeLiteral ? declared.typeAnnotation.members : null;
  }
  for (const member of members ?? []) {
    if (member.type === AST_NODE_TYPES.TSPropertySignature && staticPropertyName(member) === name) return member.typeAnnotation?.typeAnnotation ?? null;
  }
  return null;
}

/** An interface or type alias of the file, declared at its top level (exported or not). */
export function localTypeDeclaration(name: string, node: TSESTree.Node): TSESTree.TSInterfaceDeclaration | TSESTree.TSTypeAliasDeclaration | null {
  // The file's declaration index (ast's declarationsNamed), less those inside a namespace.
  const atTopLevel = (declaration: TSESTree.Node): boolean =>
    declaration.parent?.type === AST_NODE_TYPES.Program || (declaration.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration && declaration.parent.parent.type === AST_NODE_TYPES.Program);
  const found = declarationsNamed(node, name).find((declaration) => (declaration.type === AST_NODE_TYPES.TSInterfaceDeclaration || declaration.type === AST_NODE_TYPES.TSTypeAliasDeclaration) && atTopLevel(declaration));
  return found?.type === AST_NODE_TYPES.TSInterfaceDeclaration || found?.type === AST_NODE_TYPES.TSTypeAliasDeclaration ? found : null;
}

/** The type written on the declaration of the path's first name. */
function rootAnnotation(path: AccessPath, call: TSESTree.Node): TSESTree.TypeNode | null {
  if (path.root.kind === 'variable') return variableAnnotation(path.root.variable) ?? iteratedAnnotation(path.root.variable, call) ?? thisFieldAnnotation(path.root.variable, call);
  if (path.root.kind !== 'this') return null;
  const field = path.names[1];
  const body = enclosingClassBody(call);
  return field === undefined || !body ? null : fieldAnnotation(body, field);
}

/**
 * The type written for a path's root receiver itself: on its variable (or cast to) or, for `this.x`,
 * on the field; not an iterated collection's owner, whose type is not its elements'.
 */
export function receiverOwnType(path: AccessPath, call: TSESTree.Node): TSESTree.TypeNode | null {
  if (path.root.kind === 'variable') return variableAnnotation(path.root.variable);
  if (path.root.kind !== 'this') return null;
  const field = path.names[1];
  const body = enclosingClassBody(call);
  return field === undefined || !body ? null : fieldAnnotation(body, field);
}

function variableAnnotation(variable: TSESLint.Scope.Variable): TSESTree.TypeNode | null {
  const definition = variable.defs[0];
  const name = definition?.name;
  if (name?.type !== AST_NODE_TYPES.Identifier) return null;
  if (name.typeAnnotation) return name.typeAnnotation.typeAnnotation;
  // `const client = container.get(IRONIC) as IronicClient`: the type the value is cast to.
  const declarator = definition?.node;
  const init = declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id === name ? declarator.init : null;
  return init?.type === AST_NODE_TYPES.TSAsExpression || init?.type === AST_NODE_TYPES.TSTypeAssertion ? init.typeAnnotation : null;
}

/**
 * For a for-of binding, the type written on what the iterated collection is read from
 * (`for (const client of this.wss.clients)` → `wss`'s, `for (const s of server.sockets)` → `server`'s).
 */
function iteratedAnnotation(variable: TSESLint.Scope.Variable, call: TSESTree.Node): TSESTree.TypeNode | null {
  const owner = iteratedOwner(variable);
  if (owner?.kind === 'this') {
    const body = enclosingClassBody(call);
    return owner.field === null || !body ? null : fieldAnnotation(body, owner.field);
  }
  const found = owner?.kind === 'variable' ? lookUp(variable.scope, owner.name) : null;
  return found && found !== variable ? variableAnnotation(found) : null;
}

/** What a for-of binding's collection is read from: a field of `this`, or a variable (by name); null otherwise. */
function iteratedOwner(variable: TSESLint.Scope.Variable): { kind: 'this'; field: string | null } | { kind: 'variable'; name: string } | null {
  const declarator = variable.defs[0]?.node;
  const loop = declarator?.type === AST_NODE_TYPES.VariableDeclarator ? declarator.parent.parent : null;
  if (loop?.type !== AST_NODE_TYPES.ForOfStatement || loop.left !== declarator?.parent) return null;
  let owner = unwrapExpression(loop.right);
  let field: string | null = null;
  while (owner.type === AST_NODE_TYPES.MemberExpression) {
    field = staticPropertyName(owner);
    owner = unwrapExpression(owner.object);
  }
  if (owner.type === AST_NODE_TYPES.ThisExpression) return { kind: 'this', field };
  return owner.type === AST_NODE_TYPES.Identifier ? { kind: 'variable', name: owner.name } : null;
}

/**
 * For a for-of binding over a collection read off a field or variable declared without a type and
 * made with `new` (`wss = new WebSocket.Server(...)`, `for (const client of this.wss.clients)`):
 * the first name of the class made (`WebSocket`); null otherwise.
 */
function iteratedOwnerMaker(variable: TSESLint.Scope.Variable, call: TSESTree.Node): string | null {
  const owner = iteratedOwner(variable);
  let made: TSESTree.Expression | null = null;
  if (owner?.kind === 'this') {
    const member = owner.field === null ? undefined : enclosingClassBody(call)?.body.find((item) => item.type === AST_NODE_TYPES.PropertyDefinition && !item.static && staticPropertyName(item) === owner.field);
    made = member?.type === AST_NODE_TYPES.PropertyDefinition && !member.typeAnnotation ? member.value : null;
  } else if (owner?.kind === 'variable') {
    const found = lookUp(variable.scope, owner.name);
    const definition = found && found !== variable ? found.defs[0] : undefined;
    const declarator = definition?.node;
    if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id === definition?.name && !declarator.id.typeAnnotation) made = declarator.init;
  }
  const created = made ? unwrapExpression(made) : null;
  if (created?.type !== AST_NODE_TYPES.NewExpression) return null;
  let callee = unwrapExpression(created.callee);
  while (callee.type === AST_NODE_TYPES.MemberExpression) callee = unwrapExpression(callee.object);
  return callee.type === AST_NODE_TYPES.Identifier ? callee.name : null;
}

/**
 * A `const` read off `this` (`const api = this.api`, `const { api } = this`): the field's written
 * type; destructured from a variable (`const { api } = options`): its member's.
 */
function thisFieldAnnotation(variable: TSESLint.Scope.Variable, call: TSESTree.Node): TSESTree.TypeNode | null {
  const definition = variable.defs[0];
  const declarator = definition?.node;
  if (!definition || declarator?.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init || declarator.parent.kind !== 'const') return null;
  const init = unwrapExpression(declarator.init);
  let field: string | null = null;
  if (declarator.id === definition.name && init.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(init.object).type === AST_NODE_TYPES.ThisExpression) {
    field = staticPropertyName(init);
  } else if (declarator.id.type === AST_NODE_TYPES.ObjectPattern && init.type === AST_NODE_TYPES.ThisExpression) {
    const property = declarator.id.properties.find((item) => item.type === AST_NODE_TYPES.Property && item.value === definition.name);
    field = property?.type === AST_NODE_TYPES.Property ? staticPropertyName(property) : null;
  }
  else if (declarator.id.type === AST_NODE_TYPES.ObjectPattern && init.type === AST_NODE_TYPES.Identifier) {
    // `const { api } = options` with `options: UpdateOptions`: the member's written type.
    const property = declarator.id.properties.find((item) => item.type === AST_NODE_TYPES.Property && item.value === definition.name);
    const key = property?.type === AST_NODE_TYPES.Property ? staticPropertyName(property) : null;
    const source = lookUp(variable.scope, init.name);
    const annotation = source && source !== variable ? variableAnnotation(source) : null;
    return annotation && key !== null ? memberAnnotation(annotation, key, call) : null;
  }
  const body = field === null ? null : enclosingClassBody(call);
  return body && field !== null ? fieldAnnotation(body, field) : null;
}

/** The variable a name refers to from a scope, or null. */
function lookUp(from: TSESLint.Scope.Scope, name: string): TSESLint.Scope.Variable | null {
  for (let scope: TSESLint.Scope.Scope | null = from; scope; scope = scope.upper) {
    const found = scope.set.get(name);
    if (found) return found;
  }
  return null;
}

/**
 * `api: API` as a class field, or as a parameter property of the constructor; for a field declared
 * without a type, the type written on the constructor parameter it is given (`this.api = api`).
 */
function fieldAnnotation(body: TSESTree.ClassBody, field: string): TSESTree.TypeNode | null {
  for (const member of body.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.static && staticPropertyName(member) === field) {
      return member.typeAnnotation?.typeAnnotation ?? constructorArgumentAnnotation(body, field);
    }
  }
  return parameterProperty(body, field)?.typeAnnotation?.typeAnnotation ?? null;
}

/** `constructor(api: API) { this.api = api; }`: the type written on the parameter a field is set to. */
function constructorArgumentAnnotation(body: TSESTree.ClassBody, field: string): TSESTree.TypeNode | null {
  const constructor = constructorOf(body);
  if (!constructor) return null;
  for (const statement of constructor.body.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.AssignmentExpression) continue;
    const { left, right } = statement.expression;
    if (left.type !== AST_NODE_TYPES.MemberExpression || left.object.type !== AST_NODE_TYPES.ThisExpression || staticPropertyName(left) !== field || right.type !== AST_NODE_TYPES.Identifier) continue;
    const parameter = constructor.params.find((item) => item.type === AST_NODE_TYPES.Identifier && item.name === right.name);
    return parameter?.type === AST_NODE_TYPES.Identifier ? (parameter.typeAnnotation?.typeAnnotation ?? null) : null;
  }
  return null;
}

/** `API`, `hb.API`, `API | undefined`, `API | null`. */
function namesImport(type: TSESTree.TypeNode, isLocal: (name: string) => boolean): boolean {
  return (
    typeReferencesOf(type)?.every((reference) => {
      let name: TSESTree.EntityName = reference.typeName;
      while (name.type === AST_NODE_TYPES.TSQualifiedName) name = name.left;
      return name.type === AST_NODE_TYPES.Identifier && isLocal(name.name);
    }) ?? false
  );
}

/** Utility types that name what a function or class of a package makes: `ReturnType<typeof getOctokit>`. */
const MADE_TYPE_UTILITIES: ReadonlySet<string> = new Set(['ReturnType', 'InstanceType', 'Awaited']);

/**
 * The package whose client the one type written on a path's receiver itself names, or null: a type
 * imported by a name `isClient` accepts, written alone (`octokit: Octokit` of `@octokit/rest`,
 * `docker: Docker` of dockerode's default export; not `Docker.ContainerInfo`, a type below it, nor
 * another export of the package, `RestEndpointMethodTypes`), or what a value it exports makes
 * (`ReturnType<typeof getOctokit>`, `InstanceType<typeof Octokit>`), also through a type alias of the file.
 */
export function receiverTypePackage(path: AccessPath, call: TSESTree.Node, isClient: (module: string, imported: string) => boolean): string | null {
  let type = receiverOwnType(path, call);
  for (let depth = 0; type && depth < 4; depth++) {
    if (type.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier) return null;
    const name = type.typeName.name;
    const binding = importedBinding(call, name);
    if (binding) return isClient(binding.module, binding.imported) ? binding.module : null;
    const [argument] = type.typeArguments?.params ?? [];
    if (MADE_TYPE_UTILITIES.has(name) && argument) {
      if (argument.type === AST_NODE_TYPES.TSTypeQuery) {
        const made = argument.exprName.type === AST_NODE_TYPES.Identifier ? importedBinding(call, argument.exprName.name) : null;
        return made && made.imported !== '*' ? made.module : null;
      }
      type = argument;
      continue;
    }
    type = typeAliasOf(call, name)?.typeAnnotation ?? null;
  }
  return null;
}

/**
 * The name of the one type written on the declaration of a path's receiver (`balena: BalenaSDK`,
 * `private readonly ironic: IronicClient`, `sdk: sdk.Client | undefined` → `Client`), or null.
 */
export function writtenReceiverType(path: AccessPath, call: TSESTree.Node): string | null {
  const annotation = rootAnnotation(path, call);
  const references = annotation ? typeReferencesOf(annotation) : null;
  if (references?.length !== 1) return null;
  const name = (references[0] as TSESTree.TSTypeReference).typeName;
  return name.type === AST_NODE_TYPES.TSQualifiedName ? name.right.name : name.type === AST_NODE_TYPES.Identifier ? name.name : null;
}
