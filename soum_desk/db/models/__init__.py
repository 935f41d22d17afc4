"""All ORM models. Importing this package registers every table on `Base.metadata`.

Each area adds its own module here and one import line below.
"""

from soum_desk.db.base import Base
from soum_desk.db.models.core import (
    AuditEntry,
    Bag,
    Office,
    Setting,
    Unit,
    User,
)
from soum_desk.db.models.petitions import Petition, Petitioner  # noqa: F401

__all__ = ["AuditEntry", "Bag", "Base", "Office", "Setting", "Unit", "User"]
from soum_desk.db.models import plans  # noqa: E402, F401  (plan execution tables)
