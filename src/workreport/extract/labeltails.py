"""The tail a number cut off a label (round 11 and 14, fragments; split from ``labelwords``
in round 26, tidy, so each has room; used by ``labelclean``): a verb's measure piece or a
per-word the number cut off goes (``fragment_tail``: 组成一支 → 组成, …超每千人 → 每千人…),
a modifier cut from its head gets it back (``headed``: 县内在用 → 县内在用地热井).

The words are data (``vocab/cues.yml``: label_trailing_fragments, head_cut_modifiers).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import strip_quantities, vocab

__all__ = ["deadline_dropped", "fragment_tail", "headed", "reached_dropped"]


# A verb's measure piece ends no label: "率先上线两批21件…事项" → 率先上线, "组成一支…",
# "启动第二个50万辆整车项目" → 启动 (the counted noun after the number is then the label);
# not a slogan's count ("十个一批").
_MEASURE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])(?<![一二两三四五六七八九十几个批项])"
                           r"第?[一二两三四五六七八九十几]{1,2}[个支批项次件]$"
                           r"|^第?[一二两三四五六七八九十几]{1,2}[个支批项次件]$")
# ... and a per-head base after 由 or 从 goes first: "低保标准由月人均18元提高到32元" → 月人均
# 低保标准.
_PER_HEAD_FROM = re.compile(r"(?<=..)(?:由|从)((?:月|年)?人均|每生(?:每年)?|每人(?:每年|每月)?)$")
# ... and a rate per so many people ends no label: it opens it ("食品抽检量超每千人" → 每千人
# 食品抽检量, "配置AED达每10万人" → 每10万人配置AED; round 14), the verb or qualifier before it
# gone; the base of a price stays, 平均 gone ("…平均每50公斤" → …每50公斤; round 41).
_PER_PEOPLE = re.compile(r"(?:达到|达|超过|超|为)(每(?:\d+(?:\.\d+)?)?[万千百十]?(?:人口|人|户))$")
_PER_BASE = re.compile(r"(?<=..)(?:平均)?每\d+(?:\.\d+)?[万千百]?[\u4e00-\u9fff]{1,3}$")
# ... and a month's deadline ends no label (round 31, rp): "…6月底前", "…十月前" (the seasons'
# are ``cues.label_deadline_tails``).
_MONTH_DEADLINE = re.compile(r"(?<=..)(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
                             r"(?:底|末|中旬|上旬|下旬)?前$")


@cache
def _time_base_from() -> re.Pattern[str]:
    """Round 75 (x2; draw 9020, junk): the base of a change at a time of the year reviewed
    (``cues.change_base_times``: 年初) after 由 or 从 ends no label, as a year's does
    (``labelclean._TAIL``): "智算超算规模从年初的400万台增加到…" gave 智算超算规模从年初."""
    words = alternation(vocab("cues")["change_base_times"])
    return re.compile(rf"(?<=..)(?:由|从)(?:{words})的?$")


def fragment_tail(label: str) -> str:
    """``label`` without a fragment the number after it cut off (round 11): a verb's measure
    piece (两批, 一支, 第二个), a per-word or manner word (``cues.label_trailing_fragments``:
    …平均每, …统一), a per-head base moved first (…由人均 → 人均…); round 14: a rate per so
    many people moved first (…超每千人 → 每千人…); round 41 (rc41): a price's base kept, 平均
    gone (…平均每50公斤 → …每50公斤); round 75 (x2): a base at the year's start after 由 or
    从 goes (…从年初 → …)."""
    label = _time_base_from().sub("", _MEASURE_TAIL.sub("", label))
    if (m := _PER_PEOPLE.search(label)) and m.start() > 1:
        return m.group(1) + label[: m.start()]  # "配置AED达每10万人" → 每10万人配置AED
    # round 41 (rc41): the base of a price stays, 平均 gone ("小麦最低收购价平均每50公斤" →
    # 小麦最低收购价每50公斤: what 7.4元 is paid for)
    label = _PER_BASE.sub(lambda m: m.group(0).removeprefix("平均"), label)
    if m := _PER_HEAD_FROM.search(label):
        return m.group(1) + label[: m.start()]
    label = deadline_dropped(label)
    words = sorted(vocab("cues")["label_trailing_fragments"], key=len, reverse=True)
    while (end := next((w for w in words if label.endswith(w) and len(label) > len(w)), "")):
        label = label[: -len(end)]
    return label


def reached_dropped(label: str) -> str:
    """``label`` without a verb of change (``cues.level_change_verbs``) and the 至/到 of the level
    reached at its end, with a figure of its own after them (a number and one character the
    extractor took no row for) or a per-unit base, which stays (round 45, s45g, the
    development draws' "trailing predicate"): "…发现物种数更新至" → …发现物种数, "…海南长臂猿
    恢复至7群" → …海南长臂猿, "农村自来水费降至每立方" → 农村自来水费每立方; a verb whose
    object names the measure gives it: "农村低保扩面到" → 农村低保覆盖面."""
    verbs = vocab("cues")["level_change_verbs"]
    alt = "|".join(sorted(map(re.escape, verbs), key=len, reverse=True))
    m = re.search(rf"(?<=..)({alt})(?:至|到)"
                  r"(每[\u4e00-\u9fff]{1,3}|\d+(?:\.\d+)?[\u4e00-\u9fff])?$", label)
    pos, starts = 0, set()
    for piece in tags(label[: m.end(1)]) if m else ():  # the verb a whole word: not 压减至
        starts.add(pos)
        pos += len(piece.word)
    if not m or m.start() not in starts:
        return label
    base = m.group(2) if m.group(2) and m.group(2).startswith("每") else ""
    return label[: m.start()] + verbs[m.group(1)] + base


def deadline_dropped(label: str) -> str:
    """``label`` without a deadline at its end, a time word that is no part of what is counted
    (Round 31 (rp), the d9002 draw's fragment 受灾群众春节前): "某市受灾群众春节前" → 某市受灾
    群众, "安置房6月底前" → 安置房 (``cues.label_deadline_tails`` and a month's ``…月底前``);
    a label that is only the deadline stays."""
    label = _MONTH_DEADLINE.sub("", label)
    end = next((w for w in vocab("cues")["label_deadline_tails"]
                if label.endswith(w) and len(label) > len(w) + 1), "")
    return label[: -len(end)] if end else label


def headed(name: str, rest: str) -> str:
    """``name`` with the noun it modifies, when it ends in a modifier the number cut from
    its head (``cues.head_cut_modifiers``) and ``rest``, the sentence after the number,
    opens with that noun, past a second count of the same things and a 、: ("县内在用",
    "地热井全部完成封井") → 县内在用地热井, ("剩余", "771人贫困人口全部脱贫") → 剩余贫困人口
    (round 11, fragments); ``name`` unchanged otherwise."""
    if not name.endswith(tuple(vocab("cues")["head_cut_modifiers"])):
        return name
    clause = re.split(r"[，,；;。！？：:]", strip_quantities(rest))[0].lstrip("、")
    noun, adverbs = "", vocab("cues")["generic_predicate_adverbs"]
    for piece in tags(clause) if clause else ():
        if (piece.flag[:1] not in ("n", "j") and piece.flag not in ("vn", "b", "an")) \
                or piece.word in adverbs:  # jieba's noun 全部
            break
        noun += piece.word
    return name + noun if len(noun) > 1 else name
