#!/usr/bin/env bash
# The README's test command on a fresh clone, at a base commit and at HEAD, one after the other
# in the same run (these machines are noisy: only the ratio means much):
#
#   git clone <this repository> && git checkout <commit>
#   cargo test --workspace --all-features      # empty target directory, crates fetched first
#
# Prints the wall time and the CPU (user + sys) of each, the ratio of HEAD's CPU to the
# base's, and the units of HEAD's build that took longest (cargo's --timings). Only committed
# work is measured. Everything goes under a new temporary directory, never into the repository.
#
#   scripts/suite-cost.sh                  # base: ffa17eb, the tree issue 16 measured
#   BASE=<commit> scripts/suite-cost.sh
#   KEEP=1 scripts/suite-cost.sh           # keep the clones and their target directories
set -euo pipefail

repo="$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)"
base="$(git -C "$repo" rev-parse "${BASE:-ffa17eb}")"
head="$(git -C "$repo" rev-parse HEAD)"

work="$(mktemp -d "${TMPDIR:-/tmp}/kakao-errors-suite.XXXXXX")"
cleanup() {
    if [[ -n "${KEEP:-}" ]]; then
        echo "kept: $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# Runs the suite in a fresh clone at commit $2 named $1; prints "wall cpu" in seconds.
measure() {
    local name="$1" commit="$2" dir="$work/$1"
    git clone --quiet "$repo" "$dir"
    git -C "$dir" checkout --quiet "$commit"
    (cd "$dir" && cargo fetch --quiet)
    local start end
    start="$(date +%s.%N)"
    # `times` after the command: the CPU of this subshell's children (cargo, rustc, the tests).
    (
        cd "$dir"
        if ! cargo test --workspace --all-features --timings >"$work/$name.log" 2>&1; then
            echo "the suite failed at $name ($commit); see $work/$name.log" >&2
            exit 1
        fi
        times >"$work/$name.times"
    )
    end="$(date +%s.%N)"
    # The second line of `times` is the children's user and system time, as "XmY.YYYs XmY.YYYs".
    local cpu
    cpu="$(sed -n 2p "$work/$name.times" | awk '{
        split($1, u, "m"); split($2, s, "m");
        sub("s", "", u[2]); sub("s", "", s[2]);
        printf "%.1f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }')"
    awk -v s="$start" -v e="$end" -v c="$cpu" 'BEGIN { printf "%.1f %s\n", e - s, c }'
}

echo "base $base, HEAD $head"
read -r base_wall base_cpu < <(measure base "$base")
echo "base: ${base_wall} s wall, ${base_cpu} s CPU"
read -r head_wall head_cpu < <(measure head "$head")
echo "HEAD: ${head_wall} s wall, ${head_cpu} s CPU"
awk -v h="$head_cpu" -v b="$base_cpu" 'BEGIN { printf "CPU ratio HEAD/base: %.2f\n", h / b }'

echo
echo "HEAD's longest build units (s):"
python3 - "$work/head/target/cargo-timings/cargo-timing.html" <<'EOF'
import json, re, sys
html = open(sys.argv[1]).read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
for unit in sorted(units, key=lambda u: -u["duration"])[:15]:
    print(f'{unit["duration"]:6.1f}  {unit["name"]} {unit["target"].strip()}')
EOF
