"""`SoumDesk --self-test`: prove that this copy of the program works on this machine.

Runs the real code paths in a throw-away data folder: migrations, office set-up,
demo data, a PDF and an XLSX report (Cyrillic, read back), the audit chain,
a backup → restore round trip, a signed bundle export → verify round trip (and
an altered copy refused) and the Qt main window (offscreen). Prints one
line per check; the exit code is 0 only when every check passed. Nothing
outside the temporary folder is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SELFTEST_PASSWORD = "selftest-Нууц-1"
CYRILLIC_PROBE = "Өргөдөл, гомдлын шийдвэрлэлт — Сэлэнгэ аймаг, Есөнзүйл сум"


@dataclass
class CheckResult:
    key: str
    label: str  # «Монгол / English»
    ok: bool
    detail: str
    seconds: float

    def line(self) -> str:
        mark = " OK " if self.ok else "FAIL"
        return f"[{mark}] {self.label}: {self.detail} ({self.seconds:.1f} s)"


@dataclass
class SelfTestRun:
    """Shared state of one run: the temporary folder and the contexts made along the way."""

    workdir: Path
    ctx: Any = None  # AppContext signed in as the admin
    facts: dict = field(default_factory=dict)


class CheckFailed(Exception):
    """A check found something wrong (as opposed to crashing)."""


Step = Callable[[SelfTestRun], str]


def _check_database(run: SelfTestRun) -> str:
    from soum_desk.config import resolve_paths
    from soum_desk.db import migrate
    from soum_desk.services.core.startup import check_defusedxml, open_context

    check_defusedxml()
    paths = resolve_paths(run.workdir / "data", None)
    ctx = open_context(paths)
    run.ctx = ctx
    current, head = migrate.current_revision(ctx.engine), migrate.head_revision()
    if current != head:
        raise CheckFailed(f"schema {current} != head {head}")
    return f"{len(migrate.all_revisions())} migrations, schema {current} (head)"


def _check_office(run: SelfTestRun) -> str:
    from soum_desk.services import demo
    from soum_desk.services.core import office, users
    from soum_desk.services.core.context import Actor

    ctx = run.ctx
    office.initialise(ctx, aimag_code="MN-049", soum_name="Есөнзүйл", office_name="Есөнзүйл сумын ЗДТГ",
                      admin_username="selftest", admin_password=SELFTEST_PASSWORD,
                      admin_full_name="Өөрийгөө шалгагч", bags=["1-р баг", "2-р баг"])
    run.ctx = ctx.as_actor(users.authenticate(ctx, "selftest", SELFTEST_PASSWORD))
    loaded = demo.load_demo(ctx.as_actor(Actor.system()))
    run.facts["demo"] = loaded
    return f"{office.get_office(run.ctx)['code']}; demo: {', '.join(loaded) or '-'}"


def _report_content() -> tuple[Any, list, list]:
    from datetime import date

    from soum_desk.reports.common import Column, ReportHeader, RowKind, TableRow

    header = ReportHeader(office_name="Есөнзүйл сумын Засаг даргын Тамгын газар",
                          title="Өөрийгөө шалгах тайлан", report_date=date.today(), place="Есөнзүйл",
                          subtitle=CYRILLIC_PROBE)
    columns = [Column("№", 10, "center"), Column("Үзүүлэлт", 90), Column("Хувь", 20, "right")]
    rows = [TableRow(["НЭГ. Өргөдөл, гомдол"], RowKind.SECTION),
            TableRow(["1", "Хугацаандаа шийдвэрлэсэн", "88,2"]),
            TableRow(["2", "Хугацаа хэтэрсэн", "11,8"])]
    return header, columns, rows


def _squash(text: str) -> str:
    return "".join(text.split())


def _check_pdf(run: SelfTestRun) -> str:
    from pypdf import PdfReader

    from soum_desk.reports.common import Signature
    from soum_desk.reports.pdf import PdfReport

    header, columns, rows = _report_content()
    report = PdfReport(header)
    report.table(columns, rows)
    report.signatures([Signature("ХЯНАСАН", "ЗДТГ-ын дарга", "Б.Болд")])
    target = report.write(run.workdir / "өөрийгөө-шалгах.pdf")
    text = "".join(page.extract_text() or "" for page in PdfReader(str(target)).pages)
    for expected in (CYRILLIC_PROBE, "Хугацаандаа шийдвэрлэсэн", "ХЯНАСАН"):
        if _squash(expected) not in _squash(text):
            raise CheckFailed(f"«{expected}» not found in the PDF text")
    return f"{target.stat().st_size} B, Cyrillic text read back"


def _check_xlsx(run: SelfTestRun) -> str:
    from openpyxl import load_workbook

    from soum_desk.reports.xlsx import XlsxReport

    header, columns, rows = _report_content()
    report = XlsxReport(header)
    report.sheet("Өргөдөл", columns, rows)
    target = report.write(run.workdir / "өөрийгөө-шалгах.xlsx")
    workbook = load_workbook(target, read_only=True)
    try:
        values = {str(v) for row in workbook["Өргөдөл"].iter_rows(values_only=True) for v in row if v}
    finally:
        workbook.close()
    for expected in (CYRILLIC_PROBE, "Хугацаандаа шийдвэрлэсэн", "88,2"):
        if expected not in values:
            raise CheckFailed(f"«{expected}» not found in the workbook")
    return f"{target.stat().st_size} B, Cyrillic cells read back"


def _check_audit(run: SelfTestRun) -> str:
    from soum_desk.services.core import audit

    report = audit.verify(run.ctx)
    if not report.ok:
        raise CheckFailed(f"broken at #{report.first_bad_id}: {report.reason_en}")
    return f"{report.checked} entries, chain intact"


def _check_backup(run: SelfTestRun) -> str:
    from soum_desk.domain.roles import Role
    from soum_desk.services.core import audit, backup, users

    ctx = run.ctx
    saved = backup.make_backup(ctx, reason="manual")
    users.create_user(ctx, "after-backup", SELFTEST_PASSWORD, Role.VIEWER.value, "Нөөцийн дараа")
    backup.restore(ctx, saved.path)
    names = {u["username"] for u in users.list_users(ctx)}
    if "after-backup" in names or "selftest" not in names:
        raise CheckFailed(f"restored users are wrong: {sorted(names)}")
    report = audit.verify(ctx)
    if not report.ok:
        raise CheckFailed(f"audit chain broken after restore: {report.reason_en}")
    return f"{saved.size_bytes} B backup restored, later change undone, audit intact"


def _tampered_copy(source: Path, target: Path) -> None:
    """The same zip with one payload byte changed: still a valid archive, no longer the signed one."""
    import zipfile

    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        changed = False
        for info in original.infolist():
            data = original.read(info)
            if not changed and info.filename.endswith(".json") and "/data/" in info.filename:
                data = data.replace(b"}", b" }", 1)
                changed = True
            copy.writestr(info, data)
    if not changed:
        raise CheckFailed(f"{source.name} holds no data/*.json file to alter")


def _check_bundle(run: SelfTestRun) -> str:
    from datetime import date

    from soum_desk.domain.periods import Period
    from soum_desk.services.bundle import export as bundle_export
    from soum_desk.services.bundle import keys as bundle_keys
    from soum_desk.services.bundle import verify as bundle_verify
    from soum_desk.services.core.context import Actor

    ctx = run.ctx.as_actor(Actor.system())  # the head's steps (approve, sign), taken by the program
    # The demo data fills last year's quarters: export its last one, with the areas' reports.
    period = Period.parse(f"{date.today().year - 1}Q4").code
    bundle_keys.create_key(ctx, SELFTEST_PASSWORD)
    bundle_export.approve_period(ctx, period, "өөрийгөө шалгах")
    out, key_folder = run.workdir / "usb", run.workdir / "province-keys"
    out.mkdir()
    key_folder.mkdir()
    exported = bundle_export.export_bundle(ctx, period, out, SELFTEST_PASSWORD)
    bundle_keys.export_public_key(ctx, key_folder / "office.json")
    bundle = Path(exported["path"])
    verdict = bundle_verify.verify_with_key_folder(bundle, key_folder)
    if not verdict.ok:
        raise CheckFailed(f"{bundle.name}: {verdict.label('en')} — {verdict.reason('en')}")
    tampered = run.workdir / f"altered-{bundle.name}"
    _tampered_copy(bundle, tampered)
    refused = bundle_verify.verify_with_key_folder(tampered, key_folder)
    if refused.ok:
        raise CheckFailed("an altered copy of the bundle was accepted")
    tables = ", ".join(sorted(exported.get("tables", {})))
    return (f"{period} №{exported['sequence']}, {exported['size_bytes']} B, tables: {tables}; "
            f"signature valid; altered copy refused ({refused.code.value})")


LICENCE_TEXTS = {"SoumDesk": "MIT License", "Qt": "GNU LESSER GENERAL PUBLIC LICENSE",
                 "DejaVu Sans": "Bitstream Vera"}


def _check_licences(_run: SelfTestRun) -> str:
    """Help → About has every component's licence: a build must carry the notices it collected."""
    from soum_desk import licences

    shipped = (licences.shipped_folder() / licences.INDEX).is_file()
    if getattr(sys, "frozen", False) and not shipped:
        raise CheckFailed(f"the build has no {licences.shipped_folder()}")
    found = {notice.name: notice for notice in licences.notices()}
    for name, words in LICENCE_TEXTS.items():
        if name not in found or words not in found[name].text:
            raise CheckFailed(f"no licence text for {name}")
    empty = sorted(name for name, notice in found.items() if not notice.text.strip())
    if empty:
        raise CheckFailed(f"no licence text for {', '.join(empty)}")
    return f"{len(found)} components, each with its licence text ({'shipped' if shipped else 'installed'})"


def _check_ui(run: SelfTestRun) -> str:
    # Qt lives in soum_desk.ui only (tests/test_layering.py); imported here, when this check runs.
    from soum_desk.ui.selftest_window import check_main_window

    return check_main_window(run.ctx, CheckFailed)


STEPS: list[tuple[str, str, Step]] = [
    ("database", "Өгөгдлийн сан, шилжилт / database and migrations", _check_database),
    ("office", "Байгууллага, жишээ өгөгдөл / office set-up and demo data", _check_office),
    ("pdf", "PDF тайлан / PDF report", _check_pdf),
    ("xlsx", "XLSX тайлан / XLSX report", _check_xlsx),
    ("audit", "Аудитын гинж / audit chain", _check_audit),
    ("backup", "Нөөц хуулбар, сэргээлт / backup and restore", _check_backup),
    ("bundle", "Аймагт илгээх багц / signed bundle export and verify", _check_bundle),
    ("licences", "Лиценз / licences (Help → About)", _check_licences),
    ("ui", "Цонх (Qt) / main window (Qt)", _check_ui),
]
NEEDS_SIGNED_IN = {"audit", "backup", "bundle", "ui"}  # these need the office check to have passed


def run(out: Callable[[str], None] | None = None, *, workdir: Path | None = None,
        with_ui: bool = True) -> list[CheckResult]:
    """Run every check; `out` gets one line per check as it finishes."""
    results: list[CheckResult] = []
    steps = [s for s in STEPS if with_ui or s[0] != "ui"]
    with tempfile.TemporaryDirectory(prefix="soumdesk-selftest-", ignore_cleanup_errors=True) as tmp:
        state = SelfTestRun(workdir=Path(workdir or tmp))
        state.workdir.mkdir(parents=True, exist_ok=True)
        try:
            for key, label, step in steps:
                started = time.perf_counter()
                if (key == "office" and state.ctx is None) or (
                        key in NEEDS_SIGNED_IN and (state.ctx is None or state.ctx.actor is None)):
                    ok, detail = False, "not run: an earlier check failed"
                else:
                    try:
                        ok, detail = True, step(state)
                    except CheckFailed as exc:
                        ok, detail = False, str(exc)
                    except Exception as exc:  # noqa: BLE001 - a self-test reports every failure
                        ok, detail = False, f"{type(exc).__name__}: {exc}"
                        if os.environ.get("SOUM_DESK_SELFTEST_TRACE"):
                            traceback.print_exc()
                result = CheckResult(key, label, ok, detail, time.perf_counter() - started)
                results.append(result)
                if out is not None:
                    out(result.line())
        finally:
            if state.ctx is not None:
                state.ctx.dispose()
    return results


def _print(line: str) -> None:
    stream = sys.stdout
    if stream is None:  # a windowed build on Windows has no console
        return
    try:
        stream.write(line + "\n")
    except UnicodeEncodeError:
        stream.write(line.encode("ascii", "backslashreplace").decode("ascii") + "\n")
    stream.flush()


def main() -> int:
    """Run the self-test and return the process exit code."""
    from soum_desk import APP_NAME, __version__

    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    _print(f"{APP_NAME} {__version__} ({frozen}, Python {sys.version.split()[0]}, {sys.platform})")
    results = run(_print)
    failed = [r for r in results if not r.ok]
    if failed:
        _print(f"АЛДАА / FAILED: {len(failed)} of {len(results)} checks ({', '.join(r.key for r in failed)})")
        return 1
    _print(f"Бүгд амжилттай / all {len(results)} checks passed")
    return 0
