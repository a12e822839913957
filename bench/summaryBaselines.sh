#!/usr/bin/env bash
# Records, or compares byte for byte, the summary.json, stdout and regression scenarios of the
# populations whose output must not change when the engine's inside does: the default, large and
# bench populations, and the default population under each fault mutant.
#
#   bench/summaryBaselines.sh record DIR    # write the outputs under DIR
#   bench/summaryBaselines.sh compare DIR   # run again and diff against DIR; exit 1 on a difference
#   SKIP_LARGE=1 bench/summaryBaselines.sh compare DIR   # without the 10^6-claim run
set -u
mode=${1:?record or compare}
dir=${2:?a folder}
cd "$(dirname "$0")/.."
faults=$(node -e "import('tsx/esm/api').then(m=>{m.register();return import('./engine/faults.ts')}).then(f=>console.log(f.FAULT_NAMES.join(' ')))")
cases="default:generators/populations/default.yaml bench:bench/benchModelV1.yaml"
[ -z "${SKIP_LARGE:-}" ] && cases="$cases large:generators/populations/large.yaml"
for f in $faults; do cases="$cases fault-$f:generators/populations/default.yaml:$f"; done
work=$(mktemp -d)
status=0
for c in $cases; do
  IFS=: read -r name pop fault <<<"$c"
  out="$work/$name"
  args=(simulate --population "$pop" --out "$out")
  [ -n "$fault" ] && args+=(--inject-fault "$fault")
  node cli/claimsim.js "${args[@]}" >"$work/$name.stdout" 2>&1
  echo "exit $?" >>"$work/$name.stdout"
  # The output folder is named in stdout and in the regression scenarios: write it as one fixed
  # word so that runs compare.
  mkdir -p "$out"
  grep -rl "$out" "$work/$name.stdout" "$out" | xargs -r sed -i "s#$out#OUT#g"
  if [ "$mode" = record ]; then
    mkdir -p "$dir/$name" && cp -r "$out/." "$dir/$name/" && cp "$work/$name.stdout" "$dir/$name.stdout"
    echo "recorded $name"
  elif diff -r "$dir/$name" "$out" >/dev/null && diff "$dir/$name.stdout" "$work/$name.stdout" >/dev/null; then
    echo "same     $name"
  else
    echo "DIFFERS  $name"; status=1
  fi
done
rm -rf "$work"
exit $status
