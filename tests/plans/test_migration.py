from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from soum_desk.db import migrate
from soum_desk.db.engine import make_engine
from soum_desk.db.models import Base


def _not_fts(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
    return not (type_ == "table" and reflected and compare_to is None and "_fts" in (name or ""))


def test_0002_plans_tables_match_models_and_downgrade(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    assert migrate.all_revisions()[:2] == ["0001", "0002"]
    migrate.upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": _not_fts})
        diff = compare_metadata(context, Base.metadata)
    assert [d for d in diff if "plan_" in str(d)] == []
    command.downgrade(migrate.alembic_config(engine), "0001")
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("select name from sqlite_master where type='table'")}
    assert not any(t.startswith("plan_") for t in tables)
    engine.dispose()
