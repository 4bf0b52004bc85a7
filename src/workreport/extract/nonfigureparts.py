"""Numbers that are not figures, round 70 (g1; bench/label_judging.md, a programme's own structure).

Two shapes (words in ``vocab/nonfigures.yml``), called from ``nonfigureown.later_non_figure``:

- ``package_contents``: what one item of a package holds, a contents verb after the package's
  noun: "为新开办企业发放“开办大礼包”，内含6张政策服务卡" (6张 was 内含政策服务卡; the
  packages handed out, "发放礼包1万份", stay figures; "每个礼包含…" is ``per_unit_rule``'s);
  round 85 (n1): or the contents before the package with 的 ("发放装有营业执照、印章以及6张政策
  服务卡的“开办大礼包”");
- ``package_split``: a package's items split by their type or by when they were planned or
  started: "十大工程中，3项为续建项目，其余7项为新开工项目" (both were 为续建项目). Parts
  counted by what was done to them stay figures ("已完成16项", "3项取消", "2项为已完工项目"),
  and so do a portfolio's counts ("实施重点项目50个，其中30个为续建项目": no package heading).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.vocab import alternation
from workreport.vocab import load as vocab

__all__ = ["package_contents", "package_split"]


@cache
def _contents() -> re.Pattern[str]:
    """A package's noun, maybe the count of packages handed out and a comma, a contents verb,
    then words or earlier items of its list (``nonfigures.package_contents_*``)."""
    nf = vocab("nonfigures")
    verbs = alternation(nf["package_contents_verbs"])
    inner = alternation(nf["package_contents_inner"])  # after the packages' count: 内含 only
    return re.compile(rf"(?:{alternation(nf['package_contents_nouns'])})”?"
                      rf"(?:[，,]?(?:{verbs})|\d+(?:\.\d+)?万?[份个套袋盒]?[，,]?(?:{inner}))"
                      r"(?:[^，。；：\d]|\d+[^\d，。；、]{1,8}?[、和及与]){0,24}$")


def package_contents(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a count of what one item of a package holds, after a contents
    verb that follows the package's noun within its sentence: "发放“开办大礼包”，内含6张政策
    服务卡", "发放消费券礼包5000份，内含优惠券8张" (after the packages' count only a verb of
    ``package_contents_inner``)? Not the packages' own count ("礼包5000份"), nor whom they
    reached ("发放礼包3000份，包括困难群众1000户"), nor a count after a contents verb with no
    package named ("全市共有12个乡镇，包含200个行政村"). Round 70 review (q5): only when a verb
    handing the packages out (发放, 赠送 …) comes before the package's noun."""
    before = re.split(r"[。；！？\n]", text[max(0, start - 50):start])[-1]
    m = _contents().search(before)
    if m and _handout().search(before, 0, m.start()):
        return True
    # round 85 (n1): the contents written before the package, in a clause with 的 ("发放装有营业
    # 执照、印章以及6张政策服务卡的“开办大礼包”"); a verb of packing (``package_contents_inner``:
    # 装有, 内含) needs no handout verb before it ("提供装有…6张政策服务卡的“开办大礼包”")
    verb = _inside().search(before)
    if re.match(vocab("nonfigures")["package_contents_money"], text[end:end + 4]):
        return False  # round 85 review (q1): money handed out in it (包含2000万元补贴资金的服务包)
    packed = bool(verb) and verb.group().startswith(
        tuple(vocab("nonfigures")["package_contents_inner"]))
    return bool(verb) and (packed or bool(_handout().search(before, 0, verb.start()))) \
        and bool(_owner().match(text, end))


@cache
def _inside() -> re.Pattern[str]:
    """A contents verb, then words or earlier items of its list, up to a count."""
    verbs = alternation(vocab("nonfigures")["package_contents_verbs"])
    items = r"(?:[^，。；：\d的]|\d+[^\d，。；、]{1,8}?[、和及与]){0,24}"
    return re.compile(rf"(?:{verbs}){items}$")


@cache
def _owner() -> re.Pattern[str]:
    """After the count, its noun, 的 and the package's noun (…6张政策服务卡的“开办大礼包”)."""
    nouns = alternation(vocab("nonfigures")["package_contents_nouns"])
    return re.compile(rf"[^，。；：\d的]{{1,12}}?的[“\"]?[^，。；：\d]{{0,6}}?(?:{nouns})")


@cache
def _handout() -> re.Pattern[str]:
    """A verb handing packages out (``nonfigures.package_contents_handout``). Round 70 review
    (q5): only a package handed out holds items of its own; "出台稳经济一揽子政策包，包含政策措施
    42条" and "推出“一件事一次办”集成套餐，包括企业开办等46个主题" count what was issued."""
    return re.compile(alternation(vocab("nonfigures")["package_contents_handout"]))


@cache
def _split() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The package's heading, what may stand between it and the count, the type after the
    count, and the words of a part done (``nonfigures.package_split_*``)."""
    nf = vocab("nonfigures")
    return (re.compile(nf["package_split_heading"]), re.compile(nf["package_split_between"]),
            re.compile(nf["package_split_type"]), re.compile(nf["package_split_done"]))


def package_split(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the count of a package's items of one type or stage, N项为…项目
    right after the package's heading (``nonfigures.package_split_heading``: 十大工程, 20项民生
    实事) and 中 or ，其中, or after earlier such parts and 其余: "十大工程中，3项为续建项目，
    其余7项为新开工项目", "18项民生实事中，12项为省定项目"? Not a part said done or dropped
    (``package_split_done``: "2项为已完工项目", "8项已全部完成"), nor a split of a portfolio
    with no package heading ("实施省市重点项目50个，其中30个为续建项目"). Round 70 review (q5):
    nor a part due by a deadline or after a goal cue before the heading (``package_split_goal``):
    "确保十大工程中，8项为年内开工项目" is a target."""
    heading, between, kind, done = _split()
    m = kind.match(text, end)
    if not m or done.search(m.group()):
        return False
    sentence = re.split(r"[。；！？\n]", text[max(0, start - 80):start])[-1]
    goal = re.compile(vocab("nonfigures")["package_split_goal"])
    return any(between.match(sentence[h.end():]) and not goal.search(sentence, 0, h.start())
               for h in heading.finditer(sentence))
