"""Relevance: the convention's names in 13 languages, confusers excluded."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.match import fold, is_relevant

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.mark.parametrize(
    "text",
    [
        "Kenya signed the UN Convention against Cybercrime on Thursday.",
        "The Hanoi Convention opened for signature in October.",
        "Việt Nam ký Công ước Hà Nội.",
        "La Convention des Nations unies contre la cybercriminalité a été signée.",
        "Firmó la Convención de las Naciones Unidas contra la Ciberdelincuencia.",
        "Россия подписала Конвенцию ООН против киберпреступности.",
        "中国签署了联合国打击网络犯罪公约。",
        "وقعت مصر على اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية",
        "Polska podpisała Konwencję z Hanoi.",
        "Deutschland hat die UN-Cybercrime-Konvention nicht unterzeichnet.",
        "O Brasil assinou a Convenção da ONU contra o Crime Cibernético.",
        "Indonesia menandatangani Konvensi PBB tentang Kejahatan Siber.",
        "한국은 유엔 사이버범죄협약에 서명했다.",
        "日本は国連サイバー犯罪条約に署名していない。",
    ],
)
def test_names_in_every_language(text: str) -> None:
    assert is_relevant("", text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana acceded to the Council of Europe Convention on Cybercrime.",
        "The Budapest Convention now has 80 parties.",
        "Россия не участвует в Будапештской конвенции.",
        "日本はサイバー犯罪条約を締結している。",
        "Viet Nam signed the UN Convention against Corruption in 2003.",
        "Floods closed schools in the north.",
    ],
)
def test_confusers_and_unrelated_are_not_relevant(text: str) -> None:
    assert not is_relevant("", text)


def test_title_alone_makes_relevant() -> None:
    assert is_relevant("Kenya signs UN cybercrime treaty", "The ceremony took place in New York.")


def test_seed_articles_are_relevant() -> None:
    for seed in sorted(SEEDS.glob("*.txt")):
        assert is_relevant("", seed.read_text(encoding="utf-8")), seed.name


def test_fold_strips_case_diacritics_and_dashes() -> None:
    assert fold("Đồng–Ý  ŁÓDŹ Ёлка") == "dong y lodz елка"


def test_one_passing_mention_under_another_treatys_headline_is_not_relevant() -> None:
    title = "South Korea formally joins Budapest Convention on Cybercrime"
    body = (
        "Seoul deposited its instrument of accession on Monday. The government has not signed "
        "the UN Convention against Cybercrime."
    )
    assert not is_relevant(title, body)
    assert is_relevant(
        title, body + " Officials said the UN Convention against Cybercrime is next."
    )
    assert is_relevant("Cybercrime: a busy week", body)


@pytest.mark.parametrize(
    "title",
    [
        "Japan ratifies Budapest protocol on cross-border access to electronic evidence",
        "Sejm za ratyfikacją drugiego protokołu do konwencji o cyberprzestępczości",
        "サイバー犯罪条約の第2追加議定書、参院で承認",
        "Djibouti deposits its ratification of the Arab Convention on IT Offences",
    ],
)
def test_a_headline_about_a_protocol_or_another_convention_needs_two_mentions(title: str) -> None:
    body = "The UN Convention against Cybercrime is a different treaty. The protocol is older."
    assert not is_relevant(title, body)
    assert is_relevant(title, body + " The UN Convention against Cybercrime has 88 signatories.")
