"""Sentences from blind pages that once produced false alerts, and their affirmative twins.

A false "X signed" alert costs users their trust, so each shape found wrong on
pages the detector's authors never saw is pinned here.
"""

from __future__ import annotations

import pytest

from monitor.detect import detect

OURS = {
    "en": "The UN Convention against Cybercrime was opened for signature in Hanoi.",
    "de": "Das Übereinkommen der Vereinten Nationen gegen Cyberkriminalität liegt zur "
    "Unterzeichnung auf.",
    "fr": "La Convention des Nations unies contre la cybercriminalité est ouverte à la signature.",
    "es": "La Convención de las Naciones Unidas contra la Ciberdelincuencia está abierta a "
    "la firma.",
    "ru": "Конвенция ООН против киберпреступности открыта для подписания.",
    "zh": "联合国打击网络犯罪公约已开放签署。",
    "pl": "Konwencja ONZ przeciwko cyberprzestępczości została otwarta do podpisu.",
    "pt": "A Convenção das Nações Unidas contra o Cibercrime está aberta à assinatura.",
    "id": "Konvensi PBB tentang Kejahatan Siber dibuka untuk penandatanganan.",
    "vi": "Công ước của Liên hợp quốc về chống tội phạm mạng được mở ký tại Hà Nội.",
    "ko": "유엔 사이버범죄협약이 서명을 위해 개방되었다.",
    "ja": "国連サイバー犯罪条約が署名のために開放された。",
    "ar": "فتحت اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية للتوقيع.",
}

NO_EVENT = [
    ("de", "Deutschland hat weder unterzeichnet noch ratifiziert."),
    ("fr", "La France n'a ni signé ni ratifié la convention."),
    ("es", "Japón no ha firmado ni ratificado la convención."),
    ("ru", "Индия не подписала и не ратифицировала конвенцию."),
    ("zh", "日本既未签署也未批准该公约。"),
    (
        "en",
        "Correction: An earlier version of this story incorrectly stated that Canada had signed "
        "the convention.",
    ),
    ("en", "Notable non-signatories include the United States, Canada and India."),
    ("en", "Potential signatories include Kenya and Ghana."),
    ("en", "Japan, absent among the signatories, said it would study the text."),
    ("en", "The United States did not sign, and neither did Canada."),
    ("en", "Reports that India had signed were false, the ministry said."),
    # neither/nor in the other languages
    ("pl", "Polska ani nie podpisała, ani nie ratyfikowała konwencji."),
    ("pt", "O Brasil nem assinou nem ratificou a convenção."),
    ("id", "Jepang belum menandatangani maupun meratifikasi konvensi tersebut."),
    ("ar", "لم توقع اليابان ولم تصادق على الاتفاقية."),
    ("ko", "일본은 협약에 서명하지도 비준하지도 않았다."),
    ("ja", "日本は条約に署名も批准もしていない。"),
    ("vi", "Nhật Bản chưa ký cũng chưa phê chuẩn công ước."),
    # corrections and retractions
    (
        "de",
        "Berichtigung: In einer früheren Fassung hieß es fälschlicherweise, Kanada habe das "
        "Übereinkommen unterzeichnet.",
    ),
    (
        "fr",
        "Rectificatif : une version précédente de cet article indiquait à tort que le Canada "
        "avait signé la convention.",
    ),
    (
        "es",
        "Corrección: una versión anterior de este artículo afirmaba erróneamente que Canadá "
        "había firmado la convención.",
    ),
    (
        "ru",
        "Исправление: в предыдущей версии статьи ошибочно говорилось, что Канада подписала "
        "конвенцию.",
    ),
    ("zh", "更正：本文早前版本错误地称加拿大已签署该公约。"),
    (
        "pl",
        "Sprostowanie: we wcześniejszej wersji artykułu błędnie podano, że Kanada podpisała "
        "konwencję.",
    ),
    (
        "pt",
        "Correção: uma versão anterior desta reportagem afirmou incorretamente que o Canadá "
        "assinou a convenção.",
    ),
    ("ja", "訂正：当初の記事で、カナダが条約に署名したと誤って記載しました。"),
    ("ko", "정정: 이전 기사에서 캐나다가 협약에 서명했다고 잘못 보도했습니다."),
    (
        "id",
        "Ralat: versi sebelumnya artikel ini keliru menyebut Kanada telah menandatangani konvensi.",
    ),
    ("ar", "تصحيح: ذكرت نسخة سابقة من هذا المقال عن طريق الخطأ أن كندا وقعت على الاتفاقية."),
    ("vi", "Đính chính: bản tin trước đã nhầm lẫn khi nói Canada đã ký công ước."),
    # non-, potential and absent signatories
    ("fr", "Parmi les non-signataires figurent les États-Unis, le Canada et l'Inde."),
    ("fr", "Parmi les signataires potentiels figurent le Kenya et le Ghana."),
    ("es", "Entre los posibles firmantes están Kenia y Ghana."),
    ("es", "Entre los países que no han firmado están Estados Unidos, Canadá e India."),
    ("de", "Zu den Nichtunterzeichnern gehören die USA, Kanada und Indien."),
    ("de", "Zu den potenziellen Unterzeichnern zählen Kenia und Ghana."),
    ("ru", "Среди не подписавших конвенцию стран — США, Канада и Индия."),
    ("ru", "Среди потенциальных подписантов — Кения и Гана."),
    ("zh", "未签署国包括美国、加拿大和印度。"),
    ("zh", "潜在签署国包括肯尼亚和加纳。"),
    ("pl", "Wśród potencjalnych sygnatariuszy są Kenia i Ghana."),
    ("pt", "Entre os potenciais signatários estão o Quênia e Gana."),
    ("en", "India is missing from the list of signatories."),
    ("en", "The United States is absent from the signatories."),
    ("en", "Among the possible signatories are Kenya and Ghana."),
    ("en", "Non-signatories: the United States, Canada and India."),
    ("en", "US, Canada absent from list of UN cybercrime treaty signatories"),
    ("en", "Correction: an earlier version listed Canada among the signatories."),
    ("fr", "Les pays non signataires : États-Unis, Canada et Inde."),
    # other agreements as the object: cooperation documents
    ("en", "Kenya and Vietnam signed three cooperation documents in Hanoi."),
    ("de", "Kenia und Vietnam haben drei Kooperationsabkommen unterzeichnet."),
    ("zh", "肯尼亚和越南签署了三份合作文件。"),
    ("ko", "케냐와 베트남은 세 건의 협력 문서에 서명했다."),
    ("vi", "Kenya và Việt Nam đã ký ba văn kiện hợp tác."),
    ("es", "Kenia y Vietnam firmaron tres acuerdos de cooperación en Hanói."),
    ("fr", "Le Kenya et le Vietnam ont signé trois accords de coopération à Hanoï."),
    # a relative clause attached to another treaty
    ("en", "The Budapest Convention, which Kenya signed in 2001, remains the reference."),
    # a ratification noun whose own predicate is a plan
    ("en", "Kenya's instrument of ratification will be deposited with the UN Secretary-General."),
    ("fr", "L'instrument de ratification du Kenya sera déposé auprès du Secrétaire général."),
    ("de", "Die Ratifikationsurkunde Kenias wird beim UN-Generalsekretär hinterlegt."),
    # an 'after'-clause whose main clause is a plan
    ("en", "After Parliament ratified the convention, the instrument will be deposited."),
    ("id", "Setelah DPR mengesahkan Konvensi, instrumen akan disimpan."),
    (
        "es",
        "Después de que el Congreso ratifique la convención, el instrumento será depositado.",
    ),
    ("pt", "Depois de o Parlamento ratificar a convenção, o instrumento será depositado."),
    (
        "de",
        "Nachdem der Bundestag das Übereinkommen ratifiziert hat, wird die Urkunde hinterlegt.",
    ),
]

EVENT = [
    ("de", "Deutschland hat das Übereinkommen unterzeichnet und ratifiziert.", {"DE"}),
    ("en", "Kenya and Ghana are among the signatories.", {"KE", "GH"}),
    ("en", "Canada signed the convention on Monday, the ministry said.", {"CA"}),
    ("fr", "Parmi les signataires figurent le Kenya et le Ghana.", {"KE", "GH"}),
    ("es", "Entre los firmantes están Kenia y Ghana.", {"KE", "GH"}),
    ("de", "Zu den Unterzeichnern gehören Kenia und Ghana.", {"KE", "GH"}),
    ("ru", "Среди подписантов — Кения и Гана.", {"KE", "GH"}),
    ("pl", "Wśród sygnatariuszy są Kenia i Ghana.", {"KE", "GH"}),
    ("pt", "Entre os signatários estão o Quênia e Gana.", {"KE", "GH"}),
    ("zh", "签署国包括肯尼亚和加纳。", {"KE", "GH"}),
    ("en", "Among the signatories are Kenya and Ghana.", {"KE", "GH"}),
    (
        "en",
        "Kenya and Ghana were among the signatories, while India was absent from the list.",
        {"KE", "GH"},
    ),
    ("de", "Kanada hat das Übereinkommen am Montag unterzeichnet.", {"CA"}),
    ("fr", "Le Canada a signé la convention lundi.", {"CA"}),
    ("es", "Canadá firmó la convención el lunes.", {"CA"}),
    ("ru", "Канада подписала конвенцию в понедельник.", {"CA"}),
    ("zh", "加拿大已签署该公约。", {"CA"}),
    ("pl", "Kanada podpisała konwencję w poniedziałek.", {"CA"}),
    ("pt", "O Canadá assinou a convenção na segunda-feira.", {"CA"}),
    ("ja", "カナダは条約に署名した。", {"CA"}),
    ("ko", "캐나다는 협약에 서명했다.", {"CA"}),
    ("id", "Kanada telah menandatangani konvensi tersebut.", {"CA"}),
    ("ar", "وقعت كندا على الاتفاقية يوم الاثنين.", {"CA"}),
    ("vi", "Canada đã ký công ước.", {"CA"}),
    # relative clauses and cooperation documents that leave our convention the object
    ("en", "The convention, which Canada signed on Monday, was opened in Hanoi.", {"CA"}),
    ("id", "Konvensi yang ditandatangani Kanada pada hari Senin itu dibuka di Hanoi.", {"CA"}),
    (
        "pt",
        "O Canadá assinou a convenção na segunda-feira, em Hanói, onde também foram assinados "
        "instrumentos de cooperação.",
        {"CA"},
    ),
    ("fr", "Après le vote du Parlement, le Canada a ratifié et signé la convention.", {"CA"}),
    (
        "de",
        "Nach Angaben des Ministeriums hat Kanada das Übereinkommen am Montag unterzeichnet, "
        "Ghana wird folgen.",
        {"CA"},
    ),
]


@pytest.mark.parametrize(("lang", "sentence"), NO_EVENT)
def test_no_event(lang: str, sentence: str) -> None:
    found = detect(f"{OURS[lang]}\n\n{sentence}", language=lang)
    assert [(r.country, r.action) for r in found.reports] == []


@pytest.mark.parametrize(("lang", "sentence", "countries"), EVENT)
def test_event(lang: str, sentence: str, countries: set[str]) -> None:
    found = detect(f"{OURS[lang]}\n\n{sentence}", language=lang)
    assert {r.country for r in found.reports if r.action == "signature"} == countries


BLIND_FALSE_EVENTS = [
    # a home-press body qualified by another country after an aside
    (
        "vi",
        "Công ước của Liên hợp quốc về chống tội phạm mạng được mở ký tại Hà Nội.\n\n"
        "Trước đó, ngày 10/2, Quốc hội (Milli Majlis) Azerbaijan đã thông qua dự luật phê chuẩn "
        "Công ước.",
        {("AZ", "ratification")},
    ),
    # a legal requirement ("must be approved before it can be deposited")
    (
        "zh",
        "联合国打击网络犯罪公约已开放签署。\n\n按照缔结条约程序法，公约须经全国人大常委会决定批准后，"
        "方可由外交部向联合国秘书长交存批准书。",
        set(),
    ),
    # a plan to start the procedure
    (
        "ko",
        "유엔 사이버범죄협약 서명식이 열렸다.\n\n정부는 향후 국회 비준 동의 절차를 밟을 계획이다.",
        set(),
    ),
    # "the Budapest framework followed by the Philippines": another treaty's relative clause
    (
        "id",
        "Konvensi PBB tentang Kejahatan Siber dibuka untuk penandatanganan.\n\n"
        "Vietnam telah menandatangani konvensi tersebut.\n\n"
        "Bagi ASEAN, konvensi ini bisa menjadi jembatan antara kerangka Budapest yang diikuti "
        "Filipina dan pendekatan kedaulatan siber yang dianut negara lain.",
        {("VN", "signature")},
    ),
    # "after the DPR passes it, the instrument of ratification will be deposited": a plan
    (
        "id",
        "Konvensi PBB tentang Kejahatan Siber dibuka untuk penandatanganan.\n\n"
        "Setelah disahkan DPR, instrumen ratifikasi akan disimpan pada Sekretaris Jenderal PBB.",
        set(),
    ),
    # its affirmative twin
    (
        "id",
        "Konvensi PBB tentang Kejahatan Siber dibuka untuk penandatanganan.\n\n"
        "Setelah disahkan DPR, Indonesia telah menyimpan instrumen ratifikasi pada Sekretaris "
        "Jenderal PBB.",
        {("ID", "ratification")},
    ),
    (
        "en",
        "The UN Convention against Cybercrime was opened for signature in Hanoi.\n\n"
        "After Parliament approved it, Kenya deposited its instrument of ratification on Monday.",
        {("KE", "ratification")},
    ),
    # cooperation instruments signed in Hanoi are not the convention
    (
        "pt",
        "A Convenção das Nações Unidas contra o Cibercrime está aberta à assinatura.\n\n"
        "Moçambique e a República Socialista do Vietname assinaram, esta quinta-feira, em "
        "Hanói, três instrumentos de cooperação nas áreas da agricultura.",
        set(),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BLIND_FALSE_EVENTS)
def test_blind_false_events(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert {(r.country, r.action) for r in detect(text, language=lang).reports} == expected
