"""Static data for the gazetteer: the states we track and the names the news uses.

Babel's CLDR names are the base; these tables add treaty-record names, short
forms and acronyms.  Acronyms listed in ACRONYMS only match in upper case.
"""

from __future__ import annotations

# The 193 UN member states, the two observer states (Holy See, Palestine) and the EU.
UN_MEMBERS = frozenset(
    """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ KP DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ
FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI
KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR
NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST
SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG
UA AE GB TZ US UY UZ VU VE VN YE ZM ZW
""".split()
)
OBSERVERS = frozenset({"VA", "PS"})
UNION = "EU"

# Babel locales whose names are merged into one of our 13 languages.
EXTRA_LOCALES = {"zh": ("zh_Hant",), "pt": ("pt_PT",), "es": ("es_419",), "fr": ("fr_CA",)}

# Names that only match when written in upper case (after folding they collide with words).
ACRONYMS = frozenset(
    {
        "us",
        "rp",
        "u.s.",
        "usa",
        "u.s.a.",
        "uk",
        "u.k.",
        "eu",
        "uae",
        "drc",
        "dprk",
        "rok",
        "prc",
        "eua",
        "ue",
        "ee.uu.",
        "eeuu",
        "rpa",
        "as",
        "ri",
        "rrc",
        "rdc",
        "nrd",
        "rf",
        "vn",
    }
)

# English entries include capitals used as metonyms in wire copy ("Accra signed it").
# fmt: off
ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "VN": ("Viet Nam", "Vietnam"), "SY": ("Syria", "Syrian Arab Republic"),
        "BO": ("Bolivia (Plurinational State of)", "Plurinational State of Bolivia"),
        "VE": ("Venezuela (Bolivarian Republic of)", "Bolivarian Republic of Venezuela"),
        "TZ": ("Tanzania", "United Republic of Tanzania"),
        "MD": ("Moldova", "Republic of Moldova"),
        "LA": ("Laos", "Lao PDR", "Lao People's Democratic Republic"),
        "CG": ("Congo", "Republic of the Congo", "Congo-Brazzaville"),
        "CD": ("DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa"),
        "CI": ("Ivory Coast", "Cote d'Ivoire"), "CZ": ("Czech Republic",), "MK": ("Macedonia",),
        "SZ": ("Swaziland",), "CV": ("Cape Verde", "Cabo Verde"),
        "TL": ("East Timor", "Timor-Leste"), "MM": ("Burma",),
        "PS": ("Palestine", "State of Palestine"), "VA": ("Holy See", "Vatican"),
        "FM": ("Micronesia (Federated States of)", "Federated States of Micronesia"),
        "NL": ("Netherlands (Kingdom of the)", "Kingdom of the Netherlands", "Holland"),
        "BN": ("Brunei Darussalam",), "AE": ("UAE",), "BS": ("The Bahamas",),
        "GM": ("The Gambia",), "ST": ("Sao Tome and Principe",), "EU": ("EU",),
        "KN": ("St Kitts and Nevis",),
        "VC": ("St Vincent and the Grenadines", "Saint Vincent and the Grenadines"),
        "LC": ("St Lucia",), "BA": ("Bosnia",),
        "RU": ("Russian Federation", "Moscow", "the Kremlin"), "GH": ("Accra",),
        "KE": ("Nairobi",), "NG": ("Abuja",),
        "GB": (
            "UK", "U.K.", "Britain", "Great Britain",
            "United Kingdom of Great Britain and Northern Ireland", "London",
        ),
        "CN": ("People's Republic of China", "PRC", "Beijing"), "JP": ("Tokyo",),
        "KR": ("Republic of Korea", "ROK", "Seoul"),
        "KP": ("DPRK", "Democratic People's Republic of Korea", "Pyongyang"),
        "US": (
            "US", "U.S.", "USA", "U.S.A.", "United States of America", "the United States",
            "Washington",
        ),
        "FR": ("Paris",), "DE": ("Berlin",), "AU": ("Canberra",), "CA": ("Ottawa",),
        "IN": ("New Delhi",), "BR": ("Brasilia",), "ZA": ("Pretoria",), "EG": ("Cairo",),
        "SA": ("Riyadh",),
        "IR": ("Iran (Islamic Republic of)", "Islamic Republic of Iran", "Tehran"),
        "AZ": ("Milli Majlis", "Milli Mejlis", "Baku"), "UA": ("Kyiv", "Kiev"), "BY": ("Minsk",),
        "TR": ("Turkey", "Turkiye", "Türkiye", "Ankara"), "ID": ("Jakarta",), "PH": ("Manila",),
    },
    "vi": {
        "VN": ("Việt Nam", "Vietnam", "VN", "Chủ tịch nước", "Nhà nước Việt Nam", "nước ta"),
        "US": ("Mỹ", "Hoa Kỳ"), "GB": ("Anh Quốc", "Vương quốc Anh", "nước Anh", "Anh"),
        "RU": ("Liên bang Nga",), "KP": ("CHDCND Triều Tiên", "Triều Tiên"),
        "AU": ("Úc", "Australia", "Ô-xtrây-li-a", "Ôxtrâylia"), "EU": ("EU", "Liên minh châu Âu"),
        "LA": ("Lào",), "KH": ("Campuchia", "Cam-pu-chia"), "IR": ("Iran", "I-ran"),
        "CU": ("Cuba", "Cu-ba"), "ZA": ("Nam Phi",), "PS": ("Palestine",),
        "IT": ("Ý", "I-ta-li-a", "Italia"), "CA": ("Ca-na-đa",), "BR": ("Bra-xin",),
        "NZ": ("Niu Di-lân", "New Zealand"), "SG": ("Xin-ga-po", "Xingapo"),
        "MY": ("Ma-lai-xi-a", "Malaixia"), "ID": ("In-đô-nê-xi-a", "Inđônêxia"),
        "PH": ("Phi-líp-pin", "Philippin"), "MM": ("Mi-an-ma",),
        "AZ": ("A-déc-bai-gian", "Adécbaigian"), "AR": ("Ác-hen-ti-na",), "ET": ("Ê-ti-ô-pi-a",),
        "NG": ("Ni-giê-ri-a",), "KE": ("Kê-ni-a",), "GH": ("Ga-na",), "SN": ("Xê-nê-gan",),
        "AO": ("Ăng-gô-la",), "MZ": ("Mô-dăm-bích",), "TZ": ("Tan-da-ni-a",), "UA": ("U-crai-na",),
        "BY": ("Bê-la-rút",), "KZ": ("Ca-dắc-xtan",), "UZ": ("U-dơ-bê-ki-xtan",),
        "VE": ("Vê-nê-xu-ê-la",), "MX": ("Mê-hi-cô",), "CL": ("Chi-lê",), "PE": ("Pê-ru",),
        "CO": ("Cô-lôm-bi-a",), "IQ": ("I-rắc",), "SY": ("Xy-ri",), "IL": ("I-xra-en",),
        "SA": ("Ả-rập Xê-út", "Saudi Arabia"), "QA": ("Ca-ta",), "KW": ("Cô-oét",),
        "OM": ("Ô-man",), "JO": ("Gioóc-đa-ni",), "MA": ("Maroc",), "DZ": ("An-giê-ri",),
        "TN": ("Tuy-ni-di",), "LY": ("Li-bi",), "SD": ("Xu-đăng",), "MU": ("Mô-ri-xơ",),
        "BN": ("Bru-nây",), "TL": ("Đông Ti-mo",), "PK": ("Pa-ki-xtan",), "BD": ("Băng-la-đét",),
        "LK": ("Xri Lan-ca",), "NP": ("Nê-pan",), "ES": ("Tây Ban Nha",), "PT": ("Bồ Đào Nha",),
        "HU": ("Hung-ga-ri",), "RO": ("Ru-ma-ni",), "BG": ("Bun-ga-ri",), "RS": ("Xéc-bi-a",),
        "HR": ("Crô-a-ti-a",), "CZ": ("Cộng hòa Séc", "CH Séc"), "SK": ("Xlô-va-ki-a",),
        "SI": ("Xlô-vê-ni-a",), "EE": ("E-xtô-ni-a",), "LV": ("Lát-vi-a",), "LT": ("Lít-va",),
        "GE": ("Gru-di-a",), "AM": ("Ác-mê-ni-a",), "IE": ("Ai-len", "Ai Len"), "NO": ("Na Uy",),
        "EG": ("Ai Cập",), "CM": ("Ca-mơ-run",), "CI": ("Bờ Biển Ngà",), "RW": ("Ru-an-đa",),
        "UG": ("U-gan-đa",), "ZW": ("Dim-ba-bu-ê",), "ZM": ("Dăm-bi-a",), "TH": ("Thái Lan",),
        "KR": ("Hàn Quốc", "Đại Hàn"), "JP": ("Nhật Bản", "Nhật"), "CN": ("Trung Quốc",),
        "FR": ("Pháp",), "DE": ("Đức",), "PL": ("Ba Lan",), "SE": ("Thụy Điển",),
        "CH": ("Thụy Sĩ", "Thụy Sỹ"), "NL": ("Hà Lan",), "BE": ("Bỉ",), "AT": ("Áo",),
        "DK": ("Đan Mạch",), "FI": ("Phần Lan",), "GR": ("Hy Lạp",), "TR": ("Thổ Nhĩ Kỳ",),
        "IN": ("Ấn Độ",), "MN": ("Mông Cổ",),
    },
    "fr": {
        "VN": ("Vietnam", "Viet Nam"), "US": ("USA",), "GB": ("Grande-Bretagne",),
        "RU": ("Fédération de Russie",), "KR": ("République de Corée",), "EU": ("UE",),
        "CD": ("RDC", "République démocratique du Congo"), "CG": ("Congo",),
        "PS": ("Palestine", "État de Palestine"), "VA": ("Saint-Siège",), "TR": ("Türkiye",),
        "LU": ("Grand-Duché",),
    },
    "es": {
        "US": ("EE.UU.", "EEUU", "EE. UU.", "Estados Unidos de América"), "GB": ("Gran Bretaña",),
        "RU": ("Federación de Rusia",), "KR": ("República de Corea",), "EU": ("UE",),
        "PS": ("Palestina", "Estado de Palestina"), "VA": ("Santa Sede",),
        "TR": ("Türkiye", "Turquia"), "CD": ("RDC",), "CG": ("Congo",),
    },
    "pt": {
        "VN": ("Vietnã", "Vietname", "Vietnam"), "US": ("EUA", "Estados Unidos da América"),
        "GB": ("Grã-Bretanha",), "RU": ("Federação Russa",), "EU": ("UE",),
        "PS": ("Palestina", "Estado da Palestina"), "VA": ("Santa Sé",), "TR": ("Türkiye",),
        "CG": ("Congo",), "EG": ("Egipto",),
    },
    "de": {
        "US": ("USA", "Vereinigten Staaten", "Vereinigte Staaten von Amerika"),
        "GB": (
            "Großbritannien", "Vereinigten Königreich", "Vereinigten Königreichs",
            "Vereinigte Königreich",
        ),
        "RU": ("Russische Föderation", "Russischen Föderation"), "EU": ("EU",),
        "KR": ("Republik Korea",), "PS": ("Palästina",), "VA": ("Heiliger Stuhl", "Heilige Stuhl"),
        "TR": ("Türkiye",), "CG": ("Kongo",), "NL": ("Niederlande", "Niederlanden"),
        "DE": ("Bundestag", "Bundesregierung", "Bundesrepublik", "Bundesrepublik Deutschland"),
    },
    "pl": {
        "US": ("USA", "Stany Zjednoczone Ameryki"), "RU": ("Federacja Rosyjska",),
        "KR": ("Republika Korei",), "EU": ("UE",), "ZA": ("RPA",), "PS": ("Palestyna",),
        "VA": ("Stolica Apostolska",), "TR": ("Türkiye",), "CG": ("Kongo",),
        "PL": ("Sejm", "Rada Ministrów", "Rzeczpospolita Polska", "RP"),
    },
    "id": {
        "US": ("AS", "Amerika"), "GB": ("Inggris",), "CN": ("China", "Cina", "RRC"), "EU": ("UE",),
        "PS": ("Palestina",), "VA": ("Takhta Suci",), "RU": ("Federasi Rusia",),
        "KR": ("Korsel", "Republik Korea"), "CG": ("Kongo",),
    },
    "ru": {
        "US": ("США", "Соединенные Штаты Америки", "американская сторона", "Вашингтон"),
        "RU": (
            "Российская Федерация", "РФ", "Госдума", "Государственная дума", "Совет Федерации",
            "Кремль", "российская сторона", "Москва",
        ),
        "KR": ("Южная Корея",), "KP": ("Северная Корея",), "EU": ("ЕС", "Евросоюз"),
        "ZA": ("ЮАР",), "BY": ("Белоруссия", "Республика Беларусь", "Минск"), "MD": ("Молдавия",),
        "KG": ("Киргизия", "Кыргызстан", "Кыргызская Республика", "Жогорку Кенеш"),
        "TM": ("Туркмения",),
        "CI": ("Кот-д'Ивуар",),
        "PS": ("Палестина", "Государство Палестина"), "VA": ("Святой Престол",),
        "GB": ("Соединенное Королевство",), "CG": ("Конго",), "CN": ("Пекин",), "AZ": ("Баку",),
        "KZ": ("Астана",),
    },
    "zh": {
        "US": ("美利坚合众国", "美方"), "RU": ("俄联邦", "俄罗斯联邦", "俄方"),
        "KP": ("朝鲜民主主义人民共和国", "朝方"), "KR": ("大韩民国", "韩方"),
        "EU": ("欧洲联盟", "欧方"), "PS": ("巴勒斯坦国", "巴勒斯坦"), "VA": ("教廷",),
        "CG": ("刚果",), "VN": ("越方",), "JP": ("日方",), "GB": ("英方",), "FR": ("法方",),
        "DE": ("德方",),
        "CN": (
            "中方", "中华人民共和国", "全国人大", "全国人民代表大会", "全國人大",
            "全國人民代表大會",
        ),
    },
    "ja": {
        "US": ("米国", "アメリカ", "米政府"), "GB": ("英国",), "KR": ("大韓民国",), "EU": ("EU",),
        "PS": ("パレスチナ",), "VA": ("ローマ教皇庁",), "RU": ("ロシア連邦",), "CG": ("コンゴ",),
        "AU": ("豪州",),
    },
    "ko": {
        "KR": ("한국", "남한"), "KP": ("조선민주주의인민공화국",), "EU": ("EU", "유럽연합"),
        "ZA": ("남아공", "남아프리카공화국"), "PS": ("팔레스타인",), "VA": ("교황청",),
        "TR": ("터키",), "CG": ("콩고",), "AU": ("호주",), "NL": ("네덜란드",),
    },
    "ar": {
        "US": ("أمريكا", "امريكا", "الولايات المتحدة الأمريكية"), "GB": ("بريطانيا",),
        "RU": ("الاتحاد الروسي",), "KR": ("جمهورية كوريا",), "PS": ("فلسطين", "دولة فلسطين"),
        "VA": ("الكرسي الرسولي",), "EU": ("الاتحاد الاوروبي",),
        "VN": ("فيتنام", "فييتنام", "فييت نام", "فيت نام"),
        "CG": ("الكونغو",), "MA": ("المملكة المغربية",),
        "JO": ("المملكة الأردنية الهاشمية", "الأردن"), "TN": ("الجمهورية التونسية",),
        "AE": ("دولة الإمارات", "الإمارات"), "QA": ("دولة قطر",), "KW": ("دولة الكويت",),
        "OM": ("سلطنة عمان",), "BH": ("مملكة البحرين",), "EG": ("جمهورية مصر العربية",),
        "DZ": ("الجمهورية الجزائرية",),
    },
}
# fmt: on

# Words that are also country names; a match is dropped when written in lower case.
LOWERCASE_WORDS = frozenset(
    """
    anh ao bi chad chile china chiny congo cuba dominica duc georgia grenada guinea
    hiszpania iran italia japonia jemen jordan korea kuba lao mali malta my nam nauru nga
    nhat niger oman panama peru phap polska samoa sec togo turkey uc y того
    """.split()
)


# Unqualified national institutions that name the home country of the press using them
# ("Quốc hội" in Vietnamese news is Viet Nam's National Assembly).  A mention is dropped
# when another country is named right next to it ("Quốc hội Lào", "ベトナム政府").
INSTITUTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "vi": {
        "VN": (
            "Quốc hội",
            "Chính phủ",
            "Thủ tướng Chính phủ",
            "Bộ Công an",
            "Bộ Ngoại giao",
            "Nhà nước ta",
        )
    },
    "ko": {"KR": ("국회", "정부", "우리 정부", "외교부")},
    "ja": {"JP": ("政府", "国会", "日本政府", "外務省")},
    "zh": {"CN": ("我国", "我国政府")},
}
