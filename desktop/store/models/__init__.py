"""Every table of the group database. Import from here so all mappers are configured."""

from desktop.store.models.activity import (
    Action,
    AimOutput,
    Attendance,
    FundingLine,
    Meeting,
    Milestone,
    Outcome,
    Priority,
)
from desktop.store.models.base import Base, new_uuid, utcnow
from desktop.store.models.compact import CommitmentRating, FrameworkFile, ResourceNeed
from desktop.store.models.governance import (
    Closure,
    Disagreement,
    EqualityNote,
    InterestDeclaration,
    LearningEntry,
    ReportBack,
    Risk,
)
from desktop.store.models.how_run import (
    Decision,
    DecisionAction,
    GovernanceRules,
    Office,
    PartnerAttendance,
    PartnerContact,
)
from desktop.store.models.partnership import (
    Organisation,
    Partner,
    Partnership,
    PartnershipTheme,
    Representative,
    Seat,
    Stakeholder,
)
from desktop.store.models.people import GroupProfile, Person, SettingValue
from desktop.store.models.returns import ReturnRecord
from desktop.store.models.reviews import JoiningCheck, Review, ReviewAnswer, ReviewRespondent

__all__ = [
    "Action",
    "AimOutput",
    "Attendance",
    "Base",
    "Closure",
    "CommitmentRating",
    "Decision",
    "DecisionAction",
    "Disagreement",
    "EqualityNote",
    "FrameworkFile",
    "FundingLine",
    "GovernanceRules",
    "GroupProfile",
    "InterestDeclaration",
    "JoiningCheck",
    "LearningEntry",
    "Meeting",
    "Milestone",
    "Office",
    "Organisation",
    "Outcome",
    "Partner",
    "PartnerAttendance",
    "PartnerContact",
    "Partnership",
    "PartnershipTheme",
    "Person",
    "Priority",
    "ReportBack",
    "Representative",
    "ResourceNeed",
    "ReturnRecord",
    "Review",
    "ReviewAnswer",
    "ReviewRespondent",
    "Risk",
    "Seat",
    "SettingValue",
    "Stakeholder",
    "new_uuid",
    "utcnow",
]
