"""The public key's card: one printed A4 page handed over with the key, signed by both sides.

The province registers an office's public key in person; the two people compare the fingerprint
read from the card with the one on the province's screen, then sign the card. It was a message box
that could not be printed (issue 14); now it is a PDF shown in the report preview (Print, Save).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from soum_desk.domain.formatting import format_date
from soum_desk.services.bundle.keys import public_key_document
from soum_desk.services.core.context import AppContext

KIND_WORDS = {
    "ed25519": ("гарын үсгийн түлхүүр (Ed25519)", "signing key (Ed25519)"),
    "x25519": ("шифрлэлтийн түлхүүр (X25519)", "encryption key (X25519)"),
}


def _words(lang: str) -> dict[str, str]:
    mn = lang != "en"
    return {
        "title": "Нийтийн түлхүүрийн карт" if mn else "Public key card",
        "subtitle": ("Аймагт биечлэн бүртгүүлж, хоёр тал гарын үсэг зурна" if mn
                     else "Registered in person at the province, signed by both sides"),
        "office": "Байгууллага" if mn else "Office",
        "code": "Байгууллагын код" if mn else "Office code",
        "kind": "Төрөл" if mn else "Kind",
        "fingerprint": "Хурууны хээ" if mn else "Fingerprint",
        "created": "Үүсгэсэн" if mn else "Created",
        "key": "Нийтийн түлхүүр" if mn else "Public key",
        "check": ("Аймгийн ажилтан дэлгэц дээрх хурууны хээг энэ карттай тэмдэгт бүрээр тулгана."
                  if mn else "The province officer compares the fingerprint on the screen with this card, "
                             "character by character."),
        "handed": "ХҮЛЭЭЛГЭН ӨГСӨН" if mn else "HANDED OVER BY",
        "received": "ХҮЛЭЭН АВСАН" if mn else "RECEIVED BY",
        "position": "Албан тушаал, овог нэр" if mn else "Position, name",
    }


def write_key_card(ctx: AppContext, target: Path, *, key_id: str | None = None, lang: str = "mn",
                   today: date | None = None) -> Path:
    """Write the card of the office's active public key (or `key_id`) as a one-page PDF."""
    from soum_desk.reports.common import Column, ReportHeader, Signature, TableRow
    from soum_desk.reports.pdf import PdfReport, para

    doc = public_key_document(ctx, key_id)
    words = _words(lang)
    kind = KIND_WORDS.get(doc["kind"], (doc["kind"], doc["kind"]))[0 if lang != "en" else 1]
    created = datetime.fromisoformat(doc["created_at"])
    header = ReportHeader(office_name=doc["office_name"], title=words["title"], subtitle=words["subtitle"],
                          report_date=today or date.today(), place="")
    report = PdfReport(header)
    report.table([Column("", 45), Column("", 135)], [
        TableRow([words["office"], doc["office_name"]]),
        TableRow([words["code"], doc["office_code"]]),
        TableRow([words["kind"], kind]),
        TableRow([words["created"], f"{format_date(created)} {created:%H:%M}"]),
    ], show_header=False)
    report.spacer(6)
    report.heading(f"{words['fingerprint']}:")
    report.story.append(para(doc["fingerprint"], "title"))  # large: read aloud and compared
    report.paragraph(words["check"])
    report.spacer(4)
    report.heading(f"{words['key']}:")
    report.paragraph(doc["public_key"])
    report.signatures([Signature(words["handed"], words["position"], ""),
                       Signature(words["received"], words["position"], "")])
    return report.write(target)
