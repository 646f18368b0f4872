"""Parse the UN Treaty Collection status record of treaty XVIII-16.

Two forms carry the same record: the HTML status page (``ViewDetails.aspx``) and
the MTDSG XML file. Both are reduced to tables of cell texts; the participant
table is then found by its header text ("Participant", "Signature",
"Ratification ..."), never by position, and each row becomes a `Participant`.

A page without a participant table, or with an empty one, raises
`TreatyParseError`: an empty result would read as a mass withdrawal.
"""

from __future__ import annotations

import datetime
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from xml.parsers import expat

from selectolax.lexbor import LexborHTMLParser, LexborNode

logger = logging.getLogger(__name__)

Row = list[str]
Lookup = Callable[[str], str | None]

INSTRUMENT_SUFFIXES: dict[str, str] = {
    "": "ratification",
    "A": "acceptance",
    "AA": "approval",
    "a": "accession",
}

_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_DATE = re.compile(r"^(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})(?:\s*(AA|A|a))?$")
_FOOTNOTES = re.compile(r"[\s\d,]+$")
_SPACE = re.compile(r"\s+")
_XML_CONTENT_TYPES = ("/xml", "+xml")
_STATUS_FIELDS = ("signatories", "parties")


@dataclass(frozen=True)
class Participant:
    """One row of the participant table."""

    name: str
    code: str | None
    signed: datetime.date | None
    deposited: datetime.date | None
    instrument: str | None


@dataclass(frozen=True)
class TreatyRecord:
    """The participant table of the treaty record."""

    participants: tuple[Participant, ...]
    skipped: tuple[str, ...] = ()

    @property
    def signatories(self) -> int:
        """Number of participants with a signature date."""
        return sum(1 for p in self.participants if p.signed is not None)

    @property
    def parties(self) -> int:
        """Number of participants that deposited an instrument."""
        return sum(1 for p in self.participants if p.deposited is not None)


class TreatyParseError(ValueError):
    """The content is not a usable treaty status record."""


class _BadRow(ValueError):
    """A participant row that cannot be read (internal)."""


@dataclass(frozen=True)
class _Columns:
    name: int
    signature: int
    instrument: int


def parse_treaty_record(
    content: bytes, *, content_type: str | None = None, url: str | None = None
) -> TreatyRecord:
    """Parse the HTML status page or the MTDSG XML of the treaty record."""
    if _is_xml(content, content_type):
        tables, status_line = _xml_tables(content)
    else:
        tables, status_line = _html_tables(content, content_type)
    columns, rows = _participant_rows(tables)
    record = _build_record(columns, rows, url)
    _check_status_line(status_line, record, url)
    return record


# -- form detection --------------------------------------------------------------


def _is_xml(content: bytes, content_type: str | None) -> bool:
    """Choose the form by content type, letting an unmistakable HTML start win."""
    media = (content_type or "").split(";")[0].strip().lower()
    head = _sniff_text(content)
    # Error and maintenance pages come back as HTML whatever the URL or type says.
    if "html" in media or re.search(r"<(!doctype\s+html|html[\s>])", head):
        return False
    if media.endswith(_XML_CONTENT_TYPES) or head.startswith("<"):
        return True
    raise TreatyParseError("content is neither HTML nor XML")


def _sniff_text(content: bytes) -> str:
    """Return the start of the document as lower-case text for sniffing."""
    head = content[:2048]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="replace")
    else:
        text = head.decode("utf-8", errors="replace")
    text = text.lstrip("\ufeff \t\r\n").lower()
    # A leading XML declaration or comment says nothing about HTML vs XML.
    return re.sub(r"^(<\?xml[^>]*\?>|<!--.*?-->|\s)+", "", text, flags=re.S) or text


# -- HTML ------------------------------------------------------------------------


def _html_tables(content: bytes, content_type: str | None) -> tuple[list[list[Row]], str]:
    """Return the rows of every table in the page (inner tables kept apart) and its text."""
    tree = LexborHTMLParser(_decode_html(content, content_type))
    text = tree.body.text(separator=" ") if tree.body is not None else ""
    ordered = sorted(tree.css("table"), key=_responsive_first)
    tables = []
    for table in ordered:
        rows = [
            [_html_cell_text(cell) for cell in _html_cells(tr)]
            for tr in table.css("tr")
            if _nearest_table(tr) == table.mem_id
        ]
        tables.append(rows)
    return tables, text


def _responsive_first(table: LexborNode) -> int:
    """Sort key: tables inside ``div.table-responsive`` are tried first."""
    node = table.parent
    while node is not None:
        if node.tag == "div" and "table-responsive" in (node.attributes.get("class") or ""):
            return 0
        node = node.parent
    return 1


def _decode_html(content: bytes, content_type: str | None) -> str:
    """Decode by the declared charset, falling back to UTF-8 with replacement."""
    head = content[:4096].decode("ascii", errors="replace")
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", re.I) or re.search(
        r"<meta[^>]+charset=[\"']?([\w.:-]+)", head, re.I
    )
    try:
        return content.decode(match.group(1) if match else "utf-8", errors="replace")
    except LookupError:
        return content.decode("utf-8", errors="replace")


def _nearest_table(node: LexborNode) -> int | None:
    """Return the memory id of the closest enclosing table."""
    parent = node.parent
    while parent is not None and parent.tag != "table":
        parent = parent.parent
    return parent.mem_id if parent is not None else None


def _html_cells(tr: LexborNode) -> Iterator[LexborNode]:
    """Yield the direct cells of a row."""
    child = tr.child
    while child is not None:
        if child.tag in ("td", "th"):
            yield child
        child = child.next


def _html_cell_text(cell: LexborNode) -> str:
    """Return the text of a cell without its footnote superscripts."""
    parts = []
    for node in cell.traverse(include_text=True):
        if node.is_text_node and not _inside(node, cell, "sup"):
            parts.append(node.text_content or "")
    return " ".join("".join(parts).split())


def _inside(node: LexborNode, root: LexborNode, tag: str) -> bool:
    """Whether ``node`` sits within a ``tag`` element below ``root``."""
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id:
        if parent.tag == tag:
            return True
        parent = parent.parent
    return False


# -- XML -------------------------------------------------------------------------


def _xml_tables(content: bytes) -> tuple[list[list[Row]], str]:
    """Return the rows of every table in the XML document and its status counts."""
    root = _parse_xml(content)
    parents = {child: parent for parent in root.iter() for child in parent}
    tables: dict[int, list[Row]] = {}
    for row in root.iter():
        if _local(row.tag) not in ("row", "tr"):
            continue
        cells = [c for c in row if _local(c.tag) in ("entry", "td", "th", "cell")]
        key = id(_xml_table_of(row, parents))
        tables.setdefault(key, []).append([_xml_cell_text(c) for c in cells])
    status = " ".join(
        f"{_local(e.tag)}: {e.text}" for e in root.iter() if _local(e.tag) in _STATUS_FIELDS
    )
    return list(tables.values()), status


def _xml_table_of(row: ET.Element, parents: dict[ET.Element, ET.Element]) -> ET.Element:
    """Return the nearest table-like ancestor, else the row's grandparent."""
    node = parents.get(row)
    while node is not None:
        if _local(node.tag) in ("table", "tgroup"):
            return node
        node = parents.get(node)
    parent = parents.get(row, row)
    return parents.get(parent, parent)


def _parse_xml(content: bytes) -> ET.Element:
    """Parse XML after refusing any DTD, so entity bombs never expand."""
    _refuse_dtd(content)
    try:
        return ET.fromstring(content)
    except ET.ParseError as exc:
        raise TreatyParseError(f"invalid XML: {exc}") from None


def _refuse_dtd(content: bytes) -> None:
    """Scan with expat and stop at the first DOCTYPE or ENTITY declaration."""

    def refuse(*_args: object) -> int:
        raise TreatyParseError("XML with a DTD or entity declaration refused")

    scanner = expat.ParserCreate()
    scanner.StartDoctypeDeclHandler = refuse
    scanner.EntityDeclHandler = refuse
    scanner.ExternalEntityRefHandler = refuse
    try:
        scanner.Parse(content, True)
    except expat.ExpatError as exc:
        raise TreatyParseError(f"invalid XML: {exc}") from None


def _local(tag: object) -> str:
    """Return an element's local name, lower-cased, without its namespace."""
    if not isinstance(tag, str):
        return ""  # comments and processing instructions
    return tag.rsplit("}", 1)[-1].lower()


def _xml_cell_text(cell: ET.Element) -> str:
    """Return the text of a cell without footnote superscripts."""
    parts = [cell.text or ""]
    for child in cell:
        if _local(child.tag) not in ("sup", "superscript", "footnote", "footnoteref"):
            parts.append(_xml_cell_text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


# -- the participant table -------------------------------------------------------


def _participant_rows(tables: Iterable[list[Row]]) -> tuple[_Columns, list[Row]]:
    """Find the participant table by its header and return its data rows."""
    for rows in tables:
        for index, row in enumerate(rows):
            columns = _header_columns(row)
            if columns is None:
                continue
            data = [r for r in rows[index + 1 :] if any(r) and _header_columns(r) is None]
            if not data:
                raise TreatyParseError("participant table has no rows")
            return columns, data
    raise TreatyParseError("no participant table found")


def _header_columns(row: Row) -> _Columns | None:
    """Return the column positions if ``row`` is the participant table header."""
    lowered = [cell.lower() for cell in row]
    name = _first(lowered, lambda c: c.startswith("participant"))
    signature = _first(lowered, lambda c: c.startswith("signature"))
    instrument = _first(lowered, lambda c: "ratification" in c or "accession" in c)
    if name is None or signature is None or instrument is None:
        return None
    return _Columns(name=name, signature=signature, instrument=instrument)


def _first(cells: list[str], test: Callable[[str], bool]) -> int | None:
    """Index of the first cell passing ``test``."""
    return next((i for i, cell in enumerate(cells) if test(cell)), None)


def _build_record(columns: _Columns, rows: list[Row], url: str | None) -> TreatyRecord:
    """Turn data rows into participants, logging and keeping the bad ones apart."""
    from monitor.detect.countries import lookup

    participants: list[Participant] = []
    skipped: list[str] = []
    for row in rows:
        try:
            participant = _parse_row(columns, row, lookup)
        except _BadRow as exc:
            text = " | ".join(row).strip()
            logger.warning("treaty row skipped reason=%r row=%r url=%s", str(exc), text, url)
            skipped.append(text)
            continue
        if participant.code is None:
            logger.warning("treaty participant unknown name=%r url=%s", participant.name, url)
        participants.append(participant)
    if not participants:
        raise TreatyParseError(f"participant table has no readable rows ({len(skipped)} skipped)")
    return TreatyRecord(participants=tuple(participants), skipped=tuple(skipped))


def _check_status_line(text: str, record: TreatyRecord, url: str | None) -> None:
    """Warn when the record's own "Signatories: N. Parties: M." disagrees with the table."""
    for field in _STATUS_FIELDS:
        match = re.search(rf"\b{field}\s*:\s*(\d+)", text, re.I)
        parsed = getattr(record, field)
        if match and int(match.group(1)) != parsed:
            logger.warning(
                "treaty status line disagrees with the table field=%s declared=%s parsed=%d url=%s",
                field,
                match.group(1),
                parsed,
                url,
            )


def _parse_row(columns: _Columns, row: Row, lookup: Lookup) -> Participant:
    """Read one participant row or raise `_BadRow` with the reason."""
    if len(row) <= max(columns.name, columns.signature, columns.instrument):
        raise _BadRow(f"expected at least 3 cells, found {len(row)}")
    name = clean_name(row[columns.name])
    if not name:
        raise _BadRow("empty participant name")
    signed, suffix = _parse_date(row[columns.signature])
    if suffix is not None:
        raise _BadRow(f"instrument suffix in the signature column: {row[columns.signature]!r}")
    deposited, suffix = _parse_date(row[columns.instrument])
    if signed is None and deposited is None:
        raise _BadRow("neither a signature nor an instrument date")
    instrument = INSTRUMENT_SUFFIXES[suffix or ""] if deposited is not None else None
    code = lookup(name)
    return Participant(name, code, signed, deposited, instrument)


def clean_name(text: str) -> str:
    """Normalise whitespace and strip trailing footnote numbers from a name."""
    name = _SPACE.sub(" ", text.replace("\xa0", " ")).strip()
    return _FOOTNOTES.sub("", name).strip()


def _month(word: str) -> int | None:
    """Month number of an English month name or its abbreviation (``Sept``)."""
    word = word.lower()
    return next((i for i, name in enumerate(_MONTHS, 1) if name.startswith(word)), None)


def _parse_date(text: str) -> tuple[datetime.date | None, str | None]:
    """Parse ``25 Oct 2025`` with an optional instrument suffix; blank is None."""
    text = _SPACE.sub(" ", text.replace("\xa0", " ")).strip()
    if not text:
        return None, None
    match = _DATE.match(text)
    month = _month(match.group(2)) if match else None
    if match is None or month is None:
        raise _BadRow(f"unreadable date {text!r}")
    try:
        date = datetime.date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        raise _BadRow(f"impossible date {text!r}") from None
    return date, match.group(4)
