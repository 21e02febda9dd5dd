"""The one error that text extraction raises."""


class ParseError(Exception):
    """The document could not be read; the message can be shown to the user."""
