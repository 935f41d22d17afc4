"""Database layer: models, engine with pragmas, migrations, transactions."""
