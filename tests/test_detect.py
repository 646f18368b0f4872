"""Event and count detection: table-driven sentences in the 13 languages, traps, seed texts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from monitor.detect import CountReport, Detection, Report, detect

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
PUBLISHED = dt.datetime(2025, 10, 27, 8, 0)

# (language, sentence, expected {(country, action)})
EVENTS: list[tuple[str, str, set[tuple[str, str]]]] = [
    # plain statements of fact
    ("en", "Viet Nam signed the UN Convention against Cybercrime on 25 October 2025.", {("VN", "signature")}),
    ("en", "Kenya, Ghana and Brazil signed the convention in Hanoi.",
     {("KE", "signature"), ("GH", "signature"), ("BR", "signature")}),
    ("en", "Viet Nam was the first country to sign the Hanoi Convention.", {("VN", "signature")}),
    ("en", "Azerbaijan's parliament ratified the UN cybercrime convention.", {("AZ", "ratification")}),
    ("en", "The convention was signed by Mauritius in November.", {("MU", "signature")}),
    ("en", "The Kenyan government signed the treaty on Saturday.", {("KE", "signature")}),
    ("vi", "Việt Nam đã ký Công ước Hà Nội ngày 25/10.", {("VN", "signature")}),
    ("vi", "Trung Quốc, Nga và Liên minh châu Âu đã ký Công ước.",
     {("CN", "signature"), ("RU", "signature"), ("EU", "signature")}),
    ("fr", "La France a signé la Convention des Nations Unies contre la cybercriminalité.", {("FR", "signature")}),
    ("es", "España firmó la Convención de Hanói el sábado.", {("ES", "signature")}),
    ("pt", "O Brasil assinou a Convenção de Hanói.", {("BR", "signature")}),
    ("ru", "Россия подписала Конвенцию ООН против киберпреступности.", {("RU", "signature")}),
    ("ru", "Конвенцию подписали Вьетнам и Китай.", {("VN", "signature"), ("CN", "signature")}),
    ("zh", "越南、中国和俄罗斯签署了《联合国打击网络犯罪公约》。",
     {("VN", "signature"), ("CN", "signature"), ("RU", "signature")}),
    ("ar", "وقعت فيتنام على اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية.", {("VN", "signature")}),
    ("pl", "Polska podpisała Konwencję z Hanoi.", {("PL", "signature")}),
    ("pl", "Konwencję podpisały także Wietnam i Chiny.", {("VN", "signature"), ("CN", "signature")}),
    ("de", "Frankreich hat die Hanoi-Konvention unterzeichnet.", {("FR", "signature")}),
    ("id", "Indonesia telah menandatangani Konvensi Hanoi.", {("ID", "signature")}),
    ("ko", "베트남은 하노이 협약에 서명했다.", {("VN", "signature")}),
    ("ja", "ベトナムはハノイ条約に署名した。", {("VN", "signature")}),
    ("en", "Azerbaijan deposited its instrument of ratification with the Secretary-General.",
     {("AZ", "ratification")}),
    ("ru", "Азербайджан ратифицировал Конвенцию ООН против киберпреступности.", {("AZ", "ratification")}),
    # intentions and plans
    ("en", "Canada will sign the convention next year.", set()),
    ("en", "Japan plans to ratify the Hanoi Convention.", set()),
    ("en", "India is expected to sign the treaty.", set()),
    ("vi", "Nhật Bản sẽ ký Công ước trong thời gian tới.", set()),
    ("pl", "Niemcy zamierzają podpisać konwencję.", set()),
    ("ru", "Япония собирается подписать конвенцию.", set()),
    ("zh", "日本将签署该公约。", set()),
    ("ar", "سوف توقع اليابان على الاتفاقية.", set()),
    ("ko", "일본은 협약에 서명할 예정이다.", set()),
    ("ja", "日本は条約に署名する予定だ。", set()),
    ("de", "Deutschland will die Konvention unterzeichnen.", set()),
    ("fr", "Le Canada va signer la convention.", set()),
    ("es", "México va a firmar la convención.", set()),
    ("pt", "Portugal vai assinar a convenção.", set()),
    ("id", "Jepang akan menandatangani konvensi itu.", set()),
    # appeals
    ("en", "The Secretary-General urged all states to sign and ratify the convention.", set()),
    ("pl", "Przedstawiciel RPA zaapelował do wszystkich państw o podpisanie i ratyfikację konwencji.", set()),
    ("vi", "Việt Nam kêu gọi các nước ký và phê chuẩn Công ước.", set()),
    # negations
    ("en", "The United States has not signed the convention.", set()),
    ("en", "Germany did not sign the treaty in Hanoi.", set()),
    ("en", "Canada refused to sign the convention.", set()),
    ("vi", "Hoa Kỳ chưa ký Công ước.", set()),
    ("pl", "Japonia nie podpisała konwencji.", set()),
    ("ru", "США не подписали конвенцию.", set()),
    ("zh", "美国未签署该公约。", set()),
    ("ko", "미국은 협약에 서명하지 않았다.", set()),
    ("ja", "米国は条約に署名していない。", set()),
    ("de", "Deutschland hat die Konvention nicht unterzeichnet.", set()),
    ("fr", "Le Canada n'a pas signé la convention.", set()),
    ("es", "Estados Unidos no firmó la convención.", set()),
    ("ar", "لم توقع الولايات المتحدة على الاتفاقية.", set()),
    # questions and conditionals
    ("en", "Has India signed the convention?", set()),
    ("en", "If Brazil ratified the convention, it would be the first in the region.", set()),
    # speakers
    ("en", "The representative of Cuba said that signing is an important step.", set()),
    ("pl", "Przedstawiciel Kuby potwierdził, że podpisanie Konwencji z Hanoi jest ważnym krokiem naprzód.", set()),
    # attendance and hosting
    ("en", "Delegations from 110 countries attended the signing ceremony.", set()),
    ("en", "Viet Nam hosted the signing ceremony of the convention.", set()),
    ("vi", "Việt Nam đăng cai lễ mở ký Công ước Hà Nội.", set()),
    ("zh", "越南主办了公约签署仪式。", set()),
    ("ru", "Вьетнам принял церемонию подписания конвенции.", set()),
    # other treaties
    ("en", "Japan ratified the Budapest Convention on Cybercrime in 2012.", set()),
    ("en", "Brazil acceded to the Council of Europe's Convention on Cybercrime in 2022.", set()),
    ("en", "Viet Nam and Japan signed a memorandum of understanding on cybersecurity in Hanoi.", set()),
    ("en", "Kenya ratified the UN Convention against Corruption.", set()),
    ("vi", "Việt Nam đã ký Hiệp định thương mại tự do với Israel.", set()),
    ("fr", "Le Maroc a ratifié la Convention de Budapest.", set()),
    ("zh", "日本批准了布达佩斯公约。", set()),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), EVENTS)
def test_sentence_events(language: str, sentence: str, expected: set[tuple[str, str]]) -> None:
    found = detect(sentence, language=language, published=PUBLISHED)
    assert {(r.country, r.action) for r in found.reports} == expected


def test_language_none_falls_back_to_script_and_words() -> None:
    found = detect("Россия подписала Конвенцию ООН против киберпреступности.", language=None)
    assert {(r.country, r.action) for r in found.reports} == {("RU", "signature")}
    found = detect("Polska podpisała Konwencję z Hanoi.", language="en")
    assert {(r.country, r.action) for r in found.reports} == {("PL", "signature")}


def test_context_from_previous_sentence_other_treaty() -> None:
    text = "The Budapest Convention has 76 parties.\n\nJapan ratified it in 2012."
    assert detect(text, language="en").reports == ()


def test_report_fields_date_and_evidence() -> None:
    found = detect("  Viet Nam   signed the Hanoi Convention on 25 October.  ", language="en",
                   published=PUBLISHED)
    assert found.reports == (
        Report("VN", "signature", None, dt.date(2025, 10, 25),
               "Viet Nam signed the Hanoi Convention on 25 October."),
    )


def test_kind_is_set_only_for_deposits() -> None:
    domestic = detect("Azerbaijan's parliament ratified the convention on 10 February 2026.",
                      language="en")
    assert [r.kind for r in domestic.reports] == [None]
    deposit = detect("Azerbaijan deposited its instrument of ratification of the convention.",
                     language="en")
    assert [r.kind for r in deposit.reports] == ["ratification"]


def test_unique_per_country_and_action() -> None:
    text = "Viet Nam signed the convention.\n\nViet Nam signed it first, officials said."
    found = detect(text, language="en")
    assert len(found.reports) == 1
    assert found.reports[0].evidence == "Viet Nam signed the convention."


COUNTS: list[tuple[str, str, set[tuple[str, int]]]] = [
    ("en", "72 states signed the convention over the two days.", {("signature", 72)}),
    ("en", "69 countries signed the Hanoi Convention.", {("signature", 69)}),
    ("en", "The number of signatories rose to 74.", {("signature", 74)}),
    ("en", "Azerbaijan became the 1st state to ratify; it was the 12th ratification overall.",
     {("ratification", 1), ("ratification", 12)}),
    ("vi", "72 quốc gia đã ký Công ước.", {("signature", 72)}),
    ("pl", "Przedstawiciele 69 krajów podpisali Konwencję z Hanoi.", {("signature", 69)}),
    ("zh", "72个国家签署了公约。", {("signature", 72)}),
    ("ar", "72 دولة وقعت على الاتفاقية.", {("signature", 72)}),
    ("ru", "Конвенцию подписали 65 государств.", {("signature", 65)}),
    ("de", "65 Staaten haben die Konvention unterzeichnet.", {("signature", 65)}),
    ("ko", "72개국이 협약에 서명했다.", {("signature", 72)}),
    ("ja", "72か国が条約に署名した。", {("signature", 72)}),
    ("es", "65 países firmaron la convención.", {("signature", 65)}),
    # not counts
    ("en", "More than 1,000 delegates from 110 delegations attended the ceremony.", set()),
    ("en", "60 delegates registered to speak and 19 statements were heard.", set()),
    ("en", "The convention enters into force after 40 ratifications are needed.", set()),
    ("en", "40 countries need to ratify the convention before it enters into force.", set()),
    ("en", "In 2025, under article 64, the convention was opened for signature.", set()),
    ("en", "Nearly 70 countries signed the convention.", set()),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), COUNTS)
def test_sentence_counts(language: str, sentence: str, expected: set[tuple[str, int]]) -> None:
    found = detect(sentence, language=language)
    assert {(c.action, c.count) for c in found.counts} == expected


def test_count_date_from_text() -> None:
    found = detect("On 25 October, 65 countries signed the convention.", language="en",
                   published=PUBLISHED)
    assert found.counts == (
        CountReport("signature", 65, dt.date(2025, 10, 25),
                    "On 25 October, 65 countries signed the convention."),
    )


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed texts not available")
def test_seed_000_has_no_event_and_no_count() -> None:
    assert detect(_seed("000"), language="pl", published=PUBLISHED) == Detection((), ())


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed texts not available")
@pytest.mark.parametrize("language", ["pl", None, "vi"])
def test_seed_001_counts_69_and_no_cuba_or_south_africa(language: str | None) -> None:
    found = detect(_seed("001"), language=language, published=PUBLISHED)
    assert found.reports == ()
    assert [(c.action, c.count, c.date) for c in found.counts] == [
        ("signature", 69, dt.date(2025, 10, 25))
    ]


def test_long_text_is_handled() -> None:
    body = "\n\n".join(["Viet Nam hosted delegations from many countries in Hanoi."] * 600)
    body += "\n\nKenya signed the convention."
    found = detect(body, language="en")
    assert [(r.country, r.action) for r in found.reports] == [("KE", "signature")]
