#!/usr/bin/env bash
# The cost of KakaoRetry (feature `reqwest-middleware`) against reqwest-retry's
# RetryTransientMiddleware on the same reqwest 0.13 client: instructions (callgrind) and heap
# allocations of one request followed by `kakao_check()`, for a 400 that neither retries (a -2)
# and for a 200. Targets (issue 20, item 7): at most 1.05x the instructions on the 400, 1.00x
# on the 200.
#
#   scripts/middleware-cost.sh           # N = 200 requests
#   N=500 scripts/middleware-cost.sh
#   FEATURES=tracing scripts/middleware-cost.sh   # with kakao-errors' `tracing` feature on
#                                                 # (no subscriber: what a service pays that
#                                                 # turns it on and filters the events out)
#
# The client runs under callgrind; the loopback server is a child process it starts, run
# natively (callgrind does not follow children), so only the client is counted. Each run sends
# 10 warm-up requests, then N (or 2N): the difference between the 2N and the N run is the cost
# of N requests, the setup (runtime, client, server start) cancelled. The bench crate
# (scripts/middleware-cost/) is outside the workspace: reqwest-retry is built only here.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
n="${N:-200}"
crate="$repo/scripts/middleware-cost"
bin="$crate/target/release/middleware-cost"

command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 2; }
cargo build --release --quiet --manifest-path "$crate/Cargo.toml" ${FEATURES:+--features "$FEATURES"}

# Instructions of one run of `middleware-cost run $1 $2 $3`.
instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" run "$1" "$2" "$3" 2>&1 \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

declare -A cost
for status in 400 200; do
    for middleware in retry kakao; do
        one=$(instructions "$middleware" "$status" "$n")
        two=$(instructions "$middleware" "$status" $((2 * n)))
        cost[$middleware.$status]=$((two - one))
        printf '%-6s %s: %12d instructions for %d requests (%d each); ' \
            "$middleware" "$status" $((two - one)) "$n" $(((two - one) / n))
        "$bin" run "$middleware" "$status" 1000 | sed 's/^[a-z]* [0-9]*: //'
    done
    awk -v k="${cost[kakao.$status]}" -v r="${cost[retry.$status]}" -v s="$status" \
        'BEGIN { printf "%s: KakaoRetry / RetryTransientMiddleware = %.4fx\n\n", s, k / r }'
done
