"""What a run takes from the store is exactly what it would have made itself: the same
facts, the same brief, the same PDF bytes; and only what changed is done again."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefings.cli import main
from briefings.config import load_config
from briefings.incremental import LIBRARIES
from briefings.pipeline import extract, generate
from briefings.store import open_store

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "brief"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE / "articles", tmp_path / "articles")
    shutil.copy(FIXTURE / "brief.yaml", tmp_path / "brief.yaml")
    return tmp_path


@pytest.mark.slow
def test_a_second_run_reuses_facts_and_pdf_and_makes_the_same_brief(desk: Path) -> None:
    config = load_config(desk / "brief.yaml")
    store = open_store(config)
    assert store is not None and store.path == desk / ".briefings" / "briefings.db"
    lines: list[str] = []

    first, files = generate(config, store=store)
    before = {p.name: p.read_bytes() for p in files}
    # reuse=False: not the whole brief taken as it is (the tests below), but made again
    # from the stored facts, with the PDF of the same HTML
    second, files = generate(config, store=store, progress=lines.append, reuse=False)
    after = {p.name: p.read_bytes() for p in files}

    assert first.reused is not None and first.reused.extracted == 3
    assert second.reused is not None and (second.reused.reused, second.reused.extracted) == (3, 0)
    assert any("the PDF of this same HTML reused" in line for line in lines)
    assert after == before
    # and it is the brief a run without any store makes
    plain = extract(config)
    assert plain.facts == second.facts
    assert plain.findings == second.findings
    assert len(store.briefs(str(config.path))) == 2

    # a PDF changed on disk since is not taken: it is laid out again
    pdf = next(p for p in files if p.suffix == ".pdf")
    pdf.write_bytes(b"%PDF-1.7 not the brief")
    lines.clear()
    generate(config, store=store, progress=lines.append)
    assert not any("reused" in line for line in lines if line.startswith("Rendered"))
    assert pdf.read_bytes() == before[pdf.name]

    # then nothing changed: the brief, PDF and all, is taken as it is
    lines.clear()
    fourth, files = generate(config, store=store, progress=lines.append)
    assert fourth.reused_brief is not None and any("Reused the brief" in x for x in lines)
    assert {p.name: p.read_bytes() for p in files} == before


@pytest.mark.slow
def test_only_what_changed_is_extracted_again(desk: Path) -> None:
    config = load_config(desk / "brief.yaml")
    store = open_store(config)
    extract(config, store=store)

    talks = desk / "articles" / "2030-06-10-talks.txt"
    talks.write_text(talks.read_text(encoding="utf-8") + "\nA new last line.\n")
    edited = extract(config, store=store)
    assert edited.reused is not None and (edited.reused.reused, edited.reused.extracted) == (2, 1)
    assert edited.facts == extract(config).facts

    # other actors: other facts
    text = (desk / "brief.yaml").read_text(encoding="utf-8")
    (desk / "brief.yaml").write_text(text.replace("[rebels, ", "[rebels, insurgents, "))
    renamed = extract(load_config(desk / "brief.yaml"), store=store)
    assert renamed.reused is not None and renamed.reused.extracted == 3


def test_an_undated_article_is_extracted_again_for_another_as_of_date(desk: Path) -> None:
    """Its relative dates are read against the as-of date, so its facts depend on it."""
    (desk / "articles" / "undated.txt").write_text(
        "Shelling near Kessa\n\nNorlandic guns shelled Kessa on Tuesday, killing 4 people, "
        "the Sudmarkian health ministry said.\n",
        encoding="utf-8",
    )
    config = load_config(desk / "brief.yaml")
    store = open_store(config)
    extract(config, store=store)
    same_day = extract(config, store=store)
    later = extract(config, store=store, as_of=config.date + dt.timedelta(days=9))
    assert same_day.reused is not None and same_day.reused.extracted == 0
    assert later.reused is not None and later.reused.extracted == 1
    assert later.facts == extract(config, as_of=config.date + dt.timedelta(days=9)).facts


def test_no_store_keeps_nothing(desk: Path) -> None:
    cfg = desk / "brief.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8") + "store: {enabled: false}\n")
    config = load_config(cfg)
    assert open_store(config) is None
    generate(config, formats=["html"])
    assert not (desk / ".briefings").exists()


# -- the whole brief: taken as it is when nothing it is made from changed ------------


def _html(config_path: Path, **kwargs) -> tuple[object, dict[str, bytes], list[str]]:
    """A run writing the HTML (no PDF: quick), its files' bytes and its progress lines."""
    config = load_config(config_path)
    store = open_store(config)
    lines: list[str] = []
    run, files = generate(config, formats=["html"], store=store, progress=lines.append, **kwargs)
    return run, {p.name: p.read_bytes() for p in files}, lines


def _reused(lines: list[str]) -> bool:
    return any(line.startswith("Reused the brief of ") for line in lines)


def test_a_brief_made_from_the_same_inputs_is_taken_as_it_is(desk: Path) -> None:
    cfg = desk / "brief.yaml"
    first, made, _ = _html(cfg)
    html = desk / "out" / "brief-2030-06-12.html"
    stamp = html.stat().st_mtime_ns
    second, taken, lines = _html(cfg)

    assert _reused(lines) and not any(line.startswith("Read ") for line in lines)
    assert second.reused_brief is not None and second.brief_id == first.brief_id
    assert taken == made and html.stat().st_mtime_ns == stamp  # nothing written
    store = open_store(load_config(cfg))
    assert store is not None and len(store.briefs(str(cfg.resolve()))) == 1
    # the brief it stands for is the one a run that makes it again writes, byte for byte
    again, remade, lines = _html(cfg, reuse=False)
    assert not _reused(lines) and again.reused_brief is None and remade == taken
    # and the one made into another folder from scratch
    config = load_config(cfg)
    _, files = generate(config, formats=["html"], out_dir=desk / "elsewhere")
    assert {p.name: p.read_bytes() for p in files} == taken


def _touch(desk: Path) -> None:
    talks = desk / "articles" / "2030-06-10-talks.txt"
    st = talks.stat()
    os.utime(talks, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def _same_size_and_time(desk: Path) -> None:
    """Other bytes, the same size and modification time: only the change time tells."""
    talks = desk / "articles" / "2030-06-10-talks.txt"
    st = talks.stat()
    talks.write_bytes(talks.read_bytes().replace(b"talks", b"TALKS", 1))
    os.utime(talks, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert talks.stat().st_size == st.st_size


def _new_article(desk: Path) -> None:
    (desk / "articles" / "2030-06-12-more.txt").write_text(
        "More shelling near Kessa\n\nNorlandic guns shelled Kessa on 11 June, killing 6 "
        "people, the Sudmarkian health ministry said.\n",
        encoding="utf-8",
    )


def _removed_article(desk: Path) -> None:
    (desk / "articles" / "2030-06-11-toll.txt").unlink()


def _config(desk: Path) -> None:
    cfg = desk / "brief.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("FICTIONAL TEST", "FICTIONAL"))


def _limits(desk: Path) -> None:
    cfg = desk / "brief.yaml"
    cfg.write_text(
        cfg.read_text(encoding="utf-8").replace(
            "formats: [html, pdf]}", "formats: [html, pdf], limits: {cites: 1}}"
        )
    )


def _template(desk: Path) -> None:
    (desk / "templates").mkdir()
    (desk / "templates" / "brief.css").write_text("body { color: #111; }\n", encoding="utf-8")
    cfg = desk / "brief.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8") + "template_dir: templates\n")


@pytest.mark.parametrize(
    "change",
    [_touch, _same_size_and_time, _new_article, _removed_article, _config, _limits, _template],
)
def test_any_change_to_what_it_is_made_from_makes_it_again(desk: Path, change) -> None:
    cfg = desk / "brief.yaml"
    _html(cfg)
    change(desk)
    run, made, lines = _html(cfg)
    assert not _reused(lines) and run.reused_brief is None
    # made again, it is the brief a run without the store's shortcuts makes
    _, remade, _ = _html(cfg, reuse=False)
    assert remade == made
    # and once made, it is taken as it is in its turn
    _, taken, lines = _html(cfg)
    assert _reused(lines) and taken == made


def test_a_comment_or_the_email_settings_change_nothing_the_brief_is_made_from(desk: Path) -> None:
    cfg = desk / "brief.yaml"
    _html(cfg)
    cfg.write_text(cfg.read_text(encoding="utf-8") + "# checked by the desk on Monday\n")
    assert _reused(_html(cfg)[2])
    # nor does where it is emailed
    cfg.write_text(
        cfg.read_text(encoding="utf-8")
        + "delivery: {email: {host: smtp.example.org, from: b@example.org, to: [a@example.org]}}\n"
    )
    assert load_config(cfg).email is not None
    assert _reused(_html(cfg)[2])


def test_another_date_or_another_earlier_brief_makes_it_again(desk: Path) -> None:
    cfg = desk / "brief.yaml"
    config = load_config(cfg)
    _html(cfg)
    later = config.date + dt.timedelta(days=1)
    run, made, lines = _html(cfg, as_of=later)
    assert not _reused(lines) and run.changes is not None  # compared with the first brief
    assert _reused(_html(cfg, as_of=later)[2])
    # a brief of the first day issued again is another earlier brief for the second day
    _html(cfg, reuse=False)
    run, again, lines = _html(cfg, as_of=later)
    assert not _reused(lines) and again == made


def test_since_last_is_reused_only_with_the_same_point(desk: Path) -> None:
    cfg = desk / "brief.yaml"
    config = load_config(cfg)
    _html(cfg)
    _new_article(desk)
    later = config.date + dt.timedelta(days=1)
    _, made, lines = _html(cfg, as_of=later, since="last")
    assert not _reused(lines)
    _, taken, lines = _html(cfg, as_of=later, since="last")
    assert _reused(lines) and taken == made
    _, remade, _ = _html(cfg, as_of=later, since="last", reuse=False)
    assert remade == made


def test_a_deleted_or_edited_file_of_the_brief_is_written_again(desk: Path) -> None:
    cfg = desk / "brief.yaml"
    _, made, _ = _html(cfg)
    html = desk / "out" / "brief-2030-06-12.html"
    html.unlink()
    _, again, lines = _html(cfg)
    assert not _reused(lines) and again == made
    html.write_bytes(made[html.name].replace(b"Orsa", b"Orca"))
    _, again, lines = _html(cfg)
    assert not _reused(lines) and again == made and html.read_bytes() == made[html.name]
    assert _reused(_html(cfg)[2])


def test_an_input_changed_just_before_the_run_is_vouched_for_by_its_bytes(desk: Path) -> None:
    """Copied a moment ago, the articles' times could still be those of a second edit in
    the same clock tick: their sha256 is kept, and a brief whose inputs no longer have
    those bytes is not taken."""
    cfg = desk / "brief.yaml"
    run, _, _ = _html(cfg)
    store = open_store(load_config(cfg))
    assert store is not None
    with store.read() as con:
        (racy,) = con.execute("SELECT racy FROM brief_keys WHERE brief = ?", (run.brief_id,))
    recorded = json.loads(racy[0])
    assert sorted(Path(p).name for p in recorded) == sorted(
        p.name for p in (desk / "articles").iterdir()
    )
    with store.write() as con:  # as if the bytes had changed within the same tick
        wrong = {path: "0" * 64 for path in recorded}
        con.execute("UPDATE brief_keys SET racy = ?", (json.dumps(wrong),))
    assert not _reused(_html(cfg)[2])


def test_the_cli_reuses_and_says_the_same_as_the_run_that_made_the_brief(desk: Path) -> None:
    (desk / "articles" / "empty.txt").write_text("", encoding="utf-8")
    args = ["generate", "--config", str(desk / "brief.yaml"), "--format", "html"]
    first = CliRunner().invoke(main, args)
    second = CliRunner().invoke(main, args)
    again = CliRunner().invoke(main, [*args, "--no-reuse"])
    assert first.exit_code == second.exit_code == again.exit_code == 0, first.output
    assert "Reused the brief of 2030-06-12" in second.stderr
    assert "Reused" not in again.stderr and "Reused" not in first.stderr
    assert second.stdout == first.stdout == again.stdout  # the paths
    skipped = [line for line in first.stderr.splitlines() if line.startswith("Skipped ")]
    assert skipped and skipped == [
        line for line in second.stderr.splitlines() if line.startswith("Skipped ")
    ]


def test_the_key_knows_every_library_briefings_depends_on() -> None:
    import re
    import tomllib

    project = tomllib.loads((FIXTURE.parents[2] / "pyproject.toml").read_text("utf-8"))
    names = {
        re.split(r"[<>=\[ ;]", dep, maxsplit=1)[0].lower().replace("_", "-")
        for dep in project["project"]["dependencies"]
    }
    assert names <= {name.replace("_", "-") for name in LIBRARIES}


def test_a_file_that_grows_while_it_is_read_is_read_again_by_since_last(
    desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store notes the version of a file it read, not the one it grew into."""
    import briefings.sources

    config = load_config(desk / "brief.yaml")
    store = open_store(config)
    talks = desk / "articles" / "2030-06-10-talks.txt"
    real = briefings.sources.read_articles

    def read_then_grow(*args, **kwargs):
        result = real(*args, **kwargs)
        talks.write_text(talks.read_text(encoding="utf-8") + "\nA line written late.\n")
        return result

    monkeypatch.setattr(briefings.sources, "read_articles", read_then_grow)
    generate(config, formats=["html"], store=store)
    monkeypatch.undo()

    later = config.date + dt.timedelta(days=1)
    run, _ = generate(config, formats=["html"], store=store, as_of=later, since="last")
    assert [Path(a.path).name for a in run.facts.articles] == [talks.name]
