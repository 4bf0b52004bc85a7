"""Money of a group of counted things named by what became of them (issue 13, round 25).

"总投资67.1亿元的17个项目开工建设" gives the count 开工建设项目 (``labelverbs.predicate_first``);
its money was 项目总投资, all projects' total. The money before 的 and a count is the total of
the things that count counts, so its label takes the same predicate: 开工建设项目总投资. Source:
the judged development draw of seed 9001 (owner lost: a bare 项目总投资, round 25). The
money named by a thing after 的 alone stays that thing's: "加快促进总投资1.9亿元的富泉食品
项目落地" → 富泉食品项目总投资. So is a count of things that entered a ranking named with its size
(``ranked_group``): "新增2家地方国企进入中国企业500强" → 新增进入中国企业500强的地方国企.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workreport.extract.labelclean import works_first
from workreport.extract.labelpredcut import named_works
from workreport.extract.labelpurpose import uncounted_works
from workreport.extract.labelqualify import ranking
from workreport.extract.labelverbs import predicate_first
from workreport.extract.numbers import Token, vocab

__all__ = ["group_money", "named_money", "ranked_group", "spent_on", "works_money"]

_COUNT = re.compile(r"的[约近超逾]?[\d一二三四五六七八九十]+[个家项所座条批]")


def group_money(text: str, tok: Token, thing: str, money: str) -> str:
    """The label of money ``tok`` followed by 的, a count and ``thing``, the things counted,
    with the short predicate said of them after (``predicate_first``): (
    "…总投资67.1亿元的17个项目开工建设。", …, "项目", "总投资") →
    开工建设项目总投资 (a predicate ``thing`` ran on into moves too: "项目竣工投产" →
    竣工投产项目总投资); "" when no count follows the 的 or no predicate goes before ``thing``
    (round 25)."""
    assert tok.quantity is not None
    sentence_end = tok.sentence.end
    m = _COUNT.match(text, tok.quantity.end, sentence_end)
    if not m or not text.startswith(thing, m.end()):
        return ""
    done = predicate_first(text, m.end(), sentence_end, thing)
    if done == thing or len(done) > 20 or "的" in done or re.search(r"\d", done):
        return ""
    return done + money


def works_money(text: str, tok: Token, after: str, money: str) -> str:
    """The label of bare money ``money`` (投资, 总投资) with ``after``, what the words after
    its number name: the group's (``group_money``: "总投资3亿元的8个项目竣工投产" →
    竣工投产项目总投资; round 25), else the works first ("投资1.2亿元完成农村公路建设" →
    农村公路建设投资, ``labelclean.works_first``), a list of works with no counts whole
    (round 64, z7: "投资4.65亿元建设科创孵化器、标准化厂房" → 科创孵化器和标准化厂房建设投资,
    ``labelpurpose.uncounted_works``); after 的, ``named_money`` (round 63, y9)."""
    assert tok.quantity is not None
    if text[tok.quantity.end:tok.quantity.end + 1] == "的":  # round 63 (y9): 的甲路基本通车
        return named_money(text, tok, after, money, works_first)
    several = uncounted_works(text[tok.quantity.end:tok.sentence.end], False)  # r64 (z7)
    return group_money(text, tok, after, money) or (several or works_first(after)) + money


def spent_on(text: str, tok: Token, after: str, verb: str) -> str:
    """The label of money spent (``cues.money_verbs``: 投入) with ``verb`` (投入, 累计投入, or
    "") and ``after``, what the words after its number name: ``verb``, ``after`` and 资金 (round
    14). Round 72 (x1; other thing, the d9017 draw): when ``after`` is the first of a list of
    works the money paid for, the list is named as for 投资 (``labelpurpose.uncounted_works``:
    its first, 等 and the kind; works with no 等 joined by 和): "投入23.5亿元进行县乡道路、教育、
    文化等城乡基础设施建设" → 投入县乡道路等城乡基础设施建设资金, was 投入县乡道路资金, which
    names one of the works for the money of all; "累计投入2.9亿元落实学前教育资助、两免一补等
    政策" → 累计投入学前教育资助等政策资金. Counted works ("投入1亿元新建学校3所、…") are not
    read (``uncounted_works``)."""
    assert tok.quantity is not None
    at = text.find(after, tok.quantity.end, tok.sentence.end) if after else -1  # in its sentence
    several = uncounted_works(text[tok.quantity.end:tok.sentence.end], False) \
        if at >= 0 and text.startswith("、", at + len(after)) else ""
    return f"{verb}{several or after}资金"


def named_money(text: str, tok: Token, after: str, money: str,
                then: Callable[[str], str] = str) -> str:
    """The label of money ``money`` followed by 的 and ``after``, the works it names: the
    group's (``group_money``), else the works cut before its predicate
    (``labelpredcut.named_works``, round 63, y9: "投资3000万元的县妇幼保健院综合楼主体竣工"
    → 县妇幼保健院综合楼投资; "总投资34亿元的15个项目具备开工条件" → 具备开工条件项目总投资),
    read by ``then`` (``works_first`` for bare money), and ``money`` after it; before a count
    an outcome cut off (``cues.named_works_outcomes``: 签约, 竣工 …) goes in front (round 63
    review, k63g: "总投资50亿元的6个招商引资项目成功签约" → 签约招商引资项目总投资)."""
    cut = named_works(after)
    group = group_money(text, tok, after, money) or group_money(text, tok, cut, money)
    counted = _COUNT.match(text, tok.quantity.end, tok.sentence.end) if tok.quantity else None
    done = next((w for w in vocab("cues")["named_works_outcomes"]
                 if w in after[len(cut):]), "") if counted and after.startswith(cut) else ""
    # round 63 review (k63g): "…的6个招商引资项目成功签约" → 签约招商引资项目总投资
    return group or (done + then(cut) if done else then(cut)) + money


def ranked_group(name: str, after: str) -> str:
    """``name``, a count's label ending in the noun counted, with the ranking named with its
    size that the noun entered (``labelqualify.ranking``; its digits kept the predicate out):
    ("新增地方国企", "地方国企进入中国企业500强。") → 新增进入中国企业500强的地方国企 (round
    25; labelqualify does this for generic nouns only). "" when ``after``, the sentence after
    the number, opens with no noun that ends ``name`` and such a ranking."""
    clause = re.split(r"[，,；;。！？：:]", after)[0]
    for k in range(2, min(9, len(clause) - 3)):
        noun = clause[:k]
        if name.endswith(noun) and not re.search(r"[、\d“”]", noun) \
                and (ranked := ranking(clause[k:])) and ranked not in name:
            return f"{name[: -len(noun)]}{ranked}的{noun}"
    return ""
