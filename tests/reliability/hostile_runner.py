"""Run hostile spreadsheets through the real import paths, each in a forked child with limits.

`python -m tests.reliability.hostile_runner CASES.json OUT.json` (a lean process: no Qt, no
pytest) builds one office database, signs the clerk in once, then for every case copies the
database, forks, and in the child sets RLIMIT_AS (the whole process's address space) and
runs the service preview (+ commit, as the UI does, only when the preview offers rows) or the
CLI command through click's CliRunner. The parent kills a child still running at the time
limit, reads its peak RSS from wait4, and compares every table's row count and the audit
head of the copy with the template: anything different means something was written.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import signal
import sqlite3
import sys
import time
import traceback
import warnings
from pathlib import Path

PASSWORD = "clerk-pass-1"
LIMIT_BYTES = 512 << 20
TIME_LIMIT = 10.0
CLI_ARGS = {"petitions": ["petitions", "import", "--yes"], "letters": ["letters", "import", "--yes"],
            "plans": ["plans", "import"]}


def make_template(folder: Path):  # noqa: ANN201
    """An office with a clerk; returns the clerk's Actor."""
    from soum_desk.config import resolve_paths
    from soum_desk.domain.roles import Role
    from soum_desk.services.core import office, users
    from soum_desk.services.core.startup import open_context

    ctx = open_context(resolve_paths(folder))
    office.initialise(ctx, aimag_code="MN-065", soum_name="Есөнбулаг", office_name="Есөнбулаг сумын ЗДТГ",
                      admin_username="admin", admin_password="admin-pass-1", admin_full_name="Д.Админ",
                      bags=["1-р баг", "2-р баг"], units=["Тамгын газар"])
    admin = ctx.as_actor(users.authenticate(ctx, "admin", "admin-pass-1"))
    users.create_user(admin, "clerk", PASSWORD, Role.CLERK.value, "Г.Ажилтан", "Мэргэжилтэн")
    actor = users.authenticate(ctx, "clerk", PASSWORD)
    ctx.dispose()
    return actor


SIGN_IN = ("auth.login",)  # the CLI signs the clerk in: an audit entry that is not the import's


def db_state(folder: Path, audit_from: int = 0) -> dict:
    """Row count of every table but the audit log, and the audit entries after `audit_from`."""
    from soum_desk.config import DB_FILENAME

    con = sqlite3.connect(folder / DB_FILENAME)
    try:
        tables = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                            "AND name NOT LIKE 'sqlite_%' AND name != 'audit_log' ORDER BY name")]
        state = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        state["audit"] = [a for (a,) in con.execute("SELECT action FROM audit_log WHERE id > ? ORDER BY id",
                                                    (audit_from,)) if a not in SIGN_IN]
        state["audit_head"] = con.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        return state
    finally:
        con.close()


def _error_outcome(exc: BaseException) -> dict:
    from soum_desk.errors import SoumDeskError

    if isinstance(exc, SoumDeskError):
        return {"status": "refused", "error": type(exc).__name__, "mn": exc.msg.mn, "en": exc.msg.en,
                "where": exc.where}
    return {"status": "crash", "error": type(exc).__name__, "detail": "".join(
        traceback.format_exception(type(exc), exc, exc.__traceback__))[-3000:]}


def run_service(area: str, path: Path, ctx) -> dict:  # noqa: ANN001
    """What the UI does: preview; import only when the preview offers something to import."""
    if area == "petitions":
        from soum_desk.services.petitions import imports as petitions_import

        p = petitions_import.import_preview(ctx, path)
        errors = [f"{e.text('en')}" for e in p.errors]
        if p.new:
            petitions_import.import_commit(ctx, p)
        return {"status": "previewed", "importable": len(p.new), "errors": len(errors), "first": errors[:3]}
    if area == "letters":
        from soum_desk.services.letters import imports as letters_import

        p = letters_import.import_preview(ctx, path)
        errors = [f"{e.sheet}, row {e.row}, «{e.column}»: {e.en}" for e in p.errors]
        if p.new:
            letters_import.import_commit(ctx, p)
        return {"status": "previewed", "importable": len(p.new), "errors": len(errors), "first": errors[:3]}
    from soum_desk.services.plans import imports as plans_io

    p = plans_io.import_preview(ctx, path)
    problems = [f"{x.where()}: {x.en}" for x in p.plan.problems]
    if p.plan.measures:
        plans_io.import_commit(ctx, p)
    return {"status": "previewed", "importable": len(p.plan.measures), "errors": len(problems),
            "first": problems[:3]}


def run_cli(area: str, path: Path, data_dir: Path) -> dict:
    from click.testing import CliRunner

    from soum_desk.cli import cli

    args = ["--data-dir", str(data_dir), "--user", "clerk", *CLI_ARGS[area][:2], str(path), *CLI_ARGS[area][2:]]
    result = CliRunner().invoke(cli, args, env={"SOUM_DESK_PASSWORD": PASSWORD})
    exc = result.exception
    lines = [line for line in result.output.splitlines() if line.strip()]
    if exc is not None and not isinstance(exc, SystemExit):
        return {**_error_outcome(exc), "first": lines[:4]}
    return {"status": "cli", "exit_code": result.exit_code, "first": lines[:4]}


def child(case: dict, data_dir: Path, actor, out_fd: int) -> None:  # noqa: ANN001
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))
    started = time.perf_counter()
    try:
        if case["via"] == "cli":
            outcome = run_cli(case["area"], Path(case["path"]), data_dir)
        else:
            from soum_desk.config import resolve_paths
            from soum_desk.services.core.startup import open_context

            ctx = open_context(resolve_paths(data_dir)).as_actor(actor)
            started = time.perf_counter()
            try:
                outcome = run_service(case["area"], Path(case["path"]), ctx)
            finally:
                ctx.dispose()
    except BaseException as exc:  # noqa: BLE001 — reported, judged by the parent
        outcome = _error_outcome(exc)
    outcome["seconds"] = round(time.perf_counter() - started, 3)
    os.write(out_fd, json.dumps(outcome, ensure_ascii=False, default=str).encode())
    os.close(out_fd)


def run_case(case: dict, template: Path, work: Path, actor, before: dict) -> dict:  # noqa: ANN001
    data_dir = work / f"{case['area']}-{case['kind']}-{case['via']}"
    shutil.rmtree(data_dir, ignore_errors=True)
    shutil.copytree(template, data_dir)
    read_fd, write_fd = os.pipe()
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # pragma: no cover — the child
        os.close(read_fd)
        try:
            child(case, data_dir, actor, write_fd)
        finally:
            os._exit(0)
    os.close(write_fd)
    os.set_blocking(read_fd, False)
    chunks: list[bytes] = []
    timed_out = False
    while True:
        try:
            while chunk := os.read(read_fd, 65536):
                chunks.append(chunk)
        except BlockingIOError:
            pass
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() - started > TIME_LIMIT + 2:
            os.kill(pid, signal.SIGKILL)
            timed_out = True
        time.sleep(0.01)
    try:
        while chunk := os.read(read_fd, 65536):
            chunks.append(chunk)
    except BlockingIOError:
        pass
    os.close(read_fd)
    wall = time.monotonic() - started
    try:
        outcome = json.loads(b"".join(chunks).decode()) if chunks else {"status": "died"}
    except ValueError:
        outcome = {"status": "died", "detail": b"".join(chunks)[:500].decode(errors="replace")}
    outcome.update(case, wall=round(wall, 3), peak_rss_mib=round(usage.ru_maxrss / 1024, 1),
                   timed_out=timed_out, exit_status=status)
    after = db_state(data_dir, before["audit_head"])
    outcome["written"] = {k: (before.get(k), v) for k, v in after.items()
                          if k != "audit_head" and before.get(k) != v}
    shutil.rmtree(data_dir, ignore_errors=True)
    return outcome


def judge(result: dict, expected: str) -> list[str]:
    """What is wrong with one outcome; [] when the clerk got a clear message in time and nothing was written."""
    problems = []
    if result["status"] in ("crash", "died") or result["timed_out"]:
        problems.append(f"{result['status']} (timed out: {result['timed_out']}): {result.get('detail', '')[-600:]}")
    if result["wall"] > TIME_LIMIT:
        problems.append(f"took {result['wall']} s")
    if result["peak_rss_mib"] > LIMIT_BYTES / (1 << 20):
        problems.append(f"peak RSS {result['peak_rss_mib']} MiB")
    if result["written"]:
        problems.append(f"written: {result['written']}")
    name = Path(result["path"]).name
    text = message(result)
    if result["status"] == "refused":
        if result["error"] not in ("UserError", "ValidationError") or not result["mn"] or not result["en"]:
            problems.append(f"not a clear bilingual UserError: {result}")
        elif not (result.get("where") or "").startswith(name):
            problems.append(f"where= does not name the file: {result.get('where')}")
        elif not any("\u0400" <= ch <= "\u04ff" for ch in result["mn"]):
            problems.append(f"the Mongolian text is not Mongolian: {result['mn']}")
    if expected == "rows":  # row errors listed, or so many that reading stopped
        stopped = result["status"] == "refused" and "errors, so reading stopped" in result["en"]
        listed = result.get("errors") if result["via"] == "service" else \
            re.search(r"(мөр|row) \d+", " ".join(result.get("first") or []))
        if not (stopped or (result["status"] in ("previewed", "cli", "refused") and listed)):
            problems.append(f"expected row errors, got: {text}")
    elif expected == "nothing":
        if result["status"] not in ("previewed", "cli", "refused") or result.get("importable"):
            problems.append(f"expected nothing to import, got: {text}")
        if result["status"] == "refused" and "No measure" not in result["en"]:  # plans' import of nothing
            problems.append(f"unexpected refusal: {text}")
    elif expected not in text:
        problems.append(f"expected «{expected}», got: {text}")
    return problems


def message(result: dict) -> str:
    """The message the clerk sees, in English (the CLI prints both languages)."""
    if result["status"] == "refused":
        return f"{result.get('where')}: {result['en']}"
    if result["status"] == "previewed":
        return f"{result['importable']} rows to import, {result['errors']} row errors" + \
            (f"; first: {result['first'][0]}" if result["first"] else "")
    return " | ".join(result.get("first") or [result.get("detail", "")])


def main(argv: list[str]) -> int:
    warnings.simplefilter("ignore")  # openpyxl's notes on odd cells; the outcome is what counts
    cases = json.loads(Path(argv[0]).read_text())
    work = Path(argv[1]).with_suffix(".work")
    shutil.rmtree(work, ignore_errors=True)
    template = work / "template"
    actor = make_template(template)
    # import everything the children use, once, so each fork starts warm
    import click.testing  # noqa: F401

    import soum_desk.cli  # noqa: F401
    import soum_desk.services.letters.imports  # noqa: F401
    import soum_desk.services.petitions.imports  # noqa: F401
    import soum_desk.services.plans.imports  # noqa: F401

    before = db_state(template)
    before = db_state(template, before["audit_head"])
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    vm_size = next((int(line.split()[1]) / 1024 for line in Path("/proc/self/status").read_text().splitlines()
                    if line.startswith("VmSize:")), 0.0)  # what each child starts with under RLIMIT_AS
    results = []
    for case in cases:
        results.append(run_case(case, template, work, actor, before))
        sys.stderr.write(f"{case['area']:9} {case['kind']:28} {case['via']:7} {results[-1]['status']:9} "
                         f"{results[-1]['wall']:6.2f}s {results[-1]['peak_rss_mib']:6.1f}MiB\n")
    Path(argv[1]).write_text(json.dumps({"runner_rss_mib": round(base_rss, 1), "runner_vm_mib": round(vm_size, 1),
                                         "results": results},
                                        ensure_ascii=False, indent=1, default=str))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
