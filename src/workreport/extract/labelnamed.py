"""The verb before a list of names counted by the noun after the number (round 46, s46e;
used by ``naming``).

"开工长深高速改扩建等2个项目" → 开工项目 (round 11): the list's verb of
``cues.label_kept_verbs`` (or ``generic_kept_verbs``) says which are counted, and the names
go. A verb of no cue list does the same before a count alone ("聘请3名院士" → 聘请院士,
``labelowners.free_verb``); before names it was lost ("聘请了甲、乙、丙3名院士" → 院士, the
development draws' 'action verb dropped'). It stays there too, with the limits of a bare
verb: one verb of jieba's (two characters or more, maybe two such), no filler, manner,
goal or cue verb (those are the cue lists' own; aiming ones, ``cues.names_goal_verbs``:
抢占), and only where a bare verb would keep its noun (no figure before it in the
sentence, or its clause opens after ，or ；). Session 61 (f4): two such verbs joined by 和, 及 or
、 stay together ("废止和修订《甲》、《乙》等12件规范性文件" gave 废止规范性文件, 修订 lost).
Round 86 (w3; the development draws' action verb dropped: "积极盘活甲、乙两个塑料园区" gave
塑料园区, "加快设置甲、乙2所职业本科院校" 职业本科院校): a verbal noun of jieba's (vn: 盘活,
设置) opening its clause before names of counted things or people stays, as it does before a
count alone (``labelwords.acting_noun``); not one opening a name with another verbal noun
after it ("实施违法违规圈占土地等6项…": 违法|违规).

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

from workreport.extract.labelclean import strip_words
from workreport.extract.labelowners import free_verb
from workreport.extract.labelverbs import verb_run, verb_run_opening
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.numbers import vocab

__all__ = ["names_verb"]


def names_verb(name: str, previous: str | None, before: str, dimension: str, after: str,
               rest: str) -> tuple[str, bool]:
    """The verb opening ``name``, a list of names (with 、 or ending in 等) before their count,
    and whether it is kept before the noun after the number though no cue list holds it
    (module docstring; round 46, s46e: "制定出台甲、乙等7个专件" → 制定出台专件, "对接北京301
    等5所名院" → 对接名院). ``before`` is the sentence up to the number without its clause's
    fillers, ``after`` the counted noun and ``rest`` the clause from the number on: the noun
    ends both (no verb of jieba's closes ``after``), or 为, 和, 及 follow it ("聘请甲、乙等
    10位专家为顾问"); a predicate after it is the act, and the verb before the names a cause
    or a name's word ("力促甲、乙等4个项目早日投产", "再生水利用、…等7个入园项目加紧实施").
    The cue lists' verb first ("改造甲等12个老旧小区" → 改造, not free), with the acts joined
    to it (round 70, g2: "新建改建甲路、乙路等7条道路" gave 新建道路, the second act lost;
    ``labelverbs.verb_run_opening``: 新建改建, 新建、改建, 新建和改造 as written)."""
    cues = vocab("cues")
    manner = cues["act_manner_words"] + cues["list_manner_words"]  # 重点培育 (round 36)
    bare = strip_words(name, manner, leading=True)
    verb = leading_word(bare, cues["generic_kept_verbs"] + cues["label_kept_verbs"])
    if verb:
        run = verb_run_opening(bare)
        return (run if len(run) > len(verb) and verb_run(run) else verb), False
    fillers = cues["label_leading"] + cues["act_pair_fillers"] + cues["list_verb_leading"] \
        + cues["label_manner_words"] + manner
    # round 86 (w3): a verbal noun of jieba's (盘活, 设置: vn) opening its clause acts too, as
    # before a count alone (``labelwords.acting_noun``)
    pieces = [p for k, p in enumerate(tags(bare)[:2])
              if (p.flag == "v" or (p.flag == "vn" and not k)) and len(p.word) >= 2]
    if not pieces or pieces[0].word != bare[:len(pieces[0].word)] \
            or pieces[0].word in fillers + cues["label_verbs"] + cues["names_goal_verbs"]:
        return "", False  # the cue lists' verbs (完成, 实施, 支持 …) are theirs to keep or drop
    second = len(pieces) > 1 and bare[len(pieces[0].word):].startswith(pieces[1].word) \
        and pieces[1].word not in fillers + cues["label_kept_verbs"]  # 制定出台, not 提出建设
    run = "".join(p.word for p in pieces[: 1 + second])
    words = tags(bare)
    if not second and len(words) > 2 and words[1].word in ("和", "及", "、") \
            and words[2].flag == "v" and len(words[2].word) >= 2 and words[2].word not in fillers:
        run = "".join(w.word for w in words[:3])  # 废止和修订 (session 61, f4)
    at = rest.find(after) if after else -1
    tail = rest[at + len(after):] if at >= 0 else "-"
    if len(run) >= len(bare) - 1 or (tail and tail[0] not in "为和及与") \
            or tags(after)[-1].flag[:1] == "v":  # "…等4个项目早日投产": the act is after
        return "", False
    at = before.rfind(run)
    if at >= 0 and tags(run)[0].flag == "vn":  # "…，盘活甲、乙两个塑料园区" → 盘活塑料园区
        opens = before[:at].rstrip()[-1:] in ("", "，", "；", "：", ",", ";")
        named = words[1].flag != "vn"  # not a run of verbal nouns opening a name: 违法|违规…
        return (run, True) if opens and named and dimension in ("count", "people") \
            else ("", False)
    return (run, True) if at >= 0 and free_verb(run, previous, before[: at + len(run)],
                                                dimension) else ("", False)
