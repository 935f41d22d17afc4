from alembic import command
from sqlalchemy import inspect, text

from soum_desk.db import migrate
from soum_desk.db.engine import make_engine


def test_0003_matches_the_models_and_goes_down_and_up(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    migrate.upgrade(engine)
    cfg = migrate.alembic_config(engine)
    command.check(cfg)  # raises if the models and the migrations disagree (FTS tables ignored)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM petition_fts")).scalar() == 0
    names = {ix["name"] for ix in inspect(engine).get_indexes("petition")}
    assert {"ix_petition_period", "ix_petition_received_at", "ix_petition_official_name_received_at"} <= names
    command.downgrade(cfg, "0001")
    assert "petition" not in inspect(engine).get_table_names()
    assert "petition_fts" not in inspect(engine).get_table_names()
    command.upgrade(cfg, "head")
    assert "petition_fts" in inspect(engine).get_table_names()
    engine.dispose()
