#!/usr/bin/env bash
# Validation throughput: copydesk validate (1 job and all jobs) vs xmllint --noout --schema, on the
# same files, in one run, with identical verdicts checked. xmllint gets the list through xargs
# (argv limits); copydesk reads it with --files-from, as a build step would. Usage: bench/validate-vs-xmllint.sh [DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/conformance/newsml-g2}
runs=${2:-5}
schema=${SCHEMA:-../shared/schemas/newsml-g2-2.35/G2-multi-schema-2.35.xsd}
bin=${COPYDESK:-.build/release/copydesk}
list=$(mktemp)
trap 'rm -f "$list"' EXIT
find "$dir" -name '*.xml' | sort > "$list"
n=$(wc -l < "$list")

best() {  # best wall time of RUNS runs of a command, in seconds
  local best=999999
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    best=$(echo "$best $start $end" | awk '{t=$3-$2; print (t<$1)?t:$1}')
  done
  echo "$best"
}

t_xmllint=$(best xargs -a "$list" -d '\n' xmllint --noout --schema "$schema")
t_one=$(best "$bin" validate --files-from "$list" --schema "$schema" -j 1)
t_all=$(best "$bin" validate --files-from "$list" --schema "$schema")

# Identical verdicts: the set of files each tool calls invalid.
xargs -a "$list" -d '\n' xmllint --noout --schema "$schema" 2>&1 | sed -n 's/ fails to validate$//p' | sort > "$list.x" || true
"$bin" validate --files-from "$list" --schema "$schema" | sed -n 's/^\(.*\):[0-9]*: error: .*/\1/p' | sort -u > "$list.c" || true
if cmp -s "$list.x" "$list.c"; then verdicts="identical ($(wc -l < "$list.c") invalid)"; else verdicts="DIFFERENT"; fi
rm -f "$list.x" "$list.c"

awk -v n="$n" -v x="$t_xmllint" -v one="$t_one" -v all="$t_all" -v v="$verdicts" 'BEGIN {
  printf "validate %d files (best of runs):\n", n
  printf "  xmllint --noout --schema   %7.3f s  %8.0f files/s\n", x, n/x
  printf "  copydesk validate -j 1     %7.3f s  %8.0f files/s  (%.1fx xmllint)\n", one, n/one, x/one
  printf "  copydesk validate (all)    %7.3f s  %8.0f files/s  (%.1fx xmllint)\n", all, n/all, x/all
  printf "  verdicts: %s\n", v
}'
