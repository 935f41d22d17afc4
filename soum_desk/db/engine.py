"""Engine creation: SQLite pragmas for durability, any other SQLAlchemy URL as given.

SQLite runs in WAL mode with synchronous=FULL so a committed record survives a
power cut. Transactions start with BEGIN IMMEDIATE, so a writer takes the write
lock up front and two writers never deadlock half way through.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 10_000


def _configure_sqlite(engine: Engine, *, immediate: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        # Let SQLAlchemy, not pysqlite, decide when transactions begin.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        for pragma in (
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=FULL",
            "PRAGMA foreign_keys=ON",
            f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
            "PRAGMA mmap_size=0",
            "PRAGMA trusted_schema=OFF",
        ):
            cursor.execute(pragma)
        cursor.close()

    lock = _write_lock_for(engine) if immediate else None

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        if lock is None:
            conn.exec_driver_sql("BEGIN")
            return
        if not conn.info.get(_HOLDS_LOCK):
            lock.acquire()
            conn.info[_HOLDS_LOCK] = True
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            conn.info.pop(_HOLDS_LOCK, None)
            lock.release()
            raise

    if lock is not None:
        # Released when the connection goes back to the pool, i.e. after COMMIT/ROLLBACK
        # and the checkpoint that may run at commit.
        @event.listens_for(engine, "checkin")
        def _on_checkin(_dbapi_conn, record) -> None:
            if record.info.pop(_HOLDS_LOCK, None):
                lock.release()


_HOLDS_LOCK = "soumdesk_write_lock"


def _write_lock_for(engine: Engine):
    from soum_desk.db.writelock import for_database

    database = engine.url.database
    if not database or database == ":memory:" or engine.url.query.get("mode") == "ro":
        return None
    return for_database(Path(database.removeprefix("file:")), BUSY_TIMEOUT_MS / 1000)


def make_engine(url: str, *, echo: bool = False, for_writing: bool = True) -> Engine:
    """Create the engine for `url`; SQLite gets the durability pragmas.

    A writing engine starts every transaction with BEGIN IMMEDIATE; a reading
    engine uses a deferred BEGIN so lists and reports never wait for the writer.
    A database error never prints the statement's values (petitioners' names, phones): an
    error message or log line may reach a terminal or a bug report.
    """
    if url.startswith("sqlite"):
        if for_writing and ":memory:" not in url:
            # Exactly one connection writes: SQLite's WAL-reset bug (3.7.0–3.51.2) needs two
            # concurrent writers. Other threads wait for it instead of opening a second one.
            engine = create_engine(url, echo=echo, pool_size=1, max_overflow=0, pool_timeout=120,
                                   hide_parameters=True)
        else:
            engine = create_engine(url, echo=echo, hide_parameters=True)
        _configure_sqlite(engine, immediate=for_writing)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True, hide_parameters=True)
