"""Which of a generic counted noun are counted (issue 13, round 10; used by ``labelclean``).

A label that is only a generic noun (学生, 县区, 机构 …: ``cues.generic_counted_nouns``)
names every one of them, when the text counts only those it qualifies. The predicates
``labelpredicate.generic_predicate`` puts before the noun ("14个品牌入选中华老字号" →
入选中华老字号品牌) are short verbs; this module takes the other qualifiers:

- *passive*: "8名学生被重点高校录取" → 被重点高校录取的学生;
- *a standard or state reached*: "5家卫生院达到优质服务基层行国家推荐标准" →
  达到优质服务基层行国家推荐标准的卫生院 (``cues.generic_reached_ends``);
- *a long predicate of being chosen or built* (``cues.generic_long_verbs``): "5个县区建成
  国家级电子商务进农村综合示范县" → 建成…示范县的县区;
- *a relative clause before the number*: "与高校合作的12家机构" → 与高校合作的机构,
  "建成的252套廉租房"; not a noun's owner or a scope ("县委的", "全县的"), nor a clause
  holding a digit ("总投资30亿元的15个项目": money, ``naming``'s rule).

Round 11 added (the generic nouns and fragments of the stricter audit):

- *a filler verb and what was done* (``cues.generic_done_verbs``/``generic_done_ends``):
  "65个自然村完成农村生活污水治理" → 农村生活污水治理的自然村;
- *a short predicate of being chosen* that ``generic_predicate`` left (通过, tagged a
  preposition; a bracketed noun such as 县（市、区）), a relative clause before it winning;
- *a predicate shared by two counts*: "6个集体、7名个人荣获…" → 荣获…的集体, 荣获…的个人;
  round 84: when it names one title for each, the second count takes its own ("…模范集体和
  模范个人" → 被评为…模范个人, ``_own_title``); session 62 (f3): after 分别 or a title with
  no words of its own too ("…先进集体、个人称号" → 荣获…先进个人称号, ``listed_title``, which
  ``labelchain`` asks for counts of units: "3个村、2个社区获评全国文明村和文明社区");
- *a noun run on into its predicate* ("村获评省级乡村治理示范村" → 获评省级乡村治理示范村);
- *bare money after a works named as the clause before's subject*: "…配套工程进展顺利，完成
  投资3亿元" → …配套工程投资.

Round 12's two helpers called from elsewhere (``sent_or_manner``, ``increase_owner``) and
round 14's ``counted_of`` are in ``labelcountedof``.

Round 13 added (generic nouns the audit of round 11 rejected):

- *a ranking named with its size* (``ranking``, ``cues.ranking_verbs``): "14家企业上榜中国
  民营企业500强" → 上榜中国民营企业500强的企业 (the digits name the ranking);
- *a predicate opened by a preposition* or *running on into its money*
  (``_predicate_before``): "5家企业在天交所挂牌上市" → 在天交所挂牌上市的企业, "78家企业享受
  研发费用加计扣除优惠6945万元" → 享受研发费用加计扣除优惠的企业;
- a passive up to 24 characters, 改革 and 配置 as what was done, 获 and 入围 as verbs of
  being chosen, a quoted way of working done ("68个项目实现“拿地即开工”…");
- *what reaches a generic noun* (``_reached_by``): "供水管网改造工程惠及40万群众" →
  供水管网改造工程惠及群众;
- *the verb of a relative clause* the label lost (``_relative_verb``): "开展技术改造和数字化
  转型的企业达120家" → 开展技术改造和数字化转型的企业.

The counted noun is the label itself and the first word after the figure; any other label
is returned as it is.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelwords import ending_word, leading_word, tags
from workreport.extract.nonfigures import NOTE_MARK, alternation
from workreport.extract.numbers import strip_quantities, vocab

__all__ = ["listed_title", "qualified", "ranking"]

_BREAK = re.compile(r"[，,；;。！？：:（）()\n]")


def qualified(name: str, before: str, after: str) -> str:
    """``_qualified_name``, then the second of two counts sharing a predicate that names one
    title for each takes its own (``_own_title``, round 84)."""
    out = _qualified_name(name, before, after)
    noun = leading_word(after, vocab("cues")["generic_counted_nouns"])
    if noun and out == noun and (titled := listed_title(noun, _BREAK.split(after)[0][len(noun):])):
        return titled  # session 62 (f3): "5个集体、8名个人分别荣获…先进集体、先进个人称号"
    return _own_title(noun, before, out) if noun else out


def _qualified_name(name: str, before: str, after: str) -> str:
    """``name`` with what says which of it are counted, when ``name`` is a bare generic
    counted noun and ``after`` (the sentence after the figure) opens with it; ``before``
    is the sentence before the figure. Shapes: ("学生", "…，", "学生被重点高校录取。") →
    被重点高校录取的学生; ("机构", "…与高校合作的", "机构…") → 与高校合作的机构. ``name``
    unchanged otherwise."""
    cues = vocab("cues")
    if name.removeprefix("累计") in cues["money_nouns"] and re.match(r"[，,；;。！？：:]|$", after):
        return _works_money(name, before)
    if verb := _relative_verb(name, before):
        return verb + name  # "开展技术改造和数字化转型的企业达120家" (round 13)
    if reached := _reached_by(name, before):
        return reached  # "供水管网改造工程惠及40万群众" → 供水管网改造工程惠及群众 (round 13)
    # A scope before the noun stays before it: "全县8名学生…" → 全县被…录取的学生.
    scope = next((w for w in cues["scope_words"] if name.startswith(w)), "")
    noun = name[len(scope):]
    if noun not in cues["generic_counted_nouns"] and after.startswith(noun):
        return scope + _fused(noun, after) if scope else _fused(noun, after)
    if noun not in cues["generic_counted_nouns"] or not after.startswith(noun):
        return name
    return scope + _qualified(noun, before, after) if scope else _qualified(noun, before, after)


# Round 13: levels listed inside a name ("国家、省科技计划", "省、市“专精特新”企业") are no list
# of predicates, and a footnote mark ("专精特新[6]") is no digit of the name.
_LEVELS = re.compile(r"(?:(?<=国家)|(?<=[省市县区]))、(?=[省市县区])")


def _qualified(name: str, before: str, after: str) -> str:
    """``qualified`` of a bare generic noun ``name``, levels listed in its predicate kept
    (``_LEVELS``) and footnote marks gone."""
    masked = _LEVELS.sub("\ue001", NOTE_MARK.sub("", after))
    for first, second in vocab("cues")["joint_bodies"]:  # "荣获党中央、国务院表彰" (round 25)
        masked = masked.replace(f"{first}、{second}", f"{first}\ue001{second}")
    return _qualified_plain(name, before, masked).replace("\ue001", "、")


def _qualified_plain(name: str, before: str, after: str) -> str:
    """``_qualified`` once levels listed are masked."""
    cues = vocab("cues")
    tail = _shared_tail(name, _BREAK.split(after[len(name):])[0])
    tail = _adverbs_lead().sub("", tail)
    # Not a list nor digits ("被985、211高校录取": a label holds no digits but a measure's).
    if tail.startswith("被") and 2 < len(tail) <= 24 and not re.search(r"[\d、]", tail) \
            and tail.count("“") == tail.count("”"):
        return _before(tail, name)
    reached = tail.startswith("达") and tail.endswith(tuple(cues["generic_reached_ends"]))
    if reached and len(tail) <= 20 and not re.search(r"[\d、]", tail):
        return _before(tail, name)  # "卫生院达到…国家推荐标准"
    if ranked := ranking(tail):
        return f"{ranked}的{name}"  # "14家企业上榜中国民营企业500强" (round 13)
    # A filler verb and what was done: "自然村完成农村生活污水治理" → 农村生活污水治理的自然村.
    done = next((v for v in cues["generic_done_verbs"] if tail.startswith(v)), "")
    work = tail[len(done):]
    ends = tuple(cues["generic_done_ends"])
    if done and 1 < len(work) <= 14 and work.rstrip("”").endswith(ends) \
            and not re.search(r"[\d、]", work) and work.count("“") == work.count("”"):
        return f"{work}的{name}"
    if done and re.fullmatch(r"(?:“[^“”\d]{2,10}”[和、及]?)+", work) and len(work) <= 20:
        return f"{tail}的{name}"  # "68个项目实现“拿地即开工”和“交地即交证”" (round 13)
    # A relative clause before the number wins over such a short one ("争创国家卫生城市的3个
    # 县（市）全部通过验收").
    relative = re.search(r"(?:^|[，,；;。！？：:、])([^，,；;。！？：:、\d“”]{2,20})的$", before)
    clause = _relative(relative.group(1)) if relative else ""
    # A predicate too long for generic_predicate's short ones, opened by a verb of being
    # chosen or built: "县区建成国家级电子商务进农村综合示范县".
    # A short one too, which ``labelpredicate.generic_predicate`` left (round 11): a bracketed
    # noun ("县（市）入选全国百强县": the brackets hide it), 通过 tagged a preposition
    # ("11所幼儿园通过省级示范园验收").
    least = 2 if not clause else 16
    if tail.startswith(tuple(cues["generic_long_verbs"])) and least < len(tail) <= 24 \
            and not re.search(r"[\d、]", tail) and tail.count("“") == tail.count("”"):
        return _before(tail, name)
    if clause:
        return f"{clause}的{name}"
    if done_with := _predicate_before(tail, after[len(name):]):
        return f"{done_with}的{name}"  # "5家企业在天交所挂牌上市" (round 13)
    # A bracketed noun, which generic_predicate never sees, with any short predicate opened
    # by a verb: "2343个县（市、区）开展新型农村社会养老保险试点".
    pieces = tags(tail) if "（" in name and 2 < len(tail) <= 16 else ()
    if pieces and pieces[0].flag in ("v", "vd") and not re.search(r"[\d、]", tail) \
            and tail.count("“") == tail.count("”") \
            and not tail.startswith(tuple(cues["generic_predicate_not"])):
        return f"{tail}的{name}"
    return name


# A ranking named with its size: "中国民营企业500强", "全国文化企业30强和成长性文化企业30强".
_RANKING = r"[^，、\d“”]{2,16}\d{1,4}强"


def ranking(tail: str) -> str:
    """``tail`` when it says the things counted entered a ranking named with its size
    (``cues.ranking_verbs`` then ``_RANKING``, one or two of them): "上榜中国民营企业500强",
    "入选全国文化企业30强和成长性文化企业30强" (round 13: the digits of a ranking's name
    are no figure); "" otherwise."""
    m = _ranked().fullmatch(tail)
    return tail if m and len(tail) <= 30 else ""


# The patterns of _qualified_plain and ranking, built once from their cue lists (tidy, rc2).
@cache
def _adverbs_lead() -> re.Pattern[str]:
    """Adverbs of ``cues.generic_predicate_adverbs`` opening a tail (``_qualified_plain``)."""
    return re.compile(rf"^(?:{alternation(vocab('cues')['generic_predicate_adverbs'])})+")


@cache
def _ranked() -> re.Pattern[str]:
    """A verb of ``cues.ranking_verbs`` and one or two rankings named (``ranking``)."""
    verbs = alternation(vocab("cues")["ranking_verbs"])
    return re.compile(rf"(?:{verbs}){_RANKING}(?:[和及、]{_RANKING})?")


def _predicate_before(tail: str, rest: str) -> str:
    """A predicate that says which of a generic noun are counted, when none of the other
    rules took it (round 13): one opened by a preposition of with whom or where, ending in
    a verb ("在天交所挂牌上市", "与北京三甲医院建立专科联盟或托管"), or one opened by a
    verb that runs on into a sum of money, its own figure ("享受研发费用加计扣除优惠6945万元"
    → 享受研发费用加计扣除优惠, a trailing 金额 gone). ``rest`` is the text after the noun
    to the sentence's end; "" when it is neither, holds digits or a list, or is longer than
    20 characters."""
    cues = vocab("cues")
    money = re.match(r"([^，,；;。！？：:、\d“”]{4,22})\d[\d.]*[万亿]*元", rest)
    if money and len(tail) > len(money.group(1)):
        # Not 签约's 约, which is no qualifier: "与金融机构达成意向签约16.5亿元" too.
        tail = re.sub(r"(?:金额)?[近超逾]?$", "", money.group(1))
        pieces = tags(tail)
        if pieces[0].flag == "v" and pieces[0].word in cues["generic_money_verbs"]:
            return tail if len(pieces) > 1 else ""
    if not 4 < len(tail) <= 20 or re.search(r"[\d、“”]|比|持平", tail) \
            or not tail.startswith(tuple(cues["generic_predicate_prepositions"])):
        return ""
    pieces = tags(tail)
    verbs = [i for i, p in enumerate(pieces) if p.flag in ("v", "vn") and i > 1]
    return tail if pieces[0].flag == "p" and verbs else ""


def _relative_verb(name: str, before: str) -> str:
    """The verb that opened the relative clause of ``name`` (a clause, 的 and a generic
    counted noun) in ``before``, the sentence up to the figure, when the label lost it
    (``labelclean.clean`` takes a leading verb for a filler): ("技术改造和数字化转型的企业",
    "全县开展技术改造和数字化转型的企业达到") → 开展 (round 13; the clause says which are
    counted, and without its verb it names a thing). "" when ``name`` is no such clause or
    keeps its verb."""
    m = re.fullmatch(r"([^，、\d]{2,20})的([\u4e00-\u9fff]{1,4})", name)
    if not m or m.group(2) not in vocab("cues")["generic_counted_nouns"] \
            or name not in before:
        return ""
    head = _BREAK.split(before[: before.rindex(name)])[-1]
    pieces = tags(head) if head else ()
    if not pieces or pieces[-1].flag != "v" or tags(m.group(1))[0].flag[:1] == "v" \
            or len(pieces[-1].word) < 2:
        return ""
    return pieces[-1].word


def _reached_by(name: str, before: str) -> str:
    """A generic noun counted after a verb of reaching (``cues.reach_verbs``: 惠及, 覆盖 …)
    with what reaches it, the subject of its clause (round 13): ("群众", "…，672公里供水
    管网改造工程惠及") → 供水管网改造工程惠及群众 (its quantities go); "" when ``name`` is
    no generic noun, no such verb ends ``before`` or its clause names no subject (a noun
    phrase of 3 to 16 characters, no list, ending in a works, a host or a word of
    ``cues.reach_subject_heads``)."""
    cues = vocab("cues")
    clause = _BREAK.split(before)[-1].strip()
    verb = next((v for v in cues["reach_verbs"] if clause.endswith(v)), "")
    if name not in cues["generic_counted_nouns"] or not verb:
        return ""
    subject = strip_quantities(re.sub(r"[\[〔［]\d*[\]〕］]", "", clause[: -len(verb)]))
    pieces = tags(subject) if 2 < len(subject) <= 16 and not re.search(r"[、\d]", subject) \
        else ()
    if not pieces or pieces[0].flag[:1] in ("v", "p", "c", "u", "r") \
            or not any(p.flag[:1] in ("n", "j") for p in pieces) \
            or subject.startswith(tuple(cues["label_leading"])) \
            or not subject.endswith(tuple(cues["works_subject_heads"] + cues["host_words"]
                                          + cues["reach_subject_heads"])):
        return ""  # not a measure: "国家助学贷款提标降息惠及1100多万学生" → 学生
    return f"{subject}{verb}{name}"


def _shared_tail(name: str, tail: str) -> str:
    """``tail`` past a second count of another generic noun that shares it, up to ``name``
    where it names it again: ("集体", "、26名个人被评为…模范集体和模范个人") → 被评为…模范集体
    (round 11); ``tail`` as it is when no such count opens it."""
    rest = strip_quantities(tail)
    if rest[:1] not in ("、", "和", "及"):
        return tail
    other = leading_word(rest[1:], vocab("cues")["generic_counted_nouns"])
    if not other or len(rest) - len(tail) >= 0:  # no count was stripped: "和…" of a name
        return tail
    rest = rest[1 + len(other):]
    return rest[: rest.rindex(name) + len(name)] if name in rest else rest


def _own_title(name: str, before: str, tail: str) -> str:
    """``tail`` of the second of two counts of generic nouns sharing it, without the first
    count's title where ``tail`` names one title for each (round 84): ("个人", "…22个集体、",
    "被评为…模范集体和模范个人") → 被评为…模范个人 (the words both titles open with kept
    once); ``tail`` as it is otherwise."""
    head = strip_quantities(before)
    if head[-1:] not in ("、", "和", "及") or not tail.endswith(name):
        return tail
    other = ending_word(head[:-1], vocab("cues")["generic_counted_nouns"])
    at = max((tail.rfind(f"{other}{c}") for c in "、和及"), default=-1) if other else -1
    if at < 0:
        return tail
    second = tail[at + len(other) + 1:]
    shared = next((k for k in range(min(at, len(second) - len(name)), 0, -1)
                   if tail[at - k:at] == second[:k]), 0)
    return tail[:at - shared] + second


def listed_title(name: str, tail: str) -> str:
    """The title ``tail`` names for counts of ``name`` when it names one title for each of the
    counted nouns listed, in their order ("获评全国文明村和文明社区", "荣获省级先进集体、先进个人
    称号"; session 62, f3). ``tail`` is the words after ``name`` to a break: perhaps a count of
    another noun, 分别 or an adverb, then a verb of ``cues.generic_long_verbs`` and titles
    joined by 、, 和 or 及, each ending in a counted noun (a 称号 after the last is every
    one's). The first noun's title is the first; a later one opens with what the first's opens
    with, up to the words the two share ("…全国文明村和文明社区" → 获评全国文明社区) or in full
    before a bare noun ("先进集体、个人称号" → 荣获市级先进个人称号), after the verb alone before a
    title with words of its own. "" otherwise."""
    cues = vocab("cues")
    nouns = cues["generic_counted_nouns"]
    tail = _LEVELS.sub("\ue001", strip_quantities(tail))
    if other := re.match(r"[、和及]\s*", tail):  # the first count's: "集体、8名个人分别荣获…"
        noun = leading_word(tail[other.end():], nouns)
        if not noun or noun == name:
            return ""
        tail = tail[other.end() + len(noun):]
    tail = _adverbs_lead().sub("", tail.removeprefix("分别"))
    verb = leading_word(tail, cues["generic_long_verbs"])
    mark = next((m for m in ("荣誉称号", "称号") if tail.endswith(m)), "")
    titles = re.split(r"[、和及]", tail[len(verb):len(tail) - len(mark)])
    ends = [ending_word(t, nouns) for t in titles]
    if not verb or len(titles) < 2 or not all(ends) or name not in ends \
            or re.search(r"[\d“”]", tail):
        return ""
    k = ends.index(name)
    own, stem = titles[k], titles[0][: len(titles[0]) - len(ends[0])]
    if k == 0:
        title = titles[0]
    elif own == name:
        title = stem + own
    else:
        shared = next((n for n in range(min(len(stem), len(own) - len(name)), 0, -1)
                       if stem.endswith(own[:n])), 0)
        title = stem[: len(stem) - shared] + own if shared else own
    return (verb + title + mark).replace("\ue001", "、")


def _works_money(name: str, before: str) -> str:
    """Money with no object of its own (``name``: 投资, 资金 …) of the works the clause
    before names as its subject, with a predicate of progress after it (``cues``
    works_subject_heads, works_subject_stops; round 11): ("投资", "南水北调配套工程进展顺利，
    完成") → 南水北调配套工程投资; ``name`` unchanged otherwise."""
    cues = vocab("cues")
    clauses = _BREAK.split(before)
    prev = clauses[-2] if len(clauses) > 1 else ""
    stops = (*cues["works_subject_stops"], "进展", "取得", "进度")
    at = min((i for w in stops if (i := prev.find(w, 4)) > 0), default=-1)
    subject = prev[:at] if at > 0 else ""
    pieces = tags(subject) if subject else ()
    if not pieces or pieces[0].flag[:1] in ("v", "p", "d") or re.search(r"\d", prev) \
            or not subject.endswith(tuple(cues["works_subject_heads"])):
        return name
    return subject + name


def _fused(label: str, after: str) -> str:
    """``label`` when it is a generic noun run on into its predicate, the words after the
    number up to a break ("村获评省级乡村治理示范村", "县入选全国村庄清洁行动先进县": jieba's
    noun phrase keeps a noun of one character; "个人荣获全国…" cut short): the predicate of
    being chosen or built before the noun (``_before``: 获评…示范村; round 11); ``label``
    unchanged otherwise."""
    cues = vocab("cues")
    noun = leading_word(label, cues["generic_counted_nouns"])  # "个人荣获全国…" too
    if not noun or len(label) < len(noun) + 3:
        return label
    if not label[len(noun):].startswith(tuple(cues["generic_long_verbs"])):
        return label
    whole = _qualified(noun, "", _BREAK.split(after)[0])
    if whole == noun:  # one title for each noun listed (session 62, f3)
        whole = listed_title(noun, _BREAK.split(after)[0][len(noun):]) or noun
    return label if whole == noun else whole


def _before(tail: str, name: str) -> str:
    """``tail`` before ``name`` with 的, or ``tail`` alone when it ends in ``name`` already:
    "企业被认定为高新技术企业", "区县获评…示范区县"."""
    return tail if tail.rstrip("”").endswith(name) else f"{tail}的{name}"


def _relative(clause: str) -> str:
    """The relative clause of ``clause`` (the words between a break and 的): from its
    preposition (与, 对, 在 …: "积极引进与高校合作" → 与高校合作), else the whole clause when
    it opens with a verb and no filler ("建成"); "" for a noun's owner or a scope ("县委",
    "全县"), and for a clause of one word or over 16 characters."""
    cues = vocab("cues")
    pieces = tags(clause)
    at = next((i for i, p in enumerate(pieces[:-1]) if p.flag == "p"), -1)  # not "…投用"
    if at >= 0:
        clause = "".join(p.word for p in pieces[at:])
    elif not pieces or pieces[0].flag not in ("v", "vd") \
            or clause.startswith(tuple(cues["label_leading"])):
        return ""
    return clause if 2 < len(clause) <= 16 and len(tags(clause)) > 1 else ""
