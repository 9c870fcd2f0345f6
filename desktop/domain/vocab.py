"""The fixed choices a person picks from, with their plain-English labels.

Values are stored as short keys (never the label), so wording can change, and be
translated, without touching the database. The labels here are the English source text;
the UI passes them through Qt's translator, the reports print them as they are.
"""

from __future__ import annotations

from enum import StrEnum


class Choice(StrEnum):
    """A StrEnum whose members carry a label: ``Member = ("member", "Member")``."""

    def __new__(cls, value: str, label: str = "") -> Choice:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj._label = label or value.replace("_", " ").capitalize()  # type: ignore[attr-defined]
        return obj

    @property
    def label(self) -> str:
        return self._label  # type: ignore[attr-defined,no-any-return]

    @classmethod
    def codes(cls) -> list[str]:
        return [m.value for m in cls]

    @classmethod
    def label_of(cls, key: str | None) -> str:
        if not key:
            return ""
        try:
            return cls(key).label
        except ValueError:
            return key


class PartnershipStatus(Choice):
    CONSIDERING = ("considering", "Considering")
    ACTIVE = ("active", "Active")
    PAUSED = ("paused", "Paused")
    ENDED = ("ended", "Ended")


class Scale(Choice):
    NEIGHBOURHOOD = ("neighbourhood", "Neighbourhood")
    TOWN = ("town", "Town")
    CITY = ("city", "City")
    DISTRICT = ("district", "District")
    COUNTY = ("county", "County")
    REGION = ("region", "Region")
    NATIONAL = ("national", "National")


class Formality(Choice):
    FORMAL = ("formal", "Formal")
    INFORMAL = ("informal", "Informal")


class Basis(Choice):
    VOLUNTARY = ("voluntary", "Voluntary")
    CONTRACTUAL = ("contractual", "Contractual")


class Duration(Choice):
    ONGOING = ("ongoing", "Ongoing")
    TIME_LIMITED = ("time_limited", "Time-limited")


class OurRole(Choice):
    MEMBER = ("member", "Member")
    CHAIR = ("chair", "Chair or co-chair")
    LEAD_PARTNER = ("lead_partner", "Lead partner")
    FUNDHOLDER = ("fundholder", "Fundholder")
    SUBGROUP_MEMBER = ("subgroup_member", "Sub-group member")
    OBSERVER = ("observer", "Observer")


class Represents(Choice):
    WIDER_SECTOR = ("wider_sector", "The wider voluntary sector")
    OURSELVES = ("ourselves", "Our own group")


class Sector(Choice):
    STATUTORY = ("statutory", "Statutory")
    VOLUNTARY = ("voluntary", "Voluntary and community")
    PRIVATE = ("private", "Private")
    EDUCATION = ("education", "Education")
    FAITH = ("faith", "Faith")
    COMMUNITY = ("community", "Community")
    OTHER = ("other", "Other")
    # A partner whose sector nobody has said: printed as "Not known", never as "Other".
    NOT_KNOWN = ("not_known", "Not known")


class RepresentativeRole(Choice):
    LEAD = ("lead", "Lead")
    DEPUTY = ("deputy", "Deputy")


class AttendanceStatus(Choice):
    ATTENDED = ("attended", "Attended")
    APOLOGIES = ("apologies", "Sent apologies")
    ABSENT = ("absent", "Did not attend")


class ActionStatus(Choice):
    OPEN = ("open", "To do")
    IN_PROGRESS = ("in_progress", "In progress")
    DONE = ("done", "Done")
    DROPPED = ("dropped", "No longer needed")


# An action still to finish: not started, or under way. Both show in What's due, count as
# open and can be overdue.
STILL_TO_DO: frozenset[str] = frozenset({ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value})


class ActionSource(Choice):
    MEETING = ("meeting", "Meeting")
    PRIORITY = ("priority", "Priority")
    REVIEW = ("review", "Review")
    COMMITMENT = ("commitment", "Commitment")
    OTHER = ("other", "Other")


class ActionStep(Choice):
    IMMEDIATE = ("immediate", "Immediate action")
    FUTURE = ("future", "Future step")


class OutcomeTerm(Choice):
    SHORT = ("short", "Short term")
    MEDIUM = ("medium", "Medium term")
    LONG = ("long", "Long term")


class FundingPhase(Choice):
    DEVELOPMENT = ("development", "Development")
    DELIVERY = ("delivery", "Delivery")
    OTHER = ("other", "Other")


class ResourceCategory(Choice):
    TIME = ("time", "Volunteer or staff time")
    TRAVEL = ("travel", "Travel and mileage")
    EXPENSES = ("expenses", "Out-of-pocket expenses")
    CARE = ("care", "Replacement care or childcare")
    TRAINING = ("training", "Training and skills")
    EQUIPMENT = ("equipment", "IT and equipment")
    VENUE = ("venue", "Venue and refreshments")
    ACCESS = ("access", "Accessibility and interpretation")
    COVER = ("cover", "Backfill or cover")
    OTHER = ("other", "Other")


class ResourceUnit(Choice):
    HOURS = ("hours", "hours")
    MILES = ("miles", "miles")
    SESSIONS = ("sessions", "sessions")
    DAYS = ("days", "days")
    ITEMS = ("items", "items")


class ResourceStatus(Choice):
    IDENTIFIED = ("identified", "Identified")
    REQUESTED = ("requested", "Requested")
    AGREED = ("agreed", "Agreed")
    PARTLY_AGREED = ("partly_agreed", "Partly agreed")
    DECLINED = ("declined", "Declined")
    RECEIVED = ("received", "Received")


class ReviewStatus(Choice):
    DRAFT = ("draft", "Draft")
    COMPLETE = ("complete", "Complete")


class JoiningDecision(Choice):
    UNDECIDED = ("undecided", "Not decided yet")
    JOIN = ("join", "Join")
    DO_NOT_JOIN = ("do_not_join", "Do not join")
    DEFER = ("defer", "Decide later")


class SizeBand(Choice):
    MICRO = ("micro", "Under £10,000 a year")
    SMALL = ("small", "£10,000 to £100,000 a year")
    MEDIUM = ("medium", "£100,000 to £1 million a year")
    LARGE = ("large", "Over £1 million a year")


class Setting(Choice):
    RURAL = ("rural", "Rural")
    URBAN = ("urban", "Urban")
    MIXED = ("mixed", "Both rural and urban")


class CommitmentSection(Choice):
    """The framework sections whose items are rated, with the view we take of each."""

    SUCCESS_ELEMENTS = ("success_elements", "Elements of a successful partnership")
    ALL_PARTNERS = ("all_partners", "Our commitments as a partner")
    STATUTORY = ("statutory", "The statutory partners' undertakings, as we see them")
    VOLUNTARY = ("voluntary", "Our undertakings as a voluntary sector body")


# The themes offered to pick from; people can add their own too.
THEMES: tuple[str, ...] = (
    "Health and wellbeing",
    "Mental health",
    "Early years",
    "Housing",
    "Leisure",
    "Transport",
    "Skills",
    "Community safety and antisocial behaviour",
    "Education",
    "Employment",
    "Environment",
    "Culture",
    "Children and young people",
    "Older people",
)
