"""Sentence-level markers for the event rules: anaphora, drafts and parliaments, hearsay,
laws and instrument kinds.  Patterns run on folded text (`textnorm.fold`)."""

from __future__ import annotations

import re

# "his country", "son pays", "该国": the one country named before it in the sentence.
OWN_COUNTRY = re.compile(
    r"\b(?:his|her|its|their|our) (?:country|government|nation)\b|\bson (?:pays|gouvernement)\b|"
    r"\bleur pays\b|\bsu (?:pais|gobierno)\b|\bseu (?:pais|governo)\b|"
    r"\b(?:sein|ihr) (?:land|regierung)\b|\b(?:jego|jej|ich) (?:kraj|rzad)\w*|"
    r"\b(?:его|ее|их) (?:стран|правительств)\w*|\bnegaranya\b|该国|其国家|同国|자국|بلاده|بلادها"
)
# A government adopting a draft ratification bill has not ratified (parliament has not voted).
DRAFT = re.compile(
    r"\b(?:draft|bill|projet de loi|proyecto de ley|projeto de lei|projekt\w* ustawy|"
    r"законопроект\w*|du thao|gesetzentwurf\w*|rancangan undang\w*|ruu)\b|草案|法案|법안|"
    r"مشروع قانون"
)
# A bill submitted to parliament, the act verb inside its name ("đã trình Hạ viện dự luật phê
# chuẩn", "submitted the ratification bill"): no ratification yet.
SUBMITTED_BILL = re.compile(
    r"\b(?:submitted|sent|tabled|forwarded|introduced|trinh|de trinh|gui|menyerahkan|"
    r"mengajukan|mengirim\w*|soumis|depose|transmis|presento|remitio|envio|enviou|encaminhou|"
    r"submeteu|ubermittelt|eingebracht|zlozyl\w*|skierowal\w*|przekazal\w*|внес\w*|"
    r"направил\w*)\b[^.;]{0,50}?(?:draft|bill|du luat|du thao|projet de loi|proyecto de ley|"
    r"projeto de lei|projekt\w* ustawy|законопроект\w*|gesetzentwurf\w*|ruu|"
    r"rancangan undang\w*)\W{0,3}(?:[\w-]+\W+){0,3}$"
)
GOVERNMENT = re.compile(
    r"\b(?:cabinet|government|council of ministers|conseil des ministres|consejo de ministros|"
    r"conselho de ministros|rada ministrow|правительств\w*|chinh phu|noi cac|kabinett|"
    r"bundeskabinett|"
    r"bundesregierung|kabinet)\b|国务院|政府|내각|국무회의|閣議|مجلس الوزراء"
)
PARLIAMENT = re.compile(
    r"\b(?:parliament|national assembly|senate|congress|duma|дума|sejm\w*|senat|majlis|"
    r"legislature|lawmakers|deputies|assemblee nationale|asamblea|assembleia|bundestag|quoc hoi|"
    r"dpr|парламент\w*|депутат\w*|госдума\w*)\b|人大|国会|국회|مجلس النواب|البرلمان|مجلس الشعب"
)
# "the country", "同国", "该国": the one country the previous sentence named.
THE_COUNTRY = re.compile(
    r"\bthe country(?:'s)?\b|\bce pays\b|\beste pais\b|\bdieses land\b|\bten kraj\b|"
    r"\bэта страна\b|\bnuoc nay\b|\bnegara tersebut\b|同国|该国|該国|이 나라|그 나라|هذا البلد"
)
# "the Union" after the European Union was named.
THE_UNION = re.compile(
    r"\bthe union\b|\bl'union\b|\bla union\b|\ba uniao\b|\bdie union\b|\bunia\b|"
    r"\bсоюз\b|\blien minh\b"
)
# A clause introduced as a claim, rumour or denial ("reports that Canada signed were false").
HEARSAY = re.compile(
    r"\b(?:reports?|claims?|claiming|alleging|rumou?rs?|allegations?|speculation|denied|deny|"
    r"denies|false|falso|falsa|faux|fausse|falsch|nieprawda|неправда|"
    r"informations? selon lesquelles|rumeurs?|desminti\w*|rumores?|boatos?|geruchte?|"
    r"dementi\w*|pogloski|слухи|сообщения о том|опроверг\w*|tin don|bac bo|beschlie(?:ss|ß)t|"
    r"beschlossen|beschliessen|decides|decided|decide|decidio|decidiu|postanowil\w*|"
    r"решил\w*|quyet dinh)\b[^.;]{0,12}$"
)
RATIFICATION_WORD = re.compile(
    r"ratif|ratyf|批准|비준|التصديق|phe chuan|ратифик|\bapproving\b|об (?:одобрении|утверждении)|"
    r"loi d'approbation|ley aprobatoria|zustimmungsgesetz|vertragsgesetz"
)
LAW = re.compile(
    r"\b(?:law|bill|decree|decision|act|(?:presidential|executive) order|закон\w*|указ\w*|"
    r"ustaw\w*|luat|quyet dinh|lenh|"
    r"gesetz\w*|loi|ley|lei|undang\w*|decret\w*|decreto|keputusan)\b|法律|法案|法令|命令|政令|决定|"
    r"決定|批准法|批准令|总统令|總統令|大統領令|법률|법안|법령|명령|"
    r"قانون|مرسوم"
)
INSTRUMENT_KIND = (
    (
        "accession",
        r"access|acced|adhes|beitritt|przystapien|присоедин|加入|가입|الانضمام|gia nhap|aksesi",
    ),
    ("acceptance", r"accept|aceptac|annahme|akceptac|接受|수락|القبول|chap nhan|penerimaan"),
    (
        "approval",
        r"approv|aprob|aprova|genehmig|zatwierdz|одобрен|утвержден|核准|승인|الموافقة|phe duyet",
    ),
    ("ratification", r"ratif|批准|비준|التصديق|phe chuan|ратифик"),
)

# A question, or a sentence that is one quotation ("“Argentina firmó en Vietnam …”" reproduced by
# a fact-check): it asserts nothing itself.
UNASSERTED = re.compile(r"[?？؟]\W*$|^\W*[\"“«„「『][^\"“”«»„「」『』]{10,}[\"”»“」』]\W*$")
