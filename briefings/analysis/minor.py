"""Minor contacts: the calls, meetings and visits a big pile of articles has too many of.

A contact is minor when one source reports it, no source dates it and no
agreement was reached at it (``Event.reached_at``). It neither leads the brief
(key developments) nor gets a row of the diplomatic track; the brief lists it on
one line under "Other reported contacts". One rule, here, for both.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefings.analysis.common import parts
from briefings.analysis.model import Event

#: The kinds of step that can be minor; talks and agreements never are.
MINOR_KINDS = ("call", "meeting", "visit")


def minor_contacts(events: Iterable[Event]) -> set[str]:
    """The ids of the minor contacts among ``events``."""
    events = list(events)
    hosts = {e.reached_at for e in events if e.reached_at}
    return {
        e.id
        for e in events
        if e.type in MINOR_KINDS and e.n_sources < 2 and not parts(e.date) and e.id not in hosts
    }
