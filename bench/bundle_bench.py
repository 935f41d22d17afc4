"""Bundle benchmarks: a large soum's quarterly export, the province importing 18 soums × 4
quarters, and a national simulation of 330 soums × 4 quarters into PostgreSQL. The province
runs also print their floor from the same run and the same files (`bench/province_floor.py`:
unzip in memory, SHA-512, Ed25519, JSON, COPY/executemany of the same rows) and the ratio.

    .venv/bin/python bench/bundle_bench.py export
    .venv/bin/python bench/bundle_bench.py export-real --scale realistic|x10 --runs 3
    .venv/bin/python bench/bundle_bench.py province --soums 18 --runs 3
    .venv/bin/python bench/bundle_bench.py province --soums 330 --runs 1 --db-url postgresql+psycopg://…

The export goes through the real service (backup, argon2id unlock with the shipped cost,
collect, pack, sign, copy to the "stick" with read-back). The first export of a run makes the
period's reports; the later ones reuse them (nothing changed since): both figures are printed.
The province bundles are packed
with the same bundle code and per-office keys, without 330 office databases behind them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from soum_desk import __version__  # noqa: E402
from soum_desk.bundle import format as fmt  # noqa: E402
from soum_desk.bundle import keys, pack  # noqa: E402
from soum_desk.domain.periods import Period  # noqa: E402

TOPICS = ["газар", "мал", "нийгмийн халамж", "ажлын байр", "орон сууц", "боловсрол", "эрүүл мэнд", "зам"]
SIZES = {"large": (5, 200, 2000, 3000), "medium": (3, 80, 300, 500)}  # plans, measures/plan, petitions, letters


def synthetic_tables(code: str, period: Period, size: str = "large") -> dict[str, list[dict]]:
    """A soum's quarter of realistic size: plan measures with narratives, the petition and
    letter registers without personal data, archive units, and the summary tables."""
    plans, per_plan, petitions, letters = SIZES[size]
    seed = sum(map(ord, code)) + period.number
    measures = [{"plan": f"Төлөвлөгөө {p}", "no": n,
                 "text": f"Арга хэмжээ {p}.{n}: сургууль, цэцэрлэгийн барилгын засвар, тохижилт, сургалт зохион байгуулах",
                 "indicator": "Тайлагналтын тоо", "baseline": "2023 онд 2", "target": "90%-иас доошгүй",
                 "timing": "I-IV улиралд", "responsible": "Нийгмийн бодлогын хэлтэс",
                 "narrative": "Хэрэгжилт: " + "төлөвлөсөн ажлыг хугацаанд нь гүйцэтгэж, тайланг хүргүүлсэн. " * 3,
                 "percent": (seed * n + p) % 101} for p in range(1, plans + 1) for n in range(1, per_plan + 1)]
    start = period.start
    register = [{"no": i, "kind": ["өргөдөл", "гомдол", "санал", "талархал"][i % 4],
                 "channel": ["бичгээр", "1111", "цахим", "биечлэн"][i % 4], "topic": TOPICS[i % len(TOPICS)],
                 "received": (start + timedelta(days=i % 90)).isoformat(),
                 "due": (start + timedelta(days=i % 90 + 30)).isoformat(),
                 "resolved": (start + timedelta(days=i % 90 + (i * 7) % 40)).isoformat() if i % 9 else None,
                 "status": "шийдвэрлэсэн" if i % 9 else "хүлээгдэж буй"} for i in range(1, petitions + 1)]
    mail = [{"no": f"{i}/{period.year}", "direction": "in" if i % 3 else "out",
             "date": (start + timedelta(days=i % 90)).isoformat(), "party": f"Байгууллага {i % 57}",
             "subject": f"Албан бичиг {i}: тайлан мэдээ хүргүүлэх тухай", "reply_required": i % 4 == 0,
             "due": (start + timedelta(days=i % 90 + 14)).isoformat()} for i in range(1, letters + 1)]
    summary = []
    for p in range(1, plans + 1):
        rows = [m for m in measures if m["plan"] == f"Төлөвлөгөө {p}"]
        summary.append({"plan": f"Төлөвлөгөө {p}", "measures": len(rows), "scored": len(rows),
                        "average_percent": round(sum(m["percent"] for m in rows) / len(rows), 2)})
    on_time = petitions - seed % 50
    replies = sum(1 for m in mail if m["reply_required"])
    return {
        "office": [{"code": code, "name": f"{code} ЗДТГ", "aimag_code": "MN-049", "soum_name": code}],
        "plan_summary": summary, "plan_measures": measures, "petition_register": register, "letter_register": mail,
        "petition_figures": [{"received": petitions, "resolved_on_time": on_time, "resolved_late": seed % 20,
                              "pending": max(0, petitions - on_time - seed % 20), "overdue": 0,
                              "average_days": 9.5}],
        "letter_figures": [{"incoming": letters * 2 // 3, "outgoing": letters // 3, "reply_required": replies,
                            "replied_on_time": replies - seed % 7, "overdue": seed % 7}],
        "archive_counts": [{"retention": "permanent", "units": 80}, {"retention": "70y", "units": 14},
                           {"retention": "temporary", "units": 180}],
    }


def bench_payload(ctx, period: Period, include_personal: bool = False) -> dict[str, list[dict]]:  # noqa: ANN001
    from soum_desk.services.core import office

    tables = synthetic_tables(office.get_office(ctx)["code"], period, "large")
    tables.pop("office")
    return tables


def bench_reports(ctx, period: Period, folder: Path) -> list[Path]:  # noqa: ANN001
    """Stand-ins of realistic size for the quarter's PDF and XLSX (their making is the areas' cost)."""
    pdf, xlsx = folder / f"plans_{period.code}.pdf", folder / f"petitions_{period.code}.xlsx"
    pdf.write_bytes(os.urandom(1_500_000))
    xlsx.write_bytes(os.urandom(400_000))
    return [pdf, xlsx]


def _timed_exports(head, stick: Path, runs: int) -> tuple[list[float], dict]:  # noqa: ANN001
    """Give `head` a key, approve 2024Q4 and export it `runs` times: (seconds each, the last export)."""
    from soum_desk.services.bundle import export as bundle_export
    from soum_desk.services.bundle import keys as bundle_keys

    bundle_keys.create_key(head, "bench passphrase 1")
    bundle_export.approve_period(head, "2024Q4")
    stick.mkdir()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        info = bundle_export.export_bundle(head, "2024Q4", stick, "bench passphrase 1")
        times.append(time.perf_counter() - started)
    return times, info


def bench_export(runs: int) -> dict:
    from soum_desk.config import resolve_paths
    from soum_desk.services.bundle import export as bundle_export
    from soum_desk.services.core import office, users
    from soum_desk.services.core.startup import open_context

    bundle_export.PAYLOAD_PROVIDERS.clear()
    bundle_export.PAYLOAD_PROVIDERS["bench"] = bench_payload
    bundle_export.REPORT_PROVIDERS.clear()
    bundle_export.REPORT_PROVIDERS["bench"] = bench_reports
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(resolve_paths(Path(tmp) / "office"))
        office.initialise(ctx, aimag_code="MN-049", soum_name="Мандал", office_name="Мандал сумын ЗДТГ",
                          admin_username="admin", admin_password="admin-pass-1")
        admin = ctx.as_actor(users.authenticate(ctx, "admin", "admin-pass-1"))
        users.create_user(admin, "head", "head-pass-1", "head", "Б.Дарга", "ЗДТГ-ын дарга")
        head = ctx.as_actor(users.authenticate(ctx, "head", "head-pass-1"))
        times, info = _timed_exports(head, Path(tmp) / "stick", runs)
        rows = sum(info["tables"].values())
        ctx.dispose()
    return {"bench": "export large soum quarter", "runs": runs, "median_s": round(statistics.median(times), 3),
            "min_s": round(min(times), 3), **_first_and_reused(times), "rows": rows,
            "bundle_bytes": info["size_bytes"]}


def _first_and_reused(times: list[float]) -> dict:
    """The first export makes the period's reports; the later ones (nothing changed) reuse them."""
    later = times[1:]
    return {"first_s": round(times[0], 2),
            "reused_median_s": round(statistics.median(later), 2) if later else None}


def bench_export_real(scale: str, runs: int) -> dict:
    """The quarter's export of a synthetic office built by `bench.generate` (the real areas' payload
    and report providers: plans, petitions, letters, archive summaries and the PDF/XLSX reports)."""
    from bench.generate import ADMIN, PASSWORD, generate
    from soum_desk.services.core import users
    from soum_desk.services.core.startup import open_context

    with tempfile.TemporaryDirectory() as tmp:
        paths = generate(Path(tmp) / "office", scale, log=lambda _line: None)
        ctx = open_context(paths)
        admin = ctx.as_actor(users.authenticate(ctx, ADMIN, PASSWORD))
        users.create_user(admin, "bench-head", PASSWORD, "head", "Б.Дарга", "ЗДТГ-ын дарга")
        head = ctx.as_actor(users.authenticate(ctx, "bench-head", PASSWORD))
        times, info = _timed_exports(head, Path(tmp) / "stick", runs)
        tables = info["tables"]
        ctx.dispose()
    return {"bench": f"export 2024Q4 of a {scale} office (real areas)", "runs": runs,
            "median_s": round(statistics.median(times), 2), "min_s": round(min(times), 2), **_first_and_reused(times),
            "rows": sum(tables.values()), "tables": len(tables), "bundle_bytes": info["size_bytes"]}


def make_bundles(folder: Path, soums: int, size: str) -> tuple[list[Path], list[Path]]:
    """(public key files, bundles) for `soums` offices × 4 quarters of 2024, chained per office."""
    key_files, bundles = [], []
    for number in range(1, soums + 1):
        code = f"MN-049/Сум-{number:03d}"
        pair = keys.generate()
        created = datetime(2024, 1, 1)
        doc = keys.public_document(kind="ed25519", key_id=pair.key_id, public_b64=pair.public_b64,
                                   created_at=created, office={"code": code, "name": f"Сум {number} ЗДТГ",
                                                               "aimag_code": "MN-049"})
        key_file = folder / f"key-{number:03d}.json"
        key_file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        key_files.append(key_file)
        previous = fmt.NO_PREVIOUS
        for quarter in range(1, 5):
            period = Period(2024, "Q", quarter)
            work = folder / f"w-{number}-{quarter}"
            work.mkdir()
            name = f"Sum-{number:03d}_{period.code}_{quarter:04d}"
            info = {fmt.F_OFFICE_CODE: code, fmt.F_OFFICE_NAME: f"Сум {number} ЗДТГ", fmt.F_AIMAG: "MN-049",
                    fmt.F_PERIOD: period.code, fmt.F_CREATED: (datetime(2024, 1, 1) + timedelta(days=91 * quarter))
                    .isoformat(), fmt.F_APP_VERSION: __version__, fmt.F_SCHEMA: str(fmt.SCHEMA_VERSION),
                    fmt.F_KEY_ID: pair.key_id, fmt.F_SEQUENCE: str(quarter), fmt.F_PREVIOUS: previous,
                    fmt.F_AUDIT_HEAD: "0" * 64}
            packed = pack.pack(pack.PackInput(name, synthetic_tables(code, period, size), info, pair.private,
                                              pair.key_id), work)
            target = folder / f"{name}.zip"
            packed.path.rename(target)
            bundles.append(target)
            previous = packed.digest
    return key_files, bundles


def _province(db_url: str | None, folder: Path):  # noqa: ANN202
    from soum_desk.config import resolve_paths
    from soum_desk.services.bundle import keys as bundle_keys
    from soum_desk.services.core import office, users
    from soum_desk.services.core.startup import open_context

    if db_url:
        from sqlalchemy import create_engine, text

        engine = create_engine(db_url)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    ctx = open_context(resolve_paths(folder, db_url))
    office.initialise(ctx, aimag_code="MN-049", soum_name="", office_name="Сэлэнгэ аймгийн ЗДТГ",
                      admin_username="admin", admin_password="admin-pass-1", province=True)
    admin = ctx.as_actor(users.authenticate(ctx, "admin", "admin-pass-1"))
    users.create_user(admin, "head", "head-pass-1", "head", "Д.Дарга", "ЗДТГ-ын дарга")
    head = ctx.as_actor(users.authenticate(ctx, "head", "head-pass-1"))
    bundle_keys.create_key(head, "bench passphrase 1")
    return head


def bench_province(soums: int, runs: int, db_url: str | None, size: str) -> dict:
    from bench.province_floor import floor
    from soum_desk.services.province import imports as province_import
    from soum_desk.services.province import registry as province
    from soum_desk.services.province import views as province_views

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        key_files, bundles = make_bundles(folder, soums, size)
        made = time.perf_counter() - started
        times, rank_times, floors = [], [], []
        for run in range(runs):
            ctx = _province(db_url, folder / f"province-{run}")
            for key_file in key_files:
                province.register_key_file(ctx, key_file)
            started = time.perf_counter()
            results = province_import.import_files(ctx, bundles, arrived_on=date(2025, 1, 12))
            times.append(time.perf_counter() - started)
            assert all(r["verdict"] == "valid" for r in results), results[:3]
            started = time.perf_counter()
            ranked = province_views.ranking_table(ctx, "2024")
            rank_times.append(time.perf_counter() - started)
            assert len(ranked) == soums
            ctx.dispose()
            floors.append(floor(bundles, key_files, db_url, folder / f"province-{run}"))
    rows = sum(len(r) for r in synthetic_tables("x", Period(2024, "Q", 1), size).values())
    total = soums * 4
    median, floor_s = statistics.median(times), statistics.median(floors)
    return {"bench": f"province import {soums} soums x 4 quarters", "db": "postgresql" if db_url else "sqlite",
            "size": size, "bundles": total, "rows_per_bundle": rows, "runs": runs,
            "median_s": round(median, 2), "per_bundle_ms": round(1000 * median / total, 1),
            "floor_s": round(floor_s, 2), "ratio": round(median / floor_s, 2),
            "ranking_year_s": round(statistics.median(rank_times), 3), "packing_s": round(made, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["export", "export-real", "province"])
    parser.add_argument("--scale", choices=["realistic", "x10"], default="realistic")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--soums", type=int, default=18)
    parser.add_argument("--size", choices=list(SIZES), default="medium")
    parser.add_argument("--db-url", default=None)
    args = parser.parse_args()
    if args.what == "export":
        print(json.dumps(bench_export(args.runs), ensure_ascii=False))
    elif args.what == "export-real":
        print(json.dumps(bench_export_real(args.scale, args.runs), ensure_ascii=False))
    else:
        print(json.dumps(bench_province(args.soums, args.runs, args.db_url, args.size), ensure_ascii=False))


if __name__ == "__main__":
    main()
