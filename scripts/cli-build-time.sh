#!/usr/bin/env bash
# The README's main command on a fresh clone, timed:
#
#   git clone <this repository's committed HEAD> && cd clone
#   time cargo run -p kakao-errors-cli -- explain -402      # with an empty target directory
#
# Fails if that build compiles any dev-dependency of the workspace (or any crate outside the
# command's own dependency tree), if the command does not explain -402, or if it takes longer
# than the budget (45 s wall time by default). Only committed work is measured.
#
#   scripts/cli-build-time.sh
#   BUDGET=60 scripts/cli-build-time.sh
#   ONLINE=1 scripts/cli-build-time.sh      # let the timed build reach the registry
#   KEEP=1 scripts/cli-build-time.sh        # keep the clone and its target directory
#
# The crates are fetched before the clock starts (`cargo fetch`, a no-op when the registry
# cache has them); the timed build then runs with --offline, so the figure is the build alone.
# Everything goes under a new temporary directory, never into the repository.
set -euo pipefail

repo="$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)"
budget="${BUDGET:-45}"
offline=(--offline)
[[ -n "${ONLINE:-}" ]] && offline=()

# Dev-dependencies of the workspace and the library's optional integrations: none may be built.
deny=(criterion proptest tokio trybuild cap serde_derive reqwest reqwest-middleware tower hyper
    rand plotters ciborium rayon regex)

work="$(mktemp -d "${TMPDIR:-/tmp}/kakao-errors-cli-build.XXXXXX")"
cleanup() {
    if [[ -n "${KEEP:-}" ]]; then
        echo "kept: $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

commit="$(git -C "$repo" rev-parse HEAD)"
git clone --quiet --no-checkout "$repo" "$work/clone"
git -C "$work/clone" checkout --quiet "$commit"
cd "$work/clone"
export CARGO_TARGET_DIR="$work/target"
unset RUSTC_WRAPPER CARGO_BUILD_RUSTC_WRAPPER

cargo fetch --locked >/dev/null 2>&1 || cargo fetch --locked

echo "fresh clone of $commit, empty target directory, $(nproc 2>/dev/null || echo '?') cores"
echo "timing: cargo run -p kakao-errors-cli -- explain -402"
start="$(date +%s.%N)"
status=0
cargo run "${offline[@]}" --locked -p kakao-errors-cli -- explain -402 \
    >"$work/stdout" 2>"$work/stderr" || status=$?
end="$(date +%s.%N)"
wall="$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')"

failed=0
if [[ "$status" -ne 0 ]] || ! grep -q "InsufficientScope" "$work/stdout"; then
    echo "FAIL: the command did not explain -402 (exit $status)"
    cat "$work/stderr"
    failed=1
fi

compiled="$(sed -n 's/^ *Compiling \([^ ]*\) v.*/\1/p' "$work/stderr" | sort -u)"
allowed="$(cargo tree "${offline[@]}" --locked -p kakao-errors-cli -e normal,build \
    --prefix none --format '{p}' | sed 's/ .*//' | sort -u)"
for crate in $compiled; do
    for denied in "${deny[@]}"; do
        if [[ "$crate" == "$denied" ]]; then
            echo "FAIL: compiled the dev-dependency $crate"
            failed=1
        fi
    done
    if ! grep -qx "$crate" <<<"$allowed"; then
        echo "FAIL: compiled $crate, which the command does not depend on"
        failed=1
    fi
done

echo "compiled $(wc -w <<<"$compiled") crates: $(echo $compiled)"
verdict="within"
if awk -v w="$wall" -v b="$budget" 'BEGIN { exit !(w > b) }'; then
    verdict="OVER"
    failed=1
fi
echo "wall time: ${wall} s (budget ${budget} s: ${verdict})"
exit "$failed"
