"""Alembic environment: runs on the connection the app hands over (see db/migrate.py)."""

from alembic import context
from sqlalchemy.engine import Connection

from soum_desk.db.migrate import include_object
from soum_desk.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from soum_desk.db.engine import make_engine

        url = config.get_main_option("sqlalchemy.url")
        if url is None:
            raise RuntimeError("alembic: neither a connection nor sqlalchemy.url was given")
        engine = make_engine(url)
        with engine.connect() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
