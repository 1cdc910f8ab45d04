"""figtrail: sourced figures (who says how many) from news articles.

>>> import figtrail
>>> figs = figtrail.extract({"id": "a1", "lang": "fr", "text": "Selon la police, 3 000 personnes ont défilé."})
>>> figs[0].value, figs[0].source
(3000, 'police')
"""

from figtrail.errors import FigtrailError, InputError, UnsupportedLanguageError
from figtrail.extract import extract, extract_article
from figtrail.model import Article, Figure

__all__ = [
    "Article",
    "Figure",
    "FigtrailError",
    "InputError",
    "UnsupportedLanguageError",
    "extract",
    "extract_article",
]
__version__ = "0.1.0"
