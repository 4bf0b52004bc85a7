"""A count before a noun and 中 counts that noun, not the part picked out of it after 中
(round 82, x5; the development draws' 'other thing').

Class of error: "11个省市重点项目中战略性新兴产业项目有6个" gave 省市重点项目中战略性新兴产业项目
for the 11, the same label as for the 6; "全省160个国控断面中I类及以上水质占比86.1%" gave
国控断面中I类及以上 for the 160: both name the part while the number counts the whole.

Rule (grammar): when the words right after a count's unit are a noun, the postposition 中
(jieba's f, not the 中 inside a word: 中小学, 集中, 中心, 城中村) and a part of that noun,
and the clause counts or measures that part by a later number of its own (有6个, 占比86.1%),
the count's label ends before 中: → 省市重点项目, 国控断面 (any scope the label had in front of
the noun stays).

Session 60 (f3): with nothing after 中 the label is the whole and 中 alone ("30个贫困村中有28个实现
脱贫" gave 贫困村中 for both numbers; "全县18个乡镇中集中供水覆盖率达到100%" gave 乡镇中 for 18):
- the count right before it, a later number in its clause, counts the whole: → 贫困村, 乡镇;
- a count right after "X中有" counts the part its predicate names (up to 8 characters, no
  digit, to the clause's end: 实现脱贫): → 实现脱贫的贫困村, or X when there is none;
and a rate (a label ending in 率, a percent) of the part after "X中" is the whole's rate: 中
goes (乡镇中集中供水覆盖率 → 乡镇集中供水覆盖率).

Round 87 (w2, the development draws' scope lost): a share whose clause follows a clause that
is only the whole it is taken among ("22个重点产业集群中，战略性新兴产业营业收入占比超过三分之一",
"我区近万亿元的重大项目投资中，产业投资占比近七成") is that whole's: ``among_share`` puts
it in front with its 中 (重点产业集群中战略性新兴产业营业收入占比, 重大项目投资中产业投资占比);
the whole is the words after the 中-clause's last 的 and its count (22个, 近万亿元的), two to
twelve Chinese characters; not a label naming it already or pointing back (这些, 该), nor a
figure whose clause opens with a subject of its own (not the label's words).

Exceptions: no later number in the clause (the 中-phrase is then the place of an act and stays:
"在10个乡镇中推广…"); a noun of fewer than two characters before 中; labels that do not run
through the words after the unit (another rule named the thing).
"""

from __future__ import annotations

import re

from workreport.extract.labelaffix import strip_words
from workreport.extract.labelclause import CLAUSE_END
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["among_counted", "among_share"]



def among_counted(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` up to the 中 that picks a part out of the things counted (see the module);
    ``before`` is the sentence up to the number, ``rest`` after it."""
    if dimension == "percent" and name.endswith("率") and "中" in name:
        return _rate_of_whole(name)
    if dimension not in ("count", "people") or "中" not in name:
        return name
    clause = CLAUSE_END.split(rest, maxsplit=1)[0]
    pos, cut = 0, -1
    for piece in tags(name):
        if piece.word == "中" and piece.flag == "f":
            cut = pos
            break
        pos += len(piece.word)
    if cut < 2:
        return name
    whole, part = name[:cut], name[cut + 1:]
    if not part:
        return _whole_alone(whole, before, rest, clause)
    head = re.sub(r"^[个家项所座条名处]", "", clause)
    at = head.find(name[cut - 2: cut + 1])  # the noun's end and 中, right after the unit
    if at < 0 or not part or not head.startswith(whole[len(whole) - at - 2:]) \
            or not re.search(r"\d", head[at + 3:]):
        return name
    return whole


def _cut_at(name: str) -> int:
    """Where jieba's postposition 中 stands in ``name``, -1 for none."""
    pos = 0
    for piece in tags(name):
        if piece.word == "中" and piece.flag == "f":
            return pos
        pos += len(piece.word)
    return -1


def _rate_of_whole(name: str) -> str:
    """A rate named after "X中" is X's: the 中 goes (session 60, f3)."""
    cut = _cut_at(name)
    return name[:cut] + name[cut + 1:] if cut >= 2 and len(name) - cut > 3 else name


def _whole_alone(whole: str, before: str, rest: str, clause: str) -> str:
    """A label "X中" with nothing after 中: the whole X, or the part a count after "X中有"
    counts (session 60, f3)."""
    if before.endswith(whole + "中有"):
        pred = re.sub(r"^[个家项所座条名处户人]", "", clause)
        ok = 2 <= len(pred) <= 8 and not re.search(r"[\d%]", pred)
        return pred + "的" + whole if ok else whole
    after = re.sub(r"^[个家项所座条名处户人]", "", clause)
    return whole if after.startswith(whole + "中") and re.search(r"\d", after) else whole + "中"


# A clause that is only the whole a share is taken among: "(在)22个重点产业集群中",
# "我区近万亿元的重大项目投资中" (round 87, w2).
_AMONG = re.compile(r"(?:在)?(?:.*的)?"
                    r"(?:[近约超逾]?[\d.一二三四五六七八九十百千万亿]+[个家项亿万元]+的?)?"
                    r"(?P<whole>[\u4e00-\u9fff]{2,12})中$")


def among_share(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, a share, with the whole its sentence takes it among in the clause before in
    front ("22个重点产业集群中，战略性新兴产业营业收入占比超过三分之一" → 重点产业集群中战略性
    新兴产业营业收入占比; round 87, w2, see the module); ``name`` as it is otherwise."""
    if dimension != "percent" or not name.endswith(("占比", "比重", "比例")) \
            or re.search(r"这些|该|其", name):
        return name
    clauses = CLAUSE_END.split(before)
    if len(clauses) < 2 or not clauses[-1].strip().startswith(name[:2]):
        return name
    m = _AMONG.fullmatch(clauses[-2].strip())
    if not m or m.group("whole") in name or _cut_at(m.group("whole") + "中") < 0:
        return name
    whole = m.group("whole")
    # Round 87 review (q2): not a pointer back (在此过程中) nor an act or a campaign the share
    # stands in (在乡村振兴中, 在全省考核中: ``cues.among_share_not_wholes``), and without the
    # leading words a label drops (今年新增就业中 → 新增就业中, 全县耕地中 → 耕地中)
    if re.search(r"此|这|该|其", whole) or whole.endswith(cue_words("among_share_not_wholes")):
        return name
    bare = strip_words(whole, cue_words("label_leading"), leading=True)
    return (bare if len(bare) >= 2 else whole) + "中" + name
