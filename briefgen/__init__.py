"""briefgen: faithful, extractive news briefings published as a searchable static site."""

__version__ = "0.1.0"
