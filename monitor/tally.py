"""The tally: signatories, parties and progress to the 40 instruments needed."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from monitor.models import Article, CountReport, Event, TreatyParticipant

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
    events = session.exec(select(Event.country, Event.action, Event.status, col(Event.date))).all()
    reported = {
        a: sum(1 for _, act, s, _ in events if act == a and s == "reported")
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
    signed = [d for _, a, _, d in events if a == "signature"]
    ratified = [d for c, a, _, d in events if a == "ratification" and c not in NOT_COUNTED]
    return Tally(
        signatories=_news_estimate(session, "signature", signed),
        parties=_news_estimate(session, "ratification", ratified),
        needed=NEEDED,
        entry_into_force=None,
        basis="news",
        reported_signatures=reported["signature"],
        reported_ratifications=reported["ratification"],
    )


def _news_estimate(session: Session, action: str, acts: list[dt.date | None]) -> int:
    """The highest credible news count plus the acts reported after the day it was given.

    "72 states signed" (October) and "Kenya signed" (March) make 73; without a
    count, the number of distinct events.
    """
    row = session.exec(
        select(CountReport.count, col(CountReport.date), col(Article.published))
        .join(Article, col(CountReport.article_id) == Article.id, isouter=True)
        .where(CountReport.action == action, CountReport.count <= CREDIBLE_MAX)
        .order_by(col(CountReport.count).desc())
        .limit(1)
    ).first()
    if row is None:
        return len(acts)
    count, given_on, published = row
    as_of = given_on or (published.date() if published else None)
    later = sum(1 for day in acts if as_of and day and day > as_of)
    return max(len(acts), count + later)


def fortieth_deposit(*, session: Session) -> TreatyParticipant | None:
    """The participant whose instrument was the 40th counted, once there is one."""
    rows = session.exec(
        select(TreatyParticipant)
        .where(col(TreatyParticipant.deposited).is_not(None))
        .order_by(col(TreatyParticipant.deposited), col(TreatyParticipant.code))
    ).all()
    counted = [p for p in rows if p.code not in NOT_COUNTED]
    return counted[NEEDED - 1] if len(counted) >= NEEDED else None
