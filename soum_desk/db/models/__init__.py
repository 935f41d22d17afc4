"""All ORM models. Importing this package registers every table on `Base.metadata`.

Each area adds its own module here and one import line below.
"""

from soum_desk.db.base import Base
from soum_desk.db.models.attachments import Attachment as Attachment
from soum_desk.db.models.core import (
    AuditEntry,
    Bag,
    Office,
    Setting,
    Unit,
    User,
)
from soum_desk.db.models.letters import *  # noqa: F403

__all__ = ["AuditEntry", "Bag", "Base", "Office", "Setting", "Unit", "User"]
