"""Italian example corpus: what the Italian pack (it.py) must give, example by example.

Duckling style: the rules (it.py) and this corpus sit side by side, and the corpus is the
test suite (tests/test_pack_corpus.py). Every example lists ALL the figures its text must
give, in order (title first); an empty list means the text holds only non-figures. Each
figure names its `surface` and only the other fields the example is about.

The expected values follow ../shared/spec/figures.md (the contract), never the
extractor's current output. The sentences are written for this corpus; none is taken
from the gold files.
"""

EXAMPLES = [
    # un titolo "Nome: «...»": il nome parla se l'articolo lo scrive come nome; un tema no
    {
        "title": "Federbirra: «Persi 3mila posti»",
        "text": "Il settore ha perso posti di lavoro, secondo Federbirra, che chiede aiuti.",
        "figures": [{"surface": "3mila", "value": 3000, "source": "Federbirra"}],
    },
    {
        "title": "Incendi: «300 ettari bruciati»",
        "text": "Gli incendi hanno distrutto il bosco sopra il paese.",
        "figures": [{"surface": "300", "unit": "ha", "source": None}],
    },
    {
        "text": "I danni superano i 5 milioni di euro; la Regione ha stanziato 2 milioni per i primi interventi.",
        "figures": [{"surface": "5 milioni", "unit": "EUR", "bound": "more_than"}, {"surface": "2 milioni", "unit": "EUR"}],
    },
    # una parte dell'importo appena detto ne prende scala e valuta
    {
        "text": "Il club ha investito 45 milioni di euro nel mercato, di cui 18 per il nuovo attaccante.",
        "figures": [{"surface": "45 milioni", "unit": "EUR"}, {"surface": "18", "value": 18e6, "unit": "EUR"}],
    },
    {
        "text": "Il club ha ceduto il centrocampista per 8 milioni e ha speso 20 milioni di euro sul mercato.",
        "figures": [{"surface": "8 milioni", "unit": "EUR"}, {"surface": "20 milioni", "unit": "EUR"}],
    },
    # un importo nudo dopo una parola di denaro è denaro, nella valuta dell'articolo
    {
        "text": "Il governo ha stanziato 20 milioni di euro, ma le perdite potrebbero arrivare a 80 milioni, e 2 milioni di persone sono colpite.",
        "figures": [
            {"surface": "20 milioni", "unit": "EUR"},
            {"surface": "80 milioni", "unit": "EUR"},
            {"surface": "2 milioni", "unit": None},
        ],
    },
    # quel che prevede un testo o una misura è detto dall'articolo stesso: nessuna fonte
    {
        "text": "La manovra prevede 4 miliardi per la sanità.",
        "figures": [{"surface": "4 miliardi", "value": 4e9, "source": None}],
    },
    # --- un soggetto che apre la frase, ripreso da un verbo successivo ------------------------
    {
        "text": "Per i lavori sulla diga la Regione stima una spesa di 18 milioni di euro.",
        "figures": [{"surface": "18 milioni", "value": 18e6, "unit": "EUR", "source": "Regione", "modality": "estimated"}],
    },
    {
        "text": "Le fiamme, spinte da forti venti di scirocco, hanno bruciato 900 ettari lungo la statale 131.",
        "figures": [{"surface": "900", "value": 900, "unit": "ha"}],
    },
    {
        "text": "«Sono buoni dati», ha detto il ministro del Lavoro, Paolo Serra, ricordando che sono stati creati 300mila posti.",
        "figures": [{"surface": "300mila", "value": 300000, "source": "Paolo Serra"}],
    },
    {
        "text": "Il ministero della Salute, riferisce l'ANSA, ha smentito che 12 operatori siano risultati positivi.",
        "figures": [{"surface": "12", "source": "ministero della Salute", "modality": "denied"}],
    },
    {
        "text": "Lo sciopero, iniziato alle 21 di giovedì, ha cancellato 300 treni.",
        "figures": [{"surface": "300", "value": 300}],
    },
    {
        "text": "L'amministratore delegato Luca Bassi, 58, ha detto che l'azienda assumerà 400 tecnici.",
        "figures": [{"surface": "400", "source": "Luca Bassi"}],
    },
    {
        "text": "A Pescara (Abruzzo) l'Arpa ha registrato 41 giorni di allerta nel 2024.",
        "figures": [],
    },
    # --- unseen-article patterns: a speaker set off by commas, an aside after the subject -------
    {
        "text": "Cresce, sottolinea l'istituto di ricerca, la spesa delle famiglie: più 3,1% in un anno.",
        "figures": [{"surface": "3,1", "unit": "percent", "source": "istituto di ricerca"}],
    },
    {
        "text": "La Coldiretti, in un comunicato, stima danni per 40 milioni di euro.",
        "figures": [{"surface": "40 milioni", "unit": "EUR", "source": "Coldiretti", "modality": "estimated"}],
    },
    {
        "text": "Gli sbarchi potrebbero superare quota 5mila entro agosto.",
        "figures": [{"surface": "5mila", "value": 5000, "bound": "more_than", "modality": "possible"}],
    },
    {
        "text": "Il fondo avrà una dotazione al massimo di 200 milioni.",
        "figures": [{"surface": "200 milioni", "value": 2e8, "low": None, "high": 2e8, "bound": "at_most"}],
    },
    # --- digits of a machine translation: the article's other numbers say how it writes them -----
    {
        "text": "Gli incendi hanno bruciato più di 12,000 ettari, e i danni superano 1.5 miliardi di euro.",
        "figures": [
            {"surface": "12,000", "value": 12000, "low": 12000, "high": None, "bound": "more_than", "unit": "ha"},
            {"surface": "1.5 miliardi", "value": 1.5e9, "bound": "more_than", "unit": "EUR"},
        ],
    },
    {
        "text": "Il gasolio costa 1,859 euro al litro, il 2,5% in più di un mese fa.",
        "figures": [
            {"surface": "1,859", "value": 1.859, "unit": "EUR"},
            {"surface": "2,5", "value": 2.5, "unit": "percent"},
        ],
    },
    # --- digits: group separators (dot, space, NBSP, narrow NBSP), decimals -----------------
    {
        "text": "Il convoglio trasportava 1.500 soldati verso il confine.",
        "figures": [
            {
                "surface": "1.500",
                "value": 1500,
                "low": 1500,
                "high": 1500,
                "bound": "exact",
                "unit": None,
                "what_head": "soldati",
            },
        ],
    },
    {
        "text": "Il sisma ha causato 2\u00a0300 feriti nella provincia.",
        "figures": [
            {"surface": "2\u00a0300", "value": 2300, "bound": "exact", "what_head": "feriti"},
        ],
    },
    {
        "text": "La città conta 48\u202f000 abitanti.",
        "figures": [
            {
                "surface": "48\u202f000",
                "value": 48000,
                "bound": "exact",
                "unit": None,
                "what_head": "abitanti",
            },
        ],
    },
    {
        "text": "La regione ha perso 1.250.000 abitanti in trent'anni.",
        "figures": [
            {"surface": "1.250.000", "value": 1250000, "bound": "exact", "what_head": "abitanti"},
        ],
    },
    {
        "text": "Il camion trasportava 11,5 tonnellate di macerie.",
        "figures": [
            {
                "surface": "11,5",
                "value": 11.5,
                "low": 11.5,
                "high": 11.5,
                "bound": "exact",
                "unit": "t",
                "what_head": "macerie",
            },
        ],
    },
    {
        "text": "L'ospedale ha accolto 230 feriti e 18 bambini in stato di shock.",
        "figures": [
            {"surface": "230", "value": 230, "what_head": "feriti"},
            {"surface": "18", "value": 18, "what_head": "bambini"},
        ],
    },
    {
        "text": "Il gommone trasportava 47 migranti.",
        "figures": [
            {"surface": "47", "value": 47, "bound": "exact", "unit": None, "what_head": "migranti"},
        ],
    },
    # --- scales: miliardi, milioni, mila (glued or apart), mld, mln -------------------------
    {
        "text": "La Commissione ha stanziato 1,5 miliardi di euro per la ricostruzione.",
        "figures": [
            {
                "surface": "1,5 miliardi",
                "value": 1.5e9,
                "low": 1.5e9,
                "high": 1.5e9,
                "bound": "exact",
                "unit": "EUR",
            },
        ],
    },
    {
        "text": "Lo sciopero ha coinvolto 3 milioni di lavoratori.",
        "figures": [
            {"surface": "3 milioni", "value": 3e6, "bound": "exact", "unit": None, "what_head": "lavoratori"},
        ],
    },
    {
        "text": "Alla manifestazione c'erano 50mila persone.",
        "figures": [
            {"surface": "50mila", "value": 50000, "bound": "exact", "unit": None, "what_head": "persone"},
        ],
    },
    {
        "text": "Il concerto ha richiamato 25 mila spettatori.",
        "figures": [
            {"surface": "25 mila", "value": 25000, "bound": "exact", "what_head": "spettatori"},
        ],
    },
    {
        "text": "L'azienda ha chiuso l'anno con un utile di 2,3 mld di euro.",
        "figures": [
            {"surface": "2,3 mld", "value": 2.3e9, "unit": "EUR", "what_head": "utile"},
        ],
    },
    {
        "text": "Il comune ha ricevuto 12 mln di euro dal fondo europeo.",
        "figures": [
            {"surface": "12 mln", "value": 1.2e7, "unit": "EUR"},
        ],
    },
    {
        "text": "Un milione di persone ha sfilato a Roma.",
        "figures": [
            {"surface": "Un milione", "value": 1e6, "bound": "exact", "what_head": "persone"},
        ],
    },
    {
        "text": "Il deficit commerciale ha raggiunto 2,75 miliardi di dollari.",
        "figures": [
            {"surface": "2,75 miliardi", "value": 2.75e9, "unit": "USD"},
        ],
    },
    {
        "text": "Il cantiere costerà tra 2 e 3 miliardi di euro.",
        "figures": [
            {
                "surface": "2 e 3 miliardi",
                "value": None,
                "low": 2e9,
                "high": 3e9,
                "bound": "range",
                "unit": "EUR",
            },
        ],
    },
    # --- a bare amount in billions is money in the article's currency ------------------------
    {
        "title": "La manovra vale 24 miliardi",
        "text": "Il governo ha approvato una legge di bilancio da 24 miliardi di euro.",
        "figures": [
            {"field": "title", "surface": "24 miliardi", "value": 2.4e10, "unit": "EUR", "source": None},
            {"surface": "24 miliardi", "value": 2.4e10, "unit": "EUR"},
        ],
    },
    {
        "text": "Il piano prevede 40 miliardi di sovvenzioni e 60 miliardi di prestiti.",
        "figures": [
            {"surface": "40 miliardi", "value": 4e10, "unit": "EUR", "what_head": "sovvenzioni"},
            {"surface": "60 miliardi", "value": 6e10, "unit": "EUR", "what_head": "prestiti"},
        ],
    },
    {
        "text": "La Banca centrale ha acquistato titoli per 3 miliardi di dollari; il programma vale in tutto 9 miliardi.",
        "figures": [
            {"surface": "3 miliardi", "value": 3e9, "unit": "USD"},
            {"surface": "9 miliardi", "value": 9e9, "unit": "USD"},
        ],
    },
    {
        "text": "Sulla Terra vivono oltre 8 miliardi di persone.",
        "figures": [
            {
                "surface": "8 miliardi",
                "value": 8e9,
                "bound": "more_than",
                "unit": None,
                "what_head": "persone",
            },
        ],
    },
    # --- elided scale: "85 miliardi, di cui 24,5 di anticipo" -------------------------------
    {
        "text": "Il Paese ha ricevuto finora 62,4 miliardi: 21,6 di anticipo e 40,8 con le rate successive.",
        "figures": [
            {"surface": "62,4 miliardi", "value": 6.24e10, "unit": "EUR"},
            {"surface": "21,6", "value": 2.16e10, "unit": "EUR", "what_head": "anticipo"},
            {"surface": "40,8", "value": 4.08e10, "unit": "EUR"},
        ],
    },
    # --- percent -------------------------------------------------------------------------
    {
        "text": "La disoccupazione colpisce il 40% dei giovani del quartiere.",
        "figures": [
            {
                "surface": "40",
                "value": 40,
                "low": 40,
                "high": 40,
                "bound": "exact",
                "unit": "percent",
                "what_head": "giovani",
            },
        ],
    },
    {
        "text": "Le vendite sono calate del 12 per cento.",
        "figures": [
            {"surface": "12", "value": 12, "unit": "percent", "what_head": "vendite"},
        ],
    },
    {
        "text": "L'inflazione ha toccato il 5,2\u00a0% a marzo.",
        "figures": [
            {"surface": "5,2", "value": 5.2, "bound": "exact", "unit": "percent"},
        ],
    },
    {
        "text": "Il partito ha raccolto il venticinque per cento dei voti.",
        "figures": [
            {"surface": "venticinque", "value": 25, "bound": "exact", "unit": "percent", "what_head": "voti"},
        ],
    },
    {
        "text": "Oltre il 40% degli elettori non è andato a votare.",
        "figures": [
            {
                "surface": "40",
                "value": 40,
                "low": 40,
                "high": None,
                "bound": "more_than",
                "unit": "percent",
                "what_head": "elettori",
            },
        ],
    },
    {
        "text": "Il tasso è salito di 2 punti percentuali.",
        "figures": [
            {"surface": "2", "value": 2, "unit": "percent"},
        ],
    },
    # --- number words, glued compounds (ventitré, duemila) -----------------------------------
    {
        "text": "Pyongyang ha inviato dodicimila soldati in Russia.",
        "figures": [
            {
                "surface": "dodicimila",
                "value": 12000,
                "low": 12000,
                "high": 12000,
                "bound": "exact",
                "what_head": "soldati",
            },
        ],
    },
    {
        "text": "L'esercito ha impiegato quattro brigate nell'offensiva.",
        "figures": [
            {"surface": "quattro", "value": 4, "bound": "exact", "what_head": "brigate"},
        ],
    },
    {
        "text": "I soccorritori hanno estratto ventitré superstiti dalle macerie.",
        "figures": [
            {"surface": "ventitré", "value": 23, "bound": "exact", "unit": None, "what_head": "superstiti"},
        ],
    },
    {
        "text": "L'incendio ha distrutto duecentocinquanta case.",
        "figures": [
            {"surface": "duecentocinquanta", "value": 250, "what_head": "case"},
        ],
    },
    {
        "text": "Gli ispettori hanno controllato trentotto aziende.",
        "figures": [
            {"surface": "trentotto", "value": 38, "what_head": "aziende"},
        ],
    },
    {
        "text": "Al vertice hanno partecipato due milioni di iscritti.",
        "figures": [
            {"surface": "due milioni", "value": 2e6, "what_head": "iscritti"},
        ],
    },
    {
        "text": "Dodici minatori sono ancora bloccati in fondo al pozzo.",
        "figures": [
            {"surface": "Dodici", "value": 12, "bound": "exact", "what_head": "minatori"},
        ],
    },
    # --- un / una / uno as articles: no figure -------------------------------------------
    {
        "text": "Un alto funzionario ha incontrato una delegazione ucraina.",
        "figures": [],
    },
    {
        "text": "Un attacco ha colpito uno stabile di Kharkiv.",
        "figures": [],
    },
    # --- vague magnitudes (spec section 2 intervals) -------------------------------------
    {
        "text": "Il ministro è arrivato al fronte con decine di altri ufficiali.",
        "figures": [
            {
                "surface": "decine",
                "value": None,
                "low": 20,
                "high": 99,
                "bound": "approx",
                "what_head": "ufficiali",
            },
        ],
    },
    {
        "text": "Centinaia di migliaia di profughi hanno attraversato il confine.",
        "figures": [
            {
                "surface": "Centinaia di migliaia",
                "value": None,
                "low": 200000,
                "high": 999999,
                "bound": "approx",
                "what_head": "profughi",
            },
        ],
    },
    {
        "text": "Migliaia di manifestanti si sono radunati davanti al Parlamento.",
        "figures": [
            {
                "surface": "Migliaia",
                "value": None,
                "low": 2000,
                "high": 9999,
                "bound": "approx",
                "what_head": "manifestanti",
            },
        ],
    },
    {
        "text": "Decine di migliaia di famiglie sono rimaste senza elettricità.",
        "figures": [
            {
                "surface": "Decine di migliaia",
                "value": None,
                "low": 20000,
                "high": 99999,
                "bound": "approx",
                "what_head": "famiglie",
            },
        ],
    },
    {
        "text": "Nella notte sono stati lanciati centinaia di droni.",
        "figures": [
            {
                "surface": "centinaia",
                "value": None,
                "low": 200,
                "high": 999,
                "bound": "approx",
                "what_head": "droni",
            },
        ],
    },
    # --- approximate bases ----------------------------------------------------------------
    {
        "text": "Una decina di carri armati è stata distrutta.",
        "figures": [
            {
                "surface": "decina",
                "value": 10,
                "low": 10,
                "high": 10,
                "bound": "approx",
                "what_head": "carri",
            },
        ],
    },
    {
        "text": "Una ventina di persone sono state arrestate.",
        "figures": [
            {"surface": "ventina", "value": 20, "bound": "approx", "what_head": "persone"},
        ],
    },
    {
        "text": "Un centinaio di comuni ha chiesto lo stato di calamità.",
        "figures": [
            {
                "surface": "centinaio",
                "value": 100,
                "low": 100,
                "high": 100,
                "bound": "approx",
                "what_head": "comuni",
            },
        ],
    },
    {
        "text": "Un migliaio di volontari ha ripulito le strade.",
        "figures": [
            {"surface": "migliaio", "value": 1000, "bound": "approx", "what_head": "volontari"},
        ],
    },
    {
        "text": "La polizia ha sequestrato una dozzina di fucili.",
        "figures": [
            {"surface": "dozzina", "value": 12, "bound": "approx", "what_head": "fucili"},
        ],
    },
    # --- bound cues (spec section 2) -----------------------------------------------------
    {
        "text": "Almeno 1\u202f500 volontari si sono iscritti.",
        "figures": [
            {
                "surface": "1\u202f500",
                "value": 1500,
                "low": 1500,
                "high": None,
                "bound": "at_least",
                "what_head": "volontari",
            },
        ],
    },
    {
        "text": "Non meno di 300 famiglie sono state evacuate.",
        "figures": [
            {
                "surface": "300",
                "value": 300,
                "low": 300,
                "high": None,
                "bound": "at_least",
                "what_head": "famiglie",
            },
        ],
    },
    {
        "text": "Più di 3.000 soldati sono stati schierati al confine.",
        "figures": [
            {
                "surface": "3.000",
                "value": 3000,
                "low": 3000,
                "high": None,
                "bound": "more_than",
                "what_head": "soldati",
            },
        ],
    },
    {
        "text": "Oltre 12.000 persone hanno lasciato la città.",
        "figures": [
            {
                "surface": "12.000",
                "value": 12000,
                "low": 12000,
                "high": None,
                "bound": "more_than",
                "what_head": "persone",
            },
        ],
    },
    {
        "text": "Il bilancio ha superato i 200 morti.",
        "figures": [
            {
                "surface": "200",
                "value": 200,
                "low": 200,
                "high": None,
                "bound": "more_than",
                "what_head": "morti",
            },
        ],
    },
    {
        "text": "Gli iscritti hanno superato quota 40mila.",
        "figures": [
            {"surface": "40mila", "value": 40000, "low": 40000, "high": None, "bound": "more_than"},
        ],
    },
    {
        "text": "Il progetto costerà al massimo 80 milioni di euro.",
        "figures": [
            {
                "surface": "80 milioni",
                "value": 8e7,
                "low": None,
                "high": 8e7,
                "bound": "at_most",
                "unit": "EUR",
            },
        ],
    },
    {
        "text": "Non più di 50 persone potranno entrare nella sala.",
        "figures": [
            {
                "surface": "50",
                "value": 50,
                "low": None,
                "high": 50,
                "bound": "at_most",
                "what_head": "persone",
            },
        ],
    },
    {
        "text": "Il fondo potrà finanziare fino a 2.000 imprese.",
        "figures": [
            {
                "surface": "2.000",
                "value": 2000,
                "low": None,
                "high": 2000,
                "bound": "up_to",
                "what_head": "imprese",
            },
        ],
    },
    {
        "text": "Meno di 100 dipendenti hanno aderito allo sciopero.",
        "figures": [
            {
                "surface": "100",
                "value": 100,
                "low": None,
                "high": 100,
                "bound": "less_than",
                "what_head": "dipendenti",
            },
        ],
    },
    {
        "text": "Lo sconto vale per i redditi sotto i 15mila euro.",
        "figures": [
            {
                "surface": "15mila",
                "value": 15000,
                "low": None,
                "high": 15000,
                "bound": "less_than",
                "unit": "EUR",
            },
        ],
    },
    {
        "text": "Circa 4.000 agenti sono stati mobilitati.",
        "figures": [
            {
                "surface": "4.000",
                "value": 4000,
                "low": 4000,
                "high": 4000,
                "bound": "approx",
                "what_head": "agenti",
            },
        ],
    },
    {
        "text": "Quasi 240mila persone vivono nella zona rossa.",
        "figures": [
            {"surface": "240mila", "value": 240000, "bound": "approx", "what_head": "persone"},
        ],
    },
    {
        "text": "Il governo ha previsto un piano da circa 20 miliardi.",
        "figures": [
            {"surface": "20 miliardi", "value": 2e10, "bound": "approx", "unit": "EUR", "what_head": "piano"},
        ],
    },
    {
        "text": "La spesa militare è pari a circa il 2% del Pil.",
        "figures": [
            {"surface": "2", "value": 2, "bound": "approx", "unit": "percent", "what_head": "Pil"},
        ],
    },
    {
        "text": "Intorno ai 500 migranti sono sbarcati a Lampedusa.",
        "figures": [
            {"surface": "500", "value": 500, "bound": "approx", "what_head": "migranti"},
        ],
    },
    # --- ranges ----------------------------------------------------------------------------
    {
        "text": "Tra 10.000 e 12.000 soldati sono stati inviati al fronte.",
        "figures": [
            {
                "surface": "10.000 e 12.000",
                "value": None,
                "low": 10000,
                "high": 12000,
                "bound": "range",
                "what_head": "soldati",
            },
        ],
    },
    {
        "text": "Le macerie da rimuovere sono tra 116 e 210 milioni di tonnellate.",
        "figures": [
            {
                "surface": "116 e 210 milioni",
                "value": None,
                "low": 1.16e8,
                "high": 2.1e8,
                "bound": "range",
                "unit": "t",
                "what_head": "macerie",
            },
        ],
    },
    {
        "text": "Lo sconto vale per i redditi tra 25mila e 35mila euro.",
        "figures": [
            {
                "surface": "25mila e 35mila",
                "value": None,
                "low": 25000,
                "high": 35000,
                "bound": "range",
                "unit": "EUR",
            },
        ],
    },
    {
        "text": "La crescita sarà tra il 2 e il 3%.",
        "figures": [
            {"surface": "2 e il 3", "value": None, "low": 2, "high": 3, "bound": "range", "unit": "percent"},
        ],
    },
    {
        "text": "Ogni giorno arrivano da 300 a 400 camion.",
        "figures": [
            {
                "surface": "300 a 400",
                "value": None,
                "low": 300,
                "high": 400,
                "bound": "range",
                "what_head": "camion",
            },
        ],
    },
    {
        "text": "Sono attesi 50-60 capi di Stato.",
        "figures": [
            {"surface": "50-60", "value": None, "low": 50, "high": 60, "bound": "range", "what_head": "capi"},
        ],
    },
    # --- a change is two exact figures; "fino a" after a verb of rising is exact ----------
    {
        "text": "La disoccupazione è passata dal 7,8% al 6,9%.",
        "figures": [
            {"surface": "7,8", "value": 7.8, "bound": "exact", "unit": "percent"},
            {"surface": "6,9", "value": 6.9, "bound": "exact", "unit": "percent"},
        ],
    },
    {
        "text": "Gli scaglioni passano da quattro a tre.",
        "figures": [
            {"surface": "quattro", "value": 4, "bound": "exact", "what_head": "scaglioni"},
            {"surface": "tre", "value": 3, "bound": "exact", "what_head": "scaglioni"},
        ],
    },
    {
        "text": "Il bilancio delle vittime è salito fino a 211.",
        "figures": [
            {"surface": "211", "value": 211, "low": 211, "high": 211, "bound": "exact"},
        ],
    },
    # --- units: money, measures --------------------------------------------------------------
    {
        "text": "Il biglietto costa 35 euro.",
        "figures": [
            {"surface": "35", "value": 35, "unit": "EUR"},
        ],
    },
    {
        "text": "Il contratto vale €\u00a0120 milioni.",
        "figures": [
            {"surface": "120 milioni", "value": 1.2e8, "unit": "EUR"},
        ],
    },
    {
        "text": "Washington ha promesso 400 milioni di dollari di aiuti.",
        "figures": [
            {"surface": "400 milioni", "value": 4e8, "unit": "USD"},
        ],
    },
    {
        "text": "Il club inglese ha pagato 90 milioni di sterline.",
        "figures": [
            {"surface": "90 milioni", "value": 9e7, "unit": "GBP"},
        ],
    },
    {
        "text": "La colonna si estende per 64 chilometri.",
        "figures": [
            {"surface": "64", "value": 64, "unit": "km"},
        ],
    },
    {
        "text": "L'incendio ha bruciato 1.200 ettari di bosco.",
        "figures": [
            {"surface": "1.200", "value": 1200, "unit": "ha", "what_head": "bosco"},
        ],
    },
    {
        "text": "Sono caduti 300 millimetri di pioggia.",
        "figures": [
            {"surface": "300", "value": 300, "unit": "mm", "what_head": "pioggia"},
        ],
    },
    {
        "text": "L'acqua ha invaso 16mila chilometri quadrati.",
        "figures": [
            {"surface": "16mila", "value": 16000, "unit": "km2"},
        ],
    },
    {
        "text": "Sono caduti 4,5 miliardi di metri cubi d'acqua.",
        "figures": [
            {"surface": "4,5 miliardi", "value": 4.5e9, "unit": "m3", "what_head": "acqua"},
        ],
    },
    # --- what is counted ------------------------------------------------------------------
    {
        "text": "Sono 173mila gli edifici crollati o gravemente danneggiati.",
        "figures": [
            {
                "surface": "173mila",
                "value": 173000,
                "what": "edifici crollati o gravemente danneggiati",
                "what_head": "edifici",
            },
        ],
    },
    {
        "text": "Ventitré dei 32 paesi alleati spendono il 2% del loro prodotto interno lordo.",
        "figures": [
            {"surface": "Ventitré", "value": 23, "what_head": "paesi"},
            {"surface": "32", "value": 32, "what_head": "paesi"},
            {"surface": "2", "value": 2, "unit": "percent", "what_head": "prodotto"},
        ],
    },
    {
        "text": "Le frane censite tra collina e montagna sono 376.",
        "figures": [
            {"surface": "376", "value": 376, "what_head": "frane"},
        ],
    },
    {
        "text": "Sono esondati 23 tra fiumi e torrenti.",
        "figures": [
            {"surface": "23", "value": 23, "what": "fiumi e torrenti", "what_head": "fiumi"},
        ],
    },
    {
        "text": "Il governo ha stanziato 2 miliardi di euro per le prime misure.",
        "figures": [
            {"surface": "2 miliardi", "value": 2e9, "unit": "EUR", "what_head": "misure"},
        ],
    },
    {
        "text": "La quota di fondi destinata al clima sale al 39,5%.",
        "figures": [
            {"surface": "39,5", "value": 39.5, "unit": "percent", "what_head": "quota"},
        ],
    },
    # --- non-figures: years, dates, times ---------------------------------------------------
    {
        "text": "Nel 2014 l'Alleanza aveva fissato l'obiettivo; la legge è del 1992.",
        "figures": [],
    },
    {
        "text": "L'alluvione del 16 e 17 maggio ha colpito la Romagna.",
        "figures": [],
    },
    {
        "text": "Dal 1° al 18 maggio la pioggia non si è mai fermata.",
        "figures": [],
    },
    {
        "text": "La prima scossa è stata avvertita alle 4.17 del mattino.",
        "figures": [],
    },
    {
        "text": "Il vertice si terrà il 22 dicembre a Bruxelles.",
        "figures": [],
    },
    {
        "text": "Gli obiettivi del Piano vanno raggiunti entro agosto 2026.",
        "figures": [],
    },
    # --- non-figures: ordinals, ages, durations ------------------------------------------------
    {
        "text": "È la 2ª volta che il governo pone la fiducia.",
        "figures": [],
    },
    {
        "text": "Un uomo di 45 anni è stato arrestato.",
        "figures": [],
    },
    {
        "text": "Lo sciopero è durato tre giorni e ha bloccato i treni per 24 ore.",
        "figures": [],
    },
    {
        "text": "I lavori dureranno sei mesi, poi il cantiere chiuderà per due settimane.",
        "figures": [],
    },
    # --- non-figures: numbers in names and identifiers -------------------------------------
    {
        "text": "L'esercito ha ricevuto nuovi caccia F-35 per sostituire i vecchi Tornado.",
        "figures": [],
    },
    {
        "text": "Il Consiglio ha votato la risoluzione 2231 e l'articolo 5 del trattato.",
        "figures": [],
    },
    {
        "text": "La pandemia di Covid-19 ha rinviato il vertice del G7.",
        "figures": [],
    },
    {
        "text": "Sulle pensioni torna Quota 103 per un altro anno.",
        "figures": [],
    },
    # --- non-figures: anaphora, alcuni, diversi ---------------------------------------------
    {
        "text": "I due paesi hanno firmato un accordo; l'uno dei due ha già ratificato.",
        "figures": [],
    },
    {
        "text": "Alcuni soldati e diversi civili sono rimasti feriti nei due attacchi.",
        "figures": [],
    },
    # --- attribution: speaker before (ha dichiarato che, secondo, stima) --------------------
    {
        "text": "Il ministero della Difesa ucraino ha dichiarato che 300 droni sono stati abbattuti.",
        "figures": [
            {
                "surface": "300",
                "value": 300,
                "what_head": "droni",
                "source": "ministero della Difesa ucraino",
                "via": None,
                "modality": "asserted",
            },
        ],
    },
    {
        "text": "Giorgia Meloni ha detto che 2.000 soldati italiani sono pronti a partire.",
        "figures": [
            {"surface": "2.000", "value": 2000, "source": "Giorgia Meloni", "modality": "asserted"},
        ],
    },
    {
        "text": "Secondo la prefettura, 4.200 persone hanno sfilato a Milano.",
        "figures": [
            {
                "surface": "4.200",
                "value": 4200,
                "what_head": "persone",
                "source": "prefettura",
                "modality": "asserted",
            },
        ],
    },
    {
        "text": "Stando all'Onu, 6 milioni di persone hanno lasciato il paese.",
        "figures": [
            {"surface": "6 milioni", "value": 6e6, "what_head": "persone", "source": "Onu"},
        ],
    },
    {
        "text": "Secondo i dati Istat, nel 2023 sono nati 379mila bambini.",
        "figures": [
            {"surface": "379mila", "value": 379000, "what_head": "bambini", "source": "Istat"},
        ],
    },
    {
        "text": "Secondo le stime della Regione, i danni ammontano a 8,8 miliardi di euro.",
        "figures": [
            {
                "surface": "8,8 miliardi",
                "value": 8.8e9,
                "unit": "EUR",
                "what_head": "danni",
                "source": "Regione",
                "modality": "estimated",
            },
        ],
    },
    {
        "text": "L'Istat stima che 300.000 posti di lavoro saranno creati quest'anno.",
        "figures": [
            {
                "surface": "300.000",
                "value": 300000,
                "what_head": "posti",
                "source": "Istat",
                "modality": "estimated",
            },
        ],
    },
    {
        "text": "Per il governo di Ankara sono 173mila le case da ricostruire.",
        "figures": [
            {"surface": "173mila", "value": 173000, "what_head": "case", "source": "governo di Ankara"},
        ],
    },
    {
        "text": "Per il Superbonus, un decreto garantisce un contributo ai redditi sotto i 15mila euro.",
        "figures": [
            {"surface": "15mila", "value": 15000, "bound": "less_than", "unit": "EUR", "source": None},
        ],
    },
    # --- attribution: speaker after -----------------------------------------------------------
    {
        "text": "Almeno 1.500 soldati sono stati schierati, ha indicato l'intelligence sudcoreana.",
        "figures": [
            {
                "surface": "1.500",
                "value": 1500,
                "low": 1500,
                "high": None,
                "bound": "at_least",
                "what_head": "soldati",
                "source": "intelligence sudcoreana",
                "modality": "asserted",
            },
        ],
    },
    {
        "text": "I raid hanno distrutto 40 veicoli, ha affermato il ministero russo della Difesa.",
        "figures": [
            {"surface": "40", "value": 40, "what_head": "veicoli", "source": "ministero russo della Difesa"},
        ],
    },
    {
        "text": "Sono stati lanciati almeno 50 missili, ha precisato giovedì l'aeronautica ucraina.",
        "figures": [
            {
                "surface": "50",
                "value": 50,
                "bound": "at_least",
                "what_head": "missili",
                "source": "aeronautica ucraina",
            },
        ],
    },
    {
        "text": "Oltre 9mila repliche hanno scosso l'area, secondo l'Afad.",
        "figures": [
            {
                "surface": "9mila",
                "value": 9000,
                "bound": "more_than",
                "what_head": "repliche",
                "source": "Afad",
            },
        ],
    },
    # --- attribution: quotations ----------------------------------------------------------------
    {
        "text": "«Abbiamo perso 120 carri armati in una settimana», ha dichiarato Oleksandr Syrsky.",
        "figures": [
            {"surface": "120", "value": 120, "what_head": "carri", "source": "Oleksandr Syrsky"},
        ],
    },
    {
        "text": '"In alcune zone sono caduti più di 300 millimetri di pioggia", aveva detto il presidente della Regione Stefano Bonaccini.',
        "figures": [
            {
                "surface": "300",
                "value": 300,
                "bound": "more_than",
                "unit": "mm",
                "source": "Stefano Bonaccini",
            },
        ],
    },
    {
        "text": "Il sindaco ha avvertito: «Più di 500 abitazioni sono allagate.»",
        "figures": [
            {
                "surface": "500",
                "value": 500,
                "bound": "more_than",
                "what_head": "abitazioni",
                "source": "sindaco",
            },
        ],
    },
    # --- attribution: acronyms, descriptions pointing back, titles with names ----------------
    {
        "text": "Il Servizio nazionale di intelligence sudcoreano (Nis) ha riferito mercoledì che 1.800 soldati avevano lasciato Pyongyang.",
        "figures": [
            {"surface": "1.800", "value": 1800, "what_head": "soldati", "source": "Nis"},
        ],
    },
    {
        "text": "L'Afad ha comunicato che le vittime sono 44.218. Secondo l'agenzia turca, altre 5.000 persone risultano disperse.",
        "figures": [
            {"surface": "44.218", "value": 44218, "what_head": "vittime", "source": "Afad"},
            {"surface": "5.000", "value": 5000, "what_head": "persone", "source": "Afad"},
        ],
    },
    {
        "text": "Il segretario generale della Nato Jens Stoltenberg ha annunciato che 23 alleati raggiungono la soglia.",
        "figures": [
            {"surface": "23", "value": 23, "what_head": "alleati", "source": "Jens Stoltenberg"},
        ],
    },
    {
        "text": "Il capo dell'intelligence militare ucraina (Gur), Kyrylo Budanov, ha affermato che 8.000 soldati nordcoreani si trovano vicino a Kursk.",
        "figures": [
            {
                "surface": "8.000",
                "value": 8000,
                "what_head": "soldati",
                "source": "Kyrylo Budanov",
                "modality": "asserted",
            },
        ],
    },
    {
        "text": "Il portavoce della polizia, Marco Rossi, ha detto che 45 persone sono state fermate. Otto di loro sono minorenni, ha aggiunto.",
        "figures": [
            {"surface": "45", "value": 45, "what_head": "persone", "source": "Marco Rossi"},
            {"surface": "Otto", "value": 8, "source": "Marco Rossi"},
        ],
    },
    # --- attribution: relayed claims (via), outlets -------------------------------------------
    {
        "text": "Il portavoce del Pentagono, Pat Ryder, citato dall'agenzia Reuters, ha affermato che 10.000 soldati nordcoreani si trovano in Russia.",
        "figures": [
            {"surface": "10.000", "value": 10000, "source": "Pat Ryder", "via": "Reuters"},
        ],
    },
    {
        "text": "Il deputato sudcoreano Park Sun-won, citando il Nis, ha dichiarato che 300 soldati nordcoreani sono stati uccisi.",
        "figures": [
            {"surface": "300", "value": 300, "what_head": "soldati", "source": "Nis", "via": "Park Sun-won"},
        ],
    },
    {
        "text": "Secondo l'agenzia Yonhap, le autorità sudcoreane hanno riferito che 40 ufficiali nordcoreani si trovano al fronte.",
        "figures": [
            {
                "surface": "40",
                "value": 40,
                "what_head": "ufficiali",
                "source": "autorità sudcoreane",
                "via": "Yonhap",
            },
        ],
    },
    {
        "text": "Il ministro degli Esteri lituano, Gabrielius Landsbergis, ha detto al Corriere che 500 istruttori sono già arrivati.",
        "figures": [
            {
                "surface": "500",
                "value": 500,
                "what_head": "istruttori",
                "source": "Gabrielius Landsbergis",
                "via": "Corriere",
            },
        ],
    },
    # --- attribution: inheritance, actors, demands ----------------------------------------------
    {
        "text": "Secondo la prefettura, 40 persone sono state evacuate. Il comune conta 3.200 abitanti.",
        "figures": [
            {"surface": "40", "value": 40, "source": "prefettura"},
            {"surface": "3.200", "value": 3200, "what_head": "abitanti", "source": None},
        ],
    },
    {
        "text": "L'azienda investirà 10 miliardi di euro in un nuovo stabilimento.",
        "figures": [
            {"surface": "10 miliardi", "value": 1e10, "unit": "EUR", "source": None, "modality": "planned"},
        ],
    },
    {
        "text": "La Commissione europea ha approvato 5 miliardi di euro di aiuti pubblici.",
        "figures": [
            {
                "surface": "5 miliardi",
                "value": 5e9,
                "unit": "EUR",
                "what_head": "aiuti",
                "source": None,
                "modality": "asserted",
            },
        ],
    },
    {
        "text": "La Cgil chiede un aumento del 10% dei salari.",
        "figures": [
            {"surface": "10", "value": 10, "unit": "percent", "source": "Cgil"},
        ],
    },
    # --- modality ---------------------------------------------------------------------------
    {
        "text": "Il Fondo monetario stima che il debito pubblico raggiungerà il 140% del Pil.",
        "figures": [
            {
                "surface": "140",
                "value": 140,
                "unit": "percent",
                "source": "Fondo monetario",
                "modality": "estimated",
            },
        ],
    },
    {
        "text": "La Banca mondiale valuta in 486 miliardi di dollari il costo della ricostruzione.",
        "figures": [
            {
                "surface": "486 miliardi",
                "value": 4.86e11,
                "unit": "USD",
                "source": "Banca mondiale",
                "modality": "estimated",
            },
        ],
    },
    {
        "text": "Il governo prevede di tagliare 4.000 posti nella pubblica amministrazione.",
        "figures": [
            {"surface": "4.000", "value": 4000, "what_head": "posti", "modality": "planned"},
        ],
    },
    {
        "text": "Il Documento programmatico prevede che nel 2025 la spesa arriverà all'1,6% del Pil.",
        "figures": [
            {"surface": "1,6", "value": 1.6, "unit": "percent", "modality": "estimated"},
        ],
    },
    {
        "text": "La Corea del Nord invierà 6.000 ingegneri militari nella regione di Kursk.",
        "figures": [
            {
                "surface": "6.000",
                "value": 6000,
                "what_head": "ingegneri",
                "source": None,
                "modality": "planned",
            },
        ],
    },
    {
        "text": "Il ministero intende assumere 5.000 insegnanti entro settembre.",
        "figures": [
            {
                "surface": "5.000",
                "value": 5000,
                "what_head": "insegnanti",
                "source": None,
                "modality": "planned",
            },
        ],
    },
    {
        "text": "Il bilancio potrebbe superare i 200 morti, ha avvertito la Croce Rossa.",
        "figures": [
            {
                "surface": "200",
                "value": 200,
                "low": 200,
                "high": None,
                "bound": "more_than",
                "source": "Croce Rossa",
                "modality": "possible",
            },
        ],
    },
    {
        "text": "Il conto potrebbe salire a 3 miliardi di euro.",
        "figures": [
            {"surface": "3 miliardi", "value": 3e9, "bound": "exact", "unit": "EUR", "modality": "possible"},
        ],
    },
    {
        "text": "Il ministero dell'Interno smentisce che 2.000 corpi siano stati ritrovati.",
        "figures": [
            {
                "surface": "2.000",
                "value": 2000,
                "what_head": "corpi",
                "source": "ministero dell'Interno",
                "modality": "denied",
            },
        ],
    },
    {
        "text": "Circa 500 civili sarebbero ancora intrappolati in città, secondo Medici senza frontiere.",
        "figures": [
            {
                "surface": "500",
                "value": 500,
                "bound": "approx",
                "what_head": "civili",
                "source": "Medici senza frontiere",
                "modality": "possible",
            },
        ],
    },
    {
        "text": "La polizia ha arrestato 45 manifestanti sabato sera.",
        "figures": [
            {
                "surface": "45",
                "value": 45,
                "what_head": "manifestanti",
                "source": None,
                "modality": "asserted",
            },
        ],
    },
    # --- titles ------------------------------------------------------------------------------
    {
        "title": "Seul afferma che 3.000 soldati nordcoreani sono in Russia",
        "text": "I servizi di intelligence sudcoreani hanno pubblicato nuove immagini satellitari.",
        "figures": [
            {"field": "title", "surface": "3.000", "value": 3000, "what_head": "soldati", "source": "Seul"},
        ],
    },
    {
        "title": "Terremoto, superata la soglia dei 50mila morti",
        "text": "Le squadre di soccorso continuano a lavorare.",
        "figures": [
            {
                "field": "title",
                "surface": "50mila",
                "value": 50000,
                "low": 50000,
                "high": None,
                "bound": "more_than",
                "what_head": "morti",
                "source": None,
            },
        ],
    },
    {
        "title": "La Germania invia 40 carri armati a Kiev",
        "text": "Berlino ha confermato la consegna lunedì.",
        "figures": [
            {"field": "title", "surface": "40", "value": 40, "what_head": "carri", "source": None},
        ],
    },
    # --- machine-translation damage ----------------------------------------------------------
    {
        "text": "Il Germania ha speso 52 miliardi di euro per la difesa, ha detto il ministero.",
        "figures": [
            {"surface": "52 miliardi", "value": 5.2e10, "unit": "EUR", "source": "ministero"},
        ],
    },
    {
        "text": "«Nel 2014 erano soltanto tre, ha ricordato Stoltenberg.",
        "figures": [
            {"surface": "tre", "value": 3, "source": "Stoltenberg"},
        ],
    },
    {
        "text": "L'Italia si ferma al 1,49%, fra gli alleati ancora sotto la soglia.",
        "figures": [
            {"surface": "1,49", "value": 1.49, "bound": "exact", "unit": "percent", "source": None},
        ],
    },
    # --- fractions: mezzo milione, un milione e mezzo, due terzi ------------------------------
    {
        "text": "Mezzo milione di persone ha partecipato, un milione e mezzo secondo gli organizzatori.",
        "figures": [
            {"surface": "Mezzo milione", "value": 5e5, "what_head": "persone", "source": None},
            {"surface": "un milione e mezzo", "value": 1.5e6, "source": "organizzatori"},
        ],
    },
    {
        "text": "Due terzi degli italiani sono contrari, secondo un sondaggio Ipsos.",
        "figures": [
            {"surface": "Due terzi", "value": 200 / 3, "unit": "percent", "what_head": "italiani", "source": "Ipsos"},
        ],
    },
    {
        "text": "Il terzo mandato del sindaco inizia nel quarto trimestre.",
        "figures": [],
    },
    # --- what is counted: verbs, gerunds, subjects, coordination ------------------------------
    {
        "text": "Il ministero della Salute ha fatto sapere che i nuovi casi sono 1.250.",
        "figures": [
            {"surface": "1.250", "value": 1250, "what_head": "casi", "source": "ministero della Salute"},
        ],
    },
    {
        "text": "La Bce ha alzato i tassi, portandoli al 4,5%.",
        "figures": [
            {"surface": "4,5", "value": 4.5, "unit": "percent", "what_head": "tassi"},
        ],
    },
    {
        "text": "Il titolo ha perso il 3,5% in Borsa.",
        "figures": [
            {"surface": "3,5", "value": 3.5, "unit": "percent", "what_head": "titolo"},
        ],
    },
    {
        "text": "Ammontano a 3,2 miliardi i danni dell'alluvione.",
        "figures": [
            {"surface": "3,2 miliardi", "value": 3.2e9, "unit": "EUR", "what_head": "danni"},
        ],
    },
    {
        "text": "I carabinieri hanno sequestrato 2 tonnellate di cocaina e arrestato 14 persone.",
        "figures": [
            {"surface": "2", "value": 2, "unit": "t", "what": "cocaina", "what_head": "cocaina"},
            {"surface": "14", "value": 14, "what_head": "persone"},
        ],
    },
    {
        "text": "Il conto delle vittime sale a 21, mentre i dispersi sono ancora 3.",
        "figures": [
            {"surface": "21", "value": 21, "bound": "exact"},
            {"surface": "3", "value": 3, "what_head": "dispersi"},
        ],
    },
    # --- attribution: clitic before the verb, "secondo cui", outlet before the subject --------
    {
        "text": "Lo ha reso noto il Viminale, secondo cui dall'inizio dell'anno sono sbarcati 45.000 migranti.",
        "figures": [
            {"surface": "45.000", "value": 45000, "what_head": "migranti", "source": "Viminale"},
        ],
    },
    {
        "text": "Lo ha annunciato ieri la Protezione civile: i morti accertati sono 9, i feriti 40.",
        "figures": [
            {"surface": "9", "value": 9, "what_head": "morti", "source": "Protezione civile"},
            {"surface": "40", "value": 40, "what_head": "feriti", "source": "Protezione civile"},
        ],
    },
    {
        "text": "«Servono almeno 2.000 infermieri», ha detto all'Ansa il presidente della Fnopi.",
        "figures": [
            {
                "surface": "2.000",
                "value": 2000,
                "bound": "at_least",
                "what_head": "infermieri",
                "source": "presidente della Fnopi",
                "via": "Ansa",
            },
        ],
    },
    {
        "text": "La Germania, secondo le stime dell'Alleanza, arriva al 2,12% del Pil.",
        "figures": [
            {
                "surface": "2,12",
                "value": 2.12,
                "unit": "percent",
                "source": "Alleanza",
                "modality": "estimated",
            },
        ],
    },
    {
        "text": "Il Paese secondo le stime dell'Alleanza arriva al 2,12% del Pil.",
        "figures": [
            {"surface": "2,12", "value": 2.12, "unit": "percent", "source": "Alleanza"},
        ],
    },
    # --- fractions, multiples and decimals in words (peer-suite classes) --------------------------
    {
        "text": "Tre ottavi dei fondi restano inutilizzati.",
        "figures": [{"surface": "Tre ottavi", "value": 37.5, "unit": "percent"}],
    },
    {
        "text": "Al comune spetta un ventesimo del gettito.",
        "figures": [{"surface": "un ventesimo", "value": 0.05}],
    },
    {
        "text": "Il tasso è salito di un venticinquesimo.",
        "figures": [{"surface": "un venticinquesimo", "value": 0.04}],
    },
    {
        "text": "La crescita è stata del due punto cinque per cento.",
        "figures": [{"surface": "due punto cinque", "value": 2.5, "unit": "percent"}],
    },
    {
        "text": "La polizia ha sequestrato tre dozzine di petardi.",
        "figures": [{"surface": "tre dozzine", "value": 36, "what_head": "petardi"}],
    },
    {
        "text": "Sono rimasti feriti mezza dozzina di tifosi.",
        "figures": [{"surface": "mezza dozzina", "value": 6, "bound": "approx"}],
    },
    {
        "text": "Il debito mondiale supera di gran lunga 1 bilione di euro.",
        "figures": [{"surface": "1 bilione", "value": 1e12, "unit": "EUR"}],
    },
    {
        "text": "Ha votato uno su tre.",
        "figures": [{"surface": "uno su tre", "value": 1 / 3}],
    },
    # --- comparisons and bounds after the number -------------------------------------------------
    {
        "text": "Il valore è maggiore di 100 e minore di 300.",
        "figures": [{"surface": "100 e minore di 300", "low": 100, "high": 300, "bound": "range"}],
    },
    {
        "text": "Il voto è maggiore di dieci ma minore di quindici.",
        "figures": [{"surface": "dieci ma minore di quindici", "low": 10, "high": 15, "bound": "range"}],
    },
    {
        "text": "Hanno sfilato 500 o più studenti.",
        "figures": [{"surface": "500", "low": 500, "high": None, "bound": "at_least", "what_head": "studenti"}],
    },
    # --- money subunits and measures -------------------------------------------------------------
    {
        "text": "Il biglietto costa 13 euro e 45 centesimi.",
        "figures": [{"surface": "13 euro e 45 centesimi", "value": 13.45, "unit": "EUR"}],
    },
    {
        "text": "Ogni fiala contiene 75 ml di vaccino.",
        "figures": [{"surface": "75", "value": 75, "unit": "ml", "what_head": "vaccino"}],
    },
    {
        "text": "L'uragano si è spostato di 200 miglia verso nord.",
        "figures": [{"surface": "200", "value": 200, "unit": "mi"}],
    },
    {
        "text": "I termometri hanno segnato 40 gradi.",
        "figures": [{"surface": "40", "value": 40, "unit": None}],
    },
    {
        "text": "Il gruppo ha raccolto c $ 300 milioni e 6,65 miliardi di pesetas.",
        "figures": [
            {"surface": "300 milioni", "value": 300000000, "unit": "CAD"},
            {"surface": "6,65 miliardi", "value": 6650000000, "unit": "ESP"},
        ],
    },
    # a clause joined after an inverted speaker is the speaker's too (CLAUSE_COORDINATORS)
    {
        "text": 'La tempesta ha distrutto 420 case, ha reso noto la prefettura, e lascia 3.000 famiglie senza luce.',
        "figures": [
            {"surface": '420', "value": 420, "source": 'prefettura'},
            {"surface": '3.000', "value": 3000, "source": 'prefettura'},
        ],
    },
    # a passive agent names who put the number
    {
        "text": "I danni, stimati dall'Anci in 2 miliardi di euro, riguardano 300 comuni.",
        "figures": [
            {"surface": "2 miliardi", "value": 2e9, "unit": "EUR", "source": "Anci", "modality": "estimated"},
            {"surface": "300", "value": 300},
        ],
    },
    # "e, secondo X, ...": the cue opens the clause after the "and", not the one before
    {
        "text": "I posti sono saliti a 135mila e, secondo l'Anief, oltre il 60% dei supplenti non è abilitato.",
        "figures": [
            {"surface": "135mila", "value": 135000, "source": None},
            {"surface": "60", "value": 60, "unit": "percent", "source": "Anief"},
        ],
    },
    # a finite verb after the name ends the phrase after "secondo"
    {
        "text": "In Lombardia, secondo l'Ufficio scolastico regionale mancano 9.400 docenti.",
        "figures": [{"surface": "9.400", "value": 9400, "source": "Ufficio scolastico regionale"}],
    },
    # not a figure: a class named with its complement ("classe di stato 3")
    {
        "text": "Il ponte era nella classe di stato 3 e 240 treni sono stati cancellati.",
        "figures": [{"surface": "240", "value": 240}],
    },
    # a negation before a "more than" cue makes it at most (NEGATIONS)
    {
        "text": 'Secondo gli scienziati le catture non dovrebbero superare le 298mila tonnellate.',
        "figures": [{"surface": '298mila', "value": 298000, "bound": "at_most", "high": 298000, "unit": 't'}],
    },
    # a unit said once for two numbers set side by side (COMPARE_LINKS; "X and Y tonnes")
    {
        "text": "La quota scende a 9.400 tonnellate, contro 18.100 nel 2025.",
        "figures": [
            {"surface": '9.400', "value": 9400, "unit": 't'},
            {"surface": '18.100', "value": 18100, "unit": 't'},
        ],
    },
    # "dell'anno scorso" is no duration: the link of a duration has no article (TIME_LINK)
    {
        "text": "Le domande sono 18.100, contro 15.200 dell'anno scorso.",
        "figures": [{"surface": "18.100", "value": 18100}, {"surface": "15.200", "value": 15200}],
    },
    # "hanno superato lo scritto": the written exam, a noun, not a speech verb
    {
        "text": "Al concorso, bandito per 19.032 posti, hanno superato lo scritto solo 41.600 candidati.",
        "figures": [{"surface": "19.032", "value": 19032, "source": None}, {"surface": "41.600", "value": 41600, "source": None}],
    },
    # two commas with three digits after each group thousands, even beside Italian decimals
    {
        "text": "Il costo sarebbe di 2,450,000 franchi, pari allo 0,4% del bilancio.",
        "figures": [
            {"surface": "2,450,000", "value": 2450000, "unit": "CHF"},
            {"surface": "0,4", "value": 0.4, "unit": "percent"},
        ],
    },
    # "Lo ha reso noto X": the clitic resumes the sentence before, X is its speaker (RESUMPTIVE_CLITICS)
    {
        "text": "Le motovedette hanno soccorso 612 persone. Lo ha reso noto la Guardia costiera in una nota.",
        "figures": [{"surface": "612", "value": 612, "source": "Guardia costiera"}],
    },
    # not figures: a number after a two-letter code (a boat, a flight), an hour with its minutes
    {
        "text": "L'intervento della motovedetta CP 324 si è concluso alle 3.40 con 612 persone salvate.",
        "figures": [{"surface": "612", "value": 612}],
    },
    # a long subject after the comma, at the end: it speaks for what came before
    {
        "text": "Il fondo avrebbe un deficit di 2,3 miliardi nel 2030, il portavoce del Dipartimento federale dell'interno Marc Etienne ha detto ai giornalisti.",
        "figures": [{"surface": "2,3 miliardi", "value": 2.3e9, "source": "Marc Etienne"}],
    },
    # data in terabytes, a currency beyond the usual ones
    {
        "text": "Gli hacker dicono di avere rubato 1,2 terabyte di dati e chiedono 50.000 baht.",
        "figures": [{"surface": "1,2", "value": 1.2, "unit": "TB"}, {"surface": "50.000", "value": 50000, "unit": "THB"}],
    },
    # not figures: a duration said with a base ("una ventina di minuti"), a number in quotes as a
    # name, an address, a toll-free number
    {
        "text": "Una grandinata di una ventina di minuti ha colpito 300 ettari. Il «6» è stato centrato in corso Roma 41; chiamate il numero verde 800 123 456.",
        "figures": [{"surface": "300", "value": 300, "unit": "ha"}],
    },
    # "la polizia locale" names the police, not the body named last (SELF_NAMED_ROLES)
    {
        "text": "Il jackpot ripartirà da 20 milioni, ha annunciato Sisal. Un migliaio di curiosi si è radunato davanti alla tabaccheria, secondo la polizia locale.",
        "figures": [
            {"surface": "20 milioni", "value": 2e7, "source": "Sisal"},
            {"surface": "migliaio", "source": "polizia locale"},
        ],
    },
    # a person's name glued after the portfolio of the role: the name, not the portfolio
    {
        "text": "L'assessore all'Agricoltura Martin Gasser calcola un danno tra 30 e 40 milioni di euro.",
        "figures": [{"surface": "30 e 40 milioni", "low": 3e7, "high": 4e7, "unit": "EUR", "source": "Martin Gasser"}],
    },
    # after a colon, a new statement whose speaker is named at its end
    {
        "text": "Gli autotrasportatori temono uno spostamento sulla strada: fino a 3.000 camion potrebbero passare ogni giorno, ha avvertito la Camera di commercio.",
        "figures": [{"surface": "3.000", "value": 3000, "source": "Camera di commercio"}],
    },
    # how often after the name is not part of it (EVERY)
    {
        "text": "Secondo Trenitalia ogni giorno sono cancellati fino a 240 treni.",
        "figures": [{"surface": "240", "value": 240, "bound": "up_to", "source": "Trenitalia"}],
    },
    # a participle set off by commas describes the subject (APPOSED_PARTICIPLE)
    {
        "text": "L'Ufficio parlamentare di bilancio, collegato al Senato, stima un deficit del 3,4 %.",
        "figures": [{"surface": "3,4", "source": "Ufficio parlamentare di bilancio", "unit": "percent"}],
    },
    # not ruling out: a speaker, a possible figure
    {
        "text": "Gli inquirenti non escludono che l'indagine si estenda a decine di altre spedizioni.",
        "figures": [{"surface": "decine", "bound": "approx", "source": "inquirenti", "modality": "possible"}],
    },
    # «quote», said X. «another quote»: the second quotation runs on with the same speaker
    {
        "text": "«In alcune zone abbiamo perso fino al 70% delle olive», ha spiegato Savino Lapenna, presidente di Coldiretti Puglia. «Chi produce oggi spunta 9 euro al chilo.»",
        "figures": [{"surface": "70", "unit": "percent", "source": "Savino Lapenna"}, {"surface": "9", "unit": "EUR", "source": "Savino Lapenna"}],
    },
    # "il suo rapporto": the report of the body named last
    {
        "text": "L'Agenzia delle Dogane (ADM) ha diffuso i dati. Nel 2023 l'agenzia aveva sequestrato circa 1,9 milioni di articoli contraffatti, secondo il suo rapporto annuale.",
        "figures": [{"surface": "1,9 milioni", "bound": "approx", "source": "ADM"}],
    },
    # the speaker's own figure after the one denied (after a colon, a gerund): asserted
    {
        "text": "L'assessore, Donato Mastrangelo, ha smentito che le chiusure siano 300: «Sono meno di 40».",
        "figures": [{"surface": "300", "source": "Donato Mastrangelo", "modality": "denied"}, {"surface": "40", "bound": "less_than", "source": "Donato Mastrangelo", "modality": "asserted"}],
    },
    # not figures: a phone number after its cue
    {"text": "Le segnalazioni si fanno al numero 800 123 456.", "figures": []},
    # a possessive inside an according cue: the speaker named last (CUE_POSSESSIVES)
    {
        "text": "Il sindaco Piero Sanna ha parlato di una notte difficile. A suo dire circa 600 residenti hanno dormito in palestra.",
        "figures": [{"surface": "600", "bound": "approx", "source": "Piero Sanna"}],
    },
    # "dell'Anbi, secondo cui": the relative's antecedent, its elided link dropped
    {
        "text": "Il dato è dell'Anbi, secondo cui mancano circa 290 milioni di metri cubi.",
        "figures": [{"surface": "290 milioni", "bound": "approx", "unit": "m3", "source": "Anbi"}],
    },
    # the role's complement, then the person's name closing the sentence, with or without a comma
    {
        "text": "Roma intende inviare fino a 300 soldati, ha detto il ministro per la Protezione civile Fabio Landolfi.",
        "figures": [{"surface": "300", "bound": "up_to", "source": "Fabio Landolfi", "modality": "planned"}],
    },
    {
        "text": "«Qui lavorano una decina di operatori per turno», ha dichiarato il sindaco di Lampedusa e Linosa, Salvatore Taranto.",
        "figures": [{"surface": "decina", "bound": "approx", "source": "Salvatore Taranto"}],
    },
    # a share of a whole in words is a percentage (SHARE_WORDS, fractions before a link); a half-year is not
    {
        "text": "Il consorzio ha smentito che la metà del raccolto sia andata persa.",
        "figures": [{"surface": "metà", "value": 50, "unit": "percent", "source": "consorzio", "modality": "denied"}],
    },
    {
        "text": "I lavori riprendono a metà giugno.",
        "figures": [],
    },
    # a toll given is a claim; a machine translation's 'dopo indicazioni del'
    {
        "text": "L'Istituto nazionale (INGD) ha dato un bilancio di 87 morti. Un convoglio di 120 camion ha raggiunto Beira, dopo indicazioni del ministero dell'Amministrazione Statale.",
        "figures": [{"surface": "87", "source": "INGD"}, {"surface": "120", "source": "ministero dell'Amministrazione Statale"}],
    },
    # the sentence's stop after a one-letter word is no part of the name
    {
        "text": "Il Bologna ha una media di 29.400 spettatori a partita, secondo i dati della Lega Serie A. Il resto è invariato.",
        "figures": [{"surface": "29.400", "source": "Lega Serie A"}],
    },
    # a statement names its owner
    {
        "text": "Secondo un comunicato della Regione, sono arrivati 40 migranti.",
        "figures": [{"surface": "40", "source": "Regione"}],
    },
    # ", mentre per l'azienda": a new claim with its own source, no relay of the first
    {
        "text": "Il sindacato rivendica un'adesione del 40%, mentre per l'azienda si tratta del 12%.",
        "figures": [{"surface": "40", "unit": "percent", "source": "sindacato"}, {"surface": "12", "unit": "percent", "source": "azienda", "via": None}],
    },
    # two counts of one crowd: the organisers', then after "while" the police's
    {
        "text": "Circa 5.000 persone hanno sfilato, secondo gli organizzatori, mentre la questura ne ha contate 2.000.",
        "figures": [{"surface": "5.000", "bound": "approx", "source": "organizzatori"}, {"surface": "2.000", "source": "questura"}],
    },
    # a relative clause closed by a comma: the verb after it has the subject before it
    {
        "text": "L'azienda, che conta 4.000 dipendenti, ha annunciato 300 esuberi.",
        "figures": [{"surface": "4.000", "source": None}, {"surface": "300", "source": "azienda"}],
    },
    # a verb set off alone, its subject dropped: the speaker named last
    {
        "text": "Gli spettatori sono stati 71.300, ha detto il direttore, Marco Baldacci. Gli abbonati, ha aggiunto, sono stati 4.620.",
        "figures": [{"surface": "71.300", "source": "Marco Baldacci"}, {"surface": "4.620", "source": "Marco Baldacci"}],
    },
    # bare millions after verbs of cost and contribution are money; opening hours are no figures
    {
        "text": "Il Comune contribuisce con 1,2 milioni l'anno e i lavori costeranno circa 2,4 milioni. Biglietteria aperta dalle 10 alle 13.",
        "figures": [{"surface": "1,2 milioni", "unit": "EUR"}, {"surface": "2,4 milioni", "unit": "EUR", "bound": "approx"}],
    },
    # a body's name across "per la"; the cited speak, the outlet that cites them relays
    {
        "text": "Sono stati contati 2.512 esemplari, secondo il Ministero per la Transizione Ecologica. Il Financial Times aveva riportato, citando persone vicine al dossier, che la società valeva circa 60 milioni di sterline.",
        "figures": [
            {"surface": "2.512", "source": "Ministero per la Transizione Ecologica"},
            {"surface": "60 milioni", "unit": "GBP", "source": "persone vicine al dossier", "via": "Financial Times"},
        ],
    },
    # a machine translation of "according to"
    {
        "text": "La startup sviluppa sensori che, in accordo alla compagnia, riducono l'uso di fertilizzanti fino a 30%.",
        "figures": [{"surface": "30", "bound": "up_to", "unit": "percent", "source": "compagnia"}],
    },
    # an outlet told inside an inverted subject ("all'Ansa"); unnamed sources speak; "i suoi dati" with no one before
    {
        "text": "Almeno 14 persone sono morte, hanno riferito le autorità locali all'Ansa. La commessa vale 3 miliardi di dollari, secondo fonti vicine al dossier. La compagnia ha trasportato 4,2 milioni di passeggeri, secondo i suoi dati.",
        "figures": [
            {"surface": "14", "bound": "at_least", "source": "autorità locali", "via": "Ansa"},
            {"surface": "3 miliardi", "unit": "USD", "source": "fonti vicine al dossier"},
            {"surface": "4,2 milioni", "source": "compagnia"},
        ],
    },
    # «Ci aspettiamo»: an estimate
    {
        "text": "«Ci aspettiamo ricavi per circa 4,5 miliardi», ha dichiarato l'amministratore delegato Marco Elia.",
        "figures": [{"surface": "4,5 miliardi", "bound": "approx", "source": "Marco Elia", "modality": "estimated"}],
    },
    # "Dal Comune fanno sapere": the body the words come from
    {
        "text": "Dal Comune fanno sapere che sono stati piantati 3.000 alberi.",
        "figures": [{"surface": "3.000", "source": "Comune"}],
    },
    # "qualche migliaio": a few thousand, vague; "un migliaio" is about one thousand
    {
        "text": "Al corteo hanno partecipato qualche migliaio di persone, mentre al presidio erano un migliaio.",
        "figures": [
            {"surface": "migliaio", "value": None, "low": 2000, "high": 9999, "bound": "approx"},
            {"surface": "migliaio", "value": 1000, "bound": "approx"},
        ],
    },
    # un portavoce senza nome parla per l'ente nominato prima nella frase
    {
        "text": "Il sindacato Fiom teme 300 esuberi, ma Lamberti ha smentito: «Non esiste alcun piano per tagliare 300 posti», ha detto un portavoce.",
        "figures": [
            {"surface": "300", "source": "Fiom"},
            {"surface": "300", "source": "Lamberti"},
        ],
    },
    # "come ha reso noto X": il soggetto segue il verbo
    {
        "text": "Come ha reso noto la Protezione civile, 312 persone sono state evacuate. Altre 40 sono ricoverate, come ha precisato l'Asl.",
        "figures": [{"surface": "312", "source": "Protezione civile"}, {"surface": "40", "source": "Asl"}],
    },
    # a cue after an elided article: "con l'obiettivo di" is a plan
    {
        "text": "La Regione ha varato un piano con l'obiettivo di abbattere circa 18mila cinghiali entro il 2026.",
        "figures": [{"surface": "18mila", "bound": "approx", "modality": "planned"}],
    },
    # un titolo "Tema, la Regione: «...»": chi parla dopo il tema; "Secondo X l'...": senza virgola, il nome finisce all'articolo
    {
        "title": "Cinghiali, la Regione Umbria: «Piano da 1,5 milioni»",
        "text": "Secondo Bellandi l'operazione porterà risparmi per 20 milioni di euro.",
        "figures": [
            {"surface": "1,5 milioni", "source": "Regione Umbria"},
            {"surface": "20 milioni", "unit": "EUR", "source": "Bellandi"},
        ],
    },
    # "Lo ha presentato X": chi presenta il piano lo dice, anche per la frase prima
    {
        "text": "Un piano da 2,5 milioni di euro per la manutenzione delle strade provinciali. Lo ha presentato oggi l'assessore ai Trasporti, Paolo Neri.",
        "figures": [{"surface": "2,5 milioni", "unit": "EUR", "source": "Paolo Neri"}],
    },
    # una stima al passivo, poi chi l'ha fatta
    {
        "text": "Il danno è stimato in 85 milioni di euro dalla Regione.",
        "figures": [{"surface": "85 milioni", "unit": "EUR", "source": "Regione", "modality": "estimated"}],
    },
    # ", per gli organizzatori 6.000": l'altra parte del conteggio, il suo numero dopo
    {
        "text": "Secondo la questura erano 2.500, per gli organizzatori 6.000.",
        "figures": [{"surface": "2.500", "source": "questura"}, {"surface": "6.000", "source": "organizzatori"}],
    },
    # una relativa subito dopo il numero: "l'8% che chiedono i sindacati"
    {
        "text": "L'azienda offre il 3%, contro l'8% che chiedono i sindacati.",
        "figures": [
            {"surface": "3", "unit": "percent", "source": "azienda"},
            {"surface": "8", "unit": "percent", "source": "sindacati"},
        ],
    },
    # "l'assessore all'Ambiente, Giorgio Maione": la delega dell'assessore, non un'agenzia a cui parla
    {
        "text": "La Regione ha stanziato 12 milioni di euro, ha annunciato l'assessore all'Ambiente, Giorgio Maione. Sono morte 14 persone, ha detto il sindaco all'Ansa.",
        "figures": [
            {"surface": "12 milioni", "unit": "EUR", "source": "Giorgio Maione", "via": None},
            {"surface": "14", "source": "sindaco", "via": "Ansa"},
        ],
    },
    # "A dirlo è X: «...»", "Emerge dai dati di X che", "Fanno sapere dall'assessorato", "parla del 30%";
    # "Per i sindacati l'adesione": senza virgola, il nome finisce all'articolo dopo la parola dell'ente
    {
        "text": "A dirlo è il direttore sanitario dell'ospedale, Marco Bianchi: «Abbiamo eseguito 1.200 interventi». Emerge dai dati dell'Osservatorio che il 62% delle famiglie ha ridotto la spesa. Fanno sapere dall'assessorato regionale che i fondi ammontano a 18 milioni. Per i sindacati l'adesione ha toccato l'80%, mentre l'azienda parla del 30%.",
        "figures": [
            {"surface": "1.200", "source": "Marco Bianchi"},
            {"surface": "62", "unit": "percent", "source": "Osservatorio"},
            {"surface": "18 milioni", "source": "assessorato regionale"},
            {"surface": "80", "unit": "percent", "source": "sindacati"},
            {"surface": "30", "unit": "percent", "source": "azienda"},
        ],
    },
    # una relativa chiusa dopo il soggetto: il verbo è del soggetto, non ha il soggetto dopo di sé
    {
        "text": "L'azienda, che impiega 1.450 persone a Pordenone, ha annunciato ricorso.",
        "figures": [{"surface": "1.450", "source": "azienda"}],
    },
    # "Riferiscono i carabinieri che", "informa una nota della Asl", "è il bilancio fornito dall'Azienda",
    # "secondo quanto riportato dal Corriere" (il giornale stesso, nessuno dentro); "raccolto dalla società" è un atto
    {
        "text": "Riferiscono i carabinieri che sono state denunciate 12 persone. Le liste contano 1.800 pazienti, informa una nota della Asl. Sono 27 gli interventi, è il bilancio fornito dall'Azienda ospedaliera. Secondo quanto riportato dal Corriere della Sera, i tempi sono scesi del 30%. Il totale raccolto dalla società sale a 17 milioni di euro.",
        "figures": [
            {"surface": "12", "source": "carabinieri"},
            {"surface": "1.800", "source": "Asl"},
            {"surface": "27", "source": "Azienda ospedaliera"},
            {"surface": "30", "unit": "percent", "source": "Corriere della Sera"},
            {"surface": "17 milioni", "unit": "EUR", "source": None},
        ],
    },
    # "Come spiegato dal direttore X,", "A quanto riferito dalla Regione,": chi parla è l'agente; un "report" è una prova
    {
        "text": "Come spiegato dal direttore generale Daniela Matarrese, l'obiettivo è arrivare a 1.500 interventi. A quanto riferito dalla Regione, in Toscana i robot sono 14. I pazienti vengono per il 30% da fuori regione, evidenzia il report annuale dell'azienda Careggi.",
        "figures": [
            {"surface": "1.500", "source": "Daniela Matarrese"},
            {"surface": "14", "source": "Regione"},
            {"surface": "30", "unit": "percent", "source": "Careggi"},
        ],
    },
    # un numero dentro un nome ("Il Sole 24 Ore") non è una cifra
    {
        "text": "Lo scrive Il Sole 24 Ore, secondo cui i posti a rischio sono 300.",
        "figures": [{"surface": "300"}],
    },
    # "si legge in una nota della società", "come emerge da un sondaggio di Ipsos": chi firma il documento è la
    # fonte; "Per l'associazione X" è "secondo" come "Per il governo" ("per l'azienda lavorano" resta "per")
    {
        "text": "Il fatturato è salito a 840 milioni di euro, si legge in una nota della società. Circa il 40% degli intervistati, come emerge da un sondaggio di Ipsos, si dice contrario. Gli infortuni sono stati 590mila, risulta dai dati dell'Inail. Per l'associazione dei consumatori Codacons i rincari potrebbero costare fino a 500 euro a famiglia. Per l'azienda lavorano 1.200 persone.",
        "figures": [
            {"surface": "840 milioni", "unit": "EUR", "source": "società"},
            {"surface": "40", "unit": "percent", "source": "Ipsos"},
            {"surface": "590mila", "source": "Inail"},
            {"surface": "500", "unit": "EUR", "source": "Codacons"},
            {"surface": "1.200", "source": None},
        ],
    },
    # la frase scissa "A darne notizia è X", "A rilevarlo è X": X parla per la frase (anche dopo i due punti) e,
    # con il clitico, per quella prima; "Ne ha dato notizia X" come "Lo ha reso noto X"
    {
        "text": "Sono 45 le persone identificate. A darne notizia è la Polizia di Stato. A rilevarlo è l'Istat: il 23,4% delle famiglie ha ridotto la spesa. Sono 300 i controlli. Ne ha dato notizia la Guardia di Finanza.",
        "figures": [
            {"surface": "45", "source": "Polizia di Stato"},
            {"surface": "23,4", "unit": "percent", "source": "Istat"},
            {"surface": "300", "source": "Guardia di Finanza"},
        ],
    },
    # l'agente di un conteggio ("censite da Legambiente nel suo ultimo rapporto"), di un allarme; un'elaborazione
    # "su dati Istat" è di chi la fa
    {
        "text": "Sono 1.300 le discariche abusive censite da Legambiente nel suo ultimo rapporto. \"Servono almeno 600 medici in più\", è l'allarme lanciato dal sindacato Anaao Assomed. Le imprese attive sono 5.200, secondo l'elaborazione della Cgia di Mestre su dati Istat.",
        "figures": [
            {"surface": "1.300", "source": "Legambiente"},
            {"surface": "600", "bound": "at_least", "source": "Anaao Assomed"},
            {"surface": "5.200", "source": "Cgia di Mestre"},
        ],
    },
    # "contro i 5.000" dopo "4.000 euro al chilo": la stessa unità, la tariffa tra i due a parte; "la 25/a Asta" è un ordinale
    {
        "text": "Secondo il Cnst, il prezzo è sceso a 3.500-4.000 euro al chilo, contro i 5.000 di un anno fa, durante la 25/a Asta mondiale.",
        "figures": [{"surface": "3.500-4.000", "bound": "range", "unit": "EUR", "source": "Cnst"}, {"surface": "5.000", "unit": "EUR", "source": "Cnst"}],
    },
    # "Come riferisce l'Istat, ...": il soggetto della frase con "come" finisce alla sua virgola
    {
        "text": "Come riferisce l'Istat, gli occupati sono aumentati di 120mila unità. Come ha spiegato il presidente, Luca Zaia, sono stati stanziati 50 milioni di euro.",
        "figures": [{"surface": "120mila", "source": "Istat"}, {"surface": "50 milioni", "unit": "EUR", "source": "Luca Zaia"}],
    },
    # "2.000 per la Questura" dopo un numero: chi conta la folla (non "200 per la Regione", un'assegnazione)
    {
        "text": "Oltre 5.000 persone, secondo gli organizzatori, hanno partecipato al corteo; 2.000 per la Questura. Dei 500 milioni stanziati, 200 per la Regione Lombardia.",
        "figures": [{"surface": "5.000", "bound": "more_than", "source": "organizzatori"}, {"surface": "2.000", "source": "Questura"}, {"surface": "500 milioni", "source": None}, {"surface": "200", "source": None}],
    },
    # le altre persone dei verbi di dichiarazione, e quelli di concludere, rilevare, escludere
    {
        "text": "I tecnici rilevano che le perdite superano il 30%. Il ministro esclude che il deficit superi il 3%. La Corte dei conti conclude che mancano 2 miliardi.",
        "figures": [
            {"surface": "30", "bound": "more_than", "unit": "percent", "source": "tecnici"},
            {"surface": "3", "bound": "more_than", "unit": "percent", "source": "ministro"},
            {"surface": "2 miliardi", "source": "Corte dei conti"},
        ],
    },
    # "secondo le prime stime di X": X; "stimati dal Comune in circa": la parola del limite e il suo "in"
    # non fanno parte del nome
    {
        "text": "La grandine ha colpito 3.000 ettari, secondo le prime stime della Confagricoltura. I lavori, stimati dall'ente in circa 12 milioni di euro, partiranno a marzo.",
        "figures": [
            {"surface": "3.000", "unit": "ha", "source": "Confagricoltura"},
            {"surface": "12 milioni", "bound": "approx", "unit": "EUR", "source": "ente"},
        ],
    },
    # un pareggio ("finita 2-2") è un risultato, non un intervallo; "hanno atteso" è aspettare, non una stima;
    # dove scende una somma di denaro, anche il numero a cui arriva è denaro
    {
        "text": "Dopo la partita, finita 2-2, decine di tifosi hanno atteso i bus. Il canone, oggi di 900 euro, potrebbe salire fino a 1.200.",
        "figures": [
            {"surface": "decine", "bound": "approx", "modality": "asserted"},
            {"surface": "900", "unit": "EUR"},
            {"surface": "1.200", "unit": "EUR", "modality": "possible"},
        ],
    },
    # copie di dispacci tedeschi: "Questo ha comunicato X:", "Come X ha comunicato,", "Dopo stime di X",
    # "Secondo indicazioni di X", "..., così il sindaco.", "ha detto alla Zeitung, che"
    {
        "text": "Questo ha comunicato il Comune martedì: i lavori costano 3 milioni di euro. Come la Provincia ha comunicato, le domande sono 800. Dopo stime dell'associazione degli albergatori arrivano 40.000 turisti. Secondo indicazioni della polizia, i feriti sono 12. Il resto, 500.000 euro, paga la Regione, così il sindaco. Il direttore, Karl Maier, ha detto alla Münchner Zeitung, che mancano 30 medici.",
        "figures": [
            {"surface": "3 milioni", "unit": "EUR", "source": "Comune"},
            {"surface": "800", "source": "Provincia"},
            {"surface": "40.000", "source": "associazione degli albergatori"},
            {"surface": "12", "source": "polizia"},
            {"surface": "500.000", "unit": "EUR", "source": "sindaco"},
            {"surface": "30", "source": "Karl Maier", "via": "Münchner Zeitung"},
        ],
    },
    # un servizio d'emergenza chiamato con il suo numero: "secondo il 118" è una fonte, non una cifra
    {
        "text": "Secondo il 118, i feriti sono 7.",
        "figures": [{"surface": "7", "source": "118"}],
    },
    # "spiegano dal Mimit" in un inciso: parla l'ente da cui spiegano; "saranno", "verranno": futuri brevi
    {
        "text": "Il piano, spiegano dal ministero, vale 3 miliardi di euro. Il sindaco ha detto che saranno assunti 40 autisti.",
        "figures": [
            {"surface": "3 miliardi", "unit": "EUR", "source": "ministero"},
            {"surface": "40", "source": "sindaco", "modality": "planned"},
        ],
    },
    # "In un'intervista al Corriere della Sera, il ministro ha detto": il giornale riferisce (via)
    {
        "text": "In un'intervista alla Stampa, il presidente ha detto che mancano 400 medici.",
        "figures": [{"surface": "400", "source": "presidente", "via": "Stampa"}],
    },
    # "per" before a role where a new claim opens (after ";", ", ma"): the role's count; a claimed
    # turnout ("rivendica un'adesione") is a count, not a demand
    {
        "text": "Secondo la questura erano circa 15mila; per gli organizzatori oltre 80mila. Il sindacato rivendica un'adesione del 70%, ma per il ministero si tratta del 9,4%.",
        "figures": [
            {"surface": "15mila", "bound": "approx", "source": "questura"},
            {"surface": "80mila", "bound": "more_than", "source": "organizzatori"},
            {"surface": "70", "unit": "percent", "source": "sindacato", "modality": "asserted"},
            {"surface": "9,4", "unit": "percent", "source": "ministero", "modality": "asserted"},
        ],
    },
    # a subjunctive ends what is counted
    {
        "text": "L'Unhcr stima che almeno 1,2 milioni di persone siano state costrette a fuggire.",
        "figures": [{"surface": "1,2 milioni", "bound": "at_least", "what": "persone", "source": "Unhcr", "modality": "estimated"}],
    },
    # "ne contano" counts; "ha respinto ... l'accusa di" denies, and its speaker speaks; a closing quote
    # before "secondo X" ends the figure X speaks for; "stavolta" opens no subject
    {
        "text": "Le autorità cambogiane ne contano oltre 60.000. La portavoce, la generale Sok Channary, ha respinto come «pura propaganda» l'accusa di aver lanciato 40 razzi. In piazza: «oltre 200.000» secondo Tisza, 35.000 secondo la polizia. Stavolta gli analisti di Medián prevedono il 75%.",
        "figures": [
            {"surface": "60.000", "bound": "more_than", "source": "autorità cambogiane"},
            {"surface": "40", "source": "Sok Channary", "modality": "denied"},
            {"surface": "200.000", "bound": "more_than", "source": "Tisza"},
            {"surface": "35.000", "source": "polizia"},
            {"surface": "75", "unit": "percent", "source": "analisti di Medián"},
        ],
    },
    # a relative after an adjective's aside stands for the name before the aside; "per" before a source
    # named before and a comma is "according to"
    {
        "text": "Il Nézőpont attribuisce a Fidesz il 46%. Di segno opposto il Závecz, vicino all'opposizione, che attribuisce a Tisza il 48%. Medián stima 104 seggi; per Nézőpont, invece, Fidesz ne avrebbe almeno 101.",
        "figures": [
            {"surface": "46", "unit": "percent", "source": "Nézőpont"},
            {"surface": "48", "unit": "percent", "source": "Závecz"},
            {"surface": "104", "source": "Medián"},
            {"surface": "101", "bound": "at_least", "source": "Nézőpont"},
        ],
    },
    # "mentre per la Cgil": "per", an article and a body the alias table knows open its claim, and the
    # estimate before the comma does not rule it
    {
        "text": "Confcommercio stima che la spesa si fermerà a +0,9%, mentre per la Cgil i salari reali hanno perso il 7% dal 2021.",
        "figures": [
            {"surface": "0,9", "unit": "percent", "source": "Confcommercio", "modality": "estimated"},
            {"surface": "7", "unit": "percent", "source": "Cgil", "modality": "asserted"},
        ],
    },
    # a finite verb ends the name an agent's cue opens ("diffuso da account ... | parla di"); the forint in Italian
    {
        "text": "Un video diffuso da account filo-cambogiani parla di centinaia di soldati uccisi. Orbán ha promesso un bonus di 200.000 fiorini.",
        "figures": [
            {"surface": "centinaia", "source": "account filo-cambogiani"},
            {"surface": "200.000", "unit": "HUF", "source": "Orbán"},
        ],
    },
    # a forecast verb before a change forecasts it; "a quanto apprende X" names X
    {
        "text": "Confindustria prevede una crescita dello 0,5% nel 2026. A quanto apprende l'ANSA, sul tavolo ci sono 500 milioni.",
        "figures": [
            {"surface": "0,5", "unit": "percent", "source": "Confindustria", "modality": "estimated"},
            {"surface": "500 milioni", "source": "ANSA"},
        ],
    },
    # "lo" before a verb that does not open with "s" and a consonant, "z" or "gn" is a clitic, not an article
    {
        "text": "Lo conferma l'amministratore delegato di Trenord, Marco Piuri: \"Nel 2024 abbiamo trasportato 210 milioni di passeggeri\". Lo sciopero ha coinvolto 300 treni.",
        "figures": [{"surface": "210 milioni", "source": "Marco Piuri"}, {"surface": "300", "source": None}],
    },
    # a decimal followed by "punti" is a change of a rate in points of percentage; whole points and basis points
    # have no unit
    {
        "text": "La disoccupazione è scesa di 0,4 punti. Lo spread sale a 120 punti base.",
        "figures": [{"surface": "0,4", "unit": "percent"}, {"surface": "120", "unit": None}],
    },
    # revising one's own forecast or target gives it: the subject speaks
    {
        "text": "La Banca d'Italia rivede al rialzo le stime di crescita del Pil allo 0,8%. Confindustria abbassa la stima del Pil allo 0,4%.",
        "figures": [
            {"surface": "0,8", "unit": "percent", "source": "Banca d'Italia", "modality": "estimated"},
            {"surface": "0,4", "unit": "percent", "source": "Confindustria", "modality": "estimated"},
        ],
    },
    # the value set against a figure after its according phrase keeps its account
    {
        "text": "Il tasso di disoccupazione è salito al 6,1%, secondo l'Istat, rispetto al 5,9% di agosto.",
        "figures": [
            {"surface": "6,1", "unit": "percent", "source": "Istat"},
            {"surface": "5,9", "unit": "percent", "source": "Istat"},
        ],
    },
    # an appeal for funds is its maker's claim
    {
        "text": "L'Oms ha lanciato un appello da 87,4 milioni di dollari.",
        "figures": [
            {"surface": "87,4 milioni", "unit": "USD", "source": "Oms"},
        ],
    },
    # where the count was made ends the name; raising a toll gives it; a verb opening its sentence with its subject dropped is the last speaker's; 'ha respinto come falsa l'affermazione' denies; a subject set before a closing verb speaks
    {
        "text": "Per la questura in piazza c'erano 18.000 persone. Entro la sera il Servizio di Emergenza Statale aveva alzato il bilancio dei morti a 11. Il Ministero della Difesa russo ha detto che le sue forze avevano colpito. Ha respinto come falsa la affermazione di Kyiv che 41 missili erano stati abbattuti. A Kyiv, nove persone sono state uccise, il capo dell'amministrazione militare, Ihor Bondar, ha detto nella mattina.",
        "figures": [
            {"surface": "18.000", "source": "questura"},
            {"surface": "11", "source": "Servizio di Emergenza Statale"},
            {"surface": "41", "source": "Ministero della Difesa russo", "modality": "denied"},
            {"surface": "nove", "source": "Ihor Bondar"},
        ],
    },
    # a verb after a phrase of place with its subject dropped is the last speaker's; 'per + a known name' right after a figure
    {
        "text": "Il ministero della Salute ha respinto le accuse. In una nota ha ricordato che il Fondo sanitario salirà a 142,9 miliardi di euro. Corteo a Roma: 200mila per la Cgil, la Questura ne conta 30mila.",
        "figures": [
            {"surface": "142,9 miliardi", "unit": "EUR", "source": "ministero della Salute"},
            {"surface": "200mila", "source": "Cgil"},
            {"surface": "30mila", "source": "Questura"},
        ],
    },
    # a risk named as a thing after its article is no possibility
    {
        "text": "Il farmaco ha ridotto del 20% il rischio di infarto, secondo l'azienda.",
        "figures": [
            {"surface": "20", "unit": "percent", "source": "azienda", "modality": "asserted"},
        ],
    },
    # a time phrase between an inverted verb and its subject
    {
        "text": "Sono rimaste ferite 14 persone, ha reso noto nella serata di ieri la Prefettura.",
        "figures": [
            {"surface": "14", "source": "Prefettura"},
        ],
    },
    # a statement and its time between an inverted verb and its subject
    {
        "text": "Sono rimaste ferite 14 persone, ha fatto sapere in una nota diffusa in serata l'Asl.",
        "figures": [
            {"surface": "14", "source": "Asl"},
        ],
    },
    # a description with an indefinite article after a name says what the name is; the name speaks
    {
        "text": "L'Osservatorio siriano per i diritti umani, una ong con sede nel Regno Unito, ha parlato di 63 vittime.",
        "figures": [
            {"surface": "63", "source": "Osservatorio siriano per i diritti umani"},
        ],
    },
    # il participio della pubblicazione dopo il nome non ne fa parte: "della Corte dei conti pubblicato mercoledì"
    {
        "text": "Secondo un rapporto della Corte dei conti pubblicato mercoledì, il costo è salito di 1,8 miliardi di euro.",
        "figures": [
            {"surface": "1,8 miliardi", "unit": "EUR", "source": "Corte dei conti"},
        ],
    },
    # "secondo quanto" + verbo: chi parla viene dopo il verbo ("secondo quanto comunica Enel", "secondo quanto ha reso noto la Regione")
    {
        "text": "Sono 2.300 le famiglie ancora senza luce, secondo quanto comunica Enel. Secondo quanto ha reso noto la Regione, i casi sono 312.",
        "figures": [
            {"surface": "2.300", "source": "Enel"},
            {"surface": "312", "source": "Regione"},
        ],
    },
    # "per" + una sigla nota unita da un trattino: "ma per la Fiom-Cgil"
    {
        "text": "L’azienda ha annunciato 850 esuberi, ma per la Fiom-Cgil i posti a rischio sono almeno 1.400.",
        "figures": [
            {"surface": "850", "source": "azienda"},
            {"surface": "1.400", "bound": "at_least", "source": "Fiom-Cgil"},
        ],
    },
    # "i nostri dati" come soggetto in una citazione: parla chi è citato
    {
        "text": "L’assessore Donato Pellecchia ha smentito che 300 aziende abbiano chiuso: «I nostri dati parlano di poche decine di casi».",
        "figures": [
            {"surface": "300", "source": "Donato Pellecchia", "modality": "denied"},
            {"surface": "decine", "bound": "approx", "source": "Donato Pellecchia"},
        ],
    },
    # il nome, poi la sua apposizione con un relativo: parla il nome ("La Sac, la società che gestisce lo scalo, ha comunicato"); "ha messo in guardia che", "ha fatto stato di" (calco di traduzione)
    {
        "text": "La Sac, la società che gestisce lo scalo, ha comunicato che sono stati cancellati 46 voli. Il loro ministero della Salute ha fatto stato di più di 96 000 casi sospetti. L’organizzazione ha messo in guardia che il numero di casi potrebbe raggiungere i 250 000.",
        "figures": [
            {"surface": "46", "source": "Sac"},
            {"surface": "96 000", "bound": "more_than", "source": "ministero della Salute"},
            {"surface": "250 000", "source": "organizzazione", "modality": "possible"},
        ],
    },
    # "per" + nome dopo una virgola, seguito dal suo numero: "cancellati 46 voli, per il Codacons 12mila passeggeri a terra"
    {
        "text": "A Catania cancellati 46 voli, per il Codacons 12mila passeggeri a terra.",
        "figures": [
            {"surface": "46", "source": None},
            {"surface": "12mila", "source": "Codacons"},
        ],
    },
    # un orario "tra le 14 e le 22" non è una cifra
    {
        "text": "Tra le 14 e le 22 sono stati cancellati 46 voli.",
        "figures": [
            {"surface": "46"},
        ],
    },
    # "non inferiore a": almeno; "secondo l’organizzazione gli incendi": l’articolo dopo il nome del ruolo apre la frase
    {
        "text": "Secondo l’organizzazione gli incendi sono almeno 118. L’associazione chiede un risarcimento non inferiore a 150 euro.",
        "figures": [
            {"surface": "118", "bound": "at_least", "source": "organizzazione"},
            {"surface": "150", "bound": "at_least", "unit": "EUR", "source": "associazione"},
        ],
    },
    # il numero di un canale è un nome: "Canale 5"
    {
        "text": "La partita su Canale 5 ha raggiunto 4 milioni di spettatori.",
        "figures": [
            {"surface": "4 milioni"},
        ],
    },
    # "superare il miliardo": un miliardo
    {
        "text": "A detta degli esperti, il costo complessivo potrebbe superare il miliardo.",
        "figures": [
            {"surface": "miliardo", "value": 1000000000, "bound": "more_than", "source": "esperti", "modality": "possible"},
        ],
    },
    # un participio tra virgole dopo il soggetto è un inciso ("condotto su un campione di"), e il "di" lontano dal participio non ne è l'agente; dove fu detto chiude il nome ("in una nota")
    {
        "text": "Un sondaggio dell'istituto Lares, condotto su un campione di 1.200 persone, indica che il 54% degli italiani approva il decreto. Dal 2022, ha ricordato il ministero dell'Interno in una nota, sono stati assunti 36mila agenti.",
        "figures": [
            {"surface": "1.200"},
            {"surface": "54", "unit": "percent", "source": "Lares"},
            {"surface": "36mila", "source": "ministero dell'Interno"},
        ],
    },
    # un partito che la tabella conosce, dopo "per" e prima del soggetto della frase: "Per il Pd il testo introduce"
    {
        "text": "Per il Pd il testo introduce 14 nuovi reati e 9 aggravanti.",
        "figures": [
            {"surface": "14", "source": "Pd"},
            {"surface": "9", "source": "Pd"},
        ],
    },
    # un numero nudo contrapposto a un importo con scala prende la scala e la valuta ("300 miliardi di euro, contro i circa 387"); un giorno tra il participio e l'agente ("diffuso venerdì mattina dalla polizia")
    {
        "text": "La proposta riserva almeno 300 miliardi di euro, contro i circa 387 dell'attuale Pac. Nel bilancio diffuso venerdì mattina dalla polizia belga, i fermati sono saliti a 19.",
        "figures": [
            {"surface": "300 miliardi", "unit": "EUR"},
            {"surface": "387", "value": 387000000000, "unit": "EUR", "bound": "approx"},
            {"surface": "19", "source": "polizia belga"},
        ],
    },
    # "come sostiene X" mette accanto la tesi di un altro, non la riferisce: nessun tramite
    {
        "text": "Il portavoce della Commissione, Olof Strand, ha negato che si tratti di un taglio del 25%, come sostiene Copa-Cogeca.",
        "figures": [
            {"surface": "25", "unit": "percent", "source": "Olof Strand", "via": None, "modality": "denied"},
        ],
    },
    # ciò che paga il denaro dopo "nella" (non un tempo: "nei prossimi tre anni"); un participio plurale è un verbo di misura; "a confermarlo è stata" per intero
    {
        "text": "Il Comune investirà 50 milioni di euro nella riqualificazione delle periferie. Le domande sono salite a 180mila. A confermarlo è stata la Protezione civile, che parla di almeno 300 sfollati.",
        "figures": [
            {"surface": "50 milioni", "unit": "EUR", "what_head": "riqualificazione"},
            {"surface": "180mila", "what_head": "domande"},
            {"surface": "300", "bound": "at_least", "source": "Protezione civile"},
        ],
    },
    # una testata con il suo articolo: "secondo La Repubblica"
    {
        "text": "Secondo La Repubblica, 300 posti saranno tagliati.",
        "figures": [
            {"surface": "300", "source": "La Repubblica"},
        ],
    },
    # rivendicare una presenza è contarla, non chiederla
    {
        "text": "La Coldiretti rivendica la presenza di oltre mille agricoltori.",
        "figures": [
            {"surface": "mille", "source": "Coldiretti", "modality": "asserted"},
        ],
    },
    # il futuro di un verbo di livello senza oggetto prevede, non pianifica: "il Pil crescerà dello 0,4%"
    {
        "text": "Per Confindustria il Pil crescerà solo dello 0,4% quest'anno.",
        "figures": [
            {"surface": "0,4", "unit": "percent", "source": "Confindustria", "modality": "estimated"},
        ],
    },
    # "liste d'attesa" è un'attesa, non una stima
    {
        "text": "La Regione ha stanziato 120 milioni per le liste d'attesa, ha annunciato l'assessore.",
        "figures": [
            {"surface": "120 milioni", "modality": "asserted"},
        ],
    },
    # un mese è quando, non ciò che si misura: "è salita a ottobre al 3,1%"
    {
        "text": "L'inflazione è salita a ottobre al 3,1%.",
        "figures": [
            {"surface": "3,1", "unit": "percent", "what_head": "inflazione"},
        ],
    },
    # "Dati Istat alla mano": i dati di chi li pubblica (ACCORDING_AFTER); "riferisce l’Ansa citando fonti ospedaliere": le fonti citate parlano, l’agenzia riferisce
    {
        "text": "Dati Istat alla mano, l’inflazione è salita all’1,9%. Sono 45 i feriti, riferisce l’Ansa citando fonti ospedaliere.",
        "figures": [
            {"surface": "1,9", "source": "Istat"},
            {"surface": "45", "source": "fonti ospedaliere", "via": "Ansa"},
        ],
    },
    # chi parla dopo i due punti parla di ciò che segue, non della cifra prima che ha la sua fonte ("Trenitalia ne conta 286 ...: la differenza, spiegano da Vienna"); dopo un soggetto con la sua relativa chiusa, ciò che segue il verbo è il suo oggetto, non un inciso ("Severnside, che serve 2 milioni di clienti, ha contestato il numero,")
    {
        "text": "Trenitalia ne conta 286: la differenza, spiegano da Vienna, dipende dalle prenotazioni. La società, che serve 2 milioni di clienti, ha contestato il numero, dicendo che soltanto 640 episodi erano irregolari.",
        "figures": [
            {"surface": "286", "source": "Trenitalia"},
            {"surface": "2 milioni", "source": None},
            {"surface": "640", "source": "società"},
        ],
    },
    # il condizionale giornalistico ("sarebbero stati trattenuti 150 euro") va sul conto della fonte nominata prima (REPORTED_MOOD), non i modali ("potrebbero ridurre"); "ridimensiona" un numero è contarne uno suo
    {
        "text": "Secondo quanto ricostruito dalla procura, i lavoratori venivano pagati 4 euro l’ora. A ciascuno sarebbero stati trattenuti 150 euro al mese. I lavori, che costeranno 2 milioni, potrebbero ridurre di 100 i posti.",
        "figures": [
            {"surface": "4", "source": "procura"},
            {"surface": "150", "source": "procura"},
            {"surface": "2 milioni", "source": None},
            {"surface": "100", "source": None},
        ],
    },
    # "Un numero che la prefettura ridimensiona": un articolo dopo il relativo apre il suo soggetto; "si legge in una nota": la nota di chi ha appena parlato
    {
        "text": "Un numero che la prefettura ridimensiona. Nel 2025, si legge in una nota, i controlli hanno riguardato 612 aziende.",
        "figures": [
            {"surface": "612", "source": "prefettura"},
        ],
    },
    # il verbo sottinteso dopo una virgola, con un ente nominato per intero e la sua sigla tra parentesi ("le Ferrovie federali austriache (Öbb) circa 340")
    {
        "text": "Trenitalia ne conta 286, le Ferrovie federali austriache (Öbb) circa 340.",
        "figures": [
            {"surface": "286", "source": "Trenitalia"},
            {"surface": "340", "source": "Öbb"},
        ],
    },
    # "secondo" davanti a ciò che si conta in ordine è l’ordinale ("nel solo secondo trimestre"), non "secondo X"
    {
        "text": "I dazi sono costati all’azienda 18 milioni di euro, di cui 12 nel solo secondo trimestre.",
        "figures": [
            {"surface": "18 milioni", "source": None},
            {"surface": "12", "source": None},
        ],
    },
    # an adverb of how much between the subject and its verb is no part of the name: "la Questura solo conferma"
    {
        "text": "I sindacati parlano di 30mila lavoratori in piazza, mentre la Questura solo conferma 8mila presenze.",
        "figures": [
            {"surface": "30mila", "source": "sindacati"},
            {"surface": "8mila", "source": "Questura"},
        ],
    },
    # "per" after a count and its noun names whoever counted it, a name or a role: "almeno 48 morti per la Mezzaluna Rossa", "30mila persone per gli organizzatori"; not after money ("5 milioni di euro per la Regione": for whom)
    {
        "text": "Il corteo ha raccolto 20mila persone per gli organizzatori, circa 6mila secondo la Questura. Almeno 12 morti per la Croce Rossa. Stanziati 5 milioni di euro per la Regione.",
        "figures": [
            {"surface": "20mila", "source": "organizzatori"},
            {"surface": "6mila", "source": "Questura"},
            {"surface": "12", "bound": "at_least", "source": "Croce Rossa"},
            {"surface": "5 milioni", "source": None},
        ],
    },
    # "other" between a bound cue and its number: "almeno altre 9 imbarcazioni"
    {
        "text": "La Guardia costiera riferisce che almeno altre 9 imbarcazioni sono partite dalla Libia.",
        "figures": [
            {"surface": "9", "bound": "at_least", "source": "Guardia costiera"},
        ],
    },
    # an article after a name's lower-case adjective opens the next phrase: "Per la Protezione civile | gli sfollati sono circa 800"
    {
        "text": "Per la Protezione civile gli sfollati sono circa 800, ma il sindaco parla di oltre mille persone.",
        "figures": [
            {"surface": "800", "bound": "approx", "source": "Protezione civile"},
            {"surface": "mille", "bound": "more_than", "source": "sindaco"},
        ],
    },
    # single-word names in a list, the last after a coordinator, speak together: "adesione al 70% per Fim, Fiom e Uilm"
    {
        "text": "Sciopero dei metalmeccanici: adesione al 70% per Fim, Fiom e Uilm.",
        "figures": [
            {"surface": "70", "source": "Fim, Fiom e Uilm"},
        ],
    },
    # "a quanto si apprende da" names where it was learnt; "Per l'economista X," opens X's claim
    {
        "text": "A quanto si apprende dalla Prefettura, i migranti sbarcati sono 312. Per l'economista Marco Rossi, dell'Università di Bari, l'impatto potrebbe superare i 50 milioni.",
        "figures": [
            {"surface": "312", "source": "Prefettura"},
            {"surface": "50 milioni", "bound": "more_than", "source": "Marco Rossi", "modality": "possible"},
        ],
    },
    # a poll made for a client: "la rilevazione settimanale di Swg per il TgLa7" and "il quadro tracciato da Ipsos per il Corriere della Sera:" are the pollster's (not "del Ministero per la Famiglia": a body's word opens a longer name); the picture drawn by someone is theirs when a colon opens it
    {
        "text": "Secondo la rilevazione settimanale di Swg per il TgLa7, Fratelli d'Italia sale al 30,4%. Diverso il quadro tracciato da Ipsos per il Corriere della Sera: Fdi al 27,6%. Secondo i dati del Ministero per la Famiglia, 45 asili sono chiusi. Ben diverso il quadro tracciato dalla rete Ecsn, che riunisce associazioni di 14 Paesi.",
        "figures": [
            {"surface": "30,4", "source": "Swg"},
            {"surface": "27,6", "source": "Ipsos"},
            {"surface": "45", "source": "Ministero per la Famiglia"},
            {"surface": "14", "source": None},
        ],
    },
    # "mai inferiori a" (never less than) is at least
    {
        "text": "I sindacati chiedono aumenti mai inferiori a 150 euro.",
        "figures": [
            {"surface": "150", "bound": "at_least", "source": "sindacati"},
        ],
    },
    # a role and its portfolio, then its holder's name closing the sentence: "l'assessora comunale all'Istruzione, Teresa Iovine" (no outlet told), "il capogruppo di Fdi alla Camera, Marco Orsenigo"
    {
        "text": "Le scuole resteranno chiuse per i controlli su 31 plessi, ha annunciato l'assessora comunale all'Istruzione, Teresa Iovine. «Siamo ben oltre il 30 per cento», ha detto il capogruppo di Fdi alla Camera, Marco Orsenigo.",
        "figures": [
            {"surface": "31", "source": "Teresa Iovine"},
            {"surface": "30", "bound": "more_than", "source": "Marco Orsenigo"},
        ],
    },
    # an offer put on the table is its maker's (spec: demands and offers)
    {
        "text": "Federmeccanica ha messo sul tavolo 173 euro di aumento.",
        "figures": [
            {"surface": "173", "source": "Federmeccanica"},
        ],
    },
    # a gerund's aside between subject and verb is no new subject ("parlando a condizione di anonimato"); "esso" is a pronoun for the speaker named before
    {
        "text": "Funzionari statunitensi, parlando a condizione di anonimato, hanno detto che un secondo pacchetto di circa 2,5 miliardi di dollari potrebbe essere notificato. Il ministero della Difesa di Taiwan ha detto che esso ha rilevato 27 aerei militari cinesi.",
        "figures": [
            {"surface": "2,5 miliardi", "bound": "approx", "source": "Funzionari statunitensi"},
            {"surface": "27", "source": "ministero della Difesa di Taiwan"},
        ],
    },
    # a word no name is alone opens one before its capitalised adjective ("Stato Islamico"); an attack claimed is its author's, no plan ("ha rivendicato l'attacco")
    {
        "text": "Lo Stato Islamico ha rivendicato l'attacco, sostenendo di aver ucciso più di 20 cristiani.",
        "figures": [
            {"surface": "20", "bound": "more_than", "source": "Stato Islamico", "modality": "asserted"},
        ],
    },
]
