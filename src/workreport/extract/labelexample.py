"""One example kept before a bare counted noun after a list of names (round 64, z4; used by
``figures``).

The development draws' 'scope lost': a count after a list of names ending in 等 is labelled
by the bare noun after the number, the names dropped (round 20's ``examples_dropped``), so
that a generic noun reads as every such thing of the place: "重点抓好星光汽车灯具、德润达
二期、汇源铸件等18个项目" → 项目; "中南大学、北京林业大学等十余所高校…选派支教人员" → 高校;
"加快顾家台骆驼湾、栗元铺、龙门等3个示范区" → 示范区. The judges' labels keep an example
with 等 (bench/label_judging.md: names before 等 are scope, accepted when the noun stays):
汇源铸件等项目, 北京林业大学等高校, 龙门等示范区. A label with a verb before the noun keeps
round 20's form ("新建支七街、纬二十五街等4条道路" → 新建道路: the verb says which).

Shapes: the number right after "、{name}等" (two names at least, at most
``cues.example_names_most`` in its clause), the label the noun right
after the number alone (``cues.example_noun_most`` characters at most). The name kept is
the last one (the list's first is led by the clause's verb): no digit, quote, bracket or
joining word (和, 及, 与, 或), at most ``cues.example_name_most`` characters. Any other
label is returned as it was. Round 80 (x2): ``labellistcut`` (a ``figurepasses`` ROW pass) then
gives the label the whole list back (甲、乙、汇源铸件等项目): the last name alone is a fragment.
"""

from __future__ import annotations

import re
from functools import cache, wraps

from workreport.extract.labelrelative import Held, Labeller
from workreport.extract.numbers import Token, vocab

__all__ = ["example_kept", "listed_example"]


def listed_example(label: Labeller) -> Labeller:
    """``label`` with the last name of a list before 等 kept before a bare counted noun
    (``example_kept``); any other figure's label as it was."""
    @wraps(label)
    def with_example(text: str, tok: Token, pre: str, previous: str | None,
                     held: Held | None = None) -> str:
        got, s, q = label(text, tok, pre, previous, held), tok.sentence, tok.quantity
        assert q is not None
        if q.dimension == "money" or "%" in q.unit:
            return got
        return example_kept(text[s.start:s.end], q.start - s.start, q.end - s.start, got) or got
    return with_example


def example_kept(sentence: str, start: int, end: int, got: str) -> str:
    """The label ``got`` of the count at ``sentence[start:end]`` with the last name of the
    list of names before it kept with 等 before its noun ("…、汇源铸件等18个项目", 项目 →
    汇源铸件等项目); "" when the count follows no list of two names or more ending in 等
    (or one of more than ``cues.example_names_most``: its last name stands for none),
    the label is not the noun right after the number alone, the noun is longer than
    ``cues.example_noun_most`` or the name is no plain name (digit, quote, bracket,
    joining word, too long, or ending in a character that reads with 等 as a word:
    ``cues.example_name_not_last``, 初中等 (round 64 review, v3))."""
    cues = vocab("cues")
    m = _last_name().search(sentence[:start])
    if not m or not got or re.search(r"\d", got) \
            or m.group(1).endswith(tuple(cues["example_name_not_last"])):
        return ""  # "高中、初中等56所学校": not 初中等学校 (round 64 review, v3)
    lo = max(sentence.rfind(c, 0, m.start()) for c in "，。；：,;:") + 1
    if sentence[lo:m.end()].count("、") >= int(cues["example_names_most"]):
        return ""  # "接待外国政要、…、企业家等516批团组": the last of many stands for none
    if not sentence[end:].startswith(got) or len(got) > int(cues["example_noun_most"]):
        return ""
    return f"{m.group(1)}等{got}"


@cache
def _last_name() -> re.Pattern[str]:
    """The last name of a list before 等 ending the text: after 、, two to
    ``cues.example_name_most`` characters, none a stop, bracket, quote, digit, joining word or
    等; compiled once."""
    most = int(vocab("cues")["example_name_most"])
    return re.compile(rf"、([^、，。；：,;:（）()“”《》〔〕\[\]\d和及与或等]{{2,{most}}})等$")
