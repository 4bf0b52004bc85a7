"""Which of the counted things are counted, said by a predicate after the noun (issue 13,
round 79, x1).

Class of error ("scope lost"): the judges reject a count labelled by its noun alone when the
clause after the noun says which of the things are counted: "58项改革经验在全省、全国推广" →
改革经验, "44名学生被985、211高校录取" → 学生, "119家公共文化场馆延时错时开放" → 公共文化场馆,
"7.4万人次干部下沉基层一线" → 干部, "300多家企业和商户上传产品3万余种" → 企业和商户. The rules
before (``labelqualify`` for bare generic nouns, ``labelselected`` for modified ones) miss them:
their verbs are only those of being chosen or put to use, a 、 or a digit in the predicate
stops them, and a manner word or a prepositional phrase before the verb does too.

Rule (``which_after``), over the shape *count + noun + predicate to the clause's end*, once
those rules left the label as it was: the label is the noun after the figure, or ends in it
(a scope before the number stays in front: 资兴市受灾群众); the predicate after it opens with
(1) a verb of ``cues.selected_verbs`` or ``cues.which_after_verbs`` (verbs of coming in,
settling, being sent down, being spread, opened, connected, admitted, leaving a list; one of
``cues.which_after_scoped_verbs``, 推广 and 开放, only after a scope or manner word:
在全国推广, 对外开放, 延时错时开放, not "适宜技术推广使用"), (2) a
preposition (``cues.which_after_prepositions``) whose phrase runs to such a verb, or (3) a
manner word of at most 4 characters not opening with a verb, then such a verb (倾情驻企,
延时错时开放). 开展 (``cues.which_after_subject_verbs``) only where the count is its subject:
the label is the noun alone and the clause opens with the number or a word of
``cues.which_after_subject_leads`` (组织, 在, 全县 …), not after a verb of sending (选派).
Sequence adverbs (已, 相继 …: ``cues.which_after_adverbs``) before it go. The
predicate goes before the noun with 的: 在全省、全国推广的改革经验.

Exceptions (the label stays): a predicate that says what befell ALL of them
(label_judging.md: 全部完成, 有序推进, 全部兑现): one opening with or holding a word of
``cues.which_after_all`` (全部, 全面, 均, 有序, 加快 …; 以来, a time clause) or ending in work
(``selected_not_ends``); a predicate with a quantity of its own inside (与我县17个乡镇…结对:
digits then a unit of ``cues.which_after_units``), except one ending it, which is cut
("上传产品3万余种" → 上传产品) unless a threshold stands before it (实现…收入超过50万元:
labelselected's rule); a time word or 将 before the verb (春节前将搬进新居: a deadline, not a
manner); a predicate the label holds already (竣工投产项目, 网上可办政务服务事项); a count that
is no count of things or people (4万吨再生水项目). Digits naming a thing (985、211高校) stay;
slogans quoted after the verb's object go ("下沉基层一线“叫醒”“叫应”" → 下沉基层一线), an
object quoted stays ("入驻“832平台”"). A 、 stays only between nouns (在全省、全国), not
between predicates (白衣执甲、逆行出征). A transitive verb of ``selected_verbs`` alone (通过,
实现, 获得) is no predicate; the predicate is 2 to 22 characters with its quotes closed.
Round 79 review, q1: no date or deadline after a preposition either ("到2025年投产",
"在2024年底前投入运营"); an own figure cut only after the verb and its object, not after a
measure (``cues.which_after_measures``: "落户园区总投资30亿元") nor a second verb ("入驻园区带动
就业500人"); a label whose end holds a preposition's phrase an older rule left ("企业到我县")
is cut before it and the phrase read with the predicate (到我县落户的企业); one whose end is a
verb ("项目签约") stays.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import NOTE_MARK
from workreport.vocab import alternation

__all__ = ["which_after"]

_BREAK = re.compile(r"[，,；;。！？：:（）()\n]")


def which_after(name: str, before: str, after: str, dimension: str) -> str:
    """``name`` with the predicate after its noun that picks out the counted ones before
    the noun and 的 (module docstring), for a count of things or people (``dimension``;
    ``before``, the sentence before the number, for 开展's subject): ("改革经验", "",
    "改革经验在全省、全国推广。", "count") → 在全省、全国推广的改革经验; ``name``
    unchanged otherwise."""
    if dimension not in ("count", "people"):
        return name
    noun = next((name[k:] for k in range(len(name) - 1) if after.startswith(name[k:])), "")
    head = name[: len(name) - len(noun)]
    noun = _clause_cut(noun) if len(noun) >= 2 else ""  # "企业到我县" → 企业 (到我县落户)
    if len(noun) < 2:
        return name  # "项目签约": the label holds a piece of a clause already
    tail = NOTE_MARK.sub("", _BREAK.split(after[len(noun):])[0])
    tail = _adverbs().sub("", tail)
    own = _own_figure().search(tail)
    if own and tail[: own.start()].endswith(cue_words("selected_thresholds")):
        return name  # a threshold picks them out ("实现集体经济收入超过50万元"): kept out
    pred = _predicate(tail[: own.start()] if own else tail, own is not None)
    verb = _verb().search(pred) if pred else None
    obj = pred[verb.end():].strip("“”") if verb else ""
    if not verb or any(w in name for w in _verb().findall(pred)) or (obj and obj in name):
        return name  # the label holds its predicate already ("竣工投产项目", "网上可办…事项")
    lead = _BREAK.split(before)[-1].strip()
    led = not lead or lead.endswith(cue_words("which_after_subject_leads"))
    if verb.group(0) in cue_words("which_after_subject_verbs") \
            and (head or not led):
        return name  # "选派400名医师开展帮扶": the act is the sending's purpose
    return f"{head}{pred}的{noun}"


def _predicate(tail: str, cut: bool) -> str:
    """``tail`` when it is a predicate that picks out which are counted, else ""; ``cut``:
    an own figure ended it, so its verb must open it ("上传产品3万余种", not "新入驻企业154家")."""
    if not 2 <= len(tail) <= 22 or tail.count("“") != tail.count("”") \
            or _all().search(tail) or _quantity().search(tail) \
            or tail.endswith(cue_words("selected_not_ends")):
        return ""
    verb = _verb().search(tail)
    if not verb:
        return ""
    pre = tail[: verb.start()]
    if pre and (cut or not _manner_or_scope(pre)):
        return ""  # "供养亲属纳入…", "应用成功接入…", "春节前将搬进…": no manner word
    if cut and (tail.endswith(cue_words("which_after_measures"))
                or any(t.flag == "v" for t in tags(tail[verb.end():]))):
        return ""  # "落户园区总投资30亿元", "入驻园区带动就业500人": the figure's own owner
    if not pre and verb.group(0) in cue_words("which_after_scoped_verbs"):
        return ""  # "20项适宜技术推广使用", "文化站开放阅览室": all of them
    if "、" in tail and any(t.flag[:1] == "v" for piece in tail.split("、")[:-1]
                           for t in tags(piece)):
        return ""  # a list of predicates ("白衣执甲、逆行出征"), not of nouns
    bare = re.sub(r"(?:“[^“”]*”)+$", "", tail)  # "下沉基层一线“叫醒”“叫应”": slogans after
    if len(bare) > verb.end() + 1:  # its object go, not an object quoted ("入驻“832平台”")
        tail = bare
    if tail == verb.group(0) and verb.group(0) in cue_words("selected_verbs") \
            and verb.group(0) not in cue_words("which_after_verbs"):
        return ""  # "通过", "实现" alone
    return tail


def _manner_or_scope(pre: str) -> bool:
    """Whether ``pre``, the words before a predicate's verb, is a prepositional phrase of
    scope (在全省、全国, 对外) or a manner word of at most 4 characters: not one opening with
    a verb of its own, nor holding a time word or 将 (a deadline: 春节前将)."""
    pieces = tags(pre)
    if any(t.flag[:1] == "t" or t.word == "将" for t in pieces) or re.search(r"\d+年", pre):
        return False  # a deadline or a date, after a preposition too ("到2025年", "在年内")
    if pre.startswith(cue_words("which_after_prepositions")):
        return True
    return len(pre) <= 4 and pieces[0].flag[:1] != "v"


def _clause_cut(noun: str) -> str:
    """``noun``, the label's end the text after the figure opens with, up to a piece of a
    clause it holds (round 79 review, q1): a preposition of ``cues.which_after_prepositions``
    after its first word ("企业到我县" → 企业); "" when a verb ends it ("项目签约")."""
    pieces = tags(noun)
    if pieces[-1].flag == "v":
        return ""
    at = 0
    for piece in pieces:
        if at and piece.word in cue_words("which_after_prepositions"):
            return noun[:at]
        at += len(piece.word)
    return noun


@cache
def _verb() -> re.Pattern[str]:
    """A verb of ``cues.selected_verbs`` or ``cues.which_after_verbs``, compiled once."""
    return re.compile(alternation(cue_words("selected_verbs") + cue_words("which_after_verbs")))


@cache
def _all() -> re.Pattern[str]:
    """A word of ``cues.which_after_all`` (what befell all of them), compiled once."""
    return re.compile(alternation(cue_words("which_after_all")))


@cache
def _adverbs() -> re.Pattern[str]:
    """Sequence adverbs of ``cues.which_after_adverbs`` opening a predicate, compiled once."""
    return re.compile(rf"^(?:{alternation(cue_words('which_after_adverbs'))})+")


@cache
def _quantity() -> re.Pattern[str]:
    """A quantity inside a predicate: digits, a magnitude maybe, a unit of
    ``cues.which_after_units``, compiled once."""
    units = alternation(cue_words("which_after_units"))
    return re.compile(rf"[\d一二两三四五六七八九十百千]+[万亿千百]*[余多]?(?:{units})")


@cache
def _own_figure() -> re.Pattern[str]:
    """A figure ending the predicate, its own ("上传产品3万余种"): digits, a magnitude and
    an approximation maybe, a unit of ``cues.which_after_units``, compiled once."""
    units = alternation(cue_words("which_after_units"))
    approx = alternation(cue_words("selected_approx"))
    return re.compile(rf"(?:{approx})?\d[\d.]*[万亿]*[余多]?(?:{units})$")
