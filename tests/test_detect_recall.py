"""Table-driven cases for recall rules found on blind pages (sentences written for the tests)."""

from __future__ import annotations

import pytest

from monitor.detect import detect
from monitor.detect.sentences import split_sentences

CONV = {
    "ar": "اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية",
    "ko": "유엔 사이버범죄협약",
    "zh": "联合国打击网络犯罪公约",
    "ja": "国連サイバー犯罪条約",
    "vi": "Công ước của Liên hợp quốc về chống tội phạm mạng",
}

# In verb-first Arabic, the countries right after a verb are its subject even when another
# country ends the clause before it.
VERB_FIRST = [
    ("ar", f"وقعت مصر على {CONV['ar']}، ثم وقعت كل من تونس والأردن.", {"EG", "TN", "JO"}),
    ("ar", f"صادقت أذربيجان على {CONV['ar']}، كما صادقت غانا ونيجيريا.", {"AZ", "GH", "NG"}),
    (
        "ar",
        f"وكانت قطر أول من وقع، فيما وقعت كل من البحرين والكويت على {CONV['ar']}.",
        {"BH", "KW"},
    ),
    ("ar", f"رحبت فرنسا بالحدث، ثم وقع المغرب على {CONV['ar']}.", {"MA"}),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), VERB_FIRST)
def test_verb_first_subject_after_a_comma(language: str, sentence: str, expected: set) -> None:
    found = detect(sentence, language=language)
    assert {r.country for r in found.reports} >= expected
    assert "FR" not in {r.country for r in found.reports}


# A country name right before a city is a place, not the signatory.
PLACES = [
    ("ko", f"한국 정부는 17일 미국 뉴욕 유엔본부에서 {CONV['ko']}에 서명했다.", {"KR"}),
    ("ko", f"태국은 스위스 제네바에서 {CONV['ko']}에 서명했다.", {"TH"}),
    ("zh", f"泰国代表在美国纽约联合国总部签署了{CONV['zh']}。", {"TH"}),
    ("ja", f"タイは米国ニューヨークの国連本部で{CONV['ja']}に署名した。", {"TH"}),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), PLACES)
def test_country_before_a_city_is_a_place(language: str, sentence: str, expected: set) -> None:
    found = detect(sentence, language=language)
    assert {r.country for r in found.reports} == expected


# A Korean plan ("…할 계획") governs the verbs before it in its clause; a completed verb
# in between ends its reach.
KOREAN_PLANS = [
    ("ko", f'외교부는 "국회 동의를 거쳐 {CONV["ko"]} 비준서를 기탁할 계획"이라고 밝혔다.', set()),
    ("ko", f"태국은 {CONV['ko']}에 대한 국회 비준 절차를 거쳐 가입할 예정이다.", set()),
    ("ko", f"태국은 {CONV['ko']}에 서명했으며 내년에 비준할 계획이다.", {("TH", "signature")}),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), KOREAN_PLANS)
def test_korean_plan_blocks_ratification(language: str, sentence: str, expected: set) -> None:
    found = detect(sentence, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# "this country" refers to the country named before it in the same sentence, and an
# unqualified home institution after it ("the Government") is that country's.
THIS_COUNTRY = [
    (
        "vi",
        "Việt Nam là nước chủ nhà. Bộ Ngoại giao Hàn Quốc cho biết đại sứ nước này đã thay mặt "
        f"Chính phủ ký {CONV['vi']}.",
        {"KR"},
    ),
    (
        "vi",
        "Lào đã tham dự. Bộ Ngoại giao Thái Lan cho biết nước này đã ký "
        f"{CONV['vi']} tại New York.",
        {"TH"},
    ),
    (
        "en",
        "Kenya hosted the talks. Ghana's foreign ministry said the country signed the UN "
        "Convention against Cybercrime in New York.",
        {"GH"},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), THIS_COUNTRY)
def test_this_country_is_named_in_its_sentence(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {r.country for r in found.reports if r.action == "signature"} == expected


# National parliaments by their own names, and domestic approval verbs (a chamber's vote on
# the convention or its ratification law is reported as a ratification).
PARLIAMENT_VOTES = [
    (
        "de",
        "Der österreichische Nationalrat hat das Übereinkommen der Vereinten Nationen gegen "
        "Cyberkriminalität genehmigt.",
        {("AT", "ratification")},
    ),
    (
        "de",
        "Die Zweite Kammer des niederländischen Parlaments hat der Ratifizierung des "
        "UN-Übereinkommens gegen Cyberkriminalität zugestimmt.",
        {("NL", "ratification")},
    ),
    (
        "pl",
        "Sejm uchwalił w czwartek ustawę o ratyfikacji Konwencji ONZ przeciwko "
        "cyberprzestępczości.",
        {("PL", "ratification")},
    ),
    (
        "pl",
        "Sejm zgodził się na ratyfikację Konwencji z Hanoi.",
        {("PL", "ratification")},
    ),
    (
        "en",
        "Sweden's Riksdag voted to ratify the UN Convention against Cybercrime on Tuesday.",
        {("SE", "ratification")},
    ),
    (
        "en",
        "The Storting passed the bill on ratification of the UN Convention against Cybercrime.",
        {("NO", "ratification")},
    ),
    (
        "ja",
        "ノルウェー議会は3日、国連サイバー犯罪条約の締結を賛成多数で承認した。",
        {("NO", "ratification")},
    ),
    (
        "ko",
        "태국 의회는 유엔 사이버범죄협약 비준 동의안을 본회의에서 가결했다.",
        {("TH", "ratification")},
    ),
    (
        "pt",
        "O Senado Federal aprovou o projeto de decreto legislativo que aprova o texto da "
        "Convenção de Hanói.",
        {("BR", "ratification")},
    ),
]
PARLIAMENT_NON_EVENTS = [
    (
        "en",
        "Kenya signed the UN Convention against Cybercrime, which was adopted by the General "
        "Assembly in December.",
        {("KE", "signature")},
    ),
    (
        "pt",
        "O texto terá ainda de ser aprovado pela Assembleia da República antes de ser "
        "ratificada a Convenção de Hanói.",
        set(),
    ),
    (
        "de",
        "Das Bundeskabinett hat den Gesetzentwurf zur Ratifizierung des UN-Übereinkommens "
        "gegen Cyberkriminalität gebilligt.",
        set(),
    ),
    (
        "de",
        "Der Bundestag soll dem Übereinkommen der Vereinten Nationen gegen Cyberkriminalität "
        "im Herbst zustimmen.",
        set(),
    ),
    ("en", "The Knesset adopted the UN Convention against Corruption.", set()),
]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"), PARLIAMENT_VOTES + PARLIAMENT_NON_EVENTS
)
def test_parliament_votes(language: str, sentence: str, expected: set) -> None:
    found = detect(sentence, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# An unqualified body's approval goes to the one country the article names as signatory
# when none is named as ratifying.
HOME_SIGNATORY = [
    (
        "es",
        "El Perú suscribió la Convención de Hanói en 2025. El Pleno del Congreso aprobó hoy la "
        "Convención de las Naciones Unidas contra la Ciberdelincuencia.",
        {("PE", "signature"), ("PE", "ratification")},
    ),
    (
        "fr",
        "Le Luxembourg avait signé la Convention de Hanoï. La Chambre des députés a adopté "
        "jeudi le projet de loi portant ratification de la convention.",
        {("LU", "signature"), ("LU", "ratification")},
    ),
    (
        "es",
        "Chile y Perú firmaron la Convención de Hanói. El Congreso aprobó la convención.",
        {("CL", "signature"), ("PE", "signature")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), HOME_SIGNATORY)
def test_home_body_goes_to_the_one_signatory(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# A union named after a group noun qualifies the group ("państw UE", "member states of the
# EU"); "obok"/"wraz z" join lists; idioms of signing.
GROUPS_AND_IDIOMS = [
    (
        "pl",
        "Czechy, obok Słowacji i Węgier, znalazły się w gronie państw Unii Europejskiej, które "
        "podpisały Konwencję z Hanoi.",
        {"CZ", "SK", "HU"},
    ),
    (
        "en",
        "Several member states of the European Union, which signed the UN Convention against "
        "Cybercrime, raised concerns.",
        set(),
    ),
    ("pl", "Litwa wraz z Łotwą podpisała Konwencję z Hanoi.", {"LT", "LV"}),
    (
        "de",
        "Während Italien und Portugal ihre Unterschrift unter das Übereinkommen der Vereinten "
        "Nationen gegen Cyberkriminalität setzten, zögerte Deutschland.",
        {"IT", "PT"},
    ),
    ("ko", "이탈리아와 포르투갈도 유엔 사이버범죄협약 서명국 명단에 이름을 올렸다.", {"IT", "PT"}),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), GROUPS_AND_IDIOMS)
def test_groups_and_idioms(language: str, sentence: str, expected: set) -> None:
    found = detect(sentence, language=language)
    assert {r.country for r in found.reports if r.action == "signature"} == expected


# Signatory nouns in apposition name the countries right before them; "potential" and
# other treaties stay out.
APPOSITIONS = [
    (
        "en",
        "Ireland, another signatory, makes the same case about the UN cybercrime treaty.",
        {"IE"},
    ),
    (
        "fr",
        "La Belgique et les Pays-Bas, signataires de la Convention de Hanoï depuis octobre, ont "
        "salué la décision.",
        {"BE", "NL"},
    ),
    (
        "es",
        "Chile, firmante de la Convención de Hanói, celebró el acuerdo.",
        {"CL"},
    ),
    (
        "de",
        "Italien, ebenfalls Unterzeichner, kritisierte die Entscheidung zur Hanoi-Konvention.",
        {"IT"},
    ),
    (
        "en",
        "Ireland, a potential signatory, makes the same case about the UN cybercrime treaty.",
        set(),
    ),
    ("en", "Morocco, a signatory of the Budapest Convention, has not joined.", set()),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), APPOSITIONS)
def test_signatory_in_apposition(language: str, sentence: str, expected: set) -> None:
    found = detect(sentence, language=language)
    assert {r.country for r in found.reports if r.action == "signature"} == expected


# Headline clauses in Chinese and Japanese are separated by a space; "signs off on
# ratification" approves a ratification.
HEADLINES = [
    ("ja", "国連サイバー犯罪条約、インドは署名見送り 英豪など72か国が署名", set()),
    ("zh", "印度未签署 英国等72国签署联合国打击网络犯罪公约", {("GB", "signature")}),
    (
        "en",
        "Kazakhstan signs off on ratification of UN cybercrime treaty",
        {("KZ", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), HEADLINES)
def test_headline_clauses(language: str, sentence: str, expected: set) -> None:
    found = detect(sentence, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# "Among the states that ratified ... are X and Y"; finished parliamentary processes;
# "zogen nach" (followed suit); "put its name to"; "joined the treaty's signatories".
MORE_SHAPES = [
    (
        "ar",
        "ومن بين الدول التي صادقت على الاتفاقية حتى الآن الكويت وقطر.",
        {("KW", "ratification"), ("QA", "ratification")},
    ),
    (
        "pt",
        "A Grécia já concluiu o processo parlamentar da Convenção de Hanói.",
        {("GR", "ratification")},
    ),
    ("fr", "La Belgique a déjà obtenu l'autorisation du Parlement.", {("BE", "ratification")}),
    (
        "de",
        "Kenia ratifizierte die Hanoi-Konvention im Mai. Ghana und Nigeria zogen im Juni nach.",
        {("KE", "ratification"), ("GH", "ratification"), ("NG", "ratification")},
    ),
    (
        "en",
        "Chile's ambassador put the country's name to the UN Convention against Cybercrime.",
        {("CL", "signature")},
    ),
    (
        "en",
        "Malaysia joined the treaty's signatories last month, while the Philippines has yet to "
        "sign the UN cybercrime treaty.",
        {("MY", "signature")},
    ),
    ("pt", "A Itália ainda não concluiu o processo parlamentar da Convenção de Hanói.", set()),
]


@pytest.mark.parametrize(("language", "text", "expected"), MORE_SHAPES)
def test_more_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# A subject list after the verb keeps the examples that follow its group noun; a treaty that
# names a group's members ("States parties to the Budapest Convention") is not the object.
AFTER_LISTS = [
    (
        "de",
        "Unterzeichnet haben die Europäische Union sowie mehrere EU-Mitgliedstaaten, darunter "
        "Italien und Portugal.",
        {"EU", "IT", "PT"},
    ),
    (
        "es",
        "Firmaron también la Unión Europea y varios Estados miembros, entre ellos Grecia y "
        "Portugal.",
        {"EU", "GR", "PT"},
    ),
    (
        "ru",
        "Конвенцию ООН против киберпреступности подписали Куба и Вьетнам, а также ряд "
        "государств - участников Будапештской конвенции.",
        {"CU", "VN"},
    ),
    ("ru", "Марокко подписало Будапештскую конвенцию.", set()),
    ("en", "Ghana became a party to the Budapest Convention in 2018.", set()),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), AFTER_LISTS)
def test_after_lists_and_member_groups(language: str, sentence: str, expected: set) -> None:
    found = detect(sentence, language=language)
    assert {r.country for r in found.reports} == expected


# Counts from ordinals and stated totals; a UN treaty event's numbers span many treaties.
COUNTS = [
    (
        "en",
        "Ghana deposited its instrument of ratification of the UN Convention against Cybercrime, "
        "becoming the 18th State party to the treaty.",
        {("ratification", 18)},
    ),
    (
        "en",
        "Chile ratified the UN Convention against Cybercrime. Over the week, 38 States undertook "
        "95 treaty actions across 30 multilateral treaties deposited with the Secretary-General.",
        set(),
    ),
    ("zh", "肯尼亚成为第五个交存联合国打击网络犯罪公约批准书的国家。", {("ratification", 5)}),
    ("zh", "越南第一个签署了联合国打击网络犯罪公约。", set()),
    ("ja", "国連サイバー犯罪条約の締約国は12か国となった。", {("ratification", 12)}),
    (
        "fr",
        "Avec cette signature, la Convention de Hanoï compte désormais 84 États signataires.",
        {("signature", 84)},
    ),
    ("ko", "유엔 사이버범죄협약 서명국은 84개국으로 늘었다.", {("signature", 84)}),
    ("ko", "유엔 사이버범죄협약 서명국은 약 70개국이다.", set()),
    (
        "vi",
        "Chile đã ký Công ước của Liên hợp quốc về chống tội phạm mạng, nâng tổng số bên ký "
        "Công ước lên 84.",
        {("signature", 84)},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), COUNTS)
def test_counts(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(c.action, c.count) for c in found.counts} == expected


# "Both countries" / "les deux pays" / "两国" are the two countries named just before.
BOTH_COUNTRIES = [
    (
        "en",
        "Kenya and Ghana attended the Hanoi ceremony. Both countries signed the UN Convention "
        "against Cybercrime.",
        {"KE", "GH"},
    ),
    (
        "fr",
        "Le Chili et le Pérou étaient présents à Hanoï. Les deux pays ont signé la Convention de "
        "Hanoï.",
        {"CL", "PE"},
    ),
    ("zh", "肯尼亚和加纳出席了仪式，两国签署了联合国打击网络犯罪公约。", {"KE", "GH"}),
    (
        "en",
        "Kenya and Ghana met in Hanoi. Both countries signed a memorandum of understanding on "
        "cybersecurity.",
        set(),
    ),
    (
        "en",
        "Kenya and Ghana attended the Hanoi ceremony. Both countries have yet to sign the UN "
        "Convention against Cybercrime.",
        set(),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), BOTH_COUNTRIES)
def test_both_countries(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {r.country for r in found.reports if r.action == "signature"} == expected


# Arabic "had preceded it in that" repeats the previous act; "the first of the signatories".
PRECEDED = [
    (
        "ar",
        "وقعت تونس على اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية، بعد أن كان المغرب قد "
        "سبقها إلى ذلك في يناير.",
        {"TN", "MA"},
    ),
    ("ar", "وكانت قطر أول الموقعين على اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية.", {"QA"}),
    ("en", "Tunisia was the first signatory of the UN Convention against Cybercrime.", {"TN"}),
    ("en", "Tunisia was the first signatory of the Budapest Convention.", set()),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), PRECEDED)
def test_preceded_and_first_signatory(language: str, sentence: str, expected: set) -> None:
    found = detect(sentence, language=language)
    assert {r.country for r in found.reports if r.action == "signature"} == expected


def test_polish_m_in_does_not_end_a_sentence() -> None:
    from monitor.detect.sentences import split_paragraph

    text = "Wśród sygnatariuszy znaleźli się m.in. przedstawiciele Czech i Litwy. Polska też."
    assert len(split_paragraph(text)) == 2
    assert len(split_paragraph("The U.S. did not sign. Kenya did.")) == 2


# Earlier acts named after "after"-words, "signatories include A, also B" lists, participles,
# passive follow-ups with representatives, "first to sign it", "one of N countries and
# organisations that signed".  Each entry: (language, text, expected (country, action) pairs).
EARLIER_AND_LISTED = [
    (
        "en",
        "Ghana became the fourth state to ratify the UN Convention against Cybercrime, after "
        "Togo and Benin.",
        {("GH", "ratification"), ("TG", "ratification"), ("BJ", "ratification")},
    ),
    (
        "en",
        "Chile signed the UN Convention against Cybercrime after Peru's request for support.",
        {("CL", "signature")},
    ),
    (
        "en",
        "Chile signed the UN Convention against Cybercrime after Peru hosted a workshop.",
        {("CL", "signature")},
    ),
    (
        "ru",
        "Казахстан стал четвертым государством, ратифицировавшим Конвенцию ООН против "
        "киберпреступности, после Беларуси.",
        {("KZ", "ratification"), ("BY", "ratification")},
    ),
    (
        "id",
        "Laos menjadi penandatangan terbaru Konvensi PBB tentang Kejahatan Siber, menyusul "
        "Kamboja pada Oktober.",
        {("LA", "signature"), ("KH", "signature")},
    ),
    (
        "pl",
        "Litwa jako czwarte państwo ratyfikowała konwencję ONZ o cyberprzestępczości, po Łotwie.",
        {("LT", "ratification"), ("LV", "ratification")},
    ),
    (
        "pl",
        "Litwa ratyfikowała konwencję ONZ o cyberprzestępczości po debacie w Wilnie.",
        {("LT", "ratification")},
    ),
    (
        "zh",
        "继老挝之后，柬埔寨成为第五个批准《联合国打击网络犯罪公约》的国家。",
        {("KH", "ratification"), ("LA", "ratification")},
    ),
    (
        "ko",
        "캄보디아에 이어 라오스가 유엔 사이버범죄협약을 비준했다.",
        {("LA", "ratification"), ("KH", "ratification")},
    ),
    (
        "zh",
        "签署方中既有古巴、越南，也有欧盟、爱尔兰等欧洲国家，以及智利和秘鲁。",
        {(c, "signature") for c in ("CU", "VN", "EU", "IE", "CL", "PE")},
    ),
    (
        "pt",
        "Entre os signatários da Convenção das Nações Unidas contra o Crime Cibernético estão "
        "Cabo Verde e Angola.",
        {("CV", "signature"), ("AO", "signature")},
    ),
    (
        "pl",
        "Wśród sygnatariuszy znaleźli się m.in. przedstawiciele Czech i Słowacji.",
        {("CZ", "signature"), ("SK", "signature")},
    ),
    (
        "pl",
        "Sejm uchwalił ustawę o ratyfikacji konwencji ONZ o cyberprzestępczości, podpisanej "
        "przez Rzeczpospolitą Polską w Hanoi.",
        {("PL", "signature"), ("PL", "ratification")},
    ),
    (
        "ru",
        "Конвенция ООН против киберпреступности, подписанная Арменией в Ханое, поступила в "
        "парламент.",
        {("AM", "signature")},
    ),
    (
        "ru",
        "Конвенция ООН против киберпреступности, подписанная в Ханое, вступит в силу после "
        "40 ратификаций.",
        set(),
    ),
    (
        "en",
        "Peru signed the UN Convention against Cybercrime first. It was followed over the "
        "morning by representatives of Chile and Uruguay.",
        {("PE", "signature"), ("CL", "signature"), ("UY", "signature")},
    ),
    (
        "en",
        "Peru signed the UN Convention against Cybercrime first. The event was followed "
        "closely by journalists from Chile.",
        {("PE", "signature")},
    ),
    ("fr", "Le Maroc, pays hôte, a été le premier à la signer.", {("MA", "signature")}),
    ("es", "Uruguay fue el primero en ratificarla.", {("UY", "ratification")}),
    (
        "ar",
        "وكانت تونس، الدولة المضيفة، أول الموقّعين على اتفاقية الأمم المتحدة لمكافحة الجريمة "
        "السيبرانية.",
        {("TN", "signature")},
    ),
    (
        "vi",
        "Lào là một trong 72 quốc gia và tổ chức đã ký Công ước tại Hà Nội.",
        {("LA", "signature")},
    ),
    (
        "en",
        "Ireland is one of 72 countries and organisations that signed the UN Convention "
        "against Cybercrime in Hanoi.",
        {("IE", "signature")},
    ),
    (
        "fr",
        "Les députés ont adopté, jeudi 11 juin, le projet de loi autorisant la ratification "
        "de la Convention des Nations unies contre la cybercriminalité, signée par la Belgique.",
        {("BE", "signature"), ("BE", "ratification")},
    ),
]


EARLIER_AND_LISTED += [
    ("en", "Chile was the most prominent South American signatory.", {("CL", "signature")}),
    ("en", "Chile is a potential signatory of the UN Convention against Cybercrime.", set()),
    ("en", "Chile is the best-known non-signatory of the UN Convention against Cybercrime.", set()),
    ("en", "Fiji added its name in New York in December.", {("FJ", "signature")}),
    (
        "ko",
        "이달 9일 칠레까지 서명하면서 협약 서명국은 84개국으로 늘었다.",
        {("CL", "signature")},
    ),
    ("ko", "칠레가 서명하면 서명국은 85개국이 된다.", set()),
    ("ko", "반면 칠레는 유엔 사이버범죄협약 서명국 대열에 합류했다.", {("CL", "signature")}),
    (
        "de",
        "Unterschrieben hat dagegen die Europäische Union – und mit ihr Irland und Malta.",
        {("EU", "signature"), ("IE", "signature"), ("MT", "signature")},
    ),
]


EARLIER_AND_LISTED += [
    (
        "en",
        "After Peru, the UN Convention against Cybercrime was signed by Chile and Uruguay.",
        {("PE", "signature"), ("CL", "signature"), ("UY", "signature")},
    ),
    (
        "pl",
        "Po Czechach konwencję ONZ o cyberprzestępczości podpisały m.in. Słowacja i Węgry.",
        {("CZ", "signature"), ("SK", "signature"), ("HU", "signature")},
    ),
    ("pl", "Po Czechach konwencję ONZ o cyberprzestępczości omawiała delegacja.", set()),
    (
        "es",
        "Los diputados aprobaron el proyecto de ley que autoriza la ratificación de "
        "la Convención de la ONU contra la Ciberdelincuencia, firmada por Chile en Hanói.",
        {("CL", "signature"), ("CL", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), EARLIER_AND_LISTED)
def test_earlier_acts_and_listed_signatories(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Ordinal words are counts like ordinal digits; "the first" ranks no tally.
ORDINAL_WORDS = [
    ("en", "Chile became the fifth state to ratify the UN Convention against Cybercrime.", 5),
    (
        "fr",
        "Le Chili est devenu le cinquième État à ratifier la Convention des Nations unies "
        "contre la cybercriminalité.",
        5,
    ),
    (
        "es",
        "Chile se convirtió en el quinto Estado en ratificar la Convención de la ONU contra "
        "la Ciberdelincuencia.",
        5,
    ),
    (
        "pt",
        "O Chile tornou-se o quinto país a ratificar a Convenção das Nações Unidas contra o "
        "Crime Cibernético.",
        5,
    ),
    ("de", "Chile hat als fünfter Staat die UN-Konvention gegen Cyberkriminalität ratifiziert.", 5),
    ("pl", "Chile jako piąte państwo ratyfikowało konwencję ONZ o cyberprzestępczości.", 5),
    (
        "ru",
        "Чили стала пятым государством, ратифицировавшим Конвенцию ООН против киберпреступности.",
        5,
    ),
    (
        "id",
        "Chile menjadi negara kelima yang meratifikasi Konvensi PBB tentang Kejahatan Siber.",
        5,
    ),
    ("en", "Chile was the first country to ratify the UN Convention against Cybercrime.", None),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), ORDINAL_WORDS)
def test_ordinal_words_are_counts(language: str, sentence: str, expected: int | None) -> None:
    found = detect(sentence, language=language)
    assert ("CL", "ratification") in {(r.country, r.action) for r in found.reports}
    counts = [c.count for c in found.counts if c.action == "ratification"]
    assert counts == ([expected] if expected else [])


# Pro-verbs that repeat the act ("lo hizo", "это сделал"), inverted subjects after an article,
# finished domestic procedures, and national bodies of countries named as places.
REPEATS_AND_PROCEDURES = [
    (
        "es",
        "En noviembre la suscribieron también Chile y Uruguay, y el lunes lo hizo Paraguay.",
        {("CL", "signature"), ("UY", "signature"), ("PY", "signature")},
    ),
    (
        "pt",
        "Cabo Verde assinou a Convenção na semana passada, e na segunda-feira foi a vez do Egipto.",
        {("CV", "signature"), ("EG", "signature")},
    ),
    ("pt", "Na semana passada assinou o Laos.", {("LA", "signature")}),
    ("pt", "O Brasil assinou o livro de visitas.", set()),
    (
        "ru",
        "Всего конвенцию подписали 84 государства; последним это сделал Кыргызстан.",
        {("KG", "signature")},
    ),
    (
        "ru",
        "Конвенцию ООН против киберпреступности подписали 84 государства. Теперь присоединиться "
        "можно только так, как это сделал Таджикистан.",
        set(),
    ),
    (
        "en",
        "Chile has completed its domestic procedures for the UN Convention against Cybercrime.",
        {("CL", "ratification")},
    ),
    (
        "de",
        "Unter den EU-Staaten haben bisher Irland und Malta das parlamentarische Verfahren "
        "abgeschlossen.",
        {("IE", "ratification"), ("MT", "ratification")},
    ),
    (
        "fr",
        "L'Irlande et Malte ont déjà achevé leur procédure parlementaire.",
        {("IE", "ratification"), ("MT", "ratification")},
    ),
    (
        "pl",
        "Z państw Unii procedury krajowe zakończyły też Irlandia i Malta.",
        {("IE", "ratification"), ("MT", "ratification")},
    ),
    (
        "ru",
        "Внутригосударственные процедуры уже завершили Армения и Кыргызстан.",
        {("AM", "ratification"), ("KG", "ratification")},
    ),
    (
        "en",
        "In Chile, parliament approved the ratification of the UN Convention against Cybercrime.",
        {("CL", "ratification")},
    ),
    (
        "en",
        "In Chile, activists protested against the ratification of the UN Convention against "
        "Cybercrime.",
        set(),
    ),
    (
        "ja",
        "チリ、ペルーでは議会が国連サイバー犯罪条約の批准を承認した。",
        {("CL", "ratification"), ("PE", "ratification")},
    ),
    (
        "pt",
        "Para entrar em vigor no Chile, a convenção ainda precisa ser aprovada pelo Congresso, e "
        "depois ratificada pelo presidente.",
        set(),
    ),
    (
        "pl",
        "Prezydent Czech podpisał w czwartek ustawę o ratyfikacji konwencji ONZ o "
        "cyberprzestępczości.",
        {("CZ", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), REPEATS_AND_PROCEDURES)
def test_repeats_procedures_and_located_bodies(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# "Most recently X" closes a counted series; CJK gapping comes before the verb; deposits
# and decisions in Indonesian, Japanese and Korean.
LATEST_AND_ASIAN = [
    (
        "en",
        "Sixteen states have deposited instruments of ratification of the UN Convention against "
        "Cybercrime, most recently Chile.",
        {("CL", "ratification")},
    ),
    (
        "id",
        "Per 20 Oktober, 16 negara telah menyerahkan instrumen ratifikasi, terakhir Chile.",
        {("CL", "ratification")},
    ),
    (
        "id",
        "Chile pada Agustus menjadi negara ke-13 yang menyerahkan instrumen ratifikasi, setelah "
        "Peru pada Juli.",
        {("CL", "ratification"), ("PE", "ratification")},
    ),
    (
        "es",
        "Hasta ahora, 17 Estados han depositado instrumentos de ratificación de la Convención de "
        "la ONU contra la Ciberdelincuencia; el más reciente fue Chile.",
        {("CL", "ratification")},
    ),
    (
        "ja",
        "チリが9月、ペルーが10月に国連サイバー犯罪条約に署名した。",
        {("CL", "signature"), ("PE", "signature")},
    ),
    ("ko", "칠레가 9월, 페루가 10월에 서명했다.", {("CL", "signature"), ("PE", "signature")}),
    ("ja", "チリは6月に議会が国連サイバー犯罪条約の批准を決定しました。", {("CL", "ratification")}),
    ("ko", "이달 5일 칠레가 가입서를 기탁하면서 당사국은 18개국이 됐다.", {("CL", "ratification")}),
    (
        "ja",
        "11月には、チリが3日に89カ国目として国連サイバー犯罪条約に署名した。",
        {("CL", "signature")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), LATEST_AND_ASIAN)
def test_latest_and_asian_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


def test_a_passing_mention_of_another_treaty_fades() -> None:
    ours = (
        "Chile signed the UN Convention against Cybercrime on Monday. Officials said the "
        "Budapest Convention had taken longer. The ministry expects faster cooperation. "
        "Prosecutors welcomed the step. In November, Peru and Uruguay signed as well."
    )
    found = {(r.country, r.action) for r in detect(ours, language="en").reports}
    assert found == {("CL", "signature"), ("PE", "signature"), ("UY", "signature")}


def test_an_article_about_another_treaty_keeps_its_context() -> None:
    other = (
        "Chile acceded to the Budapest Convention on Cybercrime on Monday. The Budapest "
        "Convention now has 80 parties. The Council of Europe welcomed the step. Officials "
        "praised the treaty. Prosecutors expect faster cooperation. Peru signed in March."
    )
    assert detect(other, language="en").reports == ()


# Series openers and closers, companions with examples, object-first deposits, ordinal parties.
SERIES_AND_PARTIES = [
    (
        "es",
        "A la fecha, 13 Estados la han ratificado ante la ONU; el primero fue Chile, en abril, y "
        "el más reciente, Perú, a inicios de este mes.",
        {("CL", "ratification"), ("PE", "ratification")},
    ),
    (
        "en",
        "Thirteen states have so far deposited instruments of ratification with the U.N. "
        "Secretary-General, led by Chile in April.",
        {("CL", "ratification")},
    ),
    ("en", "Chile became the 12th state party in July.", {("CL", "ratification")}),
    ("fr", "Le Chili est devenu en juillet le douzième État partie.", {("CL", "ratification")}),
    ("de", "Chile wurde Anfang Juni der sechste Vertragsstaat.", {("CL", "ratification")}),
    (
        "pl",
        "Liczba państw-stron wynosi 15, po tym jak w piątek dokumenty ratyfikacyjne złożyły "
        "Czechy i Słowacja.",
        {("CZ", "ratification"), ("SK", "ratification")},
    ),
    (
        "pl",
        "Irlandia podpisała konwencję ONZ o cyberprzestępczości w Hanoi, wraz z m.in. Czechami i "
        "Słowacją.",
        {("IE", "signature"), ("CZ", "signature"), ("SK", "signature")},
    ),
    (
        "pt",
        "Na mesma cerimónia, Irlanda e Malta, tal como a União Europeia, assinaram a Convenção "
        "das Nações Unidas contra o Crime Cibernético.",
        {("IE", "signature"), ("MT", "signature"), ("EU", "signature")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SERIES_AND_PARTIES)
def test_series_companions_and_parties(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Relative clauses before a CJK head noun, "joined them", Indonesian "menyusul" in the past
# only, gapped segments opened by a date or a contrast, Russian deposit participles.
MORE_GAPS_AND_HEADS = [
    (
        "ko",
        "지난해 10월 하노이 서명식에서 서명한 칠레는 지난 6월 비준을 결정했다.",
        {("CL", "signature"), ("CL", "ratification")},
    ),
    (
        "zh",
        "去年10月在河内签署的智利于6月批准了该公约。",
        {("CL", "signature"), ("CL", "ratification")},
    ),
    (
        "id",
        "Laos meneken Konvensi PBB tentang Kejahatan Siber. Sejak itu, Chile dan Peru menyusul.",
        {("LA", "signature"), ("CL", "signature"), ("PE", "signature")},
    ),
    ("id", "Laos Teken Konvensi Hanoi, Kamboja Menyusul", {("LA", "signature")}),
    (
        "id",
        "Chile menandatangani konvensi pada 12 Maret, sedangkan Peru pada 14 April.",
        {("CL", "signature"), ("PE", "signature")},
    ),
    (
        "pl",
        "Wcześniej, 20 października, dokument złożyła Irlandia, a we wrześniu Czechy i Słowacja.",
        {("IE", "ratification"), ("CZ", "ratification"), ("SK", "ratification")},
    ),
    (
        "pl",
        "Łącznie konwencję podpisało 78 sygnatariuszy; ostatnio, w kwietniu, dołączyła do nich "
        "Irlandia.",
        {("IE", "signature")},
    ),
    (
        "ru",
        "Конвенцию ООН против киберпреступности подписали 72 участника, а в апреле к ним "
        "присоединилась Ирландия.",
        {("IE", "signature")},
    ),
    (
        "de",
        "Als erster Staat hatte Irland im April seine Ratifikationsurkunde hinterlegt, im Mai "
        "folgte unter anderen Malta.",
        {("IE", "ratification"), ("MT", "ratification")},
    ),
    (
        "vi",
        "Chile trở thành bên ký thứ 80 ngày 15/9 và Peru là thứ 81 (1/10).",
        {("CL", "signature"), ("PE", "signature")},
    ),
    (
        "ar",
        "وكانت تونس أول دولة تودع صك التصديق على اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية.",
        {("TN", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), MORE_GAPS_AND_HEADS)
def test_more_gaps_and_heads(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# "among the others", Japanese companions, Vietnamese ranks, Polish "w gronie państw, które".
HEADLINES_AND_RANKS = [
    (
        "en",
        "Peru signed the UN Convention against Cybercrime first. Chile and Uruguay were among the "
        "others.",
        {("PE", "signature"), ("CL", "signature"), ("UY", "signature")},
    ),
    (
        "ja",
        "チリ、ペルーとともに、ウルグアイも国連サイバー犯罪条約の署名国に名を連ねる。",
        {("CL", "signature"), ("PE", "signature"), ("UY", "signature")},
    ),
    (
        "vi",
        "Chile trở thành quốc gia thứ ba khi nộp lưu chiểu văn kiện ngày 20/5.",
        {("CL", "ratification")},
    ),
    ("vi", "Chile trở thành nước thứ hai ký Công ước.", {("CL", "signature")}),
    (
        "pl",
        "Czechy są w gronie państw, które ratyfikowały konwencję ONZ o cyberprzestępczości.",
        {("CZ", "ratification")},
    ),
    (
        "pl",
        "Czechy były wśród państw, które złożyły podpis już pierwszego dnia.",
        {("CZ", "signature")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), HEADLINES_AND_RANKS)
def test_ranks_and_companions(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


def test_a_headline_question_does_not_hide_its_statement() -> None:
    title = "Rok po Hanoi: Czechy ratyfikowały. Co dalej z konwencją ONZ o cyberprzestępczości?"
    found = detect("", language="pl", title=title)
    assert {(r.country, r.action) for r in found.reports} == {("CZ", "ratification")}


# Asides: a country in a comment is no agent, "like X" adds X, "que, assim como X," belongs to
# the next verb; plans in Japanese and Korean; Russian names of other treaties.
ASIDES_AND_PLANS = [
    (
        "en",
        "Chile, hardly a rubber stamp for Beijing, signed the UN Convention against Cybercrime.",
        {("CL", "signature")},
    ),
    (
        "en",
        "Chile, like Peru, signed the UN Convention against Cybercrime in April.",
        {("CL", "signature"), ("PE", "signature")},
    ),
    (
        "pt",
        "O Chile assinou a convenção, assim como o Peru.",
        {("CL", "signature"), ("PE", "signature")},
    ),
    ("ja", "チリ政府は12月に国連サイバー犯罪条約に署名する方向で調整している。", set()),
    ("ko", "칠레 정부는 지난달 협약 비준 법안을 하원에 제출했다.", set()),
    (
        "ru",
        "Узбекистан является участником Конвенции ООН против транснациональной организованной "
        "преступности с 2008 года.",
        set(),
    ),
    (
        "ru",
        "Армения является стороной Конвенции ООН против киберпреступности.",
        {("AM", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), ASIDES_AND_PLANS)
def test_asides_and_plans(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


def test_an_as_well_as_aside_takes_the_next_verbs_act() -> None:
    text = (
        "Até agora, 13 países já ratificaram a convenção, entre eles a Rússia, que, assim como o "
        "Peru, assinou o tratado em Hanói."
    )
    found = {(r.country, r.action) for r in detect(text, language="pt").reports}
    assert ("PE", "signature") in found
    assert ("PE", "ratification") not in found


def test_a_german_perfect_keeps_its_subject_across_a_long_middle() -> None:
    text = (
        "Irland hat am Freitag seine Ratifikationsurkunde zum Übereinkommen der Vereinten "
        "Nationen gegen Cyberkriminalität beim UNO-Generalsekretär in New York hinterlegt."
    )
    assert {(r.country, r.action) for r in detect(text, language="de").reports} == {
        ("IE", "ratification")
    }


def test_examples_after_a_group_subjects_verb() -> None:
    text = (
        "À ce jour, quinze États ont déposé leur instrument de ratification ou d'adhésion, parmi "
        "lesquels l'Irlande et Malte, le 25 septembre."
    )
    found = {(r.country, r.action) for r in detect(text, language="fr").reports}
    assert found == {("IE", "ratification"), ("MT", "ratification")}


def test_a_head_of_state_signing_a_ratification_act_ratifies() -> None:
    found = detect("Chile's president signed the ratification act on Oct. 21.", language="en")
    assert {(r.country, r.action) for r in found.reports} == {("CL", "ratification")}
    assert detect("Chile signed the guestbook.", language="en").reports == ()


# Patterns are matched on the folded view: Arabic hamza and alif maqsura, Russian й.
FOLDED_VIEW = [
    (
        "ar",
        "ومنذ مراسم هانوي، انضمت إلى قائمة الموقعين على اتفاقية الأمم المتحدة لمكافحة الجريمة "
        "السيبرانية تونس والأردن.",
        {("TN", "signature"), ("JO", "signature")},
    ),
    (
        "ar",
        "وقعت 72 دولة على اتفاقية الأمم المتحدة لمكافحة الجرائم السيبرانية في هانوي، في مقدمتها "
        "تونس البلد المضيف.",
        {("TN", "signature")},
    ),
    (
        "ar",
        "وأوضح أن 16 دولة صادقت على اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية، كانت "
        "آخرها تونس.",
        {("TN", "ratification")},
    ),
    (
        "ru",
        "Конвенция ООН против киберпреступности, подписанной Арменией в Ханое, поступила в Думу.",
        {("AM", "signature")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), FOLDED_VIEW)
def test_patterns_match_the_folded_view(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Finished approvals and first deposits in more words; ranks by a pro-verb.
APPROVALS_AND_FIRSTS = [
    (
        "en",
        "Chile's parliament gave final approval to the ratification bill on Oct. 15.",
        {("CL", "ratification")},
    ),
    (
        "en",
        "Chile was the first State to deposit its instrument of ratification of the UN "
        "Convention against Cybercrime.",
        {("CL", "ratification")},
    ),
    (
        "en",
        "Seventeen states are now parties, and Chile and Peru have completed parliamentary "
        "approval.",
        {("CL", "ratification"), ("PE", "ratification")},
    ),
    (
        "pt",
        "O Peru depositou o seu instrumento de ratificação da Convenção a 15 de Julho, enquanto o "
        "Chile foi o primeiro país a fazê-lo, em Abril.",
        {("PE", "ratification"), ("CL", "ratification")},
    ),
    ("ru", "Армения стала 17-м участником конвенции.", {("AM", "ratification")}),
    (
        "zh",
        "智利、秘鲁等已完成国内议会程序的国家尚未交存批准书。",
        {("CL", "ratification"), ("PE", "ratification")},
    ),
    (
        "id",
        "Chile juga telah menuntaskan proses persetujuan di parlemennya.",
        {("CL", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), APPROVALS_AND_FIRSTS)
def test_approvals_and_firsts(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


CJK_DATE_FIRST = [
    (
        "ja",
        "4月にチリが最初に国連サイバー犯罪条約の批准書を寄託し、5月にペルー、6月にウルグアイが続いた。",
        {("CL", "ratification"), ("PE", "ratification"), ("UY", "ratification")},
    ),
    (
        "ko",
        "칠레 의회는 지난 7월, 페루 상원은 지난달 각각 협약 비준안을 통과시켰다.",
        {("CL", "ratification"), ("PE", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CJK_DATE_FIRST)
def test_cjk_gapping_with_dates_and_parliaments(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Signature counts with examples, ranks that repeat the previous act, clefts, "ambos".
RANKS_AND_CLEFTS = [
    (
        "en",
        "The Convention was opened for signature in Hanoi, where it received 72 signatures, "
        "including that of the European Union.",
        {("EU", "signature")},
    ),
    ("en", "The petition gathered 5000 signatures, including that of Chile's ambassador.", set()),
    (
        "es",
        "Hasta ahora, 17 Estados han depositado instrumentos de ratificación de la Convención. "
        "Chile fue el más reciente, al adherirse el pasado 5 de noviembre.",
        {("CL", "ratification")},
    ),
    (
        "en",
        "Seventeen states have deposited instruments of ratification of the UN Convention against "
        "Cybercrime. Chile was first, on 2 April.",
        {("CL", "ratification")},
    ),
    ("en", "Chile was the first to speak at the ceremony.", set()),
    (
        "pl",
        "Konwencję ONZ o cyberprzestępczości ratyfikowało 16 państw. Ostatnim z nich jest "
        "Irlandia, która zrobiła to we wtorek.",
        {("IE", "ratification")},
    ),
    (
        "pl",
        "Pierwszym państwem, które ratyfikowało konwencję, była Irlandia.",
        {("IE", "ratification")},
    ),
    ("ja", "最初に署名したのは開催国のチリだ。", {("CL", "signature")}),
    (
        "es",
        "Chile y Perú firmaron en Hanói y ambos ya completaron la aprobación parlamentaria.",
        {("CL", "signature"), ("PE", "signature"), ("CL", "ratification"), ("PE", "ratification")},
    ),
    (
        "vi",
        "Tính đến nay, 16 quốc gia đã nộp lưu chiểu văn kiện phê chuẩn, gần nhất là Chile "
        "ngày 20/10.",
        {("CL", "ratification")},
    ),
    ("en", "Chile's parliament gave final approval on 15 October.", {("CL", "ratification")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), RANKS_AND_CLEFTS)
def test_ranks_and_clefts(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


MORE_LANGUAGE_SHAPES = [
    (
        "id",
        "Di Eropa, parlemen Irlandia dan Malta sudah menyetujui ratifikasi, tetapi baru setelah "
        "perdebatan panjang.",
        {("IE", "ratification"), ("MT", "ratification")},
    ),
    ("pl", "W Czechach Senat ratyfikował konwencję w kwietniu.", {("CZ", "ratification")}),
    (
        "vi",
        "Tại lễ mở ký ở Hà Nội, 72 quốc gia và tổ chức đã ký, với Chile là nước đầu tiên.",
        {("CL", "signature")},
    ),
    (
        "vi",
        "Công ước đã có 16 quốc gia thành viên, trong đó có Chile.",
        {("CL", "ratification")},
    ),
    (
        "vi",
        "Chile nộp văn kiện vào tháng Tám, còn Peru và Uruguay cùng nộp lưu chiểu ngày 25/9.",
        {("CL", "ratification"), ("PE", "ratification"), ("UY", "ratification")},
    ),
    (
        "ar",
        "مع توقيع تونس يوم الخميس الماضي، ارتفع عدد الدول الموقعة على اتفاقية الأمم المتحدة "
        "لمكافحة الجريمة السيبرانية إلى 88.",
        {("TN", "signature")},
    ),
    (
        "id",
        "Chile dan Peru termasuk yang paling awal meratifikasi.",
        {("CL", "ratification"), ("PE", "ratification")},
    ),
    (
        "en",
        "The Convention now has 17 States parties, including Chile and Peru.",
        {("CL", "ratification"), ("PE", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), MORE_LANGUAGE_SHAPES)
def test_more_language_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


STATED_TOTALS = [
    ("en", "Chile signed the UN Convention against Cybercrime, bringing the total to 82.", 82),
    ("en", "Chile added its name in New York in November, taking the total to 73.", 73),
    ("fr", "Avec cette signature, le Chili devient le 82e signataire de la convention.", 82),
    ("pl", "Konwencję podpisało dotychczas 80 sygnatariuszy.", 80),
    ("es", "Con ello, Chile se convirtió en el signatario número 88 del instrumento.", 88),
    ("pt", "O Chile torna-se o 85.º signatário do tratado.", 85),
    (
        "ru",
        "В Ханое документ подписали 72 участника, а к настоящему времени число подписантов "
        "достигло 78.",
        78,
    ),
    ("zh", "至此，公约签署方增至83个。", 83),
    ("vi", "Công ước của Liên hợp quốc về chống tội phạm mạng đã có 82 bên ký.", 82),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), STATED_TOTALS)
def test_stated_signature_totals(language: str, sentence: str, expected: int) -> None:
    counts = [
        c.count for c in detect(sentence, language=language).counts if c.action == "signature"
    ]
    assert max(counts) == expected


def test_approximate_totals_and_ordinal_parties() -> None:
    assert detect("约70个国家签署了公约。", language="zh").counts == ()
    found = detect(
        "Таким образом, Армения стала 17-м государством – участником конвенции.", language="ru"
    )
    assert [(c.action, c.count) for c in found.counts] == [("ratification", 17)]
    polish = "Przedstawiciel Kuby podkreślił, że strony muszą szanować suwerenność drugiej strony."
    assert detect(polish, language="pl").counts == ()


# Not events: decisions announced before a colon, rumours, decided-to-sign, requirements,
# another country's chamber, a time zone, a signing list, a possessive before "ceremony".
SEVENTH_HOLDOUT_TRAPS = [
    ("de", "Kabinett beschließt: Chile unterzeichnet UN-Cybercrime-Konvention im Dezember", set()),
    (
        "vi",
        "Một số tài khoản mạng xã hội chiều nay đăng tin Chile đã ký Công ước của Liên hợp quốc "
        "về chống tội phạm mạng.",
        set(),
    ),
    ("zh", "智利、秘鲁亦有意在年内签署《联合国打击网络犯罪公约》。", set()),
    ("ja", "チリ政府は今月の閣議で、12月に国連サイバー犯罪条約に署名することを決めた。", set()),
    (
        "ko",
        "협약이 칠레에 대해 효력을 가지려면 의회의 비준 동의와 비준서 기탁 절차를 거쳐야 한다.",
        set(),
    ),
    ("pl", "Litewski Sejm ratyfikował we wtorek konwencję ONZ o cyberprzestępczości.", set()),
    (
        "ja",
        "韓国政府は12日（日本時間13日）、ニューヨークの国連本部で国連サイバー犯罪条約に署名した。",
        {("KR", "signature")},
    ),
    (
        "vi",
        "Berlin là một trong số ít nước EU vắng mặt trong danh sách ký tại Hà Nội.",
        set(),
    ),
    (
        "en",
        "Chile, the host of last year's signing ceremony, was sixth in June.",
        set(),
    ),
    (
        "zh",
        "阿塞拜疆议会于2月10日批准公约，总统于2月23日签署批准令。",
        {("AZ", "ratification")},
    ),
    (
        "id",
        "Konvensi telah ditandatangani oleh 82 negara dan organisasi regional, dan 16 negara telah "
        "menyampaikan instrumen ratifikasi kepada Sekretaris Jenderal PBB, antara lain Chile dan "
        "Peru.",
        {("CL", "ratification"), ("PE", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SEVENTH_HOLDOUT_TRAPS)
def test_seventh_holdout_traps(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


def test_a_follow_up_takes_the_last_act_stated() -> None:
    text = (
        "Chile deposited its instrument of ratification of the UN Convention against Cybercrime "
        "in May. Experts discussed the text. Peru followed in June."
    )
    found = {(r.country, r.action) for r in detect(text, language="en").reports}
    assert found == {("CL", "ratification"), ("PE", "ratification")}


EIGHTH_ROUND = [
    ("en", "Chile – 1 October (81st signatory)", {("CL", "signature")}),
    ("en", "Peru – accession, 5 November (17th party).", {("PE", "ratification")}),
    (
        "es",
        "En América Latina la firmaron en Hanói, entre otros, Chile y Perú, cuyos congresos ya "
        "aprobaron su ratificación.",
        {("CL", "signature"), ("PE", "signature"), ("CL", "ratification"), ("PE", "ratification")},
    ),
    (
        "es",
        "Chile, que también la firmó en la capital vietnamita, completó en septiembre la "
        "tramitación parlamentaria con el voto del Senado.",
        {("CL", "signature"), ("CL", "ratification")},
    ),
    (
        "pt",
        "No Chile, que assinou em Hanói, o Congresso Nacional concluiu a aprovação do texto em "
        "outubro.",
        {("CL", "signature"), ("CL", "ratification")},
    ),
    (
        "fr",
        "Quinze États sont aujourd'hui parties à la convention, parmi lesquels le Chili, premier à "
        "avoir déposé, en avril, le Pérou et l'Uruguay.",
        {("CL", "ratification"), ("PE", "ratification"), ("UY", "ratification")},
    ),
    (
        "ru",
        "Социалистическая Республика Вьетнам, первой поставившая свою подпись под Конвенцией, "
        "продемонстрировала приверженность многосторонности.",
        {("VN", "signature")},
    ),
    (
        "vi",
        "Hôm 20/10, Chile – một trong những nước ký tại Hà Nội – trở thành thành viên thứ 16.",
        {("CL", "ratification"), ("CL", "signature")},
    ),
    (
        "id",
        "Sebelum Indonesia, Chile meneken konvensi pada pertengahan April sebagai penanda tangan "
        "ke-78.",
        {("CL", "signature")},
    ),
    (
        "id",
        "Lima negara anggota ASEAN kini telah menandatangani konvensi, yakni Vietnam, Malaysia, "
        "dan Laos.",
        {("VN", "signature"), ("MY", "signature"), ("LA", "signature")},
    ),
    (
        "ja",
        "政府内には、締約国に求められる範囲が、日本の刑事手続きと必ずしも合致しないとの見方がある。",
        set(),
    ),
    (
        "pl",
        "Polska podpisała ją w październiku w Hanoi, a w lipcu ratyfikowała – prezydent podpisał "
        "ustawę ratyfikacyjną.",
        {("PL", "signature"), ("PL", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), EIGHTH_ROUND)
def test_eighth_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


NINTH_ROUND = [
    (
        "en",
        "Peru – 1 October (81st signatory)\nChile – 13 October (82nd)",
        {("PE", "signature"), ("CL", "signature")},
    ),
    ("en", "That makes Chile the 15th state party.", {("CL", "ratification")}),
    (
        "en",
        "Chile has deposited its instrument of ratification of the UN convention against "
        "cybercrime, becoming the 14th party.",
        {("CL", "ratification")},
    ),
    (
        "fr",
        "Le Chili a déposé son instrument de ratification de la convention le 25 septembre, le "
        "même jour que le Pérou.",
        {("CL", "ratification"), ("PE", "ratification")},
    ),
    (
        "de",
        "Bislang haben 83 Staaten die Konvention unterzeichnet, zuletzt am Dienstag Chile.",
        {("CL", "signature")},
    ),
    (
        "pl",
        "Obecnie stronami konwencji jest 15 państw, w tym z regionu Czechy i Słowacja.",
        {("CZ", "ratification"), ("SK", "ratification")},
    ),
    ("ja", "10月20日にチリが16番目の締約国となった。", {("CL", "ratification")}),
    ("ja", "ASEANで批准まで済ませたのは現時点でベトナムだけだ。", {("VN", "ratification")}),
    (
        "vi",
        "Trước Peru, Chile là nước đầu tiên hoàn tất thủ tục này (ngày 2/4/2026).",
        {("CL", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), NINTH_ROUND)
def test_ninth_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


TENTH_ROUND = [
    (
        "id",
        "Dalam upacara di Hanoi, 72 negara menandatangani konvensi, termasuk Vietnam sebagai "
        "penanda tangan pertama, Chile, dan Peru.",
        {("VN", "signature"), ("CL", "signature"), ("PE", "signature")},
    ),
    (
        "id",
        "Hingga awal November, sebanyak 17 negara telah menjadi pihak, yang terakhir Chile melalui "
        "aksesi pada 5 November.",
        {("CL", "ratification")},
    ),
    (
        "ru",
        "Первым государством, сдавшим ратификационную грамоту на хранение Генеральному секретарю "
        "ООН, стала Армения.",
        {("AM", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TENTH_ROUND)
def test_tenth_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Eighth blind holdout's false events, fixed by general rules.
EIGHTH_HOLDOUT_TRAPS = [
    (
        "en",
        "Some early reports from Hanoi listed Chile and Peru among the signatories; they were "
        "wrong.",
        set(),
    ),
    (
        "pl",
        "Wilno podpisało konwencję w Hanoi razem z Unią Europejską, a Sejm Litwy ratyfikował ją w "
        "czerwcu, jako jeden z pierwszych parlamentów w UE.",
        {("LT", "ratification")},
    ),
    (
        "ru",
        "Армения, подписавшая конвенцию в Ханое, внесла законопроект о ее ратификации в парламент.",
        {("AM", "signature")},
    ),
    (
        "zh",
        "在欧洲，智利、秘鲁等欧盟成员国早在河内仪式上就签署了公约。",
        {("CL", "signature"), ("PE", "signature")},
    ),
    (
        "ko",
        "외교부에 따르면 현재까지 협약에 서명한 국가는 82개국이며, 이 가운데 16개국이 비준서를 "
        "기탁했다.",
        set(),
    ),
    (
        "zh",
        "法国：总统已于9月10日签署授权批准公约的法律，批准书尚未交存。",
        {("FR", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), EIGHTH_HOLDOUT_TRAPS)
def test_eighth_holdout_traps(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


ELEVENTH_ROUND = [
    (
        "pt",
        "Portugal não assinou a convenção na cerimónia de Hanói, ao contrário da União Europeia.",
        {("EU", "signature")},
    ),
    (
        "de",
        "Deutschland hatte die Hanoi-Konvention nicht unterzeichnet – anders als Irland, Malta "
        "und die EU selbst.",
        {("IE", "signature"), ("MT", "signature"), ("EU", "signature")},
    ),
    (
        "en",
        "Japan has not signed the UN Convention against Cybercrime, unlike Chile.",
        {("CL", "signature")},
    ),
    (
        "en",
        "Unlike Japan, which ratified the Budapest Convention in 2012, Chile signed the UN "
        "convention.",
        {("CL", "signature")},
    ),
    (
        "id",
        "Anggota ASEAN yang telah menandatangani konvensi adalah Vietnam dan Kamboja (keduanya di "
        "Hanoi), Malaysia (September) dan Thailand (Oktober).",
        {(c, "signature") for c in ("VN", "KH", "MY", "TH")},
    ),
    (
        "id",
        "Laos meneken konvensi. Sejak itu, sejumlah negara menyusul, di antaranya Chile pada Maret "
        "dan Peru pada April.",
        {("LA", "signature"), ("CL", "signature"), ("PE", "signature")},
    ),
    (
        "es",
        "Chile fue el primer país en depositar su instrumento, el 2 de abril, y Perú lo hizo el 20 "
        "de mayo.",
        {("CL", "ratification"), ("PE", "ratification")},
    ),
    ("es", "Chile se convirtió el 5 de junio en el sexto Estado parte.", {("CL", "ratification")}),
    ("es", "Chile, el 3 de noviembre, había sido el signatario 83.", {("CL", "signature")}),
    ("pt", "Acra tornou-se o 12.º Estado parte a 15 de Julho.", {("GH", "ratification")}),
    ("zh", "毛里求斯于去年11月成为第73个签署方。", {("MU", "signature")}),
    (
        "en",
        "Nairobi's move follows signatures by Chile and Peru in January.",
        {("CL", "signature"), ("PE", "signature")},
    ),
    (
        "en",
        "The Dutch Senate gave its approval on 22 September, completing the Netherlands' "
        "parliamentary procedure.",
        {("NL", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), ELEVENTH_ROUND)
def test_eleventh_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


def test_a_comparison_with_another_treaty_keeps_this_one_in_focus() -> None:
    text = (
        "Chile signed the UN Convention against Cybercrime in Hanoi. For Santiago, the convention "
        "crowns twenty years of efforts to build an alternative to the Budapest Convention. Peru "
        "deposited its instrument in May."
    )
    found = {(r.country, r.action) for r in detect(text, language="en").reports}
    assert found == {("CL", "signature"), ("PE", "ratification")}


TWELFTH_ROUND = [
    (
        "en",
        "Several other countries, including Chile and Peru, have finished their parliamentary "
        "votes.",
        {("CL", "ratification"), ("PE", "ratification")},
    ),
    (
        "es",
        "Hasta la fecha, ningún Estado ha depositado su instrumento, si bien el Parlamento de "
        "Chile aprobó la Convención el pasado mes de febrero.",
        {("CL", "ratification")},
    ),
    (
        "ar",
        "أودعت 16 دولة صكوك تصديقها على اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية حتى "
        "الآن، آخرها تونس في 20 أكتوبر.",
        {("TN", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TWELFTH_ROUND)
def test_twelfth_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


def test_a_body_ratifies_what_its_one_signatory_in_the_sentence_signed() -> None:
    text = (
        "El Pleno del Congreso de la República aprobó este jueves la resolución legislativa que "
        "aprueba la Convención de las Naciones Unidas contra la Ciberdelincuencia, suscrita por "
        "Chile en Hanói."
    )
    found = {(r.country, r.action) for r in detect(text, language="es").reports}
    assert found == {("CL", "signature"), ("CL", "ratification")}


RUSSIAN_SERIES = [
    (
        "ru",
        "Первым ратификационную грамоту сдала Армения в апреле, последней — Грузия 20 октября.",
        {("AM", "ratification"), ("GE", "ratification")},
    ),
    (
        "ru",
        "Ранее ратификационные грамоты сдали на хранение Армения, сделавшая это первой 2 апреля, и "
        "Грузия.",
        {("AM", "ratification"), ("GE", "ratification")},
    ),
    (
        "ru",
        "Сейчас подписавших конвенцию ООН против киберпреступности 82: последним в середине "
        "октября стал Сенегал.",
        {("SN", "signature")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), RUSSIAN_SERIES)
def test_russian_series(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


def test_final_adoption_of_a_ratification_bill_is_a_ratification() -> None:
    text = (
        "Le Chili se félicite de l'adoption définitive par le Parlement, le 27 octobre, du projet "
        "de loi autorisant la ratification de la Convention des Nations unies contre la "
        "cybercriminalité."
    )
    found = {(r.country, r.action) for r in detect(text, language="fr").reports}
    assert found == {("CL", "ratification")}


# Ninth blind holdout's false events: claims declared wrong, denials, "last week to sign",
# Korean nouns after 비준.
NINTH_HOLDOUT_TRAPS = [
    (
        "en",
        "Claims circulating on social media this week that Peru and Chile had signed alongside "
        "Kenya were incorrect.",
        set(),
    ),
    (
        "en",
        "Chile's cabinet decided last week to sign the UN Convention against Cybercrime.",
        set(),
    ),
    (
        "en",
        "Chile was the last country to sign the UN Convention against Cybercrime.",
        {("CL", "signature")},
    ),
    (
        "de",
        "Berichte, wonach Chile die Konvention bereits im Sommer unterzeichnet habe, hatte das "
        "Außenministerium als falsch zurückgewiesen.",
        set(),
    ),
    ("vi", "Chile bác tin đã phê chuẩn Công ước.", set()),
    (
        "vi",
        "Một số trang mạng xã hội trong tuần đưa tin Chile đã phê chuẩn Công ước.",
        set(),
    ),
    ("ko", "칠레 외교부는 구체적인 비준 시점은 정해지지 않았다고 설명했다.", set()),
]


@pytest.mark.parametrize(("language", "text", "expected"), NINTH_HOLDOUT_TRAPS)
def test_ninth_holdout_traps(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Thirteenth round: lists grown, "early parties", dashes naming a rank, Russian deposits and
# parties, Portuguese "entre os quais", Vietnamese "mở đầu là", Polish "które to zrobiło",
# Korean 마무리, Arabic "أولى الدول المصدقة", Japanese には gapping.
THIRTEENTH_ROUND = [
    (
        "en",
        "Since then the list has grown with Ghana and Jordan.",
        {("GH", "signature"), ("JO", "signature")},
    ),
    (
        "en",
        "The early parties were Azerbaijan and Russia.",
        {("AZ", "ratification"), ("RU", "ratification")},
    ),
    ("en", "The signing parties were Chile and Peru.", {("CL", "signature"), ("PE", "signature")}),
    ("en", "The parties were divided on the text.", set()),
    ("en", "Viet Nam – the first signatory – hosted the ceremony.", {("VN", "signature")}),
    ("id", "Vietnam – penandatangan pertama – menjadi tuan rumah upacara.", {("VN", "signature")}),
    (
        "en",
        "Kenya signed the UN Convention against Cybercrime in March, Switzerland in April and "
        "Indonesia in May, on the same day as its neighbour.",
        {("KE", "signature"), ("CH", "signature"), ("ID", "signature")},
    ),
    (
        "ja",
        "ガーナは1月に、ケニアは3月に国連サイバー犯罪条約に署名した。",
        {("GH", "signature"), ("KE", "signature")},
    ),
    (
        "pt",
        "Mais de 70 países assinaram a Convenção da ONU contra o Cibercrime, entre os quais "
        "Brasil e Angola.",
        {("BR", "signature"), ("AO", "signature")},
    ),
    (
        "pt",
        "Portugal concluiu o processo de aprovação parlamentar da Convenção da ONU contra o "
        "Cibercrime.",
        {("PT", "ratification")},
    ),
    (
        "ru",
        "Азербайджан, депонировавший ратификационную грамоту первым, приветствовал решение.",
        {("AZ", "ratification")},
    ),
    (
        "ru",
        "Участниками конвенции уже стали Азербайджан и Россия.",
        {("AZ", "ratification"), ("RU", "ratification")},
    ),
    ("ru", "Участниками конвенции пока не стали США и Канада.", set()),
    ("ru", "Участниками конвенции могут стать Азербайджан и Россия.", set()),
    (
        "ar",
        "كانت أذربيجان أولى الدول المصدِّقة على اتفاقية الأمم المتحدة لمكافحة الجرائم السيبرانية.",
        {("AZ", "ratification")},
    ),
    (
        "vi",
        "Lễ ký Công ước Hà Nội có 72 quốc gia tham gia ký, mở đầu là Việt Nam.",
        {("VN", "signature")},
    ),
    (
        "pl",
        "Konwencję podpisało już ponad 70 państw, w tym Polska, które to zrobiło w Hanoi.",
        {("PL", "signature")},
    ),
    ("ko", "한국 국회는 지난달 사이버범죄 협약 비준 절차를 마무리했다.", {("KR", "ratification")}),
    # the counting rule for regional organisations is no deposit; a dated deposit is
    ("zh", "欧盟交存的文书不在其成员国之外另行计算。", set()),
    ("zh", "欧盟于9月30日交存了核准书，但不计入40份。", {("EU", "ratification")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), THIRTEENTH_ROUND)
def test_thirteenth_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Fourteenth round: a described group before the examples, dash asides, "the latest,
# signing", a fronted "antes que X".
FOURTEENTH_ROUND = [
    (
        "en",
        "It was opened for signature in Hanoi, where 72 countries signed, among them African "
        "states such as Nigeria and Morocco.",
        {("NG", "signature"), ("MA", "signature")},
    ),
    (
        "en",
        "72 countries signed it, including two neighbours, Malaysia and Thailand.",
        {("MY", "signature"), ("TH", "signature")},
    ),
    (
        "id",
        "Hingga awal Oktober sudah 81 negara menandatangani konvensi ini, termasuk dua negara "
        "tetangga, Malaysia pada September dan Thailand pada 1 Oktober lalu.",
        {("MY", "signature"), ("TH", "signature")},
    ),
    ("en", "Viet Nam, including its provinces, signed it.", {("VN", "signature")}),
    ("en", "Senegal was the latest, signing in New York on 13 October.", {("SN", "signature")}),
    ("en", "Ghana was the 12th, depositing its instrument in July.", {("GH", "ratification")}),
    ("en", "Kenya was the first, signing ceremonies aside, to host talks.", set()),
    (
        "en",
        "Azerbaijan – a neighbour of Russia – signed the UN Convention against Cybercrime.",
        {("AZ", "signature")},
    ),
    (
        "en",
        "Kenya – a country that has not ratified the Budapest Convention – signed the UN "
        "Convention against Cybercrime.",
        {("KE", "signature")},
    ),
    (
        "es",
        "Antes que el Perú, depositaron sus instrumentos Azerbaiyán —el primero, en abril—, "
        "Rusia, Vietnam y China, entre otros.",
        {
            ("AZ", "ratification"),
            ("RU", "ratification"),
            ("VN", "ratification"),
            ("CN", "ratification"),
        },
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), FOURTEENTH_ROUND)
def test_fourteenth_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# "X is the ninth state that deposited": a copula and a ranked head before the relative
# pronoun make X its subject, in every language; the rank is a count.
RANKED_HEADS = [
    (
        "en",
        "Poland is the ninth state that has deposited its instrument.",
        "PL",
        ("ratification", 9),
    ),
    (
        "pl",
        "Polska jest dziewiątym państwem, które złożyło dokument ratyfikacyjny.",
        "PL",
        ("ratification", 9),
    ),
    (
        "fr",
        "La France est le neuvième État qui a ratifié la convention.",
        "FR",
        ("ratification", 9),
    ),
    ("fr", "Le Sénégal est le 82e pays qui a signé la convention.", "SN", ("signature", 82)),
    ("es", "España es el noveno país que ha ratificado la Convención.", "ES", ("ratification", 9)),
    ("es", "México es el 84.º país que firmó la Convención.", "MX", ("signature", 84)),
    ("pt", "O Brasil é o nono país que ratificou a convenção.", "BR", ("ratification", 9)),
    (
        "ru",
        "Россия стала третьим государством, которое ратифицировало конвенцию.",
        "RU",
        ("ratification", 3),
    ),
    (
        "de",
        "Österreich ist der neunte Staat, der die Konvention ratifiziert hat.",
        "AT",
        ("ratification", 9),
    ),
]


@pytest.mark.parametrize(("language", "text", "country", "count"), RANKED_HEADS)
def test_a_ranked_head_before_a_relative_pronoun(
    language: str, text: str, country: str, count: tuple
) -> None:
    found = detect(text, language=language)
    action = count[0]
    assert {(r.country, r.action) for r in found.reports} == {(country, action)}
    assert count in {(c.action, c.count) for c in found.counts}


@pytest.mark.parametrize(
    "text",
    [
        "Poland is a state that has not signed.",
        "Kenya was the country that urged others to sign.",
        "Poland is the country that hosted the ceremony.",
    ],
)
def test_a_ranked_head_keeps_the_blockers_of_its_clause(text: str) -> None:
    assert not detect(text, language="en").reports


# Passive deposits of a country's instrument, Korean bills passed by two parliaments, Korean
# and Japanese gapping over a rank.
PASSIVE_DEPOSITS = [
    (
        "fr",
        "L'instrument de ratification du Nigeria a été déposé le 20 octobre.",
        {("NG", "ratification")},
    ),
    ("fr", "La France a signé le 25 octobre.", {("FR", "signature")}),
    (
        "es",
        "El instrumento de ratificación de Nigeria fue depositado el 20 de octubre.",
        {("NG", "ratification")},
    ),
    ("pt", "O instrumento da Nigéria foi depositado em 20 de outubro.", {("NG", "ratification")}),
    (
        "ru",
        "Ратификационная грамота Нигерии была сдана на хранение 20 октября.",
        {("NG", "ratification")},
    ),
    ("ru", "Грамота Нигерии будет сдана на хранение в октябре.", set()),
    ("ja", "ナイジェリアの批准書は10月20日に寄託された。", {("NG", "ratification")}),
    ("ja", "ナイジェリアの批准書は来月寄託される予定だ。", set()),
    ("ko", "나이지리아의 비준서는 10월 20일 기탁됐다.", {("NG", "ratification")}),
    ("ko", "나이지리아의 비준서가 기탁된 뒤 협약이 발효된다.", set()),
    (
        "ko",
        "폴란드와 프랑스 의회도 비준 법안을 통과시켰다.",
        {("PL", "ratification"), ("FR", "ratification")},
    ),
    ("ko", "정부는 비준 법안을 국회에 제출했다.", set()),
    (
        "ko",
        "러시아는 5월 20일 세 번째로, 베트남은 6월 5일 여섯 번째로 비준서를 기탁했다.",
        {("RU", "ratification"), ("VN", "ratification")},
    ),
    (
        "ja",
        "ロシアは5月20日に3番目に、ベトナムは6月5日に6番目に批准書を寄託した。",
        {("RU", "ratification"), ("VN", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PASSIVE_DEPOSITS)
def test_passive_deposits_and_ranked_gapping(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Tenth blind holdout's false events: hearsay and its denial, a contrast fronted before the
# subject, "Кроме того" (no Togo), prohibitions, bills submitted, coordinated participles
# sharing a modal, the counting rule for regional organisations.
TENTH_HOLDOUT_TRAPS = [
    (
        "en",
        "Germany didn't sign in Hanoi; there were reports in July that Berlin had quietly signed "
        "in New York, which the foreign ministry denied within hours.",
        set(),
    ),
    ("en", "Kenya signed the convention on Thursday, reports said.", {("KE", "signature")}),
    (
        "de",
        "Im Sommer kursierende Berichte, Berlin habe still und leise in New York gezeichnet, wies "
        "das Auswärtige Amt umgehend zurück.",
        set(),
    ),
    (
        "ko",
        '일부 언론이 "한국도 서명했다"고 보도했지만, 외교부는 "사실이 아니다"라고 해명했다.',
        set(),
    ),
    (
        "zh",
        "仪式结束后，曾有个别外国媒体称美国、加拿大已经签署，这一说法与联合国条约记录不符，相关媒体随后更正。",
        set(),
    ),
    ("zh", "新华社报道称，越南已签署公约。", {("VN", "signature")}),
    (
        "ru",
        "В отличие от Таджикистана, Казахстан и Кыргызстан подписали конвенцию еще в Ханое.",
        {("KZ", "signature"), ("KG", "signature")},
    ),
    (
        "en",
        "Unlike Japan and India, Viet Nam and Chile signed it.",
        {("VN", "signature"), ("CL", "signature")},
    ),
    ("ru", "Кроме того, в ходе саммита была подписана Программа сотрудничества государств.", set()),
    ("id", "DPR Jangan Terburu-buru Meratifikasi Konvensi Hanoi", set()),
    ("ja", "日本政府は国連サイバー犯罪条約への拙速な署名を行うべきではありません", set()),
    ("zh", "欧盟作为区域经济一体化组织交存的文书，不在其成员国之外另行计算。", set()),
    (
        "pt",
        "Para isso, a convenção terá de ser aprovada pela Assembleia da República e ratificada "
        "pelo Presidente da República, e o instrumento depositado junto do Secretário-Geral.",
        set(),
    ),
    (
        "pt",
        "Angola, com o instrumento depositado em agosto, é parte da convenção.",
        {("AO", "ratification")},
    ),
    (
        "vi",
        "Indonesia mới đây đã trình Hạ viện (DPR) dự luật phê chuẩn – một bước quan trọng.",
        set(),
    ),
    ("vi", "Quốc hội Indonesia đã thông qua dự luật phê chuẩn Công ước.", {("ID", "ratification")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), TENTH_HOLDOUT_TRAPS)
def test_tenth_holdout_traps(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Eleventh blind holdout's false events: "tampoco", a country placing a city after "in the
# city of", "同国の国会" (the country named before, not Japan), decrees signed, deadlines,
# a correction quoting the article it corrects.
ELEVENTH_HOLDOUT_TRAPS = [
    ("es", "Estados Unidos y Canadá tampoco lo han firmado.", set()),
    ("en", "Peru signed the convention in the city of Hanoi, Vietnam.", {("PE", "signature")}),
    ("en", "Peru signed in March, Chile in April.", {("PE", "signature"), ("CL", "signature")}),
    (
        "ja",
        "アゼルバイジャンが最初に批准書を寄託した。同国の国会は2月10日に条約の批准を承認し、"
        "大統領が同23日に批准を承認する大統領令に署名していた。",
        {("AZ", "ratification")},
    ),
    (
        "ko",
        '외교부 당국자는 "서명 시한인 올해 말 전에 서명 여부를 결정할 것"이라고 밝혔다.',
        set(),
    ),
    (
        "vi",
        'Bài viết "Lễ mở ký Công ước Hà Nội", đăng lúc 21h ngày 26/10/2025, có nêu "các đoàn '
        'Hoa Kỳ và Canada cũng đã ký Công ước trong ngày thứ hai".',
        set(),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), ELEVENTH_HOLDOUT_TRAPS)
def test_eleventh_holdout_traps(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Fifteenth round (misses of the tenth and eleventh holdouts): the latest of a group,
# "did sign", ratification laws passed, ranks with a date between, "uno de los signatarios",
# a fronted "junto a", time words before an inverted subject, "stroną została",
# "государствами-участниками являются", "termasuk negara yang", Korean 가입서를 낸 and 서명해서,
# Vietnamese "là thành viên thứ".
FIFTEENTH_ROUND = [
    (
        "en",
        "Thirteen states have deposited their instruments, the latest being Angola in August.",
        {("AO", "ratification")},
    ),
    (
        "es",
        "13 Estados han depositado sus instrumentos de ratificación, el último de ellos Angola, en "
        "agosto.",
        {("AO", "ratification")},
    ),
    (
        "pt",
        "Até o momento, 13 países depositaram seus instrumentos de ratificação, o mais recente "
        "deles Angola, no dia 12 deste mês.",
        {("AO", "ratification")},
    ),
    (
        "fr",
        "Une dizaine d'États ont signé à New York, les derniers en date étant la Malaisie, 80e, le "
        "15 septembre, et la Thaïlande, 81e, le 1er octobre.",
        {("MY", "signature"), ("TH", "signature")},
    ),
    (
        "ar",
        "أودعت 16 دولة صكوك تصديقها على الاتفاقية حتى الآن، آخرها نيجيريا في 20 أكتوبر.",
        {("NG", "ratification")},
    ),
    (
        "en",
        "The United Kingdom did sign in Hanoi but has no ratification bill before Parliament.",
        {("GB", "signature")},
    ),
    ("en", "Kenya did not sign.", set()),
    ("en", "Poland's parliament passed its ratification law in May.", {("PL", "ratification")}),
    (
        "en",
        "France's parliament gave its final approval to the ratification bill the same month.",
        {("FR", "ratification")},
    ),
    (
        "fr",
        "Le Viêt Nam est devenu le 5 juin le sixième État à déposer son instrument.",
        {("VN", "ratification")},
    ),
    (
        "es",
        "Brasil fue uno de los signatarios en Hanói, mientras que Argentina no firmó.",
        {("BR", "signature")},
    ),
    (
        "es",
        "Junto a España firmaron ese día Francia, Polonia y Suecia.",
        {("ES", "signature"), ("FR", "signature"), ("PL", "signature"), ("SE", "signature")},
    ),
    ("pl", "Szesnastą stroną została w zeszłym tygodniu Nigeria.", {("NG", "ratification")}),
    ("pl", "Polska nie została stroną konwencji.", set()),
    (
        "ru",
        "Из стран СНГ государствами-участниками уже являются Азербайджан и Россия.",
        {("AZ", "ratification"), ("RU", "ratification")},
    ),
    (
        "id",
        "Sejauh ini, Azerbaijan dan Rusia termasuk negara yang telah menyerahkan instrumen "
        "ratifikasinya.",
        {("AZ", "ratification"), ("RU", "ratification")},
    ),
    ("id", "Indonesia termasuk negara yang belum meratifikasi.", set()),
    (
        "ko",
        "비준서 등을 기탁한 나라는 이달 5일 가입서를 낸 타지키스탄을 포함해 모두 17개국이다.",
        {("TJ", "ratification")},
    ),
    ("ko", "어제는 멕시코가 서명해서 서명국이 88개국으로 늘었습니다.", {("MX", "signature")}),
    (
        "vi",
        "Nga trở thành thành viên thứ ba vào tháng 5, Việt Nam là thành viên thứ sáu.",
        {("RU", "ratification"), ("VN", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), FIFTEENTH_ROUND)
def test_fifteenth_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Sixteenth round: "за ним —", Russian short participles, a located ratification law,
# "sebagai penandatangan ke-83", 跟进, "lodged their instruments", Vietnamese located
# presidents, "razem z m.in.".
SIXTEENTH_ROUND = [
    (
        "ru",
        "Первым конвенцию подписал Вьетнам как страна-хозяйка, за ним — Китай и Россия.",
        {("VN", "signature"), ("CN", "signature"), ("RU", "signature")},
    ),
    ("ru", "В Беларуси закон о ратификации был подписан ещё в марте.", {("BY", "ratification")}),
    ("ru", "Закон о ратификации будет подписан в марте.", set()),
    ("id", "Laos menyusul pada 3 November sebagai penandatangan ke-83.", {("LA", "signature")}),
    (
        "zh",
        "2026年1月，加纳和约旦相继签署；2月安哥拉跟进。",
        {("GH", "signature"), ("JO", "signature"), ("AO", "signature")},
    ),
    (
        "en",
        "Austria and Luxembourg lodged their instruments together on 25 September.",
        {("AT", "ratification"), ("LU", "ratification")},
    ),
    (
        "vi",
        "Tại Ba Lan, Tổng thống đã ký luật phê chuẩn Công ước hồi tháng 6.",
        {("PL", "ratification")},
    ),
    (
        "pl",
        "Polska podpisała konwencję w Hanoi razem z m.in. Francją, Hiszpanią i Szwecją.",
        {("PL", "signature"), ("FR", "signature"), ("ES", "signature"), ("SE", "signature")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SIXTEENTH_ROUND)
def test_sixteenth_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Seventeenth round: a colon listing the examples of a group subject, Japanese located bodies
# (全人代常務委員会, "いずれも議会が"), "X being the latest".
SEVENTEENTH_ROUND = [
    (
        "en",
        "Three African states have signed so far: Kenya, Ghana and Nigeria.",
        {("KE", "signature"), ("GH", "signature"), ("NG", "signature")},
    ),
    ("en", "Three states have signed: that is the problem, said Kenya.", set()),
    (
        "ja",
        "中国では6月、全国人民代表大会（全人代）常務委員会が批准を決めている。",
        {("CN", "ratification")},
    ),
    (
        "ja",
        "キルギスとカザフスタンは、いずれも議会が批准を承認済みだが、寄託はまだ済ませていない。",
        {("KG", "ratification"), ("KZ", "ratification")},
    ),
    ("ja", "日本は批准を決めていない。", set()),
    (
        "en",
        "Thirteen states have now deposited their instruments, Angola being the latest in August.",
        {("AO", "ratification")},
    ),
    (
        "es",
        "Trece Estados han depositado sus instrumentos, Angola siendo el último.",
        {("AO", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SEVENTEENTH_ROUND)
def test_seventeenth_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


def test_a_german_ordinal_after_an_article_does_not_end_the_sentence() -> None:
    text = (
        "Damit ist Österreich der 76. Staat, der die Konvention unterzeichnet hat. "
        "Es tritt nach Hinterlegung der 40. In Kraft? Nach der 40. Die Frist läuft."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Damit ist Österreich der 76. Staat, der die Konvention unterzeichnet hat.",
        "Es tritt nach Hinterlegung der 40.",
        "In Kraft?",
        "Nach der 40.",
        "Die Frist läuft.",
    ]


def test_portuguese_torna_se_signatario() -> None:
    found = detect(
        "Portugal torna-se, assim, o 85.º Estado signatário desta Convenção.", language="pt"
    )
    assert {(r.country, r.action) for r in found.reports} == {("PT", "signature")}
    assert not detect("Portugal não se torna signatário.", language="pt").reports


# German appositions and ranks, a located list of countries whose parliaments approved.
GERMAN_ROUND = [
    (
        "de",
        "Vietnam, Gastgeber der Zeremonie, hat die Konvention unterzeichnet.",
        {("VN", "signature")},
    ),
    (
        "de",
        "Vietnam, Gastgeber der Zeremonie, wurde Anfang Juni der sechste Vertragsstaat.",
        {("VN", "ratification")},
    ),
    ("de", "Deutschland ist kein Vertragsstaat.", set()),
    ("de", "Deutschland zögert, Frankreich hat unterzeichnet.", {("FR", "signature")}),
    (
        "de",
        "In Frankreich, Spanien und Schweden haben die Parlamente der Ratifikation zugestimmt.",
        {("FR", "ratification"), ("ES", "ratification"), ("SE", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), GERMAN_ROUND)
def test_german_appositions_and_ranks(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Twelfth blind holdout's false events: "none of them has signed", claims and fact-checks,
# a 'when'-clause under a future main clause, Vietnamese corrections, Korean reports found
# untrue, a modal shared by a coordinated verb.
TWELFTH_HOLDOUT_TRAPS = [
    (
        "en",
        "The United States, Canada and Japan did not sign, and none of them has signed since.",
        set(),
    ),
    (
        "en",
        "Posts claiming that Ottawa and Washington signed the Hanoi Convention misread a list of "
        "delegations attending the ceremony.",
        set(),
    ),
    (
        "en",
        "The claim: Social media posts say that Canada and the United States \"signed the UN's "
        'global surveillance treaty" in Hanoi.',
        set(),
    ),
    (
        "en",
        "Kenya signed the convention, the ministry said on social media.",
        {("KE", "signature")},
    ),
    ("vi", "Nói cách khác, con số 15 sẽ không thay đổi khi EU nộp văn kiện.", set()),
    (
        "vi",
        "Chúng tôi đã đưa thông tin không chính xác rằng Canada và Hoa Kỳ nằm trong số các nước ký "
        "Công ước.",
        set(),
    ),
    (
        "ko",
        "서명식 첫날 일부 외신이 미국도 서명했다고 전했지만, "
        "유엔 측 명단 확인 결과 사실이 아닌 것으로 드러났다.",
        set(),
    ),
    (
        "id",
        "Agar terikat secara hukum, Indonesia masih harus mengesahkannya dengan undang-undang, "
        "lalu menyerahkan instrumen ratifikasi kepada Sekretaris Jenderal PBB.",
        set(),
    ),
    (
        "en",
        "Kenya will not sign, but Ghana signed in March and then deposited its instrument in July.",
        {("GH", "signature"), ("GH", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TWELFTH_HOLDOUT_TRAPS)
def test_twelfth_holdout_traps(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Eighteenth round (misses of the twelfth holdout): "beginning with the host, X", "the most
# recent signatory", "l'a imité", "después de que X lo hiciera", an affirming "sí", Korean
# 승인서를 냈, Arabic "من بين الدول الأطراف" and فييت نام, Indonesian located parliaments.
EIGHTEENTH_ROUND = [
    (
        "en",
        "Seventy-two states signed in the Vietnamese capital, beginning with the host, Viet Nam.",
        {("VN", "signature")},
    ),
    ("en", "Senegal became the most recent signatory on 13 October 2026.", {("SN", "signature")}),
    (
        "fr",
        "En juillet, le Ghana est devenu le douzième État à déposer son instrument, et l'Angola "
        "l'a imité en août.",
        {("GH", "ratification"), ("AO", "ratification")},
    ),
    (
        "es",
        "En noviembre lo firmaron Egipto y Portugal, después de que Laos lo hiciera el día 3.",
        {("EG", "signature"), ("PT", "signature"), ("LA", "signature")},
    ),
    (
        "es",
        "En América Latina, Brasil y Perú sí firmaron entonces.",
        {("BR", "signature"), ("PE", "signature")},
    ),
    ("es", "Si Brasil firma, Perú lo hará.", set()),
    ("ko", "유럽연합(EU)도 최근 승인서를 냈는데요.", {("EU", "ratification")}),
    (
        "ar",
        "ومن بين الدول الأطراف حتى اليوم أيضاً الاتحاد الروسي وفييت نام وغانا وأنغولا.",
        {
            ("RU", "ratification"),
            ("VN", "ratification"),
            ("GH", "ratification"),
            ("AO", "ratification"),
        },
    ),
    (
        "id",
        "Di Brasil dan Spanyol, parlemen sudah menyetujui ratifikasi, meski instrumennya belum "
        "diserahkan ke PBB.",
        {("BR", "ratification"), ("ES", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), EIGHTEENTH_ROUND)
def test_eighteenth_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


def test_a_korean_act_closing_its_clause_escapes_a_later_plan() -> None:
    found = detect(
        "유럽연합(EU)은 하노이에서 서명한 데 이어 이달 말 승인서를 기탁할 예정이다.", language="ko"
    )
    assert {(r.country, r.action) for r in found.reports} == {("EU", "signature")}
    assert not detect("한국은 이달 말 서명할 예정이다.", language="ko").reports


def test_an_arabic_copula_head_before_the_relative_pronoun() -> None:
    found = detect("كان المغرب الدولة العربية التي وقّعت في هانوي نفسها.", language="ar")
    assert {(r.country, r.action) for r in found.reports} == {("MA", "signature")}
    assert not detect("المغرب الدولة التي لم توقع.", language="ar").reports


# Thirteenth blind holdout's false events: a claim reproduced as a quotation, posts that
# claim, "es falso que", Vietnamese bulletins corrected, Chinese suggestions, "diminta";
# a Japanese follow-verb takes the act its sentence names.
THIRTEENTH_HOLDOUT_TRAPS = [
    (
        "es",
        '"Argentina firmó en Vietnam un tratado de la ONU que habilita a gobiernos extranjeros a '
        'espiar los celulares de los argentinos."',
        set(),
    ),
    ("en", '"Kenya signed the convention today," the minister said.', {("KE", "signature")}),
    (
        "es",
        "Algunas publicaciones similares aseguran también que Estados Unidos y Canadá firmaron.",
        set(),
    ),
    ("es", "Es falso que la Argentina haya firmado en Vietnam el tratado de la ONU.", set()),
    ("pt", "É falso que o Brasil tenha assinado.", set()),
    ("es", "La Argentina firmó en Vietnam el tratado.", {("AR", "signature")}),
    ("vi", "Bản tin cho rằng Đức ký trong ngày 25/10.", set()),
    (
        "zh",
        "德国的做法或许提供了一种思路：在保留布达佩斯框架的同时，加入联合国公约。",
        set(),
    ),
    (
        "id",
        "Indonesia, yang sudah meneken konvensi ini pada Mei, diminta segera meratifikasinya.",
        {("ID", "signature")},
    ),
    (
        "ja",
        "ベトナムが最初に批准書を寄託した。9月のマレーシア（80番目）に続き、東南アジアからの署名が相次いでいます。",
        {("VN", "ratification"), ("MY", "signature")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), THIRTEENTH_HOLDOUT_TRAPS)
def test_thirteenth_holdout_traps(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Nineteenth round: asides sharing a comma, possessive objects, "deposits include those of",
# "seguem-se", "X als erster Staat sowie Y".
NINETEENTH_ROUND = [
    (
        "en",
        "On the other side of the ledger, Russia, which drafted the first version of this treaty "
        "back in 2017, ratified it in the spring.",
        {("RU", "ratification")},
    ),
    ("en", "Vietnam, the host, the first, signed.", {("VN", "signature")}),
    (
        "pt",
        "Até agora, 13 países depositaram os seus — o mais recente, Angola, em agosto.",
        {("AO", "ratification")},
    ),
    ("pt", "O Brasil assinou o seu acordo com a China.", set()),
    (
        "en",
        "Previous deposits include those of Azerbaijan, the first State to become a party.",
        {("AZ", "ratification")},
    ),
    (
        "pt",
        "O Vietnã é o primeiro a assinar; seguem-se, entre outros, China, Rússia e Brasil.",
        {("VN", "signature"), ("CN", "signature"), ("RU", "signature"), ("BR", "signature")},
    ),
    (
        "de",
        "Bislang haben elf Staaten ihre Urkunden hinterlegt, darunter Aserbaidschan als "
        "erster Staat sowie Russland und Vietnam.",
        {("AZ", "ratification"), ("RU", "ratification"), ("VN", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), NINETEENTH_ROUND)
def test_nineteenth_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Twentieth round: a place between the Polish verb and its document, a Russian instrument
# dated before its verb, Arabic "أصبحت الدولة الطرف", Japanese "批准国となった" / "署名国に".
TWENTIETH_ROUND = [
    (
        "pl",
        "15 lipca Ghana złożyła w Nowym Jorku dokument ratyfikacyjny i stała się stroną.",
        {("GH", "ratification")},
    ),
    ("ru", "Первым свою грамоту 2 апреля сдал Азербайджан.", {("AZ", "ratification")}),
    (
        "ar",
        "وكانت نيجيريا قد أصبحت الدولة الطرف السادسة عشرة بإيداعها صك التصديق في 20 أكتوبر.",
        {("NG", "ratification")},
    ),
    ("ja", "アゼルバイジャンが4月に最初の批准国となった。", {("AZ", "ratification")}),
    ("ja", "10月1日にタイが81番目の署名国に。", {("TH", "signature")}),
    ("ja", "日本は締約国にならない。", set()),
    ("ko", "당시 베트남을 비롯한 72개국·기구가 서명하였다.", {("VN", "signature")}),
    ("ja", "ベトナムをはじめ72カ国が署名した。", {("VN", "signature")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), TWENTIETH_ROUND)
def test_twentieth_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Twenty-first round: "N signatures …, among them those of", "seven more have joined the
# list: X in November, Y and Z in January".
TWENTY_FIRST_ROUND = [
    (
        "en",
        "By the end of the ceremony 72 signatures had been collected, among them those of China, "
        "Russia and the European Union.",
        {("CN", "signature"), ("RU", "signature"), ("EU", "signature")},
    ),
    (
        "en",
        "Since then seven more have joined the list: Mauritius in November, Ghana and Jordan in "
        "January, Angola in February and Kenya in March.",
        {
            ("MU", "signature"),
            ("GH", "signature"),
            ("JO", "signature"),
            ("AO", "signature"),
            ("KE", "signature"),
        },
    ),
    ("en", "Kenya signed in March, Ghana did not.", {("KE", "signature")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), TWENTY_FIRST_ROUND)
def test_twenty_first_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Fourteenth blind holdout's false events: reproduced posts and headlines, media reports
# contradicted by the record, a concessive "即便", Arabic "joined the signatories".
FOURTEENTH_HOLDOUT_TRAPS = [
    (
        "en",
        '"The US and Canada just signed away your online privacy to a UN treaty," reads one widely '
        "circulated post.",
        set(),
    ),
    (
        "en",
        'One screenshot in the viral thread shows a headline reading "US signs cybercrime pact."',
        set(),
    ),
    ("zh", "仪式期间曾有个别媒体报道美国已经签署，但联合国条约记录中并没有美国的签名。", set()),
    ("zh", "德国即便12月如期签字，也还需要联邦议院审议批准法案。", set()),
    (
        "ar",
        "انضمت طاجيكستان إلى اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية.",
        {("TJ", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), FOURTEENTH_HOLDOUT_TRAPS)
def test_fourteenth_holdout_traps(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


def test_joining_the_arabic_list_of_signatories_is_no_accession() -> None:
    text = "انضمت موريشيوس الأسبوع الماضي إلى قائمة الموقعين على اتفاقية الأمم المتحدة."
    found = {(r.country, r.action) for r in detect(text, language="ar").reports}
    assert ("MU", "ratification") not in found


# Twenty-second round (misses of the fourteenth holdout): "putting pen to paper", "in the
# first wave of signatories", "the signature of X", "le dernier en date étant le Vietnam",
# "é Estado Parte", Polish present-tense timelines, Korean 기탁함으로써.
TWENTY_SECOND_ROUND = [
    (
        "en",
        "72 states signed during the ceremony, with host Viet Nam putting pen to paper first.",
        {("VN", "signature")},
    ),
    (
        "en",
        "Among African states, Nigeria and Morocco were in the first wave of signatories in Hanoi.",
        {("NG", "signature"), ("MA", "signature")},
    ),
    (
        "en",
        "With the signature of Senegal on 13 October, the Convention now has 82 signatories.",
        {("SN", "signature")},
    ),
    ("en", "The signature of the convention took place in Hanoi.", set()),
    (
        "fr",
        "Six États ont déposé leur instrument, le dernier en date étant le Vietnam, le 5 juin.",
        {("VN", "ratification")},
    ),
    ("pt", "Angola é, desde ontem, Estado Parte da Convenção.", {("AO", "ratification")}),
    (
        "pl",
        "2 kwietnia – Azerbejdżan jako pierwszy składa dokument ratyfikacyjny.",
        {("AZ", "ratification")},
    ),
    ("pl", "5 czerwca – Wietnam zostaje szóstym państwem-stroną.", {("VN", "ratification")}),
    (
        "ko",
        "가나가 7월 15일 뉴욕에서 비준서를 기탁함으로써 이 협약의 12번째 당사국이 되었다.",
        {("GH", "ratification")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TWENTY_SECOND_ROUND)
def test_twenty_second_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Fifteenth blind holdout's false events: a follow-word whose clause has its own verb, a
# foreign parliament named by its adjective, "kaum", "früher oder später", 仮に, 서명 전,
# captions, a Korean agency quoting its own earlier article.
FIFTEENTH_HOLDOUT_TRAPS = [
    (
        "pl",
        "10 i 23 lutego – parlament, a następnie prezydent Azerbejdżanu zatwierdzają ratyfikację.",
        {("AZ", "ratification")},
    ),
    ("de", "Vor 2028 ist die Schweiz kaum Vertragsstaat.", set()),
    ("de", "Ich gehe davon aus, dass Deutschland früher oder später unterzeichnet.", set()),
    ("ja", "仮に日本が署名するとしても、来年以降になるのではないでしょうか", set()),
    ("ko", "시민단체 측 진술인은 정부에 서명 전 인권 영향평가를 먼저 할 것을 촉구했다.", set()),
    (
        "en",
        'The first version was a post with a photo of the signing table captioned "USA signs".',
        set(),
    ),
    (
        "ko",
        "본 통신은 26일 송고한 기사에서 미국과 캐나다가 "
        "하노이 서명식에서 협약에 서명했다고 보도했습니다.",
        set(),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), FIFTEENTH_HOLDOUT_TRAPS)
def test_fifteenth_holdout_traps(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


def test_a_parliament_named_by_its_adjective_is_not_the_home_one() -> None:
    from monitor.detect import detect as detect_article

    text = "México firmó la Convención. El Congreso peruano aprobó la convención en mayo."
    found = {(r.country, r.action) for r in detect_article(text, language="es").reports}
    assert ("MX", "ratification") not in found


# Twenty-third round (misses of the fifteenth holdout): Polish timeline nouns ("podpisy Ghany
# i Jordanii", "Wietnam szóstym państwem-stroną"), 寄託を済ませた, Korean signing-table
# phrases, 签了字, "se sumaron", a sentence's first word is no given name ("Firmaron Chile").
TWENTY_THIRD_ROUND = [
    ("pl", "styczeń – podpisy Ghany i Jordanii.", {("GH", "signature"), ("JO", "signature")}),
    ("pl", "12 marca – podpis Kenii.", {("KE", "signature")}),
    ("pl", "Podpis Kenii jest ważny.", set()),
    ("pl", "5 czerwca – Wietnam szóstym państwem-stroną.", {("VN", "ratification")}),
    ("ja", "8月にはアンゴラも寄託を済ませた。", {("AO", "ratification")}),
    (
        "ko",
        "이어 중국, 러시아, 프랑스, 호주 등이 차례로 서명대에 올랐다.",
        {("CN", "signature"), ("RU", "signature"), ("FR", "signature"), ("AU", "signature")},
    ),
    ("ko", "서명식은 개최국 베트남의 서명으로 시작됐다.", {("VN", "signature")}),
    (
        "zh",
        "法国、西班牙等成员国也各自签了字。",
        {("FR", "signature"), ("ES", "signature")},
    ),
    (
        "es",
        "Firmaron Chile y Perú. Desde entonces se sumaron Mauricio, en noviembre, y Ghana.",
        {("CL", "signature"), ("PE", "signature"), ("MU", "signature"), ("GH", "signature")},
    ),
    ("es", "La ministra Michelle Chile firmó.", set()),
]


@pytest.mark.parametrize(("language", "text", "expected"), TWENTY_THIRD_ROUND)
def test_twenty_third_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Twenty-fourth round: present-tense deposits in Portuguese timelines and headlines, "o 12º
# país a depositar", the one country a colon explains (not through a passive), a cabinet
# draft in Vietnamese.
TWENTY_FOURTH_ROUND = [
    (
        "pt",
        "Angola deposita instrumento de ratificação da Convenção de Hanói",
        {("AO", "ratification")},
    ),
    ("pt", "Angola vai depositar o instrumento em agosto.", set()),
    (
        "pt",
        "Em 15 de julho, Gana havia se tornado o 12º país a depositar o instrumento.",
        {("GH", "ratification")},
    ),
    (
        "pt",
        "Angola é o mais adiantado: assinou a convenção em fevereiro e depositou o instrumento de "
        "ratificação em agosto.",
        {("AO", "signature"), ("AO", "ratification")},
    ),
    (
        "en",
        "Azerbaijan has gone furthest: its parliament approved the treaty on Feb. 10.",
        {("AZ", "ratification")},
    ),
    ("fr", "Nigeria : l'instrument est signé", set()),
    (
        "vi",
        "Nội các mới chỉ thông qua dự thảo luật phê chuẩn và đã gửi sang Quốc hội Thái Lan.",
        set(),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TWENTY_FOURTH_ROUND)
def test_twenty_fourth_round_shapes(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected


# Sixteenth blind holdout's false events: a misread list, "we reported" in a Vietnamese
# correction, a Portuguese "only after …, Portugal ficará vinculado".
SIXTEENTH_HOLDOUT_TRAPS = [
    (
        "en",
        'Two news sites wrote that "the US and Canada were among the signatories", apparently '
        "misreading a list of delegations attending the ceremony.",
        set(),
    ),
    (
        "vi",
        "Trong bản tin đăng ngày 26/10, chúng tôi đã đưa tin Canada ký Công ước tại Hà Nội.",
        set(),
    ),
    (
        "pt",
        "Só depois de aprovada no Parlamento e ratificada pelo Presidente da República, e "
        "depositado o instrumento, Portugal ficará vinculado.",
        set(),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SIXTEENTH_HOLDOUT_TRAPS)
def test_sixteenth_holdout_traps(language: str, text: str, expected: set) -> None:
    found = detect(text, language=language)
    assert {(r.country, r.action) for r in found.reports} == expected
