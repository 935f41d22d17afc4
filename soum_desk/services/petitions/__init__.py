"""Petitions (өргөдөл, гомдол): register and follow-up, lists, figures, import, reports, bundle rows."""
