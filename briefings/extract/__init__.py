"""Extraction: articles -> facts (casualties, statements, diplomacy, ground events).

Rules over the config's actors, lexicons and sentence patterns; no model, so
the same input always gives the same facts and each one points to the
sentence it came from.
"""

from __future__ import annotations

import datetime as dt

from briefings.config import Config
from briefings.extract.casualties import extract_casualties
from briefings.extract.context import ArticleContext
from briefings.extract.diplomacy import extract_diplomacy
from briefings.extract.ground import extract_ground
from briefings.extract.statements import extract_statements
from briefings.models import Article, Facts, Problem

__all__ = ["extract_facts"]


def extract_facts(
    articles: list[Article], config: Config, *, as_of: dt.date | None = None
) -> Facts:
    """The facts of ``articles``; relative dates resolve against each article's
    ``published`` date, absolute ones without a year take its year (or ``as_of``'s)."""
    as_of = as_of or config.date
    facts = Facts(as_of=as_of.isoformat(), articles=list(articles))
    for article in articles:
        try:
            ctx = ArticleContext(article, config, as_of)
            casualties = extract_casualties(ctx)
            statements = extract_statements(ctx)
            diplomacy = extract_diplomacy(ctx)
            ground = extract_ground(ctx)
        except Exception as exc:  # one odd article must not sink the brief
            facts.problems.append(
                Problem(article.path, f"extraction failed ({type(exc).__name__}: {exc})")
            )
            continue
        facts.casualties += casualties
        facts.statements += statements
        facts.diplomacy += diplomacy
        facts.ground += ground
    return facts
