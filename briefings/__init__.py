"""briefings: news articles + a YAML config -> a dated, sourced situation brief."""

import os

# pydantic looks for plugins in every installed package's entry points when the first
# model is built (the config's); briefings uses none, and the scan can take half a
# second where many packages are installed. A user who wants plugins sets the
# variable themselves (pydantic documents PYDANTIC_DISABLE_PLUGINS).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

__version__ = "0.1.0"
