"""Long form of issue 9, item 4: 100 backups while a thread writes, each checked and restored.

    .venv/bin/python -m bench.reliability_backup [--backups 100]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backups", type=int, default=100)
    args = parser.parse_args()
    env = {**os.environ, "SOUM_DESK_BACKUP_TRIALS": str(args.backups), "QT_QPA_PLATFORM": "offscreen"}
    sys.exit(subprocess.call([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
                              "tests/reliability/test_backup_under_load.py"], env=env))


if __name__ == "__main__":
    main()
