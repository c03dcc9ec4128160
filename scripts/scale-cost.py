#!/usr/bin/env python3
"""Helper of scripts/scale-cost.sh: writes the generated crates, times one command, and turns
the measurements into Markdown tables.

    scale-cost.py gen CRATES_DIR SIDE N [--display]   # SIDE: ours or peers
    scale-cost.py empty CRATES_DIR SIDE
    scale-cost.py time OUT_FILE COMMAND...             # where GNU time is missing
    scale-cost.py report RESULTS_TSV TIMEOUT

The enums of both sides carry the same data: variant `Variant{i}`, a doc comment that is its
message, a code (mixed signs, unique), a status (a few usual ones, none on some rows) and the
retry flag on every ninth row. Python 3.11, standard library only.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

STATUSES = (400, 401, 403, 404, 429, 500, 502, 503)

# The derives a user combines for what #[derive(KakaoError)] gives (the issue's list).
PEER_DERIVES = (
    "Debug, Clone, Copy, PartialEq, Eq, num_enum::TryFromPrimitive, num_enum::IntoPrimitive, "
    "strum::EnumString, strum::IntoStaticStr, thiserror::Error, serde_repr::Serialize_repr, "
    "serde_repr::Deserialize_repr"
)
OUR_DERIVES = "Debug, Clone, Copy, PartialEq, Eq, KakaoError"


@dataclass(frozen=True)
class Row:
    name: str
    code: int
    status: int | None
    retry: bool
    message: str


def rows(n: int, offset: int = 0, label: str = "Generated") -> list[Row]:
    """`n` variants; `offset` moves every code away from zero (disjoint tables for a wrapper)."""
    out = []
    for i in range(n):
        magnitude = i * 7 + 1 + offset
        out.append(
            Row(
                name=f"Variant{i}",
                code=magnitude if i % 2 == 0 else -magnitude,
                status=None if i % 10 == 7 else STATUSES[i % len(STATUSES)],
                retry=i % 9 == 0,
                message=f"{label} error number {i}: something the API could not do.",
            )
        )
    return out


def two_tables(write_enum: Callable[[str, list[Row]], str], n: int) -> str:
    """`First` and `Second`, `n` variants each, with disjoint codes: what a wrapper wraps."""
    second = rows(n, offset=1_000_000, label="Second")
    return write_enum("First", rows(n)) + "\n" + write_enum("Second", second)


def manifest(package: str, dependencies: list[str]) -> str:
    lines = [
        "[package]",
        f'name = "{package}"',
        'version = "0.0.0"',
        'edition = "2024"',
        "publish = false",
        "",
        "[dependencies]",
    ]
    lines += dependencies
    return "\n".join(lines) + "\n"


def write_crate(crates: Path, directory: str, package: str, deps: list[str], source: str) -> None:
    root = crates / directory
    (root / "src").mkdir(parents=True, exist_ok=True)
    (root / "Cargo.toml").write_text(manifest(package, deps))
    (root / "src" / "lib.rs").write_text(source)


# --- ours -------------------------------------------------------------------------------------


def our_enum(name: str, table: list[Row]) -> str:
    out = [f"#[derive({OUR_DERIVES})]", f"pub enum {name} {{"]
    for row in table:
        keys = [f"code = {row.code}"]
        if row.status is not None:
            keys.append(f"status = {row.status}")
        keys.append(f"retry = {'true' if row.retry else 'false'}")
        out += [
            f"    /// {row.message}",
            f"    #[kakao({', '.join(keys)})]",
            f"    {row.name},",
        ]
    out.append("}")
    return "\n".join(out) + "\n"


def ours_defs(n: int) -> str:
    return (
        "//! A generated table deriving KakaoError.\n"
        "use kakao_errors::KakaoError;\n\n" + our_enum("Codes", rows(n))
    )


def ours_wrap(n: int) -> str:
    return (
        "//! Two generated tables with disjoint codes and a wrapper of both, deriving KakaoError.\n"
        "use kakao_errors::KakaoError;\n\n"
        + two_tables(our_enum, n)
        + f"""
/// Either table.
#[derive({OUR_DERIVES})]
pub enum Both {{
    /// The first table.
    #[kakao(transparent)]
    First(First),
    /// The second table.
    #[kakao(transparent)]
    Second(Second),
}}
"""
    )


# --- peers ------------------------------------------------------------------------------------


def peer_enum(name: str, table: list[Row]) -> str:
    """The enum as a user writes it with the peer stack, and the accessors the stack lacks."""
    out = [f"#[derive({PEER_DERIVES})]", "#[repr(i32)]", f"pub enum {name} {{"]
    for row in table:
        out += [
            f"    /// {row.message}",
            f'    #[error("[{row.code}] {row.message}")]',
            f"    {row.name} = {row.code},",
        ]
    out += ["}", "", f"impl {name} {{"]
    out += ["    /// The English description.", "    pub fn message(&self) -> &'static str {"]
    out.append("        match self {")
    out += [f'            Self::{row.name} => "{row.message}",' for row in table]
    out += ["        }", "    }", ""]
    out += ["    /// The documented HTTP status.", "    pub fn status(&self) -> Option<u16> {"]
    out.append("        match self {")
    for row in table:
        status = "None" if row.status is None else f"Some({row.status})"
        out.append(f"            Self::{row.name} => {status},")
    out += ["        }", "    }", ""]
    retryable = " | ".join(f"Self::{row.name}" for row in table if row.retry) or "_ if false"
    out += [
        "    /// Whether sending the same request again is the documented remedy.",
        "    pub fn is_retryable(&self) -> bool {",
        f"        matches!(self, {retryable})",
        "    }",
        "}",
    ]
    return "\n".join(out) + "\n"


def peers_defs(n: int) -> str:
    return "//! A generated table written with the peer stack.\n\n" + peer_enum("Codes", rows(n))


def peers_wrap(n: int) -> str:
    delegated = [
        ("code", "self", "i32", "i32::from(inner)"),
        ("name", "self", "&'static str", "inner.into()"),
        ("message", "&self", "&'static str", "inner.message()"),
        ("status", "&self", "Option<u16>", "inner.status()"),
        ("is_retryable", "&self", "bool", "inner.is_retryable()"),
    ]
    accessors = "\n".join(
        f"""    /// `{method}` of the table the code is in.
    pub fn {method}({receiver}) -> {returns} {{
        match self {{
            Self::First(inner) => {call},
            Self::Second(inner) => {call},
        }}
    }}
"""
        for method, receiver, returns, call in delegated
    )
    return (
        "//! Two generated tables with disjoint codes and a wrapper of both, "
        "with the peer stack.\n\n"
        + two_tables(peer_enum, n)
        + f"""
/// Either table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Both {{
    /// The first table.
    #[error(transparent)]
    First(#[from] First),
    /// The second table.
    #[error(transparent)]
    Second(#[from] Second),
}}

impl TryFrom<i32> for Both {{
    type Error = i32;

    fn try_from(code: i32) -> Result<Self, i32> {{
        if let Ok(inner) = First::try_from(code) {{
            return Ok(Self::First(inner));
        }}
        if let Ok(inner) = Second::try_from(code) {{
            return Ok(Self::Second(inner));
        }}
        Err(code)
    }}
}}

impl Both {{
{accessors}}}

impl serde::Serialize for Both {{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {{
        serializer.serialize_i32(self.code())
    }}
}}

impl<'de> serde::Deserialize<'de> for Both {{
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {{
        let code = i32::deserialize(deserializer)?;
        Both::try_from(code)
            .map_err(|code| serde::de::Error::custom(format_args!("unknown error code {{code}}")))
    }}
}}
"""
    )


# --- callers ----------------------------------------------------------------------------------

DESCRIBED = """/// What the application keeps of an error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Described {
    pub code: i32,
    pub name: &'static str,
    pub message: &'static str,
    pub status: Option<u16>,
    pub retry: bool,
}
"""


def caller(side: str, n: int) -> str:
    """One function using the whole API, as an application does."""
    if side == "ours":
        head = f"use defs_ours_{n}::Codes;\nuse kakao_errors::KakaoError;\n"
        lookup = "Codes::from_code(code)?"
        code, name = "error.code()", "error.name()"
    else:
        head = f"use defs_peers_{n}::Codes;\n"
        lookup = "Codes::try_from(code).ok()?"
        code, name = "i32::from(error)", "error.into()"
    return f"""//! A caller of the {n}-variant table: one function that uses the whole API.
{head}
{DESCRIBED}
/// Looks `code` up and reads everything the application shows of it.
#[must_use]
pub fn describe(code: i32) -> Option<Described> {{
    let error = {lookup};
    Some(Described {{
        code: {code},
        name: {name},
        message: error.message(),
        status: error.status(),
        retry: error.is_retryable(),
    }})
}}
"""


def display_caller(side: str, n: int) -> str:
    """The other common use: look a code up and show it (`Display`)."""
    if side == "ours":
        head, lookup = f"use defs_ours_{n}::Codes;\n", "Codes::from_code(code)"
    else:
        head, lookup = f"use defs_peers_{n}::Codes;\n", "Codes::try_from(code).ok()"
    return f"""//! A caller of the {n}-variant table that shows an error (`Display`).
{head}
/// Looks `code` up and formats it.
#[must_use]
pub fn show(code: i32) -> Option<String> {{
    {lookup}.map(|error| error.to_string())
}}
"""


# --- commands ---------------------------------------------------------------------------------

OURS_DEPS = ["kakao-errors.workspace = true"]
PEERS_DEPS = [
    f"{name}.workspace = true"
    for name in ("num_enum", "strum", "thiserror", "serde", "serde_repr")
]


def side_deps(side: str) -> list[str]:
    return OURS_DEPS if side == "ours" else PEERS_DEPS


def generate(crates: Path, side: str, n: int, display: bool) -> None:
    deps = side_deps(side)
    defs, wrap = (ours_defs, ours_wrap) if side == "ours" else (peers_defs, peers_wrap)
    defs_dep = f'defs_{side}_{n} = {{ path = "../defs_{n}" }}'
    write_crate(crates, f"defs_{n}", f"defs_{side}_{n}", deps, defs(n))
    write_crate(crates, f"wrap_{n}", f"wrap_{side}_{n}", deps, wrap(n))
    # A caller names only what it uses: its table, and for ours the trait.
    caller_deps = [*OURS_DEPS, defs_dep] if side == "ours" else [defs_dep]
    write_crate(crates, f"caller_{n}", f"caller_{side}_{n}", caller_deps, caller(side, n))
    if display:
        source = display_caller(side, n)
        write_crate(crates, f"display_{n}", f"display_{side}_{n}", [defs_dep], source)


def time_command(out_file: str, command: list[str]) -> int:
    """`/usr/bin/time -f '%U %S %M %e'` for machines without GNU time."""
    start = os.times().elapsed
    status = subprocess.call(command)
    wall = os.times().elapsed - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    Path(out_file).write_text(
        f"{usage.ru_utime:.2f} {usage.ru_stime:.2f} {usage.ru_maxrss} {wall:.2f}\n"
    )
    return status


# --- report -----------------------------------------------------------------------------------


@dataclass
class Cell:
    status: str  # ok, timeout, failed, skipped
    cpu: float | None = None
    peak_mib: float | None = None


RANK = {"ok": 0, "timeout": 1, "failed": 2, "skipped": 3}


def read_results(path: Path) -> dict[tuple[str, str, str], Cell]:
    """(kind, side, size) -> the fastest run's CPU and the lowest peak of the runs that finished."""
    cells: dict[tuple[str, str, str], Cell] = {}
    for line in path.read_text().splitlines():
        kind, side, size, status, cpu, rss = line.split("\t")[:6]
        key = (kind, side, size)
        cell = cells.setdefault(key, Cell(status))
        if status != "ok":
            # A run that finished counts over one that did not; a limit reached, over a skip.
            if RANK[status] < RANK[cell.status]:
                cell.status = status
            continue
        cell.status = "ok"
        cpu_s, mib = float(cpu), int(rss) / 1024
        cell.cpu = cpu_s if cell.cpu is None else min(cell.cpu, cpu_s)
        cell.peak_mib = mib if cell.peak_mib is None else min(cell.peak_mib, mib)
    return cells


def show_cpu(cell: Cell | None, limit: str) -> str:
    if cell is None:
        return ""
    if cell.status == "ok":
        return f"{cell.cpu:.2f}"
    return {"timeout": f">{limit} s", "skipped": "skipped"}.get(cell.status, cell.status)


def show_peak(cell: Cell | None) -> str:
    if cell is None:
        return ""
    return f"{cell.peak_mib:,.0f}" if cell.status == "ok" else "–"


def ratio(ours: Cell | None, peers: Cell | None, field: str, limit: str) -> str:
    if ours is None or peers is None:
        return ""
    a, b = getattr(ours, field), getattr(peers, field)
    if ours.status == "ok" and peers.status == "ok" and b:
        return f"{a / b:.2f}x"
    # A build stopped at the limit ran at least that long (wall time, about its CPU: rustc
    # optimises one function on one thread).
    if field == "cpu" and ours.status == "timeout" and peers.status == "ok" and b:
        return f">{float(limit) / b:.0f}x"
    if field == "cpu" and ours.status == "ok" and peers.status == "timeout":
        return f"<{a / float(limit):.2f}x"
    return "–"


TITLES = {
    "defs": "(a) the crate that defines the enum",
    "caller": "(b) the caller: one function using the whole API "
    "(`from_code`, `code`, `name`, `message`, `status`, `is_retryable`)",
    "display": "(c) the caller using `Display` (`to_string()`)",
    "wrap": "(d) two N-variant enums and a wrapper of both, in one crate",
}


def report(path: Path, limit: str) -> None:
    cells = read_results(path)
    empty = {side: cells.get(("empty", side, "-")) for side in ("ours", "peers")}
    for kind, title in TITLES.items():
        sizes = sorted({int(size) for k, _, size in cells if k == kind})
        if not sizes:
            continue
        print(f"\n#### {title}\n")
        print(
            "| variants | ours CPU (s) | peers CPU (s) | CPU ratio "
            "| ours peak (MiB) | peers peak (MiB) | peak ratio |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|")
        table = [("empty crate", empty["ours"], empty["peers"])]
        for n in sizes:
            ours, peers = (cells.get((kind, side, str(n))) for side in ("ours", "peers"))
            table.append((f"{n:,}", ours, peers))
        for label, ours, peers in table:
            if ours is None and peers is None:
                continue
            print(
                f"| {label} | {show_cpu(ours, limit)} | {show_cpu(peers, limit)} "
                f"| {ratio(ours, peers, 'cpu', limit)} | {show_peak(ours)} | {show_peak(peers)} "
                f"| {ratio(ours, peers, 'peak_mib', limit)} |"
            )
        statuses = {cells[key].status for key in cells if key[0] == kind}
        if statuses & {"timeout", "skipped"}:
            print(
                f"\n`>{limit} s`: stopped at the time limit (wall time). `skipped`: not built, "
                "because a smaller size of the same side and measurement reached the limit or "
                "failed."
            )
        growth(cells, kind, sizes)


def growth(cells: dict[tuple[str, str, str], Cell], kind: str, sizes: list[int]) -> None:
    """CPU of each size over that of 1,000 variants (or the smallest size), and the size ratio."""
    base = 1000 if 1000 in sizes else sizes[0]
    lines = []
    for n in sizes:
        if n <= base:
            continue
        parts = []
        for side in ("ours", "peers"):
            a, b = cells.get((kind, side, str(n))), cells.get((kind, side, str(base)))
            if a and b and a.status == b.status == "ok" and b.cpu:
                parts.append(f"{side} {a.cpu / b.cpu:.2f}x")
            else:
                parts.append(f"{side} –")
        if all(part.endswith("–") for part in parts):
            continue
        head = f"- {n:,} vs {base:,} variants (N ratio {n / base:g}): CPU "
        lines.append(head + ", ".join(parts))
    if lines:
        print("\nGrowth (linear would match the N ratio; above it, super-linear):\n")
        print("\n".join(lines))


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    command, args = argv[1], argv[2:]
    if command == "gen":
        generate(Path(args[0]), args[1], int(args[2]), "--display" in args[3:])
    elif command == "empty":
        crates, side = Path(args[0]), args[1]
        source = "//! Nothing: the fixed cost of compiling a crate with these dependencies.\n"
        write_crate(crates, "empty", f"empty_{side}", side_deps(side), source)
    elif command == "time":
        return time_command(args[0], args[1:])
    elif command == "report":
        report(Path(args[0]), args[1])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
