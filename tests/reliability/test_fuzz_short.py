"""Item 9, short form of the fuzzer: a few hundred coverage-guided inputs per target through
`bench/fuzz_importers.py` (the same workers, limits and crash rule as the long run).

Deterministic: libFuzzer's seed is fixed and the bundle target signs with a fixed test key, so
every run mutates the same seeds the same way. The long run (`bench.fuzz_importers --seconds 300`)
draws a new seed; what it finds goes to tests/reliability/fuzz_corpus/ (test_fuzz_corpus.py)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest

pytest.importorskip("atheris")  # the dev extra installs it on Linux (CI); no wheels elsewhere


SEED = 20260901


def fixed_bundle_key(out) -> None:  # noqa: ANN001
    """The office key the bundle target signs with (bench/fuzz_importers.py `_bundle_key`), fixed."""
    from soum_desk.bundle import keys

    (out / "bundle").mkdir(parents=True)
    private = hashlib.sha256(b"soumdesk fuzz short: a test key, never an office's").digest()
    (out / "bundle" / "office-key.json").write_text(json.dumps({"private": keys.b64(private)}))


def test_fuzz_each_target_briefly_without_crashes(tmp_path):
    fixed_bundle_key(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "bench.fuzz_importers", "--runs", "150", "--seconds", "40",
                           "--seed", str(SEED), "--out", str(tmp_path)],
                          capture_output=True, text=True, timeout=600)
    results = json.loads(proc.stdout)
    assert [r["target"] for r in results] == ["petition", "letter", "plan", "bundle"]
    for r in results:
        assert r["runs"] >= 100, r  # the seeds plus mutations actually ran
        assert r["crashes"] == 0 and not r["libfuzzer_findings"], r
        # CPU time per input: wall time on a loaded CI machine measures the neighbours too
        assert r["max_cpu_seconds"] < 1.0 and r["peak_rss_mb"] < 512, r
    assert proc.returncode == 0
