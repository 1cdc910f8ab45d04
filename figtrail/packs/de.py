"""German language pack: data only. The algorithm reads it and never names a language.

Every entry is matched against the normalised view of the text: lower-cased,
NBSP and narrow NBSP as plain spaces, ’ as ', „ “ ” « » as ". Regex fragments
are written for that view. Examples that must keep working: de_corpus.py.
"""

CODE = "de"
NAME = "German"

# --- digits --------------------------------------------------------------
DECIMAL_MARKS = ","  # 1,5 Milliarden
GROUP_MARKS = " .'"  # 12.000, 16 000 (NBSP and narrow NBSP are spaces in the view), 1'500 (Swiss)

# --- number words (text2num parses runs of them) --------------------------
NUMBER_WORDS = {
    "null": 0,
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "einem": 1,
    "einer": 1,
    "eins": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
    "hundert": 100,
    "tausend": 1000,
}
# German writes a number below a million as one word: zweihundertfünfzig, zwölftausend,
# dreitausendfünfhundert. This pattern finds such a word; text2num reads it.
_U = r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)"
_TEEN = r"(?:zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn)"
_TENS = r"(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
_B100 = rf"(?:{_U}und{_TENS}|{_TEEN}|{_TENS}|{_U})"
_B1000 = rf"(?:{_U}?hundert(?:und)?{_B100}?|{_B100})"
NUMBER_COMPOUND = rf"(?:{_B1000}?tausend(?:und)?{_B1000}?|{_U}?hundert(?:und)?{_B100}?|{_U}und{_TENS})"
# inflected "ein" that text2num only reads as "ein": eine Million, einer Milliarde
NUMBER_ALIASES = {"eine": "ein", "einen": "ein", "einem": "ein", "einer": "ein"}
NUMBER_JOINERS = ()  # "und" lives inside the compound word (einundzwanzig)
DECIMAL_WORDS = ("komma",)  # zwei Komma fünf Milliarden
# fraction words and their denominators: zwei Drittel (0.667), eine halbe Million (5e5)
FRACTIONS = {
    "halb": 2, "halbe": 2, "halben": 2, "halbes": 2, "drittel": 3, "viertel": 4, "fünftel": 5,
    "sechstel": 6, "siebtel": 7, "achtel": 8, "neuntel": 9, "zehntel": 10, "zwanzigstel": 20,
    "hundertstel": 100, "tausendstel": 1e3, "millionstel": 1e6,
}
MULTIPLES = {}  # "drei Dutzend" (36): a base after a number multiplies it
# one word that text2num does not read, with its value: zweieinhalb, dreiviertel
WORD_VALUES = {
    "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5, "viereinhalb": 4.5,
    "fünfeinhalb": 5.5, "sechseinhalb": 6.5, "siebeneinhalb": 7.5, "achteinhalb": 8.5,
    "neuneinhalb": 9.5, "zehneinhalb": 10.5, "elfeinhalb": 11.5, "zwölfeinhalb": 12.5,
    "dreiviertel": 0.75,
}
# Words that are numbers only with a scale after them: "eine Million", not "eine Fabrik".
ARTICLE_WORDS = ("ein", "eine", "einen", "einem", "einer")
NOT_ALONE = ()

# --- scale words after a number: 1,5 Milliarden, 3 Mio., 2 Mrd. Euro, 10k -----
SCALES = {
    "tausend": 1e3,
    "tsd.": 1e3,
    "tsd": 1e3,
    "million": 1e6,
    "millionen": 1e6,
    "mio.": 1e6,
    "mio": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd.": 1e9,
    "mrd": 1e9,
    "billion": 1e12,
    "billionen": 1e12,
    "bio.": 1e12,
    "k": 1e3,
    # English scales in copies of English wires: "£3,4m", "$2bn" (a bare "m" is metres: only with a currency)
    "m": 1e6,
    "bn": 1e9,
}
SCALE_NEEDS_CURRENCY = ("m",)
SCALE_GLUE = r"(?:\s|-)?"  # "1,5 Milliarden", and in compounds "100-Milliarden-Sondervermögen"
SCALE_LINK = r"(?:von )?"  # "Hunderte von Millionen"

# --- vague magnitudes and approximate bases -------------------------------
# plural nouns of magnitude, in every case: Tausende, mit Tausenden
VAGUE = {
    "dutzende": (20, 99),
    "dutzenden": (20, 99),
    "hunderte": (200, 999),
    "hunderten": (200, 999),
    "tausende": (2000, 9999),
    "tausenden": (2000, 9999),
    "zehntausende": (20000, 99999),
    "zehntausenden": (20000, 99999),
    "hunderttausende": (200000, 999999),
    "hunderttausenden": (200000, 999999),
}
VAGUE_REPEAT = r"und"  # "Hunderte und Aberhunderte" (the second is not read)
BASES = {"dutzend": 12}  # rund ein Dutzend = approx 12
# words that open an approximate base: ein Dutzend, einem Dutzend
BASE_DETERMINERS = ["ein", "einem", "eines", "einen"]
# before a lone hundred or thousand: a vague magnitude, two to nine of them (several hundred: 200-999)
FEW_WORDS = ["mehrere", "mehreren", "einige", "einigen", "ein paar", "etliche", "etlichen"]

# --- bounds: cues written right before the number --------------------------
BOUND_CUES = {
    "at_least": [r"mindestens", r"wenigstens", r"zumindest", r"nicht weniger als", r"minimum", r"(?<![<>=])>=", r"≥"],
    "more_than": [
        r"mehr als",
        # not "einen Kredit über 210 Millionen Euro", "eine Rechnung über 500 Euro", "ein Spendenaufruf über 87
        # Millionen", "ein Hilfspaket über 2 Milliarden": the amount it is for
        r"(?<!kredit )(?<!darlehen )(?<!scheck )(?<!rechnung )(?<!auftrag )(?<!vertrag )(?<!bürgschaft )(?<!anleihe )"
        r"(?<!zuschuss )(?<!aufruf )(?<!appell )(?<!zusage )(?<!paket )(?<!programm )(?<!bußgeld )(?<!forderung )(?<!spende )(?<!förderung )(?<!klage )(?<!angebot )(?<!gebot )"
        r"(?<!gutschein )(?<!gutscheine )(?<!summe )(?<!betrag )(?<!strafe )(?<!geldstrafe )(?<!abfindung )"
        # nor what is told about: "Gerüchte über 150 Tote", "Berichte über 40 Opfer"
        r"(?<!gerüchte )(?<!gerüchten )(?<!berichte )(?<!berichten )(?<!meldungen )(?<!informationen )(?<!angaben )über",
        r"ueber",
        r"oberhalb von",
        r"jenseits von",
        r"mehr denn",
        r"übersteigt",
        r"überstieg",
        r"überschreitet",
        r"überschritt",
        r"(?<![<>=])>(?!=)",
    ],
    "at_most": [r"höchstens", r"maximal", r"nicht mehr als", r"allenfalls", r"maximum", r"(?<![<>=])<=", r"≤"],
    "up_to": [r"bis zu", r"bis hin zu"],
    # not whom a survey asked: "eine Umfrage unter 1.000 Menschen"
    "less_than": [r"weniger als", r"(?<!umfrage )(?<!befragung )(?<!erhebung )(?<!umfragen )(?<!befragungen )unter", r"unterhalb von", r"nicht einmal", r"keine", r"(?<![<>=])<(?![=>])"],
    "approx": [
        r"etwa",
        r"rund",
        r"ungefähr",
        r"circa",
        r"ca\.",
        r"zirka",
        r"fast",
        r"knapp",
        r"beinahe",
        r"nahezu",
        r"annähernd",
        r"gut",
        r"an die",
        r"um die",
        r"schätzungsweise",
        # not "against": "Ermittelt wird gegen 23 Beschuldigte", "Anklage gegen 12 Männer"
        r"(?<!ermittelt )(?<!wird )(?<!ermittlungen )(?<!verfahren )(?<!anklage )(?<!klage )(?<!vorwürfe )gegen",
        r"in etwa",
        r"rund um die",
    ],
}
# "bis zu" after a verb of rising or falling means "to" (exact): stieg bis zu 211
# words that set a second number against a first with a unit, which it shares: "2,4 Millionen Kubikmeter, nach 1,7 Millionen im Vorjahr"
COMPARE_LINKS = ["nach", "nach zuvor", "gegenüber", "statt", "nach noch", "im vergleich zu"]
# the subjunctive of reported speech (Konjunktiv I): a sentence in it goes on the account of the
# speaker named before it in the paragraph ("Kröger wies Berichte zurück. Erlaubt seien 5.000 Tonnen")
REPORTED_MOOD = ["sei", "seien", "habe", "gebe", "werde", "könne", "müsse", "solle", "dürfe", "wolle", "liege", "stehe", "bleibe", "würden",
                 # any verb's subjunctive before "man" or "er": "Für Reisende setze man 30 Ersatzbusse ein"
                 r"\w{2,}[^aeiouäöü\W]e(?= (?:man|er)(?![\w]))"]
# a negation a few words before a "more than" cue makes it at most: "dürfen nicht mehr als 300 Tonnen"
NEGATIONS = ["nicht", "nie"]
CHANGE_VERBS = (
    r"(?:stieg\w*|steig\w*|gestiegen|sank\w*|sinkt|sinken|gesunken|fiel\w*|fällt|fallen|gefallen"
    r"|klettert\w*|geklettert|wuchs|wächst|gewachsen|erhöh\w*|senk\w*|gesenkt|reduziert\w*"
    r"|verringert\w*|angehoben|hob|hebt|anheben)"
)
# "by" before a bound: "um bis zu 10 Prozent senken": the change's size is up to, not "to"
CHANGE_SIZE_WORDS = ["um"]

# --- ranges ---------------------------------------------------------------
RANGE_BETWEEN = r"zwischen"  # zwischen X und Y
RANGE_AND = r"und"
RANGE_FROM = r"von|vom"  # von X bis Y
RANGE_TO = r"bis"  # X bis Y, X-Y
# bound cues written after the number: "200 oder mehr"
BOUND_AFTER = {"at_least": [r"oder mehr", r"und mehr"], "at_most": [r"oder weniger"]}
# words that make the number after them negative: minus fünf
NEGATIVE_WORDS = ["minus"]
# a currency's subunit after its main unit: zwei Euro und fünfzig Cent (2.5 euros)
SUBUNITS = [r"cents?", r"rappen"]

# --- units ----------------------------------------------------------------
UNITS_AFTER = {
    "kwanzas": "AOA",  # Angola's money
    "ariary": "MGA",  # Madagascar's money
    "pesos": "MXN",  # bare: the peso of the country the article is about (extract._peso_country)
    "soles": "PEN",  # Peru's money (plural only: "sol" is a common word)
    # flows said in full: "27 metros cúbicos por segundo (m³/s)"
    "m³/s": "m3/s",
    "m3/s": "m3/s",
    "kubikmeter pro sekunde": "m3/s",
    "%": "percent",
    "prozent": "percent",
    "prozentpunkte": "percent",
    "prozentpunkten": "percent",
    "€": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "$": "USD",
    "dollar": "USD",
    "us-dollar": "USD",
    "usd": "USD",
    "£": "GBP",
    "pfund": "GBP",
    "britische pfund": "GBP",
    "gbp": "GBP",
    "franken": "CHF",
    "schweizer franken": "CHF",
    "cfp-franc": "XPF",
    "cfp-francs": "XPF",
    "cfa-franc": "XOF",
    "chf": "CHF",
    # Swiss papers' short forms: "10 Mio. Fr.", "3,5 Mrd. SFr."
    "fr.": "CHF",
    "sfr.": "CHF",
    "sfr": "CHF",
    "yen": "JPY",
    "yuan": "CNY",
    "rubel": "RUB",
    "won": "KRW",
    "griwna": "UAH",
    "hrywnja": "UAH",
    "hrywnja-": "UAH",
    "reais": "BRL",
    "real": "BRL",
    "kubikmeter": "m3",
    "m³": "m3",
    "m3": "m3",
    "quadratkilometer": "km2",
    "quadratkilometern": "km2",
    "km²": "km2",
    "km2": "km2",
    "quadratmeter": "m2",
    "quadratmetern": "m2",
    "m²": "m2",
    "m2": "m2",
    "kilometer": "km",
    "kilometern": "km",
    "km": "km",
    "dezibel": "dB",
    "meter": "m",
    "metern": "m",
    "m": "m",
    "zentimeter": "cm",
    "cm": "cm",
    "millimeter": "mm",
    "mm": "mm",
    "tonnen": "t",
    "tonne": "t",
    "t": "t",
    "kilogramm": "kg",
    "kilo": "kg",
    "kg": "kg",
    "gramm": "g",
    "g": "g",
    "hektar": "ha",
    "ha": "ha",
    "liter": "l",
    "litern": "l",
    "barrel": "bbl",
    "megawatt": "MW",
    "mw": "MW",
    "gigawatt": "GW",
    "gw": "GW",
    "kilowattstunden": "kWh",
    "kwh": "kWh",
    "terawattstunden": "TWh",
    "twh": "TWh",
    "km/h": "km/h",
    "stundenkilometer": "km/h",
    "grad": "°",
    "°": "°",
    "rad": "rad",
    "milliliter": "ml",
    "ml": "ml",
    "l": "l",
    "kubikzentimeter": "cm3",
    "zentimetern": "cm",
    "millimetern": "mm",
    "milligramm": "mg",
    "mg": "mg",
    "meilen": "mi",
    "meile": "mi",
    "fuß": "ft",
    "zoll": "in",
    "unzen": "oz",
    "gallonen": "gal",
    "mb": "MB",
    "gb": "GB",
    "megabyte": "MB",
    "gigabyte": "GB",
    "hektoliter": "hl",
    "hektolitern": "hl",
    "kubikmetern": "m3",
    "festmeter": "m3",
    "festmetern": "m3",
    "zloty": "PLN",
    "türkische lira": "TRY",
    "schwedische kronen": "SEK",
    "terabyte": "TB",
    "tb": "TB",
    "kubikhektometer": "hm3",
}
# energy: "6,969 gigawatt-hours of electricity"
UNITS_AFTER.update({"gigawattstunden": "GWh", "gwh": "GWh", "megawattstunden": "MWh", "mwh": "MWh"})

# written before the number
UNITS_BEFORE = {"€": "EUR", "$": "USD", "us$": "USD", "£": "GBP", "¥": "JPY", "chf": "CHF", "eur": "EUR"}

# --- numbers that are not figures ------------------------------------------
# durations, ages, times of day; "-jährige", "-Stunden-Woche" glued with a hyphen
TIME_UNITS = [
    r"jahre?n?",
    r"jahres",
    r"monate?n?",
    r"monats",
    r"wochen?",
    r"tage?n?",
    r"tages",
    r"stunden?",
    r"std\.?",
    r"minuten?",
    r"min\.?",
    r"sekunden?",
    r"jahrhunderte?n?",
    r"jahrzehnte?n?",
    r"quartale?n?",
    r"nächte?n?",
    r"uhr",
    r"-?jährig\w*",
    r"-?stündig\w*",
    r"-?tägig\w*",
    r"-?wöchig\w*",
    r"-?monatig\w*",
    r"-stunden\w*",
    r"-tage\w*",
    r"-jahres\w*",
    # seasons count time: "diez inviernos", "slipped by two seasons"
    "winter",
    "sommer",
    "saisons",
    "spielzeiten",
]
MONTHS = [
    "januar",
    "jänner",
    "februar",
    "märz",
    "maerz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    # abbreviated, as in datelines: "Madrid, 2 Nov (EFE)"
    "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
    "jan.",
    "feb.",
    "febr.",
    "mär.",
    "apr.",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "sept.",
    "okt.",
    "nov.",
    "dez.",
]
# German ordinals are a number and a dot: "8. und 13. Oktober"; the dot before a range word
ORDINAL_SUFFIXES = r"\.(?=\s?(?:und|bis|oder|u\.|[-–/])\s?(?:dem |den )?\d)"
ORDINAL_WORDS = []  # erste, zweite... are not in NUMBER_WORDS, so never read as numbers
# words before "N." that make it an ordinal: am 1. November, der 2. Weltkrieg, zum 75. Jahrestag
ORDINAL_DOT_LEFT = [
    r"am",
    r"vom",
    r"zum",
    r"im",
    r"beim",
    r"zur",
    r"der",
    r"die",
    r"das",
    r"den",
    r"dem",
    r"des",
    r"seit dem",
    r"ab dem",
    r"bis zum",
    r"seinem",
    r"seiner",
    r"ihrem",
    r"ihrer",
    # the possessives in the nominative too: "die EU hatte ihr 19. Sanktionspaket beschlossen"
    r"ihr",
    r"ihre",
    r"ihren",
    r"sein",
    r"seine",
    r"seinen",
    r"unser",
    r"unsere",
]
# words right before a number that make it a name or an id: Artikel 4, Resolution 2231
ID_CUES = [
    r"tabelle",
    r"re|rb|ire|ice|ic|s|u",  # train and metro lines: "die Linien RE 42, RB 46 und S 9"
    r"notruf(?:nummer)?|rufnummer|telefonnummer|hotline",  # "der Notruf 112"
    r"\w+(?:straße|strasse|weg|platz|gasse|allee)",
    r"\w*(?:klasse|stufe|kategorie)",  # "Zustandsklasse 3", "Warnstufe 4": compounds end in the cue
    r"artikel",
    r"art\.",
    r"paragrafe?n?",
    r"paragraphe?n?",
    r"§+",
    r"absatz",
    r"abs\.",
    r"nr\.",
    r"nummer",
    r"resolution",
    r"kapitel",
    r"seite",
    r"s\.",
    r"band",
    r"linie",
    r"gleis",
    r"flug",
    r"typ",
    r"modell",
    r"klasse",
    r"stufe",
    r"zone",
    r"version",
    r"staffel",
    r"folge",
    r"covid",
    r"kw",
    r"bundesstraße",
    r"tor",
    r"halle",
    r"level",
    r"gruppe",
    r"kategorie",
]
# a phone number written in groups after its cue: "al número verde 800 123 456"
ID_CUES += ["telefon|unter der nummer|nummer"]
# a road, a draw, the top of a rating scale: "die B 304", "o concurso 2.838", "au niveau 4 sur une échelle de 5"
ID_CUES += ["[abkl]", "bundesstraße", "landstraße", "skala von", "einer skala von"]
# words right before a 4-digit number that make it a year
YEAR_CUES = [
    r"im",
    r"in",
    r"seit",
    r"ab",
    r"bis",
    r"von",
    r"vor",
    r"nach",
    r"jahr",
    r"jahre",
    r"anfang",
    r"ende",
    r"mitte",
    r"frühjahr",
    r"sommer",
    r"herbst",
    r"winter",
    r"um",
    r"zwischen",
]
# small number words that point back at known things: die beiden Länder, die zwei Staaten
ANAPHORA_BEFORE = r"(?:die|der|den|dem|des|diese|dieser|diesen|ihre|ihren|seine|seinen|eines der|einer der|eine der|einem der)"

# --- what is counted ------------------------------------------------------
# what may stand between the number (with its unit) and the counted noun: "Prozent der
# Wirtschaftsleistung"; German also glues it straight on: "Milliarden Kubikmeter Wasser"
WHAT_LINK = r"(?:der |des |von |vom |an )?"
# words that may open the counted noun phrase but are not its head
WHAT_PREMODIFIERS = [
    "weitere",
    "weiteren",
    "weiterer",
    "andere",
    "anderen",
    "neue",
    "neuen",
    "neuer",
    "zusätzliche",
    "zusätzlichen",
    "junge",
    "jungen",
    "ehemalige",
    "ehemaligen",
    "insgesamt",
    "jeweils",
]
# auxiliaries between a bare number and a participle: "450 wurden gerettet"
WHAT_AUXILIARIES = ["wurden", "sind", "waren", "haben", "hatten", "sind bereits", "wurden bereits"]
# words that end a noun phrase (verbs, prepositions other than the links, conjunctions, pronouns)
WHAT_STOPWORDS = [
    "in",
    "an",
    "am",
    "auf",
    "bei",
    "mit",
    "nach",
    "seit",
    "vor",
    "zu",
    "zum",
    "zur",
    "gegen",
    "ohne",
    "um",
    "über",
    "unter",
    "zwischen",
    "durch",
    "bis",
    "je",
    "pro",
    "und",
    "oder",
    "aber",
    "doch",
    "denn",
    "sondern",
    "dass",
    "daß",
    "das",
    "die",
    "den",
    "dem",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "eines",
    "sich",
    "er",
    "sie",
    "es",
    "wir",
    "ihr",
    "ich",
    "man",
    "ist",
    "sind",
    "war",
    "waren",
    "wird",
    "werden",
    "wurde",
    "wurden",
    "hat",
    "haben",
    "hatte",
    "hatten",
    "sei",
    "seien",
    "soll",
    "sollen",
    "will",
    "wollen",
    "kann",
    "können",
    "muss",
    "müssen",
    "nicht",
    "kein",
    "keine",
    "auch",
    "noch",
    "schon",
    "bereits",
    "nur",
    "davon",
    "dafür",
    "dabei",
    "damit",
    "darunter",
    "rund",
    "etwa",
    "mehr",
    "weniger",
    "als",
    "wie",
    "so",
    "sowie",
    "zudem",
    "jedoch",
    "allein",
    "allerdings",
    "laut",
    "zufolge",
    "dort",
    "hier",
    "nun",
    "jetzt",
    "heute",
    "gestern",
    "statt",
    "wegen",
    "trotz",
    "während",
]
WHAT_NOT_HEADS = [
    "halbjahr",
    "quartal",
    "vorjahr",
    "bip",
    "prozent",
    "jahr",
    "jahres",
    "mal",
    "gesamt",
    "vergleich",
    "vorjahr",
    "monat",
    "euro",
    "dollar",
]
# links between a head noun and its complement: Soldaten der Spezialkräfte, aus vier Brigaden
COMPLEMENT_LINKS = ["der", "des", "von", "vom", "aus", "im", "beim", "für", "pro"]
COMPLEMENT_DETERMINERS = ["der", "die", "das", "den", "dem", "des", "einer", "eines", "einem"]
# before a number: determiners that open the phrase it measures, words skipped on the way back
LEFT_DETERMINERS = [
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "eines",
    "sein",
    "seine",
    "seinen",
    "ihr",
    "ihre",
    "ihren",
    "dieser",
    "diese",
    "diesen",
]
LEFT_SKIP = [
    "von",
    "vom",
    "auf",
    "um",
    "bei",
    "mit",
    "für",
    "in",
    "im",
    "an",
    "am",
    "zu",
    "zum",
    "zur",
    "insgesamt",
    "jeweils",
    "diesem",
    "dieses",
    "jahr",
    "sich",
    # months: "erreichte im März 5,2 %"
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
]
VERB_ENDINGS = ()  # German verbs are told from nouns by their lower-case initial
# nouns that give the counted noun to a number elsewhere: die Zahl der Toten ... 87
NUMBER_OF = r"(?:die |der )?(?:zahl|anzahl|gesamtzahl) (?:der |an |von )"
# German adjectives stand before the noun; none extends the phrase after its head
ADJECTIVE_SUFFIXES = ()
ADJECTIVE_NOT = []
# nouns are capitalised: a lower-case word is no head (adjective, verb, adverb)
NOUNS_CAPITALISED = True

# --- attribution ----------------------------------------------------------
# "laut X", "nach Angaben der Region", "nach vorläufigen Schätzungen der Regionalregierung"
ACCORDING_TO = [
    r"laut",
    r"gemäß",
    r"gemäss",  # Swiss spelling: no ß
    # "In einer Mitteilung des Unternehmens heißt es", "wie aus Daten des Bundesamts hervorgeht"
    r"in (?:einer|der|seiner|ihrer|dieser) (?:\w+ )?(?:mitteilung|pressemitteilung|erklärung|stellungnahme)(?= de[sr] | von | vom )",
    # "..., heißt es in einer Vorlage der Verwaltung", "in einem Bericht des Landesamts"
    r"(?<=heißt es )in (?:einer|der|seiner|ihrer|dieser|dem|einem|seinem|ihrem|diesem) (?:\w+ )?\w*(?:bericht|vorlage|studie|analyse|antwort|statistik|bilanz|auswertung|erhebung|umfrage|papier|schreiben)(?= de[sr] | von | vom )",
    r"(?<=hieß es )in (?:einer|der|seiner|ihrer|dieser|dem|einem|seinem|ihrem|diesem) (?:\w+ )?\w*(?:bericht|vorlage|studie|analyse|antwort|statistik|bilanz|auswertung|erhebung|umfrage|papier|schreiben|mitteilung|erklärung)(?= de[sr] | von | vom )",
    r"wie aus (?:\w+ )?(?:daten|zahlen|angaben|berechnungen|einer studie|einem bericht|dem bericht)(?= de[sr] | von | vom )",
    # "wie aus einer Umfrage des Instituts Forsa hervorgeht"
    r"wie aus (?:de[mnr]|einer|einem) (?:\w+ )?\w*(?:bericht|studie|umfrage|analyse|erhebung|statistik|auswertung|antwort|mitteilung|bilanz|papier|schreiben)(?= de[sr] | von | vom )",
    # "Das geht aus dem Jahresbericht des Tierschutzbundes hervor": the document's owner
    r"(?<=geht )aus(?= (?:de[mnr]|einer|einem|seinem|ihrem) [^,.;]{3,80} hervor)",
    r"(?<=ging )aus(?= (?:de[mnr]|einer|einem|seinem|ihrem) [^,.;]{3,80} hervor)",
    # "..., hieß es aus Unternehmenskreisen", "hieß es beim Verband"
    r"hie(?:ß|ss) es (?:(?:am|zuletzt|gestern|heute|abends|weiter|dazu|dann)(?: \w*abend| \w*tag| \w*mittag)? )?(?:aus|von|vom|bei|beim|in|im)(?: der| den| dem)?",
    r"nach (?:\w+ )?angaben(?: von| vom)?",
    r"nach(?= [\w.]+-(?:angaben|daten|zahlen|schätzungen|berechnungen|informationen)(?![\w]))",  # nach BA-Angaben
    r"nach (?:\w+ ){0,2}?(?:einschätzung|schätzungen|schätzung|berechnungen|informationen|erkenntnissen|darstellung|zählung|ansicht|auffassung|worten|daten|zahlen|studie|analyse|umfrage|prognose|statistik|hochrechnung|mitteilung|bericht|berichten|quellen)(?: von| vom)?",  # "nach Quellen der Conagua": a translation of "según fuentes de"
    # compounds of the document ("nach ihrem Jahresbericht", "nach der Kriminalstatistik"), and a
    # plan ("nach seinen Plänen", "nach Plänen der Stadt")
    r"nach (?:\w+ )?\w+(?:bericht|berichten|statistik|prognose|umfrage|studie|analyse|daten|zahlen)(?: von| vom)?",  # "nach ihren Reservierungsdaten"
    r"nach (?:\w+ )?(?:plänen|planungen)(?: von| vom)?",
    # "Aus Sicht des Verbands fehlen 5.000 Fachkräfte": the view of the body named after it
    r"aus (?:\w+ )?sicht(?= de[sr] | von | vom )",
]
# postposed: "den Daten der Region zufolge"
ACCORDING_AFTER = [r"zufolge"]
# ", so ein Sprecher." / ", wie die Polizei mitteilte.": a speaker named at the end, read
# like "laut" (the phrase ends before the verb)
_SAID = (
    r"(?:mitteilte|mitteilten|mitteilt|sagte|sagten|sagt|berichtete|berichteten|berichtet|erklärte|erklärten|erklärt"
    r"|meldete|meldeten|meldet|schrieb|schreibt|betonte|bestätigte|bestätigten|schätzte|schätzten|schätzt"
    r"|ankündigte|ankündigten|ankündigt|bekanntgab|bekannt gab|bekanntgaben|angab|warnte|warnten|einräumte"
    r"|ausführte|ausführten|erläuterte|erläuterten|ergänzte|ergänzten|hinzufügte|unterstrich|bilanzierte|verlautete"
    r"|(?:mitgeteilt|gesagt|angekündigt|bekanntgegeben|berichtet|erklärt|gemeldet|bestätigt) (?:hat|hatte|haben|hatten))"
)
ACCORDING_TO += [
    # ... or before a relative of its own: ", so der Verband, der 4.300 Betriebe vertritt."
    r"(?<=, )so(?! dass| daß| viele| viel| lange| weit| sehr| wie| genannte)(?= [^\s,]+(?: [^\s,]+){0,4}(?:[.!?\"]*$|, (?:der|die|das|dem|den|deren|dessen|welche\w*) ))",
    rf"(?<=, )wie(?=[^,.]{{0,100}}? {_SAID}(?![\w]))",  # long names: "Wasserstraßen- und Schifffahrtsverwaltung des Bundes (WSV)"
]
# speech verbs: "X hat mitgeteilt, dass", "hatte X gesagt", "sagte X", "X bezifferte"
SPEECH_AUXILIARIES = ["hat", "habe", "haben", "hatte", "hatten", "hätte", "hätten"]
# verb-final clauses put words (even the subject) between auxiliary and participle
# no second auxiliary inside: "hat erreicht 4,1 Millionen Laibe, hat erklärt der Präsident" is two verbs
# nor a relative clause opened after a comma: "hatte eine Bank gegeben, die 312 ... gemeldet hatte"
SPEECH_GAP = r"(?:(?:,(?! (?:die|der|das|den|dem|denen|deren|dessen|welche\w*|wo|was)(?![\w])))? (?!(?:hat|haben|hatte|hatten|habe)(?![\w]))[\w'.%€$()\"-]+(?:,\d+)?){0,16}?,?"
SPEECH_PARTICIPLES = [
    "gesagt",
    "erklärt",
    "mitgeteilt",
    "berichtet",
    "gemeldet",
    "bekanntgegeben",
    "bekannt gegeben",
    "angegeben",
    "betont",
    "bestätigt",
    "geschätzt",
    "beziffert",
    "angekündigt",
    "zugesagt",
    "versprochen",
    "gewarnt",
    "erläutert",
    "ergänzt",
    "hinzugefügt",
    "geschrieben",
    "behauptet",
    "eingeräumt",
    "dementiert",
    "bestritten",
    "zurückgewiesen",
    "verkündet",
    "veröffentlicht",
    "prognostiziert",
    "gefordert",
    "verlangt",
    "vorgeschlagen",
    "angeboten",
    "gezählt",
    "registriert",
    "errechnet",
    "berechnet",
    "genannt",
    "unterstrichen",
    "bekräftigt",
    "in aussicht gestellt",
    "empfohlen",
    "geantwortet",
    "erwidert",
    "entgegnet",
    # what a body notes, observes or puts down to a cause is its claim
    "gemahnt",
    # participles of the verbs of concluding, revealing, ruling out
    "gerechnet", "verwiesen", "beklagt", "kritisiert",
    # a witness tells, confides, regrets: a person's own figures ("480 euros de ma poche", raconte-t-elle)
    "erzählt",
]
# present and simple past (verb second: "sagte X", "X bezifferte"); "mitteilte" ends a
# subordinate clause ("wie die Polizei mitteilte")
SPEECH_PRESENT = [
    "beklagen",  # "Die Landwirte beklagen über 4.000 gerissene Tiere": their claim
    "beklagt",
    "beklagte",
    # reproach names its amount: "Der Landesrechnungshof kritisierte Mehrkosten von 7,2 Millionen Euro"
    "unterstreicht",  # "unterstreicht eine Notiz des Konsortiums"
    "unterstrich",
    "kritisierte",
    "kritisiert",
    "kritisieren",
    "bemängelte",
    "bemängelt",
    "monierte",
    "moniert",
    "rügte",
    "rügt",
    "beklagten",
    "versichert",  # "Die NGO versichert, dass mindestens 1.300 Personen"
    "versicherte",
    "versichern",
    "informierte",  # a machine translation of "informó"
    "befürchtet",
    "befürchten",
    "vermutet",
    "vermuten",
    "rechnet",
    "rechnete",
    "erwartet",
    "erwartete",
    "sagt",
    "sagen",
    "sagte",
    "sagten",
    "erklärt",
    "erklären",
    "erklärte",
    "erklärten",
    "mitteilte",
    "mitteilten",
    "meldet",
    "melden",
    "meldete",
    "meldeten",
    "berichtet",
    "berichten",
    "berichtete",
    "berichteten",
    "betont",
    "betonte",
    "betonten",
    "bestätigt",
    "bestätigte",
    "bestätigten",
    "schätzt",
    "schätzen",
    "schätzte",
    "schätzten",
    "beziffert",
    "beziffern",
    "bezifferte",
    "bezifferten",
    "warnte",
    "warnt",
    "warnen",
    "warnten",
    "präzisiert",
    "präzisierte",
    "erläuterte",
    "ergänzte",
    "schreibt",
    "schrieb",
    "behauptet",
    "behauptete",
    "dementiert",
    "dementierte",
    "bestreitet",
    "bestritt",
    "verkündete",
    "veröffentlichte",
    "nennt",
    "nannte",
    "zählte",
    "zählt",
    "registrierte",
    "fordert",
    "forderte",
    "forderten",
    "verlangt",
    "verlangte",
    "prognostiziert",
    "prognostizierte",
    "bilanzierte",
    "betonte",
    "unterstrich",
    "bekräftigte",
    "sprach von",
    "sprachen von",
    "spricht von",
    "sprechen von",
    "schrieb von",
    "schrieben von",
    "schreibt von",
    "schreiben von",
    # a survey or study "ergab", "zeigt": its finding ("ergab eine Umfrage des Instituts Forsa")
    "ergab",
    "ergaben",
    "ergibt",
    "bietet",
    "bieten",
    "bot",
    "fordern",
    # advice and reproach speak too
    "empfahl",
    "empfahlen",
    "empfiehlt",
    "empfehlen",
    # answers and retorts speak too
    "antwortete",
    "antwortet",
    "erwiderte",
    "erwidert",
    "entgegnete",
    "entgegnet",
    "konterte",
    # what a body notes, observes or puts down to a cause is its claim
    "mahnte",
    "mahnt",
    # the other persons and tenses of the verbs above, and verbs of concluding, revealing, ruling out
    "betonen", "bestätigen", "bestreiten", "ergänzt", "verweist", "verwies",
    # a witness tells, confides, regrets: a person's own figures ("480 euros de ma poche", raconte-t-elle)
    "erzählt", "erzählte", "erzählten",
    # what a body counts or records is its count ("Das Bundesamt verzeichnete 87.000 Geburten",
    # "Die Veranstalter zählten 30.000 Besucher")
    "verzeichnete", "verzeichneten", "verzeichnet", "verzeichnen", "zählten", "registrierten", "registriert", "registrieren",
    # what data or a study show is its owner's finding ("Zahlen des RKI zeigen"; EVIDENCE_VERBS)
    "zeigen", "zeigt", "zeigte", "zeigten",
    # what a speaker sets out or adds at the end of a clause: "wie Hahn weiter ausführte"
    "ausführte", "ausführten", "hinzufügte", "erläuterten", "ergänzten",
]
EVIDENCE_VERBS = ["zeigen", "zeigt", "zeigte", "zeigten"]
# separable verbs: the finite form, then the particle at the clause end ("teilte ... mit")
SPEECH_SPLIT = [
    (["teilte", "teilten", "teilt"], ["mit"]),
    (["gab", "gaben", "gibt"], ["bekannt", "an", "zu"]),
    (["kündigte", "kündigten", "kündigt"], ["an"]),
    (["schließt", "schließen", "schloss", "schlossen"], ["nicht aus"]),  # "schließen nicht aus, dass": a possible figure
    (["räumte", "räumten", "räumt"], ["ein"]),
    (["wies", "wiesen", "weist"], ["zurück"]),
    (["fügte", "fügten", "fügt"], ["hinzu"]),
    (["stellte", "stellten", "stellt"], ["in aussicht"]),
    (["schätzte", "schätzten", "schätzt"], ["ein"]),
    (["warf", "warfen", "wirft", "werfen"], ["vor"]),
    (["geht", "gehen", "ging", "gingen"], ["aus"]),  # "Die Umweltaufsicht SMA geht von bis zu drei Millionen Kubikmetern aus": its estimate
    (["peilt", "peilen", "peilte", "peilten"], ["an"]),  # "Für 2026 peilt Kerkhoff einen Umsatz von ... an": its target  # "warf der Verwaltung vor, ... seien nur 7,1"
]
VERB_SECOND = True  # "Zugleich meldete X", "Das teilte X mit": the subject after the verb
SPEECH_INVERSION = {"aux": [], "suffix": []}  # no pronoun glued to the verb
# verbs of forecast or plan that name a source only when no speech verb does
WEAK_SPEECH = [
    "rechnet mit",
    "rechnen mit",
    "rechnete mit",
    "erwartet",
    "erwarten",
    "erwartete",
]
# X zitiert von Y: Y relays X's claim (via)
VIA_AFTER = [r"zitiert von", r"zitiert vom", r"zitiert in", r"zitiert im"]
# "X sagte gegenüber Reuters, ...": the outlet relays (via); a capitalised name must follow
TOLD = ["gegenüber", "gegenüber der", "gegenüber dem", "der zeitung", "dem sender", "der nachrichtenagentur", "der deutschen presse-agentur", "der agentur", "der dpa", "dem magazin", "der zeitschrift", "der tageszeitung", "dem fernsehsender", "dem portal", "dem blatt"]
# a speaker citing X: X is the source, the speaker relays
CITING = [
    r"unter berufung auf",
    r"zitierend",  # a machine translation's "citing": "Amnesty, zitierend Augenzeugen, sagte"
    r"mit berufung auf",
    r"unter verweis auf",
    r"gestützt auf",
    r"die sich auf",
    r"der sich auf",
    r"das sich auf",
]
# after "laut": these are not sources but evidence (laut vorläufigen Daten)
EVIDENCE_NOUNS = [
    "studie",
    "analyse",
    "berechnung",
    "daten",
    "zahlen",
    "angaben",
    "schätzungen",
    "schätzung",
    "einschätzung",
    "berechnungen",
    "informationen",
    "erkenntnissen",
    "bilanz",
    "umfrage",
    "statistik",
    "prognose",
    "prognosen",
    "bericht",
    "berichten",
    "hochrechnung",
    "hochrechnungen",
    "ihm",
    "ihr",
    "ihnen",
]
PRONOUNS = ["er", "sie", "ihm"]  # "laut ihm", "nach ihm": the dative after a cue
IMPERSONAL = ["es", "das", "dies", "man", "dieses", "wir", "ich"]  # "wir"/"ich": a quoted speaker
# phrases that open a clause and are not subjects
CLAUSE_OPENERS = [
    "zugleich",
    "gleichzeitig",
    "außerdem",
    "zudem",
    "dagegen",
    "jedoch",
    "allerdings",
    "daher",
    "deshalb",
    "danach",
    "zuvor",
    "damals",
    "inzwischen",
    "mittlerweile",
    "dort",
    "hier",
    "nun",
    "jetzt",
    "laut",
    "nach angaben",
    "demnach",
    "insgesamt",
]
# adverbs and time words that may sit between a speech verb and its subject after it
VERB_ADVERBS = [
    "am montag",
    "am dienstag",
    "am mittwoch",
    "am donnerstag",
    "am freitag",
    "am samstag",
    "am sonntag",
    "heute",
    "gestern",
    "auch",
    "zudem",
    "außerdem",
    "bereits",
    "dann",
    "nun",
    "jetzt",
    "weiter",
    "ebenfalls",
    "dazu",
    "dabei",
    "damals",
    "zuletzt",
    "später",
    "ferner",
    "daraufhin",
    "am wochenende",
    "dass",
]
# how often: "laut ÖBB täglich 300 Züge", a time after a name, not part of it
EVERY = ["jeden tag", "jedes jahr", "jeden monat", "jede woche", "jede nacht", "täglich", "jährlich", "wöchentlich", "monatlich"]
# a month after a name is a time, not part of it: "nach Angaben der Behörde im Januar"
VERB_ADVERBS += ["im januar", "im februar", "im märz", "im april", "im mai", "im juni", "im juli", "im august", "im september", "im oktober", "im november", "im dezember"]
VERB_ADVERBS += EVERY
# a year or season counted back from now, after a name: "nach Zahlen des Instituts Sipri im vergangenen Jahr"
VERB_ADVERBS += [
    "im vergangenen jahr", "im vorigen jahr", "im vorjahr", "im laufenden jahr", "in diesem jahr", "im kommenden jahr",
    "im vergangenen monat", "im vormonat", "in der vergangenen woche", "in dieser woche", "am vortag",
]  # fmt: skip
# words that end a subject read after its verb: "sagte Bonaccini in Bologna"
SUBJECT_STOP = [
    "in",
    "im",
    "am",
    "an",
    "auf",
    "aus",
    "bei",
    "beim",
    "mit",
    "nach",
    "seit",
    "vor",
    "während",
    "gegenüber",
    "zu",
    "zum",
    "zur",
    "für",
    "über",
    "unter",
    "um",
    "dass",
    "daß",
    "und",
    "aber",
    "es",
    "bereits",
    "heute",
    "gestern",
    "zudem",
    "auch",
    "ebenfalls",
    "laut",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "diesen",
    "dieses",
    "zuvor",
    "zufolge",
    "als",
    # adverbs after an inverted subject: "rechnet die Klinikleitung nun mit"
    "nun",
    "jetzt",
    "inzwischen",
    "mittlerweile",
    "derzeit",
    "weiterhin",
    "noch",
    "damit",
    "dabei",
    "insgesamt",
    "bislang",
    "bisher",  # "wies die Polizei als falsch zurück"
    "zurück",
]
# a definite description may point back at a named source; an indefinite one never
DEFINITE = ["der", "die", "das", "den", "dem", "des"]
# capitalised words that do not start a name
NOT_NAMES = ["präsident", "präsidentin", "minister", "ministerin", "laut", "nach", "staat", "regierung"]
# clause structure around a speech verb
SUBORDINATORS = ["dass", "daß"]  # "X hat mitgeteilt, dass ...": the subject is before
# a clause joined after an inverted speaker ("..., sagte das Ministerium, und 300 weitere kommen"): the speaker's too
CLAUSE_COORDINATORS = ["und", "aber"]
RELATIVES = ["welche", "welcher", "welches", "deren", "dessen", "denen", "wo"]
ADVERBIAL_STARTS = [
    "am",
    "im",
    "in",
    "an",
    "auf",
    "aus",
    "bei",
    "beim",
    "mit",
    "nach",
    "seit",
    "vor",
    "während",
    "zum",
    "zur",
    "für",
    "über",
    "unter",
    "um",
    "bis",
    "ab",
    "gestern",
    "heute",
    "zugleich",
    "dort",
    "damals",
    "zuvor",
    "als",
    "wenn",
    "nachdem",
    # "Statt der veranschlagten 142 Millionen rechnet die Klinikleitung": a fronted phrase, the
    # subject after the verb
    "statt",
    "anstatt",
    "trotz",
    "wegen",
    "neben",
    "gegenüber",
    "nun",
    "jetzt",
    "inzwischen",
    "mittlerweile",
    "derzeit",
    "zudem",
    "außerdem",
    "ausserdem",
    "insgesamt",
    "bisher",
    "bislang",
    # "Weltweit zählte das UN-Flüchtlingshilfswerk UNHCR zuletzt fast 120 Millionen": the adverb
    # fronted, capitalised as the first word, the subject after the verb
    "weltweit",
    "bundesweit",
    "landesweit",
    "europaweit",
    "deutschlandweit",
    "zuletzt",
    "erstmals",
]
AGENT_MARKERS = ["von", "vom", "der", "des"]  # "Schätzungen der Regionalregierung", "Daten der Region"
# words that end the noun phrase after "laut"
NP_END_WORDS = ["im auftrag",
    "heißt",  # "In einer Mitteilung des Unternehmens heißt es"
    "hervorgeht",
    "hervor",
    "hervorging",
    "auf anfrage",  # "wie ein Sprecher der Polizei auf Anfrage bestätigte"
    "auf nachfrage",
    # "auf dpa-Anfrage": an agency's question, not part of who answers
    "auf dpa-anfrage", "auf afp-anfrage", "auf reuters-anfrage", "auf epd-anfrage", "auf kna-anfrage", "auf apa-anfrage", "auf sda-anfrage",
    "auf dpa-nachfrage", "auf afp-nachfrage", "auf reuters-nachfrage",
    # "wie von dem Konsortium mitgeteilt": the participle ends who
    "mitgeteilt", "berichtet", "bekanntgegeben", "gemeldet", "angegeben",
    "dass",
    "daß",
    "und",
    "aber",
    "sowie",
    "wie",
    "sei",
    "seien",
    "habe",
    "hätten",
    "wird",
    "werden",
    "wurde",
    "wurden",
    "ist",
    "sind",
    "war",
    "waren",
    "hat",
    "haben",
    "hatte",
    "hatten",
    "soll",
    "sollen",
    "will",
    "wollen",
    "könnte",
    "könnten",
    "kann",
    "können",
    "muss",
    "müssen",
    "liegt",
    "lag",
    "gibt",
    "gab",
    # a possessive opens the next phrase: "mussten laut APA | ihre Wohnungen verlassen"
    "ihre", "ihren", "ihrem", "seine", "seinen", "seinem",
]
NP_END_WORDS += EVERY  # "laut ÖBB täglich fallen": the name ends before how often
# words before a verb-looking form that make it a noun: "die Angaben", "den Bericht"
NOUN_MARKERS = [
    "der",
    "die",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "eines",
    "zu",
]
DETERMINERS = ["ihres", "seines", "ihrer", "seiner", "ihrem", "seinem",
    "dessen", "deren",  # "Dessen Präsident Markus Lehner forderte": its president
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "eines",
    "sein",
    "seine",
    "seinen",
    "ihr",
    "ihre",
    "ihren",
    "dieser",
    "diese",
    "dieses",
    "diesen",
]
# a pronoun opening the sentence that resumes what the sentence before said: "Das teilte X mit."
RESUMPTIVE_CLITICS = ["das", "dies"]
RESUMING_VERBS = ["geht", "ging", "heißt", "hieß", "steht", "stand"]  # "Das geht aus dem Bericht hervor"
CLITICS = ["sich", "es", "selbst", "selber"]  # and "die Partei selbst sprach von 1.200": no part of the name
# titles before a name: Dr. Müller, Frau Merkel
HONORIFICS = ["dr", "prof", "hr", "fr", "herr", "frau"]
# role nouns, also as the end of a compound (Finanzminister, Konzernchef, Nachrichtenagentur)
ROLE_COMPOUNDS = True
ROLE_ENDINGS = r"(?:e?s|e?n)?"  # inflected: des Dienstes, den Behörden, des Ministeriums
PERSON_ROLES = [
    "koordinator",
    "koordinatorin",
    "bevollmächtigte",
    "bevollmächtigter",
    "ceo",  # borrowed: "il CEO Daniel Whitmore"
    "präsident",
    "präsidentin",
    "minister",
    "ministerin",
    "kanzler",
    "kanzlerin",
    "chef",
    "chefin",
    "sprecher",
    "sprecherin",
    "leiter",
    "leiterin",
    "direktor",
    "direktorin",
    "vorsitzende",
    "vorsitzender",
    "general",
    "kommandeur",
    "botschafter",
    "botschafterin",
    "abgeordnete",
    "abgeordneter",
    "bürgermeister",
    "bürgermeisterin",
    "experte",
    "expertin",
    "ökonom",
    "ökonomin",
    "analyst",
    "analystin",
    "forscher",
    "forscherin",
    "richter",
    "richterin",
    "staatsanwalt",
    "staatsanwältin",
    "gouverneur",
    "sekretär",
    "sekretärin",
    "berater",
    "beraterin",
    "könig",
    "königin",
    "papst",
    "senator",
    "senatorin",
    "beauftragte",
    "beauftragter",
    "vorstand",
    "vorständin",
    "vorstandschef",
    "geschäftsführer",
    "geschäftsführerin",
    "bischof",
    "kommissar",
    "kommissarin",
    "ministerpräsident",
    "ministerpräsidentin",
    "landrat",
    "landrätin",
    # Austrian and Swiss offices held by a person: "Verkehrslandesrat Stefan Wechselberger", "Regierungsrätin"
    "landesrat", "landesrätin", "stadtrat", "stadträtin", "landeshauptmann", "landeshauptfrau", "bezirkshauptmann",
    "bezirkshauptfrau", "regierungsrat", "regierungsrätin", "obmann", "obfrau",
    # people, not a body: "Helfer zählen weit mehr Vertriebene" (a later "die Behörde" is no pointer to them)
    "helfer",
    "helferin",
]
# a member of a board speaks as a person: "said the DB board member for long-distance traffic, Katrin Hollweg"
PERSON_ROLES += ["mitglied", "vorstandsmitglied"]
# heads and specialists of schools, inspectorates, associations and services
PERSON_ROLES += [
    "rektor",
    "rektorin",
    "obmann",
    "obfrau",
    "meteorologe",
    "meteorologin",
    "hydrologe",
    "hydrologin",
    "arzt",
    "ärztin",
    "professor",
    "professorin",
]
# professions whose bearer speaks in an apposition: "Rogério Antunes, professor da UFPR, alerta"
PERSON_ROLES += ["ingenieur", "ingenieurin"]  # fmt: skip
PERSON_ROLES += ["biologe", "biologin", "forscher", "forscherin", "ökonom", "ökonomin", "tierarzt", "tierärztin", "geologe", "geologin", "glaziologe", "glaziologin"]  # fmt: skip
# companies named by what they do, before their name: "des Versorgers Eon", "des Autobauers VW"
ORG_ROLES = [
    "versorger",
    "autobauer",
    "hersteller",
    "betreiber",
    "anbieter",
    "zulieferer",
    "versicherer",
    "discounter",
    "agentur",
    "ministerium",
    "regierung",
    "behörde",
    "behörden",
    "dienst",
    "amt",
    "polizei",
    "armee",
    "militär",
    "bundeswehr",
    "gewerkschaft",
    "verband",
    # plurals whose stem changes or takes "-e": not a name ("Die Verbände betonen ...")
    "verbände",
    "ämter",
    "städte",
    "gerichte",
    "institute",
    "konzerne",
    "dienste",
    "firmen",
    "institut",
    "bank",
    "kommission",
    "gericht",
    "staatsanwaltschaft",
    "stadt",
    "gemeinde",
    "region",
    "konzern",
    "unternehmen",
    "partei",
    "fraktion",
    "kreml",
    "weißes haus",
    "feuerwehr",
    "verwaltung",
    "organisation",
    "firma",
    "gesellschaft",
    "föderation",  # "die Internationale Föderation der Rotkreuz- und Rothalbmondgesellschaften"
    "stiftung",
    "hersteller",
    "betreiber",
    "versicherer",
    "kammer",
    "senat",
    "verein",
    "bündnis",
    "zentrum",
    "zentrale",
    "büro",
    "aufsicht",
    "anstalt",
    "quelle",
    # kinds of firm a later "sie" or "das Unternehmen" may mean: "Die Manufaktur streicht 120 Stellen, wie sie bekanntgab"
    "manufaktur",
]

# roles that name their own body: "la polizia locale" is the police, never the body named last
SELF_NAMED_ROLES = ["regierung", "polizei", "feuerwehr", "bundeswehr"]

# --- modality: cues in the clause before the number (or just after it) --
MODALITY_CUES = {
    "denied": [
        r"(?:kann|könne|könnte) keine rede sein",  # "Von einer Kürzung um 25 Prozent könne keine Rede sein": a denial
        r"bestritt\w*",
        r"bestreit\w*",
        r"dementi\w*",
        # not people turned away: "11.200 Menschen an der Grenze zurückgewiesen", "die
        # Zurückweisung von Asylsuchenden", "Zurückweisungen an den Grenzen"
        r"(?<!grenze )(?<!grenzen )zurückgewiesen",
        r"zurückweis\w*(?! (?:von|an|bei)(?![\w]))",
        r"falschmeldung\w*",
        r"fake news",
        r"unwahr",
        r"erfunden",
        r"leugne\w*",
        r"geleugnet",
        r"wies\w* zurück",
    ],
    "possible": [
        r"könnte\w*",
        r"können",
        r"möglicherweise",
        r"womöglich",
        r"vielleicht",
        r"eventuell",
        r"möglich\w*",
        r"droh(?!ne)\w*",  # "drohen", "droht"; not "Drohnen" (drones)
        r"wäre\w*",
        r"würde\w*",
        r"dürfte\w*",
    ],
    "planned": [
        r"plan(?:t|te|ten|en|e|ung|ungen|s)?",  # not "Planet", "Plantage", "Plane"
        r"\w*geplant\w*",
        r"will",
        r"wollen",
        r"wolle",  # reported speech: "man wolle 1.200 Stellen abbauen"
        r"wollte\w*",
        # not hearsay of a past deed: "Die Firmen sollen ... Maschinen geliefert haben"
        r"soll(?:en)?(?![^.;:]*? (?:ge\w+|\w+(?:iert|t)) (?:haben|sein)(?=[\s.,;:]|$))",
        r"sollte\w*",
        r"wird",
        r"vorgesehen",
        r"vorsehen",
        r"sieht\w* vor",
        r"vor(?=[,.;])",
        r"zugesagt",
        r"zusage\w*",
        r"versprochen",
        r"verspricht",
        r"versprach",
        r"angekündigt",
        r"ankündig\w*",
        r"kündigt\w* an",
        r"beabsichtig\w*",
        r"vorhaben",
        r"anstreb\w*",
        r"in aussicht",
        r"beantrag\w*",
        r"vorgeschlagen",
        r"schlägt\w* vor",
        r"ziel",
        r"zielt",
        r"fordert",
        r"fordern",
        r"forderte\w*",
        r"gefordert",
        r"verlangt",
        r"verlangen",
        r"verlangte\w*",
        r"bietet",
        r"bieten",
        r"bot an",
    ],
    "estimated": [
        # "Die Aufsicht geht von bis zu drei Millionen Kubikmetern aus": an assumption (not "ging von
        # 500 auf 300 zurück", which has no "aus")
        r"(?:geht|gehen|ging|gingen) (?:[\w-]+ ){0,3}?von(?=[^.;:]*\baus\b)",
        r"peil(?:t|te|ten|en)(?= (?:[^;:]{1,80}? )?an(?:[\s.,;:]|$))",  # "peilt einen Umsatz zwischen 1,05 und 1,10 Mrd. an": its forecast
        r"(?:geht|gehen|ging|gingen) (?:davon|von)",  # "geht von mehr als 2.000 Tieren aus": assumes
        r"vermute\w*",
        r"rechne\w*(?= )",
        r"erwarte\w*",
        r"schätz\w*",
        r"geschätzt\w*",
        r"einschätzung\w*",
        r"beziffer\w*",
        r"prognos\w*",
        r"erwart\w*",
        r"rechne\w* mit",
        r"hochrechnung\w*",
        r"kalkul\w*",
        r"berechn\w*",
        r"veranschlag\w*",
        r"voraussichtlich\w*",
    ],
}
# verb endings that carry a modality: none in German (modal verbs are words)
MODALITY_SUFFIXES = {}
MODALITY_NOT = []

# --- switches other packs introduced, with their German values ----------------------------
BARE_MONEY_SCALES = []  # "477 Milliarden" alone is read as a plain number
DEFAULT_CURRENCY = None
# German glues the paid-for noun straight on ("500 Millionen Euro Militärhilfe", read as the noun
# after the amount), or names it after "in" and an article, or "für": "18,4 Millionen Euro in den
# Ausbau", "2 Millionen Franken für die Biosicherheit" (not "in Hamburg": a place; not "für jede
# Familie", "für das Jahr": a rate, a time)
MONEY_LINK = r"(?:in (?:die|den|das|eine|einen|ein|ihre|ihren|seine|seinen) |für (?!(?:jede|jeden|jedes|jeder|pro|je|das jahr|den monat|die woche)\b)(?:(?:die|den|das|dem|der|eine|einen|ein|einem|einer|ihre|ihren|seine|seinen) )?)(?=\w)"
CHANGE_BY = ""
RATE_AFTER = ""
DATE_MONTH_FIRST = False  # German dates are day-first: am 3. März
EVIDENCE_POINTS_BACK = True  # "laut der Statistik": the statistics of the source named before
# a spokesperson with no name and no body of their own speaks for the body named just before
# ("Velmara denied it. ..., a spokeswoman said": Velmara), lower-case, determiner dropped
SPOKES_ROLES = ["sprecher", "sprecherin", "pressesprecher", "pressesprecherin", "unternehmenssprecher", "unternehmenssprecherin", "konzernsprecher", "konzernsprecherin", "ministeriumssprecher", "ministeriumssprecherin"]
HEAD_FINAL = False  # the head is the capitalised noun (NOUNS_CAPITALISED), not the last word
NAME_ADJECTIVES_FOLLOW = False
NAME_LINKS = ["für"]  # "Bundesamt für Strahlenschutz", "Landesamt für Umwelt": one name across its "für"
# foreign names keep their links, words German does not write between nouns: "Ecologistas en Acción",
# "Banco de España", "Istituto Superiore di Sanità", "Bank of England"
NAME_LINKS += ["en", "de", "del", "di", "della", "of", "y"]
# a body's kind written before its name, a capitalised word like the name: "die Firma Heliovera
# Energía", "die Organisation Ecologistas en Acción"
DESCRIPTORS = ["firma", "organisation", "unternehmen", "hersteller", "betreiber"]
NAME_PLACES = ["in", "aus", "bei", "auf"]  # "die Regierung in Rom", "auf Anfrage": a place or a way, not the source
IRREGULAR_PLURALS = []
POSTMODIFIER_LINKS = []
WHAT_COORDINATORS = []
WHAT_SUBJECT = False
WHAT_LEFT_WORDS = 3
MEASURE_VERBS = []
VERB_HEAD_DEFERS = False
RANGE_ARTICLES = []
INVERTED_VERBS = []  # every speech verb may precede its subject (verb second)
TOLD_VERBS = []
SPEAKER_TRAILS = False
PERSON_PRONOUNS = ["er"]  # "sie" is also "they"

# --- quotations: „ opens and “ closes (» « in books, « » in Swiss and translated copies) ---
QUOTE_OPEN = "„«"
QUOTE_CLOSE = "“»”"

# --- sentences --------------------------------------------------------------
ABBREVIATIONS = [
    "nr",
    "dr",
    "prof",
    "hr",
    "fr",
    "st",
    "z.b",
    "bzw",
    "ca",
    "mio",
    "mrd",
    "tsd",
    "bio",
    "usw",
    "etc",
    "vgl",
    "abs",
    "art",
    "inkl",
    "ggf",
    "evtl",
    "u.a",
    "d.h",
    "sog",
    "jan",
    "feb",
    "febr",
    "okt",
    "nov",
    "dez",
    "aug",
    "sept",
    "s",
    "mill",
]

# --- language detection fallback (when lingua is not asked) --------------------
STOPWORDS = [
    "der",
    "die",
    "das",
    "und",
    "ist",
    "nicht",
    "mit",
    "von",
    "den",
    "dem",
    "des",
    "sich",
    "auch",
    "eine",
    "ein",
    "für",
    "auf",
    "dass",
    "wurde",
    "werden",
    "hat",
    "sind",
    "nach",
    "bei",
    "zu",
    "im",
    "über",
]


# --- dates (figtrail/dates.py): when a figure was said, and the date it describes ---------------
# Appended for issue 6; all names optional (packs/__init__.py OPTIONAL). Read on the normalised
# view (lower-case, ' for ’). A weekday is the latest such day on or before the article's date
# ("am Montag", "Montagabend"), strictly before with a past marker ("am vergangenen Montag",
# "letzten Freitag"); with a next marker ("am kommenden Montag") it dates no statement.
_DATE_DAYS = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]
WEEKDAYS = {
    **{
        d + part: i
        for i, d in enumerate(_DATE_DAYS)
        for part in ("", "abend", "morgen", "vormittag", "mittag", "nachmittag", "nacht")
    },
    "sonnabend": 5,
}
DATE_PAST_MARKERS = ["vergangenen", "vergangene", "vergangener", "letzten", "letzte", "vorigen", "vorige"]
DATE_NEXT_MARKERS = ["kommenden", "kommende", "nächsten", "nächste"]
# days from the article's date; dateparser reads these first, the days are its fallback
DATE_RELATIVE = {
    "gestern": -1,
    "vorgestern": -2,
    "gestern abend": -1,
    "gestern morgen": -1,
    "heute": 0,
    "heute morgen": 0,
    "vergangene woche": -7,
    "letzte woche": -7,
    "vorige woche": -7,
    "in der vergangenen woche": -7,
}
DATE_AGO = [
    r"vor <n> (?:tagen|wochen)",
    r"vor einer woche",
    r"vor einem tag",
]  # <n>: digits or a number word; dateparser reads them
DATE_DAY_SUFFIXES = ["."]  # 3. März
DATE_WEEKDAY_LINKS = ["den"]  # Montag, den 3. März
# the date a figure describes: "zum 30. Juni", "Stand: 1. März", "bis zum 31. Dezember"; "bis Ende
# 2025", "Ende Juni" (a month or a year: its last day)
AS_OF_CUES = [r"zum", r"bis zum", r"stand:?", r"mit stand", r"per"]
AS_OF_END_CUES = [r"(?:bis |zum |bis zum )?ende"]
AS_OF_PERIODS = {
    "ende des jahres": ("year", 0),
    "jahresende": ("year", 0),
    "ende dieses jahres": ("year", 0),
    "ende des vergangenen jahres": ("year", -1),
    "ende vergangenen jahres": ("year", -1),
    "ende letzten jahres": ("year", -1),
    "ende des vorjahres": ("year", -1),
    "ende des monats": ("month", 0),
    "monatsende": ("month", 0),
}
# a period starts at the expression after these: it dates neither a statement nor a figure
DATE_SINCE = [r"seit(?: dem| der)?", r"ab(?: dem| der)?", r"vom", r"von"]

# a description that points back even bare: "la même source", "lo stesso dicastero"
# "die Behörde", "des Konzerns": bare, these point back at the last named source of their kind
ANAPHORIC_ROLES = [
    "gleiche",
    "selbe",
    "behörde",
    "konzern",
    "unternehmen",
    "institut",
    "verband",
    "ministerium",
    "amt",
    "agentur",
    "dienst",
    "gesellschaft",
    "firma",
    "organisation",
    "gewerkschaft",
]
# of these, the ones that name an office of any kind: "die Behörde" after the Umweltbundesamt is it;
# "das Ministerium" is not (a name ending in another institution's word is of another kind)
ANY_BODY_ROLES = ["behörde", "organisation", "gleiche", "selbe"]
# more words of a kind, which tell kinds apart without pointing back themselves: "das Ministerium"
# is not the "Regionalregierung" named before it
KIND_WORDS = ["regierung", "polizei", "gericht", "kommission", "armee", "bundeswehr", "feuerwehr", "partei", "stadtwerke", "bank", "kasse",
              # a campaign's kinds: "das Bündnis „Wald statt Werk“" is no "Unternehmen" a later phrase points back at
              "bündnis", "initiative", "allianz", "aktionsbündnis",
              # a regulator, a utility, an operator: "die Umweltaufsicht SMA" is no "Unternehmen", nor a "Wasserversorger"
              "aufsicht", "versorger", "betreiber"]
# "nach eigenen Angaben", "selon ses propres chiffres": the figures are the clause subject's own
OWN_WORDS = ["eigenen", "eigener"]

# a genitive names its owner with an ending: "nach Angaben des Landesfeuerwehrverbands" (Landesfeuerwehrverband)
GENITIVE_DETERMINERS = ["des", "eines", "ihres", "seines"]

# "Die Quote stieg demnach auf 6,6 Prozent": according to the source named before
BACK_ACCORDING = ["demnach", "demzufolge"]

# a conjunction that opens a clause before its subject: "enquanto a empresa propôs 4,5%"
SUBJECT_OPENERS = ["während", "wenn", "obwohl", "wie"]  # "wie der ADAC mitteilte"
# after an inverted subject's noun, the articles that open its object (the genitive's "der", "des" go on):
# "Als Gründe nannte Prorektorin Claudia Weber | die hohen Mieten"
OBJECT_DETERMINERS = ["die", "das", "den", "dem", "ein", "eine", "einen", "einem"]
# only a subject's, right after a finite verb: "Die Kosten bezifferte | der Sprecher der Stadt auf"
SUBJECT_DETERMINERS = ["der", "ein"]
# the articles a phrase before the finite verb may open with and still be its object
FRONTED_OBJECT_DETERMINERS = ["die", "das", "den"]
# articles no subject opens with (accusative, dative): after such a fronted object, "die" and "das"
# open the subject too: "Den Schaden beziffert | die Feuerwehr Hamburg auf bis zu 250.000 Euro"
OBLIQUE_DETERMINERS = ["den", "dem", "einen", "einem"]
SUBJECT_DETERMINERS_AFTER_OBLIQUE = ["der", "die", "das", "ein", "eine", "ihr", "sein"]  # "Die Kosten schätzte ihr Ministerium auf"
# the other side of a count whose speech verb is left out ("Die Polizei sprach von 2.500 Teilnehmern, die
# Veranstalter von 6.000"): these speak for the number after them
COUNTERPARTS = ["veranstalter", "organisatoren", "arbeitgeber", "gewerkschaften", "polizei", "behörden", "initiatoren", "gewerkschaft", "betriebsrat", "management", "konzernleitung", "unternehmensleitung", "geschäftsführung", "konzern", "unternehmen", "opposition", "regierung", "ministerium"]
# a sentence that opens on what the one before said, then names a speaker ("Das waren 33 weniger als im
# Vorjahr, wie die DLRG mitteilte"): the speaker said the sentence before too
RESUMING_OPENERS = [r"(?:das|dies) (?:ist|sind|war|waren|entspricht|entsprach|bedeutet|bedeutete)"]

# a possessive opening a source's phrase: its owner speaks ("ses contrôleurs", "its inspectors")
POSSESSIVES = ["seine", "ihre", "seinen", "ihren", "seiner", "ihrer", "seinem", "ihrem", "seines", "ihres"]

# the base of a rate is no count: "12 Fälle je 100.000 Einwohner"
RATE_EACH = ["je"]
RATE_PER = ["pro"]
RATE_PEOPLE = [r"einwohner\w*", r"menschen", r"geburten"]
# a change's second number: "von 6,0 auf 6,6 Prozent"
CHANGE_TO = ["auf"]

# what a text or a measure provides is said in the article's own voice: "L'accordo prevede 300",
# "the bill provides for 5,000" name no speaker (spec: an actor is not a source) ; where nouns are compounds, their last part ("Gesetzentwurf")
NOT_SPEAKERS = ["gesetz", "entwurf", "abkommen", "vertrag", "haushalt", "verordnung", "plan", "reform", "steuer", "abgabe", "programm", "vorschlag", "richtlinie", "paket", "vereinbarung", "einigung"]

# a place after an institution's word is part of its name: "Wirtschaftskammer Tirol", "Polizei
# Berlin", "Statistik Austria" (where "Gewerkschaft Verdi" is the union Verdi): the states and
# cantons of the German-speaking countries, their large cities, the countries
PLACE_NAMES = [
    "Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen",
    "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen", "NRW", "Rheinland-Pfalz",
    "Saarland", "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen",
    "Burgenland", "Kärnten", "Niederösterreich", "Oberösterreich", "Salzburg", "Steiermark", "Tirol",
    "Vorarlberg", "Wien", "Südtirol",
    "Zürich", "Bern", "Luzern", "Uri", "Schwyz", "Obwalden", "Nidwalden", "Glarus", "Zug", "Freiburg",
    "Solothurn", "Basel", "Basel-Stadt", "Basel-Landschaft", "Schaffhausen", "Appenzell", "St. Gallen",
    "Graubünden", "Aargau", "Thurgau", "Tessin", "Waadt", "Wallis", "Neuenburg", "Genf", "Jura",
    "München", "Köln", "Frankfurt", "Stuttgart", "Düsseldorf", "Leipzig", "Dortmund", "Essen",
    "Dresden", "Hannover", "Nürnberg", "Duisburg", "Bochum", "Wuppertal", "Bielefeld", "Bonn",
    "Münster", "Mannheim", "Karlsruhe", "Augsburg", "Wiesbaden", "Kiel", "Magdeburg", "Erfurt",
    "Mainz", "Rostock", "Kassel", "Potsdam", "Saarbrücken", "Schwerin", "Graz", "Linz", "Innsbruck",
    "Klagenfurt", "Winterthur", "Lausanne", "Ruhr", "Rhein-Main", "Deutschland", "Österreich",
    "Austria", "Schweiz", "Europa",
]

# "Nach der Regierung der Kanaren, das Archipel beherbergt ...": a machine translation of
# "según", at the sentence start, before a role and a comma ("nach dem Unfall" is no source)
ACCORDING_TO += [
    r"^nach(?= (?:der|dem|den) (?:\w+ )?(?:" + "|".join(sorted(PERSON_ROLES + ORG_ROLES, key=len, reverse=True)) + r")\w*(?: [^,.]{1,50})?,)"
]

# a bare amount in millions or billions after one of these words in its clause is money, in the
# currency the article names ("le perdite potrebbero arrivare a 80 milioni"); not one whose
# noun follows ("80 milioni di persone")
MONEY_CONTEXT = r"bereitgestellt|bewilligt|investiert|investierte|verkauft|gekauft|bezahlt|gezahlt|zahlt|zahlte|dividenden?|investitionen|wert|zahlungen?|ablöse(?:summe)?|gehälter|transfers?|ausgegeben|kosten|sch[äa]den|verluste?|steuern?|abgaben?|einnahmen|umsatz|umsätze|gewinne?|defizite?|schulden|haushalte?|betrag|beträge|einsparungen|geldbußen?|bußgelder?|strafen?|jackpot|entschädigungen?|zuschüsse?|fördermittel|mittel|eingenommen|einnahme|betrug"

# a part of the amount just said: "45 milioni, di cui 18 per l'attaccante" (18 million, its scale
# and currency said once)
PARTITIVES = ["davon", "darunter"]

# a participle set off by commas after the subject describes it, it is no new subject:
# "Das Institut, finanziert von der Stiftung, schätzt" (the institute, not the foundation)
# (with a prefix: "vorgelegt", "veröffentlicht von der Weltbank")
APPOSED_PARTICIPLE = r"(?:\w+ )?(?:\w*ge\w+t|\w+iert|(?:ver|ent|zer)\w+t) (?:von|vom|mit|in|im|an|am|bei|beim)"

# verbs of recording: their subject is where a thing was counted; an according phrase after
# them names who counted and speaks: "Die Kliniken verzeichneten 3.200 Aufnahmen, laut dem Ministerium"
RECORD_VERBS = ["verzeichnet", "verzeichnete", "verzeichneten", "registriert", "registrierte", "registrierten", "gezählt", "zählte", "zählten", "zählt", "erfasst", "erfasste", "erfassten"]

# not ruling out is saying it may be: "Die Ermittler schließen nicht aus, dass Dutzende weitere Lieferungen betroffen sind" (a speaker, a possible figure)
MODALITY_CUES["possible"] += [r"schließ\w* nicht aus", r"schliess\w* nicht aus", r"schloss\w* nicht aus", r"nicht auszuschlie(?:ß|ss)en", r"nicht ausgeschlossen"]

# a forecast governs the future it introduces: "EirGrid forecasts that data centres will account
# for about 30%" is estimated, not planned (a belief, "cree que enviará 12.000", stays a plan)
FORECAST_CUES = r"prognos\w*|erwarte\w*|erwart\w*|hochrechnung\w*|schätz\w*|rechnet\w*"

# a possessive inside an according cue: "nach seinen Worten", "nach ihren Angaben": the speaker named last
CUE_POSSESSIVES = POSSESSIVES

# a share of a whole, read as a percentage before a link to what it is a share of: "die Hälfte der Ernte" (50 %); not "die erste Hälfte des Jahres"
SHARE_WORDS = {"hälfte": 0.5}
SHARE_NOT_AFTER = ["erste", "ersten", "zweite", "zweiten", "letzte", "letzten", "andere", "anderen"]
SHARE_LINKS = ["aller", "seiner", "ihrer", "unserer", "dieser", "jener"]  # "die Hälfte aller Bäume"

# the "up to" cues that mean "to" after a verb of change ("sube hasta 1.184"): exact; not "as many as"
UP_TO_AS_TO = r"bis(?: zu| auf)?"

# a statement names its owner: "laut einer Mitteilung des Ministeriums"
EVIDENCE_NOUNS += ["mitteilung", "pressemitteilung", "erklärung", "information", "informationen", "meldung", "bericht", "notiz"]
# a count is evidence: "nach der jüngsten Zählung des Landesamts"
EVIDENCE_NOUNS += ["zählung"]
# a survey's kinds: "Eine Befragung der Gewerkschaft Verdi unter 8.700 Beschäftigten ergab"
EVIDENCE_NOUNS += ["befragung", "erhebung", "auswertung", "untersuchung"]
# records and documents name no one who speaks: "zitierend Augenzeugen und Krankenhaus Aufzeichnungen"
EVIDENCE_NOUNS += ["aufzeichnungen", "unterlagen", "dokumente"]

# "nach Polizeiangaben", "nach Regierungsschätzungen": the evidence glued to its owner; the owner is
# the word before the evidence (its joining s dropped: Regierungs- -> Regierung)
EVIDENCE_SUFFIXES = ["angaben", "schätzungen", "zahlen", "daten", "berechnungen", "informationen"]
# "dem Jahresbericht des Tierschutzbundes", "einer Vorlage der Verwaltung": compounds whose head is a
# document; the owner follows in the genitive
EVIDENCE_HEADS = ("bericht", "studie", "statistik", "umfrage", "analyse", "bilanz", "prognose", "erhebung", "auswertung", "mitteilung", "vorlage", "untersuchung", "hochrechnung", "antwort")
ACCORDING_TO += [r"nach(?= [a-zäöüß]{3,}(?:angaben|schätzungen|zahlen|daten|berechnungen|informationen)(?![\w]))"]
# "Wie von dem Konsortium mitgeteilt, ...": a machine translation's "come comunicato dal"
ACCORDING_TO += [r"wie (?:von|vom)(?= )"]

# after a split speech verb and its comma, "der"/"die"/"das" before a lower-case word is a relative
# pronoun, not an article (whose noun, capitalised, would follow): ", teilte der Betreiber Nextbike
# mit, der seit 2004 in Leipzig sitzt"
ARTICLE_RELATIVES = ["der", "die", "das", "den", "dem"]

# emergency services by their number, after a definite article, are names: "según ha informado el 112"
SERVICE_NUMBERS = ["110", "112", "116117"]

# a cap is at most: "o volume será limitado a 180 milhões de litros", "capped at £2,500"
BOUND_CUES["at_most"] += [r"begrenzt auf", r"gedeckelt auf", r"gedeckelt bei"]

# a line by its number, its compound too: "an der Endhaltestelle der Straßenbahnlinie 11", "Buslinie 42"
ID_CUES += [r"\w*linie"]
# a racing series, a league named by its number: "die Formel 1", "die Liga 3"
ID_CUES += ["formel", "liga"]

# "according to our calculations": the speaker who says it in quotes, named after them
OUR_WORDS = ["unseren", "unserer", "unserem", "unsere", "meinen", "meiner"]

# words before an evidence noun that point back at it: "de acordo com o mesmo levantamento"
EVIDENCE_MODIFIERS = ["selben", "gleichen", "neuen", "jüngsten", "letzten"]

# the word for unnamed sources: with a description and no owner they speak themselves ("fonti vicine al dossier")
UNNAMED_SOURCES = ["quellen", "kreisen", "kreise"]

# evidence made for a client: "selon un sondage Ifop pour Le Figaro" is Ifop's
CLIENT_LINKS = ["für"]

# in reported speech "würde" stands for "werde": "Zudem würden Dutzende Jäger geschult, sagte
# Regazzoni" is his plan; without a speech verb "das würde 5 Millionen kosten" stays possible
REPORTED_FUTURE = r"würde\w*"

# "Der Schaden wird auf 15 Millionen Euro geschätzt": "wird" and a participle ending the clause
# make a passive, no future ("wird ... geschätzt werden" stays one)
PASSIVE_AUXILIARIES = ["wird", "werden"]
PASSIVE_PARTICIPLE = r"(?<![\w])(?:ge\w+(?:t|en)|\w+iert)\s*$"

# the outlet a speaker talked to, written before the speaker: "En declaraciones a Europa Press, el
# alcalde ha cifrado ..." (the outlet relays, via)
INTERVIEW_LEADS = ['im (?:gespräch|interview) mit (?:der |dem |den )?', 'gegenüber (?:der |dem |den )?']

# after a noun, the articles that open the clause's next phrase (a genitive takes "des", "der"):
# "nach Schätzung des Landwirtschaftsministeriums | die Ernten vernichtet"
CLAUSE_ARTICLES = ["die", "das", "dem", "den"]
# "geht von etwa 600.000 Betroffenen aus": an estimate of a number (not "geht davon aus, dass", whose
# subject may be anyone who assumes)
SPEECH_PATTERNS = [
    r"(?:geht|gehen|ging|gingen)(?: (?!dav)[\w-]+){0,2} von(?= (?:[\w.,-]+ ){0,3}?\d[\d.,]*(?: [\w.-]+){0,3} aus(?![\w]))"
]
MODALITY_CUES["estimated"] += [r"(?:geht|gehen|ging|gingen)(?: (?!dav)[\w-]+){0,2} von(?= (?:[\w.,-]+ ){0,3}?\d[\d.,]*(?: [\w.-]+){0,3} aus(?![\w]))"]
# a body that asks for an amount gives it: "OCHA bat die internationale Gemeinschaft um 48 Millionen US-Dollar"
SPEECH_PATTERNS += [r"(?:bat|baten|bittet|bitten)(?: [\w-]+){0,4} um(?= (?:[\w.,-]+ ){0,2}?\d)"]
# what a body puts the cost at or reckons with: "veranschlagt die Kosten auf 310 Millionen",
# "kalkuliert mit Einsparungen von 450 Millionen"
SPEECH_PRESENT += ["veranschlagt", "veranschlagte", "veranschlagen", "kalkuliert", "kalkulierte", "kalkulieren"]
# "Der Betriebsrat geht von deutlich mehr Stellen aus: 1.600 seien gefährdet": an estimate, then its figures
SPEECH_PATTERNS += [r"(?:geht|gehen|ging|gingen)(?: [\w-]+){0,5} aus(?=:)"]
# a French or Spanish wire's "selon le syndicat", "pour le ministère" translated word for word, at
# the sentence's start, before an institution (its word ends the compound): "Nach dem Branchenverband
# BNIC sind die Exporte ...", "Für die Gewerkschaft der Winzer würden ..." (not "Nach dem Krieg")
_MT_BODY = "|".join(sorted((w for w in ORG_ROLES if len(w) >= 4), key=len, reverse=True))
# An adjective may come first ("Für die Internationale Föderation der Rotkreuz- und
# Rothalbmondgesellschaften (FICR), die Bedürfnisse ..."), and the phrase may close a title after
# its comma ("Die Bilanz erschwert sich auf 1 146 Tote, nach dem Ministerium des Innern")
ACCORDING_TO += [rf"(?:^|(?<=, ))(?:nach|für|gemäß) (?:dem|der|den|die|das)(?= (?:[\wäöüß-]+ )?[\wäöüß-]*(?:{_MT_BODY})(?:e?s|e?n)?(?![\w]))"]
# a sentence opened by a share of the figures before ("Desse total, 637 mil ...", "Of these, 300
# ...") goes on with their account: with no speaker of its own, the speaker before speaks for it
PARTITIVE_OPENERS = ['davon', 'darunter', 'unter ihnen']
# regretting a number is saying it: "..., bedauerte der Präsident des Verbandes"
SPEECH_PRESENT += ["bedauerte", "bedauert", "bedauerten"]
# a decimal followed by points is a change of a rate in points of percentage ("0,4 punti"); not basis points
POINT_WORDS = ['punkt', 'punkte', 'punkten']
POINT_NOT_AFTER = []
# revising one's own forecast or target is giving it: "Die Bundesbank hebt ihre Wachstumsprognose auf
# 0,8 Prozent an", "Der IWF hat seine Prognose für Deutschland auf 0,5 Prozent gesenkt" (the subject
# owns the forecast; "senkt die Zahl der Stellen" is an act, no forecast)
SPEECH_PATTERNS += [
    r"(?:hebt|heben|hob|hoben|senkt|senken|senkte|senkten|kappt|kappte|korrigiert|korrigierte|korrigierten|bestätigt|bestätigte|bestätigten|erhöht|erhöhte|erhöhten|reduziert|reduzierte|revidiert|revidierte|schraubt|schraubte|nimmt|nahm|hat|haben|hatte|hatten)"
    r" (?:seine|ihre|die|den|das)(?: [\w-]+)? [\w-]*(?:prognose|prognosen|schätzung|schätzungen|vorhersage|erwartung|erwartungen|ziel|ziele|ausblick)(?![\w])"
]
# a forecast or estimate glued into a compound is one too: "ihre Wachstumsprognose", "die Steuerschätzung"
MODALITY_CUES["estimated"] += [r"\w+prognos\w*", r"\w+schätzung\w*"]
# ein Erdbeben, das "212 Todesopfer forderte", hat sie gekostet, nichts gesagt
TOLL_VERBS = ["fordert", "forderte", "forderten", "fordern", "gefordert"]
TOLL_OBJECTS = ["todesopfer", "tote", "toten", "menschenleben", "leben", "opfer", "verletzte", "verletzten", "todesfälle"]
# a promise and an appeal for funds are the claims of who makes them ("Japan versprach 3 Millionen
# Impfdosen", "die WHO startete einen Spendenaufruf über 87,4 Millionen Dollar")
SPEECH_PRESENT += ["versprach", "versprachen", "verspricht", "versprechen"]
SPEECH_PARTICIPLES += ["versprochen", "zugesagt"]
SPEECH_PATTERNS += [r"(?:startete|starteten|startet|starten|lancierte|lancierten) einen (?:neuen )?[\w-]*(?:aufruf|appell)(?= (?:über|in höhe von|von) (?:[\w-]+ )?(?:[$£€]|\d))"]
# documenting a count is giving it: "Die IOM hat dagegen 398 Tote und Vermisste dokumentiert"
SPEECH_PRESENT += ["dokumentierte", "dokumentierten", "dokumentiert"]
SPEECH_PARTICIPLES += ["dokumentiert"]
# writing after a comma, its subject after it, is saying: "..., schreiben die Kieler Ökonomen in einer Analyse"
SPEECH_PATTERNS += [r"(?<=, )(?:schreiben|schrieben)(?= (?:die|der|das|den) )"]
# roles any leader fits, whatever office named them before: "der SPD-Politiker"
GENERIC_PERSON_ROLES = ["politiker", "politikerin", "chef", "chefin"]
# a name's adjective without its article ends by the head noun's gender: "des Deutschen Bauernverbands"
# is the "Deutscher Bauernverband", "des Statistischen Bundesamtes" the "Statistisches Bundesamt"
# (feminine heads keep "-e": "Deutsche Bahn"); by the head's last part, as compounds take it
ADJECTIVE_ENDINGS_BY_HEAD = {
    "r": ["verband", "bund", "rat", "hof", "verein", "konzern", "dienst", "ausschuss", "senat", "kreis", "landtag", "bundestag", "fonds", "orden", "zoll", "versicherer", "anbieter", "betreiber", "sender", "automobilclub"],
    "s": ["amt", "institut", "ministerium", "werk", "zentrum", "büro", "komitee", "gericht", "bündnis", "netzwerk", "kommando", "forum", "museum", "krankenhaus", "klinikum", "parlament", "präsidium", "kuratorium", "kabinett", "unternehmen", "hilfswerk", "kreuz", "statistikamt"],
}  # fmt: skip
# the gender a pronoun points back with, as ADJECTIVE_ENDINGS_BY_HEAD's keys ("f": feminine or
# plural, no ending listed): "wie sie bekanntgab" is no "Verband" named before
PRONOUN_GENDERS = {"er": "r", "sie": "f"}
# the agent of a participle set before its noun, after an according cue: "laut der von der Post
# veröffentlichten Liste" (the phrase ends before the participle)
PRENOMINAL_AGENT = r"(?:der|die|das|den|dem|des|einer|einem|eines)\s+(?:von der|von dem|von den|vom|von)\s+"
# speaking of a count with an adverb between: "Die Gewerkschaft Verdi spricht sogar von 150 offenen
# Stellen", "die Geschäftsführung sprach dagegen von 40 Prozent"
SPEECH_PATTERNS += [
    r"(?:spricht|sprach|sprechen|sprachen)(?: (?:sogar|dagegen|hingegen|nun|jetzt|inzwischen|bereits|allerdings|lediglich|nur|ihrerseits|seinerseits|eher|mittlerweile|zudem|auch|weiterhin|sogar nur|später|zuletzt|zunächst|zuvor|anfangs|inzwischen|gestern|heute|am abend|am morgen)){1,2} von"
]
# words of a time of day or a day, for a time phrase between an inverted verb and its subject: "teilte
# am Dienstagabend die Feuerwehr mit" (and a weekday glued to its time of day)
TIME_WORDS = [r"\w*morgen", r"\w*vormittag", r"\w*mittag", r"\w*nachmittag", r"\w*abend", r"\w*nacht", r"gestern", r"heute", r"montag", r"dienstag", r"mittwoch", r"donnerstag", r"freitag", r"samstag", r"sonntag"]

# a place's relative opens a clause with a subject of its own: ", wo die Bundespolizei 350 Beamte im Einsatz sah"
LOCATIVE_RELATIVES = ["wo"]

# a product named after its model word: its number is part of the name ("die Modelle Urban 8 und Urban 10 Pro")
MODEL_WORDS = ["Modell", "Modelle", "Modellen", "Baureihe", "Typ", "Typen"]

# a scale word alone after a singular definite article is one of it: "die Milliarde überschreiten", "knapp unter der Million"
ONE_SCALE_ARTICLES = ["die", "der"]
ONE_SCALE_WORDS = ["milliarde", "million"]

# a match's result in words before its score: "der Sieg mit 2 zu 1": a score, no figure
SCORE_LINK = "zu"
SCORE_WORDS = ['sieg', 'gewann', 'gewonnen', 'niederlage', 'verlor', 'verloren', 'unentschieden', 'remis']

# what a number measures, read back to the nearest capitalised noun, is not a noun these
# prepositions govern: "Die Zahl der Bewerbungen stieg seit Jahresbeginn um 20 Prozent", "Die Aktie
# gab an der Börse in Seoul um 7,4 Prozent nach"
PLACE_TIME_PREPOSITIONS = ["seit", "nach", "vor", "in", "im", "an", "am", "bei", "beim", "zu", "zum", "zur", "während", "wegen"]
# "über" after a noun its indefinite article opens is "of", the noun's amount: "einen Hilfsfonds über
# 20 Millionen US-Dollar", "eine Rechnung über 500 Euro" (not "über 3.000 Menschen", a bound)
AMOUNT_OF_LEFT = r"\b(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\wäöüß-]+"
# "nach Angaben derselben Quelle": the source of the figures just before, named or only described
SAME_SOURCE_WORDS = ["quelle"]
# "mindestens aber 350 Euro": "but" between a bound cue and its number keeps the bound
BOUND_OTHER_WORDS = ["aber", "jedoch", "weitere"]

# "Fatima Azouzi sagt sieben Angehörige verloren zu haben" (a copy of "dit avoir perdu sept
# proches"): after a speech verb, an infinitive with "zu" ending its clause (read on the text: a
# lower-case word after "zu" is a verb, "zu Journalisten" a noun) is what was said, its subject
# before the verb, not after it
REPORTED_INFINITIVE = r"[^.;:!?,]*?(?<![\w])zu [a-zäöüß]+(?:en|ern|eln)(?=\s*(?:[.,;:!?]|und\b|$))"

# a copy of French or Spanish word order leaves the adjective after its noun: "Die Rote Halbmond
# marokkanische sagt" ("Le Croissant-Rouge marocain affirme"); the phrase is the subject, not
# an adverbial ending in a lower-case word ("Wenige Tage zuvor")
POSTPOSED_ADJECTIVE = r"[a-zäöüß]+isch(?:e|en|er|es)?"

# after a role these still end the subject after the verb: "sagte der Sprecher | zu Journalisten",
# "vor Journalisten", "gegenüber der dpa" (German names a portfolio with "für": "der Beauftragte für")
SUBJECT_STOP_ALWAYS = ["zu", "vor", "gegenüber"]
# what a poll gives a party is its claim: "Sotomo hatte der SVP bis zu 32 Prozent zugetraut",
# "Forsa traut der SPD 25 Prozent zu"
SPEECH_PARTICIPLES += ["zugetraut"]
SPEECH_SPLIT += [(["traut", "trauen", "traute", "trauten"], ["zu"])]
