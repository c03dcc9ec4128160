#!/usr/bin/env bash
# Expansion cost of #[derive(KakaoError)]: generates crates deriving on 100, 500, 1,000 and
# 5,000-variant enums and times their cold builds, dependencies already built. Target (issue 5):
# 5,000 variants cost at most 12x the 500-variant time.
#
#   scripts/expansion-cost.sh                 # sizes 100 500 1000 5000, 3 runs each, dev profile
#   SIZES="500 5000" RUNS=5 scripts/expansion-cost.sh
#   PROFILE=release scripts/expansion-cost.sh
#   ONLINE=1 scripts/expansion-cost.sh        # allow cargo to reach the registry
#
# Works offline against the registry cache (cargo --offline) once the workspace has built.
# Everything it writes goes under $WORK (default: $TMPDIR or /tmp), never into the repository.
# Each figure is the fastest of RUNS rebuilds of the generated crate alone (its source touched),
# as CPU time (user + sys, what the machine's other load disturbs least) and wall time; a crate
# with an empty lib is timed the same way, as the fixed cost of invoking cargo and rustc.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${WORK:-${TMPDIR:-/tmp}/kakao-errors-expansion-cost}"
sizes="${SIZES:-100 500 1000 5000}"
runs="${RUNS:-3}"
profile="${PROFILE:-dev}"
offline=(--offline)
[[ -n "${ONLINE:-}" ]] && offline=()

mkdir -p "$work"
export CARGO_TARGET_DIR="$work/target"
cp "$repo/Cargo.lock" "$work/Cargo.lock"

members='"empty"'
for n in $sizes; do members="$members, \"gen_$n\""; done
cat > "$work/Cargo.toml" <<TOML
[workspace]
resolver = "3"
members = [$members]
TOML

new_crate() { # name, with the kakao-errors dependency
    mkdir -p "$work/$1/src"
    cat > "$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
kakao-errors = { path = "$repo/kakao-errors" }
TOML
}

new_crate empty
echo '//! Nothing: the fixed cost of a build.' > "$work/empty/src/lib.rs"

# One enum of $1 variants, as a table in this crate reads: doc comment, code, status, retry,
# a Korean message and a solution on some rows.
generate() {
    local n=$1 i code
    echo '//! A generated table.'
    echo 'use kakao_errors::KakaoError;'
    echo '#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]'
    echo 'pub enum Generated {'
    for ((i = 0; i < n; i++)); do
        code=$(( i % 2 == 0 ? i * 7 + 1 : -(i * 7 + 1) ))
        echo "    /// Generated error number $i: something the API could not do."
        printf '    #[kakao(code = %d, status = %d, retry = %s' "$code" $((400 + i % 100)) \
            "$([[ $((i % 9)) == 0 ]] && echo true || echo false)"
        [[ $((i % 3)) == 0 ]] && printf ', message_ko = "생성된 오류 %d"' "$i"
        [[ $((i % 4)) == 0 ]] && printf ', solution = "Do what error %d asks."' "$i"
        echo ")]"
        echo "    Variant$i,"
    done
    echo '    /// Any other code.'
    echo '    #[kakao(other)]'
    echo '    Unknown(i32),'
    echo '}'
}

for n in $sizes; do
    new_crate "gen_$n"
    generate "$n" > "$work/gen_$n/src/lib.rs"
done

cd "$work"
echo "building the dependencies once ($profile profile)..."
cargo build "${offline[@]}" --profile "$profile" --workspace --quiet

# Prints "cpu wall" (seconds) of the fastest of $runs rebuilds of crate $1.
time_crate() {
    local best_cpu="" best_wall="" out cpu wall
    for ((r = 0; r < runs; r++)); do
        touch "$work/$1/src/lib.rs"
        /usr/bin/time -o "$work/time.txt" -f '%U %S %e' cargo build "${offline[@]}" \
            --profile "$profile" -p "$1" --quiet
        out=$(tail -1 "$work/time.txt")
        cpu=$(awk '{printf "%.2f", $1 + $2}' <<<"$out")
        wall=$(awk '{print $3}' <<<"$out")
        if [[ -z "$best_cpu" ]] || awk -v a="$cpu" -v b="$best_cpu" 'BEGIN{exit !(a < b)}'; then
            best_cpu=$cpu best_wall=$wall
        fi
    done
    echo "$best_cpu $best_wall"
}

printf '\n%-10s %10s %10s %16s\n' variants "cpu (s)" "wall (s)" "cpu vs 500"
read -r base_cpu base_wall < <(time_crate empty)
printf '%-10s %10s %10s %16s\n' "empty" "$base_cpu" "$base_wall" ""
declare -A cpu_of
for n in $sizes; do
    read -r cpu wall < <(time_crate "gen_$n")
    cpu_of[$n]=$cpu
    ratio=""
    [[ -n "${cpu_of[500]:-}" ]] && ratio=$(awk -v a="$cpu" -v b="${cpu_of[500]}" 'BEGIN{printf "%.2fx", a / b}')
    printf '%-10s %10s %10s %16s\n' "$n" "$cpu" "$wall" "$ratio"
done

if [[ -n "${cpu_of[500]:-}" && -n "${cpu_of[5000]:-}" ]]; then
    awk -v a="${cpu_of[5000]}" -v b="${cpu_of[500]}" -v e="$base_cpu" 'BEGIN {
        r = a / b; rn = (a - e) / (b - e)
        printf "\n5,000 vs 500 variants: %.2fx CPU (%.2fx without the empty build'"'"'s %.2f s); target <= 12x: %s\n",
            r, rn, e, (r <= 12 ? "met" : "NOT met")
    }'
fi
