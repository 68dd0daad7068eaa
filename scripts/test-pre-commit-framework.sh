#!/usr/bin/env bash
# Tests .pre-commit-hooks.yaml with the real pre-commit framework: `pre-commit try-repo` runs the
# `ironclad` hook of this checkout on a fixture project that installed the packed plugin. The
# staged finding must fail the hook with the rule id shown; the fixed file must pass; a file
# ignored by eslint.config.js must not fail it (--no-warn-ignored). Fails when pre-commit is
# missing: .ci/run installs it (Debian package `pre-commit`).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"

if ! command -v pre-commit >/dev/null 2>&1; then
  echo "FAIL: pre-commit is not installed (Debian/Ubuntu: apt-get install -y pre-commit; or pipx install pre-commit)." >&2
  exit 1
fi
if ! git -C "$repo" ls-files --error-unmatch .pre-commit-hooks.yaml >/dev/null 2>&1; then
  echo "FAIL: .pre-commit-hooks.yaml is not tracked by git; pre-commit try-repo only sees tracked files (git add it)." >&2
  exit 1
fi
if [ ! -f "$repo/dist/index.js" ]; then
  echo "FAIL: dist/ is missing; run npm run build first." >&2
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/ironclad-pre-commit-XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Keep pre-commit's clones out of the user's cache, and git variables of a calling hook out of ours.
export PRE_COMMIT_HOME="$work/cache"
while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep '^GIT_' || true)
export GIT_AUTHOR_NAME='Ironclad Tests' GIT_AUTHOR_EMAIL='tests@ironclad.invalid'
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"

fixture() { (cd "$repo" && node --import tsx tests/integration/fixture-cli.ts "$@"); }

project="$work/project"
mkdir "$project"
fixture create "$project"
mapfile -t rule_ids < <(fixture rule-ids)
cd "$project"
git init --quiet
git add --all
files=(src/driver.ts src/types.ts generated/client.ts)

echo "== pre-commit $(pre-commit --version | cut -d' ' -f2): a staged finding must fail the hook"
set +e
pre-commit try-repo "$repo" ironclad --files "${files[@]}" >"$work/failing.log" 2>&1
code=$?
set -e
cat "$work/failing.log"
if [ "$code" -ne 1 ]; then
  echo "FAIL: expected exit code 1 from the hook on a finding, got $code." >&2
  exit 1
fi
# pre-commit exits 1 on its own errors too: the hook must have run and failed.
grep -qE '^eslint \(ironclad\)\.+Failed$' "$work/failing.log" || { echo 'FAIL: the hook is not reported as Failed.' >&2; exit 1; }
for rule_id in "${rule_ids[@]}"; do
  if ! grep -qF "$rule_id" "$work/failing.log"; then
    echo "FAIL: the hook's output does not name $rule_id." >&2
    exit 1
  fi
done

echo "== the fixed file must pass (the ignored file with a finding is skipped without a warning)"
fixture fix "$project"
git add --all
set +e
pre-commit try-repo "$repo" ironclad --files "${files[@]}" >"$work/passing.log" 2>&1
code=$?
set -e
cat "$work/passing.log"
if [ "$code" -ne 0 ]; then
  echo "FAIL: expected exit code 0 from the hook on fixed files, got $code." >&2
  exit 1
fi
grep -qE '^eslint \(ironclad\)\.+Passed$' "$work/passing.log" || { echo 'FAIL: the hook is not reported as Passed.' >&2; exit 1; }

echo "pre-commit framework: the hook failed on the finding and passed once it was fixed."
