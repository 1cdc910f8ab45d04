"""English example corpus: what the English pack (en.py) must give, example by example.

Duckling style: the rules (en.py) and this corpus sit side by side, and the corpus is the
test suite (tests/test_pack_corpus.py). Every example lists ALL the figures its text must
give, in order (title first); an empty list means the text holds only non-figures. Each
figure names its `surface` and only the other fields the example is about.

The expected values follow ../shared/spec/figures.md (the contract), never the
extractor's current output. The sentences are written for this corpus; none is taken
from the gold files.
"""

EXAMPLES = [
    # a long nameless subject inside a statement is what is said, not who says it
    {
        "text": "Finance director Tom Reyes told reporters that higher prices for steel and cement had added about £40m.",
        "figures": [{"surface": "40m", "unit": "GBP", "source": "Tom Reyes"}],
    },
    # "states" the noun, a participle before "by": no speech verb
    {
        "text": "According to the European Commission, the quotas declared by all coastal states add up to about 410,000 tonnes.",
        "figures": [{"surface": "410,000", "bound": "approx", "unit": "t", "source": "European Commission"}],
    },
    # a "source" holding a number is no name
    {
        "text": "An order published on 12 February in the official journal said 300 jobs would go.",
        "figures": [{"surface": "300", "source": None}],
    },
    # evidence with no owner names no one; "put the figure at" is a claim
    {
        "text": "The waiting list fell to 7.4 million in January, official figures showed on Thursday.",
        "figures": [{"surface": "7.4 million", "value": 7.4e6, "source": None}],
    },
    {
        "text": "The opposition Conservatives put the figure closer to 3 billion pounds.",
        "figures": [{"surface": "3 billion", "value": 3e9, "unit": "GBP", "source": "Conservatives", "modality": "estimated"}],
    },
    {
        "text": "Net profit rose 12% to 3.4 billion euros.",
        "figures": [{"surface": "12", "unit": "percent", "bound": "exact"}, {"surface": "3.4 billion", "value": 3.4e9, "unit": "EUR", "bound": "exact"}],
    },
    {
        "text": "The FTSE 100 fell 1.2% while the S&P 500 rose 0.4%.",
        "figures": [{"surface": "1.2", "unit": "percent"}, {"surface": "0.4", "unit": "percent"}],
    },
    {
        "text": "Sales reached $5bn, while losses could reach 80 million and 2 million people lost power.",
        "figures": [
            {"surface": "5bn", "unit": "USD"},
            {"surface": "80 million", "unit": "USD"},
            {"surface": "2 million", "unit": None},
        ],
    },
    {
        "text": "Some 40 people were treated, Ana Costa, a nurse at the city hospital, told Reuters.",
        "figures": [{"surface": "40", "bound": "approx", "source": "Ana Costa"}],
    },
    # "m" glued to a number before a plural noun is a million
    {
        "text": "The airline carried 18.2m passengers, up from 16.9m passengers, on a 45m runway extension.",
        "figures": [
            {"surface": "18.2m", "value": 18.2e6, "unit": None},
            {"surface": "16.9m", "value": 16.9e6, "unit": None},
            {"surface": "45", "value": 45, "unit": "m"},
        ],
    },
    {
        "text": "The fire started at 14:30 and 300 people fled.",
        "figures": [{"surface": "300"}],
    },
    # a person named, then described: the person speaks
    {
        "text": "About 90 people were treated, Ana Ruiz, the region's director of emergency services, told reporters.",
        "figures": [{"surface": "90", "bound": "approx", "source": "Ana Ruiz"}],
    },
    # a capitalised evidence word is part of a name
    {
        "text": "Exports fell 3 percent, according to the Federal Statistics Office.",
        "figures": [{"surface": "3", "unit": "percent", "source": "Federal Statistics Office"}],
    },
    {
        "text": "Analysts at Norfield Capital were more cautious, forecasting growth of 1.5 percent.",
        "figures": [{"surface": "1.5", "unit": "percent", "source": "Analysts"}],
    },
    {
        "text": "The new bill provides for 5,000 extra prison places.",
        "figures": [{"surface": "5,000", "value": 5000, "source": None}],
    },
    # machine translations of "nach Angaben": "after union information", "after HHM-data"
    {
        "text": "The port's cargo handling climbed after HHM-data by 1.6 percent.",
        "figures": [{"surface": "1.6", "unit": "percent", "source": "HHM"}],
    },
    {
        "text": "On Wednesday after union information over 20,000 employees joined the protest.",
        "figures": [{"surface": "20,000", "bound": "more_than", "source": "union"}],
    },
    # --- a subject that opens the sentence, said again by a later verb -------------------------
    {
        "text": "The dockers' union Unite called the offer an insult, saying up to 900 jobs were at risk.",
        "figures": [{"surface": "900", "bound": "up_to", "source": "Unite"}],
    },
    {
        "text": "For next year the Bank of England expects growth of about 1.2 percent.",
        "figures": [{"surface": "1.2", "unit": "percent", "bound": "approx", "source": "Bank of England", "modality": "estimated"}],
    },
    {
        "text": "The minister said the plan was ready, adding that 300 soldiers had arrived.",
        "figures": [{"surface": "300", "source": "minister"}],
    },
    {
        "text": "The youngest victim was a boy aged six, and 41 people died, police said.",
        "figures": [{"surface": "41", "source": "police"}],
    },
    {
        "text": "MANILA (Reuters) - The Philippine agriculture department said crop losses reached 1.8 billion pesos.",
        "figures": [{"surface": "1.8 billion", "value": 1.8e9, "unit": "PHP", "source": "Philippine agriculture department"}],
    },
    # --- unseen-article patterns: ages, modifiers, changes, demands ---------------------------
    {
        "text": "The union leader, Tom Hale (52), said 800 members had signed the letter.",
        "figures": [{"surface": "800", "value": 800, "source": "Tom Hale"}],
    },
    {
        "text": "Hospitals are missing the 12-week target for 41% of patients.",
        "figures": [{"surface": "41", "unit": "percent"}],
    },
    {
        "text": "Unemployment rose from 4.0 to 4.3 percent in the quarter.",
        "figures": [
            {"surface": "4.0", "value": 4.0, "unit": "percent", "bound": "exact"},
            {"surface": "4.3", "value": 4.3, "unit": "percent", "bound": "exact"},
        ],
    },
    {
        "text": "The insurer puts losses at between $2 billion and $3.5 billion.",
        "figures": [{"surface": "2 billion and $3.5 billion", "value": None, "low": 2e9, "high": 3.5e9, "bound": "range", "unit": "USD"}],
    },
    {
        "text": "The nurses' union is demanding a 12% pay rise.",
        "figures": [{"surface": "12", "unit": "percent", "source": "nurses' union", "modality": "planned"}],
    },
    # --- digits of a machine translation: the article's other numbers say how it writes them -----
    {
        "text": "The supplier wants to cut 7.500 jobs. Turnover sank by 8,4 percent.",
        "figures": [
            {"surface": "7.500", "value": 7500, "bound": "exact", "what_head": "jobs"},
            {"surface": "8,4", "value": 8.4, "unit": "percent"},
        ],
    },
    {
        "text": "The benchmark rate stands at 2.125 percent after a 0.25 point cut.",
        "figures": [
            {"surface": "2.125", "value": 2.125, "unit": "percent"},
            {"surface": "0.25", "value": 0.25},
        ],
    },
    {
        "text": "The convoy carried 1,500 soldiers to the border.",
        "figures": [
            {
                "surface": "1,500",
                "value": 1500,
                "low": 1500,
                "high": 1500,
                "bound": "exact",
                "unit": None,
                "what_head": "soldiers",
            }
        ],
    },
    {
        "text": "The earthquake left 2,300 injured people in the province.",
        "figures": [{"surface": "2,300", "value": 2300, "bound": "exact", "what_head": "people"}],
    },
    {
        "text": "The region lost 1,250,000 residents in thirty years.",
        "figures": [{"surface": "1,250,000", "value": 1250000, "bound": "exact", "what_head": "residents"}],
    },
    {
        "text": "The truck was carrying 11.5 tonnes of rubble.",
        "figures": [
            {
                "surface": "11.5",
                "value": 11.5,
                "low": 11.5,
                "high": 11.5,
                "bound": "exact",
                "unit": "t",
                "what_head": "rubble",
            }
        ],
    },
    {
        "text": "The dinghy was carrying 47 passengers.",
        "figures": [
            {"surface": "47", "value": 47, "bound": "exact", "unit": None, "what_head": "passengers"}
        ],
    },
    {
        "text": "The hospital took in 230 wounded and 18 children in shock.",
        "figures": [
            {"surface": "230", "value": 230},
            {"surface": "18", "value": 18, "what_head": "children"},
        ],
    },
    {
        "text": "At least 1,500 volunteers signed up.",
        "figures": [
            {
                "surface": "1,500",
                "value": 1500,
                "low": 1500,
                "high": None,
                "bound": "at_least",
                "what_head": "volunteers",
            }
        ],
    },
    {
        "text": "Police counted 48000 protesters in the capital.",
        "figures": [{"surface": "48000", "value": 48000, "bound": "exact", "what_head": "protesters"}],
    },
    {
        "text": "The European Union released 1.5 billion for reconstruction.",
        "figures": [
            {
                "surface": "1.5 billion",
                "value": 1500000000.0,
                "low": 1500000000.0,
                "high": 1500000000.0,
                "bound": "exact",
                "unit": None,
            }
        ],
    },
    {
        "text": "The strike mobilised 3 million workers.",
        "figures": [
            {
                "surface": "3 million",
                "value": 3000000.0,
                "bound": "exact",
                "unit": None,
                "what_head": "workers",
            }
        ],
    },
    {
        "text": "Hospitals will receive an extra 1.2 billion euros.",
        "figures": [{"surface": "1.2 billion", "value": 1200000000.0, "unit": "EUR"}],
    },
    {
        "text": "The group reported a loss of $1.5bn for the quarter.",
        "figures": [
            {
                "surface": "1.5bn",
                "value": 1500000000.0,
                "low": 1500000000.0,
                "high": 1500000000.0,
                "bound": "exact",
                "unit": "USD",
            }
        ],
    },
    {
        "text": "Britain will pay France £478m over three years.",
        "figures": [{"surface": "478m", "value": 478000000.0, "unit": "GBP", "modality": "planned"}],
    },
    {
        "text": "The app passed 10k downloads in a week.",
        "figures": [{"surface": "10k", "value": 10000.0, "unit": None, "what_head": "downloads"}],
    },
    {
        "text": "Public debt stands at $34 trillion.",
        "figures": [{"surface": "34 trillion", "value": 34000000000000.0, "unit": "USD"}],
    },
    {
        "text": "The government set aside £40bn of tax rises.",
        "figures": [{"surface": "40bn", "value": 40000000000.0, "unit": "GBP", "what_head": "rises"}],
    },
    {
        "text": "Unemployment fell to 4.2% in March.",
        "figures": [{"surface": "4.2", "value": 4.2, "unit": "percent", "bound": "exact"}],
    },
    {"text": "Turnout reached 67 per cent.", "figures": [{"surface": "67", "value": 67, "unit": "percent"}]},
    {
        "text": "Some 40 percent of voters stayed at home.",
        "figures": [
            {"surface": "40", "value": 40, "bound": "approx", "unit": "percent", "what_head": "voters"}
        ],
    },
    {
        "text": "Prices rose 2.5 percentage points.",
        "figures": [{"surface": "2.5", "value": 2.5, "unit": "percent"}],
    },
    {
        "text": "Twelve thousand soldiers crossed the river.",
        "figures": [
            {"surface": "Twelve thousand", "value": 12000, "bound": "exact", "what_head": "soldiers"}
        ],
    },
    {
        "text": "The army sent four brigades to the front.",
        "figures": [{"surface": "four", "value": 4, "what_head": "brigades"}],
    },
    {
        "text": "Twenty-five fishermen were rescued at sea.",
        "figures": [{"surface": "Twenty-five", "value": 25, "what_head": "fishermen"}],
    },
    {
        "text": "Three hundred and twenty families lost their homes.",
        "figures": [{"surface": "Three hundred and twenty", "value": 320, "what_head": "families"}],
    },
    {
        "text": "A hundred firefighters fought the blaze.",
        "figures": [{"surface": "A hundred", "value": 100, "bound": "exact", "what_head": "firefighters"}],
    },
    {
        "text": "Nearly a million people fled the city.",
        "figures": [{"surface": "a million", "value": 1000000.0, "bound": "approx", "what_head": "people"}],
    },
    {
        "text": "The fund will receive two billion dollars.",
        "figures": [{"surface": "two billion", "value": 2000000000.0, "unit": "USD", "modality": "planned"}],
    },
    {"text": "A man and a woman were arrested on Friday.", "figures": []},
    {"text": "One of the suspects is still at large.", "figures": []},
    {
        "text": "Dozens of officers were dismissed.",
        "figures": [
            {
                "surface": "Dozens",
                "value": None,
                "low": 20,
                "high": 99,
                "bound": "approx",
                "what_head": "officers",
            }
        ],
    },
    {
        "text": "Hundreds of drones hit the city overnight.",
        "figures": [
            {
                "surface": "Hundreds",
                "value": None,
                "low": 200,
                "high": 999,
                "bound": "approx",
                "what_head": "drones",
            }
        ],
    },
    {
        "text": "Thousands of volunteers cleared the mud.",
        "figures": [
            {
                "surface": "Thousands",
                "value": None,
                "low": 2000,
                "high": 9999,
                "bound": "approx",
                "what_head": "volunteers",
            }
        ],
    },
    {
        "text": "Tens of thousands of people marched in Paris.",
        "figures": [
            {
                "surface": "Tens of thousands",
                "value": None,
                "low": 20000,
                "high": 99999,
                "bound": "approx",
                "what_head": "people",
            }
        ],
    },
    {
        "text": "Hundreds of thousands of refugees crossed the border.",
        "figures": [
            {
                "surface": "Hundreds of thousands",
                "value": None,
                "low": 200000,
                "high": 999999,
                "bound": "approx",
                "what_head": "refugees",
            }
        ],
    },
    {
        "text": "A dozen tanks were destroyed.",
        "figures": [
            {"surface": "dozen", "value": 12, "low": 12, "high": 12, "bound": "approx", "what_head": "tanks"}
        ],
    },
    {
        "text": "About a dozen journalists were detained.",
        "figures": [{"surface": "dozen", "value": 12, "bound": "approx", "what_head": "journalists"}],
    },
    {
        "text": "More than 3,000 troops are already there.",
        "figures": [
            {
                "surface": "3,000",
                "value": 3000,
                "low": 3000,
                "high": None,
                "bound": "more_than",
                "what_head": "troops",
            }
        ],
    },
    {
        "text": "Over 500 flights were cancelled.",
        "figures": [
            {
                "surface": "500",
                "value": 500,
                "low": 500,
                "high": None,
                "bound": "more_than",
                "what_head": "flights",
            }
        ],
    },
    {
        "text": "Upwards of 200 homes were flooded.",
        "figures": [
            {
                "surface": "200",
                "value": 200,
                "low": 200,
                "high": None,
                "bound": "more_than",
                "what_head": "homes",
            }
        ],
    },
    {
        "text": "No fewer than 40 vessels took part.",
        "figures": [
            {
                "surface": "40",
                "value": 40,
                "low": 40,
                "high": None,
                "bound": "at_least",
                "what_head": "vessels",
            }
        ],
    },
    {
        "text": "At most 300 places are available.",
        "figures": [
            {
                "surface": "300",
                "value": 300,
                "low": None,
                "high": 300,
                "bound": "at_most",
                "what_head": "places",
            }
        ],
    },
    {
        "text": "No more than 25 people may gather.",
        "figures": [
            {"surface": "25", "value": 25, "low": None, "high": 25, "bound": "at_most", "what_head": "people"}
        ],
    },
    {
        "text": "The plant can produce up to 12,000 shells.",
        "figures": [
            {
                "surface": "12,000",
                "value": 12000,
                "low": None,
                "high": 12000,
                "bound": "up_to",
                "what_head": "shells",
            }
        ],
    },
    {
        "text": "As many as 12,000 soldiers could be sent.",
        "figures": [
            {
                "surface": "12,000",
                "value": 12000,
                "low": None,
                "high": 12000,
                "bound": "up_to",
                "what_head": "soldiers",
                "modality": "possible",
            }
        ],
    },
    {
        "text": "Fewer than 300 people made the journey.",
        "figures": [
            {
                "surface": "300",
                "value": 300,
                "low": None,
                "high": 300,
                "bound": "less_than",
                "what_head": "people",
            }
        ],
    },
    {
        "text": "Less than 5% of the budget goes to research.",
        "figures": [
            {"surface": "5", "value": 5, "low": None, "high": 5, "bound": "less_than", "unit": "percent"}
        ],
    },
    {
        "text": "Under 100 staff remain at the site.",
        "figures": [
            {
                "surface": "100",
                "value": 100,
                "low": None,
                "high": 100,
                "bound": "less_than",
                "what_head": "staff",
            }
        ],
    },
    {
        "text": "About 3,000 troops reached the region.",
        "figures": [
            {
                "surface": "3,000",
                "value": 3000,
                "low": 3000,
                "high": 3000,
                "bound": "approx",
                "what_head": "troops",
            }
        ],
    },
    {
        "text": "Around 800 families were evacuated.",
        "figures": [{"surface": "800", "value": 800, "bound": "approx", "what_head": "families"}],
    },
    {
        "text": "Nearly 90 villages lost power.",
        "figures": [{"surface": "90", "value": 90, "bound": "approx", "what_head": "villages"}],
    },
    {
        "text": "Roughly 10,000 soldiers moved east.",
        "figures": [{"surface": "10,000", "value": 10000, "bound": "approx", "what_head": "soldiers"}],
    },
    {
        "text": "Almost 70 lorries were stuck at the port.",
        "figures": [{"surface": "70", "value": 70, "bound": "approx", "what_head": "lorries"}],
    },
    {
        "text": "Some 3,000 volunteers joined the search.",
        "figures": [{"surface": "3,000", "value": 3000, "bound": "approx", "what_head": "volunteers"}],
    },
    {
        "text": "Approximately 450 patients were moved.",
        "figures": [{"surface": "450", "value": 450, "bound": "approx", "what_head": "patients"}],
    },
    {
        "text": "Close to 2,000 houses were damaged.",
        "figures": [{"surface": "2,000", "value": 2000, "bound": "approx", "what_head": "houses"}],
    },
    {
        "text": "Between 10,000 and 12,000 soldiers were deployed.",
        "figures": [
            {
                "surface": "10,000 and 12,000",
                "value": None,
                "low": 10000,
                "high": 12000,
                "bound": "range",
                "what_head": "soldiers",
            }
        ],
    },
    {
        "text": "Aid will range from 20,000 to 60,000 euros per household.",
        "figures": [
            {
                "surface": "20,000 to 60,000",
                "value": None,
                "low": 20000,
                "high": 60000,
                "bound": "range",
                "unit": "EUR",
                "modality": "planned",
            }
        ],
    },
    {
        "text": "The storm destroyed 30-40 boats.",
        "figures": [
            {"surface": "30-40", "value": None, "low": 30, "high": 40, "bound": "range", "what_head": "boats"}
        ],
    },
    {
        "text": "Between 1.1 and 1.4 million people took part.",
        "figures": [
            {
                "surface": "1.1 and 1.4 million",
                "value": None,
                "low": 1100000.0,
                "high": 1400000.0,
                "bound": "range",
                "what_head": "people",
            }
        ],
    },
    {
        "text": "The rate rose from 13.8% to 15%.",
        "figures": [
            {"surface": "13.8", "value": 13.8, "bound": "exact", "unit": "percent"},
            {"surface": "15", "value": 15, "bound": "exact", "unit": "percent"},
        ],
    },
    {
        "text": "The death toll climbed up to 211.",
        "figures": [{"surface": "211", "value": 211, "bound": "exact"}],
    },
    {
        "text": "The ministry spent €541m on drones.",
        "figures": [{"surface": "541m", "value": 541000000.0, "unit": "EUR"}],
    },
    {
        "text": "Exports to Japan reached 300 billion yen.",
        "figures": [{"surface": "300 billion", "value": 300000000000.0, "unit": "JPY"}],
    },
    {
        "text": "The fire burned 2,500 hectares of forest.",
        "figures": [{"surface": "2,500", "value": 2500, "unit": "ha", "what_head": "forest"}],
    },
    {
        "text": "The front line stretches over 1,000 km.",
        "figures": [
            {"surface": "1,000", "value": 1000, "low": 1000, "high": None, "bound": "more_than", "unit": "km"}
        ],
    },
    {
        "text": "Engineers recorded 771.8 millimetres of rain.",
        "figures": [{"surface": "771.8", "value": 771.8, "unit": "mm", "what_head": "rain"}],
    },
    {
        "text": "The wind farm will add 900 MW of capacity.",
        "figures": [
            {"surface": "900", "value": 900, "unit": "MW", "what_head": "capacity", "modality": "planned"}
        ],
    },
    {
        "text": "The zone covers 40 square kilometres.",
        "figures": [{"surface": "40", "value": 40, "unit": "km2"}],
    },
    {
        "text": "Workers won a raise of £1,200 a year.",
        "figures": [{"surface": "1,200", "value": 1200, "unit": "GBP"}],
    },
    {
        "text": "The army moved 12,000 North Korean soldiers to the border.",
        "figures": [
            {"surface": "12,000", "value": 12000, "what": "North Korean soldiers", "what_head": "soldiers"}
        ],
    },
    {
        "text": "Police arrested 89 members of the gang.",
        "figures": [{"surface": "89", "value": 89, "what_head": "members"}],
    },
    {
        "text": "The coalition pledged an extra 500 officers patrolling the beaches.",
        "figures": [{"surface": "500", "value": 500, "what_head": "officers", "modality": "planned"}],
    },
    {
        "text": "The chancellor announced a £22.6bn increase in the health budget.",
        "figures": [
            {
                "surface": "22.6bn",
                "value": 22600000000.0,
                "unit": "GBP",
                "what_head": "increase",
                "modality": "planned",
            }
        ],
    },
    {
        "text": "The global economy will grow by 3.2% this year.",
        "figures": [{"surface": "3.2", "value": 3.2, "unit": "percent", "what_head": "economy"}],
    },
    {
        "text": "The plan would raise spending by almost £70bn a year.",
        "figures": [
            {
                "surface": "70bn",
                "value": 70000000000.0,
                "bound": "approx",
                "unit": "GBP",
                "what_head": "spending",
            }
        ],
    },
    {"text": "The treaty was signed in 1953.", "figures": []},
    {"text": "The talks will resume on 1 November.", "figures": []},
    {"text": "The summit opens on March 12 in Geneva.", "figures": []},
    {"text": "The meeting starts at 3 pm.", "figures": []},
    {"text": "He was elected for the third time.", "figures": []},
    {"text": "The 2nd Brigade moved north.", "figures": []},
    {"text": "The 45-year-old driver was arrested.", "figures": []},
    {"text": "She was 73 years old.", "figures": []},
    {"text": "The strike lasted two weeks.", "figures": []},
    {"text": "Kyiv asked for more F-16 jets and Covid-19 vaccines.", "figures": []},
    {"text": "Article 5 of the treaty was invoked.", "figures": []},
    {"text": "The G7 leaders met under resolution 2231.", "figures": []},
    {"text": "The two leaders met in Paris.", "figures": []},
    {"text": "Several ships and a few planes took part.", "figures": []},
    {"text": 'The "2+2" talks opened in Washington.', "figures": []},
    {
        "text": "The ministry said 3,000 troops had arrived.",
        "figures": [{"surface": "3,000", "value": 3000, "source": "ministry"}],
    },
    {
        "text": "According to the UN, 1,200 civilians were killed.",
        "figures": [{"surface": "1,200", "value": 1200, "source": "UN", "what_head": "civilians"}],
    },
    {
        "text": "Defense Secretary Lloyd Austin said there was evidence of 3,000 North Korean soldiers in Russia.",
        "figures": [{"surface": "3,000", "value": 3000, "source": "Lloyd Austin", "what_head": "soldiers"}],
    },
    {
        "text": "Ukraine's National Resistance Center, run by the special forces, said more than 3,000 North Koreans were training there.",
        "figures": [
            {"surface": "3,000", "bound": "more_than", "source": "Ukraine's National Resistance Center"}
        ],
    },
    {
        "text": "President Volodymyr Zelensky warned that North Korea could soon have as many as 12,000 soldiers in Russia.",
        "figures": [
            {"surface": "12,000", "bound": "up_to", "source": "Volodymyr Zelensky", "modality": "possible"}
        ],
    },
    {
        "text": "North Korea has moved roughly 10,000 soldiers to eastern Russia, the Pentagon estimated on Monday.",
        "figures": [
            {
                "surface": "10,000",
                "value": 10000,
                "bound": "approx",
                "source": "Pentagon",
                "modality": "estimated",
            }
        ],
    },
    {
        "text": "About 200 people were evacuated, police said.",
        "figures": [{"surface": "200", "value": 200, "bound": "approx", "source": "police"}],
    },
    {
        "text": "A further £50m is due next year, said the Home Office.",
        "figures": [
            {
                "surface": "50m",
                "value": 50000000.0,
                "unit": "GBP",
                "source": "Home Office",
                "modality": "planned",
            }
        ],
    },
    {
        "text": "The Home Office said it spends about £8m a day on hotels. A further £50m is due next year, it said.",
        "figures": [
            {"surface": "8m", "bound": "approx", "unit": "GBP", "source": "Home Office"},
            {"surface": "50m", "unit": "GBP", "source": "Home Office", "modality": "planned"},
        ],
    },
    {
        "text": "A senior official told Reuters that 400 drones had been launched.",
        "figures": [
            {
                "surface": "400",
                "value": 400,
                "source": "senior official",
                "via": "Reuters",
                "what_head": "drones",
            }
        ],
    },
    {
        "text": "South Korea's spy agency told lawmakers that about 3,000 troops had reached Russia.",
        "figures": [
            {"surface": "3,000", "bound": "approx", "source": "South Korea's spy agency", "via": None}
        ],
    },
    {
        "text": "The Office for Budget Responsibility (OBR) published its forecast on Wednesday. The fiscal watchdog said the measures would raise £36bn a year.",
        "figures": [{"surface": "36bn", "value": 36000000000.0, "unit": "GBP", "source": "OBR"}],
    },
    {
        "text": "The Delegation of the Government in Valencia denied that hundreds of bodies had been found.",
        "figures": [
            {
                "surface": "hundreds",
                "low": 200,
                "high": 999,
                "source": "Delegation of the Government",
                "modality": "denied",
            }
        ],
    },
    {
        "text": "Rachel Reeves unveiled the budget on Wednesday. Reeves promised that corporation tax would stay at no more than 25%.",
        "figures": [
            {
                "surface": "25",
                "value": 25,
                "low": None,
                "high": 25,
                "bound": "at_most",
                "unit": "percent",
                "source": "Rachel Reeves",
                "modality": "planned",
            }
        ],
    },
    {
        "text": "Rachel Reeves said the budget was fair. She says the Conservatives left a £22bn black hole.",
        "figures": [{"surface": "22bn", "value": 22000000000.0, "unit": "GBP", "source": "Rachel Reeves"}],
    },
    {
        "text": "Yonhap, citing the National Intelligence Service, said 1,500 special forces had left.",
        "figures": [
            {"surface": "1,500", "value": 1500, "source": "National Intelligence Service", "via": "Yonhap"}
        ],
    },
    {
        "text": "The company will invest more than 10 billion euros in the plant.",
        "figures": [
            {
                "surface": "10 billion",
                "value": 10000000000.0,
                "low": 10000000000.0,
                "high": None,
                "bound": "more_than",
                "unit": "EUR",
                "source": None,
                "modality": "planned",
            }
        ],
    },
    {
        "text": "A total of 29,437 people crossed the Channel in 2023, provisional Home Office figures show.",
        "figures": [{"surface": "29,437", "value": 29437, "source": "Home Office", "what_head": "people"}],
    },
    {
        "text": "According to the latest toll of the Government, the number of dead rose to 217.",
        "figures": [{"surface": "217", "value": 217, "source": "Government"}],
    },
    {
        "text": "Pyongyang plans to send 10,000 troops by December.",
        "figures": [{"surface": "10,000", "value": 10000, "modality": "planned"}],
    },
    {
        "text": "The ministry estimates that 4,000 buildings were damaged.",
        "figures": [{"surface": "4,000", "value": 4000, "modality": "estimated", "source": "ministry"}],
    },
    {
        "text": "The IMF expects the economy to expand by 2.8% this year.",
        "figures": [
            {
                "surface": "2.8",
                "value": 2.8,
                "unit": "percent",
                "modality": "estimated",
                "source": "IMF",
                "what_head": "economy",
            }
        ],
    },
    {
        "text": "Debt could climb to 115% of GDP within three years.",
        "figures": [
            {"surface": "115", "value": 115, "unit": "percent", "modality": "possible", "what_head": "Debt"}
        ],
    },
    {
        "text": "Jeremy Hunt denied leaving a £22bn gap.",
        "figures": [
            {
                "surface": "22bn",
                "value": 22000000000.0,
                "unit": "GBP",
                "source": "Jeremy Hunt",
                "modality": "denied",
                "what_head": "gap",
            }
        ],
    },
    {
        "text": "The army may deploy 2,000 reservists.",
        "figures": [{"surface": "2,000", "value": 2000, "modality": "possible", "what_head": "reservists"}],
    },
    {
        "text": "The union will hire 300 inspectors next year.",
        "figures": [{"surface": "300", "value": 300, "modality": "planned", "what_head": "inspectors"}],
    },
    {
        "title": "Pentagon estimates 10k North Korean troops now in Russia",
        "text": "The ministry published the figures on Monday.",
        "figures": [{"surface": "10k", "value": 10000.0, "source": "Pentagon", "modality": "estimated"}],
    },
    {
        "title": "Small boat arrivals fall to 29,437 in 2023",
        "text": "The Home Office released the data on Monday.",
        "figures": [{"surface": "29,437", "value": 29437, "source": None, "what_head": "arrivals"}],
    },
    {
        "text": "The army deployed near of 15,000 troops in total.",
        "figures": [{"surface": "15,000", "value": 15000, "bound": "approx", "what_head": "troops"}],
    },
    {
        "text": "The aids will go from 20,000 to 60,000 euros in function of the damages, detailed Sánchez.",
        "figures": [
            {
                "surface": "20,000 to 60,000",
                "low": 20000,
                "high": 60000,
                "bound": "range",
                "unit": "EUR",
                "source": "Sánchez",
                "modality": "planned",
            }
        ],
    },
    {
        "text": "The hotels cost the state £8m a day on rooms.",
        "figures": [{"surface": "8m", "value": 8000000.0, "unit": "GBP", "what_head": "rooms"}],
    },
    {
        "text": "Borrowing will cover about £32bn a year of extra spending.",
        "figures": [
            {
                "surface": "32bn",
                "value": 32000000000.0,
                "bound": "approx",
                "unit": "GBP",
                "what_head": "spending",
                "modality": "planned",
            }
        ],
    },
    {
        "text": "The government raised fuel duty by £2bn.",
        "figures": [{"surface": "2bn", "value": 2000000000.0, "unit": "GBP", "what_head": "duty"}],
    },
    {
        "text": "The aid for damaged homes will range from 5,000 to 9,000 euros.",
        "figures": [
            {
                "surface": "5,000 to 9,000",
                "low": 5000,
                "high": 9000,
                "bound": "range",
                "unit": "EUR",
                "what_head": "aid",
                "modality": "planned",
            }
        ],
    },
    {
        "text": "The ministry said 3,000 troops had arrived and that Pyongyang planned to send a total of 10,000 by December.",
        "figures": [
            {"surface": "3,000", "value": 3000, "what_head": "troops", "source": "ministry"},
            {
                "surface": "10,000",
                "value": 10000,
                "what_head": "troops",
                "source": "ministry",
                "modality": "planned",
            },
        ],
    },
    {
        "text": "The gap was covered by £5bn of new loans.",
        "figures": [{"surface": "5bn", "value": 5000000000.0, "unit": "GBP", "what_head": "loans"}],
    },
    {
        "text": "Another 300 euros will be added to the grant, the minister said.",
        "figures": [
            {"surface": "300", "value": 300, "unit": "EUR", "source": "minister", "modality": "planned"}
        ],
    },
    # fractions: ordinal denominators, mixed numbers, a fraction of a scale
    {
        "text": "Two thirds of the residents left, and a fifth of the houses burned.",
        "figures": [
            {"surface": "Two thirds", "value": 200 / 3, "bound": "exact", "unit": "percent"},
            {"surface": "a fifth", "value": 20, "bound": "exact", "unit": "percent"},
        ],
    },
    {
        "text": "The island lost two and a half million tourists and half a million jobs.",
        "figures": [
            {"surface": "two and a half million", "value": 2500000, "what_head": "tourists"},
            {"surface": "half a million", "value": 500000, "what_head": "jobs"},
        ],
    },
    {"text": "Voters returned him for a third time.", "figures": []},
    {
        "text": "The supply fell to one over three of its usual level, then to twenty-three fifths of a tonne.",
        "figures": [
            {"surface": "one over three", "value": 1 / 3},
            {"surface": "twenty-three fifths", "value": 4.6},
        ],
    },
    {
        "text": "Inflation reached 4.25 per cent, the yield .75 per cent.",
        "figures": [
            {"surface": "4.25", "value": 4.25, "unit": "percent"},
            {"surface": ".75", "value": 0.75, "unit": "percent"},
        ],
    },
    {
        "text": "The fund holds 1.2b dollars and the city counted three dozen ambulances.",
        "figures": [
            {"surface": "1.2b", "value": 1200000000, "unit": "USD"},
            {"surface": "three dozen", "value": 36, "what_head": "ambulances"},
        ],
    },
    {
        "text": "A ticket cost 3 dollars 50 cents.",
        "figures": [{"surface": "3 dollars 50 cents", "value": 3.5, "unit": "USD"}],
    },
    {
        "text": "The truck weighed 200lbs more and drove at 30kph over one mile.",
        "figures": [
            {"surface": "200", "value": 200, "unit": "lb"},
            {"surface": "30", "value": 30, "unit": "km/h"},
            {"surface": "one", "value": 1, "unit": "mi"},
        ],
    },
    {"text": "The village is a mile away.", "figures": []},
    # bounds written after the number, with symbols, and two bounds that make a range
    {
        "text": "Groups of 200 or more were banned; the rule applies to ships of >= 30 tonnes.",
        "figures": [
            {"surface": "200", "value": 200, "low": 200, "high": None, "bound": "at_least"},
            {"surface": "30", "value": 30, "low": 30, "high": None, "bound": "at_least", "unit": "t"},
        ],
    },
    {
        "text": "Households earning more than 10,000 and less than 40,000 pounds get the grant.",
        "figures": [{"surface": "10,000 and less than 40,000", "low": 10000, "high": 40000, "bound": "range"}],
    },
    {
        "text": "Turnout ran from 20 through 100 voters per station.",
        "figures": [{"surface": "20 through 100", "low": 20, "high": 100, "bound": "range"}],
    },
    {"text": "Call +1-222-2222-2222 for details.", "figures": []},
    {
        "text": "Night temperatures fell to minus twelve degrees.",
        "figures": [{"surface": "minus twelve", "value": -12, "unit": "°"}],
    },
    {
        "text": "The result is ⅔ of the vote and 2½ times the old score.",
        "figures": [{"surface": "⅔", "value": 2 / 3}, {"surface": "2½", "value": 2.5}],
    },
    {
        "text": "The bond was priced at USD115.5 on Monday.",
        "figures": [{"surface": "115.5", "value": 115.5, "unit": "USD"}],
    },
    # --- attribution: owners of a count, descriptions and pronouns pointing back ----------------
    {
        "text": "The Financial Conduct Authority said 120 firms had been fined. By the regulator's count, 45 of them were banks.",
        "figures": [
            {"surface": "120", "value": 120, "what_head": "firms", "source": "Financial Conduct Authority"},
            {"surface": "45", "value": 45, "source": "Financial Conduct Authority"},
        ],
    },
    {
        "text": "Maria Lopez said the plan would cost £2bn. The Budget Office said 40 staff would move. She says 300 jobs were cut.",
        "figures": [
            {"surface": "2bn", "value": 2e9, "unit": "GBP", "source": "Maria Lopez"},
            {"surface": "40", "value": 40, "source": "Budget Office"},
            {"surface": "300", "value": 300, "what_head": "jobs", "source": "Maria Lopez"},
        ],
    },
    # a clause joined after an inverted speaker is the speaker's too (CLAUSE_COORDINATORS)
    {
        "text": 'The storm destroyed 420 homes, the county said, and 3,000 households are still without power.',
        "figures": [
            {"surface": '420', "value": 420, "source": 'county'},
            {"surface": '3,000', "value": 3000, "source": 'county'},
        ],
    },
    # advice speaks too
    {
        "text": "The European Food Safety Authority (EFSA) has advised that adults should eat no more than 4 grams a day.",
        "figures": [{"surface": "4", "value": 4, "source": "EFSA"}],
    },
    # "and, according to X, ...": the cue opens the clause after the "and"
    {
        "text": "Vacancies rose to 135,000 and, according to the NEU, more than 60% of supply teachers lack training.",
        "figures": [
            {"surface": "135,000", "value": 135000, "source": None},
            {"surface": "60", "value": 60, "unit": "percent", "source": "NEU"},
        ],
    },
    # a speech verb right after another is its object, a noun: "rejected claims that"
    {
        "text": "The ministry has rejected claims that as many as 130,000 tonnes were landed.",
        "figures": [{"surface": "130,000", "value": 130000, "source": "ministry", "modality": "denied"}],
    },
    # a negation before a "more than" cue makes it at most (NEGATIONS)
    {
        "text": 'Scientists said catches should not exceed 298,000 tonnes.',
        "figures": [{"surface": '298,000', "value": 298000, "bound": "at_most", "high": 298000, "unit": 't'}],
    },
    # a unit said once for two numbers set side by side (COMPARE_LINKS; "X and Y tonnes")
    {
        "text": 'The quota had fallen to 131,500 tonnes from 254,000.',
        "figures": [
            {"surface": '131,500', "value": 131500, "unit": 't'},
            {"surface": '254,000', "value": 254000, "unit": 't'},
        ],
    },
    # ", and X warned that": the subject after the "and"; "the X's survey": X
    {
        "text": "Residents packed a meeting on Monday, and the RSPB warned that colonies home to more than 20,000 puffins could be disturbed.",
        "figures": [{"surface": "20,000", "value": 20000, "source": "RSPB"}],
    },
    {
        "text": "The sector employs around 52,000 people, according to the UKSA's latest survey.",
        "figures": [{"surface": "52,000", "value": 52000, "source": "UKSA"}],
    },
    # "it said": the speaker named last, even by a description
    {
        "text": "Boats rescued 612 people overnight, the coast guard said. The largest boat was carrying about 340 people, it said.",
        "figures": [
            {"surface": "612", "value": 612, "source": "coast guard"},
            {"surface": "340", "value": 340, "source": "coast guard"},
        ],
    },
    # "Interior ministry data show": the body the evidence belongs to
    {
        "text": "Interior ministry data show 9,874 migrants have landed since January.",
        "figures": [{"surface": "9,874", "value": 9874, "source": "Interior ministry"}],
    },
    # a comma with one or two digits before a scale is a decimal mark (a copy of a German wire)
    {
        "text": "The operator plans investments of 2,5 billion euros by 2030.",
        "figures": [{"surface": "2,5 billion", "value": 2.5e9, "unit": "EUR"}],
    },
    # not figures: a score, seasons as time
    {
        "text": "United beat Hull City 2-1 on Saturday, but completion has slipped by two seasons and costs rose 10-12 percent.",
        "figures": [{"surface": "10-12", "low": 10, "high": 12, "unit": "percent"}],
    },
    # how often after the name is not part of it (EVERY)
    {
        "text": "According to Network Rail every day 300 trains are delayed.",
        "figures": [{"surface": "300", "value": 300, "source": "Network Rail"}],
    },
    # a participle set off by commas describes the subject (APPOSED_PARTICIPLE)
    {
        "text": "The Institute for Fiscal Studies, funded by the ESRC, estimates that 300,000 families lose out.",
        "figures": [{"surface": "300,000", "source": "Institute for Fiscal Studies"}],
    },
    # "put the number at" after an auxiliary is a compound speech verb
    {
        "text": "In its first statement, Northway had put the number of affected accounts at 430,000.",
        "figures": [{"surface": "430,000", "value": 430000, "source": "Northway", "modality": "estimated"}],
    },
    # a verb of recording names where it was counted; "according to" names who speaks (RECORD_VERBS)
    {
        "text": "Hospitals recorded 3,200 admissions, according to the Department of Health.",
        "figures": [{"surface": "3,200", "source": "Department of Health", "via": None}],
    },
    # not ruling out: a speaker, a possible figure
    {
        "text": "Investigators do not rule out that dozens of other shipments were involved.",
        "figures": [{"surface": "dozens", "bound": "approx", "source": "Investigators", "modality": "possible"}],
    },
    # «quote», said X. «another quote»: the second quotation runs on with the same speaker
    {
        "text": "\"The figures are not satisfying\", said Katrin Hollweg, a board member, at a press conference. \"We will invest around 4 billion euros in the busiest corridors.\"",
        "figures": [{"surface": "4 billion", "unit": "EUR", "source": "Katrin Hollweg", "modality": "planned"}],
    },
    # a board member is a person: the name after the role's complement speaks
    {
        "text": "Punctuality will rise to 75 per cent, said the DB board member for long-distance traffic, Katrin Hollweg, at a press conference.",
        "figures": [{"surface": "75", "unit": "percent", "source": "Katrin Hollweg"}],
    },
    # not figures: a phone number after its cue
    {"text": "Customers can call 0800 123 4567 or the freephone 800 555 010.", "figures": []},
    # "rise by up to": the size of the change is up to (CHANGE_SIZE_WORDS)
    {
        "text": "Bills could rise by up to €90 a year.",
        "figures": [{"surface": "90", "unit": "EUR", "bound": "up_to", "modality": "possible"}],
    },
    # energy units
    {
        "text": "The data centres used 6,969 gigawatt-hours of electricity last year.",
        "figures": [{"surface": "6,969", "value": 6969, "unit": "GWh"}],
    },
    # a forecast rules the future it introduces (FORECAST_CUES)
    {
        "text": "The grid operator EirGrid forecasts that data centres will account for about 30% of national demand by 2032.",
        "figures": [{"surface": "30", "unit": "percent", "bound": "approx", "source": "EirGrid", "modality": "estimated"}],
    },
    # "said it would build": a reported plan; "would cost": a forecast
    {
        "text": "The US group Apex Cloud said it would build a $2.4bn campus. Marcus Hale said the strike would cost the airline about £5m.",
        "figures": [
            {"surface": "2.4bn", "unit": "USD", "source": "Apex Cloud", "modality": "planned"},
            {"surface": "5m", "unit": "GBP", "bound": "approx", "source": "Marcus Hale", "modality": "estimated"},
        ],
    },
    # a possessive inside an according cue: the speaker named last (CUE_POSSESSIVES)
    {
        "text": "HHM board member Katrin Steinhoff said the port grew. With China, after her words, only 2.3 million TEU were handled.",
        "figures": [{"surface": "2.3 million", "source": "Katrin Steinhoff"}],
    },
    # a share of a whole in words is a percentage (SHARE_WORDS, fractions before a link); a half-year is not
    {
        "text": "Half of the harvest was lost, and two thirds of the orchards were damaged.",
        "figures": [{"surface": "Half", "value": 50, "unit": "percent"}, {"surface": "two thirds", "value": 66.66666666666667, "unit": "percent"}],
    },
    {
        "text": "Sales rose in the first half of 2024.",
        "figures": [],
    },
    # a currency code before the number makes its glued m a million; a hyphen joins a unit
    {
        "text": "Chief executive Martin Brügger said the recall would cost between CHF3m and CHF4m, and the airport plans a 150-metre extension.",
        "figures": [{"surface": "3m and CHF4m", "low": 3000000.0, "high": 4000000.0, "bound": "range", "unit": "CHF", "source": "Martin Brügger"}, {"surface": "150", "value": 150, "unit": "m"}],
    },
    # not figures: a list after an age cue
    {"text": "The victims, aged 67 and 81, lived in Bern.", "figures": []},
    # not figures: the top of a rating scale
    {"text": "The risk stood at level 4 on a scale of 5.", "figures": []},
    # 'he said': the person who opens the sentence before, though no speech verb named him
    {
        "text": "The agency warned of 20 cases. Chief executive Martin Brügger apologised to customers. The recall would cost the company CHF3m, he said.",
        "figures": [{"surface": "20", "source": "agency"}, {"surface": "3m", "unit": "CHF", "source": "Martin Brügger"}],
    },
    # 'as many as' after a verb of change keeps up_to (only 'up to' reads as 'to'); 'pass' is more than
    {
        "text": "The number of cases could rise to as many as 20. We expect to pass 12 million passengers a year.",
        "figures": [{"surface": "20", "bound": "up_to", "modality": "possible"}, {"surface": "12 million", "bound": "more_than"}],
    },
    # a statement's owner after "from"; an aside in -ing between the subject and its verb
    {
        "text": "According to a statement from the Department for Transport, 40 trains were cancelled.",
        "figures": [{"surface": "40", "source": "Department for Transport"}],
    },
    {
        "text": "A government official, speaking on condition of anonymity, said up to 500 troops could be sent.",
        "figures": [{"surface": "500", "bound": "up_to", "source": "government official", "modality": "possible"}],
    },
    # two counts of one crowd: the organisers', then after "while" the police's
    {
        "text": "Some 5,000 people attended, organisers said, while police put the number at 2,000.",
        "figures": [{"surface": "5,000", "bound": "approx", "source": "organisers"}, {"surface": "2,000", "source": "police"}],
    },
    # "The figures, released by HMRC, show": the agent of the evidence's participle owns it
    {
        "text": "Tesco's chief executive, Ken Murphy, said sales rose 4%. The figures, released by HMRC on Tuesday, show receipts of £12bn.",
        "figures": [{"surface": "4", "unit": "percent", "source": "Ken Murphy"}, {"surface": "12bn", "unit": "GBP", "source": "HMRC"}],
    },
    # a cap is at most
    {
        "text": "Bills will be capped at £2,500 a year.",
        "figures": [{"surface": "2,500", "bound": "at_most", "unit": "GBP", "modality": "planned"}],
    },
    # "an estimated £3.2m": the source's estimate, no hedge on the bound; "are thought to" estimates
    {
        "text": "Fans raised an estimated £3.2m, organisers said. Fewer than 600 lynx are thought to survive, according to the WWF.",
        "figures": [
            {"surface": "3.2m", "bound": "exact", "unit": "GBP", "modality": "estimated", "source": "organisers"},
            {"surface": "600", "bound": "less_than", "modality": "estimated", "source": "WWF"},
        ],
    },
    # not figures: a race time's minutes, a marker on the course
    {"text": "She won in 2:27:05 after the drinks ran out at the mile 20 station.", "figures": []},
    # "He" after a sentence that names a known person without a speech verb
    {
        "text": "Race director Simon Hale said 13,870 runners finished. The charity partner expects £400,000, its chair Mary Cole said. Water ran out, and Hale apologised. He denied that thousands had no drink, saying fewer than 300 were affected.",
        "figures": [
            {"surface": "13,870", "source": "Simon Hale"},
            {"surface": "400,000", "unit": "GBP"},
            {"surface": "thousands", "bound": "approx", "source": "Simon Hale", "modality": "denied"},
            {"surface": "300", "bound": "less_than", "source": "Simon Hale"},
        ],
    },
    # the first number of a planned change is what is now
    {
        "text": "The council plans to raise the levy from 5% to 7%.",
        "figures": [
            {"surface": "5", "unit": "percent", "modality": "asserted"},
            {"surface": "7", "unit": "percent", "modality": "planned"},
        ],
    },
    # an adverb before a participle, a singular in -us: both inside the counted phrase
    {
        "text": "The zoo had two critically endangered rhino calves and sold 30 surplus animals.",
        "figures": [{"surface": "two", "what_head": "calves"}, {"surface": "30", "what_head": "animals"}],
    },
    # a trailing speaker with "in a ..." after the verb: an article is no number
    {
        "text": "Sales rose 12% to £340m, the retailer said in a trading update.",
        "figures": [
            {"surface": "12", "unit": "percent", "source": "retailer"},
            {"surface": "340m", "unit": "GBP", "source": "retailer"},
        ],
    },
    {
        "text": "\"We expect revenue of about $4.5bn,\" chief financial officer Mark Ellis told analysts on a call.",
        "figures": [{"surface": "4.5bn", "bound": "approx", "unit": "USD", "source": "Mark Ellis"}],
    },
    # a report's finding; a police find is an act
    {
        "text": "The study, published by the Resolution Foundation, found that 1.3 million families were worse off. Police found 300 kg of cocaine.",
        "figures": [
            {"surface": "1.3 million", "source": "Resolution Foundation"},
            {"surface": "300", "unit": "kg", "source": None},
        ],
    },
    # a forecast after a future rules it; "it said" with no one named before is the opening body
    {
        "text": "Production will fall by about 15% next year, the company forecast.",
        "figures": [{"surface": "15", "bound": "approx", "unit": "percent", "modality": "estimated", "source": "company"}],
    },
    {"text": "The airline carried 4.2 million passengers, it said.", "figures": [{"surface": "4.2 million", "source": "airline"}]},
    # two claims side by side: the first speaker relays no one
    {
        "text": "Residents say up to 200 homes were flooded, but the Environment Agency put the number at 120.",
        "figures": [
            {"surface": "200", "bound": "up_to", "source": "Residents", "via": None},
            {"surface": "120", "source": "Environment Agency", "via": None},
        ],
    },
    # putting an amount at a number, with words between; dismissing claims denies them
    {
        "text": "The ministry put the previous year's total at 2,204. The council put the race's benefit to the economy at £8m. The ministry dismissed as unfounded claims that 4,000 wolves roam the hills.",
        "figures": [
            {"surface": "2,204", "source": "ministry", "modality": "estimated"},
            {"surface": "8m", "unit": "GBP", "source": "council", "modality": "estimated"},
            {"surface": "4,000", "source": "ministry", "modality": "denied"},
        ],
    },
    # the evidence after its adjectives, and its agent
    {
        "text": "The herd numbers 2,512, according to an annual census released on Wednesday by the Forestry Commission.",
        "figures": [{"surface": "2,512", "source": "Forestry Commission"}],
    },
    # not figures: a house number before its street; "high street" is no street of a house
    {
        "text": "He lives at 10 Downing Street, and the chain will close 400 high street stores.",
        "figures": [{"surface": "400", "what_head": "stores"}],
    },
    # the cited speak, the outlet that cites them relays
    {
        "text": "The Financial Times reported last month, citing people familiar with the matter, that the company was valued at about £60m.",
        "figures": [{"surface": "60m", "unit": "GBP", "bound": "approx", "source": "people familiar with the matter", "via": "Financial Times"}],
    },
    # "according to our calculations" in a quotation: its speaker
    {
        "text": "\"According to our calculations, 30% of homes are at risk,\" said Jane Doe.",
        "figures": [{"surface": "30", "unit": "percent", "source": "Jane Doe"}],
    },
    # a person's clause, a colon, the person's words in quotes
    {
        "text": "Tom Ellery said three centres would open. He was blunt about the problem: \"We have fewer than 800,000 regular donors.\"",
        "figures": [{"surface": "three", "source": "Tom Ellery"}, {"surface": "800,000", "bound": "less_than", "source": "Tom Ellery"}],
    },
    # a subject after "and" in a long sentence; a plan reported in the past ("it would")
    {
        "text": "Around a dozen cats are due to be released in Aragon and Murcia this year, and Portugal's ICNF said it would free up to eight more by December.",
        "figures": [
            {"surface": "dozen", "bound": "approx", "source": None},
            {"surface": "eight", "bound": "up_to", "source": "Portugal's ICNF", "modality": "planned"},
        ],
    },
    # a number a year could be counts after a bound cue and before a noun
    {
        "text": "More than 2000 people marched through the town on Saturday. Around 2030 the plant will close.",
        "figures": [{"surface": "2000", "value": 2000, "bound": "more_than", "what_head": "people"}],
    },
    # "several hundred", "a few thousand": vague magnitudes, two to nine of them
    {
        "text": "Several hundred residents were evacuated and a few thousand homes lost power, the county said.",
        "figures": [
            {"surface": "hundred", "value": None, "low": 200, "high": 999, "bound": "approx", "source": "county"},
            {"surface": "thousand", "value": None, "low": 2000, "high": 9999, "bound": "approx", "source": "county"},
        ],
    },
    # a spokeswoman with no name speaks for the body that opens the sentence
    {
        "text": "Harwick Foods said on Monday it would close two depots, cutting 340 jobs, a spokeswoman said.",
        "figures": [{"surface": "two", "source": "Harwick Foods"}, {"surface": "340", "source": "Harwick Foods"}],
    },
    # an apposition after the name ("X, Spain's second-largest, said"); "the GMB union" is GMB
    {
        "text": "The GMB union, Britain's third-largest, said 4,000 members would walk out.",
        "figures": [{"surface": "4,000", "source": "GMB"}],
    },
    # a speaker who trails before a clause of its own with figures ("said on Tuesday as it unveiled plans to ...")
    {
        "text": "Burglaries rose 12% last year, the county police said on Monday as it announced plans to hire 80 officers.",
        "figures": [
            {"surface": "12", "unit": "percent", "source": "county police"},
            {"surface": "80", "source": "county police", "modality": "planned"},
        ],
    },
    # a participle's clause after a comma names no speaker: "suggesting investors see"
    {
        "text": "Shares in Harwick jumped 18% to 4.20 pounds, suggesting investors see little chance of a rival bid.",
        "figures": [
            {"surface": "18", "unit": "percent", "source": None},
            {"surface": "4.20", "unit": "GBP", "source": None},
        ],
    },
    # "That was ..., X said": X said the sentence before too
    {
        "text": "Thieves stole 81,240 phones in the city last year. That was 16% more than in 2023, the police said.",
        "figures": [
            {"surface": "81,240", "source": "police"},
            {"surface": "16", "unit": "percent", "source": "police"},
        ],
    },
    # the owner of a report in its aside ("published by X"); the name after a description ("the industry body, the BRC.")
    {
        "text": "According to the report, published by the Resolution Foundation on Monday, 1.5 million households are behind on bills. Sales rose 4% in May, according to the industry body, the British Retail Consortium.",
        "figures": [
            {"surface": "1.5 million", "source": "Resolution Foundation"},
            {"surface": "4", "unit": "percent", "source": "British Retail Consortium"},
        ],
    },
    # a title before the name ("Councillor", "Detective Inspector"); "considering plans": a noun, not a speech verb;
    # an estimate rules the future it introduces
    {
        "text": "Councillor Mary Harland said the charge would protect 40 jobs. Ministers are considering plans to cut 10,000 posts, according to people familiar with the matter. Network Rail estimates the repairs will cost around £12m.",
        "figures": [
            {"surface": "40", "source": "Mary Harland"},
            {"surface": "10,000", "source": "people familiar with the matter", "modality": "planned"},
            {"surface": "12m", "bound": "approx", "unit": "GBP", "source": "Network Rail", "modality": "estimated"},
        ],
    },
    # a passive estimate, then who made it
    {
        "text": "The damage was estimated at £12m by the county council.",
        "figures": [{"surface": "12m", "unit": "GBP", "source": "county council", "modality": "estimated"}],
    },
    # the other side of a count, its verb left out: "organisers 6,000"
    {
        "text": "Police said 2,500 people marched, organisers 6,000.",
        "figures": [{"surface": "2,500", "source": "Police"}, {"surface": "6,000", "source": "organisers"}],
    },
    # machine-translated word order: "..., demands the association"; a bound cue after "according to the association";
    # a title before an apposed name
    {
        "text": "The deposit should rise to 15 cents, demands the Association of Private Breweries. In Germany there are according to the association around 1,500 breweries. Leeds City Council's executive member for climate, Councillor Mohammed Rafique, said the charge was £45.",
        "figures": [
            {"surface": "15", "source": "Association of Private Breweries"},
            {"surface": "1,500", "bound": "approx", "source": "Association of Private Breweries"},
            {"surface": "45", "unit": "GBP", "source": "Mohammed Rafique"},
        ],
    },
    # a capitalised speech verb is a name ("the United States"); "&" and "and" inside a body's name; "had expected"
    {
        "text": "Sales to the United States, its biggest market, jumped 31%, the company said. Hartwell & Co said exports rose 18%. More than 65,000 cases were waiting, figures from HM Courts and Tribunals Service show. Analysts at Peel Hunt had expected a decline of about 1.5%.",
        "figures": [
            {"surface": "31", "unit": "percent", "source": "company"},
            {"surface": "18", "unit": "percent", "source": "Hartwell & Co"},
            {"surface": "65,000", "bound": "more_than", "source": "HM Courts and Tribunals Service"},
            {"surface": "1.5", "bound": "approx", "unit": "percent", "source": "Analysts at Peel Hunt", "modality": "estimated"},
        ],
    },
    # a company restating its guidance speaks
    {
        "text": "Tesco reiterated its forecast of about £2.9 billion in retail operating profit.",
        "figures": [{"surface": "2.9 billion", "bound": "approx", "unit": "GBP", "source": "Tesco", "modality": "estimated"}],
    },
    # pence glued to the number: hundredths of the pound; a company's trade before its name
    {
        "text": "A single fare will rise by 10p to £3, the operator said. Insurer Aviva said claims had risen 25% since January. The 3D printer and the A320neo were shown.",
        "figures": [
            {"surface": "10", "value": 0.1, "unit": "GBP", "source": "operator"},
            {"surface": "3", "value": 3, "unit": "GBP", "source": "operator"},
            {"surface": "25", "unit": "percent", "source": "Aviva"},
        ],
    },
    # the auxiliary before a speech verb is not part of its subject
    {
        "text": "Green councillors have called for the charge to be scrapped, saying it would hit 40,000 households.",
        "figures": [{"surface": "40,000", "source": "Green councillors"}],
    },
    # English machine-translated from German: "Like the association announced", ", how the office communicated",
    # "it said from the trade association HDE", "According to estimates of the industry"
    {
        "text": "Like the association announced on Monday, the deposit shall rise to 15 percent. Only 2 percent of the bottles get lost, it said from the trade association HDE. According to estimates of the industry, the damage amounts to 50 million Euro. The number of breweries has sunk by 8 percent to 1,459, how the Federal Statistical Office communicated.",
        "figures": [
            {"surface": "15", "unit": "percent", "source": "association"},
            {"surface": "2", "unit": "percent", "source": "HDE"},
            {"surface": "50 million", "unit": "EUR", "source": "industry"},
            {"surface": "8", "unit": "percent", "source": "Federal Statistical Office"},
            {"surface": "1,459", "source": "Federal Statistical Office"},
        ],
    },
    # a noun right after its number is no speech verb ("42,000 reports, up from 38,000"); a finding with its own
    # verb ("found the scheme had cost"); an adjective before "estimate" makes it a noun
    {
        "text": "The RSPCA said it received 42,000 reports, up from 38,000 in 2023. A report by the National Audit Office found the scheme had cost £2.1bn, more than double the original estimate. Research by Citizens Advice suggests 2 million people are behind on bills.",
        "figures": [
            {"surface": "42,000", "source": "RSPCA"},
            {"surface": "38,000", "source": "RSPCA"},
            {"surface": "2.1bn", "unit": "GBP", "source": "National Audit Office"},
            {"surface": "2 million", "source": "Citizens Advice"},
        ],
    },
    # what is counted says nothing ("60% of respondents said"): the poll's owner does; a relative set off by
    # commas after the subject, its number's comma aside, belongs to the subject ("The company, which employs 2,300")
    {
        "text": "Around 60% of respondents said they had cut back on spending, according to a YouGov poll. The company, which employs 2,300 people in the UK, said it would cut jobs.",
        "figures": [
            {"surface": "60", "unit": "percent", "source": "YouGov"},
            {"surface": "2,300", "source": "company"},
        ],
    },
    # a relative closed before the verb with a clause inside it ("which represents firms that supply"); "that"
    # after a short phrase opens its relative ("the federation that manages the stockpile said"); a body after
    # a role's "for the" is no person's name ("A spokesman for the National Farmers Union")
    {
        "text": "The Asphalt Industry Alliance, which represents firms that supply materials, said councils filled 2 million potholes. Producers will release about 23,000 tonnes, the federation that manages the stockpile said. A spokesman for the National Farmers Union said costs had risen by 30%.",
        "figures": [
            {"surface": "2 million", "source": "Asphalt Industry Alliance"},
            {"surface": "23,000", "bound": "approx", "unit": "t", "source": "federation"},
            {"surface": "30", "unit": "percent", "source": "National Farmers Union"},
        ],
    },
    # an age after a hyphenated name is no figure ("Hélène Bergeron-Lacasse, 49,"); a paragraph that opens with a
    # quotation after one that closed a quotation (comma inside the quote marks) and named its speaker goes on
    {
        "text": "\"Sales have grown by more than 20% in three years,\" director general Hélène Bergeron-Lacasse, 49, told Reuters.\n\n\"Without the reserve, we could run short by 10,000 tonnes before the next season.\"",
        "figures": [
            {"surface": "20", "bound": "more_than", "unit": "percent", "source": "Hélène Bergeron-Lacasse"},
            {"surface": "10,000", "unit": "t", "source": "Hélène Bergeron-Lacasse"},
        ],
    },
    # a street needs a name before it: "£1.6bn for road maintenance" is money, "10 Downing Street" a house number
    {
        "text": "The DfT said it was giving councils £1.6bn for local road maintenance. The Prime Minister lives at 10 Downing Street.",
        "figures": [{"surface": "1.6bn", "unit": "GBP", "source": "DfT"}],
    },
    # bare dollars in a story about Australia are Australian; "US$" stays USD
    {
        "text": "SYDNEY (Reuters) - The New South Wales government will spend $2.4 billion on new trains, it said on Tuesday, while the French supplier booked US$300 million, the Australian company said.",
        "figures": [{"surface": "2.4 billion", "unit": "AUD"}, {"surface": "300 million", "unit": "USD"}],
    },
    # the verbs of concluding, revealing, admitting
    {
        "text": "The company admits it lost $20 million. The regulator concludes that 40,000 households were overcharged. Some 1,200 invoices were never paid, the council acknowledges.",
        "figures": [
            {"surface": "20 million", "unit": "USD", "source": "company"},
            {"surface": "40,000", "source": "regulator"},
            {"surface": "1,200", "bound": "approx", "source": "council"},
        ],
    },
    # "said" with its "that" left out: the words after it are what was said, not an inverted speaker;
    # a name's apposition led by an owner's name; a relative whose commas only part names
    {
        "text": "Janet Moore, the ward's councillor, said the hospital had lost dozens of nurses. Paul Grant, Acme Foods' head of sales, said the plant, which can pack 90 tonnes a day, would reopen. The trust, which runs clinics in Leeds, York and Hull, said 400 patients were waiting.",
        "figures": [
            {"surface": "dozens", "bound": "approx", "source": "Janet Moore"},
            {"surface": "90", "unit": "t", "source": "Paul Grant"},
            {"surface": "400", "source": "trust"},
        ],
    },
    # "told Reuters." and "told Reuters the plant will ...": the outlet relays; "Lot 112" is a sale's item;
    # "Analysts expect": a forecast's speakers; "cars registered in the UK has doubled": a participle
    {
        "text": "The yard will hire 250 welders, its owner Pedro Lima told Reuters. Lot 112 fetched £90,000. Analysts at HSBC expect prices to rise 4%. The number of bikes registered in Wales has risen to 80,000, DVLA figures show.",
        "figures": [
            {"surface": "250", "source": "Pedro Lima", "via": "Reuters"},
            {"surface": "90,000", "unit": "GBP"},
            {"surface": "4", "unit": "percent", "source": "Analysts at HSBC", "modality": "estimated"},
            {"surface": "80,000", "source": "DVLA"},
        ],
    },
    # "Ofwat, the water regulator, said": a one-word name before its lower-case description speaks
    {
        "text": "Ofgem, the energy regulator, said 1.2 million households were in arrears.",
        "figures": [{"surface": "1.2 million", "source": "Ofgem"}],
    },
    # "Speaking to Reuters, Smith said", "In an interview with the BBC, the minister said": the outlet relays
    {
        "text": "Speaking to Reuters, Jones said sales rose 6%. In an interview with the Financial Times, the minister said 800 jobs would go.",
        "figures": [
            {"surface": "6", "unit": "percent", "source": "Jones", "via": "Reuters"},
            {"surface": "800", "source": "minister", "via": "Financial Times"},
        ],
    },
    # "He welcomed the deal but warned that dozens ...": the second verb's subject is the pronoun opening the
    # sentence, the person named before
    {
        "text": "Mayor Ruth Cole said the city had 300 empty homes. She praised the plan but warned that 40 families were still waiting.",
        "figures": [
            {"surface": "300", "source": "Ruth Cole"},
            {"surface": "40", "source": "Ruth Cole"},
        ],
    },
    # '"...," said chief executive X, adding that 180 ...': the gerund's clause does not undo the inverted
    # speaker; "had been estimated at": a passive, its subject no speaker
    {
        "text": '"It is a £30m project," said managing director Paul Kerr, adding that 90 people would be hired. The painting had been estimated at £400,000.',
        "figures": [
            {"surface": "30m", "unit": "GBP", "source": "Paul Kerr"},
            {"surface": "90", "source": "Paul Kerr"},
            {"surface": "400,000", "unit": "GBP", "source": None},
        ],
    },
    # "struck 150 targets": the counted noun is no plan's target; a clause after ", the X said, but" with
    # its own speaker is not relayed by the speaker before the comma
    {
        "text": "The army said it had struck 150 targets. The fire has burned 12,000 hectares, the regional government said, but Copernicus estimated the burnt area at 16,500 hectares.",
        "figures": [
            {"surface": "150", "source": "army", "modality": "asserted"},
            {"surface": "12,000", "unit": "ha", "source": "regional government"},
            {"surface": "16,500", "unit": "ha", "source": "Copernicus", "via": None, "modality": "estimated"},
        ],
    },
    # a speaker whose verb is left out names no counted noun: the noun left out is the one before
    {
        "text": "The union counted 30,000 strikers, the ministry fewer than 9,000.",
        "figures": [
            {"surface": "30,000", "source": "union", "what": "strikers"},
            {"surface": "9,000", "bound": "less_than", "source": "ministry", "what": "strikers"},
        ],
    },
    # a machine translation's "informs that": speech
    {
        "text": "The Fire Brigade of Mato Grosso informs that 620 firefighters are fighting the flames.",
        "figures": [{"surface": "620", "source": "Fire Brigade of Mato Grosso"}],
    },
    # scale words a machine translation leaves in ("R$ 137 milhões", "R$ 1,2 bilhão"); "handed over 38" is no
    # bound; "more of" is a translated "mais de"
    {
        "text": "The minister announced R$ 137 milhões for brigades. Kyiv received 1,000 bodies and handed over 38, the headquarters said. The satellites detected more of 160 thousand outbreaks.",
        "figures": [
            {"surface": "137 milhões", "value": 137000000, "unit": "BRL"},
            {"surface": "1,000"},
            {"surface": "38", "bound": "exact", "source": "headquarters"},
            {"surface": "160 thousand", "value": 160000, "bound": "more_than"},
        ],
    },
    # "its" is the speaker before it in the sentence, not a modifier noun of the subject nor one named after
    {
        "text": "The rail operator CP reported a loss of €42.5 million last year, according to its annual report, while the drivers' union SMAQ said 1,850 trains had been cancelled.",
        "figures": [
            {"surface": "42.5 million", "unit": "EUR", "source": "CP", "via": None},
            {"surface": "1,850", "source": "SMAQ"},
        ],
    },
    # a negated modal is no subject of a speech verb ("that cannot show")
    {
        "text": "The council will withhold 25% from authorities that cannot show they spend it well.",
        "figures": [{"surface": "25", "unit": "percent", "source": None}],
    },
    # an acronym after "of" is no honorific ("of MS" is not "Ms")
    {
        "text": "The Fire Brigade of MS said 620 firefighters were fighting the flames.",
        "figures": [{"surface": "620", "source": "Fire Brigade of MS"}],
    },
    # "Of these, ...": the speaker of the figures before speaks for their share
    {
        "text": "About 2,000 people were evacuated, the ministry said. Of these, 300 remain in shelters. The river rose 3 metres.",
        "figures": [{"surface": "2,000", "source": "ministry"}, {"surface": "300", "source": "ministry"}, {"surface": "3", "source": None}],
    },
    # a headline's source after a dash at its end; a clause with figures before a comma is no part of the
    # speaker's name
    {
        "title": "UK economy grew 0.1% in third quarter – ONS",
        "text": "Council tax to rise 5% in April, Treasury confirms. Hundreds of jobs to go at the plant, Tata says.",
        "figures": [
            {"surface": "0.1", "unit": "percent", "source": "ONS"},
            {"surface": "5", "unit": "percent", "source": "Treasury"},
            {"surface": "Hundreds", "source": "Tata"},
        ],
    },
    # revising one's own forecast gives it: the subject speaks
    {
        "text": "The IMF raised its global growth forecast to 3.1% for this year. The Bank of England cut its growth forecast for 2026 to 0.9%. The OECD revised down its estimate for euro zone growth to 1.0%.",
        "figures": [
            {"surface": "3.1", "unit": "percent", "source": "IMF", "modality": "estimated"},
            {"surface": "0.9", "unit": "percent", "source": "Bank of England", "modality": "estimated"},
            {"surface": "1.0", "unit": "percent", "source": "OECD", "modality": "estimated"},
        ],
    },
    # the value set against a figure after its according phrase keeps its account; 'put it closer to' is a claim
    {
        "text": "Unemployment rose to 4.8%, according to the ONS, up from 4.6% in the previous quarter. The ministry estimates the cost at $1.4bn, although independent analysts put it closer to $3bn.",
        "figures": [
            {"surface": "4.8", "unit": "percent", "source": "ONS"},
            {"surface": "4.6", "unit": "percent", "source": "ONS"},
            {"surface": "1.4bn", "unit": "USD", "source": "ministry"},
            {"surface": "3bn", "unit": "USD", "source": "independent analysts"},
        ],
    },
    # a disaster that 'claimed 212 lives' took them: no speaker
    {
        "text": "The earthquake claimed at least 212 lives, officials said. The storm has claimed 45 lives.",
        "figures": [
            {"surface": "212", "bound": "at_least", "source": "officials", "modality": "asserted"},
            {"surface": "45", "source": None, "modality": "asserted"},
        ],
    },
    # an appeal for funds is its maker's claim (an appeal for donors is none)
    {
        "text": "The IFRC launched an emergency appeal for 12.5 million Swiss francs. NHS Blood and Transplant issued an urgent appeal for new donors after stocks fell to about 3,800 units.",
        "figures": [
            {"surface": "12.5 million", "unit": "CHF", "source": "IFRC"},
            {"surface": "3,800", "bound": "approx", "source": None},
        ],
    },
    # an acronym that spells a relative is a name: 'The WHO said'
    {
        "text": "The WHO said 300 people had died.",
        "figures": [
            {"surface": "300", "source": "WHO"},
        ],
    },
    # raising a toll gives it; an amount put without an article; state media reported (a verb after 'media'); a cited source after a trailing speaker ending the sentence; a clause joined after a trailing speaker is the speaker's; 'a surge of up to' is up to
    {
        "text": "By evening the State Emergency Service had raised the death toll to 11. A preliminary World Bank assessment put damage to housing and roads at about $1.3bn. In neighbouring Myanmar, state media reported 12 deaths. The government plans to spend €15m on 200 shelters, Europa Press reported, citing government sources. At least 27 people were still missing, the ministry said in its evening bulletin, and more than 410,000 homes had been damaged. The department said it had pushed a storm surge of up to 3 metres inland.",
        "figures": [
            {"surface": "11", "source": "State Emergency Service"},
            {"surface": "1.3bn", "unit": "USD", "bound": "approx", "source": "World Bank"},
            {"surface": "12", "source": "state media"},
            {"surface": "15m", "unit": "EUR", "source": "government sources"},
            {"surface": "200", "source": "government sources"},
            {"surface": "27", "bound": "at_least", "source": "ministry"},
            {"surface": "410,000", "bound": "more_than", "source": "ministry"},
            {"surface": "3", "bound": "up_to", "unit": "m", "source": "department"},
        ],
    },
    # a survey's sample after 'of' is no figure of the claim, the survey's owner speaks
    {
        "text": "Some 62% of respondents said they opposed the plan, according to an Ipsos survey of 1,000 adults.",
        "figures": [
            {"surface": "62", "bound": "approx", "unit": "percent", "source": "Ipsos"},
            {"surface": "1,000"},
        ],
    },
    # a quotation's speaker named after it speaks for it when a gerund's clause follows
    {
        "text": "\"We expect losses of up to €150m,\" the airline's finance director told analysts, adding that 300 flights had been cancelled.",
        "figures": [
            {"surface": "150m", "bound": "up_to", "unit": "EUR", "source": "airline's finance director"},
            {"surface": "300", "source": "airline's finance director"},
        ],
    },
    # a risk named as a thing after its article is no possibility
    {
        "text": "The drug cut the risk of heart attack by 20%. Some 300 jobs are at risk of being lost.",
        "figures": [
            {"surface": "20", "unit": "percent", "modality": "asserted"},
            {"surface": "300", "bound": "approx", "modality": "possible"},
        ],
    },
    # an according cue that holds the evidence word leaves its agent's preposition out of the name
    {
        "text": "Catches of anchovy are expected to reach 22,000 tonnes this season, according to estimates by the fishermen's association.",
        "figures": [
            {"surface": "22,000", "unit": "t", "source": "fishermen's association", "modality": "estimated"},
        ],
    },
    # a speaker after a comma with a speech verb of its own is no gapped speaker, and relays no one
    {
        "text": "Police estimated the crowd at between 8,000 and 10,000, while organisers said 30,000 people had taken part.",
        "figures": [
            {"surface": "8,000 and 10,000", "source": "Police"},
            {"surface": "30,000", "source": "organisers", "via": None},
        ],
    },
    # a body's long name before a description set off by commas speaks, not the description
    {
        "text": "The Syrian Observatory for Human Rights, a Britain-based war monitor, put the death toll at 63.",
        "figures": [
            {"surface": "63", "source": "Syrian Observatory for Human Rights"},
        ],
    },
    # a figure disputed in a relative without its pronoun keeps its speaker and mood
    {
        "text": "Sudan's army-backed government says the RSF has killed at least 1,500 civilians in El Fasher, a claim the paramilitary group denies.",
        "figures": [
            {"surface": "1,500", "bound": "at_least", "source": "Sudan's army-backed government", "via": None, "modality": "asserted"},
        ],
    },
    # union against company, the second speech verb left out: "the company 450"
    {
        "text": "The union said 1,200 jobs were at risk, the company 450.",
        "figures": [
            {"surface": "1,200", "source": "union"},
            {"surface": "450", "source": "company"},
        ],
    },
    # one name across its "and" when the words after it end in a body's word: "Food and Drug Administration"
    {
        "text": "According to the Food and Drug Administration, 300 cases were reported.",
        "figures": [
            {"surface": "300", "source": "Food and Drug Administration"},
        ],
    },
    # a name, then a description of the same person set off by commas: the name speaks
    {
        "text": "Samajwadi Party chief Akhilesh Yadav, the main opposition leader in the state, said more than 100 people had died.",
        "figures": [
            {"surface": "100", "bound": "more_than", "source": "Akhilesh Yadav"},
        ],
    },
    # a place's body named by the place and its role word: "The Uttar Pradesh government said"
    {
        "text": "The Uttar Pradesh government said some 76 million people bathed at the confluence on Wednesday.",
        "figures": [
            {"surface": "76 million", "bound": "approx", "source": "Uttar Pradesh government"},
        ],
    },
    # a spokesperson for a body described in lower case speaks for the body named just before
    {
        "text": "Ryanair carried 19.2 million passengers in August. A spokesman for the company said 1,200 flights had been cancelled.",
        "figures": [
            {"surface": "19.2 million", "source": None},
            {"surface": "1,200", "source": "Ryanair"},
        ],
    },
    # "by 3 to 5 decibels": how much, a range (the first number bare, the unit after the second); a name, then its apposition holding "that": the name speaks
    {
        "text": "National Highways, the government-owned company that runs England’s motorways, said the scheme had increased traffic by around 9% since it opened. Low-noise surfacing would cut noise by 3 to 5 decibels. Profits rose by 3% to 5%.",
        "figures": [
            {"surface": "9", "bound": "approx", "unit": "percent", "source": "National Highways"},
            {"surface": "3 to 5", "bound": "range", "value": None, "low": 3, "high": 5, "unit": "dB"},
            {"surface": "3", "unit": "percent"},
            {"surface": "5", "unit": "percent"},
        ],
    },
    # "found" without "that" is a finding only after evidence ("Readings taken by the council found", "A YouGov survey found"); "Police found 300 kg" is an act
    {
        "text": "Readings taken by Salford City Council over 72 hours found average daytime noise of 71 decibels. Police found 300 kg of cocaine. A YouGov survey found 38% of voters backed the idea.",
        "figures": [
            {"surface": "71", "unit": "dB", "source": "Salford City Council"},
            {"surface": "300", "unit": "kg", "source": None},
            {"surface": "38", "unit": "percent", "source": "YouGov"},
        ],
    },
    # a name, then a role without an article that ends in its body's name: the name speaks
    {
        "text": "\"We have lost about 2,000 teachers in five years,\" Daniel Kebede, general secretary of the National Education Union, told The Guardian.",
        "figures": [
            {"surface": "2,000", "bound": "approx", "source": "Daniel Kebede", "via": "Guardian"},
        ],
    },
    # a fraction written with a hyphen is a share too: "Two-thirds of", "Three-quarters of"
    {
        "text": "Two-thirds of respondents backed a ban. Three-quarters of the stations lack lifts.",
        "figures": [
            {"surface": "Two-thirds", "value": 66.66666666666667, "unit": "percent", "what_head": "respondents"},
            {"surface": "Three-quarters", "value": 75, "unit": "percent", "what_head": "stations"},
        ],
    },
    # what a share counts after "of the": the noun, not its article ("40% of the stations", "half of the stations")
    {
        "text": "Officials said 40% of the stations lack lifts and half of the platforms are too low.",
        "figures": [
            {"surface": "40", "unit": "percent", "what": "stations", "source": "Officials"},
            {"surface": "half", "unit": "percent", "what": "platforms", "source": "Officials"},
        ],
    },
    # what money pays for after "on the" and "for"; after "of £X" the phrase before it
    {
        "text": "Trinity House will spend £3.4m on the restoration of the lighthouse. The department said it was giving councils £1.6bn for local road maintenance. The cabinet approved a package of aid of £600m for families.",
        "figures": [
            {"surface": "3.4m", "unit": "GBP", "what": "restoration of the lighthouse"},
            {"surface": "1.6bn", "unit": "GBP", "what": "local road maintenance"},
            {"surface": "600m", "unit": "GBP", "what": "package of aid"},
        ],
    },
    # a surname alone, then an age between commas, then the verb: the age is no figure; a date range after its month is a date; a participle clause between a poll and its verb is an aside
    {
        "text": "Okafor, 49, said the budget adds 300 officers. A Lakefront Research poll of 1,004 registered voters, conducted Dec. 8-12, found that 58% disapprove.",
        "figures": [
            {"surface": "300", "source": "Okafor"},
            {"surface": "1,004"},
            {"surface": "58", "unit": "percent", "source": "Lakefront Research"},
        ],
    },
    # a service number after a possessive is a name: "the city's 311 service line"
    {
        "text": "The city's 311 service line logged 2.1 million requests this year, the budget office said.",
        "figures": [
            {"surface": "2.1 million", "source": "budget office"},
        ],
    },
    # a count after "by" names its own noun: "short by at least 1,700 officers"
    {
        "text": "The union says the department is short by at least 1,700 officers.",
        "figures": [
            {"surface": "1,700", "bound": "at_least", "what_head": "officers"},
        ],
    },
    # a measure verb after its article is a noun ("the cost of Project Torrent had risen to"); a head before "from" ("the death toll from Cyclone Arnab"); money spent "on a" thing
    {
        "text": "The NAO found that the cost of Project Torrent had risen to £6.4bn. The death toll from Cyclone Arnab rose to 63 on Friday. The council will spend £2m on a new bridge.",
        "figures": [
            {"surface": "6.4bn", "unit": "GBP", "what_head": "cost"},
            {"surface": "63", "what_head": "toll"},
            {"surface": "2m", "unit": "GBP", "what_head": "bridge"},
        ],
    },
    # citing evidence no one owns ("citing witnesses and hospital records") leaves the one who cites as the source; citing sources ("citing government sources") makes them the source
    {
        "text": "The charity, citing witnesses and hospital records, said the toll could be as high as 60. The agency, citing government sources, said 300 people had died.",
        "figures": [
            {"surface": "60", "source": "charity", "via": None},
            {"surface": "300", "source": "government sources", "via": "agency"},
        ],
    },
    # "According to a spokesperson for the ministry": the cue that opens the sentence is no body the spokesperson speaks for
    {
        "text": "According to a spokesperson for the ministry, 450 troops have been deployed.",
        "figures": [
            {"surface": "450", "source": "spokesperson for the ministry"},
        ],
    },
    # what a tally rests on is no part of who made it ("according to a tally by AFP based on statements from 11 countries"); "Its health ministry said" with no speaker named before: the body described
    {
        "text": "More than 530 pilgrims died, according to a tally by AFP based on statements from several countries. Saudi Arabia has not published a toll. Its health ministry said it had treated 2,760 cases of heat stress.",
        "figures": [
            {"surface": "530", "source": "AFP"},
            {"surface": "2,760", "source": "health ministry"},
        ],
    },
    # a relay after the clause that cites its own source ("MENA reported, citing a cabinet crisis committee"): the cited speak for the clause, the relay relays
    {
        "text": "Egypt said on Saturday that 112 of its citizens had died, state news agency MENA reported, citing a cabinet crisis committee.",
        "figures": [
            {"surface": "112", "source": "cabinet crisis committee", "via": "MENA"},
        ],
    },
    # a name set beside a clause whose speaker is a name, its number right after it, speaks for it ("Jordan reported 14 deaths and Tunisia 35")
    {
        "text": "Indonesia said 165 pilgrims had died, while Jordan reported 14 deaths and Tunisia 35.",
        "figures": [
            {"surface": "165", "source": "Indonesia"},
            {"surface": "14", "source": "Jordan"},
            {"surface": "35", "source": "Tunisia"},
        ],
    },
    # a machine translation from French keeps its inversions ("have indicated the firefighters", "confides Marc Dupuis", "It is what has indicated the prefecture")
    {
        "text": "17 persons were injured, have indicated the firefighters. \"We sell 400 baguettes per day\", confides Marc Dupuis, baker in Lyon. It is what has indicated the prefecture in a press release, specifying that 21 persons were injured.",
        "figures": [
            {"surface": "17", "source": "firefighters"},
            {"surface": "400", "source": "Marc Dupuis"},
            {"surface": "21", "source": "prefecture"},
        ],
    },
    # a machine translation from French: "indicates the INSEE in a note", "underlines the union", "reports Le Parisien, which cites the confederation"
    {
        "text": "The price has reached 1.02 euro in average, indicates the INSEE in a note. The flour has increased of 25% in one year, underlines the union. The bakers count 1,200 closures, reports Le Parisien, which cites the confederation.",
        "figures": [
            {"surface": "1.02", "source": "INSEE"},
            {"surface": "25", "source": "union"},
            {"surface": "1,200", "source": "confederation", "via": "Le Parisien"},
        ],
    },
    # a speech verb before another, with only a pronoun between ("Harwell said it expects"): the pronoun is the second verb's subject, not the whole phrase
    {
        "text": "Harwell said it expects to take a pretax charge of about $1.9 billion in the first quarter.",
        "figures": [
            {"surface": "1.9 billion", "source": "Harwell"},
        ],
    },
    # a machine translation's "speak of" ("guilds speak of 95% of adhesion and the ATU of a 40 %"), the second speaker's verb left out
    {
        "text": "Strike paralyzes Lima; guilds speak of 95% of adhesion and the ATU of a 40 %",
        "figures": [
            {"surface": "95", "source": "guilds"},
            {"surface": "40", "source": "ATU"},
        ],
    },
    # Angola's kwanza and Peru's sol (the plural only: "sol" is a common word in several languages)
    {
        "text": "The government released an emergency fund of 5 billion kwanzas. Gangs charge drivers between 5 and 20 soles per bus.",
        "figures": [
            {"surface": "5 billion", "unit": "AOA"},
            {"surface": "5 and 20", "unit": "PEN"},
        ],
    },
    # a description with its own noun before the head ("the foreign ministry") points back at no named source of another kind ("Interior Ministry"); "the health ministry" still finds the Ministry of Health
    {
        "text": "Border guards turned back 269,000 people, the Interior Ministry said. The foreign ministry had put the figure at 58 on Wednesday. The Ministry of Health counted 2,760 cases of heatstroke, and the health ministry later added 300 more.",
        "figures": [
            {"surface": "269,000", "source": "Interior Ministry"},
            {"surface": "58", "source": "foreign ministry"},
            {"surface": "2,760", "source": "Ministry of Health"},
            {"surface": "300", "source": "Ministry of Health"},
        ],
    },
    # the CFP franc (XPF) and the CFA franc (XOF)
    {
        "text": "Damage was put at 262 billion CFP francs, and aid at 900 million CFA francs.",
        "figures": [
            {"surface": "262 billion", "unit": "XPF"},
            {"surface": "900 million", "unit": "XOF"},
        ],
    },
    # a body described by its head and a participle clause speaks as the head, the number inside the clause no part of it: "The union representing the mine's 900 workers said"
    {
        "text": "The union representing the plant's 1,400 staff said at least 60 of its members had been laid off.",
        "figures": [
            {"surface": "1,400", "source": None},
            {"surface": "60", "bound": "at_least", "source": "union"},
        ],
    },
    # a body's register gives the count: "It lists 764 tailings deposits nationwide"
    {
        "text": "The mining agency said it had inspected the site twice. It lists 764 tailings deposits nationwide.",
        "figures": [
            {"surface": "764", "source": "mining agency"},
        ],
    },
    # putting an amount at a number with no article before it: "put preliminary damage at about 85 billion pesos"
    {
        "text": "The regional delegate, Ana Ruiz, put preliminary damage at about 85 billion pesos.",
        "figures": [
            {"surface": "85 billion", "bound": "approx", "source": "Ana Ruiz", "modality": "estimated"},
        ],
    },
    # Madagascar's ariary
    {
        "text": "The utility owes 1,200 billion ariary to its suppliers.",
        "figures": [
            {"surface": "1,200 billion", "unit": "MGA"},
        ],
    },
    # a machine translation's "has precised X" (French "a précisé"), then "According to him" for the figures after it
    {
        "text": "\"The demand at the peak is of about 720 megawatts\", has precised the director general of the utility, Hery Rakoto, during a press point. According to him, 3 of the 7 thermal power stations are in stop.",
        "figures": [
            {"surface": "720", "source": "Hery Rakoto"},
            {"surface": "3", "source": "Hery Rakoto"},
            {"surface": "7", "source": "Hery Rakoto"},
        ],
    },
    # a speaker's own inquiry after "said its": "Ofgem said its investigation had found that at least 3,900"
    {
        "text": "Ofwat said its investigation had found that the supplier force-fitted at least 3,900 meters.",
        "figures": [
            {"surface": "3,900", "bound": "at_least", "source": "Ofwat"},
        ],
    },
    # a word between a bound cue and its number keeps the bound: "at least however 350 euros", "at least another 20"
    {
        "text": "Verdi demands 8 percent more wage, at least however 350 euros more in the month. Rescuers fear at least another 20 people are trapped.",
        "figures": [
            {"surface": "8", "source": "Verdi"},
            {"surface": "350", "bound": "at_least", "source": "Verdi"},
            {"surface": "20", "bound": "at_least", "source": "Rescuers"},
        ],
    },
    # a bound opening the sentence is no subject for a description after it ("Around 1,200 homes were evacuated, a spokesperson ... told" gave "Around"); "told the BBC": the outlet after its article relays
    {
        "text": "Around 1,200 homes were evacuated, a spokesperson for the fire service told the BBC.",
        "figures": [
            {"surface": "1,200", "bound": "approx", "source": "spokesperson for the fire service", "via": "BBC"},
        ],
    },
    # a machine translation of "pour le syndicat, ...", "para el ministerio, ...": "For" opening the sentence before a body or a role and a comma is "according to" ("For the first time" names no one; a beneficiary takes no comma: "For the army 2 billion were earmarked")
    {
        "text": "For the union, the strike was followed by 70% of the staff. For the prefecture, some 1,200 people took part in the march. For the Syndicate of Independent Nurses (Sekrima), at least 2,000 posts remain unfilled. For the first time, 3,000 tickets were sold online. For the army 2 billion euros were earmarked.",
        "figures": [
            {"surface": "70", "source": "union"},
            {"surface": "1,200", "bound": "approx", "source": "prefecture"},
            {"surface": "2,000", "bound": "at_least", "source": "Sekrima"},
            {"surface": "3,000", "source": None},
            {"surface": "2 billion", "source": None},
        ],
    },
    # a copy of a Spanish wire: "informed this Thursday the X" (the day after "this"), "precised that", "assure that"; a role opening the sentence with its holder named in apposition ("The commander ..., general Wilson Tapia, attributed ... and informed of") speaks for a second verb
    {
        "text": "The number of dead rose to 31, informed this Thursday the National Prison Service (SNAI). The entity precised that other 57 inmates were injured. The relatives assure that the deaths are more than 40. The commander of the Police in the Zone 8, general Wilson Tapia, attributed the violence to a dispute and informed of the seizure of 14 firearms.",
        "figures": [
            {"surface": "31", "source": "SNAI"},
            {"surface": "57", "source": "SNAI"},
            {"surface": "40", "bound": "more_than", "source": "relatives"},
            {"surface": "14", "source": "Wilson Tapia"},
        ],
    },
    # "states" after a quantifier is the noun ("for all states"); a speech word after a possessive is a noun ("the coalition's estimate"), and "He ...: «quote»" is he; "ruling that" goes on with the subject that opens the sentence, its time left out
    {
        "text": "Spokesman Colin Reddick said the policy was fair. He dismissed the coalition's estimate: \"There is no universe in which 125,000 Missourians lost coverage.\" The Congressional Budget Office has estimated that similar rules, which Congress made mandatory for all states from 2027, will leave about 4.8 million more people uninsured. A federal judge on Wednesday blocked the rules, ruling that the state had cut off tens of thousands of adults.",
        "figures": [
            {"surface": "125,000", "source": "Colin Reddick"},
            {"surface": "4.8 million", "bound": "approx", "source": "Congressional Budget Office"},
            {"surface": "tens of thousands", "bound": "approx", "source": "federal judge"},
        ],
    },
    # "For" before a bare name and a comma is "according to" when the name is an acronym, named before or a body the alias table knows ("For Christmas" is none)
    {
        "text": "For Greenpeace, emissions rose 12%. For the ECB, inflation will reach 2.3% next year. For Christmas, sales rose 8%.",
        "figures": [
            {"surface": "12", "source": "Greenpeace"},
            {"surface": "2.3", "source": "ECB"},
            {"surface": "8", "source": None},
        ],
    },
]
