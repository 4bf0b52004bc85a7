"""The programme a sentence's lead clause names, kept by the things its later clauses count
(issue 13 §2; round 33, sa: the audit's scope lost, the programme named once at the head
of the sentence and its figures read as the whole place's). Used by ``naming``; the words
are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps

from workreport.extract.labelclean import strip_words
from workreport.extract.labelscopes import leading_scope, own_scope
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.numbers import Token, vocab

__all__ = ["programmed"]


def programmed(label: Callable[[str, Token, str, str | None], str]
               ) -> Callable[[str, Token, str, str | None], str]:
    """``label`` (``naming.label``) with the programme its sentence opens with
    (``programme_scope``)."""
    @wraps(label)
    def with_programme(text: str, tok: Token, pre: str, previous: str | None) -> str:
        q = tok.quantity
        assert q is not None
        return programme_scope(label(text, tok, pre, previous),
                               text[tok.sentence.start:q.start])
    return with_programme


def programme_scope(name: str, before: str) -> str:
    """A thing counted or measured bare in a later clause of a sentence whose lead clause (no
    number, opening with ``cues.lead_verbs`` or ``label_leading``) names a programme
    (``cues.programme_scope_heads``: 扶贫协作, 电子商务 …) is that programme's (round 33,
    sa: the audit's scope lost): "认真开展南北结对扶贫协作，实施帮扶项目12个，落实帮扶资金
    3200万元" → 南北结对扶贫协作帮扶项目, …帮扶资金; "深化农村电子商务发展，全年卖出单数达到
    40万单" → 农村电子商务卖出单数. The figure's clause says no more than a verb and the
    label; a label with a scope of its own (``own_scope``, ``leading_scope``), a sentence
    past a semicolon or a lead clause listing several things stays. ``before`` is the
    sentence up to the number."""
    cues = vocab("cues")
    clauses = re.split(r"[，,]", before)
    if len(clauses) < 2 or not name or re.search(r"[；;：:]", before) \
            or re.search(r"[\d、和及与“”（）()]", clauses[0]):
        return name
    lead = clauses[0].strip()
    thing = strip_words(lead, cue_words("label_leading", "lead_verbs"), leading=True)
    thing = strip_words(thing, cue_words("lead_object_tails", "programme_scope_tails"),
                        leading=False)
    if thing == lead or not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", thing) \
            or not thing.endswith(tuple(cues["programme_scope_heads"])) \
            or thing in name or own_scope(name) or leading_scope(name):
        return name
    own = strip_words(clauses[-1].strip(), cues["label_leading"], leading=True)
    at = own.find(name)
    verb = own[:at] if at >= 0 else ""
    acts = cue_words("lead_verbs", "label_kept_verbs", "list_shared_verbs")
    if at < 0 or (verb and verb not in acts and not all(p.flag[:1] == "v" for p in tags(verb))) \
            or re.search(r"[\d、]", own[at + len(name):]):
        return name
    return thing + name
