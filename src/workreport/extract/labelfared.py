"""The act a list's items share, and the words around an act that go (round 24, part D, the
seed-9001 development draw: 'action verb dropped' and 'newness dropped' over a list, 'leading
filler', 'trailing predicate'). ``labellists.list_verb`` shares the verb that opens a list's
first item with its later items; a subject, an adverb or a running total before that verb
("全省高校新增…", "高质量办理…", "累计发放…") hid it, so the later items lost it
(``unprefixed``). A goal word before the act (争取, 按时) and how the things fared after the
noun (全面铺开, 全线贯通) are no part of the label (``acted``). The words are data
(``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelclean import strip_words
from workreport.extract.labelcommas import shared_verb
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.numbers import vocab

__all__ = ["acted", "unprefixed"]


def unprefixed(opener: str, previous: str) -> tuple[str, str]:
    """The list's ``opener`` from its shared verb on, and the first item's label
    ``previous`` from the same verb on, when up to six characters of a subject or manner
    stand before the verb in the opener (round 24, the seed-9001 development draw): "高质量办理
    代表建议155件、政协提案" with 办理代表建议 → 办理…; "某校新增9个博士点、硕士点"; and
    "累计发放低保资金…、特困资金" with 累计发放低保资金 → 发放…, 发放低保资金. Unchanged
    when the opener opens with its verb already or with a zone (``cues.list_zone_words``:
    "城区新建…" keeps its zone), when the words before are not whole words of jieba's, or
    when the words before are a verb and more (促成人才引进项目: 引进 is inside the
    object of 促成; one word, 提质, may be a verb), when
    ``previous`` does not carry the verb or the verb ends the first item (生态修复,
    技能培训: a noun's own act, no verb over a list)."""
    cues = vocab("cues")
    bare = opener.removeprefix("在")
    if verb := shared_verb(opener):  # 累计 went from the opener, not from the first label
        first = strip_words(previous, cues["running_total_words"], leading=True)
        return opener, first if first.startswith(verb) else previous
    if leading_word(bare, cues["list_zone_words"]):
        return opener, previous
    ends, at = {}, 0
    for p in tags(opener[:12]):
        at += len(p.word)
        ends[at] = p.flag
    flags = []
    for k in sorted(ends):  # not a verb and its object ("促成人才引进项目…": 促成|人才)
        flags.append(ends[k][:1])
        if k > 6 or not re.fullmatch(r"[\u4e00-\u9fff]+", opener[:k]) \
                or (len(flags) > 1 and "v" in flags):
            break
        verb = shared_verb(opener[k:])
        if not verb:
            continue
        first = previous
        for lead in (opener[:k], *cues["running_total_words"]):
            first = first.removeprefix(lead)
        # the verb acts on a noun after it, not a noun's own act ("生态修复1700亩、…")
        acts = first.startswith(verb) and len(first) > len(verb)
        return (opener[k:], first) if acts else (opener, previous)
    return opener, previous


def acted(name: str, unit: str) -> str:
    """A finished label without a manner or goal word before its act and without how its
    things fared after the noun (round 24, the seed-9001 development draw: 'leading filler',
    'trailing predicate'): "争取全年培育省级创新型企业" → 培育省级创新型企业 (a word of
    ``cues.label_goal_leading``, then ``cues.label_leading`` words, before a shared or kept
    verb; not for money, which 争取 may keep: "争取新增债券" for 亿元); "改革任务全面铺开" →
    改革任务, "某工程全线贯通投资" → 某工程投资 (``cues.label_fared_tails``, at the end or
    before a money noun)."""
    cues = vocab("cues")
    lead = leading_word(name, cues["label_goal_leading"])
    rest = strip_words(name[len(lead):], cues["label_leading"], leading=True)
    verb = shared_verb(rest)
    if lead and verb and len(rest) > len(verb) and not unit.endswith("元"):
        name = rest
    for tail in cues["label_fared_tails"]:
        at = name.find(tail, 2)
        end = name[at + len(tail):] if at > 0 else None
        if end is not None and (not end or end in cues["money_nouns"]):
            name = name[:at] + end
    return name
