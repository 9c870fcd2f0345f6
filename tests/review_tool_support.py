"""A second, small framework for tests: a review tool that is not the Devon Code.

Written in format 1 (the Devon file's structure) with its own id, its own 1-to-5 style
answer scale and three review questions, so a partnership can rate its commitments
against Devon while its reviews use this tool. ``question_title`` changes the wording of
question 2(a) so a newer version can be told from an older one.
"""

from __future__ import annotations

TOOL_ID = "example-health-check-2024"
TOOL_TITLE = "Example Partnership Health Check"
HEALTH = ("2(a)", "2(b)")
EVALUATION = ("2E(a)",)
QUESTIONS = HEALTH + EVALUATION
FIRST_TITLE = "We share a purpose"


def review_tool_text(
    version: str = "2024.1",
    question_title: str = FIRST_TITLE,
    tool_id: str = TOOL_ID,
    title: str = TOOL_TITLE,
) -> str:
    return f'''format = 1
id = "{tool_id}"
version = "{version}"
title = "{title}"
short_title = "Example check"
language = "en-GB"

[source]
publisher = "Example CVS"
document = "Example health check"
date = "2024"

[[rating_scale.options]]
key = "done"
label = "Done"
colour = "#2E7D32"
meaning = "We do this."

[[rating_scale.options]]
key = "not_done"
label = "Not done"
colour = "#B91C1C"
meaning = "We do not do this yet."

[[answer_scale.options]]
key = "strongly_agree"
label = "Strongly agree"
score = 100
colour = "#2E7D32"
meaning = "Fully true."

[[answer_scale.options]]
key = "agree"
label = "Agree"
score = 75
colour = "#65A30D"
meaning = "Mostly true."

[[answer_scale.options]]
key = "disagree"
label = "Disagree"
score = 25
colour = "#B45309"
meaning = "Mostly not true."

[[answer_scale.options]]
key = "strongly_disagree"
label = "Strongly disagree"
score = 0
colour = "#B91C1C"
meaning = "Not true at all."

[[answer_scale.options]]
key = "dont_know"
label = "Don't know"
colour = "#6B7280"
meaning = "We cannot say; it does not count."

[[bands]]
key = "weak"
label = "Weak"
from = 0
colour = "#B91C1C"
action_hint = "Agree one change at the next meeting."

[[bands]]
key = "sound"
label = "Sound"
from = 60
colour = "#2E7D32"
action_hint = "Keep doing what works."

[[sections]]
key = "success_elements"
clause = "1"
title = "Signs of a good partnership"
kind = "rated"

[[sections.items]]
ref = "1(a)"
title = "A shared aim"
text = "Everyone knows what the partnership is for."

[[sections]]
key = "all_partners"
clause = "1.1"
title = "Every partner"
kind = "rated"

[[sections.items]]
ref = "1.1(a)"
title = "Come prepared"
text = "We read the papers before meetings."

[[sections]]
key = "statutory"
clause = "1.2"
title = "Public bodies"
kind = "rated"

[[sections.items]]
ref = "1.2(a)"
title = "Pay expenses"
text = "They pay volunteers' expenses."

[[sections]]
key = "voluntary"
clause = "1.3"
title = "Local groups"
kind = "rated"

[[sections.items]]
ref = "1.3(a)"
title = "Report back"
text = "We report back to our members."

[[sections]]
key = "before_joining"
clause = "3"
title = "Before you join"
kind = "questions"

[[sections.items]]
ref = "3(a)"
title = "Why join?"
text = "What will we get out of it?"

[[sections]]
key = "stakeholders"
clause = "4"
title = "Who to involve"
kind = "list"

[[sections.items]]
ref = "4(a)"
title = "Residents"
text = "People who live in the area."

[[sections]]
key = "roles"
clause = "5"
title = "Roles"
kind = "list"

[[sections.items]]
ref = "5(a)"
title = "A named chair"
text = "The partnership has a named chair."

[[sections]]
key = "health_check"
clause = "2"
title = "How the partnership works"
kind = "scored"

[[sections.items]]
ref = "2(a)"
title = "{question_title}"
text = "The partners agree on what the partnership is for."

[[sections.items]]
ref = "2(b)"
title = "Decisions are open"
text = "Everyone can see how decisions are made."

[[sections]]
key = "evaluation"
clause = "2"
title = "What it achieves"
kind = "scored"

[[sections.items]]
ref = "2E(a)"
title = "Results are measured"
text = "The partnership checks what it has achieved."

[[sections]]
key = "glossary"
clause = "Annex"
title = "Words"
kind = "glossary"

[[sections.items]]
ref = "G:partner"
title = "Partner"
text = "An organisation that sits on the partnership."
'''
