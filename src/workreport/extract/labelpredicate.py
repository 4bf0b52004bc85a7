"""Which of a generic counted noun, or which act, a count counts (issue 13 §2, seventh round;
split from ``labelowners`` in round 76, tidy; used by ``naming`` and ``labelverbs``).

- *a generic counted noun*: "推动30家企业开展5G工厂建设" → 开展5G工厂建设企业, the words
  that say which are counted (``generic_predicate``; 医院, 作品, 成果 … since round 9);
- *a count of times* (round 10): "省委常委…先后6次深入涞源调研指导并召开座谈会" →
  深入涞源调研指导, the action it counts (``times_of``).

The words are data (``cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelclean import clean, strip_words
from workreport.extract.labeldesignation import designated
from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab
from workreport.vocab import alternation

__all__ = ["generic_predicate", "times_of"]


def generic_predicate(noun: str, tail: str) -> str:
    """A generic counted noun (企业, 项目 …) with the predicate after it that says which are
    counted: ("企业", "开展5G工厂建设") → 开展5G工厂建设企业; ("企业", "入选中国互联网综合
    实力百强企业") → the predicate alone, its object is the noun. "" when ``noun`` is not
    generic or ``tail`` is no short predicate of its own (a number, a list, a comparison)."""
    cues = vocab("cues")
    if noun not in cues["generic_counted_nouns"]:
        return ""
    # "4000家企业提档升级、1万家企业…"; a change of the same things after 、 is a figure of its
    # own (round 84, x2: "1207款农产品入驻高端商超餐厅、增长6.7倍")
    item = alternation(cues["list_item_verbs"])
    tail = strip_words(re.split(rf"、(?=\d|(?:同比)?(?:{item})\d)", tail)[0],
                       cues["generic_predicate_adverbs"], leading=True)
    if strip_words(tail + "\ue000", cues["label_leading"], leading=True) == "\ue000":
        return ""  # only fillers: "…等5个项目顺利推进"
    pieces = tags(tail) if tail else ()
    split = tuple(cues["split_predicate_verbs"])  # 用|上 to jieba (round 75, x1); 建成投产: j
    opens = pieces and (pieces[0].flag in ("v", "vn", "vd")
                        or tail.startswith(tuple(cues["object_predicates"]) + split))
    if not opens or len(tail) > 16 \
            or re.search(r"[\d、，]", re.sub(r"\d+[A-Za-z]+", "", tail)) \
            or tail.count("“") != tail.count("”") \
            or tail.startswith(tuple(cues["generic_predicate_not"])) \
            or any(w in _unset(tail) for w in cues["object_predicate_excluded"]):
        return ""
    tail = strip_words(tail, cues["object_predicate_fillers"], leading=True)
    if verb := next((w for w in split if tail.startswith(w)), ""):  # 用上了燃气 → 用上燃气的
        tail = verb + tail[len(verb):].removeprefix("了") + "的"
    if tail.rstrip("”").endswith(noun):
        return tail
    return designated(tail, noun)  # a title held: …企业的公司 (session 60, f4)


def _unset(tail: str) -> str:
    """``tail`` without the set phrases of ``cues.predicate_set_phrases``, whose 增 says no
    growth (round 31, rs): "实施技术改造提质增效" → 实施技术改造."""
    for phrase in vocab("cues")["predicate_set_phrases"]:
        tail = tail.replace(phrase, "")
    return tail


def times_of(raw: str, after: str, unit: str) -> str:
    """The action a count of times counts, when it follows the number (round 10; units of
    ``cues.times_units``): "省委常委…先后6次深入涞源调研指导并召开座谈会" → 深入涞源调研指导
    (up to 并, not the person before the number); or the verbs ending the clause before
    and the noun after: "各级政府主要领导每年至少主持召开2次企业纾困集中办公会" →
    主持召开企业纾困集中办公会. ``raw`` is the clause before the number, ``after`` the text
    after its unit to the clause's end; "" when neither holds (a noun before the number,
    "开展政银企对接10次", or a scope of 每 other than 每年: "每季度举行1次…")."""
    cues = vocab("cues")
    action = strip_words(re.split(r"并|[和及](?=[召开举组])", after)[0], cues["times_adverbs"],
                         leading=True)
    if unit not in cues["times_units"] or not 1 < len(action) <= 16 \
            or re.search(r"[\d“”（）()]", action) or re.search(r"每(?!年)", raw):
        return ""
    pieces = tags(action)
    if pieces[0].flag in ("v", "p") and len(pieces) > 1:
        return clean(action)  # "先后4次降低存款准备金率"
    verbs = [p.word for p in tags(raw)] if raw else []
    flags = [p.flag for p in tags(raw)] if raw else []
    n = 0
    while n < len(verbs) and flags[len(verbs) - 1 - n] == "v":
        n += 1
    if not n or pieces[0].flag[:1] not in ("n", "j"):
        return ""
    done, lead = "".join(verbs[len(verbs) - n:]), cues["label_leading"]  # a filler before an
    if any(p.flag == "v" for p in pieces[1:]):  # act of its own goes (round 55, s55e): "组织
        done = "" if done in lead else strip_words(done, lead, leading=True)  # 4次重点项目集中开工"
    return done + clean(action)
