#!/usr/bin/env bash
# A user's cold release build: a small crate deriving KakaoError (kakao-errors, default features)
# against the same crate written with thiserror + serde + serde_json (what a hand-written
# alternative needs). Target (issue 5): at most 1.15x the CPU time (user + sys) of the latter.
#
#   scripts/user-build-cost.sh              # 2 cold builds of each, alternating; the fastest counts
#   RUNS=3 scripts/user-build-cost.sh
#   ONLINE=1 scripts/user-build-cost.sh     # allow cargo to reach the registry
#
# Works offline against the registry cache (cargo --offline; the versions are the workspace's
# Cargo.lock). Everything it writes goes under $WORK (default: $TMPDIR or /tmp), never into the
# repository; each build gets an empty target directory of its own.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${WORK:-${TMPDIR:-/tmp}/kakao-errors-user-build-cost}"
runs="${RUNS:-2}"
offline=(--offline)
[[ -n "${ONLINE:-}" ]] && offline=()

rm -rf "$work/with_derive" "$work/hand_written"
mkdir -p "$work/with_derive/src" "$work/hand_written/src"

cat > "$work/with_derive/Cargo.toml" <<TOML
[package]
name = "with_derive"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
kakao-errors = { path = "$repo/kakao-errors" }

[workspace]
TOML

cat > "$work/with_derive/src/lib.rs" <<'RS'
//! A user's error codes with kakao-errors.
use kakao_errors::KakaoError;
use kakao_errors::response::{ResponseError, parse_as};

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Billing {
    /// The card was declined.
    #[kakao(code = 7001, status = 402, solution = "Ask the user for another card.")]
    CardDeclined,
    /// The payment gateway timed out.
    #[kakao(code = 7002, status = 504, retry = true)]
    GatewayTimeout,
    /// The balance is too low.
    #[kakao(code = 7003, status = 402)]
    InsufficientFunds,
    /// The card has expired.
    #[kakao(code = 7004, status = 402)]
    CardExpired,
    /// Any other code.
    #[kakao(other)]
    Unknown(i32),
}

/// Reads an error response.
#[must_use]
pub fn read(status: u16, body: &[u8]) -> ResponseError<Billing> {
    parse_as(status, body)
}
RS

cat > "$work/hand_written/Cargo.toml" <<TOML
[package]
name = "hand_written"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
thiserror = "2"
serde = { version = "1", features = ["derive"] }
serde_json = "1"

[workspace]
TOML

cat > "$work/hand_written/src/lib.rs" <<'RS'
//! The same error codes, written by hand with thiserror + serde + serde_json.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(try_from = "i32", into = "i32")]
pub enum Billing {
    #[error("[7001] The card was declined.")]
    CardDeclined,
    #[error("[7002] The payment gateway timed out.")]
    GatewayTimeout,
    #[error("[7003] The balance is too low.")]
    InsufficientFunds,
    #[error("[7004] The card has expired.")]
    CardExpired,
    #[error("[{0}] unknown error code")]
    Unknown(i32),
}

impl From<i32> for Billing {
    fn from(code: i32) -> Self {
        match code {
            7001 => Self::CardDeclined,
            7002 => Self::GatewayTimeout,
            7003 => Self::InsufficientFunds,
            7004 => Self::CardExpired,
            other => Self::Unknown(other),
        }
    }
}

impl From<Billing> for i32 {
    fn from(e: Billing) -> i32 {
        match e {
            Billing::CardDeclined => 7001,
            Billing::GatewayTimeout => 7002,
            Billing::InsufficientFunds => 7003,
            Billing::CardExpired => 7004,
            Billing::Unknown(code) => code,
        }
    }
}

impl Billing {
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::CardDeclined | Self::InsufficientFunds | Self::CardExpired => Some(402),
            Self::GatewayTimeout => Some(504),
            Self::Unknown(_) => None,
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct Body {
    pub code: i32,
    pub msg: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ResponseError {
    #[error("HTTP {status}: {cause}")]
    Api { status: u16, cause: Billing, msg: Option<String> },
    #[error("HTTP {status}: unreadable body")]
    Unreadable { status: u16, source: serde_json::Error },
}

/// Reads an error response.
pub fn read(status: u16, body: &[u8]) -> ResponseError {
    match serde_json::from_slice::<Body>(body) {
        Ok(b) => ResponseError::Api { status, cause: b.code.into(), msg: b.msg },
        Err(source) => ResponseError::Unreadable { status, source },
    }
}
RS

cp "$repo/Cargo.lock" "$work/with_derive/Cargo.lock"
cp "$repo/Cargo.lock" "$work/hand_written/Cargo.lock"

# Prints the CPU seconds (user + sys) of a cold release build of crate $1.
cold_build() {
    local dir="$work/$1" out
    rm -rf "$dir/target"
    /usr/bin/time -o "$work/time.txt" -f '%U %S %e' cargo build "${offline[@]}" --release \
        --manifest-path "$dir/Cargo.toml" --target-dir "$dir/target" --quiet
    out=$(tail -1 "$work/time.txt")
    awk '{printf "%.2f %.2f\n", $1 + $2, $3}' <<<"$out"
}

best() { sort -n | head -1; }
derive_runs=() hand_runs=()
for ((r = 0; r < runs; r++)); do
    read -r cpu wall < <(cold_build hand_written); hand_runs+=("$cpu"); echo "hand_written run $r: cpu ${cpu}s wall ${wall}s"
    read -r cpu wall < <(cold_build with_derive); derive_runs+=("$cpu"); echo "with_derive  run $r: cpu ${cpu}s wall ${wall}s"
done
d=$(printf '%s\n' "${derive_runs[@]}" | best)
h=$(printf '%s\n' "${hand_runs[@]}" | best)

echo
echo "crates compiled, with_derive:  $(cargo tree "${offline[@]}" -e normal,build --prefix none --manifest-path "$work/with_derive/Cargo.toml" | sort -u | tr '\n' ' ')"
echo "crates compiled, hand_written: $(cargo tree "${offline[@]}" -e normal,build --prefix none --manifest-path "$work/hand_written/Cargo.toml" | sort -u | tr '\n' ' ')"
awk -v d="$d" -v h="$h" 'BEGIN {
    r = d / h
    printf "\ncold release build, CPU (user+sys), fastest of each: with_derive %.2f s, hand_written %.2f s: %.2fx (target <= 1.15x: %s)\n",
        d, h, r, (r <= 1.15 ? "met" : "NOT met")
}'
