"""How long a free text may be where the database column itself has no length (Text).

A register line or a plan's narrative, not a document: 4,000 characters is several pages of
a report cell. Unbounded, one 2,000,000-character summary made the petitions PDF run for
over 13 minutes (issue 19); forms, the CLI and every importer check against this.
"""

from __future__ import annotations

MAX_TEXT = 4000
