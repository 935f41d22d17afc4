"""Issue 9, item 9 (fuzz part): coverage-guided fuzzing (atheris / libFuzzer) of the XLSX
importers and the bundle reader, for a fixed time per target.

    nice -n 10 .venv/bin/python -m bench.fuzz_importers --seconds 300 [--target plan ...]

Each target runs in its own worker process with its address space capped at 512 MB
(RLIMIT_AS) and libFuzzer's `-timeout=1` (an input taking over 1 s is reported as a crash).
Seeds are the app's own valid files: a clerk-style petitions and letters register, the
seed-like plan table and the app's plan export, and a signed bundle. A structure-aware
mutator opens the zip, mutates one member (XML, JSON, manifest…) and zips it again; for the
bundle it re-signs half of the time with the office's key, so the fuzzer reaches the table
checks behind the signature (a buggy or hostile office, not only a damaged stick).

Any exception other than the app's own `soum_desk.errors` types (and, for the bundle, any
exception at all: `verify` returns a verdict) counts as a crash; its input is saved.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from pathlib import Path

TARGETS = ("petition", "letter", "plan", "bundle")
MEMORY_LIMIT = 512 * 1024 * 1024
OUT = Path(tempfile.gettempdir()) / "soumdesk-fuzz"


# ---------------------------------------------------------------- seeds (the app's own files)

def _clerk_context(folder: Path):  # noqa: ANN202
    from soum_desk.config import resolve_paths
    from soum_desk.domain.roles import Role
    from soum_desk.services.core import office, users
    from soum_desk.services.core.startup import open_context

    ctx = open_context(resolve_paths(folder))
    office.initialise(ctx, aimag_code="MN-065", soum_name="Есөнбулаг", office_name="Есөнбулаг ЗДТГ",
                      admin_username="admin", admin_password="admin-pass-1")
    admin = ctx.as_actor(users.authenticate(ctx, "admin", "admin-pass-1"))
    users.create_user(admin, "clerk", "clerk-pass-1", Role.CLERK.value, "Г.Ажилтан", "Мэргэжилтэн")
    return ctx.as_actor(users.authenticate(ctx, "clerk", "clerk-pass-1")), admin


def make_seeds(target: str, folder: Path, work: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if target == "petition":
        from tests.importers.test_petition_xlsx import make_register

        make_register(folder / "register.xlsx")
    elif target == "letter":
        from tests.importers.test_letter_xlsx import _book

        _book(folder / "letters.xlsx", bad=True)
    elif target == "plan":
        from soum_desk.services.plans import imports as plans_io
        from soum_desk.services.plans import report as plans_report
        from tests.plans.seed_fixture import make_seed_like_xlsx

        seed = make_seed_like_xlsx(folder / "seed.xlsx")
        _clerk, admin = _clerk_context(work / "seed-office")
        doc = plans_io.import_file(admin, seed)["result"]
        plans_report.export_xlsx(admin, "2024", folder / "export.xlsx", document_id=doc["id"])
        admin.dispose()
    else:
        bundle_seed(folder, work)


def _bundle_key(work: Path):  # noqa: ANN202
    from soum_desk.bundle import keys

    path = work / "office-key.json"
    if not path.exists():
        pair = keys.generate()
        path.write_text(json.dumps({"private": keys.b64(pair.private.private_bytes_raw())}))
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.from_private_bytes(keys.unb64(json.loads(path.read_text())["private"]))
    public = private.public_key().public_bytes_raw()
    return private, keys.key_id_of(public), keys.b64(public)


def bundle_seed(folder: Path, work: Path) -> None:
    from soum_desk.bundle import format as fmt
    from soum_desk.bundle import pack

    private, key_id, _public = _bundle_key(work)
    tables = {
        "office": [{"code": "MN-049-01", "name": "Сүхбаатар сумын ЗДТГ", "aimag_code": "MN-049",
                    "soum_name": "Сүхбаатар"}],
        "plan_summary": [{"plan": "Өрхийн эрүүл мэнд", "measures": 12, "scored": 11, "average_percent": 88.2}],
        "plan_measures": [{"plan": "Өрхийн эрүүл мэнд", "no": n, "text": f"Арга хэмжээ {n} — Үүрэг, сургалт",
                           "percent": 10.5 * n, "note": None} for n in range(1, 4)],
        "petition_figures": [{"received": 52, "resolved_on_time": 40, "resolved_late": 3, "pending": 9,
                              "overdue": 2, "average_days": 8.5}],
        "letter_figures": [{"incoming": 130, "outgoing": 61, "reply_required": 30, "replied_on_time": 25,
                            "overdue": 1}],
        "archive_counts": [{"retention": "permanent", "units": 80}, {"retention": "70y", "units": 14}],
    }
    info = {fmt.F_OFFICE_CODE: "MN-049-01", fmt.F_OFFICE_NAME: "Сүхбаатар сумын ЗДТГ", fmt.F_AIMAG: "MN-049",
            fmt.F_PERIOD: "2024Q4", fmt.F_CREATED: "2025-01-05T10:00:00+08:00", fmt.F_APP_VERSION: "fuzz",
            fmt.F_SCHEMA: str(fmt.SCHEMA_VERSION), fmt.F_KEY_ID: key_id, fmt.F_SEQUENCE: "1",
            fmt.F_PREVIOUS: fmt.NO_PREVIOUS, fmt.F_AUDIT_HEAD: ""}
    with tempfile.TemporaryDirectory() as tmp:
        packed = pack.pack(pack.PackInput("MN-049-01_2024Q4_0001", tables, info, private, key_id), Path(tmp))
        (folder / "bundle.zip").write_bytes(packed.path.read_bytes())


# ---------------------------------------------------------------- the structure-aware mutator

def _rezip(members: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in members:
            zf.writestr(info.filename, data)
    return out.getvalue()


def _resign(members: list[tuple[zipfile.ZipInfo, bytes]], private, key_id: str) -> list:  # noqa: ANN001
    """Recompute the manifests and the signature as the office would (so the content checks run)."""
    from soum_desk.bundle import format as fmt

    files = {i.filename: d for i, d in members}
    top = next((n.split("/")[0] for n in files if "/" in n), None)
    if top is None:
        return members
    data_lines = "".join(f"{hashlib.sha512(d).hexdigest()}  {n[len(top) + 1:]}\n"
                         for n, d in sorted(files.items()) if n.startswith(f"{top}/data/"))
    files[f"{top}/{fmt.MANIFEST}"] = data_lines.encode()
    tags = [fmt.BAGIT_TXT, fmt.BAG_INFO, fmt.MANIFEST]
    tag_manifest = "".join(f"{hashlib.sha512(files[f'{top}/{t}']).hexdigest()}  {t}\n"
                           for t in tags if f"{top}/{t}" in files).encode()
    files[f"{top}/{fmt.TAG_MANIFEST}"] = tag_manifest
    signature = private.sign(fmt.signed_message(tag_manifest))
    files[f"{top}/{fmt.SIGNATURE_FILE}"] = fmt.signature_text(key_id, signature).encode()
    return [(zipfile.ZipInfo(n), d) for n, d in files.items()]


def make_mutator(target: str, work: Path):  # noqa: ANN202
    import atheris

    signer = _bundle_key(work) if target == "bundle" else None

    def mutate(data: bytes, max_size: int, seed: int) -> bytes:
        rng = random.Random(seed)
        if rng.random() < 0.2:
            return atheris.Mutate(data, max_size)  # raw bytes: damaged zips, truncations
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                members = [(i, zf.read(i)) for i in zf.infolist()]
        except Exception:  # noqa: BLE001 - not a readable zip: mutate the bytes
            return atheris.Mutate(data, max_size)
        if not members:
            return atheris.Mutate(data, max_size)
        index = rng.randrange(len(members))
        info, content = members[index]
        members[index] = (info, atheris.Mutate(content, max(len(content) * 2, 64)))
        if rng.random() < 0.05 and len(members) > 1:
            members.pop(rng.randrange(len(members)))
        if signer is not None and rng.random() < 0.5:
            members = _resign(members, signer[0], signer[1])
        out = _rezip(members)
        return out if len(out) <= max_size else atheris.Mutate(data, max_size)

    return mutate


# ---------------------------------------------------------------- the worker

class Stats:
    def __init__(self, path: Path, crashes: Path) -> None:
        self.path, self.crashes = path, crashes
        self.runs = self.refused = self.accepted = 0
        self.max_seconds = self.max_cpu = 0.0
        self.signatures: dict[str, dict] = {}

    def record(self, seconds: float, cpu: float, outcome: str, data: bytes) -> None:
        self.runs += 1
        if seconds > self.max_seconds:  # keep the slowest input to replay it on an idle machine
            (self.crashes.parent / "slowest.bin").write_bytes(data)
        self.max_seconds = max(self.max_seconds, seconds)
        self.max_cpu = max(self.max_cpu, cpu)
        if outcome == "refused":
            self.refused += 1
        elif outcome == "accepted":
            self.accepted += 1
        self.write()  # every input: libFuzzer ends the process with C exit(), so no final flush runs

    def crash(self, data: bytes, exc: BaseException) -> None:
        frames = traceback.extract_tb(exc.__traceback__)
        where = next((f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames)
                      if "soum_desk" in f.filename), f"{Path(frames[-1].filename).name}:{frames[-1].lineno}")
        key = f"{type(exc).__name__} at {where}"
        entry = self.signatures.setdefault(key, {"count": 0, "message": str(exc)[:300], "input": ""})
        entry["count"] += 1
        if not entry["input"]:
            name = hashlib.sha1(data).hexdigest()
            (self.crashes / name).write_bytes(data)
            entry["input"] = str(self.crashes / name)
        self.write()

    def write(self) -> None:
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        self.path.write_text(json.dumps({
            "runs": self.runs, "refused": self.refused, "accepted": self.accepted,
            "crashes": sum(e["count"] for e in self.signatures.values()), "distinct": self.signatures,
            "max_seconds": round(self.max_seconds, 4), "max_cpu_seconds": round(self.max_cpu, 4),
            "peak_rss_mb": round(peak_kib / 1024, 1)}, indent=1))


def worker(target: str, work: Path, libfuzzer_args: list[str]) -> None:
    import atheris

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    with atheris.instrument_imports(include=["soum_desk", "openpyxl", "et_xmlfile", "bagit"]):
        from soum_desk.bundle.verify import KeyInfo, Options, verify
        from soum_desk.errors import SoumDeskError
        from soum_desk.services.bundle.verify import ListTrust
        from soum_desk.services.letters import imports as letters_import
        from soum_desk.services.petitions import imports as petitions_import
        from soum_desk.services.plans import imports as plans_io
    clerk = None
    if target in ("petition", "letter", "plan"):
        clerk, _admin = _clerk_context(work / f"office-{os.getpid()}")
    trust = None
    if target == "bundle":
        _private, key_id, public = _bundle_key(work)
        trust = ListTrust([KeyInfo(key_id, "MN-049-01", public)])
    scratch = Path("/dev/shm" if Path("/dev/shm").is_dir() else tempfile.gettempdir()) / f"fuzz-{os.getpid()}"
    scratch.mkdir(exist_ok=True)
    path = scratch / ("input.zip" if target == "bundle" else "input.xlsx")
    crashes = work / "crashes"
    crashes.mkdir(exist_ok=True)
    stats = Stats(work / "stats.json", crashes)

    def run(p: Path) -> None:
        if target == "petition":
            petitions_import.import_preview(clerk, p)
        elif target == "letter":
            letters_import.import_preview(clerk, p)
        elif target == "plan":
            plans_io.import_preview(clerk, p)
        else:
            verify(p, trust, Options(keep_tables=True))

    app_errors = () if target == "bundle" else (SoumDeskError,)  # verify() must never raise

    def one_input(data: bytes) -> None:
        path.write_bytes(data)
        start, cpu = time.perf_counter(), time.process_time()
        outcome = "accepted"
        try:
            run(path)
        except app_errors:
            outcome = "refused"
        except Exception as exc:  # noqa: BLE001 - the point: anything else is a crash
            outcome = "crash"
            stats.crash(data, exc)
        stats.record(time.perf_counter() - start, time.process_time() - cpu, outcome, data)

    atheris.Setup([sys.argv[0], *libfuzzer_args], one_input, custom_mutator=make_mutator(target, work))
    stats.write()
    atheris.Fuzz()


# ---------------------------------------------------------------- the driver

def drive(target: str, seconds: int, runs: int | None, out: Path = OUT, seed: int | None = None) -> dict:
    work = out / target
    work.mkdir(parents=True, exist_ok=True)
    for old in ("stats.json",):
        (work / old).unlink(missing_ok=True)
    seeds, corpus = work / "seeds", work / "corpus"
    corpus.mkdir(exist_ok=True)
    if not seeds.exists():
        make_seeds(target, seeds, work)
    args = [f"-max_total_time={seconds}", "-timeout=1", "-rss_limit_mb=512", "-max_len=262144",
            "-print_final_stats=1", "-close_fd_mask=0", str(corpus), str(seeds)]
    if runs is not None:  # -runs=0: only replay the saved corpus (each input once)
        args.insert(0, f"-runs={runs}")
    if seed is not None:  # the same mutations every run (make test); libFuzzer picks one otherwise
        args.insert(0, f"-seed={seed}")
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "bench.fuzz_importers", "--worker", target, "--out", str(out),
                           "--", *args],
                          capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    elapsed = time.monotonic() - start
    (work / "libfuzzer.log").write_text(proc.stdout + proc.stderr)
    stats = json.loads((work / "stats.json").read_text()) if (work / "stats.json").exists() else {}
    final = {line.split(":")[2].split()[0]: line.split()[-1] for line in proc.stderr.splitlines()
             if line.startswith("stat::")}
    libfuzzer_crash = [line for line in proc.stderr.splitlines()
                       if "ERROR: libFuzzer" in line or "ALARM" in line or "out-of-memory" in line]
    return {"target": target, "seconds": round(elapsed), "exit": proc.returncode, "libfuzzer": final,
            "libfuzzer_findings": libfuzzer_crash, "corpus_files": len(list(corpus.iterdir())), **stats}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", action="append", choices=TARGETS)
    parser.add_argument("--seconds", type=int, default=300, help="fuzzing time per target")
    parser.add_argument("--runs", type=int, default=None, help="stop after this many inputs instead")
    parser.add_argument("--out", type=Path, default=OUT, help="corpus, crashes and stats per target")
    parser.add_argument("--seed", type=int, default=None, help="libFuzzer's random seed (default: a new one)")
    parser.add_argument("--worker", choices=TARGETS, help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.worker:
        worker(args.worker, args.out / args.worker, [a for a in rest if a != "--"])
        return
    results = [drive(t, args.seconds, args.runs, args.out, args.seed) for t in (args.target or TARGETS)]
    print(json.dumps(results, indent=1, ensure_ascii=False))
    bad = [r for r in results if r.get("crashes") or r.get("libfuzzer_findings")]
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
