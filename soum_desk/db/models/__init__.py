"""All ORM models. Importing this package registers every table on `Base.metadata`.

Each area adds its own module here and one import line below.
"""

from soum_desk.db.base import Base
from soum_desk.db.models import plans as plans  # plan tables are used as `models.plans.X`
from soum_desk.db.models.attachments import Attachment as Attachment
from soum_desk.db.models.bundle import (  # noqa: F401
    AccountabilityRecord,
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
from soum_desk.db.models.core import AuditEntry, Bag, Office, Setting, Unit, User
from soum_desk.db.models.letters import *  # noqa: F403
from soum_desk.db.models.petitions import Petition as Petition
from soum_desk.db.models.petitions import Petitioner as Petitioner
from soum_desk.db.models.province import (  # noqa: F401
    ProgressMonitoring,
    RankingConfirmation,
    SpecialPlace,
    Violation,
)

__all__ = ["AuditEntry", "Bag", "Base", "Office", "Setting", "Unit", "User"]
