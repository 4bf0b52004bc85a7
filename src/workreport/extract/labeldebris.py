"""Round 31 (rt, the seed-9002 development draw: 'fragment', 'junk'): debris a label keeps
from the words around its number, taken off last (``debris_dropped``, the outermost rule of
``naming.label``):

- *its own count* (``own_count``): the figure itself, written in Chinese numerals, left
  inside its label ("推进三个铸造集中区和六个新材料产业园区建设" gave 六个新材料产业园区建设
  for 六个 → 新材料产业园区建设).
- *a preposition at the end* (``preposition_end``): the counted noun of a clause whose act
  goes through a preposition to another count ("3家银行向25家企业发放贷款2亿元" gave 银行向
  → 向企业发放贷款的银行; a longer act leaves the noun alone: 银行).
- *a second item cut inside* (``cut_second``): a count's noun after its number joined by 和
  to a name that the noun phrase cut inside ("建成15个“口袋公园”和滨河路生态慢行步道" gave
  建成“口袋公园”和滨河路生态 → 建成“口袋公园”).
- *a filler inside* (``filler_inside``): 组织 between the scope that did an act and the act
  ("阳光工程组织培训" → 阳光工程培训).
- *a clause glued on by 、* (``glued_clause``; round 51, s51e): a clause ending in a result
  (获批, 全覆盖) before the figure's own ("某园区启动建设、签约项目163个" gave 某园区启动建设、
  签约项目 → 某园区签约项目).

The words are data (``cues.label_fragment_prepositions``, ``cues.inner_act_fillers`` …).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, wraps

from workreport.extract.labelaffix import peel
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import classifiers
from workreport.extract.numbers import Token, vocab

__all__ = ["cut_second", "debris_dropped", "filler_inside", "glued_clause", "own_count",
           "preposition_end", "scope_filler"]

_NUMERALS = "一二三四五六七八九十两百千"


def own_count(name: str, quote: str) -> str:
    """``name`` without ``quote``, the figure, when the figure is written in Chinese numerals
    with its classifier ("六个") and stands inside the label with two characters or more
    left: "六个新材料产业园区建设" → 新材料产业园区建设; and a count so written after a
    list's 和 or 及 ("铸造集中区和六个新材料产业园区建设": its items are labelled later; not
    in quotation marks, nor a numeral after a numeral: 二、三次管网)."""
    # (a count so written after 和 in a list whose items are labelled later, too)
    if "“" not in name:
        name = re.sub(rf"(?<=[^{_NUMERALS}\W\d][和及])[{_NUMERALS}]+{classifiers()}"
                      rf"(?=[\u4e00-\u9fff]{{2}})", "", name)
    if not re.fullmatch(rf"[{_NUMERALS}]+[\u4e00-\u9fff]", quote) or quote not in name:
        return name
    rest = name.replace(quote, "", 1)
    return rest if len(rest) > 1 else name


def preposition_end(name: str, after: str) -> str:
    """``name`` without a preposition (``cues.label_fragment_prepositions``) left at its
    end, the counted noun of a clause whose act goes through it: with the act, its own
    counts and amounts taken out, before the noun when the act is short ("银行向", after
    "向25家企业发放贷款2亿元" → 向企业发放贷款的银行), else the noun alone (a running
    total's 累计 gone: "银行累计向" → 银行)."""
    cues = vocab("cues")
    prep, noun = _ends(name)
    if not prep or name not in after[:len(name) + 3]:
        return name  # (not a label carried to a later count)
    clause = re.split(r"[，。；;,：:（(]", after, maxsplit=1)[0]
    at = clause.find(prep)
    act = _amount().sub("", clause[at + len(prep):]) if at >= 0 else ""
    if at >= 0 and 2 <= len(act) <= 12 and re.fullmatch(r"[\u4e00-\u9fff“”]+", act) \
            and not act.endswith(tuple(cues["label_fragment_prepositions"])):
        return f"{prep}{act}的{noun}"
    return noun if len(noun) > 1 else name


@cache
def _amount() -> re.Pattern[str]:
    """A count or amount with its classifier or unit (``preposition_end``), built once."""
    return re.compile(rf"\d[\d.]*[万亿千百]*(?:{classifiers()}|元|人次|户|亩)?"
                      r"(?:以上|左右|余|多)?")


def _ends(name: str) -> tuple[str, str]:
    """The preposition that ends ``name`` (``cues.label_fragment_prepositions``) and the
    noun before it, a running total's 累计 gone; ("", name) when none ends it."""
    cues = vocab("cues")
    prep = next((p for p in cues["label_fragment_prepositions"] if name.endswith(p)), "")
    if not prep or len(name) < len(prep) + 2:
        return "", name
    noun = name[:-len(prep)]
    for word in cues["running_total_words"]:
        noun = noun.removesuffix(word)
    return prep, noun


def cut_second(name: str, after: str) -> str:
    """``name`` without a name joined by 和 or 及 after the counted noun when the noun
    phrase was cut inside that name: the words right after the label in ``after`` (the
    sentence from the number) run on, with a noun of jieba's and no verb, before the clause ends
    ("…“口袋公园”和滨河路生态" before 慢行步道 → …“口袋公园”); kept when the words after are
    a predicate (…和体育公园投入使用), open with a preposition or 的 (…和职工的住房问题,
    …及优势企业为龙头) or the second name is whole."""
    m = re.search(r"(?<=..)(?:和|及)(?P<tail>[^和及、]{2,})$", name)
    if not m:
        return name
    tail = m.group("tail")
    at = after.find(m.group(0))
    if at < 0:
        return name
    run = re.split(r"[，。；;,：:、（(和及与或\d]", after[at + len(m.group(0)):], maxsplit=1)[0]
    pieces = tags(run) if run else ()
    if not any(p.flag.startswith("n") for p in pieces) or len(run) > 6 \
            or any(p.flag.startswith("v") for p in pieces) or pieces[0].flag[:1] in "pcu" \
            or any(p.word in vocab("cues")["object_stops"] for p in pieces) \
            or not re.fullmatch(r"[\u4e00-\u9fff]+", tail.strip("“”")):
        return name
    return name[:m.start()]


def filler_inside(name: str) -> str:
    """``name`` without a filler verb (``cues.inner_act_fillers``: 组织) standing as a word
    of jieba's between a noun and an act (``cues.inner_act_filled``): "阳光工程组织培训" →
    阳光工程培训, "农技站组织开展培训" → 农技站开展培训; kept after the nouns it makes an
    organisation of (``cues.inner_act_owners``: 社会组织开展服务)."""
    cues = vocab("cues")
    pieces = tags(name) if any(w in name for w in cues["inner_act_fillers"]) else ()
    for i in range(1, len(pieces) - 1):
        if pieces[i].word in cues["inner_act_fillers"] \
                and pieces[i - 1].flag.startswith("n") \
                and pieces[i - 1].word not in cues["inner_act_owners"] \
                and pieces[i + 1].word in cues["inner_act_filled"]:
            return "".join(p.word for j, p in enumerate(pieces) if j != i)
    return name


def scope_filler(name: str) -> str:
    """``name`` without a filler before the act (``cues.scope_fillers``: 组织, 滚动推进) after a
    scope of places or levels that did it (``cues.filler_scopes``: 两级, 各地, 全市 …; round 53,
    s53a, a filler a scope before it kept from ``cues.label_leading``): "市县两级组织开展政企
    早餐会" → 市县两级开展政企早餐会, "各地滚动推进重点项目" → 各地重点项目. Kept where a word of
    ``cues.label_leading_keep`` opens at the filler (组织部, 组织机构) or nothing of two
    characters follows; ``name`` as it is otherwise."""
    cues = vocab("cues")
    for filler in cues["scope_fillers"]:
        at = name.find(filler)
        rest = name[at + len(filler):] if at > 0 else ""
        if len(rest) < 2 or not name[:at].endswith(tuple(cues["filler_scopes"])) \
                or name[at:].startswith(tuple(cues["label_leading_keep"])):
            continue
        return name[:at] + rest
    return name


def glued_clause(name: str) -> str:
    """``name`` without a clause glued on before a 、 (round 51, s51e; fragments): when the
    piece before the last 、 ends in a result that closes a clause (``cues.glued_clause_
    results``: 获批, 全覆盖, 启动建设 …), it is another clause, not a list's item: "合肥某集结
    中心获批、开行班列" (909列) → 合肥某集结中心开行班列, "某地区高校全覆盖、学生" → 某地区高校
    学生 — a short piece after the 、 (four characters or fewer) takes the clause's subject,
    a longer one stands alone ("…污水处理设施全覆盖、生活垃圾无害化处理率" → 生活垃圾无害化
    处理率). ``name`` as it is otherwise (a list of acts: 竣工、在建项目; nothing left).

    Round 54 review (f2; a list of stages cut to its last): the piece before the 、 must name
    a subject of its own before its result, not only a time or scope word ("全年获批、在建项目"
    gave 在建项目, "新开工建设、竣工项目" gave 竣工项目: both kept whole), and a piece after it
    opening with a stage of its own (``cues.status_verbs``, the results) stands alone
    ("实现行政村5G网络全覆盖、建成基站" gave 行政村5G网络建成基站 → 建成基站)."""
    at = name.rfind("、")
    if at < 2:
        return name
    head, piece = name[:at], name[at + 1:]
    result = next((w for w in sorted(vocab("cues")["glued_clause_results"], key=len, reverse=True)
                   if head.endswith(w)), "")
    if not result or len(piece) < 2 or not re.fullmatch(r"[\u4e00-\u9fff“”]+", piece):
        return name
    subject = head[: -len(result)]
    if len(_scope_dropped(subject)) < 2:  # a stage of a list: 全年获批、在建项目, 建成投产、开工…
        return name
    piece = re.sub(r"^(?:全年|当年|年内)(?=..)", "", piece)  # "…获批、全年开行班列": 全年 no part
    stages = (*vocab("cues")["status_verbs"], *vocab("cues")["glued_clause_results"])
    return subject + piece if len(piece) <= 4 and not piece.startswith(stages) else piece


def _scope_dropped(subject: str) -> str:
    """``subject`` without the time and scope words before a stage (``cues.label_leading``:
    全年, 全市 …, and 新): what is left is the clause's own subject, or nothing (round 54
    review, f2)."""
    return peel(subject, (*vocab("cues")["label_leading"], "新"))


def debris_dropped(label: Callable[[str, Token, str, str | None], str]
                   ) -> Callable[[str, Token, str, str | None], str]:
    """``label`` (``naming.label``) with ``own_count``, ``preposition_end`` and
    ``cut_second`` and ``filler_inside`` applied (round 31, rt), and ``glued_clause``
    (round 51, s51e)."""
    @wraps(label)
    def dropped(text: str, tok: Token, pre: str, previous: str | None) -> str:
        q = tok.quantity
        assert q is not None
        # The count after the preposition's own: the figure before it named as the rules
        # inside see it ("银行向", whose clause the noun after this number then names).
        prep, noun = _ends(pre.strip())
        if prep and previous and previous != pre.strip() and previous.endswith(noun):
            previous = pre.strip()
        name = label(text, tok, pre, previous)
        if not name:
            return name
        after = text[q.end:tok.sentence.end]
        name = glued_clause(scope_filler(filler_inside(own_count(name, text[q.start:q.end]))))
        return cut_second(preposition_end(name, after), after)
    return dropped

