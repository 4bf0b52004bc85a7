"""The noun phrase right after a count's unit is what the count counts (issue 13, the
development draws' "other thing": a label naming the owner, zone or modifier before the number
instead of the things counted; round 80, x3).

The class of error: a numeral and classifier stand before a noun phrase, with no 的 and no
break between ("装配式建筑产业园3个入园项目上半年实现投产", "推动5类县城11个试点县差异发展",
"全力打造中国式现代化7个清苑场景", "研制完成高唐锦鲤2个国家级团体标准", "新建玖兴肉鸡100个
分散养殖场", "全疆60家三甲医院实现377项检查检验结果互认", "县属国企物业公司入驻49个老旧小区"):
in Chinese the count then quantifies that noun phrase, the words before it being its owner, its
modifier or the verb acting on it. The label kept only the words before the number
(装配式建筑产业园, 5类县城, 打造中国式现代化, 三甲医院): the park for its projects, the county
types for the pilot counties, a programme for its scenes. ``labelheads.noun_after_count``
(round 73) joins one plain noun; a phrase of several words (入|园|项目, 国家级|团体|标准,
白洋淀|上游|流域|污染|治理|重点项目) or one a word jieba tags a verb opens was left out.

The rule (a pass of ``labelpasses.AFTER``): for a count, area or length whose label is the words
ending the sentence before its number (a verb of two or three characters between them, such as
入驻, which the label had dropped, comes back; a filler such as 实现 does not), the noun phrase
opening the text right after the unit is added: its words up to the first adverb, preposition,
conjunction, particle, pronoun, numeral, time word or break, an adjective after a noun, or a word
of ``cues.counted_phrase_stops`` (全部, 差异 …: nouns to jieba that say how the things fared); then
cut back to its last noun (a verb or verbal noun after the things is their predicate:
核酸检测基地|建设). A name ending in a year (高标准2020年) is a time phrase, not an owner: the
phrase stands alone. Results: 装配式建筑产业园入园项目, 5类县城试点县, 打造中国式现代化清苑场景,
三甲医院检查检验结果, 县属国企物业公司入驻老旧小区.

Exceptions (the label stays): a phrase opening with a verb or adjective of two characters or more
after a label ending in no verb (the count follows its noun and a predicate comes next:
"重点项目38个纳入省级笼子", "特岗教师150名充实乡村教学", "用地指标1265亩居全市第一"; 分散养殖场
reads the same to jieba and is left out with it; not 入|园, a verb of one character and a bound
morpheme); a phrase followed by an adjective and a noun of one character each (氢能|重|卡: a noun
jieba split); a phrase shorter than two characters, or one word of one character (村, 县: the
village rules have them); a phrase the label holds already, or whose last noun it holds
(拟挂牌上市企业 after …企业); a phrase ending in a rank's, mark's or target's noun
(``cues.noun_after_not``: 位次, 关口, 目标); a phrase followed by a number within four characters
(another count with no break: "…产业园15个优势特色产业集群9个", "培育农民合作社20.3万家"), by an
adjective (带动能力强: a clause about the things; not one opening a longer noun, 全|产业链), by 、
(a list the count counts together, left to ``labelcountlist``) or by 的 before the clause ends (the
head comes later: 带动能力强、…的特色产业); a label ending in a measure the things are counted in
(``cues.owned_measure_words``: 存栏, 年出栏: the animals after the number are the unit's) or a
batch scope (``cues.batch_scopes``); a bound after a length (``cues.counted_after_bounds``:
15米范围内); a label holding a list of names (甲公司、乙公司两家…: the names rules have it) or
ending in a preposition (通过8个“小切口”), or one the words after the number open (the label read
there already); money, volumes and shares. Round 80 review, q1: a phrase opening with a
surname (jieba's nr of one character: "召开新闻发布会12场王书记出席"; not 大修|工程, nr to
jieba) or, after a label ending in no verb and a count of things, with people
(``cues.counted_phrase_subjects``: "建成农村公路80公里群众出行更便捷", the next clause's
subject); acts jieba tags as nouns end the phrase (``cues.counted_phrase_stops``: 落地, 通车,
落户, 开业: "招商引资项目45个落地建设"). Areas and lengths count too
(高九路重庆总部城7万平方米写字楼竣工 → 高九路重庆总部城写字楼; …连接线7.6公里大修工程 →
…连接线大修工程).
"""

from __future__ import annotations

import re

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["counted_phrase", "opening_noun_phrase"]

_CLAUSE = re.compile(r"[，。；;、：:,（(〔【\[\s]")
_ENDED = re.compile(r"[，。；;,]")
_STOP_FLAGS = ("d", "p", "c", "u", "r", "m", "q", "t", "e", "y", "o")
_NEXT_COUNT = re.compile(r"[\u4e00-\u9fff]{0,4}\d")  # 合作社20.3万家: a count with no break
_YEAR = re.compile(r"^.*\d{4}年(?:度)?$")


def _noun(p: object) -> bool:
    flag = p.flag  # type: ignore[attr-defined]
    return (flag[:1] == "n" and flag != "nr") or flag == "j" \
        or p.word in cue_words("named_heads")  # type: ignore[attr-defined]


def opening_noun_phrase(clause: str) -> tuple[str, str, str]:
    """The noun phrase opening ``clause``, and the word after it and its tag ("" when none)."""
    words = tags(clause)
    kept: list = []
    seen = False
    stops = cue_words("counted_phrase_stops", "noun_after_adverbs")
    for p in words:
        if p.flag[:1] in _STOP_FLAGS or p.flag == "eng" or p.word in stops \
                or (p.flag[:1] == "a" and seen) \
                or (p.flag == "x" and p.word not in "“”"):
            break
        kept.append(p)
        seen = seen or _noun(p)
    while kept and not _noun(kept[-1]) and kept[-1].word != "”":
        kept.pop()
    text = "".join(p.word for p in kept)
    if text.count("“") != text.count("”") or (text.endswith("”") and not _noun(kept[-2])):
        return "", "", ""
    nxt = words[len(kept)] if len(kept) < len(words) else None
    if nxt and nxt.flag[:1] == "a" and len(kept) + 1 < len(words) \
            and _noun(words[len(kept) + 1]):
        if len(nxt.word) == 1 == len(words[len(kept) + 1].word):
            return "", "", ""  # a noun jieba split (氢能|重|卡): the phrase goes on
        nxt = words[len(kept) + 1]  # an adjective opening a longer noun after: 全|产业链
    return text, nxt.word if nxt else "", nxt.flag if nxt else ""


def counted_phrase(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` and the noun phrase after the count's unit (see the module's docstring);
    ``before`` and ``rest`` are the sentence before the number and after its unit."""
    if dimension not in ("count", "people", "area", "length") or len(name) < 2 or "、" in name \
            or tags(name)[-1].flag[:1] == "p" \
            or not re.match(r"[\u4e00-\u9fff“]", rest) or rest.startswith(name[:2]):
        return name  # (a label read after the number already: 央企子公司|落户)
    clause = _CLAUSE.split(rest, maxsplit=1)[0] if not rest.startswith("“") \
        else re.split(r"[，。；;、：:,（(]", rest, maxsplit=1)[0]
    phrase, nxt, flag = opening_noun_phrase(clause)
    if len(phrase) < 2 or not phrase.strip("“”"):
        return name
    heads = tags(phrase.strip("“”"))
    bound = len(heads) > 1 and len(heads[0].word) == 1 and heads[1].flag in ("zg", "ng")
    if heads[0].flag[:1] in ("v", "a") and heads[0].flag != "vn" and not bound \
            and (len(heads[0].word) > 1 or heads[0].flag == "v") \
            and tags(name)[-1].flag[:1] != "v":
        return name  # a count after its noun, then a predicate: 重点项目38个纳入省级笼子
    surname = heads[0].flag == "nr" and len(heads[0].word) == 1
    if surname or (dimension != "people" and tags(name)[-1].flag[:1] != "v"
                   and heads[0].word in cue_words("counted_phrase_subjects")):
        return name  # the next clause's subject: 公路80公里群众出行…; 发布会12场王书记出席
    head = heads[-1].word if heads else ""
    if len(head) < 2 and len(heads) < 2:
        return name
    after = _ENDED.split(rest[len(phrase):], maxsplit=1)[0]
    if phrase in name or (len(head) > 1 and head in name) \
            or phrase.endswith(cue_words("noun_after_not")) \
            or phrase.startswith(cue_words("counted_after_bounds")) \
            or name.endswith(cue_words("owned_measure_words", "batch_scopes")) \
            or flag[:1] == "a" or re.match(r"[\d一二两三四五六七八九十]", nxt) \
            or "的" in after or after.startswith("、") or _NEXT_COUNT.match(after):
        return name
    tail = before.rstrip()
    end = name[-2:]
    at = tail.rfind(end)
    if at < 0:
        return name
    gap = tail[at + len(end):]
    gap = "" if gap in cue_words("label_inner_fillers") else gap  # 实现, 完成: fillers
    if gap and not (2 <= len(gap) <= 3 and all(p.flag[:1] == "v" for p in tags(gap))):
        return name
    owner = "" if _YEAR.match(name) else name + gap
    return owner + phrase
