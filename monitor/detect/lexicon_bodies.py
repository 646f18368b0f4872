"""Verbs of domestic approval by a parliament, chamber or head of state.

"Der Nationalrat hat das Übereinkommen genehmigt", "Sejm uchwalił ustawę o
ratyfikacji", "スウェーデン議会は締結を承認した": the news calls such a vote a
ratification (kind None: no instrument is deposited yet).  General verbs
("approved", "adopted") need the convention or a ratification as their object
(`needs_object`); phrases naming the ratification carry it themselves.  The
usual blocks apply (plans, drafts, negations: `lexicon_context`, `markers`).
"""

from __future__ import annotations

_R = "ratification"

# lang -> (pattern on the folded view, action, kind, needs_object)
_LAW_EN = r"(?:bill|law|legislation|act|resolution)"
_LAW_FR = r"(?:le |la )?(?:projet de loi|loi|resolution)"

# lang -> (pattern on the folded view, action, kind, needs_object).  Verbs that also report
# the General Assembly adopting the treaty ("adopted", "одобрила", "وافقت") must name a
# ratification or a ratification law, so that "193 states adopted it" counts nothing.
APPROVALS: dict[str, tuple[tuple[str, str, str | None, bool], ...]] = {
    "en": (
        (r"\bvoted (?:\w+ ){0,3}to (?:ratify|approve)\b", _R, None, False),
        (
            rf"\b(?:passed|adopted|approved) (?:\w+ ){{0,3}}{_LAW_EN} (?:on|to|for|authori[sz]ing|"
            r"approving|ratifying) (?:the )?ratif\w*",
            _R,
            None,
            False,
        ),
    ),
    "fr": (
        (
            rf"\b(?:a|ont) (?:\w+ ){{0,2}}(?:adopte|vote),? (?:[\w,]+ ){{0,5}}{_LAW_FR} "
            r"(?:autorisant|portant|relati\w* a|sur) (?:la )?ratification\b",
            _R,
            None,
            False,
        ),
        (r"\b(?:a|ont) (?:\w+ ){0,2}approuve la ratification\b", _R, None, False),
        (
            r"\badoption definitive\b[^.;]{0,80}?\bprojet de loi (?:autorisant|portant) "
            r"(?:la )?(?:ratification|approbation)\b",
            _R,
            None,
            False,
        ),
    ),
    "es": (
        (r"\bdio (?:\w+ ){0,3}visto bueno\b", _R, None, True),
        (r"\bconvalid(?:o|aron)\b", _R, None, True),
    ),
    "pt": (
        (r"\bconclu(?:iu|iram) a ratificacao\b", _R, None, False),
        (r"\baprov(?:ou|aram) (?:[\w()]+ ){0,10}que aprova\b", _R, None, True),
    ),
    "de": (
        (r"\b(?:zugestimmt|gebilligt|genehmigt)\b", _R, None, True),
        (r"\b(?:billigte|genehmigte)n?\b", _R, None, True),
        (r"\bverabschiedete(?:n)? (?:\w+ ){0,3}\w*gesetz\w*", _R, None, True),
        (r"\bstimmte(?:n)? (?:\w+ ){1,8}zu\b", _R, None, True),
    ),
    "pl": (
        (r"\buchwali(?:l|la|ly|li)\b", _R, None, True),
        (r"\b(?:zgodzil|wyrazil)(?:a|y|i)? (?:\w+ ){0,3}na ratyfikacj\w*", _R, None, False),
        (r"\bwyrazi(?:l|la|ly|li) zgode na ratyfikacj\w*", _R, None, False),
    ),
    "ru": (
        (r"\bодобри(?:л|ла|ли) (?:\w+ ){0,3}(?:закон\w* о )?ратификаци\w*", _R, None, False),
        (r"\bприня(?:л|ла|ли) (?:\w+ ){0,3}закон о ратификации\b", _R, None, False),
    ),
    "id": (
        (r"\bmenyetujui (?:\w+ ){0,2}(?:ratifikasi|pengesahan)\b", _R, None, False),
        (r"\bmenyetujui (?:\w+ ){0,2}ruu\b", _R, None, True),
    ),
    "ja": ((r"承認(?=し|した)", _R, None, True),),
    "ko": (
        (
            r"비준 동의안(?:을|이) (?:\S+ ){0,3}(?:가결|통과|의결)(?=했|됐|되었|하였)",
            _R,
            None,
            False,
        ),
    ),
    "ar": (
        (
            r"(?<![\u0621-\u064a])وافق(?:ت)? (?:\S+ ){0,3}علي (?:مشروع قانون )?"
            r"(?:التصديق|المصادقة)",
            _R,
            None,
            False,
        ),
    ),
}

# "completed its domestic procedures": a finished domestic ratification, in every language.
_COMPLETED: dict[str, str] = {
    "en": r"\b(?:completed|finished|concluded) (?:its |their |the )?(?:domestic|national|internal|"
    r"parliamentary) (?:ratification )?(?:procedures?|process(?:es)?|approval|ratification|"
    r"votes?)\b|"
    r"\bgave (?:its |their )?(?:final )?(?:approval|consent|assent) to (?:the )?ratification\b|"
    r"\bcompleting (?:the |its |their )?(?:\S+ ){0,2}(?:parliamentary|domestic|ratification) "
    r"(?:procedure|process|approval)\b|"
    r"\b(?:parliament|senate|congress|assembly|legislature|lawmakers)\w* gave "
    r"(?:its |their )?final (?:approval|assent)\b",
    "fr": r"\bachev\w* (?:sa|leur|la|les|leurs) procedures? (?:parlementaires?|de ratification|"
    r"nationales?|internes?)\b",
    "es": r"\b(?:culminad[oa]|completad[oa]|concluid[oa]|culmino|completo|concluyo|culminaron|"
    r"completaron|concluyeron) (?:\w+ ){0,4}(?:(?:proceso|procedimiento|tramite|tramitacion)s? "
    r"(?:de ratificacion|parlamentari\w*|intern\w*)|aprobacion (?:parlamentaria|legislativa))",
    "pt": r"\b(?:conclu\w+|complet\w+) (?:\w+ ){0,3}(?:aprovacao\b|(?:processo|procedimento|"
    r"tramitacao)s? (?:de ratificacao|de aprovacao|parlamentar\w*|intern\w*))",
    "de": r"\b(?:parlamentarische|innerstaatliche|nationale)n? (?:ratifikations)?verfahren "
    r"(?:\w+ ){0,2}abgeschlossen\b|\bratifikationsverfahren (?:\w+ ){0,2}abgeschlossen\b",
    "pl": r"\bprocedur\w* (?:krajow\w*|ratyfikacyjn\w*|wewnetrzn\w*) (?:\w+ ){0,2}zakonczy\w*|"
    r"\bzakonczy\w* (?:\w+ ){0,2}procedur\w* (?:krajow|ratyfikacyjn|wewnetrzn)\w*",
    "ru": r"\b(?:внутригосударственные|национальные) процедуры (?:\w+ ){0,3}заверши\w*|"
    r"\bзаверши\w* (?:\w+ ){0,2}(?:внутригосударственные|национальные) процедуры",
    "id": r"\b(?:menyelesaikan|menuntaskan|merampungkan) (?:proses|prosedur) (?:ratifikasi|"
    r"persetujuan|domestik|dalam negeri)\b",
    "zh": r"(?:完成|完成了)(?:国内|國內)?(?:议会|議會|立法|批准)?(?:程序|手续|手續)",
    "ja": r"国内(?:の)?(?:批准)?手続き(?:を)?(?:完了|終え)",
    "ko": r"국내 (?:비준 )?절차를 (?:마쳤|완료)",
}
for _lang, _pattern in _COMPLETED.items():
    APPROVALS[_lang] = (*APPROVALS.get(_lang, ()), (_pattern, _R, None, False))
