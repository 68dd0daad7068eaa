/**
 * What every integration suite expects of the plugin: one entry per finding, with the section of
 * the fixture file that produces it and the same section fixed. The editor, pre-commit and CI
 * suites all read this table, so covering a new rule end to end is one more entry.
 */
import dedent from 'dedent';

export interface RuleExpectation {
  /** The rule id as users configure it. */
  readonly ruleId: string;
  /** A fragment of the reported message that identifies the finding (not its whole wording). */
  readonly message: string;
  /** A section of `src/driver.ts` that has exactly this one finding under `recommended-type-checked`. */
  readonly code: string;
  /** The same section, fixed: no finding of any rule. */
  readonly fixed: string;
  /** Where the finding is within `code`: 1-based line and column, end exclusive, as ESLint reports it. */
  readonly at: readonly [line: number, column: number, endLine: number, endColumn: number];
}

export const EXPECTATIONS: readonly RuleExpectation[] = [
  {
    ruleId: 'ironclad/no-secrets-in-logs',
    message: '`password` reaches `LOG.debug`',
    code: dedent`
      export function connect(address: string, password: string): void {
        LOG.debug(\`connecting to \${address} with \${password}\`);
      }
    `,
    fixed: dedent`
      export function connect(address: string, password: string): void {
        LOG.debug(\`connecting to \${address} with a password of \${String(password.length)} characters\`);
      }
    `,
    at: [2, 3, 2, 57],
  },
  {
    // Found only through the type declared in src/types.ts: proves the linter has a TypeScript program.
    ruleId: 'ironclad/no-secrets-in-logs',
    message: '(its type carries `ipmiPassword`) reaches `LOG.info`',
    code: dedent`
      export function describeNode(info: DriverInfo): void {
        const details = info;
        LOG.info('driver info %s', details);
      }
    `,
    fixed: dedent`
      export function describeNode(info: DriverInfo): void {
        const details = info.ipmiAddress;
        LOG.info('driver info %s', details);
      }
    `,
    at: [3, 3, 3, 38],
  },
  {
    ruleId: 'ironclad/require-precondition',
    message: '`setNodePowerState` acts on `node.id` without an association check',
    code: dedent`
      async function powerOff(ironic: IronicClient, node: Node): Promise<void> {
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    fixed: dedent`
      async function powerOff(ironic: IronicClient, instance: Instance): Promise<void> {
        const node = await validateInstanceAndNode(instance);
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    at: [2, 9, 2, 55],
  },
  {
    ruleId: 'ironclad/no-unhandled-api-errors',
    message: '`client.getNode` can fail with an API error that escapes `fetchNode` untranslated',
    code: dedent`
      export async function fetchNode(client: IronicClient, id: string): Promise<Node> {
        return await client.getNode(id);
      }
    `,
    fixed: dedent`
      export async function fetchNode(client: IronicClient, id: string): Promise<Node> {
        try {
          return await client.getNode(id);
        } catch (error) {
          throw new Error(\`Node \${id} could not be fetched.\`, { cause: error });
        }
      }
    `,
    at: [2, 16, 2, 34],
  },
];

/** Declarations every section may use, in `src/types.ts`: a second file of the TypeScript program. */
export const FIXTURE_TYPES = dedent`
  export interface Logger {
    debug(message: string, ...args: unknown[]): void;
    info(message: string, ...args: unknown[]): void;
    warning(message: string, ...args: unknown[]): void;
  }

  export interface DriverInfo {
    ipmiAddress: string;
    ipmiUsername: string;
    ipmiPassword: string;
  }

  export interface Node {
    id: string;
    powerState: string;
    driverInfo: DriverInfo;
  }

  export interface Instance {
    uuid: string;
    nodeId: string;
  }

  export interface IronicClient {
    getNode(id: string): Promise<Node>;
    setNodePowerState(id: string, state: 'power on' | 'power off' | 'reboot'): Promise<void>;
  }

  export declare function validateInstanceAndNode(instance: Instance): Promise<Node>;
` + '\n';

const DRIVER_PRELUDE = dedent`
  import type { DriverInfo, Instance, IronicClient, Logger, Node } from './types.js';
  import { validateInstanceAndNode } from './types.js';

  declare const LOG: Logger;
`;

/** A finding placed in a composed file: absolute 1-based positions, end exclusive. */
export interface PlacedFinding {
  readonly expectation: RuleExpectation;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface ComposedFile {
  readonly text: string;
  /** The findings of the sections left unfixed, in file order. */
  readonly findings: readonly PlacedFinding[];
}

/**
 * `src/driver.ts`: the prelude, then each expectation's section (its `fixed` variant when the
 * expectation is in `fixed`), separated by blank lines.
 */
export function composeDriver(fixed: ReadonlySet<RuleExpectation> = new Set()): ComposedFile {
  const parts = [DRIVER_PRELUDE];
  const findings: PlacedFinding[] = [];
  let nextLine = lineCount(DRIVER_PRELUDE) + 2;
  for (const expectation of EXPECTATIONS) {
    const section = fixed.has(expectation) ? expectation.fixed : expectation.code;
    if (!fixed.has(expectation)) {
      const [line, column, endLine, endColumn] = expectation.at;
      findings.push({ expectation, line: nextLine + line - 1, column, endLine: nextLine + endLine - 1, endColumn });
    }
    parts.push(section);
    nextLine += lineCount(section) + 1;
  }
  return { text: `${parts.join('\n\n')}\n`, findings };
}

/** `src/driver.ts` with every section fixed. */
export function composeCleanDriver(): string {
  return composeDriver(new Set(EXPECTATIONS)).text;
}

function lineCount(text: string): number {
  return text.split('\n').length;
}

/** `ironclad/no-secrets-in-logs` → `no-secrets-in-logs`. */
export function ruleName(ruleId: string): string {
  return ruleId.slice(ruleId.indexOf('/') + 1);
}
