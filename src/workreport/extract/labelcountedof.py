"""The thing a counted noun or an increase is of, found outside ``labelqualify.qualified``
(rounds 12 and 14; helpers called from elsewhere).

Round 12 added two helpers called from elsewhere: ``sent_or_manner`` (a verb jieba does not
tag as one still takes the noun after its number, for ``labelowners.free_verb``) and
``increase_owner`` (an increase naming no thing, or a bare 即, is of the thing the figure
before counts; called from ``naming.label``).

Round 14 added ``counted_of`` (the audit's "other thing"; called from ``naming``): the counted
noun after a number when a 的 follows it in its clause, a relative clause before 的 saying
which are counted, or a noun before 的 what is counted.
"""

from __future__ import annotations

import re

from workreport.extract.labelwords import ending_word, leading_word, tags
from workreport.extract.numbers import vocab

__all__ = ["counted_of", "increase_owner", "sent_or_manner"]


def sent_or_manner(name: str, dimension: str) -> bool:
    """Whether ``name`` is a verb jieba does not tag as one that still takes the noun after
    the number (round 12): an adverb of manner and its verb ("依法取缔23处非法采砂点", tagged
    ``l``; ``cues.label_manner_words``/``label_manner_verbs``), or for people or things sent,
    a verb of sending after who sends ("三甲医院选派20名专家", 选派 tagged ``n``;
    ``cues.sending_verbs``)."""
    cues = vocab("cues")
    manner = leading_word(name, cues["label_manner_words"])
    if manner and name[len(manner):] in cues["label_manner_verbs"]:
        return True
    return dimension in ("count", "people") and name.endswith(tuple(cues["sending_verbs"]))


# A span or rate of time before an increase is no thing: "五年新增3000多台", "平均每天新增".
_BARE_INCREASE = re.compile(r"(?:(?:近|过去)?[一二两三四五六七八九十\d]{1,2}年|全年|今年|当年|年均"
                            r"|上年|去年"  # the year reviewed (session 60, f2; labelreview)
                            r"|(?:平均)?每(?:天|日|年|月)|日均|“[^”]{1,8}”)?(?:新增|净增)$")


def increase_owner(name: str, previous: str | None, unit: str) -> str:
    """An increase that names no thing (only 新增 after a span of time or a quoted method,
    ``_BARE_INCREASE``) is of the thing the figure before it in the sentence counts
    ("无梭织机达到4000多台，五年新增3000多台" → 无梭织机五年新增; "新登记注册企业增长21.6%，
    平均每天新增1.2万户" → 新登记注册企业平均每天新增), or, with none, of the capacity its unit
    measures ("“以大换小”新增400兆瓦" → “以大换小”新增装机: ``cues.unit_things``; round 12,
    kinds D and E of the audit of seed 2126). A bare 即 restates the figure before's thing:
    "中专学生数增长了75%，即达到67万人" → 中专学生数. ``name`` as it is otherwise."""
    if name in ("即", "亦即", "也就是") and previous:  # "…学生数增长了75%，即达到67万人"
        return previous
    if not _BARE_INCREASE.fullmatch(name):
        return name
    things = vocab("cues")["unit_things"]
    if previous and not previous.endswith(("率", "比重", "新增", "净增")) \
            and not _BARE_INCREASE.fullmatch(previous):
        reach = ending_word(previous, vocab("cues")["reach_words"])
        return previous[: len(previous) - len(reach)] + name
    thing = next((v for k, v in things.items() if unit.endswith(k)), "")
    return name + thing


def counted_of(after: str, rest: str, dimension: str = "count") -> str:
    """The counted noun after a number when a 的 follows it in its clause (round 14; the
    audit's "other thing"): ``after`` is the noun the rules found after the number, ``rest``
    the clause from the number's end, ``dimension`` the figure's (only counts of things
    and people).

    - a relative clause before 的 (a preposition or verb in it) says which of the noun after
      it are counted, and the label is both: ("县城", "以县城为载体的城镇化试点") →
      以县城为载体的城镇化试点; ("因大病", "因大病致贫的特困户进行了救助") → 因大病致贫的特困户;
    - a noun before 的 is what is counted, the words after 的 what was done to it or said
      of it: ("行政村的生活污水治理", "行政村的生活污水治理") → 生活污水治理的行政村 (an
      action: jieba's v or vn last), ("科技企业的建设进度", …) → 科技企业.

    A one-character holder (``cues.held_single_nouns``: 村) is a noun too, and works
    (``cues.held_works``: 工程, 建设, 任务, 规划 …) are an action (round 47, s47f: "114个村的…
    置换工程" → …置换工程的村, was 村的…置换工程). ``after`` as it is otherwise."""
    cues = vocab("cues")
    m = re.match(r"([^的，。；、\d“”（）()]{1,16})的([^的，。；、\d“”（）()]{2,16})", rest)
    if not m or not after or dimension not in ("count", "people") \
            or (len(m.group(1)) < 2 and m.group(1) not in cues["held_single_nouns"]):
        return after
    owner, said = m.group(1), m.group(2)
    pieces = tags(owner)
    if len(after) < len(owner) and after.rstrip("的") in owner \
            and pieces[0].flag in ("p", "v", "d"):  # not "以[1个信息平台]为载体构成的…"
        nouns = []
        for p in tags(said):
            if p.flag[:1] not in ("n", "j") and p.flag not in ("vn", "b"):
                break
            nouns.append(p.word)
        noun = "".join(nouns)
        return f"{owner}的{noun}" if len(noun) > 1 else after
    single = owner in cues["held_single_nouns"]  # 村 (jieba: zg), whatever follows is done
    if not after.startswith(f"{owner}的") or (not single and (pieces[-1].flag[:1] not in (
            "n", "j") or any(p.flag[:1] not in ("n", "j", "b", "a", "s") for p in pieces))):
        return after  # "成规模的…组织": no noun before 的
    done = after[len(owner) + 1:]
    last = tags(done)[-1] if done else None
    if not last or last.word in cues["generic_counted_nouns"] + ["组织"]:
        return after  # "成规模的农业生产性服务组织": the noun after 的 is what is counted
    # A problem solved is said of its people: "解决6398万农村人口的饮水困难" → 饮水困难的…
    acted = single or last.flag in ("v", "vn") or done.endswith(tuple(
        cues["problem_heads"] + cues["problem_heads_solved"] + cues["held_works"]))
    return f"{done}的{owner}" if acted else owner
