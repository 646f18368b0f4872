"""The tally: signatories, parties and progress to the 40 instruments needed."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from monitor.models import CountReport, Event, TreatyParticipant

NEEDED = 40  # article 65: instruments of ratification, acceptance, approval or accession
IN_FORCE_AFTER = dt.timedelta(days=90)
CREDIBLE_MAX = 200  # more states than exist is a misread number
NOT_COUNTED = {"EU"}  # a regional organisation's instrument is not counted (article 65)


@dataclass(frozen=True)
class Tally:
    """Where the treaty stands; from the UN record when there is one, else from the news."""

    signatories: int
    parties: int
    needed: int
    entry_into_force: dt.date | None
    basis: str  # "treaty record" | "news"
    reported_signatures: int  # reported in the news, not (yet) in the record
    reported_ratifications: int

    def as_dict(self) -> dict:
        """JSON-ready form."""
        data = asdict(self)
        data["entry_into_force"] = (
            self.entry_into_force.isoformat() if self.entry_into_force else None
        )
        return data


def highest_count(*, session: Session, action: str) -> int:
    """The highest credible aggregate count the news has given for an action."""
    best = session.exec(
        select(func.max(CountReport.count)).where(
            CountReport.action == action, CountReport.count <= CREDIBLE_MAX
        )
    ).one()
    return int(best or 0)


def compute(*, session: Session) -> Tally:
    """The current tally."""
    events = session.exec(select(Event.country, Event.action, Event.status)).all()
    reported = {
        a: sum(1 for _, act, s in events if act == a and s == "reported")
        for a in ("signature", "ratification")
    }
    record = session.exec(select(TreatyParticipant)).all()
    if record:
        deposits = sorted(p.deposited for p in record if p.deposited and p.code not in NOT_COUNTED)
        return Tally(
            signatories=sum(1 for p in record if p.signed),
            parties=len(deposits),
            needed=NEEDED,
            entry_into_force=deposits[NEEDED - 1] + IN_FORCE_AFTER
            if len(deposits) >= NEEDED
            else None,
            basis="treaty record",
            reported_signatures=reported["signature"],
            reported_ratifications=reported["ratification"],
        )
    signed = sum(1 for _, a, _ in events if a == "signature")
    ratified = sum(1 for c, a, _ in events if a == "ratification" and c not in NOT_COUNTED)
    return Tally(
        signatories=max(signed, highest_count(session=session, action="signature")),
        parties=max(ratified, highest_count(session=session, action="ratification")),
        needed=NEEDED,
        entry_into_force=None,
        basis="news",
        reported_signatures=reported["signature"],
        reported_ratifications=reported["ratification"],
    )


def fortieth_deposit(*, session: Session) -> TreatyParticipant | None:
    """The participant whose instrument was the 40th counted, once there is one."""
    rows = session.exec(
        select(TreatyParticipant)
        .where(col(TreatyParticipant.deposited).is_not(None))
        .order_by(col(TreatyParticipant.deposited), col(TreatyParticipant.code))
    ).all()
    counted = [p for p in rows if p.code not in NOT_COUNTED]
    return counted[NEEDED - 1] if len(counted) >= NEEDED else None
