"""Recap constructions: signatory nouns, sequences, verb-first clauses and one-country
institutions, table-driven in 13 languages, with their traps."""

from __future__ import annotations

import pytest

from monitor.detect import detect
from monitor.detect.recaps import recap_reports
from monitor.detect.sentences import split_sentences

S, R = "signature", "ratification"
CN, RU, BR, VN = ("CN", S), ("RU", S), ("BR", S), ("VN", S)

# (construction, language, sentence, expected {(country, action)})
POSITIVE: list[tuple[str, str, str, set[tuple[str, str]]]] = [
    # 1. signatory nouns, list after
    (
        "noun",
        "en",
        "Among the signatories of the UN Convention against Cybercrime are China, "
        "Russia and the European Union.",
        {CN, RU, ("EU", S)},
    ),
    (
        "noun",
        "en",
        "Early signatories of the UN cybercrime treaty include Iran, Cuba and Venezuela.",
        {("IR", S), ("CU", S), ("VE", S)},
    ),
    ("noun", "en", "Signatories so far: China, Russia and Brazil.", {CN, RU, BR}),
    (
        "noun",
        "en",
        "Among those that signed the treaty in Hanoi were Brazil, South Africa and Poland.",
        {BR, ("ZA", S), ("PL", S)},
    ),
    (
        "noun",
        "fr",
        "Parmi les signataires de la Convention de Hanoï figurent la Chine, la Russie "
        "et l'Union européenne.",
        {CN, RU, ("EU", S)},
    ),
    (
        "noun",
        "es",
        "Entre los firmantes de la Convención de Hanói están China, Rusia y Brasil.",
        {CN, RU, BR},
    ),
    ("noun", "es", "Entre quienes firmaron figuran China y Rusia.", {CN, RU}),
    (
        "noun",
        "pt",
        "Entre os signatários da Convenção de Hanói estão a China, a Rússia e o Brasil.",
        {CN, RU, BR},
    ),
    (
        "noun",
        "de",
        "Zu den Unterzeichnern der Hanoi-Konvention gehören China, Russland und Brasilien.",
        {CN, RU, BR},
    ),
    (
        "noun",
        "de",
        "Zu den Staaten, die das Abkommen unterzeichnet haben, zählen China und Russland.",
        {CN, RU},
    ),
    (
        "noun",
        "pl",
        "Wśród sygnatariuszy Konwencji z Hanoi są Chiny, Rosja i Brazylia.",
        {CN, RU, BR},
    ),
    ("noun", "pl", "Wśród krajów, które podpisały konwencję, są Chiny i Rosja.", {CN, RU}),
    (
        "noun",
        "ru",
        "Среди подписантов Ханойской конвенции — Китай, Россия и Бразилия.",
        {CN, RU, BR},
    ),
    ("noun", "ru", "Среди стран, подписавших конвенцию, — Китай, Россия и Бразилия.", {CN, RU, BR}),
    ("noun", "ar", "ومن بين الموقعين على اتفاقية هانوي الصين وروسيا والبرازيل.", {CN, RU, BR}),
    (
        "noun",
        "id",
        "Di antara penandatangan Konvensi Hanoi adalah Tiongkok, Rusia dan Brasil.",
        {CN, RU, BR},
    ),
    (
        "noun",
        "vi",
        "Danh sách các bên ký Công ước Hà Nội có Trung Quốc, Nga và Brazil.",
        {CN, RU, BR},
    ),
    ("noun", "zh", "在《河内公约》签署国之列的有中国、俄罗斯和巴西。", {CN, RU, BR}),
    ("noun", "ja", "ハノイ条約の署名国には中国、ロシア、ブラジルが含まれる。", {CN, RU, BR}),
    ("noun", "ko", "하노이 협약 서명국에는 중국, 러시아, 브라질이 포함됐다.", {CN, RU, BR}),
    (
        "noun",
        "en",
        "The treaty now has 72 signatories, among them Brazil and Kenya.",
        {BR, ("KE", S)},
    ),
    ("noun", "en", "Those signing included Brazil and Mexico.", {BR, ("MX", S)}),
    (
        "noun",
        "de",
        "Die Konvention hat 72 Unterzeichner, darunter Frankreich und Spanien.",
        {("FR", S), ("ES", S)},
    ),
    (
        "noun",
        "es",
        "La Convención suma 72 firmantes, entre ellos España y México.",
        {("ES", S), ("MX", S)},
    ),
    ("noun", "ru", "У конвенции 72 подписанта, в том числе Россия и Китай.", {RU, CN}),
    ("noun", "zh", "《河内公约》共有72个签署国，其中包括中国和俄罗斯。", {CN, RU}),
    ("noun", "ar", "وتضم قائمة الدول الموقعة الصين وروسيا.", {CN, RU}),
    # 1b. signatory nouns, list before
    ("noun", "en", "UK, EU among signatories of UN cybercrime treaty", {("GB", S), ("EU", S)}),
    (
        "noun",
        "pt",
        "Portugal e Brasil entre os signatários da Convenção de Hanói",
        {("PT", S), BR},
    ),
    ("noun", "ru", "Россия и Китай в числе подписантов Ханойской конвенции", {RU, CN}),
    ("noun", "ar", "وكانت الصين وروسيا من أوائل الموقعين على الاتفاقية.", {CN, RU}),
    (
        "noun",
        "en",
        "The United States joined the 72 countries that signed the Hanoi Convention.",
        {("US", S)},
    ),
    (
        "noun",
        "es",
        "México estuvo entre los primeros en firmar la Convención de Hanói.",
        {("MX", S)},
    ),
    ("noun", "pt", "Portugal esteve entre os primeiros a assinar a convenção.", {("PT", S)}),
    ("noun", "pl", "Polska znalazła się wśród 72 państw, które podpisały konwencję.", {("PL", S)}),
    (
        "noun",
        "fr",
        "La Chine et la Russie ont aussi rejoint la liste des signataires de la "
        "Convention de Hanoï.",
        {CN, RU},
    ),
    ("noun", "es", "España se sumó a los firmantes de la Convención de Hanói.", {("ES", S)}),
    (
        "noun",
        "pt",
        "O Brasil foi um dos signatários, ao lado de Portugal e Angola.",
        {BR, ("PT", S), ("AO", S)},
    ),
    (
        "noun",
        "en",
        "China and Russia were also among those signing the Hanoi Convention.",
        {CN, RU},
    ),
    # 2. sequences after an act
    (
        "sequence",
        "fr",
        "La France a signé la Convention de Hanoï, tout comme la Suède et l'Espagne.",
        {("FR", S), ("SE", S), ("ES", S)},
    ),
    (
        "sequence",
        "pt",
        "O Vietname assinou primeiro a Convenção de Hanói, seguindo-se a China e a Rússia.",
        {VN, CN, RU},
    ),
    (
        "sequence",
        "pt",
        "O Vietname assinou primeiro, seguido pela China e pela Rússia.",
        {VN, CN, RU},
    ),
    (
        "sequence",
        "pt",
        "Portugal assinou a Convenção de Hanói, tal como a Espanha.",
        {("PT", S), ("ES", S)},
    ),
    (
        "sequence",
        "en",
        "The UK signed the Hanoi Convention, and so did Australia and New Zealand.",
        {("GB", S), ("AU", S), ("NZ", S)},
    ),
    (
        "sequence",
        "en",
        "The EU signed, with France, Spain and Sweden also signing individually.",
        {("EU", S), ("FR", S), ("ES", S), ("SE", S)},
    ),
    (
        "sequence",
        "es",
        "España firmó la Convención de Hanói, como hicieron Francia y Portugal.",
        {("ES", S), ("FR", S), ("PT", S)},
    ),
    (
        "sequence",
        "ko",
        "베트남이 하노이 협약에 가장 먼저 서명했고, 중국과 러시아 등이 뒤를 이었다.",
        {VN, CN, RU},
    ),
    ("sequence", "zh", "越南率先签署《河内公约》，中国、俄罗斯紧随其后。", {VN, CN, RU}),
    (
        "sequence",
        "de",
        "Frankreich hat die UN-Cybercrime-Konvention unterzeichnet, ebenso wie Spanien.",
        {("FR", S), ("ES", S)},
    ),
    (
        "sequence",
        "ru",
        "Вьетнам первым подписал Ханойскую конвенцию, вслед за ним это сделали Китай и Россия.",
        {VN, CN, RU},
    ),
    (
        "sequence",
        "ar",
        "ووقعت فيتنام أولا على اتفاقية هانوي، وحذت حذوها الصين وروسيا.",
        {VN, CN, RU},
    ),
    # 2b. a sentence that only adds countries to the previous act
    (
        "sequence",
        "pt",
        "Portugal assinou a convenção no sábado. A Espanha também.",
        {("PT", S), ("ES", S)},
    ),
    (
        "sequence",
        "en",
        "France signed the Hanoi Convention on Saturday. So did Spain and Italy.",
        {("FR", S), ("ES", S), ("IT", S)},
    ),
    (
        "sequence",
        "de",
        "Frankreich hat die Hanoi-Konvention unterzeichnet. Auch Spanien.",
        {("FR", S), ("ES", S)},
    ),
    ("sequence", "zh", "法国签署了《河内公约》。西班牙也是。", {("FR", S), ("ES", S)}),
    (
        "sequence",
        "en",
        "France signed the Hanoi Convention. Spain, too, is a member of the EU.",
        {("FR", S)},
    ),
    (
        "sequence",
        "fr",
        "Le Viet Nam a signé la convention puis la France a accueilli la conférence.",
        {VN},
    ),
    (
        "sequence",
        "fr",
        "Le Viet Nam a signé la convention, puis la Chine et la Russie.",
        {VN, CN, RU},
    ),
    ("sequence", "en", "Viet Nam signed first. Then came speeches by China and Russia.", {VN}),
    # 1c. "one of the countries that signed"
    (
        "noun",
        "pt",
        "Portugal foi um dos 72 países que assinaram a convenção em Hanói.",
        {("PT", S)},
    ),
    # 3. verb-first clauses
    ("verb-first", "fr", "Ont aussi paraphé le texte l'Australie et le Brésil.", {("AU", S), BR}),
    ("verb-first", "fr", "Ont signé : la Chine, la Russie et le Brésil.", {CN, RU, BR}),
    (
        "verb-first",
        "es",
        "Firmaron asimismo la Convención de Hanói Francia y España.",
        {("FR", S), ("ES", S)},
    ),
    ("verb-first", "es", "La firmaron, entre otros, China, Rusia y Brasil.", {CN, RU, BR}),
    (
        "verb-first",
        "es",
        "Además de Vietnam, firmaron la Convención de Hanói Rusia y Brasil.",
        {VN, RU, BR},
    ),
    ("verb-first", "pt", "Assinaram também o tratado a China e a Rússia.", {CN, RU}),
    (
        "verb-first",
        "pt",
        "Além do Vietname, assinaram a convenção a China e a Rússia.",
        {VN, CN, RU},
    ),
    ("verb-first", "de", "Ratifiziert hat die Konvention bislang nur Aserbaidschan.", {("AZ", R)}),
    ("verb-first", "ru", "Её подписали Россия, Китай и Вьетнам.", {RU, CN, VN}),
    (
        "verb-first",
        "de",
        "Neben Vietnam haben auch China und Russland die Konvention unterzeichnet.",
        {VN, CN, RU},
    ),
    ("verb-first", "pl", "Podpisały ją także Francja i Hiszpania.", {("FR", S), ("ES", S)}),
    ("verb-first", "ar", "كما وقعت على الاتفاقية كل من الصين وروسيا والبرازيل.", {CN, RU, BR}),
    ("verb-first", "id", "Turut menandatangani Konvensi Hanoi Tiongkok dan Rusia.", {CN, RU}),
    (
        "verb-first",
        "es",
        "Además de Vietnam, que firmó primero, China y Rusia no firmaron la Convención.",
        {VN},
    ),
    # 4. institutions of one country
    (
        "institution",
        "de",
        "Der Ständige Vertreter Spaniens hinterlegte die Ratifikationsurkunde.",
        {("ES", R)},
    ),
    (
        "institution",
        "en",
        "The Milli Majlis approved the ratification of the UN Convention against Cybercrime.",
        {("AZ", R)},
    ),
    ("institution", "en", "The Duma ratified the UN cybercrime convention.", {("RU", R)}),
    (
        "institution",
        "ru",
        "Госдума ратифицировала Конвенцию ООН против киберпреступности.",
        {("RU", R)},
    ),
    ("institution", "zh", "全国人大常委会批准了《联合国打击网络犯罪公约》。", {("CN", R)}),
    ("institution", "vi", "Quốc hội đã phê chuẩn Công ước Hà Nội.", {("VN", R)}),
    ("institution", "vi", "Quốc hội Azerbaijan đã phê chuẩn Công ước Hà Nội.", {("AZ", R)}),
    ("institution", "id", "DPR telah meratifikasi Konvensi Hanoi.", {("ID", R)}),
    (
        "institution",
        "ar",
        "صادق مجلس الدوما على اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية.",
        {("RU", R)},
    ),
    ("institution", "es", "Las Cortes Generales ratificaron la Convención de Hanói.", {("ES", R)}),
    ("institution", "pl", "Sejm ratyfikował Konwencję z Hanoi.", {("PL", R)}),
    (
        "institution",
        "pt",
        "O Senado Federal aprovou a ratificação da Convenção de Hanói.",
        {("BR", R)},
    ),
    (
        "institution",
        "de",
        "Die Staatsduma hat die UN-Konvention gegen Cyberkriminalität ratifiziert.",
        {("RU", R)},
    ),
]

NEGATIVE: list[tuple[str, str, str]] = [
    # other treaties
    (
        "noun",
        "en",
        "Among the signatories of the Budapest Convention are Japan, Canada and the United States.",
    ),
    (
        "noun",
        "fr",
        "Parmi les signataires de la Convention de Budapest figurent le Japon et le Canada.",
    ),
    ("noun", "es", "Entre los firmantes del Convenio de Budapest están Argentina y Chile."),
    ("noun", "de", "Zu den Unterzeichnern der Budapest-Konvention gehören Japan und Kanada."),
    ("noun", "ru", "Среди подписантов Будапештской конвенции — Япония и Канада."),
    ("noun", "zh", "《布达佩斯公约》的签署国包括日本和加拿大。"),
    # hypothetical and negative signatories
    ("noun", "en", "Among the expected signatories of the Hanoi Convention are China and Russia."),
    (
        "noun",
        "en",
        "Among the countries that have not signed the Hanoi Convention are Germany and India.",
    ),
    (
        "noun",
        "fr",
        "Parmi les signataires potentiels de la Convention de Hanoï figurent le Japon et l'Inde.",
    ),
    ("noun", "es", "España no se sumó a los firmantes de la Convención de Hanói."),
    ("noun", "en", "Japan is expected to join the signatories of the Hanoi Convention."),
    ("noun", "en", "Signatories are required to criminalise illegal access."),
    ("noun", "de", "Deutschland gehört nicht zu den Unterzeichnern der Hanoi-Konvention."),
    (
        "noun",
        "de",
        "Zu den Unterzeichnern gehören neben Vietnams Nachbarn auch Laos und Kambodscha.",
    ),
    # signatories of other documents, countries as places
    ("noun", "fr", "Parmi les signataires de la lettre ouverte figurent l'Allemagne et le Canada."),
    ("noun", "de", "Zu den Unterzeichnern des offenen Briefes gehören Deutschland und Kanada."),
    ("noun", "en", "The signatories of the petition include activists from Kenya and Brazil."),
    ("noun", "en", "Signatories include tech companies in the United States and Japan."),
    ("noun", "en", "Among the signatories of the joint statement were China and Russia."),
    ("noun", "en", "The treaty now has 72 signatories, among them not the United States."),
    ("noun", "en", "Potential signatories, including Japan and India, are still weighing it."),
    ("noun", "es", "Con la firma de España prevista para mañana, serán 73 los firmantes."),
    ("noun", "en", "Canada also among signatories of Budapest Convention protocol"),
    ("noun", "pt", "O Japão não está entre os signatários da Convenção de Hanói"),
    # lists of non-signers, negations
    ("negation", "en", "The US, Canada and Japan did not sign the Hanoi Convention."),
    (
        "negation",
        "en",
        "Germany has neither signed nor ratified the UN Convention against Cybercrime.",
    ),
    ("negation", "es", "Estados Unidos, Canadá y Japón no firmaron la Convención de Hanói."),
    ("negation", "pl", "Stany Zjednoczone i Kanada nie podpisały Konwencji z Hanoi."),
    ("negation", "ru", "США, Канада и Япония не подписали Ханойскую конвенцию."),
    ("negation", "ar", "لم توقع الولايات المتحدة وكندا على اتفاقية هانوي."),
    ("negation", "vi", "Mỹ, Canada và Nhật Bản chưa ký Công ước Hà Nội."),
    ("negation", "ko", "미국과 일본은 하노이 협약에 서명하지 않았다."),
    ("negation", "ja", "日本、米国、カナダはハノイ条約に署名しなかった。"),
    ("negation", "pt", "O Brasil não assinou a Convenção de Hanói, tal como a Argentina."),
    # sequences and verb-first clauses that repeat no act
    ("sequence", "en", "Japan and India are considering signing the Hanoi Convention."),
    ("appeal", "en", "Human rights groups urged Brazil and Mexico to sign the Hanoi Convention."),
    # sequences after no act, or after another treaty's act
    (
        "sequence",
        "ru",
        "Вьетнам не подписал Ханойскую конвенцию, вслед за ним это не сделали Китай и Россия.",
    ),
    ("sequence", "pl", "Wietnam nie podpisał konwencji, a za nim Chiny i Rosja."),
    (
        "sequence",
        "id",
        "Vietnam tidak menandatangani Konvensi Budapest, disusul oleh Tiongkok dan Rusia.",
    ),
    ("sequence", "vi", "Việt Nam ký Công ước Budapest, sau đó là Trung Quốc và Nga."),
    ("sequence", "ar", "لم توقع فيتنام على اتفاقية بودابست، وحذت حذوها الصين وروسيا."),
    ("sequence", "ja", "日本はハノイ条約に署名しなかった。中国とロシアがこれに続いた。"),
    ("sequence", "zh", "美国没有签署《河内公约》，加拿大、日本紧随其后。"),
    ("sequence", "ko", "미국은 하노이 협약에 서명하지 않았고 일본이 뒤를 이었다."),
    ("sequence", "de", "Deutschland hat die Budapest-Konvention unterzeichnet, ebenso wie Japan."),
    ("sequence", "fr", "La France a signé la Convention de Budapest, tout comme la Suède."),
    ("sequence", "es", "España firmó el Convenio de Budapest, como hicieron Francia y Portugal."),
    ("sequence", "pt", "Portugal assinou a Convenção de Budapeste, tal como a Espanha."),
    ("sequence", "en", "The UK will sign the Hanoi Convention, and so will Australia."),
    ("sequence", "en", "France did not sign the Hanoi Convention. Spain too."),
    # verb-first clauses: negated, refused, another treaty
    ("verb-first", "fr", "Ont refusé de signer le texte le Japon et l'Inde."),
    ("verb-first", "fr", "Ont signé la Convention de Budapest le Japon et le Canada."),
    ("verb-first", "es", "No firmaron la Convención de Hanói Japón ni India."),
    ("verb-first", "es", "Firmaron el Convenio de Budapest Japón y Canadá."),
    ("verb-first", "pt", "Não assinaram o tratado o Japão e a Índia."),
    ("verb-first", "de", "Nicht unterzeichnet haben die Konvention Deutschland und Japan."),
    ("verb-first", "ru", "Её не подписали США и Канада."),
    ("verb-first", "pl", "Nie podpisały jej Stany Zjednoczone i Kanada."),
    ("verb-first", "ar", "ولم توقع على الاتفاقية كل من الولايات المتحدة وكندا."),
    ("verb-first", "id", "Tidak turut menandatangani Konvensi Hanoi Amerika Serikat dan Kanada."),
    ("verb-first", "pl", "Podpisały ją organizacje z Niemiec i Kanady."),
    # institutions: plans, negations, other treaties
    ("institution", "zh", "全国人大常委会审议了关于批准《联合国打击网络犯罪公约》的议案。"),
    (
        "institution",
        "ru",
        "Госдума может ратифицировать Конвенцию ООН против киберпреступности в следующем году.",
    ),
    ("institution", "vi", "Quốc hội sẽ xem xét phê chuẩn Công ước Hà Nội."),
    ("institution", "zh", "全国人大常委会将审议批准《联合国打击网络犯罪公约》。"),
    ("institution", "en", "The Duma is expected to ratify the UN cybercrime convention."),
    ("institution", "id", "DPR belum meratifikasi Konvensi Hanoi."),
    ("institution", "de", "Die Staatsduma hat die Budapest-Konvention nicht ratifiziert."),
    ("institution", "ar", "لم يصادق مجلس الدوما على اتفاقية هانوي."),
    ("institution", "es", "Las Cortes Generales aún no han ratificado la Convención de Hanói."),
    ("institution", "pl", "Sejm nie ratyfikował jeszcze Konwencji z Hanoi."),
    # corrections
    (
        "correction",
        "en",
        "An earlier version of this article incorrectly stated that Canada had "
        "signed the Hanoi Convention.",
    ),
    # heads of state sign laws, not the convention
    ("institution", "zh", "国家主席签署主席令，批准《联合国打击网络犯罪公约》。"),
]


def _recaps(text: str, lang: str) -> set[tuple[str, str]]:
    return {(r.country, r.action) for r in recap_reports(split_sentences(text), lang)}


def _detected(text: str, lang: str) -> set[tuple[str, str]]:
    return {(r.country, r.action) for r in detect(text, language=lang).reports}


@pytest.mark.parametrize(("construction", "lang", "text", "expected"), POSITIVE)
def test_recap_found(construction: str, lang: str, text: str, expected: set) -> None:
    """Each construction names its countries, through `detect` as in the app."""
    assert _detected(text, lang) == expected, construction


@pytest.mark.parametrize(("construction", "lang", "text"), NEGATIVE)
def test_recap_trap(construction: str, lang: str, text: str) -> None:
    """Traps yield no recap reports."""
    assert _recaps(text, lang) == set(), construction


def test_languages_covered() -> None:
    """Every construction has positive and negative cases in at least 8 languages."""
    for construction in ("noun", "sequence", "verb-first", "institution"):
        positive = {lang for c, lang, _, _ in POSITIVE if c == construction}
        negative = {lang for c, lang, _ in NEGATIVE if c in (construction, "negation")}
        assert len(positive) >= 8 and len(negative) >= 8, construction
    assert len({lang for _, lang, _, _ in POSITIVE}) == 13


def test_main_rules_win_and_keep_first_evidence() -> None:
    """The main rules' report of a (country, action) is kept; recaps only add."""
    text = (
        "China signed the Hanoi Convention on Saturday.\n"
        "Among the signatories are China, Russia and Brazil."
    )
    reports = {(r.country, r.action): r for r in detect(text, language="en").reports}
    assert reports[("CN", S)].evidence.startswith("China signed")
    assert reports[("RU", S)].evidence.startswith("Among the signatories")


def test_article_about_another_treaty() -> None:
    """A signatory list in an article about the Budapest Convention is no event."""
    text = (
        "The Council of Europe's Budapest Convention was opened for signature in 2001.\n"
        "Among its signatories are Japan, Canada and the United States."
    )
    assert _detected(text, "en") == set()
