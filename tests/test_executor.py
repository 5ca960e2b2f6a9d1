"""Where extraction runs (briefings/executor.py): the local pool, started once, and a
Dask cluster giving the very facts a local run gives.

The cluster is a ``distributed.LocalCluster`` of two worker processes on 127.0.0.1;
nothing else on the network is touched.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import need_shared

from briefings import executor as executors
from briefings.cli import main
from briefings.config import load_config
from briefings.executor import DaskExecutor, ExecutorError, LocalExecutor
from briefings.extract import extract_facts
from briefings.models import Article
from briefings.pipeline import extract
from briefings.sources import read_articles
from briefings.store import open_store

#: The real dev sets: articles and config, as ../shared/eval/README.md lists them.
SETS = {
    "seeds": (("seeds",), "idlib.yaml"),
    "sudan": (("eval", "real", "sudan"), "sudan.yaml"),
    "tigray": (("eval", "real", "tigray"), "tigray.yaml"),
    "lebanon": (("eval", "real", "lebanon"), "lebanon.yaml"),
}


def _free_port() -> int:
    """A port on 127.0.0.1 nothing listens on (it was free a moment ago)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _articles(n: int) -> list[Article]:
    texts = [
        "Russian shelling killed 4 civilians in Kharkiv, Kyiv said.",
        "Putin and Erdogan will meet in Sochi on Friday.",
    ]
    return [
        Article(id=f"a{i}", path=f"{i}.txt", title="t", text=texts[i % 2], published="2024-03-06")
        for i in range(n)
    ]


def _config(tmp_path: Path):
    path = tmp_path / "cfg.yaml"
    path.write_text(
        "title: T\ndate: 2024-03-08\nactors:\n  russia: {name: Russia}\n"
        "  ukraine: {name: Ukraine}\n  turkey: {name: Turkey}\n",
        "utf-8",
    )
    return load_config(path)


# -- the local pool --------------------------------------------------------------------


@pytest.mark.slow  # worker processes, a connection attempt
def test_the_local_pool_starts_once_and_is_kept(tmp_path: Path) -> None:
    config = _config(tmp_path)
    articles = _articles(8)
    with LocalExecutor() as local:
        first = extract_facts(articles, config, workers=2, executor=local)
        pool = local._pools[2]
        pids = set(pool._processes)
        second = extract_facts(articles, config, workers=2, executor=local)
        assert local._pools[2] is pool and set(pool._processes) == pids
    assert local._pools == {}
    assert first == second == extract_facts(articles, config, workers=1)


# -- Dask: errors ----------------------------------------------------------------------


def test_dask_not_installed_is_one_clear_error(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    with pytest.raises(ExecutorError, match=r"needs Dask, which is not installed: pip install"):
        DaskExecutor("tcp://127.0.0.1:8786")
    config = tmp_path / "cfg.yaml"
    config.write_text("title: T\nactors:\n  a: {name: A}\nstore: {enabled: false}\n", "utf-8")
    (tmp_path / "a.txt").write_text("Title\n\nA said nothing.\n", "utf-8")
    args = ["extract", "--config", str(config), "--executor", "dask"]
    args += ["--scheduler", "tcp://127.0.0.1:8786", str(tmp_path / "a.txt")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.output.strip().splitlines() == [
        "Error: --executor dask needs Dask, which is not installed: pip install "
        "'briefings[dask]' (or dask and distributed)"
    ]


@pytest.mark.slow  # worker processes, a connection attempt
def test_an_unreachable_scheduler_is_one_clear_error(monkeypatch, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    address = f"tcp://127.0.0.1:{_free_port()}"
    monkeypatch.setattr(executors, "CONNECT_TIMEOUT", 1.0)
    config = tmp_path / "cfg.yaml"
    config.write_text("title: T\nactors:\n  a: {name: A}\nstore: {enabled: false}\n", "utf-8")
    (tmp_path / "a.txt").write_text("Title\n\nA said nothing.\n", "utf-8")
    args = ["generate", "--config", str(config), "--format", "html", "--out", str(tmp_path)]
    result = CliRunner().invoke(main, [*args, "--scheduler", address, str(tmp_path / "a.txt")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert lines[0].startswith(f"Error: cannot reach the Dask scheduler at {address} (")
    assert not list(tmp_path.glob("*.html"))


def test_executor_options_go_together() -> None:
    runner = CliRunner()
    dask_alone = runner.invoke(main, ["extract", "--executor", "dask", "x.txt"])
    assert dask_alone.exit_code == 2 and "needs --scheduler tcp://HOST:PORT" in dask_alone.output
    local = runner.invoke(main, ["extract", "--executor", "local", "--scheduler", "tcp://h:1"])
    assert local.exit_code == 2 and "--scheduler goes with --executor dask" in local.output


# -- Dask: the same facts --------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=40,  # errors only
    ) as running:
        yield running


@pytest.mark.slow
def test_a_dask_cluster_gives_the_facts_of_a_local_run(cluster, tmp_path: Path) -> None:
    from distributed import get_task_stream

    with DaskExecutor(cluster.scheduler_address) as dask:
        assert dask.workers(100) == 2
        for name, (where, config_name) in SETS.items():
            config = load_config(need_shared("eval", "configs", config_name))
            articles = read_articles([need_shared(*where)], default_year=config.date.year).articles
            local = extract_facts(articles, config, workers=1)
            pooled = extract_facts(articles, config, workers=2, executor=LocalExecutor())
            with get_task_stream(client=dask.client) as stream:
                remote = extract_facts(articles, config, executor=dask)
            assert remote == local == pooled, name
            # the work really went to the cluster's worker processes
            assert stream.data, name
            workers = set(cluster.scheduler_info["workers"])
            assert {task["worker"] for task in stream.data} <= workers, name


@pytest.mark.slow
def test_the_store_extracts_what_it_lacks_on_the_cluster(cluster, tmp_path: Path) -> None:
    """The executor reaches extract_reusing: what the store lacks goes to the cluster."""
    text = need_shared("eval", "configs", "sudan.yaml").read_text("utf-8")
    config_path = tmp_path / "sudan.yaml"
    config_path.write_text(text, "utf-8")
    config = load_config(config_path)
    store = open_store(config)
    assert store is not None
    sudan = sorted(need_shared("eval", "real", "sudan").glob("*.txt"))
    plain = extract(config, sudan)
    with DaskExecutor(cluster.scheduler_address) as dask:
        first = extract(config, sudan[:3], store=store, executor=dask)
        second = extract(config, sudan, store=store, executor=dask)
    assert first.reused is not None and first.reused.extracted == 3
    assert second.reused is not None
    assert (second.reused.reused, second.reused.extracted) == (3, len(sudan) - 3)
    assert second.facts.casualties == plain.facts.casualties
    assert second.facts.diplomacy == plain.facts.diplomacy
    assert second.facts.statements == plain.facts.statements
    assert second.facts.ground == plain.facts.ground


@pytest.mark.slow
def test_generate_on_a_dask_cluster_from_the_command_line(cluster, tmp_path: Path) -> None:
    config = tmp_path / "idlib.yaml"
    text = need_shared("eval", "configs", "idlib.yaml").read_text("utf-8")
    # no store: the second run must extract again, not take the first run's facts
    config.write_text(text + "\nstore: {enabled: false}\n", "utf-8")
    seeds = str(need_shared("seeds"))
    common = ["generate", "--config", str(config), "--format", "html", seeds, "-q"]
    local = CliRunner().invoke(main, [*common, "--out", str(tmp_path / "local")])
    remote = CliRunner().invoke(
        main,
        [*common, "--out", str(tmp_path / "dask"), "--executor", "dask", "--scheduler",
         cluster.scheduler_address],
    )  # fmt: skip
    assert local.exit_code == 0 and remote.exit_code == 0, remote.output
    name = "brief-2020-03-04.html"
    assert (tmp_path / "dask" / name).read_text() == (tmp_path / "local" / name).read_text()


_FORKS_SCRIPT = """
import os, subprocess, sys, time
from briefings.executor import _end_forks
fork = os.fork()
if fork == 0:  # a worker forked as a signal came: listed by no pool
    time.sleep(60)
    os._exit(0)
other = subprocess.Popen(["sleep", "60"])  # a child that is no fork of this process
time.sleep(0.3)
_end_forks()
time.sleep(0.3)
gone = os.waitpid(fork, os.WNOHANG)[0] == fork
alive = other.poll() is None
other.kill()
print(gone, alive)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_an_ending_run_ends_its_unlisted_forks_and_no_other_child() -> None:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", _FORKS_SCRIPT], capture_output=True, text=True, timeout=60
    )
    assert done.stdout.split() == ["True", "True"], done.stderr
