#!/usr/bin/env bash
# `make bench-instructions`: instructions per article for each step and for a whole bulk run,
# counted by valgrind (callgrind). Unlike seconds on a shared VM, the counts repeat exactly for
# the same binary and inputs, so they show what a change to the code did. Not a test.
# Under valgrind SHA-256 takes its portable path (no SHA extensions), so the bulk row counts
# SHA-256 in software; the step rows leave it out.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "bench-instructions needs valgrind (apt install valgrind)"; exit 1; }
if [ -z "${BENCH_OUT:-}" ] && [ -w /dev/shm ]; then OUT=/dev/shm/copydesk-bench; else OUT=${BENCH_OUT:-bench-out}; fi
N=${N:-300}
mkdir -p "$OUT"
corpus="$OUT/corpus-1000"
[ -d "$corpus" ] || python3 bench/generate-corpus.py "$corpus" 1000
find "$corpus" -name '*.txt' | sort | head -"$N" > "$OUT/list-instructions"
# valgrind cannot read the DWARF 5 debug information: count on copies without it.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
strip --strip-debug -o "$tmp/stage" .build/release/copydesk-stage-bench
strip --strip-debug -o "$tmp/copydesk" .build/release/copydesk
# Swift seeds its hash tables per process; fixed seeds make the counts repeat exactly.
export SWIFT_DETERMINISTIC_HASHING=1
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : //p'; }
base=$(count "$tmp/stage" "$OUT/list-instructions" 1 none)
echo "| step ($N articles, one core) | instructions per article |"
echo "|---|---|"
for step in read html markdown newsml frontmatter json; do
  total=$(count "$tmp/stage" "$OUT/list-instructions" 1 "$step")
  echo "| $step | $(( (total - base) / N )) |"
done
# The same articles hard-wrapped at 72 columns, as wires send them: every line then goes through
# the rules that split a chunk of lines into paragraphs.
mkdir -p "$tmp/wrapped"
python3 - "$OUT/list-instructions" "$tmp/wrapped" <<'PY'
import sys, textwrap, os
out = sys.argv[2]
with open(sys.argv[1]) as names:
    for name in names:
        name = name.strip()
        lines = open(name, encoding='utf-8').read().split('\n')
        wrapped = []
        for line in lines:
            wrapped += textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False) if len(line) > 72 else [line]
        open(os.path.join(out, os.path.basename(name)), 'w', encoding='utf-8').write('\n'.join(wrapped))
PY
find "$tmp/wrapped" -name '*.txt' | sort > "$tmp/list-wrapped"
total=$(count "$tmp/stage" "$tmp/list-wrapped" 1 read)
wbase=$(count "$tmp/stage" "$tmp/list-wrapped" 1 none)
echo "| read, the same articles hard-wrapped at 72 columns | $(( (total - wbase) / N )) |"
mkdir -p "$tmp/in"
while read -r f; do cp "$f" "$tmp/in/"; done < "$OUT/list-instructions"
bulk=$(count "$tmp/copydesk" convert "$tmp/in" -o "$tmp/out" --to html,markdown,newsml,frontmatter --force -q -j 1)
echo "| bulk convert, 4 formats, 1 job (whole process, SHA-256 in software) | $(( bulk / N )) |"
