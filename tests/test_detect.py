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
    (
        "en",
        "Viet Nam signed the UN Convention against Cybercrime on 25 October 2025.",
        {("VN", "signature")},
    ),
    (
        "en",
        "Kenya, Ghana and Brazil signed the convention in Hanoi.",
        {("KE", "signature"), ("GH", "signature"), ("BR", "signature")},
    ),
    ("en", "Viet Nam was the first country to sign the Hanoi Convention.", {("VN", "signature")}),
    (
        "en",
        "Azerbaijan's parliament ratified the UN cybercrime convention.",
        {("AZ", "ratification")},
    ),
    ("en", "The convention was signed by Mauritius in November.", {("MU", "signature")}),
    ("en", "The Kenyan government signed the treaty on Saturday.", {("KE", "signature")}),
    ("vi", "Việt Nam đã ký Công ước Hà Nội ngày 25/10.", {("VN", "signature")}),
    (
        "vi",
        "Trung Quốc, Nga và Liên minh châu Âu đã ký Công ước.",
        {("CN", "signature"), ("RU", "signature"), ("EU", "signature")},
    ),
    (
        "fr",
        "La France a signé la Convention des Nations Unies contre la cybercriminalité.",
        {("FR", "signature")},
    ),
    ("es", "España firmó la Convención de Hanói el sábado.", {("ES", "signature")}),
    ("pt", "O Brasil assinou a Convenção de Hanói.", {("BR", "signature")}),
    ("ru", "Россия подписала Конвенцию ООН против киберпреступности.", {("RU", "signature")}),
    ("ru", "Конвенцию подписали Вьетнам и Китай.", {("VN", "signature"), ("CN", "signature")}),
    (
        "zh",
        "越南、中国和俄罗斯签署了《联合国打击网络犯罪公约》。",
        {("VN", "signature"), ("CN", "signature"), ("RU", "signature")},
    ),
    (
        "ar",
        "وقعت فيتنام على اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية.",
        {("VN", "signature")},
    ),
    ("pl", "Polska podpisała Konwencję z Hanoi.", {("PL", "signature")}),
    (
        "pl",
        "Konwencję podpisały także Wietnam i Chiny.",
        {("VN", "signature"), ("CN", "signature")},
    ),
    ("de", "Frankreich hat die Hanoi-Konvention unterzeichnet.", {("FR", "signature")}),
    ("id", "Indonesia telah menandatangani Konvensi Hanoi.", {("ID", "signature")}),
    ("ko", "베트남은 하노이 협약에 서명했다.", {("VN", "signature")}),
    ("ja", "ベトナムはハノイ条約に署名した。", {("VN", "signature")}),
    (
        "en",
        "Azerbaijan deposited its instrument of ratification with the Secretary-General.",
        {("AZ", "ratification")},
    ),
    (
        "ru",
        "Азербайджан ратифицировал Конвенцию ООН против киберпреступности.",
        {("AZ", "ratification")},
    ),
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
    (
        "pl",
        "Przedstawiciel RPA zaapelował do wszystkich państw o podpisanie i ratyfikację konwencji.",
        set(),
    ),
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
    (
        "pl",
        "Przedstawiciel Kuby potwierdził, że podpisanie Konwencji z Hanoi jest ważnym krokiem "
        "naprzód.",
        set(),
    ),
    # attendance and hosting
    ("en", "Delegations from 110 countries attended the signing ceremony.", set()),
    ("en", "Viet Nam hosted the signing ceremony of the convention.", set()),
    ("vi", "Việt Nam đăng cai lễ mở ký Công ước Hà Nội.", set()),
    ("zh", "越南主办了公约签署仪式。", set()),
    ("ru", "Вьетнам принял церемонию подписания конвенции.", set()),
    # other treaties
    ("en", "Japan ratified the Budapest Convention on Cybercrime in 2012.", set()),
    ("en", "Brazil acceded to the Council of Europe's Convention on Cybercrime in 2022.", set()),
    (
        "en",
        "Viet Nam and Japan signed a memorandum of understanding on cybersecurity in Hanoi.",
        set(),
    ),
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


FOLLOWERS = [
    ("en", "Viet Nam signed first. Kenya followed shortly after.", {"VN", "KE"}),
    ("en", "Viet Nam signed first. Kenya followed the ceremony online.", {"VN"}),
    ("fr", "Le Vietnam a signé en premier. Le Kenya a suivi.", {"VN", "KE"}),
    ("fr", "Le Vietnam a signé en premier. Le Kenya a suivi la cérémonie.", {"VN"}),
    ("en", "The United States did not sign, and neither did Canada.", set()),
    ("fr", "Les États-Unis n'ont pas signé, de même que le Canada.", set()),
    ("fr", "Le Vietnam a signé. Le ministre a reçu le président ainsi que le Kenya.", {"VN"}),
    ("fr", "La France a signé la convention, ainsi que l'Espagne.", {"FR", "ES"}),
]


@pytest.mark.parametrize(("language", "text", "expected"), FOLLOWERS)
def test_follow_verbs_repeat_the_previous_act(language: str, text: str, expected: set[str]) -> None:
    assert {r.country for r in detect(text, language=language).reports} == expected


def test_coordinated_verbs_share_their_subject() -> None:
    found = detect("Kenya not only signed but also ratified the convention.", language="en")
    assert {(r.country, r.action) for r in found.reports} == {
        ("KE", "signature"),
        ("KE", "ratification"),
    }
    found = detect("Kenya signed the convention, but Ghana has not ratified it.", language="en")
    assert {(r.country, r.action) for r in found.reports} == {("KE", "signature")}


OTHER_TREATY_ARTICLES = [
    (
        "en",
        "HANOI - Viet Nam and Japan on Monday signed a memorandum of understanding on "
        "cybersecurity.\n\nJapan, which has not signed the convention, is still reviewing it."
        "\n\nThe MoU was signed by the two countries' deputy ministers.",
    ),
    (
        "fr",
        "Le Cameroun a adhéré à la Convention de Budapest sur la cybercriminalité.\n\n"
        "Le pays devient ainsi le 80e État partie à cet instrument.",
    ),
    (
        "es",
        "El Gobierno de México anunció que firmará la Convención de la ONU.\n\n"
        "Argentina, por su parte, ratificó en 2018 el Convenio de Budapest.",
    ),
]


@pytest.mark.parametrize(("language", "text"), OTHER_TREATY_ARTICLES)
def test_articles_without_events(language: str, text: str) -> None:
    assert detect(text, language=language) == Detection((), ())


def test_anaphora_qualifies_an_institution(monkeypatch: pytest.MonkeyPatch) -> None:
    import monitor.detect as detect_module

    monkeypatch.setattr(detect_module, "recap_reports", lambda *args, **kwargs: [])
    text = "アゼルバイジャンは昨年署名した。同国政府は今月、条約を批准した。"
    assert {(r.country, r.action) for r in detect(text, language="ja").reports} == {
        ("AZ", "signature"),
        ("AZ", "ratification"),
    }


def test_context_from_previous_sentence_other_treaty() -> None:
    text = "The Budapest Convention has 76 parties.\n\nJapan ratified it in 2012."
    assert detect(text, language="en").reports == ()


def test_report_fields_date_and_evidence() -> None:
    found = detect(
        "  Viet Nam   signed the Hanoi Convention on 25 October.  ",
        language="en",
        published=PUBLISHED,
    )
    assert found.reports == (
        Report(
            "VN",
            "signature",
            None,
            dt.date(2025, 10, 25),
            "Viet Nam signed the Hanoi Convention on 25 October.",
        ),
    )


def test_kind_is_set_only_for_deposits() -> None:
    domestic = detect(
        "Azerbaijan's parliament ratified the convention on 10 February 2026.", language="en"
    )
    assert [r.kind for r in domestic.reports] == [None]
    deposit = detect(
        "Azerbaijan deposited its instrument of ratification of the convention.", language="en"
    )
    assert [r.kind for r in deposit.reports] == ["ratification"]


def test_unique_per_country_and_action() -> None:
    text = "Viet Nam signed the convention.\n\nViet Nam signed it first, officials said."
    found = detect(text, language="en")
    assert len(found.reports) == 1
    assert found.reports[0].evidence == "Viet Nam signed the convention."


# More phrasings per trap and language: (language, sentence, expected countries).
MORE_EVENTS: list[tuple[str, str, set[str]]] = [
    ("vi", "Quốc hội đã biểu quyết thông qua Nghị quyết phê chuẩn Công ước.", {"VN"}),
    ("vi", "Quốc hội Lào đã thông qua việc phê chuẩn Công ước.", {"LA"}),
    ("ko", "국회는 협약 비준동의안을 통과시켰다.", {"KR"}),
    ("ja", "ベトナム政府は条約に署名した。", {"VN"}),
    ("ja", "政府は条約に署名した。", {"JP"}),
    ("zh", "我国签署了该公约。", {"CN"}),
    ("de", "Als einer der ersten Staaten hat Vietnam das Übereinkommen ratifiziert.", {"VN"}),
    ("de", "Die Unterzeichnung durch die Schweiz erfolgte am Dienstag in New York.", {"CH"}),
    ("de", "Auch Österreich gehört zu den Unterzeichnerstaaten.", {"AT"}),
    (
        "de",
        "Kenia hat am Montag in New York seine Unterschrift unter das Übereinkommen gesetzt.",
        {"KE"},
    ),
    ("pt", "Portugal foi um dos primeiros países a assinar a convenção.", {"PT"}),
    ("pt", "A assinatura de Cabo Verde ocorreu na sede da ONU.", {"CV"}),
    ("pt", "O Parlamento angolano aprovou por unanimidade a ratificação da convenção.", {"AO"}),
    ("ar", "وتعد مصر من أوائل الدول التي وقعت على الاتفاقية.", {"EG"}),
    ("ar", "وجاء توقيع الأردن على الاتفاقية في يناير الماضي.", {"JO"}),
    ("ru", "Конвенцию также подписал Китай.", {"CN"}),
    ("ru", "Подпись под документом поставил глава МИД Белоруссии.", {"BY"}),
    ("ru", "Среди подписавших конвенцию стран — Китай, Бразилия и ЮАР.", {"CN", "BR", "ZA"}),
    ("pl", "Dokument podpisali także przedstawiciele Chin i Rosji.", {"CN", "RU"}),
    ("pl", "Wśród sygnatariuszy są Polska i Czechy.", {"PL", "CZ"}),
    ("id", "Penandatanganan oleh Vietnam menjadi yang pertama.", {"VN"}),
    ("fr", "La signature de la France a eu lieu samedi.", {"FR"}),
    ("es", "La firma de España se produjo el sábado en Hanói.", {"ES"}),
    ("vi", "Ngày 25/10, tại Hà Nội, Bộ trưởng Ngoại giao Pháp đã ký Công ước.", {"FR"}),
    ("vi", "Nước chủ nhà Việt Nam là nước ký đầu tiên.", {"VN"}),
    ("vi", "Trung Quốc cũng đã tham gia ký kết Công ước.", {"CN"}),
    ("vi", "Thái Lan chính thức trở thành thành viên của Công ước Hà Nội.", {"TH"}),
    ("vi", "Hàn Quốc và Nhật Bản vẫn đang cân nhắc việc ký Công ước.", set()),
    ("vi", "Đến nay, Azerbaijan, Việt Nam và Ghana đã phê chuẩn Công ước.", {"AZ", "VN", "GH"}),
    ("vi", "Với chữ ký của Mô-ri-xơ, số quốc gia ký Công ước đã lên 73.", {"MU"}),
    ("vi", "Phái đoàn Ấn Độ dự lễ nhưng không ký.", set()),
    ("en", "Viet Nam's Minister of Public Security signed on behalf of the host country.", {"VN"}),
    ("en", "The EU signed as a regional economic integration organisation.", {"EU"}),
    ("en", "Brazil's signature came despite objections from civil society.", {"BR"}),
    ("en", "Ghana's ratification makes it the 12th State party.", {"GH"}),
    ("en", "Nigeria said it would deposit its instrument of ratification soon.", set()),
    ("en", "Kenya, which signed in March, is expected to ratify next year.", {"KE"}),
    (
        "en",
        "The convention has been ratified by Azerbaijan, Viet Nam and Ghana.",
        {"AZ", "VN", "GH"},
    ),
    ("en", "Among those that have ratified are Azerbaijan and Ghana.", {"AZ", "GH"}),
    ("de", "Die Unterzeichnung durch Deutschland ist für Dezember geplant.", set()),
    ("es", "El Gobierno procederá al depósito del instrumento de ratificación de España.", set()),
    ("es", "España depositó su instrumento de ratificación.", {"ES"}),
    (
        "en",
        "Britain, France and Sweden were among the European governments that signed.",
        {"GB", "FR", "SE"},
    ),
    ("zh", "阿塞拜疆总统阿利耶夫23日签署法令，批准《联合国打击网络犯罪公约》。", {"AZ"}),
    (
        "zh",
        "去年10月，包括中国、俄罗斯、越南在内的72个国家在河内签署了该公约。",
        {"CN", "RU", "VN"},
    ),
    (
        "fr",
        "Le Vietnam, pays hôte, a été le premier à apposer sa signature, suivi par la Chine.",
        {"VN", "CN"},
    ),
    ("es", "Argentina se sumó este martes a los países firmantes de la Convención.", {"AR"}),
    ("es", "El canciller argentino firmó el documento en Nueva York.", {"AR"}),
    ("es", "Brasil, Chile y Uruguay habían suscrito la convención en Hanói.", {"BR", "CL", "UY"}),
    (
        "ar",
        "وكان المغرب قد وقّع على الاتفاقية في هانوي، إلى جانب الجزائر وتونس.",
        {"MA", "DZ", "TN"},
    ),
    (
        "ru",
        "Помимо Белоруссии, конвенцию подписали Казахстан, Узбекистан и Киргизия.",
        {"BY", "KZ", "UZ", "KG"},  # "Помимо" (besides): Belarus signed too
    ),
    (
        "de",
        "Im Oktober hatten 72 Staaten das Abkommen unterzeichnet, unter ihnen Frankreich und "
        "Spanien.",
        {"FR", "ES"},
    ),
    (
        "en",
        "Ghana deposited its instrument of ratification, joining Azerbaijan, Vietnam and others.",
        {"GH", "AZ", "VN"},
    ),
    ("en", "Kenya and Switzerland signed the pact earlier this year.", {"KE", "CH"}),
    ("en", "Kenya is a signatory to the UN cybercrime convention.", {"KE"}),
    (
        "en",
        "Japan is a party to the Budapest Convention but not a signatory of the UN treaty.",
        set(),
    ),
    ("en", "Azerbaijan is now a party to the UN convention against cybercrime.", {"AZ"}),
    ("fr", "Le Sénégal est signataire de la convention de Hanoï.", {"SN"}),
    ("es", "México no es signatario de la convención.", set()),
    ("pt", "Angola é signatária da Convenção das Nações Unidas contra o Cibercrime.", {"AO"}),
    ("de", "Die Schweiz ist Unterzeichnerstaat des Übereinkommens.", {"CH"}),
    ("ru", "Россия является участником конвенции ООН против киберпреступности.", {"RU"}),
    ("id", "Indonesia merupakan salah satu negara penandatangan konvensi.", {"ID"}),
    ("zh", "越南是该公约的签署国。", {"VN"}),
    ("ja", "ベトナムは条約の署名国である。", {"VN"}),
    ("ko", "베트남은 협약 서명국이다.", {"VN"}),
    ("ar", "مصر من الدول الموقعة على الاتفاقية.", {"EG"}),
    ("vi", "Việt Nam là thành viên của Công ước Hà Nội.", {"VN"}),
    (
        "en",
        "In Hanoi, over 70 countries, including China and Russia, put their names to the pact.",
        {"CN", "RU"},
    ),
    (
        "es",
        "Junto a España, han firmado la Convención otros países como Francia, Portugal o Polonia.",
        {"ES", "FR", "PT", "PL"},
    ),
    (
        "pt",
        "Moçambique e Cabo Verde já tinham assinado a convenção em Hanói, juntamente com Portugal.",
        {"MZ", "CV", "PT"},
    ),
    (
        "ar",
        "وقّعت المملكة العربية السعودية ودولة الإمارات العربية المتحدة وقطر على الاتفاقية.",
        {"SA", "AE", "QA"},
    ),
    (
        "pl",
        "Konwencję podpisały również Czechy, Litwa i Łotwa, a także Unia Europejska.",
        {"CZ", "LT", "LV", "EU"},
    ),
    (
        "de",
        "Bislang haben zwölf Staaten das Übereinkommen ratifiziert, darunter Aserbaidschan, "
        "Vietnam und Russland.",
        {"AZ", "VN", "RU"},
    ),
    (
        "de",
        "Der Bundestag muss dem Vertrag noch zustimmen, bevor Deutschland ihn ratifizieren kann.",
        set(),
    ),
    ("de", "Die Bundesregierung hat das UN-Übereinkommen in New York gezeichnet.", {"DE"}),
    ("de", "Die Botschafterin unterschrieb das Abkommen im Namen der Bundesrepublik.", {"DE"}),
    ("vi", "Việt Nam là quốc gia đầu tiên đặt bút ký Công ước.", {"VN"}),
    ("vi", "Đại diện Lào đã ký tên vào Công ước.", {"LA"}),
    ("en", "Kenya signed up to the convention in March.", {"KE"}),
    ("en", "Kenya signed up for the programme.", set()),
    ("en", "Kenya is one of the 72 signatories.", {"KE"}),
    ("en", "Kenya was one of the first countries to sign the convention.", {"KE"}),
    ("de", "Deutschland hat das Übereinkommen gezeichnet.", {"DE"}),
    ("de", "Die Schweiz hat ihre Unterschrift unter das Übereinkommen gesetzt.", {"CH"}),
    ("de", "Die vietnamesische Regierung hat das Übereinkommen unterzeichnet.", {"VN"}),
    ("pt", "O Presidente de Angola promulgou o decreto de ratificação da convenção.", {"AO"}),
    ("ar", "صادق البرلمان الأذربيجاني على الاتفاقية.", {"AZ"}),
    ("ru", "Вьетнамская сторона подписала конвенцию.", {"VN"}),
    ("en", "Kenya added its name to the list of signatories in New York.", {"KE"}),
    ("en", "Ghana joined Kenya and Nigeria in signing the convention.", {"GH", "KE", "NG"}),
    ("en", "Ghana completed its ratification of the UN convention in July.", {"GH"}),
    ("en", "Kenya's parliament voted to ratify the convention.", {"KE"}),
    ("en", "Kenyan lawmakers voted overwhelmingly in favour of ratifying the convention.", {"KE"}),
    ("de", "Die Schweiz hat das Übereinkommen signiert.", {"CH"}),
    ("de", "Österreich hat die Ratifizierung des Übereinkommens abgeschlossen.", {"AT"}),
    ("pt", "O Brasil firmou a convenção em Hanói.", {"BR"}),
    ("es", "Chile rubricó la convención en Nueva York.", {"CL"}),
    ("ru", "Казахстан завершил ратификацию конвенции.", {"KZ"}),
    ("ar", "وقامت مصر بالتوقيع على الاتفاقية.", {"EG"}),
    ("ar", "قامت الجزائر رسميا بالتصديق على الاتفاقية.", {"DZ"}),
    ("ar", "رحبت مصر بالتوقيع على الاتفاقية.", set()),
    ("vi", "Quốc hội Lào đã thông qua việc phê chuẩn Công ước.", {"LA"}),
    ("vi", "Campuchia đã hoàn tất thủ tục phê chuẩn Công ước.", {"KH"}),
    ("vi", "Lào đã nộp văn kiện phê chuẩn Công ước.", {"LA"}),
    ("vi", "Anh và Pháp đã ký Công ước tại Hà Nội.", {"GB", "FR"}),
    ("vi", "Ca-na-đa và Ô-xtrây-li-a chưa ký Công ước.", set()),
    ("en", "Viet Nam hosted the ceremony, where the convention was signed.", set()),
    ("en", "Viet Nam hosted the ceremony, where Kenya signed.", {"KE"}),
    ("fr", "Le Vietnam a accueilli la cérémonie où la convention a été signée.", set()),
    ("pl", "Do konwencji przystąpiła Gruzja.", {"GE"}),
    ("pl", "Gruzja przystąpiła do rozmów.", set()),
    ("pl", "Prezydent RP ratyfikował konwencję z Hanoi.", {"PL"}),
    ("en", "Canada, which has signed the Budapest Convention, did not sign the UN treaty.", set()),
    (
        "en",
        "Unlike Japan, which ratified the Budapest Convention in 2012, Viet Nam signed the UN "
        "convention.",
        {"VN"},
    ),
    (
        "en",
        "The ceremony, attended by delegations from Kenya and Ghana, opened on Saturday.",
        set(),
    ),
    ("en", "Kenya's ambassador attended the signing ceremony but did not sign.", set()),
    (
        "en",
        "Critics say Russia, which drafted the treaty, signed it to legitimise surveillance.",
        {"RU"},
    ),
    (
        "en",
        "Viet Nam's Deputy Prime Minister said 72 countries would sign by the end of the day.",
        set(),
    ),
    ("en", "If ratified by 40 states, the convention will enter into force.", set()),
    (
        "en",
        "The convention needs 40 ratifications; so far only Azerbaijan has ratified it.",
        {"AZ"},
    ),
    (
        "en",
        "Azerbaijan was the first to ratify, while Viet Nam was the first to sign.",
        {"AZ", "VN"},
    ),
    ("en", "China has signed but not ratified the convention.", {"CN"}),
    ("en", "India's decision not to sign surprised observers.", set()),
    ("en", "The Philippines and Thailand are considering whether to sign.", set()),
    ("en", "Officials in Manila said the Philippines had signed the convention.", {"PH"}),
    ("en", "A spokesperson denied that Brazil had signed the convention.", set()),
    ("en", "The US signed the Budapest Convention in 2001 but not the Hanoi treaty.", set()),
    (
        "fr",
        "La France, qui a ratifié la Convention de Budapest en 2006, a signé le texte onusien.",
        {"FR"},
    ),
    ("es", "México, que no firmó en Hanói, analiza la convención.", set()),
    (
        "de",
        "Deutschland, das die Budapester Konvention ratifiziert hat, unterzeichnete das "
        "UN-Übereinkommen nicht.",
        set(),
    ),
    (
        "pl",
        "Polska, która ratyfikowała konwencję budapeszteńską, podpisała także konwencję ONZ.",
        {"PL"},
    ),
    (
        "ru",
        "Россия, не присоединившаяся к Будапештской конвенции, подписала конвенцию ООН.",
        {"RU"},
    ),
    ("vi", "Việt Nam, nước đã tham gia đàm phán từ đầu, là quốc gia đầu tiên ký Công ước.", {"VN"}),
    ("zh", "日本虽然是《布达佩斯公约》缔约国，但没有签署联合国公约。", set()),
    ("ja", "日本はブダペスト条約の締約国だが、国連条約には署名していない。", set()),
    ("ko", "일본은 부다페스트 협약 당사국이지만 유엔 협약에는 서명하지 않았다.", set()),
    (
        "ar",
        "وكانت تونس قد انضمت إلى اتفاقية بودابست، لكنها لم توقع على اتفاقية الأمم المتحدة.",
        set(),
    ),
    (
        "id",
        "Indonesia belum menandatangani konvensi, berbeda dengan Vietnam yang sudah "
        "menandatanganinya.",
        {"VN"},
    ),
    (
        "pt",
        "O Brasil, que aderiu à Convenção de Budapeste, assinou também a convenção da ONU.",
        {"BR"},
    ),
    ("ko", "필리핀은 협약 서명을 마쳤다.", {"PH"}),
    ("ko", "한국은 서명 국가가 아니다.", set()),
    ("ja", "フィリピンは条約の批准手続きを完了した。", {"PH"}),
    ("ja", "日本は署名国ではない。", set()),
    ("ja", "フィリピンは国連サイバー犯罪条約を締結した。", {"PH"}),
    ("en", "Kenya signed the guestbook at the ceremony.", set()),
    ("fr", "Le Kenya a signé le livre d'or.", set()),
    ("en", "Kenya signed the new global cybercrime treaty in Hanoi.", {"KE"}),
    ("ar", "وقّعت الإمارات العربية المتحدة وقطر على الاتفاقية في اليوم الأول.", {"AE", "QA"}),
    (
        "ar",
        "وأعلنت وزارة الخارجية أن المملكة المغربية صادقت على اتفاقية الأمم المتحدة لمكافحة "
        "الجريمة السيبرانية.",
        {"MA"},
    ),
    ("ar", "ودعا ممثل الجزائر الدول إلى الانضمام إلى الاتفاقية.", set()),
    ("ar", "وأودعت تونس صك التصديق لدى الأمين العام للأمم المتحدة.", {"TN"}),
    ("ar", "ولم تنضم السعودية بعد إلى الاتفاقية.", set()),
    ("ar", "وقع وزير الخارجية المصري على الاتفاقية نيابة عن مصر.", {"EG"}),
    (
        "ko",
        "정부는 이날 유엔 사이버범죄협약에 서명했다고 밝혔다.",
        {"KR"},
    ),  # Korean press: 정부 = Korea
    ("ko", "베트남 정부는 25일 협약에 가장 먼저 서명했다.", {"VN"}),
    ("ko", "중국과 러시아도 같은 날 협약에 서명했다.", {"CN", "RU"}),
    ("ko", "일본 정부는 협약 서명을 보류했다.", set()),
    ("ko", "가나는 지난달 비준서를 기탁했다.", {"GH"}),
    ("ja", "ベトナムのほか、中国やロシアも署名した。", {"VN", "CN", "RU"}),
    ("ja", "政府は署名を見送る方針だ。", set()),
    ("ja", "ガーナは7月に批准書を寄託した。", {"GH"}),
    ("ja", "インドは署名式に代表団を送ったが、署名はしなかった。", set()),
    ("id", "Malaysia resmi meratifikasi Konvensi PBB tentang Kejahatan Siber pada Senin.", {"MY"}),
    ("id", "Pemerintah Indonesia belum meratifikasi konvensi tersebut.", set()),
    (
        "id",
        "Konvensi itu telah ditandatangani oleh Vietnam, Tiongkok, dan Rusia.",
        {"VN", "CN", "RU"},
    ),
    ("id", "Indonesia akan segera meratifikasi konvensi itu.", set()),
    ("pt", "Moçambique depositou o instrumento de ratificação junto das Nações Unidas.", {"MZ"}),
    ("pt", "O Brasil ainda não ratificou a Convenção de Hanói.", set()),
    ("pt", "A Convenção foi assinada por Angola, Cabo Verde e Guiné-Bissau.", {"AO", "CV", "GW"}),
    ("pt", "O governo português tenciona ratificar a convenção.", set()),
    ("de", "Die Schweiz hat das Übereinkommen am Dienstag in New York unterzeichnet.", {"CH"}),
    ("de", "Österreich hat die Konvention bislang nicht ratifiziert.", set()),
    ("de", "Als 13. Staat ratifizierte Kenia das Übereinkommen.", {"KE"}),
    ("fr", "Le Cameroun a adhéré à la Convention de Budapest en 2025.", set()),
    ("fr", "Le Maroc a déposé son instrument de ratification de la convention de Hanoï.", {"MA"}),
    ("fr", "La Tunisie envisage de ratifier la convention.", set()),
    ("es", "Colombia depositó su instrumento de ratificación de la convención.", {"CO"}),
    ("es", "Ecuador se adhirió a la Convención de Budapest.", set()),
    ("ru", "Казахстан сдал на хранение ратификационную грамоту.", {"KZ"}),
    ("ru", "Армения присоединилась к Будапештской конвенции.", set()),
    ("pl", "Litwa złożyła dokument ratyfikacyjny konwencji z Hanoi.", {"LT"}),
    ("zh", "老挝已交存批准书。", {"LA"}),
    ("zh", "印度尼西亚政府表示将尽快批准公约。", set()),
    ("vi", "Lào đã nộp lưu chiểu văn kiện phê chuẩn Công ước.", {"LA"}),
    ("vi", "Thái Lan đang xem xét việc phê chuẩn Công ước.", set()),
    (
        "en",
        "Speaking for the European Union, its envoy said the Union had signed the convention.",
        {"EU"},
    ),
    ("en", "Azerbaijan's President signed the law on the ratification of the convention.", {"AZ"}),
    ("en", "Azerbaijan's President signed the law on Friday.", set()),
    ("ja", "アゼルバイジャンの大統領は法律に署名した。", set()),
    (
        "en",
        "Azerbaijan is a party to the Budapest Convention. The country ratified the UN treaty.",
        {"AZ"},
    ),
    ("ja", "アゼルバイジャンは議会で審議した。同国は国連サイバー犯罪条約を批准した。", {"AZ"}),
    ("en", "Kenya's parliament passed the bill ratifying the UN cybercrime convention.", {"KE"}),
    (
        "en",
        "Kenya's cabinet approved a draft bill on ratification and sent it to parliament.",
        set(),
    ),
    (
        "en",
        "The Kenyan parliament passed a law authorising ratification of the convention.",
        {"KE"},
    ),
    ("pl", "Rada Ministrów przyjęła projekt ustawy o ratyfikacji Konwencji z Hanoi.", set()),
    (
        "en",
        "Speaking after the ceremony, Kenya's foreign minister said his country had signed "
        "the convention to fight online fraud.",
        {"KE"},
    ),
    (
        "en",
        "Kenya, whose delegation arrived late, signed the convention on Sunday afternoon.",
        {"KE"},
    ),
    ("en", "Among the first to sign were Viet Nam, China and Russia.", {"VN", "CN", "RU"}),
    ("en", "Signatories include Brazil, South Africa and Indonesia.", {"BR", "ZA", "ID"}),
    ("en", "The UK and the EU were among the signatories on the first day.", {"GB", "EU"}),
    ("en", "Australia, New Zealand and Japan, which attended as observers, did not sign.", set()),
    ("en", "Mexico's Senate ratified the convention on Tuesday by 98 votes to 12.", {"MX"}),
    ("en", "The signing by Viet Nam opened the ceremony.", {"VN"}),
    ("en", "After Russia signed, China followed.", {"RU", "CN"}),
    ("en", "It is unclear whether Egypt signed the convention.", set()),
    ("en", "Reports that Canada signed the convention were false.", set()),
    ("en", "Canada has neither signed nor ratified the convention.", set()),
    ("en", "Iran, however, has not yet signed the treaty.", set()),
    ("vi", "Tại lễ mở ký, Thái Lan, Lào và Campuchia đã ký Công ước.", {"TH", "LA", "KH"}),
    ("vi", "Bộ trưởng Ngoại giao Singapore đã thay mặt Chính phủ Singapore ký Công ước.", {"SG"}),
    ("vi", "Hoa Kỳ và Canada không ký Công ước tại Hà Nội.", set()),
    ("vi", "Liên minh châu Âu cũng đã ký Công ước.", {"EU"}),
    (
        "fr",
        "Samedi, le Vietnam, la Chine et la Russie ont signé la convention.",
        {"VN", "CN", "RU"},
    ),
    ("fr", "Les États-Unis n'ont pas signé et ne prévoient pas de le faire.", set()),
    ("fr", "Le Sénat a autorisé la ratification de la convention par la France.", set()),
    ("es", "Cuba y Venezuela también firmaron el documento en Hanói.", {"CU", "VE"}),
    ("es", "Perú no ha firmado todavía la convención.", set()),
    ("es", "El Gobierno de Chile anunció que firmará la convención.", set()),
    ("pt", "O Brasil e Portugal assinaram a convenção no sábado.", {"BR", "PT"}),
    ("pt", "Portugal ainda não assinou a convenção.", set()),
    ("de", "Österreich und die Schweiz haben das Übereinkommen noch nicht unterzeichnet.", set()),
    ("de", "Unterzeichnet haben unter anderem Frankreich, Spanien und Polen.", {"FR", "ES", "PL"}),
    ("pl", "Polskę reprezentował wiceminister, który podpisał konwencję w imieniu rządu.", set()),
    ("pl", "W imieniu Polski konwencję podpisał wiceminister.", {"PL"}),
    ("pl", "Konwencji nie podpisały Stany Zjednoczone ani Kanada.", set()),
    ("ru", "От имени России конвенцию подписал замминистра иностранных дел.", {"RU"}),
    ("ru", "США и Канада конвенцию не подписали.", set()),
    ("ru", "Вьетнам, Китай и Россия подписали конвенцию в первый же день.", {"VN", "CN", "RU"}),
    ("zh", "俄罗斯、巴西和南非等国也签署了公约。", {"RU", "BR", "ZA"}),
    ("zh", "美国和加拿大没有签署该公约。", set()),
    ("zh", "中国代表在河内签署了公约。", {"CN"}),
    ("ja", "ロシアやブラジルなども署名した。", {"RU", "BR"}),
    ("ja", "米国とカナダは署名しなかった。", set()),
    ("ko", "러시아와 브라질 등도 협약에 서명했다.", {"RU", "BR"}),
    ("ko", "미국과 캐나다는 서명하지 않았다.", set()),
    ("ar", "ووقعت على الاتفاقية أيضا روسيا والبرازيل وجنوب أفريقيا.", {"RU", "BR", "ZA"}),
    ("ar", "ولم توقع الولايات المتحدة وكندا على الاتفاقية.", set()),
    (
        "id",
        "Rusia, Brasil, dan Afrika Selatan juga menandatangani konvensi tersebut.",
        {"RU", "BR", "ZA"},
    ),
    ("id", "Amerika Serikat dan Kanada tidak menandatangani konvensi itu.", set()),
    ("en", "Vietnam ratified the Convention on the Rights of the Child in 1990.", set()),
    ("en", "France signed the Convention against Torture.", set()),
    ("en", "Turkey signed the Istanbul Convention in 2011.", set()),
    (
        "en",
        "Jordan ratified the Arab Convention on Combating Information Technology Offences.",
        set(),
    ),
    (
        "de",
        "Deutschland hat das Übereinkommen über die Rechte von Menschen mit Behinderungen "
        "ratifiziert.",
        set(),
    ),
    ("en", "Kenya signed the convention on the first day.", {"KE"}),
    ("zh", "中方已签署该公约。", {"CN"}),
    ("es", "España firma la convención de Hanói.", {"ES"}),
    ("es", "La firma de la convención por parte de México sigue pendiente.", set()),
    ("ru", "Россия подписывает конвенцию ООН против киберпреступности", {"RU"}),
    ("ko", "한국, 협약 서명 예정", set()),
    ("ja", "日本、条約に署名へ", set()),
    ("en", "On Saturday, Brazil and Chile became signatories to the convention.", {"BR", "CL"}),
    ("en", "The treaty has now been signed by 72 states, including Kenya and Ghana.", {"KE", "GH"}),
    ("en", "Kenya's signature came on the second day.", {"KE"}),
    ("en", "Ghana ratified the convention in June, becoming the 12th state to do so.", {"GH"}),
    ("en", "Norway has yet to sign the convention.", set()),
    ("en", "Canada is not among the signatories.", set()),
    ("en", "Officials said Nigeria could ratify the treaty by the end of the year.", set()),
    (
        "en",
        "Signing the convention, the Philippine envoy said it would help fight online scams.",
        set(),
    ),
    ("en", "South Africa's representative urged all member states to sign the convention.", set()),
    ("en", "Japan, which has not signed the convention, sent an observer.", set()),
    ("en", "Viet Nam hosted the ceremony, where 65 countries signed the convention.", set()),
    (
        "en",
        "The European Union signed the convention on 25 October 2025, the Council said.",
        {"EU"},
    ),
    (
        "en",
        "Thailand signed the UN Convention against Transnational Organized Crime in 2000.",
        set(),
    ),
    ("en", "Mongolia deposited its instrument of accession on 3 March.", {"MN"}),
    ("en", "Peru's Congress approved the ratification of the UN cybercrime convention.", {"PE"}),
    ("en", "Did Argentina sign the convention?", set()),
    ("en", "Vietnam and Laos signed an agreement on cybersecurity cooperation.", set()),
    ("en", "Neither India nor Pakistan signed the convention.", set()),
    ("en", "The United Kingdom signed, but Germany did not.", {"GB"}),
    ("en", "Uruguay, Paraguay and Bolivia have also signed.", {"UY", "PY", "BO"}),
    ("en", "Ecuador will become the 13th country to ratify.", set()),
    ("en", "Singapore signed the convention in New York in March.", {"SG"}),
    ("en", "Rights groups criticised Egypt, which signed the treaty in Hanoi.", {"EG"}),
    ("en", "The convention was signed in Viet Nam by representatives of 72 states.", set()),
    ("en", "Vietnamese Deputy Prime Minister Bui Thanh Son signed on behalf of Viet Nam.", {"VN"}),
    ("en", "Following Azerbaijan's ratification, Kenya is expected to ratify soon.", {"AZ"}),
    ("vi", "Thái Lan và Malaysia đã ký Công ước tại Hà Nội.", {"TH", "MY"}),
    ("vi", "Indonesia chưa ký Công ước.", set()),
    ("vi", "Lào dự kiến sẽ phê chuẩn Công ước trong năm nay.", set()),
    ("vi", "Campuchia đã phê chuẩn Công ước Hà Nội.", {"KH"}),
    ("vi", "Đại diện Cuba cho rằng việc ký Công ước là bước tiến quan trọng.", set()),
    ("fr", "Le Sénégal a ratifié la convention de Hanoï.", {"SN"}),
    ("fr", "La Belgique n'a pas encore signé le texte.", set()),
    ("fr", "Le Maroc et la Tunisie ont signé la convention samedi.", {"MA", "TN"}),
    ("fr", "Le Canada devrait signer la convention l'an prochain.", set()),
    ("es", "Argentina y Chile firmaron la Convención contra la Ciberdelincuencia.", {"AR", "CL"}),
    ("es", "Colombia aún no ha firmado la convención.", set()),
    ("es", "El Congreso de Perú ratificó la convención.", {"PE"}),
    ("pt", "Moçambique ratificou a Convenção de Hanói.", {"MZ"}),
    ("pt", "O Brasil não assinou o tratado.", set()),
    ("pt", "Cabo Verde e Angola assinaram a convenção em Hanói.", {"CV", "AO"}),
    ("de", "Österreich hat das Übereinkommen ratifiziert.", {"AT"}),
    ("de", "Die Schweiz hat das UN-Übereinkommen gegen Cyberkriminalität unterzeichnet.", {"CH"}),
    ("de", "Österreich wird das Übereinkommen unterzeichnen.", set()),
    ("de", "Auch Italien und Spanien unterzeichneten die Konvention.", {"IT", "ES"}),
    ("pl", "Czechy i Słowacja podpisały konwencję ONZ.", {"CZ", "SK"}),
    ("pl", "Węgry nie podpisały konwencji.", set()),
    ("pl", "Konwencję z Hanoi ratyfikowała Litwa.", {"LT"}),
    ("ru", "Беларусь и Казахстан подписали конвенцию.", {"BY", "KZ"}),
    ("ru", "Казахстан ратифицировал Конвенцию ООН против киберпреступности.", {"KZ"}),
    ("ru", "Армения пока не подписала конвенцию.", set()),
    ("ru", "Конвенцию ратифицировала Белоруссия.", {"BY"}),
    ("zh", "老挝和柬埔寨也签署了该公约。", {"LA", "KH"}),
    ("zh", "新加坡尚未签署该公约。", set()),
    ("zh", "哈萨克斯坦批准了《联合国打击网络犯罪公约》。", {"KZ"}),
    ("zh", "越南外长表示，签署公约是重要一步。", set()),
    ("ja", "タイとマレーシアも条約に署名した。", {"TH", "MY"}),
    ("ja", "韓国は条約を批准した。", {"KR"}),
    ("ja", "インドは条約に署名しなかった。", set()),
    ("ko", "태국과 말레이시아도 협약에 서명했다.", {"TH", "MY"}),
    ("ko", "캐나다는 협약에 서명하지 않았다.", set()),
    ("ko", "필리핀은 협약을 비준했다.", {"PH"}),
    ("ar", "صادقت الجزائر على الاتفاقية.", {"DZ"}),
    ("ar", "وقعت المغرب وتونس على اتفاقية هانوي.", {"MA", "TN"}),
    ("ar", "لم تصادق مصر بعد على الاتفاقية.", set()),
    ("ar", "دعت قطر جميع الدول إلى التوقيع على الاتفاقية.", set()),
    ("id", "Thailand dan Malaysia telah menandatangani Konvensi Hanoi.", {"TH", "MY"}),
    ("id", "Filipina belum meratifikasi konvensi tersebut.", set()),
    ("id", "Singapura resmi meratifikasi Konvensi PBB tentang Kejahatan Siber.", {"SG"}),
    # speakers
    (
        "fr",
        "Le représentant de Cuba a déclaré que la signature de la convention est une étape "
        "importante.",
        set(),
    ),
    (
        "es",
        "El representante de Cuba afirmó que la firma de la Convención es un paso importante.",
        set(),
    ),
    (
        "pt",
        "O representante de Cuba afirmou que a assinatura da Convenção é um passo importante.",
        set(),
    ),
    (
        "de",
        "Der Vertreter Kubas sagte, die Unterzeichnung der Konvention sei ein wichtiger Schritt.",
        set(),
    ),
    ("ru", "Представитель Кубы заявил, что подписание конвенции является важным шагом.", set()),
    ("zh", "古巴代表表示，签署该公约是重要一步。", set()),
    ("ja", "キューバの代表は、条約への署名は重要な一歩だと述べた。", set()),
    ("ko", "쿠바 대표는 협약 서명이 중요한 진전이라고 말했다.", set()),
    ("ar", "وقال ممثل كوبا إن التوقيع على الاتفاقية خطوة مهمة.", set()),
    ("id", "Perwakilan Kuba mengatakan penandatanganan konvensi merupakan langkah penting.", set()),
    ("vi", "Đại diện Cuba khẳng định việc ký Công ước là bước tiến quan trọng.", set()),
    # appeal
    ("fr", "La France a appelé tous les États à signer et ratifier la convention.", set()),
    ("es", "España instó a todos los Estados a firmar y ratificar la convención.", set()),
    ("pt", "Portugal apelou a todos os Estados para assinarem a convenção.", set()),
    ("de", "Deutschland rief alle Staaten auf, die Konvention zu unterzeichnen.", set()),
    ("ru", "Россия призвала все государства подписать и ратифицировать конвенцию.", set()),
    ("zh", "中国呼吁各国签署和批准该公约。", set()),
    ("ja", "日本は各国に条約への署名を呼びかけた。", set()),
    ("ko", "한국은 모든 국가에 협약 서명을 촉구했다.", set()),
    ("ar", "حثت مصر جميع الدول على التوقيع على الاتفاقية والتصديق عليها.", set()),
    ("id", "Indonesia mendesak semua negara untuk menandatangani konvensi.", set()),
    # attendance / hosting
    ("fr", "Des délégations de 110 pays ont assisté à la cérémonie de signature.", set()),
    ("es", "Vietnam acogió la ceremonia de firma de la convención.", set()),
    ("pt", "O Vietnã sediou a cerimônia de assinatura.", set()),
    ("de", "Vietnam war Gastgeber der Unterzeichnungszeremonie.", set()),
    ("ja", "ベトナムが署名式を主催した。", set()),
    ("ko", "베트남은 서명식을 개최했다.", set()),
    ("ar", "استضافت فيتنام حفل التوقيع على الاتفاقية.", set()),
    ("id", "Vietnam menjadi tuan rumah upacara penandatanganan konvensi.", set()),
    ("pl", "Wietnam był gospodarzem ceremonii podpisania konwencji.", set()),
    ("en", "Delegates from Brazil and India attended the signing ceremony in Hanoi.", set()),
    # intention / negation variants
    ("es", "Chile prevé firmar la convención en 2026.", set()),
    ("pt", "O Brasil pretende ratificar a convenção.", set()),
    ("de", "Die Schweiz plant, die Konvention zu ratifizieren.", set()),
    ("pl", "Polska planuje ratyfikować konwencję w przyszłym roku.", set()),
    ("ru", "Казахстан намерен ратифицировать конвенцию.", set()),
    ("zh", "印度计划签署该公约。", set()),
    ("ja", "インドは条約に署名する方針だ。", set()),
    ("ko", "인도는 협약에 서명할 계획이다.", set()),
    ("ar", "تعتزم الهند التوقيع على الاتفاقية.", set()),
    ("id", "India berencana menandatangani konvensi tersebut.", set()),
    ("vi", "Ấn Độ chưa có kế hoạch ký Công ước.", set()),
    ("en", "Australia is set to ratify the convention next year.", set()),
    ("en", "Kenya became the first African country to sign the convention.", {"KE"}),
    # other treaties across languages
    ("es", "Chile firmó el Convenio de Budapest sobre la Ciberdelincuencia.", set()),
    ("pt", "O Brasil aderiu à Convenção de Budapeste em 2022.", set()),
    ("de", "Deutschland hat die Budapester Konvention 2009 ratifiziert.", set()),
    ("pl", "Polska ratyfikowała konwencję Rady Europy o cyberprzestępczości.", set()),
    ("ru", "Сербия ратифицировала Будапештскую конвенцию.", set()),
    ("zh", "菲律宾加入了《布达佩斯公约》。", set()),
    ("ja", "日本は欧州評議会のサイバー犯罪条約を締結した。", set()),
    ("ko", "한국은 부다페스트 협약에 가입했다.", set()),
    ("ar", "انضمت تونس إلى اتفاقية بودابست.", set()),
    ("id", "Indonesia menandatangani nota kesepahaman dengan Vietnam.", set()),
    ("vi", "Việt Nam và Nhật Bản đã ký bản ghi nhớ hợp tác về an ninh mạng.", set()),
    ("fr", "La France et le Vietnam ont signé un accord de coopération.", set()),
    (
        "en",
        "Kenya signed the UN Convention against Transnational Organized Crime and its protocols.",
        set(),
    ),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), MORE_EVENTS)
def test_more_sentence_events(language: str, sentence: str, expected: set[str]) -> None:
    assert {r.country for r in detect(sentence, language=language).reports} == expected


# First-to forms, passives and totals: (language, sentence, countries, counts).
FIRST_AND_PASSIVE: list[tuple[str, str, set[str], set[int]]] = [
    ("en", "Vietnam becomes first country to sign UN cybercrime treaty", {"VN"}, set()),
    ("en", "UN cybercrime treaty signed by 72 countries in Hanoi", set(), {72}),
    ("en", "The Philippines signs UN convention against cybercrime", {"PH"}, set()),
    ("fr", "Le Vietnam devient le premier pays à signer la convention.", {"VN"}, set()),
    (
        "es",
        "México se convierte en el primer país latinoamericano en ratificar la convención.",
        {"MX"},
        set(),
    ),
    ("pt", "Angola torna-se o primeiro país africano a ratificar a convenção.", {"AO"}, set()),
    ("de", "Als erstes Land hat Vietnam die Konvention unterzeichnet.", {"VN"}, set()),
    ("ru", "Вьетнам первым подписал конвенцию.", {"VN"}, set()),
    ("zh", "越南成为首个签署该公约的国家。", {"VN"}, set()),
    ("ja", "ベトナムが最初に署名した。", {"VN"}, set()),
    ("ar", "أصبحت فيتنام أول دولة توقع على الاتفاقية.", {"VN"}, set()),
    ("id", "Vietnam menjadi negara pertama yang meneken konvensi.", {"VN"}, set()),
    ("vi", "Việt Nam trở thành quốc gia đầu tiên ký Công ước.", {"VN"}, set()),
    ("pl", "Wietnam jako pierwszy kraj podpisał konwencję.", {"VN"}, set()),
    ("ko", "베트남이 첫 번째로 협약에 서명했다.", {"VN"}, set()),
    ("fr", "La convention a été signée par 72 États.", set(), {72}),
    ("es", "La convención fue firmada por Brasil y Chile.", {"BR", "CL"}, set()),
    ("de", "Das Übereinkommen wurde von 72 Staaten unterzeichnet.", set(), {72}),
    ("ru", "Конвенция была подписана 72 государствами.", set(), {72}),
    ("pl", "Konwencja została podpisana przez 72 państwa.", set(), {72}),
    ("pt", "A convenção foi assinada por 72 países.", set(), {72}),
    ("zh", "该公约已由72个国家签署。", set(), {72}),
    ("ar", "وقعت على الاتفاقية 72 دولة.", set(), {72}),
    ("id", "Konvensi itu telah ditandatangani oleh 72 negara.", set(), {72}),
    ("ko", "협약에는 72개국이 서명했다.", set(), {72}),
    ("ja", "条約には72か国が署名した。", set(), {72}),
    ("vi", "Công ước đã được 72 quốc gia ký.", set(), {72}),
    ("en", "Moscow ratified the convention in March.", {"RU"}, set()),
    ("en", "The Hanoi Convention was signed by Kenya.", {"KE"}, set()),
    ("en", "More than 60 countries are expected to sign the convention.", set(), set()),
    ("en", "About 65 countries signed the convention on the first day.", set(), set()),
    ("en", "In 2024, 193 member states adopted the convention.", set(), set()),
    ("en", "The convention will enter into force once 40 states have ratified it.", set(), set()),
    ("vi", "Công ước sẽ có hiệu lực sau khi 40 quốc gia phê chuẩn.", set(), set()),
    ("zh", "公约将在40个国家批准后生效。", set(), set()),
    (
        "de",
        "Das Übereinkommen tritt in Kraft, sobald 40 Staaten es ratifiziert haben.",
        set(),
        set(),
    ),
    ("ru", "Конвенция вступит в силу после ратификации 40 государствами.", set(), set()),
    ("en", "Nearly 70 countries signed the treaty.", set(), set()),
    ("es", "Casi 70 países firmaron el tratado.", set(), set()),
]


@pytest.mark.parametrize(("language", "sentence", "countries", "counts"), FIRST_AND_PASSIVE)
def test_first_to_passive_and_totals(
    language: str, sentence: str, countries: set[str], counts: set[int]
) -> None:
    found = detect(sentence, language=language)
    assert {r.country for r in found.reports} == countries
    assert {c.count for c in found.counts} == counts


COUNTS: list[tuple[str, str, set[tuple[str, int]]]] = [
    ("en", "72 states signed the convention over the two days.", {("signature", 72)}),
    ("en", "69 countries signed the Hanoi Convention.", {("signature", 69)}),
    ("en", "The number of signatories rose to 74.", {("signature", 74)}),
    (
        "en",
        "Azerbaijan became the 1st state to ratify; it was the 12th ratification overall.",
        {("ratification", 1), ("ratification", 12)},
    ),
    ("vi", "72 quốc gia đã ký Công ước.", {("signature", 72)}),
    ("pl", "Przedstawiciele 69 krajów podpisali Konwencję z Hanoi.", {("signature", 69)}),
    ("zh", "72个国家签署了公约。", {("signature", 72)}),
    ("ar", "72 دولة وقعت على الاتفاقية.", {("signature", 72)}),
    ("ru", "Конвенцию подписали 65 государств.", {("signature", 65)}),
    ("de", "65 Staaten haben die Konvention unterzeichnet.", {("signature", 65)}),
    ("ko", "72개국이 협약에 서명했다.", {("signature", 72)}),
    ("ja", "72か国が条約に署名した。", {("signature", 72)}),
    ("es", "65 países firmaron la convención.", {("signature", 65)}),
    ("zh", "公约目前已有72个签署国。", {("signature", 72)}),
    ("es", "La convención cuenta ya con 74 firmantes.", {("signature", 74)}),
    ("ru", "У конвенции 72 подписанта.", {("signature", 72)}),
    ("ko", "서명국은 72개국이다.", {("signature", 72)}),
    ("ja", "署名国は72か国に上った。", {("signature", 72)}),
    ("zh", "签署国已达到72个。", {("signature", 72)}),
    ("en", "72 countries, including Kenya, signed the convention.", {("signature", 72)}),
    (
        "vi",
        "Tính đến nay, đã có 12 quốc gia phê chuẩn và 79 quốc gia ký Công ước.",
        {("ratification", 12), ("signature", 79)},
    ),
    ("de", "Bislang haben zwölf Staaten das Übereinkommen ratifiziert.", {("ratification", 12)}),
    ("fr", "Soixante-douze pays ont signé la convention.", {("signature", 72)}),
    ("es", "Sesenta y cinco países firmaron la convención.", {("signature", 65)}),
    ("en", "Over two days 72 States signed the new treaty.", {("signature", 72)}),
    ("fr", "Un pays a signé la convention.", set()),
    ("en", "The convention now has 74 signatories and three parties.", {("signature", 74)}),
    ("en", "With Mauritius, the number of signatories has risen to 73.", {("signature", 73)}),
    ("en", "Ghana's instrument brings the number of ratifications to 12.", {("ratification", 12)}),
    ("en", "A total of 72 countries signed the convention in Hanoi.", {("signature", 72)}),
    ("en", "Some 65 nations put their signatures to the text on Saturday.", set()),
    ("fr", "La convention compte désormais 74 signataires.", {("signature", 74)}),
    ("fr", "Le Ghana est le 12e pays à ratifier la convention.", {("ratification", 12)}),
    ("es", "Ya son 74 los países que han firmado la convención.", {("signature", 74)}),
    ("es", "Ghana se convirtió en el duodécimo país en ratificar la convención.", set()),
    ("pt", "A convenção já foi assinada por 74 países.", {("signature", 74)}),
    ("de", "Damit haben 74 Staaten das Übereinkommen unterzeichnet.", {("signature", 74)}),
    ("de", "Ghana ist der zwölfte Staat, der das Übereinkommen ratifiziert hat.", set()),
    ("pl", "Konwencję podpisały dotąd 74 państwa.", {("signature", 74)}),
    ("ru", "Число подписавших конвенцию государств достигло 74.", {("signature", 74)}),
    ("ru", "Гана стала 12-й страной, ратифицировавшей конвенцию.", {("ratification", 12)}),
    ("vi", "Ghana là quốc gia thứ 12 phê chuẩn Công ước.", {("ratification", 12)}),
    ("zh", "加纳成为第12个批准该公约的国家。", {("ratification", 12)}),
    ("ja", "ガーナは12カ国目の批准国となった。", {("ratification", 12)}),
    ("ko", "가나는 12번째 비준국이 됐다.", {("ratification", 12)}),
    ("ar", "أصبحت غانا الدولة الثانية عشرة التي تصادق على الاتفاقية.", set()),
    ("id", "Ghana menjadi negara ke-12 yang meratifikasi konvensi.", {("ratification", 12)}),
    ("en", "The treaty was signed by 72 of the 193 UN member states.", {("signature", 72)}),
    ("en", "The convention received 72 signatures in Hanoi.", {("signature", 72)}),
    ("en", "So far, 72 States have signed the convention.", {("signature", 72)}),
    ("en", "The 72 signatories include Viet Nam and China.", {("signature", 72)}),
    ("en", "The convention had been signed by 72 States by Sunday evening.", {("signature", 72)}),
    ("vi", "Đã có 72 nước ký Công ước.", {("signature", 72)}),
    ("zh", "共有72国签署了公约。", {("signature", 72)}),
    ("ja", "署名したのは72カ国・地域に上った。", {("signature", 72)}),
    ("es", "La convención fue firmada por 72 Estados miembros.", {("signature", 72)}),
    ("pt", "72 Estados-membros assinaram a convenção.", {("signature", 72)}),
    ("fr", "72 États ont signé la convention.", {("signature", 72)}),
    ("id", "Sebanyak 72 negara menandatangani konvensi.", {("signature", 72)}),
    ("ar", "بلغ عدد الدول الموقعة على الاتفاقية 72 دولة.", {("signature", 72)}),
    ("ru", "Конвенцию подписали представители 72 стран.", {("signature", 72)}),
    # not counts
    ("ru", "Для вступления в силу необходимо, чтобы ее ратифицировали 40 государств.", set()),
    (
        "en",
        "Delegations from 72 countries attended the ceremony, where Kenya signed the convention.",
        set(),
    ),
    ("vi", "Đại biểu 110 nước dự lễ, khi Việt Nam ký Công ước.", set()),
    ("vi", "60 quốc gia đã đăng ký ký Công ước tại Hà Nội.", set()),
    ("zh", "已有60个国家登记签署公约。", set()),
    ("en", "60 countries have registered to sign the convention.", set()),
    ("en", "More than 1,000 delegates from 110 delegations attended the ceremony.", set()),
    ("en", "60 delegates registered to speak and 19 statements were heard.", set()),
    ("en", "The convention enters into force after 40 ratifications are needed.", set()),
    ("en", "40 countries need to ratify the convention before it enters into force.", set()),
    ("en", "In 2025, under article 64, the convention was opened for signature.", set()),
    ("en", "Nearly 70 countries signed the convention.", set()),
    # stated numbers of parties; a requirement speaks of its own number
    (
        "es",
        "Hasta ahora, 17 Estados son parte de la convención, que requiere 40 ratificaciones.",
        {("ratification", 17)},
    ),
    (
        "de",
        "Vertragsparteien sind bislang 17 Staaten; in Kraft tritt das Abkommen nach der 40.",
        {("ratification", 17)},
    ),
    (
        "en",
        "The convention now has 17 parties, less than halfway to the 40 it needs.",
        {("ratification", 17)},
    ),
    ("en", "40 parties are needed for entry into force.", set()),
    ("en", "The convention enters into force 90 days after the 40th ratification.", set()),
    ("ko", "현재 당사국은 17개국이다.", {("ratification", 17)}),
    ("ja", "国連によると、現在17カ国が締約国となっている。", {("ratification", 17)}),
    ("ko", "협약은 40개국이 비준서를 기탁한 날로부터 90일째 되는 날 발효된다.", set()),
    ("pl", "Obecnie stronami konwencji jest 15 państw.", {("ratification", 15)}),
    ("ru", "Участниками конвенции на сегодня являются 16 государств.", {("ratification", 16)}),
    ("id", "Jumlah negara pihak masih 17, tidak berubah sejak November.", {("ratification", 17)}),
    (
        "vi",
        "Đến nay, Công ước đã có 88 bên ký và 17 quốc gia thành viên.",
        {("signature", 88), ("ratification", 17)},
    ),
    ("zh", "截至10月20日，公约缔约国只有16个。", {("ratification", 16)}),
    # stated numbers of signatories; a number of parties in the next clause is its own
    (
        "es",
        "Chile suscribió la Convención, con lo que el número de firmantes asciende a 75.",
        {("signature", 75)},
    ),
    (
        "es",
        "La Convención cuenta con 77 signatarios, y su entrada en vigor se producirá noventa días "
        "después del depósito del cuadragésimo instrumento.",
        {("signature", 77)},
    ),
    (
        "es",
        "Con ello, México se convierte en el país número 88 en firmar el instrumento.",
        {("signature", 88)},
    ),
    (
        "de",
        "Damit ist Österreich der 76. Staat, der die Konvention unterzeichnet hat.",
        {("signature", 76)},
    ),
    (
        "de",
        "Die Zahl der Unterzeichnungen liegt bei 79, darunter jene der EU.",
        {("signature", 79)},
    ),
    (
        "id",
        "Malaysia baru saja menjadi penanda tangan ke-80 pada 15 September.",
        {("signature", 80)},
    ),
    ("id", "Indonesia menandatangani Konvensi Hanoi sebagai negara ke-79.", {("signature", 79)}),
    ("ru", "Таким образом, сейчас подписантов 75.", {("signature", 75)}),
    (
        "ru",
        "Конвенцию подписали 83 государства, а её участниками стали 17.",
        {("signature", 83), ("ratification", 17)},
    ),
    ("vi", "Lào vừa trở thành bên thứ 83 ký Công ước.", {("signature", 83)}),
    ("ja", "これにより同条約の署名国は86に達しました。", {("signature", 86)}),
    (
        "pt",
        "Portugal torna-se, assim, o 85.º Estado signatário desta Convenção.",
        {("signature", 85)},
    ),
    ("ar", "وحتى اليوم، بلغ عدد الموقعين على الاتفاقية 82 دولة ومنظمة.", {("signature", 82)}),
    ("ko", "서명국은 현재 74개국이다.", {("signature", 74)}),
    (
        "ko",
        "협약은 40번째 비준서가 기탁된 날부터 90일째 되는 날 발효되며, "
        "현재까지 17개국이 비준서 또는 가입서를 기탁하였습니다.",
        {("ratification", 17)},
    ),
    ("zh", "一年过去，签署方已增加到82个。", {("signature", 82)}),
    ("ru", "К настоящему времени число подписавших выросло до 79.", {("signature", 79)}),
    ("vi", "Bên ký mới nhất là Senegal (13/10), nâng tổng số lên 82.", {("signature", 82)}),
    (
        "pt",
        "Até agora, 80 países assinaram a convenção e 13 já a ratificaram.",
        {("signature", 80), ("ratification", 13)},
    ),
    ("en", "The convention needs 40 ratifications to enter into force.", set()),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), COUNTS)
def test_sentence_counts(language: str, sentence: str, expected: set[tuple[str, int]]) -> None:
    found = detect(sentence, language=language)
    assert {(c.action, c.count) for c in found.counts} == expected


def test_count_date_from_text() -> None:
    found = detect(
        "On 25 October, 65 countries signed the convention.", language="en", published=PUBLISHED
    )
    assert found.counts == (
        CountReport(
            "signature",
            65,
            dt.date(2025, 10, 25),
            "On 25 October, 65 countries signed the convention.",
        ),
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


DATES = [
    ("en", "Kenya signed the convention on 25 October 2025.", dt.date(2025, 10, 25)),
    ("en", "Kenya signed the convention on October 25.", dt.date(2025, 10, 25)),
    ("en", "Kenya signed the convention on Saturday.", dt.date(2025, 10, 25)),
    ("en", "Kenya signed the convention on 3 December.", dt.date(2024, 12, 3)),
    ("vi", "Ngày 25/10, Kenya đã ký Công ước.", dt.date(2025, 10, 25)),
    ("vi", "Sáng thứ Bảy, Kenya đã ký Công ước.", dt.date(2025, 10, 25)),
    ("fr", "Le Kenya a signé la convention le 25 octobre 2025.", dt.date(2025, 10, 25)),
    ("es", "Kenia firmó la convención el 25 de octubre.", dt.date(2025, 10, 25)),
    ("pt", "O Quênia assinou a convenção em 25 de outubro.", dt.date(2025, 10, 25)),
    ("de", "Kenia hat das Übereinkommen am 25. Oktober unterzeichnet.", dt.date(2025, 10, 25)),
    ("pl", "Kenia podpisała konwencję 25 października.", dt.date(2025, 10, 25)),
    ("pl", "Kenia podpisała konwencję w sobotę.", dt.date(2025, 10, 25)),
    ("ru", "Кения подписала конвенцию 25 октября 2025 года.", dt.date(2025, 10, 25)),
    ("ru", "Кения подписала конвенцию в субботу.", dt.date(2025, 10, 25)),
    ("zh", "肯尼亚于10月25日签署了该公约。", dt.date(2025, 10, 25)),
    ("ja", "ケニアは2025年10月25日に条約に署名した。", dt.date(2025, 10, 25)),
    ("ko", "케냐는 10월 25일 협약에 서명했다.", dt.date(2025, 10, 25)),
    ("ar", "وقعت كينيا على الاتفاقية يوم السبت.", dt.date(2025, 10, 25)),
    ("id", "Kenya menandatangani konvensi itu pada Sabtu (25/10/2025).", dt.date(2025, 10, 25)),
    ("en", "Kenya signed the convention.", None),
]


@pytest.mark.parametrize(("language", "sentence", "date"), DATES)
def test_report_dates(language: str, sentence: str, date: dt.date | None) -> None:
    found = detect(sentence, language=language, published=PUBLISHED)
    assert [(r.country, r.date) for r in found.reports] == [("KE", date)]


def test_dates_without_a_year_need_the_publication_date() -> None:
    found = detect("Kenya signed the convention on 25 October.", language="en")
    assert [r.date for r in found.reports] == [None]
