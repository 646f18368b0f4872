"""Alembic environment: runs against the engine handed over by monitor.db."""

from alembic import context
from sqlmodel import SQLModel

import monitor.models  # noqa: F401  (registers the tables)
from monitor.config import settings
from monitor.db import make_engine

config = context.config
engine = config.attributes.get("engine") or make_engine(settings().db_url)

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        compare_type=True,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
