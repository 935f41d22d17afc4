"""Screenshots of the real program for the user guides.

    make screenshots          # runs this under xvfb-run (apt-get install -y xvfb) on a 1366×768 screen

Sets up a data folder with `soum-desk init --demo`, signs in as the demo
administrator and saves each area of the main window, the set-up and sign-in
windows and the guide window, in Mongolian (mn-*.png) and English (en-*.png).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
PASSWORD = "demo-pass-1"
OFFICE = ["--aimag", "MN-049", "--soum", "Есөнзүйл", "--office", "Есөнзүйл сумын Засаг даргын Тамгын газар",
          "--admin", "admin", "--admin-name", "Д.Бат-Эрдэнэ", "--bags", "1-р баг,2-р баг,3-р баг,4-р баг",
          "--units", "Тамгын газар,Нийгмийн бодлогын хэлтэс,Хөгжлийн бодлого төлөвлөлтийн хэлтэс"]


def init_demo(data: Path, *extra: str) -> None:
    env = {**os.environ, "SOUM_DESK_PASSWORD": PASSWORD}
    subprocess.run([sys.executable, "-m", "soum_desk", "--data-dir", str(data), *extra, "init", *OFFICE, "--demo"],
                   env=env, check=True, cwd=ROOT)


def settle(ms: int = 400) -> None:
    """Let queued events, background loads and repaints finish."""
    from PySide6.QtTest import QTest

    QTest.qWait(ms)


def save(widget, name: str) -> Path:  # noqa: ANN001
    settle()
    target = OUT / f"{name}.png"
    if not widget.grab().save(str(target)):
        raise OSError(f"could not write {target}")
    print(target.relative_to(ROOT))
    return target


def shoot_language(lang: str, data: Path, blank: Path) -> None:
    from soum_desk.config import resolve_paths
    from soum_desk.services.core import users
    from soum_desk.services.core.startup import open_context
    from soum_desk.ui.bus import DataBus
    from soum_desk.ui.help_dialog import HelpDialog
    from soum_desk.ui.i18n import install_language
    from soum_desk.ui.login_dialog import LoginDialog
    from soum_desk.ui.main_window import MainWindow
    from soum_desk.ui.setup_dialog import SetupDialog
    from soum_desk.ui.state import AppState

    install_language(lang)
    blank_ctx = open_context(resolve_paths(blank))
    setup = SetupDialog(blank_ctx)
    setup.aimag.setCurrentIndex(setup.aimag.findData("MN-049"))
    setup.soum.setText("Есөнзүйл")
    setup.bags.setText("1-р баг, 2-р баг, 3-р баг, 4-р баг")
    setup.admin_name.setText("Д.Бат-Эрдэнэ")
    setup.show()
    save(setup, f"{lang}-setup")
    setup.close()
    blank_ctx.dispose()

    ctx = open_context(resolve_paths(data))
    ctx.lang = lang
    login = LoginDialog(ctx)
    login.username.setText("admin")
    login.show()
    save(login, f"{lang}-login")
    login.close()

    state = AppState(ctx=ctx.as_actor(users.authenticate(ctx, "admin", PASSWORD)), bus=DataBus())
    window = MainWindow(state)
    window.resize(1350, 688)  # maximised on a 1366×768 laptop: the taskbar and title bar take 80 px
    window.show()
    number = 0
    for area in window.areas:
        window.open_area(area.key)
        if area.key == "dashboard":  # the README's picture, once its tiles and charts have loaded
            view = window.views["dashboard"]
            for _ in range(300):
                settle(100)
                if not any(view._loading.values()):
                    break
            save(window, f"dashboard-{lang}")
            continue
        number += 1
        save(window, f"{lang}-{number:02d}-{area.key}")
    from soum_desk.ui.admin.settings_dialog import SettingsDialog

    settings = SettingsDialog(state, window)
    settings.show()
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        save(settings, f"{lang}-settings-{index + 1}")
    settings.close()
    guide = HelpDialog(lang, window)
    guide.show()
    save(guide, f"{lang}-help")
    guide.close()
    window.idle_timer.stop()
    window.backup_timer.stop()
    window.close()
    ctx.dispose()


def main() -> None:
    from soum_desk.ui.app import make_application

    app = make_application([sys.argv[0]])
    app.setStyle("Fusion")
    for old in OUT.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory(prefix="soumdesk-shots-") as tmp:
        data, blank = Path(tmp) / "office", Path(tmp) / "blank"
        init_demo(data)
        for lang in ("mn", "en"):
            shoot_language(lang, data, blank)


if __name__ == "__main__":
    main()
