"""A partnership's place in a structure (a board above its sub-groups, outcome boards under
one goal), and its vision, goal and principles."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.problems import Problem
from desktop.domain.run_registers import parent_problem, tree_order
from desktop.services.partnerships import InvalidInput
from desktop.store.models import Partnership

TEXT_FIELDS = ("vision", "goal", "principles")


def parents_map(session: Session) -> dict[int, int | None]:
    """Every partnership's parent id, in one query."""
    return {
        pid: parent
        for pid, parent in session.execute(select(Partnership.id, Partnership.parent_id))
    }


def structure_of(session: Session, partnership_id: int) -> dict[str, Any]:
    partnership = session.get_one(Partnership, partnership_id)
    parent = session.get(Partnership, partnership.parent_id) if partnership.parent_id else None
    children = session.execute(
        select(Partnership.id, Partnership.name)
        .where(Partnership.parent_id == partnership_id)
        .order_by(Partnership.name, Partnership.id)
    ).all()
    return {
        "parent_id": partnership.parent_id,
        "parent_name": parent.name if parent else "",
        "vision": partnership.vision,
        "goal": partnership.goal,
        "principles": partnership.principles,
        "children": [(int(cid), name) for cid, name in children],
    }


def parent_choices(session: Session, partnership_id: int) -> list[tuple[int, str]]:
    """The partnerships this one may sit under: not itself, nor any below it."""
    parents = parents_map(session)
    names = session.execute(
        select(Partnership.id, Partnership.name).order_by(Partnership.name, Partnership.id)
    ).all()
    return [
        (int(pid), name)
        for pid, name in names
        if parent_problem(partnership_id, int(pid), parents) is None
    ]


def set_parent(session: Session, partnership_id: int, parent_id: int | None) -> None:
    """Put a partnership under another (None: at the top); refuses a loop in plain words."""
    partnership = session.get_one(Partnership, partnership_id)
    if parent_id is not None and session.get(Partnership, parent_id) is None:
        raise InvalidInput(
            [Problem("parent_id", "That partnership is no longer in the list; choose again.")]
        )
    problem = parent_problem(partnership_id, parent_id, parents_map(session))
    if problem is not None:
        raise InvalidInput([problem])
    partnership.parent_id = parent_id
    session.flush()


def save_text(session: Session, partnership_id: int, key: str, value: str) -> None:
    """Save the vision, the goal or the principles."""
    if key not in TEXT_FIELDS:
        raise InvalidInput([Problem(key, "A partnership has no field called {name}.", name=key)])
    if len(value) > 20_000:
        raise InvalidInput([Problem(key, "That is too long to keep here; shorten it.")])
    setattr(session.get_one(Partnership, partnership_id), key, value.strip())
    session.flush()


def tree_rows(session: Session, ids_in_order: list[int]) -> list[tuple[int, int]]:
    """(id, depth) for ``ids_in_order``, each followed by its sub-groups among them."""
    parents = parents_map(session)
    return tree_order((pid, parents.get(pid)) for pid in ids_in_order)
