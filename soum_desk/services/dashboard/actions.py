"""Every write of the dashboard area (each one transaction, audited): the area's face for writes.

The functions live by topic in the package's modules; this module names them in one place.
"""

from __future__ import annotations

from soum_desk.services.dashboard.figures import mark_opened

__all__ = ["mark_opened"]
