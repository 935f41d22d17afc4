from alembic import command

from soum_desk.db import migrate
from soum_desk.db.engine import make_engine


def _tables(engine) -> set[str]:
    with engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("select name from sqlite_master where type='table'")}


def test_0002_creates_and_downgrade_removes_plan_tables(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate.upgrade(engine, "0002")
    assert migrate.current_revision(engine) == "0002"
    assert any(t.startswith("plan_") for t in _tables(engine))
    command.downgrade(migrate.alembic_config(engine), "0001")
    assert not any(t.startswith("plan_") for t in _tables(engine))
    engine.dispose()
