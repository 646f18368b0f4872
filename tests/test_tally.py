"""The tally and the entry-into-force milestone (article 65: 40 instruments, EU not counted)."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy.engine import Engine
from sqlmodel import select

from monitor import record, store
from monitor.db import session_scope
from monitor.detect.countries import ALL_CODES
from monitor.models import Notification
from monitor.parse.treaty import Participant, TreatyRecord
from monitor.tally import compute

START = dt.date(2026, 3, 1)
STATES = sorted(c for c in ALL_CODES if c != "EU")[:45]


def treaty(deposits: int, *, eu_first: bool = True) -> TreatyRecord:
    """45 signatories; the first `deposits` of them have deposited, one a day from START."""
    parts = [
        Participant(
            name=code,
            code=code,
            signed=dt.date(2025, 10, 25),
            deposited=START + dt.timedelta(days=i) if i < deposits else None,
            instrument="ratification" if i < deposits else None,
        )
        for i, code in enumerate(STATES)
    ]
    eu = Participant(
        name="European Union",
        code="EU",
        signed=dt.date(2025, 10, 25),
        deposited=START - dt.timedelta(days=1) if eu_first else None,
        instrument="approval" if eu_first else None,
    )
    return TreatyRecord(participants=(*parts, eu))


def test_fortieth_instrument_sets_entry_into_force_and_is_alerted_once(engine: Engine) -> None:
    with session_scope(engine) as session:
        record.apply_treaty(session=session, record=treaty(39))
        store.set_state(session=session, key=record.BASELINE_KEY, value="done")
    with session_scope(engine) as session:
        tally = compute(session=session)
        # the EU's instrument is not counted in addition to its members'
        assert (tally.signatories, tally.parties, tally.entry_into_force) == (46, 39, None)
    for _ in range(2):  # the record read twice: one milestone alert
        with session_scope(engine) as session:
            record.apply_treaty(session=session, record=treaty(41))
    with session_scope(engine) as session:
        tally = compute(session=session)
        fortieth = START + dt.timedelta(days=39)
        assert tally.parties == 41 and tally.entry_into_force == fortieth + dt.timedelta(days=90)
        notes = session.exec(select(Notification).where(Notification.kind == "milestone")).all()
        assert len(notes) == 1
        payload = json.loads(notes[0].payload)
        assert payload["entry_into_force"] == (fortieth + dt.timedelta(days=90)).isoformat()


def test_news_counts_make_the_tally_until_there_is_a_record(engine: Engine) -> None:
    from monitor.models import CountReport

    with session_scope(engine) as session:
        session.add(CountReport(action="signature", count=72, evidence="72 states signed"))
        session.add(CountReport(action="signature", count=7200, evidence="misread"))
        session.add(CountReport(action="signature", count=69, evidence="69 countries"))
    with session_scope(engine) as session:
        tally = compute(session=session)
        assert (tally.signatories, tally.basis) == (72, "news")
        record.apply_treaty(session=session, record=treaty(2, eu_first=False))
    with session_scope(engine) as session:
        tally = compute(session=session)
        assert (tally.signatories, tally.parties, tally.basis) == (46, 2, "treaty record")


def test_acts_reported_after_a_count_are_added_to_it(engine: Engine) -> None:
    from monitor.models import CountReport, Event

    with session_scope(engine) as session:
        session.add(
            CountReport(
                action="signature",
                count=72,
                date=dt.date(2025, 10, 26),
                evidence="72 states signed in Hanoi",
            )
        )
        session.add(Event(country="VN", action="signature", date=dt.date(2025, 10, 25)))
        session.add(Event(country="KE", action="signature", date=dt.date(2026, 3, 12)))
    with session_scope(engine) as session:
        assert compute(session=session).signatories == 73  # Viet Nam is in the 72, Kenya is not
