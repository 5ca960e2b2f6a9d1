"""A step's status from the words around its trigger: held, planned, proposed, not planned,
cancelled or concluded.
"""

from __future__ import annotations

import re

from briefings.extract.diplomacy.clauses import _clause_span, search_from
from briefings.extract.diplomacy.triggers import _ONGOING
from briefings.nlp.folding import CaseBlind, fold
from briefings.nlp.vocabulary import OPPOSING, alternation, inflect

# "could", "may" (not "May 20"): a step that may happen.
# (not the month: "in mid-May", "16 May", "early May", "since May")
_MAY = (
    r"(?<!\bin\s)(?<!mid-)(?<!\bearly\s)(?<!\blate\s)(?<!\bof\s)(?<!\bsince\s)"
    r"(?<!\buntil\s)(?<!\bby\s)(?<!\bfrom\s)(?<!\d\s)(?<!\bend\s)may(?!\s+\d)"
)
_MODAL = re.compile(rf"\b(?:can|could|{_MAY}|might)\b", re.IGNORECASE)
# A step not yet taken but put forward: "a proposal for a ceasefire", "a truce plan".
_PROPOSAL_FOR = re.compile(
    r"\b(?:(?:proposals?|plans?|drafts?|initiatives?|offers?|bids?|framework|blueprint|details"
    r"|parameters|outlines?)\s+(?:for|on|of)|deadlines?\s+for"
    # what one side asks the other to give: "demanding assurances of a ceasefire"
    r"|(?:assurances?|guarantees?)\s+(?:of|for|on))"
    r"\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# What a plan holds: "a 20-point plan for Gaza that includes ..., a permanent ceasefire".
_PLAN_HOLDS = re.compile(
    r"\b(?:proposals?|plans?|drafts?|initiatives?|framework|blueprint|roadmap|road\s+map)\b"
    r"[^.;]{0,80}?\b(?:includes?|including|calls?\s+for|envisages?|envisions?|proposes?"
    r"|provides?\s+for|foresees?|(?:would|will)\s+(?:start|begin|open)\s+with"
    r"|(?:starts?|begins?|opens?)\s+with)\b"
    # (in the list the plan holds, no deal made after it: "Under the plan, which includes a
    # swap, Israel and Hamas signed a ceasefire")
    r"(?:(?!\b(?:signed|agreed|reached|struck|sealed|concluded|brokered|announced|accepted"
    r"|approved|declared)\b)[^.;]){0,160}?$",
    re.IGNORECASE,
)
# "a truce plan", "ceasefire calls by UN agencies", "ceasefire efforts"
_PROPOSAL_AFTER = re.compile(
    r"^\s+(?:proposals?|plans?|drafts?|offers?|framework|calls?|demands?|efforts?|bids?|push)\b",
    re.I,
)
_NOT_PLANNED = re.compile(
    r"\bno\s+(?:current\s+)?plans?\b|\bno\s+such\b|\bnot\s+(?:planned|scheduled|on\s+the\s+agenda)"
    r"|\bruled\s+out\b|\bdenied\b|\bnot\s+(?:in|on)\s+the\s+(?:schedule|agenda|calendar|programme|program)|\bno\s+(?:[\w-]+\s+){0,2}"
    r"(?:talks|meeting|meetings|contacts?)\b|\bhaven't\s+been\s+any|\bhas\s+not\s+been\s+any"
    r"|\bno\s+intention|\bnot\s+going\s+to|\bwill\s+not|\bwon't|\bwould\s+not|\bwouldn't"
    r"|\brefused|\breject(?:ed|s|ing)\b|(?<!\bnot\s)(?<!\bnever\s)\bturn(?:ed|s|ing)?\s+down\b"
    # "does not consider it possible to hold the proposed meeting"
    r"|\bnot\s+consider(?:s|ed)?\s+(?:it\s+)?(?:possible|feasible|appropriate|expedient)\s+to\s+"
    r"(?:hold|have|attend|take\s+part\s+in|participate\s+in|join|host|sign|conduct|organi[sz]e)\b"
    # "dismissing the idea of a truce"
    r"|\bdismiss(?:ed|es|ing)\s+(?:the\s+|any\s+)?(?:idea|notion|prospect|possibility|talk)\b"
    # "was not granted permission to meet him", "was barred from visiting"
    # (right before the step: not "unable to meet him during his visit")
    r"|\bnot\s+(?:been\s+)?(?:granted|given|allowed|permitted)\s+(?:(?:permission|access)\s+)?"
    r"(?:to\s+)?(?:[\w-]+\s+){0,2}$|\b(?:barred|prevented|blocked)\s+from\s+(?:[\w-]+\s+){0,2}$"
    # ... whoever is kept away: "has barred junta officials from summits" (not "barred
    # journalists from covering the talks": the talks go on)
    r"|\b(?:barred|banned|excluded|prevented|blocked)\s+(?:[\w'’-]+\s+){1,4}?from\s+"
    r"(?:(?:attending|joining|taking\s+part\s+in|participating\s+in)\s+)?(?:(?:the|a|an|any"
    r"|future|regional|all)\s+){0,2}$"
    # "was unable to meet him", "is not ready to host the meeting"
    # ("it was impossible to continue discussions")
    r"|\b(?:unable|impossible|no\s+longer\s+possible)\s+to\s+(?:[\w-]+\s+){0,2}$|\bnot\s+(?:yet\s+)?ready\s+to\s+(?:[\w-]+\s+){0,2}$"
    r"|\bdid\s+not|\bdidn't|\bnever\b|\bboycotted"
    # "has not spoken with Putin since", "had not met"
    r"|\b(?:has|have|had)\s+not\s+(?:yet\s+)?$|\b(?:hasn't|haven't|hadn't)\s+(?:yet\s+)?$|\b(?:does|do|did)\s+not\s+expect|\b(?:doesn't|don't)\s+expect|\b(?:cannot|can't|could\s+not|couldn't)\s+(?:accept|agree|sign|support|endorse)\b"
    r"|\boppos(?:ed|es|ing)\b"
    # "not interested in a temporary truce", "a peace deal, and not a mere ceasefire"
    r"|(?:\bnot|n['’]t)\s+(?:[a-z]+ly\s+)?interested\s+in\b|\bnot\s+a\s+mere\b",
    re.IGNORECASE,
)


# Called off, delayed or suspended: "cancelled" in the facts contract.
_CANCELLED = re.compile(
    # ("return to talks without delay" is no delay)
    r"\b(?:cancell?(?:ed|ing|s)?|call(?:ed|s|ing)?\s+off|scrapped|postpon(?:ed|es|ing|e)"
    r"|(?<!without\s)(?<!without\sfurther\s)(?<!without\sany\s)delay(?:ed|s|ing)?"
    r"|suspend(?:ed|s|ing)?|put\s+off|pushed\s+back|shelved|broke\s+down|collapsed"
    # "the meeting will not now take place"
    r"|(?:will|would)\s+not\s+now\s+(?:take\s+place|go\s+ahead|happen)"
    # "will not take place now", "will no longer proceed": a plan dropped
    r"|(?:will|would)\s+(?:not|no\s+longer)\s+(?:take\s+place|go\s+ahead|happen|proceed"
    r"|be\s+held)\s+now|(?:will|would)\s+no\s+longer\s+(?:take\s+place|go\s+ahead|happen"
    r"|proceed|be\s+held)"
    r"|(?:walked|pulled)\s+out\s+of|withdr[ae]w\s+from"
    # (a walkout's noun, from a step: not "talks on an Israeli withdrawal from Gaza")
    r"|(?:withdrawal|pull-?out)\s+from\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:talks"
    r"|negotiations|process|dialogue|meeting|summit|deal|agreement|accord|truce|ceasefire)\b"
    r"|(?:the\s+)?(?:collapse|breakdown)\s+of"
    r"|voided|voids|voiding|nullif(?:ied|ies|y|ying)|annull?(?:ed|ing|s)?|tor[en]\s+up|abrogat(?:ed|es|e)"
    r"|revok(?:ed|es|e|ing)|rescind(?:ed|s|ing)?|invalidat(?:ed|es|e|ing)"
    r"|renounc(?:ed|es|e))\b",
    re.IGNORECASE,
)


# A halt to the step, in a noun right before it (the step's own: "the suspension of the
# truce does not mean an end to talks" halts the truce only).
_HALTED_BEFORE = re.compile(
    r"\b(?:suspension\s+of|(?:declar\w*|announc\w*|put(?:s|ting)?|brought|bring(?:s|ing)?)\s+"
    r"(?:an\s+|the\s+)?end\s+to)\s+"
    # (the step itself, with its own words only: not "an end to the war through talks")
    r"(?:(?!(?:through|via|by|with|of|in|on|for|to|and|or|war|fighting|conflict|hostilities"
    r"|violence)\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# ... not denied, asked for, feared or threatened: "no suspension of", "demanded the
# suspension of", "could put an end to", "threatened to declare an end to".
_HALT_HEDGED = re.compile(
    r"\b(?:no|not|never|any|against|den(?:y|ies|ied)|demand\w*|call\w*\s+for|urg\w*|sought"
    r"|seek\w*|threat\w*|warn\w*|could|would|may|might|if)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# ... nor one undone or over: "the suspension of talks was lifted", "lasted three weeks".
_HALT_UNDONE_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:(?:was|were|is|has\s+been|had\s+been)\s+(?:lifted|over|ended|reversed"
    r"|revoked)|lasted|ended)\b",
    re.IGNORECASE,
)


# The verbs a modal of telling takes: "I can confirm", "we can say" (no step hedged).
_TELLING = r"(?:confirm|say|tell|report|reveal|announce|disclose|assure)\b"
# (what exists is rejected or condemned; a truce one opposes, or is opposing, is yet
# to be made: "opposing a ceasefire between Israel and Hamas")
_DONE_AGAINST = frozenset(f for f in OPPOSING if not f.endswith("ing") and "oppos" not in f)
_REJECTED_BY_SOMEONE = rf"\b(?:{alternation(_DONE_AGAINST)})\s+"
_OTHERS_STEP_REJECTED = re.compile(
    _REJECTED_BY_SOMEONE + r"(?:(?-i:[A-Z])[\w.-]*\s+){0,3}?(?-i:[A-Z])[\w.-]*['’]s?\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_REJECTED_THE = re.compile(_REJECTED_BY_SOMEONE + r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$", re.I)
_BETWEEN_NEXT = re.compile(r"\s+(?:signed\s+|reached\s+|struck\s+)?between\b", re.IGNORECASE)
_PROPOSED = re.compile(
    # (not who drafted a deal in force: "the US-proposed ceasefire")
    # (not a modal of telling: "I can confirm three meetings were held")
    rf"\b(?:(?:can|could|{_MAY}|might)(?!\s+(?:now\s+)?{_TELLING})|possible|possibly|likely"
    r"|(?<!-)proposed|proposes"
    # a condition set: "the army will only agree to a truce which includes ..."
    r"|only\s+(?:agree|accept|sign)(?:\s+to)?"
    # a yes held back: "refrained from saying he would accept a truce", "stopped short of"
    r"|refrained\s+from|stopped\s+short\s+of|declined\s+to\s+(?:say|commit|accept|endorse)"
    r"|(?<!-)suggested|offered"
    r"|ready\s+to|willing\s+to|open\s+to|if\s+(?:\w+\s+){0,3}\w+|hopes?\s+to|seek|seeks"
    # ("Ukraine sought talks"; not "a long-sought deal", nor the deal's own aim: "an
    # agreement that sought to protect civilians")
    r"|(?<!-)(?<!long\s)(?<!that\s)(?<!which\s)(?<!had\s)sought(?=\s+(?:a|an|new|further|direct"
    r"|talks|negotiations|dialogue|[\"“']))"
    # "expressed his willingness to engage in talks", "support for direct dialogue"
    r"|(?:willingness|readiness|preparedness|eagerness)\s+to"
    r"|(?:support|supports|supported|backing)\s+for(?!\s+(?:the|this|that|its|their)\b)"
    r"|(?<=,\s)provid(?:ed|ing)|provid(?:ed|ing)\s+that|on\s+condition|as\s+long\s+as"
    r"|call(?:ed|s|ing)?\s+(?:for|on|upon)|urged|urges|would\s+like|considering"
    r"|expects?\s+to|offers?\s+to)\b",
    re.IGNORECASE,
)
# A deal only talked of: "a mooted ceasefire", "a potential truce", "despite promises of a
# truce".
_MOOTED = re.compile(
    r"\b(?:mooted|floated|prospective|potential|envisaged|hoped-for|would-be|eventual"
    r"|(?:promises?|pledges?|vows?)\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# "its demand for talks", "pushed for a truce": asked for, not held (only just before
# the step: "agreed to a ceasefire after Egypt pushed for it" was reached)
# A deal as the content of a demand: "its demand that a ceasefire agreement include".
_DEMANDED_THAT = re.compile(
    r"\b(?:demand|demands|demanded|demanding|insist|insists|insisted|insistence|condition"
    r"|conditions|requirement)\s+that\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A deal in apposition to a proposal: "the original proposal — a 60-day ceasefire".
_PROPOSAL_IS = re.compile(
    # (not one agreed on: "agreed on the plan, a six-week ceasefire")
    r"(?<!agreed\son\sthe\s)(?<!accepted\sthe\s)(?<!approved\sthe\s)(?<!signed\sthe\s)"
    r"\b(?:proposal|plan|offer|initiative|draft|framework)\s*(?:,|—|–|--?|:)\s*(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_MOOTED_AFTER = re.compile(
    r"[^,.;]{0,60}?\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:first\s+|still\s+)?"
    r"(?:mooted|floated|suggested|put\s+forward|under\s+discussion|under\s+consideration"
    r"|being\s+(?:discussed|negotiated|considered|worked\s+out)|on\s+the\s+table)\b",
    re.IGNORECASE,
)
# A proposal taken up after it is told: "..., a ceasefire that took effect on Sunday",
# "..., was accepted by Hamas".
_TAKEN_UP = re.compile(
    r"\b(?:took|takes|taken|came|comes|went)\s+(?:into\s+)?(?:effect|force|hold)\b"
    r"|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:accepted|signed|agreed|approved"
    r"|adopted|reached|implemented)\b",
    re.IGNORECASE,
)
_BLOCKING = re.compile(
    r"\b(?:block\w*|obstruct\w*|sabotag\w*|derail\w*|torpedo\w*|undermin\w*|wreck\w*)\s+"
    r"(?:the\s+|a\s+|an\s+|any\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_DURING = re.compile(
    r"\b(?:during|amid|amidst)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_ASKED_FOR = re.compile(
    r"\b(?:demand|demands|demanded|demanding|request|requests|requested|requesting|appeal"
    r"|appeals|appealed|appealing|push|pushes|pushed|pushing|press|presses|pressed|pressing"
    r"|pleas?|pleaded|lobbied|lobbying|ask|asks|asked|asking|call|calls|called|calling)\s+for\s+"
    r"(?:[\w-]+\s+){0,3}$"
    # "insisting on direct talks": wanted, not held
    r"|\binsist(?:s|ed|ing)?\s+on\s+(?:[\w-]+\s+){0,3}$"
    # ("the need for the ceasefire agreed in January to hold" is the deal there is)
    r"|\bneeds?\s+for\s+(?!the\b|its\b|their\b|this\b|that\b)(?:[\w-]+\s+){0,3}$"
    # wanted with the step as object: "requested talks", "sought a meeting", "wants talks"
    r"|(?<!-)\b(?:request|requests|requested|requesting|demanded|demanding|seek|seeks|seeking|sought"
    r"|want|wants|wanted|wanting|need|needs|needed|desire|desires|desired)\s+"
    r"(?:(?:a|an|the|new|direct|further|more|immediate|urgent|peace|ceasefire|fresh)\s+){0,3}$"
    # "is seeking a three-month humanitarian ceasefire"
    r"|(?<!-)\b(?:seek|seeks|seeking|sought|requesting|demanding)\s+(?:a|an)\s+(?:[\w-]+\s+){1,3}$",
    re.IGNORECASE,
)

# "called upon the UN team and all relief groups to visit": someone asked to take the
# step, however long the list of those asked
_TAKE_UP = (
    r"(?:resume|return\s+to|begin|start|hold|restart|reopen|open|enter(?:\s+into)?"
    r"|engage\s+in|launch|join|attend|host)\s+(?:(?:the|a|an|new|fresh|urgent|direct"
    r"|substantive|peace|further|immediate|serious|meaningful)\s+){0,3}"
)
_ASKED_TO = re.compile(
    r"(?:(?:\b(?:call(?:ed|s|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?"
    r"|invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|press(?:es|ed|ing)?|need\s+for"
    # (a wish: "wanted Turkey to host new talks")
    r"|want(?:s|ed|ing)?|would\s+like|wish(?:es|ed)?)\s"
    r"[^.;]*\bto|\bmust|\bshould|\bought\s+to|\bneeds?\s+to)\s+(?:[a-z]+ly\s+)?"
    # what they are asked to do with it: "urged both leaders to resume negotiations"
    rf"(?:{_TAKE_UP})?"
    # ... or a second thing: "must implement a ceasefire and return to negotiations"
    r"|\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|must|should)\s[^.;]*\band\s+"
    rf"{_TAKE_UP})[\"“]?$",
    re.IGNORECASE,
)


_PLANNED = re.compile(
    # (not a cause: "due to a dispute over a port deal")
    r"\b(?:will|shall|to\s+be\s+held|scheduled|re-?scheduled|due\s+to(?!\s+(?:a|an|the|its|their|his|her|this"
    r"|that|these|those)\b)|set\s+(?:to|for)|slated|plans?\s+to"
    r"|planned|upcoming|invit(?:e|es|ed|ing|ation(?!\s+(?:of|from)\b))|to\s+(?:take\s+part|participate)\s+in"
    r"|to\s+(?:attend|join)"
    r"|next\s+(?:week|month|year|\w+day)|tomorrow|expected\s+to|is\s+to|are\s+to|would\s+hold"
    # a step to come as of a past day: "were to travel to Moscow later on Friday"
    # (not "were to have met": it did not happen; nor "what was to be the first round")
    r"|(?<!\bif\sit\s)(?<!\bif\sthey\s)(?<!\bif\swe\s)(?:was|were)\s+to"
    r"(?!\s+have\b)(?!\s+be\s+(?:the|a|an)\b)"
    r"|preparing|prepares|going\s+to|later\s+this\s+(?:week|month|year)|in\s+the\s+coming"
    r"\s+(?:days|weeks|months)|looking\s+to|to\s+schedule|intends?\s+to|planning\s+to"
    # "a meeting of the two leaders is being prepared"
    r"|(?:is|are)\s+(?:[a-z]+ly\s+)?being\s+(?:prepared|planned|organi[sz]ed|arranged|scheduled)"
    # "prepare for a summit", "instructed ministers to convene a session"
    r"|prepare\s+for|to\s+convene|to\s+organi[sz]e|to\s+arrange"
    # a mediator's task: "accepted a mandate to facilitate talks", "tasked to mediate"
    r"|(?:mandate|tasked|asked|agreed|offered|invited)\s+to\s+(?:help\s+)?(?:facilitate|mediate"
    r"|broker)"
    # a body sends someone: "tasked the ministers with travelling to Juba"
    r"|(?:tasked|mandated|charged|entrusted)\s+(?:[\w-]+\s+){1,9}?with)\b"
    # a step foreseen: "he expected a truce by Friday", "expects the summit" (not the
    # adjective: "the expected truce", "the long expected truce", "as expected")
    r"|(?<!\bthe\s)(?<!\blong\s)(?<!\ban\s)(?<!\bas\s)(?<!\bwidely\s)\bexpect(?:s|ed|ing)?"
    r"\s+(?:[\w-]+\s+){0,2}$"
    # a start decided: "decided, with Turkey's facilitation, to begin negotiations"
    r"|(?<!\bfailed\s)(?<!\brefused\s)(?<!\bdeclined\s)\bto\s+(?:begin|start|launch|open)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


_PAST = re.compile(
    r"\b(?:held|met|had|took\s+place|discussed|spoke|talked|struck|reached|signed"
    r"|agreed|concluded|sealed|brokered|was|were|have\s+been|has\s+been|yesterday|last\s+\w+"
    r"|earlier|ago|\w+ed)\b",
    re.IGNORECASE,
)


PRESENT_MEET = re.compile(r"^(?:meet|meets)$", re.IGNORECASE)
# "as Sisi meets Haftar": a clause of what goes on now beside the news.
_AS_NOW = re.compile(r"\bas\s+(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE)
_NOW = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|now)\b", re.I)


_NO_BEFORE = re.compile(r"\b(?:no|nor)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


_NOT_ON_AGENDA = re.compile(
    r"\b(?:is|was|are|were)\s+not\s+(?:on\s+the\s+agenda|planned|scheduled|envisaged|expected)",
    re.IGNORECASE,
)


_DENIED_BEFORE = re.compile(
    r"\b(?:no\s+(?:current\s+)?plans?\s+(?:for|to)|no\s+such|not\s+(?:hold|attend|join)"
    r"|(?:cancell?ed|called\s+off|postponed|ruled\s+out|rejected|boycotted))\b[^.;]*$",
    re.IGNORECASE,
)


_NOT_RULED_OUT = re.compile(
    r"\b(?:not|n't|cannot\s+be|can't\s+be)\s+(?:be\s+)?rul(?:ed|e)\s+out\b", re.IGNORECASE
)


# A signing still to come, before the deal's word: "scheduled to witness the formal
# signing of a ceasefire agreement", "ahead of the signing of the accord".
_SIGNING_TO_COME = re.compile(
    r"\b(?:(?:scheduled|expected|set|due|slated|planning|preparing|prepares|plans?|poised)\s+to"
    r"\s+(?:[\w-]+\s+){0,3}?|ahead\s+of\s+|upcoming\s+)(?:the\s+|a\s+|an\s+)?"
    r"(?:formal\s+|official\s+|upcoming\s+|planned\s+)?signing\s+(?:ceremony\s+)?(?:of|for)\s+"
    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)


_CANCELLED_LATER = re.compile(
    r"\b(?:has|have|had)\s+been\s+(?:postponed|cancell?ed|called\s+off|scrapped|delayed)"
    r"|\b(?:was|were)\s+(?:postponed|cancell?ed|called\s+off|scrapped)"
    r"|\b(?:postponed|cancell?ed|called\s+off|scrapped)\s+(?:the|his|her|their|its)\s+"
    r"(?:trip|visit|meeting|talks|summit)"
    # "The talks, which were scheduled for Sunday, will not take place now."
    r"|\b(?:will|would)\s+(?:not\s+now|no\s+longer)\s+(?:take\s+place|go\s+ahead|happen"
    r"|proceed|be\s+held)|\b(?:will|would)\s+not\s+(?:take\s+place|go\s+ahead|happen"
    r"|proceed|be\s+held)\s+now\b"
    # "the talks, scheduled for Sunday in Muscat, will not be held": a date set, then
    # dropped
    r"|,\s*(?:which\s+(?:was|were|had\s+been)\s+)?(?:scheduled|planned|set|due|slated)\b"
    r"[^,;.]{0,80},\s*(?:will|would)\s+(?:not|no\s+longer)\s+(?:take\s+place|go\s+ahead|happen"
    r"|proceed|be\s+held)\b"
    # (not moved: "will not take place in Istanbul but in Geneva"; put off is called off
    # for now: "until next week")
    r"(?!\s+(?:but\b|in\s+[\w-]+\s+but\b|there\s+but\b))"
    # "an extended truce signed between the two, which Bangkok suspended this week"
    r"|,\s*(?:which|that)\s+(?:[\w'’-]+\s+){1,3}?(?:later\s+|then\s+|has\s+|had\s+)?(?:suspended"
    r"|scrapped|cancell?ed|abandoned|annulled|revoked|tore\s+up|withdrew\s+from|pulled\s+out\s+of)\b"
    # "were scheduled to meet, but the meeting could not happen because ..."
    r"|\bbut\s+(?:the|this|that|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|call"
    r"|visit|trip|session|signing)\s+(?:could|did|would)\s+not\s+(?:take\s+place|go\s+ahead"
    r"|happen|be\s+held|materiali[sz]e)\b",
    re.IGNORECASE,
)


# The verbs of working a deal into being, in one list: "to broker a truce", "aimed at
# brokering a truce", "reach a ceasefire".
_DEAL_LEMMAS = """establish re-establish reach secure negotiate mediate broker conclude finalise
    finalize clinch seal forge restore revive salvage extend renew achieve""".split()
_SEEK = "|".join(_DEAL_LEMMAS + [r"hammer\s+out", r"work\s+out"])
_SEEKING = "|".join(inflect(lemma)[3] for lemma in _DEAL_LEMMAS)
_GOAL = re.compile(
    r"\b(?:try|trying|tried|attempt|attempts|bid|effort|efforts|seek|seeking|sought|push|hope"
    r"|hoped|hopes|hoping)\s+(?:by\s+(?:[\w-]+\s+){1,4}?)?to\s+(?:[\w-]+\s+){0,3}$"
    # "will continue to promote peace talks": a step to be furthered, with a word of its
    # kind (not "an initiative to promote dialogue"), is sought, not held or planned (not
    # "has long promoted peace talks, which it hosted")
    r"|\b(?:will|to|would)\s+(?:(?:continue|keep)\s+(?:to\s+)?)?(?:[a-z]+ly\s+)?"
    r"(?:promot(?:e|ing)|encourag(?:e|ing))\s+(?:a\s+|an\s+)?(?:(?:new|fresh"
    r"|direct|peace|political|renewed|further)\s+){1,3}$"
    # "ready to sign a deal" (not "keen to continue ongoing talks": they are held)
    r"|\b(?:wants?|wanted|wanting|willing|ready|keen|eager)\s+to\s+"
    r"(?!(?:continue|keep|maintain|pursue)\b)(?:[\w-]+\s+){0,3}$"
    # "is interested in striking a peace agreement", "keen on reaching a deal",
    # "optimistic about striking a deal"
    r"|\b(?:interested\s+in|keen\s+on|open\s+to|(?:optimistic|hopeful|confident|upbeat)"
    rf"\s+(?:about|of|on))\s+(?:{_SEEKING}|signing|striking)\s+(?:[\w-]+\s+){{0,3}}$"
    # "to help negotiate a ceasefire", "to finalize a truce agreement"
    # (not a thing done: "helped to broker a truce", "managed to reach a deal")
    r"|(?<!\bhelped\s)(?<!\bmanaged\s)(?<!\bable\s)"
    rf"\bto\s+(?:help\s+)?(?:[a-z]+ly\s+)?(?:{_SEEK}|{_SEEKING})\s+(?:[\w-]+\s+){{0,3}}$"
    # "working with our partners to facilitate a humanitarian truce" (a new one; not "to
    # facilitate the ongoing talks")
    r"|\bto\s+(?:help\s+)?facilitate\s+(?:an?\s+)(?:[\w-]+\s+){0,2}$"
    # "agreed to meet and quickly work out a ceasefire": the aim of the meeting
    rf"|\bto\s+[a-z]+(?:\s+[a-z]+){{0,3}}?\s+(?:and|or)\s+(?:[a-z]+ly\s+)?(?:{_SEEK})\s+"
    r"(?:[\w-]+\s+){0,3}$"
    # "talks aimed at brokering a ceasefire", "with a view to reaching a deal"
    r"|\b(?:aim(?:ed|ing|s)?\s+at|with\s+a\s+view\s+to|towards?|for"
    r"|(?:objective|goal|aim|purpose)\s+of)\s+"
    rf"(?:{_SEEKING}|agreeing)\s+(?:[\w-]+\s+){{0,3}}$"
    # "in the hope of agreeing a peace deal", "have been working hard on a deal": sought
    rf"|\bhopes?\s+of\s+(?:{_SEEKING}|agreeing|getting|striking)\s+(?:[\w-]+\s+){{0,3}}$"
    r"|\b(?:is|are|am|has\s+been|have\s+been)\s+(?:\w+\s+)?working\s+(?:\w+\s+)?(?:on|towards?|for)"
    r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$"
    # "talks on securing a ceasefire"
    rf"|\b(?:talks|negotiations|discussions)\s+on\s+(?:{_SEEKING})\s+(?:[\w-]+\s+){{0,3}}$"
    # a deal in the making: "are negotiating a truce", "drafting a ceasefire agreement",
    # "to work on the text of a ceasefire agreement"
    rf"|\b(?:is|are|was|were|been)\s+(?:still\s+)?(?:{_SEEKING}|drafting|hammering\s+out)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$"
    r"|\b(?:draft(?:s|ed|ing)?|work(?:s|ed|ing)?\s+on\s+the\s+(?:text|draft|wording|terms"
    r"|details)\s+of)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$"
    # one aim of a list after "to": 'efforts to "achieve calm, reach a ceasefire"'
    rf"|(?:[,“\"]|\band)\s+(?:{_SEEK})\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}$"
    # "appealing to both leaders to agree to an immediate ceasefire"
    r"|\b(?:urg\w*|appeal\w*|call\w*\s+(?:on|upon)|ask\w*|press\w*|push\w*|expect\w*)\b[^.;]{0,60}?"
    r"\bto\s+(?:agree\s+(?:to|on)|sign|accept|reach|conclude|commit\s+to|confirm)\s+"
    r"(?:[\w-]+\s+){0,4}$"
    # "restart talks toward a deal", "progress towards a truce"
    r"|\btowards?\s+(?:a|an|any|the\s+(?:possible|potential))\s+(?:[\w-]+\s+){0,2}$"
    # "stressed the importance of the sides entering substantive negotiations"
    r"|\b(?:importance|need|necessity|urgency)\s+(?:of|for)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:entering|starting|holding|resuming|beginning|launching|opening|returning\s+to"
    r"|reaching|agreeing|signing)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# What talks just told aim at: "talks on a Gaza ceasefire", "talks aimed at brokering a
# truce", "engage in the talks towards a cease-fire": a deal not yet there (not "talks
# on the ceasefire signed in May").
_GOAL_OF_TALKS = re.compile(
    r"\b(?:talks|negotiations|discussions|consultations|dialogue|meetings?)\b[^.;,]{0,60}?"
    r"\b(?:on|about|over|regarding|concerning|towards?|for|aim(?:ed|ing|s)?\s+(?:at|to)"
    rf"|to\s+(?:help\s+)?(?:{_SEEK}))"
    r"\s+(?:[\w-]+\s+){0,2}?(?:a|an|any)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def ended_without(text: str, start: int, folded: str | None = None) -> bool:
    """Whether the deal at ``start`` is one that something ended without ("broke up
    without a deal", "left without signing a truce"): not made, and told of the past."""
    low = fold(text) if folded is None else folded
    lo = max(0, start - 150)
    return _WITHOUT_CB.found(text[lo:start], folded=low[lo:start])


def goal_of_talks(text: str, start: int) -> bool:
    """Whether the deal at ``start`` is only what talks named just before aim at."""
    return _GOAL_OF_TALKS.search(text, max(0, start - 110), start) is not None


# A go-between at work on talks, which are then going on: "has been mediating the talks".
_GO_BETWEEN_AT_WORK = re.compile(
    r"\b(?:has|have|had)\s+been\s+(?:mediating|brokering|facilitating)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# The subject of talks, not a deal made: "talks on a Gaza ceasefire", "discussed a
# possible truce", "efforts for a new agreement"; a truce that holds only once it is
# reached: "will stop its attacks once a ceasefire is reached".
_TOPIC = re.compile(
    r"\b(?:talks|negotiations|discussions|consultations|contacts|efforts|meetings?|push|bid"
    r"|progress|hopes?)\b[^.;,]{0,40}?\s(?:on|about|over|for|regarding|concerning)\s+"
    r"(?:a|an|any|possible|potential|new)\s+(?:[\w-]+\s+){0,2}$"
    r"|\bdiscuss(?:ed|es|ing)?\s+(?:a|an|any|possible|potential)\s+(?:[\w-]+\s+){0,2}$"
    r"|\b(?:once|unless)\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}$"
    # "talks with Russia on prisoner swaps": what talks are about, in the plural
    r"|(?<!\bhe\s)(?<!\bshe\s)(?<!\bwho\s)\b(?:talks|negotiations|discussions|consultations)\b"
    r"[^.;,]{0,40}?\s(?:on|about|over"
    r"|regarding|concerning)\s+(?:the\s+)?(?:new\s+|further\s+|more\s+|planned\s+)?$"
    # what stands in the way of a deal or leads to it: "a key hurdle to a peace deal",
    # "work towards a peace agreement", "cleared the way for the signing of a treaty"
    r"|\b(?:(?:hurdles?|obstacles?|barriers?|impediments?|stumbling\s+blocks?)\s+(?:to|for)"
    r"|(?:work(?:ed|s|ing)?|progress)\s+towards?|clear(?:ed|s|ing)?\s+the\s+way\s+for)"
    r"\s+(?:the\s+signing\s+of\s+|reaching\s+)?(?:a|an|any)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# Not reached yet, still sought: "had not reached a final deal with Baku", "have yet to
# sign a peace treaty".
_NOT_YET = re.compile(
    r"\b(?:(?:has|had|have)\s+not|hasn't|hadn't|haven't|(?:has|had|have)\s+yet\s+to"
    r"|fail(?:ed|s|ing)?\s+to)\s+"
    r"(?:yet\s+)?(?:reached|signed|sealed|struck|concluded|agreed\s+(?:on|to)|reach|sign|agree"
    r"\s+(?:on|to)|yielded|produced|delivered|brought|yield|produce|deliver|bring"
    r"|secured|secure)\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
# A deal kept or broken is one made: "to respect a ceasefire", "to abide by the truce".
# (a known one, "the truce", or one made, "a truce brokered by Egypt": "to observe an
# immediate ceasefire" asks for a new one)
_UPHOLD = re.compile(
    r"\bto\s+(?:respect|observe|abide\s+by|hono(?:u)?r|uphold|implement|adhere\s+to|comply\s+with"
    r"|stick\s+to)\s+(?:(?P<known>the|its|their|this|that)|a|an)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_AGREED_TO_DO = re.compile(
    r"\b(?:agreed|agrees|decided)\b(?:\s+[\w-]+){0,3}?\s+to\s+(?:extend|renew|restore"
    r"|reach|establish|sign|implement|conclude|secure)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: The verbs of setting talks going: "agreed to start talks", "agreed to hold talks".
START_VERBS = "start|hold|resume|begin|launch|open|continue"
_AGREED_TO_START = re.compile(
    r"\b(?:agreed|agree|agrees|agreeing|decided|decide|deciding|plan|plans|planned|planning)\s+"
    # ("agreed on Friday to resume talks": the day of agreeing between)
    r"(?:on\s+\w+day\s+|last\s+\w+\s+|earlier\s+)?"
    # "agreed to a ceasefire and to start talks", "agreed to halt fire and begin talks"
    rf"(?:to\s+[^.;]{{0,60}}?\band\s+(?:to\s+)?|to\s+)(?:{START_VERBS})"
    # ("agreeing to hold a new round of negotiations")
    r"\s+(?:[\w\x22\u201c\u201d-]+\s+){0,4}[\x22\u201c]?$",
    re.IGNORECASE,
)


# What was made at a step told after it: "agreed in talks with", "reached at the summit".
# A deal told as made, by an adjective before its word: "the agreed ceasefire", "their
# signed accord", "Russia and Ukraine's agreed-upon joint declaration".
_MADE_ADJECTIVE = re.compile(
    r"\b(?:the|their|its|this|that|[\w-]+['’]s?)\s+(?:newly\s+|recently\s+|already\s+)?"
    r"(?:agreed(?:-upon|\s+upon)?|signed|concluded)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_TO_SIGN_BEFORE = re.compile(
    r"\b(?:will|to|shall|would)\s+(?:\w+\s+)?(?:sign|ink|finali[sz]e|implement|seal|approve"
    r"|ratify)\s+$",
    re.IGNORECASE,
)
_MADE_AT = re.compile(
    r"\b(?:agreed|reached|struck|sealed|hammered\s+out|set|made|brokered)\s+(?:in|at|during)\s+"
    r"(?:(?:the|a|an|last\s+year's|last\s+week's)\s+)?$",
    re.IGNORECASE,
)
# ... unless it is yet to be made there: "a truce can be reached at talks", "terms to
# be agreed at talks next week", "agreed in talks due next week".
_NOT_YET_MADE = re.compile(
    r"\b(?:be|can|could|would|will|may|might|to|hopes?|hoped|expects?|expected)\s+"
    r"(?:be\s+)?$",
    re.IGNORECASE,
)
_AHEAD = re.compile(
    r"[^.;]{0,60}?\b(?:due|next|planned|scheduled|expected|upcoming|later\s+this|set\s+to"
    r"|to\s+be\s+held|hopes?\s+to)\b",
    re.IGNORECASE,
)
# Broken off, right before or after the step (not "broke off a visit to meet X": cut
# short, the next step goes ahead).
_BROKE_OFF_BEFORE = re.compile(
    r"\bbr(?:oke|oken|eak|eaks|eaking)\s+off\s+(?:[\w-]+\s+){0,3}$"
    # a party leaving them: "has withdrawn from peace talks", "walked out of the talks"
    r"|(?<!\bnot\s)\b(?:withdr(?:ew|awn)|pulled\s+out|walked\s+out)\s+(?:from|of)\s+"
    r"(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_BROKE_OFF_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,8}?\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:largely\s+|abruptly\s+)?"
    r"(?:broke|broken)\s+off\b",
    re.IGNORECASE,
)
# "must implement the ceasefire agreement it signed": a deal there is
_THE_DEAL_BEFORE = re.compile(
    r"\b(?:implement|respect|honou?r|observe|uphold|abide\s+by)\s+(?:the|its|their|this)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_WITHOUT = re.compile(
    r"\bwithout\s+(?:signing|agreeing|reaching|concluding)\s+(?:[\w-]+\s+){0,3}$"
    # "broke up without a deal", "ended without any agreement"
    r"|\bwithout\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}$"
    # "ending four days of negotiations without agreement"
    r"|\bwithout\s+(?:(?:final|formal|firm|concrete|lasting)\s+)?$"
    r"|\b(?:refused|declined|failed)\s+to\s+(?:sign|agree|reach)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


# A step only thought of: "any deal", "a future summit", "prospects for a summit", "the
# possibility of talks".
_HYPOTHETICAL = re.compile(
    r"\b(?:any|an?\s+(?:future|eventual|potential|prospective|hypothetical))\s+(?:[\w-]+\s+)?$"
    r"|\b(?:prospects?|possibility|possibilities|chances?|likelihood|odds|hopes?|idea)\s+(?:of|for)"
    r"\s+(?:(?:a|an|any|the|new|further|future|direct|possible)\s+)?(?:[\w-]+\s+){0,2}$"
    # a step drawing near is not there yet: "close to reaching a truce", "on the verge of
    # a deal", "nearing an agreement"
    r"|\b(?:close(?:r)?|near(?:er)?|nearing|on\s+the\s+(?:verge|brink|cusp)\s+of|within\s+reach\s+of"
    r"|edg(?:e|es|ed|ing)\s+(?:closer\s+)?(?:to|towards?))\s+(?:to\s+)?"
    rf"(?:(?:{_SEEKING}|agreeing(?:\s+(?:on|to))?|striking)\s+)?"
    r"(?:(?:a|an|the|final|full)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A deal awaited: "will fight on until a ceasefire", "pending a truce" (not "until a
# truce was agreed in January").
_AWAITED = re.compile(r"\b(?:until|pending)\s+(?:a|an)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# ... or what will not be, or must wait, before one: "would hold no talks before a truce",
# "was unwelcome in Beirut before a ceasefire" (not what went on before one came: "the
# war killed 6,500 in six weeks before a truce", "raged before a truce took effect")
_NOT_BEFORE = re.compile(
    r"\b(?:(?:will|would|could|can|shall|must)\s+(?:not|never)|won't|wouldn't|cannot|can't"
    r"|refus\w+|unwelcome|no)\b"
    r"[^.;]{0,100}\bbefore\s+(?:a|an)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_CAME = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:was|were|is|has|had|took|came|went|began|started|entered|kicked|held)\b",
    re.IGNORECASE,
)
#: The participles of a deal made, one list for every rule that reads them.
MADE = "signed|agreed|reached|brokered|struck|sealed|concluded|clinched"
#: Verbs that make a deal public or binding, beside those that make it (MADE).
ALSO_MADE = "announced|mediated|declared|unveiled|approved|endorsed|ratified|initiall?ed|accepted"
#: An agreement named as what an act was done under, or broke ("in breach of the truce").
_UNDER = re.compile(
    r"\b(?:as\s+(?:a\s+)?part\s+of|under|in\s+(?:line|keeping|accordance|compliance)\s+with"
    r"|pursuant\s+to|per|(?:with)?in\s+the\s+framework\s+of|under\s+the\s+terms\s+of"
    r"|in\s+(?:violation|breach)\s+of|violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?"
    r"|(?:broke|break|breaks|breaking)(?!\s+(?:off|down|up|away)\b))"
    r"\s+(?:the|a|an|its|their|this|that|last\s+\w+['’]s)?\s*"
    rf"(?:(?!(?:to|for|on|in|and|or|of|that|which|with|{MADE}|{ALSO_MADE}|rejected|backed)\s)"
    r"[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
UNDER_CB = CaseBlind(_UNDER)
_MADE_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,6}?(?:was|were|had\s+been|has\s+been|is)\s+(?:\w+ly\s+)?"
    rf"(?:{MADE}|announced|declared)\b",
    re.IGNORECASE,
)
# A deal still far off: "a peace deal appears far from imminent", "a truce remains elusive".
_FAR_OFF = re.compile(
    r"^\s+(?:[\w-]+\s+){0,5}?(?:appears?|seems?|looks?|remains?|is|was|were|are)\s+(?:still\s+)?"
    r"(?:far\s+(?:from|off)|elusive|distant|remote|a\s+long\s+way\s+off|out\s+of\s+reach"
    # (not "a ceasefire that is unlikely to hold": one made, not expected to last)
    r"|unlikely(?!\s+to\s+(?:hold|last|survive|stick|endure))"
    r"|not\s+(?:imminent|in\s+sight|close)"
    # near, but not made: "a truce agreement is close", "a deal appears imminent"
    r"|(?:very\s+|now\s+|so\s+|getting\s+)?(?:close|near|imminent|within\s+reach|in\s+sight)"
    # "a ceasefire is urgently needed": wanted, not made
    r"|(?:\w+ly\s+)?(?:needed|required|necessary|essential|vital|urgent)"
    # "a meeting between them is possible": may come
    r"|(?:possible|likely(?!\s+to\s+(?:hold|last|survive|stick|endure|collapse|fail))"
    r"|(?:still\s+)?on\s+the\s+(?:cards|table)|an\s+option|not\s+ruled\s+out))\b",
    re.IGNORECASE,
)
# "backed an immediate ceasefire", "supports a truce": a deal wished for, not made
_BACKED = re.compile(
    r"\b(?:back(?:s|ed|ing)?|support(?:s|ed|ing)?|endors(?:e|es|ed|ing)|favou?r(?:s|ed|ing)?"
    r"|advocat(?:e|es|ed|ing))\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "a grain deal signed by Russia and Ukraine": made, whoever backs it
_MADE_PARTICIPLE = re.compile(
    rf"^\s+(?:(?:agreement|deal|accord|pact|treaty)\s+)?(?:{MADE})\b", re.IGNORECASE
)
# A deal that ran out or was ended: "the ELN ended a ceasefire", "the truce expired".
_ENDED_BEFORE = re.compile(
    r"(?<!\bthat\s)(?<!\bwhich\s)\b(?:ended|ends|ending|end\s+to|expiry\s+of|expiration\s+of"
    # "decided not to renew a ceasefire", "refused to extend the truce"
    r"|(?:not|refused|declined)\s+to\s+(?:renew|extend|prolong)|(?:did\s+not|didn['’]t)\s+(?:renew|extend)"
    # ("declaring the end of the ceasefire", not a day to come: "at the end of the truce")
    r"|lapse\s+of|(?:declar|announc|proclaim)\w*\s+the\s+end\s+of"
    # "the M23 broke a ceasefire agreement"
    r"|(?<!\bnever\s)(?<!\bnot\s)broke)"
    r"\s+(?:a|an|the|its|their|this|that)\s+"
    r"(?:(?!(?:after|before|with|when|as|of|in|on|at|by)\b)[\w-]+\s+)?$",
    re.IGNORECASE,
)
# The deal as the subject of its own end, the verb with no object: "the truce expired
# on Aug. 3", "Similar agreements in 2014 and 2017 all fell apart" (not another clause's,
# "a truce was agreed after talks collapsed", nor "a truce that ended 11 days of fighting").
ENDED_AFTER = re.compile(
    r"(?:(?!\b(?:that|which|after|before|when|while|as|because|since|until|but|talks"
    r"|negotiations)\b)[^.;]){0,80}?\b(?:has\s+|had\s+|have\s+)?(?:all\s+|later\s+|soon\s+"
    # (a verb, not an adjective: "an expired U.N. truce", "an open-ended ceasefire")
    r"|quickly\s+)?(?<!-)(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)"
    r"(?:ended|expired|lapsed|ran\s+out|fell\s+apart|collapsed|broke\s+down"
    r"|unravell?ed|came\s+to\s+an\s+end|(?<=\bhas\s)come\s+to\s+an\s+end"
    r"|(?<=\bhad\s)come\s+to\s+an\s+end)\b"
    r"(?!\s+(?:the|a|an|\d|more|weeks|days|months|years"
    r"|\w+\s+(?:of|years|months|weeks|days))\b)",
    re.IGNORECASE,
)
#: A deal declared over: "declaring the 1991 ceasefire null and void".
_DECLARED = re.compile(
    r"\bdeclar(?:e|es|ed|ing)\s+(?:a|an|the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I
)
_VOID_AFTER = re.compile(
    r"^(?:\s+(?!and\b|that\b|which\b)[\w'’-]+){0,4}?\s+(?:null\s+and\s+void|void|dead|finished)\b"
    # ("declared the truce over", not "a truce over Easter")
    r"|^(?:\s+(?:with|between)\s+[\w\s'’-]{1,40}?)?\s+over\s*(?:[,.;:]|$|\s+(?:on|after|by|in\s+a)\b)",
    re.I,
)
#: A deal that failed, right after its word and its sides: "the truce between them failed".
_FAILED_AFTER = re.compile(
    r"(?:\s+between\s+[\w\s'’-]{1,40}?)?\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?failed\b"
    r"(?!\s+to\s+(?:meet|stop|prevent|end|halt|deter|win|secure|satisfy|address|include|reach"
    r"|produce|bring|deliver)\b)",
    re.IGNORECASE,
)
#: What was only sought, before a deal's word: "the proposal for a truce", "talks on a".
_SOUGHT_BEFORE = re.compile(
    r"\b(?:proposals?|plans?|talks|negotiations|efforts?|bids?|attempts?|push|mediation|hopes?"
    r"|calls?)\s+(?:for|on|to\s+\w+|towards?)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# Someone asked to make a deal: "urged both sides to agree to a ceasefire".
_ASKED_TO_MAKE = re.compile(
    r"(?:\b(?:call(?:ed|s|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?"
    r"|press(?:es|ed|ing)?|encourag(?:e|es|ed|ing)|need\s+for)\s[^.;]{0,120}?\bto"
    # ("both sides must implement a ceasefire")
    r"|\bmust|\bshould|\bneeds?\s+to)\s+"
    r"(?:[^.;]{0,80}?\band\s+)?(?:\w+ly\s+)?(?:agree|accept|sign"
    # ("called on all parties to observe an immediate ceasefire": a new one; "the
    # ceasefire" is one in force, read before this)
    r"|observe|respect|abide\s+by|uphold|hono(?:u)?r"
    r"|reach|conclude|establish|implement|take\s+(?:[\w-]+\s+){0,2}steps\s+to\s+establish"
    r"|negotiate|seal|strike|finali[sz]e)\s+(?:to\s+|on\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A break only feared: "threatened to return to war if the truce collapsed".
_IF_BEFORE = re.compile(
    r"\b(?:if|unless|should|lest|in\s+case|whether)\b"
    # (not a break told after the condition: "unclear if talks would resume after the
    # ceasefire collapsed")
    r"(?:(?!\b(?:after|when|since|because|as|once)\b)[^,;])*$",
    re.IGNORECASE,
)
# A headline or a caption: no full stop at its end, its present the news of the day
# ("Putin meets Erdogan in Sochi").
_HEADLINE_END = re.compile(r"[^.!?:;\"”'’…)\s]\s*$")


def _status(text: str, t: re.Match[str], kind: str, folded: str | None = None) -> str:
    """The step's status; ``folded``: the sentence folded (briefings.nlp.folding), for
    the case-blind tests, which read it rather than fold each stretch again."""
    low = fold(text) if folded is None else folded
    # The clause around the trigger: from the last break before it to the next after.
    lo = max(text.rfind(",", 0, t.start()), text.rfind(";", 0, t.start()), -1) + 1
    lo = max(lo, _clause_span(text, t.start())[0])
    pre_at = max(lo, t.start() - 150)
    pre = text[pre_at : t.start()]
    pre_low = low[pre_at : t.start()]
    hi_c = [i for i in (text.find(",", t.end()), text.find(";", t.end())) if i != -1]
    post_end = min(hi_c) if hi_c else len(text)
    post = text[t.end() : post_end]
    post_low = low[t.end() : post_end]
    around = pre + t.group(0) + post
    around_low = low[pre_at:post_end]  # (pre, the trigger and post are one stretch)
    wide_at = max(0, t.start() - 150)
    wide = text[wide_at : t.start()]
    wide_low = low[wide_at : t.start()]
    if ended_without(text, t.start(), low):
        return "not_planned"  # "left without signing a ceasefire agreement"
    if kind == "agreement" and _BLOCKING.search(text, max(0, t.start() - 40), t.start()):
        return "not_planned"  # "accused Russia of blocking a prisoner swap"
    if kind == "talks" and _DURING.search(text, max(0, t.start() - 40), t.start()):
        return "held"  # "rejected proposals during faltering talks": the talks went on
    if (
        (made := _MADE_AT.search(text, max(0, t.start() - 40), t.start())) is not None
        and not _NOT_YET_MADE.search(text, max(0, made.start() - 25), made.start())
        and not _AHEAD.match(text, t.end())
    ):
        return "held"  # "a deadline agreed in talks with the Taliban": the talks took place
    if (
        kind in ("meeting", "talks")
        and _GATHERING.match(t.group(0))
        and (away := _STAYS_AWAY.search(pre[-60:])) is not None
        and not _CANCELLED_CB.found(text, t.end(), len(text), low)
        # (not talks of two, one of whom stays away: "would not attend the talks with
        # the government" leaves none to hold)
        and not (kind == "talks" and _WITH_THE_OTHER.match(post))
    ):
        # "Netanyahu will not attend Monday's summit": the summit goes on without him
        return "planned" if away.group("ahead") else "held"
    if _NOT_RULED_OUT_CB.found(wide, folded=wide_low):
        return "proposed"  # "it is not ruled out that they will meet"
    if (
        (
            _NOT_PLANNED_CB.found(pre, folded=pre_low)
            # (not another's step rejected: "Somalia rejected Ethiopia's deal with
            # Somaliland", "rejected the deal between A and B" stands)
            and not _OTHERS_STEP_REJECTED.search(pre)
            and not (_REJECTED_THE.search(pre) and _BETWEEN_NEXT.match(post))
        )
        or _NO_BEFORE.search(pre)  # "said that no talks with Norland were planned"
        or _IS_NOT.match(post)
        or _NOT_ON_AGENDA.search(post)
    ):
        if _REFUSAL_REVERSED.match(text, t.end()) and _EARLIER_REFUSAL.search(pre):
            return "planned"  # "had initially opposed talks but agreed to take part"
        return "not_planned"
    if kind in ("talks", "meeting", "call") and (
        _BROKE_OFF_BEFORE.search(pre[-40:]) or _BROKE_OFF_AFTER.match(text, t.end())
    ):
        return "cancelled"  # "talks broke off in April", "Israel broke off talks with Hamas"
    if (
        (halt := _HALTED_BEFORE.search(pre, max(0, len(pre) - 80))) is not None
        and not _HALT_HEDGED.search(pre, max(0, halt.start() - 40), halt.start())
        and not _HALT_UNDONE_AFTER.match(text, t.end())
    ):
        return "cancelled"  # "ordered the suspension of peace talks", "declares end to talks"
    # (what the step itself does is no end of it: "a ceasefire suspending the war", "took
    # effect after a delayed start")
    acts = _STEP_ACTS.match(post) or (kind == "agreement" and _TOOK_EFFECT.match(post))
    told = (pre + t.group(0), pre_low + low[t.start() : t.end()]) if acts else (around, around_low)
    if (_CANCELLED_CB.found(told[0], folded=told[1]) and not _feared(told[0])) or search_from(
        _CANCELLED_LATER, text, t.end()
    ):
        return "cancelled"
    if kind == "agreement" and (
        _ENDED_BEFORE.search(pre[-50:])
        or (
            ENDED_AFTER.match(text, t.end())
            and not _IF_BEFORE.search(text, max(0, t.start() - 60), t.start())
        )
    ):
        return "cancelled"  # "the ELN ended a ceasefire", "the truce expired on Aug. 3"
    if kind == "agreement" and _DECLARED.search(pre[-60:]) and _VOID_AFTER.match(post):
        return "cancelled"  # "declaring the 1991 ceasefire null and void"
    if (
        kind == "agreement"
        and _FAILED_AFTER.match(text, t.end())
        and not _SOUGHT_BEFORE.search(text, max(0, t.start() - 50), t.start())
    ):
        return "cancelled"  # "the truce between them failed within hours" (not a proposal)
    if (
        kind == "agreement"
        and (made_adj := _MADE_ADJECTIVE.search(pre, max(0, len(pre) - 60))) is not None
        # ("will formally sign the agreed grain deal": a signing to come)
        and not _TO_SIGN_BEFORE.search(pre, max(0, made_adj.start() - 40), made_adj.start())
    ):
        return "concluded"  # "the agreed-upon joint declaration will lay the groundwork"
    if _ONGOING.match(text, t.end()):
        return "held"  # "negotiations being conducted in Doha"
    if (
        _HYPOTHETICAL.search(pre[-60:])
        or _FAR_OFF.match(post)
        or (
            (_AWAITED.search(pre[-40:]) or (kind == "agreement" and _NOT_BEFORE.search(wide)))
            and not _MADE_AFTER.match(post)
            and not _CAME.match(post)
        )
    ):
        return "proposed"  # "any deal", "prospects for a summit", "a deal is far off"
    if (
        kind != "agreement"
        and _AGREED_TO_START_CB.found(text, max(0, t.start() - 120), t.start(), low)
    ) or (kind in ("meeting", "visit", "call", "talks") and AGREED_TO.search(pre[-70:])):
        return "planned"  # "agreed to start negotiations", "agreed to meet in May"
    if (
        (plan := _IN_A_PLAN.match(text)) is not None
        # (the modal before the step's word, or right after it: "a ceasefire would be")
        and _MODAL_VERB.search(text, plan.end(), min(len(text), t.end() + 12))
        and not _MADE_SINCE_PLAN.search(text, plan.end(), t.start())
    ):
        # "Under the Egyptian proposal, the two sides would hold talks in Cairo": what a
        # plan says will happen is put forward, not planned
        return "proposed"
    if kind == "agreement":
        if _AGREED_THAT_THERE.search(pre[-120:]):
            return "concluded"  # "it has been agreed that there will be a ceasefire"
        if (uphold := _UPHOLD.search(pre[-50:])) and (
            uphold.group("known") or _MADE_PARTICIPLE.match(post)
        ):
            return "concluded"  # "urged both sides to respect the ceasefire": one in force
        if _MAY_LEAD_TO.search(pre[-80:]):
            return "proposed"  # "hope that the talks would lead to a limited ceasefire"
        if _OUGHT_TO_MAKE.search(pre[-80:]) or _HOPED_TO_COME.search(pre[-120:]):
            # "we should not limit ourselves to signing a peace treaty", "hopes that the
            # ministers will finalize a peace treaty": a deal wished for, not made
            return "proposed"
        if _AGREED_TO_DO.search(pre[-90:]):
            return "concluded"  # "agreed on Sunday to extend the truce": done, no goal
        if _DRAFT_BEFORE.search(pre[-30:]):
            return "proposed"  # "reached a draft deal": its text, not the deal made
        if _NOT_YET.search(pre[-80:]) or _NOT_MADE_AFTER.match(post):
            # "had not reached a final deal", "an agreement has not been reached": still
            # sought
            return "proposed"
        if _ASKED_TO_MAKE.search(wide) and not _THE_DEAL_BEFORE.search(pre[-40:]):
            return "proposed"  # "urged both sides to agree to a ceasefire"
        if (
            _PART_OF_A.search(pre[-50:])
            and _MODAL_VERB.search(wide)
            and not _TAKEN_UP.search(text, t.end())
        ):
            return "proposed"  # "could not join NATO as part of a peace deal": one to come
        if (
            _PROPOSAL_FOR.search(pre[-50:])
            or _PROPOSAL_AFTER.match(post)
            or _PLAN_HOLDS.search(text, max(0, t.start() - 250), t.start())
        ):
            return "proposed"  # "accepted a US proposal for a ceasefire", "a truce plan"
        if (
            _DEMANDED_THAT.search(wide)
            or _MOOTED.search(pre[-40:])
            or _MOOTED_AFTER.match(post)
            or (_offered(wide) and not _TAKEN_UP.search(text, t.end()))
        ):
            # "Hamas' demand that a ceasefire agreement include ...", "to return to the
            # original proposal, a 60-day ceasefire": asked for, or offered
            return "proposed"
        if (
            _PROPOSED_CB.found(pre[-60:], folded=pre_low[-60:])
            # (not a relative clause of what the deal may bring: "a deal that could
            # lead to the release of hostages")
            or _PROPOSED_CB.found(
                post[: (cut := _relative_cut(post, 40) if _MADE_VERB.search(wide) else 40)],
                folded=post_low[:cut],
            )
            or _GOAL_CB.found(wide, folded=wide_low)
            or _ASKED_FOR.search(pre[-60:])
            or _TOPIC.search(pre[-70:])
            or (_BACKED.search(pre[-50:]) and not _MADE_PARTICIPLE.match(post))
        ):
            return "proposed"
        if _SIGNING_TO_COME.search(text, max(0, t.start() - 120), t.start()):
            return "planned"  # "is scheduled to witness the formal signing of a ceasefire"
        if TO_BE_SIGNED.match(post) or _TO_TAKE_PLACE.match(post):
            # "the agreement between them will be signed on Thursday", "a prisoner
            # exchange is expected to take place on Monday"
            return "planned"
        if UNDER_CB.found(pre[-60:], folded=pre_low[-60:]):
            return "concluded"  # "prisoners will be freed under the ceasefire deal": in force
        if _PLANNED_CB.found(pre[-40:], folded=pre_low[-40:]) or _WOULD_AFTER.match(post):
            return "planned"
        return "concluded"
    if (
        _DURING_A_PAST.search(pre)
        and not _PLANNED_CB.found(pre, folded=pre_low)
        and not _WISHED.search(pre[-50:])
        and not _PLANNED_CB.found(post[:60], folded=post_low[:60])
    ):
        # "urged him to accept a truce during a visit to Cairo last week": what was done
        # during it was done, so it took place
        return "held"
    if _MADE_TO_CONVENE.search(pre):
        return "held"  # "the killings prompted Egypt to convene an emergency meeting"
    if (
        _JOURNEY_MADE_FOR.search(pre)
        and not _PLANNED_CB.found(post[:60], folded=post_low[:60])
        and not _A_DAY_AFTER.match(post)
    ):
        # "travelled to Bangkok on Thursday to meet Anwar", "flew to Istanbul to attend
        # a summit": the journey made, the step it was for took place
        return "held"
    if (
        _PROPOSED_CB.found(pre[-60:], folded=pre_low[-60:])
        # (not a relative clause of what the step may bring: "in a session that could
        # decide the war")
        or _MODAL_CB.found(post[: (cut := _relative_cut(post, 100))], folded=post_low[:cut])
        or _ASKED_FOR.search(pre[-60:])
        or _ASKED_TO.search(pre)
        or (
            (rel := _PROPOSED_IN_RELATIVE.match(text, t.end())) is not None
            and not _HELD_AFTER.search(text, rel.end(), rel.end() + 60)
        )
    ):
        return "proposed"
    if _NO_DATE_YET.search(pre[-100:]):
        return "proposed"  # "have still not agreed on a date and venue of the next meeting"
    if _GO_BETWEEN_AT_WORK.search(pre[-40:]):
        return "held"  # "Oman has been mediating the talks": they go on
    if _GOAL_CB.found(wide, folded=wide_low):
        return "proposed"
    if PRESENT_MEET.match(t.group(0)) and (
        _NOW.search(post[:80])
        or (_HEADLINE_END.search(text) and not _PLANNED_CB.found(around))
        or _AS_NOW.search(pre[-40:])
    ):
        # "Delegations meet in Pretoria today", "Putin meets Erdogan in Sochi", "... as
        # Sisi meets Haftar in Cairo"
        return "held"
    # (what another thing is ahead of says nothing of this step: "arrived on Monday ahead
    # of Cairo's planned deployment")
    # ("a meeting of the two leaders is potentially being prepared": words enough)
    own = _ANOTHER_TIME.search(post, 0, 70)
    own_end = own.start() if own is not None else 70
    if t.group(0).lower() in ("met", "held", "convened", "gathered") and (
        prep := _PREPARING_ANOTHER.search(post, 0, own_end)
    ):
        own_end = prep.start()
    if kind == "visit" and (purpose := _FOR_ANOTHER.search(post, 0, own_end)) is not None:
        own_end = purpose.start()  # "arrived in Ankara for a long-planned meeting"
    if (
        _AHEAD_OF.search(pre[-60:])
        or _COMES_BEFORE.search(pre[-80:])
        or (
            _AFTER_DOING.search(pre[-12:])
            and t.group(0).lower().endswith("ing")
            and (later := _WILL_LATER.match(text, t.end())) is not None
            and not _GONE_BY.search(text, t.end(), later.end())
        )
        or _PLANNED_CB.found(pre[-50:], folded=pre_low[-50:])
        or _PLANNED_CB.found(post[:own_end], folded=post_low[:own_end])
        or PRESENT_MEET.match(t.group(0))
        or _WOULD_BEFORE.search(pre[-120:])
        # "said talks with Kyiv would resume in Istanbul", "The meeting between the two
        # presidents will begin late on Friday"
        or _WILL_HAPPEN.search(post[:120])
        # "is expected to attend the signing of the accord during the ASEAN summit": the
        # gathering it is to happen at is to come too
        or (_DURING_THE.search(pre) and _PLANNED_CB.found(pre, folded=pre_low))
    ):
        return "planned"
    return "held"


# What a journey is made for: "to meet", "to attend", "to take part in".
_TO_TAKE_PART = r"meet|attend|hold|join|take\s+part\s+in|participate\s+in"
# A journey told as made, then what it was for, up to the step's word.
# (not one sought: "in an attempt to meet", "hoping to meet", "to call for talks")
_JOURNEY_MADE_FOR = re.compile(
    r"\b(?:travell?ed|flew|went|ventured|headed|journeyed|arrived|came)\s+(?:back\s+)?"
    r"(?:to|in|into)\s+(?:(?!\b(?:attempt|bid|effort|hop\w*|try\w*|tried|seek\w*|sought"
    r"|request\w*|invit\w*|push\w*|urg\w*|call\w*)\b)[^.;,]){1,60}?"
    rf"\bto\s+(?:(?:{_TO_TAKE_PART}|sign)\s+"
    r"(?:with\s+)?(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,3})?$",
    re.IGNORECASE,
)
# A day ahead named right after the step: "to meet Putin on Friday", "talks set to begin".
_A_DAY_AFTER = re.compile(
    r"^[^.;,]{0,40}?\b(?:on\s+\w+day|tomorrow|next\s+\w+|later|set\s+to|due\s+to"
    r"|scheduled)\b",
    re.IGNORECASE,
)
_DURING_THE = re.compile(
    r"\b(?:during|at|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


_ANOTHER_TIME = re.compile(r"\b(?:ahead\s+of|before|after|following)\b", re.IGNORECASE)
# What a step told as done was held for: "met in Ankara to prepare for the Istanbul summit".
_PREPARING_ANOTHER = re.compile(r"\b(?:to\s+prepare\s+for|in\s+preparation\s+for)\b", re.I)
# A step whose day or place is not yet agreed: "have still not agreed on a date and venue
# of the next meeting".
_NO_DATE_YET = re.compile(
    r"\bnot\s+(?:yet\s+)?(?:agreed|decided|settled|set|fixed)\s+(?:on\s+|upon\s+)?(?:a|the)\s+"
    r"(?:date|time|timing|venue|place|location)\b[^.;]{0,50}?$",
    re.IGNORECASE,
)
# A deal one ought to make, or hopes others will: "should not limit ourselves to signing
# a peace treaty", "hopes that the two ministers will finalize a peace treaty".
_OUGHT_TO_MAKE = re.compile(
    r"\b(?:should|must|ought\s+to|needs?\s+to)\s+(?:(?!(?:be|been|have|of)\b)[\w'’-]+\s+){0,4}?"
    r"(?:sign(?:ing)?|reach(?:ing)?"
    r"|conclud(?:e|ing)|finali[sz](?:e|ing)|seal(?:ing)?)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_HOPED_TO_COME = re.compile(
    r"\bhop(?:es?|ed|ing)\s+(?:that\s+)?[^.;]{0,60}?\b(?:will|would|can|could)\s+"
    r"(?:sign|reach|conclude|finali[sz]e|seal|agree\s+(?:on|to))\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# The step a journey is for, after it: "arrived in Ankara for a long-planned meeting",
# "flew to Istanbul to attend a summit".
_FOR_ANOTHER = re.compile(
    r"(?<!\bset\s)(?<!\bscheduled\s)(?<!\bplanned\s)(?<!\bslated\s)(?<!\bdue\s)"
    rf"\b(?:for\s+(?:a|an|the|his|her|their|its)\s+|to\s+(?:{_TO_TAKE_PART})\b)",
    re.IGNORECASE,
)
# What now comes before the step: "The call comes hours before Putin's meeting with".
_COMES_BEFORE = re.compile(
    r"\b(?:comes?|coming)\s+(?:[\w-]+\s+){0,3}?before\s+"
    # (not what ends or recalls it: "before the end of talks", "the anniversary of")
    r"(?!(?:[\w'’-]+\s+){0,3}?(?:end|close|conclusion|anniversary|expiry|collapse)\b)"
    r"(?:[\w'’-]+\s+){0,5}$",
    re.I,
)
# A step told as what precedes the main clause, whose verb is to come: "After meeting
# Netanyahu, the envoy will also meet ..." (the trigger is the gerund).
_AFTER_DOING = re.compile(r"^\W*(?:After|Before)\s+$|[,;]\s+(?:after|before)\s+$", re.I)
_GONE_BY = re.compile(r"\b(?:last\s+\w+|yesterday|earlier|ago|previously)\b", re.IGNORECASE)
_WILL_LATER = re.compile(
    r"[^.;]*?,\s+[^,.;]{0,60}?\b(?:will|is\s+(?:to|due\s+to|set\s+to|expected\s+to)"
    r"|are\s+(?:to|due\s+to|set\s+to|expected\s+to))\s",
    re.IGNORECASE,
)
# A sentence that tells what a plan holds: "Under the Egyptian proposal, ...", "In its
# 20-point plan released on Monday, the White House said ..." (not a deal made: "Under
# the plan agreed on Monday" is one).
_PLAN_TAKEN_UP = r"agreed|signed|accepted|approved|adopted|endorsed|reached"
_IN_A_PLAN = re.compile(
    r"\W*(?:Under|In)\s+(?:the|a|an|its|his|her|their|[A-Z][\w-]*['’]s?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:plan|proposal|draft|initiative|roadmap|blueprint|offer|scheme)\b"
    rf"(?:(?!\b(?:{_PLAN_TAKEN_UP})\b)[^,.;]){{0,60}},"
)
# ... a plan taken up, or a step held, since its opening: not what the plan holds.
_MADE_SINCE_PLAN = re.compile(rf"\b(?:{_PLAN_TAKEN_UP}|held|met)\b", re.IGNORECASE)
# A deal said to be made whose content is to come: "It has been agreed by Israel and
# Iran that there will be a complete ceasefire".
_AGREED_THAT_THERE = re.compile(
    r"\b(?:agreed|decided)\b[^.;]{0,80}?\bthat\s+there\s+(?:will|would|shall)\s+be\s+"
    r"(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
# A step in whose time a deed was done: "urged him ... during a visit to the White
# House" (a verb in the past before it, none to come).
_DURING_A_PAST = re.compile(
    r"\b(?:said|told|urged|asked|pressed|discussed|raised|signed|announced|agreed|called"
    r"|stressed|warned|made|gave|offered|presented|handed|delivered|conveyed|[a-z]{3,}ed)\b"
    r"(?:(?!\b(?:will|would|shall|to\s+be|is\s+to|are\s+to|plans?\s+to|expected)\b)[^.;])*?"
    r"\bduring\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# What one hopes or means to do: "expects to raise it during a meeting next week".
_WISHED = re.compile(
    r"\b(?:expects?|expected|hopes?|hoped|hoping|plans?|planned|intends?|intended|wants?"
    r"|wanted|aims?|seeks?|wishes|would\s+like|looks?\s+forward)\b",
    re.IGNORECASE,
)
# A step brought about, told by a verb that says it was done: "prompted Egypt to convene
# an emergency meeting", "forced the council to hold talks".
_MADE_TO_CONVENE = re.compile(
    r"\b(?:prompted|led|forced|spurred|compelled)\s+(?:(?!to\b)[\w'’-]+\s+){1,5}?to\s+"
    r"(?:convene|hold|host|organi[sz]e|arrange)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# An earlier refusal undone after the step: "had initially opposed direct talks but
# agreed to take part" (the same subject, no other: not "but Egypt agreed to ...").
_REFUSAL_REVERSED = re.compile(
    r"[^.;]{0,80}?\bbut\s+(?:(?:later|then|eventually|finally|now|has|had|since)\s+){0,2}"
    r"(?:agreed|accepted|relented|consented)\b",
    re.IGNORECASE,
)
# ... told as what came first: "had initially opposed", "at first refused".
_EARLIER_REFUSAL = re.compile(
    r"\b(?:initially|originally|at\s+first|previously|long|had)\b", re.IGNORECASE
)
# Proposed in a relative clause after it: "the third round of talks that we suggested".
_PROPOSED_IN_RELATIVE = re.compile(
    r"\s+(?:that|which)\s+(?:[\w'’-]+\s+){0,3}?(?:suggested|proposed|offered|sought|wanted"
    r"|demanded|requested|called\s+for)\b",
    re.IGNORECASE,
)


_HELD_AFTER = re.compile(
    r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:held|convened)\b|\btook\s+place"
    r"|\b(?:began|opened|ended|concluded)\b",
    re.IGNORECASE,
)


# What a step may bring about: "would lead to a limited ceasefire".
_MAY_LEAD_TO = re.compile(
    r"\b(?:would|could|will|may|might|should|to)\s+(?:[a-z]+ly\s+)?(?:lead\s+to|result\s+in"
    r"|pave\s+the\s+way\s+(?:to|for)|bring(?:\s+about)?|produce|yield)\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _relative_cut(post: str, limit: int) -> int:
    """Where the words after a step stop being its own: at a relative clause of what it
    may bring ("a deal that could lead to ...", "a session that could decide the war"),
    not of its own coming about ("a meeting that could take place next week"); or at
    ``limit``."""
    m = _RELATIVE.search(post, 0, limit)
    return m.start() if m is not None and not _COMES_ABOUT.match(post, m.end()) else limit


# The step itself coming about, after "that could": "take place", "happen", "be held".
_COMES_ABOUT = re.compile(
    r"\s+(?:(?:also|soon|still|even)\s+)?(?:take\s+place|happen|occur|come|start|begin"
    r"|resume|go\s+ahead|be\s+(?:held|signed|agreed|reached|arranged|organi[sz]ed|announced))\b",
    re.IGNORECASE,
)


# A deal made in its own clause: "agreed to", "reached", "signed" (not denied or to come).
_MADE_VERB = re.compile(
    r"(?<!\bnot\s)(?<!n't\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)"
    rf"\b(?:{MADE})\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:could|would|will|may|might|can)\b", re.I)


def _offered(wide: str) -> bool:
    """A deal in apposition to a proposal ("the original proposal — a 60-day ceasefire"),
    not one agreed to ("agreed on Wednesday to the first phase of the plan, a ceasefire")."""
    offer = _PROPOSAL_IS.search(wide)
    return offer is not None and not _AGREED_EARLIER.search(wide, 0, offer.start())


_STEP_ACTS = re.compile(
    r"^\s+(?:(?:that|which)\s+(?:has\s+|had\s+)?)?(?:suspend(?:s|ed|ing)|halt(?:s|ed|ing)"
    r"|end(?:s|ed|ing)|stop(?:s|ped|ping)|paus(?:es|ed|ing)|freez(?:es|ing)|froze)\s+"
    r"(?:the|a|an|its|their|\d|more|over|nearly|months|weeks|[\w-]+-(?:month|year|week|day))\b",
    re.IGNORECASE,
)
_TOOK_EFFECT = re.compile(
    r"^(?:\s+[\w'’-]+){0,6}?\s+(?:took|takes|taking|has\s+taken)\s+effect\b", re.IGNORECASE
)


def _feared(stretch: str) -> bool:
    """Whether the break said in ``stretch`` is only a condition ("if the truce
    collapsed")."""
    cancel = _CANCELLED.search(stretch)
    return cancel is not None and bool(_IF_BEFORE.search(stretch, 0, cancel.start()))


# Asked only yes or no over a stretch: case-blind over the folded text (see CaseBlind).
_WITHOUT_CB = CaseBlind(_WITHOUT)
_NOT_RULED_OUT_CB = CaseBlind(_NOT_RULED_OUT)
_NOT_PLANNED_CB = CaseBlind(_NOT_PLANNED)
_AGREED_TO_START_CB = CaseBlind(_AGREED_TO_START)
_GOAL_CB = CaseBlind(_GOAL)
_CANCELLED_CB = CaseBlind(_CANCELLED)
_PROPOSED_CB = CaseBlind(_PROPOSED)
_PLANNED_CB = CaseBlind(_PLANNED)
_MODAL_CB = CaseBlind(_MODAL)
_DRAFT_BEFORE = re.compile(r"\b(?:draft|tentative|outline)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# A deal told as not made, after its word: "an agreement has not been reached".
_NOT_MADE_AFTER = re.compile(
    # (an "and" of names is no next clause: "between Russia and Ukraine has not been")
    r"(?:\s+(?!(?:and(?!\s+[A-Z])|but|while|as|after|because)\b)[\w'’-]+){0,8}?"
    r"\s+(?:has|have|had|was|were|is|are)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:reached|agreed|signed|concluded|struck|finali[sz]ed|sealed)\b",
    re.IGNORECASE,
)
# What a step is called when it can come to nothing: "pointless", "unjustifiable".
_FUTILE = r"pointless|meaningless|unjustifiable|futile|senseless"
_IS_NOT = re.compile(
    r"\s+(?:is|was)\s+not\b"
    # "the talks had never been planned"
    r"|\s+(?:[\w'’-]+\s+){0,4}?(?:(?:has|have|had|was|were|is|are)\s+)?never\s+(?:been\s+)?"
    r"(?:planned|scheduled"
    r"|arranged|on\s+the\s+(?:table|agenda))\b"
    # "the talks will not take place" (no plan dropped said: none made)
    r"|\s+(?:[\w'’-]+\s+){0,8}?(?:will|would|shall)\s+not\s+(?:take\s+place|go\s+ahead|happen"
    # (not "would not take place in Istanbul but in Ankara": moved)
    r"|proceed|be\s+held)\b(?!\s+now)(?![^.;]{0,40}\bbut\s+(?:in|on|at)\b)"
    # "terror and talks cannot go together", "talks can't be held while ..."
    r"|\s+(?:[\w'’-]+\s+){0,5}?(?:cannot|can['’]t|can\s+not)\s+(?:go\s+(?:together|hand\s+in\s+hand|ahead)|be\s+(?:done"
    r"|held(?!\s+hostage))|take\s+place|happen)\b(?!\s+(?:without|unless|until)\b)"
    # "holding talks with Kyiv would be impossible", "a meeting is out of the question"
    r"|\s+(?:[\w'’-]+\s+){0,4}?(?:is|was|are|were|would\s+be|will\s+be|remains?)\s+"
    r"(?:(?:now|still|simply)\s+)?(?:impossible|out\s+of\s+the\s+question|off\s+the\s+table"
    rf"|unthinkable|not\s+possible|{_FUTILE})\b"
    # named so: "called continued negotiations with the US 'unjustifiable'"
    rf"|\s+(?:[\w'’-]+\s+){{0,5}}?[“\"‘']?(?:{_FUTILE})"
    r"[”\"’']?\s*(?:[.,;]|$|in\s+light\s+of|amid|while|as\s+long)",
    re.IGNORECASE,
)
# A deal agreed to before its proposal's name, in the past and not denied: "agreed on
# Wednesday to the first phase of the plan, a ceasefire" (not "has not agreed to",
# "is expected to agree to", "agreed to study the proposal").
_AGREED_EARLIER = re.compile(
    r"(?<!\bnot\s)(?<!n't\s)(?<!\bnever\s)\b(?:agreed|accepted|approved|signed|endorsed)"
    r"(?:\s+(?:on\s+)?\w+day)?\s+(?:to\s+|on\s+)?(?:the|a|an)\b"
    r"(?:(?!\b(?:but|if|unless|provided|not)\b)[^.;]){0,90}$",
    re.IGNORECASE,
)
_WITH_THE_OTHER = re.compile(r"\s+with\s+", re.IGNORECASE)
# One side staying away from a step that goes on: "will not attend the summit", "skipped
# the talks", "boycotted the meeting".
_STAYS_AWAY = re.compile(
    r"(?:(?:\b(?P<ahead>will\s+not|won't|would\s+not|wouldn't|is\s+not\s+going\s+to)"
    r"|\b(?:did\s+not|didn't|does\s+not|doesn't|do\s+not|don't|had\s+not|hadn't))\s+"
    r"(?:attend|join|participate\s+in|take\s+part\s+in|go\s+to|be\s+at)"
    r"|\b(?:skipped|boycotted|stayed\s+away\s+from))\s+"
    # (one told as there: "the", "Monday's", "next week's"; not "any meeting", "a meeting")
    r"(?:the|this|that|(?:(?:next|last|this)\s+)?[\w'’]+['’]s)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: Gatherings that go on when one side's leader stays away.
# (talks too: "Putin would not attend the talks" sent others to them)
_GATHERING = re.compile(
    r"^(?:summits?|conferences?|gatherings?|ceremony|forum|meetings?|talks|negotiations)$", re.I
)
# A step told as what comes next, right before its word: "foreshadowed his meeting with",
# "ahead of the summit", "preparations for a meeting" (after it, "met on Monday ahead of
# the summit", the step is the summit's, not this one's).
_AHEAD_OF = re.compile(
    r"\b(?:foreshadow(?:s|ed|ing)?|previewed|ahead\s+of|in\s+the\s+run-up\s+to"
    r"|preparations?\s+(?:[\w-]+\s+){0,3}?for)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_MODAL_VERB = re.compile(r"\b(?:would|could|might|will|should|must|can)\b", re.I)
#: Agreed to take a step: "agreed to meet in May" (a step to come, not the day agreed).
AGREED_TO = re.compile(
    r"\b(?:agreed|agree|agrees|decided|promised|pledged|vowed)\s+"
    r"(?:on\s+\w+day\s+|last\s+\w+\s+|earlier\s+)?to\s+(?:again\s+)?"
    # ("agreed to resume talks", "agreed to hold a new round of talks")
    r"(?:(?:resume|start|hold|begin|open|launch|continue|have|host|attend|join|participate\s+in"
    r"|take\s+part\s+in)\s+(?:[\w-]+\s+){0,4}?)?$",
    re.I,
)
# A deal not named as one there is ("as part of the truce" is): "as part of a peace deal".
_PART_OF_A = re.compile(r"\bas\s+part\s+of\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}$", re.I)
_WOULD_AFTER = re.compile(r"^\s+(?:would|will)\b")
# A deal done as an event to come (an exchange, a handover; not a truce that "takes
# effect", which was made when it was agreed).
_TO_TAKE_PLACE = re.compile(
    r"(?:\s+[^.;]{0,60}?)?\s+(?:(?:will|would|shall)|(?:is|are|was|were)\s+(?:set|due|expected"
    r"|scheduled|slated|likely|going)\s+to)\s+(?:take\s+place|happen|go\s+ahead)\b",
    re.IGNORECASE,
)
# The deal as the subject of its signing to come: "... is set to be signed on Thursday".
TO_BE_SIGNED = re.compile(
    r"(?:\s+[^.;]{0,60}?)?\s+(?:(?:will|would|shall)\s+(?:[a-z]+ly\s+)?be"
    # ("a deal to be signed on Thursday")
    r"|(?:(?:is|are|was|were)\s+(?:(?:set|due|expected|scheduled|slated|likely|going)\s+)?)?"
    r"to\s+be)"
    r"\s+(?:signed|inked|finali[sz]ed|sealed|formali[sz]ed|concluded)\b",
    re.IGNORECASE,
)
_WILL_HAPPEN = re.compile(
    r"\b(?:would|will|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to)\s+(?:resume|restart"
    r"|start|begin|open|convene|continue|take\s+place|be\s+held|be\s+attended|go\s+ahead"
    r"|kick\s+off)\b",
    re.IGNORECASE,
)
_WOULD_BEFORE = re.compile(
    r"\bwould\s+(?:[\w-]+\s+){0,4}$"
    # the step a journey to come is for: "would travel to Asteri on Thursday for his meeting
    # with", "would fly to Doha for talks"
    r"|\bwould\s+(?:travel|fly|go|head|come|return|leave|set\s+off)\b[^.;]{0,80}?\bfor\s+"
    r"(?:(?:his|her|their|its|the|a|an|new|further|more)\s+)*(?:[\w-]+\s+){0,2}$",
    re.I,
)
