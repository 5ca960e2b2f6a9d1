"""Where extraction runs: this process, a local pool of processes, or a Dask cluster.

The facts of an article are a pure function of the article, the config and the
as-of date (``briefings.extract``), so batches of articles can be extracted
anywhere that has briefings installed and the results put back in article order:
the facts do not depend on where they were extracted.

    with executor_for("dask", "tcp://10.0.0.5:8786") as executor:
        facts = extract_facts(articles, config, executor=executor)

``LocalExecutor`` (the default) forks its worker processes at the first batch large
enough to share and keeps them for later batches; ``DaskExecutor`` sends the batches
to the workers of a ``dask.distributed`` scheduler. Dask is an optional extra
(``pip install 'briefings[dask]'``) and is imported only when a Dask executor is
made. ``docs/scaling.md`` shows how to start a cluster.
"""

from __future__ import annotations

import atexit
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from briefings.errors import BriefingsError

__all__ = [
    "DaskExecutor",
    "Executor",
    "ExecutorError",
    "LocalExecutor",
    "default_executor",
    "executor_for",
]

J = TypeVar("J")
R = TypeVar("R")

#: Seconds to wait for a Dask scheduler to answer before saying it is unreachable.
CONNECT_TIMEOUT = 10.0


class ExecutorError(BriefingsError):
    """The executor asked for cannot run: Dask missing, its scheduler unreachable."""


class Executor:
    """Runs a function over batches of work, giving the results in batch order."""

    name = "local"

    def workers(self, count: int) -> int:
        """How many batches to run at once for ``count`` items of work."""
        raise NotImplementedError

    def map(self, fn: Callable[[J], R], jobs: Sequence[J], workers: int) -> list[R] | None:
        """``[fn(job) for job in jobs]``, spread over ``workers``; None when the work
        cannot be spread here (the caller then does it in this process)."""
        raise NotImplementedError

    def close(self) -> None:
        """Let go of the workers (a local pool's processes, a Dask client)."""

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LocalExecutor(Executor):
    """Forked worker processes on this machine, started once and kept for later batches.

    How many: one (this process) below ``PARALLEL_MIN`` items, else up to two (one per
    core); the ``BRIEFINGS_WORKERS`` environment variable overrides. Each worker dies
    with this process and leaves Ctrl-C to it (``briefings.extract._worker_start``)."""

    name = "local"

    def __init__(self) -> None:
        self._pools: dict[int, Any] = {}

    def workers(self, count: int) -> int:
        from briefings.extract import default_workers

        return default_workers(count)

    def map(self, fn: Callable[[J], R], jobs: Sequence[J], workers: int) -> list[R] | None:
        from briefings.extract import _stop_workers

        pool = self._pool(workers)
        if pool is None:
            return None
        futures = []
        try:
            # submit and wait, not pool.map: on an interrupt map cancels the futures
            # left, and the pool's own thread, finding its workers ended below, then
            # fails on them with a traceback (CPython's terminate_broken)
            futures += [pool.submit(fn, job) for job in jobs]
            return [future.result() for future in futures]
        except BaseException as exc:  # an interrupt, a SIGTERM: no worker may outlive the run
            self._pools.pop(workers, None)
            _stop_workers(pool)
            pool.shutdown(wait=False, cancel_futures=True)
            # wait for the pool's own thread (quick: its workers are gone), so that it is
            # not still closing its wake-up pipe when the interpreter's exit hook writes to
            # it (a race in CPython's concurrent.futures: "Bad file descriptor" at exit);
            # and end again, while waiting, a worker that thread forked as the signal came
            # (not yet listed when the others were ended, it would keep the thread waiting)
            _join_ending(pool)
            if isinstance(exc, OSError | RuntimeError | ImportError):
                return None  # a broken pool: the caller works alone
            raise

    def _pool(self, workers: int) -> Any:
        """The pool of ``workers`` processes, forked now if there is none yet."""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from briefings.extract import _worker_start

        if workers in self._pools:
            return self._pools[workers]
        if "fork" not in multiprocessing.get_all_start_methods():
            return None
        try:
            pool = ProcessPoolExecutor(
                workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_worker_start,
                initargs=(os.getpid(),),
            )
        except (OSError, RuntimeError, ImportError):
            return None
        self._pools[workers] = pool
        return pool

    def close(self) -> None:
        pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            pool.shutdown()


class DaskExecutor(Executor):
    """The workers of a Dask cluster (``dask.distributed``), reached through its scheduler.

    The workers need the same version of briefings installed: the batches are sent as
    pickled articles and config, and the function by its module and name."""

    name = "dask"

    def __init__(self, scheduler: str, *, timeout: float | None = None) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise ExecutorError(
                "--executor dask needs Dask, which is not installed: "
                "pip install 'briefings[dask]' (or dask and distributed)"
            ) from None
        self.scheduler = scheduler
        try:
            wait = CONNECT_TIMEOUT if timeout is None else timeout
            self.client = Client(scheduler, timeout=wait, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ExecutorError(
                f"cannot reach the Dask scheduler at {scheduler} ({_reason(exc)}); "
                "is `dask scheduler` running there, and the address right?"
            ) from None

    def workers(self, count: int) -> int:
        info = self.client.scheduler_info()
        threads = sum(w.get("nthreads", 1) for w in info.get("workers", {}).values())
        return max(1, threads)

    def map(self, fn: Callable[[J], R], jobs: Sequence[J], workers: int) -> list[R] | None:
        try:
            futures = self.client.map(fn, list(jobs), pure=False)
            return list(self.client.gather(futures))
        except Exception as exc:  # a worker lost, the scheduler gone: one message, not a trace
            raise ExecutorError(
                f"the Dask cluster at {self.scheduler} failed while extracting ({_reason(exc)})"
            ) from None

    def close(self) -> None:
        try:
            self.client.close()
        except Exception:  # closing a client whose scheduler is gone may raise anything
            pass


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


_DEFAULT: LocalExecutor | None = None


def _join_ending(pool: Any, *, patience: float = 30.0) -> None:
    """Wait for an ending pool's own thread, ending its workers again as they appear."""
    import time

    from briefings.extract import _stop_workers

    thread = getattr(pool, "_executor_manager_thread", None)
    deadline = time.monotonic() + patience
    while thread is not None and thread.is_alive() and time.monotonic() < deadline:
        thread.join(0.2)
        _stop_workers(pool)
    _end_forks()


def _end_forks() -> None:
    """End this process's children that are forks of it: a worker forked as a signal came
    may be listed neither by its pool nor by multiprocessing (the signal's handler ran
    between the fork and the listing), and the interpreter's exit would wait on it for
    good. A fork runs the same command line; other children (a browser, a subprocess)
    do not, and are left alone. Linux only (it reads /proc); elsewhere nothing."""
    import signal
    from pathlib import Path

    try:
        me = Path("/proc/self/cmdline").read_bytes()
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return
    children: set[int] = set()
    for task in tasks:
        try:
            children.update(map(int, Path(f"/proc/self/task/{task}/children").read_text().split()))
        except (OSError, ValueError):
            continue
    for pid in children:
        try:
            if Path(f"/proc/{pid}/cmdline").read_bytes() == me:
                os.kill(pid, signal.SIGKILL)
        except OSError:
            continue


def default_executor() -> LocalExecutor:
    """The process's local pool, made at the first use and closed at exit."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = LocalExecutor()
        atexit.register(_DEFAULT.close)
    return _DEFAULT


EXECUTORS = ("local", "dask")


def executor_for(name: str, scheduler: str | None = None) -> Executor:
    """The executor the command line names: 'local' (the default) or 'dask' with
    the scheduler's address ('tcp://HOST:PORT')."""
    if name == "local":
        if scheduler is not None:
            raise ExecutorError("--scheduler goes with --executor dask")
        return default_executor()
    if name == "dask":
        if not scheduler:
            raise ExecutorError(
                "--executor dask needs --scheduler tcp://HOST:PORT, the address "
                "`dask scheduler` printed"
            )
        return DaskExecutor(scheduler)
    raise ExecutorError(f"unknown executor '{name}'; choose one of {', '.join(EXECUTORS)}")
