"""English language pack: data only. The algorithm reads it and never names a language.

Every entry is matched against the normalised view of the text: lower-cased,
NBSP and narrow NBSP as plain spaces, ’ as ', “ ” as ". Regex fragments are
written for that view. Examples that must keep working: en_corpus.py.
"""

CODE = "en"
NAME = "English"

# --- digits --------------------------------------------------------------
DECIMAL_MARKS = "."  # 1.5bn, 3.2%
GROUP_MARKS = ", "  # 10,000, 1,250,000; 40 000 (NBSP and narrow NBSP are spaces in the view)

# --- number words (text2num parses runs of them) --------------------------
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "zero": 0,
    "nought": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
}
NUMBER_JOINERS = ("and",)  # three hundred and twenty
DECIMAL_WORDS = ("point",)  # one point five billion
# fraction words and their denominators: two thirds (0.667), one and a half (1.5), half a million,
# a twenty-first (1/21: a tens word glued to an ordinal); "first" only ends such a compound
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    "eleventh": 11, "elevenths": 11, "twelfth": 12, "twelfths": 12, "thirteenth": 13, "thirteenths": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twentieths": 20, "thirtieth": 30, "thirtieths": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "hundredths": 100, "thousandth": 1e3, "thousandths": 1e3,
    "millionth": 1e6, "millionths": 1e6, "billionth": 1e9, "billionths": 1e9,
    "trillionth": 1e12, "trillionths": 1e12, "first": 1, "firsts": 1,
}
# words that multiply the number before them: three dozens (36)
MULTIPLES = {"dozens": 12}
# Words that are numbers only with a scale after them: "a million", not "a man", "one of them".
ARTICLE_WORDS = ("a", "an", "one")
# forms text2num reads under another spelling: "a hundred" is "one hundred"
NUMBER_ALIASES = {"a": "one", "an": "one"}

# --- scale words after a number: 1.5 billion, 3 million, 40bn, $3m, 10k ------
SCALES = {
    "hundred": 1e2,  # after digits: "3 hundred"
    "thousand": 1e3,
    "thousands": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,  # $1.2b
    "tln": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "m": 1e6,
    "k": 1e3,
}
# abbreviations that only count as a scale next to a currency sign ($3m, £478m), not 200 m (metres)
SCALE_NEEDS_CURRENCY = ("m",)
SCALE_LINK = r"(?:of )?"  # "tens of thousands", "hundreds of millions"

# --- vague magnitudes and approximate bases -------------------------------
VAGUE = {"tens": (20, 99), "dozens": (20, 99), "hundreds": (200, 999), "thousands": (2000, 9999)}
VAGUE_REPEAT = r"and|upon"  # "hundreds and hundreds", "thousands upon thousands"
# a dozen = approx 12; a score = approx 20
BASES = {"dozen": 12, "score": 20}

# --- bounds: cues written right before the number --------------------------
BOUND_CUES = {
    "at_least": [
        r"at least",
        r"at the very least",
        r"no fewer than",
        r"no less than",
        r"not less than",
        r"not fewer than",
        r"a minimum of",
        r"at a minimum",
        r"minimum of",
        r"(?:greater|bigger|larger|more|higher) (?:than )?or equal (?:than|to)",
        r"equal to or (?:greater|more|higher) than",
        r"(?<![<>=])>=",
        r"≥",
    ],
    "more_than": [
        r"more than",
        r"bigger than",
        r"larger than",
        r"(?<![<>=])>(?!=)",
        # not the phrasal verbs: "handed over 38", "took over 12 stations"
        r"(?<!handed )(?<!hand )(?<!hands )(?<!handing )(?<!turned )(?<!turn )(?<!turns )(?<!took )(?<!take )(?<!taken )(?<!takes )(?<!taking )over",
        r"more of",  # a machine translation's "mais de", "más de": "more of 160 thousand outbreaks"
        r"just over",
        r"well over",
        r"upwards of",
        r"upward of",
        r"in excess of",
        r"above",
        r"greater than",
        r"higher than",
        r"exceed(?:s|ed|ing)?",
        r"surpass(?:es|ed|ing)?",
        r"top(?:s|ped|ping)",
        r"beyond",
        r"north of",
    ],
    "at_most": [
        r"at most",
        r"at the most",
        r"no more than",
        r"not more than",
        r"a maximum of",
        r"maximum of",
        r"at a maximum",
        r"(?:less|smaller|lower|fewer) (?:than )?or equal (?:than|to)",
        r"equal to or (?:less|smaller|lower|fewer) than",
        r"(?<![<>=])<=",
        r"≤",
    ],
    "up_to": [r"up to", r"as many as", r"as much as", r"as high as", r"as large as"],
    "less_than": [
        r"less than",
        r"fewer than",
        r"under",
        r"just under",
        r"below",
        r"lower than",
        r"smaller than",
        r"short of",
        r"(?<![<>=])<(?![=>])",
    ],
    "approx": [
        r"about",
        r"around",
        r"nearly",
        r"almost",
        r"some",
        r"roughly",
        r"approximately",
        r"approx\.",
        r"close to",
        r"near(?: of| to)?",
        r"circa",
        r"c\.",
        r"an approximate",
        r"in the region of",
        r"on the order of",
        r"of the order of",
        r"or so",
        r"more or less",
        r"give or take",
        r"almost exactly",
    ],
}
# "up to" after a verb of rising means "to" (exact): the toll rose to 211, climbed up to 211
# (a change: "a rise in national insurance contributions from 13.8% to 15%" is two figures;
# the change word may stand a few words before "from")
# words that set a second number against a first with a unit, which it shares: "131,500 tonnes from 254,000"
COMPARE_LINKS = ["from", "up from", "down from", "against", "compared with", "compared to", "versus", "vs", "vs."]
# a negation a few words before a "more than" cue makes it at most: "catches should not exceed 298,000 tonnes" (and "shouldn't")
NEGATIONS = ["not", "never"]
CHANGE_VERBS = r"(?:improv\w*|worsen\w*|recover\w*|doubl\w*|tripl\w*|widen\w*|narrow\w*|ris\w*|rose|climb\w*|jump\w*|soar\w*|surg\w*|grow\w*|grew|increas\w*|rais\w*|fell|fall\w*|drop\w*|declin\w*|slump\w*|plung\w*|cut|cuts|lower\w*|reduc\w*|shrink\w*|shrank|ballooned|swell\w*|swelled|edged|crept|slipped|hik\w*)(?:\s+(?!and |but |to )[\w'-]+){0,5}"
# "by" before a bound: "rise by up to €90": the change's size is up to, not "to"
CHANGE_SIZE_WORDS = ["by", "of"]  # "rise by up to", "a surge of up to 3 metres": the size is up to

# --- ranges ---------------------------------------------------------------
RANGE_BETWEEN = r"between"  # before the first number
RANGE_AND = r"and"  # between X and Y
RANGE_FROM = r"from"  # from X to Y
RANGE_TO = r"to|through|thru|~"  # from X to Y, X to Y, 20 through 100, 20~100
# bound cues written after the number: "200 or more", "30 or fewer"
BOUND_AFTER = {
    "at_least": [r"(?:or|and) (?:more|greater|higher|above|over)(?! than)"],
    "at_most": [r"or (?:less|fewer|lower|below|under)(?! than)"],
}
# a fraction written with a word between numerator and denominator: 1 over 3, two out of five hundred
FRACTION_OVER = [r"over", r"out of"]
# a currency's subunit after its main unit: 3 dollars 50 cents (3.5 dollars)
SUBUNITS = [r"cents?", r"pence", r"penny"]
# a subunit glued to its number: "85p", "142.5p a litre": hundredths of this currency (0.85 GBP)
GLUED_SUBUNITS = {"p": "GBP"}
# a company's trade written before its name, capitalised at a sentence's start: "Insurer Aviva said"
DESCRIPTORS = ["insurer", "airline", "carmaker", "automaker", "retailer", "supermarket", "brewer", "lender", "broadcaster", "drugmaker", "chipmaker", "housebuilder", "miner", "grocer", "bank", "shoemaker", "carrier", "operator"]
# words that make the number after them negative: minus five, negative one
NEGATIVE_WORDS = ["minus", "negative"]
# article words that never mean "one", even before a unit ("a mile away" is no figure; "one mile" is)
ARTICLE_ONLY = ["a", "an"]

# --- units ----------------------------------------------------------------
# after the number (and its scale); optional "of" before word units
UNITS_AFTER = {
    "kwanzas": "AOA",  # Angola's money
    "ariary": "MGA",  # Madagascar's money
    "soles": "PEN",  # Peru's money (plural only: "sol" is a common word)
    # flows said in full: "27 metros cúbicos por segundo (m³/s)"
    "m³/s": "m3/s",
    "m3/s": "m3/s",
    "cubic metres per second": "m3/s",
    "cubic meters per second": "m3/s",
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "pc": "percent",
    "percentage points": "percent",
    "percentage point": "percent",
    "€": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "dollars": "USD",
    "dollar": "USD",
    "usd": "USD",
    "us dollars": "USD",
    "pounds": "GBP",
    "pound": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "won": "KRW",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "roubles": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "ruble": "RUB",
    "rupees": "INR",
    "swiss francs": "CHF",
    "cfp francs": "XPF",
    "xpf": "XPF",
    "cfa francs": "XOF",
    "francs": "CHF",
    "reais": "BRL",
    "real": "BRL",
    "pesos": "MXN",
    "zlotys": "PLN",
    "lira": "TRY",
    "km²": "km2",
    "km2": "km2",
    "sq km": "km2",
    "square kilometres": "km2",
    "square kilometers": "km2",
    "square miles": "mi2",
    "m²": "m2",
    "m2": "m2",
    "square metres": "m2",
    "square meters": "m2",
    "square feet": "ft2",
    "km": "km",
    "decibels": "dB",
    "decibel": "dB",
    "db": "dB",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "miles": "mi",
    "mile": "mi",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "m": "m",
    "feet": "ft",
    "ft": "ft",
    "millimetres": "mm",
    "millimeters": "mm",
    "mm": "mm",
    "centimetres": "cm",
    "centimeters": "cm",
    "cm": "cm",
    "inches": "in",
    "tonnes": "t",
    "tonne": "t",
    "tons": "t",
    "ton": "t",
    "metric tons": "t",
    "kilograms": "kg",
    "kilogrammes": "kg",
    "kilos": "kg",
    "kg": "kg",
    "grams": "g",
    "pounds of": "lb",
    "hectares": "ha",
    "hectare": "ha",
    "acres": "ac",
    "litres": "l",
    "liters": "l",
    "gallons": "gal",
    "barrels": "bbl",
    "megawatts": "MW",
    "mw": "MW",
    "gigawatts": "GW",
    "gw": "GW",
    "km/h": "km/h",
    "kph": "km/h",
    "kmph": "km/h",
    "kilometres per hour": "km/h",
    "kilometers per hour": "km/h",
    "miles per hour": "mph",
    "mph": "mph",
    "lbs": "lb",
    "lb": "lb",
    "ounces": "oz",
    "ounce": "oz",
    "oz": "oz",
    "ml": "ml",
    "millilitres": "ml",
    "milliliters": "ml",
    "litre": "l",
    "liter": "l",
    "gallon": "gal",
    "foot": "ft",
    "inch": "in",
    "acre": "ac",
    "sq ft": "ft2",
    "cubic metres": "m3",
    "cubic meters": "m3",
    "m³": "m3",
    "m3": "m3",
    "t": "t",
    "g": "g",
    "gram": "g",
    "kilogram": "kg",
    "rad": "rad",
    "radians": "rad",
    "degree": "°",
    "°": "°",
    "元": "CNY",
    "degrees": "°",
    "hectolitres": "hl",
    "hectoliters": "hl",
    "hectolitre": "hl",
    "zloty": "PLN",
    "swedish kronor": "SEK",
    "terabytes": "TB",
    "terabyte": "TB",
    "tb": "TB",
    "gigabytes": "GB",
    "gb": "GB",
    "hm3": "hm3",
}
# energy: "6,969 gigawatt-hours of electricity"
UNITS_AFTER.update({"gigawatt-hours": "GWh", "gigawatt hours": "GWh", "gwh": "GWh", "megawatt-hours": "MWh", "megawatt hours": "MWh", "mwh": "MWh", "terawatt-hours": "TWh", "terawatt hours": "TWh", "twh": "TWh", "kilowatt-hours": "kWh", "kilowatt hours": "kWh", "kwh": "kWh"})

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
    "₹": "INR",
    "₴": "UAH",
    "₽": "RUB",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "r$": "BRL",
    "chf": "CHF",
    "eur": "EUR",
    "gbp": "GBP",
}

# --- numbers that are not figures ------------------------------------------
TIME_UNITS = [
    r"years?",
    r"-years?",
    r"months?",
    r"weeks?",
    r"days?",
    r"hours?",
    r"hrs?",
    r"minutes?",
    r"mins?",
    r"seconds?",
    r"centuries",
    r"century",
    r"decades?",
    r"quarters?",
    r"nights?",
    r"a\.m\.",
    r"p\.m\.",
    r"am",
    r"pm",
    r"o'clock",
    r"gmt",
    r"utc",
    r"bst",
    r"et",
    r"years? old",
    r"-year-old",
    # seasons count time: "diez inviernos", "slipped by two seasons"
    "winters",
    "summers",
    "seasons",
]
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
ORDINAL_SUFFIXES = r"(?:st|nd|rd|th)"
ORDINAL_WORDS = []  # first, second, third... are not in NUMBER_WORDS, so never read as numbers
# words right before a number that make it a name or an id: article 5, resolution 2231
ID_CUES = [
    r"table",
    r"mile|milepost|kilometre|kilometer",  # "at the mile 20 station": a marker on a course
    r"emergency (?:number|line|services number)|hotline|helpline",  # "the emergency number 112"
    r"aged",  # "a boy aged four": an age
    r"articles?",
    r"resolution",
    r"clause",
    r"section",
    r"chapter",
    r"page",
    r"pages",
    r"p\.",
    r"pp\.",
    r"no\.",
    r"nos\.",
    r"number",
    r"#",
    r"volume",
    r"vol\.",
    r"route",
    r"highway",
    r"interstate",
    r"flight",
    r"covid",
    r"paragraph",
    r"annex",
    r"amendment",
    r"season",
    r"episode",
    r"©",
    r"version",
    r"level",
    r"category",
    r"zone",
    r"class",
    r"type",
    r"model",
    r"channel",
    r"gate",
    r"platform",
    r"terminal",
    r"room",
    r"street",
    r"avenue",
    r"road",
    r"district",
    r"phase",
    r"stage",
    r"round",
    r"grade",
    r"bill",
    r"rule",
    r"line",
    r"unit",
    r"ward",
    r"block",
    r"bus",
    r"apollo",
    r"windows",
    r"iphone",
    r"galaxy",
    r"boeing",
    r"airbus",
]
# a phone number written in groups after its cue: "al número verde 800 123 456"
ID_CUES += ["phone number|number|call|calling|freephone|line"]
# a road, a draw, the top of a rating scale: "die B 304", "o concurso 2.838", "au niveau 4 sur une échelle de 5"
ID_CUES += ["(?:on )?a scale of", "scale of"]
# a numbered item of a sale: "Lot 112 was withdrawn" (no count: "87 lots sold")
ID_CUES += [r"lot", r"lot no\."]
# a league, a racing series named by its number: "Formula 1", "League 2"
ID_CUES += ["formula", "league"]
# words right before a 4-digit number that make it a year
YEAR_CUES = [
    r"in",
    r"since",
    r"until",
    r"till",
    r"before",
    r"after",
    r"early",
    r"late",
    r"mid",
    r"mid-",
    r"during",
    r"year",
]
# a month before a day number makes it a date: March 12, on May 3
DATE_MONTH_FIRST = True
# small number words that point back at known things: the two countries, both, one of the two
ANAPHORA_BEFORE = (
    r"(?:the|these|those|its|their|our|your|his|her|my|of the|one of the|each of the|all|both of the)"
)

# --- what is counted ------------------------------------------------------
WHAT_LINK = r"(?:of )"  # 1.5 million of them, 11.7 tonnes of explosives, £40bn of tax rises
# before an amount of change, the phrase before it is what changes: "raises taxes by £40bn"
CHANGE_BY = r"(?<!ed )(?<!en )by"  # not the agent of a passive: "covered by £32bn"
# a rate between an amount and its phrase: "£32bn a year of extra borrowing"
RATE_AFTER = r"(?:a|an|per|each) (?:year|day|month|week|hour)"
# links inside a phrase that ends before its number: "the aids for damaged housing will go from"
POSTMODIFIER_LINKS = ["of", "for", "in", "on", "from"]  # "the death toll from Cyclone Arnab rose to 63"
# between an amount of money and what it pays for: "£240m in payments", "$5bn in aid", "on hotels"
MONEY_LINK = (
    r"in |for (?!(?:each|every|a|an|the first|the second|the third|the year|the month|the week)\b)|on (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)(?!an? (?:year|yearly|annual|monthly|weekly|daily|basis|scale|average|per)\b)"  # £8m on hotels
)
# English noun phrases end in their head: "3,000 North Korean soldiers" (head: soldiers)
HEAD_FINAL = True
# words that may open the counted noun phrase but are not its head
WHAT_PREMODIFIERS = [
    "other",
    "more",
    "new",
    "additional",
    "extra",
    "further",
    "former",
    "young",
    "old",
    "own",
]
# auxiliaries between a bare number and a participle: "4,900 were rescued"
WHAT_AUXILIARIES = [
    "were",
    "have been",
    "had been",
    "are",
    "have",
    "had",
    "will be",
    "would be",
    "are being",
    "were being",
    "have already been",
]
# words that end a noun phrase (verbs, prepositions other than "of", conjunctions, pronouns)
WHAT_STOPWORDS = [
    "to",
    "in",
    "into",
    "on",
    "onto",
    "at",
    "by",
    "for",
    "from",
    "with",
    "without",
    "against",
    "towards",
    "toward",
    "across",
    "through",
    "over",
    "under",
    "since",
    "during",
    "until",
    "after",
    "before",
    "between",
    "among",
    "amid",
    "near",
    "per",
    "as",
    "than",
    "like",
    "via",
    "about",
    "around",
    "within",
    "outside",
    "inside",
    "off",
    "up",
    "down",
    "out",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "while",
    "whereas",
    "if",
    "because",
    "although",
    "though",
    "and",
    "or",
    "but",
    "nor",
    "so",
    "yet",
    "i",
    "you",
    "he",
    "she",
    "it",
    "we",
    "they",
    "them",
    "us",
    "him",
    "her",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "its",
    "their",
    "his",
    "our",
    "your",
    "my",
    "each",
    "every",
    "last",
    "next",
    "now",
    "already",
    "still",
    "also",
    "just",
    "only",
    "even",
    "then",
    "there",
    "here",
    "more",
    "less",
    "fewer",
    "most",
    "not",
    "no",
    "all",
    "both",
    "than",
    "said",
    "says",
    "say",
    "told",
    "according",
    "including",
    "mostly",
    "mainly",
    "largely",
    "some",
    "many",
    "much",
    "this",
    "ago",
    "earlier",
    "later",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "whom",
    "if",
    "how",
    "what",
    "why",
]
WHAT_NOT_HEADS = ["gdp", "total", "times", "year", "years", "report", "course", "average", "figure"]
# links between a head noun and its complement (agents of the police, millimetres of rain)
COMPLEMENT_LINKS = ["of"]
COMPLEMENT_DETERMINERS = ["the", "a", "an"]
# before a number: determiners that open the phrase it measures, words skipped on the way back
LEFT_DETERMINERS = [
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "this",
    "that",
    "these",
    "those",
    "any",
    "each",
]
LEFT_SKIP = [
    "of",
    "to",
    "at",
    "by",
    "from",
    "in",
    "on",
    "for",
    "about",
    "around",
    "only",
    "just",
    "nearly",
    "almost",
    "already",
    "some",
    "be",
    "been",
    "being",
]
# verb endings: a word ending so is no adjective and, after a noun, ends the phrase
VERB_ENDINGS = ("ed", "ing")
# verbs that tie a subject to its quantity: "the economy will grow by 3.2%", "debt could climb
# to 115%", "the changes raise about £25bn": the measured phrase is the subject before them
MEASURE_VERBS = [
    "range",
    "ranges",
    "ranging",
    "vary",
    "varies",
    "grow",
    "grows",
    "grew",
    "grown",
    "growing",
    "rise",
    "rises",
    "rose",
    "risen",
    "rising",
    "climb",
    "climbs",
    "climbed",
    "climbing",
    "fall",
    "falls",
    "fell",
    "fallen",
    "falling",
    "drop",
    "drops",
    "dropped",
    "dropping",
    "expand",
    "expands",
    "expanded",
    "expanding",
    "shrink",
    "shrinks",
    "shrank",
    "shrinking",
    "contract",
    "contracts",
    "contracted",
    "slow",
    "slows",
    "slowed",
    "slowing",
    "ease",
    "eases",
    "eased",
    "easing",
    "reach",
    "reaches",
    "reached",
    "reaching",
    "hit",
    "hits",
    "hitting",
    "exceed",
    "exceeds",
    "exceeded",
    "top",
    "tops",
    "topped",
    "stand",
    "stands",
    "stood",
    "standing",
    "stay",
    "stays",
    "stayed",
    "remain",
    "remains",
    "remained",
    "total",
    "totals",
    "totalled",
    "totaled",
    "amount",
    "amounts",
    "amounted",
    "cost",
    "costs",
    "costing",
    "raise",
    "raises",
    "raised",
    "bring",
    "brings",
    "brought",
    "bring in",
    "brings in",
    "increase",
    "increases",
    "increased",
    "decrease",
    "decreases",
    "decreased",
    "jump",
    "jumps",
    "jumped",
    "surge",
    "surged",
    "soar",
    "soared",
    "decline",
    "declined",
    "declines",
    "average",
    "averaged",
    "managing",
    "manage",
    "come",
    "came",
    "go",
    "goes",
    "went",
    "be",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "to",
    "has",
    "have",
    "had",
    "been",
    "also",
    "only",
    "still",
    "again",
    "now",
    "already",
    "barely",
    "just",
    "up",
    "down",
]
# nouns before "of" that give the counted noun to a number elsewhere: the number of troops ... 3,000
NUMBER_OF = r"(?:the |a )?(?:number|total|tally|toll|count|figure) of (?:the )?"
# an adjective-looking word after the head extends the phrase (rare in English: "troops deployed")
ADJECTIVE_SUFFIXES = ("al", "ic", "ian", "ean", "ese", "ish", "ive", "ous", "ary", "ern", "an")
ADJECTIVE_NOT = [
    "are",
    "were",
    "is",
    "was",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
]

# --- attribution ----------------------------------------------------------
# "according to X", "per X": X is the source
ACCORDING_TO = [
    r"according to",
    r"as estimated by",
    r"in the words of",
    r"in accordance with",
    # a machine translation of "nach Angaben", "nach ihren Worten": "after union information"
    r"after(?= (?:[\w'-]+[ -]){0,3}?(?:information|data|statements|figures|estimates|details|indications|calculations)(?![\w]))",
    r"by(?= [\w' .-]{1,60}?'s (?:own )?(?:count|tally|estimates?|reckoning|calculations|figures)(?![\w]))",  # by X's count
]
# a passive agent names who put the number: "losses, estimated by the NFU at £2bn"
ACCORDING_TO += [r"(?<!as )(?:estimated|calculated|counted|tallied|compiled) by"]
# speech and reporting verbs: "X has said that", "..., X said", "X said on Monday", "X estimates".
# The compiler builds auxiliary (+ up to three words) + participle and the simple forms.
SPEECH_AUXILIARIES = ["has", "have", "had", "has also", "have also", "had also", "would have"]
SPEECH_PARTICIPLES = [
    "said",
    "told",
    "stated",
    "announced",
    "estimated",
    "reported",
    "added",
    "warned",
    "claimed",
    "confirmed",
    "denied",
    "insisted",
    "noted",
    "written",
    "explained",
    "argued",
    "projected",
    "forecast",
    "predicted",
    "calculated",
    "counted",
    "recorded",
    "registered",
    "detailed",
    "disclosed",
    "revealed",
    "acknowledged",
    "admitted",
    "suggested",
    "indicated",
    "put the figure at",
    "put the number at",
    "put the toll at",
    "put the cost at",
    # "Northway had put the number of affected accounts at 430,000": put is its own participle
    "put the figure", "put the number", "put the cost", "put the damage", "put the total", "put the toll",
    "put the losses", "put the bill",
    "quantified",
    "reckoned",
    "tweeted",
    "posted",
    "published",
    "stressed",
    "emphasised",
    "emphasized",
    "pointed out",
    "declared",
    "alleged",
    "assessed",
    "believed",
    "rejected",
    "disputed",
    "demanded",
    "proposed",
    "offered",
    "pledged",
    "promised",
    "advised",
    "recommended",
    "replied",
    "responded",
    "answered",
    # what a body notes, observes or puts down to a cause is its claim
    "observed",
    # participles of the verbs of concluding, revealing, ruling out
    "concluded", "maintained",
    "precised",  # a machine translation's "has precised the director" (French "a précisé")
]
SPEECH_PRESENT = [
    # a machine translation's verbs of saying ("indicates the INSEE in a note", "underlines the union")
    "indicates", "underlines", "underlined", "specifies", "specified",
    "precises",  # French "précise" left as it is
    "precised",  # a copy of "precisó", "a précisé", "ha precisato": "The entity precised that other 57"
    "speak of", "speaks of", "spoke of", "talk of", "talks of",  # "guilds speak of 95% and the ATU of a 40 %"
    "confides", "confided",  # a witness's own figures, in a machine translation's word order ("confides Marc Dupuis")
    # "The Conservatives put the figure closer to £3bn": a claim of the amount
    "put the figure", "puts the figure", "put the number", "puts the number", "put the cost", "puts the cost",
    "put the damage", "puts the damage", "put the total", "puts the total", "put the toll", "puts the toll",
    "put the losses", "puts the losses", "put the bill", "puts the bill",
    "informed",
    "fear",
    "fears",
    "feared",
    "assured",
    "assures",
    "assure",  # "The relatives ... assure that the deaths are more than 40" (aseguran que)
    "suspects",
    "suspected",
    "published",
    "publishes",
    "show",
    "shows",
    "showed",
    # a report or survey "found that": its finding ("police found 300 kg" is an act)
    "found that",
    "finds that",
    "find that",
    # and without "that" after evidence only ("Readings taken by the council found average noise of 71
    # decibels"; EVIDENCE_VERBS): "police found 300 kg" is an act
    "found",
    "finds",
    "said",
    "says",
    "say",
    "told",
    "tells",
    "stated",
    "states",
    "announced",
    "announces",
    "estimated",
    "estimates",
    "estimate",
    "reported",
    "reports",
    "added",
    "adds",
    "warned",
    "warns",
    "claimed",
    "claims",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "deny",
    "insisted",
    "insists",
    "noted",
    "notes",
    "wrote",
    "writes",
    "explained",
    "explains",
    "argued",
    "argues",
    "projected",
    "projects",
    "forecast",
    "forecasts",
    "predicted",
    "predicts",
    "calculated",
    "calculates",
    "counted",
    "recorded",
    "registered",
    "lists",  # "It lists 764 tailings deposits nationwide": a body's register gives the count
    "tallies",
    "detailed",
    "disclosed",
    "revealed",
    "acknowledged",
    "admitted",
    "suggested",
    "indicated",
    "quantified",
    "reckoned",
    "reckons",
    "tweeted",
    "stressed",
    "emphasised",
    "emphasized",
    "pointed out",
    "declared",
    "alleged",
    "assessed",
    "believes",
    "put the figure at",
    "put the number at",
    "put the toll at",
    "put the cost at",
    "puts the figure at",
    "puts the number at",
    "puts the toll at",
    "puts the cost at",
    "expects",
    "rejected",
    "disputed",
    "demanded",
    "demands",
    "proposed",
    "proposes",
    "offered",
    "offers",
    "pledged",
    "promised",
    "promises",
    "unveiled",
    "unveils",
    "is demanding",
    "are demanding",
    "is calling for",
    "are calling for",
    "calls for",
    "called for",
    # advice and reproach speak too
    "advised",
    "advises",
    "recommended",
    "recommends",
    # answers and retorts speak too
    "replied",
    "replies",
    "responded",
    "responds",
    "answered",
    "retorted",
    # what a body notes, observes or puts down to a cause is its claim
    "reminded",
    "denounced",
    "observed",
    # the other persons and tenses of the verbs above, and verbs of concluding, revealing, ruling out
    "reveals", "admits", "acknowledges", "concludes", "concluded", "stresses", "maintains",
    "maintained",
]
# English has no inverted pronoun forms (said he is the plain pronoun after the verb)
SPEECH_INVERSION = {"aux": [], "suffix": []}
# the speech verbs that may come before their subject: "..., said the ministry"; never "told X"
INVERTED_VERBS = [
    "informed",
    "assured",
    "said",
    "says",
    "added",
    "adds",
    "wrote",
    "writes",
    "noted",
    "explained",
    "announced",
    "detailed",
    "estimated",
    "warned",
    "reported",
    "stated",
    "insisted",
    "argued",
    "claimed",
    "confirmed",
    "declared",
    # the present tense a machine translation keeps from German or Romance word order: "..., demands the association"
    "demands",
    "demanded",
    "estimates",
    "warns",
    "explains",
    "confirms",
    "reports",
    "stresses",
    "emphasises",
    "emphasizes",
    "states",
    # the inversions a machine translation keeps from French or Italian ("..., have indicated the
    # firefighters", "confides Marc Dupuis", "It is what has indicated the prefecture")
    "indicated", "indicates", "specified", "specifies", "confides", "confided", "underlined", "underlines",
    "recalled", "recalls", "affirmed", "affirms",
    "has indicated", "have indicated", "has specified", "have specified", "has announced", "have announced",
    "has declared", "have declared", "has explained", "have explained", "has said", "have said",
    "has reported", "have reported", "has confirmed", "have confirmed", "has estimated", "have estimated",
    "precised", "has precised", "have precised",
]
# English puts the speaker after the figures in subject-verb order: "..., the ministry said."
SPEAKER_TRAILS = True
# "said the authority had received hundreds of complaints", "said the light, which can be seen
# from 22 km, would stay": a finite verb after the words that follow "said" (past a relative set
# off by commas) makes them the subject of what was said, "that" left out, not an inverted speaker
REPORTED_CLAUSE_VERBS = [
    "had", "has", "have", "would", "will", "was", "were", "is", "are", "could", "might", "may",
    "should", "can", "must",
]  # fmt: skip
# verbs an outlet may follow as listener: "X told Reuters that" (Reuters relays)
TOLD_VERBS = ["told", "tells"]
# verbs of forecast or plan that name a source only when no speech verb does (weak):
# "The Treasury expects the changes to raise about £25bn"
WEAK_SPEECH = [
    "had expected",  # "Analysts at Peel Hunt had expected a decline of about 1.5%"
    "have expected",
    "had forecast",
    "had predicted",
    "plans",
    "planned",
    "plan",
    "intends",
    "intend",
    "aims",
    "sees",
    "see",
    "anticipates",
    "anticipated",
    "is planning",
    "are planning",
    "was planning",
    # the plural present: "Analysts at Barclays expect the market to grow by 5%"
    "expect",
    "predict",
    "anticipate",
    "reckon",
]
# X cited by Y: Y relays X's claim (via)
VIA_AFTER = [r"cited by", r"quoted by", r"relayed by",
    # a document seen by an outlet: the document speaks, the outlet relays
    r"seen by",
    r"obtained by",
    r"reviewed by",
]
# "X told Reuters that": the outlet relays (via); a capitalised name must follow
TOLD = ["", "to"]
# where the outlet told ends, besides a comma or "that": a time ("told Reuters on Monday"), or the
# subject of what was told, "that" left out ("told Reuters the plant will employ 180")
TOLD_ENDS = [r"(?=\s+(?:on|in|last|this|late|early|at|after)\s)", r"(?=\s+(?:the|a|an|it|he|she|they|we|its|his|her|their|there)\s)"]
# a speaker citing X: X is the source, the speaker relays
CITING = [r"citing", r"quoting", r"referring to", r"drawing on", r"which cites", r"who cites", r"which quotes"]
# after "according to": these are not sources but evidence (according to preliminary data)
EVIDENCE_NOUNS = [
    "estimate",
    "projection",
    "forecast",
    "study",
    "figure",
    "analysis",
    "latest",
    "last",
    "balance",
    "last balance",
    "latest balance",
    "data",
    "figures",
    "estimates",
    "calculations",
    "information",
    "toll",
    "death toll",
    "latest toll",
    "latest figures",
    "latest count",
    "count",
    "tally",
    "poll",
    "survey",
    "projections",
    "forecasts",
    "statistics",
    "results",
    "images",
    "photos",
    "documents",
    "report",
    "statements",  # "after company statements" (a machine translation of "nach Unternehmensangaben")
    "details",
    "indications",
    "him",
    "her",
    "them",
    "me",
    "us",
]
PRONOUNS = ["he", "she", "it", "they", "the latter", "him", "them"]  # object forms after "according to" ("her" is a possessive too)
# plural nouns without an -s: "300 people made the journey" ends at its head
IRREGULAR_PLURALS = [
    "people",
    "staff",
    "police",
    "children",
    "men",
    "women",
    "personnel",
    "crew",
    "cattle",
    "sheep",
    "fish",
    "livestock",
    "data",
    "media",
]
# pronouns that point back at a person, never at an organisation
PERSON_PRONOUNS = ["he", "she"]
IMPERSONAL = ["this", "that", "one", "there", "which", "who", "what", "some", "others", "we", "i"]  # "we", "I": a quoted speaker
# phrases that open a clause and are not subjects
CLAUSE_OPENERS = [
    "meanwhile",
    "at the same time",
    "for its part",
    "for his part",
    "for her part",
    "for their part",
    "in addition",
    "moreover",
    "furthermore",
    "on the same day",
    "the day before",
    "the next day",
    "in other words",
    "however",
    "nevertheless",
    "yet",
    "still",
    "thus",
    "finally",
    "according to",
    "by contrast",
    "in total",
    "in all",
    "overall",
    "on monday",
    "on tuesday",
    "on wednesday",
    "on thursday",
    "on friday",
    "on saturday",
    "on sunday",
    "last week",
    "last month",
    "last year",
    "last monday",
    "last tuesday",
    "last wednesday",
    "last thursday",
    "last friday",
    "last saturday",
    "last sunday",
    "earlier",
    "later",
    "separately",
    "also",
    "and",
    "but",
]
# adverbs and time words that may sit between a speech verb and what follows it
VERB_ADVERBS = [
    "on monday",
    "on tuesday",
    "on wednesday",
    "on thursday",
    "on friday",
    "on saturday",
    "on sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "last week",
    "this week",
    "last month",
    "earlier",
    "later",
    "also",
    "again",
    "too",
    "already",
    "then",
    "now",
    "previously",
    "recently",
    "publicly",
    "officially",
    "separately",
    "in a statement",
    "in a report",
    "in a post",
    "on x",
    "to reporters",
    "to journalists",
    "on monday night",
    "on tuesday night",
    "on wednesday night",
    "on thursday night",
    "on friday night",
    "on saturday night",
    "on sunday night",
    "this morning",
    "this evening",
    "this afternoon",
]
# a copy of "informó este jueves el Servicio ...", "a indiqué ce mardi la préfecture": "this" before a day
VERB_ADVERBS += [f"this {day}" for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")]
# how often: "according to Network Rail every day 300 trains", a time after a name, not part of it
EVERY = ["every day", "each day", "every year", "each year", "every month", "each month", "every week", "each week", "every night"]
VERB_ADVERBS += EVERY
# words that end an inverted subject: "..., said the minister in Paris"
SUBJECT_STOP = [
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "from",
    "to",
    "for",
    "who",
    "which",
    "that",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "this",
    "last",
    "with",
    "adding",
    "noting",
    "warning",
    "saying",
    "citing",
    "according",
    "because",
    "but",
    "and",
    "while",
    "as",
]
# a definite description may point back at a named source; an indefinite one (an official) never
DEFINITE = ["the"]
# lower-case words inside one name: Office for Budget Responsibility, Bank of England
NAME_LINKS = ["of", "for", "the", "on"]
# a capitalised run after these names a place, not the source: the Delegation in the Valencian Community
NAME_PLACES = ["in", "at", "from", "near", "on"]
# capitalised words that do not start a name: the Prime Minister
NOT_NAMES = [
    "prime",
    "minister",
    "president",
    "the",
    "according",
    "for",
    "in",
    "deputy",
    "secretary",
    "chief",
    "chancellor",
    "press",
    "senior",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "former",
    "a",
    "an",
    "but",
    "and",
    "on",
    "at",
    "last",
    "this",
    "earlier",
    "meanwhile",
    "however",
]
# clause structure around a speech verb
SUBORDINATORS = ["that"]  # "X said that ...": the subject is before
# relative clauses and reduced relatives between a subject and its verb: "X, run by Y, said"
# a clause joined after an inverted speaker ("..., the ministry said, and 300 more are expected"): the speaker's too
CLAUSE_COORDINATORS = ["and", "but"]
RELATIVES = [
    "who",
    "which",
    "whose",
    "where",
    "whom",
    "run by",
    "led by",
    "headed by",
    "backed by",
    "based in",
    "owned by",
    "founded in",
    "founded by",
    "set up",
    "created",
]
ADVERBIAL_STARTS = [
    "in",
    "on",
    "at",
    "for",
    "with",
    "after",
    "before",
    "since",
    "during",
    "while",
    "when",
    "as",
    "if",
    "although",
    "though",
    "because",
    "by",
    "under",
    "last",
    "this",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "and",
    "but",
    "so",
]
AGENT_MARKERS = ["by"]  # "the toll released by the ministry"
# a passive estimate, its amount, then who made it: "est estimé à 85 millions d'euros par la métropole"
PASSIVE_ESTIMATE = r"(?:estimated|valued|put|calculated) at"
PASSIVE_AGENTS = ["by"]
# words that end the noun phrase after "according to"
NP_END_WORDS = ["on behalf of", "who", "which", "that", "and", "but", "while", "whereas", "because", "as", "than"]
# a finite verb or a modal after the name ends it too: "secondo l'Ufficio regionale mancano 9.400"
NP_END_WORDS += ["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must"]
NP_END_WORDS += EVERY  # "according to Network Rail every day": the name ends before how often
# what a tally rests on is no part of who made it: "according to a tally by AFP | based on statements from 11 countries"
NP_END_WORDS += ["based on", "drawn from", "compiled from"]
# words that open an approximate base: a dozen, about a dozen, some two dozen
BASE_DETERMINERS = ["a", "an", "about a", "around a", "nearly a", "some", "half a", "roughly a"]
# before a lone hundred or thousand: a vague magnitude, two to nine of them (several hundred: 200-999)
FEW_WORDS = ["several", "a few"]
NOUN_MARKERS = [
    "be",
    "been",
    "being",
    "is",
    "are",
    "was",
    "were",
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "this",
    "that",
    "these",
    "those",
    "of",
    "growth",
    "budget",
    "economic",
    "latest",
    "new",
    "revised",
    "early",
    "own",
    # "more than double the original estimate": an adjective before the noun
    "original",
    "initial",
    "previous",
    "earlier",
    "final",
    "preliminary",
    "provisional",
    "conservative",
    "to",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "not",
    # the adjectives of a denied claim: "dismissed as unfounded claims that ..."
    "unfounded",
    "false",
    "baseless",
    "inflated",
    "exaggerated",
    "misleading",
    "inaccurate",
    "media",
    "press",
]
# nouns among those markers: they make a noun of the verb's -s form only ("media reports"); a past
# form after them is their verb ("state media reported 12 deaths")
NOUN_MARKERS_OF_PRESENT = ["media", "press"]
DETERMINERS = [
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "several",
    "some",
    "two",
]
# pronouns between a subject and its verb (none in English)
CLITICS = []
# titles before a name: Mr Smith, Dr. Jones
HONORIFICS = ["cdr", "cmdr", "maj", "adm", "brig", "insp", "supt", "det",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "lord",
    "lady",
    "rev",
    "gen",
    "lt",
    "col",
    "capt",
    "sgt",
    "sen",
    "rep",
    "gov",
]
# role nouns: a description made of them is a person; org nouns: an organisation
PERSON_ROLES = [
    "coordinator",
    "president",
    "prime minister",
    "minister",
    "chancellor",
    "secretary",
    "chief",
    "head",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "governor",
    "mayor",
    "senator",
    "lawmaker",
    "mp",
    "official",
    "officials",
    "director",
    "leader",
    "general",
    "commander",
    "admiral",
    "ambassador",
    "adviser",
    "advisor",
    "expert",
    "researcher",
    "economist",
    "analyst",
    "judge",
    "prosecutor",
    "boss",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "executive",
    "commissioner",
    "king",
    "queen",
    "pope",
    "predecessor",
    "successor",
    "deputy",
    "envoy",
    "diplomat",
    "colonel",
    "captain",
    "sheriff",
    "founder",
]
# a member of a board speaks as a person: "said the DB board member for long-distance traffic, Katrin Hollweg"
PERSON_ROLES += ["member", "board member", "council member", "committee member"]
# professions whose bearer speaks in an apposition: "Rogério Antunes, professor da UFPR, alerta"
PERSON_ROLES += ["professor", "engineer", "doctor", "meteorologist", "lecturer"]  # fmt: skip
PERSON_ROLES += ["biologist", "researcher", "economist", "vet", "veterinarian", "geologist", "glaciologist", "scientist"]  # fmt: skip
# titles written before a name: "Councillor Mary Harland", "Detective Inspector Sarah Jones"
PERSON_ROLES += ["councillor", "councilor", "detective inspector", "detective", "inspector", "chief superintendent", "superintendent", "sergeant", "chief constable", "constable", "sheriff", "congressman", "congresswoman"]  # fmt: skip

# bodies named by what they are: "The airline carried ..., it said"
ORG_ROLES = [
    "airline",
    "retailer",
    "supermarket",
    "chain",
    "brewer",
    "carmaker",
    "automaker",
    "drugmaker",
    "shipyard",
    "agency",
    "ministry",
    "department",
    "government",
    "office",
    "service",
    "services",
    "army",
    "military",
    "police",
    "authorities",
    "administration",
    "union",
    "institute",
    "organisation",
    "organization",
    "bank",
    "commission",
    "council",
    "court",
    "fund",
    "watchdog",
    "regulator",
    "company",
    "group",
    "firm",
    "federation",
    "association",
    "intelligence",
    "pentagon",
    "kremlin",
    "white house",
    "treasury",
    "un",
    "committee",
    "board",
    "centre",
    "center",
    "observatory",
    "authority",
    "party",
    "coalition",
    "campaign",
    "charity",
    "newspaper",
    "broadcaster",
    "bureau",
    "trust",
    "corporation",
    "manufacturer",
    "insurer",
    "lender",
    "operator",
    "carrier",
    "utility",
    "foundation",
    "institution",
    "body",
    "secretariat",
    "think tank",
    "source",
    "network",
    "station",
]
# bare descriptions that only stand for an organisation named before ("the watchdog said"),
# and words that make a description point back ("the same agency")
ANAPHORIC_ROLES = ["watchdog", "regulator", "same"]
# "the entity", a copy of "la entidad", "l'entité", "a entidade": whatever body was named before
ORG_ROLES += ["entity"]
ANAPHORIC_ROLES += ["entity"]
# a French, Spanish, Italian or Portuguese "pour le syndicat, ...", "para el ministerio, ..."
# translated word for word: "For" opening the sentence before a body or a role and a comma is
# "according to" ("For the first time" names no one; a beneficiary takes no comma: "For the army
# 2 billion were earmarked"). Prefectures and syndicates are the words such copies carry over.
ORG_ROLES += ["prefecture", "syndicate"]
_FOR_ROLE = "|".join(sorted(ORG_ROLES + PERSON_ROLES, key=len, reverse=True))
ACCORDING_TO += [rf"^for(?= (?:the )?(?:{_FOR_ROLE})s?(?![\w])[^,.;:]{{0,80}},)"]

# descriptions that name a government of their own ("the state government"): they point back
# only at a name holding the same word, never at the organisation named last
SELF_NAMED_ROLES = ["government", "administration", "police", "army"]

# --- modality: cues in the clause before the number (or the verb just after it) --
# what one puts "at" a number: "The ministry put the previous year's total at 2,204"
_PUT_NOUNS = (
    r"(?:figure|number|cost|damage|total|toll|losses|loss|bill|count|tally|value|price|deficit"
    r"|shortfall|benefit|impact|contribution|turnout|crowd|attendance)s?"
)

MODALITY_CUES = {
    "denied": [
        r"there (?:is|was|has been) no",  # "there is no 25% cut": a denial in the speaker's own words
        r"den(?:y|ies|ied|ying)",
        r"dismiss(?:es|ed|ing)? (?:the|reports|claims|as)",
        r"reject(?:s|ed|ing)? (?:the figure|the figures|the claim|claims|reports)",
        r"refut\w*",
        r"reject(?:s|ed|ing)? as",
        r"dismiss(?:es|ed|ing)? as",
        r"false",
        r"untrue",
    ],
    "possible": [
        r"could",
        r"may",
        r"might",
        r"possibly",
        r"perhaps",
        r"maybe",
        r"potentially",
        r"potential",
        r"(?<!the )risk\w* of",  # "cut the risk of heart attack by 20%" names a thing ("at risk of losing" does not)
        r"(?<=the )risk of(?= \w+ing\b)",
        r"threaten\w* to",
        r"likely",
        r"unlikely",
    ],
    "planned": [
        # a plan reported in the past: "the ICNF said it would free up to eight more"
        r"(?:it|they|he|she|we) would(?! not| have| be\b| (?:cost|exceed|reach|need|generate|total|bring|save|lose|mean|affect|support|rise|fall|climb|drop)\b)",
        r"will",
        r"won't",
        r"shall",
        r"plans?",
        r"planned",
        r"planning",
        r"intends?",
        r"intended",
        r"aims?",
        r"aimed",
        r"is to",
        r"are to",
        r"is due",
        r"are due",
        r"set to",
        r"going to",
        r"proposed?",
        r"proposal",
        r"promis\w*",
        r"pledg\w*",
        r"vow\w*",
        r"announc\w*",
        r"unveil\w*",
        r"(?<!\d )target\w*",  # not the counted noun: "struck 150 targets"
        r"goal",
        r"commit(?:s|ted|ting|ment|ments)?",  # not "committee"
        r"seeks?",
        r"wants?",
        r"offer\w*",
        r"earmark\w*",
        r"demand(?:s|ed|ing)",
        r"call(?:s|ed|ing)? for",
        r"ask(?:s|ed|ing)? for",
],
    "estimated": [
        r"puts? the (?:figure|number|cost|damage|total|toll|losses|bill)",
        r"put(?:s|ting)? (?:(?:the|its|their|this|that) )?(?:[\w'’-]+ ){0,5}?" + _PUT_NOUNS + r"(?: [\w'’-]+){0,4}? at",
        r"suspect(?:s|ed)",
        r"estimat\w*",
        r"expects?",
        r"expected",
        r"expecting",
        r"forecast\w*",
        r"project(?:ed|ing|ion|ions)",  # not "the project cost"
        r"predict\w*",
        r"calculat\w*",
        r"reckon\w*",
        r"believe\w*",
        r"(?:is|are|was|were) thought to",  # "fewer than 600 are thought to survive"
        r"sees",
        r"should",
        r"outlook",
        r"by (?:its|their|his|her|the watchdog's|the agency's) (?:count|estimate|reckoning)",
    ],
}
# English marks neither the conditional nor the future on the verb
MODALITY_SUFFIXES = {}
MODALITY_NOT = []

# --- sentences --------------------------------------------------------------
ABBREVIATIONS = [
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "jr",
    "sr",
    "gen",
    "lt",
    "col",
    "capt",
    "sgt",
    "sen",
    "rep",
    "gov",
    "rev",
    "no",
    "nos",
    "vol",
    "p",
    "pp",
    "approx",
    "etc",
    "vs",
    "inc",
    "ltd",
    "corp",
    "co",
    "u.s",
    "u.k",
    "e.g",
    "i.e",
    "jan",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
]

# --- language detection fallback (when lingua is not asked) --------------------
STOPWORDS = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "is",
    "that",
    "for",
    "it",
    "was",
    "on",
    "with",
    "as",
    "by",
    "said",
    "at",
    "from",
    "this",
    "have",
    "has",
    "are",
    "were",
    "which",
    "would",
    "will",
    "their",
    "but",
]


# --- switches the German pack introduced (neutral here) ------------------------------
NUMBER_COMPOUND = ""  # a regex for one word glued from number words (German zweihundertfünfzig)
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
# ("on Tuesday", "Tuesday"), strictly before with a past marker ("last Tuesday"); with a next
# marker ("next Tuesday") it dates no statement.
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
DATE_PAST_MARKERS = ["last", "this past"]
DATE_NEXT_MARKERS = ["next", "this coming", "coming"]
# days from the article's date; dateparser reads these first, the days are its fallback
DATE_RELATIVE = {
    "yesterday": -1,
    "the day before yesterday": -2,
    "last night": -1,
    "today": 0,
    "this morning": 0,
    "last week": -7,
}
DATE_AGO = [r"<n> (?:days?|weeks?) ago"]  # <n>: digits or a number word; dateparser reads them
DATE_DAY_SUFFIXES = ["st", "nd", "rd", "th"]  # March 1st
DATE_NAMES_CASE = "upper"  # weekdays and months are capitalised: a lower-case "may" is a verb
# the date a figure describes: "as of March 1", "as at 30 June 2024", "by June 30"; "by the end of
# 2024", "at end-June", "the end of March" (a month or a year: its last day)
AS_OF_CUES = [r"as of", r"as at", r"as on", r"by"]
AS_OF_END_CUES = [r"(?:(?:by|at|until|to|before) )?(?:the )?end(?: of)?", r"(?:(?:by|at) )?end-"]
AS_OF_PERIODS = {
    "end of the year": ("year", 0),
    "end of this year": ("year", 0),
    "end of last year": ("year", -1),
    "end of next year": ("year", 1),
    "year-end": ("year", 0),
    "end of the month": ("month", 0),
    "end of last month": ("month", -1),
}
# a period starts at the expression after these: it dates neither a statement nor a figure
DATE_SINCE = [r"since", r"from", r"starting", r"beginning", r"as from"]
# "nach eigenen Angaben", "selon ses propres chiffres": the figures are the clause subject's own
OWN_WORDS = ["own"]

# after a comma, a relative whose subject is the phrase before: ", qui revendique 32 %"
SUBJECT_RELATIVES = ["who", "which"]
# a place's relative opens a clause with a subject of its own: ", où la police fédérale dit avoir mobilisé 350 agents"
LOCATIVE_RELATIVES = ["where"]
# "that" after a short phrase led by a determiner, before the speech verb, opens that phrase's
# relative: "..., the federation that manages the stockpile said"
NOUN_RELATIVES = ["that"]

# a conjunction that opens a clause before its subject: "enquanto a empresa propôs 4,5%"
SUBJECT_OPENERS = ["while", "whereas", "although", "when", "as"]  # ", as the AA said"
# machine-translated "wie": "Like the association announced", ", how the Federal Statistical Office communicated"
SUBJECT_OPENERS += ["like", "how"]
# the other side of a count whose speech verb is left out ("Die Polizei sprach von 2.500 Teilnehmern, die
# Veranstalter von 6.000"): these speak for the number after them
COUNTERPARTS = ["organisers", "organizers", "unions", "police", "employers", "authorities", "union", "management", "company", "employer"]
# a sentence that opens on what the one before said, then names a speaker ("Das waren 33 weniger als im
# Vorjahr, wie die DLRG mitteilte"): the speaker said the sentence before too
RESUMING_OPENERS = [r"(?:that|this)(?:'s| is| was| represents| represented| means| compares)"]
# "the data showed", "selon ces chiffres": evidence named with a definite article is the source just named
EVIDENCE_POINTS_BACK = True
# a spokesperson with no name and no body of their own speaks for the body named just before
# ("Velmara denied it. ..., a spokeswoman said": Velmara), lower-case, determiner dropped
SPOKES_ROLES = ["spokesman", "spokeswoman", "spokesperson", "press officer"]

# a possessive opening a source's phrase: its owner speaks ("ses contrôleurs", "its inspectors")
POSSESSIVES = ["its", "their"]

# a gerund of saying after a comma goes on with the speaker of the verb before: ", adding that"
GERUND_SPEECH = ["adding", "saying", "noting", "warning", "estimating", "stressing", "explaining", "forecasting", "predicting", "projecting", "claiming", "insisting", "citing",
                 "ruling", "arguing", "alleging"]  # "blocked the rules, ruling that the state had cut off tens of thousands"

# the base of a rate is no count: "12 deaths every 100,000", "per 100,000 people"
RATE_EACH = ["every", "each"]
RATE_PER = ["per"]
RATE_PEOPLE = [r"inhabitants?", r"residents?", r"people", r"persons?", r"(?:live )?births"]

# what a text or a measure provides is said in the article's own voice: "L'accordo prevede 300",
# "the bill provides for 5,000" name no speaker (spec: an actor is not a source)
NOT_SPEAKERS = ["law", "bill", "plan", "deal", "agreement", "budget", "decree", "measure", "reform", "proposal", "scheme", "programme", "program", "contract", "treaty", "tax", "levy", "regulation", "directive", "package", "legislation", "amendment"]

# a bare amount in millions or billions after one of these words in its clause is money, in the
# currency the article names ("le perdite potrebbero arrivare a 80 milioni"); not one whose
# noun follows ("80 milioni di persone")
MONEY_CONTEXT = r"allocated|earmarked|pledged|invest(?:ed|s|ing)?|sold|bought|paid|pay|pays|dividends?|investments?|value|payments?|earnings|income|turnover|capital|transfer fees?|wages|salar(?:y|ies)|spent|costs?|spending|losses|damages?|tax(?:es)?|levy|revenues?|sales|profits?|deficits?|debts?|budgets?|bills?|savings|fines?|jackpot|compensation|subsid(?:y|ies)|funding|fund|price tag|raised|collected|fraud|takings"

# a part of the amount just said: "45 milioni, di cui 18 per l'attaccante" (18 million, its scale
# and currency said once)
PARTITIVES = ["of which", "including"]

# a participle before "by" is a passive, not a speech verb: "the quotas declared by all coastal
# states add up to 410,000 tonnes" (what was declared, by whom, is no speaker)
VERB_NOT_BEFORE = {v: ["by"] for v in SPEECH_PARTICIPLES if v.endswith("ed") and " " not in v}
# "states" is as often the noun: "all coastal states add up to 410,000 tonnes", "member states have"
VERB_NOT_BEFORE["states"] = ["add", "have", "had", "are", "were", "will", "would", "can", "could", "and", "or",
                             "of", "in", "to", "with", "which", "who", "agreed", "must", "should", "may"]
# ... and after a determiner or a quantifier: "mandatory for all states from 2027", "the 27 member states"
VERB_NOT_AFTER = {"states": ["all", "the", "member", "other", "many", "some", "most", "both", "these", "those", "several",
                             "two", "three", "four", "five", "50", "27", "us", "gulf", "baltic", "german", "federal"]}

# a participle set off by commas after the subject describes it, it is no new subject:
# "The Institute for Fiscal Studies, funded by the ESRC, estimates" (the IFS, not the ESRC)
APPOSED_PARTICIPLE = r"\w+ed (?:to|by|in|with|from|at|on|between|among|over|during|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\b)"
# ("A Lakefront Research poll of 1,004 voters, conducted Dec. 8-12, found that 58%")

# verbs of recording: their subject is where a thing was counted; an according phrase after
# them names who counted and speaks: "Hospitals recorded 3,200 admissions, according to the ministry"
RECORD_VERBS = ["recorded", "records", "record", "registered", "registers", "counted", "counts", "logged", "logs", "tallied"]

# not ruling out is saying it may be: "Investigators do not rule out that dozens of other shipments were involved" (a speaker, a possible figure)
# "The ministry put the previous year's total at 2,204": putting an amount at a number
SPEECH_PATTERNS = [
    r"put(?:s|ting)? (?:(?:the|its|their|this|that) )?(?:[\w'’-]+ ){0,5}?" + _PUT_NOUNS + r"(?: [\w'’-]+){0,4}? at",
    # a finding is a clause with its own verb: "found the scheme had cost £2.1bn", "found 30% of
    # firms had cut staff" ("police found 300 kg of cocaine" is an act: no verb follows)
    r"(?:found|finds|suggests|suggested|shows|showed)(?= (?:(?!that |which |who |where )[\w'’%.,£$€-]+ ){1,5}(?:had|has|have|was|were|is|are|would|could|will|might|may)\b)",
]
# dismissing a claim is denying it ("the company dismissed 300 workers" is an act)
SPEECH_PRESENT += [
    "dismissed as",
    "dismisses as",
    "dismissed claims",
    "dismisses claims",
    "dismissed reports",
    "dismisses reports",
    "dismissed suggestions",
    "dismissed the claim",
    "dismissed the claims",
    "dismissed the figure",
]
# a company restating its guidance: "reiterated its forecast of about £2.9 billion"
SPEECH_PRESENT += ["reiterated", "reiterates", "reaffirmed", "reaffirms", "restated"]
# a machine translation's "teilte mit", "hieß es vom X"
SPEECH_PRESENT += ["communicated"]
# a machine translation's "informa que": "The Corps of Firemen informs that 620 firemen"
SPEECH_PRESENT += ["informs", "inform"]
ACCORDING_TO += [r"it (?:was )?(?:said|heard|stated) from(?= )"]
SPEECH_PARTICIPLES += ["reiterated", "reaffirmed", "restated"]
SPEECH_PRESENT += ["does not rule out", "do not rule out", "did not rule out", "doesn't rule out", "don't rule out", "didn't rule out", "has not ruled out", "have not ruled out", "would not rule out", "could not rule out", "does not exclude", "do not exclude", "did not exclude"]
MODALITY_CUES["possible"] += [r"(?:does|do|did|would|could)(?: not|n't) (?:rule out|exclude)", r"(?:has|have|had)(?: not|n't) (?:ruled out|excluded)"]

# a forecast governs the future it introduces: "EirGrid forecasts that data centres will account
# for about 30%" is estimated, not planned (a belief, "cree que enviará 12.000", stays a plan)
FORECAST_CUES = r"forecast\w*|predict\w*|project\w*|expects?|expected|estimat\w*|calculat\w*"

# "said it would build a $2.4bn campus": a reported plan; "said the strike would cost about £5m": a forecast
MODALITY_CUES["planned"] += [r"would (?:send|pay|build|spend|invest|hire|recruit|create|cut|give|provide|deploy|open|close|allocate|fund|offer|buy|sell|introduce|set aside|freeze|double|scrap|axe|add)"]
MODALITY_CUES["estimated"] += [r"would (?:cost|exceed|reach|need|generate|total|bring|save|lose|mean|affect|support|rise|fall|climb|drop)"]

# "after her words", "a suo dire": the speaker named last (a possessive inside the cue)
ACCORDING_TO += [r"(?:after|in|by) (?:his|her|their) (?:own )?words"]
CUE_POSSESSIVES = ["his", "her", "their", "its"]

# a share of a whole, read as a percentage before a link to what it is a share of: "half of the harvest" (50 %); not "the first half of 2024"
SHARE_WORDS = {"half": 0.5}
SHARE_NOT_AFTER = ["first", "second", "last", "latter", "former", "other", "back", "front", "top", "bottom", "better"]

# the "up to" cues that mean "to" after a verb of change ("sube hasta 1.184"): exact; not "as many as"
UP_TO_AS_TO = r"up to"
BOUND_CUES["more_than"] += [r"pass(?:es|ed|ing)?"]  # "expect to pass 12 million passengers"

# "according to a statement from the Department for Transport": a statement's owner speaks
EVIDENCE_NOUNS += ["statement", "joint statement", "press release", "release", "bulletin", "update", "briefing", "filing", "letter"]
EVIDENCE_NOUNS += ["census", "count", "tally", "audit", "poll", "review", "inventory"]
# a speaker's own inquiry after "said its": "Ofgem said its investigation had found that at least
# 3,900" (not evidence everywhere: "a person familiar with the investigation" is a person)
SAID_OWN_EVIDENCE = ["investigation", "inquiry"]
AGENT_MARKERS += ["from"]
# "A government official, speaking on condition of anonymity, said": an aside, no new subject
APPOSED_PARTICIPLE += r"|\w+ing (?:on|to|for|from|at|in|after|under)"

# emergency services by their number, after a definite article, are names: "según ha informado el 112"
SERVICE_NUMBERS = ["999", "911", "112", "111", "101", "311"]  # 311: a US city's non-emergency line

# a cap is at most: "o volume será limitado a 180 milhões de litros", "capped at £2,500"
BOUND_CUES["at_most"] += [r"capped at", r"limited to"]
# "an estimated £3.2m": the source's estimate (modality), no hedge on the bound
BOUND_CUES["exact"] = [*BOUND_CUES.get("exact", []), r"an estimated"]

# a house number before its street: "au 30 boulevard Vivier-Merle", "at 10 Downing Street"
# not "400 high street stores", "£1.6bn for road maintenance", "300 cars to road users": a name's words before it
STREET_AFTER = r"\s(?!high street)(?:(?!(?:for|to|the|of|a|an|by|on|in|and|with|at|from|per|into|new|main|more|extra|local|rural|major)\s)[a-z][\w\'-]+\s){1,2}(?:street|road|avenue|lane)(?![\w-])"

# "according to our calculations": the speaker who says it in quotes, named after them
OUR_WORDS = ["our", "my"]

# words before an evidence noun that point back at it: "de acordo com o mesmo levantamento"
EVIDENCE_MODIFIERS = ["same", "latest", "new", "last"]

# the word for unnamed sources: with a description and no owner they speak themselves ("fonti vicine al dossier")
UNNAMED_SOURCES = ["sources"]

# evidence made for a client: "selon un sondage Ifop pour Le Figaro" is Ifop's
CLIENT_LINKS = ["for"]
# accusing someone of a deed is claiming it: "the group accused the company of felling 900 oaks"
SPEECH_PRESENT += ["accused", "accuses", "accuse"]

# the outlet a speaker talked to, written before the speaker: "En declaraciones a Europa Press, el
# alcalde ha cifrado ..." (the outlet relays, via)
INTERVIEW_LEADS = ['in an interview with (?:the )?', 'speaking to (?:the )?', '(?:interviewed|contacted) by (?:the )?']

# a passive between auxiliary and participle: "had been estimated at", "a été estimé à", "ha sido
# cifrado en": the subject is what was estimated, no speaker
PASSIVE_MARKERS = ["been"]
# a negated modal is no subject of a speech verb: "authorities that cannot show they spend it well"
NEGATED_MODALS = ["cannot", "can't", "couldn't", "won't", "wouldn't", "don't", "doesn't", "didn't", "mustn't", "shouldn't"]
# a sentence opened by a share of the figures before ("Desse total, 637 mil ...", "Of these, 300
# ...") goes on with their account: with no speaker of its own, the speaker before speaks for it
PARTITIVE_OPENERS = ['of these', 'of them', 'of those', 'of the total', 'of that total', 'of this total', 'among them', 'among those']
# a decimal followed by points is a change of a rate in points of percentage ("0,4 punti"); not basis points
POINT_WORDS = ['point', 'points']
POINT_NOT_AFTER = ['basis']
# revising one's own forecast or target is giving it: "The IMF raised its global growth forecast to
# 3.1%", "the Bank of England cut its forecast for 2026", "the OECD revised down its estimate" (the
# subject owns the forecast; "cut its workforce" is an act, no forecast)
SPEECH_PATTERNS += [
    r"(?:(?:has|have|had) )?(?:raised|raises|raise|cut|cuts|lowered|lowers|lower|trimmed|trims|trim|revised|revises|revise|kept|keeps|keep|maintained|maintains|upgraded|upgrades|downgraded|downgrades|lifted|lifts|reduced|reduces|boosted|boosts|slashed|slashes|nudged|nudges|reiterated|reiterates|confirmed|confirms|held|holds|tweaked|updated|pared|pares)"
    r"(?: (?:up|down|upward|downward|sharply|slightly))? (?:its|their|the)(?: [\w-]+){0,3}? (?:forecasts?|estimates?|projections?|outlook|guidance|targets?|predictions?)(?![\w])"
]
# putting an amount named before at a number: "the ministry estimates the cost at $1.4bn, although
# analysts put it closer to $3bn"
SPEECH_PATTERNS += [r"put(?:s|ting)? (?:it|them) (?:at|closer to|nearer to|nearer|near|around|as high as|as low as|higher|lower)(?= )"]
# a disaster that "claimed 212 lives" took them; it said nothing
TOLL_VERBS = ["claimed", "claims", "claim", "claiming"]
TOLL_OBJECTS = ["lives", "life", "victims", "casualties"]
# an appeal for funds is the claim of who makes it: "the IFRC launched an emergency appeal for 12.5
# million Swiss francs", "the WHO appealed for $87m"
SPEECH_PATTERNS += [
    r"(?:(?:has|have|had) )?(?:launched|launches|launch|issued|issues|made) an? (?:new |fresh |urgent |emergency |international |humanitarian |flash )*appeal(?= for (?:[\w-]+ )?(?:[$£€]|\d))",
    r"(?:(?:has|have|had) )?appeal(?:ed|s) for(?= (?:[$£€]|\d|some |about |around |nearly |almost |more than |up to ))",
]
# raising a toll is giving it: "the State Emergency Service had raised the capital's death toll to 11"
SPEECH_PATTERNS += [
    r"(?:(?:has|have|had) )?(?:raised|raises|revised|revises|lifted|lifts|put|puts|brought|brings|updated|updates) (?:the|its|their)(?: [\w'’-]+){0,3}? (?:death toll|toll|tally|count|number of (?:dead|deaths|victims|casualties|injured|missing))(?: [\w'’-]+){0,3}? to(?= (?:at least |more than |over |about |around |nearly )?\d)",
    # "put damage to housing, crops and roads at about $1.3bn": an amount put without an article
    r"put(?:s|ting)? (?:damage|losses|the damage|the losses|the cost|costs)(?: [\w'’,-]+){0,6}? at(?= (?:about |around |nearly |some |more than |over |up to |least )?[$£€\d])",
]
# a forecast's participle right after its figure names whose it is: "below the 2.2% forecast by the
# government", "the £4bn estimated by the OBR"
FIGURE_PARTICIPLES = ["forecast", "projected", "estimated", "predicted", "pencilled in", "calculated"]
# roles any leader fits, whatever office named them before: "the Socialist leader"
GENERIC_PERSON_ROLES = ["leader", "official", "politician"]
# a relative without its pronoun after a figure: "killed 1,500 civilians, a claim the group denies",
# "a figure Israel disputes": the speaker disputes the figure before, it claims none
CLAIM_NOUNS = ["claim", "claims", "figure", "figures", "number", "toll", "estimate", "count", "tally", "account"]

# speech verbs only when their subject is evidence: "the survey found 38%", not "police found 300 kg"
EVIDENCE_VERBS = ["found", "finds"]
# what is measured is evidence too: "readings taken by the council found"
EVIDENCE_NOUNS += ["readings", "measurements", "research", "tests", "analyses", "audits", "studies", "surveys", "polls", "reports"]
# records and documents: "citing witnesses and hospital records" names no one who speaks
EVIDENCE_NOUNS += ["records", "documents"]

# a product named after its model word: its number is part of the name ("the models Urban 8 and Urban 10 Pro")
MODEL_WORDS = ["model", "models", "range"]

# a match's result in words before its score: "won the final 3 to 1": a score, no figure
SCORE_LINK = "to"
SCORE_WORDS = ['victory', 'win over', 'won', 'beat', 'defeat', 'lost', 'draw', 'drew', 'score', 'scoreline']

# adverbs of time between the phrase and its amount are no head of what is counted: "the fare is now £3"
LEFT_SKIP += ['today', 'now', 'currently', 'already', 'still', 'yesterday']

# a machine translation of "comme l'a indiqué X", "c'est ce qu'a indiqué X": the subject follows the verb
AS_CLAUSE = ["it is what", "this is what", "that is what"]
# "selon la même source": the source of the figures just before, named or only described
SAME_SOURCE_WORDS = ["source"]
# "at least however 350 euros" (a translation of "mindestens aber"): a word between a bound cue and its number
BOUND_OTHER_WORDS = ["however", "another", "other"]

# "For the ECB, inflation will ...", "For Greenpeace, emissions rose 12%": "for" before a bare
# name and a comma is "according to" when the name is a source named before, an acronym or a body
# the alias table knows (not "For Christmas, sales rose 12%")
ACCORDING_NAMED = r"(?<![\w])[Ff]or (?:the )?(?=[A-Z])"
ACCORDING_NAMED_WORD = "for "
ACCORDING_NAMED_LEADS = [". ", "; ", ": ", ", but ", " while ", " whereas "]  # or the sentence's start
