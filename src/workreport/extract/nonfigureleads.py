"""Numbers that are not figures, round 63 (y7; issue 13, non-figures read as figures).

Three shapes (words in ``vocab/nonfigures.yml``), called from ``nonfigureown.later_non_figure``:

- ``candidate_package``: the size of the candidate list of 实事 put to the congress's vote, a
  plan's own package: "我们梳理形成了15件民生实事候选项目，提请本次大会票决";
- ``list_lead``: a lead-in counting the list that follows it: "重点做好以下9项工作："; round 88
  (w3), a count whose numbered items follow 分别是： ("其中涉及本县有5项，分别是：①…");
- round 65 (x1), ``review_package``: a package of 实事/工程 not done, only heading the counts of
  its parts ("去年确定的20项实事，已完成16项") or only making progress ("19项民生实事如期推进");
  round 86 (w1), a package of tasks too ("129项改革任务全面铺开").

A review's count of the done ones ("年初确定的20项民生实事全部完成") and a real target
("今年新增就业1万人") are neither shape: they stay figures.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from workreport.vocab import alternation
from workreport.vocab import load as vocab

__all__ = ["candidate_package", "list_lead", "package_named", "review_package"]

_CLAUSE = re.compile(r"[，。；：！？\n]")  # the marks a package's clause opens after


@cache
def _candidate() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The unit and candidate noun after the count, and the words putting it to the vote."""
    nf = vocab("nonfigures")
    return re.compile(nf["candidate_package"]), re.compile(alternation(nf["candidate_put"]))


@cache
def _congress() -> re.Pattern[str]:
    return re.compile(alternation(vocab("nonfigures")["candidate_congress"]))


def candidate_package(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the size of a candidate list (``nonfigures.candidate_package``:
    the count, its unit, at most six words, 候选项目) that the rest of its sentence puts to the
    congress (``nonfigures.candidate_put``): "梳理形成了15件民生实事候选项目，提请本次大会票决",
    "遴选出十二类47项民生实事候选项目提交大会"? Not a pool the package was voted out of
    ("从120个候选项目中票决产生", 中 after the noun), nor a list no congress is asked about
    ("梳理形成20个民生实事候选项目。" stays a figure). Round 63 review (k63e): only 实事/民生/
    惠民 candidates (not "3个候选项目已提请国家发改委审议", "推荐3个全国文明村镇候选村") put to
    the congress or its deputies (``nonfigures.candidate_congress``: 大会, 人大, 代表), and 里
    like 中 ("从150个候选项目里票决产生")."""
    noun, put = _candidate()
    m = noun.match(text, end)
    if not m:
        return False
    rest = re.split(r"[。！？\n]", text[m.end():m.end() + 60])[0]
    return bool(put.search(rest)) and bool(_congress().search(rest))


@cache
def _lead() -> re.Pattern[str]:
    return re.compile(vocab("nonfigures")["list_lead_after"])


def list_lead(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the count of a lead-in's list, 以下 straight before it and a
    unit, at most four words and the list's noun ending its clause after it
    (``nonfigures.list_lead_before``, ``list_lead_after``): "重点做好以下9项工作：", "抓好
    以下8件大事。"? Not 以下 after an amount ("3000元以下5万元以上": no list noun follows),
    nor a count with a magnitude ("以下10万元"). Round 63 review (k63e): nor 以下 after an
    amount or a measure (``nonfigures.list_lead_not_before``: "投资额1亿元以下12个项目审批
    工作", "收费标准200元以下15项收费事项")."""
    nf = vocab("nonfigures")
    if re.match(nf["list_itemised_after"], text[end:end + 12]):
        return True  # "其中涉及本县有5项，分别是：①…" (round 88, w3)
    return text.endswith(nf["list_lead_before"], 0, start) \
        and not re.search(nf["list_lead_not_before"], text[max(0, start - 12):start]) \
        and bool(_lead().match(text, end))


@cache
def _package() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The package's unit and noun after the count, another package joined to it, progress."""
    nf = vocab("nonfigures")  # round 86 (w1): a package of tasks too (package_task_noun)
    return (re.compile(nf["review_package"].replace("{tasks}", nf["package_task_noun"])),
            re.compile(nf["review_package_joined"]),
            re.compile(nf["review_package_progress"]))


def review_package(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the size of a package of 实事, 工程 or 民生项目
    (``nonfigures.review_package``: the count, 项/件/个, at most six words, the noun) that its
    sentence does not say was done: the package only heads the counts of its parts by its own
    unit, after a comma or after 已完成 (``review_package_part``: "我县确定的18项惠民实事，5项
    基本完成，11项如期启动", "去年确定的20项实事，已完成16项", "35件惠民实事已完成31件", "52项
    惠民工程，除因政策调整取消3项外…"), or its predicate is progress only
    (``review_package_progress``: "去年县人代会确定的19项民生实事如期推进", "10项主题教育民生
    项目取得阶段性成效", also for a package joined to another by 和/、: "20项省定民心工程和19件
    县定民生实事取得显著成效")? Round 65 (x1), the lead's convention (bench/label_judging.md).
    A package done ("20项民生工程全面完成", ``review_package_done`` in its clause: 完成, 兑现,
    落实…; "15件民生实事全部完成，其中3项提前完成"; in a later clause opening with
    ``review_package_again``: "81项民生工程扎实推进，全部按期完成") stays a figure, and so do
    the counts of its parts (已完成的实事 16), a count of listed things heading counts (等10个
    实事项目，已完成8个: 等 before it) and another package counted after it ("5项民生工程": its
    noun after the unit), nor a package its clause's act before it says was done ("建成10个民生
    项目，其中8个已投用", ``review_package_done_before``: 办成…).

    Round 65 review (u1): a later clause says the package done with a done word after an adverb
    anywhere in it (``review_package_done_later``: "15件惠民实事扎实推进，年底前全部完成",
    "…加快实施，截至年底如期完成"; not "…扎实推进，12件民生实事全部完成", another package, nor
    "…除…暂缓4项外，其余全部完成", the rest of it: ``review_package_rest``), and a count its
    clause's act before it carries out is the count of that act, no package picked
    (``review_package_act_before``, not closed by 的: "实施50个民生项目，其中30个已竣工",
    "启动12项民生工程…"; "年初确定实施的20项实事，…" stays a package).

    Round 83 review (q4): 事项 its clause before the count says were received or handled
    (``review_package_matter_handled``: "受理群众反映的3200件民生事项，已办结3100件") are things
    handled, a figure, no package of 惠民事项; and 事项 make a package only after 民生, 民心,
    惠民 (``review_package``: "120项便民事项稳步推进网上办理" is a service's items, a figure).

    Round 86 (w1; bench/label_judging.md, settled by the lead in round 86): a package of tasks
    (``nonfigures.package_task_noun``: "129项改革任务全面铺开", "90项具体改革任务按期推进") is
    read the same way, and a count of listed things that only made progress is no figure either
    ("…等10个实事项目有序推进", "…等18个重点合作事项加快实施", as the development judges read them).
    Round 86 review (q1): not a noun naming the work's teams or pilots (``package_task_noun``:
    "8个重点工作专班全力推进", "12个重点工作组", "…改革任务试点"), tasks an act before made or
    took over (``package_task_made``: "推出414项改革事项，已落地实施300项"), holders counted in
    个 before them (``review_package_holders``: "全县8个乡镇重点工作扎实推进"), nor 事项 said
    handled after (``review_package_matter_served``: "…等32个重点事项加快推进网上办理").

    Round 87 (w1; bench/label_judging.md, settled by the lead in round 87): 件件有着落 and
    件件有回音 read as done (``review_package_done``; 件件 opens a later clause on the package
    itself, ``review_package_again``: "10件民生实事扎实推进，件件有着落" is a figure); and
    改革举措 are a package of tasks, 取得…成果 progress ("112项改革举措取得重要成果").

    Each span of a report is tested once: ``numbers.classify`` asks first, ``package_named``
    (``figures.extract``, for every name) again; the answers are kept per report text."""
    tested = _tested(text)
    if (start, end) not in tested:
        tested[start, end] = _review_package(text, start, end)
    return tested[start, end]


@lru_cache(maxsize=4)  # one report at a time: not every text of a batch kept
def _tested(text: str) -> dict[tuple[int, int], bool]:
    """``review_package``'s answers for the spans of the report ``text`` tested so far."""
    return {}


def _review_package(text: str, start: int, end: int) -> bool:
    """``review_package``, tested."""
    noun, joined, progress = _package()
    m = noun.match(text, end)
    if not m:
        return False
    listed = text[start - 1:start] == "等"  # round 86 (w1): progress only, not its parts
    nf = vocab("nonfigures")
    tasks = bool(re.search(f"(?:{nf['package_task_noun']})$", m.group(0)))  # round 86 (w1)
    if tasks and text[end] == "个" and any(w in m.group(0) for w in nf["review_package_holders"]):
        return False  # "全县8个乡镇重点工作扎实推进": the holders counted (round 86 review, q1)
    before = _CLAUSE.split(text[max(0, start - 24):start])[-1]
    if re.match(nf["review_package_rest"], before):
        return False  # "其中12项重点改革任务有序推进": a part of what was counted (round 86, w1)
    if any(w in before for w in nf["review_package_done"] + nf["review_package_done_before"]):
        return False  # "完成20项民生实事，其中5项提前完成": the package done, its act before it
    if tasks and any(w in before for w in nf["package_task_made"]):
        return False  # "推出414项改革事项，已落地实施300项": tasks made or issued (r86 review, q1)
    handled = nf["review_package_matter_handled"]
    if m.group(0).endswith("事项") and any(w in before for w in handled):
        return False  # "受理群众反映的3200件民生事项，…": things handled (round 83 review, q4)
    # round 80 (x1): "推进实施了20项民心工程"; round 86 (w1): not after a tally ("累计推进")
    pushed = bool(p := _pushed().search(before)) \
        and not re.search(nf["review_package_tally"], before[:p.start()])
    if not pushed and any(w in before.split("的")[-1] for w in nf["review_package_act_before"]):
        return False  # "实施50个民生项目，其中30个已竣工": an act's count (round 65 review, u1)
    rest = joined.sub("", re.split(r"[。；！？\n]", text[m.end():m.end() + 160])[0])
    part = _part(text[end])
    clauses = rest.split("，")
    if tasks and m.group(0).endswith("事项") \
            and any(w in clauses[0] for w in nf["review_package_matter_served"]):
        return False  # "…等32个重点事项加快推进网上办理": a service's items (r86 review, q1)
    parts = [c for c in clauses if part.search(c) and not re.search(nf["review_package_nouns"], c)]
    said = [re.sub(nf["review_package_not_done"], "", c) for i, c in enumerate(clauses)
            if c not in parts and (not i or re.match(nf["review_package_again"], c)
                                   or _done_later(c))]
    if any(w in c for c in said for w in nf["review_package_done"]):
        return False  # "20项民生工程全面完成", "…扎实推进，全部按期完成": done
    return bool(progress.match(clauses[0])) or pushed or (not listed and bool(parts) and (
        clauses[0] in parts or clauses[0] in nf["review_package_within"]))


@cache
def _pushed() -> re.Pattern[str]:
    """Round 80 (x1): a verb of progress only, straight before the package in its clause
    (``nonfigures.review_package_pushed``: "推进实施了20项民心工程", "扎实抓好15件…实事集中整治",
    "深化20项民心工程"): the package only made progress, as ``review_package_progress`` after it."""
    return re.compile(vocab("nonfigures")["review_package_pushed"] + "$")


@cache
def _part(unit: str) -> re.Pattern[str]:
    """``nonfigures.review_package_part`` for the package's unit (项, 件, 个), compiled once."""
    return re.compile(vocab("nonfigures")["review_package_part"].replace("{unit}", re.escape(unit)))


def _done_later(clause: str) -> bool:
    """Does a later clause say the package done, an adverb before the done word anywhere in it
    ("至年底全部完成", "目前均已完成"), naming no other package or work ("12件民生实事全部完成")
    and not the rest of it ("其余全部完成")? Round 65 review (u1)."""
    nf = vocab("nonfigures")
    return bool(re.search(nf["review_package_done_later"], clause)) \
        and not re.search(nf["review_package_nouns"], clause) \
        and not re.match(nf["review_package_rest"], clause)


@cache
def _owner() -> re.Pattern[str]:
    """``nonfigures.review_package_owner``, the body that set a package, compiled once."""
    return re.compile(vocab("nonfigures")["review_package_owner"])


def package_named(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The name of the package ``review_package`` finds at ``text[start:end]`` and where its
    unit ends, for the labels of its parts counted after it (round 65, x1): ("我县确定的18项
    惠民实事，5项基本完成", 6, 8) → ("惠民实事", 9), so 5项 is 基本完成的惠民实事; the body
    that set it in front when it alone stands before the count in its clause (round 83, x8:
    "市政府49项惠民事项，涉及我县14项…" → 市政府惠民事项); None when ``review_package`` is False."""
    if not review_package(text, start, end):
        return None
    m = _package()[0].match(text, end)
    assert m is not None
    # round 83 (x8): the body that set it, alone before the count in its clause, stays in the
    # name ("市政府49项惠民事项，涉及我县14项…" → 涉及我县的市政府惠民事项)
    before = _CLAUSE.split(text[max(0, start - 12):start])[-1]
    owner = before if _owner().fullmatch(before) else ""
    return owner + m.group(0)[1:], end + 1
