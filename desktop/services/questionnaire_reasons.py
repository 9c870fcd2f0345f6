"""Why a returned questionnaire was not brought back, in words a volunteer can act on.

Each is the reason part of "FILE: not brought back: REASON." (the window and the command
line add the rest), kept here so ``questionnaires`` stays short enough to read.
"""

from __future__ import annotations

from desktop.domain.problems import marked

NOT_OURS = marked(
    "it is not a Partnerbook questionnaire (it has form fields, but not ours). Check it is "
    "the questionnaire you sent"
)
NO_SEAL = marked(
    "its questionnaire code is missing or unreadable, so it may have been changed. Ask the "
    "partner to fill in the questionnaire as it was sent"
)
UNKNOWN = marked(
    "it was not made for any review in these records (it may be from another group, or its "
    "questionnaire was deleted)"
)
ALTERED = marked(
    "its questionnaire code does not match (the form was changed after it was made), so "
    "its answers cannot be trusted. Ask the partner to fill in the questionnaire as it was "
    "sent"
)
OTHER_REVIEW = marked(
    "it is the questionnaire for another review ({partnership}, review of {date}). Bring it "
    "back on that review's page"
)
EXTRA_FIELDS = marked(
    "it holds form fields the questionnaire never had ({names}), so it may have been "
    "changed. Ask the partner to fill in the questionnaire as it was sent"
)
STRANGE_CHOICE = marked(
    "its answer to {refs} is not one the questionnaire offered, so the form was changed. "
    "Ask the partner to fill in the questionnaire as it was sent"
)
NOTHING_ANSWERED = marked(
    "no question is answered in it. Perhaps it was sent before being saved: ask the "
    "partner to save the filled form and send it again"
)
NO_ORGANISATION = marked(
    "it does not say which organisation answered (the box is empty), so it cannot be told "
    "apart from others. Ask the partner to fill it in, or type the answers in as a viewpoint"
)
FINISHED = marked(
    "the review is finished, so answers are not added to it. Change the review first (it "
    "becomes a draft again), then bring the answers back"
)
TOO_MANY = marked("the review already holds {limit} viewpoints, the most it can hold")
READ_FAILED = marked(
    "it could not be read because of an error in Partnerbook; nothing was changed. Please try again"
)
