"""Letters (албан бичиг): the register of incoming and outgoing letters and its figures.

The area's public face: `actions` (register, edit, answer), `queries` (lists, counts, one
letter), `import_preview` / `import_commit` (a legacy register from XLSX), `report_data`
(the figures and the overdue list), `bundle_payload` (the figures for the province) and
the typed rows. The demo loader is `soum_desk.services.letters.demo.load`.
"""

from soum_desk.services.letters import actions, queries
from soum_desk.services.letters.imports import LetterPreview, import_commit, import_preview
from soum_desk.services.letters.report import report_data
from soum_desk.services.letters.rows import (
           LetterDetail,
           LetterRow,
           LinkedLetter,
           PeriodFigures,
           PeriodSummary,
)
from soum_desk.services.letters.stats import bundle_payload

__all__ = ["LetterDetail", "LetterPreview", "LetterRow", "LinkedLetter", "PeriodFigures", "PeriodSummary",
           "actions", "bundle_payload", "import_commit", "import_preview", "queries", "report_data"]
