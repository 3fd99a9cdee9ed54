"""ORM models of the registry. Import from here; the modules are split by subject."""
from app.models.audit import GENESIS_HASH, AuditEvent, UserCertificate  # noqa: F401
from app.models.base import Base, utcnow  # noqa: F401
from app.models.catalogue import CatalogueItem  # noqa: F401
from app.models.destruction import CouncilMember, DestructionCase, DestructionItem  # noqa: F401
from app.models.devices import ApprovedUsb, CheckRun, Machine  # noqa: F401
from app.models.document import Document, Draft, RegisterVolume  # noqa: F401
from app.models.lifecycle import (  # noqa: F401
    CopyRecord,
    CustodyRecord,
    Declassification,
    Extension,
    Handover,
    HandoverItem,
    LevelChange,
    StorageRemoval,
    Transfer,
)
from app.models.oversight import Incident, SelfInspection  # noqa: F401
from app.models.organisation import Agency, Commitment, StaffAssignment, User  # noqa: F401
from app.models.settings import ReportNarrative, Setting, SummaryForbiddenRule  # noqa: F401
from app.models.triggers import TRIGGERS  # noqa: F401
