"""Every write of the province area (each one transaction, audited): the area's face for writes.

The functions live by topic in the package's modules; this module names them in one place.
"""

from __future__ import annotations

from soum_desk.services.province.imports import (
    accept_held,
    import_files,
    import_one,
    reject_held,
    retry_held,
)
from soum_desk.services.province.registry import register_key_file, revoke_key, set_deadline

__all__ = ["accept_held", "import_files", "import_one", "register_key_file", "reject_held", "retry_held", "revoke_key", "set_deadline"]
