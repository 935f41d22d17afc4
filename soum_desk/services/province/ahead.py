"""Verifying the next bundles of a batch in a background thread while the current one is stored.

Storing waits on the database (COPY, the commit's flush to disk) and verifying spends much of its
time in zlib, SHA-512 and Ed25519, which all run outside Python's global lock: the two overlap on
a second core. The verifier cannot know what the batch stores meanwhile, so the caller runs the
sequence check itself when the bundle's turn comes (`bundle.verify.run_deferred_sequence`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
AHEAD = 2  # bundles verified ahead of the one being stored (each holds its tables in memory)


def verified_ahead(paths: list[Path], check: Callable[[Path], T], depth: int = AHEAD) -> Iterator[tuple[Path, Future[T]]]:
    """(path, its check's future) in order; the checks of the next `depth` paths run meanwhile.
    Leaving the loop early cancels the checks not yet started."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="province-verify") as pool:
        pending: deque[tuple[Path, Future[T]]] = deque()
        try:
            for path in paths:
                pending.append((path, pool.submit(check, path)))
                if len(pending) > depth:
                    yield pending.popleft()
            while pending:
                yield pending.popleft()
        finally:
            for _, future in pending:
                future.cancel()
