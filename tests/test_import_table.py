"""The allowed imports between SoumDesk's packages, and no import cycles between modules.

Every import counts, including those inside functions: a function-level import is still an
edge, and hiding a cycle in one only moves the failure to run time. Read the table as
"a module of the left package may import modules of these packages". Edge packages
(importers, reports, bundle) take and return plain data and never reach up into services.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "soum_desk"

BASE = {"root", "errors", "config", "domain"}
EDGES = {"importers", "reports", "bundle", "fileio"}
CORE = BASE | EDGES | {"db", "services.core"}
ALLOWED: dict[str, set[str]] = {
    "root": set(),
    "__main__": {"cli"},
    "errors": set(),
    "config": set(),
    "i18n_build": set(),
    "applog": {"root"},  # the log file and crash capture, set up by the GUI and the CLI
    "licences": {"root", "config"},  # the licence texts of what the program ships (About, self-test)
    "running": set(),  # the «SoumDesk is running» mark the Windows installer looks for
    "domain": {"errors", "config"},
    "db": {"errors", "config", "domain"},
    "fileio": {"errors", "config", "db"},
    "importers": BASE | {"fileio", "db"},
    "reports": BASE | {"fileio"},
    "bundle": BASE | {"fileio"},
    "services": set(),
    "services.core": BASE | EDGES | {"db"},
    "services.plans": CORE,
    "services.petitions": CORE,
    "services.archive": CORE,
    "services.letters": CORE | {"services.archive"},
    "services.areas": CORE | {"services.plans", "services.petitions", "services.letters", "services.archive"},
    "services.demo": CORE | {"services.areas", "services.plans", "services.petitions", "services.letters",
                             "services.archive"},
    # the first set-up with demo data, all or nothing (a staging database copied in when complete)
    "services.first_setup": CORE | {"services.areas", "services.demo"},
    "services.bundle": CORE | {"services.areas", "services.plans"},
    "services.province": CORE | {"services.bundle"},
    "services.dashboard": CORE | {"services.plans", "services.petitions", "services.letters", "services.archive",
                                  "services.bundle", "services.province"},
    # the modules that register default settings, imported by name (cli and ui list every setting)
    "services.setting_areas": CORE | {"services.plans", "services.petitions", "services.letters",
                                      "services.archive", "services.bundle", "services.province",
                                      "services.dashboard"},
    "cli": CORE | {"root", "applog", "running", "selftest", "ui", "services.plans", "services.petitions", "services.letters",
                   "services.archive", "services.bundle", "services.province", "services.dashboard",
                   "services.demo", "services.setting_areas", "services.first_setup"},
    "selftest": CORE | {"root", "licences", "ui", "services.bundle", "services.demo"},
    "ui": CORE | {"root", "applog", "licences", "running", "services.plans", "services.petitions", "services.letters",
                  "services.archive", "services.bundle", "services.province", "services.dashboard",
                  "services.demo", "services.areas", "services.setting_areas", "services.first_setup"},
}

# Edges that exist today and are being removed (issue 13); this list only ever shrinks.
KNOWN_VIOLATIONS: set[tuple[str, str]] = set()


def node_of(module: str) -> str:
    """The table's name for a module: its first package, or services.<area>."""
    parts = module.split(".")
    if len(parts) == 1:
        return "root"
    if parts[1] == "services":
        return "services" if len(parts) == 2 else f"services.{parts[2]}"
    return parts[1]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every soum_desk import in the file, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.startswith("soum_desk"):
                found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("soum_desk")]
    return found


def source_files() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "migrations" not in p.parts]


def known_modules() -> set[str]:
    return {module_name(p) for p in source_files()}


def resolve(target: str, modules: set[str]) -> str:
    """`from a.b import c` names module a.b.c when it exists, else a.b."""
    return target if target in modules else target.rpartition(".")[0]


def package_edges() -> dict[tuple[str, str], list[str]]:
    modules = known_modules()
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    for path in source_files():
        source = node_of(module_name(path))
        for line, target in imports_of(path):
            dest = node_of(resolve(target, modules))
            if dest != source:
                edges[(source, dest)].append(f"{path.relative_to(PACKAGE.parent)}:{line}")
    return edges


def test_every_package_is_in_the_table():
    nodes = {node_of(module_name(p)) for p in source_files()}
    assert nodes - set(ALLOWED) == set()


def test_no_import_outside_the_table():
    wrong = {edge: where for edge, where in package_edges().items()
             if edge[1] not in ALLOWED.get(edge[0], set()) and edge not in KNOWN_VIOLATIONS}
    assert wrong == {}


def test_known_violations_still_exist():
    """An edge removed from the code must leave KNOWN_VIOLATIONS too."""
    assert KNOWN_VIOLATIONS - set(package_edges()) == set()


def test_the_table_has_no_cycles():
    seen: dict[str, int] = {}

    def visit(node: str, stack: tuple[str, ...]) -> None:
        assert node not in stack, " → ".join((*stack, node))
        if seen.get(node):
            return
        for dest in ALLOWED.get(node, set()):
            if dest != node:
                visit(dest, (*stack, node))
        seen[node] = 1

    for node in ALLOWED:
        visit(node, ())


def module_cycles() -> list[list[str]]:
    """Strongly connected groups of modules (Tarjan), every import at any depth counted."""
    modules = known_modules()
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for path in source_files():
        source = module_name(path)
        for _line, target in imports_of(path):
            dest = resolve(target, modules)
            # a package's __init__ is imported on the way to its modules; it is not an edge back
            if dest in modules and dest != source and not source.startswith(dest + "."):
                graph[source].add(dest)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def strongconnect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            strongconnect(v)
    return groups


# Being removed (issue 13); this list only ever shrinks.
KNOWN_CYCLES: list[list[str]] = [
]


def test_no_import_cycles_between_modules():
    assert [c for c in module_cycles() if c not in KNOWN_CYCLES] == []


def test_known_cycles_still_exist():
    assert [c for c in KNOWN_CYCLES if c not in module_cycles()] == []


def test_the_scan_sees_function_level_imports(tmp_path):
    sample = tmp_path / "m.py"
    sample.write_text("def f():\n    from soum_desk.services.core import audit\n")
    assert imports_of(sample) == [(2, "soum_desk.services.core.audit")]
