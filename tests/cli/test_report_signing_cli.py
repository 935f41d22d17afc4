"""Issue 16: every report command takes its three signatories, date and place; remembers them per kind."""

from datetime import date

from pypdf import PdfReader

from tests.cli import test_petitions_cli as base

office_template = base.office_template  # the fixtures: a demo office with the head, and `run`
run = base.run

SIGN = ["--checked-by", "head", "--reported-by", "tsetseg", "--compiled-by", "munkhjargal",
        "--report-date", "2024.12.13", "--place", "Алтай хот"]


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _add_signers(run) -> None:
    run("users", "add", "tsetseg", "--role", "clerk", "--name", "Я.Жаргалцэцэг", "--position",
        "Төрийн захиргааны удирдлагын хэлтсийн дарга")
    run("users", "add", "munkhjargal", "--role", "clerk", "--name", "Б.Мөнхжаргал", "--position",
        "Төрийн захиргааны удирдлагын хэлтсийн мэргэжилтэн")


def _signed(text: str) -> bool:
    wanted = ("ХЯНАСАН:", "Б.ДАРГА", "ТАЙЛАГНАСАН:", "Я.ЖАРГАЛЦЭЦЭГ", "БИЕЛЭЛТИЙГ НЭГТГЭСЭН:", "Б.МӨНХЖАРГАЛ",
              "2024.12.13", "Алтай хот")
    missing = [w for w in wanted if w not in text]
    assert not missing, missing
    return "tsetseg" not in text and "munkhjargal" not in text


def test_every_report_command_prints_the_chosen_signatories_date_and_place(run, tmp_path):
    _add_signers(run)
    year = date.today().year
    commands = {
        "plans": ["plans", "report", "--period", str(year), "--out", str(tmp_path / "plans.pdf")],
        "petitions": ["petitions", "report", "--period", f"{year}Q1", "--out", str(tmp_path / "pet.pdf")],
        "letters": ["letters", "report", "figures", str(tmp_path / "let.pdf"), "--period", str(year)],
        "overdue": ["letters", "overdue", "--pdf", str(tmp_path / "over.pdf")],
        "archive": ["archive", "report", "counts", str(tmp_path / "arch.pdf")],
        "province": ["province", "report", "--period", str(year), "--out", str(tmp_path / "prov.pdf")],
    }
    for name, args in commands.items():
        path = run(*args, *SIGN).output.strip().splitlines()[-1]
        assert _signed(_text(path)), name


def test_signatories_are_remembered_per_report_kind(run, tmp_path):
    _add_signers(run)
    run("petitions", "report", "--period", "2024Q4", "--out", str(tmp_path / "a.pdf"), *SIGN)
    again = _text(run("petitions", "report", "--period", "2024Q4", "--out", str(tmp_path / "b.pdf")).output.strip())
    assert "Я.ЖАРГАЛЦЭЦЭГ" in again and "Б.МӨНХЖАРГАЛ" in again  # the same three, no options given
    assert "Алтай хот" not in again and "Есөнбулаг" in again  # the place is the office's again
    other = _text(run("letters", "overdue", "--pdf", str(tmp_path / "c.pdf")).output.strip())
    assert "Б.МӨНХЖАРГАЛ" not in other  # another report kind keeps its own choice


def test_a_signatory_without_a_full_name_is_refused_with_a_clear_message(run, tmp_path):
    run("users", "add", "bat", "--role", "viewer")
    out = tmp_path / "p.pdf"
    result = run("petitions", "report", "--period", "2024Q4", "--out", str(out), "--compiled-by", "bat", ok=False)
    assert result.exit_code == 2 and not out.exists()
    assert "«bat»" in result.output and "«Овог нэр»" in result.output and "БИЕЛЭЛТИЙГ НЭГТГЭСЭН" in result.output


def test_users_commands_refuse_a_signing_role_without_name_and_position(run):
    refused = run("users", "add", "dorj", "--role", "clerk", "--name", "Б.Дорж", ok=False)
    assert refused.exit_code == 2 and "Албан тушаал" in refused.output and "Position" in refused.output
    run("users", "add", "dorj", "--role", "viewer")
    assert run("users", "set-role", "dorj", "clerk", ok=False).exit_code == 2
    run("users", "set-role", "dorj", "clerk", "--name", "Б.Дорж", "--position", "Мэргэжилтэн")
    assert "Ахлах мэргэжилтэн" in run("users", "set-details", "dorj", "--position", "Ахлах мэргэжилтэн").output
