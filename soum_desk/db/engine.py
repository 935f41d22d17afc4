"""Engine creation: SQLite pragmas for durability, any other SQLAlchemy URL as given.

SQLite runs in WAL mode with synchronous=FULL so a committed record survives a
power cut. Transactions start with BEGIN IMMEDIATE, so a writer takes the write
lock up front and two writers never deadlock half way through.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 10_000


def _configure_sqlite(engine: Engine, *, immediate: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001
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

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str, *, echo: bool = False, for_writing: bool = True) -> Engine:
    """Create the engine for `url`; SQLite gets the durability pragmas.

    A writing engine starts every transaction with BEGIN IMMEDIATE; a reading
    engine uses a deferred BEGIN so lists and reports never wait for the writer.
    """
    if url.startswith("sqlite"):
        if for_writing and ":memory:" not in url:
            # Exactly one connection writes: SQLite's WAL-reset bug (3.7.0–3.51.2) needs two
            # concurrent writers. Other threads wait for it instead of opening a second one.
            engine = create_engine(url, echo=echo, pool_size=1, max_overflow=0, pool_timeout=120)
        else:
            engine = create_engine(url, echo=echo)
        _configure_sqlite(engine, immediate=for_writing)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
