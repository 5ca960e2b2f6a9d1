"""One piece of work in a forked child while this process does another: the second core
put to use where a run has two independent, CPU-bound steps (the events and positions
beside the casualty ledger; the data appendix beside the PDF).

A forked child starts with this process's memory as it is (nothing is pickled on
the way in, copy-on-write), computes ``fn()`` and sends the result back pickled.
The result is the same as calling ``fn()`` here: the child runs the same code on the
same data, and a work function must be pure. An exception in the child is raised
here as it would have been; a child that dies or cannot be started (no ``fork`` on
this platform, a pickling failure) leaves the work to this process. The child ignores
Ctrl-C (this process handles it and ends the child) and dies with this process.

Hand-written rather than a ``ProcessPoolExecutor``: a pool pickles the function and its
arguments on the way in (the facts of ten thousand articles), and its workers are
forked before the data exists.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from briefings.models import Facts

__all__ = ["PARALLEL_FACTS", "Forked", "forked", "worth_splitting"]

T = TypeVar("T")

_OK, _RAISED = "ok", "raised"


class Forked(Generic[T]):
    """``fn()`` computed in a child (when ``parallel``), asked for with ``result()``."""

    def __init__(self, fn: Callable[[], T], parallel: bool) -> None:
        self._fn = fn
        self._process: Any = None
        self._conn: Any = None
        if parallel:
            self._start()

    def _start(self) -> None:
        import multiprocessing

        if "fork" not in multiprocessing.get_all_start_methods():
            return
        if multiprocessing.current_process().daemon:
            return  # a pool's worker may have no children: the work stays here
        ctx = multiprocessing.get_context("fork")
        receive, send = ctx.Pipe(duplex=False)
        for stream in (sys.stdout, sys.stderr):  # or the child would write them out again
            try:
                stream.flush()
            except (OSError, ValueError, AttributeError):
                pass
        # Objects alive now are left out of the child's garbage collections: a
        # collection would touch (and so copy) every page of the shared memory.
        gc.freeze()
        try:
            process = ctx.Process(target=_child, args=(self._fn, send, os.getpid()), daemon=True)
            process.start()
        except (OSError, RuntimeError):
            receive.close()
            send.close()
            return
        finally:
            gc.unfreeze()
        send.close()  # the child has its own copy of this end
        self._process, self._conn = process, receive

    def result(self) -> T:
        """The work's result: the child's, or computed here if there is no child or it died."""
        if self._process is None:
            return self._fn()
        try:
            tag, value = self._conn.recv()
        except (EOFError, OSError, pickle.UnpicklingError):
            tag, value = None, None  # the child died before it answered
        finally:
            self._close()
        if tag == _OK:
            return value
        if tag == _RAISED:
            raise value
        return self._fn()

    def _close(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join()

    def __enter__(self) -> Forked[T]:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._close()  # an interrupt or an error here: the child goes too


#: Fewer facts than this are worked on in one process: a fork costs more than it saves.
PARALLEL_FACTS = 5_000


def worth_splitting(facts: Facts) -> bool:
    """Whether to split work on these facts over two processes: many facts (from many
    articles or one huge one), and the run may use two (``allowed_workers``: two
    cores, ``BRIEFINGS_WORKERS``)."""
    from briefings.extract import allowed_workers

    n = len(facts.casualties) + len(facts.statements) + len(facts.diplomacy) + len(facts.ground)
    return n >= PARALLEL_FACTS and allowed_workers() > 1


def forked(fn: Callable[[], T], parallel: bool) -> Forked[T]:
    """``fn()`` started in a forked child now when ``parallel``; ``.result()`` gives it."""
    return Forked(fn, parallel)


def _child(fn: Callable[[], Any], conn: Any, parent: int) -> None:
    from briefings.extract import _worker_start

    _worker_start(parent)  # die with the parent, leave Ctrl-C to it
    try:
        message: tuple[str, Any] = (_OK, fn())
    except Exception as exc:  # raised again in the parent, as if it had run there
        message = (_RAISED, exc)
    try:
        conn.send(message)
    except (pickle.PicklingError, TypeError, AttributeError):
        pass  # the parent sees the pipe close and does the work itself
    finally:
        conn.close()
