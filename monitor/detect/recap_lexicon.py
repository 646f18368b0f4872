"""Per-language phrase tables for recap constructions (`recaps`).

Patterns run on the per-language view of `events.prepare` (folded: lower case,
no diacritics, dashes as "-"; Vietnamese and German keep their marks).  A named
group `n` holds the noun or verb that decides the action (`ACTION_RATIFY`).
"""

from __future__ import annotations

_AR_B = r"(?<![\u0621-\u064a])[وف]?"
_AR_E = r"(?![\u0621-\u064a])"
_NO_PREFIX = r"(?<![-\w])"  # "non-signatories" is no signatory noun
_MODS = r"(?:\w+ ){0,2}?"  # "among the first 20 signatories"
# "one of 72 countries and organisations that signed"
_AND_ORGS = (
    r"(?: (?:and|et|y|e|dan|và) (?:\w+ )?(?:organi[sz]ations?|organisations?|organizaciones|"
    r"organizacoes|organisasi|tổ chức|entities|entites|entidades))?"
)
_LIST_MARK = r"(?:\s*[:\-–—]|\s+(?=\S))"

# Words deciding the action of a matched noun or verb.
ACTION_RATIFY = (
    r"ratif|ratyf|depos|hinterleg|сдавш|(?<!signing )\bparties\b|批准|비준|تصديق|صادق|مصدق|الاطراف|"
    r"phe chuan|phê chuẩn|ратифиц|寄託|기탁|"
    r"quốc gia thành viên|states parties|etats parties|estados partes|vertragsstaat|panstw-stron|"
    r"stronami|"
    r"negara pihak|"
    r"缔约国|締約国|"
    r"缔约方|締約方"
)

# A signatory noun followed by the list of its members ("Among the signatories are ...").
# The match ends where the list may begin; treaty names and filler words may still follow.
NOUN_THEN_LIST: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:previous |earlier |other |the )?(?P<d>deposits|ratifications) (?:include|included) "
        r"(?:those of )?",
        r"\b(?P<c>signatures|ratifications)\b[^.;:]{0,40}?\bamong them (?:those of )?",
        r"\b(?:more|others|states|countries) (?:have |has )?joined the list"
        r"(?: of (?P<j>signatories|parties))?\s*:",
        r"\bthe list (?:of (?P<n>signatories|parties) )?has (?:grown|expanded|lengthened) "
        r"(?:to include|with)\b",
        r"\b(?:the )?(?:early |first |new |latest |recent )?(?P<m>(?:state |signing )?parties)\b"
        r"(?= (?:were|are|include|included)\b)",
        rf"\bamong (?:the )?{_MODS}{_NO_PREFIX}(?P<p>signatories|signers|ratifiers|"
        r"(?:signing|ratifying) (?:states|countries|parties|nations))\b",
        rf"{_NO_PREFIX}(?P<n>signatories|signers|ratifiers)\b"
        r"(?=,? (?:\S+ ){0,8}?(?:include[sd]?|are|were)\b)",
        r"\bamong (?:the )?(?:countries|states|nations|those|governments) (?:that|which|who) "
        r"(?:have |had )?(?:already )?(?P<n>signed|ratified)\b",
        r"(?:^|\balso |\bfirst )(?P<n>signing|ratifying)\b(?= .{0,80}?\b(?:were|was|are)\b)",
        rf"{_NO_PREFIX}(?P<n>signatories|signers|ratifiers|ratifications)"
        r"(?: so far| to date)?(?=:)",
    ),
    "fr": (
        rf"\bparmi les {_MODS}{_NO_PREFIX}(?P<n>(?:pays |etats )?signataires|"
        r"(?:pays |etats )?ayant (?:deja )?(?:signe|ratifie|depose)|(?:pays|etats|nations) qui ont "
        r"(?:deja )?(?:signe|ratifie|depose))\b",
        rf"\bles {_MODS}{_NO_PREFIX}(?P<n>signataires)\b(?= (?:\S+ ){{0,6}}?"
        r"(?:sont|comptent|incluent|comprennent)\b)",
    ),
    "es": (
        rf"\bentre (?:los|las) {_MODS}{_NO_PREFIX}(?P<n>(?:paises |estados )?(?:firmantes|"
        r"signatarios)|ratificantes|(?:paises|estados|naciones) que (?:ya )?(?:han )?"
        r"(?:firmado|firmaron|ratificado|ratificaron))\b",
        r"\bentre quienes (?:ya )?(?:han )?(?P<n>firmado|firmaron|ratificado|ratificaron)\b",
    ),
    "pt": (
        rf"\bentre (?:os|as) {_MODS}{_NO_PREFIX}(?P<n>(?:paises |estados )?signatarios|"
        r"ratificantes|(?:paises|estados|nacoes) que (?:ja )?(?:assinaram|ratificaram))\b",
    ),
    "de": (
        r"\bzu den (?:\w+ ){0,2}?(?P<n>unterzeichner(?:n|staaten|ländern)?|signatarstaaten|"
        r"erstunterzeichnern|vertragsstaaten)\b",
        r"\bunter den (?:\w+ ){0,2}?(?P<n>unterzeichnern|unterzeichnerstaaten|signatarstaaten)\b",
        r"\b(?:unter|zu) den (?:staaten|ländern), die (?:\S+ ){1,8}?(?P<n>unterzeichnet|"
        r"ratifiziert) (?:haben|hatten)\b",
        r"(?:^|\bdie )(?:\w+ ){0,1}?(?P<n>unterzeichner(?:staaten)?|signatarstaaten)\b"
        r"(?= (?:\S+ ){0,6}?(?:sind|waren|umfassen)\b)",
    ),
    "pl": (
        r"\b(?P<n>stronami) konwencji (?:jest|sa) (?:juz |obecnie )?\d+ (?:panstw|krajow),? "
        r"(?:w tym|m\.in\.)(?: z regionu)?",
        r"\bpierwsz\w+ (?:panstw\w*|kraj\w*),? (?:ktore|ktory|ktora) (?P<n>ratyfikowal\w*|"
        r"podpisal\w*|zlozyl\w* (?:dokument|podpis)\w*)",
        rf"\b(?:wsrod|w gronie|w gronie|miedzy) {_MODS}{_NO_PREFIX}(?P<n>sygnatariusz\w*|"
        r"(?:panstw|krajow),? ktore (?:juz )?(?:podpisaly|ratyfikowaly))",
        r"\bdo (?:\w+ ){0,2}?(?P<n>sygnatariuszy)\b",
    ),
    "ru": (
        r"\bперв\w+ (?:государств\w*|стран\w*),? (?P<n>сдавш\w*|ратифицировавш\w*|"
        r"подписавш\w*)[^.;]{0,90}?,? (?:стал\w*|был\w*|является)(?= )",
        r"\b(?:среди|в числе) (?:\w+,? ){0,2}?(?P<n>подписант\w*|стран[- ]подписант\w*|"
        r"подписавш\w*|ратифицировавш\w*|стран,? (?:которые )?(?:уже )?(?:подписал\w*|"
        r"ратифицировал\w*))",
    ),
    "ar": (
        rf"{_AR_B}(?:من بين|بين|من) (?P<n>الموقعين|الدول الموقعة|المصادقين|الدول المصادقة|"
        rf"الدول التي (?:صادقت|وقعت)|الدول الاطراف){_AR_E}",
        rf"{_AR_B}(?:انضمت|انضم|انضمت ايضا) (?:الي|الى) (?:قايمة )?(?P<n>الموقعين|الدول الموقعة|"
        rf"المصادقين){_AR_E}",
    ),
    "id": (
        r"\b(?:di antara|diantara|dari) (?:para |negara[- ])?(?:\w+ )?(?P<n>penandatangan|"
        r"peratifikasi)\b",
        r"\b(?:negara[- ])?(?P<n>penandatangan)\b(?= (?:\S+ ){0,6}?(?:antara lain|termasuk|adalah|"
        r"yaitu|ialah|meliputi)\b)",
    ),
    "vi": (
        r"(?<!\w)(?:danh sách|trong số|trong danh sách) (?:các |những )?(?P<n>(?:bên|nước|quốc gia|"
        r"thành viên) (?:đã )?(?:ký|phê chuẩn)(?: kết)?)(?!\w)",
        r"(?<!\w)(?:danh sách|những|các) (?P<n>bên (?:ký|phê chuẩn))(?: (?:đầu tiên|mới nhất))?"
        r"(?: (?:còn|cũng))? (?:có|gồm|là|tiếp tục được (?:mở rộng|bổ sung) với)(?!\w)",
        r"(?<!\w)(?P<n>bên (?:ký|phê chuẩn)) (?:mới nhất|gần nhất|đầu tiên) là(?!\w)",
    ),
    "zh": (
        r"(?P<n>签署国|簽署國|签约国|簽約國|批准国|批准國|签署方|簽署方|缔约方|締約方)"
        r"(?:之列|名单|名單)?(?:中|里|裡)?",
    ),
    "ja": (
        r"(?P<n>署名国|批准国|署名した国)(?:に|には|は|として)",
        r"(?P<n>署名|批准|寄託)(?:したのは|(?:まで)?済ませたのは)",
    ),
    "ko": (r"(?P<n>서명국|비준국|서명한 나라|서명한 국가)(?:에는|으로는|은|는|으로|로는)",),
}

# A list of countries followed by "are among the signatories" (the list comes first).
LIST_THEN_NOUN: dict[str, str] = {
    "en": r"\b(?:also )?signing first\b|\balso (?:signing|ratifying)\b|"
    r"\b(?:are|were|was|is) (?:also )?among (?:the )?(?:\w+ )?(?:those|countries|states|"
    r"nations)(?: that| who| which)? (?:have |had )?(?:sign|ratif)\w*|\bjoined (?:the )?(?:list|"
    r"ranks|group) of (?:\w+ )?(?:signatories|signers|ratifiers)|\bjoined the (?:[\w']+ )?"
    r"signatories\b",
    "fr": rf"\b(?:figur\w+|compt\w+|sont|est|etait|etaient|se trouv\w+) (?:aussi |egalement |"
    rf"deja )?parmi les {_MODS}{_NO_PREFIX}(?P<n>signataires|(?:pays |etats )?ayant signe)\b|"
    r"\b(?:ont|a) (?:aussi |egalement |desormais )?rejoint (?:la liste des |les rangs des |les )"
    r"(?:\w+ )?signataires\b",
    "es": r"\b(?:esta|estan|estaba|estaban|figura\w*|se encuentra\w*|son|es|se cuenta\w*) "
    rf"(?:tambien )?entre (?:los|las) {_MODS}(?P<n>firmantes|signatarios)\b|"
    r"\bse sum\w+ (?:tambien )?a (?:la lista de )?(?:los )?(?:\w+ )?(?:firmantes|signatarios)\b",
    "pt": r"\b(?:esta|estao|estava|estavam|figura\w*|sao|se encontra\w*|encontra\w*-se) "
    rf"(?:tambem )?entre (?:os|as) {_MODS}(?P<n>signatarios)\b|"
    r"\b(?:foi|e|sao|foram) (?:tambem )?(?:um|uma|uns|umas) d[oa]s (?:\w+ )?signatarios\b|"
    r"\bjunt\w+-se (?:tambem )?aos (?:\w+ )?signatarios\b",
    "de": r"\b(?:gehör\w+|zähl\w+) (?:\w+ ){0,3}?zu den (?:\w+ ){0,2}?(?P<n>unterzeichner\w*|"
    r"signatarstaaten)\b|\b(?:ist|sind|war|waren|befind\w+ sich) (?:\w+ ){0,2}?unter den "
    r"(?:\w+ ){0,2}?(?P<m>unterzeichner\w*)\b",
    "pl": r"\b(?:jest|sa|byl\w*|znalaz\w+ sie|znajduj\w+ sie|naleza\w*|nalezy|nalezal\w*) "
    rf"(?:takze |rowniez |tez )?(?:wsrod|w gronie|miedzy|do) {_MODS}(?P<n>sygnatariusz\w*)|"
    r"\bdolaczy\w* (?:takze |rowniez |tez )?do (?:grona )?(?:\w+ )?sygnatariuszy|"
    r"\b(?:jest|sa|byl\w*|znalaz\w+ sie) (?:takze |rowniez |tez )?(?:wsrod|w gronie) (?:\w+ )?"
    r"(?:panstw|krajow),? (?:ktore|ktorych) (?:juz )?(?P<p>podpisaly|zlozyly podpis\w*|"
    r"ratyfikowaly)",
    "ru": r"\b(?:вошл\w*|входят|входит|вошел|оказал\w*|числ\w+|значат\w*) (?:\w+ )?(?:в число|"
    r"среди) (?:\w+ )?(?P<n>подписант\w*|подписавш\w*|ратифицировавш\w*)|"
    r"\bприсоединил\w* (?:также )?к (?:числу )?(?:\w+ )?подписант\w*",
    "id": r"\btermasuk (?:yang|negara) (?:paling awal|pertama|pertama-tama) (?P<m>meratifikasi|"
    r"menandatangani)\b|"
    r"\b(?:termasuk|menjadi|berada) (?:di antara |dalam |salah satu )?(?:\w+ )?"
    r"(?P<n>penandatangan|negara penandatangan)\b|\bbergabung dengan (?:para |negara[- ])?"
    r"penandatangan\b",
    "vi": r"(?<!\w)(?:nằm trong|có tên trong|thuộc) (?:số |danh sách )?(?:các |những )?"
    r"(?P<n>(?:bên|nước|quốc gia) (?:đã )?(?:ký|phê chuẩn))(?!\w)",
    "zh": r"(?:位列|跻身|躋身|列入|名列|也在|均在|都在)(?P<n>签署国|簽署國|首批签署国)",
    "ja": r"(?P<n>署名国|批准国)に名を連ね",
    "ko": r"(?P<n>서명국|비준국)에 (?:이름을 )?(?:올렸|포함)",
    "ar": rf"{_AR_B}(?:من|ضمن|بين|الي|الى) (?:قايمة )?(?P<n>الدول الموقعة|الموقعين|الدول المصادقة)"
    rf"{_AR_E}|{_AR_B}من بين (?:ال)?ـ?\d+ دولة (?:ومنظمة )?التي (?P<m>وقعت|صادقت){_AR_E}",
}

# Words allowed between a signatory noun and its list, besides treaty names.
GAP_WORDS = (
    r"of|the|un|to|date|so|far|first|at|in|hanoi|are|were|include|included|includes|"
    r"comprise|was|is|also|le|la|les|l'|de|du|des|d'|a|figurent|figuraient|figure|on|trouve|"
    r"compte|retrouve|se|trouvent|sont|etaient|il|y|notamment|el|los|las|del|al|estan|estaban|"
    r"figuran|figuraban|encuentran|encuentra|cuentan|hay|son|o|os|as|da|do|das|dos|estao|estavam|"
    r"figuram|encontram-se|encontram|constam|sao|der|die|des|von|gehören|gehörten|zählen|zählten|"
    r"sind|waren|befinden|finden|sich|auch|u\.a\.|unter|anderem|etwa|z|sa|byly|byli|znalazly|"
    r"znalazl\w*|sie|znajduja|naleza|nalezaly|jest|m\.in\.|miedzy|innymi|takze|rowniez|tez|"
    r"есть|были|оказались|значатся|числятся|также|конвенци\w*|и|а|na|pada|adalah|yaitu|ialah|"
    r"termasuk|antara|lain|meliputi|ada|có|gồm|là|bao|của|công|ước|và|al-|على|علي|هي|كل|"
    r"الامم|المتحدة|لمكافحة|بشان|الدول|التي|حتي|حتى|الان|الآن|"
    r"from|up|now|today|hitherto|signature|signing|ceremony|among|them|including|such|notably|"
    r"namely|dont|parmi|lesquels|eux|ellos|ellas|eles|elas|incluidos|incluyendo|incluindo|como|"
    r"darunter|ihnen|w|tym|wsrod|nich|в|том|числе|среди|них|включая|di|antaranya|trong|đó|"
    r"منها|بينها|ومنها|بما|في|ذلك|الي|الى|قايمة|تضم|تشمل|وتضم|وتشمل|حتي|حتى|اليوم|الان|ايضا|list|ratified|signed|"
    r"those|who|that|which|so|far|included|were|konwencj\w*|byl|byla|bylo|buổi|sáng|chiều|"
    # the rest of the convention's name, where a treaty reference stops short of it
    r"against|contre|contra|gegen|przeciwko|против|tentang|cybercrime|cybercriminalite|"
    r"ciberdelincuencia|ciberdelito|crime|cibernetico|ciberneticos|cyberkriminalität|"
    r"cyberprzestepczosci|киберпреступности|kejahatan|siber|un|onu|oon|pbb|ooh|"
    # representatives of the countries listed ("przedstawiciele Chin, Rosji")
    r"representatives|representants|representantes|vertreter|przedstawiciele|представители|"
    r"perwakilan|delegations|delegacje|delegaciones|delegacoes|делегации"
)

# Languages where a completed-act verb may come before its subject ("Firmaron asimismo ...").
INVERTING = frozenset({"fr", "es", "pt", "de", "pl", "ru", "ar", "id"})
# Words allowed between a clause-initial verb and its subject list.
INVERSION_GAP = (
    r"aussi|egalement|deja|ensuite|le|la|les|l'|texte|asimismo|tambien|ademas|el|los|las|"
    r"tambem|ainda|o|a|os|as|auch|ebenfalls|dagegen|zudem|bereits|außerdem|die|der|das|es|sie|"
    r"ja|takze|rowniez|tez|juz|ее|её|его|их|также|тоже|уже|её|la|lo|ihn|hingegen|jedoch|"
    r"inzwischen|mittlerweile|d'ores|et|en|outre|por|su|parte|seu|lado|pour|sa|part|"
    r"ihrerseits|seinerseits|z|kolei|swojej|strony|со|своеи|стороны|كما|ايضا|كذلك|كل|من|علي|"
    r"على|entre|otros|otras|outros|outras|unter|anderem|notamment|among|others|m\.in\.|"
    r"в|том|числе|antara|lain|juga|bislang|bisher|nur|erst|schon|als|erstes|erster|land|staat|"
    r"это|сделал\w*|turut|ikut|pula|itu|tersebut|jako|pierwsz\w*|primeiro|primeira|primero|"
    r"primera|premier|premiere|первои|первым|hanoi|ханое|в ханое|am|im|mitte|anfang|ende|on|"
    r"early|late|last|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|januar|februar|marz|märz|april|mai|juni|"
    r"juli|august|september|oktober|november|dezember|january|february|march|may|june|july|"
    r"october|december|"
    # time phrases: "firmaron ese día Francia", "stroną została w zeszłym tygodniu Nigeria"
    r"ese|este|esse|aquel|dia|semana|mes|ano|pasado|pasada|passado|passada|ce|cette|jour|"
    r"semaine|mois|annee|derniere?|this|that|day|week|month|year|zeszlym|ubieglym|tygodniu|"
    r"miesiacu|roku|dzis|wczoraj|прошлои|неделе|месяце|году|вчера|pekan|minggu|bulan|lalu|"
    r"tahun|hari|kemarin|dieser|diesem|letzten|vergangenen|woche|monat|jahr|tag|gestern|"
    r"\d{1,4}\.?"
)

# Act verbs the main lexicon leaves out, used only in verb-first clauses (action, pattern).
EXTRA_VERBS: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (("signature", r"\b(?:ont|a|avaient|avait) (?:\w+ )?paraphe(?:s|e|es)?\b"),),
    "pt": (
        ("signature", r"\bsubscrev(?:eu|eram)\b|\bsubscrit[oa]s? (?:por|pel[oa]s?)\b"),
        ("signature", r"\brubric(?:ou|aram)\b"),
    ),
    "ar": (
        ("signature", rf"{_AR_B}(?:وقعت|وقع|وقعوا)(?:ها|ه){_AR_E}"),
        ("ratification", rf"{_AR_B}(?:صادقت|صادق|صادقوا) عليها{_AR_E}"),
    ),
}

# "Portugal was one of the 72 countries that signed": the list comes first.
ONE_OF: dict[str, str] = {
    "en": rf"\bone of (?:the )?(?:\w+ )?(?:countries|states|nations){_AND_ORGS} (?:that|which|to) "
    r"(?:have |had )?(?:signed|ratified|sign|ratify)\b",
    "fr": rf"\b(?:l'un|l'une|un|une) des (?:\w+ )?(?:pays|etats){_AND_ORGS} "
    r"(?:qui ont|ayant|a avoir) "
    r"(?:deja )?(?:signe|ratifie)\b",
    "es": rf"\b(?:uno|una) de los (?:\w+ )?(?:paises|estados){_AND_ORGS} que (?:ya )?(?:han )?"
    r"(?:firmaron|firmado|ratificaron|ratificado)\b",
    "pt": r"\b(?:um|uma|dois|duas|tres) d[oa]s (?:\w+ )?(?:paises|estados|nacoes) (?:que|a) "
    r"(?:ja )?(?:assinaram|"
    r"ratificaram|assinar|ratificar)\b",
    "de": r"\b(?:eines|einer) der (?:\w+ )?(?:länder|staaten), die (?:\S+ ){1,6}?(?:unterzeichnet|"
    r"ratifiziert) (?:haben|hatten)\b",
    "pl": r"\bjednym z (?:\w+ )?(?:panstw|krajow),? (?:ktore (?:juz )?)?(?:podpisaly|ratyfikowaly)",
    "ru": r"\bоднои из (?:\w+ )?стран,? (?:подписавш|ратифицировавш|которые подписал|которые "
    r"ратифицировал)\w*",
    "id": rf"\bsalah satu (?:dari )?(?:\w+ )?negara{_AND_ORGS} yang (?:telah |sudah )?"
    r"(?:menandatangani|"
    r"meratifikasi)\b",
    "vi": rf"(?<!\w)là một trong (?:số )?(?:\w+ )?(?:nước|quốc gia){_AND_ORGS} "
    r"(?:đã )?(?:ký|phê chuẩn)"
    r"(?!\w)",
}

# A sentence that only adds countries to the previous sentence's act ("Spain too.").
ALSO_WORDS = (
    r"too|also|as well|among the others|likewise|aussi|egalement|de meme|tambien|asimismo|"
    r"igualmente|tambem|"
    r"auch|ebenfalls|gleichfalls|takze|rowniez|tez|тоже|также|juga|pun|cũng vậy|cũng thế|cũng|"
    r"也是|也|亦然|同様|も同様|도|ايضا|كذلك"
)
ELLIPSIS_FILLER = (
    r"and|et|y|e|und|i|и|а|dan|và|so|did|la|le|les|l'|el|los|las|a|o|os|as|die|der|das|the|"
    r"do|da|also|ainsi|que|que|a|ja|est|so|did|same|the|thing|hizo|lo|mismo|fez|o|mesmo|"
    r"fit|de|meme|tat|dasselbe|zrobila|zrobil\w*|to|samo|сделал\w*|то|же|самое|melakukan|hal|"
    r"yang|sama|vậy|thế|như|were|are|among|others"
)

# Institutions that belong to exactly one country (pattern on the view, country code).
INSTITUTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "*": (
        (r"\bmilli (?:majlis|mejlis|meclis)\w*", "AZ"),
        (r"\bverkhovna rada\b|\bверховн\w* рад\w*", "UA"),
        (r"\boliy majlis\b", "UZ"),
        (r"\bjogorku kenesh\b", "KG"),
        (r"\bmazhilis\b", "KZ"),
    ),
    "en": (
        (r"\b(?:state )?duma\b|\bfederation council\b", "RU"),
        (r"\bnational people's congress\b|\bnpc standing committee\b", "CN"),
    ),
    "ru": (
        (r"\bгосдум\w*|\bгосударственн\w* дум\w*|\bсовет\w* федерации\b|\bсовфед\w*", "RU"),
        (r"\bмилли меджлис\w*", "AZ"),
    ),
    "id": ((r"\bdpr(?: ri)?\b|\bdewan perwakilan rakyat\b|\bmpr\b", "ID"),),
    "ar": ((r"مجلس الدوما|الدوما", "RU"), (r"المجلس الملي|مجلس ملي", "AZ")),
    "zh": ((r"全国人大(?:常委会)?|全国人民代表大会(?:常务委员会)?|全國人大(?:常委會)?", "CN"),),
    "vi": (
        (r"(?<!\w)chủ tịch nước(?! \w+ (?:nước|quốc))(?!\w)", "VN"),
        (r"(?<!\w)quốc hội(?! (?:nước|các|của|những|\w+ (?:nước|quốc)))(?!\w)", "VN"),
    ),
    "de": ((r"\bstaatsduma\b", "RU"), (r"\bbundestag\b", "DE")),
    "fr": ((r"\bdouma\b", "RU"),),
    "es": (
        (r"\bduma estatal\b|\bduma\b", "RU"),
        (r"\bcortes generales\b|\bcongreso de los diputados\b", "ES"),
    ),
    "pt": ((r"\bduma\b", "RU"), (r"\bsenado federal\b", "BR")),
    "pl": ((r"\bduma\b", "RU"), (r"\bsejm\w*", "PL")),
}

# Sentences that correct an earlier report say nothing happened.
CORRECTION = (
    r"earlier version|previous version|incorrectly|erroneously|mistakenly|correction|"
    r"(?:they|it|this|that) (?:was|were) wrong|"
    r"version precedente|par erreur|a tort|version anterior|por error|erroneamente|"
    r"fruheren version|falschlich|irrtumlich|poprzedniej wersji|blednie|"
    r"предыдущ\w+ верси\w+|ошибочно|phien ban truoc|nham lan|sai sot|"
    r"更正|错误地|訂正|誤って|정정|잘못|تصحيح|خطا|versi sebelumnya|keliru"
)

# Companions added after a signatory noun ("…, ao lado de Portugal e Angola").
COMPANIONS = (
    r"^[\s,]*(?:along with|together with|alongside|as well as|aux cotes de|ainsi que|junto con|"
    r"junto a|junto com|juntamente com|ao lado de|zusammen mit|neben|sowie|wraz z|вместе с|"
    r"bersama|cùng với|cung voi|a takze|а также|as well as|así como|asi como|assim como|bem como|"
    r"serta|cũng như|trước đó là|und mit (?:ihr|ihm|ihnen)|a wraz z nim\w*|"
    r"et avec (?:elle|lui|eux))\s+|"
    r"[\s,，、]*(?:以及|也有|还有|還有|および|及び|그리고)\s*"
)

# "Besides Viet Nam, ..." before a verb-first clause: that country did it as well.
BESIDES = (
    r"\b(?:besides|in addition to|apart from|outre|en plus d[eu]|ademas del?|aparte del?|"
    r"alem d[eoa]s?|neben|oprocz|obok|помимо|кроме|selain)\s+(?:\w+\s+)?$|"
    # "Junto a España firmaron Francia y Polonia": only opening the sentence
    r"^(?:junto (?:a|con)|ao lado d[eoa]s?|aux cotes d[eu]s?|zusammen mit|wraz z|razem z|"
    r"вместе с)\s+(?:\w+\s+)?$"
)

# Documents other than treaties that also have signatories ("the signatories of the open letter").
OTHER_DOCUMENTS = (
    r"letter|petition|appeal|statement|declaration|communique|manifesto|pledge|lettre|appel|"
    r"tribune|carta|peticion|peticao|apelo|declaracion|declaracao|manifiesto|manifesto|brief\w*|"
    r"petition\w*|aufruf\w*|erklärung\w*|appell\w*|petycj\w*|apel\w*|oswiadczeni\w*|"
    r"deklaracj\w*|письм\w*|петици\w*|обращени\w*|заявлени\w*|деклараци\w*|surat|petisi|"
    r"pernyataan|deklarasi|thư|kiến nghị|tuyên bố|公开信|声明|请愿|書簡|嘆願|서한|성명|청원|"
    r"رسالة|عريضة|بيان|اعلان|نداء"
)
# Prepositions that make the first listed country a place or origin ("companies in Japan").
PLACE_BEFORE = r"(?:in|from|at|based|aus|in|im|из|в|z|ze|dari|di|tại|từ|en|desde|em|à|au|aux)$"

# A body deliberating on a ratification has not ratified ("审议了关于批准…的议案").
DELIBERATION = (
    r"(?<!\w)(?:consider\w*|debat\w*|discuss\w*|examin\w*|review\w*|deliber\w*|"
    r"beraten|berät|berieten|debatt\w*|rozpatr\w*|рассмотр\w*|обсу\w*|xem xét|thảo luận|"
    r"membahas|mempertimbangkan)(?!\w)|审议|審議|审查|審查|讨论|討論|심의|논의|ناقش|يناقش|دراسة"
)

# A signatory noun followed by examples ("72 signatories, among them Brazil and Kenya").
_NOUNS = (
    r"signatories|signers|ratifiers|ratifications|signataires|ratifications|firmantes|signatures|"
    r"firmas|assinaturas|unterschriften|podpisow|подписей|"
    r"signatarios|ratificaciones|ratificacoes|unterzeichner\w*|signatarstaaten|ratifikationen|"
    r"sygnatariusz\w*|ratyfikacj\w*|подписант\w*|ратификаци\w*|penandatangan|ratifikasi|"
    r"bên ký|nước ký|quốc gia ký|quốc gia thành viên|الموقعين|الدول الموقعة|المصادقين|"
    r"states parties|etats parties|estados partes|vertragsstaaten|panstw-stron|negara pihak"
)
_EXAMPLES = (
    r"among them|including|such as|notably|namely|dont|parmi lesquels|parmi eux|notamment|"
    r"entre ellos|entre ellas|incluidos|incluida|incluidas|incluido|incluyendo|como|entre eles|"
    r"entre elas|incluindo|incluida|"
    r"darunter|unter ihnen|w tym|wsrod nich|m\.in\.|в том числе|среди них|включая|termasuk|"
    r"di antaranya|antara lain|trong đó có|bao gồm|gồm|منها|من بينها|بينها|ومنها|بما في ذلك"
)
NOUN_EXAMPLES = rf"{_NO_PREFIX}(?:{_NOUNS})(?=[,،]?\s+(?:{_EXAMPLES})(?!\w))"
NOUN_EXAMPLES_CJK: dict[str, str] = {
    "zh": r"(?:签署国|簽署國|批准国|批准國)(?:，|,)?(?:其中)?(?:包括|包含|有)",
    "ko": r"(?:서명국|비준국)(?:으로는|에는|은|는)?",
}

# More lists that come first: "among the first to sign", "joined the 65 countries that
# signed", "on the list of signatories".
LIST_THEN_NOUN_MORE: dict[str, str] = {
    "en": r"\b(?:joined|joins) (?:the )?(?:\w+ )?(?:countries|states|nations) (?:that|which|who) "
    r"(?:have |had )?(?:already )?(?:signed|ratified)\b|\b(?:is|are|was|were) (?:now )?on the "
    r"list of (?:\w+ )?(?:signatories|signers)\b|\bthose signing\b(?= (?:were|are|included))",
    "fr": r"\bparmi les (?:\w+ )?(?:premiers|premieres|pays|etats) a (?:signer|ratifier)\b|"
    r"\b(?:a|ont) (?:aussi |egalement )?rejoint les (?:\w+ )?(?:pays|etats) (?:qui ont|ayant) "
    r"(?:deja )?(?:signe|ratifie)\b|\bfigur\w+ (?:aussi |egalement )?sur la liste des "
    r"(?:\w+ )?signataires\b",
    "es": r"\b(?:estuvo|estuvieron|esta|estan|figura\w*) (?:tambien )?entre (?:los|las) (?:\w+ )?"
    r"(?:primeros|primeras|paises|estados|firmantes) (?:en|que|a) (?:firmar|firmaron|ratificar|"
    r"ratificaron)\b|\bse sum\w+ (?:tambien )?a (?:los|las) (?:\w+ )?(?:paises|estados|naciones) "
    r"que (?:ya )?(?:han )?(?:firmado|firmaron|ratificado|ratificaron)\b|\bfigura\w* (?:tambien )?"
    r"en la lista de (?:los )?(?:\w+ )?(?:firmantes|signatarios)\b|\b(?:estuvo|estuvieron) "
    r"(?:tambien )?entre (?:los|las) (?:\w+ )?(?:firmantes|signatarios)\b",
    "pt": r"\b(?:esteve|estiveram|esta|estao|figura\w*) (?:tambem )?entre (?:os|as) (?:\w+ )?"
    r"(?:primeiros|primeiras|paises|estados|signatarios) (?:a|que) (?:assinar|assinaram|"
    r"ratificar|ratificaram)\b|\bjunt\w+-se (?:tambem )?aos (?:\w+ )?(?:paises|estados|nacoes) "
    r"que (?:ja )?(?:assinaram|ratificaram)\b|\bconsta\w* (?:tambem )?(?:da|na) lista (?:de|dos) "
    r"(?:\w+ )?signatarios\b|\b(?:esteve|estiveram) (?:tambem )?entre (?:os|as) (?:\w+ )?"
    r"signatarios\b",
    "de": r"\b(?:gehört\w*|zählt\w*|war|waren) (?:auch |ebenfalls )?zu den ersten, die\b|"
    r"\bsteh\w+ (?:auch |ebenfalls )?auf der liste der (?:\w+ )?unterzeichner\w*",
    "pl": r"\b(?:byl\w*|jest|sa|znalaz\w+ sie) (?:takze |rowniez |tez )?(?:wsrod|w gronie) "
    r"(?:\w+ )?(?:pierwszych|panstw|krajow),? (?:ktore|co) (?:juz )?(?:podpisaly|ratyfikowaly)|"
    r"\bznalaz\w+ sie (?:takze |rowniez |tez )?na liscie sygnatariuszy",
    "ru": r"\b(?:оказал\w*|был\w*|вошл\w*) (?:также )?(?:в числе|среди) (?:\w+ )?"
    r"(?:первых|стран),? "
    r"(?:подписавш|ратифицировавш|которые подписал|которые ратифицировал)\w*",
    "ar": rf"{_AR_B}(?:من|ضمن) (?:اوائل|اوايل|اول) (?:الدول )?"
    rf"(?:الموقعين|الموقعة|المصادقين){_AR_E}|"
    rf"{_AR_B}(?:الي|الى) قايمة (?:الدول )?(?:الموقعين|الموقعة){_AR_E}",
}

# More nouns whose list follows: "Those signing included ...", "Sygnatariuszami są ...".
NOUN_THEN_LIST_MORE: dict[str, str] = {
    "en": r"\bthose (?:that |who |which )?(?:signing|ratifying|signed|ratified)\b"
    r"(?= (?:\S+ ){0,6}?(?:include[sd]?|were|are)\b)",
    "pl": r"\bsygnatariuszami(?= (?:\S+ ){0,4}?(?:sa|byly|byli|zostaly|zostal\w*)\b)",
    "ar": rf"{_AR_B}(?:تضم|تشمل|وتضم|وتشمل) (?:قايمة )?(?:الدول )?(?:الموقعين|الموقعة){_AR_E}|"
    rf"قايمة (?:الدول )?(?:الموقعين|الموقعة) (?:تضم|تشمل)",
}

# Headline forms without a verb: "UK, EU among signatories of UN cybercrime treaty".
LIST_AMONG_NOUN: dict[str, str] = {
    "en": rf"\bamong (?:the )?(?:\w+ )?{_NO_PREFIX}(?:signatories|signers|ratifiers)\b",
    "es": rf"\bentre (?:los|las) (?:\w+ )?{_NO_PREFIX}(?:firmantes|signatarios)\b",
    "pt": rf"\bentre (?:os|as) (?:\w+ )?{_NO_PREFIX}signatarios\b",
    "fr": rf"\bparmi les (?:\w+ )?{_NO_PREFIX}signataires\b",
    "de": r"\bunter den (?:\w+ )?(?:unterzeichnern|unterzeichnerstaaten|signatarstaaten)\b",
    "pl": r"\b(?:wsrod|w gronie) (?:\w+ )?sygnatariuszy\b",
    "ru": r"\b(?:в числе|среди) (?:\w+ )?(?:подписантов|подписавших)\b",
}
