#!/usr/bin/env python3
"""Prints the import graph between the modules of kakao-errors-derive and fails on a cycle.

Every `crate::name` a module mentions (in `use` lines or paths) is an edge to module `name`;
`crate::{a, b}` gives one edge each. `lib.rs` is the root that declares every module and
holds the driver: its edges are listed, not counted in cycles (a module may call the root's
driver only from a test module, `never_panics`, which is a child of the root).
"""
import pathlib
import re
import sys

src = pathlib.Path(__file__).resolve().parent.parent / "kakao-errors-derive" / "src"
modules = {path.stem: path.read_text() for path in sorted(src.glob("*.rs"))}
edges = {}
for name, text in modules.items():
    targets = set()
    for group in re.findall(r"crate::\{([^}]*)\}", text):
        for part in group.split(","):
            part = part.strip().split("::")[0].strip()
            if part:
                targets.add(part)
    for target in re.findall(r"crate::(\w+)", text):
        targets.add(target)
    if name == "lib":
        # The root names its modules without `crate::`.
        targets.update(t for t in re.findall(r"\b(\w+)::", text) if t in modules)
    # An item of the root (`crate::derive`) is an edge to the root.
    edges[name] = sorted(
        (t if t in modules else "lib") for t in targets if t != name
    )

for name in sorted(edges):
    print(f"{name:>13} -> {', '.join(edges[name]) or '(nothing)'}")

graph = {name: [t for t in targets if t != "lib"] for name, targets in edges.items() if name != "lib"}
state = {}
cycle = []


def visit(node, path):
    state[node] = "open"
    for target in graph.get(node, []):
        if state.get(target) == "open":
            cycle.append(path[path.index(target):] + [target] if target in path else path + [target])
        elif target not in state:
            visit(target, path + [target])
    state[node] = "done"


for node in sorted(graph):
    if node not in state:
        visit(node, [node])
if cycle:
    for found in cycle:
        print("cycle: " + " -> ".join(found))
    sys.exit(1)
print("no cycle among the modules below lib.rs")
