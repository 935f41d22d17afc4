"""One record the province keeps per key (an office's §11.2 finding for a period, its §10.1
monitoring for a year, the council's §10.2 decision on a year): written again, it replaces the
earlier one; who wrote it and when are kept; the change is audited with both versions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.services.core import audit
from soum_desk.services.core.context import Actor

Row = TypeVar("Row")


def replace_record(session: Session, actor: Actor, model: type, key: Mapping[str, Any],
                   fill: Callable[[Any], None], as_dict: Callable[[Any], Row], *,
                   action: str, entity: str, entity_id: str) -> Row:
    """Find the record of `key` (or start one), let `fill` set its values, stamp and audit it."""
    stored = session.scalar(select(model).filter_by(**key))
    before = as_dict(stored) if stored is not None else None
    if stored is None:
        stored = model(**key)
        session.add(stored)
    fill(stored)
    stored.recorded_by, stored.recorded_at = actor.username, datetime.now().replace(microsecond=0)
    session.flush()
    after = as_dict(stored)
    audit.record(session, actor, action, entity, entity_id, before=dict(before) if before else None,  # type: ignore[call-overload]
                 after=dict(after))  # type: ignore[call-overload]
    return after
