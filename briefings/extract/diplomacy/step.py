"""A step as found in one sentence, before folding."""

from __future__ import annotations

from dataclasses import dataclass

from briefings.models import DiplomaticStep


@dataclass
class _Step:
    """A step as found, before steps that name an earlier one are folded into it."""

    index: int  # sentence
    pos: int  # trigger offset in the sentence
    step: DiplomaticStep
    #: "the talks", "the agreement", "signed the document": names a step told before
    anaphoric: bool = False
    #: the hub of a phone round: "Putin held telephone conversations with A and B";
    #: or the hubs of separate meetings: "A and B met separately with C and D" (each
    #: of A, B meets each of the others)
    hub: str | tuple[str, ...] | None = None
    #: no side named in its own clause, only the speaker's ("the Berlin meeting was a
    #: real opportunity," the envoy said)
    weak: bool = False
    #: "a third round", "further rounds": more of the talks told before
    continuation: bool = False
    #: named or dated in its own words: "the Minsk agreements", "its 1979 treaty"
    name: bool = False
    #: a ceasefire short of its sides, kept only to take them from another ceasefire
    candidate: bool = False
    #: ruled out in its own words: "no plans for such a meeting"
    denied: bool = False
    #: "the implementation of existing agreements": agreements in general, told of again
    reference: bool = False
    #: too few sides of its own: a step only as the one it names again
    lone: bool = False
    #: told as one more after another: "he later held a meeting with ..."
    sequel: bool = False
    #: signed here and now: "signed the peace agreement", however known the deal; or
    #: taken up by a side: "Hezbollah also agreed to the ceasefire", "accepted the truce"
    signed: bool = False


#: Words that say only that something was agreed, not what.
_PLAIN_TERMS = frozenset(
    ("agreement", "agreements", "deal", "deals", "pact", "document", "signed", "agreed")
)


def telling_term(a: str | None, b: str | None) -> str | None:
    """Of two words for one step, the one that says more: "declaration" over "signed"."""
    if a is None or (a in _PLAIN_TERMS and b is not None and b not in _PLAIN_TERMS):
        return b
    return a
