#!/usr/bin/env bash
# How #[derive(KakaoError)] scales in a *caller's* release build, against the stack a user would
# otherwise combine for the same enum (num_enum, strum, thiserror, serde_repr, plus hand-written
# `message()` / `status()` / `is_retryable()` matches). For each size N it generates, per side:
#   defs_<side>_N    the N-variant enum `Codes`;
#   caller_<side>_N  one public function that looks a code up and reads code, name, message,
#                    status and is_retryable (what an application does), depending on defs;
#   wrap_<side>_N    two N-variant enums with disjoint codes and a wrapper of both;
#   display_<side>_N (WITH_DISPLAY=1) a caller that formats the error with to_string().
# Targets (the scale issue): the caller over 1,000 variants at most 0.8x the peers' CPU, with no
# super-linear growth from 1,000 to 5,000; peak compiler memory at 5,000 and 10,000 variants
# below the peers'.
#
#   scripts/scale-cost.sh                           # sizes 100 300 1000 2000 5000 10000, 1 run
#   SIZES="1000 5000" RUNS=3 scripts/scale-cost.sh
#   CALLER_SIZES="100 300 1000" WRAP_SIZES="1000" scripts/scale-cost.sh   # subsets of SIZES
#   KAKAO_ERRORS=/path/to/kakao-errors scripts/scale-cost.sh               # another derive
#   TIMEOUT=600 WITH_DISPLAY=1 scripts/scale-cost.sh
#   OFFLINE=1 scripts/scale-cost.sh                 # never reach the registry
#
# Everything it writes goes under $WORK (default: ${TMPDIR:-/tmp}/kakao-scale): one cargo
# workspace per side with its own target directory. The peer crates (versions pinned below) are
# downloaded on the first run if the registry cache lacks them (unless OFFLINE=1); every build
# then runs with --offline.
#
# Method: the dependencies are built first (through an empty crate per side, itself measured
# as the fixed cost of a crate). Then each measured crate has its source touched and is rebuilt
# alone with `cargo build --release -p <crate>`; cargo runs rustc through a RUSTC_WRAPPER that
# runs GNU time (`%U %S %M`) around the rustc invocation of that one crate only, and checks
# that no other crate was compiled. CPU is user + sys of that rustc process (all its threads),
# peak is its maximum resident set. Of RUNS runs the fastest CPU and the lowest peak count; the
# sides alternate within a run. Each build has a limit of TIMEOUT seconds (default 900); a cell
# that reaches it reads `>900 s`, and that side's larger sizes of the same measurement are
# skipped rather than left to time out again.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
helper="$repo/scripts/scale-cost.py"
kakao_errors="$(cd "${KAKAO_ERRORS:-$repo/kakao-errors}" && pwd)"
work="${WORK:-${TMPDIR:-/tmp}/kakao-scale}"
sizes="${SIZES:-100 300 1000 2000 5000 10000}"
caller_sizes="${CALLER_SIZES-$sizes}"
wrap_sizes="${WRAP_SIZES-$sizes}"
runs="${RUNS:-1}"
limit="${TIMEOUT:-900}"
display="${WITH_DISPLAY:-}"

# The peer stack, pinned.
peer_dependencies='num_enum = "=0.7.6"
strum = { version = "=0.28.0", features = ["derive"] }
thiserror = "=2.0.21"
serde = "=1.0.229"
serde_repr = "=0.1.21"'

results="$work/results.tsv"
mkdir -p "$work"
rm -f "$results"

# cargo's RUSTC_WRAPPER: logs the name of every crate compiled, and runs rustc under a timer
# when it compiles $SCALE_MEASURE.
cat > "$work/rustc-wrapper" <<'SH'
#!/usr/bin/env bash
set -euo pipefail
crate="" previous=""
for argument in "$@"; do
    [[ "$previous" == --crate-name ]] && crate=$argument
    previous=$argument
done
# (cargo's own probes of rustc pass the crate name ___)
if [[ -n "$crate" && "$crate" != ___ && -n "${SCALE_COMPILED:-}" ]]; then
    echo "$crate" >> "$SCALE_COMPILED"
fi
if [[ -n "$crate" && "$crate" == "${SCALE_MEASURE:-}" ]]; then
    if [[ -x /usr/bin/time ]]; then
        exec /usr/bin/time -o "$SCALE_TIME" -f '%U %S %M %e' "$@"
    fi
    exec python3 "$SCALE_HELPER" time "$SCALE_TIME" "$@"
fi
exec "$@"
SH
chmod +x "$work/rustc-wrapper"
export RUSTC_WRAPPER="$work/rustc-wrapper" SCALE_HELPER="$helper"
export SCALE_TIME="$work/time.txt" SCALE_COMPILED="$work/compiled.txt"

# One workspace per side: $1 side, $2 its [workspace.dependencies].
new_workspace() {
    local dir="$work/$1"
    rm -rf "$dir/crates"
    mkdir -p "$dir/crates"
    printf '[workspace]\nresolver = "3"\nmembers = ["crates/*"]\n\n[workspace.dependencies]\n%s\n' \
        "$2" > "$dir/Cargo.toml"
    python3 "$helper" empty "$dir/crates" "$1"
    for n in $sizes; do
        python3 "$helper" gen "$dir/crates" "$1" "$n" ${display:+--display}
    done
}

new_workspace ours "kakao-errors = { path = \"$kakao_errors\" }"
new_workspace peers "$peer_dependencies"
# The derive's own lock file, where there is one, so that ours builds what its workspace tests.
[[ -f "$kakao_errors/../Cargo.lock" ]] && cp "$kakao_errors/../Cargo.lock" "$work/ours/Cargo.lock"

for side in ours peers; do
    if ! cargo fetch --offline --quiet --manifest-path "$work/$side/Cargo.toml" 2>/dev/null; then
        if [[ -n "${OFFLINE:-}" ]]; then
            echo "$side: the dependencies are not in the registry cache" >&2
            exit 1
        fi
        echo "fetching the dependencies of $side from the registry..."
        cargo fetch --quiet --manifest-path "$work/$side/Cargo.toml"
    fi
    echo "building the dependencies of $side (release)..."
    cargo build --offline --release --quiet --manifest-path "$work/$side/Cargo.toml" \
        -p "empty_$side"
done

# measure SIDE KIND [N]: rebuilds crate KIND_SIDE[_N] alone and appends a line to $results:
# kind, side, size, status (ok, timeout, failed), CPU (s), peak (KiB), wall (s).
measure() {
    local side=$1 kind=$2 n=${3:-} crate dir user sys rss wall cpu status=ok
    crate="${kind}_${side}${n:+_$n}"
    dir="$work/$side/crates/$kind${n:+_$n}"
    touch "$dir/src/lib.rs"
    rm -f "$SCALE_TIME"
    : > "$SCALE_COMPILED"
    if SCALE_MEASURE="$crate" timeout -k 30 "$limit" cargo build --offline --release --quiet \
        --manifest-path "$work/$side/Cargo.toml" -p "$crate" 2> "$work/cargo-stderr.txt"; then
        if [[ ! -s "$SCALE_TIME" ]]; then
            echo "error: cargo did not compile $crate; nothing was measured" >&2
            exit 1
        fi
        read -r user sys rss wall < <(tail -1 "$SCALE_TIME")
        if [[ "$(sort -u "$SCALE_COMPILED" | tr '\n' ' ')" != "$crate " ]]; then
            echo "warning: building $crate also compiled: $(tr '\n' ' ' < "$SCALE_COMPILED")" >&2
        fi
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u + s}')
        printf '%s\t%s\t%s\tok\t%s\t%s\t%s\n' "$kind" "$side" "${n:--}" "$cpu" "$rss" "$wall" \
            >> "$results"
        printf '  %-22s cpu %7s s  peak %6d MiB  wall %7.2f s\n' \
            "$crate" "$cpu" $((rss / 1024)) "$wall"
    else
        [[ $? == 124 ]] && status=timeout || status=failed
        printf '%s\t%s\t%s\t%s\t\t\t\n' "$kind" "$side" "${n:--}" "$status" >> "$results"
        echo "  $crate: $status" >&2
        [[ $status == failed ]] && tail -20 "$work/cargo-stderr.txt" >&2
    fi
    return 0
}

listed() { [[ " $2 " == *" $1 "* ]]; } # listed WORD "LIST"

declare -A given_up # "kind side" -> the smallest size it timed out (or failed) at
measure_unless_given_up() { # side kind n
    local key="$2 $1"
    if [[ -n "${given_up[$key]:-}" ]] && (($3 >= given_up[$key])); then
        printf '%s\t%s\t%s\tskipped\t\t\t\n' "$2" "$1" "$3" >> "$results"
        return
    fi
    measure "$1" "$2" "$3"
    if [[ "$(tail -1 "$results" | cut -f4)" != ok ]]; then
        given_up[$key]=$3
    fi
}

for ((r = 1; r <= runs; r++)); do
    echo "run $r of $runs"
    for side in ours peers; do measure "$side" empty; done
    for n in $sizes; do
        kinds=(defs)
        listed "$n" "$caller_sizes" && kinds+=(caller)
        listed "$n" "$caller_sizes" && [[ -n "$display" ]] && kinds+=(display)
        listed "$n" "$wrap_sizes" && kinds+=(wrap)
        for kind in "${kinds[@]}"; do
            for side in ours peers; do measure_unless_given_up "$side" "$kind" "$n"; done
        done
    done
done

commit=$(git -C "$kakao_errors" rev-parse --short HEAD 2>/dev/null || echo "not a git checkout")
if [[ -n "$(git -C "$kakao_errors" status --porcelain -- . 2>/dev/null)" ]]; then
    commit="$commit (modified)"
fi
echo
echo "kakao-errors: $kakao_errors at $commit; $(rustc --version); $(date -u +%Y-%m-%d)"
peers=$(grep -A1 -E '^name = "(num_enum|strum|thiserror|serde_repr|serde)"$' \
    "$work/peers/Cargo.lock" | grep -oE '"[^"]+"' | tr -d '"' | paste -d' ' - - | paste -sd, -)
echo "peers: ${peers//,/, }"
echo "release profile; CPU = user + sys of the crate's rustc, fastest of $runs; peak = its max RSS"
python3 "$helper" report "$results" "$limit"
