/**
 * A driver-like TypeScript corpus, generated deterministically from a seed.
 *
 * The shape follows the example driver: a small SDK (types, errors, a client interface, a logger)
 * and many driver classes whose methods call the client, log (some of them secrets), change node
 * state with and without the checks before it, branch, loop with break and continue, poll, switch
 * on states and translate errors in try/catch. The files type-check under `strict`, so typed runs
 * measure what a real project costs.
 *
 * Usage: `node --import tsx bench/generate-corpus.ts <10k|50k|200k|lines> [--seed n]` writes
 * bench/corpus/<size>/ (git-ignored).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Random } from './random.js';
import { createRandom } from './random.js';

export const CORPUS_SIZES = { '10k': 10_000, '50k': 50_000, '200k': 200_000 } as const;
export type CorpusSize = keyof typeof CORPUS_SIZES;
export const DEFAULT_SEED = 20_260_601;
export const CORPUS_ROOT = path.join(import.meta.dirname, 'corpus');

export interface GeneratedFile {
  /** Relative to the corpus directory, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

export interface CorpusOptions {
  readonly seed: number;
  /** Lines to reach, counting every file; the corpus stops at the first file that reaches it. */
  readonly lines: number;
}

export interface Corpus {
  readonly files: readonly GeneratedFile[];
  readonly lines: number;
}

const LINES_PER_FILE = 400;

export function generateCorpus(options: CorpusOptions): Corpus {
  const random = createRandom(options.seed);
  const files: GeneratedFile[] = [
    { path: 'package.json', text: `${JSON.stringify({ name: 'generated-driver-corpus', private: true, type: 'module' }, null, 2)}\n` },
    { path: 'tsconfig.json', text: TSCONFIG },
    { path: 'src/sdk/types.ts', text: SDK_TYPES },
    { path: 'src/sdk/log.ts', text: SDK_LOG },
    { path: 'src/sdk/util.ts', text: SDK_UTIL },
  ];
  let lines = files.reduce((sum, file) => sum + countLines(file.text), 0);
  for (let index = 1; lines < options.lines; index++) {
    const noun = random.pick(FILE_NOUNS);
    const text = driverFile(random, `${capitalize(noun)}${String(index)}`, Math.min(LINES_PER_FILE, options.lines - lines));
    files.push({ path: `src/drivers/${noun}-${String(index).padStart(4, '0')}.ts`, text });
    lines += countLines(text);
  }
  return { files, lines };
}

/** Writes a corpus into `dir`, replacing its sources; returns the directory. */
export function writeCorpus(dir: string, corpus: Corpus): string {
  rmSync(path.join(dir, 'src'), { recursive: true, force: true });
  for (const file of corpus.files) {
    const target = path.join(dir, ...file.path.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  return dir;
}

/** The corpus of a named size under bench/corpus/, generated unless already there for this seed. */
export function ensureCorpus(size: CorpusSize | number, seed = DEFAULT_SEED, root = CORPUS_ROOT): { dir: string; lines: number; files: number } {
  const name = typeof size === 'number' ? `${String(size)}-lines` : size;
  const lines = typeof size === 'number' ? size : CORPUS_SIZES[size];
  const dir = path.join(root, name);
  const corpus = generateCorpus({ seed, lines });
  const stamp = JSON.stringify({ seed, lines, digest: digest(corpus) });
  const stampFile = path.join(dir, '.generated.json');
  let existing = '';
  try {
    existing = readFileSync(stampFile, 'utf8');
  } catch {
    // not generated yet
  }
  if (existing !== stamp) {
    writeCorpus(dir, corpus);
    writeFileSync(stampFile, stamp);
  }
  return { dir, lines: corpus.lines, files: corpus.files.filter((file) => file.path.endsWith('.ts')).length };
}

export function countLines(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  return text.length > 0 && !text.endsWith('\n') ? count + 1 : count;
}

/** A cheap content digest (FNV-1a over every file) to tell whether a corpus on disk is current. */
export function digest(corpus: Corpus): string {
  let hash = 0x811c9dc5;
  for (const file of corpus.files) {
    for (const text of [file.path, file.text]) {
      for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
    }
  }
  return hash.toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------------------------------------
// The fixed part: the SDK every driver file imports.

const TSCONFIG = `${JSON.stringify(
  {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022'],
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      types: ['node'],
      noEmit: true,
      skipLibCheck: true,
    },
    include: ['src/**/*.ts'],
  },
  null,
  2,
)}\n`;

const SDK_TYPES = `/** The bare metal SDK as the drivers see it. */
export const PowerState = {
  ON: 'power on',
  OFF: 'power off',
  REBOOT: 'rebooting',
  SOFT_OFF: 'soft power off',
} as const;
export type PowerStateValue = (typeof PowerState)[keyof typeof PowerState];

export const ProvisionState = {
  ACTIVE: 'active',
  AVAILABLE: 'available',
  DEPLOYING: 'deploying',
  DEPLOYWAIT: 'wait call-back',
  DEPLOYFAIL: 'deploy failed',
  CLEANING: 'cleaning',
  CLEANFAIL: 'clean failed',
  DELETED: 'deleted',
  RESCUE: 'rescue',
  UNRESCUE: 'unrescue',
  ERROR: 'error',
} as const;
export type ProvisionStateValue = (typeof ProvisionState)[keyof typeof ProvisionState];

export const UNPROVISION_STATES: readonly string[] = [
  ProvisionState.ACTIVE,
  ProvisionState.DEPLOYFAIL,
  ProvisionState.ERROR,
  ProvisionState.DEPLOYWAIT,
  ProvisionState.CLEANFAIL,
];

export interface DriverInfo {
  ipmiAddress: string;
  ipmiUsername: string;
  ipmiPassword: string;
  deployKernel: string;
  deployRamdisk: string;
}

export interface Node {
  id: string;
  uuid: string;
  name: string;
  powerState: string | null;
  targetPowerState: string | null;
  provisionState: string;
  targetProvisionState: string | null;
  isMaintenance: boolean;
  maintenanceReason: string | null;
  instanceId: string | null;
  lastError: string | null;
  properties: Record<string, string>;
  driverInfo: DriverInfo;
  extra: Record<string, string>;
}

export interface Port {
  id: string;
  address: string;
  nodeId: string;
  pxeEnabled: boolean;
  vifId: string | null;
}

export interface Instance {
  uuid: string;
  name: string;
  host: string;
  nodeId: string;
  adminPass: string;
  flavorId: string;
  metadata: Record<string, string>;
}

export interface Credentials {
  username: string;
  password: string;
  authToken: string;
  projectId: string;
}

export interface InterfaceResult {
  result: boolean;
  reason: string | null;
}

export interface NodeValidation {
  boot: InterfaceResult;
  deploy: InterfaceResult;
  power: InterfaceResult;
  console: InterfaceResult;
}

export interface PatchOp {
  op: 'add' | 'replace' | 'remove';
  path: string;
  value?: unknown;
}

export interface ConsoleInfo {
  url: string;
  type: string;
  enabled: boolean;
}

export interface DriverConfig {
  apiRetries: number;
  retryInterval: number;
  consoleTimeout: number;
  partitionKey: string | null;
  credentials: Credentials;
  enabled: boolean;
}

export interface BaremetalClient {
  getNode(id: string): Promise<Node>;
  listNodes(filter?: Record<string, string>): Promise<Node[]>;
  validateInstanceAndNode(instance: Instance): Promise<Node>;
  validateNode(id: string): Promise<NodeValidation>;
  setNodePowerState(id: string, state: PowerStateValue): Promise<void>;
  setNodeProvisionState(id: string, target: string, options?: { configDrive?: string; rescuePassword?: string }): Promise<void>;
  updateNode(id: string, patch: PatchOp[]): Promise<Node>;
  listPorts(nodeId: string): Promise<Port[]>;
  attachVifToNode(id: string, vifId: string): Promise<void>;
  detachVifFromNode(id: string, vifId: string): Promise<void>;
  setNodeMaintenance(id: string, reason: string): Promise<void>;
  unsetNodeMaintenance(id: string): Promise<void>;
  injectNmiToNode(id: string): Promise<void>;
  enableNodeConsole(id: string): Promise<void>;
  getNodeConsole(id: string): Promise<ConsoleInfo>;
  deleteNode(id: string): Promise<void>;
  createVolumeTarget(spec: { nodeId: string; volumeId: string; bootIndex: number }): Promise<void>;
}

export class SdkError extends Error {
  constructor(message: string, readonly statusCode: number) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends SdkError {}
export class ConflictError extends SdkError {}
export class BadRequestError extends SdkError {}

export class DriverError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class InstanceNotFound extends DriverError {}
export class DeployFailure extends DriverError {}
export class ValidationFailure extends DriverError {}
`;

const SDK_LOG = `/** A logger in the style of oslo.log. */
export interface LogContext {
  [key: string]: unknown;
}

export interface Logger {
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  warning(message: string, context?: LogContext): void;
  error(message: string, context?: LogContext): void;
  exception(message: string, context?: LogContext): void;
}

export function getLogger(name: string): Logger {
  const emit = (level: string, message: string, context?: LogContext): void => {
    const suffix = context === undefined ? '' : \` \${JSON.stringify(context)}\`;
    process.stderr.write(\`\${level} \${name}: \${message}\${suffix}\\n\`);
  };
  return {
    debug: (message, context) => emit('DEBUG', message, context),
    info: (message, context) => emit('INFO', message, context),
    warning: (message, context) => emit('WARNING', message, context),
    error: (message, context) => emit('ERROR', message, context),
    exception: (message, context) => emit('ERROR', message, context),
  };
}
`;

const SDK_UTIL = `/** Helpers shared by the drivers. */
export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

export function maskPassword(text: string): string {
  return text.replace(/(password|token)=[^&\\s]*/giu, '$1=***');
}

export async function retry<T>(operation: () => Promise<T>, attempts: number): Promise<T> {
  let lastError: unknown = null;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await operation();
    } catch (error) {
      lastError = error;
      await sleep(attempt * 100);
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
`;

// ---------------------------------------------------------------------------------------------
// The generated part: driver classes made of method templates.

const FILE_NOUNS = ['power', 'deploy', 'rescue', 'network', 'console', 'volume', 'cleaning', 'inventory', 'maintenance', 'firmware'];
const SUBJECTS = ['node', 'port', 'instance', 'vif', 'volume', 'console', 'flavor', 'image', 'host', 'bios', 'raid', 'trait'];
const WORDS = ['primary', 'spare', 'boot', 'fallback', 'managed', 'legacy', 'remote', 'local', 'tenant', 'shared'];
const PROPERTIES = ['cpus', 'memoryMb', 'localGb', 'cpuArch', 'capabilities', 'vendor', 'bootMode', 'rootDevice'];

const IMPORTS = `import {
  BadRequestError,
  ConflictError,
  DeployFailure,
  DriverError,
  InstanceNotFound,
  NotFoundError,
  PowerState,
  ProvisionState,
  UNPROVISION_STATES,
  ValidationFailure,
} from '../sdk/types.js';
import type { BaremetalClient, ConsoleInfo, DriverConfig, Instance, Node, PatchOp, Port } from '../sdk/types.js';
import { getLogger } from '../sdk/log.js';
import { maskPassword, retry, sleep } from '../sdk/util.js';
`;

type Template = (random: Random, name: string) => string;

interface WeightedTemplate {
  readonly weight: number;
  readonly prefix: readonly string[];
  readonly render: Template;
}

function driverFile(random: Random, className: string, budget: number): string {
  const out: string[] = [
    `/** Generated driver: ${className}. */`,
    IMPORTS,
    `const LOG = getLogger('drivers.${className.toLowerCase()}');`,
    '',
    `const RETRY_LIMIT = ${String(random.int(3, 12))};`,
    '',
  ];
  let helperCount = 0;
  for (let count = random.int(1, 3); helperCount < count; helperCount++) out.push(helperFunction(random, helperCount));
  out.push(`export class ${className}Driver {`);
  out.push('  private readonly cache = new Map<string, Node>();');
  out.push('');
  out.push('  constructor(');
  out.push('    private readonly client: BaremetalClient,');
  out.push('    private readonly conf: DriverConfig,');
  out.push('  ) {}');
  // Every class has `refresh`, which the other methods call (sometimes without await).
  out.push('', indent(refresh(random, 'refresh'), 2));
  let lines = countLines(out.join('\n'));
  const used = new Set<string>(['refresh']);
  let methods = 0;
  while (lines < budget - 10 || methods < 2) {
    const template = pickWeighted(random, TEMPLATES);
    let name = `${random.pick(template.prefix)}${capitalize(random.pick(SUBJECTS))}`;
    while (used.has(name)) name = `${name}${String(random.int(2, 9))}`;
    used.add(name);
    const method = template.render(random, name);
    out.push('', indent(method, 2));
    lines += countLines(method) + 1;
    methods++;
  }
  out.push(`}`);
  return `${out.join('\n')}\n`;
}

function pickWeighted(random: Random, templates: readonly WeightedTemplate[]): WeightedTemplate {
  const total = templates.reduce((sum, template) => sum + template.weight, 0);
  let roll = random.next() * total;
  for (const template of templates) {
    roll -= template.weight;
    if (roll < 0) return template;
  }
  return templates[templates.length - 1] as WeightedTemplate;
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line.length > 0 ? pad + line : line))
    .join('\n');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function helperFunction(random: Random, index: number): string {
  switch (random.int(0, 2)) {
    case 0:
      return `export function describeNode${String(index)}(node: Node): string {
  const state = node.provisionState === ProvisionState.ACTIVE ? 'in use' : node.provisionState;
  return \`\${node.name} (\${node.id}) is \${state}, power \${String(node.powerState)}\`;
}
`;
    case 1:
      return `function capacity${String(index)}(node: Node): number {
  const cpus = Number(node.properties['cpus'] ?? '0');
  const memory = Number(node.properties['memoryMb'] ?? '0');
  let score = 0;
  for (let i = 0; i < cpus; i++) {
    score += i % 2 === 0 ? memory / (i + 1) : ${String(random.int(2, 64))};
  }
  return Math.round(score);
}
`;
    default:
      return `function isDeployable${String(index)}(node: Node, instance: Instance): boolean {
  if (node.isMaintenance || node.instanceId !== null) return false;
  const wanted = instance.metadata['${random.pick(PROPERTIES)}'];
  return wanted === undefined || node.properties['${random.pick(PROPERTIES)}'] === wanted;
}
`;
  }
}

/** A power action after the instance-and-node check, with its errors translated. */
const powerAction: Template = (random, name) => {
  const state = random.pick(['ON', 'OFF', 'REBOOT', 'SOFT_OFF']);
  const unawaited = random.chance(0.08);
  return `async ${name}(instance: Instance): Promise<void> {
  const node = await this.client.validateInstanceAndNode(instance);
  LOG.debug(\`Setting power state ${state.toLowerCase()} on node \${node.id}\`, { instance: instance.uuid });
  if (node.isMaintenance) {
    throw new DriverError(\`Node \${node.id} is in maintenance: \${String(node.maintenanceReason)}\`);
  }
  try {
    await this.client.setNodePowerState(node.id, PowerState.${state});
  } catch (error) {
    if (error instanceof ConflictError) {
      LOG.warning(\`Node \${node.id} is locked, will retry\`, { instance: instance.uuid });
      return;
    }
    throw new DriverError(\`Failed to set power state of node \${node.id}\`, { cause: error });
  }
  ${unawaited ? 'this.refresh(node.id);' : 'await this.refresh(node.id);'}
  LOG.info(\`Power state of \${node.name} is now ${state.toLowerCase()}\`);
}`;
};

/** Deploy: existence check, validation results tested, config drive, provision to active. */
const deploy: Template = (random, name) => {
  const leakDrive = random.chance(0.2);
  return `async ${name}(instance: Instance, configDrive: string): Promise<void> {
  const node = await this.client.getNode(instance.nodeId);
  if (node.instanceId !== null && node.instanceId !== instance.uuid) {
    throw new ValidationFailure(\`Node \${node.id} belongs to \${node.instanceId}\`);
  }
  const validation = await this.client.validateNode(node.id);
  if (!validation.deploy.result || !validation.power.result) {
    throw new ValidationFailure(
      \`Validation of node \${node.id} failed: deploy \${String(validation.deploy.reason)}, power \${String(validation.power.reason)}\`,
    );
  }
  ${leakDrive ? 'LOG.debug(`Deploying with config drive ${configDrive}`);' : "LOG.debug(`Deploying instance ${instance.uuid} to node ${node.id}`);"}
  try {
    await this.client.setNodeProvisionState(node.id, ProvisionState.ACTIVE, { configDrive });
  } catch (error) {
    if (error instanceof BadRequestError) {
      throw new DeployFailure(\`Node \${node.id} rejected the deploy: \${error.message}\`, { cause: error });
    }
    LOG.error(\`Deploy of instance \${instance.uuid} failed\`, { node: node.id });
    throw error;
  }
  for (let attempt = 0; attempt < ${String(random.int(5, 40))}; attempt++) {
    const current = await this.client.getNode(node.id);
    if (current.provisionState === ProvisionState.ACTIVE) break;
    if (current.provisionState === ProvisionState.DEPLOYFAIL) {
      throw new DeployFailure(\`Deploy failed on node \${node.id}: \${String(current.lastError)}\`);
    }
    await sleep(this.conf.retryInterval);
  }
}`;
};

/** An action with no check before it (as rescue and unrescue are in the real driver). */
const uncheckedAction: Template = (random, name) => {
  const target = random.pick(['RESCUE', 'UNRESCUE', 'DELETED']);
  const leak = random.chance(0.3);
  return `async ${name}(instance: Instance, rescuePassword: string): Promise<void> {
  LOG.info(\`Moving instance \${instance.uuid} to ${target.toLowerCase()}\`);
  ${leak ? 'LOG.debug(`Rescue password for ${instance.name} is ${rescuePassword}`);' : "LOG.debug(`Rescue requested for ${instance.name}`);"}
  try {
    await this.client.setNodeProvisionState(instance.nodeId, ProvisionState.${target}, { rescuePassword });
  } catch (error) {
    throw new DriverError(\`Failed to move instance \${instance.uuid} to ${target.toLowerCase()}\`, { cause: error });
  }
}`;
};

/** Logging around credentials: masked, leaked through a template, an object or a chain of values. */
const credentials: Template = (random, name) => {
  switch (random.int(0, 5)) {
    case 0:
      return `${name}(node: Node): void {
  const info = node.driverInfo;
  LOG.debug(\`IPMI for \${node.id}: \${info.ipmiAddress} as \${info.ipmiUsername} with \${info.ipmiPassword}\`);
}`;
    case 1:
      return `${name}(node: Node): string {
  const info = node.driverInfo;
  const url = \`ipmi://\${info.ipmiUsername}:\${info.ipmiPassword}@\${info.ipmiAddress}\`;
  LOG.debug(maskPassword(\`connecting with password=\${info.ipmiPassword}\`));
  return url;
}`;
    case 2:
      return `${name}(): void {
  const creds = this.conf.credentials;
  LOG.info('Authenticating to the bare metal service', { user: creds.username, password: creds.password, project: creds.projectId });
}`;
    case 3:
      return `${name}(): Record<string, string> {
  const creds = this.conf.credentials;
  const basic = \`\${creds.username}:\${creds.password}\`;
  const header = 'Basic ' + Buffer.from(basic).toString('base64');
  const headers: Record<string, string> = { authorization: header, 'x-project': creds.projectId };
  LOG.debug(\`Request headers \${JSON.stringify(headers)}\`);
  return headers;
}`;
    case 4:
      return `${name}(node: Node): void {
  const names = Object.keys(node.driverInfo).filter((key) => key !== 'ipmiPassword');
  LOG.debug(\`Driver info of \${node.id} has \${String(names.length)} fields: \${names.join(', ')}\`);
  LOG.info(\`Node \${node.name} uses kernel \${node.driverInfo.deployKernel}\`);
}`;
    default:
      return `${name}(instance: Instance): void {
  const prefix = \`[instance: \${instance.uuid}]\`;
  let message = \`\${prefix} \${instance.name} on \${instance.host}\`;
  if (instance.metadata['debug'] === 'true') {
    message += \` admin \${instance.adminPass}\`;
  }
  LOG.debug(message);
}`;
  }
};

/** Plugging VIFs: a loop over ports with continue, break and a translated conflict. */
const plugVifs: Template = (random, name) => `async ${name}(instance: Instance, vifIds: readonly string[]): Promise<number> {
  const node = await this.client.validateInstanceAndNode(instance);
  const ports: Port[] = await this.client.listPorts(node.id);
  let plugged = 0;
  for (const vifId of vifIds) {
    if (vifId.length === 0) continue;
    if (plugged >= ports.length) {
      LOG.warning(\`No free port on node \${node.id} for VIF \${vifId}\`);
      break;
    }
    const port = ports.find((candidate) => candidate.vifId === null && candidate.pxeEnabled === ${random.chance(0.5) ? 'true' : 'false'});
    if (port === undefined) continue;
    try {
      await this.client.attachVifToNode(node.id, vifId);
      plugged++;
    } catch (error) {
      if (error instanceof ConflictError) {
        LOG.debug(\`VIF \${vifId} already attached to \${node.id}\`);
        continue;
      }
      throw new DriverError(\`Cannot attach VIF \${vifId} to node \${node.id}\`, { cause: error });
    }
  }
  return plugged;
}`;

/** Polling a node until it reaches a state, with a bounded number of attempts. */
const waitForState: Template = (random, name) => {
  const target = random.pick(['ACTIVE', 'AVAILABLE', 'DELETED']);
  return `async ${name}(nodeId: string): Promise<Node> {
  let attempts = 0;
  while (attempts < RETRY_LIMIT) {
    attempts++;
    let node: Node;
    try {
      node = await this.client.getNode(nodeId);
    } catch (error) {
      if (error instanceof NotFoundError) {
        throw new InstanceNotFound(\`Node \${nodeId} disappeared\`, { cause: error });
      }
      LOG.warning(\`Polling node \${nodeId} failed, attempt \${String(attempts)}\`);
      await sleep(this.conf.retryInterval);
      continue;
    }
    if (node.provisionState === ProvisionState.${target}) return node;
    if (node.provisionState === ProvisionState.ERROR || node.lastError !== null) {
      throw new DriverError(\`Node \${nodeId} failed: \${String(node.lastError)}\`);
    }
    LOG.debug(\`Still waiting for node \${nodeId}: provision_state=\${node.provisionState}\`);
    await sleep(this.conf.retryInterval * attempts);
  }
  throw new DriverError(\`Timed out waiting for node \${nodeId}\`);
}`;
};

/** A pure mapping of states with a switch. */
const describeState: Template = (random, name) => `${name}(node: Node): string {
  switch (node.provisionState) {
    case ProvisionState.ACTIVE:
      return node.instanceId === null ? 'orphaned' : 'running';
    case ProvisionState.DEPLOYING:
    case ProvisionState.DEPLOYWAIT:
      return 'building';
    case ProvisionState.CLEANING:
      return 'cleaning';
    case ProvisionState.ERROR:
    case ProvisionState.DEPLOYFAIL:
      return node.isMaintenance ? 'maintenance' : 'error';
    default: {
      const label = node.properties['${random.pick(PROPERTIES)}'];
      return label === undefined ? 'unknown' : \`other (\${label})\`;
    }
  }
}`;

/** Building a patch in a loop and applying it after the node is known to exist. */
const patchNode: Template = (random, name) => {
  const checked = random.chance(0.75);
  return `async ${name}(instance: Instance, extra: Record<string, string>): Promise<Node> {
  ${checked ? 'const node = await this.client.getNode(instance.nodeId);' : 'const node = this.cache.get(instance.nodeId);\n  if (node === undefined) throw new InstanceNotFound(`No cached node for ${instance.uuid}`);'}
  const patch: PatchOp[] = [{ op: 'add', path: '/instance_info/display_name', value: instance.name }];
  for (const [key, value] of Object.entries(extra)) {
    if (key.startsWith('_')) continue;
    const path = \`/extra/\${key}\`;
    if (node.extra[key] === value) continue;
    patch.push({ op: node.extra[key] === undefined ? 'add' : 'replace', path, value });
  }
  if (this.conf.partitionKey !== null) {
    patch.push({ op: 'add', path: '/conductor_group', value: this.conf.partitionKey });
  }
  LOG.debug(\`Patching node \${node.id} with \${String(patch.length)} operations\`);
  const updated = await retry(() => this.client.updateNode(node.id, patch), ${String(random.int(2, 5))});
  this.cache.set(updated.id, updated);
  return updated;
}`;
};

/** Tear-down decided by the provision state, with a finally that always cleans up. */
const destroy: Template = (random, name) => `async ${name}(instance: Instance, vifIds: readonly string[]): Promise<void> {
  const node = await this.client.validateInstanceAndNode(instance);
  try {
    if (UNPROVISION_STATES.includes(node.provisionState)) {
      await this.client.setNodeProvisionState(node.id, ProvisionState.DELETED);
    } else if (node.provisionState === ProvisionState.AVAILABLE) {
      LOG.info(\`Node \${node.id} already available\`);
    } else {
      LOG.warning(\`Node \${node.id} in state \${node.provisionState}, not unprovisioning\`);
    }
    for (const vifId of vifIds) {
      try {
        await this.client.detachVifFromNode(node.id, vifId);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
  } finally {
    this.cache.delete(node.id);
    LOG.debug(\`Instance \${instance.uuid} destroyed in ${String(random.int(1, 9))} steps\`);
  }
}`;

/** Listing with filter and map callbacks. */
const listNodes: Template = (random, name) => `async ${name}(): Promise<{ id: string; label: string }[]> {
  const nodes = await this.client.listNodes({ ${random.pick(['resourceClass', 'conductorGroup', 'driver'])}: '${random.pick(WORDS)}' });
  return nodes
    .filter((node) => !node.isMaintenance && node.provisionState !== ProvisionState.ERROR)
    .filter((node) => node.properties['${random.pick(PROPERTIES)}'] !== undefined)
    .map((node) => ({ id: node.id, label: \`\${node.name}/\${node.provisionState}\` }));
}`;

/** A console: enabled after the association check, polled, with a URL that may carry credentials. */
const consoleAccess: Template = (random, name) => {
  const leak = random.chance(0.25);
  return `async ${name}(instance: Instance): Promise<ConsoleInfo> {
  const node = await this.client.validateInstanceAndNode(instance);
  await this.client.enableNodeConsole(node.id);
  let info: ConsoleInfo = await this.client.getNodeConsole(node.id);
  const deadline = Date.now() + this.conf.consoleTimeout;
  while (!info.enabled && Date.now() < deadline) {
    await sleep(${String(random.int(100, 1000))});
    info = await this.client.getNodeConsole(node.id);
  }
  ${leak ? 'const auth = `${node.driverInfo.ipmiUsername}:${node.driverInfo.ipmiPassword}`;\n  LOG.debug(`Console ${info.url} auth ${auth}`);' : 'LOG.debug(`Console of ${node.id} is ${info.type}`);'}
  return info;
}`;
};

/** A refresh helper called by the other methods (sometimes without await: a floating promise). */
const maintenance: Template = (random, name) => `async ${name}(instance: Instance, reason: string): Promise<void> {
  const node = await this.client.getNode(instance.nodeId);
  if (node.isMaintenance) {
    LOG.info(\`Node \${node.id} already in maintenance\`);
    return;
  }
  await this.client.setNodeMaintenance(node.id, \`${random.pick(WORDS)}: \${reason}\`);
  ${random.chance(0.1) ? 'this.refresh(node.id);' : 'await this.refresh(node.id);'}
}`;

const refresh: Template = () => `async refresh(nodeId: string): Promise<void> {
  try {
    const node = await this.client.getNode(nodeId);
    this.cache.set(nodeId, node);
  } catch (error) {
    if (error instanceof NotFoundError) {
      this.cache.delete(nodeId);
      return;
    }
    LOG.exception(\`Refreshing node \${nodeId} failed\`, { error });
  }
}`;

const TEMPLATES: readonly WeightedTemplate[] = [
  { weight: 3, prefix: ['powerOn', 'powerOff', 'reboot', 'softStop'], render: powerAction },
  { weight: 2, prefix: ['deploy', 'spawn', 'rebuild'], render: deploy },
  { weight: 1, prefix: ['rescue', 'unrescue', 'evacuate'], render: uncheckedAction },
  { weight: 3, prefix: ['logAccess', 'connect', 'authHeaders', 'traceDriver'], render: credentials },
  { weight: 2, prefix: ['plugVifs', 'attachPorts'], render: plugVifs },
  { weight: 2, prefix: ['waitFor', 'pollUntil'], render: waitForState },
  { weight: 2, prefix: ['describe', 'stateLabel'], render: describeState },
  { weight: 2, prefix: ['patch', 'updateExtra'], render: patchNode },
  { weight: 2, prefix: ['destroy', 'tearDown'], render: destroy },
  { weight: 1, prefix: ['list', 'available'], render: listNodes },
  { weight: 1, prefix: ['console', 'serialConsole'], render: consoleAccess },
  { weight: 1, prefix: ['maintain', 'quarantine'], render: maintenance },
];

function mainArguments(argv: readonly string[]): { size: CorpusSize | number; seed: number } {
  const sizeArgument = argv.find((argument) => !argument.startsWith('--')) ?? '10k';
  const seedIndex = argv.indexOf('--seed');
  const seed = seedIndex === -1 ? DEFAULT_SEED : Number(argv[seedIndex + 1]);
  const size = sizeArgument in CORPUS_SIZES ? (sizeArgument as CorpusSize) : Number(sizeArgument);
  if (typeof size === 'number' && !(size > 0)) throw new Error(`Unknown corpus size ${sizeArgument} (10k, 50k, 200k or a line count)`);
  return { size, seed };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { size, seed } = mainArguments(process.argv.slice(2));
  const result = ensureCorpus(size, seed);
  process.stdout.write(`${result.dir}: ${String(result.files)} files, ${String(result.lines)} lines\n`);
}
