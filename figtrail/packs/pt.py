"""Portuguese language pack (Brazilian and European): data only. The algorithm reads it and
never names a language.

Every entry is matched against the normalised view of the text: lower-cased,
NBSP and narrow NBSP as plain spaces, ’ as ', « » “ ” as ". Regex fragments
are written for that view. Examples that must keep working: pt_corpus.py.
"""

CODE = "pt"
NAME = "Portuguese"

# --- digits --------------------------------------------------------------
DECIMAL_MARKS = ","  # 1,5 milhão
GROUP_MARKS = " ."  # 12.000, 12 000 (NBSP and narrow NBSP are spaces in the view)

# --- number words (text2num parses runs of them) --------------------------
NUMBER_WORDS = {
    "zero": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5,
    "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13,
    "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16,
    "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19,
    "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70,
    "oitenta": 80, "noventa": 90, "cem": 100, "cento": 100, "duzentos": 200, "duzentas": 200,
    "trezentos": 300, "trezentas": 300, "quatrocentos": 400, "quatrocentas": 400,
    "quinhentos": 500, "quinhentas": 500, "seiscentos": 600, "seiscentas": 600,
    "setecentos": 700, "setecentas": 700, "oitocentos": 800, "oitocentas": 800,
    "novecentos": 900, "novecentas": 900, "mil": 1000,
}  # fmt: skip
NUMBER_JOINERS = ("e",)  # vinte e um, dois mil e quinhentos
DECIMAL_WORDS = ("vírgula", "virgula")  # um vírgula cinco milhão
# between a whole and its fraction: seis milhões com dois terços, cinco trilhões com três quartos
FRACTION_JOINERS = ("com",)
# Words that are numbers only with a scale after them: "um milhão", not "um homem".
ARTICLE_WORDS = ("um", "uma")
# fraction words and their denominators: meio milhão (500 000), um milhão e meio (1,5 milhão)
FRACTIONS = {
    "meio": 2, "meia": 2, "terço": 3, "terços": 3, "quarto": 4, "quartos": 4, "quinto": 5,
    "quintos": 5, "sexto": 6, "sextos": 6, "sétimo": 7, "sétimos": 7, "oitavo": 8, "oitavos": 8,
    "nono": 9, "nonos": 9, "décimo": 10, "décimos": 10, "centésimo": 100, "centésimos": 100,
    "milésimo": 1e3, "milésimos": 1e3, "milionésimo": 1e6, "milionésimos": 1e6,
    "bilionésimo": 1e9, "bilionésimos": 1e9, "trilionésimo": 1e12, "trilionésimos": 1e12,
}  # fmt: skip
# a word that makes the number words before it a denominator: dois onze avos (2/11)
DENOMINATOR_AFTER = ("avos",)
# number words that multiply the number before them: três dúzias (36)
MULTIPLES = {"dúzias": 12}
# number words that are no number on their own
NOT_ALONE = ()

# --- scale words after a number: 1,5 milhão, 12,2 mil milhões (pt-PT 1e9), 10 mil ----
SCALES = {
    "mil": 1e3,
    "milhar": 1e3,
    "milhares": 1e3,
    "milhão": 1e6,
    "milhao": 1e6,
    "milhões": 1e6,
    "milhoes": 1e6,
    "mil milhões": 1e9,  # European Portuguese: 12,2 mil milhões = 12.2e9
    "bilhão": 1e9,  # Brazilian Portuguese: 12 bilhões = 12e9
    "bilhões": 1e9,
    "bilhoes": 1e9,
    "bilhao": 1e9,
    "bilião": 1e12,  # European Portuguese: long scale
    "biliões": 1e12,
    "trilhão": 1e12,  # Brazilian Portuguese
    "trilhões": 1e12,
    "trilhoes": 1e12,
    "trilhao": 1e12,
    "mi": 1e6,  # R$ 3 mi, R$ 2,9 bi (Brazilian headlines)
    "bi": 1e9,
    "tri": 1e12,
    "m": 1e6,
    "k": 1e3,
}
# abbreviations that only count as a scale when glued to a currency (150 M€, R$ 3 mi) or the digits (10k)
SCALE_NEEDS_CURRENCY = ("m", "mi", "bi", "tri")
SCALE_LINK = r"(?:de )?"  # "dezenas de milhares", "uma dezena de milhões"

# --- vague magnitudes and approximate bases -------------------------------
VAGUE = {"dezenas": (20, 99), "centenas": (200, 999), "milhares": (2000, 9999)}
VAGUE_REPEAT = r"e"  # "centenas e centenas"
BASES = {"dezena": 10, "dúzia": 12, "duzia": 12, "quinzena": 15, "vintena": 20, "centena": 100, "milhar": 1000}

# --- bounds: cues written right before the number --------------------------
# an article may sit between the cue and the number: "acima dos 4 %", "ultrapassou os 50.000"
BOUND_CUES = {
    "at_least": [
        r"pelo menos(?: o| a| os| as| um| uma)?",
        r"(?:não|nunca|jamais) inferior(?:es)? a(?:os?|s)?",  # not (never) less than: at least
        r"ao menos",
        r"no mínimo(?: o| os)?",
        r"um mínimo de",
        r"não menos de",
        r"maior(?:es)? ou igua(?:l|is) (?:que|a)",  # comparisons: maior ou igual a cem
        r"igua(?:l|is)(?: a)? ou maior(?:es)? (?:que|a)",
        r"superior(?:es)? ou igua(?:l|is) a(?:os?|s)?",
        r"(?<![=<>])\w?\s?(?:>\s?=|≥)",  # x >= 10
    ],
    "more_than": [
        r"um pouco mais de",
        r"pouco mais de",
        r"mais de(?: um| uma)?",
        r"mais do que",
        r"acima de",
        r"acima dos?",
        r"acima das?",
        r"superior(?:es)? a(?:os?|s)?",
        r"ultrapass(?:a|am|ou|aram|ado|ada|ar|ando|e|em)(?: já)?(?: os| as| o| a)?",
        r"super(?:a|am|ou|aram|ado|ar|e|em)(?: já)?(?: os| as| o| a)?",  # "negou que superem as 300.000",
        r"passa de",
        r"passam de",
        r"passou de",
        r"passaram de",
        r"passad[oa] de",
        r"excede\w*(?: os| as)?",
        r"maior(?:es)? (?:que|do que|de)",
        r"mais alt[oa]s? (?:que|do que)",
        r"(?<![=<>])\w?\s?>",
    ],
    "at_most": [
        r"no máximo(?: o| os)?(?: equivalente a)?",
        r"não superior(?:es)? a(?:os?|s)?",  # not more than: at most
        r"um máximo de",
        r"não mais de",
        r"não mais que",
        r"menor(?:es)? ou igua(?:l|is) (?:que|a)",
        r"igua(?:l|is)(?: a)? ou menor(?:es)? (?:que|a)",
        r"inferior(?:es)? ou igua(?:l|is) a(?:os?|s)?",
        r"(?<![=<>])\w?\s?(?:<\s?=|≤)",
    ],
    "up_to": [r"até(?: o| a| os| as| um| uma)?"],
    "less_than": [
        r"pouco menos de",
        r"menos de(?: um| uma)?",
        r"abaixo de",
        r"abaixo dos?",
        r"abaixo das?",
        r"inferior(?:es)? a(?:os?|s)?",
        r"aquém de",
        r"menor(?:es)? (?:que|do que|de)",
        r"mais baix[oa]s? (?:que|do que)",
        r"(?<![=<>])\w?\s?<",
    ],
    "approx": [
        r"rond(?:a|am|ava|avam|ará|arão|ou|aram)(?: os| as| o| a)?",  # "a cobertura ronda os 94%", "rondará as 560.000"
        r"cerca de(?: um| uma)?",
        r"alguns|algumas",  # right before the number, a machine translation of "some 8,000"
        r"perto d(?:e|o|a|os|as)(?: um| uma)?",
        r"aproximadamente(?: o| os)?",
        r"quase(?: o| a| os| as| um| uma)?",
        r"em torno de",
        r"em torno dos?",
        r"em torno a(?:os?)?",  # a copy of Spanish "en torno a"
        r"ao redor d(?:e|os?|as?)",  # "ao redor de 900 policiais": a copy of Spanish "alrededor de"
        r"por volta de",
        r"por volta dos?",
        r"à volta de",
        r"à volta dos?",
        r"uns",
        r"umas",
        r"mais ou menos",
        r"aprox\.",
        r"na casa d[eo]s?",
        r"na ordem d[eo]s?",
        r"praticamente",
    ],
}
# "até" after a verb of rising means "to" (exact): o número de mortos subiu até 176
# words that set a second number against a first with a unit, which it shares: "9,4 mil toneladas, contra 18,1 mil no ano passado"
COMPARE_LINKS = ["contra", "ante", "frente a", "após", "depois de", "em vez de", "comparado com", "face a", "face ao", "face aos", "face à", "face às", "em comparação com"]
# a negation a few words before a "more than" cue makes it at most: "as capturas não devem ultrapassar 298 mil toneladas"
NEGATIONS = ["não", "nunca"]
CHANGE_VERBS = r"(?:melhor\w*|pior\w*|recuper\w*|dupl\w*|tripl\w*|encarec\w*|sub\w*|aument\w*|elev\w*|cresc\w*|cresceu|baix\w*|caiu|ca[íi]\w*|desc\w*|reduz\w*|reduziu|pass\w*|cheg\w*|dispar\w*|recu\w*|diminu\w*|ampli\w*|corta\w*|cortou)"
# "by" before a bound: "reduzir em até 10%": the change's size is up to, not "to"
CHANGE_SIZE_WORDS = ["em"]

# --- ranges ---------------------------------------------------------------
RANGE_BETWEEN = r"entre(?: o| a| os| as)?"  # before the first number
RANGE_AND = r"e"  # entre X e Y
RANGE_FROM = r"de|dos|das|desde"  # de X a Y
RANGE_TO = r"a|até"  # de X a Y, X a Y
# articles that may open the second number of a range: entre os 20 e os 30 mil
RANGE_ARTICLES = ["o", "a", "os", "as"]
# bound cues after the number: 200 ou mais, quinhentos ou menos, 30 pelo menos
BOUND_AFTER = {
    "at_least": [r"ou mais(?! de| do| que)", r"ou maior(?! de| do| que)", r"pelo menos", r"ao menos", r"no mínimo"],
    "at_most": [r"ou menos(?! de| do| que)", r"ou menor(?! de| do| que)", r"no máximo"],
}
# a word that joins two opposite bounds into a range: more than 10 but less than 15
BOUND_JOIN = r"mas"
# a fraction written with a word between numerator and denominator: um sobre três
FRACTION_OVER = [r"sobre"]
# a currency's subunit after its main unit: 15 dólares e 15 (centavos)
SUBUNITS = [r"centavos?", r"cêntimos?"]
SUBUNIT_LINKS = r"com"

# --- units ----------------------------------------------------------------
# after the number (and its scale); optional "de" before word units
UNITS_AFTER = {
    "soles": "PEN",  # Peru's money (plural only: "sol" is a common word)
    # flows said in full: "27 metros cúbicos por segundo (m³/s)"
    "m³/s": "m3/s",
    "m3/s": "m3/s",
    "metros cúbicos por segundo": "m3/s",
    "%": "percent",
    "por cento": "percent",
    "pontos percentuais": "percent",
    "€": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "$": "USD",
    "dólares": "USD",
    "dólar": "USD",
    "dolares": "USD",
    "usd": "USD",
    "dólares americanos": "USD",
    "£": "GBP",
    "libras esterlinas": "GBP",
    "libras": "GBP",
    "reais": "BRL",
    "real": "BRL",
    "brl": "BRL",
    "wons": "KRW",
    "won": "KRW",
    "hryvnias": "UAH",
    "ienes": "JPY",
    "iene": "JPY",
    "yuans": "CNY",
    "iuanes": "CNY",
    "rublos": "RUB",
    "rublo": "RUB",
    "francos suíços": "CHF",
    "francos cfp": "XPF",
    "francos cfa": "XOF",
    "kwanzas": "AOA",
    "ariary": "MGA",  # Madagascar's money
    "pesos": "MXN",  # bare: the peso of the country the article is about (extract._peso_country)
    "meticais": "MZN",
    "pesos argentinos": "ARS",
    "pesos mexicanos": "MXN",
    "yenes": "JPY",
    "francos suiços": "CHF",
    "francos suicos": "CHF",
    "francos": "CHF",  # a franc alone is today the Swiss one
    "dólares australianos": "AUD",
    "dólares canadenses": "CAD",
    "dólares de hong kong": "HKD",
    "florins holandeses": "NLG",
    "marcos finlandeses": "FIM",
    "marcos alemães": "DEM",
    "francos franceses": "FRF",
    "pesetas": "ESP",
    "km²": "km2",
    "km2": "km2",
    "quilômetros quadrados": "km2",
    "quilómetros quadrados": "km2",
    "m²": "m2",
    "m2": "m2",
    "metros quadrados": "m2",
    "km": "km",
    "decibéis": "dB",
    "decibel": "dB",
    "decibeis": "dB",
    "quilômetros": "km",
    "quilómetros": "km",
    "quilômetro": "km",
    "quilómetro": "km",
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
    "quilos": "kg",
    "kg": "kg",
    "quilogramas": "kg",
    "gramas": "g",
    "hectares": "ha",
    "hectare": "ha",
    "ha": "ha",
    "litros": "l",
    "litro": "l",
    "barris": "bbl",
    "megawatts": "MW",
    "mw": "MW",
    "gigawatts": "GW",
    "gw": "GW",
    "km/h": "km/h",
    # "graus" stays a count: temperature or angle, the word does not say which
    "quilometro": "km",
    "quilometros": "km",
    "ml": "ml",
    "mililitros": "ml",
    "cc": "cm3",
    "cm3": "cm3",
    "m3": "m3",
    "m³": "m3",
    "metros cúbicos": "m3",
    "milhas por hora": "mph",
    "quilômetros por hora": "km/h",
    "quilómetros por hora": "km/h",
    "milhas": "mi",
    "milha": "mi",
    "pés": "ft",
    "polegadas": "in",
    "polegada": "in",
    "galões": "gal",
    "galoes": "gal",
    "galão": "gal",
    "acres": "ac",
    "onças": "oz",
    "toneladas métricas": "t",
    "t métricas": "t",
    "bits": "bit",
    "rad": "rad",
    "radianos": "rad",
    "mg": "mg",
    "kw": "kW",
    "kwh": "kWh",
    "mb": "MB",
    "gb": "GB",
    "hectolitros": "hl",
    "hectolitro": "hl",
    "zlótis": "PLN",
    "liras turcas": "TRY",
    "coroas suecas": "SEK",
    "hectômetros cúbicos": "hm3",
    "hectómetros cúbicos": "hm3",
    "terabytes": "TB",
    "terabyte": "TB",
    "gigabytes": "GB",
}
# energy: "6,969 gigawatt-hours of electricity"
UNITS_AFTER.update({"gigawatts-hora": "GWh", "gigawatts hora": "GWh", "gwh": "GWh", "megawatts-hora": "MWh", "mwh": "MWh", "terawatts-hora": "TWh", "twh": "TWh", "quilowatts-hora": "kWh"})

# written before the number
UNITS_BEFORE = {
    "r$": "BRL",
    "us$": "USD",
    "u$": "USD",
    "€": "EUR",
    "$": "USD",
    "£": "GBP",
    "¥": "JPY",
    "₩": "KRW",
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
    r"anos?",
    r"meses",
    r"mês",
    r"semanas?",
    r"dias?",
    r"horas?",
    r"h",
    r"minutos?",
    r"min",
    r"segundos?",
    r"séculos?",
    r"décadas?",
    r"trimestres?",
    r"semestres?",
    r"noites?",
    # seasons count time: "diez inviernos", "slipped by two seasons"
    "invernos",
    "verões",
    "temporadas",
]
_MONTHS = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]
# "28 de outubro", "6 de fevereiro"; abbreviated in datelines: "14 jun"
MONTHS = (
    _MONTHS
    + ["de " + m for m in _MONTHS]
    + ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
)
ORDINAL_SUFFIXES = r"(?:\.?º|\.?ª|\.?°)"  # 1.º, 2ª, 2º turno
ORDINAL_WORDS = []  # primeiro, segundo... are not in NUMBER_WORDS, so never read as numbers
_WEEKDAYS = [
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "sábado",
    "domingo",
]
# words right before a number that make it a name, an id or a day: artigo 5, "nesta sexta-feira (14)"
ID_CUES = (
    [
        r"tabela",
        r"(?:telefones?|números?) de emerg[êe]ncia|emerg[êe]ncia",  # "o número de emergência 112"
        r"carreira",
        r"(?:rua|avenida|praça|travessa) (?:d[aeo]s? )?\w+(?: \w+)?",
        r"rodovia|estrada nacional|autoestrada",  # "a rodovia 101": a road
        r"semanas? epidemiológicas?",  # "na semana epidemiológica 10"
        r"under|over",  # "os over 50": an age group, borrowed from English
        r"artigos?",
        r"art\.",
        r"lei",
        r"decreto",
        r"decreto-lei",
        r"decreto (?:executivo|legislativo|presidencial|regulamentar)",  # "o decreto executivo 111"
        r"pavilh(?:ão|ões)|ala|bloco|cela",  # "no pavilhão 8": a prison's or a hospital's wing
        r"resolução",
        r"medida provisória",
        r"n\.?º",
        r"nº",
        r"número",
        r"capítulo",
        r"página",
        r"pág\.",
        r"volume",
        r"seção",
        r"secção",
        r"linha",
        r"rodovia",
        r"estrada",
        r"voo",
        r"covid",
        r"parágrafo",
        r"inciso",
        r"anexo",
        r"emenda",
        r"temporada",
        r"episódio",
        r"versão",
        r"nível",
        r"categoria",
        r"zona",
        r"classe",
        r"tipo",
        r"modelo",
        r"canal",
        r"porta",
        r"terminal",
        r"rua",
        r"avenida",
        r"praça",
        r"fase",
        r"telefone",
        r"ligar para o",
        r"dia",
        r"©",
    ]
    + [d + r" ?\(?" for d in _WEEKDAYS]
    + [d.split("-")[0] + r" ?\(" for d in _WEEKDAYS[:5]]
)
# a phone number written in groups after its cue: "al número verde 800 123 456"
ID_CUES += ["linha(?: de apoio| verde| gratuita)?|n[úu]mero(?: verde| de telefone| gratuito)?|telefone|ligar para o"]
# a road, a draw, the top of a rating scale: "die B 304", "o concurso 2.838", "au niveau 4 sur une échelle de 5"
ID_CUES += ["concurso", "escala de"]
# words right before a 4-digit number from 1000 to 1899 that make it a year
YEAR_CUES = [r"em", r"desde", r"ano", r"século", r"no ano de", r"antes de", r"depois de"]
# small number words that point back at known things: os dois países, um dos dois
ANAPHORA_BEFORE = r"(?:os|as|estes|estas|esses|essas|seus|suas|nossos|nossas|aqueles|aquelas|um dos|uma das|dos|das|aos|às|nos|nas|pelos|pelas)"

# --- what is counted ------------------------------------------------------
WHAT_LINK = r"(?:de |do |da |dos |das )"  # 2,39 milhões de pessoas
# the link of a duration has no article: "tre anni", "10 di anni" ("18.100 dell'anno scorso" is no duration)
TIME_LINK = r"(?:de )"
# words that may open the counted noun phrase but are not its head
WHAT_PREMODIFIERS = [
    "outros", "outras", "novos", "novas", "antigos", "antigas", "jovens", "grandes", "pequenos",
    "pequenas", "primeiros", "primeiras", "últimos", "últimas", "únicos", "únicas", "altos",
    "altas", "principais", "primeiro", "primeira", "novo", "nova", "último", "última",
    "supostos", "alegados",
    # "estima em 10 mil os soldados", "calculou em R$ 19 bilhões o custo": the noun after its article
    "os", "as", "o", "a",
]  # fmt: skip
# auxiliaries between a bare number and a participle: "4.900 foram resgatados"
WHAT_AUXILIARIES = [
    "foram",
    "foram já",
    "já foram",
    "são",
    "estão",
    "tinham sido",
    "serão",
    "estavam",
    "ficaram",
    "morreram",
    "têm",
]
# words that end a noun phrase (verbs, prepositions other than de, conjunctions, pronouns)
WHAT_STOPWORDS = [
    "a", "à", "às", "ao", "aos", "em", "no", "na", "nos", "nas", "num", "numa", "com", "sem",
    "para", "pra", "por", "pelo", "pela", "pelos", "pelas", "sobre", "sob", "após", "entre",
    "até", "desde", "durante", "segundo", "conforme", "contra", "perante", "que", "quem", "qual",
    "quais", "onde", "quando", "como", "e", "ou", "nem", "mas", "se", "não", "lhe", "lhes", "o",
    "os", "as", "um", "uma", "uns", "umas", "seu", "sua", "seus", "suas", "este", "esta",
    "estes", "estas", "esse", "essa", "esses", "essas", "é", "são", "foi", "foram", "era",
    "eram", "será", "serão", "está", "estão", "estava", "estavam", "tem", "têm", "tinha",
    "mais", "menos", "já", "também", "ainda", "eles", "elas", "ele", "ela", "enquanto",
    "muito", "cerca", "perto", "quase", "nesta", "neste", "nessa", "nesse", "desta", "deste",
]  # fmt: skip
WHAT_NOT_HEADS = ["pib", "total", "vezes", "vez", "ano", "anos", "parte", "mais", "menos"]
# links between a head noun and its complement (soldados de quatro brigadas, do Exército)
COMPLEMENT_LINKS = ["de", "do", "da", "dos", "das"]
COMPLEMENT_DETERMINERS = ["o", "a", "os", "as"]
# before a number: determiners that open the phrase it measures, words skipped on the way back
LEFT_DETERMINERS = ["o", "a", "os", "as", "um", "uma", "seu", "sua", "seus", "suas", "este", "esta"]
LEFT_SKIP = [
    "de",
    "do",
    "da",
    "dos",
    "das",
    "a",
    "ao",
    "aos",
    "às",
    "pelos",
    "pelas",
    "no",
    "na",
    "em",
    "no",
    "na",
    "por",
    "para",
    "sobre",
    "até",
    "ser",
    "sido",
    "o",
    "os",
    "as",
    "um",
    "uma",
    "já",
    "ainda",
    "também",
    "agora",
    "só",
    "apenas",  # adverbs between a phrase and its verb
]
# verb endings: a word ending so is no adjective and no head (aumentava, subiram, crescerão)
VERB_ENDINGS = (
    "ava",
    "avam",
    "iam",
    "ou",
    "iu",
    "aram",
    "eram",
    "iram",
    "arão",
    "erão",
    "irão",
    "ará",  # custará, receberá: the future
    "erá",
    "irá",
    "ariam",
    "eriam",
    "iriam",
    "ando",
    "endo",
    "indo",
)
# content words read back from a number for the phrase it measures: "o superávit primário
# de 0,5 % do PIB" (the noun leads, its complements follow)
WHAT_LEFT_WORDS = 3
# an amount and what it pays for without "de": "R$ 4,7 bilhões em perdas", "calculou em R$ 19
# bilhões o custo"
MONEY_LINK = (
    r"em |(?=(?:o|a|os|as) )"
    # "40 milhões de euros na requalificação de escolas": an act's noun (not a place or a time: "no
    # mercado europeu", "no próximo ano")
    r"|n(?:o|a|os|as) (?=\w+(?:ção|ções|mento|mentos|agem|agens|ura|uras)\b)"
    # "R$ 137 milhões para a contratação de brigadistas", "9,7 milhões por multas" (not a rate: "por quilo")
    r"|por (?!(?:cada|pessoa|habitante|passageiro|dia|mês|ano|semana|hora|cento|quilo|litro|tonelada|hectare|metro|megawatt|unidade|cabeça|noite|lugar|aluno|trabalhador)\b)"
    r"|para (?!(?:o ano|este ano|o próximo|cada)\b)"
)
# an adjective after a capitalised name belongs to it: "Ministerio de Defensa ruso"
NAME_ADJECTIVES_FOLLOW = True
# "de acordo com o balanço" (no owner named): the balance just named, so its source
EVIDENCE_POINTS_BACK = True
# a spokesperson with no name and no body of their own speaks for the body named just before
# ("Velmara denied it. ..., a spokeswoman said": Velmara), lower-case, determiner dropped
SPOKES_ROLES = ["porta-voz", "porta-voz da empresa", "porta-voz do grupo", "porta-voz da companhia"]
# a verb after a bare count yields to "o número de X": "dos quais 211 morreram"
VERB_HEAD_DEFERS = True
# read back from a number, a noun leads its adjectives and complements: "el salario mínimo
# sube", "a margem de tolerância de 0,25 %" (the head is the first noun, not the last word)
WHAT_LEFT_CHAIN = True
# the number after a verb may count the verb's subject: "as pessoas afetadas são 2,4 milhões", "a meta, de 0,5 %"
WHAT_SUBJECT = True
# nouns before "de" that give the counted noun to a number elsewhere: o número de mortos ... 176
NUMBER_OF = r"(?:o |um |a )?(?:n[úu]mero|total|cifra|contagem) (?:de |do |da |dos |das )"
# an adjective-looking word after the head extends the phrase: soldados norte-coreanos, dívida pública
ADJECTIVE_SUFFIXES = (
    "ado", "ados", "ada", "adas", "ido", "idos", "ida", "idas", "ico", "icos", "ica", "icas",
    "al", "ais", "ar", "ares", "ivo", "ivos", "iva", "ivas", "ano", "anos", "ana", "anas",
    "ense", "enses", "ino", "inos", "ina", "inas", "ês", "eses", "esa", "esas", "oso", "osos",
    "osa", "osas", "ante", "antes", "ente", "entes", "ista", "istas", "ário", "ários", "ária",
    "árias", "eiro", "eiros", "eira", "eiras", "ável", "áveis", "ível", "íveis", "eu", "eus",
    "eia", "eias", "il", "is", "ucho", "uchos", "ucha", "uchas",
    "mínimo", "mínima", "máximo", "máxima",
    # nationalities that no suffix above catches
    "russo", "russa", "russos", "russas", "turco", "turca", "turcos", "turcas", "grego",
    "grega", "alemão", "alemã", "alemães", "polaco", "polaca", "sueco", "sueca", "checo",
    "checa",
)  # fmt: skip
ADJECTIVE_NOT = [
    "são", "estão", "foram", "eram", "estavam", "poderiam", "deveriam", "têm", "vão", "devem",
    "antes", "durante", "mediante", "segundo", "mais", "para", "sobre", "até", "desde", "cada",
    "era", "eram", "será", "ano", "anos", "mas", "pais", "país", "mês",
]  # fmt: skip

# --- attribution ----------------------------------------------------------
# "segundo X", "de acordo com X": X is the source; "um segundo tremor" is an ordinal
ACCORDING_TO = [
    r"(?<!\bum )(?<!\bo )(?<!\bno )(?<!\bdo )(?<!\bao )(?<!\bpelo )segundo(?! (?:tempo|lugar|turno|trimestre|semestre|mandato|dia|ano|maior|mais|quase|colocado|classificado)(?![\w]))",
    r"segunda(?= (?:a|o|as|os|fontes?|dados)(?![\w]))",
    r"de acordo com",
    r"según",  # left in Spanish by a machine translation: "19 cadáveres foram identificados, según Medicina Legal"
    r"conforme",
    r"na opinião de",
    r"nas palavras de",
    r"para(?= (?:a|o) (?:agência|ministério|governo)(?![\w]))",
]
# "pelos dados da autoridade portuária": by the data, figures, estimates of X
ACCORDING_TO += [r"pel[oa]s (?:dados|números|contas|estimativas|cálculos|projeções|registros|registos) d(?:[aeo]s?)?(?= )"]
# a passive agent names who put the number: "uma produção estimada pela ADVID em 1,35 milhões"
ACCORDING_TO += [r"(?:estimad|calculad|avaliad|contabilizad|apurad|indicad|divulgad|apontad|registad|registrad)[oa]s? (?:por|pel[oa]s?)"]
# speech and reporting verbs, as words: "X tem dito que", "..., acrescentou X", "X estima que".
# The compiler builds auxiliary (+ up to three words) + participle, and the simple forms.
SPEECH_AUXILIARIES = ["tem", "têm", "tinha", "tinham", "havia", "haviam", "teria", "teriam", "terá"]
SPEECH_PARTICIPLES = [
    "dito", "afirmado", "declarado", "indicado", "anunciado", "estimado", "precisado",
    "sublinhado", "acrescentado", "explicado", "assegurado", "garantido", "lembrado",
    "assinalado", "informado", "advertido", "alertado", "escrito", "detalhado", "confirmado",
    "reconhecido", "admitido", "negado", "desmentido", "rejeitado", "publicado", "revelado",
    "comunicado", "calculado", "contabilizado", "registado", "registrado", "avaliado",
    "reportado", "denunciado", "reivindicado", "exigido", "pedido", "proposto", "oferecido",
    "apontado", "sustentado", "insistido", "avisado", "divulgado", "destacado", "adiantado",
    "esclarecido", "reiterado", "manifestado", "comentado", "falado em", "dado conta",
    "previsto", "contado",
    # advice and answers speak too
    "recomendado", "aconselhado", "defendido", "respondido", "replicado",
    # what a body notes, observes or puts down to a cause is its claim
    "atribuído",
    "observado",
    "constatado",
    # participles of the verbs of concluding, revealing, ruling out
    "referido", "concluído", "salientado", "frisado", "vincado",
    # a witness tells, confides, regrets: a person's own figures ("480 euros de ma poche", raconte-t-elle)
    "relatado", "lamentado",
]  # fmt: skip
SPEECH_PRESENT = [
    # linking deaths to a cause, countering with one's own count: "O sindicato associou 11 mortes a atrasos", "O ministério contrapõe que há quatro casos"
    "associou", "associa", "associam", "contrapõe", "contrapôs", "contrapõem",
    # updating a toll gives it: "O Ministério da Saúde atualizou hoje para 163 o número de mortos"
    "atualizou", "atualizaram",
    "mostram",  # "os dados do INE mostram 9.874": what the data show
    "mostraram",
    "teme",
    "temem",
    "contabiliza",
    "contabilizam",
    "suspeita",
    "suspeitam",
    "reclama",
    "reclamam",
    "disse", "diz", "dizem", "disseram", "dizia", "afirmou", "afirma", "afirmam", "afirmaram",
    "afirmava", "declarou", "declara", "declararam", "indicou", "indica", "indicam",
    "indicaram", "anunciou", "anuncia", "anunciam", "anunciaram", "estimou", "estima",
    "estimam", "estimaram", "estimava", "precisou", "sublinhou", "sublinha", "ressaltou",
    "ressalta", "ressaltam", "salientou", "salienta", "destacou", "destaca", "acrescentou",
    "acrescenta", "explicou", "explica", "assegurou", "assegura", "garantiu", "garante",
    "garantem", "lembrou", "lembra", "assinalou", "informou", "informa", "informam",
    "informaram", "advertiu", "adverte", "alertou", "alerta", "escreveu", "detalhou",
    "detalha", "confirmou", "confirma", "confirmaram", "reconheceu", "reconhece", "admitiu",
    "negou", "nega", "negam", "negaram", "desmentiu", "desmente", "desmentem",
    "desmentiram", "voltou a negar", "voltou a desmentir", "voltaram a negar",
    "voltaram a desmentir", "rejeitou", "publicou", "revelou", "comunicou", "calculou",
    "calcula", "calculam", "calcularam", "contabilizou", "contabiliza", "contabilizam",
    "registou", "regista", "registrou", "registra", "registaram", "registraram", "registam", "registram", "reportou", "denunciou", "denuncia",
    "reivindicou", "reivindica", "exigiu", "exige", "exigem", "pediu", "pede", "pedem",
    # a demand as it stood ("A FESAP, da UGT, exigia 4,5%"): the imperfect
    "exigia", "exigiam", "reivindicava", "reivindicavam", "reclamava", "reclamavam", "pedia", "pediam",
    "propôs", "propõe", "propõem", "ofereceu", "oferece", "oferecem", "apontou", "aponta",
    "sustentou", "sustenta", "insistiu", "avisou", "divulgou", "divulga", "adiantou",
    "esclareceu", "reiterou", "manifestou", "comentou", "falou em", "falara em", "fala em",
    "acredita", "acreditam", "considera", "considerou", "contou", "relatou", "avalia",
    "avaliou", "avaliam", "deu conta", "dá conta", "tinha dado conta", "aponta para",
    "avançou", "avança", "elevou o balanço", "eleva o balanço", "atualizou o balanço",
    "detectou",
    "detecta",
    "denunciam",
    # advice and answers speak too: "a associação defende que", "o ministro respondeu que"
    "recomenda", "recomendam", "recomendou", "recomendaram", "aconselha", "aconselhou", "defende", "defendem", "defendeu", "lembram", "lembraram", "respondeu", "responderam", "replicou", "replica", "retorquiu",
    # what a body notes, observes or puts down to a cause is its claim
    "atribui",
    "atribuiu",
    "observa",
    "observou",
    "constata",
    "constatou",
    # the other persons and tenses of the verbs above, and verbs of concluding, revealing, ruling out
    "declaram", "refere", "referem", "referiu", "referiram", "sublinham", "sublinharam",
    "acrescentam", "acrescentaram", "explicam", "explicaram", "asseguram", "garantiram", "revela",
    "revelam", "revelaram", "reconhecem", "admite", "admitem", "admitiram", "confirmam", "conclui",
    "concluem", "concluiu", "concluíram", "destacam", "destacaram", "salientam", "frisa", "frisam",
    "frisou", "frisaram", "advertem", "alertam", "alertaram", "detalham", "sustentam", "apontam",
    "apontaram", "adianta", "adiantam", "adiantaram", "vinca", "vincou", "ressalvou", "insiste",
    "insistem",
    # a witness tells, confides, regrets: a person's own figures ("480 euros de ma poche", raconte-t-elle)
    "relata", "relatam", "lamenta", "lamentou", "lamentam",
]  # fmt: skip
# no clitic inversion of the subject in Portuguese news ("disse ele" is a plain inverted subject)
# speech verbs that mean something else before these words: "responderam por 9,8 %" (accounted for)
VERB_NOT_BEFORE = {"respondeu": ["por", "pela", "pelo"], "responderam": ["por", "pela", "pelo"]}
# the subject may be left out: "..., 40 mil famílias, acrescentou." (the last speaker)
PRO_DROP = True
SPEECH_INVERSION = {"aux": [], "suffix": []}
# verbs of forecast or plan that name a source only when no speech verb does (weak):
# "O governo prevê superávit de 0,25 %"; "a polícia esperava 1 milhão"
WEAK_SPEECH = [
    "prevê", "preveem", "prevêem", "previa", "planeja", "planejam", "planeia", "planeiam",
    "pretende", "pretendem", "projeta", "projetam", "projecta", "espera", "esperam", "esperava",
    "esperavam", "propõe", "propõem",
]  # fmt: skip
# X cited by Y: Y relays X's claim (via)
VIA_AFTER = [
    r"citad[oa]s? por",
    r"citad[oa]s? pel[oa]s?",
    r"segundo (?:a agência|o jornal|a emissora|a rádio|a televisão)",
    # a document seen by an outlet: the document speaks, the outlet relays
    r"consultad[oa]s? pel[oa]s?",
    r"obtid[oa]s? pel[oa]s?",
    r"consultad[oa]s? por",
    r"obtid[oa]s? por",
]
# "X disse à Reuters que": the outlet relays (via); a capitalised name must follow
TOLD = ["a", "à", "ao", "à agência", "ao jornal", "à emissora", "à rádio", "à televisão", "à tv", "ao diário"]
# a speaker citing X: X is the source, the speaker relays
CITING = [r"citando", r"que cita", r"que citou",  # "a Folha, que cita fontes da PF"
           r"com base em", r"com base no", r"com base na", r"baseando-se em", r"baseado em"]
# after "segundo": these are not sources but evidence (segundo dados preliminares)
EVIDENCE_NOUNS = [
    "estimativa",
    "projeção",
    "previsão",
    "estudo",
    "relatórios",
    "análise",
    "dados", "números", "estimativas", "cálculos", "informações", "balanço", "boletim",
    "sondagem", "pesquisa", "projeções", "previsões", "estatísticas", "resultados", "imagens",
    "fotos", "documentos", "relatório", "levantamento", "contagem", "último", "última",
    "últimos", "novo", "mesmo", "ele", "ela", "eles", "elas", "nós",
]  # fmt: skip
PRONOUNS = ["ele", "ela", "eles", "elas", "este", "esta", "este último", "esta última"]
IMPERSONAL = ["se", "isto", "isso", "tudo", "e", "mas"]  # ", e pediu 42 milhões": no subject
# "Pelas contas da reportagem", "a reportagem apurou": the article's own newsroom, no outside source
IMPERSONAL += ["reportagem", "a reportagem"]
# phrases that open a clause and are not subjects
CLAUSE_OPENERS = [
    "ao mesmo tempo", "por sua vez", "por outro lado", "além disso", "também", "no entanto",
    "contudo", "porém", "entretanto", "enquanto isso", "no mesmo dia", "na mesma",
    "na véspera", "no dia seguinte", "no total", "assim", "por fim", "finalmente", "segundo",
    "de acordo com", "ou seja", "portanto", "do lado",
]  # fmt: skip
_DAYS = _WEEKDAYS + ["segunda", "terça", "quarta", "quinta", "sexta"]
# adverbs and time words that may sit between a speech verb and its inverted subject
VERB_ADVERBS = (
    _DAYS
    + ["nesta " + d for d in _DAYS]
    + ["neste " + d for d in _DAYS]
    + ["esta " + d for d in _DAYS]
    + ["este " + d for d in _DAYS]
    + ["na " + d for d in _DAYS]
    + ["no " + d for d in _DAYS]
    + [
        "ontem", "hoje", "também", "ainda", "já", "depois", "finalmente", "por sua vez",
        "assim", "em particular", "recentemente", "publicamente", "oficialmente",
        "aos jornalistas", "à imprensa", "em comunicado", "em nota", "em entrevista",
        "nesta manhã", "esta manhã", "no mesmo dia", "na ocasião", "então",
    ]
)  # fmt: skip
# how often: "segundo a CP todos os dias circulam 300 comboios", a time after a name, not part of it
EVERY = ["todos os dias", "todos os anos", "todos os meses", "cada dia", "cada ano", "cada mês", "cada semana", "a cada ano", "a cada dia"]
VERB_ADVERBS += EVERY
# words that end an inverted subject: "acrescentou o ministro em Brasília"
SUBJECT_STOP = _DAYS + [
    "desde", "em", "no", "na", "durante", "após", "antes", "depois", "sobre", "ao", "à",
    "para", "que", "quem", "nesta", "neste", "ontem", "hoje", "com", "segundo", "mas", "e",
    "enquanto", "embora", "porque", "perante",
]  # fmt: skip
# a definite description may point back at a named source; an indefinite one (um responsável) never
DEFINITE = ["o", "a", "os", "as"]
# a demonstrative points back like the article: "informou aquela força de segurança", "segundo aquele organismo"
DEFINITE += ["aquela", "aquele", "essa", "esse", "esta", "este"]
# capitalised words that do not start a name: o Primeiro-Ministro
NOT_NAMES = [
    "primeiro", "primeira", "primeiro-ministro", "presidente", "ministro", "ministra", "estado",
    "república", "segundo", "para", "em", "o", "a", "os", "as", "mesma", "mesmo",
]  # fmt: skip
# clause structure around a speech verb
SUBORDINATORS = ["que", "de que"]  # "X disse que ...", "alertou de que": the subject is before
# after a comma, "que" opens a relative whose subject is the phrase before: ", que acrescentou ..."
# a capitalised run after these is a place, not the source: "o Ministério dos Negócios Estrangeiros em Lisboa"
NAME_PLACES = ["em", "no", "na", "nos", "nas"]
SUBJECT_RELATIVES = ["que", "quem"]
# a place's relative opens a clause with a subject of its own: ", où la police fédérale dit avoir mobilisé 350 agents"
LOCATIVE_RELATIVES = ["onde"]
# a clause joined after an inverted speaker ("..., informou o ministério, e outros 300 chegam"): the speaker's too
CLAUSE_COORDINATORS = ["e", "mas"]
RELATIVES = [
    "quem",
    "cujo",
    "cuja",
    "cujos",
    "cujas",
    "onde",
    "o qual",
    "a qual",
    "os quais",
    "as quais",
    "o que",
]
ADVERBIAL_STARTS = (
    _DAYS
    + ["nesta " + d for d in _DAYS]
    + ["neste " + d for d in _DAYS]
    + ["na " + d for d in _DAYS]
    + [
        "à", "ao", "aos", "em", "no", "na", "nos", "nas", "para", "sobre", "com", "após",
        "antes", "depois", "desde", "ontem", "hoje", "durante", "perante", "nesta", "neste",
        "nessa", "nesse", "há",
    ]
)  # fmt: skip
AGENT_MARKERS = [
    "por",
    "pelo",
    "pela",
    "pelos",
    "pelas",
    "do",
    "da",
    "dos",
    "das",
]  # "o balanço divulgado pela Defesa Civil"
# a passive estimate, its amount, then who made it: "est estimé à 85 millions d'euros par la métropole"
PASSIVE_ESTIMATE = r"(?:estimad|calculad|avaliad)[oa]s? em"
PASSIVE_AGENTS = ["pelos", "pelas", "pelo", "pela", "por"]
# words that end the noun phrase after "segundo"
NP_END_WORDS = ["a pedido de", "a pedido do", "a pedido da", "que", "e", "mas", "enquanto", "contra", "onde", "cujo", "cuja", "ou", "embora"]
# a finite verb or a modal after the name ends it too: "secondo l'Ufficio regionale mancano 9.400"
NP_END_WORDS += ["é", "são", "tem", "têm", "foi", "foram", "será", "serão", "seria", "seriam", "pode", "podem", "poderia", "poderiam", "deve", "devem", "falta", "faltam"]
NP_END_WORDS += EVERY  # "segundo a CP todos os dias": the name ends before how often
# words that open an approximate base: uma dezena, um milhar
BASE_DETERMINERS = ["um", "uma", "uns", "umas", "de um", "de uma", "duma", "dum", "meia"]
# a word before a verb-looking form that makes it no speech verb: a estimativa, o cálculo
NOUN_MARKERS = [
    "de",
    "do",
    "da",
    "o",
    "a",
    "os",
    "as",
    "um",
    "uma",
    "seu",
    "sua",
    "este",
    "esta",
    "ao",
    "no",
    "na",
]
DETERMINERS = [
    "o", "a", "os", "as", "um", "uma", "uns", "umas", "este", "esta", "estes", "estas", "aquele", "aquela", "aqueles", "aquelas", "esse", "essa", "seu",
    "sua", "seus", "suas", "vários", "várias", "alguns", "algumas", "dois", "duas",
]  # fmt: skip
# pronouns and adverbs between a subject and its verb: "o ministério já tinha dito"
# a reflexive before a speech verb makes it another verb: "se situó en 118 días" (stood at)
REFLEXIVES = ["se"]
CLITICS = ["se", "lhe", "lhes", "o", "a", "os", "as", "me", "nos", "já", "também", "não", "ainda", "agora", "só", "apenas", "somente"]  # and adverbs of how much before the verb: "a polícia só confirma seis"
# titles before a name: Sr. Lula
HONORIFICS = ["sr", "sr.", "sra", "sra.", "dr", "dr.", "dra", "dra.", "d.", "dom", "dona", "prof", "prof."]
# role nouns: a description made of them is a person; org nouns: an organisation
PERSON_ROLES = [
    "coordenador",
    "coordenadora",
    "ceo",  # borrowed: "il CEO Daniel Whitmore"
    "presidente", "primeiro-ministro", "primeira-ministra", "ministro", "ministra", "chefe",
    "porta-voz", "porta-voz adjunta", "deputado", "deputada", "senador", "senadora", "prefeito",
    "prefeita", "presidente da câmara", "autarca", "responsável", "secretário", "secretária",
    "secretário-geral", "secretária-geral", "diretor", "diretora", "director", "directora",
    "dirigente", "líder", "general", "comandante", "almirante", "governador", "governadora",
    "embaixador", "embaixadora", "conselheiro", "conselheira", "assessor", "assessora",
    "especialista", "pesquisador", "pesquisadora", "investigador", "investigadora",
    "economista", "analista", "juiz", "juíza", "procurador", "procuradora", "rei", "rainha",
    "papa", "chanceler", "vice-presidente", "vereador", "vereadora", "titular",
]
# a member of a board speaks as a person: "said the DB board member for long-distance traffic, Katrin Hollweg"
PERSON_ROLES += ["membro"]  # fmt: skip
# professions whose bearer speaks in an apposition: "Rogério Antunes, professor da UFPR, alerta"
PERSON_ROLES += ["professor", "professora", "engenheiro", "engenheira", "médico", "médica", "meteorologista"]  # fmt: skip
PERSON_ROLES += ["biólogo", "bióloga", "pesquisador", "pesquisadora", "investigador", "investigadora", "economista", "veterinário", "veterinária", "geólogo", "geóloga"]  # fmt: skip
# "o delegado da Junta, Antonio Garrido Lara": roles a person is described by
PERSON_ROLES += ["gerente", "gerentes", "técnico", "técnica", "delegado", "delegada", "presidenta", "gestor", "gestora", "advogado", "advogada", "agricultor", "agricultora"]  # fmt: skip
ORG_ROLES = [
    "pasta",
    "agência", "ministério", "governo", "serviço", "serviços", "estado-maior", "exército",
    "polícia", "autoridades", "executivo", "sindicato", "sindicatos", "instituto", "gabinete",
    "organização", "ong", "banco", "comissão", "conselho", "tribunal", "procuradoria",
    "prefeitura", "câmara", "região", "federação", "associação", "empresa", "grupo",
    "sociedade", "inteligência", "pentágono", "kremlin", "casa branca", "onu", "confederação",
    "entidade", "órgão", "organismo", "administração", "direção", "observatório",
    "departamento", "centro", "defesa civil", "instituição",
    "companhia",
    "corporação",
    "fabricante",
    "fundação",
    "autoridade",
    "secretaria",
    "plataforma",
    "coletivo",
    "fonte",
    "estatal",
    "multinacional",
    "consórcio",
]  # fmt: skip
# bare descriptions that only stand for an organisation named before ("a entidade ressalta"),
# and words that make a description point back ("a mesma agência")
ANAPHORIC_ROLES = ["entidade", "órgão", "organismo", "instituição", "mesma", "mesmo", "pasta"]
# the police or a force named by what it is: "informou aquela força de segurança" (the PSP, the GNR)
ANAPHORIC_ROLES += ["força de segurança", "corporação"]
ORG_ROLES += ["força de segurança", "corporação"]
# a description that stands only for a body of one kind: "a pasta" (the portfolio) is a ministry named before
ROLE_ANTECEDENTS = {"pasta": ["ministério", "secretaria"]}
# descriptions that name a government of their own ("o governo estadual"): they point back
# only at a name holding the same word, never at the organisation named last
SELF_NAMED_ROLES = ["governo", "executivo", "prefeitura", "câmara", "polícia", "bombeiros", "exército"]

# --- modality: cues in the clause before the number (or the verb just after it) --
MODALITY_CUES = {
    "denied": [
        r"não há (?:nenhum|nenhuma|qualquer)",  # "não há nenhum corte de 25%": a denial in the speaker's own words
        r"neg(?:ou|aram|ado|ava|ando|a|am)",
        r"desment\w*",
        r"rejeit\w* (?:os números|o número|a informação|que)",
        r"falso",
        r"falsa",
        r"boato",
    ],
    "possible": [
        r"poderia\w*",
        r"poderá",
        r"poderão",
        r"pode",
        r"podem",
        r"talvez",
        r"possível",
        r"possíveis",
        r"possivelmente",
        r"eventual\w*",
        r"(?<!\bpor )(?<!\bpelo )(?<!\bo )risco de",  # not the cause: "removidas por risco de queda"
        r"(?<=o )risco de(?= \w+(?:ar|er|ir)\b)",  # "reduziu em 20% o risco de enfarte" is a thing; "corre o risco de perder" is not
        r"ameaça de",
    ],
    "planned": [
        r"prev(?:ê|eem|êem|ia|iam|isto|ista|istos|istas)(?! que)(?! (?:um |uma |o |a )?(?:crescimento|queda|aumento|alta|subida|descida|redução|recuo|inflação|déficit|défice|pib|desemprego)(?![\w]))",  # not a forecast of a change
        r"planej\w*",
        r"planei\w*",
        r"(?<!no )(?<!em primeiro )plano",  # not "no plano humano" ("as for")
        r"projeto",
        # "projeta investir" plans; "a FGV projeta alta de 2,1% do PIB" forecasts (estimated, below)
        r"proje(?:c?ta|tam|ctam|tou|taram)(?! (?:um |uma )?(?:alta|queda|crescimento|recuo|avanço|retração|expansão|inflação|déficit|superávit|aumento|redução))\w*",
        r"propõe\w*",
        r"propôs",
        r"propost\w*",
        r"promet\w*",
        r"anunci(?:a|am|ado|ada|ados|adas|ará|arão)",
        r"vai",
        r"vão",
        r"ia",
        r"iam",
        r"pretend\w*",
        r"metas?",  # not "metade" (half), "metal"
        r"alvo",
        r"objetivo",
        r"compromisso",
        r"comprometeu-se",
        r"destinar\w*",
        r"deve",
        r"devem",
        r"deverá",
        r"deverão",
        r"decidi\w*",
        r"oferec\w*",
        r"viria",
        r"convoc\w*",
        r"será",
        r"serão",
        r"receberão",
        r"receberá",
        r"exig\w*",
        r"reivindic\w*(?! (?:o |a )?(?:ataque|atentado|autoria|responsabilidade|ação))",  # "reivindicou o ataque": its author, no plan
        r"solicit(?!aç)\w*",  # not "solicitações" (requests)
],
    "estimated": [
        r"suspeit(?:a|am|ava|avam|ou|aram)",
        r"prev(?:ê|eem|êem|ia|iam) que",  # "prévoit que le chômage atteindra": a forecast
        r"estim\w*",
        r"calcul\w*",
        r"acredita\w*",
        r"previs(?:ão|ões)",
        r"projeç\w*",
        r"(?<!\bà )(?<!\bem )(?<!\bde )esper\w*",  # not "90 doentes à espera", "lista de espera" (waiting)
        r"avali\w*",
        r"prognóstic\w*",
        r"antecip\w*",
    ],
}
# verb endings that carry a modality: the future plans ("o governo investirá 2 mil milhões"), as
# in the Spanish pack; the conditional, -ria, is left out: too many nouns end so ("secretaria",
# "maioria")
MODALITY_SUFFIXES = {"planned": ["rá", "rão"]}
MODALITY_NOT = []

# --- sentences --------------------------------------------------------------
ABBREVIATIONS = [
    "sr", "sra", "dr", "dra", "d", "etc", "art", "n", "nº", "pág", "p", "vol", "av", "prof",
    "profa", "eng", "aprox", "tel", "gen", "cel",
]  # fmt: skip

# --- language detection fallback (when lingua is not asked) --------------------
STOPWORDS = [
    "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "no", "na", "que", "é",
    "um", "uma", "por", "com", "para", "segundo", "ao", "se", "seu", "sua", "mais", "mas",
    "como", "foi", "tem", "também", "sobre", "entre", "não", "pelo", "pela",
]  # fmt: skip


# --- switches the German pack introduced (neutral here) ------------------------------
NUMBER_COMPOUND = ""  # a regex for one word glued from number words (German zweihundertfünfzig)
# spellings text2num reads under another form: the scales without their accents
NUMBER_ALIASES = {"milhoes": "milhões", "milhao": "milhão", "bilhoes": "bilhões", "bilhao": "bilhão"}
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
# ("nesta sexta-feira", "na sexta-feira (7)"), strictly before with a past marker ("na última
# segunda-feira", "no sábado passado"); with a next marker ("na próxima terça") it dates no
# statement. "sexta" alone is also an ordinal: short forms only after a word that makes them days.
_DATE_SHORT_DAYS = {"segunda": 0, "terça": 1, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4}
WEEKDAYS = {
    **{f"{d}-feira": i for d, i in _DATE_SHORT_DAYS.items()},
    **{
        f"{lead} {d}": i
        for d, i in _DATE_SHORT_DAYS.items()
        for lead in ("nesta", "nessa", "desta", "dessa", "última", "ultima")
    },
    "sábado": 5,
    "sabado": 5,
    "domingo": 6,
}
DATE_PAST_MARKERS = ["última", "ultima", "passada", "passado"]
DATE_NEXT_MARKERS = ["próxima", "proxima", "próximo", "proximo", "que vem"]
# days from the article's date; dateparser reads these first, the days are its fallback
DATE_RELATIVE = {
    "ontem": -1,
    "anteontem": -2,
    "ontem à noite": -1,
    "hoje": 0,
    "hoje de manhã": 0,
    "semana passada": -7,
    "na semana passada": -7,
}
DATE_AGO = [
    r"há <n> (?:dias|semanas?)",
    r"<n> (?:dias|semanas?) atrás",
]  # <n>: digits or a number word; dateparser reads them
DATE_DAY_SUFFIXES = ["º", "°"]  # 1º de janeiro
DATE_YEAR_LINKS = ["de"]  # 7 de março de 2024
DATE_NAMES_CASE = "lower"  # weekdays and months are written lower-case: "São Domingos" is a place
# the date a figure describes: "até 31 de dezembro", "até o dia 30 de junho"; "até o fim de 2023",
# "no final de junho" (a month or a year: its last day)
AS_OF_CUES = [r"até", r"até o dia", r"com data de"]  # "a 23 de outubro" is a day things happen on
AS_OF_END_CUES = [
    r"(?:(?:até|para|em|no|ao|a) )?(?:o )?(?:fim|final|fins|finais) de",
    r"(?:(?:até|para|em|no|ao|a) )?(?:o )?(?:fim|final) do mês de",
]
AS_OF_PERIODS = {
    "fim do ano": ("year", 0),
    "final do ano": ("year", 0),
    "fim deste ano": ("year", 0),
    "final deste ano": ("year", 0),
    "fim do ano passado": ("year", -1),
    "final do ano passado": ("year", -1),
    "fim do mês": ("month", 0),
    "final do mês": ("month", 0),
}
# a period starts at the expression after these: it dates neither a statement nor a figure
DATE_SINCE = [r"desde(?: o| a| os| as)?", r"a partir d[eoa]s?"]
# "nach eigenen Angaben", "selon ses propres chiffres": the figures are the clause subject's own
OWN_WORDS = ["próprios", "próprias", "próprio", "própria"]

# a conjunction that opens a clause before its subject: "enquanto a empresa propôs 4,5%"
SUBJECT_OPENERS = ["enquanto", "embora", "quando", "já que"]
# a relative right after a number, its speech verb, then its subject ("frente al 5 % que reclaman los
# sindicatos"): that subject speaks for that number
INVERTED_RELATIVES = ["que"]
# the other side of a count whose speech verb is left out ("Die Polizei sprach von 2.500 Teilnehmern, die
# Veranstalter von 6.000"): these speak for the number after them
COUNTERPARTS = ["organizadores", "sindicatos", "polícia", "autoridades", "patrões", "sindicato", "empresa", "direção", "administração"]
# a sentence that opens on what the one before said, then names a speaker ("Das waren 33 weniger als im
# Vorjahr, wie die DLRG mitteilte"): the speaker said the sentence before too
RESUMING_OPENERS = [r"(?:isso|isto) (?:representa|representou|corresponde|significa|é|são|foi)"]
# before a speech verb, a clause whose subject follows the verb: "comme l'a indiqué la préfecture",
# "como informó el ministerio" (the subject is read after the verb, as in ", a indiqué X")
AS_CLAUSE = ["como", "conforme", "tal como"]

# an hour after these, with no noun after it: "alle 21 di giovedì", "a las 21 del jueves"
CLOCK_LEFT = ["às", "das", "até às"]

# verbs between a measured phrase and its number: "le taux de chômage a atteint 7,7 %" (its subject is what is measured)
MEASURE_VERBS = ["atinge", "atingem", "atingiu", "atingiram", "supera", "superam", "superou", "superaram", "sobe", "sobem", "subiu", "cai", "caem", "caiu", "cresce", "crescem", "cresceu", "soma", "somam", "somou", "chega", "chegam", "chegou", "representa", "representam", "fica", "ficou", "é", "são", "foi", "foram", "era", "eram", "será", "serão", "passa", "passou", "recua", "recuou"]

# a possessive opening a source's phrase: its owner speaks ("ses contrôleurs", "its inspectors")
POSSESSIVES = ["seus", "suas", "seu", "sua"]

# a gerund of saying after a comma goes on with the speaker of the verb before: ", adding that"
GERUND_SPEECH = ["acrescentando", "calculando", "prevendo", "afirmando", "dizendo", "estimando", "explicando", "lembrando", "sublinhando", "referindo"]

# the base of a rate is no count: "a cada 100 mil habitantes"
RATE_EACH = ["cada", "a cada", "por cada"]
RATE_PER = ["por"]
RATE_PEOPLE = [r"habitantes?", r"pessoas", r"nascimentos"]
# an hour's day: "às 8 da manhã", "às 21 de ontem"
CLOCK_OF = ["da", "do", "de"]
CLOCK_DAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo", "ontem", "hoje", "manhã", "tarde", "noite"]
# a change's second number: "de 6,0 para 6,6 %"
CHANGE_TO = ["para", "para os", "para as"]

# what a text or a measure provides is said in the article's own voice: "L'accordo prevede 300",
# "the bill provides for 5,000" name no speaker (spec: an actor is not a source)
NOT_SPEAKERS = ["lei", "projeto", "projecto", "texto", "acordo", "orçamento", "decreto", "plano", "reforma", "medida", "imposto", "taxa", "contrato", "tratado", "programa", "proposta", "emenda", "regulamento", "diretiva", "convénio", "convênio"]

# "Para + a role, ..." opening a sentence: the role's view ("Para o coordenador do movimento, dezenas de milhares");
# only before a role word ("para 2025" is no source)
ACCORDING_TO += [r"^para(?= (?:o |a |os |as )?(?:" + "|".join(sorted(PERSON_ROLES + ORG_ROLES, key=len, reverse=True)) + r")(?![\w]))"]

# a bare amount in millions or billions after one of these words in its clause is money, in the
# currency the article names ("le perdite potrebbero arrivare a 80 milioni"); not one whose
# noun follows ("80 milioni di persone")
MONEY_CONTEXT = r"destinad[oa]s?|liberad[oa]s?|investi(?:u|do|dos|da|das|r[áa])|vendid[oa]s?|comprad[oa]s?|pag[oa]s?|pagou|pagar[áa]|dividendos?|investimentos?|valor|pagamentos?|vendas|ganhos|capital|transfer[êe]ncias?|sal[áa]rios?|gastou|gastaram|custos?|gastos?|perdas|preju[íi]zos?|danos|impostos?|taxas?|receitas?|fatura[çc][ãa]o|lucros?|d[ée]fices?|d[ée]ficits?|d[íi]vidas?|or[çc]amentos?|montantes?|poupan[çc]as?|multas?|pr[êe]mios?|indemniza[çc](?:ão|ões)|subs[íi]dios?|apoios?|fundos?|arrecad(?:ou|aram|ado|ados|ada|ação)|fraude"

# a part of the amount just said: "45 milioni, di cui 18 per l'attaccante" (18 million, its scale
# and currency said once)
PARTITIVES = ["dos quais", "das quais", "dos que"]

# a participle set off by commas after the subject describes it, it is no new subject:
# "A Instituição Fiscal Independente (IFI), ligada ao Senado, avalia" (the IFI, not the Senate)
# ("A Frente Comum, afeta à CGTP, reclama": "afeto a", affiliated to, describes it too)
APPOSED_PARTICIPLE = r"(?:\w+(?:ado|ada|ados|adas|ido|ida|idos|idas)|feit[oa]s?|afet[oa]s?) (?:a|ao|à|aos|às|de|do|da|dos|das|em|no|na|nos|nas|pelo|pela|com|por)"

# verbs of recording: their subject is where a thing was counted; an according phrase after
# them names who counted and speaks: "Os hospitais registraram 3.200 internamentos, segundo o Ministério"
RECORD_VERBS = ["registrado", "registrada", "registrados", "registou", "registaram", "registrou", "registraram", "registra", "registram", "regista", "registam", "contabilizou", "contabilizaram", "contabiliza", "contabilizado", "contou", "contaram", "identificou", "identificaram", "identifica", "identificam"]
# counting speaks: "o ICNF identificou 52 fêmeas"
SPEECH_PRESENT += ["identificou", "identificaram", "identifica", "identificam"]
# speaking of a number is giving it: "os organizadores falam em 10.000"
SPEECH_PRESENT += ["fala em", "falam em", "falou em", "falaram em", "falava em", "falavam em"]

# not ruling out is saying it may be: "Os investigadores não descartam que dezenas de outros envios estejam envolvidos" (a speaker, a possible figure)
SPEECH_PRESENT += ["não exclui", "não excluem", "não excluiu", "não excluíram", "não descarta", "não descartam", "não descartou", "não descartaram"]
MODALITY_CUES["possible"] += [r"não (?:exclu\w*|descart\w*)", r"não (?:tem|têm) (?:excluído|descartado)"]

# a forecast governs the future it introduces: "EirGrid forecasts that data centres will account
# for about 30%" is estimated, not planned (a belief, "cree que enviará 12.000", stays a plan)
# a forecast of a trend: "a FGV projeta alta de 2,1% do PIB"
MODALITY_CUES["estimated"] += [r"proje(?:c?ta|tam|ctam|tou|taram) (?:um |uma )?(?:alta|queda|crescimento|recuo|avanço|retração|expansão|inflação|déficit|superávit|aumento|redução)"]
FORECAST_CUES = r"prev(?:ê|eem|êem|ia|iam) que|projeç\w*|prognóstic\w*|estim\w* que|calcul\w* que"

# "after her words", "a suo dire": the speaker named last (a possessive inside the cue)
ACCORDING_TO += [r"segundo as suas (?:próprias )?palavras", r"nas suas palavras"]
CUE_POSSESSIVES = ["suas", "seus", "sua", "seu"]

# a share of a whole, read as a percentage before a link to what it is a share of: "a metade dos votos" (50 %); not "a primeira metade do ano"
SHARE_WORDS = {"metade": 0.5}
SHARE_NOT_AFTER = ["primeira", "segunda", "última", "outra"]

# a machine translation's "added": "o escritório adicionou"
SPEECH_PRESENT += ["adicionou", "adicionaram"]

# the "up to" cues that mean "to" after a verb of change ("sube hasta 1.184"): exact; not "as many as"
UP_TO_AS_TO = r"até(?: o| a| os| as| um| uma)?"
BOUND_CUES["more_than"] += [r"passar de", r"passe de", r"passem de", r"passará de"]  # "o prêmio pode passar de R$ 100 milhões"

# a statement names its owner: "segundo um comunicado do Ministério"
EVIDENCE_NOUNS += ["comunicado", "nota"]

# a participle after an acronym belongs to the data, not to the name: "dados do IBGE divulgados", "o
# relatório do INE publicado"
DATA_PARTICIPLE_ENDINGS = ["ados", "adas", "idos", "idas", "ado", "ada", "ido", "ida"]

# emergency services by their number, after a definite article, are names: "según ha informado el 112"
SERVICE_NUMBERS = ["112", "190", "192", "193", "199"]
# an article's contraction before the number names the service too: "según el último parte del 112"
SERVICE_LEADS = ["do", "ao", "pelo"]

# a cap is at most: "o volume será limitado a 180 milhões de litros", "capped at £2,500"
BOUND_CUES["at_most"] += [r"limitad[oa]s? a(?:os?|s)?", r"limitad[oa]s? em"]

# opening hours: the feminine plural article stands for the hours ("dalle 10 alle 13")
CLOCK_RANGE = r"(?:das \d{1,2}(?:[h:]\d\d)? às|entre as \d{1,2}(?:[h:]\d\d)? e as) \d{1,2}(?:[h:]\d\d)?"  # "entre as 14 e as 22"

# little words inside a body's name: "Ministério para a Transição Ecológica", "Ministero per la Transizione Ecologica"
NAME_LINKS = ["para"]

# "according to our calculations": the speaker who says it in quotes, named after them
OUR_WORDS = ["nossos", "nossas", "nosso", "nossa", "meus", "minhas", "meu", "minha"]

# words before an evidence noun that point back at it: "de acordo com o mesmo levantamento"
EVIDENCE_MODIFIERS = ["mesmo", "mesma", "mesmos", "mesmas", "último", "última", "novo", "nova"]
EVIDENCE_NOUNS += ["levantamento", "estudo", "relatório", "censo"]

# the word for unnamed sources: with a description and no owner they speak themselves ("fonti vicine al dossier")
UNNAMED_SOURCES = ["fontes"]

# evidence made for a client: "selon un sondage Ifop pour Le Figaro" is Ifop's
CLIENT_LINKS = ["para"]
# accusing someone of a deed is claiming it: "the group accused the company of felling 900 oaks"
SPEECH_PRESENT += ["acusa", "acusam", "acusou", "acusaram"]
# a body's kind written before its name as a capitalised acronym: "l'ONG Robin des Bois"
DESCRIPTORS = ["ong"]
# demonstratives that point back at a body named before, in their own sentence too: "A PSP deteve 14
# pessoas, informou aquela força de segurança", "La Guardia Civil detuvo a 14, según informó dicho cuerpo"
POINTING_DETERMINERS = ["aquela", "aquele", "essa", "esse"]

# an evidence phrase may open on an ordinal or "new" ("según las primeras estimaciones de X"): X speaks
EVIDENCE_NOUNS += ["primeiras", "primeiros", "primeira", "primeiro", "últimas", "novas", "novos", "nova"]

# a numbered lot of a sale or a tender: "el lote 3" (no count: "12 lotes")
ID_CUES += ["lote"]
# a league, a racing series, a TV channel named by its number: "a Fórmula 1", "a Liga 3"
ID_CUES += ["f[óo]rmula", "liga"]

# the outlet a speaker talked to, written before the speaker: "En declaraciones a Europa Press, el
# alcalde ha cifrado ..." (the outlet relays, via)
INTERVIEW_LEADS = ['em (?:entrevista|declarações) (?:à|ao|a|para a|para o) ', '(?:ouvid|procurad|contactad|contatad)[oa]s? pel[oa] ']

# a passive between auxiliary and participle: "had been estimated at", "a été estimé à", "ha sido
# cifrado en": the subject is what was estimated, no speaker
PASSIVE_MARKERS = ["sido"]

# verbs of reacting or retorting are speech only right after a quotation: '"...", reagiu o porta-voz'
# ("o mercado reagiu com queda de 3%" is no speech)
SPEECH_PATTERNS = [r'(?<=", )(?:reagiu|reagiram|reage|rebateu|retrucou|ironizou|desabafou|atirou)']
# "para a CNI, porém": before a bare name (no article) and a comma, where a claim opens, "for" is
# "according to" when the name is a source named before or an acronym (read on the text: only
# its capitals tell a name from "per esempio")
ACCORDING_NAMED = r"(?<![\w])[Pp]ara (?:o |a |os |as )?(?=[A-ZÀ-Ý])"
ACCORDING_NAMED_WORD = "para "
ACCORDING_NAMED_LEADS = ['. ', '; ', ': ', ', mas ', ' enquanto ']  # or the sentence's start
# tenths of a percentage point, as economic news counts them: "tres décimas menos", "tre decimi"
POINT_FRACTIONS = ["décima", "décimas"]
# "Nas palavras do ministro, o governo ...": the person whose words they are
ACCORDING_TO += [r"nas palavras d(?:e|o|a)(?= )"]
MODALITY_CUES["planned"] += [r"dispost[oa]s? a"]
# a rank written after a body's capitalised noun is its name's adjective: "Intervención General"
RANK_ADJECTIVES = ["geral"]
# a forecast verb before a change or a rate forecasts it ("Confindustria prevede una crescita dello
# 0,5%"); before a measure it plans it ("il piano prevede 3.000 assunzioni")
MODALITY_CUES["estimated"] += [r"prev(?:ê|eem|êem|ia|iam)(?= (?:um |uma |o |a )?(?:crescimento|queda|aumento|alta|subida|descida|redução|recuo|inflação|déficit|défice|pib|desemprego)(?![\w]))"]
FORECAST_CUES += r"|prev(?:ê|eem|êem|ia|iam)(?= (?:um |uma |o |a )?(?:crescimento|queda|aumento|alta|subida|descida|redução|recuo|inflação|déficit|défice|pib|desemprego)(?![\w]))"
# a sentence opened by a share of the figures before ("Desse total, 637 mil ...", "Of these, 300
# ...") goes on with their account: with no speaker of its own, the speaker before speaks for it
PARTITIVE_OPENERS = ['desse total', 'deste total', 'destes', 'destas', 'desses', 'dessas', 'dos quais', 'das quais', 'entre eles', 'entre elas']
# a decimal followed by points is a change of a rate in points of percentage ("0,4 punti"); not basis points
POINT_WORDS = ['ponto', 'pontos']
POINT_NOT_AFTER = ['base', 'de base', 'básicos']
# the future of a verb of level that takes no object forecasts, it plans nothing: "el desvío alcanzará
# los 4.800 millones", "il Pil crescerà dello 0,6%" (the future of an act, "invertirá", and of a verb
# that may take one, "aumentará los controles", stays a plan)
MODALITY_CUES["estimated"] += [r"(?:alcançar|crescer|cair|situar|superar|rondar|atingir|recuar)(?:á|ão)"]
# revising one's own forecast or target is giving it: "O Banco de Portugal revê em alta a previsão de
# crescimento para 2,1%", "o FMI cortou a projeção", "o Governo mantém a meta de défice", "reviu em
# baixa, de 2,0% para 1,6%, a projeção", a headline's "corta previsão" (the subject owns the
# forecast; "cortou o pessoal" is an act, no forecast)
SPEECH_PATTERNS += [
    r"(?:(?:tem|têm|tinha|tinham|havia) )?(?:rev[eê]|reviu|revist|revis|elev|baix|cort|reduz|reduziu|mant[eé]m|mantêm|manteve|mantiveram|mantid|confirm|melhor|pior|corrig|ajust|aument|sub|atualiz|actualiz)\w*"
    r"(?: (?:em alta|em baixa|para cima|para baixo|ligeiramente|[\w,]+ (?:décimas?|pontos?)))?(?:, de \S+ para \S+?,)?"
    r" (?:(?:a sua |as suas |o seu |os seus |sua |suas |seu |seus |a |as |o |os )(?:previs[ãa]o|previsões|estimativas?|projeç[ãa]o|projeções|projecç[ãa]o|projecções|metas?|objetivos?|objectivos?|perspetivas?|perspectivas?)"
    # a headline drops the article: "Banco de Portugal corta previsão" (not "Governo corta meta": a policy's act)
    r"|(?:previs[ãa]o|previsões|estimativas?|projeç[ãa]o|projeções))(?![\w])"
]
# a promise and an appeal for funds are the claims of who makes them ("O Japão prometeu 3 milhões de
# doses", "a OMS lançou um apelo de 87,4 milhões")
SPEECH_PRESENT += ["prometeu", "prometeram", "promete", "prometem"]
SPEECH_PARTICIPLES += ["prometido"]
SPEECH_PATTERNS += [
    r"(?:(?:tem|têm|tinha|tinham) lançado|lançou|lançaram|lança|lançam) um (?:novo )?apelo(?: (?:urgente|de emergência|internacional|humanitário))?(?= (?:de|no valor de|para) (?:[\w-]+ )?(?:[$£€]|\d))"
]
# a forecast's participle right after its figure names whose it is: "abaixo dos 2,2% inscritos pelo
# Governo", "o excedente de 0,1% previsto pelo Governo"
FIGURE_PARTICIPLES = [
    "previsto", "prevista", "previstos", "previstas", "estimado", "estimada", "estimados", "estimadas",
    "inscrito", "inscrita", "inscritos", "inscritas", "projetado", "projetada", "projetados", "projetadas",
    "calculado", "calculada", "calculados", "calculadas", "apontado", "apontada", "apontados", "apontadas",
]  # fmt: skip
# forecasting is claiming: "o BdP antecipa um excedente de 0,3%"
WEAK_SPEECH += ["antecipa", "antecipam", "antecipou", "antecipavam"]
# a state after the auxiliary: "que tem de estar concluído" is no conclusion spoken
PASSIVE_MARKERS += ["estar", "estado", "ficar"]
# roles any leader fits, whatever office named them before: "o dirigente socialista"
GENERIC_PERSON_ROLES = ["dirigente", "líder", "responsável"]
# a relative between an according cue and its verb, the speaker after: "de acordo com o que revelou ontem a GNR"
ACCORDING_RELATIVES = ["o que", "aquilo que"]
# words of a time of day or a day, for a time phrase between an inverted verb and its subject:
# "informou ao final da tarde desta terça-feira a Proteção Civil"
TIME_WORDS = [r"manhã", r"tarde", r"noite", r"madrugada", r"ontem", r"hoje", r"segunda-feira", r"terça-feira", r"quarta-feira", r"quinta-feira", r"sexta-feira", r"sábado", r"domingo"]
# a statement between an inverted verb and its subject: "informou em comunicado divulgado hoje a PSP"
STATEMENT_LEAD = r"em (?:um |uma )?(?:comunicado|nota)(?: (?:divulgad[oa]|enviad[oa]|de imprensa))?|(?<=comunicado )(?:divulgado|enviado)|(?<=nota )(?:divulgada|enviada)"

# a product named after its model word: its number is part of the name ("os modelos Urban 8 e Urban 10 Pro")
MODEL_WORDS = ["modelo", "modelos", "gama"]

# a scale word alone after a singular definite article is one of it: "ultrapassar o milhão", "perto do bilhão"
ONE_SCALE_ARTICLES = ["o", "do", "ao"]
ONE_SCALE_WORDS = ["milhão", "bilhão", "bilião"]

# a match's result in words before its score: "a vitória do Flamengo por 2 a 1": a score, no figure
SCORE_LINK = "a"
SCORE_WORDS = ['vitória', 'venceu', 'vencer', 'ganhou', 'derrota', 'derrotou', 'perdeu', 'empate', 'empatou', 'goleada', 'placar', 'triunfo']

# adverbs of time between the phrase and its amount are no head of what is counted: "a passagem custa hoje R$ 5,40"
LEFT_SKIP += ['hoje', 'agora', 'ontem', 'atualmente', 'actualmente', 'já', 'ainda']

# costing ties a thing to its price: "a passagem custa hoje R$ 5,40" measures the fare
MEASURE_VERBS += ['custa', 'custam', 'custou', 'custaram', 'custará', 'custarão', 'custaria', 'custar']
# making known is saying: "fez saber a Cruz Vermelha Italiana", "A Frontex fez saber que"
SPEECH_PRESENT += ["fez saber", "fizeram saber", "faz saber", "fazem saber", "deu a conhecer", "deram a conhecer"]
# an Italian calque: "segundo quanto refere a Prefeitura de Agrigento" ("secondo quanto riferisce")
ACCORDING_RELATIVES += ["quanto"]
# counting a number is giving it, present tense in titles: "Plataforma Decide conta 67 mortos" (not
# "conta com 300 funcionários", which says what a body has)
SPEECH_PATTERNS += [r"conta(?:m)?(?= (?:(?:mais de|pelo menos|cerca de|quase|já) )?\d)"]
RECORD_VERBS += ["conta", "contam"]
# "pelo menos outras 9 embarcações": "other" between a bound cue and its number
BOUND_OTHER_WORDS = ["outras", "outros"]
# "selon la même source": the source of the figures just before, named or only described
SAME_SOURCE_WORDS = ["fonte"]
# rejecting a claim is denying it, in the present too: "A empresa rejeita como falsa a informação de que mais de 400"
# (with what it rejects as such: "governo rejeita números" in a title has no claim of its own)
SPEECH_PRESENT += ["rejeita como", "rejeitam como", "rejeita que", "rejeitam que"]

# a compound infinitive after a speech verb ("diz ter perdido sete familiares") is what was said, its subject the one before
# the verb, never an inverted subject
REPORTED_INFINITIVE = r"\s*(?:ter|não ter|haver)(?![\w])"

# an offer put on the table is its maker's (spec: demands and offers): "o Governo pôs em cima da
# mesa um aumento de 2,5%"
SPEECH_PRESENT += ["pôs em cima da mesa", "põe em cima da mesa", "colocou em cima da mesa", "coloca em cima da mesa", "pôs na mesa", "colocou na mesa"]

# "Para a Quercus, as emissões ...", "Para o BCE, ...": "para" before a bare name and a comma is
# "according to" when the name is a source named before, an acronym or a body the alias table
# knows (read on the text: only its capitals tell a name from "para o ano")
ACCORDING_NAMED = r"(?<![\w])[Pp]ara (?:o |a |os |as )?(?=[A-ZÀ-Ý])"
ACCORDING_NAMED_WORD = "para "
ACCORDING_NAMED_LEADS = ['. ', '; ', ': ', ', mas ', ' enquanto ']  # or the sentence's start
# "fala numa adesão de 85%": "em" and the article contracted
SPEECH_PRESENT += ["fala numa", "fala num", "falam numa", "falam num", "falou numa", "falou num", "falaram numa", "falaram num"]
# "Responsáveis norte-americanos, falando sob condição de anonimato, disseram": a gerund's aside, no new subject
APPOSED_PARTICIPLE += r"|\w+(?:ando|endo|indo) (?:a|à|ao|sob|com|em|de|por)"
# a count's reading of the results: "segundo a apuração do TSE"
EVIDENCE_NOUNS += ["apuração"]
# a count as it stood in an earlier report: "No balanço anterior, o órgão contabilizava 23 mortos"
SPEECH_PRESENT += ["contabilizava", "contabilizavam", "registava", "registavam", "registrava", "registravam", "calculava", "calculavam", "apontava", "apontavam"]
