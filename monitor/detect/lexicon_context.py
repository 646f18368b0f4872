"""Per-language context markers: blockers, clause breaks, treaty references, count nouns.

All patterns run on the same per-language view as `lexicon.VERBS` (folded,
except Vietnamese and German).  BLOCK_BEFORE is searched between the start of
the verb's clause (or a short window) and the verb; BLOCK_AFTER right after it
(Korean and Japanese put negation and intention after the verb).
"""

from __future__ import annotations

BLOCK_BEFORE: dict[str, str] = {
    "en": r"\b(?:will|would|shall|should|could|can|may|might|must|plans?|planning|planned|"
    r"intends?|intended|intending|intention|expected|expects?|set to|going to|aims?|aiming|"
    r"seeks?|seeking|prepar\w+|ready|considers?|considering|urg\w+|call(?:s|ed|ing)? (?:on|"
    r"upon|for)|"
    r"appeal\w*|encourag\w+|invit\w+|not(?! only)|never|yet to|refus\w+|declin\w+|fail\w*|"
    r"whether|if|"
    r"unless|once|hopes?|hoping|wants?|wish\w*|decided to|agreed to|pledg\w+|promis\w+|"
    r"committed to|no (?:country|state|nation)s?|none|nor|neither|without|rather than|instead of|"
    r"how many|has yet|have yet|about to|poised|likely|unlikely|allegedly|reportedly|falsely|"
    r"wrongly|wrong|claim\w*|rumou?r\w*|deni\w+|deny)\b|n't\b",
    "fr": r"\b(?:pour que|afin que|va|vont|"
    r"sera|seront|allait|allaient|devrait|devraient|doit|doivent|"
    r"pourrait|pourraient|peut|"
    r"peuvent|entend|entendent|envisag\w+|prevoi\w+|compte|projett?\w+|s'apprete\w*|pret\w* a|"
    r"appel\w*|exhort\w*|invit\w*|encourag\w*|ne|n'|pas|jamais|refus\w*|si|s'il|s'ils|"
    r"souhait\w*|esper\w+|decid\w+ de|intention|aucun\w*|ni|sans|faussement|dementi)\b",
    "es": r"\b(?:para que|va a|van a|"
    r"sera|seran|iba a|iban a|deberia\w*|debe|deben|podria\w*|puede|pueden|"
    r"plane\w+|"
    r"preve\w*|previsto|pretende\w*|intencion|espera\w*|llam\w+|insta(?:n|ron|ndo|r|mos)?|insto|exhort\w+|invit\w+|"
    r"no|nunca|todavia no|aun no|se nego|negaron|rechaz\w+|si(?! bien)|dispuest\w+|ningun\w*|ni|"
    r"tampoco|"
    r"sin|"
    r"falsamente|desminti\w*|decidi\w* no)\b",
    "pt": r"\b(?:para que|vai|vao|"
    r"sera|serao|ia|iam|deve|devem|deveria\w*|poderia\w*|pode|podem|pretende\w*|"
    r"planej\w+|preve\w*|previsto|espera\w*|apel\w+|insta(?:m|ram|ndo|r|mos|ou)?|exort\w+|convid\w+|nao|nunca|"
    r"ainda nao|recus\w+|caso|disposto\w*|nenhum\w*|nem|sem|falsamente|desmenti\w*|tampouco|"
    r"tera\w*|ter de|ter que|precisa\w*|antes de)\b",
    "de": r", damit\b|\b(?:wird|bevor|ehe|sobald|werden|würde|würden|soll|sollen|sollte|"
    r"sollten|will|weder|"
    r"wollen|wollte|möchte|"
    r"möchten|plant|planen|plante|beabsichtig\w*|erwartet|voraussichtlich|bereit|"
    r"aufgerufen|aufgefordert|ruft|rief|fordert\w*|appelliert\w*|nicht|kein\w*|nie|niemals|"
    r"noch nicht|weigert\w*|abgelehnt|lehnt\w*|falls|wenn|ob|zu|könnte|könnten|kann|können|"
    r"dürfte|dürften|angeblich|fälschlich\w*|dementiert\w*|kaum|früher oder später)\b",
    "pl": r"\b(?:aby|zeby|by|zamierza\w*|planuj\w+|ma zamiar|bedzie|beda|moze|moga|mogl\w*|"
    r"powin\w+|chce|chca|"
    r"oczekuj\w+|spodziew\w+|zaapelow\w+|apel\w*|wezwa\w+|wzywa\w*|zacheca\w*|nie|jeszcze nie|"
    r"odmowi\w+|jesli|jezeli|czy|gotow\w*|zobowiaza\w+|ma|maja|mial\w*|zadne?\w*|ani|bez|"
    r"rzekomo|blednie|dementuj\w*|zdementowal\w*)\b",
    "ru": r"\b(?:чтобы|дабы|будет|будут|собира\w+|намерен\w*|намерева\w+|планиру\w+|должн\w*|"
    r"может|могут|мог\w*|"
    r"хочет|хотят|ожида\w+|призва\w*|призыва\w+|предлож\w+|не|ни|еще не|отказа\w+|"
    r"отказыва\w+|если|ли|готов\w*|никак\w+|без|якобы|ошибочно|опроверг\w*)\b",
    "id": r"\b(?:agar|supaya|akan|berencana|rencana|direncanakan|berniat|bermaksud|diharapkan|"
    r"berharap|harap|"
    r"mendesak|menyerukan|mengajak|mendorong|meminta|belum|tidak|tak|bukan|menolak|jika|"
    r"dijadwalkan|terjadwal|dijadwalkan akan|"
    r"apakah|bisa|dapat|perlu|harus|siap|ingin|mau|hendak|sebelum (?:me|di|ber)\w+|tanpa|"
    r"keliru|jangan|diminta|didesak|dituntut)\b",
    "vi": r"(?<!\w)(?:sẽ|đăng ký|đăng kí|dự kiến|dự định|kế hoạch|chuẩn bị|sắp|kêu gọi|đăng tin|"
    r"bác tin|bác bỏ|phủ nhận|mạng xã hội|"
    r"vắng mặt|"
    r"tin đồn|lan truyền|"
    r"đề nghị|khuyến khích|"
    r"khuyến nghị|mong|mong muốn|muốn|hy vọng|hi vọng|cần|nên|phải|có thể|chưa|không(?! chỉ)|chẳng|"
    r"từ chối|nếu|liệu|cam kết|quyết định|xem xét|tiến tới|nhằm|để|sớm|kêu|đề xuất|"
    r"thúc đẩy|vận động)(?!\w)",
    "zh": r"将|將|登记|登記|报名|報名|计划|計劃|打算|拟|擬|准备|準備|预计|預計|有望|有意|意向|"
    r"呼吁|呼籲|敦促|鼓励|鼓勵|希望|"
    r"应该|應該|应当|可能|未|没有|沒有|尚未|不|拒绝|拒絕|如果|是否|即将|即將|"
    r"推动|推動|考虑|考慮|争取|爭取|以便|要求|须|須|必须|必須|需经|需經|需要|方可|才能|才可|"
    r"提请|提請|提交|即便|即使|哪怕|就算",
    "ja": r"予定|方針|見通し|意向|計画|検討|呼びかけ|求め|促|未|まだ|もし|仮に|拒否|可能性",
    "ko": r"촉구|검토|예정|계획|아직|안 |못 |만약|거부|위해|하도록|권고|요청|향후|앞으로|려면",
    "ar": r"(?<![\u0621-\u064a])(?:لكي|كي|سوف|لم|لن|لا|ما زال|ما زالت|لا تزال|يعتزم|تعتزم|تنوي|"
    r"ينوي|"
    r"تخطط|يخطط|ستقوم|دعا|دعت|يدعو|تدعو|حث|حثت|ناشد|ناشدت|اذا|ان|هل|يجب|ينبغي|"
    r"يمكن|قد لا|رفض|رفضت|بعد ان|قبل ان|يتوقع|من المتوقع|المقرر)(?![\u0621-\u064a])"
    r"|(?<![\u0621-\u064a])[وف]?س[تيان]\w*(?=\s*$)",
}

BLOCK_AFTER: dict[str, str] = {
    "ja": r"^\S{0,3}?(?:する|の)?(?:予定|方針|見通し|意向|計画|考え)|"
    r"^(?:する|をする)?(?:ことを|ことに)(?:決め|決定|閣議決定)|"
    r"^\S{0,4}?(?:ない|なかった|せず|"
    r"していない|しない|を検討|するよう|を呼びかけ|を求め|すべき|すれば|したら|を促|へ向け)|"
    r"^\S{0,4}?(?:していません|しません|しませんでした|しておらず|を得る|ための|に向け|する方向|"
    r"の方向)|"
    r"^\s?\S{0,8}?(?:見送|見合わせ)|^.{0,12}?ではない|^\S{0,6}?べき|^.{0,20}?検討|^(?:について|に関し|の是非|するか|の可否)",
    "ko": r"^\S{0,3}?\s?(?:할 예정|할 계획|하기로|하지 않|하지 못|할 것|해야|을 촉구|를 촉구|"
    r"을 검토|를 검토|하도록|할지|하면(?!서)|하려|안 했|않았|을 위한|을 위해|할 수|을 권고|"
    r"을 요청)|"
    r"^\s?(?:여부|문제|절차|을 촉구|촉구|검토|예정|방침|추진|계획|전망)|^.{0,15}?아니|"
    r"^\s?동의|^\s?법안(?:을|를)|^\s?(?:시점|일정|과정|시기|시한|기한|전에|전 |이전)|"
    r"^.{0,25}?거쳐야|"
    # a plan later in the sentence, unless the act closes its own clause ("서명한 데 이어 …
    # 기탁할 예정": signed, and will deposit)
    r"^(?!한 데 이어|한 뒤|한 후|하고)(?:(?!했|됐|하였|되었)[^.]){0,40}?(?:할|될) (?:계획|예정)",
    # "欧盟交存的文书不另行计算": the counting rule, not a deposit
    "zh": r"^(?:吗|嗎|的计划|的計劃|[后後][，,]?\s?(?:方可|才)|了?(?:签署|簽署)(?:方案|计划|計劃))|"
    r"^的(?:文书|文書|批准书|批准書|核准书|核准書)[^。]{0,10}?不",
    "de": r"^[^.;,]{0,60}?\b(?:nicht\b(?! nur)|geplant|vorgesehen|angekündigt)|"
    r"^\s+(?:habe|hätte|hätten|sei|seien)\b|"
    r"^\s+(?:\w+\s+)?(?:kann|könnte|soll|sollte|will|"
    r"wird|werde|muss|müsse|dürfte|möchte|wollen|können|müssen|sollen|werden)\b",
    "en": r"^\s+(?:on behalf of no)\b",
}

# Words that open a new clause: what follows is not said by the country before it.
# Relative pronouns: "Egypt, which signed" makes Egypt the agent of the relative clause.
RELATIVE = (
    r"^[,،]?\s*(?:which|who|whose|qui|que|quien|quienes|cuy[oa]s?|cuj[oa]s?|dont|deren|dessen|"
    r"der|die|das|welche[rs]?|kt[oó]r\w+|котор\w+|"
    r"yang|mà|الذي|التي|اللذان|اللتان)\b"
)

# Chinese and Japanese write no spaces inside a clause: one between two ideographs or kana
# separates headline clauses ("日本は署名見送り 英豪など72か国が署名").
_CJK_SPACE = r"(?<=[\u3040-\u30ff\u4e00-\u9fff])[ \u3000](?=[\u3040-\u30ff\u4e00-\u9fff])"
CLAUSE_BREAK: dict[str, str] = {
    "en": r"\b(?:where|when|said|says|stated|told|noted|stressed|stresses|affirmed|affirms|"
    r"emphasi[sz]ed|added|adds|believes?|believed|argued|warned|explained|confirmed|"
    r"that|which|who|while|whereas|but|however|although|after|because)\b|[;:]",
    "fr": r"\b(?:ou (?:la|le|les|l'|un|une|des)|laquelle|lequel|lesquel\w+|lorsque|quand|a dit|"
    r"a declare|a affirme|a souligne|a estime|a confirme|a indique|"
    r"que|qu'|qui|dont|mais|alors que|tandis que|apres|parce que)\b|[;:]",
    "es": r"\b(?:donde|cuando|dijo|declaro|afirmo|subrayo|destaco|senalo|confirmo|indico|que|quien|"
    r"quienes|cuy[oa]s?|pero|mientras|aunque|si bien|despues de|porque)\b|[;:]",
    "pt": r"\b(?:onde|quando|disse|declarou|afirmou|sublinhou|destacou|confirmou|indicou|que|quem|"
    r"cuj[oa]s?|"
    r"mas|enquanto|embora|apos|porque)\b|[;:]",
    "de": r"\b(?:wo|sagte|erklärte|betonte|bestätigte|teilte|meinte|dass|daß|welche|aber|während|"
    r"obwohl|nachdem|weil)\b|,|[;:]",
    "pl": r"\b(?:gdzie|kiedy|powiedzial\w*|stwierdzil\w*|potwierdzil\w*|podkreslil\w*|"
    r"oswiadczyl\w*|"
    r"zaznaczyl\w*|poinformowal\w*|ze|ktor\w+|ale|lecz|podczas gdy|choc|poniewaz|gdy|"
    r"po tym,? jak)\b|[;:]",
    "ru": r"\b(?:где|когда|заявил\w*|сказал\w*|подчеркнул\w*|отметил\w*|подтвердил\w*|сообщил\w*|"
    r"что|котор\w+|но|однако|хотя|после того|поскольку)\b|[;:]",
    "id": r"\b(?:ketika|di mana|mengatakan|menyatakan|menegaskan|menekankan|mengungkapkan|bahwa|"
    r"yang|tetapi|"
    r"namun|sementara|meskipun|setelah|karena)\b|[;:]",
    "vi": r"(?<!\w)(?:nơi|khi|cho biết|cho rằng|khẳng định|nhấn mạnh|phát biểu|nói|rằng|tuy nhiên|"
    r"nhưng|trong khi|mặc dù|sau khi|bởi vì|vì)(?!\w)|[;:]",
    "zh": r"表示|指出|强调|強調|称|稱|说|說|认为|認為|但|然而|而|；|" + _CJK_SPACE,
    "ja": r"述べ|強調|指摘|語っ|が、|しかし|ものの|；|" + _CJK_SPACE,
    "ko": r"밝혔|강조|말했|지적|그러나|하지만|；",
    "ar": r"(?<![\u0621-\u064a])(?:قال|قالت|اكد|اكدت|اوضح|اوضحت|صرح|صرحت|اشار|اشارت|ان|"
    r"الذي|التي|لكن|بينما|بعد ان)(?![\u0621-\u064a])|[؛:]",
}

# Separators allowed between the countries of a list ("Kenya, Ghana and Brazil").
LIST_SEPARATOR = (
    r"^(?:\s|,|、|،|;|&|/|\band\b|\bas well as\b|\bet\b|\by\b|\be\b|\bund\b|\bsowie\b|\bi\b|"
    r"\boraz\b|\bа также\b|\bи\b|\bdan\b|\bserta\b|\bva\b|và|cùng|\bcung\b|"
    r"및|와|과|や|と|及|和|与|與|"
    r"以及|\bو|\bthe\b|\bla\b|\ble\b|\bles\b|\bel\b|\blos\b|\bdie\b|\bder\b|\bo\b|\ba\b|\bas\b|"
    r"\bos\b|\bl'|\bneben\b|\bnhu\b|như|\balso\b|\bthen\b|\bwell\b|\bnuoc\b|nước|"
    r"\baux cotes de\b|\btal como\b|\bcomme\b|\bde la\b|\bde l'|\bdu\b|\bdes\b|\bainsi que\b|"
    r"\balong with\b|"
    r"\btogether with\b|\balongside\b|\bjunto con\b|\bjunto a\b|\bjunto com\b|\bwie\b|"
    r"\bsowie\b|\bitself\b|\bboth\b|\ball\b|\beven\b|\(|\)|（|）|·|・|\bao\b|\bà\b|\baos\b|"
    r"\bal\b|\bjoins\b|\bjoined\b|\bjunta-se a\b|\bjunta-se\b|\bse une a\b|\bse suma a\b|"
    r"\bobok\b|\bwraz z\b|\bвместе с\b|\bнаряду с\b|\bbersama\b|\bcùng với\b|"
    r"\brejoint\b|\btakze\b|także|\browniez\b|również|\bzudem\b|\btambem\b|también|"
    r"\bnay là\b|nay là|"
    r"のほか、?|に加え、?|に続き、?|とともに、?|と共に、?|と並び、?|と並んで、?|"
    r"(?:을|를) 시작으로,?)*$"
)

# Prepositions marking the agent of a passive ("signed by Kenya").
BY_AGENT = (
    r"^\s*(?:\w+\s+){0,3}?(?:by|par|por|pelo|pela|pelos|pelas|von|durch|przez|oleh|bởi|"
    r"on behalf of|au nom de|en nombre de|em nome de|im namen|w imieniu|от имени|atas nama|"
    r"thay mặt|de la part de|представителями|представители)\b"
)
# "on behalf of X" anywhere after the verb names the agent.
ON_BEHALF = (
    r"\b(?:on behalf of|au nom de|en nombre de|em nome de|im namen|w imieniu|от имени|atas nama|"
    r"thay mặt)\b|نيابة عن|باسم"
)
# Words after a verb that add companions to its agents ("Kenya signed, along with Ghana").
ALONG = (
    r"\b(?:along with|together with|alongside|joining|as well as|aux cotes (?:notamment )?de|"
    r"ainsi que|"
    r"junto con|junto a|"
    r"junto com|juntamente com|conjuntamente com|bem como|zusammen mit|sowie|wraz z|razem z|"
    r"вместе с|obok|"
    r"und mit (?:ihr|ihm|ihnen)|et avec (?:elle|lui|eux)|"
    r"bersama|cùng với)\b|الي جانب|جنبا الي جنب مع"
)
# Prepositions that make a country a place, not an agent ("signed in Viet Nam").
LOCATIVE = (
    r"(?:\b(?:in|at|w|we|в|во|en|em|no|na|di|tại|ở|im|in der|bei|au|dans(?: l'| la| le)?|"
    r"before|avant|antes de|antes del|antes que|antes que el|antes que la|antes do|antes da|"
    r"antes que o|antes que a|vor|przed|до|sebelum|trước)|"
    r"在|于|於|في|ب)\s*$"
)
# Words introducing examples after a total ("72 states signed, including Kenya").
INCLUDING = (
    r"\b(?:including|among them|among others|such as|notably|namely|incl|dont|notamment|"
    r"parmi lesquels|parmi eux|incluidos|incluidas|incluyendo|entre ellos|entre ellas|como|"
    r"incluindo|entre eles|entre elas|entre os quais|entre as quais|entre los cuales|"
    r"entre las cuales|в том числе|включая|среди них|darunter|einschließlich|"
    r"unter anderem|unter ihnen|unter denen|wie etwa|beispielsweise|u\.a|w tym|wsrod nich|"
    r"m\.in|miedzy innymi|termasuk|di antaranya|antara lain|yakni|yaitu|"
    r"bao gồm|gồm|trong đó có|như|"
    # the first of a group: "72 states signed, beginning with the host, Viet Nam"
    r"beginning with|starting with|a commencer par|en commencant par|empezando por|"
    r"comenzando por|comecando por|angefangen mit|beginnend mit|poczynajac od|начиная с|"
    r"dimulai (?:dari|dengan)|bắt đầu (?:từ|với)|"
    # the latest of a group: "13 states have deposited, the latest being Angola"
    r"the (?:latest|most recent|last)(?: (?:of them|one))?(?: being)?|"
    r"(?:le|la|les) derni(?:er|ere|ers|eres)(?: en date)? etant|"
    r"(?:el|la) (?:ultim[oa]|mas reciente)(?: de (?:ellos|ellas))?|"
    r"(?:o|a) (?:ultim[oa]|mais recente)(?: d(?:eles|elas))?|"
    r"последн(?:им|еи) из них|(?:yang )?terakhir|mới nhất là|gần đây nhất là)\b|包括|其中|포함|등|"
    r"を含む|など|اخرها|"
    r"بما في ذلك|منها|من بينها|ومنها|بينها|في مقدمتها|وفي مقدمتها|علي راسها|وعلي راسها"
)

# "After X, Y will ...": an 'after'-clause whose main clause is a plan is itself future
# ("Setelah DPR mengesahkan Konvensi, instrumen akan disimpan").
AFTER_CLAUSE: dict[str, str] = {
    "en": r"\bafter\b",
    "id": r"\b(?:setelah|sesudah|seusai|usai)\b",
    "fr": r"\b(?:apres|une fois)\b",
    "es": r"\b(?:despues de|tras|una vez)\b",
    "pt": r"\b(?:apos|depois de|depois que|uma vez)\b",
    "de": r"\bnachdem\b",
    "vi": r"(?<!\w)(?:sau khi|khi)(?!\w)",
}
# Future or planned predicates: of a main clause, or of a ratification noun
# ("instrumen ratifikasi akan disimpan", "the instrument will be deposited").
FUTURE: dict[str, str] = {
    "en": r"\b(?:will|shall|would|is to be|are to be|is expected to|are expected to)\b",
    "id": r"\b(?:akan|bakal)\b",
    "fr": r"\b(?:sera|seront|va|vont|pourra|pourront|devra|devront)\b",
    "es": r"\b(?:sera|seran|va a|van a|podra|podran|debera|deberan)\b",
    "pt": r"\b(?:sera|serao|vai|vao|podera|poderao|devera|deverao|ficara|ficarao|passara|passarao|"
    r"estara|estarao)\b",
    "de": r"\b(?:wird|werden|soll|sollen)\b",
    "pl": r"\b(?:bedzie|beda|zostanie|zostana)\b",
    "ru": r"\b(?:будет|будут)\b",
    "vi": r"(?<!\w)sẽ(?!\w)",
}
