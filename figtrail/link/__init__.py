"""Links between articles: one source across its names, articles and languages.

`SourceRegistry` gives each figure's source a stable id; `article_context` reads what an
article says about its sources; `source_type` guesses what kind of source a name is. The
shipped alias table is `figtrail.link.aliases_data.INSTITUTIONS`.
"""

from figtrail.link.context import ArticleContext, article_context
from figtrail.link.fold import fold, translit_key
from figtrail.link.sources import SourceRegistry, source_type

__all__ = ["ArticleContext", "SourceRegistry", "article_context", "fold", "source_type", "translit_key"]
