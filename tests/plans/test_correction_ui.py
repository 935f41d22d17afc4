"""Issue 15: in the review, the head corrects an approved period's entry with a reason; others are told why not."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialog

from soum_desk.services.core import audit
from soum_desk.services.plans import progress as plans_progress
from tests.plans.test_ui import make_view


def _review(qtbot, ctx, period="2024Q2"):
    view = make_view(qtbot, ctx)
    view.period.setCurrentIndex(view.period.findData(period))
    view.tabs.setCurrentWidget(view.review)
    return view.review


def test_the_correct_action_is_the_heads_in_an_approved_period(qtbot, approved):
    clerk_button = _review(qtbot, approved["clerk"]).btn_correct
    assert not clerk_button.isEnabled() and "дарга" in clerk_button.toolTip()
    head_review = _review(qtbot, approved["head"])
    assert head_review.btn_correct.isEnabled()
    head_review.load(approved["doc"], "2024Q3")  # not approved: edited as usual
    assert not head_review.btn_correct.isEnabled() and "батлагдаагүй" in head_review.btn_correct.toolTip()


def test_the_head_corrects_an_evaluation_and_the_review_figures_follow(qtbot, approved, monkeypatch):
    from soum_desk.ui import ops
    from soum_desk.ui.plans.correct_dialog import CorrectEntryDialog

    shown = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc: shown.append(exc))
    review = _review(qtbot, approved["head"])
    figures_before = [review.figures.itemAt(i).widget().text() for i in range(review.figures.count())]
    opened = []
    monkeypatch.setattr(CorrectEntryDialog, "exec", lambda self: opened.append(self) or self.result())
    review.btn_correct.click()
    dialog = opened[0]
    assert [dialog.measure.itemData(i) for i in range(dialog.measure.count())] == [approved["m"][0], approved["m"][2]]
    assert dialog.narrative.toPlainText() == "Тайлагнасан" and dialog.level.currentData() == "implemented"
    dialog.level.setCurrentIndex(dialog.level.findData("in_progress"))
    dialog.eval_percent.setText("60")
    dialog.save()  # no reason
    assert "шалтгаан" in shown[-1].msg.mn and dialog.result() != QDialog.DialogCode.Accepted
    dialog.reason.setText("Хувийг буруу оруулсан")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = plans_progress.get_progress(approved["head"], approved["m"][0], "2024Q2")
    assert (row["level"], row["eval_percent"], row["narrative"]) == ("in_progress", 60, "Тайлагнасан")
    entry = audit.list_entries(approved["head"], audit.AuditFilter(action_prefix="plans.progress.correct"))[0]
    assert json.loads(entry["after"])["reason"] == "Хувийг буруу оруулсан"
    review.load(approved["doc"], "2024Q2")
    figures_after = [review.figures.itemAt(i).widget().text() for i in range(review.figures.count())]
    assert figures_after != figures_before  # the average and score follow


def test_a_typed_percent_that_is_not_a_number_is_named(qtbot, approved, monkeypatch):
    from soum_desk.ui.bus import DataBus
    from soum_desk.ui.plans import correct_dialog
    from soum_desk.ui.plans.correct_dialog import CorrectEntryDialog
    from soum_desk.ui.state import AppState

    shown = []
    monkeypatch.setattr(correct_dialog, "show_error", lambda parent, exc: shown.append(exc))
    dialog = CorrectEntryDialog(AppState(approved["head"], DataBus()), approved["doc"], "2024Q2")
    qtbot.addWidget(dialog)
    dialog.select_measure(approved["m"][2])
    assert dialog.percent.text() == "70"
    dialog.percent.setText("7O")
    dialog.reason.setText("x")
    dialog.save()
    assert shown[-1].msg.en == "Percent: «7O» is not a number."
    dialog.percent.setText("75,5")
    dialog.save()
    assert plans_progress.get_progress(approved["head"], approved["m"][2], "2024Q2")["self_percent"] == 75.5


def test_the_locked_entry_tells_the_head_where_to_correct(qtbot, approved):
    for ctx, told in ((approved["clerk"], False), (approved["head"], True)):
        view = make_view(qtbot, ctx)
        view.period.setCurrentIndex(view.period.findData("2024Q2"))
        view.tabs.setCurrentWidget(view.entry)
        assert view.entry.locked
        assert ("Хэрэгжилт залруулах" in view.entry.message.text()) is told


def test_a_level_left_out_of_averages_takes_no_percent_and_an_empty_period_says_so(qtbot, approved):
    from soum_desk.ui.bus import DataBus
    from soum_desk.ui.plans.correct_dialog import CorrectEntryDialog
    from soum_desk.ui.state import AppState

    state = AppState(approved["head"], DataBus())
    dialog = CorrectEntryDialog(state, approved["doc"], "2024Q2")
    qtbot.addWidget(dialog)
    dialog.level.setCurrentIndex(dialog.level.findData("too_early"))  # the 100 beside it is not sent
    dialog.reason.setText("Хугацаа болоогүй байсан")
    dialog.save()
    row = plans_progress.get_progress(approved["head"], approved["m"][0], "2024Q2")
    assert (row["level"], row["eval_percent"]) == ("too_early", None)
    plans_progress.approve(approved["head"], approved["doc"], "2024Q3")
    empty = CorrectEntryDialog(state, approved["doc"], "2024Q3")
    qtbot.addWidget(empty)
    assert empty.measure.count() == 0 and "алга" in empty.source.text()
