"""Long form of issue 9, item 6: the tamper sweep with 10,000 single-bit flips.

    .venv/bin/python -m bench.reliability_tamper [--flips 10000] [--backend sqlite|postgresql]
    (PostgreSQL too when SOUM_DESK_TEST_PG_URL is set; `--backend postgresql` needs it)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--flips", type=int, default=10_000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default=None,
                        help="only this province database (default: SQLite, and PostgreSQL when configured)")
    args = parser.parse_args()
    if args.backend == "postgresql" and not os.environ.get("SOUM_DESK_TEST_PG_URL"):
        parser.error("--backend postgresql needs SOUM_DESK_TEST_PG_URL")
    selected = "sweep" + (f" and {args.backend}" if args.backend else "")
    env = {**os.environ, "SOUM_DESK_SWEEP_FLIPS": str(args.flips), "QT_QPA_PLATFORM": "offscreen"}
    sys.exit(subprocess.call([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
                              "tests/reliability/test_bundle_tamper.py", "-k", selected], env=env))


if __name__ == "__main__":
    main()
