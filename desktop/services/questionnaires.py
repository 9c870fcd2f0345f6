"""Questionnaires for partners: make one, see who was sent one, bring the answers back.

A review asks every partner to answer for themselves; most will never install Partnerbook,
so each gets a fillable PDF (``reports.questionnaire_pdf``) sealed with a key kept here.
A filled copy coming back is read from its form fields only (``questionnaire_reader``, in
a worker process) and then, here, checked against the questionnaire it claims to be, and
becomes one viewpoint on the review through the same ``save_answers`` as the window. Each
file gets one outcome, as a collection import does: added, duplicate, replaces (that
partner's earlier answers), or rejected with the reason.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from os import PathLike
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.atomic_write import StagedFiles
from desktop.domain.dates import format_date
from desktop.domain.problems import Message, Problem
from desktop.domain.questionnaire import (
    ID_FIELD,
    FormAnswers,
    Identity,
    form_questions,
    identity_text,
    known_field_names,
    parse_identity,
    read_form,
    sealed,
)
from desktop.domain.review_checks import MAX_LABEL_CHARS, MAX_RESPONDENTS
from desktop.domain.vocab import ReviewStatus
from desktop.reports.questionnaire_pdf import QuestionnaireSheet, render_questionnaire_pdf
from desktop.reports.questionnaire_text import render_questionnaire_text
from desktop.services.collection.intake import Rejected
from desktop.services.questionnaire_reasons import (
    ALTERED,
    EXTRA_FIELDS,
    FINISHED,
    NO_ORGANISATION,
    NO_SEAL,
    NOT_OURS,
    NOTHING_ANSWERED,
    OTHER_REVIEW,
    STRANGE_CHOICE,
    TOO_MANY,
    UNKNOWN,
)
from desktop.services.reviews import (
    ReviewError,
    _review,
    add_respondent,
    framework_of,
    save_answers,
)
from desktop.store.models import Action, GroupProfile, Partnership, ReviewRespondent
from desktop.store.models.reviews import Questionnaire, QuestionnaireReply, Review

__all__ = [
    "ADDED",
    "DUPLICATE",
    "REJECTED",
    "REPLACES",
    "AnswerOutcome",
    "SentQuestionnaire",
    "collect_answers",
    "make_questionnaire",
    "questionnaires_of",
]

ADDED, DUPLICATE, REPLACES, REJECTED = "added", "duplicate", "replaces", "rejected"
MAX_PARTNER_CHARS = 300


@dataclass(frozen=True)
class AnswerOutcome:
    """What happened to one returned file; ``reason`` says why when it was not added."""

    file: str
    outcome: str
    viewpoint: str = ""  # the viewpoint's label (never a name the partner kept back)
    reason: Message | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SentQuestionnaire:
    """One questionnaire made for a review, and the answers that came back for it."""

    id: int
    partner: str  # "" for a generic questionnaire
    sent_on: date
    deadline: date | None
    file_name: str
    # (viewpoint label, received on); ("", None) for a partner who asked to stay anonymous,
    # so the list of who was sent what cannot be matched with "Anonymous partner 2".
    answered: tuple[tuple[str, date | None], ...]


def make_questionnaire(
    session: Session,
    review_id: int,
    out: str | PathLike[str],
    today: date,
    *,
    partner: str = "",
    deadline: date | None = None,
    return_to: str = "",
    text_out: str | PathLike[str] | None = None,
) -> Questionnaire:
    """Write the questionnaire for ``partner`` (blank: any partner) and record it as sent;
    with ``text_out``, a plain-text copy of the same questions too.

    The file is written whole or not at all; if it cannot be written the record is
    refused with it (the caller's transaction), so the list never shows a questionnaire
    that was never made.
    """
    review = _review(session, review_id)
    partner = " ".join(partner.split())
    problems: list[Problem] = []
    if review.status == ReviewStatus.COMPLETE:
        # Answers are never added to a finished review, so its questionnaire could not
        # come back: say so now, not when the partner's answers arrive.
        problems.append(
            Problem(
                "review",
                "The review of {date} is finished, so partners' answers could not be added "
                "to it. Start a new review (or change this one) and make the questionnaire "
                "from that.",
                date=format_date(review.review_date),
            )
        )
    if len(partner) > MAX_PARTNER_CHARS:
        problems.append(
            Problem(
                "partner",
                "A partner's name is limited to {limit} characters.",
                limit=MAX_PARTNER_CHARS,
            )
        )
    if deadline is not None and deadline < today:
        problems.append(
            Problem(
                "deadline",
                "The deadline ({date}) has passed already. Give a date from today on.",
                date=format_date(deadline),
            )
        )
    if problems:
        raise ReviewError(problems)
    framework = framework_of(session, review)
    questions = form_questions(framework)
    key = secrets.token_hex(32)
    path = Path(out)
    record = Questionnaire(
        review_id=review.id,
        partner_name=partner,
        seal_key=key,
        sent_on=today,
        deadline=deadline,
        file_name=path.name[:300],
    )
    partnership = session.get(Partnership, review.partnership_id)
    # A reminder in What's due to chase the answers (ticked done when they come back).
    reminder = Action(
        partnership_id=review.partnership_id,
        source="review",
        review_id=review.id,
        description=(
            f"Chase {partner}'s answers to the health-check questionnaire"
            if partner
            else "Bring back the partners' answers to the health-check questionnaire"
        ),
        owner_label="",
        due_date=deadline,
        status="open",
    )
    session.add_all([record, reminder])
    session.flush()
    record.reminder_action_id = reminder.id
    identity = Identity(record.uuid, framework.id, framework.version, len(questions))
    group = session.scalars(select(GroupProfile.name).limit(1)).first() or "Our group"
    sheet = QuestionnaireSheet(
        partnership=partnership.name if partnership else "",
        group=group,
        partner=partner,
        deadline=format_date(deadline) if deadline else "",
        tool_title=framework.title,
        tool_version=framework.version,
        questions=questions,
        identity=identity_text(identity, bytes.fromhex(key)),
        return_to=return_to.strip(),
    )
    # The PDF and its text copy appear together or not at all (a disk that fills on the
    # second file must not leave the first behind).
    with StagedFiles() as files:
        if text_out is not None:
            files.stage(Path(text_out), render_questionnaire_text(sheet).encode("utf-8"))
        files.stage(path, render_questionnaire_pdf(sheet))
        files.put_in_place()
        files.keep()
    return record


def questionnaires_of(session: Session, review_id: int) -> list[SentQuestionnaire]:
    """Who was sent a questionnaire for this review, when, and who has answered."""
    rows = session.scalars(
        select(Questionnaire)
        .where(Questionnaire.review_id == review_id)
        .order_by(Questionnaire.sent_on, Questionnaire.id)
    ).all()
    found = []
    for row in rows:
        labels = {r.id: r.label for r in _review(session, review_id).respondents}
        found.append(
            SentQuestionnaire(
                id=row.id,
                partner=row.partner_name,
                sent_on=row.sent_on,
                deadline=row.deadline,
                file_name=row.file_name,
                answered=tuple(
                    ("", None)
                    if reply.anonymous
                    else (labels.get(reply.respondent_id or 0, "a partner"), reply.received_on)
                    for reply in row.replies
                ),
            )
        )
    return found


# -- bringing answers back ---------------------------------------------------------------


def _reject(name: str, template: str, **values: object) -> AnswerOutcome:
    return AnswerOutcome(name, REJECTED, reason=Message(template, **values))


def collect_answers(
    session: Session,
    review_id: int,
    reads: Sequence[tuple[str, object]],
    today: date,
) -> list[AnswerOutcome]:
    """One outcome per file: ``reads`` pairs a file's name with what the reader gave
    (``{"fields": ..., "notes": ...}``) or the ``Rejected`` it raised."""
    review = _review(session, review_id)
    outcomes = []
    for name, read in reads:
        if isinstance(read, Rejected):
            message = read.message or Message(str(read))
            outcomes.append(AnswerOutcome(name, REJECTED, reason=message))
            continue
        assert isinstance(read, dict)
        outcomes.append(_one(session, review, name, read, today))
    return outcomes


def _one(
    session: Session, review: Review, name: str, read: dict[str, object], today: date
) -> AnswerOutcome:
    fields = read.get("fields")
    notes = tuple(str(n) for n in read.get("notes") or ())  # type: ignore[union-attr]
    if not isinstance(fields, dict):
        return _reject(name, NOT_OURS)
    if ID_FIELD not in fields:
        return _reject(name, NOT_OURS)
    parsed = parse_identity(str(fields[ID_FIELD]))
    if parsed is None:
        return _reject(name, NO_SEAL)
    identity, seal = parsed
    sent = session.scalars(
        select(Questionnaire).where(Questionnaire.uuid == identity.questionnaire_id)
    ).first()
    if sent is None:
        return _reject(name, UNKNOWN)
    if not sealed(identity, seal, bytes.fromhex(sent.seal_key)):
        return _reject(name, ALTERED)
    if sent.review_id != review.id:
        other = session.get(Review, sent.review_id)
        partnership = session.get(Partnership, other.partnership_id) if other else None
        return _reject(
            name,
            OTHER_REVIEW,
            partnership=partnership.name if partnership else "?",
            date=format_date(other.review_date) if other else "?",
        )
    framework = framework_of(session, review)
    questions = form_questions(framework)
    if (identity.tool_id, identity.tool_version, identity.questions) != (
        framework.id,
        framework.version,
        len(questions),
    ):
        return _reject(name, ALTERED)
    extra = sorted(set(fields) - known_field_names(len(questions)))
    if extra:
        shown = ", ".join(extra[:3]) + (", …" if len(extra) > 3 else "")
        return _reject(name, EXTRA_FIELDS, names=shown)
    form = read_form({k: str(v) for k, v in fields.items()}, questions)
    if form.unknown_choices:
        return _reject(name, STRANGE_CHOICE, refs=", ".join(form.unknown_choices[:3]))
    if not any(key for key, _comment in form.answers.values()):
        return _reject(name, NOTHING_ANSWERED)
    organisation = form.organisation or sent.partner_name
    if not organisation:
        return _reject(name, NO_ORGANISATION)
    if review.status == ReviewStatus.COMPLETE:
        return _reject(name, FINISHED)
    return _store(session, review, sent, name, form, organisation, notes, today)


def _earlier(review: Review, sent: Questionnaire, organisation: str) -> QuestionnaireReply | None:
    """The same partner's earlier answers: to this very questionnaire, or (generic ones)
    from the same organisation, whichever questionnaire of the review they came on."""
    for reply in sent.replies:
        if sent.partner_name or reply.organisation.casefold() == organisation.casefold():
            return reply
    return None


def _label(review: Review, form: FormAnswers, organisation: str, own: str = "") -> str:
    """The viewpoint's label: the organisation (and the name, if given and allowed), or
    "Anonymous partner N"; ``own`` is the label the partner has now, free to keep."""
    taken = {r.label for r in review.respondents} - {own}
    if form.anonymous:
        number = 1
        while f"Anonymous partner {number}" in taken:
            number += 1
        return f"Anonymous partner {number}"
    label = organisation + (f" ({form.name})" if form.name else "")
    label = label[:MAX_LABEL_CHARS]
    base, number = label, 2
    while label in taken:  # a viewpoint typed by hand already has this name
        label = f"{base[: MAX_LABEL_CHARS - 6]} ({number})"
        number += 1
    return label


def _store(
    session: Session,
    review: Review,
    sent: Questionnaire,
    name: str,
    form: FormAnswers,
    organisation: str,
    notes: tuple[str, ...],
    today: date,
) -> AnswerOutcome:
    fingerprint = form.fingerprint()
    earlier = _earlier(review, sent, organisation)
    if earlier is None and not sent.partner_name:
        # A generic questionnaire: the organisation may have answered on another copy.
        for other in session.scalars(
            select(Questionnaire).where(Questionnaire.review_id == review.id)
        ):
            earlier = earlier or _earlier(review, other, organisation)
    respondent = session.get(ReviewRespondent, earlier.respondent_id or 0) if earlier else None
    if respondent is not None and earlier is not None and earlier.fingerprint == fingerprint:
        return AnswerOutcome(name, DUPLICATE, respondent.label, notes=notes)
    replaced = respondent is not None
    if respondent is None:
        if len(review.respondents) >= MAX_RESPONDENTS:
            return _reject(name, TOO_MANY, limit=MAX_RESPONDENTS)
        respondent = add_respondent(
            session,
            review.id,
            _label(review, form, organisation),
            organisation="" if form.anonymous else organisation,
        )
    else:
        respondent.label = _label(review, form, organisation, own=respondent.label)
        respondent.organisation = "" if form.anonymous else organisation
    # The whole form replaces the partner's earlier answers: a question they left blank
    # this time is blank, as they sent it.
    questions = form_questions(framework_of(session, review))
    answers = {q.ref: form.answers.get(q.ref, ("", "")) for q in questions}
    save_answers(session, review.id, answers, respondent.id)
    reply = earlier or QuestionnaireReply(questionnaire_id=sent.id)
    reply.respondent_id = respondent.id
    reply.organisation = organisation
    reply.person_name = "" if form.anonymous else form.name
    reply.anonymous = form.anonymous
    reply.received_on = today
    reply.fingerprint = fingerprint
    reply.file_name = name[:300]
    if earlier is None:
        sent.replies.append(reply)
    reminder = session.get(Action, sent.reminder_action_id or 0)
    if reminder is not None and sent.partner_name and reminder.status == "open":
        reminder.status, reminder.done_date = "done", today
    session.flush()
    return AnswerOutcome(name, REPLACES if replaced else ADDED, respondent.label, notes=notes)
