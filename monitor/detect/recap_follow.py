"""Follow-up phrases for recap constructions (`recaps`): words that repeat an earlier act
for new countries, after them ("…, tout comme la Suède", "most recently Nigeria") or before
them ("China and Russia followed suit", "Azerbaijan was first").

Patterns run on the per-language view of `events.prepare` (folded except Vietnamese and
German). Split out of `recap_lexicon` to keep modules small.
"""

from __future__ import annotations

_AR_B = r"(?<![\u0621-\u064a])[وف]?"
_AR_E = r"(?![\u0621-\u064a])"

# Repeat the act of the sentence's earlier verb for the countries after them.
FOLLOW_AFTER_EXTRA: dict[str, str] = {
    "en": r"\b(?:and )?so (?:did|have|had)\b|\bas (?:have|had)\b|\bthen came\b",
    "fr": r"\bl'a fait\b|\bl'ont fait\b|\btout comme\b|\bsuivi(?:e|s|es)? de pres par\b|"
    r"\bsuivi(?:e|s|es)? (?:notamment |ensuite |peu apres )?(?:de|du|des|par)\b|"
    r"\blui (?:ont|a) emboite le pas\b|"
    r"\bpuis\b(?= (?:la|le|l'|les)\b)",
    "es": r"\blo hizo\b|\blo hicieron\b|\bcomo (?:lo )?hicieron\b|\bigual que\b|"
    r"\b(?:le|les|la) (?:siguieron|siguio)\b|\bse (?:sumaron|sumo|unieron|unio)\b(?! a\b)|"
    r"\b(?:el|la) (?:ultim[oa]|mas reciente) en hacerlo (?:fue|ha sido)\b|"
    r"\bseguid[oa]s? luego (?:de|por)\b",
    "pt": r"\b(?:foi|e) a vez d[oa]s?\b|\bo fez\b|\bo fizeram\b|\bseguem-se\b|\bsegue-se\b|"
    r"\bseguid[oa]s? (?:pela|pelo|pelos|"
    r"pelas)\b|\bseguindo-se(?: (?:lhe|depois))?\b|"
    r"\bseguiram-se\b|\btal como\b|"
    r"\ba que se seguiram\b",
    "de": r"\bebenso wie\b|\bgenauso wie\b|\bes folgten\b|\bdanach folgten\b",
    "pl": r"\bzrobil\w* to\b(?! samo)|\buczynil\w* to\b|\ba za (?:nim|nia|nią)\b|"
    r"\bw slad za (?:nim|nia)\b|\bpo niej\b",
    "ru": r"(?<!как )\bэто сделал\w*|\bсделал\w* это\b|\bвслед за (?:ним|неи)\b|\bа затем\b|"
    r"\bза ним(?:и)?\s*-|"
    r"\bзатем\b(?= [а-я]+ и )",
    "id": r"\bdisusul oleh\b|\bkemudian disusul\b|\bdiikuti\b|\bbergabung pula\b|"
    r"\bdengan(?=[^,.;]{1,30}? sebagai (?:negara|penanda ?tangan) pertama)",
    "vi": r"(?<!\w)(?:sau đó là|kế đến là|tiếp nối là|cùng với đó là|mở đầu là|đầu tiên là)(?!\w)|"
    r"(?<!\w)với(?=[^,.;]{1,30}? là (?:nước|bên|quốc gia) (?:đầu tiên|thứ))",
    "zh": r"紧随其后的是|緊隨其後的是|其后是|其後是|接着是|接著是|之后是|之後是",
    "ko": r"이어(?= )",
    "ar": rf"{_AR_B}(?:حذت حذوها|حذا حذوها|حذت حذوه|حذا حذوه|لحق به|لحقت به|لحق بها|لحقت بها|"
    rf"كان اخرها|كانت اخرها|وكانت اخرها|واخرها|اخرها){_AR_E}",
}

# The most recent of a counted series ("16 states have deposited, most recently Nigeria").
_LATEST: dict[str, str] = {
    "en": r"\bmost recently\b|\bthe (?:latest|most recent|last|first) (?:being|was|is)\b|"
    r"\bled by\b",
    "fr": r"\ble (?:plus recent|dernier|premier) (?:etant|a ete|est|fut)\b|\bdernierement\b",
    "es": r"\bel (?:mas reciente|ultimo|primero),? (?:fue |ha sido |es )?",
    "pt": r"\bo (?:mais recente|ultimo|primeiro),? (?:foi |e )?",
    "de": r"\bzuletzt\b",
    "pl": r"\bostatnio\b|\bostatni(?:m|a)? (?:byl|byla|bylo|jest)\b|"
    r"\bpierwsz(?:y|a|e|ym) (?:byl|byla|bylo|jest)\b",
    "ru": r"\bпоследн(?:им|еи)(?: [^,.;—–]{0,25}?)? (?:стал|стала|был|была|оказал\w*)\b|"
    r"\bпоследн(?:им|еи) [—–-]",
    "id": r"\bterakhir\b|\byang terbaru\b",
    "vi": r"(?<!\w)(?:gần đây nhất là|mới nhất là|gần nhất là)(?!\w)",
}
_JOINED_THEM = {
    "en": r"\bjoined them\b",
    "fr": r"\bles a rejoints?\b",
    "es": r"\bse (?:les )?(?:unio|sumo) (?:a ellos )?",
    "pt": r"\bjuntou-se a eles\b|\bjuntou-se-lhes\b",
    "de": r"\bkam(?:en)? (?:\w+ )?hinzu\b",
    "pl": r"\bdolaczy\w* do nich\b",
    "ru": r"\bк ним присоединил\w*",
}
for _lang, _pattern in _JOINED_THEM.items():
    _LATEST[_lang] = f"{_LATEST.get(_lang, _pattern)}|{_pattern}"
for _lang, _pattern in _LATEST.items():
    FOLLOW_AFTER_EXTRA[_lang] = f"{FOLLOW_AFTER_EXTRA[_lang]}|{_pattern}"

# Repeat the act for the countries before them ("China and Russia followed suit").
FOLLOW_BEFORE_EXTRA: dict[str, str] = {
    "en": r"\bfollowed (?:its|her|his|their) (?:lead|example)\b|\bdid so\b|\bhas done so\b|"
    r"\bthe first (?:\w+ )?to do so\b|"
    r"\bhave done so\b|\bbeing the (?:latest|most recent|last)\b",
    "fr": r"\bont emboite le pas\b|\bl'ont imite\w*\b|\ben ont fait autant\b|\bont fait de meme\b|"
    r"\bl'a imite\w*|\ba emboite le pas\b|\ba fait de meme\b|"
    r"\betant (?:le|la) (?:dernier|derniere|plus recente?)\b",
    "es": r"\bsiguieron (?:su|el) ejemplo\b|\bhicieron lo mismo\b|"
    r"\bsiendo (?:el|la) (?:ultim[oa]|mas reciente)\b|\blo hiciera(?:n)?\b|"
    r"\bel primero (?:\w+ )?en hacerlo\b",
    "pt": r"\bseguiram o exemplo\b|\bfizeram o mesmo\b|\bo primeiro (?:\w+ )?a faze-lo\b|"
    r"\bsendo (?:o|a) (?:ultim[oa]|mais recente)\b",
    "de": r"\btaten (?:es )?(?:ihm|ihr|dies) gleich\b|\btaten dasselbe\b|\bzogen nach\b|"
    r"\bzog nach\b|\btat (?:dies|das|es) (?:auch|ebenfalls)\b",
    "pl": r"\bposzl\w* w (?:jej|jego|ich) slady\b|\bzrobil\w* to samo\b",
    "ru": r"\bпоследовал\w* (?:его|ее|их) примеру\b|\bсделал\w* то же самое\b",
    "id": r"\bmengikuti jejak\w*\b|\bmenyusul kemudian\b|\bmelakukannya\b|"
    r"\bmelakukan hal (?:yang sama|serupa)\b",
    "vi": r"(?<!\w)(?:tiếp bước|cũng làm theo|nối gót|theo sau)(?!\w)",
    "zh": r"紧跟其后|緊跟其後|随后跟进|隨後跟進|相继跟进|相繼跟進|(?<=[\u4e00-\u9fff])跟进|跟進",
    "ja": r"後に続いた|これに続いた|続いて署名",
    "ko": r"뒤를 이었|뒤따랐|뒤를 따랐",
}

# "Azerbaijan was first", "Tayikistán fue el más reciente", "Nigeria, która zrobiła to": the
# countries before repeat the previous act.
_RANKED_BEFORE = {
    "en": r"\bwas (?:the )?(?:first|latest|most recent|last)\b(?!\s+(?:to|of|in|\w+ to)\b)",
    "es": r"\bfue el (?:mas reciente|ultimo|primero)\b(?!\s+(?:en|de)\b)|\blo hizo\b",
    "pt": r"\bfoi o (?:mais recente|ultimo|primeiro)\b(?!\s+(?:a|de)\b)|\bo fez\b",
    "fr": r"\b(?:a ete|fut|est) le (?:plus recent|dernier|premier)\b(?!\s+(?:a|de)\b)|\bl'a fait\b",
    "pl": r"\bzrobil\w* to\b(?! samo)|\b(?:ktore|ktory|ktora) to zrobil\w*",
    "ru": r"(?<!как )\bэто сделал\w*|\bсделал\w* это\b",
}
for _lang, _pattern in _RANKED_BEFORE.items():
    FOLLOW_BEFORE_EXTRA[_lang] = f"{FOLLOW_BEFORE_EXTRA[_lang]}|{_pattern}"
