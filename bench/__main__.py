"""`make bench`: run every benchmark module listed in BENCHMARKS (areas append theirs)."""

from __future__ import annotations

import importlib
import sys

BENCHMARKS: list[str] = [
    "bench.startup",
    "bench.dashboard_bench",
]


def main() -> None:
    chosen = sys.argv[1:] or BENCHMARKS
    for name in chosen:
        module = importlib.import_module(name if name.startswith("bench.") else f"bench.{name}")
        print(f"\n## {module.__name__}")
        sys.argv = [module.__name__]
        module.main()


if __name__ == "__main__":
    main()
