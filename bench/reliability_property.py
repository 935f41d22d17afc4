"""Long form of issue 9, item 9 (property part): every importer and round-trip property with
10,000 examples (the database round trips with the counts set in the tests).

    nice -n 10 .venv/bin/python -m bench.reliability_property [-k EXPR]

Prints hypothesis' statistics per test: examples run, and how many rows came back exactly or
were refused with a located error.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

FILES = ["tests/reliability/test_property_petitions.py", "tests/reliability/test_property_letters.py",
         "tests/reliability/test_property_plans.py", "tests/reliability/test_property_bundle.py"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-k", default=None, help="pytest -k expression (one property)")
    args = parser.parse_args()
    env = {**os.environ, "SOUM_DESK_PROPERTY_PROFILE": "long", "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-show-statistics",
           "--durations=0", "-s", *FILES]
    if args.k:
        cmd += ["-k", args.k]
    start = time.monotonic()
    code = subprocess.call(cmd, env=env)
    print(f"total {time.monotonic() - start:.0f} s")
    sys.exit(code)


if __name__ == "__main__":
    main()
