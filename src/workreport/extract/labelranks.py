"""Round 38 (ra38): the owner of a bare growth word or rise in rank, from the figure before it in
its clause chain (the development draws' "owner lost": 位次 for 4 places up, 增速 for 10%).

A review's line of an indicator often runs: the level, its growth, its rank in a field, the rank's
move ("固定资产投资完成61.56亿元，增速10%，全市第10，比去年提高4个位次"). Its figures after the
first are labelled by the word before them alone; they are the indicator's:

- a bare growth word (``cues.rank_growth_words``: 增速, 增幅) right after the level, a comma
  between: the level's label, as a change is labelled by its stock ("固定资产投资" for 10%);
- a bare rank word (``cues.rank_words``: 位次, 排名, 名次) after the growth and the rank in its
  field (全市第10): the growth's owner, 增速, the field and 位次 ("固定资产投资增速全市位次");
  after a level, the level's owner ("…全市第3，比上年前进2个位次" → 地区生产总值全市位次).

Only inside one sentence, no ； between the two figures, and only where the previous figure is
the one just before in the text.

Round 71 (w7): a rank's move whose label is the rank's clause cut before its number ends in 第
("营商环境评价居全省第3位，比上年提升5位" gave 营商环境评价居全省第, a fragment): the label is
the ranked thing, its field and 排名 (营商环境评价全省排名), the rank verb (``cues.rank_verbs``)
dropped; with no field named, 排名 alone (…评价排名). Only on a change in places (位, 名, 个);
a bare move verb as label ("…居全省第12位，前移5位" gave 前移) takes the rank clause before it.
Round 71 review (q10): a growth word before the move verb is what is ranked ("地区生产总值总量居
全市第4位，增速前移2位" → 地区生产总值增速全市排名, not …总量全市排名); a place opening the rank
clause before another field is no part of the ranked thing ("全县…增速居全市第2位" → …增速全市
排名), nor is a goal word (力争); a field the owner names already is not named twice.
Round 72 (x2; the round-71 reviewers' cases and the corpus's "空气质量指数全省排名前进28个位次"):
- a move verb left after the rank word (``cues.rank_move_up``, ``rank_move_down``) goes:
  空气质量指数全省排名前进 → 空气质量指数全省排名, 科技创新能力全省排名晋档 → …全省排名;
- a rank in Chinese numerals ends the cut label too ("…增速全市排名第二，上升3位" gave
  …增速全市排名第二 → …增速全市排名);
- a move counted in 个位次 after a rank ("排名第10，前进5个位次" gave 前进位次) is read as a bare
  move verb;
- a field after a rank verb may carry its kind (up to six characters: "居全国百强县第68位" →
  全国百强县排名, not …居全国百强县全国排名; with no verb the owner stays whole: "力争全省综合
  考核排名第10位" → 全省综合考核排名); 列 is a rank verb ("科技创新指数列全省第5位",
  ``cues.rank_verbs``);
- 在 before the field goes, the field before the rank word ("…评估排名在全省上升33位" →
  …评估全省排名, "区域创新能力在全国综合排名上升3位" → 区域创新能力全国综合排名), and a hedge
  after the rank word (有望, 预计: "全国排名有望上升3位" → 全国排名).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from workreport.extract.numbers import vocab
from workreport.vocab import alternation

# The rank in a field (``cues.rank_in_fields``, ``cues.rank_in_verbs``) between the growth and
# the rank's move: "全市第10", "全省排名第5".
_FIELD = re.compile(rf"({'|'.join(vocab('cues')['rank_in_fields'])})"
                    rf"(?:{'|'.join(vocab('cues')['rank_in_verbs'])})?第[\d一二三四五六七八九十]+")

# A clause ending in a rank: "…居全省第12位" (round 71, w7).
_RANKED = re.compile(r"第[\d一二三四五六七八九十]+[位名]?$")


@cache
def _compared() -> re.Pattern[str]:
    """A comparison (``cues.rank_move_comparisons``) before a move verb: "比上年前移" (round 71,
    w7); built once."""
    return re.compile(rf"(?:{alternation(vocab('cues')['rank_move_comparisons'])})"
                      r"(?=[\u4e00-\u9fff]{2}$)")


@cache
def _cut_rank() -> re.Pattern[str]:
    """A label cut before a rank's number: the ranked thing, a rank verb, a field, 第."""
    cues = vocab("cues")
    verbs = "|".join(sorted(cues["rank_verbs"], key=len, reverse=True))
    fields = "|".join(sorted(cues["rank_fields"], key=len, reverse=True))
    return re.compile(rf"^(?P<owner>[^，；、]{{2,}}?)(?P<verb>{verbs})?"
                      rf"(?P<field>(?:{fields})(?(verb)[^，；、第\d排]{{0,6}}?|))?"  # 全国百强县
                      rf"(?:{'|'.join(cues['rank_cut_words'])})?(?:为|在)?第$")


@cache
def _move_after_rank() -> re.Pattern[str]:
    """A label ending in a rank word and a move verb: "空气质量指数全省排名前进" (round 72, x2)."""
    cues = vocab("cues")
    moves = "|".join(sorted(cues["rank_move_up"] + cues["rank_move_down"], key=len, reverse=True))
    ranks = "|".join(cues["rank_words"])
    return re.compile(rf"^(?P<ranked>[^，；、]{{2,}}(?:{ranks}))(?:{moves})$")


def _placed_field(name: str) -> str:
    """A move's label without 在 before its field and a hedge after its rank word (round 72,
    x2): 清苑科技创新能力评估排名在全省 → 清苑科技创新能力评估全省排名, 区域创新能力在全国综合
    排名 → 区域创新能力全国综合排名, 全国排名有望 → 全国排名."""
    hedge, placed, before_field = _placed_patterns()
    name = placed.sub(r"\1\3\2", hedge.sub("", name))
    return before_field.sub(r"\1", name)


@cache
def _placed_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """``_placed_field``'s patterns, built once: a hedge (``cues.rank_hedges``) after a rank
    word ending a label; a rank word, 在 and a field ending it; 在 before a field and a rank."""
    cues = vocab("cues")
    fields = "|".join(sorted(cues["rank_fields"], key=len, reverse=True))
    ranks = "|".join(cues["rank_words"])
    return (re.compile(rf"(?<=(?:{ranks}))(?:{'|'.join(cues['rank_hedges'])})$"),
            re.compile(rf"^(.{{2,}}?)({ranks})在({fields})$"),
            re.compile(rf"^(.{{2,}}?)在(?=(?:{fields})[^，；、]{{0,4}}(?:{ranks})$)"))


# A rank in Chinese numerals closing a label: "…全市排名第二" (round 72, x2).
_HAN_RANK = re.compile(r"(?<=第)[一二三四五六七八九十]+[位名]?$")


def rank_owned(f: Any, before: list[Any], text: str) -> str:
    """The label of figure row ``f`` (``figures.Figure``) with its owner named from ``before``
    (the row just before it, labelled already, or nothing) when ``f``'s label is a bare growth
    or rank word; ``text`` is the report's text. Any other label is returned."""
    name = f.indicator
    cues = vocab("cues")
    moved = f.measure == "change" and f.unit in ("位", "名", "个")
    if moved and (ranked := _rank_before(name, text[max(0, f.start - 60):f.start])):
        return ranked  # "…居全省第12位，前移5位" (round 71, w7)
    if moved:  # "…排名在全省上升33位", "…在全国综合排名上升3位", "…排名有望上升…" (r72, x2)
        name = _placed_field(name)
    if moved and (ranked := _move_after_rank().match(name)):
        return ranked.group("ranked")  # 空气质量指数全省排名前进 (round 72, x2)
    if moved and (cut := _cut_rank().match(_HAN_RANK.sub("", name))):
        return _ranked(_owner(cut), cut.group("field"))  # round 71, w7; 第二 (r72, x2)
    if f.measure != "change" or not before or name not in cues["rank_words"] + \
            cues["rank_growth_words"]:
        return name
    prev = before[0]
    if prev.sentence_index != f.sentence_index or not prev.indicator \
            or prev.indicator in cues["rank_words"] + cues["rank_growth_words"]:
        return name
    between = text[prev.end:f.start]
    if not between or re.search(r"[；;。]", between):
        return name
    if name in cues["rank_growth_words"]:
        return prev.indicator if prev.measure == "level" \
            and re.fullmatch(rf"[，,]\s*(?:{name})", between) else name
    field = _FIELD.search(between)
    if not field or between.count("，") + between.count(",") > 2:
        return name
    owner = prev.indicator
    if prev.measure == "change" and not owner.endswith(tuple(cues["rank_growth_words"])):
        owner += "增速"
    return f"{owner}{field.group(1)}位次"


def _owner(cut: re.Match[str]) -> str:
    """The ranked thing of a ``_cut_rank`` match, with its 排名 when that was read as the verb
    ("综合排名全省第": 综合排名)."""
    verb = cut.group("verb") or ""
    return cut.group("owner") + (verb if verb in vocab("cues")["rank_words"] else "")


def _ranked(owner: str, field: str | None) -> str:
    """The rank of ``owner`` in ``field``: 营商环境评价全省排名; an owner naming its rank
    already takes the field in front (县域经济综合排名, 全省: 全省县域经济综合排名)."""
    if owner.endswith(tuple(vocab("cues")["rank_words"])):
        return owner if field and field in owner else f"{field or ''}{owner}"
    return f"{owner}{field or ''}排名"


def _rank_before(name: str, before: str) -> str:
    """A move's label that is its move verb (``cues.rank_move_up``, ``rank_move_down``), maybe
    after a thing and a comparison (地区生产总值前移, 比上年前移), when the clause before the
    move ends in a rank ("居全省第12位"): the thing ranked, from that clause or else from
    ``name``, its field and 排名; "" otherwise."""
    cues = vocab("cues")
    moves = tuple(cues["rank_move_up"] + cues["rank_move_down"])
    bare = re.sub(r"个?位次$", "", _compared().sub("", name))  # 前进5个位次 (round 72, x2)
    if not bare.endswith(moves):
        return ""
    clauses = re.split(r"[，,]", re.split(r"[。；;！？\n]", before)[-1])
    ranked = _RANKED.search(clauses[-2]) if len(clauses) > 1 else None
    if not ranked:
        return ""
    rest = bare[:len(bare) - len(next(m for m in moves if bare.endswith(m)))]
    cut = _cut_rank().match(clauses[-2][:ranked.start() + 1])
    field = re.search("|".join(cues["rank_fields"]), clauses[-2])
    opens = tuple(cues["rank_verbs"] + cues["rank_fields"])  # "居全市第3位": no owner in it
    owner = _owner(cut) if cut else ""
    scope = next((w for w in cues["rank_fields"] if owner.startswith(w)), "")
    if scope and cut and cut.group("field") and not owner[len(scope):].startswith(opens):
        owner = owner[len(scope):]  # the place ranked: "全县…增速居全市第2位" (r71 review, q10)
    owner = rest if not owner or owner.startswith(opens) else owner
    owner = re.sub(rf"^(?:{'|'.join(cues['goal_openers'])})", "", owner)  # 力争 (r71 review, q10)
    if rest.endswith(tuple(cues["rank_growth_words"])) and rest not in owner:  # r71 review, q10:
        owner = re.sub(r"(?:总量|总额)$", "", owner) + rest  # "…总量居全市第4位，增速前移2位"
    field_word = (cut.group("field") if cut else None) or (field.group(0) if field else None)
    return _ranked(owner, field_word) if len(owner) > 1 else ""
