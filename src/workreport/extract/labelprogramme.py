"""The programme a sentence's lead clause names, kept by the things its later clauses count
(issue 13 §2; round 33, sa: the audit's scope lost, the programme named once at the head
of the sentence and its figures read as the whole place's), the field or strategy a
count of policies or tasks serves, named between its verbs and its number (round 36, rb36),
and the policy, insurance or platform a payout or deal counted bare is of, named in an earlier
clause (round 45, s45f).
Used by ``naming``; the words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import wraps

from workreport.extract.labelclean import strip_words
from workreport.extract.labelfieldopen import field_opened
from workreport.extract.labelscopes import leading_scope, own_scope
from workreport.extract.labeltopic import topic_scope
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word, tags
from workreport.extract.numbers import Token, vocab

__all__ = ["paid_by", "payout_scope", "programmed"]


def programmed(label: Callable[[str, Token, str, str | None], str]
               ) -> Callable[[str, Token, str, str | None], str]:
    """``label`` (``naming.label``) with the programme its sentence opens with
    (``programme_scope``), then the field a count of policies or tasks serves
    (``domain_scope``, round 36), then the topic a bare generic thing is of
    (``labeltopic.topic_scope``, round 48), then the field a verb-object opening clause
    names onto a label of generic words (``labelfieldopen.field_opened``, round 55)."""
    @wraps(label)
    def with_programme(text: str, tok: Token, pre: str, previous: str | None) -> str:
        q = tok.quantity
        assert q is not None
        before = text[tok.sentence.start:q.start]
        after = text[q.end:tok.sentence.end]
        return field_opened(topic_scope(domain_scope(programme_scope(
            label(text, tok, pre, previous), before), before, after), before, after), before,
            q.unit)
    return with_programme


def paid_by(label: Callable[[str, Token, str, str | None], str]
            ) -> Callable[[str, Token, str, str | None], str]:
    """``label`` (``naming.label``) with the programme a payout or deal is of
    (``payout_scope``, round 45, s45f), read once a bare verb has its measure
    (``labelwhose.verb_measured``: 补偿 → 补偿人次, 理赔 → 理赔金额)."""
    @wraps(label)
    def with_payer(text: str, tok: Token, pre: str, previous: str | None) -> str:
        q = tok.quantity
        assert q is not None
        return payout_scope(label(text, tok, pre, previous), text[tok.sentence.start:q.start])
    return with_payer


def domain_scope(name: str, before: str, after: str) -> str:
    """A count of policies or tasks (``cues.domain_counted_nouns``: 政策措施, 重点任务 …) named
    after its number is of the field or strategy its clause names between the verbs and the
    number (round 36, rb36, from the development draws' scope lost: the bare noun reads as
    all the place's): "推出长江经济带高质量发展84项政策措施" → 长江经济带高质量发展政策措施,
    "细化落实深入推进黄河流域生态保护和高质量发展60项重点任务" → 黄河流域生态保护和高质量发展
    重点任务. The field is what is left of the clause once its verbs (``cues.label_leading``,
    ``lead_verbs``, ``label_verbs``, ``domain_lead_verbs``) are gone: 4 to 20 characters,
    no digit, 的, 等, quote or bracket, not ending in a verb of ``domain_lead_verbs``.
    ``before`` is the sentence up to the number, ``after`` from its end; a label holding
    the field's last words only is mended ("新时代西部大开发120项重点任务": 开发重点任务 →
    新时代西部大开发重点任务); ``name`` as it is otherwise (a label keeping more, a clause
    opening with a subject: "市政府出台39项帮扶措施")."""
    noun = ending_word(name, vocab("cues")["domain_counted_nouns"])
    if not noun or not after.startswith(noun):
        return name
    clause = re.split(r"[，,；;。：:、（）()]", before)[-1].strip()
    verbs = cue_words("label_leading", "lead_verbs", "label_verbs", "domain_lead_verbs")
    field = strip_words(clause, verbs, leading=True)
    if field == clause or not re.fullmatch(r"[\u4e00-\u9fff]{4,20}", field) \
            or re.search(r"[的等]", field) or field.endswith(("和", "及", "与")) \
            or strip_words(field, cue_words("domain_lead_verbs"), leading=False) != field \
            or not field.endswith(name[:len(name) - len(noun)]):
        return name  # (a piece of the field cut off before the noun: 开发重点任务, mended)
    return field + noun


def programme_scope(name: str, before: str) -> str:
    """A thing counted or measured bare in a later clause of a sentence whose lead clause (no
    number, opening with ``cues.lead_verbs`` or ``label_leading``) names a programme
    (``cues.programme_scope_heads``: 扶贫协作, 电子商务 …) is that programme's (round 33,
    sa: the audit's scope lost): "认真开展南北结对扶贫协作，实施帮扶项目12个，落实帮扶资金
    3200万元" → 南北结对扶贫协作帮扶项目, …帮扶资金; "深化农村电子商务发展，全年卖出单数达到
    40万单" → 农村电子商务卖出单数. The figure's clause says no more than a verb and the
    label; a label with a scope of its own (``own_scope``, ``leading_scope``), a sentence
    past a semicolon or a lead clause listing several things stays. ``before`` is the
    sentence up to the number."""
    cues = vocab("cues")
    clauses = re.split(r"[，,]", before)
    if len(clauses) < 2 or not name or re.search(r"[；;：:]", before) \
            or re.search(r"[\d、及与“”（）()]", clauses[0]):
        return name
    thing = _lead_programme(clauses[0].strip())
    if not thing or not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", thing) \
            or thing in name or own_scope(name) or leading_scope(name):
        return name
    own = strip_words(clauses[-1].strip(), cues["label_leading"], leading=True)
    at = own.find(name)
    verb = own[:at] if at >= 0 else ""
    acts = cue_words("lead_verbs", "label_kept_verbs", "list_shared_verbs")
    if at < 0 or (verb and verb not in acts and not all(p.flag[:1] == "v" for p in tags(verb))) \
            or re.search(r"[\d、]", own[at + len(name):]):
        return name
    return thing + name


def _lead_programme(lead: str) -> str:
    """The programme a lead clause names (see ``programme_scope``): after its lead verb
    ("认真开展南北结对扶贫协作" → 南北结对扶贫协作), or, round 46 (s46b), as its subject
    before the words of how it went (``cues.programme_progress``, ``topic_progress``,
    ``agent_fared``: "东西部协作扎实推进" → 东西部协作; not a programme that is an act,
    ``cues.programme_acts``: 招商引资, whose things are named by their own verbs); two
    programmes joined by 和, each ending in a head of ``cues.programme_scope_heads``, are one
    ("对口援青和东西部协作升级加力" → 对口援青和东西部协作). "" when it names none."""
    heads = cue_words("programme_scope_heads")
    thing = strip_words(lead, cue_words("label_leading", "lead_verbs"), leading=True)
    if thing == lead:
        said = ending_word(thing, cue_words("programme_progress", "topic_progress", "agent_fared"))
        thing = strip_words(lead, cue_words("label_leading"), leading=True)
        thing = thing[:len(thing) - len(said)] if said else ""
        if thing.endswith(cue_words("programme_acts")):
            return ""  # 招商引资成效显著: what it brought is named by its own verbs (签约, 引进)
    thing = strip_words(thing, cue_words("lead_object_tails", "programme_scope_tails"),
                        leading=False)
    if "和" in thing and not all(p.endswith(heads) for p in thing.split("和")):
        return ""  # a lead clause listing several things
    return thing if thing.endswith(heads) else ""


# Tokens a programme's name does not run back over: a verb of two characters or more, an
# idiom, a preposition, a number, a time, a pronoun, a conjunction, an adverb, a particle.
_CUT_FLAGS = ("i", "p", "m", "eng", "t", "r", "f", "c", "d", "ad", "u", "q")
_LEAD_FLAGS = ("a", "ad", "d", "p", "u", "c")  # left at the name's head: they go


def payout_scope(name: str, before: str) -> str:
    """A programme's payout or deals counted bare (``cues.payout_nouns``: 补贴资金, 补偿资金,
    救助人次, 养老金, 交易, 交易额 …, after a verb of ``cues.payout_verbs``: 下达, 发放, 累计 …)
    are of the policy, insurance, fund or platform (``cues.payout_programme_heads``) the
    nearest of the three clauses before the figure's own names (round 45, s45f, from the
    development draws' scope lost: the bare label reads as all the place's subsidies or
    deals): "出台自治区“两新”政策，下达补贴资金53.4亿元" → 自治区“两新”政策下达补贴资金,
    "新农合工作进展顺利，累计补偿资金800万元" → 新农合累计补偿资金, "城乡居民养老保险待遇继续
    提高，发放养老金…" → 城乡居民养老保险发放养老金; a platform whose name ends in the deal
    gives it once ("建强用好农村产权交易平台，完成交易13宗，交易额1304万元" → 农村产权交易,
    农村产权交易额). ``before`` is the sentence up to the number; not past a ； or ：, nor
    for a label naming a programme already; ``name`` as it is otherwise. Round 71 (w3, the
    development draws' scope lost): the people an insurance scheme enrols
    (``cues.scheme_member_nouns``) and those drawing its pension (领取, a payout verb) are the
    scheme's too ("…实施城镇居民社会养老保险试点，1334万人参保，641万人领取养老金" → 城镇居民社会
    养老保险参保人口, 城镇居民社会养老保险领取养老金)."""
    heads = cue_words("payout_programme_heads")
    core = strip_words(name, cue_words("payout_verbs"), leading=True)
    clauses = re.split(r"[，,]", re.split(r"[；;：:。]", before)[-1])
    if core not in cue_words("payout_nouns", "scheme_member_nouns") \
            or any(h in name for h in heads) \
            or len(clauses) < 2:
        return name
    owner = next((o for c in reversed(clauses[-4:-1]) if (o := _programme_named(c.strip()))),
                 "")
    if not owner:
        return name
    stem = owner.removesuffix("平台")
    if stem != owner and name.startswith(core) and stem.endswith(core[:2]):
        return stem[:-2] + name  # 农村产权交易平台 + 交易额 → 农村产权交易额
    return owner + name


def _programme_named(clause: str) -> str:
    """The programme ``clause`` names, ending in its last word of
    ``cues.payout_programme_heads`` at a word's end, run back over its nouns and quoted
    words to the verb, number or preposition before ("出台自治区“两新”政策" → 自治区“两新”
    政策, "400万防贫保险纳入监测预警…" → 防贫保险); "" when none, or a name under 3 (a head
    alone, 保险: a verb of the name cut, 防返贫) or over 14 characters, with a digit, a
    list's mark or a quote left open. An adverb of manner before the verb jieba glues to it
    (``cues.programme_lead_adverbs``: 全面实施, tagged a noun) goes with the verb (round 71
    review, q7: "全面实施城乡居民基本养老保险制度，参保人数…" gave 全面实施城乡居民基本养老保险
    参保人数)."""
    heads = cue_words("payout_programme_heads")
    ends = [(clause.rfind(h) + len(h), h) for h in heads if h in clause]
    if not ends:
        return ""
    end = max(ends)[0]
    pieces = tags(clause)
    edges = set(itertools.accumulate(len(p.word) for p in pieces))
    if end not in edges:
        return ""  # 保险公司, 平台经济: the head inside a longer word
    start, at, quoted = 0, 0, False
    for p in pieces:
        at += len(p.word)
        if at > end:
            break
        if p.word in ("“", "”"):
            quoted = p.word == "“"
        elif not quoted and (p.flag in _CUT_FLAGS or (p.flag == "x" and p.word.strip())
                             or (p.flag[:1] == "v" and p.flag != "vn" and len(p.word) > 1)):
            start = at
    named = clause[start:end]
    while named and tags(named)[0].flag in _LEAD_FLAGS:
        named = named[len(tags(named)[0].word):]  # "建强用好…": 好 goes
    verbs = cue_words("label_leading", "lead_verbs", "label_verbs", "money_after_verbs")
    named = strip_words(named, verbs, leading=True)  # 办理: a noun
    adverb = next((a for a in cue_words("programme_lead_adverbs") if named.startswith(a)), "")
    if adverb and (rest := strip_words(named[len(adverb):], verbs, leading=True)) \
            != named[len(adverb):]:
        named = rest  # "全面实施城乡居民基本养老保险" (round 71 review, q7)
    if not 3 <= len(named) <= 14 or re.search(r"[\d、，,]", named) \
            or named.count("“") != named.count("”"):
        return ""
    return named
