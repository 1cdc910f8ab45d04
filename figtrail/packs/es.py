"""Spanish language pack: data only. The algorithm reads it and never names a language.

Every entry is matched against the normalised view of the text: lower-cased,
NBSP and narrow NBSP as plain spaces, ’ as ', « » “ ” as ". Regex fragments
are written for that view. Examples that must keep working: es_corpus.py.
"""

CODE = "es"
NAME = "Spanish"

# --- digits --------------------------------------------------------------
DECIMAL_MARKS = ","  # 1,5 millones
GROUP_MARKS = " ."  # 12.000, 12 000 (NBSP and narrow NBSP are spaces in the view)

# --- number words (text2num parses runs of them) --------------------------
NUMBER_WORDS = {
    "cero": 0,
    "un": 1,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciséis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "veintiuno": 21,
    "veintiuna": 21,
    "veintiún": 21,
    "veintidós": 22,
    "veintitrés": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiséis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
    "cien": 100,
    "ciento": 100,
    "doscientos": 200,
    "doscientas": 200,
    "trescientos": 300,
    "trescientas": 300,
    "cuatrocientos": 400,
    "cuatrocientas": 400,
    "quinientos": 500,
    "quinientas": 500,
    "seiscientos": 600,
    "seiscientas": 600,
    "setecientos": 700,
    "setecientas": 700,
    "ochocientos": 800,
    "ochocientas": 800,
    "novecientos": 900,
    "novecientas": 900,
    "mil": 1000,
}
NUMBER_JOINERS = ("y",)  # treinta y dos
DECIMAL_WORDS = ("coma", "con", "punto")  # uno coma cinco millones; siete con cincuenta (7,50); dos punto cinco
# between a whole and its fraction: ciento tres con dos tercios, seis millones con dos tercios
FRACTION_JOINERS = ("con",)
# Words that are numbers only with a scale after them: "un millón", not "un hombre".
ARTICLE_WORDS = ("un", "una", "uno")
# fraction words and their denominators: medio millón (500 000), un millón y medio (1,5 millones)
FRACTIONS = {
    "medio": 2, "media": 2, "tercio": 3, "tercios": 3, "cuarto": 4, "cuartos": 4, "quinto": 5,
    "quintos": 5, "sexto": 6, "sextos": 6, "séptimo": 7, "séptimos": 7, "octavo": 8, "octavos": 8,
    "noveno": 9, "novenos": 9, "décimo": 10, "décimos": 10, "décima": 10, "décimas": 10,
    "centésimo": 100, "centésimos": 100, "centésima": 100, "centésimas": 100,
}  # fmt: skip
# denominators glued from number words and an ordinal ending: onceavo (11), veintiunavos (21),
# treintaicincoavos (35), doscientosavos (200), milésimos, dosmillonésimos (2 000 000); a number
# word may lose its last vowel before the ending (treint-avo), "i" glues tens and units
FRACTION_SUFFIXES = ("avo", "avos", "ava", "avas", "ésimo", "ésimos", "ésima", "ésimas", "esimo", "esimos", "esima", "esimas")
STEM_VOWELS = "aoe"
GLUE_JOINERS = {"i": "y"}
# number words that multiply the number before them: tres docenas (36)
MULTIPLES = {"docenas": 12}
# number words that are no number on their own
NOT_ALONE = ()

# --- scale words after a number: 1,5 millones, 10.600 millones, 15 mil, 10k ----
SCALES = {
    "mil": 1e3,
    "miles": 1e3,
    "millares": 1e3,
    "millar": 1e3,
    "millón": 1e6,
    "millon": 1e6,
    "millones": 1e6,
    "mil millones": 1e9,
    "millardo": 1e9,
    "millardos": 1e9,
    "billón": 1e12,
    "billon": 1e12,
    "billones": 1e12,
    "mill.": 1e6,
    "mm": 1e6,
    "m": 1e6,
    "k": 1e3,
}
# abbreviations that only count as a scale when glued to a currency (150 M€) or the digits (10k)
SCALE_NEEDS_CURRENCY = ("m", "mm")
SCALE_LINK = r"(?:de )?"  # "decenas de miles", "una decena de millones"

# --- vague magnitudes and approximate bases -------------------------------
VAGUE = {
    "decenas": (20, 99),
    "cientos": (200, 999),
    "centenares": (200, 999),
    "miles": (2000, 9999),
    "millares": (2000, 9999),
}
VAGUE_REPEAT = r"y"  # "cientos y cientos"
BASES = {
    "decena": 10,
    "docena": 12,
    "quincena": 15,
    "veintena": 20,
    "treintena": 30,
    "centenar": 100,
    "millar": 1000,
}

# --- bounds: cues written right before the number --------------------------
# an article may sit between the cue and the number: "más de un 30 %", "cerca del 20 %"
BOUND_CUES = {
    "at_least": [
        r"al menos(?: el| la| los| las| un| una)?",
        r"(?:no|nunca|jamás) inferior(?:es)? a(?:l| los| las)?",  # not less than: at least
        r"por lo menos(?: el| la| los| las| un| una)?",
        r"como mínimo(?: el| los| un)?",
        r"un mínimo de(?:l)?",
        r"no menos de(?:l)?",
        r"cuando menos",
        r"mayor(?:es)? o igual(?:es)? (?:que|a)",  # comparisons: mayor o igual a cien
        r"igual(?:es)?(?: a)? o mayor(?:es)? (?:que|a)",
        r"superior(?:es)? o igual(?:es)? a(?:l| los| las)?",
        r"(?<![=<>])\w?\s?(?:>\s?=|≥)",  # x >= 10
    ],
    "more_than": [
        r"poco más de(?:l)?",
        r"más de(?:l| un| una| los| las)?",
        r"por encima de(?:l| los| las)?",
        r"superior(?:es)? a(?:l| los| las)?",
        r"super(?:a|an|ó|aron|aba|aban|ará|ado|ando|ar|ara|aran|ase|asen|e|en)(?: ya)?(?: los| las| el| la)?",
        r"rebas(?:a|an|ó|aron|ado)(?: los| las| el| la)?",
        r"sobrepas(?:a|an|ó|aron|ado)(?: los| las| el| la)?",
        r"más que",
        r"mayor(?:es)? (?:que|de|a)",
        r"(?<![=<>])\w?\s?>",
    ],
    "at_most": [
        r"como máximo(?: el| los| un)?",
        r"no superior(?:es)? a(?:l| los| las)?",  # not more than: at most
        r"un máximo de(?:l)?",
        r"a lo sumo",
        r"no más de(?:l)?",
        # "nunca pasamos de 95": not going past it ("pasó de 10 a 20" alone is from ... to)
        r"(?:no|nunca) (?:se )?pas(?:a|an|ó|aron|amos|aba|aban|ará|arán|e|en) de(?:l| los| las)?",
        r"como mucho",
        r"menor(?:es)? o igual(?:es)? (?:que|a)",
        r"igual(?:es)?(?: a)? o menor(?:es)? (?:que|a)",
        r"inferior(?:es)? o igual(?:es)? a(?:l| los| las)?",
        r"(?<![=<>])\w?\s?(?:<\s?=|≤)",
    ],
    "up_to": [r"hasta(?: el| los| las| un| una)?"],
    "less_than": [
        r"poco menos de(?:l)?",
        r"menos de(?:l| un| una| los| las)?",
        r"por debajo de(?:l| los| las)?",
        r"inferior(?:es)? a(?:l| los| las)?",
        r"no (?:lleg|alcanz)(?:a|an|aba|aban|ó|aron)(?: ni)? a(?:l| los| las)?",  # "no llegaban ni a 30.000"
        r"menor(?:es)? (?:que|de|a)",
        r"(?<![=<>])\w?\s?<",
    ],
    "approx": [
        r"unos",
        r"unas",
        r"cerca de(?:l| un| una| los| las)?",
        r"cerca",  # right before the number: a machine translation dropped the "de" ("de cerca 6,8 millones")
        r"alrededor de(?:l| un| una| los| las)?",
        r"alrededor",  # a machine translation dropped the "de" ("y alrededor 120.000 proyectiles")
        r"aproximadamente(?: el| los| las| un| una)?",
        r"casi(?: el| la| los| las| un| una)?",
        r"en torno a(?:l| los| las| un| una)?",
        r"del orden de(?:l| los| las)?",
        r"más o menos",
        r"aprox\.",
        r"rond(?:a|an|aba|aban|ó|aron|ará|ando)(?: el| los| las| la)?",
        r"algo más de(?:l)?",
        r"algo menos de(?:l)?",
        r"prácticamente",
        r"quasi",
    ],
    # "sube un 4 %, hasta 1.184 euros": after a comma, hasta is where a change ends (to, exact)
    "exact": [
        r"(?<=,) hasta",
        # "eleva la cifra hasta los 2.000 despidos": where a count is raised to, exact
        r"la cifra hasta(?: el| los| las)?",
    ],
}
# "hasta" after a verb of rising means "to" (exact): la cifra sube hasta 217
# words that set a second number against a first with a unit, which it shares: "1.200 toneladas, frente a 900 el año pasado"
COMPARE_LINKS = ["frente a", "contra", "tras", "después de", "en lugar de", "comparado con", "respecto a", "frente al", "respecto al"]
# a negation a few words before a "more than" cue makes it at most: "aconsejó no superar las 298.000 toneladas"
NEGATIONS = ["no", "nunca"]
CHANGE_VERBS = r"(?:mejor\w*|empeor\w*|recuper\w*|dupl\w*|tripl\w*|repunt\w*|retroced\w*|hund\w*|desplom\w*|encarec\w*|abarat\w*|trep\w*|sub\w*|ascend\w*|ascie\w*|aument\w*|elev\w*|crec\w*|baj\w*|cay\w*|ca[ií]\w*|descend\w*|descie\w*|reduc\w*|redujo|pas\w*|lleg\w*|dispar\w*|increment\w*|recort\w*|dismin\w*|pasó|retras\w*|rebaj\w*|amplí\w*|ampli\w*)"
# "by" before a bound: "reducir en hasta un 10 %": the change's size is up to, not "to"
CHANGE_SIZE_WORDS = ["en"]

# --- ranges ---------------------------------------------------------------
RANGE_BETWEEN = r"entre(?: el| la| los| las)?"  # before the first number: entre el 3 % y el 4 %
RANGE_AND = r"y|e"  # entre X y Y
RANGE_FROM = r"de|del|desde"  # de X a Y
RANGE_TO = r"a|al|hasta"  # de X a Y, X a Y
# articles that may open the second number of a range: entre el 3 % y el 4 %
RANGE_ARTICLES = ["el", "la", "los", "las"]
# bound cues after the number: 200 o más, quinientos o menos, 30 como mínimo
BOUND_AFTER = {
    "at_least": [r"o más(?! de| que)", r"o mayor(?! de| que| a)", r"como mínimo", r"al menos", r"por lo menos"],
    "at_most": [r"o menos(?! de| que)", r"o menor(?! de| que| a)", r"como máximo"],
}
# a word that joins two opposite bounds into a range: more than 10 but less than 15
BOUND_JOIN = r"pero"
# a fraction written with a word between numerator and denominator: uno sobre tres
FRACTION_OVER = [r"sobre"]
# a currency's subunit after its main unit: 15 dólares y 15 (centavos), 3 euros con 99 céntimos
SUBUNITS = [r"centavos?", r"céntimos?", r"centimos?"]
SUBUNIT_LINKS = r"con"

# --- units ----------------------------------------------------------------
# after the number (and its scale); optional "de" before word units
UNITS_AFTER = {
    "kwanzas": "AOA",  # Angola's money
    "ariary": "MGA",  # Madagascar's money
    # flows said in full: "27 metros cúbicos por segundo (m³/s)"
    "m³/s": "m3/s",
    "m3/s": "m3/s",
    "metros cúbicos por segundo": "m3/s",
    "%": "percent",
    "por ciento": "percent",
    "por cien": "percent",
    "puntos porcentuales": "percent",
    "€": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "$": "USD",
    "dólares": "USD",
    "dólar": "USD",
    "dolares": "USD",
    "usd": "USD",
    "dólares estadounidenses": "USD",
    "£": "GBP",
    "libras esterlinas": "GBP",
    "libras": "GBP",
    "gbp": "GBP",
    "wones": "KRW",
    "won": "KRW",
    "grivnas": "UAH",
    "grivna": "UAH",
    "hryvnias": "UAH",
    "yenes": "JPY",
    "yen": "JPY",
    "yuanes": "CNY",
    "yuan": "CNY",
    "rublos": "RUB",
    "rublo": "RUB",
    "francos suizos": "CHF",
    "francos cfp": "XPF",
    "francos cfa": "XOF",
    "francos": "CHF",  # a franc alone is today the Swiss one
    "reales": "BRL",
    "pesos mexicanos": "MXN",
    "mxn$": "MXN",
    "mxn": "MXN",
    "dólares australianos": "AUD",
    "dólares canadienses": "CAD",
    "dólares de hong kong": "HKD",
    "florines neerlandeses": "NLG",
    "florines holandeses": "NLG",
    "marcos finlandeses": "FIM",
    "marcos alemanes": "DEM",
    "francos franceses": "FRF",
    "pesetas": "ESP",
    "coronas suecas": "SEK",
    "pesos argentinos": "ARS",
    "pesos": "MXN",  # bare: the peso of the country the article is about (extract._peso_country)
    "pesos chilenos": "CLP",
    "pesos colombianos": "COP",
    "soles": "PEN",
    "bolívares": "VES",
    "km²": "km2",
    "km2": "km2",
    "kilómetros cuadrados": "km2",
    "m²": "m2",
    "m2": "m2",
    "metros cuadrados": "m2",
    "km": "km",
    "decibelios": "dB",
    "decibelio": "dB",
    "kilómetros": "km",
    "kilómetro": "km",
    "metros": "m",
    "metro": "m",
    "m": "m",
    "milímetros": "mm",
    "mm": "mm",
    "centímetros": "cm",
    "cm": "cm",
    "toneladas": "t",
    "tonelada": "t",
    "t": "t",
    "kilos": "kg",
    "kg": "kg",
    "kilogramos": "kg",
    "gramos": "g",
    "hectáreas": "ha",
    "hectárea": "ha",
    "ha": "ha",
    "litros": "l",
    "litro": "l",
    "barriles": "bbl",
    "megavatios": "MW",
    "mw": "MW",
    "gigavatios": "GW",
    "gw": "GW",
    "km/h": "km/h",
    # "grados" stays a count: temperature or angle, the word does not say which
    "ml": "ml",
    "mililitros": "ml",
    "cl": "cl",
    "cc": "cm3",
    "cm3": "cm3",
    "centímetros cúbicos": "cm3",
    "m3": "m3",
    "m³": "m3",
    "metros cúbicos": "m3",
    "millas por hora": "mph",
    "kilómetros por hora": "km/h",
    "millas": "mi",
    "milla": "mi",
    "pies": "ft",
    "pulgadas": "in",
    "pulgada": "in",
    "galones": "gal",
    "galón": "gal",
    "acres": "ac",
    "onzas": "oz",
    "toneladas métricas": "t",
    "rad": "rad",
    "radianes": "rad",
    "mg": "mg",
    "gramo": "g",
    "kilo": "kg",
    "kilogramo": "kg",
    "kw": "kW",
    "kilovatios": "kW",
    "kwh": "kWh",
    "mb": "MB",
    "gb": "GB",
    "hectolitros": "hl",
    "hectolitro": "hl",
    "esloti": "PLN",
    "eslotis": "PLN",
    "liras turcas": "TRY",
    "hectómetros cúbicos": "hm3",
    "hm3": "hm3",
    "hm³": "hm3",
    "terabytes": "TB",
    "terabyte": "TB",
    "gigabytes": "GB",
}
# energy: "6,969 gigawatt-hours of electricity"
UNITS_AFTER.update({"gigavatios hora": "GWh", "gigavatios-hora": "GWh", "gwh": "GWh", "megavatios hora": "MWh", "mwh": "MWh", "teravatios hora": "TWh", "twh": "TWh", "kilovatios hora": "kWh"})

# written before the number
UNITS_BEFORE = {
    "s/": "PEN",  # Peru: "S/ 50.000"
    "€": "EUR",
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "£": "GBP",
    "¥": "JPY",
    "₩": "KRW",
    "r$": "BRL",
    "chf": "CHF",
    "u$d": "USD",
    "usd$": "USD",
    "c$": "CAD",
    "cad$": "CAD",
    "a$": "AUD",
    "aud$": "AUD",
    "nz$": "NZD",
    "nzd$": "NZD",
    "hk$": "HKD",
    "mxn$": "MXN",
    "mx$": "MXN",
}

# --- numbers that are not figures ------------------------------------------
TIME_UNITS = [
    r"años?",
    r"meses",
    r"mes",
    r"semanas?",
    r"días?",
    r"horas?",
    r"h",
    r"minutos?",
    r"min",
    r"segundos?",
    r"siglos?",
    r"décadas?",
    r"trimestres?",
    r"semestres?",
    r"noches?",
    # seasons count time: "diez inviernos", "slipped by two seasons"
    "inviernos",
    "veranos",
    "temporadas",
]
_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
# "5 de noviembre", "29 de octubre"; news datelines abbreviate: "Madrid, 7 mar (EFE)"
MONTHS = (
    _MONTHS
    + ["de " + m for m in _MONTHS]
    + ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "sept", "oct", "nov", "dic"]
)
ORDINAL_SUFFIXES = r"(?:\.?º|\.?ª|\.?°|er|ero|era)"  # 1.º, 2ª, 3er
ORDINAL_WORDS = []  # primero, segundo... are not in NUMBER_WORDS, so never read as numbers
_WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
# words right before a number that make it a name, an id or a day: artículo 4, el sábado 11
ID_CUES = [
    r"tabla",
    r"tel[ée]fonos? (?:de )?emergencias?|emergencias?",  # "los teléfonos de emergencias 112 y 061"
    r"l[ií]nea",
    r"(?:calle|avenida|plaza|paseo) \w+(?: \w+)?",
    r"carretera(?: federal| nacional)?|ruta(?: nacional| provincial)?|autov[ií]a|autopista",  # "la Carretera Federal 200": a road
    r"semanas? epidemiológicas?",  # "la semana epidemiológica 10"
    r"under|over",  # "gli under 35", "les over 50": an age group, borrowed from English
    r"artículos?",
    r"art\.",
    r"ley",
    r"decreto",
    r"decreto-ley",
    r"resolución",
    r"n\.?º",
    r"nº",
    r"núm\.?",
    r"número",
    r"capítulo",
    r"página",
    r"pág\.",
    r"tomo",
    r"volumen",
    r"sección",
    r"línea",
    r"ruta",
    r"autovía",
    r"carretera",
    r"vuelo",
    r"covid",
    r"párrafo",
    r"apartado",
    r"anexo",
    r"enmienda",
    r"temporada",
    r"episodio",
    r"versión",
    r"nivel",
    r"categoría",
    r"zona",
    r"clase",
    r"tipo",
    r"modelo",
    r"canal",
    r"puerta",
    r"andén",
    r"terminal",
    r"calle",
    r"avenida",
    r"plaza",
    r"portal",
    r"fase",
    r"puesto",
    r"teléfono",
    r"a través del",
    r"llamar al",
    r"día",
    r"dorsal",
    r"©",
] + _WEEKDAYS
# a phone number written in groups after its cue: "al número verde 800 123 456"
ID_CUES += ["n[úu]mero(?: verde| de tel[ée]fono| gratuito)?|tel[ée]fono(?: gratuito)?|llamar al"]
# a road, a draw, the top of a rating scale: "die B 304", "o concurso 2.838", "au niveau 4 sur une échelle de 5"
ID_CUES += ["(?:en )?una escala de", "sorteo"]
# words right before a 4-digit number from 1000 to 1899 that make it a year
YEAR_CUES = [r"en", r"desde", r"año", r"siglo", r"hacia el", r"en el año", r"antes de", r"después de"]
# small number words that point back at known things: los dos países, uno de los dos
ANAPHORA_BEFORE = r"(?:los|las|estos|estas|esos|esas|sus|nuestros|nuestras|aquellos|aquellas|uno de los|una de las|de los|de las|a los|a las)"

# --- what is counted ------------------------------------------------------
WHAT_LINK = r"(?:más |menos )?(?:de los |de las |de la |del |de )"  # "un 20 % más de manifestantes"  # 1,28 millones de manifestantes
# the link of a duration has no article: "tre anni", "10 di anni" ("18.100 dell'anno scorso" is no duration)
TIME_LINK = r"(?:de )"
# words that may open the counted noun phrase but are not its head
WHAT_PREMODIFIERS = [
    "otros",
    "otras",
    "nuevos",
    "nuevas",
    "antiguos",
    "antiguas",
    "jóvenes",
    "grandes",
    "pequeños",
    "pequeñas",
    "primeros",
    "primeras",
    "últimos",
    "últimas",
    "únicos",
    "únicas",
    "altos",
    "altas",
    "principales",
    "primer",
    "primera",
    "nuevo",
    "nueva",
    "último",
    "última",
    "gran",
    "verdaderos",
    "falsos",
    "simples",
    "presuntos",
    "supuestos",
    # "cifró en 7.800 los militares desplegados": the counted noun after its article
    "los",
    "las",
    "el",
    "la",
]
# auxiliaries between a bare number and a participle: "4.900 fueron rescatados"
WHAT_AUXILIARIES = [
    "han",
    "han sido",
    "son",
    "fueron",
    "habían sido",
    "habían",
    "eran",
    "serán",
    "están",
    "estaban",
    "resultaron",
    "han resultado",
    "ya han sido",
]
# words that end a noun phrase (verbs, prepositions other than de, conjunctions, pronouns)
WHAT_STOPWORDS = [
    "a",
    "al",
    "en",
    "con",
    "sin",
    "para",
    "por",
    "sobre",
    "bajo",
    "tras",
    "entre",
    "hacia",
    "hasta",
    "desde",
    "durante",
    "según",
    "contra",
    "ante",
    "mediante",
    "que",
    "quien",
    "quienes",
    "cual",
    "cuales",
    "donde",
    "cuando",
    "como",
    "y",
    "e",
    "o",
    "u",
    "ni",
    "pero",
    "sino",
    "aunque",
    "si",
    "no",
    "se",
    "le",
    "les",
    "lo",
    "la",
    "las",
    "los",
    "el",
    "un",
    "una",
    "unos",
    "unas",
    "su",
    "sus",
    "este",
    "esta",
    "estos",
    "estas",
    "ese",
    "esa",
    "esos",
    "esas",
    "es",
    "son",
    "fue",
    "fueron",
    "ha",
    "han",
    "había",
    "habían",
    "será",
    "serán",
    "era",
    "eran",
    "está",
    "están",
    "estaba",
    "estaban",
    "más",
    "menos",
    "ya",
    "también",
    "aún",
    "todavía",
    "ellos",
    "ellas",
    "él",
    "ella",
    "mientras",
    "incluso",
    "además",
    "así",
    "muy",
    "cerca",
    "alrededor",
    "unos",
]
WHAT_NOT_HEADS = ["pib", "total", "veces", "vez", "año", "años", "parte", "más", "menos"]
# links between a head noun and its complement (soldados de cuatro brigadas, del Ejército)
COMPLEMENT_LINKS = ["de", "del", "para"]  # "Ministerio para la Transición Ecológica": one name
COMPLEMENT_DETERMINERS = ["la", "las", "los", "el"]
# before a number: determiners that open the phrase it measures, words skipped on the way back
LEFT_DETERMINERS = [
    "dicho",
    "dicha",
    "el",
    "la",
    "los",
    "las",
    "un",
    "una",
    "unos",
    "unas",
    "su",
    "sus",
    "este",
    "esta",
    "estos",
    "estas",
]
LEFT_SKIP = [
    "de",
    "del",
    "a",
    "al",
    "en",
    "por",
    "para",
    "sobre",
    "hasta",
    "ser",
    "sido",
    "el",
    "la",
    "los",
    "las",
    "un",
    "una",
    "ya",
    "aún",
    "también",
    "ahora",
    "solo",
    "sólo",  # adverbs between a phrase and its verb
]
# verb endings: a word ending so is no adjective and no head (aumentaba, subieron, crecerán)
VERB_ENDINGS = (
    "aba",
    "aban",
    "ían",
    "ió",
    "ó",  # ingresó, aumentó, recaudó: the preterite (dominó, buró are rare)
    "aron",
    "ieron",
    "arán",
    "erán",
    "irán",
    "ará",  # costará, aportará: the future
    "erá",
    "irá",
    "aría",
    "arían",
    "ería",
    "erían",
    "iría",
    "irían",
    "ando",
    "iendo",
)
# content words read back from a number for the phrase it measures: "las ayudas por vivienda
# dañada irán de 20.000 a 60.000 euros" (the noun leads, its complements follow)
WHAT_LEFT_WORDS = 4
# an amount and what it pays for without "de": "10.600 millones en ayudas", "cifró en 2.000
# millones el coste"
MONEY_LINK = r"en |(?=(?:el|la|los|las) )|por (?!(?:cada|persona|habitante|viajero|pasajero|día|mes|año|semana|hora|ciento|kilo|kilogramo|litro|tonelada|hectárea|metro|megavatio|unidad|cabeza|noche|plaza|alumno|trabajador)\b)|para (?!(?:el año|este año|el próximo|cada)\b)"
# an adjective after a capitalised name belongs to it: "Ministerio de Defensa ruso"
NAME_ADJECTIVES_FOLLOW = True
# "según el balance" (no owner named): the balance just named, so its source
EVIDENCE_POINTS_BACK = True
# a spokesperson with no name and no body of their own speaks for the body named just before
# ("Velmara denied it. ..., a spokeswoman said": Velmara), lower-case, determiner dropped
SPOKES_ROLES = ["portavoz", "vocero", "vocera", "portavoz de la empresa", "portavoz de la compañía", "portavoz del grupo"]
# a verb after a bare count yields to "la cifra de X": "de los que 211 murieron"
VERB_HEAD_DEFERS = True
# read back from a number, a noun leads its adjectives and complements: "el salario mínimo
# sube", "a margem de tolerância de 0,25 %" (the head is the first noun, not the last word)
WHAT_LEFT_CHAIN = True
# the number after a verb may count the verb's subject: "los fallecidos son ya 217", "la subida, del 4,4 %"
WHAT_SUBJECT = True
# nouns before "de" that give the counted noun to a number elsewhere: el número de muertos ... 217
NUMBER_OF = r"(?:el |la |un |una )?(?:número|cifra|total|recuento) (?:de los |de las |del |de )"
# an adjective-looking word after the head extends the phrase: soldados norcoreanos, deuda pública
ADJECTIVE_SUFFIXES = (
    "ado",
    "ados",
    "ada",
    "adas",
    "ido",
    "idos",
    "ida",
    "idas",
    "ico",
    "icos",
    "ica",
    "icas",
    "al",
    "ales",
    "ar",
    "ares",
    "ivo",
    "ivos",
    "iva",
    "ivas",
    "ano",
    "anos",
    "ana",
    "anas",
    "ense",
    "enses",
    "ino",
    "inos",
    "ina",
    "inas",
    "és",
    "eses",
    "esa",
    "esas",
    "oso",
    "osos",
    "osa",
    "osas",
    "ante",
    "antes",
    "ente",
    "entes",
    "ista",
    "istas",
    "ario",
    "arios",
    "aria",
    "arias",
    "ero",
    "eros",
    "era",
    "eras",
    "eño",
    "eños",
    "eña",
    "eñas",
    "í",
    "íes",
    "il",
    "iles",
    "able",
    "ables",
    "ible",
    "ibles",
    "eo",
    "eos",
    "ea",
    "eas",
    "mínimo",
    "mínima",
    "máximo",
    "máxima",
    # nationalities that no suffix above catches
    "ruso",
    "rusa",
    "rusos",
    "rusas",
    "turco",
    "turca",
    "turcos",
    "turcas",
    "griego",
    "griega",
    "alemán",
    "alemana",
    "alemanes",
    "polaco",
    "polaca",
    "sueco",
    "sueca",
    "checo",
    "checa",
)
ADJECTIVE_NOT = [
    "han",
    "son",
    "están",
    "fueron",
    "eran",
    "estaban",
    "podrían",
    "deberían",
    "tienen",
    "van",
    "deben",
    "ante",
    "antes",
    "mientras",
    "entre",
    "durante",
    "mediante",
    "según",
    "más",
    "para",
    "sobre",
    "hasta",
    "desde",
    "cada",
    "era",
    "eran",
    "será",
    "mayoría",
]

# --- attribution ----------------------------------------------------------
# "según X", "de acuerdo con X": X is the source
# "según la gravedad de los daños" means "depending on": no source
ACCORDING_TO = [
    r"según(?! (?:la|el|su|sus|los|las) (?:gravedad|caso|casos|tipo|tamaño|renta|edad|zona|nivel|grado|momento)(?![\w]))(?! de (?:su|sus|la|el|los|las) )",
    r"de acuerdo con",
    r"de acuerdo a",
    r"conforme a",
    r"a juicio de",
    r"en palabras de",
]
# a passive agent names who put the number: "las pérdidas, estimadas por Asaja en 300 millones"
ACCORDING_TO += [r"(?:estimad|calculad|cifrad|evaluad|contabilizad)[oa]s? por"]
# a machine translation's "según de su informe": the "de" is no part of the name
ACCORDING_TO += [r"según de(?= (?:su|sus|la|el|los|las) )"]
# speech and reporting verbs, as words: "X ha dicho que", "..., añadió X", "X estima que".
# The compiler builds auxiliary (+ up to three words) + participle, and the simple forms.
SPEECH_AUXILIARIES = ["ha", "han", "había", "habían", "habría", "habrían", "hubiera", "hubieran"]
SPEECH_PARTICIPLES = [
    "dicho",
    "afirmado",
    "declarado",
    "indicado",
    "anunciado",
    "estimado",
    "precisado",
    "subrayado",
    "añadido",
    "agregado",
    "explicado",
    "asegurado",
    "recordado",
    "señalado",
    "informado",
    "advertido",
    "escrito",
    "detallado",
    "confirmado",
    "reconocido",
    "admitido",
    "negado",
    "desmentido",
    "rechazado",
    "publicado",
    "revelado",
    "comunicado",
    "calculado",
    "cifrado",
    "contabilizado",
    "contado",
    "registrado",
    "evaluado",
    "reportado",
    "denunciado",
    "reclamado",
    "exigido",
    "pedido",
    "propuesto",
    "ofrecido",
    "apuntado",
    "sostenido",
    "insistido",
    "alertado",
    "avisado",
    "difundido",
    "destacado",
    "adelantado",
    "aclarado",
    "reiterado",
    "reivindicado",
    "manifestado",
    "comentado",
    "hablado de",
    "cuantificado",
    "contabilizado",
    "garantizado",
    "previsto",
    "aconsejado",
    "recomendado",
    "reprochado",
    "acusado",
    "respondido",
    "replicado",
    "contestado",
    # what a body notes, observes or puts down to a cause is its claim
    "atribuido",
    "constatado",
    # participles of the verbs of concluding, revealing, ruling out
    "concluido", "descartado",
    # a witness tells, confides, regrets: a person's own figures ("480 euros de ma poche", raconte-t-elle)
    "relatado", "lamentado",
]
SPEECH_PRESENT = [
    # a plan or an offer put forward: "Vestalia plantea cerrar 85 tiendas", "La dirección ha puesto sobre la mesa 31 millones"
    "plantea", "plantean", "planteó", "ha puesto sobre la mesa", "han puesto sobre la mesa", "pone sobre la mesa", "puso sobre la mesa",
    "muestran",  # "los datos del ministerio muestran 9.874": what the data show
    "mostraron",
    "teme",
    "temen",
    "reporta",
    "reportan",
    "reportó",
    "sospecha",
    "sospechan",
    "dijo",
    "dice",
    "dicen",
    "dijeron",
    "decía",
    "afirmó",
    "afirma",
    "afirman",
    "afirmaron",
    "afirmaba",
    "declaró",
    "declara",
    "declararon",
    "indicó",
    "indica",
    "indican",
    "indicaron",
    "anunció",
    "anuncia",
    "anuncian",
    "anunciaron",
    "estimó",
    "estima",
    "estiman",
    "estimaron",
    "estimaba",
    "precisó",
    "precisa",
    "subrayó",
    "añadió",
    "añade",
    "agregó",
    "agrega",
    "explicó",
    "explica",
    "aseguró",
    "asegura",
    "aseguran",
    "aseguraron",
    "aseguraba",
    "recordó",
    "recuerda",
    "señaló",
    "señala",
    "señalan",
    "informó",
    "informa",
    "informan",
    "informaron",
    "advirtió",
    "advierte",
    "advierten",
    "escribió",
    "detalló",
    "detalla",
    "confirmó",
    "confirma",
    "confirmaron",
    "reconoció",
    "reconoce",
    "admitió",
    "negó",
    "niega",
    "niegan",
    "negaron",
    "desmintió",
    "desmiente",
    "desmienten",
    "desmintieron",
    "volvió a negar",
    "volvió a desmentir",
    "rechazó",
    "publicó",
    "reveló",
    "comunicó",
    "calculó",
    "calcula",
    "calculan",
    "calcularon",
    "cifró",
    "cifra",
    "cifran",
    "pronostica",
    "pronostican",
    "pronosticó",
    "pronosticaron",
    "contabilizó",
    "contabiliza",
    "contabilizan",
    "registró",
    "registra",
    "reportó",
    "denunció",
    "denuncia",
    "reclamó",
    "reclama",
    "reclaman",
    "exigió",
    "exige",
    "exigen",
    "pidió",
    "pide",
    "piden",
    "propuso",
    "propone",
    "proponen",
    "ofreció",
    "ofrece",
    "ofrecen",
    "ofrecían",
    "sostuvo",
    "sostiene",
    "apuntó",
    "apunta",
    "apuntan",
    "insistió",
    "alertó",
    "avisó",
    "destacó",
    "adelantó",
    # "avanzó que ...": told in advance; "el ejército avanzó 10 km" says no one's words
    "avanzó que",
    "avanza que",
    "avanzaron que",
    "aclaró",
    "reiteró",
    "reivindicó",
    "reivindica",
    "reivindican",
    "manifestó",
    "comentó",
    "habló",
    "hablaron",
    "cree",
    "creen",
    "creía",
    "considera",
    "consideró",
    "cuantificó",
    "cuantifica",
    "garantizó",
    "contó",
    "relató",
    "relataron",
    # raising or cutting a count is stating one: "La PTP eleva la cifra a más de 300.000"
    "eleva la cifra",
    "elevan la cifra",
    "elevó la cifra",
    "rebaja la cifra",
    "rebajan la cifra",
    "rebajó la cifra",
    "denuncian",
    # advice and reproach speak too
    "aconseja",
    "aconsejan",
    "aconsejó",
    "aconsejaron",
    "recomienda",
    "recomiendan",
    "recomendó",
    "recomendaron",
    "recordaron",
    "recuerdan",
    "reprocha",
    "reprochó",
    "acusa",  # "La asociación acusa a la empresa de haber talado 900 encinas"
    "acusan",
    "acusó",
    "acusaron",
    "añadieron",
    "agregaron",
    "explicaron",
    "detallaron",
    "precisaron",
    "señalaron",
    "advirtieron",
    # answers and retorts speak too
    "respondió",
    "respondieron",
    "replicó",
    "replica",
    "contestó",
    # what a body notes, observes or puts down to a cause is its claim
    "elevó",
    "sitúa",
    "situó",
    "atribuye",
    "atribuyó",
    "constata",
    "constató",
    # the other persons and tenses of the verbs above, and verbs of concluding, revealing, ruling out
    "declaran", "precisan", "subraya", "subrayan", "subrayaron", "añaden", "explican", "revela",
    "revelan", "revelaron", "admite", "admiten", "admitieron",
    "confirman", "concluye", "concluyen", "concluyó", "concluyeron", "destaca", "destacan",
    "destacaron", "alerta", "alertan", "alertaron", "denunciaron", "cifraron", "detallan",
    "apuntaron", "descarta", "descartan", "descartó", "descartaron",
    "comunica", "comunican", "insiste", "insisten", "remarca", "remarcó", "agregan", "matiza",
    "matizó",
    # a witness tells, confides, regrets: a person's own figures ("480 euros de ma poche", raconte-t-elle)
    "relata", "relatan", "lamenta", "lamentó", "lamentan",
]
# no clitic inversion of the subject in Spanish ("dijo él" is a plain inverted subject)
# speech verbs that mean something else before these words: "respondió por sus actos"
VERB_NOT_BEFORE = {"respondió": ["por"], "respondieron": ["por"]}
# the subject may be left out: "..., unos 212.000 niños, añadió." (the last speaker)
PRO_DROP = True
SPEECH_INVERSION = {"aux": [], "suffix": []}
# verbs of forecast or plan that name a source only when no speech verb does (weak):
# "El Gobierno prevé destinar 500 millones"; "fuentes policiales esperaban 1,2 millones"
WEAK_SPEECH = [
    "prevé",
    "prevén",
    "preveía",
    "preveían",
    "planea",
    "planean",
    "pretende",
    "pretenden",
    "proyecta",
    "proyectan",
    "espera",
    "esperan",
    "esperaba",
    "esperaban",
    "baraja",
    "barajan",
    "maneja",
    "manejan",
    "calcula",
]
# X cited by Y: Y relays X's claim (via)
VIA_AFTER = [
    r"citad[oa]s? por",
    r"recogid[oa]s? por",
    r"según (?:la agencia|el diario|el periódico|la cadena|la emisora)",
    # a document seen by an outlet: the document speaks, the outlet relays
    r"consultad[oa]s? por",
    r"obtenid[oa]s? por",
]
# "X dijo a Reuters que": the outlet relays (via); a capitalised name must follow
TOLD = ["a", "al", "a la", "a la agencia", "a la cadena", "al diario", "al periódico", "a la emisora", "a la radio"]
# a speaker citing X: X is the source, the speaker relays
CITING = [r"citando al", r"citando a", r"citando", r"que cita al", r"que cita a", r"que citaba al", r"que citaba a", r"que cita",  # "El Universal, que cita a fuentes de"
           r"con base en", r"basándose en", r"apoyándose en"]
# after "según": these are not sources but evidence (según los datos preliminares)
EVIDENCE_NOUNS = [
    "estimación",
    "proyección",
    "previsión",
    "estudio",
    "boletín",
    "informes",
    "datos",
    "cifras",
    "estimaciones",
    "cálculos",
    "informaciones",
    "balance",
    "sondeo",
    "encuesta",
    "proyecciones",
    "previsiones",
    "estadísticas",
    "resultados",
    "imágenes",
    "fotos",
    "documentos",
    "informe",
    "recuento",
    "último",
    "última",
    "últimos",
    "últimas",
    "nuevo",
    "primer",
    "él",
    "ella",
    "ellos",
    "ellas",
    "mí",
    "nosotros",
]
PRONOUNS = ["él", "ella", "ellos", "ellas", "este", "esta", "éste", "ésta", "este último", "esta última"]
IMPERSONAL = ["se", "esto", "eso", "ello", "todo", "uno", "y", "pero"]  # ", y pidió 40 millones": no subject
# phrases that open a clause and are not subjects
CLAUSE_OPENERS = [
    "al mismo tiempo",
    "por su parte",
    "para su parte",
    "por otra parte",
    "por otro lado",
    "además",
    "asimismo",
    "sin embargo",
    "no obstante",
    "en cambio",
    "mientras tanto",
    "ese mismo día",
    "el mismo día",
    "la víspera",
    "al día siguiente",
    "en total",
    "así",
    "por último",
    "finalmente",
    "según",
    "de acuerdo con",
    "en concreto",
    "es decir",
    "por lo tanto",
    "antes de",
    "después de",
    "tras",
    "desde",
    "sobre el terreno",
]
_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
# adverbs and time words that may sit between a speech verb and its inverted subject
VERB_ADVERBS = (
    _DAYS
    + ["el " + d for d in _DAYS]
    + ["este " + d for d in _DAYS]
    + [
        "ayer",
        "hoy",
        "también",
        "además",
        "ya",
        "luego",
        "finalmente",
        "por su parte",
        "así",
        "en particular",
        "recientemente",
        "públicamente",
        "oficialmente",
        "a los periodistas",
        "a la prensa",
        # the outlet that writes the article: "explica a este periódico el concejal"
        "a este periódico",
        "a este diario",
        "a esta agencia",
        "a esta redacción",
        "a este medio",
        "en un comunicado",
        "en rueda de prensa",
        "esta mañana",
        "esta tarde",
        "esta noche",
        "a media tarde",
        "días antes",
        "antes",
        "después",
        "entonces",
    ]
)
# how often: "según Renfe cada día circulan 300 trenes", a time after a name, not part of it
EVERY = ["cada día", "cada año", "cada mes", "cada semana", "cada hora", "cada noche", "todos los días", "todos los años", "todos los meses"]
VERB_ADVERBS += EVERY
# words that end an inverted subject: "añadió el ministro desde Bruselas"
SUBJECT_STOP = _DAYS + [
    "desde",
    "en",
    "durante",
    "tras",
    "antes",
    "después",
    "sobre",
    "a",
    "al",
    "para",
    "que",
    "quien",
    "este",
    "esta",
    "ayer",
    "hoy",
    "con",
    "según",
    "pero",
    "y",
    "mientras",
    "aunque",
    "porque",
    "ante",
]
# a definite description may point back at a named source; an indefinite one (un responsable) never
DEFINITE = ["el", "la", "los", "las"]
# a demonstrative points back like the article: "según informó dicho cuerpo", "este organismo"
DEFINITE += ["dicho", "dicha", "este", "esta", "ese", "esa"]
# a capitalised run after these names a place, not the source: la Delegación del Gobierno en la Comunitat Valenciana
NAME_PLACES = ["en"]
# lower-case words inside one name: "CEOE y Cepyme" speak together
NAME_LINKS = ["y", "e"]  # "e" is "y" before an i: "Ministerio de Juventud e Infancia"
# capitalised words that do not start a name: el Primer Ministro
NOT_NAMES = [
    "primer",
    "primera",
    "presidente",
    "presidenta",
    "ministro",
    "ministra",
    "estado",
    "república",
    "según",
    "para",
    "en",
    "el",
    "la",
    "los",
    "las",
]
# clause structure around a speech verb
SUBORDINATORS = ["que", "de que"]  # "X dijo que ...", "advirtió de que": the subject is before
# after a comma, "que" opens a relative whose subject is the phrase before: ", que añadió ..."
SUBJECT_RELATIVES = ["que", "quien", "quienes"]
# a place's relative opens a clause with a subject of its own: ", où la police fédérale dit avoir mobilisé 350 agents"
LOCATIVE_RELATIVES = ["donde"]
# a clause joined after an inverted speaker ("..., informó el ministerio, y otros 300 llegarán"): the speaker's too
CLAUSE_COORDINATORS = ["y", "pero"]
RELATIVES = [
    "quien",
    "quienes",
    "cuyo",
    "cuya",
    "cuyos",
    "cuyas",
    "donde",
    "el cual",
    "la cual",
    "los cuales",
    "las cuales",
    "lo que",
]
ADVERBIAL_STARTS = (
    _DAYS
    + ["el " + d for d in _DAYS]
    + ["este " + d for d in _DAYS]
    + [
        "a",
        "al",
        "en",
        "para",
        "sobre",
        "con",
        "tras",
        "antes",
        "después",
        "desde",
        "ayer",
        "hoy",
        "durante",
        "ante",
        "hace",
    ]
)
AGENT_MARKERS = ["por", "del", "de la", "de los", "de las"]  # "el balance difundido por X", "datos del INE"
# a passive estimate, its amount, then who made it: "est estimé à 85 millions d'euros par la métropole"
PASSIVE_ESTIMATE = r"(?:estimad|calculad|cifrad|evaluad)[oa]s? en"
PASSIVE_AGENTS = ["por parte del", "por parte de la", "por parte de", "por"]
# words that end the noun phrase after "según"
NP_END_WORDS = ["por encargo de", "por encargo del", "por cuenta de", "que", "y", "pero", "mientras", "contra", "donde", "cuyo", "cuya", "o", "aunque"]
# a finite verb or a modal after the name ends it too: "secondo l'Ufficio regionale mancano 9.400"
NP_END_WORDS += ["es", "son", "ha", "han", "era", "eran", "será", "serán", "sería", "serían", "puede", "pueden", "podría", "podrían", "debe", "deben", "falta", "faltan"]
NP_END_WORDS += EVERY  # "según Renfe cada día circulan": the name ends before how often
NP_END_WORDS += ["se"]  # "5.000 según los convocantes | se concentraron": a reflexive verb follows the name
# words that open an approximate base: una decena, un centenar
BASE_DETERMINERS = ["un", "una", "unos", "unas", "de un", "de una"]
# a word before a verb-looking form that makes it no speech verb: la cifra, el cálculo
NOUN_MARKERS = ["de", "del", "el", "la", "los", "las", "un", "una", "su", "sus", "este", "esta", "al", "lo", "esa", "ese", "esos", "esas", "estos", "estas", "aquella", "aquel", "nuestra", "nuestro"]
DETERMINERS = [
    "el",
    "la",
    "los",
    "las",
    "lo",
    "un",
    "una",
    "unos",
    "unas",
    "este",
    "esta",
    "estos",
    "estas",
    "su",
    "sus",
    "del",
    "varios",
    "varias",
    "algunos",
    "algunas",
    "dos",
]
# pronouns and adverbs between a subject and its verb: "el ministerio lo cifra", "la Generalitat ya había dicho"
# a reflexive before a speech verb makes it another verb: "se situó en 118 días" (stood at)
REFLEXIVES = ["se"]
CLITICS = ["se", "le", "les", "lo", "la", "los", "las", "me", "nos", "ya", "también", "no", "aún", "todavía", "así", "solo", "sólo", "únicamente"]  # and adverbs of how much before the verb: "la Fiscalía solo reconoce seis"
# a clitic before the verb that resumes what the sentence before said: its speaker is that
# sentence's too: "Se rescató a 612 personas. Así lo informó la Guardia Costera."
RESUMPTIVE_CLITICS = ["lo"]
# titles before a name: Sr. Sánchez
HONORIFICS = ["sr", "sr.", "sra", "sra.", "srta", "dr", "dr.", "dra", "dra.", "d.", "dña", "don", "doña"]
# role nouns: a description made of them is a person; org nouns: an organisation
PERSON_ROLES = [
    "coordinador",
    "ceo",  # borrowed: "il CEO Daniel Whitmore"
    "presidente",
    "presidenta",
    "primer ministro",
    "primera ministra",
    "ministro",
    "ministra",
    "jefe",
    "jefa",
    "portavoz",
    "delegado",
    "delegada",
    "diputado",
    "diputada",
    "senador",
    "senadora",
    "alcalde",
    "alcaldesa",
    "responsable",
    "secretario",
    "secretaria",
    "director",
    "directora",
    "dirigente",
    "líder",
    "general",
    "comandante",
    "almirante",
    "gobernador",
    "gobernadora",
    "embajador",
    "embajadora",
    "consejero",
    "consejera",
    "asesor",
    "asesora",
    "experto",
    "experta",
    "investigador",
    "investigadora",
    "economista",
    "analista",
    "juez",
    "jueza",
    "fiscal",
    "rey",
    "reina",
    "papa",
    "canciller",
    "vicepresidente",
    "vicepresidenta",
    "concejal",
    "concejala",
    "titular",
    "alto cargo",
    "mandatario",
    "mandataria",
]
# a member of a board speaks as a person: "said the DB board member for long-distance traffic, Katrin Hollweg"
PERSON_ROLES += ["miembro"]
# professions whose bearer speaks in an apposition: "Rogério Antunes, professor da UFPR, alerta"
PERSON_ROLES += ["profesor", "profesora", "ingeniero", "ingeniera", "médico", "médica", "meteorólogo", "meteoróloga", "catedrático", "catedrática"]  # fmt: skip
PERSON_ROLES += ["biólogo", "bióloga", "investigador", "investigadora", "economista", "científico", "científica", "veterinario", "veterinaria", "geólogo", "geóloga"]  # fmt: skip
# "Francisco Moya, gerente de la cooperativa X, quien precisó": roles a person is described by
PERSON_ROLES += ["gerente", "gerentes", "técnico", "técnica", "coordinadora", "abogado", "abogada", "agricultor", "agricultora", "ganadero", "ganadera"]  # fmt: skip
# bodies named by what they are: "La aerolínea transportó ..., según sus datos"
ORG_ROLES = [
    "cartera",
    "aerolínea",
    "cadena",
    "operadora",
    "constructora",
    "naviera",
    "agencia",
    "ministerio",
    "gobierno",
    "delegación",
    "subdelegación",  # "la Subdelegación del Gobierno en Huelva"
    "servicio",
    "servicios",
    "estado mayor",
    "ejército",
    "policía",
    "autoridades",
    "ejecutivo",
    "sindicato",
    "sindicatos",
    "instituto",
    "oficina",
    "organización",
    "ong",
    "banco",
    "comisión",
    "consejo",
    "tribunal",
    "fiscalía",
    "ayuntamiento",
    "región",
    "federación",
    "asociación",
    "empresa",
    "grupo",
    "sociedad",
    "inteligencia",
    "pentágono",
    "kremlin",
    "casa blanca",
    "onu",
    "confederación",
    "patronal",
    "administración",
    "dirección",
    "observatorio",
    "generalitat",
    "junta",
    "guardia civil",
    "centro",
    "departamento",
    "organismo",
    "entidad",
    "institución",
    "compañía",
    "firma",
    "fabricante",
    "aseguradora",
    "operadora",
    "fundación",
    "autoridad",
    "corporación",
    "secretaría",
    "consejería",
    "plataforma",
    "coordinadora",
    "colectivo",
    "fuente",
    "multinacional",
    "consorcio",
]
# bare descriptions that only stand for an organisation named before ("la entidad advirtió"),
# and words that make a description point back ("la misma agencia")
ANAPHORIC_ROLES = ["organismo", "entidad", "institución", "misma", "mismo", "cartera"]
# a police force named by what it is: "según informó dicho cuerpo", "el instituto armado" (the Guardia Civil)
ANAPHORIC_ROLES += ["cuerpo", "instituto armado"]
ORG_ROLES += ["cuerpo", "instituto armado"]
# a description that stands only for a body of one kind: "la cartera" (the portfolio) is a ministry named before
ROLE_ANTECEDENTS = {"cartera": ["ministerio", "consejería", "conselleria", "departamento"]}
# descriptions that name a government of their own ("el Gobierno regional"): they point back
# only at a name holding the same word, never at the organisation named last
SELF_NAMED_ROLES = ["gobierno", "ejecutivo", "ayuntamiento", "generalitat", "junta", "policía", "bomberos", "ejército"]

# --- modality: cues in the clause before the number (or the verb just after it) --
MODALITY_CUES = {
    "denied": [
        r"no hay ning[úu]n[oa]?",  # "No hay ningún recorte del 25 %": a denial in the speaker's own words
        r"neg(?:ó|aron|ado|aba|ando)",
        r"niega\w*",
        r"desmient\w*",
        r"desmint\w*",
        r"rechaz\w* (?:la cifra|las cifras|que)",
        r"falso",
        r"falsa",
        r"bulo",
    ],
    "possible": [
        r"podría\w*",
        r"podrá\w*",
        r"puede",
        r"pueden",
        r"quizás?",
        r"tal vez",
        r"posible\w*",
        r"eventual\w*",
        r"(?<!\bel )riesgo de",  # "redujo un 20 % el riesgo de infarto" names a thing ("corre el riesgo de perder" does not)
        r"(?<=el )riesgo de(?= \w+(?:ar|er|ir)\b)",
        r"amenaza con",
    ],
    "planned": [
        r"prev(?:é|én|ía|ían|isto|ista|istos|istas)(?! que)(?! (?:un |una |el |la )?(?:crecimiento|descenso|aumento|caída|subida|bajada|incremento|reducción|repunte|inflación|déficit|pib|paro|desempleo)(?![\w]))",  # not a forecast of a change
        r"planea\w*",
        r"plan(?:es)?",  # not "planta", "plantilla", "planeta"
        r"planific\w*",
        r"proyecta\w*",  # plans to; not the noun "proyecto": "el proyecto costó 480 millones"
        r"se propone",
        r"propone\w*",
        r"propuesta\w*",
        r"propuso",
        r"promet\w*",
        r"anunci(?:a|an|ado|ada|ados|adas|ará|arán|o)",  # "anunció el presidente" reports a done act
        r"va a",
        r"van a",
        r"iba a",
        r"iban a",
        r"destinar\w*",
        r"tiene previsto",
        r"pretend\w*",
        r"quiere",
        r"quieren",
        r"objetivo",
        r"meta",
        r"se compromete",
        r"compromiso",
        r"convoc(?!antes?\b|atoria)\w*",  # not "los convocantes" (the organisers)
        r"decidi\w*",
        r"decidió",
        r"ofrec\w*",
        r"irán?",
        r"será",
        r"serán",
        r"recibirán?",
        r"sumarán?",
        # not the purpose of a march: "Decenas de miles recorrieron Madrid para exigir medidas"
        r"(?<!\bpara )exig\w*",
        r"(?<!\bpara )reclam(?!aci[oó]n|aciones|os?\b)\w*",  # not "reclamaciones" (complaints)
        r"solicit(?!ud)\w*",  # not "solicitudes" (applications)
],
    "estimated": [
        r"sospech(?:a|an|aba|aban|ó|aron)",
        r"prev(?:é|én|ía|ían) que",  # "prévoit que le chômage atteindra": a forecast
        r"estim\w*",
        r"calcul\w*",
        r"cree",
        r"creen",
        r"creía",
        r"previsi\w*",
        r"proyecci\w*",
        r"(?<!\bde )(?<!\ben )(?<!\bsala )esper\w*",  # not a wait: "lista de espera", "en espera"
        r"pronóstic\w*",
        r"pronostic\w*",
        r"evalú\w*",
        r"anticip\w*",
    ],
}
# verb endings that carry a modality: the future plans ("la unidad enviará otros 300 efectivos",
# "invertirán 210 millones"), measured better on unseen news than leaving it to explicit cues;
# an estimate said before it keeps its figures estimated ("según las estimaciones ..., la
# medida beneficiará a 2,4 millones", attribute.py). The conditional, -ría, is left out: too
# many nouns end so ("secretaría", "consejería"), and in reported speech ("calculó que
# habría") it is no hedge.
MODALITY_SUFFIXES = {"planned": ["rá", "rán"]}
MODALITY_NOT = []

# --- sentences --------------------------------------------------------------
ABBREVIATIONS = [
    "sr",
    "sra",
    "srta",
    "dr",
    "dra",
    "d",
    "dña",
    "ud",
    "uds",
    "etc",
    "art",
    "núm",
    "pág",
    "p",
    "vol",
    "av",
    "avda",
    "ee.uu",
    "aprox",
    "tel",
    "gral",
    "cía",
    "no",
]

# --- language detection fallback (when lingua is not asked) --------------------
STOPWORDS = [
    "el",
    "la",
    "los",
    "las",
    "de",
    "del",
    "y",
    "en",
    "que",
    "es",
    "un",
    "una",
    "por",
    "con",
    "para",
    "según",
    "al",
    "se",
    "su",
    "sus",
    "más",
    "pero",
    "como",
    "fue",
    "ha",
    "han",
    "este",
    "esta",
    "también",
    "sobre",
]


# --- switches the German pack introduced (neutral here) ------------------------------
NUMBER_COMPOUND = ""  # a regex for one word glued from number words (German zweihundertfünfzig)
NUMBER_ALIASES = {"veintiún": "veintiuno"}  # spellings text2num reads under another form
SCALE_GLUE = r"\s?"  # between digits and their scale word
SPEECH_GAP = r"(?: [\w']+){0,3}?"  # words between auxiliary and participle
SPEECH_SPLIT = []  # separable speech verbs: (finite forms, particles at the clause end)
ORDINAL_DOT_LEFT = []  # words before "N." that make it an ordinal (German "am 8.")
ACCORDING_AFTER = []  # postposed "according to" (German "zufolge")
NOUNS_CAPITALISED = False  # nouns written capitalised (German)
VERB_SECOND = False  # the subject may follow the finite verb (German)
ROLE_COMPOUNDS = False  # role words at the end of compounds (German Finanzminister)
ROLE_ENDINGS = ""  # inflection after a role word (German des Dienstes)


# --- dates (figtrail/dates.py): when a figure was said, and the date it describes ---------------
# Appended for issue 6; all names optional (packs/__init__.py OPTIONAL). Read on the normalised
# view (lower-case, ' for ’). A weekday is the latest such day on or before the article's date
# ("este viernes", "el viernes"), strictly before with a past marker ("el pasado martes", "el
# martes pasado"); with a next marker ("el próximo martes") it dates no statement.
WEEKDAYS = {
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sábado": 5,
    "sabado": 5,
    "domingo": 6,
}
DATE_PAST_MARKERS = ["pasado"]
DATE_NEXT_MARKERS = ["próximo", "proximo", "que viene"]
# days from the article's date; dateparser reads these first, the days are its fallback
DATE_RELATIVE = {
    "ayer": -1,
    "anteayer": -2,
    "antier": -2,
    "antes de ayer": -2,
    "anoche": -1,
    "hoy": 0,
    "esta mañana": 0,
    "la semana pasada": -7,
}
DATE_AGO = [r"hace <n> (?:días|dias|semanas?)"]  # <n>: digits or a number word; dateparser reads them
DATE_DAY_SUFFIXES = ["º", "°"]  # 1º de marzo
DATE_YEAR_LINKS = ["de", "del"]  # 7 de marzo de 2024
DATE_NAMES_CASE = "lower"  # weekdays and months are written lower-case: "Santo Domingo" is a place
# the date a figure describes: "a 31 de diciembre", "al 30 de junio", "a fecha de 1 de marzo";
# "a finales de 2024", "a fin de junio", "al cierre de 2023" (a month or a year: its last day)
AS_OF_CUES = [r"a", r"al", r"a fecha de", r"a día de", r"con fecha de"]
AS_OF_END_CUES = [
    r"(?:(?:a|hasta|para) )?(?:finales|fines|final|fin) de(?:l)?",
    r"(?:(?:a|al) )?cierre de(?:l)?",
]
AS_OF_PERIODS = {
    "finales de año": ("year", 0),
    "finales del año": ("year", 0),
    "final de año": ("year", 0),
    "final del año": ("year", 0),
    "fin de año": ("year", 0),
    "fin del año": ("year", 0),
    "finales de este año": ("year", 0),
    "finales del año pasado": ("year", -1),
    "final del año pasado": ("year", -1),
    "fin de mes": ("month", 0),
    "finales de mes": ("month", 0),
    "final de mes": ("month", 0),
}
# a period starts at the expression after these: it dates neither a statement nor a figure
DATE_SINCE = [r"desde(?: el| la| los| las)?", r"a partir del?", r"a partir de(?: la| el)?"]
# "nach eigenen Angaben", "selon ses propres chiffres": the figures are the clause subject's own
OWN_WORDS = ["propios", "propias", "propio", "propia"]

# a conjunction that opens a clause before its subject: "enquanto a empresa propôs 4,5%"
SUBJECT_OPENERS = ["mientras que", "mientras", "aunque", "cuando"]
# a relative right after a number, its speech verb, then its subject ("frente al 5 % que reclaman los
# sindicatos"): that subject speaks for that number
INVERTED_RELATIVES = ["que"]
# the other side of a count whose speech verb is left out ("Die Polizei sprach von 2.500 Teilnehmern, die
# Veranstalter von 6.000"): these speak for the number after them
COUNTERPARTS = ["organizadores", "sindicatos", "convocantes", "policía", "autoridades", "patronal", "sindicato", "empresa", "dirección", "compañía"]
# a sentence that opens on what the one before said, then names a speaker ("Das waren 33 weniger als im
# Vorjahr, wie die DLRG mitteilte"): the speaker said the sentence before too
RESUMING_OPENERS = [r"(?:esto|eso|ello) (?:supone|supuso|representa|representó|es|son|fue|fueron)"]
# before a speech verb, a clause whose subject follows the verb: "comme l'a indiqué la préfecture",
# "como informó el ministerio" (the subject is read after the verb, as in ", a indiqué X")
AS_CLAUSE = ["como", "tal y como", "tal como", "según lo"]

# an hour after these, with no noun after it: "alle 21 di giovedì", "a las 21 del jueves"
CLOCK_LEFT = ["a las", "desde las", "hasta las", "sobre las"]

# verbs between a measured phrase and its number: "le taux de chômage a atteint 7,7 %" (its subject is what is measured)
MEASURE_VERBS = ["alcanza", "alcanzan", "alcanzó", "alcanzaron", "supera", "superan", "superó", "superaron", "asciende", "ascienden", "ascendió", "sube", "suben", "subió", "baja", "bajan", "bajó", "cae", "caen", "cayó", "crece", "crecen", "creció", "se sitúa", "se situó", "representa", "representan", "suma", "suman", "sumó", "es", "son", "fue", "fueron", "era", "eran", "será", "serán", "llega", "llegan", "llegó"]

# a possessive opening a source's phrase: its owner speaks ("ses contrôleurs", "its inspectors")
POSSESSIVES = ["sus", "su"]

# a gerund of saying after a comma goes on with the speaker of the verb before: ", adding that"
GERUND_SPEECH = ["añadiendo", "diciendo", "calculando", "previendo", "pronosticando", "señalando", "afirmando", "asegurando", "estimando", "explicando", "recordando", "precisando", "cifrando", "hablando de"]

# the base of a rate is no count: "452 casos cada 100.000 habitantes"
RATE_EACH = ["cada", "por cada"]
RATE_PER = ["por"]
RATE_PEOPLE = [r"habitantes?", r"personas", r"nacimientos"]
# an hour's day: "a las 8 del lunes"
CLOCK_OF = ["del", "de"]
CLOCK_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "ayer", "hoy", "mañana", "noche", "tarde"]

# what a text or a measure provides is said in the article's own voice: "L'accordo prevede 300",
# "the bill provides for 5,000" name no speaker (spec: an actor is not a source)
NOT_SPEAKERS = ["ley", "proyecto", "texto", "acuerdo", "presupuesto", "presupuestos", "decreto", "plan", "reforma", "medida", "impuesto", "tasa", "contrato", "tratado", "programa", "propuesta", "enmienda", "reglamento", "directiva", "convenio"]

# "Para + a role, ..." opening a sentence: the role's view ("Para el sindicato, más de 2.000");
# only before a role word ("para 2025" is no source)
ACCORDING_TO += [r"^para(?= (?:el |la |los |las )?(?:" + "|".join(sorted(PERSON_ROLES + ORG_ROLES, key=len, reverse=True)) + r")(?![\w]))"]

# a bare amount in millions or billions after one of these words in its clause is money, in the
# currency the article names ("le perdite potrebbero arrivare a 80 milioni"); not one whose
# noun follows ("80 milioni di persone")
MONEY_CONTEXT = r"destinad[oa]s?|destin[óo]|asignad[oa]s?|invertid[oa]s?|invirti[óo]|invertir[áa]n?|vendid[oa]s?|comprad[oa]s?|pagad[oa]s?|pag[óo]|pagar[áa]n?|dividendos?|inversi[óo]n(?:es)?|valor|pagos?|ganancias|ventas|capital|fichajes?|traspasos?|salarios?|sueldos?|cl[áa]usula|gast[óo]|gastaron|costes?|costos?|gastos?|p[ée]rdidas|da[ñn]os|impuestos?|tasas?|ingresos|facturaci[óo]n|beneficios?|d[ée]ficits?|deudas?|presupuestos?|importes?|ahorros?|multas?|bote|premios?|indemnizaci[óo]n(?:es)?|subvenci[óo]n(?:es)?|ayudas?|fondos?|ingres[óo]|ingresaron|ingresar[áa]n?|recaud[óo]|recaudaron|recaudad[oa]s?|recaudaci[óo]n|fraude"

# a part of the amount just said: "45 milioni, di cui 18 per l'attaccante" (18 million, its scale
# and currency said once)
PARTITIVES = ["de los cuales", "de las cuales", "de ellos", "de ellas"]

# a participle set off by commas after the subject describes it, it is no new subject:
# "La AIReF, adscrita al Ministerio de Hacienda, calcula" (the AIReF, not the ministry)
APPOSED_PARTICIPLE = r"\w+(?:ado|ada|ados|adas|ido|ida|idos|idas|ito|ita|itos|itas|to|ta) (?:a|al|de|del|en|por|con|a la|entre|este|esta|ayer|hoy|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))"  # "publicado el lunes con 1.200 entrevistas"

# verbs of recording: their subject is where a thing was counted; an according phrase after
# them names who counted and speaks: "Los hospitales han registrado 3.200 ingresos, según el balance del Ministerio"
RECORD_VERBS = ["registrado", "registrada", "registrados", "registró", "registraron", "registra", "registran", "contabilizado", "contabilizó", "contabilizaron", "contabiliza", "contabilizan", "contado", "contó", "contaron", "censado", "censó", "identificó", "identificaron", "identifica", "identifican", "recoge", "recogen", "recogió"]
# counting and recording speak: "El ministerio identificó 468 hembras", "La memoria recoge decenas de charlas"
SPEECH_PRESENT += ["identificó", "identificaron", "identifica", "identifican", "recoge", "recogen", "recogió"]

# not ruling out is saying it may be: "Los investigadores no excluyen que la investigación se extienda a decenas de envíos" (a speaker, a possible figure)
SPEECH_PRESENT += ["no excluye", "no excluyen", "no excluyó", "no excluyeron", "no descarta", "no descartan", "no descartó", "no descartaron"]
MODALITY_CUES["possible"] += [r"no (?:excluy\w*|descart\w*)", r"no (?:ha|han|había|habían) (?:excluido|descartado)"]

# a forecast governs the future it introduces: "EirGrid forecasts that data centres will account
# for about 30%" is estimated, not planned (a belief, "cree que enviará 12.000", stays a plan)
FORECAST_CUES = r"prev(?:é|én|ía|ían) que|pronóstic\w*|proyecci\w*|estim\w* que|calcul\w* que"

# "after her words", "a suo dire": the speaker named last (a possessive inside the cue)
ACCORDING_TO += [r"según sus (?:propias )?palabras", r"en sus palabras"]
CUE_POSSESSIVES = ["sus", "su"]

# a share of a whole, read as a percentage before a link to what it is a share of: "la mitad de los envíos" (50 %); not "la primera mitad del año", "a mitad de precio"
SHARE_WORDS = {"mitad": 0.5}
SHARE_NOT_AFTER = ["primera", "segunda", "última", "otra", "a"]

# the "up to" cues that mean "to" after a verb of change ("sube hasta 1.184"): exact; not "as many as"
UP_TO_AS_TO = r"hasta(?: el| la| los| las| un| una)?"

# "una media de 660 al día": an average, not a half (a half alone is "la mitad")
NOT_ALONE = [*NOT_ALONE, "media", "una media"]

# a statement names its owner: "según un comunicado del Ministerio del Interior"
EVIDENCE_NOUNS += ["comunicado", "nota", "nota de prensa"]
# an emergency service's report: "según el último parte del 112"
EVIDENCE_NOUNS += ["parte"]

# "la dirección, que habla de 12 %": speaking of a figure is giving it
SPEECH_PRESENT += ["habla de", "hablan de", "hablaba de"]

# a participle after an acronym belongs to the data, not to the name: "datos del INE publicados", "el
# último barómetro del CIS publicado este jueves"
DATA_PARTICIPLE_ENDINGS = ["ados", "adas", "idos", "idas", "ado", "ada", "ido", "ida"]

# emergency services by their number, after a definite article, are names: "según ha informado el 112"
SERVICE_NUMBERS = ["112", "061", "091", "092", "016", "062"]
# an article's contraction before the number names the service too: "según el último parte del 112"
SERVICE_LEADS = ["del", "al"]

# a cap is at most: "o volume será limitado a 180 milhões de litros", "capped at £2,500"
BOUND_CUES["at_most"] += [r"limitad[oa]s? a(?:l)?", r"topad[oa]s? en"]

# opening hours: the feminine plural article stands for the hours ("dalle 10 alle 13")
CLOCK_RANGE = r"(?:de las \d{1,2}(?:[.:]\d\d)? a|entre las \d{1,2}(?:[.:]\d\d)? y) las \d{1,2}(?:[.:]\d\d)?"  # "entre las 14 y las 22"

# "according to our calculations": the speaker who says it in quotes, named after them
OUR_WORDS = ["nuestros", "nuestras", "nuestro", "nuestra", "mis", "mi"]

# words before an evidence noun that point back at it: "de acordo com o mesmo levantamento"
EVIDENCE_MODIFIERS = ["mismo", "misma", "mismos", "mismas", "último", "última", "nuevo", "nueva"]

# raising a count is giving it: "los organizadores elevaron la cifra a 10.000" ("Almería eleva a 63
# los casos" in a title is an act: no bare "eleva a")
SPEECH_PATTERNS = [
    # "mientras que la empresa lo rebaja al 30 %", "la patronal la sitúa en 2.000 millones"
    r"(?:lo|la|los|las)\s(?:rebaj|sit[úu]|reduc|fij|cifr|elev)\w*\s(?:al|a|en|hasta)(?=\s(?:el\s|los\s|las\s|unos\s|unas\s)?\d)",
    # "una cifra que el Ayuntamiento rebaja a 200"; "Fuentes de la investigación elevan a 12 los
    # detenidos" (plural: a title's "Almería eleva a 63 los casos" is an act)
    r"rebaj(?:a|an|ó|aron|aba|aban)\s(?:al|a|hasta)(?=\s(?:el\s|los\s|las\s|unos\s|unas\s)?\d)",
    r"elev(?:an|aron|aban)\s(?:a|hasta)(?=\s(?:los\s|las\s|unos\s|unas\s)?\d)",
    # a bound after it says a count is claimed: "El Sindicato eleva a por lo menos 17 los trabajadores"
    r"elev(?:a|an|ó|aron|aba|aban)\s(?:a|hasta)(?=\s(?:por lo menos|al menos|como mínimo|más de)\s\d)",
    r"elev(?:a|an|ó|aron|aba|aban)\s(?:la cifra|el número|el balance|el total|la estimación)(?:\s[\w]+){0,3}?\s(?:a|hasta)(?=\s(?:los\s|las\s|unos\s|unas\s)?\d)",
]

# the word for unnamed sources: with a description and no owner they speak themselves ("fonti vicine al dossier")
UNNAMED_SOURCES = ["fuentes"]

# evidence made for a client: "selon un sondage Ifop pour Le Figaro" is Ifop's
CLIENT_LINKS = ["para"]

# "Desde la Consejería señalan que ...", "Dal Comune fanno sapere che ...": the body the words come from
SOURCE_FROM = ["desde"]
# a body's kind written before its name as a capitalised acronym: "l'ONG Robin des Bois"
DESCRIPTORS = ["ong"]
# demonstratives that point back at a body named before, in their own sentence too: "A PSP deteve 14
# pessoas, informou aquela força de segurança", "La Guardia Civil detuvo a 14, según informó dicho cuerpo"
POINTING_DETERMINERS = ["dicho", "dicha"]

# an evidence phrase may open on an ordinal or "new" ("según las primeras estimaciones de X"): X speaks
EVIDENCE_NOUNS += ["primeras", "primeros", "primera", "nuevas", "nuevos", "nueva"]

# a numbered lot of a sale or a tender: "el lote 3" (no count: "12 lotes")
ID_CUES += ["lote"]
# a league, a racing series, a TV channel named by its number: "la Fórmula 1", "Antena 3"
ID_CUES += ["f[óo]rmula", "antena"]

# the outlet a speaker talked to, written before the speaker: "En declaraciones a Europa Press, el
# alcalde ha cifrado ..." (the outlet relays, via)
INTERVIEW_LEADS = ['en (?:unas )?declaraciones (?:a|con) (?:la |el )?', 'en (?:una )?entrevista (?:a|con) (?:la |el )?']
# a count or forecast raised or cut is a claim: "La Guardia Civil ha elevado a 14 el número de
# detenidos", "El Gobierno ha rebajado al 2,1% su previsión" (not a title's present: "Almería eleva
# a 63 los casos" is what happened); "ha avanzado que" (announced; "la obra avanza" moves on)
SPEECH_PATTERNS += [r"(?:(?:ha|han|había|habían) (?:elevado|rebajado)|elevó|elevaron|rebajó|rebajaron) (?:a|al|hasta)(?= )"]
SPEECH_PARTICIPLES += ["avanzado"]

# a passive between auxiliary and participle: "had been estimated at", "a été estimé à", "ha sido
# cifrado en": the subject is what was estimated, no speaker
PASSIVE_MARKERS = ["sido"]

# "para Funcas, en cambio": before a bare name (no article) and a comma, where a claim opens, "for" is
# "according to" when the name is a source named before or an acronym (read on the text: only
# its capitals tell a name from "per esempio")
ACCORDING_NAMED = r"(?<![\w])[Pp]ara (?:el |la |los |las )?(?=[A-ZÀ-Ý])"
ACCORDING_NAMED_WORD = "para "
ACCORDING_NAMED_LEADS = ['. ', '; ', ': ', ', pero ', ' mientras que ', ' mientras ']  # or the sentence's start
# bodies named by the place they serve, which keeps its "en": "la Delegación del Gobierno en Madrid"
PLACE_NAMED_HEADS = ["delegación", "subdelegación", "embajada", "consulado"]
# tenths of a percentage point, as economic news counts them: "tres décimas menos", "tre decimi"
POINT_FRACTIONS = ["décima", "décimas"]
# the present and an object between: "la Comisión Europea eleva el déficit español al 3,1 %"
SPEECH_PATTERNS += [r"(?:eleva|elevan|rebaja|rebajan|elevó|rebajó|elevaron|rebajaron)(?: (?!a |al |hasta )[\w]+){1,4} (?:a|al|hasta)(?= (?:el |los |las |un |una )?\d)"]
# "En palabras del consejero de Industria, la Junta ...": the person whose words they are
ACCORDING_TO += [r"en palabras d(?:e|el)(?= )"]
# being ready to give is an offer: "la Junta está dispuesta a aportar hasta 35 millones"
MODALITY_CUES["planned"] += [r"dispuest[oa]s? a"]
# a rank written after a body's capitalised noun is its name's adjective: "Intervención General"
RANK_ADJECTIVES = ["general"]
# a forecast verb before a change or a rate forecasts it ("Confindustria prevede una crescita dello
# 0,5%"); before a measure it plans it ("il piano prevede 3.000 assunzioni")
MODALITY_CUES["estimated"] += [r"prev(?:é|én|ía|ían)(?= (?:un |una |el |la )?(?:crecimiento|descenso|aumento|caída|subida|bajada|incremento|reducción|repunte|inflación|déficit|pib|paro|desempleo)(?![\w]))"]
FORECAST_CUES += r"|prev(?:é|én|ía|ían)(?= (?:un |una |el |la )?(?:crecimiento|descenso|aumento|caída|subida|bajada|incremento|reducción|repunte|inflación|déficit|pib|paro|desempleo)(?![\w]))"
# a sentence opened by a share of the figures before ("Desse total, 637 mil ...", "Of these, 300
# ...") goes on with their account: with no speaker of its own, the speaker before speaks for it
PARTITIVE_OPENERS = ['de ellos', 'de ellas', 'de estos', 'de estas', 'del total', 'de ese total', 'de esa cifra', 'entre ellos', 'entre ellas']
# arguing a figure is saying it: "Montero defendió que el Gobierno cumplirá el objetivo del 2,5 %"
SPEECH_PRESENT += ["defendió", "defiende", "defienden", "defendieron"]
SPEECH_PARTICIPLES += ["defendido"]
MODALITY_CUES["planned"] += [r"se (?:ha|han) comprometido", r"se comprometió", r"se comprometieron"]
# a decimal followed by points is a change of a rate in points of percentage ("0,4 punti"); not basis points
POINT_WORDS = ['punto', 'puntos']
POINT_NOT_AFTER = ['básicos', 'básico', 'base', 'de base']
# the future of a verb of level that takes no object forecasts, it plans nothing: "el desvío alcanzará
# los 4.800 millones", "il Pil crescerà dello 0,6%" (the future of an act, "invertirá", and of a verb
# that may take one, "aumentará los controles", stays a plan)
MODALITY_CUES["estimated"] += [r"(?:alcanzar|crecer|caer|situar|superar|rondar|ascender|repuntar)(?:á|án)"]
# revising one's own forecast or target is giving it: "El Banco de España eleva su previsión de
# crecimiento para este año al 2,4 %", "el FMI rebaja sus previsiones", "el Gobierno mantiene su
# objetivo de déficit del 2,5 %" (the subject owns the forecast; a verb of its own, no object of an
# act: "recorta su plantilla" is no forecast)
SPEECH_PATTERNS += [
    r"(?:(?:ha|han|había|habían) )?(?:elev|rebaj|mejor|empeor|recort|revis|manten|mantien|mantuv|confirm|corrig|ajust|actualiz|reduj|reduc|aument|sub[eií]|baj[aó])\w*"
    r"(?: (?:al alza|a la baja|ligeramente|levemente|[\w,]+ (?:décimas?|puntos?)))? (?:su|sus|la|las|el|los) (?:previsi[oó]n|previsiones|estimaci[oó]n|estimaciones|pron[oó]stico|proyecci[oó]n|proyecciones|objetivo|perspectivas?|c[aá]lculos?)(?![\w])"
]
# the same with the amount before the forecast: "La AIReF eleva al 2,8 % del PIB su previsión de déficit"
SPEECH_PATTERNS += [
    r"(?:eleva|elevan|rebaja|rebajan|sitúa|sitúan|fija|fijan|cifra|cifran) (?:a|al|en|hasta)"
    r"(?= (?:el |un |los )?[\d.,]+[^.;:]{0,40}? (?:su|sus) (?:previsi[oó]n|previsiones|estimaci[oó]n|estimaciones|pron[oó]stico|proyecci[oó]n|objetivo|c[aá]lculos?)(?![\w]))"
]
# a promise and an appeal for funds are the claims of who makes them ("Japón prometió 3 millones de
# dosis", "la OMS lanzó un llamamiento de 87,4 millones")
SPEECH_PRESENT += ["prometió", "prometieron", "promete", "prometen"]
SPEECH_PARTICIPLES += ["prometido"]
SPEECH_PATTERNS += [
    r"(?:(?:ha|han|había|habían) lanzado|lanzó|lanzaron|lanza|lanzan) un (?:nuevo )?(?:llamamiento|llamado)(?: (?:urgente|de emergencia|internacional|humanitario))?(?= (?:de|por|para) (?:[\w-]+ )?(?:[$£€]|\d))"
]
# a forecast's participle right after its figure names whose it is: "frente al 2,2 % previsto por el
# Gobierno", "los 4.000 millones calculados por la AIReF"
FIGURE_PARTICIPLES = [
    "previsto", "prevista", "previstos", "previstas", "estimado", "estimada", "estimados", "estimadas",
    "calculado", "calculada", "calculados", "calculadas", "proyectado", "proyectada", "proyectados", "proyectadas",
    "fijado", "fijada", "fijados", "fijadas",
]  # fmt: skip
# roles any leader fits, whatever office named them before: "el dirigente socialista"
GENERIC_PERSON_ROLES = ["dirigente", "líder", "responsable", "mandatario", "mandataria"]
# a relative between an according cue and its verb, the speaker after: "según lo que informó ayer la Guardia Civil"
ACCORDING_RELATIVES = ["lo que"]
# words of a time of day or a day, for a time phrase between an inverted verb and its subject: "ha
# informado a última hora de la tarde el Ayuntamiento"
TIME_WORDS = [r"mañana", r"tarde", r"noche", r"mediodía", r"madrugada", r"ayer", r"hoy", r"anoche", r"hora", r"jornada", r"lunes", r"martes", r"miércoles", r"jueves", r"viernes", r"sábado", r"domingo"]
# a statement between an inverted verb and its subject: "ha informado en un comunicado difundido este martes el Ministerio"
STATEMENT_LEAD = r"en (?:un|una) (?:comunicado|nota)(?: (?:difundid[oa]|remitid[oa]|publicad[oa]|de prensa))?|(?<=comunicado )(?:difundido|remitido|publicado)|(?<=nota )(?:difundida|remitida|publicada)"

# a product named after its model word: its number is part of the name ("los modelos Urban 8 y Urban 10 Pro")
MODEL_WORDS = ["modelo", "modelos", "gama"]

# a scale word alone after a singular definite article is one of it: "superar el millón", "cerca del millón"
ONE_SCALE_ARTICLES = ["el", "del", "al"]
ONE_SCALE_WORDS = ["millón", "millardo"]

# a match's result in words before its score: "la victoria del Betis por 2 a 1": a score, no figure
SCORE_LINK = "a"
SCORE_WORDS = ['victoria', 'venció', 'ganó', 'derrota', 'derrotó', 'perdió', 'empate', 'empató', 'goleada', 'marcador', 'triunfo']

# adverbs of time between the phrase and its amount are no head of what is counted: "el billete cuesta ahora 2,50 euros"
LEFT_SKIP += ['hoy', 'ahora', 'ayer', 'actualmente', 'ya', 'todavía', 'aún']

# costing ties a thing to its price: "el billete cuesta ahora 2,50 euros" measures the ticket
MEASURE_VERBS += ['cuesta', 'cuestan', 'costó', 'costaron', 'costará', 'costarán', 'costaría', 'costar']
# "al menos otras 9 embarcaciones": "other" between a bound cue and its number
BOUND_OTHER_WORDS = ["otras", "otros"]
# a poll gives a party its seats: "Un sondeo de la consultora X ... otorga al PP entre 142 y 148
# escaños" (only after evidence: "el Gobierno otorga 300 becas" is an act)
SPEECH_PRESENT += ["otorga", "otorgan", "otorgaba", "otorgó"]
EVIDENCE_VERBS = ["otorga", "otorgan", "otorgaba", "otorgó"]
# a survey's technical sheet is its evidence: "según la ficha técnica publicada por el organismo"
EVIDENCE_NOUNS += ["ficha técnica", "ficha", "barómetro"]
# "selon la même source": the source of the figures just before, named or only described
SAME_SOURCE_WORDS = ["fuente"]

# a compound infinitive after a speech verb ("dice haber perdido a siete familiares") is what was said, its subject the one before
# the verb, never an inverted subject
REPORTED_INFINITIVE = r"\s*(?:haber|no haber)(?![\w])"

# an offer put on the table is its maker's (spec: demands and offers): "la patronal ha puesto
# sobre la mesa una subida del 2,5 %"
SPEECH_PARTICIPLES += ["puesto sobre la mesa", "puesto encima de la mesa"]
SPEECH_PRESENT += ["pone sobre la mesa", "ponen sobre la mesa", "puso sobre la mesa", "pusieron sobre la mesa"]
# "Funcionarios estadounidenses, hablando bajo condición de anonimato, dijeron": a gerund's aside, no new subject
APPOSED_PARTICIPLE += r"|\w+(?:ando|iendo) (?:a|al|bajo|con|en|desde|por)"
# a count's reading of the results: "según el conteo de la ONPE", "el escrutinio del Ministerio"
EVIDENCE_NOUNS += ["conteo", "escrutinio"]
# a count as it stood in an earlier report: "En el balance anterior, el organismo contabilizaba 23 muertos"
SPEECH_PRESENT += ["contabilizaba", "contabilizaban", "cifraba", "cifraban", "calculaba", "calculaban", "registraba", "registraban"]
