"""A count of those a thing reached, labelled by the bare reached noun, named with the thing
(round 52, s52a, from the development draws' "scope lost": 学生, 困难群众, 乡镇 bare read as
all of them).

The count's own clause is a verb of reach (``cues.subject_reach_verbs``: 惠及, 覆盖, 辐射带动
…) and the number, and the thing reaching is the subject, before the verb in that clause or,
when the clause opens with the verb, the whole clause before: "国家助学贷款提标降息惠及1100多万
学生" → 国家助学贷款提标降息惠及学生, "成功创建…的省级农业科技园区，辐射带动周边5个乡镇" →
省级农业科技园区辐射带动乡镇, "城乡低保分别按3%、7%稳步提标，惠及超140万名困难群众" →
城乡低保提标惠及困难群众, "全市养老服务中心达到56家，辐射带动周边8个社区" → 养老服务中心
辐射带动社区. The source is cut of its leading verbs (``labelsources.known_object``),
of what goes before a 的, of a rate "分别按…", adverbs and a count ("达到116家"), of a
completion after it (``cues.subject_reach_done``: 建成) with the adverbs before it
(``cues.subject_reach_done_adverbs``: "…工程全面建成" → …工程, round 54 review, f4), of a movement
predicate and what follows (``cues.subject_reach_move``: "公交线路延伸至周边乡镇，服务群众…" →
公交线路服务群众); a long one (over 16 characters) keeps
its last words up to 14. No source: a means or people (``cues.subject_reach_not``), digits
left, a quoted or bracketed clause, a clause holding a predicate of outcome or attitude or the
subject 我们 (``cues.subject_reach_not_clause``: "疫情防控取得重大成果，惠及企业5000家" stays
惠及企业, "认真听取意见建议，…" too; not a piece jieba tags i or l as such: "全面实现城乡九年
免费义务教育" leads with one and names a programme; round 54 review, f4), two acts joined
(``cues.reached_joiners``: "…改造和…供给，惠及…家庭" stays 惠及家庭, as round 40 and the State
Council 2024 gold keep it), a label already longer than the verb and noun.
"""

from __future__ import annotations

import re

from workreport.extract.labelaffix import peel
from workreport.extract.labelsources import known_object
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags
from workreport.vocab import alternation

__all__ = ["subject_reach"]

_NOUNS = ("n", "j", "l", "nz", "ns", "zg")


def subject_reach(label: str, before: str, unit: str, after: str = "") -> str:
    """``label`` named with the source of its reach (see the module's doc), ``before`` the
    sentence up to the number, ``unit`` the number's unit (a count, not money or a share),
    ``after`` the sentence after it (another count in the clause: "…45个贫困村2647户…" stays);
    ``label`` as it is otherwise."""
    if re.search(r"[元%]|平方|公里|亩|吨", unit) or re.match(r"[^，；。,;]*\d", after):
        return label
    clauses = re.split(r"[，；,;。：:]", before)
    own = clauses[-1].strip()
    verbs = cue_words("subject_reach_verbs")
    found = list(re.finditer(alternation(verbs), own))
    if not found:
        return label
    at, verb = found[-1].start(), found[-1].group(0)
    rest = own[at + len(verb):]
    # between the verb and the number: at most a scope ("周边", "五地州"), no count before
    if not re.fullmatch(r"[\u4e00-\u9fff]{0,3}", rest):
        return label
    noun = label[len(verb):] if label.startswith(verb) else label
    pieces = tags(noun) if noun else ()
    if len(noun) < 2 or not pieces or not all(p.flag in _NOUNS for p in pieces) \
            or noun.endswith(tuple(cue_words("cause_not_ends"))):
        return label
    subject = own[:at]
    subject = subject.split("、")[-1] if "、" in subject else subject
    if subject.strip() and own.find("、") < 0:
        source = _source(subject)
    elif "、" in own and len(own.split("、")) == 2 and own.split("、")[1].startswith(verb):
        source = _source(own.split("、")[0])  # "…工程一期建成、惠及…"
    elif not subject.strip() and len(clauses) > 1:
        source = _source(clauses[-2].strip())
    else:
        return label
    return source + verb + noun if source and source not in label else label


# A source and its count ("合作社发展到60个": ``cues.subject_reach_count_verbs``), built once.
_SIZED_SOURCE = re.compile(rf"(.+?)(?:{'|'.join(cue_words('subject_reach_count_verbs'))})?"
                           r"\d[\d.]*[万千]?(?:余|多)?[个家户所座处]")


def _source(clause: str) -> str:
    """The thing ``clause`` names as reaching (see the module's doc), "" when none."""
    done = tuple(cue_words("subject_reach_done"))
    if any(w in clause for w in cue_words("subject_reach_not_clause")):
        return ""  # "疫情防控取得重大成果，惠及…", "认真听取意见建议，…" (round 54 review, f4)
    source = known_object(clause) or clause
    moves = cue_words("subject_reach_move")
    source = re.sub("(?:" + "|".join(moves) + ").*$", "", source) if moves else source
    source = re.sub(r"(?:分别)?按[\d.%、]+(?:的?(?:标准|幅度|比例))?", "", source)
    count = _SIZED_SOURCE.fullmatch(source)
    source = count.group(1) if count else source
    source = source.rsplit("的", 1)[-1]
    source = peel(source, cue_words("scope_words"))
    if finished := next((w for w in done if source.endswith(w)), ""):
        # "…工程全面完工" (round 54 review, f4): a lone adverb stays
        source = peel(source[:-len(finished)], cue_words("subject_reach_done_adverbs"),
                      leading=False, whole=False)
    pieces = [p for p in tags(source) if p.flag != "d" or len(p.word) < 2]
    source = "".join(p.word for p in pieces)
    if len(source) > 16:
        kept: list[str] = []
        for p in reversed(pieces):
            if len("".join(kept)) + len(p.word) > 14:
                break
            kept.insert(0, p.word)
        source = "".join(kept)
        pieces = tags(source)
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,16}", source) or not pieces \
            or pieces[-1].flag[:1] not in ("n", "v", "j", "l") \
            or any(w in source for w in cue_words("subject_reach_not")) \
            or any(p.word in cue_words("reached_joiners") for p in pieces) \
            or source.endswith(done) or pieces[0].flag[:1] in ("p", "c", "r", "d", "u", "v"):
        # "持续强化医共体作用，受益群众…": an act with no thing named (round 40)
        return ""
    return source


def pulled_source(label: str, before: str) -> str:
    """A figure a thing counted the clause before pulled along (round 58, s58b, from the
    development draws' "scope lost": "汽车、家电产品以旧换新分别达23.6万辆、269.8万台，拉动消费
    超500亿元" → bare 拉动消费 read as all consumption pulled) is named with that thing, the
    pulling verb kept: → 汽车、家电产品以旧换新拉动消费; "8个山桃核加工扶贫车间建成投产，带动
    贫困人口就业84人" → 山桃核加工扶贫车间带动贫困人口就业. The number's clause opens (after
    ``cues.cause_fillers``) with a verb of ``cues.pulled_verbs`` and holds only the label's noun
    before the number (and a bound: 超, 近); the clause before is only its subject and its
    figures, in one of two shapes: the subject, then a count predicate (``cues.pulled_counts``:
    达, 达到 …) and the figures ("…以旧换新分别达…万辆、…万台"), or a count, the thing counted and
    a completion (``cues.pulled_done``: "8个…车间建成投产"). The subject loses its scope
    (全县 …); no source: a measure (产值达1.13亿元: ``cues.cause_not_ends``), a means or people
    (``cues.subject_reach_not``), an outcome or attitude (``cues.subject_reach_not_clause``),
    a source under 4 or over 16 characters, one opening with an adverb, preposition or pronoun.
    The subject is cut of a measure, an act and a new (``_pulled_thing``, round 58 review).
    ``before`` is the sentence up to the number; ``label`` as it is otherwise."""
    clauses = re.split(r"[，；,;。：:]", before)
    if len(clauses) < 2:
        return label
    own, fill = clauses[-1].strip(), cue_words("cause_fillers")
    own = peel(own, fill)
    verb = leading_word(own, cue_words("pulled_verbs"))
    bare = peel(label, fill)
    noun = bare[len(verb):]
    if not verb or not bare.startswith(verb) or len(noun) < 2 \
            or not re.fullmatch(re.escape(noun) + r"(?:超过|超|近|约|达|共)?", own[len(verb):]):
        return label
    prior = clauses[-2].strip()
    figure = r"[\d.]+(?:余|多)?[万亿千百]*[\u4e00-\u9fff]{0,2}"
    counts, done = alternation(cue_words("pulled_counts")), alternation(cue_words("pulled_done"))
    m = re.fullmatch(rf"(?P<s>\D+?)(?:分别)?(?:{counts}){figure}(?:、{figure})*", prior) \
        or re.fullmatch(rf"\d+(?:余|多)?[个家座处所条台](?P<s>\D+?)(?:{done})+", prior)
    if not m:
        return label
    source = m.group("s")
    source = peel(source, cue_words("scope_words"))
    source = _pulled_thing(source)
    pieces = tags(source)
    if not 4 <= len(source) <= 16 or not pieces or source.endswith(cue_words("cause_not_ends")) \
            or any(w in source for w in cue_words("subject_reach_not")
                   + cue_words("subject_reach_not_clause")) \
            or pieces[0].flag[:1] in ("p", "c", "r", "d", "u", "m") or source in label:
        return label
    return source + bare


def _pulled_thing(source: str) -> str:
    """The thing a pulling subject names (round 58 review, h58b, from a review's "measure taken
    as source": "跨境电商交易额突破50亿元，带动就业1.2万人" gave 跨境电商交易额带动就业). A measure
    of ``cues.pulled_measures`` ending it goes (跨境电商交易额 → 跨境电商, 中心城区商圈客流量 →
    中心城区商圈), so does an act of ``cues.pulled_acts`` with what follows it (直播电商基地孵化主播
    → 直播电商基地) and an opening of ``cues.pulled_new`` (新建冷链物流中心 → 冷链物流中心); what is
    left must be nouns (no verb: 旅游接待, 电商直播带货 name acts). "" (no source) for a measure
    left (``cues.cause_not_ends``, ``cues.measure_ends``, ``cues.pulled_measure_ends``: 农业总产值)
    or a cut leaving no such thing; ``source`` itself when nothing is cut."""
    thing = source
    if measure := next((w for w in sorted(cue_words("pulled_measures"), key=len, reverse=True)
                        if thing.endswith(w)), ""):
        thing = thing[:-len(measure)]
    pieces = tags(thing)
    act = next((i for i, p in enumerate(pieces) if i and p.flag == "v"
                and p.word in cue_words("pulled_acts")), None)
    if act is not None:
        thing = "".join(p.word for p in pieces[:act])
    if word := leading_word(thing, cue_words("pulled_new")):
        thing = thing[len(word):]
    if thing == source:
        return source
    ends = cue_words("cause_not_ends") + cue_words("measure_ends") \
        + cue_words("pulled_measure_ends")
    if not thing or thing.endswith(tuple(ends)) or any(p.flag == "v" for p in tags(thing)):
        return ""
    return thing
