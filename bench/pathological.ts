/**
 * Pathological inputs for the scaling measurements: one function per file that grows in length at
 * a fixed nesting depth, one shape per engine. Each size doubles the previous one, so a linear
 * engine takes about twice the time per step.
 *
 * - `branches` (code-path): sequential `if`s testing node state, with checks, actions and exits;
 * - `loops` (code-path): labelled nested loops (depth 3) with break and continue, in sequence;
 * - `straight` (code-path, matching): straight-line statements, calls, checks, actions and logs;
 * - `chain` (value-flow): a secret carried through a chain of consts and template literals,
 *   logged every few steps and at the end;
 * - `accumulate` (value-flow): one `let` message grown by reassignment and logged at every step;
 * - `aliases` (matching): log and client calls through aliases and destructuring;
 * - `collections` (code-path, matching): API promises pushed into an array and handled by one
 *   `Promise.allSettled`, and checks destructured out of one `Promise.all`.
 *
 * Every file declares the types it uses, so it also type-checks on its own.
 */
export type Engine = 'code-path' | 'matching' | 'value-flow';

export interface PathologicalShape {
  readonly name: string;
  readonly engines: readonly Engine[];
  readonly description: string;
  /** The unit `n` counts. */
  readonly unit: string;
  readonly sizes: readonly number[];
  render(n: number): string;
}

const PRELUDE = `interface Node {
  id: string;
  name: string;
  provisionState: string;
  powerState: string | null;
  isMaintenance: boolean;
  properties: Record<string, string>;
}
interface Instance {
  uuid: string;
  nodeId: string;
}
interface Port {
  id: string;
  address: string;
  pxeEnabled: boolean;
  retries: number;
}
interface Credentials {
  username: string;
  password: string;
}
interface Client {
  getNode(id: string): Promise<Node>;
  validateInstanceAndNode(instance: Instance): Promise<Node>;
  setNodePowerState(id: string, state: string): Promise<void>;
  setNodeProvisionState(id: string, target: string): Promise<void>;
  updateNode(id: string, patch: { path: string; value: string }[]): Promise<Node>;
  attachVifToNode(id: string, vifId: string): Promise<void>;
}
interface Logger {
  debug(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  warning(message: string, context?: Record<string, unknown>): void;
}
declare const LOG: Logger;
`;

function fn(signature: string, body: readonly string[]): string {
  return `${PRELUDE}\nexport ${signature} {\n${body.map((line) => `  ${line}`).join('\n')}\n}\n`;
}

const BRANCH_BODIES: readonly ((i: number) => string[])[] = [
  // a check, then the action it guards
  (i) => [
    `if (node.provisionState === 'state-${String(i)}') {`,
    `  const fresh = await client.getNode(node.id);`,
    `  await client.setNodePowerState(fresh.id, 'power on');`,
    `}`,
  ],
  // a state test whose failing branch exits, then an action
  (i) => [
    `if (node.powerState === 'power-${String(i)}') {`,
    `  if (node.isMaintenance) throw new Error('node ${String(i)} in maintenance');`,
    `  await client.setNodeProvisionState(node.id, 'deleted');`,
    `}`,
  ],
  // a log and an early return
  (i) => [
    `if (node.properties['k${String(i)}'] === 'stop') {`,
    `  LOG.debug(\`branch ${String(i)} stops at \${node.id}\`);`,
    `  return;`,
  `}`,
  ],
  // an action with no check on this path
  (i) => [
    `if (node.name === 'n${String(i)}') {`,
    `  await client.setNodeProvisionState(node.id, 'rescue');`,
    `} else {`,
    `  checked = await client.validateInstanceAndNode(instance);`,
    `}`,
  ],
];

const branches: PathologicalShape = {
  name: 'branches',
  engines: ['code-path'],
  description: 'sequential ifs on node state with checks, exits and actions (depth 2)',
  unit: 'branches',
  sizes: [500, 1000, 2000, 4000],
  render: (n) => {
    const body: string[] = ['let checked = await client.validateInstanceAndNode(instance);'];
    for (let i = 0; i < n; i++) body.push(...(BRANCH_BODIES[i % BRANCH_BODIES.length] as (i: number) => string[])(i));
    body.push(`await client.setNodePowerState(checked.id, 'power off');`);
    return fn('async function branches(client: Client, instance: Instance, node: Node): Promise<void>', body);
  },
};

const loops: PathologicalShape = {
  name: 'loops',
  engines: ['code-path'],
  description: 'labelled loop nests (depth 3) with break and continue, in sequence',
  unit: 'loop nests',
  sizes: [125, 250, 500, 1000],
  render: (n) => {
    const body: string[] = ['const node = await client.getNode(nodeId);', 'let pending = ports.length;'];
    for (let i = 0; i < n; i++) {
      const label = `outer${String(i)}`;
      body.push(
        `${label}: for (const port of ports) {`,
        `  if (port.pxeEnabled) continue;`,
        `  for (let attempt = 0; attempt < port.retries; attempt++) {`,
        `    if (attempt > ${String((i % 5) + 1)}) break ${label};`,
        `    if (port.address === '') continue;`,
        `    await client.attachVifToNode(node.id, port.id);`,
        `  }`,
        `  while (pending > 0) {`,
        `    pending--;`,
        `    if (pending % ${String((i % 3) + 2)} === 0) break;`,
        `  }`,
        `}`,
      );
    }
    return fn('async function loops(client: Client, nodeId: string, ports: readonly Port[]): Promise<number>', [...body, 'return pending;']);
  },
};

const STRAIGHT_STATEMENTS: readonly ((i: number) => string)[] = [
  (i) => `const v${String(i)} = node.properties['p${String(i)}'] ?? '';`,
  (i) => `total += v${String(i - 1)}.length + ${String(i)};`,
  (i) => `LOG.debug(\`step ${String(i)} of \${node.id}: \${String(total)}\`);`,
  (i) => `node = await client.getNode(node.id + '${String(i % 10)}');`,
  (i) => `await client.updateNode(node.id, [{ path: '/extra/s${String(i)}', value: String(total) }]);`,
];

const straight: PathologicalShape = {
  name: 'straight',
  engines: ['code-path', 'matching'],
  description: 'straight-line statements: reads, arithmetic, logs, checks and actions',
  unit: 'statements',
  sizes: [625, 1250, 2500, 5000],
  render: (n) => {
    const body: string[] = ['let node = await client.getNode(nodeId);', 'let total = 0;'];
    for (let i = 0; i < n; i++) body.push((STRAIGHT_STATEMENTS[i % STRAIGHT_STATEMENTS.length] as (i: number) => string)(i));
    return fn('async function straight(client: Client, nodeId: string): Promise<number>', [...body, 'return total;']);
  },
};

const chain: PathologicalShape = {
  name: 'chain',
  engines: ['value-flow'],
  description: 'a secret through a chain of consts and template literals, logged every 25 steps',
  unit: 'assignments',
  sizes: [500, 1000, 2000, 4000],
  render: (n) => {
    const body: string[] = ['const s0 = creds.password;'];
    for (let i = 1; i <= n; i++) {
      const previous = `s${String(i - 1)}`;
      body.push(i % 2 === 0 ? `const s${String(i)} = \`\${${previous}}:${String(i)}\`;` : `const s${String(i)} = ${previous} + '-${String(i)}';`);
      if (i % 25 === 0) body.push(`LOG.debug(\`step ${String(i)}: \${s${String(i)}}\`);`);
    }
    body.push(`LOG.info(\`done: \${s${String(n)}}\`, { user: creds.username });`);
    return fn('function chain(creds: Credentials): void', body);
  },
};

const accumulate: PathologicalShape = {
  name: 'accumulate',
  engines: ['value-flow'],
  description: 'one let message grown by reassignment and logged at every step',
  unit: 'reassignments',
  sizes: [500, 1000, 2000, 4000],
  render: (n) => {
    const body: string[] = ['let message = `login ${creds.username}`;'];
    for (let i = 1; i <= n; i++) {
      body.push(i % 2 === 0 ? `message = \`\${message} step ${String(i)}\`;` : `message += ' ${String(i)}';`);
      body.push(i % 100 === 0 ? 'message = message + creds.password;' : `LOG.debug(message);`);
    }
    return fn('function accumulate(creds: Credentials): void', body);
  },
};

const aliases: PathologicalShape = {
  name: 'aliases',
  engines: ['matching'],
  description: 'log and client calls through aliases and destructuring',
  unit: 'calls',
  sizes: [625, 1250, 2500, 5000],
  render: (n) => {
    const body: string[] = [
      'const log = LOG;',
      'const { debug } = log;',
      'const api = client;',
      'const { getNode } = api;',
      'const sdk = { client: api };',
    ];
    for (let i = 0; i < n; i++) {
      const id = `'node-${String(i)}'`;
      switch (i % 5) {
        case 0:
          body.push(`log.info(\`call ${String(i)}\`);`);
          break;
        case 1:
          body.push(`debug(\`call ${String(i)} \${creds.username}\`);`);
          break;
        case 2:
          body.push(`await getNode.call(api, ${id});`);
          break;
        case 3:
          body.push(`await sdk.client.setNodePowerState(${id}, 'power on');`);
          break;
        default:
          body.push(`void api.updateNode(${id}, []);`);
      }
    }
    return fn('async function aliases(client: Client, creds: Credentials): Promise<void>', body);
  },
};

const collections: PathologicalShape = {
  name: 'collections',
  engines: ['code-path', 'matching'],
  description: 'API promises pushed into one array, and checks destructured out of one Promise.all',
  unit: 'promises',
  sizes: [500, 1000, 2000, 4000],
  render: (n) => {
    const half = Math.floor(n / 2);
    const names = Array.from({ length: half }, (_, i) => `node${String(i)}`);
    const body: string[] = ['const pending: Promise<unknown>[] = [];'];
    for (let i = 0; i < half; i++) body.push(`pending.push(client.updateNode('node-${String(i)}', []));`);
    body.push(`const [${names.join(', ')}] = await Promise.all([`);
    for (let i = 0; i < half; i++) body.push(`  client.getNode('node-${String(i)}'),`);
    body.push(']);');
    for (let i = 0; i < half; i += 50) body.push(`await client.setNodePowerState(node${String(i)}.id, 'power on');`);
    body.push('await Promise.allSettled(pending);');
    return fn('async function collections(client: Client): Promise<void>', body);
  },
};

export const PATHOLOGICAL_SHAPES: readonly PathologicalShape[] = [branches, loops, straight, chain, accumulate, aliases, collections];

export function shapeNamed(name: string): PathologicalShape {
  const shape = PATHOLOGICAL_SHAPES.find((candidate) => candidate.name === name);
  if (!shape) throw new Error(`Unknown pathological shape ${name}: ${PATHOLOGICAL_SHAPES.map((s) => s.name).join(', ')}`);
  return shape;
}
