"""All ORM models. Importing this package registers every table on `Base.metadata`.

Each area adds its own module here and one import line below.
"""

from soum_desk.db.base import Base
from soum_desk.db.models.bundle import (  # noqa: F401
    BundleExport,
    BundleFigures,
    BundleRecord,
    HeldBundle,
    ImportedBundle,
    ImportRefusal,
    OfficeKey,
    PeriodApproval,
    RegisteredKey,
    RegisteredOffice,
)
from soum_desk.db.models.core import (
    AuditEntry,
    Bag,
    Office,
    Setting,
    Unit,
    User,
)

__all__ = ["AuditEntry", "Bag", "Base", "Office", "Setting", "Unit", "User"]
