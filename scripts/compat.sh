#!/usr/bin/env bash
# Compatibility at the floor: installs the lowest versions the package claims — ESLint and
# TypeScript at the bottom of its peer ranges, and the lowest typescript-eslint that accepts that
# ESLint — with the packed plugin into a temporary project, and lints a file with one finding per
# rule (and one that only type information finds) under each config.
#
#   bash scripts/compat.sh            (after `npm run build`; needs the npm registry)
#
# typescript-eslint is not a peer dependency of the plugin, but users need its parser. Its lowest
# version for ESLint 10 was found with `npm view typescript-eslint@<version> peerDependencies`:
# 8.55.0 allows `eslint: ^8.57.0 || ^9.0.0`, 8.56.0 adds `|| ^10.0.0`. The script checks both.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

TYPESCRIPT_ESLINT_FLOOR=8.56.0
TYPESCRIPT_ESLINT_BELOW_FLOOR=8.55.0

# The lowest version a peer range admits: ^x.y.z, ~x.y.z, >=x.y.z (with an upper bound), x.y.z.
lowest() {
  node -e '
    const range = require(process.argv[1]).peerDependencies[process.argv[2]];
    const match = /^\s*(?:\^|~|>=)?\s*(\d+\.\d+\.\d+)(?:\s+<\S+)?\s*$/.exec(range ?? "");
    if (!match) { console.error(`cannot read the lowest version of ${process.argv[2]} from "${range}"`); process.exit(1); }
    console.log(match[1]);
  ' "$repo/package.json" "$1"
}
ESLINT_FLOOR=$(lowest eslint)
TYPESCRIPT_FLOOR=$(lowest typescript)
echo "== floor: eslint@$ESLINT_FLOOR typescript@$TYPESCRIPT_FLOOR typescript-eslint@$TYPESCRIPT_ESLINT_FLOOR"

# typescript-eslint's floor is the lowest that accepts the ESLint floor.
peer_eslint() { npm view "typescript-eslint@$1" peerDependencies.eslint; }
floor_range=$(peer_eslint "$TYPESCRIPT_ESLINT_FLOOR")
below_range=$(peer_eslint "$TYPESCRIPT_ESLINT_BELOW_FLOOR")
major=${ESLINT_FLOOR%%.*}
[[ "$floor_range" == *"^$major."* ]] || { echo "typescript-eslint@$TYPESCRIPT_ESLINT_FLOOR does not accept eslint@$ESLINT_FLOOR ($floor_range)"; exit 1; }
[[ "$below_range" != *"^$major."* ]] || { echo "typescript-eslint@$TYPESCRIPT_ESLINT_BELOW_FLOOR accepts eslint@$ESLINT_FLOOR too ($below_range): lower the floor"; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/ironclad-compat-XXXXXX")
trap 'rm -rf "$work"' EXIT

[[ -f dist/index.js ]] || npm run build
npm pack --ignore-scripts --silent --pack-destination "$work" >/dev/null
tarball=$(ls "$work"/eslint-plugin-ironclad-*.tgz)

project="$work/project"
mkdir -p "$project/src"
cat >"$project/package.json" <<'EOF'
{ "name": "ironclad-compat", "private": true, "type": "module" }
EOF
cat >"$project/tsconfig.json" <<'EOF'
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "ES2022",
    "moduleResolution": "node",
    "strict": true,
    "noEmit": true,
    "skipLibCheck": true,
    "types": []
  },
  "include": ["src"]
}
EOF
cat >"$project/src/types.ts" <<'EOF'
export interface Logger {
  debug(message: string, ...args: unknown[]): void;
  info(message: string, ...args: unknown[]): void;
}
export interface DriverInfo {
  ipmiAddress: string;
  ipmiPassword: string;
}
export interface Node {
  id: string;
  powerState: string;
}
export interface IronicClient {
  getNode(id: string): Promise<Node>;
  setNodePowerState(id: string, state: 'power on' | 'power off'): Promise<void>;
}
export declare const LOG: Logger;
EOF
cat >"$project/src/driver.ts" <<'EOF'
import type { DriverInfo, IronicClient, Node } from './types';
import { LOG } from './types';

export function connect(address: string, password: string): void {
  LOG.debug(`connecting to ${address} with ${password}`);
}

export function describeNode(info: DriverInfo): void {
  const details = info;
  LOG.info('driver info %s', details);
}

export async function fetchNode(client: IronicClient, id: string): Promise<Node> {
  return await client.getNode(id);
}

export async function powerOff(ironic: IronicClient, node: Node): Promise<void> {
  try {
    await ironic.setNodePowerState(node.id, 'power off');
  } catch (error) {
    throw new Error('power off failed', { cause: error });
  }
}
EOF
cat >"$project/eslint.config.js" <<'EOF'
import ironclad from 'eslint-plugin-ironclad';
import tseslint from 'typescript-eslint';

const name = process.env.IRONCLAD_CONFIG;
const typed = name !== 'recommended';
export default [
  {
    files: ['**/*.ts'],
    ...ironclad.configs[name],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: typed ? { projectService: true, tsconfigRootDir: import.meta.dirname } : {},
    },
  },
];
EOF

echo "== install"
cd "$project"
npm install --no-audit --no-fund --ignore-scripts --loglevel=error \
  "eslint@$ESLINT_FLOOR" "typescript@$TYPESCRIPT_FLOOR" "typescript-eslint@$TYPESCRIPT_ESLINT_FLOOR" "$tarball"
installed() { node -p "require('$1/package.json').version"; }
for pair in "eslint $ESLINT_FLOOR" "typescript $TYPESCRIPT_FLOOR" "typescript-eslint $TYPESCRIPT_ESLINT_FLOOR" "@typescript-eslint/parser $TYPESCRIPT_ESLINT_FLOOR"; do
  set -- $pair
  [[ "$(installed "$1")" == "$2" ]] || { echo "$1 is $(installed "$1"), not $2"; exit 1; }
done
# The plugin resolves the same single TypeScript the parser builds programs with.
[[ "$(node -p "require('node:module').createRequire(require.resolve('eslint-plugin-ironclad/package.json'))('typescript/package.json').version")" == "$TYPESCRIPT_FLOOR" ]]

echo "== lint"
for config in recommended recommended-type-checked strict-type-checked; do
  set +e
  IRONCLAD_CONFIG=$config node_modules/.bin/eslint --format json src >"$work/$config.json" 2>"$work/$config.err"
  status=$?
  set -e
  if [[ $status -ne 1 ]]; then
    echo "eslint exited $status with $config:"
    cat "$work/$config.err" "$work/$config.json"
    exit 1
  fi
  node -e '
    const [file, config] = process.argv.slice(1);
    const results = JSON.parse(require("node:fs").readFileSync(file, "utf8"));
    const found = results.flatMap((result) => result.messages.map((m) =>
      `${require("node:path").basename(result.filePath)}:${m.line}:${m.column} ${m.ruleId ?? `(fatal) ${m.message}`}`));
    const expected = [
      "driver.ts:5:3 ironclad/no-secrets-in-logs",
      // Found through the declared type of `info` only: proves the typed configs have a program.
      ...(config === "recommended" ? [] : ["driver.ts:10:3 ironclad/no-secrets-in-logs"]),
      "driver.ts:14:16 ironclad/no-unhandled-api-errors",
      "driver.ts:19:11 ironclad/require-precondition",
    ];
    if (JSON.stringify(found) !== JSON.stringify(expected)) {
      console.error(`${config}: expected\n  ${expected.join("\n  ")}\nfound\n  ${found.join("\n  ")}`);
      process.exit(1);
    }
    console.log(`${config}: ${found.length} findings, as expected`);
  ' "$work/$config.json" "$config"
done
echo "== compat passed: eslint@$ESLINT_FLOOR, typescript@$TYPESCRIPT_FLOOR, typescript-eslint@$TYPESCRIPT_ESLINT_FLOOR"
