"""The multilingual gazetteer: lookups, inflected and attached forms, context rules, speed."""

from __future__ import annotations

import pytest

from monitor.detect.countries import ALL_CODES, country_name, find_countries, lookup

LOOKUPS = [
    ("Azerbaijan3", None, "AZ"),
    ("Azerbaijan3, 4", None, "AZ"),
    ("European Union ⁵", None, "EU"),
    ("Iran (Islamic Republic of)", None, "IR"),
    ("Venezuela (Bolivarian Republic of)", "en", "VE"),
    ("Bolivia (Plurinational State of)", None, "BO"),
    ("United Kingdom of Great Britain and Northern Ireland", None, "GB"),
    ("Republic of Korea", None, "KR"),
    ("Democratic People's Republic of Korea", None, "KP"),
    ("Russian Federation", None, "RU"),
    ("Türkiye", None, "TR"),
    ("Turkiye", None, "TR"),
    ("Côte d'Ivoire", None, "CI"),
    ("Côte d’Ivoire²", None, "CI"),
    ("State of Palestine", None, "PS"),
    ("Holy See", None, "VA"),
    ("European Union", None, "EU"),
    ("Viet Nam", None, "VN"),
    ("Lao People's Democratic Republic", None, "LA"),
    ("Micronesia (Federated States of)", None, "FM"),
    ("Netherlands (Kingdom of the)", None, "NL"),
    ("Wietnamu", "pl", "VN"),
    ("Kubie", "pl", "CU"),
    ("RPA", "pl", "ZA"),
    ("Россией", "ru", "RU"),
    ("Китаем", "ru", "CN"),
    ("Việt Nam", "vi", "VN"),
    ("Hoa Kỳ", "vi", "US"),
    ("越南", "zh", "VN"),
    ("ベトナム", "ja", "VN"),
    ("베트남", "ko", "VN"),
    ("فيتنام", "ar", "VN"),
    ("Europe", None, None),
    ("World", None, None),
    ("Puerto Rico", None, None),
    ("Atlantis", None, None),
]


@pytest.mark.parametrize(("name", "lang", "code"), LOOKUPS)
def test_lookup(name: str, lang: str | None, code: str | None) -> None:
    assert lookup(name, lang) == code


MENTIONS = [
    (
        "pl",
        "Przedstawiciele Wietnamu, Kuby i Korei Południowej oraz Stanów Zjednoczonych",
        ["VN", "CU", "KR", "US"],
    ),
    (
        "pl",
        "Wietnam, Wietnamem, Wietnamie, Kuba, Kuby, Kubie, Polsce, Rosji, Chin, Niemiec",
        ["VN", "VN", "VN", "CU", "CU", "CU", "PL", "RU", "CN", "DE"],
    ),
    (
        "ru",
        "Россия, России, Россией, Китай, Китая, Китаем, Южной Кореи, Соединенных Штатов",
        ["RU", "RU", "RU", "CN", "CN", "CN", "KR", "US"],
    ),
    (
        "de",
        "Deutschlands Haltung, Vietnams Rolle, der Türkei und Russland",
        ["DE", "VN", "TR", "RU"],
    ),
    ("ko", "베트남은 한국이 북한과 미국의 인도적 지원", ["VN", "KR", "KP", "US"]),
    ("ar", "وفيتنام ولفيتنام والصين وللصين والمملكة المتحدة", ["VN", "VN", "CN", "CN", "GB"]),
    ("zh", "包括越南、中国和俄罗斯在内的72个国家", ["VN", "CN", "RU"]),
    ("ja", "ベトナムや日本、米国、中国が署名", ["VN", "JP", "US", "CN"]),
    (
        "en",
        "The Kenyan government, the US, Britain, the UK, Viet Nam and Turkey",
        ["KE", "US", "GB", "GB", "VN", "TR"],
    ),
    ("en", "all of us would eat turkey in china cups; Michael Jordan", []),
    (
        "vi",
        "Việt Nam, Nga, Hoa Kỳ, Mỹ, nước Anh, Lào và Campuchia",
        ["VN", "RU", "US", "US", "GB", "LA", "KH"],
    ),
    ("vi", "Ảnh: Tuấn Anh, Minh Đức", []),
    ("vi", "Anh, Ý, Ca-na-đa, Ô-xtrây-li-a và Bra-xin; nhất là", ["GB", "IT", "CA", "AU", "BR"]),
    ("vi", "chị Nga cho biết, anh Đức và Nga, Việt Nam", ["RU", "VN"]),
    ("fr", "La Côte d’Ivoire, le Viêt Nam et les États-Unis", ["CI", "VN", "US"]),
    ("es", "EE.UU., España y Turquía", ["US", "ES", "TR"]),
    ("ja", "タイプとタイムとタイトル、タイとマリ", ["TH", "ML"]),
    ("ko", "가나다라 가나는 서명 주한미국 미국은", ["GH", "US"]),
    ("zh", "中方和俄方", ["CN", "RU"]),
    ("de", "Die vietnamesische Regierung und der kenianischen Delegation", ["VN", "KE"]),
    ("fr", "Le gouvernement français et la délégation chinoise", ["FR", "CN"]),
    ("es", "El gobierno mexicano y la delegación española", ["MX", "ES"]),
    ("pt", "O governo brasileiro e a delegação angolana", ["BR", "AO"]),
]


UN_RECORD_NAMES = (
    "Bosnia and Herzegovina|Trinidad and Tobago|Antigua and Barbuda|Saint Kitts and Nevis|"
    "Saint Lucia|Saint Vincent and the Grenadines|Sao Tome and Principe|Myanmar|Timor-Leste|"
    "Czechia|North Macedonia|Eswatini|Gambia|Bahamas|Cabo Verde|Brunei Darussalam|"
    "Guinea-Bissau|Equatorial Guinea|Papua New Guinea|Marshall Islands|Solomon Islands|"
    "Central African Republic|Dominican Republic|Dominica|Republic of Moldova|"
    "United Republic of Tanzania|Syrian Arab Republic|United States of America|Kyrgyzstan|"
    "Libya|South Sudan|Saudi Arabia|United Arab Emirates|Sri Lanka|El Salvador|Comoros"
).split("|")


@pytest.mark.parametrize("name", UN_RECORD_NAMES)
def test_un_treaty_record_names(name: str) -> None:
    assert lookup(name) is not None


@pytest.mark.parametrize(("lang", "text", "codes"), MENTIONS)
def test_find_countries(lang: str, text: str, codes: list[str]) -> None:
    assert [m.code for m in find_countries(text, lang)] == codes


def test_mentions_keep_offsets_and_surface() -> None:
    text = "Delegates from Türkiye and VIET NAM met."
    mentions = find_countries(text)
    assert [(m.code, m.surface) for m in mentions] == [("TR", "Türkiye"), ("VN", "VIET NAM")]
    assert all(text[m.start : m.end] == m.surface for m in mentions)


def test_longest_match_wins() -> None:
    mentions = find_countries("Democratic Republic of the Congo and South Africa", "en")
    assert [(m.code, m.surface) for m in mentions] == [
        ("CD", "Democratic Republic of the Congo"),
        ("ZA", "South Africa"),
    ]
    assert [m.code for m in find_countries("인도네시아와 인도", "ko")] == ["ID", "IN"]


def test_all_codes_and_names() -> None:
    assert len(ALL_CODES) == 196
    assert {"VN", "EU", "VA", "PS"} <= ALL_CODES
    assert country_name("VN") == "Vietnam"
    assert country_name("VN", "vi") == "Việt Nam"
    assert country_name("EU", "fr") == "Union européenne"
    assert country_name("XX") == "XX"


def test_english_display_names_read_as_in_the_press() -> None:
    assert country_name("CD") == "Democratic Republic of the Congo"
    assert country_name("CG") == "Republic of the Congo"
    assert country_name("PS") == "State of Palestine"
    assert country_name("VA") == "Holy See"
    assert country_name("MM") == "Myanmar"
    assert country_name("KN") == "Saint Kitts and Nevis"
    assert country_name("CI") == "Côte d’Ivoire" and country_name("TR") == "Türkiye"
    assert country_name("CD", "fr") != "Democratic Republic of the Congo"
    for code in ALL_CODES:
        name = country_name(code)
        assert not any(mark in name for mark in (" - ", "&", "(", "St. ", "Territories")), name
        assert [m.code for m in find_countries(name, "en")] == [code], name


def test_every_code_has_a_name_in_every_language() -> None:
    for lang in ("en", "vi", "fr", "es", "ru", "zh", "ar", "pl", "de", "pt", "id", "ko", "ja"):
        for code in ALL_CODES:
            assert lookup(country_name(code, lang), lang) == code, (lang, code)


def test_long_text_matches_every_mention() -> None:
    text = " ".join(["Vietnam signed; Kenya, Ghana and Brazil followed."] * 1000)
    assert len(find_countries(text, "en")) == 4000
    assert len(find_countries(text)) == 4000
