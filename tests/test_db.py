"""Migrations: upgrade, no drift between models and migrations, downgrade."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

import monitor.models  # noqa: F401
from monitor.db import current_revision, downgrade, head_revision, is_current, make_engine, upgrade


def test_upgrade_then_no_drift_then_downgrade(db_url: str) -> None:
    engine = make_engine(db_url)
    assert current_revision(engine) is None and not is_current(engine)
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == [], f"models and migrations drifted: {diff}"
    downgrade(engine)
    tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
    assert tables == set()
    upgrade(engine)  # and back up again
    assert is_current(engine)
    engine.dispose()
