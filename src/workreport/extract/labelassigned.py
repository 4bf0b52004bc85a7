"""Who set a package of things, named right before its count (issue 13, round 39, ra39; the
audit's "scope lost").

A scope saying which level set or passed the things down, standing right before a count
(``cues.assigning_levels`` with an optional body, ``assigning_bodies``, and a verb of setting,
``assigning_verbs``: 省定, 市定, 县定, 省市下达的, 县人大票决的), belongs to that
count's noun, never to the item before it:

- "省定20项民心工程、市定32项民生实事和县定12件民生实事全部完成" → 省定民心工程, 市定民生实事,
  县定民生实事 (not 民心工程 / 民心工程、市);
- "省定20项民生工程和县人大票决10项民生实事" → 省定民生工程 (not 民生工程和县人大票决), the
  noun cut at a conjunction opening the next scope;
- "市定20件、县定10件民生实事" → 市定民生实事 for 20件: an item with no noun of its own takes
  the noun of the next item of the list;
- "完成好省定20项民生工程" → 省定民生工程 (not 好省民生工程): the plan's filler verb goes; a kept
  verb the label had stays first ("新建省定8个示范村" → 新建省定示范村).

Only counts (not money, rates or times). 确定的 is no such verb: "年初确定的", "县人代会确定的"
stay bare (``labelheld``, whose older phrasing row keeps them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, wraps

from workreport.extract.labelrelative import Held, Labeller
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwholewords import noun_after
from workreport.extract.labelwords import leading_word
from workreport.extract.nonfigures import alternation, classifiers
from workreport.extract.numbers import Token, vocab

__all__ = ["after_label", "assigned_scope"]


@cache
def _scope() -> str:
    """The pattern of a setting scope (no anchors): level(s), body, verb; not after a
    character making the level part of a longer word (全市, 城市)."""
    levels = f"(?:{alternation(cue_words('assigning_levels'))}){{1,2}}"
    bodies = alternation(cue_words("assigning_bodies"))
    blocked = "".join(cue_words("assigning_not_after"))
    verbs = alternation(cue_words("assigning_verbs"))
    return rf"(?<![{blocked}]){levels}(?:{bodies})?(?:{verbs})"


@cache
def _scope_ends() -> tuple[str, ...]:
    """The last characters of the verbs of setting (定, 的, 决): a cheap test before the
    pattern's search."""
    return tuple({v[-1] for v in cue_words("assigning_verbs")})


@cache
def _scope_at_end() -> re.Pattern[str]:
    return re.compile(f"({_scope()})$")


@cache
def _next_item() -> re.Pattern[str]:
    """The next item of a list of scoped counts: its joint, scope, number and unit."""
    return re.compile(rf"^[、和及与]{_scope()}[\d.]+{classifiers('个项件家所条座处批')}")


@cache
def _next_scope() -> re.Pattern[str]:
    """A conjunction opening the next scoped item, where this item's noun ends."""
    return re.compile(rf"[和及与](?={_scope()})")


def assigned_scope(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, the label of a count, as its setting scope plus the noun after the count
    when ``before`` (the sentence before the number) ends in such a scope; ``rest`` is the
    sentence after the figure (its unit cut). Any other ``name`` is returned as it is."""
    m = _scope_at_end().search(before) \
        if dimension == "count" and before.endswith(_scope_ends()) else None
    if not m:
        return name
    own = _next_scope().split(rest, maxsplit=1)[0]
    noun = noun_after(own)
    if not noun and (nxt := _next_item().match(rest)):
        noun = noun_after(_next_scope().split(rest[nxt.end():], maxsplit=1)[0])
    # An adverb before the predicate ends the noun ("民生实事全部高标准完成" → 民生实事).
    noun = noun[:min((i for w in cue_words("object_predicate_adverbs")
                      if (i := noun.find(w, 2)) > 0), default=len(noun))]
    if len(noun) < 2:
        return name
    scope = m.group(1)
    kept = leading_word(name, vocab("cues")["label_kept_verbs"]) \
        if name.endswith(noun) and not name.startswith(scope) else ""
    return kept + scope + noun


def after_label(*rules: Callable[[str, str, str, str], str]
                ) -> Callable[[Labeller], Labeller]:
    """A decorator of ``naming.label`` applying each of ``rules`` in turn to what it returns:
    ``rule(name, before, rest, dimension)`` with the sentence before the figure's number, the
    sentence after the figure and its dimension (``assigned_scope`` here,
    ``labelzones.zoned``, ``labeldriven.driven_measure``, ``labelbatch.batch_kept``); an empty
    label stays empty; the sentence's ``Held`` record passes through."""
    def decorate(label: Labeller) -> Labeller:
        @wraps(label)
        def ruled(text: str, tok: Token, pre: str, previous: str | None,
                  held: Held | None = None) -> str:
            name = label(text, tok, pre, previous, held)
            q = tok.quantity
            assert q is not None
            before, rest = text[tok.sentence.start:q.start], text[q.end:tok.sentence.end]
            for rule in rules:
                name = rule(name, before, rest, q.dimension) if name else name
            return name
        return ruled
    return decorate
