"""Whose rate or multiple a label names when a list or a comparison says it (rounds 18 to
20; split from ``labelowned`` in round 26, tidy, so each has room; used by ``naming`` and
``labelowned.listed_rate``).

- ``ratio_owner``: a comparison's multiple ("…是“十二五”时期的4.1倍" → 实际利用外资; "新能源
  装机是本地最大负荷的3倍" → 新能源装机相对本地最大负荷的倍数);
- ``list_rate``: a bare rate after a list of counts keeps the list as its owner ("人大代表
  建议、政协提案分别办理180件、95件，办结率均为100%" → 人大代表建议和政协提案办结率);
- ``shared_rate``: verbs sharing one 率 are each a rate ("办结、满意率" → 办结率、满意率);
- ``acted_rate``: a rate named by an act alone after a count of things, number first, is theirs
  ("698项政务服务事项实现“一网通办”，网上可办率…" → 政务服务事项网上可办率; round 43).

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelclean import strip_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["acted_rate", "list_rate", "ratio_owner", "shared_rate"]


_TIME_BASE = re.compile(r"\d{4}年|[一二三四五六七八九〇零○]{4}年|时期|同期|上年|去年|上个|"
                        r"[末初底]$|^“[^”]+”")


# A share's label "X占Y比重": X owns a multiple said after the share (round 40, rc40, the
# d9007 draw's other thing: the multiple is the amount's, not the share's).
_SHARE_OF = re.compile(r"([^占]{2,})占[^占]+(?:比重|比例)")


def ratio_owner(name: str, previous: str | None) -> str:
    """Whose multiple a ratio's label names, when it is a comparison's predicate (round 18,
    the audit's owner lost): the things before the comparison's verb own it, or the figure
    before ("…新启动21个改造项目，是计划任务的2.1倍" → 改造项目 …); compared with a time,
    the owner alone ("实际利用外资…，是“十二五”时期的4.1倍" → 实际利用外资), with a thing,
    the owner relative to it ("新能源装机是本地最大负荷的3倍" → 新能源装机相对本地最大负荷的
    倍数); a multiple after 放大 is the 放大倍数. "" when no owner is found."""
    if not name and previous and (share := _SHARE_OF.fullmatch(previous)):
        return share.group(1)  # "…总额5.7亿元，占…的56.4%，是2006年的2.7倍" (r40, rc40)
    if name.endswith("放大") and len(name) > 4:
        return name + "倍数"  # "县财政出资撬动社会资本放大5倍"
    cues = vocab("cues")
    m = re.fullmatch(rf"(?P<owner>.*?)(?:{alternation(cues['ratio_adverbs'])})*"
                     rf"(?:{alternation(cues['ratio_verbs'])})(?P<base>.+)", name)
    if not m:
        return ""
    owner, base = m.group("owner"), m.group("base")
    owner = re.sub(r"^在?(?:\d{4}|[一二三四五六七八九〇零○]{4})年$", "", owner)  # a time alone
    if not owner and previous and not re.search(r"率|比重|比例|占比|倍数$", previous):
        owner = previous
    if len(owner) < 2:
        return ""
    return owner if _TIME_BASE.search(base) else f"{owner}相对{base}的倍数"


def list_rate(name: str, before: str) -> str:
    """A bare rate (办结率, 满意率 …) opening its clause after a list of counts that
    ``labelrates.rate_owner`` leaves bare keeps the list as its owner (round 19, the
    convention: never a bare 办结率): "人大代表建议、政协提案分别办理180件、95件，办结率均为
    100%" → 人大代表建议和政协提案办结率; "共办理人大议案、代表建议161件，政协提案239件，…" →
    人大议案、代表建议和政协提案办结率; "…等人大代表建议321件、政协委员提案526件，办复率…".
    A clause with no verb of its own goes on the list of the clause before it. ``before`` is
    the sentence up to the number; ``name`` as it is when no such list stands before."""
    cues = vocab("cues")
    written, name = name, shared_rate(name)  # "办结、满意率" → 办结率、满意率 (round 20)
    rates = re.split(r"(?<=[率度])[、和]", name)
    if not all(re.fullmatch(r"[\u4e00-\u9fff]{1,3}率|满意度", r) or (re.fullmatch(
            r"[\u4e00-\u9fff]{4,6}率", r) and tags(r)[0].flag[:1] in ("d", "p"))  # 按期办结率
               for r in rates) or set(rates) & set(cues["standalone_rates"]):
        return written
    clauses = [c.strip() for c in re.split(r"[，,]", before.split("；")[-1].split("。")[-1])]
    if len(clauses) < 2 or not re.match(rf"(?:均|都|分别)?{re.escape(written)}", clauses[-1]):
        return written
    count = rf"[\d.]+[万千]?[余多]?(?:{'|'.join(cues['rate_owner_units'])})"
    drops = cues["rate_owner_drops"] + cues["label_verbs"] + cues["label_leading"]
    taken: list[str] = []
    for clause in reversed(clauses[:-1]):
        if not re.search(count + "$", clause):
            break
        taken.insert(0, clause)
        if strip_words(clause, drops, leading=True) != clause or tags(clause)[0].flag == "v":
            break  # "共办理人大议案、代表建议161件": the list's verb opens it
    drop = alternation(drops)
    items = [re.sub(rf"^.*等|^(?:{drop})+|(?:分别|均)?(?:{drop})*$", "", i.strip("、"))
             for i in re.split(rf"{count}(?:、{count})*", "，".join(taken))]
    items = [w for i in items for w in re.split(r"[、，]", i) if w]
    if not 1 < len(items) < 6 or not all(re.fullmatch(r"[\u4e00-\u9fff]{2,12}", i)
                                         and tags(i)[-1].flag[:1] in "njv" for i in items):
        return written
    # (each_of reads a list of owners before a list of rates: round 21, labelforms)
    joined = "、" if "和" in items[-1] else "和"  # "…、政协委员提案和建议案"
    return "、".join(items[:-1]) + joined + items[-1] + name


def shared_rate(name: str) -> str:
    """Rates written as verbs sharing one 率 ("办结、满意率", "办结、答复、满意率") are each a
    rate (round 20, the audit's two rates merged into 办结满意率): 办结率、满意率; ``name``
    otherwise (not "小学、初中入学率", whose parts are nouns)."""
    parts = name.split("、")
    if len(parts) < 2 or not parts[-1].endswith("率") or not all(
            2 <= len(p) <= 4 and tags(p)[-1].flag[:1] in ("v", "a") and not p.endswith("率")
            for p in parts[:-1]) \
            or len(parts[-1]) > 5:
        return name
    return "、".join(p + "率" for p in parts[:-1]) + "、" + parts[-1]


def acted_rate(name: str, before: str) -> str:
    """A rate named by an act alone (three or four characters before 率, verbs, adverbs or a
    place and no noun: 网上可办率, 帮扶就业率) opening its clause after a clause that opens
    with one count of things, number first, is those things' (round 43, ra43, the draws'
    owner lost): "698项政务服务事项实现“一网通办”，网上可办率达到100%" → 政务服务事项网上可办率;
    "1.52万离校未就业高校毕业生实现就业创业，帮扶就业率达90%" → 离校未就业高校毕业生帮扶就业率
    (what the things did goes: the noun runs to the first verb after a noun); "120个事项实现
    “最多跑一次”，一次办结率…" → 事项一次办结率. ``before`` is the
    sentence up to the rate's number; "" otherwise (污水处理率 names its own thing)."""
    cues = vocab("cues")
    act = re.fullmatch(r"([\u4e00-\u9fff]{3,4})率", name)
    clauses = re.split(r"[，；;,]", before)
    if not act or name in cues["standalone_rates"] or len(clauses) < 2 \
            or not clauses[-1].strip().startswith(name) \
            or not all(p.flag in ("v", "vn", "d", "s", "m") for p in tags(act.group(1))):
        return ""
    units = alternation(cues["rate_owner_units"])  # 人次 before 人
    m = re.fullmatch(rf"[^\d、，]{{0,4}}?\d+(?:\.\d+)?(?:[万亿]?[余多]?(?:{units})|[万亿][余多]?)"
                     r"([^\d]+)", clauses[-2].strip())
    pieces = list(tags(m.group(1))) if m else []
    end = next((i for i, p in enumerate(pieces) if i and p.flag == "v"
                and pieces[i - 1].flag[:1] in ("n", "j", "l")), len(pieces))
    owner = "".join(p.word for p in pieces[:end])
    if len(owner) < 2 or pieces[end - 1].flag[:1] not in ("n", "j", "l") \
            or re.search(r"[、和及与“”（）()]", owner):
        return ""
    return owner + name
