"""briefings: news articles + a YAML config -> a dated, sourced situation brief."""

__version__ = "0.1.0"
