"""The service context: engine, paths, and who is acting; one transaction per service call."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from soum_desk.config import AppPaths
from soum_desk.db.errors import environment_problem
from soum_desk.domain.roles import PERMISSION_LABELS, ROLE_LABELS, Permission, Role, allows
from soum_desk.errors import PermissionDenied
from soum_desk.services.core import audit_anchor

SYSTEM_USERNAME = "system"

# Engines with a write transaction open in this thread (by id): the writing engine has one
# connection, so a second transaction on it would wait for the first until "database busy".
_open_writes = threading.local()


class NestedTransactionError(RuntimeError):
    """A programming error: `ctx.transaction()` opened inside another one on the same engine.

    Pass the outer session down instead (see `users.create_user_in`).
    """


@dataclass(frozen=True)
class Actor:
    """The signed-in user a service acts for."""

    user_id: int | None
    username: str
    role: str
    full_name: str = ""

    @property
    def is_system(self) -> bool:
        """The app itself has no user row; a real user can never be named "system"."""
        return self.user_id is None and self.username == SYSTEM_USERNAME

    @classmethod
    def system(cls) -> Actor:
        """The app itself (set-up, migrations, automatic backups)."""
        return cls(user_id=None, username=SYSTEM_USERNAME, role=Role.ADMIN.value, full_name="SoumDesk")


@dataclass
class AppContext:
    """Everything a service needs. Build one with `services.startup.open_context`."""

    paths: AppPaths
    engine: Engine
    read_engine: Engine
    actor: Actor | None = None
    lang: str = "mn"
    _cache: dict = field(default_factory=dict, repr=False)

    def as_actor(self, actor: Actor | None) -> AppContext:
        return AppContext(self.paths, self.engine, self.read_engine, actor, self.lang, self._cache)

    def require(self, permission: Permission) -> Actor:
        """Return the actor if their role allows `permission`, else raise PermissionDenied."""
        actor = self.actor
        if actor is None:
            raise PermissionDenied("Нэвтэрч орно уу.", "Please sign in.")
        if actor.is_system or allows(actor.role, permission):
            return actor
        role_mn, role_en = ROLE_LABELS.get(Role(actor.role), (actor.role, actor.role))
        what_mn, what_en = PERMISSION_LABELS[permission]
        raise PermissionDenied(
            f"«{role_mn}» эрхтэй хэрэглэгч энэ үйлдлийг хийх боломжгүй ({what_mn}).",
            f"A user with the role «{role_en}» may not do this ({what_en}).",
        )

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction: commit on success, roll back on any error.

        Opening one inside another fails at once with NestedTransactionError.
        """
        open_now: set[int] = _open_writes.__dict__.setdefault("engines", set())
        if id(self.engine) in open_now:
            raise NestedTransactionError(
                "ctx.transaction() opened inside another write transaction; pass the session down")
        open_now.add(id(self.engine))
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                with session.begin():
                    yield session
                audit_anchor.after_commit(self.paths, session)
        except Exception as exc:
            problem = environment_problem(exc)
            if problem is not None:
                raise problem from exc
            raise
        finally:
            open_now.discard(id(self.engine))

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session that never takes the write lock."""
        try:
            with Session(self.read_engine) as session:
                yield session
        except Exception as exc:
            problem = environment_problem(exc)
            if problem is not None:
                raise problem from exc
            raise

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()
