"""Recording a brief in the store once its files are on disk: the as-of date, the files
and their sha256, the findings it showed, the articles it rests on."""

from __future__ import annotations

import os
from pathlib import Path

from briefings.brief import namer
from briefings.facts_json import findings_to_json
from briefings.incremental import Inputs, run_report, sha256
from briefings.pipeline import Run
from briefings.store import (
    BriefArticle,
    BriefFile,
    BriefKey,
    Store,
    actors_hash,
    anchor,
    series_of,
)
from briefings.summary import summary_of


def record_brief(
    run: Run,
    store: Store,
    paths: dict[str, Path],
    rendered: dict[str, bytes | str],
    inputs: Inputs | None = None,
) -> int:
    """Store the brief ``run`` rendered and wrote to ``paths``; returns its id. With
    ``inputs``, the key of what it was made from, for a later run to reuse it."""
    from briefings.extract.version import extractor_fingerprint

    assert run.brief is not None and run.findings is not None and run.run_id is not None
    files = {}
    for fmt, data in rendered.items():
        payload = data.encode("utf-8") if isinstance(data, str) else data
        path = os.path.abspath(paths[fmt])
        files[fmt] = BriefFile(path=path, sha256=sha256(payload), size=len(payload))
    as_of = run.as_of.isoformat()
    key = None
    if inputs is not None:
        folded = sum(len(a.duplicates) for a in run.facts.articles)
        key = BriefKey(inputs.key.key, inputs.key.racy, run_report(run.facts, folded))
    return store.record_brief(
        series=series_of(run.config),
        as_of=as_of,
        run=run.run_id,
        extractor=extractor_fingerprint(),
        actors=actors_hash(run.config.actors),
        since=run.since.value if run.since is not None else None,
        html_sha256=run.html_sha256,
        renderer=run.renderer,
        summary=summary_of(run.brief),
        findings=findings_to_json(run.findings, namer(run.config)),
        files=files,
        articles=[
            BriefArticle(hash=h, article_id=a.id, anchor=anchor(a, as_of))
            for a, h in zip(run.facts.articles, run.hashes, strict=True)
        ],
        key=key,
    )
