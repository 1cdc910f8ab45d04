"""The few errors a user can meet; the CLI turns each into one line on stderr."""


class FigtrailError(Exception):
    """Base of figtrail's own errors."""


class InputError(FigtrailError):
    """An input that cannot be read as articles: names the input (and line) in its message."""

    def __init__(self, where: str, why: str):
        super().__init__(f"{where}: {why}")
        self.where = where
        self.why = why


class UnsupportedLanguageError(FigtrailError):
    """An article in a language figtrail has no pack for."""


class StoreError(FigtrailError):
    """The database cannot be opened, migrated or written: names the file in its message."""
