from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from soum_desk.db import migrate
from soum_desk.db.engine import make_engine
from soum_desk.db.models import Base


def test_0002_matches_models_and_downgrades(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == "0002"
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []
    from alembic import command

    cfg = migrate.alembic_config(engine)
    command.downgrade(cfg, "0001")
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("select name from sqlite_master where type='table'")}
    assert not any(t.startswith("plan_") for t in tables)
    engine.dispose()
