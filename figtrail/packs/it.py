"""Italian language pack: data only. The algorithm reads it and never names a language.

Every entry is matched against the normalised view of the text: lower-cased,
NBSP and narrow NBSP as plain spaces, ’ as ', « » “ ” as ". Regex fragments
are written for that view. Examples that must keep working: it_corpus.py.
"""

CODE = "it"
NAME = "Italian"

# --- digits --------------------------------------------------------------
DECIMAL_MARKS = ","  # 1,5 miliardi
GROUP_MARKS = " .'"  # 12.000, 12 000 (NBSP and narrow NBSP are spaces in the view), 1'500

# --- number words (text2num parses runs of them) --------------------------
NUMBER_WORDS = {
    "zero": 0,
    "un": 1,
    "uno": 1,
    "una": 1,
    "due": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "nove": 9,
    "dieci": 10,
    "undici": 11,
    "dodici": 12,
    "tredici": 13,
    "quattordici": 14,
    "quindici": 15,
    "sedici": 16,
    "diciassette": 17,
    "diciotto": 18,
    "diciannove": 19,
    "venti": 20,
    "trenta": 30,
    "quaranta": 40,
    "cinquanta": 50,
    "sessanta": 60,
    "settanta": 70,
    "ottanta": 80,
    "novanta": 90,
    "cento": 100,
    "mille": 1000,
}
# Italian glues its number words into one word (ventitré, duemila, trecentocinquantamila,
# ventotto): two or more of these pieces in one word make one number (text2num reads it).
# The tens lose their vowel before uno/otto (ventuno, trentotto), cento before otto/ottanta
# (centotto), tre takes an accent at the end (ventitré).
_UNITS = r"un|uno|una|due|tre|tré|quattro|cinque|sei|sette|otto|nove"
_TEENS = r"dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove"
_TENS = r"vent[i]?|trent[a]?|quarant[a]?|cinquant[a]?|sessant[a]?|settant[a]?|ottant[a]?|novant[a]?"
NUMBER_COMPOUND = rf"(?:{_TENS}|{_TEENS}|cento|cent|mille|mila|milion[ei]|miliard[oi]|bilion[ei]|{_UNITS}){{2,}}"
NUMBER_JOINERS = ("e",)  # "un milione e mezzo"; "tre e quattro" stay two numbers
# fractions: "mezzo milione" (500.000), "un milione e mezzo", "due terzi"; alone ("il terzo
# mandato", "il quarto trimestre") they are ordinals and no number
FRACTIONS = {
    "mezzo": 2,
    "mezza": 2,
    "terzo": 3,
    "terzi": 3,
    "quarto": 4,
    "quarti": 4,
    "quinto": 5,
    "quinti": 5,
    "decimo": 10,
    "decimi": 10,
    "centesimo": 100,
    "centesimi": 100,
    "sesto": 6,
    "sesti": 6,
    "settimo": 7,
    "settimi": 7,
    "ottavo": 8,
    "ottavi": 8,
    "nono": 9,
    "noni": 9,
    "millesimo": 1e3,
    "millesimi": 1e3,
}
# denominators glued from number words and the ordinal ending: ventunesimo (21),
# venticinquesimi (25), duemilacinquesimi (2005), miliardesimi (1e9); the last vowel of a
# number word drops before the ending (ventun-esimo, miliard-esimi)
FRACTION_SUFFIXES = ("esimo", "esimi", "esima", "esime")
STEM_VOWELS = "aeio"
# number words that multiply the number before them: tre dozzine (36)
MULTIPLES = {"dozzine": 12}
DECIMAL_WORDS = ("virgola", "punto")  # uno virgola cinque miliardi, duecento punto ventinove
# Words that are numbers only with a scale after them: "un milione", not "un uomo".
ARTICLE_WORDS = ("un", "uno", "una")

# --- scale words after a number: 1,5 miliardi, 3 milioni, 50mila, 2 mld --------
SCALES = {
    "mila": 1e3,  # 50mila, 25 mila: glued or apart
    "migliaia": 1e3,  # "decine di migliaia" (scale of a vague magnitude)
    "milione": 1e6,
    "milioni": 1e6,
    "miliardo": 1e9,
    "miliardi": 1e9,
    "bilione": 1e12,
    "bilioni": 1e12,
    "mln": 1e6,
    "mld": 1e9,
    "mrd": 1e9,
    "m": 1e6,
    "k": 1e3,
}
# a bare amount in these scales is money in the article's currency: "la manovra vale 28
# miliardi" (people and things are counted "1,9 milioni di persone", with a noun after)
BARE_MONEY_SCALES = ["miliardi", "miliardo", "mld", "mln"]
# ... and so is one whose noun is money: "71,8 miliardi di sovvenzioni e 122,6 di prestiti"
# (these nouns are part of MONEY_CONTEXT below, which both rules read)
MONEY_NOUNS = [
    "sovvenzioni",
    "prestiti",
    "aiuti",
    "investimenti",
    "fondi",
    "finanziamenti",
    "stanziamenti",
    "risorse",
    "spese",
    "entrate",
    "tasse",
    "imposte",
    "debiti",
    "debito",
    "crediti",
    "contributi",
    "ricavi",
    "utili",
    "perdite",
    "danni",
    "tagli",
    "sussidi",
    "incentivi",
    "rimborsi",
    "agevolazioni",
    "sgravi",
    "risparmi",
    "fatturato",
    "capitale",
    "sanzioni",
    "multe",
    "riserve",
    "obbligazioni",
    "titoli",
    "stipendi",
    "salari",
    "deficit",
    "extragettito",
    "gettito",
    "costi",
    "anticipo",
    "anticipi",
]
DEFAULT_CURRENCY = "EUR"  # when the article names no currency at all
# abbreviations that only count as a scale when glued to a currency (€3m) or the digits (10k)
SCALE_NEEDS_CURRENCY = ("m",)
SCALE_LINK = r"(?:di |d')?"  # "decine di migliaia", "centinaia di milioni"

# --- vague magnitudes and approximate bases -------------------------------
# spec intervals: decine/dozzine [20, 99], centinaia [200, 999], migliaia [2000, 9999]
VAGUE = {"decine": (20, 99), "dozzine": (20, 99), "centinaia": (200, 999), "migliaia": (2000, 9999)}
VAGUE_REPEAT = r"e"  # "decine e decine"
# una decina = approx 10, una ventina = approx 20, un centinaio = approx 100, un migliaio = 1000
BASES = {
    "decina": 10,
    "dozzina": 12,
    "quindicina": 15,
    "ventina": 20,
    "trentina": 30,
    "quarantina": 40,
    "cinquantina": 50,
    "sessantina": 60,
    "settantina": 70,
    "ottantina": 80,
    "novantina": 90,
    "centinaio": 100,
    "migliaio": 1000,
}

# --- bounds: cues written right before the number --------------------------
# Italian puts an article or an articulated preposition between the cue and the number
# ("oltre il 50%", "più del 30%", "fino al 7%", "al massimo all'1,45%"): each cue takes one.
_ART = r"(?: il| lo| la| i| gli| le| l'| un| una)?"
_DI = r"d(?:i|el|ello|ella|ell'|ei|egli|elle)"  # di + article
_A = r"(?:a|ad|al|allo|alla|all'|ai|agli|alle)"  # a + article
BOUND_CUES = {
    "at_least": [
        r"almeno" + _ART,
        r"non meno " + _DI,
        r"(?:non|mai) inferior[ei] " + _A,  # not (never) less than: at least
        r"come minimo" + _ART,
        r"perlomeno" + _ART,
        r"per lo meno" + _ART,
        r"quanto meno" + _ART,
        r"un minimo " + _DI,
        r"minimo",
        r"(?:maggior[ei]|più grand[ei]|superior[ei]) o ugual[ei] " + _A,  # comparisons: maggiore o uguale a 100
        r"(?<![=<>])\w?\s?(?:>\s?=|≥)",  # x >= 10
    ],
    "more_than": [
        r"poco più " + _DI,
        r"(?<!\bin )più " + _DI,  # "10 miliardi in meno dei 39": the 39 is exact
        r"oltre" + _ART,
        r"oltre quota",
        r"ben oltre" + _ART,
        r"superiore " + _A,
        r"superiori " + _A,
        r"sopra" + _ART,
        r"al di sopra " + _DI,
        r"super\w*(?: anche| già| ormai| abbondantemente)?(?: quota| la soglia "
        + _DI
        + r"| la quota "
        + _DI
        + r"|"
        + _ART
        + r")",
        r"oltrepass\w*" + _ART,
        r"sfora\w*" + _ART,
        r"eccede\w*" + _ART,
        r"maggior[ei] " + _DI,
        r"più grand[ei] " + _DI,
        r"più in alto " + _DI,
        r"(?<![=<>])\w?\s?>",
    ],
    "at_most": [
        r"al massimo(?: " + _A + r"| " + _DI + r")?",
        r"al più",
        r"non più " + _DI,
        r"non superior[ei] " + _A,  # not more than: at most
        r"massimo",
        r"un massimo " + _DI,
        r"(?:minor[ei]|più piccol[oaie]|inferior[ei]) o ugual[ei] " + _A,
        r"(?<![=<>])\w?\s?(?:<\s?=|≤)",
    ],
    "up_to": [
        r"fino " + _A + r"(?: quota)?",
        r"fino a un massimo " + _DI,
        r"sino " + _A,
        r"fin " + _A,
    ],
    "less_than": [
        r"poco meno " + _DI,
        r"(?<!\bin )meno " + _DI,
        r"inferiore " + _A,
        r"inferiori " + _A,
        r"sotto" + _ART,
        r"sotto la soglia " + _DI,
        r"sotto quota",
        r"al di sotto " + _DI,
        r"minor[ei] " + _DI,
        r"più piccol[oaie] " + _DI,
        r"più in basso " + _DI,
        r"(?<![=<>])\w?\s?<",
    ],
    "approx": [
        r"circa" + _ART,
        r"quasi" + _ART,
        r"intorno " + _A,
        r"attorno " + _A,
        r"all'incirca" + _ART,
        r"approssimativamente" + _ART,
        r"pressappoco" + _ART,
        r"pressoché" + _ART,
        r"più o meno" + _ART,
        r"nell'ordine " + _DI,
        r"dell'ordine " + _DI,
        r"qualcosa come",
        r"sfiora\w*" + _ART,
        r"ca\.",
    ],
}
# "fino a" after a verb of rising or falling means "to" (exact): il bilancio sale fino a 211
# words that set a second number against a first with a unit, which it shares: "9.400 tonnellate, contro le 18.100 dell"anno scorso"
COMPARE_LINKS = ["contro", "contro i", "contro gli", "contro le", "contro il", "contro l'", "rispetto a", "rispetto ai", "rispetto alle", "rispetto al", "rispetto alla", "rispetto allo", "rispetto all'", "dopo", "invece di", "a fronte di", "a fronte dei"]
# a negation a few words before a "more than" cue makes it at most: "le catture non supereranno le 55mila tonnellate"
NEGATIONS = ["non", "mai"]
# the journalistic conditional goes on the account of the source named before it: "A ciascuno
# sarebbero stati trattenuti 150 euro" after "Secondo quanto ricostruito dalla procura"
REPORTED_MOOD = [r"(?<!che )(?<!cui )(?!potr|dovr)\w{2,}rebbe(?:ro)?"]  # nor a relative's ("una ditta che avrebbe lavorato")  # not the modals of what may or should happen ("potrebbero ridurre")
CHANGE_VERBS = (
    r"(?:sal\w*|aument\w*|cresc\w*|cresciut\w*|scend\w*|sces\w*|cal(?:a|ano|ato|ata|ati|ate|ando)"
    r"|pass\w*|port\w*|ridott\w*|riduc\w*|ridurr\w*|lievit\w*|gonfi\w*|abbass\w*|alz\w*|innalz\w*"
    r"|balz\w*|schizz\w*|crollat\w*|crolla\w*|precipit\w*|rivist\w*|rivedut\w*|corrett\w*)"
)
# "by" before a bound: "ridurre di fino al 10%": the change's size is up to, not "to"
CHANGE_SIZE_WORDS = ["di", "del"]

# --- ranges ---------------------------------------------------------------
# articles before the second number, dropped when reading "tra il 2 e il 3%"
RANGE_ARTICLES = ["il", "lo", "la", "l'", "i", "gli", "le"]
RANGE_BETWEEN = r"(?:compres[oaie] )?(?:tra|fra)(?: il| lo| la| i| gli| le| l')?"  # before the first number
RANGE_AND = r"e(?: il| lo| la| i| gli| le| l')?"  # tra X e Y, tra il 5 e il 7%
RANGE_FROM = r"da|dal|dai|dalle|dall'|dagli"  # da X a Y, dal 5 al 7%
RANGE_TO = r"a|al|ai|alle|all'|agli"  # da X a Y
# bound cues after the number: 500 o più, cento o meno, 30 almeno
BOUND_AFTER = {
    "at_least": [r"o più(?! d)", r"e più(?! d)", r"o superiore", r"come minimo", r"almeno"],
    "at_most": [r"o meno(?! d)", r"o inferiore", r"al massimo"],
}
# a word that joins two opposite bounds into a range: more than 10 but less than 15
BOUND_JOIN = r"ma"
# a fraction written with a word between numerator and denominator: uno su tre
FRACTION_OVER = [r"su"]
# a currency's subunit after its main unit: tredici euro e quarantacinque (centesimi)
SUBUNITS = [r"centesimi?", r"cent"]

# --- units ----------------------------------------------------------------
# after the number (and its scale); optional "di"/"d'" before word units
UNITS_AFTER = {
    "kwanzas": "AOA",  # Angola's money
    "ariary": "MGA",  # Madagascar's money
    "pesos": "MXN",  # bare: the peso of the country the article is about (extract._peso_country)
    "soles": "PEN",  # Peru's money (plural only: "sol" is a common word)
    # flows said in full: "27 metros cúbicos por segundo (m³/s)"
    "m³/s": "m3/s",
    "m3/s": "m3/s",
    "metri cubi al secondo": "m3/s",
    "%": "percent",
    "per cento": "percent",
    "percento": "percent",
    "punti percentuali": "percent",
    "punti di percentuale": "percent",
    "€": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "$": "USD",
    "dollari": "USD",
    "dollaro": "USD",
    "dollari usa": "USD",
    "dollari statunitensi": "USD",
    "usd": "USD",
    "£": "GBP",
    "sterline": "GBP",
    "sterlina": "GBP",
    "gbp": "GBP",
    "won": "KRW",
    "grivne": "UAH",
    "grivnie": "UAH",
    "grivna": "UAH",
    "yen": "JPY",
    "yuan": "CNY",
    "rubli": "RUB",
    "rublo": "RUB",
    "franchi svizzeri": "CHF",
    "franchi cfp": "XPF",
    "franchi cfa": "XOF",
    "franchi": "CHF",
    "chf": "CHF",
    "lire turche": "TRY",
    "dollari australiani": "AUD",
    "dollari canadesi": "CAD",
    "dollari di hong kong": "HKD",
    "fiorini olandesi": "NLG",
    "marchi finlandesi": "FIM",
    "marchi tedeschi": "DEM",
    "franchi francesi": "FRF",
    "pesetas": "ESP",
    "pesos messicani": "MXN",
    "real": "BRL",
    "reais": "BRL",
    "km²": "km2",
    "km2": "km2",
    "kmq": "km2",
    "chilometri quadrati": "km2",
    "chilometri quadri": "km2",
    "m²": "m2",
    "m2": "m2",
    "mq": "m2",
    "metri quadrati": "m2",
    "metri quadri": "m2",
    "m³": "m3",
    "m3": "m3",
    "mc": "m3",
    "metri cubi": "m3",
    "km": "km",
    "decibel": "dB",
    "chilometri": "km",
    "chilometro": "km",
    "metri": "m",
    "metro": "m",
    "m": "m",
    "millimetri": "mm",
    "mm": "mm",
    "centimetri": "cm",
    "cm": "cm",
    "tonnellate": "t",
    "tonnellata": "t",
    "t": "t",
    "chili": "kg",
    "chilogrammi": "kg",
    "kg": "kg",
    "grammi": "g",
    "ettari": "ha",
    "ettaro": "ha",
    "ha": "ha",
    "litri": "l",
    "litro": "l",
    "barili": "bbl",
    "megawatt": "MW",
    "mw": "MW",
    "gigawatt": "GW",
    "gw": "GW",
    "km/h": "km/h",
    # "gradi" stays a count: temperature or angle, the word does not say which
    "ml": "ml",
    "millilitri": "ml",
    "cc": "cm3",
    "cm3": "cm3",
    "miglia orarie": "mph",
    "chilometri orari": "km/h",
    "chilometri all'ora": "km/h",
    "miglia all'ora": "mph",
    "miglia": "mi",
    "miglio": "mi",
    "piedi": "ft",
    "pollici": "in",
    "pollice": "in",
    "galloni": "gal",
    "acri": "ac",
    "libbre": "lb",
    "libbra": "lb",
    "once": "oz",
    "oncia": "oz",
    "rad": "rad",
    "radianti": "rad",
    "mg": "mg",
    "kw": "kW",
    "kwh": "kWh",
    "mb": "MB",
    "gb": "GB",
    "ettolitri": "hl",
    "ettolitro": "hl",
    "zloty": "PLN",
    "corone svedesi": "SEK",
    "terabyte": "TB",
    "gigabyte": "GB",
    "metro cubo": "m3",
}
# energy: "6,969 gigawatt-hours of electricity"
UNITS_AFTER.update({"gigawattora": "GWh", "gwh": "GWh", "megawattora": "MWh", "mwh": "MWh", "terawattora": "TWh", "twh": "TWh", "kilowattora": "kWh"})

# written before the number
UNITS_BEFORE = {
    "€": "EUR", "$": "USD", "us$": "USD", "us $": "USD", "£": "GBP", "¥": "JPY", "₩": "KRW", "chf": "CHF",
    "usd$": "USD", "c$": "CAD", "c $": "CAD", "cad$": "CAD", "a$": "AUD", "aud$": "AUD", "nz$": "NZD",
    "nzd$": "NZD", "hk$": "HKD",
}  # fmt: skip

# --- numbers that are not figures ------------------------------------------
# ages, durations and times of day: 62 anni, tre mesi, 24 ore, alle 4.17 del mattino
# ("secondo" is left out: it is also "according to")
TIME_UNITS = [
    r"anni",
    r"anno",
    r"mesi",
    r"mese",
    r"settimane",
    r"settimana",
    r"giorni",
    r"giorno",
    r"ore",
    r"ora",
    r"h",
    r"minuti",
    r"minuto",
    r"min",
    r"secondi",
    r"secoli",
    r"secolo",
    r"decenni",
    r"decennio",
    r"trimestri",
    r"semestri",
    r"notti",
    r"mattino",
    r"mattina",
    r"pomeriggio",
    r"sera",
    r"notte",
    # seasons count time: "diez inviernos", "slipped by two seasons"
    "inverni",
    "estati",
    "stagioni",
]
MONTHS = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
    "gen",
    "feb",
    "mar",
    "apr",
    "mag",
    "giu",
    "lug",
    "ago",
    "set",
    "ott",
    "nov",
    "dic",
]
ORDINAL_SUFFIXES = r"(?:°|º|ª|\.°|\.ª|\.º|/a|/o)"  # il 1° maggio, la 2ª guerra, la 25/a edizione
ORDINAL_WORDS = []  # primo, secondo, terzo... are not in NUMBER_WORDS, so never read as numbers
# words right before a number that make it a name or an id: articolo 5, risoluzione 2231, ore 14
ID_CUES = [
    r"tabella",
    r"(?:telefoni|numeri|numero) (?:di |d')?emergenz[ae]|emergenz[ae]",  # "i telefoni di emergenza 112 e 061"
    r"numero verde",
    r"(?:via|viale|corso|piazza|largo) \w+(?: \w+)?",
    r"strada statale|statale|autostrada|ss",  # "la statale 106": a road
    r"(?:classe|categoria|livello|fase) d[ie] \w+",  # "la classe di stato 3", "il livello di allerta 2"
    r"under|over",  # "gli under 35", "les over 50": an age group, borrowed from English
    r"articol[oi]",
    r"art\.",
    r"commi?",
    r"risoluzione",
    r"legge",
    r"decreto",
    r"dl",
    r"dpcm",
    r"n\.",
    r"n°",
    r"nr\.",
    r"numero",
    r"capitolo",
    r"pagina",
    r"pag\.",
    r"p\.",
    r"volume",
    r"sezione",
    r"linea",
    r"strada statale",
    r"statale",
    r"autostrada",
    r"volo",
    r"covid",
    r"paragrafo",
    r"allegato",
    r"emendamento",
    r"stagione",
    r"episodio",
    r"©",
    r"versione",
    r"livello",
    r"categoria",
    r"zona",
    r"classe",
    r"tipo",
    r"modello",
    r"canale",
    r"binario",
    r"terminal",
    r"via",
    r"viale",
    r"corso",
    r"piazza",
    r"ore",
    r"alle ore",
    r"euro(?= ?\d)",
    # "torna Quota 103" (a pension rule's name), but "ha superato quota 36mila" is a threshold
    r"(?<!superat[oaie] )(?<!supera )(?<!superare )(?<!superando )(?<!oltre )(?<!sotto )(?<!\Wa )"
    r"(?<!toccat[oaie] )(?<!toccare )(?<!tocca )(?<!raggiunt[oaie] )(?<!raggiungere )(?<!raggiunge )"
    r"(?<!sfondat[oaie] )(?<!sfiorat[oaie] )(?<!sfiora )(?<!oltrepassat[oaie] )quota",
]
# a phone number written in groups after its cue: "al número verde 800 123 456"
ID_CUES += ["numero(?: di telefono)?|chiamare il|telefono"]
# a road, a draw, the top of a rating scale: "die B 304", "o concurso 2.838", "au niveau 4 sur une échelle de 5"
ID_CUES += ["(?:su )?una scala d[ai]", "scala d[ai]", "concorso"]
# words right before a 4-digit number that make it a year
YEAR_CUES = [
    r"nel",
    r"nell'anno",
    r"anno",
    r"dal",
    r"del",
    r"al",
    r"entro il",
    r"fino al",
    r"prima del",
    r"dopo il",
    r"verso il",
    r"intorno al",
    r"in",
    r"a",
    r"da",
    r"fine",
    r"inizio",
    r"metà",
]
# small number words that point back at known things: i due paesi, nei due Paesi, l'uno dei due
ANAPHORA_BEFORE = (
    r"(?:i|gli|le|questi|queste|quei|quegli|quelle|nei|negli|nelle|dei|degli|delle|ai|agli|alle"
    r"|sui|sugli|sulle|coi|con i|con gli|con le|tra i|fra i|tra le|fra le|entrambi i|entrambe le"
    r"|tutti e|tutte e|l'uno dei|l'una delle|uno dei|una delle|suoi|sue|loro)"
)

# --- what is counted ------------------------------------------------------
# 1,9 milioni di persone, 11,7 tonnellate d'esplosivo, il 2% del Pil
# and the partitive "tra": "23 tra fiumi e torrenti", "15 tra morti e feriti"
WHAT_LINK = r"(?:di |d'|dei |degli |delle |del |della |dello |dell'|tra |fra )"
# the link of a duration has no article: "tre anni", "10 di anni" ("18.100 dell'anno scorso" is no duration)
TIME_LINK = r"(?:di |d'|del |della )"  # "alle 4.17 del mattino" is an hour
# words that may open the counted noun phrase but are not its head
WHAT_PREMODIFIERS = [
    # articles and possessives: "sono 173mila gli edifici crollati", "il 2% del loro Pil"
    "il",
    "lo",
    "la",
    "i",
    "gli",
    "le",
    "loro",
    "suo",
    "sua",
    "suoi",
    "sue",
    "nostro",
    "nostra",
    "nostri",
    "nostre",
    "quel",
    "quei",
    "quegli",
    "quella",
    "quelle",
    "questi",
    "queste",
    "altri",
    "altre",
    "nuovi",
    "nuove",
    "ulteriori",
    "ex",
    "grandi",
    "piccoli",
    "piccole",
    "primi",
    "prime",
    "ultimi",
    "ultime",
    "soli",
    "sole",
    "principali",
    "veri",
    "vere",
    "presunti",
    "presunte",
    "diversi",
    "diverse",
    "numerosi",
    "numerose",
]
# auxiliaries between a bare number and a participle: "4.900 sono stati salvati"
WHAT_AUXILIARIES = [
    "sono",
    "sono stati",
    "sono state",
    "sono già stati",
    "sono già state",
    "sono rimasti",
    "sono rimaste",
    "erano",
    "erano stati",
    "erano state",
    "hanno",
    "hanno già",
    "saranno",
    "saranno stati",
    "risultano",
    "restano",
]
# words that end a noun phrase (verbs, prepositions other than di, conjunctions, pronouns)
WHAT_STOPWORDS = [
    "di",
    "d'",
    "del",
    "dello",
    "della",
    "dell'",
    "dei",
    "degli",
    "delle",
    "a",
    "ad",
    "al",
    "allo",
    "alla",
    "all'",
    "ai",
    "agli",
    "alle",
    "in",
    "nel",
    "nello",
    "nella",
    "nell'",
    "nei",
    "negli",
    "nelle",
    "su",
    "sul",
    "sullo",
    "sulla",
    "sull'",
    "sui",
    "sugli",
    "sulle",
    "da",
    "dal",
    "dallo",
    "dalla",
    "dall'",
    "dai",
    "dagli",
    "dalle",
    "per",
    "con",
    "col",
    "coi",
    "senza",
    "contro",
    "verso",
    "presso",
    "tra",
    "fra",
    "durante",
    "secondo",
    "entro",
    "oltre",
    "dopo",
    "prima",
    "fino",
    "sino",
    "circa",
    "come",
    "che",
    "ch'",
    "cui",
    "dove",
    "quando",
    "mentre",
    "e",
    "ed",
    "o",
    "od",
    "ma",
    "però",
    "se",
    "né",
    "non",
    "si",
    "ci",
    "vi",
    "ne",
    "lo",
    "la",
    "il",
    "l'",
    "i",
    "gli",
    "le",
    "un",
    "una",
    "uno",
    "un'",
    "è",
    "e'",
    "sono",
    "era",
    "erano",
    "sarà",
    "saranno",
    "sarebbe",
    "sarebbero",
    "sia",  # "che almeno 1,2 milioni di persone siano state costrette": the subjunctive ends it
    "siano",
    "fossero",
    "fu",
    "furono",
    "stato",
    "stata",
    "stati",
    "state",
    "ha",
    "hanno",
    "aveva",
    "avevano",
    "avrà",
    "avranno",
    "questo",
    "questa",
    "questi",
    "queste",
    "quello",
    "quella",
    "quelli",
    "quelle",
    "suo",
    "sua",
    "suoi",
    "sue",
    "loro",
    "più",
    "meno",
    "già",
    "ancora",
    "anche",
    "sempre",
    "ormai",
    "poi",
    "quindi",
    "dunque",
    "invece",
    "tuttavia",
    "mentre",
    "solo",
    "soltanto",
    "appena",
    "nonostante",
    "stesso",
    "stessa",
    "stessi",
    "stesse",
    "malgrado",
    "via",
    "ogni",
    "l'anno",
]
WHAT_NOT_HEADS = ["totale", "volte", "anno", "anni", "rapporto", "corso", "media"]
# links between a head noun and its complement (soldati di quattro brigate, d'acqua)
COMPLEMENT_LINKS = ["di", "dei", "degli", "delle", "del", "della", "dello", "dell'", "d'"]
COMPLEMENT_DETERMINERS = ["il", "lo", "la", "l'", "i", "gli", "le"]
# before a number: determiners that open the phrase it measures, words skipped on the way back
LEFT_DETERMINERS = [
    "il",
    "lo",
    "la",
    "l'",
    "i",
    "gli",
    "le",
    "un",
    "uno",
    "una",
    "un'",
    "del",
    "dello",
    "della",
    "dell'",
    "dei",
    "degli",
    "delle",
    "suo",
    "sua",
    "suoi",
    "sue",
    "loro",
    "questo",
    "questa",
    "questi",
    "queste",
]
LEFT_SKIP = [
    "tra",
    "fra",
    "di",
    "d'",
    "a",
    "ad",
    "al",
    "alla",
    "allo",
    "all'",
    "ai",
    "agli",
    "alle",
    "del",
    "della",
    "dello",
    "dell'",
    "dei",
    "degli",
    "delle",
    "il",
    "lo",
    "la",
    "i",
    "gli",
    "le",
    "sotto",
    "su",
    "sul",
    "sulla",
    "per",
    "in",
    "nel",
    "nella",
    "da",
    "dal",
    "dalla",
    "essere",
    "stato",
    "stata",
    "stati",
    "state",
    "quota",
    "complessivamente",
    "ormai",
]
# verb endings: a word ending so is no adjective and no head (arrivano, potrebbe, sarà)
VERB_ENDINGS = (
    "ono",
    "ebbe",
    "ebbero",
    "arono",
    "irono",
    "erono",
    "avano",
    "evano",
    "ivano",
    "anno",
    "rà",
    "ranno",
    "iamo",
    "ò",
    # gerunds, with their clitics: "portandoli al 4,5%"
    "ando",
    "endo",
    "andoli",
    "endoli",
    "andola",
    "endola",
    "andolo",
    "endolo",
    "andosi",
    "endosi",
)
# nouns before "di" that give the counted noun to a number elsewhere: il numero di soldati ... 3.000
NUMBER_OF = r"(?:il |un |del |al )?(?:numero|totale|bilancio|conteggio) (?:di |dei |degli |delle |d')"
# an adjective-looking word after the head extends the phrase: soldati nordcoreani, debito pubblico
ADJECTIVE_SUFFIXES = (
    "ato",
    "ati",
    "ata",
    "ate",
    "ito",
    "iti",
    "ita",
    "ite",
    "uto",
    "uti",
    "uta",
    "ute",
    "ale",
    "ali",
    "ico",
    "ici",
    "ica",
    "iche",
    "ivo",
    "ivi",
    "iva",
    "ive",
    "ano",
    "ani",
    "ana",
    "ane",
    "ese",
    "esi",
    "oso",
    "osi",
    "osa",
    "ose",
    "ente",
    "enti",
    "ante",
    "anti",
    "ario",
    "ari",
    "aria",
    "arie",
    "ile",
    "ili",
    "eo",
    "ei",
    "ea",
    "ee",
    "ino",
    "ini",
    "ina",
    "ine",
    "ista",
    "isti",
    "iste",
    "orio",
    "ori",
    "oria",
    "orie",
    "ore",
    # nationalities in -co/-ca: turca, tedesca, greca
    "esca",
    "esco",
    "eschi",
    "esche",
    "urca",
    "urco",
    "urchi",
    "urche",
    "eca",
    "eco",
    "eci",
    "eche",
)
ADJECTIVE_NOT = [
    "sono",
    "hanno",
    "erano",
    "avevano",
    "fanno",
    "vanno",
    "stanno",
    "dovrebbero",
    "potrebbero",
    "devono",
    "possono",
    "ore",
    "anni",
    "mesi",
    "giorni",
    "fine",
    "inizio",
    "metà",
]

# a counted list closes with one of these: "fiumi, strade e opere pubbliche"
WHAT_COORDINATORS = ["e", "ed", "o", "oppure"]
# the number after a verb may count the verb's subject: "le frane censite sono 376", "la quota
# di fondi sale dal 37,5%", "le persone colpite siano almeno 8,8 milioni"
WHAT_SUBJECT = True
# verbs between a phrase and its quantity: "il piano vale 28 miliardi", "la spesa sale al 2%"
MEASURE_VERBS = [
    # the plural participles too: "le domande sono salite a 180mila"
    "saliti", "salite", "scesi", "scese", "arrivati", "arrivate", "cresciuti", "cresciute", "calati", "calate",
    "aumentati", "aumentate", "diminuiti", "diminuite", "raggiunti", "raggiunte", "superati", "superate",
    "toccati", "toccate", "passati", "passate", "crollati", "crollate", "cresciuta", "calata", "aumentata", "diminuita",
    "è",
    "sono",
    "era",
    "erano",
    "sarà",
    "saranno",
    "sarebbe",
    "sarebbero",
    "sia",
    "siano",
    "fosse",
    "fossero",
    "è stato",
    "state",
    "stati",
    "vale",
    "valgono",
    "valeva",
    "sale",
    "salgono",
    "saliva",
    "salito",
    "salita",
    "salire",
    "scende",
    "scendono",
    "sceso",
    "scesa",
    "scendere",
    "arriva",
    "arrivano",
    "arrivato",
    "arrivata",
    "arrivare",
    "ammonta",
    "ammontano",
    "ammontare",
    "raggiunge",
    "raggiungono",
    "raggiunto",
    "raggiungere",
    "tocca",
    "toccano",
    "toccato",
    "toccare",
    "supera",
    "superano",
    "superato",
    "superata",
    "superare",
    "passa",
    "passano",
    "passato",
    "passare",
    "cresce",
    "crescono",
    "cresciuto",
    "crescere",
    "cala",
    "calano",
    "calato",
    "aumenta",
    "aumentano",
    "aumentato",
    "costa",
    "costano",
    "costato",
    "costare",
    "pesa",
    "pesano",
    "resta",
    "restano",
    "rimane",
    "rimangono",
    "conta",
    "contano",
    "si attesta",
    "attesta",
    "attestano",
    "ferma",
    "fermano",
    "si ferma",
    "spendono",
    "spende",
    "speso",
    "risulta",
    "risultano",
    "perso",
    "perde",
    "perdono",
    "guadagnato",
    "guadagna",
    "chiuso",
    "chiude",
    "segnato",
    "segna",
    "ceduto",
    "cede",
    "registrato",
    "portato",
    "porta",
    "fissato",
    "fissa",
]
# between an amount and what it pays for: "2 miliardi di euro per le prime misure", "in prestiti"
# and "destinati a": "i 15,9 miliardi destinati a quei progetti"
# and an article: "ammontano a 3,2 miliardi i danni"
MONEY_LINK = (
    r"(?:(?:per|in|destinat[oaie] a(?:l|llo|lla|ll'|i|gli|lle)?)\s*(?:il |lo |la |l'|i |gli |le )?"
    # "investirà 50 milioni nella riqualificazione" (not a time: "nei prossimi tre anni")
    r"|(?:(?:nel|nello|nella|nei|negli|nelle) |nell')(?!(?:prossim|ultim|cors|primo|prima|secondo|seconda|mese|anno|anni|giorn|settiman|trimestr|semestr|period|bienni|trienni|2\d{3})\w*)"
    r"|\s(?:il |lo |la |i |gli |le ))(?=\w)"  # not "l'": "1.298 euro l'anno" is a rate
)

# --- attribution ----------------------------------------------------------
# role nouns that make a sentence-initial "per il/la ..." an attribution (defined below too)
_PER_ROLES = [
    "governo",
    "ministero",
    "ministro",
    "ministra",
    "tesoro",
    "esecutivo",
    "regione",
    "comune",
    "sindaco",
    "sindaca",
    "presidente",
    "premier",
    "istat",
    "banca",
    "commissione",
    "polizia",
    "procura",
    "protezione civile",
    "agenzia",
    "istituto",
    "esperti",
    "analisti",
    "economisti",
    "economista",  # "Per l'economista Marco Rossi, l'impatto potrebbe superare i 50 milioni"
    "esperto",
    "esperta",
    "sindacati",
    "sindacato",
    "autorità",
    "organizzatori",
    "questura",
    "prefettura",
    "inquirenti",
    "ong",
    "onu",
    "nazioni unite",
    "associazione",
    "associazioni",
    "federazione",
    "confederazione",
    "consorzio",
    "osservatorio",
    "fondazione",
    "centro studi",
    "ufficio studi",
    "capo",
    "portavoce",
    "direttore",
    "direttrice",
    "esercito",
    "stato maggiore",
]  # not "società", "azienda", "gruppo": "per l'azienda lavorano 1.200 persone" is "for"
# "secondo X", "stando a X", "a detta di X", "per X" (sentence-initial): X is the source.
# "secondo" after an article or "in" is the ordinal (il secondo turno, in secondo luogo).
ACCORDING_TO = [
    # nor before what is counted in order ("nel solo secondo trimestre", "il secondo turno")
    r"(?<!\bil )(?<!\bal )(?<!\bdel )(?<!\bnel )(?<!\bun )(?<!\bin )(?<!\blo )(?<!\bsolo )secondo"
    r"(?! (?:trimestre|semestre|quadrimestre|tempo|turno|posto|giorno|anno|mese|volta|grado|livello|piano|mandato|classificato|luogo)(?![\w]))",
    r"stando a(?:l|llo|lla|i|gli|lle)?",
    r"stando all(?=')",  # "stando all'Onu": the name starts after the apostrophe
    r"a detta d(?:i|el|ello|ella|ei|egli|elle)",
    r"a detta dell(?=')",
    r"a parere d(?:i|el|ello|ella|ei|egli|elle)",
    r"a parere dell(?=')",
    # "Per il governo di Ankara sono 173mila": only before a role noun ("per il Superbonus" is "for")
    # and where a new claim opens: "...; per gli organizzatori erano 80mila", "..., ma per il ministero"
    r"(?:^|(?<=; )|(?<=: )|(?<=, ma )|(?<=, mentre ))per(?= (?:il |lo |la |l'|i |gli |le )(?:" + "|".join(_PER_ROLES) + r")(?![\w]))",
    # after a number: "5.000 secondo gli organizzatori, 2.000 per la Questura"
    # (only those who count crowds: "200 per la Regione" is an allotment)
    r"(?<=\d )per(?= (?:il |lo |la |l'|i |gli |le )(?:questura|prefettura|polizia|organizzatori|sindacati|sindacato|carabinieri)(?![\w]))",
    # "..., si legge in una nota della società", "come emerge da un rapporto dell'Inail": the
    # document's owner is the source (the document is an evidence noun)
    r"si legge (?:in|nel|nella)(?= (?:una |un |la |il |l'|\w+$)?)",
    r"(?:come )?(?:emerge|risulta|emerso|risultato) da(?:l|llo|lla|i|gli|lle)?(?= (?:\w+ )?(?:nota|comunicato|rapporto|report|studio|indagine|sondaggio|analisi|dati|elaborazione|relazione|bilancio|monitoraggio|ricerca|rilevazione)\b)",
    r"d(?:i|a) fonti? ",
    # "A quanto si apprende da fonti della Prefettura": what one learns from them is theirs
    r"a quanto si apprende da(?:l|llo|lla|i|gli|lle)?(?![\w'])",
    r"a quanto si apprende dall(?=')",
    # machine translations of "de acuerdo con", "in accordance with"
    r"in accordo con",
    r"d'accordo con",
    r"in accordo a",
    r"conformemente a",
]
# a passive agent names who put the number: "i danni, stimati da Coldiretti in 2 miliardi"
ACCORDING_TO += [r"(?:stimat|calcolat|quantificat|contabilizzat|censit|rilevat|contat|segnalat)[oaie] da(?:l|llo|lla|i|gli|lle)?(?![\w'])", r"(?:stimat|calcolat|quantificat|contabilizzat|censit|rilevat|contat|segnalat)[oaie] dall(?=')"]
# "è l'allarme lanciato dal sindacato", "l'appello lanciato da Coldiretti": who sounds it speaks
ACCORDING_TO += [r"(?:l'allarme|l'appello|la denuncia) (?:lanciat[oa]|fatt[oa]) da(?:l|llo|lla|i|gli|lle)?(?![\w'])", r"(?:l'allarme|l'appello|la denuncia) (?:lanciat[oa]|fatt[oa]) dall(?=')"]
# speech and reporting verbs, as words: "X ha dichiarato che", "..., ha precisato X",
# "X stima che". The compiler builds auxiliary (+ up to three words) + participle and the
# present / past forms.
SPEECH_AUXILIARIES = ["ha", "hanno", "aveva", "avevano", "avrà", "avranno", "avrebbe", "avrebbero", "abbia"]
SPEECH_PARTICIPLES = [
    "detto",
    "dichiarato",
    "affermato",
    "spiegato",
    "precisato",
    "annunciato",
    "ricordato",
    "aggiunto",
    "sottolineato",
    "riferito",
    "riportato",
    "comunicato",
    "reso noto",
    "reso noti",
    "resi noti",
    "fatto sapere",
    "stimato",
    "calcolato",
    "indicato",
    "rivelato",
    "confermato",
    "ammesso",
    "riconosciuto",
    "smentito",
    "negato",
    "contestato",
    "assicurato",
    "avvertito",
    "scritto",
    "parlato di",
    "denunciato",
    "chiesto",
    "proposto",
    "offerto",
    "promesso",
    "garantito",
    "previsto",
    "segnalato",
    "osservato",
    "contato",
    "registrato",
    "censito",
    "aggiornato",
    "diffuso",
    "pubblicato",
    "quantificato",
    "valutato",
    "evidenziato",
    "rilevato",
    "sostenuto",
    "twittato",
    "insistito",
    "ribadito",
    "replicato",
    "risposto",
    "lamentato",
    "rivendicato",
    "reclamato",
    "preannunciato",
    "anticipato",
    "illustrato",
    "presentato",  # "Lo ha presentato l'assessore": who presents a plan states it
    "accertato",
    "documentato",
    "raccomandato",
    "consigliato",
    # what a body notes, observes or puts down to a cause is its claim
    "attribuito",
    # participles of the verbs of concluding, revealing, ruling out
    "concluso", "escluso", "puntualizzato",
    # a witness tells, confides, regrets: a person's own figures ("480 euros de ma poche", raconte-t-elle)
    "raccontato",
]
SPEECH_PRESENT = [
    # scaling a number down is a count of one's own: "Un numero che la prefettura ridimensiona"
    "ridimensiona", "ridimensionano",
    "mostrano",  # "i dati del Viminale mostrano 9.874": what the data show
    "teme",
    "temono",
    "sospetta",
    "sospettano",
    "dice",
    "dicono",
    "disse",
    "dissero",
    "diceva",
    "afferma",
    "affermano",
    "affermò",
    "affermava",
    "dichiara",
    "dichiarano",
    "dichiarò",
    "spiega",
    "spiegano",
    "spiegò",
    "precisa",
    "informa",  # "informa una nota della Asl"
    "informano",
    "precisano",
    "precisò",
    "annuncia",
    "annunciano",
    "annunciò",
    "aggiunge",
    "aggiungono",
    "aggiunse",
    "sottolinea",
    "sottolineano",
    "sottolineò",
    "ricorda",
    "ricordano",
    "ricordò",
    "riferisce",
    "riferiscono",
    "riferì",
    "riporta",
    "riportano",
    "comunica",
    "comunicano",
    "fa sapere",
    "fanno sapere",
    "rende noto",
    "rendono noto",
    "stima",
    "stimano",
    "calcola",
    "calcolano",
    "indica",
    "indicano",
    "segnala",
    "segnalano",
    "registra",
    "registrano",
    "censisce",
    "denuncia",
    "denunciano",
    "smentisce",
    "smentiscono",
    "nega",
    "negano",
    "conferma",
    "confermano",
    "ammette",
    "assicura",
    "assicurano",
    "avverte",
    "avvertono",
    "scrive",
    "scrivono",
    "scrisse",
    "sostiene",
    "sostengono",
    "chiede",
    "chiedono",
    "reclama",
    "reclamano",
    "rivendica",
    "rivendicano",
    "propone",
    "propongono",
    "offre",
    "offrono",
    "rivela",
    "rivelano",
    "osserva",
    "evidenzia",
    "rileva",
    "quantifica",
    "valuta",
    "valutano",
    "parla di",
    "parlano di",
    # "l'azienda parla del 30%": the preposition joined to its article
    "parla del", "parla della", "parla dello", "parla dei", "parla degli", "parla delle", "parla dell'",
    "parlano del", "parlano della", "parlano dei", "parlano degli", "parlano delle", "parlano dell'",
    "ribadisce",
    "replica",
    "secondo lui",
    "secondo lei",
    "secondo loro",
    # advice and reproach speak too
    "raccomanda",
    "raccomandano",
    "consiglia",
    "consigliano",
    # answers and retorts speak too
    "risponde",
    "rispondono",
    "rispose",
    "ribatte",
    "ribatté",
    # what a body notes, observes or puts down to a cause is its claim
    "attribuisce",
    "attribuiscono",
    # the other persons and tenses of the verbs above, and verbs of concluding, revealing, ruling out
    "riconosce", "riconoscono", "ammettono", "conclude", "concludono", "rilevano", "osservano",
    "evidenziano", "insiste", "insistono", "esclude", "escludono", "puntualizza", "puntualizzano",
    # a witness tells, confides, regrets: a person's own figures ("480 euros de ma poche", raconte-t-elle)
    "racconta", "raccontano", "lamenta", "lamentano",
]
# the subject may be left out: "Otto di loro sono minorenni, ha aggiunto." (the last speaker)
PRO_DROP = True
# no pronoun is glued to an Italian speech verb (French a-t-il): nothing to list
SPEECH_INVERSION = {"aux": [], "suffix": []}
# verbs of forecast or plan that name a source only when no speech verb does (weak):
# "Il governo prevede di assumere 5.000 insegnanti"
WEAK_SPEECH = [
    "prevede",
    "prevedono",
    "prevedeva",
    "conta su",
    "punta a",
    "puntano a",
    "ipotizza",
    "ipotizzano",
]
# X cited by Y: Y relays X's claim (via)
VIA_AFTER = [
    r"citat[oaie] da(?:l|llo|lla|ll'|i|gli|lle)?",
    r"riportat[oaie] da(?:l|llo|lla|ll'|i|gli|lle)?",
    r"ripres[oaie] da(?:l|llo|lla|ll'|i|gli|lle)?",
    r"rilanciat[oaie] da(?:l|llo|lla|ll'|i|gli|lle)?",
    r"secondo (?:l'agenzia|il giornale|il quotidiano|la tv|la televisione)",
    # a document seen by an outlet: the document speaks, the outlet relays
    r"visionat[oaie] da(?:l|llo|lla|ll'|i|gli|lle)?",
    r"consultat[oaie] da(?:l|llo|lla|ll'|i|gli|lle)?",
    r"ottenut[oaie] da(?:l|llo|lla|ll'|i|gli|lle)?",
]
# "X ha detto al Corriere che": the outlet relays (via); a capitalised name must follow
TOLD = [
    "a",
    "al",
    "alla",
    "all'",
    "ai",
    "all'agenzia",
    "alla tv",
    "al quotidiano",
    "al giornale",
    "al settimanale",
    "alla radio",
]
# a speaker citing X: X is the source, the speaker relays
CITING = [
    r"citando",
    r"che cita",  # "il Corriere, che cita fonti investigative"
    r"riprendendo",
    r"facendo riferimento a(?:l|llo|lla|ll'|i|gli|lle)?",
    r"sulla base d(?:i|el|ella|ei|egli|elle)",
]
# after "secondo": these are not sources but evidence (secondo dati preliminari); the source
# is then the name they belong to ("secondo le stime dell'Alleanza", "secondo i dati Nato")
EVIDENCE_NOUNS = [
    "proiezione",
    "previsione",
    "studio",
    "rapporti",
    "bollettino",
    "analisi",
    "dati",
    "cifre",
    "stime",
    "stima",
    "calcoli",
    "informazioni",
    "notizie",
    "bilancio",
    "ultimo",
    "ultimi",
    "sondaggio",
    "proiezioni",
    "previsioni",
    "statistiche",
    "risultati",
    "immagini",
    "foto",
    "documenti",
    "rapporto",
    "conteggio",
    "primo",
    "nuovo",
    "fonti",
    "quanto",
    "lui",
    "lei",
    "loro",
    "me",
    "noi",
    "prima",
    "questo",
    "questa",
]
PRONOUNS = ["lui", "lei", "egli", "ella", "essi", "esse", "esso", "essa", "quest'ultimo", "quest'ultima", "questi ultimi"]
IMPERSONAL = ["si", "ciò", "questo", "tutto", "nessuno", "qualcuno"]
# phrases that open a clause and are not subjects
CLAUSE_OPENERS = [
    "stavolta",  # "stavolta gli analisti di Political Capital prevedono": a time, not the subject
    "questa volta",
    "nel frattempo",
    "intanto",
    "inoltre",
    "tuttavia",
    "però",
    "invece",
    "da parte sua",
    "dal canto suo",
    "dal canto loro",
    "per parte sua",
    "allo stesso tempo",
    "nello stesso giorno",
    "lo stesso giorno",
    "il giorno prima",
    "il giorno dopo",
    "in altre parole",
    "comunque",
    "quindi",
    "infine",
    "secondo",
    "stando",
    "in totale",
    "complessivamente",
    "sempre",
    "anche",
    "ad esempio",
    "per esempio",
    "oltre a",
    "in particolare",
]
# adverbs and time words that may sit between a speech verb and its postposed subject
VERB_ADVERBS = [
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "ieri",
    "oggi",
    "stamattina",
    "stasera",
    "ieri sera",
    "lunedì sera",
    "martedì sera",
    "mercoledì sera",
    "giovedì sera",
    "venerdì sera",
    "sabato sera",
    "domenica sera",
    "anche",
    "ancora",
    "inoltre",
    "già",
    "poi",
    "infine",
    "però",
    "invece",
    "tuttavia",
    "più volte",
    "a sua volta",
    "da parte sua",
    "in particolare",
    "recentemente",
    "pubblicamente",
    "ufficialmente",
    "ai giornalisti",
    "alla stampa",
    "in una nota",
    "in un comunicato",
    "in un comunicato stampa",
    "stamani",
    "in serata",
    "in mattinata",
    "nei giorni scorsi",
]
# how often: "secondo Trenitalia ogni giorno sono cancellati", a time after a name, not part of it
EVERY = ["ogni giorno", "ogni anno", "ogni mese", "ogni settimana", "ogni ora", "ogni notte", "ogni estate", "ogni inverno"]
VERB_ADVERBS += EVERY
# words that end a postposed subject: "ha detto il presidente Bonaccini nei giorni dell'emergenza"
SUBJECT_STOP = [
    "nei",
    "nel",
    "nella",
    "nelle",
    "negli",
    "in",
    "durante",
    "dopo",
    "prima",
    "davanti",
    "su",
    "sul",
    "sulla",
    "a",
    "al",
    "alla",
    "ai",
    "alle",
    "all'",
    "per",
    "che",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "ieri",
    "oggi",
    "con",
    "promettendo",
    "stimando",
    "aggiungendo",
    "precisando",
    "sottolineando",
    "spiegando",
    "secondo",
    "ma",
    "e",
    "mentre",
    "perché",
    "poiché",
]
# a definite description may point back at a named source; an indefinite one (un funzionario) never
DEFINITE = ["il", "lo", "la", "l'", "i", "gli", "le"]
# plural determiners: "le autorità sudcoreane" is plural though its noun does not say so
PLURAL_DETERMINERS = ["i", "gli", "le"]
# capitalised words that do not start a name: il Presidente, il Primo ministro
NOT_NAMES = [
    "il",
    "lo",
    "la",
    "i",
    "gli",
    "le",
    "primo",
    "prima",
    "presidente",
    "ministro",
    "ministra",
    "premier",
    "stato",
    "repubblica",
    "governo",
    "secondo",
    "per",
    "nel",
    "nella",
    "in",
    "dal",
    "dalla",
    "anche",
]
# clause structure around a speech verb
SUBORDINATORS = ["che", "ch'"]  # "X ha dichiarato che ...": the subject is before
# a clause joined after an inverted speaker ("..., ha reso noto il ministero, e altri 300 arriveranno"): the speaker's too
CLAUSE_COORDINATORS = ["e", "ma"]
RELATIVES = ["che", "cui", "il quale", "la quale", "i quali", "le quali", "dove"]
ADVERBIAL_STARTS = [
    "a",
    "ad",
    "in",
    "nel",
    "nella",
    "nei",
    "negli",
    "per",
    "su",
    "sul",
    "sulla",
    "con",
    "dopo",
    "prima",
    "da",
    "dal",
    "dalla",
    "durante",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "ieri",
    "oggi",
    "al",
    "alla",
    "ai",
    "alle",
    "all'",
    "davanti",
    "entro",
    "mentre",
]
# "il bilancio comunicato dal ministero", "le stime dell'Alleanza": the name after the marker
AGENT_MARKERS = [
    "da",
    "dal",
    "dallo",
    "dalla",
    "dall'",
    "dai",
    "dagli",
    "dalle",
    "di",
    "del",
    "dello",
    "della",
    "dell'",
    "dei",
    "degli",
    "delle",
]
# a passive estimate, its amount, then who made it: "est estimé à 85 millions d'euros par la métropole"
PASSIVE_ESTIMATE = r"(?:stimat|valutat|quantificat|calcolat)[oaie] (?:in|a)"
PASSIVE_AGENTS = ["dall'", "dalla", "dallo", "dal", "dai", "dagli", "dalle", "da"]
# words that end the noun phrase after "secondo" (and the verbs a number follows: "secondo le
# stime dell'Alleanza arriva al 2,12%")
NP_END_WORDS = MEASURE_VERBS + [
    "per conto di",
    "per conto del",
    "per conto della",
    "che",
    "ch'",
    "e",
    "ma",
    "mentre",
    "contro",
    "cui",
    "sono",
    "è",
    "ha",
    "hanno",
    "erano",
    "era",
    "sarebbero",
    "sarebbe",
    "saranno",
    "sarà",
    "avrebbe",
    "avrebbero",
    "potrebbe",
    "potrebbero",
    "dovrebbe",
    "dovrebbero",
    "ci",
    "si",
    "non",
]
# a finite verb or a modal after the name ends it too: "secondo l'Ufficio regionale mancano 9.400"
NP_END_WORDS += ["può", "possono", "deve", "devono", "manca", "mancano"]
NP_END_WORDS += EVERY  # "secondo Trenitalia ogni giorno": the name ends before how often
# "censite da Legambiente nel suo ultimo rapporto", "elaborazione della Cgia su dati Istat": the
# document that follows, or the data the body worked on, are not part of its name
NP_END_WORDS += ["nel suo", "nella sua", "nei suoi", "nelle sue", "nel loro", "nella loro", "nel proprio", "nella propria", "su dati", "sui dati"]
# words that open an approximate base: una decina, un centinaio, qualche migliaio
BASE_DETERMINERS = ["un", "una", "qualche", "d'una", "d'un", "di un", "di una", "un'"]
# before a lone hundred or thousand: a vague magnitude, two to nine of them (several hundred: 200-999)
FEW_WORDS = ["qualche"]
NOUN_MARKERS = [
    "di",
    "d'",
    "il",
    "lo",
    "la",
    "l'",
    "i",
    "gli",
    "le",
    "un",
    "una",
    "uno",
    "un'",
    "del",
    "della",
    "dello",
    "dell'",
    "dei",
    "degli",
    "delle",
    "suo",
    "sua",
    "questo",
    "questa",
    "la sua",
    "nella",
    "sulla",
    "alla",
    "dalla",
    "una",
    "prima",
]
DETERMINERS = [
    "il",
    "lo",
    "la",
    "l'",
    "i",
    "gli",
    "le",
    "un",
    "uno",
    "una",
    "un'",
    "dei",
    "degli",
    "delle",
    "del",
    "della",
    "questo",
    "questa",
    "questi",
    "queste",
    "suo",
    "sua",
    "suoi",
    "sue",
    "loro",
    "diversi",
    "diverse",
    "alcuni",
    "alcune",
    "molti",
    "molte",
    "due",
    "tutti i",
    "tutte le",
]
# pronouns between a subject and its verb: "il governo ne stima", "la Regione ci ha detto"
# a reflexive before a speech verb makes it another verb: "se situó en 118 días" (stood at)
REFLEXIVES = ["si", "s'"]
CLITICS = ["ci", "ne", "vi", "si", "gli", "le", "lo", "la", "li", "non", "l'", "mi", "solo", "soltanto", "già"]  # and adverbs of how much before the verb: "la questura solo conferma sei"
# a clitic before the verb that resumes what the sentence before said: its speaker is that
# sentence's too: "Le motovedette hanno soccorso 612 persone. Lo ha reso noto la Guardia costiera."
RESUMPTIVE_CLITICS = ["lo", "l'", "ne"]  # "Ne ha dato notizia la Polizia"
# the cleft "A darne notizia è la Polizia", "Ad annunciarlo è il sindaco" (SPEECH_PATTERNS): its
# "a" leads the verb as a clitic would; a clitic at the infinitive's end resumes the sentence before
SPEECH_LEADS = ["a", "ad"]
# titles before a name: il sig. Rossi, il dott. Bianchi
HONORIFICS = [
    "sig.",
    "sig",
    "sig.ra",
    "sigg.",
    "dott",
    "dott.",
    "dott.ssa",
    "prof",
    "prof.",
    "on",
    "on.",
    "avv",
    "avv.",
    "ing",
    "ing.",
    "mons",
    "mons.",
    "dr",
    "dr.",
]
# role nouns: a description made of them is a person; org nouns: an organisation
PERSON_ROLES = [
    "coordinatore",
    "coordinatrice",
    "ceo",  # borrowed: "il CEO Daniel Whitmore"
    "primo cittadino",  # the mayor
    "prima cittadina",
    "presidente",
    "vicepresidente",
    "premier",
    "primo ministro",
    "ministro",
    "ministra",
    "viceministro",
    "sottosegretario",
    "sottosegretaria",
    "capo",
    "portavoce",
    "prefetto",
    "deputato",
    "deputata",
    "senatore",
    "senatrice",
    "sindaco",
    "sindaca",
    "assessore",
    "assessora",
    "segretario",
    "segretaria",
    "direttore",
    "direttrice",
    "responsabile",
    "dirigente",
    "leader",
    "generale",
    "comandante",
    "ammiraglio",
    "governatore",
    "governatrice",
    "ambasciatore",
    "ambasciatrice",
    "consigliere",
    "consigliera",
    "esperto",
    "esperta",
    "ricercatore",
    "ricercatrice",
    "economista",
    "analista",
    "funzionario",
    "funzionaria",
    "giudice",
    "procuratore",
    "procuratrice",
    "commissario",
    "commissaria",
    "re",
    "regina",
    "papa",
    "cancelliere",
    "amministratore delegato",
    "manager",
    "patron",
]
# a member of a board speaks as a person: "said the DB board member for long-distance traffic, Katrin Hollweg"
PERSON_ROLES += ["membro"]
# a party's leader in a chamber: "ha detto il capogruppo di Fdi alla Camera, Marco Orsenigo"
PERSON_ROLES += ["capogruppo", "capigruppo", "deputata", "senatrice", "consigliera"]
# professions whose bearer speaks in an apposition: "Rogério Antunes, professor da UFPR, alerta"
PERSON_ROLES += ["professore", "professoressa", "ingegnere", "medico", "meteorologo", "meteorologa", "docente"]  # fmt: skip
PERSON_ROLES += ["biologo", "biologa", "ricercatore", "ricercatrice", "economista", "veterinario", "veterinaria", "geologo", "geologa", "glaciologo", "glaciologa"]  # fmt: skip
ORG_ROLES = [
    "agenzia",
    "ministero",
    "governo",
    "prefettura",
    "servizio",
    "servizi",
    "esercito",
    "polizia",
    "autorità",
    "esecutivo",
    "sindacato",
    "sindacati",
    "istituto",
    "ufficio",
    "organizzazione",
    "ong",
    "banca",
    "commissione",
    "consiglio",
    "corte",
    "procura",
    "comune",
    "regione",
    "provincia",
    "federazione",
    "associazione",
    "azienda",
    "gruppo",
    "società",
    "intelligence",
    "pentagono",
    "cremlino",
    "casa bianca",
    "onu",
    "amministrazione",
    "direzione",
    "osservatorio",
    "protezione civile",
    "carabinieri",
    "guardia costiera",
    "tesoro",
    "alleanza",
    "camera",
    "senato",
    "parlamento",
    "programma",
    "fondo",
    "istat",
    "centro",
    "dipartimento",
    "stato maggiore",
    "confindustria",
    "dicastero",
    "compagnia",
    "impresa",
    "costruttore",
    "fondazione",
    "ente",
    "comitato",
    "coordinamento",
    "piattaforma",
    "consorzio",
    "fonte",
    "multinazionale",
    "colosso",
    "sigla",
]

# roles that name their own body: "la polizia locale" is the police, never the body named last
SELF_NAMED_ROLES = ["governo", "esecutivo", "polizia", "carabinieri", "esercito", "comune"]

# --- modality: cues in the clause before the number (or the verb just after it) --
MODALITY_CUES = {
    "denied": [
        r"non c'è (?:nessun|nessuna|alcun|alcuna)",  # "non c'è nessun taglio del 25%": a denial in the speaker's own words
        r"smentit\w*",
        r"smentisc\w*",
        r"nega",
        r"negano",
        r"ha negato",
        r"ha (?:però|anche|invece|subito|poi|già|ieri|oggi) negato",
        r"hanno negato",
        r"negando",
        r"contesta\w*",
        r"respinge\w* (?:la cifra|le cifre|il dato|i dati|l'idea)",
        r"falso",
        r"falsa",
        r"falsi",
        r"false",
    ],
    "possible": [
        r"potrebbe",
        r"potrebbero",
        r"potrà",
        r"potranno",
        r"può",
        r"possono",
        r"forse",
        r"(?<!\bil )rischi\w* di",  # "ha ridotto del 20% il rischio di infarto" names a thing
        r"(?<=il )rischio di(?= \w+(?:are|ere|ire)\b)",  # "corre il rischio di perdere" does not
        r"possibil\w*",
        r"eventual\w*",
        r"sarebbe",
        r"sarebbero",
        r"avrebbe",
        r"avrebbero",
        r"ipotesi",
        r"ipotizz\w*",
    ],
    "planned": [
        r"sarà|saranno|verrà|verranno",  # futures too short for the endings below: "saranno assunti 50 vigili"
        r"prevede di",
        r"prevedono di",
        r"prevedeva di",
        r"previst[oaie]",
        r"programmat\w*",
        r"intende\w*",
        r"intendono",
        r"punta a",
        r"punta su",
        r"puntano a",
        r"deve|devono|dovrà|dovranno",
        r"progetto di",
        r"promess\w*",
        r"promett\w*",
        r"propost\w*",
        r"propone\w*",
        r"proporrà",
        r"piano di",
        r"obiettivo",
        r"vuole|vogliono",
        r"si impegna\w*",
        r"impegno",
        r"sta per|stanno per",
        r"in arrivo",
        r"chied(?:e|ono|eva|evano)",
        r"chiest[oaie]",
        # a demand is a plan; a claimed turnout is a count ("rivendica un'adesione del 70%")
        # nor a presence ("rivendica la presenza di oltre mille"), nor an attack claimed ("ha
        # rivendicato l'attacco": its author, no plan)
        r"rivendic\w*(?! (?:un'|l')?adesion| (?:una |la )?partecipazion| (?:una |la )?presenz| (?:l'|la |il )?(?:attacc|attentat|paternit|responsabilit|azion))",
        r"conta di",
        r"contano di",
],
    "estimated": [
        r"sospett(?:a|ano|ava|avano)",
        r"preved(?:e|ono|eva) che",  # "prevede che la disoccupazione scenderà": a forecast
        r"(?:si )?prevede\w* che",  # "prevede che la spesa arriverà": a forecast (prevede di: a plan)
        r"stim\w*",
        r"calcol\w*",
        r"prevision\w*",
        r"proiezion\w*",
        r"valut\w*",
        r"ritien\w*",
        r"ritengono",
        r"dovrebbe",
        r"dovrebbero",
        # expected; "hanno atteso" is "waited", "liste d'attesa", "tempi di attesa" a wait
        r"(?<!\bha )(?<!\bhanno )(?<!\baveva )(?<!\bavevano )(?<!d')(?<!\bdi )(?<!\bin )attes[oaie]",
        r"(?:si|ci|mi) aspett\w*",  # "si aspetta", «Ci aspettiamo ricavi per 4,5 miliardi»
        r"prevedibil\w*",
    ],
}
# verb endings that carry a modality: the future (arriverà, saliranno: planned), the
# conditional (servirebbe: possible); matched at the end of a word of at least two more letters.
# potrà/potrebbe and dovrebbe are cue words above, so their endings are left out here.
MODALITY_SUFFIXES = {
    "possible": ["erebbe", "erebbero", "irebbe", "irebbero", "arebbe", "arebbero"],
    "planned": ["erà", "eranno", "irà", "iranno", "arà", "aranno", "errà", "erranno", "vrà", "vranno"],
}
# words whose ending looks like a future or a conditional but are not verbs or carry no plan
MODALITY_NOT = []

# --- sentences --------------------------------------------------------------
ABBREVIATIONS = [
    "sig",
    "sigg",
    "sig.ra",
    "dott",
    "dott.ssa",
    "prof",
    "on",
    "avv",
    "ing",
    "mons",
    "sen",
    "gen",
    "dr",
    "ecc",
    "pag",
    "art",
    "n",
    "nr",
    "ca",
    "cfr",
    "es",
    "tel",
    "vol",
    "cap",
    "sg",
    "spa",
    "s.p.a",
    "s.r.l",
]

# --- language detection fallback (when lingua is not asked) --------------------
STOPWORDS = [
    "il",
    "lo",
    "gli",
    "di",
    "che",
    "è",
    "per",
    "una",
    "sono",
    "della",
    "nel",
    "nella",
    "del",
    "con",
    "non",
    "delle",
    "alla",
    "anche",
    "più",
    "questo",
    "hanno",
    "dei",
    "degli",
    "ha",
    "ma",
    "secondo",
]


# --- switches the German pack introduced (neutral here) ------------------------------
NUMBER_ALIASES = {}  # spellings text2num reads under another form (German eine -> ein)
SCALE_GLUE = r"\s?"  # between digits and their scale word
SPEECH_GAP = r"(?: [\w']+){0,3}?"  # words between auxiliary and participle
SPEECH_SPLIT = []  # separable speech verbs: (finite forms, particles at the clause end)
ORDINAL_DOT_LEFT = []  # words before "N." that make it an ordinal (German "am 8.")
# postposed "according to" (German "zufolge"): "Dati Istat alla mano, l'inflazione è salita"
ACCORDING_AFTER = [r"alla mano"]
NOUNS_CAPITALISED = False  # nouns written capitalised (German)
VERB_SECOND = False  # the subject may follow the finite verb (German)
ROLE_COMPOUNDS = False  # role words at the end of compounds (German Finanzminister)
ROLE_ENDINGS = ""  # inflection after a role word (German des Dienstes)


# --- dates (figtrail/dates.py): when a figure was said, and the date it describes ---------------
# Appended for issue 6; all names optional (packs/__init__.py OPTIONAL). Read on the normalised
# view (lower-case, ' for ’). A weekday is the latest such day on or before the article's date
# ("venerdì", "questo venerdì"), strictly before with a past marker ("martedì scorso", "lo scorso
# martedì"); with a next marker ("martedì prossimo") it dates no statement.
WEEKDAYS = {
    "lunedì": 0,
    "lunedi": 0,
    "martedì": 1,
    "martedi": 1,
    "mercoledì": 2,
    "mercoledi": 2,
    "giovedì": 3,
    "giovedi": 3,
    "venerdì": 4,
    "venerdi": 4,
    "sabato": 5,
    "domenica": 6,
}
DATE_PAST_MARKERS = ["scorso", "scorsa", "passato", "passata"]
DATE_NEXT_MARKERS = ["prossimo", "prossima"]
# days from the article's date; dateparser reads these first, the days are its fallback
DATE_RELATIVE = {
    "ieri": -1,
    "l'altro ieri": -2,
    "l'altroieri": -2,
    "altroieri": -2,
    "ieri sera": -1,
    "ieri mattina": -1,
    "oggi": 0,
    "stamattina": 0,
    "stamani": 0,
    "questa mattina": 0,
    "la settimana scorsa": -7,
    "settimana scorsa": -7,
    "la scorsa settimana": -7,
    "scorsa settimana": -7,
}
DATE_AGO = [
    r"<n> (?:giorni|settimane) fa",
    r"una settimana fa",
    r"un giorno fa",
]  # <n>: digits or a number word; dateparser reads them
DATE_DAY_SUFFIXES = ["°", "º"]  # 1° gennaio
DATE_YEAR_LINKS = ["del"]  # 7 marzo del 2024
DATE_NAMES_CASE = "lower"  # weekdays and months are written lower-case: "Domenica" mid-sentence is a name
# the date a figure describes: "al 30 giugno", "all'8 marzo", "entro il 31 dicembre"; "a fine giugno",
# "alla fine del 2024", "entro la fine del 2025" (a month or a year: its last day)
AS_OF_CUES = [
    r"al",
    r"all'",
    r"alla data del",
    r"alla data dell'",
    r"entro il",
    r"entro l'",
    r"aggiornat[oiae] al",
]
AS_OF_END_CUES = [r"(?:(?:alla|a|entro la|entro|fino alla|per la) )?fine(?: di| del| dell')?"]
AS_OF_PERIODS = {
    "fine anno": ("year", 0),
    "fine dell'anno": ("year", 0),
    "fine di quest'anno": ("year", 0),
    "fine dell'anno scorso": ("year", -1),
    "fine del mese": ("month", 0),
    "fine mese": ("month", 0),
}
# a period starts at the expression after these: it dates neither a statement nor a figure
DATE_SINCE = [r"da", r"dal", r"dall'", r"dalla", r"a partire da(?:l|ll'|lla)?", r"sin da(?:l)?"]

# a description that points back even bare: "la même source", "lo stesso dicastero"
ANAPHORIC_ROLES = ["stessa", "stesso", "dicastero"]
# a description that stands only for a body of one kind: "a pasta" (the portfolio) is a ministry named before
ROLE_ANTECEDENTS = {"dicastero": ["ministero"]}
# "nach eigenen Angaben", "selon ses propres chiffres": the figures are the clause subject's own
OWN_WORDS = ["propri", "proprie", "proprio", "propria"]

# after a comma, a relative whose subject is the phrase before: ", qui revendique 32 %"
# a capitalised run after these is a place, not the source: "o Ministério dos Negócios Estrangeiros em Lisboa"
NAME_PLACES = ["a", "in", "ad"]
SUBJECT_RELATIVES = ["che"]
# a place's relative opens a clause with a subject of its own: ", où la police fédérale dit avoir mobilisé 350 agents"
LOCATIVE_RELATIVES = ["dove"]

# a conjunction that opens a clause before its subject: "enquanto a empresa propôs 4,5%"
SUBJECT_OPENERS = ["mentre", "quando", "sebbene"]
# a relative right after a number, its speech verb, then its subject ("frente al 5 % que reclaman los
# sindicatos"): that subject speaks for that number
INVERTED_RELATIVES = ["che"]
# the other side of a count whose speech verb is left out ("Die Polizei sprach von 2.500 Teilnehmern, die
# Veranstalter von 6.000"): these speak for the number after them
COUNTERPARTS = ["organizzatori", "sindacati", "questura", "promotori", "autorità", "polizia", "sindacato", "azienda", "direzione", "società"]
# a sentence that opens on what the one before said, then names a speaker ("Das waren 33 weniger als im
# Vorjahr, wie die DLRG mitteilte"): the speaker said the sentence before too
RESUMING_OPENERS = [r"(?:ciò|questo) (?:rappresenta|corrisponde|significa|è|sono)"]
# before a speech verb, a clause whose subject follows the verb: "comme l'a indiqué la préfecture",
# "como informó el ministerio" (the subject is read after the verb, as in ", a indiqué X")
AS_CLAUSE = ["come", "così come", "come lo"]

# an hour after these, with no noun after it: "alle 21 di giovedì", "a las 21 del jueves"
CLOCK_LEFT = ["alle", "dalle", "verso le", "entro le", "fino alle"]
# "the data showed", "selon ces chiffres": evidence named with a definite article is the source just named
EVIDENCE_POINTS_BACK = True
# a spokesperson with no name and no body of their own speaks for the body named just before
# ("Velmara denied it. ..., a spokeswoman said": Velmara), lower-case, determiner dropped
SPOKES_ROLES = ["portavoce", "portavoce dell'azienda", "portavoce del gruppo", "portavoce della società"]

# a possessive opening a source's phrase: its owner speaks ("ses contrôleurs", "its inspectors")
POSSESSIVES = ["suoi", "sue", "suo", "sua"]

# a gerund of saying after a comma goes on with the speaker of the verb before: ", adding that"
GERUND_SPEECH = ["aggiungendo", "dicendo", "calcolando", "prevedendo", "sottolineando", "ricordando", "spiegando", "stimando", "precisando", "affermando", "parlando di"]

# number words that are other words after these: "forti venti di scirocco" (winds, not twenty)
HOMOGRAPHS = {"venti": "i|dei|dai|ai|coi|forti|violenti|deboli|gelidi|caldi|freddi|impetuosi|raffiche di"}

# the base of a rate is no count: "ogni 100.000 abitanti", "per 100.000 abitanti"
RATE_EACH = ["ogni"]
RATE_PER = ["per", "su"]
RATE_PEOPLE = [r"abitanti", r"persone", r"nascite"]
# an hour's day: "alle 21 di giovedì"
CLOCK_OF = ["di"]
CLOCK_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "ieri", "oggi", "domani", "sera", "mattina", "notte"]

# an article glued to its noun by an apostrophe: "dell'Interno", "all'Onu" (the name is Onu)
ELIDED_ARTICLES = ["d", "l", "dell", "all", "nell", "dall", "sull", "qu"]

# what a text or a measure provides is said in the article's own voice: "L'accordo prevede 300",
# "the bill provides for 5,000" name no speaker (spec: an actor is not a source)
NOT_SPEAKERS = ["legge", "progetto", "testo", "accordo", "manovra", "decreto", "piano", "riforma", "misura", "imposta", "tassa", "contratto", "trattato", "programma", "proposta", "emendamento", "regolamento", "direttiva", "intesa"]

# a bare amount in millions or billions after one of these words in its clause is money, in the
# currency the article names ("le perdite potrebbero arrivare a 80 milioni"); not one whose
# noun follows ("80 milioni di persone")
MONEY_CONTEXT = r"stanziat[oaie]|destinat[oaie]|investit[oaie]|cedut[oaie]|vendut[oaie]|acquistat[oaie]|pagat[oaie]|comprat[oaie]|dividend[oi]|investiment[oi]|valore|pagament[oi]|ricavi|vendite|guadagni|capitale|acquist[oi]|cession[ei]|ingagg(?:io|i)|stipendi[oi]?|clausola|spes[oi]|cost[oi]|spes[ae]|perdite|dann[oi]|impost[ae]|tass[ae]|entrate|fatturato|utili?|deficit|debit[oi]|bilanci[oi]?|import[oi]|risparmi|multe?|sanzion[ei]|jackpot|montepremi|vincita|indennizz[oi]|ristori|fond[oi]|stanziament[oi]|incassat[oaie]|incass[oi]|gettito|frode" + "|" + "|".join(MONEY_NOUNS)
# "che costeranno circa 2,4 milioni", "contribuisce con 1,2 milioni", "l'indotto"
MONEY_CONTEXT += r"|cost(?:a|ano|ato|ata|ati|ate|erà|eranno|erebbe|erebbero)|contribu\w*|indotto|finanziament[oi]"
# "il giro d'affari vale 1,4 milioni, mentre l'export tocca i 600mila"
MONEY_CONTEXT += r"|giro d'affari|export|esportazion[ei]|val(?:e|gono|eva|evano)"

# a part of the amount just said: "45 milioni, di cui 18 per l'attaccante" (18 million, its scale
# and currency said once)
PARTITIVES = ["di cui", "tra cui", "fra cui"]

# a participle set off by commas after the subject describes it, it is no new subject:
# "L'Ufficio parlamentare di bilancio, collegato al Senato, stima" (the Office, not the Senate)
APPOSED_PARTICIPLE = r"\w+(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|otto|otta|otti|otte|uso|usa|usi|esso|essa|essi) (?:a|al|alla|ai|alle|allo|di|del|della|dal|dalla|in|nel|nella|da|con|su|sul|sulla|tra|fra|per|presso)"
# ("un sondaggio dell'istituto Lares, condotto su un campione di 1.200 persone, indica")

# verbs of recording: their subject is where a thing was counted; an according phrase after
# them names who counted and speaks: "Gli ospedali hanno registrato 3.200 ricoveri, secondo il ministero"
RECORD_VERBS = ["registrato", "registrata", "registrati", "registra", "registrano", "registrò", "contato", "contati", "conta", "contano", "censito", "censiti", "contabilizzato"]

# not ruling out is saying it may be: "Gli inquirenti non escludono che l'indagine si estenda a decine di spedizioni" (a speaker, a possible figure)
SPEECH_PRESENT += ["non esclude", "non escludono", "non escludeva", "non escludevano", "non ha escluso", "non hanno escluso"]
MODALITY_CUES["possible"] += [r"non (?:esclud\w*|ha escluso|hanno escluso)"]

# a forecast governs the future it introduces: "EirGrid forecasts that data centres will account
# for about 30%" is estimated, not planned (a belief, "cree que enviará 12.000", stays a plan)
FORECAST_CUES = r"preved(?:e|ono|eva) che|(?:si )?prevede\w* che|prevision\w*|proiezion\w*|stim\w* che|calcol\w* che"

# "after her words", "a suo dire": the speaker named last (a possessive inside the cue)
ACCORDING_TO += [r"secondo le sue (?:stesse )?parole", r"a suo dire", r"a loro dire"]
CUE_POSSESSIVES = ["sue", "suo", "sua", "suoi", "loro"]

# a share of a whole, read as a percentage before a link to what it is a share of: "la metà delle olive" (50 %); not "la prima metà dell'anno", "a metà giugno"
SHARE_WORDS = {"metà": 0.5}
SHARE_NOT_AFTER = ["prima", "seconda", "ultima", "altra", "a"]

# a toll given is a claim: "L'INGD ha dato un bilancio di 87 morti"; a machine translation of
# "según indicaciones del ministerio": "dopo indicazioni del ministero"
SPEECH_PARTICIPLES += ["dato notizia", "dato conto", "dato un bilancio", "fornito un bilancio", "diffuso un bilancio", "dato un nuovo bilancio"]
# "ha messo in guardia che", and a machine translation's calque of "a fait état de": "ha fatto stato di"
SPEECH_PARTICIPLES += ["messo in guardia", "fatto stato"]
ACCORDING_TO += [r"dopo (?:le )?indicazioni (?:d(?:i|el|ella|ello|ei|egli|elle)|dell(?='))"]

# the "up to" cues that mean "to" after a verb of change ("sube hasta 1.184"): exact; not "as many as"
UP_TO_AS_TO = r"fino (?:a|al|alla|ai|agli|alle|all')"

# a statement names its owner: "secondo un comunicato della Regione"
EVIDENCE_NOUNS += ["comunicato", "nota", "comunicato stampa", "report", "elaborazione", "elaborazioni"]

# "mentre per l'azienda si tratta del 12%": "per" + a role after "mentre" or a comma is "according to"
ACCORDING_TO += [r"(?<=mentre )per(?= (?:il |lo |la |l'|i |gli |le )(?:governo|ministero|azienda|società|sindacato|sindacati|regione|comune|questura|prefettura|polizia|organizzatori|istat|istituto|agenzia)(?![\w]))"]
# ", per gli organizzatori 6.000": after a comma too, before the other side of a count
ACCORDING_TO += [r"(?<=, )per(?= (?:gli |i |le |la |il |l')(?:organizzatori|sindacati|promotori|questura|polizia|prefettura)(?![\w]))"]
# "Come spiegato dal direttore X, ...", "A quanto riferito dalla Regione, ...": the agent says it
_SAID_BY = r"(?:spiegato|riferito|riportato|detto|dichiarato|annunciato|sottolineato|precisato|confermato|ricordato|comunicato|reso noto)"
ACCORDING_TO += [
    rf"(?:come|a quanto) {_SAID_BY} da(?:l|llo|lla|i|gli|lle)?(?![\w'])",
    rf"(?:come|a quanto) {_SAID_BY} dall(?=')",
]
# "è il bilancio fornito dall'Azienda ospedaliera", "i dati diffusi dal ministero": the evidence's author
# (a day between: "nel bilancio definitivo diffuso venerdì mattina dalla polizia belga")
_WHEN_BETWEEN = r"(?:(?:ieri|oggi|stamattina|stamani|stasera|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)(?: (?:mattina|sera|pomeriggio))? )?"
ACCORDING_TO += [
    rf"(?:fornit|diffus|comunicat|pubblicat|elaborat|rilevat)[oaie] {_WHEN_BETWEEN}da(?:l|llo|lla|i|gli|lle)?(?![\w'])",
    rf"(?:fornit|diffus|comunicat|pubblicat|elaborat|rilevat)[oaie] {_WHEN_BETWEEN}dall(?=')",
]
# "A dirlo è il direttore ...: «...»", "Emerge dai dati dell'Osservatorio che": who says it, after the cue
ACCORDING_TO += [
    r"a (?:dirlo|spiegarlo|sottolinearlo|rivelarlo|confermarlo|annunciarlo|denunciarlo|ricordarlo) (?:è stato|è stata|sono stati|sono state|è|sono)",
    r"emerg(?:e|ono) da(?:i|l|lla|lle|gli|llo)(?= )",
    r"emerg(?:e|ono) dall(?=')",
]

# "la questura ne ha contate 2.000": every form of the participle
SPEECH_PARTICIPLES += ["contati", "contate", "contata", "stimati", "stimate", "registrati", "registrate"]

# a participle after an acronym belongs to the data, not to the name: "dati Istat diffusi", "il rapporto
# Istat pubblicato"
DATA_PARTICIPLE_ENDINGS = ["ati", "ate", "iti", "ite", "usi", "use", "ato", "ata", "ito", "ita"]

# emergency services by their number, after a definite article, are names: "según ha informado el 112"
SERVICE_NUMBERS = ["112", "113", "115", "118", "1515", "1522"]
# an article's contraction before the number names the service too: "según el último parte del 112"
SERVICE_LEADS = ["del", "al", "dal"]

# a cap is at most: "o volume será limitado a 180 milhões de litros", "capped at £2,500"
BOUND_CUES["at_most"] += [r"limitat[oaie] a(?:l|i|gli|lle)?", r"fissat[oaie] a un massimo di"]

# opening hours: the feminine plural article stands for the hours ("dalle 10 alle 13")
CLOCK_RANGE = r"(?:dalle (?:ore )?\d{1,2}(?:[.:]\d\d)? alle|tra le (?:ore )?\d{1,2}(?:[.:]\d\d)? e le) (?:ore )?\d{1,2}(?:[.:]\d\d)?"  # "tra le 14 e le 22"

# little words inside a body's name: "Ministério para a Transição Ecológica", "Ministero per la Transizione Ecologica"
NAME_LINKS = ["per"]

# "according to our calculations": the speaker who says it in quotes, named after them
OUR_WORDS = ["nostri", "nostre", "nostro", "nostra", "miei", "mie", "mio", "mia"]

# words before an evidence noun that point back at it: "de acordo com o mesmo levantamento"
EVIDENCE_MODIFIERS = ["stesso", "stessa", "stessi", "stesse", "ultimo", "ultima", "nuovo", "nuova"]
# a machine translation of "according to": "in accordo alla compagnia"
ACCORDING_TO += [r"in accordo (?:a|al|allo|alla|ai|agli|alle|con)(?![\w'])", r"in accordo all(?=')"]

# the word for unnamed sources: with a description and no owner they speak themselves ("fonti vicine al dossier")
UNNAMED_SOURCES = ["fonti"]

# evidence made for a client: "selon un sondage Ifop pour Le Figaro" is Ifop's
CLIENT_LINKS = ["per"]

# "Desde la Consejería señalan que ...", "Dal Comune fanno sapere che ...": the body the words come from
SOURCE_FROM = ["dal", "dalla", "dall'", "dai", "dagli", "dalle"]
# the cleft "A rilevarlo è l'Istat", "A darne notizia è stata la Polizia", "Ad annunciarlo è
# il sindaco": an infinitive with a clitic, then "è" and the speaker
SPEECH_PATTERNS = [
    r"(?:rilevar|render|dar|comunicar|annunciar|dir|spiegar|riferir|sottolinear|segnalar|denunciar"
    r"|stimar|precisar|confermar|rivelar|scriver|certificar|calcolar|evidenziar|ricordar|fotografar|registrar|metter)"
    r"(?:lo|la|li|le|ne)(?: not[oaie]| notizia| conto| in evidenza)? (?:è|sono|era|sarà)(?: stat[oaie])?"
]
# accusing someone of a deed is claiming it: "the group accused the company of felling 900 oaks"
SPEECH_PRESENT += ["accusa", "accusano", "accusò"]
# a body's kind written before its name as a capitalised acronym: "l'Ong Robin des Bois"
DESCRIPTORS = ["ong"]

# an evidence phrase may open on an ordinal or "new" ("según las primeras estimaciones de X"): X speaks
EVIDENCE_NOUNS += ["prime", "primi", "ultime", "ultima", "nuove", "nuovi", "nuova"]

# a numbered lot of a sale or a tender: "el lote 3" (no count: "12 lotes")
ID_CUES += ["lotto"]
# a league, a racing series, a TV channel named by its number: "la Formula 1", "Canale 5", "Rai 1"
ID_CUES += ["formula", "canale", "rai"]

# copies of German wires: "Secondo indicazioni della polizia" (nach Angaben), "Dopo stime dell'associazione"
# (nach Schätzungen), "..., così il vicario generale." (so der Generalvikar): who gave them speaks
EVIDENCE_NOUNS += ["indicazioni", "dichiarazioni", "valutazioni"]
# a regulator's ruling is its word: "secondo la determinazione finale di Ofwat"
EVIDENCE_NOUNS += ["determinazione", "decisione", "delibera"]
ACCORDING_TO += [
    r"dopo (?:le )?(?:stime|dati|informazioni|calcoli|dichiarazioni|valutazioni) (?:d(?:i|el|ella|ello|ei|egli|elle)|dell(?='))",
    r"(?<=, )così(?= (?:il|lo|la|l'|i|gli|le) ?[^,;:]{2,60}[.!?]?$)",
]
# "Questo ha comunicato la diocesi: ..." (Dies teilte ... mit): the subject follows the verb
SPEECH_LEADS += ["questo", "ciò"]

# the outlet a speaker talked to, written before the speaker: "En declaraciones a Europa Press, el
# alcalde ha cifrado ..." (the outlet relays, via)
INTERVIEW_LEADS = [r"in un'intervista (?:alla |all'|al |a |con )", r"(?:intervistat|contattat|sentit)[oaie] (?:dalla |dall'|dal |da )"]

# counting them: "le autorità cambogiane ne contano oltre 60.000" (not "la città conta 60.000 abitanti":
# the clitic "ne" says the count is of something named before)
SPEECH_PATTERNS += [r"ne (?:conta|contano|contava|contavano|contò|contarono|(?:ha|hanno|aveva|avevano) contat[oiae])"]
# rejecting an accusation or a count is a denial, and its speaker speaks: "ha respinto come «pura
# propaganda» l'accusa di aver lanciato 40 razzi" (not "ha respinto l'emendamento": an act)
_REJECTED = r"(?:ha|hanno|aveva|avevano) respinto(?: come \"[^\"]{1,60}\"| come (?:fals[oaie]|infondat[oaie]|inventat[oaie]))? (?:l'accusa|le accuse|la ricostruzione|le cifre|i numeri|il dato|i dati|la notizia|le notizie|l'affermazione|la affermazione|le affermazioni|la tesi)"
SPEECH_PATTERNS += [_REJECTED]
MODALITY_CUES["denied"] += [_REJECTED]
# "per Nézőpont, invece": before a bare name (no article) and a comma, where a claim opens, "for" is
# "according to" when the name is a source named before or an acronym (read on the text: only
# its capitals tell a name from "per esempio")
ACCORDING_NAMED = r"(?<![\w])[Pp]er (?:il |lo |la |l'|i |gli |le )?(?=[A-ZÀ-Ý])"
ACCORDING_NAMED_WORD = "per "
ACCORDING_NAMED_LEADS = ['. ', '; ', ': ', ', ma ', ' mentre ']  # or the sentence's start
# "secondo quanto comunica Enel", "secondo quanto ha reso noto la Regione": the speaker after the verb
ACCORDING_RELATIVES = ["quanto"]
# tenths of a percentage point, as economic news counts them: "tres décimas menos", "tre decimi"
POINT_FRACTIONS = ["decimo", "decimi"]
# a rank written after a body's capitalised noun is its name's adjective: "Intervención General"
RANK_ADJECTIVES = ["generale"]
# a forecast verb before a change or a rate forecasts it ("Confindustria prevede una crescita dello
# 0,5%"); before a measure it plans it ("il piano prevede 3.000 assunzioni")
MODALITY_CUES["estimated"] += [r"preved(?:e|ono|eva|evano)(?= (?:una |un |uno |l'|la |il )?(?:crescita|calo|aumento|contrazione|rialzo|incremento|riduzione|flessione|ripresa|inflazione|deficit|disavanzo|pil|disoccupazione)(?![\w]))"]
# the future of a verb of level that takes no object forecasts, it plans nothing: "il Pil crescerà
# dello 0,4%", "il deficit scenderà al 2,8%" (the future of an act, "investirà", stays a plan)
MODALITY_CUES["estimated"] += [r"(?:crescer|caler|scender|diminuir)(?:à|anno)"]
FORECAST_CUES += r"|preved(?:e|ono|eva|evano)(?= (?:una |un |uno |l'|la |il )?(?:crescita|calo|aumento|contrazione|rialzo|incremento|riduzione|flessione|ripresa|inflazione|deficit|disavanzo|pil|disoccupazione)(?![\w]))"
# "A quanto apprende l'ANSA, il governo ...": what the agency has learnt
ACCORDING_TO += [r"a quanto (?:apprende|apprendono|riporta|riportano|riferisce|riferiscono)"]
# a sentence opened by a share of the figures before ("Desse total, 637 mil ...", "Of these, 300
# ...") goes on with their account: with no speaker of its own, the speaker before speaks for it
PARTITIVE_OPENERS = ['di questi', 'di queste', 'tra questi', 'tra queste', 'tra loro', 'di cui', 'su questo totale']
# the sounds an article must come before; elsewhere the same word is a clitic ("Lo conferma l'ad di
# Trenord", "lo sciopero": an article)
ARTICLE_ONSETS = {"lo": r"s[^aeiouàèéìòù]|z|gn|ps|pn|x|y"}
# a decimal followed by points is a change of a rate in points of percentage ("0,4 punti"); not basis points
POINT_WORDS = ['punto', 'punti']
POINT_NOT_AFTER = ['base', 'di base', 'di pil']
# revising one's own forecast or target is giving it: "La Banca d'Italia rivede al rialzo le stime di
# crescita allo 0,8%", "l'Istat taglia le stime sul Pil", "il governo conferma l'obiettivo di deficit"
# (the subject owns the forecast; "taglia il personale" is an act, no forecast)
SPEECH_PATTERNS += [
    r"(?:(?:ha|hanno|aveva|avevano) )?(?:rived|rivist|alz|abbass|tagli|ritocc|miglior|peggior|conferm|corregg|corrett|aument|riduc|ridott|rialz|aggiorn)\w*"
    r"(?: (?:al rialzo|al ribasso|verso l'alto|verso il basso|leggermente|[\w,]+ (?:decimi|punti)))? (?:le sue |la sua |il suo |i suoi |le proprie |la propria |il proprio |le |la |il |i |l'|lo )(?:stim[ae]|prevision[ei]|proiezion[ei]|obiettiv[oi]|outlook)(?![\w])"
]
# an appeal for funds is the claim of who makes it: "l'Oms ha lanciato un appello da 87,4 milioni"
SPEECH_PATTERNS += [
    r"(?:(?:ha|hanno|aveva|avevano) lanciato|lancia|lanciano|lanciò) un (?:nuovo )?appello(?: (?:urgente|d'emergenza|internazionale|umanitario))?(?= (?:da|di|per) (?:[\w-]+ )?(?:[$£€]|\d))"
]
# a forecast's participle right after its figure names whose it is: "rispetto al 2,2% previsto dal
# governo", "i 4 miliardi stimati dall'Upb"
FIGURE_PARTICIPLES = [
    "previsto", "prevista", "previsti", "previste", "stimato", "stimata", "stimati", "stimate",
    "calcolato", "calcolata", "calcolati", "calcolate", "indicato", "indicata", "indicati", "indicate",
]  # fmt: skip
# where the count was made, and the existential that opens the claim, end the name: "per la questura in
# piazza c'erano 18.000 persone", "secondo la Cgil in piazza c'erano oltre 200mila"
NP_END_WORDS += ["in piazza", "in corteo", "c'erano", "c'era", "ci sono", "ci sarebbero", "c'è"]
# raising a toll is giving it: "il Servizio di Emergenza Statale aveva alzato il bilancio dei morti a 11"
SPEECH_PATTERNS += [
    r"(?:(?:ha|hanno|aveva|avevano) (?:alzato|portato|aggiornato|rivisto|innalzato)|alza|porta|aggiorna|innalza) (?:il bilancio|il numero d(?:ei|elle) (?:morti|vittime|feriti|dispersi|sfollati|decessi))(?: [\w']+){0,4}? a(?= (?:almeno |oltre |circa )?\d)"
]
# roles any leader fits, whatever office named them before: "il leader socialista"
GENERIC_PERSON_ROLES = ["leader", "dirigente", "responsabile", "esponente"]
# words of a time of day or a day, for a time phrase between an inverted verb and its subject: "ha reso
# noto nella serata di ieri la Prefettura"
TIME_WORDS = [r"mattina", r"mattinata", r"pomeriggio", r"sera", r"serata", r"notte", r"nottata", r"ieri", r"oggi", r"giornata", r"lunedì", r"martedì", r"mercoledì", r"giovedì", r"venerdì", r"sabato", r"domenica"]
# a statement between an inverted verb and its subject: "ha fatto sapere in una nota diffusa in serata l'Asl"
STATEMENT_LEAD = r"in una nota(?: (?:diffusa|pubblicata|inviata|congiunta|ufficiale))?|(?<=nota )(?:diffusa|pubblicata|inviata|congiunta|ufficiale)"

# a product named after its model word: its number is part of the name ("i modelli Urban 8 e Urban 10 Pro")
MODEL_WORDS = ["modello", "modelli", "gamma"]

# a scale word alone after a singular definite article is one of it: "superare il miliardo", "vicino al milione"
ONE_SCALE_ARTICLES = ["il", "del", "al"]
ONE_SCALE_WORDS = ["miliardo", "milione"]

# a match's result in words before its score: "la vittoria della Juventus per 2 a 1": a score, no figure
SCORE_LINK = "a"
SCORE_WORDS = ['vittoria', 'vinto', 'vince', 'sconfitta', 'sconfitto', 'battuto', 'pareggio', 'pareggiato', 'punteggio', 'successo per', 'trionfo']

# adverbs of time between the phrase and its amount are no head of what is counted: "il biglietto costa oggi 2,50 euro"
LEFT_SKIP += ['oggi', 'ora', 'ieri', 'attualmente', 'già']
# "per" after a count and its noun, before whoever counted it: "30mila persone per gli organizzatori",
# "almeno 48 morti per la Mezzaluna Rossa" (the view is lower case: the article, then the name or a role);
# not after money, which "per" gives to someone: "5 milioni di euro per la Regione"
ACCORDING_NAMED_COUNT = r"(?<![\w])per (?:il |lo |la |l'|i |gli |le )?"
ACCORDING_NAMED_NOT_AFTER = r"euro|dollar|sterlin|franc|[€$£]"
# "almeno altre 9 imbarcazioni": "other" between a bound cue and its number
BOUND_OTHER_WORDS = ["altre", "altri"]
# "selon la même source": the source of the figures just before, named or only described
SAME_SOURCE_WORDS = ["fonte"]

# a poll's reading: "secondo la rilevazione settimanale di Swg" is Swg's
EVIDENCE_NOUNS += ["rilevazione", "rilevazioni"]

# the picture a poll or a report draws is its author's, when a colon opens it: "Diverso il quadro
# tracciato da Ipsos per il Corriere della Sera: Fdi al 27,6%" (not "il quadro tracciato dall'Ecsn,
# la rete che riunisce associazioni di 14 Paesi": the picture comes later, the 14 describes the network)
_PICTURE = r"(?:quadro|scenario|fotografia|panorama) (?:tracciat|delineat|disegnat|fornit|scattat|descritt)[oa] "
ACCORDING_TO += [
    _PICTURE + r"da(?:l|llo|lla|i|gli|lle)?(?![\w'])(?=[^.;:]{1,80}:)",
    _PICTURE + r"dall(?=')(?=[^.;:]{1,80}:)",
]

# an offer put on the table is its maker's (spec: demands and offers): "Federmeccanica ha messo
# sul tavolo 173 euro"
SPEECH_PARTICIPLES += ["messo sul tavolo"]
SPEECH_PRESENT += ["mette sul tavolo", "mettono sul tavolo", "mise sul tavolo"]
# "Funzionari statunitensi, parlando a condizione di anonimato, hanno detto": a gerund's aside, no new subject
APPOSED_PARTICIPLE += r"|\w+(?:ando|endo) (?:a|al|alla|con|sotto|in|da|dal|dalla|per)"
