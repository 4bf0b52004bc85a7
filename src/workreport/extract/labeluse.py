"""What money with no subject pays for when the clause right after it (no comma) holds other
figures or a 对…进行 frame (round 51, s51a, the dev draws' fragments: "投资2100万元完成了全长
25.4公里的7条农村公路建设" → 全长投资, "投入近100万元对全县所有畜禽进行了强制免疫" → 投入所有
畜禽资金, "投资2亿元全面提升教学条件" → bare 投资). The clause is read as a construction:

- *对 X 进行 Y*: X's act, the scope and count before X gone ("对全县5万余亩林木进行病虫害防治"
  → 林木病虫害防治; ``cues.use_object_scopes``, ``cues.counted_object_verbs``);
- *a verb, measures, a works*: the measures describing the works go ("全长25.4公里的", "7条";
  ``cues.use_measure_words``), what the verb acts on stays (农村公路建设);
- *a count of places and an act*: the act alone ("完成5个村巩固提升" → 巩固提升;
  ``cues.use_counted_places``);
- *a verb of raising and its object*: the object first ("全面提升教学条件" → 教学条件提升;
  ``cues.use_raise_verbs``), only when nothing else was read after the money.

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelpurpose import after_verbs
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["money_use"]

_WORDS = r"[\u4e00-\u9fff“”]"
_MEASURE = r"[约近超逾]?\d+(?:\.\d+)?万?[余多]?"


def money_use(text: str, end: int, sentence_end: int, name: str, after: str) -> str:
    """``after``, what the words after money named ``name`` (投资, 投入 …) name, read again
    from the clause right after the money at ``end`` when it has one of the shapes above:
    "对全县所有畜禽进行了强制免疫" → 畜禽强制免疫; as it is for any other clause, for money
    followed by a comma or 的, and for other names."""
    cues = vocab("cues")
    if not after and text[end:end + 1] == "、" and name in cues["money_nouns"]:
        return _described_works(re.split(r"[，,；;。！？：:]", text[end + 1:sentence_end])[0])
    if name.removeprefix("累计") not in cues["money_nouns"] + cues["money_verbs"] \
            or text[end:end + 1] in ("，", ",", "的", "、", "；", "。"):
        return after
    clause = re.split(r"[，,；;。！？：:]", text[end:sentence_end])[0]
    return (_object_act(clause) or _measured_works(clause) or _measured_subject(clause)
            or (_raised(clause) if not after else "") or after)


def _described_works(clause: str) -> str:
    """The works a clause after money and 、 ends with after 的, when both describe it (round
    63, y8, the draws' owner lost: "抓好总投资20亿元、以甲市场为核心的北方服装城建设" →
    北方服装城建设); "" for figures in the clause, no 的 or no works at its end
    (``cues.works_heads``)."""
    works = clause.rsplit("的", 1)[-1]
    if "的" not in clause or re.search(r"\d", clause) \
            or not re.fullmatch(rf"{_WORDS}{{3,12}}", works) \
            or not works.endswith(tuple(vocab("cues")["works_heads"])):
        return ""
    return works


def _measured_subject(clause: str) -> str:
    """The works a clause right after money opens with after its length and 的, as its subject
    or counted (round 63, y8, the draws' owner lost: a bare 投资): "7.4公里的“大北环”全线通车"
    → “大北环”, "335.5公里的交通项目34个" → 交通项目 (``cues.works_subject_heads`` or a quoted
    name, before ``cues.works_subject_stops`` or a count); "" for any other clause."""
    cues = vocab("cues")
    m = re.match(rf"(?:{alternation(cues['use_measure_words'])})?{_MEASURE}(?:公里|千米|米)的",
                 clause)
    rest = re.sub(r"〔\d*〕", "", clause[m.end():]) if m else ""
    stops = alternation(cues["works_subject_stops"])
    works = re.fullmatch(rf"({_WORDS}{{2,14}}?)(?:(?:{stops}).*|{_MEASURE}[个条座项处所])", rest)
    if not works or re.search(r"[、和及与]", works.group(1)):
        return ""
    name = works.group(1)
    heads = tuple(cues["works_subject_heads"] + cues["works_heads"])
    return name if name.endswith(heads) or re.fullmatch(r"“[^”]{2,10}”", name) else ""


def _object_act(clause: str) -> str:
    """对 X 进行 Y as X and Y ("对全县所有畜禽进行了强制免疫" → 畜禽强制免疫); ""."""
    m = _object_act_re().fullmatch(clause)
    if not m:
        return ""
    manner = next((w for w in vocab("cues")["use_raise_manners"] if m.group(2).startswith(w)
                   and len(m.group(2)) >= len(w) + 2), "")  # 进行了全面改造 → 改造
    return m.group(1) + m.group(2)[len(manner):]


@cache
def _object_act_re() -> re.Pattern[str]:
    """对, scopes, a measure, what describes the object before 的 (it goes: "对21个小区内网和
    住户家中的二三次管网进行更换改造" → 二三次管网更换改造; round 63, y8), the object (no 的)
    and its act (``_object_act``), built once."""
    cues = vocab("cues")
    scope = alternation(cues["use_object_scopes"])
    verb = alternation(cues["counted_object_verbs"])
    return re.compile(rf"对(?:{scope})*(?:{_MEASURE}[亩户人个家所座名处条头只])?"
                      rf"(?:{_WORDS}{{2,12}}的)?"  # 小区内网和住户家中的 (round 63, y8)
                      rf"((?:(?!的){_WORDS}){{2,10}}?)(?:{verb})了?([\u4e00-\u9fff]{{2,6}})")


def _measured_works(clause: str) -> str:
    """The works a verb opening ``clause`` acts on, the measures describing it gone ("完成了
    全长25.4公里的7条农村公路建设" → 农村公路建设), or the act on counted places ("完成5个村
    巩固提升" → 巩固提升); "" when no measure goes, or figures or no works stay."""
    cues = vocab("cues")
    pieces = tags(clause) if clause else ()
    if not pieces or pieces[0].flag != "v" or not re.search(r"\d", clause):
        return ""
    places = _places_re().search(clause)
    if places and places.end() == len(clause):
        act = places.group(1)
        return act if all(p.flag[:1] == "v" for p in tags(act)) else ""
    bare = _measures_re().sub("", clause)
    if bare == clause or re.search(r"\d|[a-zA-Z]", bare):
        return ""
    works = after_verbs(bare)
    heads = tuple(cues["works_heads"] + cues["works_verbs"])
    return works if 3 < len(works) <= 12 and works.endswith(heads) else ""


@cache
def _measures_re() -> re.Pattern[str]:
    """A length of the works before 的, a count of them, and the places and people they
    reach before 的 (round 53: "实施覆盖36个村7.4万人的…工程" gave 覆盖投资; verbs of
    ``cues.chain_reach_verbs``) (``_measured_works``)."""
    cues = vocab("cues")
    words, reach = alternation(cues["use_measure_words"]), alternation(cues["chain_reach_verbs"])
    return re.compile(rf"(?:(?:{reach})(?:、?{_MEASURE}(?:个[\u4e00-\u9fff]{{1,3}}?|户|人))+的"
                      rf"|(?:{words})?{_MEASURE}(?:公里|千米|米)的"
                      rf"|{_MEASURE}[条座个所处项](?=\D))")


@cache
def _places_re() -> re.Pattern[str]:
    """A count of places and the act done in them, ending the clause (``_measured_works``)."""
    places = alternation(vocab("cues")["use_counted_places"])
    return re.compile(rf"{_MEASURE}个?(?:{places})([\u4e00-\u9fff]{{2,6}})")


def _raised(clause: str) -> str:
    """The object of a verb of raising first ("全面提升教学条件" → 教学条件提升); ""."""
    cues = vocab("cues")
    pieces = list(tags(clause)) if clause else []
    if pieces and (pieces[0].flag == "d" or pieces[0].word in cues["use_raise_manners"]):
        pieces.pop(0)
    if not pieces or pieces[0].word not in cues["use_raise_verbs"]:
        return ""
    rest = "".join(p.word for p in pieces[1:])
    nouns = all(p.flag[:1] == "n" for p in pieces[1:])
    return rest + pieces[0].word if nouns and re.fullmatch(f"{_WORDS}{{2,8}}", rest) else ""
