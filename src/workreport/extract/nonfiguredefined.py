"""Numbers that are not figures, round 85 (n1; bench/label_judging.md: "not a figure" for a
programme's own structure, a ratio illustrated, and a name holding numerals).

Called from ``nonfigureown.later_non_figure`` (digit runs) and from ``numbers`` (Chinese
numerals); words in ``vocab/nonfigures.yml`` (``defined_*``). ``defined_term`` returns the
reason a number is one of these, or None:

- a term of a ratio illustrated, 每…N…就有1… in one unit ("全国每出口4辆汽车就有1辆安徽造":
  the share is not written as a number, settled after draw 9026), and an amount per unit set
  equal to the past's ("国内生产总值每增长1个百分点的增量，相当于5年前1.5个百分点、10年前2.5个
  百分点的增量": 1, 1.5 and 2.5);
- a part of a system a note or a plan defines by its parts, 以N个X为核心/支撑/载体… then
  构成/组成 or the system's noun ("以1个总规成果为核心，以3个技术报告和20个专题专项为支撑，以1个
  信息平台为载体构成的…成果体系", "构建以1个中心城区为核心、3个县城为支撑的城镇体系");
- a numbered part of a slogan: an item of a run 一…、两…、三… each a numeral, a classifier and
  a short noun before its bracket or comma ("围绕一个目标（…），建设两大园区（…），打造三个基地
  （…）"), and a count restating the numeral of a quoted name explained after 即 ("“四区”，即
  抓好甲、乙、丙、丁四个住宅小区建设");
- numerals of a fixed name: a TV channel (央视6套), an institute numbered within its group
  (中电科十二所, 中国电科38所), and names whose count is the name's own (56个民族, 十种有色金属,
  NBS's name for ten non-ferrous metals' output).

Kept figures: 每…N…就有M… in two units (每千人就有3张床位: a rate) or with M not 1 (每100户就有
35户: a share written in numbers), an institute's classifier before the noun it counts
(新建航天科工3所研究院), 相当于 a share or an amount
with no past time before it ("相当于全省的15%"), things a plan relies on with no system defined
("以3个省级园区为载体，引进项目"), a count of other 民族 ("全县有12个少数民族") or of metals
("10种金属").
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelwords import enclosing
from workreport.extract.numerals import cn_int
from workreport.extract.units import unit_names
from workreport.vocab import alternation
from workreport.vocab import load as vocab

__all__ = ["defined_term"]

_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)"
_STOPS = "。；！？\n"


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[start:end]``."""
    return enclosing(text, start, end, _STOPS)


@cache
def _ratio() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """每…N(unit)…就有M(unit), and 每(verb)N(unit)…相当于 then past amounts in a 、-list."""
    nf = vocab("nonfigures")
    units = alternation(list(unit_names()))
    every = re.compile(rf"每[^，。；\d每]{{0,6}}?(?P<n>{_NUM})(?P<u>{units})[^，。；\d]{{0,12}}?"
                       rf"[，,]?(?:{alternation(nf['defined_ratio_then'])})"
                       rf"(?P<m>{_NUM})(?P<v>{units})")
    past = alternation(nf["defined_equal_past"])
    item = rf"(?:{_NUM}年前|{past})[^，。；、\d]{{0,4}}?{_NUM}(?:{units})"
    equal = re.compile(rf"每(?:{alternation(nf['defined_equal_verbs'])})?(?P<n>{_NUM})"
                       rf"(?P<u>{units})[^，。；\d]{{0,10}}?[，,]?相当于"
                       rf"(?P<items>{item}(?:[^，。；\d]{{0,8}}?[、和及]{item})*)")
    return every, equal


def _ratio_term(text: str, start: int, end: int) -> bool:
    every, equal = _ratio()
    opening, close = _sentence(text, start, end)
    for m in every.finditer(text, opening, close):
        if m.group("u") == m.group("v") and m.group("m") in ("1", "一") \
                and start in (m.start("n"), m.start("m")):
            return True
    for m in equal.finditer(text, opening, close):
        if start == m.start("n"):
            return True
        if m.start("items") <= start < m.end("items") \
                and text.startswith(m.group("u"), end) and not text.startswith("年前", end):
            return True
    return False


@cache
def _system() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The role a part plays after its noun (为核心), what closes the definition of the
    system after the last role (构成, 组成, or 的 and the system's noun), and a role ending a
    part before the number's (为核心, not 为核心、)."""
    nf = vocab("nonfigures")
    roles = alternation(nf["defined_system_roles"])
    role = re.compile(rf"[^，。；：\d]{{0,16}}?(?:[和及与、]{_NUM}[^，。；：\d]{{0,16}}?)*"
                      rf"为(?:{roles})")
    close = re.compile(rf"为(?:{roles})(?:{alternation(nf['defined_system_make'])}|"
                       rf"的[^，。；]{{0,12}}?(?:{alternation(nf['defined_system_nouns'])}))")
    return role, close, re.compile(rf"为(?:{roles})(?![、])")


def _system_part(text: str, start: int, end: int) -> bool:
    role, close, ended = _system()
    if not role.match(text, end):
        return False
    opening, stop = _sentence(text, start, end)
    nf = vocab("nonfigures")
    if not close.search(text, end, stop) \
            or text.startswith(tuple(nf["defined_system_counted_units"]), end):
        return False  # round 85 review (q1): firms or people counted (以20家龙头企业为引领…)
    clause = re.split(r"[，,；：:]", text[opening:start])[-1]
    frame = clause.rfind("以")  # not 以上, 以下 … (a qualifier), nor after a digit
    if frame >= 0 and any(w in clause[:frame] for w in nf["defined_system_built"]):
        return False  # round 85 review (q1): parts built (建成以1个…为核心、15个乡镇站点为节点…)
    return frame >= 0 and not re.match(r"以[上下内外来后前及便致]", clause[frame:]) \
        and not ended.search(clause[frame:])


def _numbered_name(text: str, start: int, end: int, value: float | None) -> bool:
    nf = vocab("nonfigures")
    before = text[max(0, start - 8):start].removesuffix("第")
    if before.endswith(tuple(nf["defined_channel_before"])) \
            and text.startswith(tuple(nf["defined_channel_units"]), end):
        return True
    if before.endswith(tuple(nf["defined_institute_groups"])) \
            and text.startswith(tuple(nf["defined_institute_units"]), end) \
            and not text.startswith(tuple(nf["defined_institute_counted"]), end + 1):
        return True
    return value is not None and any(
        text.startswith(name, end) and value in counts
        for name, counts in nf["defined_fixed_names"].items())


@cache
def _slogan() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A numbered item of a slogan (一个目标（…）, 两大园区（…）: a numeral, a classifier of
    ``defined_slogan_units``, a short noun, then a bracket, 、 or a comma), and a quoted name
    explained after 即 up to the count ("“四区”，即抓好…四个住宅小区建设")."""
    units = alternation(vocab("nonfigures")["defined_slogan_units"])
    # round 85 review (q1): a bracket after each item's noun, and no item joined by 、 (a list of
    # things built: "建成一个中心、两大园区、三个基地、四个广场")
    item = re.compile(rf"(?<![一二两三四五六七八九十第、])(?P<n>[一二两三四五六七八九十])"
                      rf"(?:{units})[\u4e00-\u9fff]{{1,4}}?(?=[（(])")
    explained = re.compile(r"“(?P<name>[^“”\n]{1,4})”[，,：:]?即[^“”。；\n]*$")
    return item, explained


def _slogan_part(text: str, start: int, end: int, value: float | None) -> bool:
    item, explained = _slogan()
    opening, close = _sentence(text, start, end)
    items = {m.start(): cn_int(m.group("n")) for m in item.finditer(text, opening, close)}
    if start in items and {1, 2, 3} <= set(items.values()):
        return True  # 一个目标（…），两大园区（…），三个基地（…）
    m = explained.search(text, opening, start)
    # round 85 review (q1): the count closes a list of names ("即抓好甲、乙、丙、丁四个住宅小区";
    # not "“两个中心”，即建成2个物流中心", a count of things built)
    name = m.group("name") if m and "、" in text[m.end("name"):start] else ""
    # not a numeral of time: “三年行动”
    numerals = re.findall(r"[一二两三四五六七八九十](?![年月日天周岁])", name)
    return value is not None and value in {cn_int(c) for c in numerals}


def defined_term(text: str, start: int, end: int, value: float | None = None) -> str | None:
    """Why the number ``text[start:end]`` (its value, when a whole count) is one of the module's
    non-figures, or None."""
    if _ratio_term(text, start, end):
        return "a term of a ratio illustrated (每出口4辆汽车就有1辆, 相当于5年前1.5个百分点)"
    if _system_part(text, start, end):
        return "a part of a system defined by its parts (以1个总规成果为核心…构成的体系)"
    if _slogan_part(text, start, end, value):
        return "a numbered part of a slogan (一个目标、两大园区、三个基地; “四区”，即…四个)"
    if _numbered_name(text, start, end, value):
        return "numerals of a fixed name (央视6套, 中电科十二所, 56个民族, 十种有色金属)"
    return None
