"""A 、-list of names before 等 cut to its last name (round 80, x2; a ``ROW`` pass of
``figurepasses``: the names before 等 are put into the label after ``naming.label``).

Class of error ('fragment: list cut'): a count of things listed by names and 等 ("实施甲、乙等
15项工程", "总投资130亿元的甲、乙等18个项目加速实施") took its label from the last break before
the number, and a 、 is such a break, so the label kept only the list's last name: "滦河生态修复、
潮河总氮治理等15项工程" gave 潮河总氮治理等工程, "沃沐豪热泵、三木机电等18个项目" 三木机电等项目,
"中山路、玉川路等6条主干路" 玉川路等主干路. The last name is one example among several; alone it
reads as the one thing the count is of, or as a piece of the list.

Rule: a label that is [name]等[noun] (no 、 in it, a noun of two characters or more after 等) whose
[name]等 stands in its sentence right after a 、 is given back the whole list: the items before it,
each a name (no digit, no 的, no quotation mark left open, no clause break), back to the clause's
break; the first item loses what opens the clause before it (the words up to a 的 before it: "总投资
130亿元的甲"; then, word by word, jieba's verbs, adverbs, prepositions and conjunctions and the
fillers of ``cues.list_cut_openers`` and ``label_leading``: 实施, 重点抓好, 加快, 围绕, 力争 …). A
list of more than ``_MOST`` items or ``_LONGEST`` characters is labelled by its first name, 等 and
the noun, as the judging conventions label a total of a list (甲等项目总投资, settled in round 32).

Exceptions: money (``labelcommas.money_of_list`` names its lists) and percents are left; so is a
label whose list holds an item with a digit or a 的, or one opening with a verb of the labels'
(``cues.label_kept_verbs``, ``label_verbs``: 新建甲路、改造乙路; the last item too, round 80
review, q2: 治理甲河、整治乙河等7条河流), or whose first item is left with
fewer than two characters. A newness verb opening the list that jieba tags no verb (培育) stays:
the judging conventions keep it.
Session 61 (f4): jieba writes a manner adverb and its act as one word (认真落实 z, 积极争取
l, 全面落实 i), which no flag above drops, so the adverb stayed in front of the names
("认真落实甲、乙等8项税收政策" → 认真落实甲、乙等税收政策). A first word that opens with an
adverb of ``cues.list_manner_adverbs`` and goes on with a verb (jieba's v, vd, vn or 落实's a)
loses the adverb; the act is then read as any other (落实 stays, as it does alone; 争取 goes).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags

__all__ = ["LIST_BREAK", "list_restored", "names_before", "opening_dropped"]

_MOST, _LONGEST, _BACK = 4, 24, 160
_LABEL = re.compile(r"(?P<last>[^、等，；。]{2,})等(?P<noun>[\u4e00-\u9fff“”]{2,})")
LIST_BREAK = re.compile(r"[，；。：:,;！？（）()\n]")


def opening_dropped(item: str) -> str:
    """``item``, the list's first item with the clause before it, without that clause's words:
    all up to its last 的, then fillers and verbs opening it (one jieba word after another:
a cue word only as a whole word of jieba's, so 和平路 keeps its 和)."""
    item = item[item.rfind("的") + 1:]
    openers = cue_words("list_cut_openers", "label_leading")
    while True:
        words = tags(item)
        if len(words) < 2:
            return item
        first = words[0]
        if first.word in openers or first.flag in ("v", "vd", "d", "p", "c"):
            item = item[len(first.word):]
            continue
        adverb = _manner_adverb(first.word)
        if adverb:
            item = item[len(adverb):]
            continue
        return item


def _manner_adverb(word: str) -> str:
    """The adverb of manner ``word`` (jieba's one word) opens before a verb: 认真落实 → 认真;
    "" when none (session 61, f4)."""
    adverb = leading_word(word, cue_words("list_manner_adverbs"))
    rest = word[len(adverb):]
    return adverb if adverb and rest and tags(rest)[0].flag in ("v", "vd", "vn", "a") else ""


def names_before(before: str) -> list[str]:
    """The 、-list items right before ``before``'s end (which closes a 、), nearest last; the
    first item with the clause's opening words dropped; [] when an item is no name."""
    clause = LIST_BREAK.split(before)[-1]
    items = clause.split("、")[:-1]
    if not items:
        return []
    out: list[str] = []
    for k, item in enumerate(reversed(items)):
        first = k == len(items) - 1
        if first:
            item = opening_dropped(item)
        if len(item) < 2 or re.search(r"\d", item) or (not first and "的" in item) \
                or item.count("“") != item.count("”"):
            return []
        if not first and item.startswith(cue_words("label_kept_verbs", "label_verbs")):
            return []  # an act of its own: "新建甲路、改造乙路等…"
        out.append(item)
    return list(reversed(out))


def list_restored(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` (``figures.Figure``) with the whole list its label's last name was cut
    from, as the module says; ``rows`` is not read, ``text`` is the report's text."""
    if "等" not in f.indicator or f.unit.endswith("元") or "%" in f.unit:
        return f
    whole = restored(f.indicator, text[max(0, f.start - _BACK):f.start])
    return replace(f, indicator=whole) if whole != f.indicator else f


def restored(name: str, before: str) -> str:
    """``name``, a count's label, with the whole list its last name was cut from (``before``:
    the text before the count's quote)."""
    m = _LABEL.fullmatch(name)
    if not m or "、" in name:
        return name
    last, noun = m.group("last"), m.group("noun")
    at = before.rfind(f"{last}等")
    if at < 1 or before[at - 1] != "、":
        return name
    if last.startswith(cue_words("label_kept_verbs", "label_verbs")):
        return name  # an act of its own: "治理甲河、整治乙河等7条河流" (round 80 review, q2)
    items = names_before(before[:at])
    if not items:
        return name
    whole = "、".join([*items, last])
    if len(items) + 1 > _MOST or len(whole) > _LONGEST:
        whole = items[0]
    return f"{whole}等{noun}"
