#!/usr/bin/env bash
# The pre-commit hooks, for real: `pre-commit try-repo` on a snapshot of this
# checkout (tracked and untracked, non-ignored files: what a commit would
# ship), run in a throw-away git repository holding a clean and a garbled
# article. Needs `pre-commit` and `sourcelint` on PATH (the test extra).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1
git config --global user.email ci@example.invalid
git config --global user.name "sourcelint CI"
git config --global init.defaultBranch main

# A snapshot of the checkout as a one-commit repository, so pre-commit
# installs exactly the working tree, once.
snap="$work/sourcelint"
mkdir "$snap"
(cd "$root" && git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
  [ -e "$f" ] && printf '%s\0' "$f"; done | tar --null -T - -cf -) | tar -xf - -C "$snap"
git -C "$snap" init -q && git -C "$snap" add -A && git -C "$snap" commit -q -m snapshot

demo="$work/demo"
git init -q "$demo"
cp "$root"/samples/000_*.txt "$demo/clean.md"
cp "$root"/samples/004_*.txt "$demo/garbled.md"
chmod u+w "$demo"/*.md  # the samples are read-only; articles in a repository are not
# JSONL articles go through the check hook (the fix hook leaves JSONL alone).
python3 - "$root" "$demo" <<'PY'
import json, pathlib, sys
root, demo = map(pathlib.Path, sys.argv[1:])
samples = {p.name[:3]: p.read_text(encoding="utf-8") for p in (root / "samples").glob("*.txt")}
(demo / "clean.jsonl").write_text(json.dumps({"id": "c1", "text": samples["001"]}) + "\n", encoding="utf-8")
(demo / "garbled.jsonl").write_text(json.dumps({"id": "g1", "text": samples["003"]}) + "\n", encoding="utf-8")
PY
git -C "$demo" add clean.md garbled.md clean.jsonl garbled.jsonl
cd "$demo"

fail() { echo "pre-commit test FAILED: $*" >&2; exit 1; }

# try-repo builds a fresh hook environment on every call (about 45 s here),
# so each call runs both hooks: `sourcelint` first, then `sourcelint-fix`.
echo "-- both hooks on the clean articles (must pass, change nothing)"
cp clean.md "$work/clean.before"
pre-commit try-repo "$snap" --files clean.md clean.jsonl > "$work/clean.txt" 2>&1 \
  || { cat "$work/clean.txt"; fail "a hook failed on the clean articles"; }
cat "$work/clean.txt"
grep -Eq '^sourcelint \(check articles\)\.+Passed' "$work/clean.txt" || fail "the check hook did not pass"
grep -Eq '^sourcelint \(apply safe fixes\)\.+Passed' "$work/clean.txt" || fail "the fix hook did not pass"
cmp -s clean.md "$work/clean.before" || fail "the clean article was modified"

echo "-- both hooks on the garbled articles (check must fail, fix must modify the Markdown one)"
cp garbled.md "$work/garbled.before"
cp garbled.jsonl "$work/garbled.jsonl.before"
if pre-commit try-repo "$snap" --files garbled.md garbled.jsonl > "$work/out.txt" 2>&1; then
  cat "$work/out.txt"; fail "the hooks passed on the garbled articles"
fi
cat "$work/out.txt"
grep -Eq '^sourcelint \(check articles\)\.+Failed' "$work/out.txt" || fail "the check hook did not fail"
grep -Eq '^sourcelint \(apply safe fixes\)\.+Failed' "$work/out.txt" || fail "the fix hook did not fail"
grep -q "garbled.jsonl:.*MT005" "$work/out.txt" || fail "the JSONL article's doubled tags (MT005) were not reported"
cmp -s garbled.jsonl "$work/garbled.jsonl.before" || fail "the JSONL article was modified in place"
# The check ran on the original text: it reports the repeated block and the
# glued word; then the fix hook modified the file.
grep -q "DUP002" "$work/out.txt" || fail "the repeated block (DUP002) was not reported"
grep -q "MT001" "$work/out.txt" || fail "the glued word (MT001) was not reported"
grep -q "files were modified by this hook" "$work/out.txt" || fail "the fix hook did not modify the article"
! cmp -s garbled.md "$work/garbled.before" || fail "the garbled article was not modified"
grep -q "Michelle Bachelet This" garbled.md || fail "the glued word was not split"
[ "$(wc -c < garbled.md)" -lt $(( $(wc -c < "$work/garbled.before") * 7 / 10 )) ] \
  || fail "the repeated block was not removed"

echo "-- nothing fixable is left"
sourcelint check --diff garbled.md > "$work/diff.txt" || { cat "$work/diff.txt"; fail "fixable findings remain"; }
set +e
sourcelint check --format concise garbled.md > "$work/after.txt"
set -e
if grep -Eq "DUP002|MT001" "$work/after.txt"; then cat "$work/after.txt"; fail "fixed findings are still reported"; fi
echo "pre-commit hooks: OK"
