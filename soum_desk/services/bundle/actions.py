"""Every write of the bundle area (each one transaction, audited): the area's face for writes.

The functions live by topic in the package's modules; this module names them in one place.
"""

from __future__ import annotations

from soum_desk.services.bundle.export import (
    approve_period,
    export_bundle,
    resolve_unfinished,
    withdraw_approval,
)
from soum_desk.services.bundle.keys import (
    create_key,
    export_public_key,
    import_province_key,
    revoke_key,
)

__all__ = ["approve_period", "create_key", "export_bundle", "export_public_key", "import_province_key", "resolve_unfinished", "revoke_key", "withdraw_approval"]
