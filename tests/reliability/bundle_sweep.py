"""Tamper sweep over one signed bundle (issue 9, item 6): every variant refused, nothing written."""

from __future__ import annotations

import io
import random
import zipfile
from collections import Counter
from pathlib import Path

from soum_desk.bundle.verdict import Code
from soum_desk.services.province import imports as province_import
from tests.bundle import tamper
from tests.bundle.conftest import snapshot

# A damaged container or content is caught by the zip layer, the manifests or the signature.
DAMAGE = {Code.DAMAGED.value, Code.ALTERED.value, Code.UNSAFE.value, Code.NOT_A_BUNDLE.value,
          Code.UNSIGNED.value, Code.BAD_SIGNATURE.value, Code.SCHEMA_INVALID.value}


def _same_entries(data: bytes, original: dict[str, bytes]) -> bool:
    """A flip in zip metadata that leaves every file identical is the same bundle (a replay)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return {n: zf.read(n) for n in zf.namelist()} == original
    except Exception:  # noqa: BLE001 - any read failure means not the same bundle
        return False


class Sweep:
    def __init__(self, ctx, bundle: Path, work: Path) -> None:  # noqa: ANN001
        self.ctx, self.bundle, self.work = ctx, bundle, work
        self.original = tamper.read(bundle)
        self.made: Counter = Counter()
        self.refused: Counter = Counter()
        self.wrong: list[str] = []
        self.identical = 0
        self.before = snapshot(ctx)

    def check(self, kind: str, path: Path, allowed: set[str]) -> None:
        result = province_import.import_files(self.ctx, [path])[0]
        self.made[kind] += 1
        if result["verdict"] in allowed:
            self.refused[kind] += 1
        else:
            self.wrong.append(f"{kind} {path.name}: {result['verdict']} {result.get('reason_en')}")
        path.unlink(missing_ok=True)

    def raw(self, kind: str, data: bytes, name: str) -> None:
        path = self.work / name
        path.write_bytes(data)
        if _same_entries(data, self.original):
            self.identical += 1
            # a damaged header (e.g. a flipped size) may still be refused as damaged, never accepted
            self.check(kind, path, DAMAGE | {Code.REPLAY.value})
        else:
            self.check(kind, path, DAMAGE)

    def truncations(self, step: int = 4096) -> None:
        data = self.bundle.read_bytes()
        for cut in range(0, len(data), step):
            self.raw("truncate", data[:cut], f"cut{cut}.zip")
        self.raw("truncate", data[:-1], "cut-last.zip")

    def bit_flips(self, count: int, seed: int) -> None:
        rnd = random.Random(seed)
        data = self.bundle.read_bytes()
        for n in range(count):
            flipped = bytearray(data)
            pos = rnd.randrange(len(data))
            flipped[pos] ^= 1 << rnd.randrange(8)
            self.raw("bit_flip", bytes(flipped), f"flip{n}.zip")

    def files(self) -> None:
        """Swapped, added, renamed and removed files (manifests left as signed)."""
        payload = tamper.payload_names(self.original)
        root = tamper.bag_root(self.original)
        changes = {
            "swap": lambda e: e.update({payload[0]: e[payload[1]], payload[1]: e[payload[0]]}),
            "add_payload": lambda e: e.__setitem__(f"{root}/data/tables/extra.json", b"[]"),
            "add_root": lambda e: e.__setitem__(f"{root}/notes.txt", b"hi"),
            "rename": lambda e: e.__setitem__(payload[0] + "x", e.pop(payload[0])),
        }
        for name in sorted(self.original):
            changes[f"remove {name.split('/', 1)[1]}"] = lambda e, name=name: e.pop(name)
        for kind, change in changes.items():
            self.check(kind.split()[0], tamper.rewrite(self.bundle, self.work / "files.zip", change), DAMAGE)

    def unchanged(self) -> bool:
        return snapshot(self.ctx) == self.before
