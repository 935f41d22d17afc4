"""Item 9: the fuzz regression corpus, replayed in `make test` in a fixed order.

Every file in `tests/reliability/fuzz_corpus/<target>/` (the XLSX targets; a bundle find needs the
office's signature, so it is built in code in test_fuzz_regressions.py) goes through the same entry point as the
fuzzer's worker (`bench/fuzz_importers.py`): read, or refused with the app's own error — any other
exception is a crash. A crash the long fuzz run finds (`<out>/<target>/crashes/<sha1>`) is copied
here under a name that says what it is (docs/reliability.md, "Deterministic runs").
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from soum_desk.errors import SoumDeskError
from soum_desk.services.core.context import AppContext

CORPUS = Path(__file__).with_name("fuzz_corpus")
TARGETS = ("petition", "letter", "plan")  # bundle finds: signed in code, in test_fuzz_regressions.py
# Inputs that still crash, with the reason (xfail until the importer is fixed); none today.
OPEN: dict[str, str] = {}


def corpus_cases() -> list:
    cases = []
    for target in TARGETS:
        for path in sorted((CORPUS / target).glob("*")):
            if path.name.startswith(".") or path.suffix not in (".xlsx", ".zip", ".bin"):
                continue
            key = f"{target}/{path.name}"
            marks = [pytest.mark.xfail(reason=OPEN[key], strict=False)] if key in OPEN else []
            cases.append(pytest.param(target, path, id=key, marks=marks))
    return cases


def replay(target: str, clerk: AppContext, path: Path) -> None:
    """The fuzzer worker's `run` for one input (bench/fuzz_importers.py)."""
    if target == "petition":
        from soum_desk.services.petitions import imports as petitions_import

        petitions_import.import_preview(clerk, path)
    elif target == "letter":
        from soum_desk.services.letters import imports as letters_import

        letters_import.import_preview(clerk, path)
    elif target == "plan":
        from soum_desk.services.plans import imports as plans_import

        plans_import.import_preview(clerk, path)
    else:
        raise AssertionError(target)


@pytest.mark.parametrize(("target", "path"), corpus_cases())
def test_corpus_input_is_read_or_refused_with_a_message(clerk_ctx, target, path):
    with contextlib.suppress(SoumDeskError):  # refused with the app's own (located, bilingual) message
        replay(target, clerk_ctx, path)


def test_plan_cell_with_a_missing_style_gives_a_located_row_message():
    """Regression (issue 13): a workbook whose cell H8 (a percent) points at a cell style that
    styles.xml does not have made openpyxl raise IndexError inside the plan importer (a «program
    error» for the clerk). It must be a message located at that row."""
    from soum_desk.importers.plan_xlsx import read_plan

    path = CORPUS / "plan" / "cell-style-index-missing.xlsx"
    try:
        plan = read_plan(path)
    except SoumDeskError as err:
        assert "row 8" in (err.where or ""), err.where
        return
    assert any(p.row == 8 for p in plan.problems), plan.problems
