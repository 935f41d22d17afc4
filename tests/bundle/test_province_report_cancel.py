"""Issue 14: the province report has progress and a working Cancel — no file, no error, buttons back
(as the letters and archive reports)."""

from __future__ import annotations

import threading

import pytest

from soum_desk.services.core.signing import Signing
from soum_desk.services.province import report as province_report
from tests.bundle.conftest import register


@pytest.fixture
def hub(province_ctx, make_office):
    register(province_ctx, make_office("Алтанбулаг"))
    return province_ctx


@pytest.mark.parametrize("suffix", ["pdf", "xlsx"])
def test_a_cancel_at_any_step_leaves_no_file(hub, tmp_path, suffix):
    out = tmp_path / "reports"
    out.mkdir()
    target = out / f"province.{suffix}"
    calls: list[tuple[int, int]] = []
    province_report.make_report(hub, "2024Q4", target, lambda done, total: calls.append((done, total)) or True)
    assert target.is_file() and len(calls) >= 3
    target.unlink()
    for stop_at in (1, len(calls) // 2, len(calls)):  # at once, half way, at the last question
        asked: list[int] = []
        with pytest.raises(InterruptedError):
            province_report.make_report(hub, "2024Q4", target,
                                        lambda done, total, a=asked, s=stop_at: a.append(done) or len(a) < s)
        assert len(asked) == stop_at  # stopped at the first question after the Cancel
        assert list(out.iterdir()) == []  # no report, no half-written temporary file


def test_the_ranking_views_cancel_ends_quietly_with_no_file_and_the_buttons_back(qtbot, hub, tmp_path,
                                                                              monkeypatch):
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    from soum_desk.ui import ops
    from soum_desk.ui.bus import DataBus
    from soum_desk.ui.province import ranking_view
    from soum_desk.ui.state import AppState

    target = tmp_path / "province.pdf"
    shown: list[Exception] = []
    opened: list[object] = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(ranking_view, "ask_save_path", lambda *a, **k: str(target))
    monkeypatch.setattr(ranking_view, "open_report", lambda parent, path: opened.append(path))
    monkeypatch.setattr(ranking_view, "ask_signing", lambda *a, **k: Signing())  # the signatories last chosen
    gathering, release = threading.Event(), threading.Event()
    real_data = province_report.report_data

    def slow_data(ctx, period, *args):  # noqa: ANN001, ANN002, ANN202 — many offices take a while here
        gathering.set()
        release.wait(10)
        return real_data(ctx, period, *args)

    monkeypatch.setattr(province_report, "report_data", slow_data)
    view = ranking_view.RankingView(AppState(hub, DataBus(), province_mode=True))
    qtbot.addWidget(view)
    view.show()
    view.report(".pdf")
    assert not view.pdf.isEnabled() and not view.xlsx.isEnabled()
    qtbot.waitUntil(gathering.is_set, timeout=5000)

    def dialog() -> list[QProgressDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(dialog()), timeout=5000)
    dialog()[0].findChild(QPushButton).click()  # «Цуцлах»
    release.set()
    qtbot.waitUntil(view.pdf.isEnabled, timeout=10000)
    assert view.xlsx.isEnabled() and shown == [] and opened == [] and not target.exists()
