"""The counted noun as the subject of the verb phrase after it (round 24, the audit's
"scope lost": the clause that says WHICH things are counted was dropped, so the bare noun
read as a different, larger total). ``labelverbs.predicate_first`` asks ``counted_subject``
for a count or a share whose noun a verb phrase follows in its clause; the verb phrase
qualifies the noun as a clause with 的 (``labelverbs.doing_subject`` for a count, and
``share_subject`` here for a share, which every verb phrase qualifies).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workreport.extract.labelclean import strip_words
from workreport.extract.labelpicked import CLAUSE_BREAK, WEI
from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["counted_subject", "listed_tail", "share_subject"]

_CLASSIFIERS = "家个所座户名人项件部支条处种艘张套只位批万"
# A count of a classifier (or 万) ending at the noun's start; a share: N% or N分之M, then 的.
_COUNT = re.compile(rf"[\d.]+[万千百]?[余多]?([{_CLASSIFIERS}])(?:以上)?$")
_SHARE = re.compile(r"(?:[\d.]+[%％]|[一二三四五六七八九十]+分之[一二三四五六七八九十]+)"
                    r"(?:以上|左右|以下|多)?的?$")
# A further item of a list of counts before the verb phrase they share ("和6个…", "、3名…").
_ITEM = re.compile(rf"[和及、]\d[\d.]*[万千百]?[余多]?[{_CLASSIFIERS}]")


def listed_tail(noun: str, tail: str, items_after: str) -> str:
    """The verb phrase a list of counts shares, for its first count (round 24, scope
    lost): ``tail`` is the clause after ``noun``, empty or opening with 和, 及 or 、, and
    ``items_after`` the text from the noun's end on; the further items (和, 及 or 、, a count
    and its noun) go, and what the last is said to do, from its first word of
    ``cues.subject_predicate_verbs`` right after its noun to the clause's end, is returned:
    ("教师", "和3个教研组获评省级先进", …) → 获评省级先进. "" when no list of counts
    follows, or a 和 after the verb makes a list of its own."""
    if tail[:1] not in ("", "和", "及", "、") or not _ITEM.match(items_after):
        return ""
    verbs = vocab("cues")["subject_predicate_verbs"]
    rest = items_after
    for _ in range(4):
        m = _ITEM.match(rest)
        if not m:
            return ""
        clause = re.split(r"[，,；;。！？：:]", rest[m.end():])[0]
        if nxt := re.search(r"[和及、]\d", clause):
            rest = clause[nxt.start():]
            continue
        at, pieces = 0, tags(clause)
        for k, p in enumerate(pieces):
            # right after the item's noun ("科技创新团队入选": 创新 is jieba's verb; not
            # "志愿者冲锋在一线"), and no 和 after it (a list of its own: "纳入国家和省盘子")
            if k and p.word in verbs and pieces[k - 1].flag[:1] in ("n", "j"):
                return "" if re.search(r"[和及与]", clause[at + len(p.word):]) else clause[at:]
            at += len(p.word)
        return ""
    return ""


def share_subject(noun: str, tail: str) -> str:
    """The share's noun qualified by the verb phrase after it (round 24, scope lost: a share
    is of the things the verb phrase picks out): ("乡镇", "均完成污水管网改造") → 完成污水
    管网改造的乡镇, ("医院", "达到二级甲等水平") → 达到二级甲等水平的医院, ("项目", "由高校
    承担") → 由高校承担的项目; adverbs of ``cues.object_predicate_adverbs`` and 已 go. "" when
    ``tail`` opens with no verb (jieba's v, or a word of ``cues.subject_predicate_verbs``: 用上),
    is not 4 to 16 characters, holds a digit, list, 的 or unbalanced quote, or ``noun`` ends
    in no noun."""
    cues = vocab("cues")
    tail = strip_words(tail, cues["object_predicate_adverbs"], leading=True).removeprefix("已")
    pieces = tags(tail) if 4 <= len(tail) <= 16 else ()
    nouns = tags(noun) if len(noun) > 1 else ()
    opens = tuple(cues["subject_predicate_verbs"])
    if len(pieces) < 2 or not nouns or nouns[-1].flag[:1] not in ("n", "j") \
            or not (pieces[0].flag == "v" or tail.startswith(opens)) \
            or re.search(r"[\d、，的]", tail) or tail.count("“") != tail.count("”"):
        return ""
    return f"{tail}的{noun}"


def counted_subject(text: str, pos: int, noun: str, tail: str,
                    doing: Callable[[str, str, str], str]) -> str:
    """``labelverbs.doing_subject`` for a count (a classifier or 万 before ``pos``) in
    ``text``, the first of a list of counts sharing the verb phrase too (``listed_tail``;
    round 24), or ``share_subject`` for a share ("在60%的县开展…试点", "三成的村…", round 24).
    ``tail`` is the clause after ``noun``; ``doing`` is ``labelverbs.doing_subject`` (which
    imports this module)."""
    cues = vocab("cues")
    before = text[max(0, pos - 20):pos]
    tail = re.split(r"、(?=\d)", tail)[0]  # "…达到二级标准、90%的…": the next item
    if (share := _SHARE.search(before)) and not re.search(r"\d", tail):
        # not the object of a verb before the share ("执行好20%的刚性增长机制"; 有 opens one)
        opener = CLAUSE_BREAK.split(text[max(0, pos - 40):pos - len(share.group(0))])[-1]
        leading = tags(opener.removesuffix("好"))[-1] if opener.rstrip("好") else None
        verb = leading is not None and leading.flag[:1] == "v" \
            and leading.word not in cues["subject_predicate_causers"]
        return "" if verb else share_subject(noun, tail)
    m = _COUNT.search(before)
    if not m or WEI.search(text, max(0, pos - 20), pos):  # served, not doing (为)
        return ""
    clause = CLAUSE_BREAK.split(text[max(0, pos - 40):pos - len(m.group(0))])[-1]
    at = text.find(noun, pos, pos + 2 + len(noun))
    if at >= 0 and (shared := listed_tail(noun, tail, text[at + len(noun):])):
        tail = shared
    return doing(noun, tail, clause)
