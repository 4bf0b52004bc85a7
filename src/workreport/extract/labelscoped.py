"""The scope of a label's sentence (``scoped``, the wrapper of ``naming.label``; rounds 11, 14
and 21, the audit's scope lost), after ``labelscopes.sentence_scope`` and before
``labelscopes.per_unit_scope``:

- *a focus or where a thing stands*: a bare place counted (``cues.focus_place_nouns``: 片区,
  社区, 村 …) keeps what the sentence says those places are ("以10个片区、50个社区为重点" →
  重点片区; "重点项目所在的12个片区" → 重点项目所在片区; ``focus_scope``, round 14);
- *a topic's works*: a part or generic thing counted bare (``cues.topic_part_nouns``) in the
  clause after a topic clause that says the works are going ahead is that works' part
  ("高速公路建设加快，新增出入口4个" → 新增高速公路出入口; ``topic_scope``, round 21);
- *a zone*: a count written number first after a zone and a verb alone
  (``cues.list_zone_words``) keeps the zone ("城区增设24个空气质量监测网点" → 城区增设空气质量
  监测网点; ``zone_opened``, round 21).

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps

from workreport.extract.labelclean import strip_words
from workreport.extract.labelscopes import per_unit_scope, sentence_scope
from workreport.extract.labelwords import ending_word, leading_word, tags
from workreport.extract.numbers import Token, vocab

__all__ = ["focus_scope", "scoped", "topic_scope", "zone_opened"]


def scoped(label: Callable[[str, Token, str, str | None], str]
           ) -> Callable[[str, Token, str, str | None], str]:
    """``label`` (``naming.label``) with the scope of its sentence (``focus_scope``,
    ``labelscopes.sentence_scope``, ``labelscopes.per_unit_scope``)."""
    @wraps(label)
    def with_scope(text: str, tok: Token, pre: str, previous: str | None) -> str:
        q = tok.quantity
        assert q is not None
        before = text[tok.sentence.start:q.start]
        got = focus_scope(label(text, tok, pre, previous), before,
                          text[q.end:tok.sentence.end])
        got = zone_opened(topic_scope(sentence_scope(got, before), before), before)
        return per_unit_scope(got, before, previous)
    return with_scope


def zone_opened(name: str, before: str) -> str:
    """A count written number first after a zone and a verb alone (``cues.list_zone_words``)
    keeps the zone (round 21, the audit's scope lost): "城区增设24个空气质量监测网点" → 城区
    增设空气质量监测网点 (was 增设…), "在主城区新建5个口袋公园、12个停车场" → 主城区新建口袋公园
    (and the list's next item after it, ``labellists.list_verb``). ``before`` is the sentence
    up to the number; ``name`` stays otherwise."""
    cues = vocab("cues")
    clause = re.split(r"[，；：。,;:]", before)[-1].strip()
    clause = strip_words(clause, cues["scope_words"] + ["在"], leading=True)
    zone = leading_word(clause, cues["list_zone_words"])
    verb = clause[len(zone):]
    if not zone or zone in name or not verb or len(verb) > 4 or not name.startswith(verb) \
            or not (verb in cues["label_kept_verbs"] + cues["list_shared_verbs"]
                    or all(p.flag[:1] == "v" for p in tags(verb))):  # 新建 is a place to jieba
        return name
    return zone + name


def topic_scope(name: str, before: str) -> str:
    """A part or generic thing counted bare (``cues.topic_part_nouns``: 出入口, 泊位, 站点 …),
    with no more than the verb done to it, in the clause after a topic clause that says the
    works are going ahead (its subject, ``money_scope``, then ``cues.topic_progress``), is
    that works' part (round 21, the audit's scope lost): "高速公路建设加快，新增出入口4个" →
    新增高速公路出入口; "港区建设提速，新建泊位6个" → 新建港区泊位. ``before`` is the sentence
    up to the number; ``name`` stays otherwise (a noun qualified in its own words)."""
    cues = vocab("cues")
    clauses = re.split(r"[，；,;]", before)
    verb = leading_word(name, cues["label_kept_verbs"] + cues["list_shared_verbs"])
    if len(clauses) < 2 or name[len(verb):] not in cues["topic_part_nouns"]:
        return name
    topic = strip_words(clauses[-2].strip(), cues["label_leading"], leading=True)
    said = ending_word(topic, cues["topic_progress"])
    subject = topic[:len(topic) - len(said)]
    works = strip_words(subject, cues["topic_works_tails"], leading=False)
    if not said or len(works) < 2 or works in name or re.search(r"[\d、和及与“”（(]", works) \
            or not (works != subject or said.startswith("建设")
                    or works.endswith(tuple(cues["list_zone_words"] + cues["host_words"]))) \
            or not all(p.flag[:1] in ("n", "j") for p in tags(works)):
        return name  # the works named by 建设 or a zone ("城市更新加快推进" is no works)
    return verb + works + name[len(verb):]


def focus_scope(name: str, before: str, after: str) -> str:
    """A bare place counted (``cues.focus_place_nouns``: 片区, 社区, 村 …) keeps what the
    sentence says those places are (round 14, the stricter audit: a scope lost): the focus
    of a plan ("以10个片区、50个社区为重点" → 重点片区, 重点社区) or where a thing stands
    ("重点项目所在的12个片区" → 重点项目所在片区). ``before`` is the sentence up to the
    number, ``after`` from its end; ``name`` stays otherwise."""
    cues = vocab("cues")
    if name not in cues["focus_place_nouns"]:
        return name
    focus = re.match(rf"[^，。；\d]{{0,3}}?{re.escape(name)}(?:[、和及与][^，。；]*?)?为重点",
                     after)
    if focus and re.search(r"以[^，。；以]*$", before):
        return "重点" + name
    where = re.search(r"([^，。；、\d]{2,12})所在的$", before)
    if where:
        owner = strip_words(where.group(1), cues["label_leading"] + cues["label_verbs"],
                            leading=True)
        return owner + "所在" + name if len(owner) >= 2 else name
    return name
