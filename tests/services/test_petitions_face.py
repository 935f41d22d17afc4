"""The petitions package's face and its typed rows: the TypedDicts name exactly the keys the services return."""

from datetime import date
from typing import get_type_hints

import soum_desk.services.petitions as area
from soum_desk.services.petitions import rows
from tests.services.test_petitions import reg


def keys(typed: type) -> set[str]:
    return set(get_type_hints(typed))


def test_the_package_face():
    assert {"actions", "queries", "import_preview", "import_commit", "report_data", "bundle_payload"} <= set(
        area.__all__)
    assert area.actions.register and area.queries.list_page and area.import_commit.__name__ == "import_commit"


def test_typed_rows_match_what_the_services_return(clerk_ctx):
    detail = reg(clerk_ctx)
    assert set(detail) == keys(rows.PetitionDetail) and set(detail["petitioner"]) == keys(rows.PersonalRow)
    assert set(area.queries.list_page(clerk_ctx)[0]) == keys(rows.PetitionRow)
    assert set(area.actions.assign(clerk_ctx, detail["id"], "Б.Бат")) == keys(rows.PetitionRow)
    summary = area.stats.period_summary(clerk_ctx, f"{date.today().year}Q1")
    assert set(summary) == keys(rows.PeriodSummary)


def test_report_data_signs_with_the_head_of_office_and_the_reporter(head_ctx, clerk_ctx):
    reg(clerk_ctx)
    data = area.report_data(clerk_ctx, "2024Q1", charts=False)
    assert data.header.title == "Өргөдөл, гомдлын шийдвэрлэлтийн тайлан"
    labels = [s.label for s in data.signatures]
    assert labels == ["ХЯНАСАН", "ТАЙЛАГНАСАН", "БИЕЛЭЛТИЙГ НЭГТГЭСЭН"] and data.figures["received"] == 1
