"""Demonyms and national adjectives that name a country with a head noun ("the Kenyan
government", "der österreichische Nationalrat", "البرلمان المصري", "вьетнамская сторона").

Used by `countries` to build the phrases; kept apart from `gazetteer_data` (names).
"""

from __future__ import annotations

# English demonyms: "the Kenyan government" names Kenya.
# fmt: off
DEMONYMS_EN = {
    "VN": "Vietnamese", "CN": "Chinese", "RU": "Russian", "KE": "Kenyan", "GH": "Ghanaian",
    "NG": "Nigerian", "BR": "Brazilian", "FR": "French", "ES": "Spanish", "GB": "British",
    "US": "American", "AU": "Australian", "CA": "Canadian", "JP": "Japanese", "IN": "Indian",
    "DE": "German", "PL": "Polish", "SE": "Swedish", "AZ": "Azerbaijani", "TR": "Turkish",
    "EG": "Egyptian", "ZA": "South African", "KR": "South Korean", "ID": "Indonesian",
    "PH": "Filipino", "TH": "Thai", "MY": "Malaysian", "IR": "Iranian", "CU": "Cuban",
    "VE": "Venezuelan", "IT": "Italian", "PT": "Portuguese", "UA": "Ukrainian", "BY": "Belarusian",
    "KH": "Cambodian", "LA": "Lao", "QA": "Qatari", "SA": "Saudi", "AE": "Emirati",
    "PK": "Pakistani", "BD": "Bangladeshi", "MA": "Moroccan", "TN": "Tunisian", "DZ": "Algerian",
    "SN": "Senegalese", "UG": "Ugandan", "TZ": "Tanzanian", "MX": "Mexican", "AR": "Argentine",
    "CL": "Chilean", "CO": "Colombian", "PE": "Peruvian", "NZ": "New Zealand", "MU": "Mauritian",
    "IE": "Irish", "NL": "Dutch", "BE": "Belgian", "AT": "Austrian", "CH": "Swiss",
    "NO": "Norwegian", "DK": "Danish", "FI": "Finnish", "GR": "Greek",
}
# fmt: on
DEMONYM_HEADS_EN = (
    "government",
    "parliament",
    "president",
    "cabinet",
    "authorities",
    "delegation",
    "legislature",
    "senate",
    "lawmakers",
    "national assembly",
    "foreign ministry",
    "prime minister",
    "state duma",
    "duma",
    "side",
)

# Demonym adjectives for "the Vietnamese government"-style phrases in de/fr/es/pt, per code:
# German stem, French m. and f., Spanish m. and f., Portuguese m. and f. (folded spellings).
# fmt: off
DEMONYMS_ROMANCE_DE: dict[str, str] = {
    "VN": "vietnamesisch vietnamien vietnamienne vietnamita vietnamita vietnamita vietnamita",
    "CN": "chinesisch chinois chinoise chino china chines chinesa",
    "RU": "russisch russe russe ruso rusa russo russa",
    "US": "amerikanisch americain americaine estadounidense estadounidense americano americana",
    "GB": "britisch britannique britannique britanico britanica britanico britanica",
    "FR": "franzosisch francais francaise frances francesa frances francesa",
    "DE": "deutsch allemand allemande aleman alemana alemao alema",
    "ES": "spanisch espagnol espagnole espanol espanola espanhol espanhola",
    "PT": "portugiesisch portugais portugaise portugues portuguesa portugues portuguesa",
    "IT": "italienisch italien italienne italiano italiana italiano italiana",
    "PL": "polnisch polonais polonaise polaco polaca polones polonesa",
    "JP": "japanisch japonais japonaise japones japonesa japones japonesa",
    "CA": "kanadisch canadien canadienne canadiense canadiense canadense canadense",
    "AU": "australisch australien australienne australiano australiana australiano australiana",
    "BR": "brasilianisch bresilien bresilienne brasileno brasilena brasileiro brasileira",
    "MX": "mexikanisch mexicain mexicaine mexicano mexicana mexicano mexicana",
    "AR": "argentinisch argentin argentine argentino argentina argentino argentina",
    "CL": "chilenisch chilien chilienne chileno chilena chileno chilena",
    "CU": "kubanisch cubain cubaine cubano cubana cubano cubana",
    "CH": "schweizerisch suisse suisse suizo suiza suico suica",
    "AT": "osterreichisch autrichien autrichienne austriaco austriaca austriaco austriaca",
    "NL": "niederlandisch neerlandais neerlandaise neerlandes neerlandesa holandes holandesa",
    "SE": "schwedisch suedois suedoise sueco sueca sueco sueca",
    "TR": "turkisch turc turque turco turca turco turca",
    "IN": "indisch indien indienne indio india indiano indiana",
    "ID": "indonesisch indonesien indonesienne indonesio indonesia indonesio indonesia",
    "KE": "kenianisch kenyan kenyane keniano keniana queniano queniana",
    "NG": "nigerianisch nigerian nigeriane nigeriano nigeriana nigeriano nigeriana",
    "ZA": "sudafrikanisch sud-africain sud-africaine "
            "sudafricano sudafricana sul-africano sul-africana",
    "EG": "agyptisch egyptien egyptienne egipcio egipcia egipcio egipcia",
    "MA": "marokkanisch marocain marocaine marroqui marroqui marroquino marroquina",
    "SN": "senegalesisch senegalais senegalaise senegales senegalesa senegales senegalesa",
    "AO": "angolanisch angolais angolaise angoleno angolena angolano angolana",
    "MZ": "mosambikanisch mozambicain mozambicaine "
            "mozambiqueno mozambiquena mocambicano mocambicana",
    "UA": "ukrainisch ukrainien ukrainienne ucraniano ucraniana ucraniano ucraniana",
    "AZ": "aserbaidschanisch azerbaidjanais azerbaidjanaise "
            "azerbaiyano azerbaiyana azerbaijano azerbaijana",
    "KR": "sudkoreanisch sud-coreen sud-coreenne surcoreano surcoreana sul-coreano sul-coreana",
}
# fmt: on
DEMONYM_HEADS = {
    "de": (
        "regierung",
        "bundesregierung",
        "parlament",
        "delegation",
        "seite",
        "aussenministerium",
        "außenministerium",
        "kabinett",
        "botschafter",
        "botschafterin",
        "aussenminister",
        "außenminister",
        "prasident",
        "präsident",
        "parlaments",
        "nationalrat",
        "nationalrats",
        "abgeordnetenhaus",
    ),
    "fr_m": (
        "gouvernement",
        "parlement",
        "ministere des affaires etrangeres",
        "president",
        "ministre",
        "ambassadeur",
        "chef de la diplomatie",
    ),
    "fr_f": ("delegation", "partie", "diplomatie", "assemblee"),
    "es_m": (
        "gobierno",
        "parlamento",
        "congreso",
        "senado",
        "ejecutivo",
        "canciller",
        "presidente",
        "ministro",
        "embajador",
    ),
    "es_f": ("delegacion", "parte", "cancilleria", "asamblea"),
    "pt_m": (
        "governo",
        "parlamento",
        "congresso",
        "senado",
        "executivo",
        "chanceler",
        "presidente",
        "ministro",
        "embaixador",
    ),
    "pt_f": ("delegacao", "parte", "diplomacia", "assembleia"),
}

# Arabic nisba adjectives ("البرلمان المصري", "الحكومة المصرية") and Russian feminine
# adjectives ("вьетнамская сторона", inflected like any name).
# fmt: off
NISBA_AR: dict[str, str] = {
    "EG": "المصري", "SA": "السعودي", "AE": "الإماراتي", "QA": "القطري", "JO": "الأردني",
    "MA": "المغربي", "DZ": "الجزائري", "TN": "التونسي", "LY": "الليبي", "IQ": "العراقي",
    "SY": "السوري", "LB": "اللبناني", "KW": "الكويتي", "OM": "العماني", "BH": "البحريني",
    "YE": "اليمني", "SD": "السوداني", "RU": "الروسي", "CN": "الصيني", "VN": "الفيتنامي",
    "US": "الأمريكي", "GB": "البريطاني", "FR": "الفرنسي", "DE": "الألماني", "AZ": "الأذربيجاني",
    "IR": "الإيراني", "TR": "التركي", "JP": "الياباني", "IN": "الهندي", "PK": "الباكستاني",
    "BR": "البرازيلي", "NG": "النيجيري", "KE": "الكيني", "MR": "الموريتاني",
}
ADJECTIVE_RU: dict[str, str] = {
    "RU": "российская", "VN": "вьетнамская", "CN": "китайская", "US": "американская",
    "GB": "британская", "FR": "французская", "DE": "немецкая", "JP": "японская",
    "IN": "индийская", "BR": "бразильская", "BY": "белорусская", "KZ": "казахстанская",
    "AZ": "азербайджанская", "IR": "иранская", "TR": "турецкая", "KR": "южнокорейская",
    "KP": "северокорейская", "CU": "кубинская", "VE": "венесуэльская", "EG": "египетская",
    "ZA": "южноафриканская", "UZ": "узбекская", "KG": "киргизская", "TJ": "таджикская",
    "AM": "армянская", "NI": "никарагуанская", "SY": "сирийская", "LA": "лаосская",
    "MN": "монгольская",
}
# fmt: on
