"""chronicler: turn raw news articles into a sourced record of political events."""

__version__ = "0.1.0"
