"""Verb tables for Indonesian, Vietnamese, Chinese, Japanese, Korean and Arabic.

Same conventions as `lexicon` (which merges these into `VERBS`); split out to keep
modules small.
"""

from __future__ import annotations

# (regex, action, kind, needs_object), as in `lexicon`.
Verb = tuple[str, str, str | None, bool]

_AR_B = r"(?<![\u0621-\u064a])[وف]?"
_AR_E = r"(?![\u0621-\u064a])"
_KE = (
    r"(?:pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh|"
    r"ke-?\d+)"
)

VERBS_ASIA: dict[str, tuple[Verb, ...]] = {
    "id": (
        (r"\bpenandatanganan oleh\b", "signature", None, False),
        (r"\bratifikasi oleh\b", "ratification", None, False),
        (
            r"\b(?:merupakan|adalah|menjadi) (?:salah satu )?(?:negara )?(?:penanda ?tangan)\b",
            "signature",
            None,
            False,
        ),
        (r"\b(?:merupakan|adalah|menjadi) (?:negara )?pihak\b", "ratification", None, True),
        (r"\b(?:telah|sudah) menjadi (?:negara )?pihak\b", "ratification", None, False),
        (
            rf"\bnegara {_KE} yang (?:menandatangani|meneken)\b",
            "signature",
            None,
            False,
        ),
        (
            rf"\bnegara {_KE} yang (?:meratifikasi\b|(?:\w+ ){{0,2}}(?:menyerahkan|menyimpan) "
            r"(?:\w+ ){0,2}instrumen\b)",
            "ratification",
            None,
            False,
        ),
        (
            r"\b(?:telah |sudah )?(?:menandatangani|meneken|ditandatangani|diteken)(?:nya)?\b|"
            r"\bteken\b",
            "signature",
            None,
            False,
        ),
        (r"\b(?:meratifikasi|diratifikasi)(?:nya)?\b", "ratification", "ratification", False),
        (r"\b(?:mengaksesi|aksesi)\b", "ratification", "accession", True),
        (r"\bmengaksesinya\b", "ratification", "accession", False),
        (r"\bmenjadi negara pihak ke-?\d+\b", "ratification", None, False),
        (
            r"(?<=\S) [-–—] penanda ?tangan (?:pertama|ke-?\d+)\b|"
            r"\bsebagai penanda ?tangan (?:pertama|ke-?\d+)\b",
            "signature",
            None,
            False,
        ),
        (
            r"\b(?:menyerahkan|menyimpan|menyampaikan) (?:\w+ ){0,2}instrumen\b",
            "ratification",
            "deposit",
            False,
        ),
        (r"\b(?:menyetujui|mengesahkan|disahkan)\b", "ratification", "approval", True),
    ),
    "vi": (
        (
            r"(?<!\w)(?:trở thành|là) (?:quốc gia )?thành viên thứ \w+(?!\w)",
            "ratification",
            None,
            False,
        ),
        (
            r"(?<!\w)(?:trở thành|là) (?:quốc gia|nước|bên) (?:đầu tiên|thứ \w+) (?:khi |đã )?"
            r"(?:nộp|phê chuẩn|hoàn tất (?:thủ tục|việc phê chuẩn))(?!\w)",
            "ratification",
            None,
            False,
        ),
        (
            r"(?<!\w)(?:trở thành|là) (?:quốc gia|nước|bên) (?:đầu tiên|thứ \w+) (?:khi |đã )?"
            r"ký(?!\w)",
            "signature",
            None,
            False,
        ),
        (
            r"(?<!\w)là (?:quốc gia |nước )?thành viên (?:của )?(?=công ước)",
            "ratification",
            None,
            False,
        ),
        (
            r"(?<!\w)(?:thông qua|hoàn tất|hoàn thành) (?:thủ tục |việc |nghị quyết |"
            r"quyết định )?phê chuẩn(?!\w)",
            "ratification",
            None,
            False,
        ),
        (
            r"(?<!\w)(?:nộp|trao|đệ trình|gửi) (?:văn kiện|văn bản) phê chuẩn(?!\w)",
            "ratification",
            "deposit",
            False,
        ),
        (
            r"(?<!\w)(?:quốc gia|nước) (?:đầu tiên|thứ (?:hai|ba|\d+)) (?:đã )?ký(?!\w)|"
            r"nằm trong số (?:các )?(?:nước|quốc gia) đã ký(?!\w)",
            "signature",
            None,
            False,
        ),
        (
            r"(?<!\w)(?:quốc gia|nước) (?:đầu tiên|thứ (?:hai|ba|"
            r"\d+)) (?:đã )?(?:hoàn tất (?:thủ tục |việc )?)?phê chuẩn|"
            r"nằm trong số (?:các )?(?:nước|quốc gia) đã (?:hoàn tất (?:thủ tục |"
            r"việc )?)?phê chuẩn",
            "ratification",
            None,
            False,
        ),
        (
            r"(?<!\w)ký (?:phê duyệt|phê chuẩn|quyết định phê chuẩn|lệnh (?:công bố|phê chuẩn))"
            r"(?!\w)",
            "ratification",
            None,
            False,
        ),
        (
            r"(?<!lễ )(?<!mở )(?<!chữ )(?<!người )(?<!việc )(?<!buổi )(?<!thư )(?<!đăng )(?<!lịch )"
            r"(?<!sách )"
            r"(?<!\w)k[ýí](?: kết| tên)?(?!\w)(?! giả)(?! sự)",
            "signature",
            None,
            False,
        ),
        (r"(?<!việc )(?<!\w)phê chuẩn(?!\w)", "ratification", "ratification", False),
        (r"(?<!việc )(?<!\w)gia nhập(?!\w)", "ratification", "accession", True),
        (r"(?<!\w)(?:nộp|trao|gửi) (?:\w+ ){0,3}lưu chiểu(?!\w)", "ratification", "deposit", False),
        (
            r"(?<!\w)nộp văn kiện(?: (?:phê chuẩn|gia nhập|phê duyệt))?(?!\w)",
            "ratification",
            "deposit",
            False,
        ),
        (r"(?<!việc )(?<!\w)phê duyệt(?!\w)", "ratification", "approval", True),
        (r"(?<!\w)trở thành (?:quốc gia )?thành viên(?!\w)", "ratification", None, True),
    ),
    "zh": (
        (r"成为第\w{1,3}个(?:签署方|簽署方)", "signature", None, False),
        (r"成为第\w{1,3}个(?:缔约国|缔约方|締約國)", "ratification", None, False),
        (
            r"(?:是|为|成为)(?:该公约|公约|《[^》]{0,30}》)?的?(?:签署国|簽署國)",
            "signature",
            None,
            False,
        ),
        (
            r"(?:是|为|成为)(?:该公约|公约|《[^》]{0,30}》)?的?(?:缔约国|締約國)",
            "ratification",
            None,
            False,
        ),
        (
            r"(?<!开放)(?<!開放)(?:签署|簽署|签字|簽字|签约|签了字|簽了字)(?!仪式|儀式|典礼|典禮|国|國|方)",
            "signature",
            None,
            False,
        ),
        (r"(?<!开放)批准(?!书|書)", "ratification", "ratification", False),
        (r"加入", "ratification", "accession", True),
        (r"交存", "ratification", "deposit", False),
    ),
    "ja": (
        (r"署名国(?:だ|である|となった|になった|に名を連ね)", "signature", None, False),
        (r"締約国(?:だ|である|となった|になった|となり|となる)", "ratification", None, False),
        (r"(?<!開放)署名(?=し|する|済|を行|を済ませ|$|\s|、|。|…|$)", "signature", None, False),
        (r"批准(?=し|する|済|を行|$|\s|、|。|…)", "ratification", "ratification", False),
        (r"加入(?=し|する|$|\s|、|。)", "ratification", "accession", True),
        (r"(?:批准国|締約国)(?:と|に)な(?=った|り|って)", "ratification", None, False),
        (r"署名国(?:と|に)(?:な(?=った|り|って)|(?=。|$))", "signature", None, False),
        (r"寄託(?=し|する|され|$|\s|、|。)", "ratification", "deposit", False),
        (r"寄託を(?:済ませ|終え|完了し)", "ratification", "deposit", False),
        (r"署名を(?:終え|完了)", "signature", None, False),
        (
            r"批准(?:手続き)?を(?:完了|終え)|批准を(?:決定|可決|承認)(?=し|した|済み)|"
            r"批准を決め(?=た|ている)",
            "ratification",
            None,
            False,
        ),
        (r"署名の列に加わ|(?<=も)名を連ね(?:る|た|ている)", "signature", None, False),
        (r"締結(?=し|した)", "ratification", None, True),
    ),
    "ko": (
        (r"서명대에 (?:올랐|섰|나섰)|의 서명으로 (?:시작|개막|막을 올)", "signature", None, False),
        (r"서명국(?:이다|이며|이고|으로)", "signature", None, False),
        (r"당사국(?:이다|이며|이고|이 됐|이 되었|으로)", "ratification", None, False),
        (
            r"(?<=등이 )이름을 올렸|서명국에 이름을 올렸|서명국(?:이 되었|이 됐|으로 이름)|"
            r"서명국 (?:대열|명단|반열)에 "
            r"(?:합류|이름을 올|올랐)",
            "signature",
            None,
            False,
        ),
        (
            r"서명(?=했|하였|한 |하고|해 |해서|하여|하는|하면서|하며|함에 따라|$|\s|…|,|\.)",
            "signature",
            None,
            False,
        ),
        (
            r"비준(?=했|하였|한 |하고|해 |하여|하면서|하며|함에 따라|$|\s|…|,|\.)",
            "ratification",
            "ratification",
            False,
        ),
        (r"가입(?=했|하였|한 |하고|$|\s|…|,|\.)", "ratification", "accession", True),
        (
            r"(?:가입서|비준서|승인서|수락서)(?:를|을|도) (?:낸|냈|제출한|제출했)",
            "ratification",
            "deposit",
            False,
        ),
        (
            r"기탁(?=했|하였|한 |하고|해|하면서|하며|함에 따라|함으로써|됐|되었|$|\s|…|,|\.)",
            "ratification",
            "deposit",
            False,
        ),
        (r"비준(?:을|를)? (?:결정|의결|승인)(?=했|하였)", "ratification", None, False),
        (r"서명(?:을|\s?절차를) (?:마쳤|완료)", "signature", None, False),
        (
            r"비준(?:을|\s?절차를) (?:마쳤|완료|마무리)|"
            r"비준 ?(?:안|동의안|법안)(?:을|이) (?:통과|가결|의결)",
            "ratification",
            None,
            False,
        ),
    ),
    "ar": (
        (r"(?<![\u0621-\u064a])[وف]?(?:جاء|تم|جري) (?:توقيع|التوقيع)", "signature", None, False),
        (r"من (?:اوايل |بين )?الدول التي (?:وقعت|وقعت)", "signature", None, False),
        (r"من (?:اوايل |بين )?الدول التي (?:صادقت|انضمت)", "ratification", None, False),
        (  # "أصبحت الدولة الطرف السادسة عشرة"
            r"(?<![\u0621-\u064a])[وف]?(?:اصبحت|اصبح|صارت) (?:ال)?دول[ةه] (?:ال)?طرف",
            "ratification",
            None,
            False,
        ),
        (r"(?:من |احدي |احد )?الدول الموقعة|دولة موقعة", "signature", None, False),
        (r"دولة طرف|الدول الاطراف", "ratification", None, False),
        (r"(?<![\u0621-\u064a])[وف]?قام(?:ت)? (?:\S+ ){0,3}?بالتوقيع", "signature", None, False),
        (r"(?<![\u0621-\u064a])[وف]?قام(?:ت)? (?:\S+ ){0,3}?بالتصديق", "ratification", None, False),
        (_AR_B + r"(?:وقعت|وقع|وقعا|وقعوا|وقعتا)" + _AR_E, "signature", None, False),
        (
            r"(?<![\u0621-\u064a])(?:مع|بعد|عقب|(?:ايام|اسابيع|اشهر|ساعات) من) توقيع(?= )",
            "signature",
            None,
            False,
        ),
        (r"اول (?:دولة|بلد|من) (?:توقع|يوقع|تسارع)", "signature", None, False),
        (
            r"اول (?:دولة|بلد|من) (?:تصادق|يصادق|صادقت|صادق|تودع|يودع|اودعت|اودع)",
            "ratification",
            None,
            False,
        ),
        (_AR_B + r"(?:صادقت|صادق|صادقوا|صدقت|صدق)" + _AR_E, "ratification", "ratification", False),
        (  # joining the signatories is a signature, not an accession
            _AR_B
            + r"(?:انضمت|انضم|انضموا)"
            + _AR_E
            + r"(?![^.،]{0,40}?(?:الي|الى) (?:قايمة )?(?:الموقعين|الدول الموقعة))",
            "ratification",
            "accession",
            True,
        ),
        (_AR_B + r"(?:اودعت|اودع)" + _AR_E, "ratification", "deposit", False),
        (_AR_B + r"(?:وافقت|وافق|اقرت|اقر)" + _AR_E, "ratification", "approval", True),
    ),
}
