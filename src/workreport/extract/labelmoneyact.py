"""Money labels of round 71 (w5; used by ``naming.label`` through ``labelassigned.after_label``):
the act before a noun phrase opened by its money kept (``money_act``, issue 13, action verb
dropped), and money taken out named by its use (``money_taken``, bare verb).

Class of error: "引入总投资6.1亿元的农业项目4个", "新签约了总投资11.4亿元的…等4个文旅项目",
"新开工总投资120亿元的32个重点项目", "谋划总投资126亿元的省、市重点项目16个": the act stands
before the money that opens the noun phrase, so the money's label (农业项目总投资) and the
count's (农业项目) lost it, and read as all the place's projects of that kind. The act picks out
the projects: 引入农业项目总投资, 引入农业项目.

Rule: an act of ``cues.money_noun_acts`` (or a run of them, 谋划启动; 了 after it goes) right
before (总)投资 and the money, which 的 follows, is put before the label of a count in the noun
phrase the money opens (after the money's 的, no break mark between) and before the money's
when that phrase holds a count, unless the label holds it already.

Exceptions: one project's own size (谋划投资1800万元的容固路7.2公里改建工程: a length, no
count) and own money (建成总投资5亿元的甲厂项目, 启动投资8000万元的第二污水处理厂建设: no count
after it) stay bare; fillers (完成, 实施, 推进) are no acts here, nor 新增 (新增投资 is added
money); money not followed by 的 ("开工项目20个，总投资…") is read by other rules.
Round 71 review (q9): nor an act denied or the end of a longer word (a character of ``cues.
money_act_not_after`` before it: "未开工总投资5亿元的3个项目" is no 开工项目, "重新签约" no
新签约); a measure owned after the count drops the act as before ("新签约…的招商项目18个，到位
资金12亿元" → 招商项目到位资金, not 到位资金: ``labelowned._owner_before`` drops
``cues.money_noun_acts`` too).

Class of error (``money_taken``): money named by the verb of taking it out (``cues.
money_taken_verbs``: 拿出) with what stands before it: "每年拿出1800万元设立补偿基金" gave
拿出设立补偿基金, "从失业保险基金结余中拿出1000亿元，用于…培训" gave 失业保险基金结余中拿出, a
bare verb. Rule: the label opening or ending with 拿出 (or 拿出资金) is what the money is for
(拿出基层化债资金 for "拿出120.6亿元支持基层化债" lost the act): the verb phrase right after the
number up to a break (补偿基金, its verb gone as after 投入; 资金 added unless it ends in 基金 or
资金: 支持基层化债资金), or the clause after a comma opening with a word of
``cues.money_taken_uses``, its count before 的 gone (…，用于1500万人次以上的职工技能提升培训 →
职工技能提升培训资金).
Exceptions: a use holding a figure, or none said (…，对…予以报销), leaves the label as it is.
Round 71 review (q9): a word of ``cues.money_taken_uses`` right after the number goes too
("拿出3000万元用于奖补" → 奖补资金, not 用于奖补资金).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import strip_words
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["money_act", "money_taken"]

_MONEY = r"(?:总)?投资(?:超|约|近|达)?"
_AMOUNT = r"[\d.]+[万亿]*元(?:以上|多|余|左右)?的"
# the money's noun phrase holds a count of the things ("的农业项目4个", "的48个项目")
_COUNTED_AFTER = re.compile(r"(?:以上|多|余|左右)?的[^，,；;。：:！？\d]*?"
                            r"[\d一二两三四五六七八九十]+[个项家批所座宗]")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The act before the money's own number (the money's label) and before a count in the
    noun phrase the money opens, compiled once."""
    acts = alternation(vocab("cues")["money_noun_acts"])
    # not an act denied or cut from a word ("未开工", "重新签约": round 71 review, q9)
    act = rf"(?<![{''.join(vocab('cues')['money_act_not_after'])}])(?P<act>(?:{acts})+)"
    money = re.compile(rf"{act}了?{_MONEY}$")
    counted = re.compile(rf"{act}了?{_MONEY}{_AMOUNT}[^，,；;。：:！？\d]*$")
    return money, counted


def money_act(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the act before the money that opens its noun phrase put in front:
    ``before`` is the sentence before the figure's number, ``rest`` the sentence after it.
    Money: ``before`` ends with the act and (总)投资, ``rest`` opens with 的 and holds a count
    of the things in the noun phrase (not one project: "建成总投资5亿元的甲厂项目"); a count:
    ``before`` ends with the act, the money and 的 and the words up to the number."""
    money, counted = _patterns()
    if dimension == "money":
        m = money.search(before) if _COUNTED_AFTER.match(rest) else None
    else:  # things or people counted, not one project's size (3.5公里, 9万平米)
        m = counted.search(before) if dimension in ("count", "people") else None
    if not m:
        return name
    act = m.group("act")
    if act in name or name.startswith(tuple(vocab("cues")["money_noun_acts"])):
        return name
    return act + name


@cache
def _uses() -> re.Pattern[str]:
    """A use of ``cues.money_taken_uses`` (用于 …) opening the rest, after a comma or not."""
    return re.compile(rf"[，,]?(?:{alternation(vocab('cues')['money_taken_uses'])})")


_USE_COUNT = re.compile(r"^[\d.]+[万亿千百]*[\u4e00-\u9fff]{0,3}?(?:以上|左右|多|余)?的")
_PHRASE = re.compile(r"[^，,；;。：:！？、\d（(]{2,20}")


def money_taken(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` (money labelled by 拿出 and what stands before it) as what the money is for,
    read from ``rest``, the sentence after the number; ``before`` is not read."""
    taken = tuple(vocab("cues")["money_taken_verbs"])
    if dimension != "money" or not (name.removesuffix("资金").endswith(taken)
                                    or name.startswith(taken)):
        return name
    rest = re.sub(r"^(?:以上|多|余|左右)?(?:资金)?", "", rest)
    if m := _uses().match(rest):  # 用于 with no comma too (q9)
        rest = _USE_COUNT.sub("", rest[m.end():])
    elif not re.match(r"[\u4e00-\u9fff“]", rest) or rest.startswith("的"):
        return name
    use = _PHRASE.match(rest)
    if not use or re.match(r"[，,；;。：:！？\s]|$", rest[use.end():]) is None:
        return name
    if use.group(0).endswith(("基金", "资金")):  # "投入500万元设立…基金" → …基金, as naming does
        cues = vocab("cues")
        return strip_words(use.group(0), cues["label_verbs"] + cues["label_kept_verbs"],
                           leading=True) or use.group(0)
    return use.group(0) + "资金"
