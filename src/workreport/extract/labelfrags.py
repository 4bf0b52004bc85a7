"""Labels cut into fragments or naming another thing, mended last in ``naming.label`` (round
20, part F; issue 13 §2: the label names what the number measures as a reader writes it):

- *a rank* (``ranked``): a number of places in a ranking written 前N位 or 后N名 is the
  rank of its owner in a field, "主要经济指标增速居全国前3位" → 主要经济指标增速全国位次
  (was 主要经济指标增速居全国前), "…指数排名跻身全球前20名" → …指数全球排名; the
  ordinal 第N位 stays no figure (``nonfigures``).
- *a parallel subject* (``parallel``): a clause opening with its own short subject before
  从 or 由 ("…，农村由人均13元提高到18元") owns its numbers and takes the head of the
  subject before it, "城镇低保补差额由…，农村由…" → 农村低保补差额 (was 人均农村).
- *a bare verb said before* (``verb_said``): a label that is a verb alone, the verb
  written with its object or its route in a clause before ("积极偿还县、乡两级债务，全年
  偿还5475万元" → 偿还县、乡两级债务; "经甲河向乙淀生态补水，共补水5000万方" →
  经甲河向乙淀生态补水).
- *a verb compound cut around the count*: a problem solved for the places counted
  (``solved``: "解决了57个村近10万人的饮水安全问题" → 解决饮水安全问题的村, was 解决村) and
  what was done with partners counted after 与 (``partnered``: "80家医院与京津60余家院校
  深度合作" → 与医院深度合作的京津院校, was 京津院校深度).
- *a count inside a clause qualifying a whole* (``contained``): "包含70余家成员单位的
  “…协作区”" → “…协作区”包含成员单位 (was 包含成员单位的).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, wraps

from workreport.extract.labelamend import amended
from workreport.extract.labelclean import clean
from workreport.extract.labelcuttail import cut_tail
from workreport.extract.labelfared import acted
from workreport.extract.labelforms import per_unit
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, noun_phrase, tags
from workreport.extract.nonfigures import NOTE_MARK, alternation, classifiers
from workreport.extract.numbers import Token, vocab

__all__ = ["mended", "mending"]


def mending(label: Callable[[str, Token, str, str | None], str]
            ) -> Callable[[str, Token, str, str | None], str]:
    """``naming.label``, the outermost of its decorators, with the per-unit scope its clause
    gives (``labelforms.per_unit``: 每个县市区…) and then ``mended``: the last rules a label
    takes; last of all an adverb the label was cut at goes (``labelcuttail.cut_tail``, round
    73, x7)."""
    @wraps(label)
    def mend(text: str, tok: Token, pre: str, previous: str | None) -> str:
        q = tok.quantity
        assert q is not None
        before, after = text[tok.sentence.start:q.start], text[q.end:tok.sentence.end]
        name = amended(acted(mended(per_unit(label(text, tok, pre, previous), pre), pre,
                                    previous, q.unit, before, after), q.unit, after),
                       previous, q.unit, before, after)  # round 24 (parts D and E)
        return cut_tail(name, before, after)  # round 73 (x7)
    return mend


def mended(name: str, pre: str, previous: str | None, unit: str, before: str,
           after: str) -> str:
    """``name`` mended as the module says; ``pre`` is the clause before the number (from
    the figure before it), ``before`` the sentence up to the number, ``after`` the sentence
    after it."""
    if not name:
        return name
    name = _in_all(name, unit)
    return ranked(name, pre, previous, unit) or parallel(name, pre, previous) \
        or verb_said(name, pre, before, unit) or solved(pre, after, unit, before) \
        or partnered(pre, after, unit) or contained(pre, after) or name


def _in_all(name: str, unit: str) -> str:
    """A count's label without the 总 that opens it before a verb that says what was done:
    总 is "in all" there, no part of the noun (round 21: "签约…9个，总落地项目5个" gave
    总落地项目 → 落地项目); not money nor a measure (总投资, 总开发面积)."""
    cues = vocab("cues")
    verbs = cues["label_verbs"] + cues["label_kept_verbs"] + cues["object_predicates"]
    verb = leading_word(name[1:], verbs) if name.startswith("总") else ""
    if not verb or not re.fullmatch(r"[万千百]?[个家项座所户名件处条台套辆批支]", unit) \
            or not _nouns(name[1 + len(verb):]):
        return name
    return name[1:]


def contained(pre: str, after: str) -> str:
    """A count written inside a clause that qualifies a whole after 的, the whole's verb of
    holding before it (``cues.holding_verbs``): the whole, the verb and the counted noun,
    "包含70余家成员单位的“…协作区”" → “…协作区”包含成员单位 (was 包含成员单位的), "覆盖133个村
    9万多户的“双代”工程" → “双代”工程覆盖村 (was 覆盖村); "" otherwise."""
    verb = _holding_end().search(pre.strip())
    counted = classifiers("户人个家所名")
    m = re.fullmatch(rf"([^\d的，、]{{1,8}})(?:[近约]?[\d.]+[万千百]?[多余]?万?{counted})?"
                     r"的(.+)", re.split(r"[，；。：]", after)[0])
    if not verb or not m or not _nouns(m.group(1)):
        return ""
    whole = noun_phrase(NOTE_MARK.sub("", m.group(2)))
    cut = min((i for w in vocab("cues")["object_predicates"] if (i := whole.find(w, 2)) > 0),
              default=len(whole))  # "…管线改造竣工供暖"
    whole = whole[:cut]
    return f"{whole}{verb.group(0)}{m.group(1)}" if len(whole) >= 2 else ""


def _owner_first(after: str) -> tuple[str, str]:
    """The counted noun that opens ``after`` (jieba's first word, a noun of two
    characters or more or one it tags zg: 村, 县) and the words after it, a head count
    ("近10万人的") and 的 dropped; ("", "") when none."""
    pieces = tags(after) if after else ()
    if not pieces or not (pieces[0].flag == "zg" or (
            pieces[0].flag[:1] in "n" and len(pieces[0].word) >= 2)):
        return "", ""
    first = pieces[0].word
    rest = re.sub(rf"^[近约超]?\d[\d.]*[多余]?万?{classifiers('人户名')}的?|^的", "",
                  after[len(first):])
    return first, rest


def solved(pre: str, after: str, unit: str, before: str = "") -> str:
    """A count of the places or bodies whose problem was solved, the problem written after
    them (``cues.problem_verbs``, ``problem_heads``): "解决了57个村近10万人的饮水安全问题"
    → 解决饮水安全问题的村 (was 解决村), "新增解决超500个自然村生活污水治理问题" → 新增
    解决生活污水治理问题的自然村, "妥善解决18个小区确权颁证历史遗留问题" → 解决确权颁证
    历史遗留问题的小区; "" otherwise (not for people or households counted: 解决8.4万人的…
    问题, 解决320户群众办证难问题 stays as the phrasing rows have it)."""
    cues = vocab("cues")
    if people := _people_solved(pre, after, unit) or _people_solved(_later_item(before), after,
                                                                    unit):
        return people
    verb = _problem_end().search(pre.strip())
    if not verb or not re.fullmatch(classifiers("个家所座处"), unit[-1:]):  # not 户 of 群众 (r16)
        return ""
    owner, problem = _owner_first(re.split(r"[，；。、：]", after)[0])
    if not owner or len(problem) < 3 or re.search(r"[\d“”]", problem) \
            or not problem.endswith(tuple(cues["problem_heads"])):
        return ""
    return f"{clean(verb.group(0).removesuffix('了'))}{problem}的{owner}"


def _later_item(before: str) -> str:
    """The verb of a 解决 list whose later item the number opens (``cues.problem_verbs``;
    round 21): after a count and its noun ("解决了57个村近10万人的…" → 解决) or after the first
    item's problem and 和 ("解决了6398万农村人口的饮水困难和60万…"); "" otherwise."""
    solving, headed = _later_res()
    clause = re.split(r"[，；。：]", before)[-1]
    m = solving.search(clause)
    tail = re.split(r"\d", clause)[-1]
    counted = r"[万千亿]?[多余]?[个户名家所座处]?[\u4e00-\u9fff]{0,2}?[近约超]?"  # 个村近
    if not m or not (re.fullmatch(counted, tail) or headed.search(tail)):
        return ""
    return m.group(1)


def _people_solved(pre: str, after: str, unit: str) -> str:
    """People or households whose problem was solved (round 21; the round-20 leftover): the
    verb, the problem and the people named after the number (``cues.problem_people``) or
    before it (a place word: 农村 → 农村人口), else their number (``cues.reached_units``):
    "解决1341户群众“办证难”问题" → 解决“办证难”问题的群众, "解决了500多万名集体企业退休人员
    养老保障的历史遗留问题" → …的集体企业退休人员, "新解决农村6300多万人饮水安全问题" → 新解决
    饮水安全问题的农村人口, "解决了17.3万人的饮水安全问题" → 解决饮水安全问题人数, "解决456户
    棚改集中安置问题" → 解决棚改集中安置问题户数; "" otherwise."""
    cues = vocab("cues")
    solving, owned = _people_res()
    verb = solving.search(pre.strip())
    counted = re.sub(r"^[万千亿]", "", unit)
    if not verb or counted not in ("人", "名", "户", ""):
        return ""
    clause = re.split(r"[，；。、：]|[和及与](?=[近约超]?\d)", after)[0]
    m = owned.match(clause)
    problem = m.group("problem") if m else ""
    if len(problem) < 3 or re.search(r"\d", problem) or problem[:1] in "的和及" \
            or not problem.endswith(tuple(cues["problem_heads"])):
        return ""
    owner = m.group("owner") or (verb.group("place") + "人口" if verb.group("place") else "")
    act = clean(verb.group("verb"))
    if owner:
        return f"{act}{problem}的{owner}"
    reached = vocab("cues")["reached_units"].get("人" if counted == "名" else counted)
    return f"{act}{problem}{reached}" if reached else ""


def partnered(pre: str, after: str, unit: str) -> str:
    """A count of partners after 与, what was done with them after the counted noun
    (round 20, kind "a verb compound cut in two"): "80家医院与京津60余家院校深度合作" →
    与医院深度合作的京津院校 (was 京津院校深度) and, for the count before 与, 与京津院校
    深度合作的医院; "与11家大企业签订总投资105.85亿元的战略合作协议" → 签订战略合作协议的
    大企业, "与25家央企签署投资协议9400亿元" → 签署投资协议的央企; "" when no verb follows
    the counted noun."""
    clause = re.split(r"[，；。、：]", after)[0]
    counts = rf"\d[\d.]*[多余]?{classifiers('个家所名')}"  # the partners' counts go
    if not re.fullmatch(classifiers("个户家所座处"), unit[-1:]):
        return ""
    if first := re.fullmatch(r"([\u4e00-\u9fff]{1,8}?)(?<![参给赋授])与([^与]+)", clause):
        done = _done_with(re.sub(counts, "", first.group(2)))
        return f"与{done[0]}{done[1]}的{first.group(1)}" if done and _nouns(first.group(1)) \
            else ""
    m = re.search(r"(?:^|[，；])([^，；]*?)(?<![参给赋授])与([\u4e00-\u9fff]{0,4})$", pre)
    if not m or not (done := _done_with(clause)):
        return ""
    partner = clean(re.sub(counts, "", m.group(1)))
    partner = f"与{partner}" if partner and len(partner) <= 8 else ""
    return f"{partner}{done[1]}的{m.group(2)}{done[0]}"


def _nouns(words: str) -> bool:
    """Whether jieba reads ``words`` as nouns and their attributes only."""
    return bool(words) and all(p.flag[:1] in "nabj" or p.flag == "zg" for p in tags(words))


def _done_with(clause: str) -> tuple[str, str] | None:
    """``clause`` split into the partners it opens with and what was done with them (from
    the first verb or adverb on, a manner word jieba tags a noun included, 分别, 了 and
    sums of money dropped): "京津院校深度合作" → (京津院校, 深度合作); None when no verb
    follows nouns."""
    pieces, at = tags(clause) if clause else (), 0
    for i, piece in enumerate(pieces):
        if piece.flag in ("v", "vn", "d") and i:
            break
        at += len(piece.word)
    else:
        return None
    noun, act = clause[:at], clause[at:]
    manner = next((w for w in vocab("cues")["partner_manner_words"] if noun.endswith(w)), "")
    noun, act = noun[: len(noun) - len(manner)], manner + act
    # An adverb jieba tags a noun (全部, 均已) goes: "7所镇卫生院全部建立…" (seed-2134 audit).
    noun = _adverb_end().sub("", noun)
    act = re.sub(r"^分别|了|总?投资[\d.]+[万亿]*元的?|[\d.]+[万亿]*元$", "", act)
    return (noun, act) if len(act) >= 2 and _nouns(noun) else None


def ranked(name: str, pre: str, previous: str | None, unit: str) -> str:
    """The rank a count of places 前N位, 后N名 gives its owner in a field
    (``cues.rank_verbs``, ``cues.rank_fields``): "降幅居全国前5位" → 降幅全国位次, "…指数
    排名跻身全球前20名" → …指数全球排名, "全市后10位" after "…指数退出全省后30位" →
    …指数全市位次 (the owner carried from the figure before); "" when the number is no
    such rank."""
    if unit not in ("位", "名") or not re.search(r"[前后]$", pre.strip()):
        return ""
    rank, ranked_before = _rank_res()
    m = rank.fullmatch(pre.strip())
    if not m or not (m.group("verb") or m.group("field")):
        return ""  # "全年新进站博士后304名", "纳税前100名企业"
    owner = clean(m.group("owner")) if m.group("owner") else ""
    if not owner and previous and (carried := ranked_before.match(previous)):
        owner = carried.group(1)  # "…全省后30位、全市后10位"
    if not owner:
        return ""
    word = "排名" if owner.endswith("排名") else "位次"
    return owner.removesuffix("排名") + m.group("field") + word


# The patterns of the rules above, built once from their cue lists (tidy, rc2).
@cache
def _holding_end() -> re.Pattern[str]:
    """``cues.holding_verbs`` ending the text before a count (``contained``)."""
    return re.compile(rf"(?:{alternation(list(cue_words('holding_verbs')))})$")


@cache
def _problem_end() -> re.Pattern[str]:
    """``cues.problem_verbs``, maybe with 了, ending the text before a count (``solved``)."""
    return re.compile(rf"(?:{alternation(list(cue_words('problem_verbs')))})了?$")


@cache
def _later_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A ``cues.problem_verbs`` verb before a number and a ``cues.problem_heads`` problem
    ending in 和, 及 or 、 (``_later_item``)."""
    verbs = alternation(list(cue_words("problem_verbs")))
    heads = alternation(list(cue_words("problem_heads")))
    return (re.compile(rf"({verbs})了?(?=[^，；。]*\d)"), re.compile(rf"(?:{heads})[和及、]$"))


@cache
def _people_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A ``cues.problem_verbs`` verb and maybe a ``cues.populace_kinds`` place ending the text
    before a count, and the people (``cues.problem_people``) and problem after it
    (``_people_solved``)."""
    verbs = alternation(list(cue_words("problem_verbs")))
    places = alternation(list(cue_words("populace_kinds")))
    heads = alternation(list(cue_words("problem_people")))
    return (re.compile(rf"(?P<verb>{verbs})了?(?P<place>{places})?$"),
            re.compile(rf"(?P<owner>[^\d的，]{{0,10}}(?:{heads}))?的?(?P<problem>.+)"))


@cache
def _adverb_end() -> re.Pattern[str]:
    """``cues.list_predicate_adverbs`` ending a noun (``_done_with``)."""
    return re.compile(rf"(?:{alternation(list(cue_words('list_predicate_adverbs')))})$")


@cache
def _rank_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A rank's owner, verb (``cues.rank_verbs``) and field (``cues.rank_fields``) before
    前 or 后, and a label before its 位次 or 排名 (``ranked``)."""
    verbs = alternation(list(cue_words("rank_verbs")))
    fields = alternation(list(cue_words("rank_fields")))
    return (re.compile(rf"(?:连续\S{{1,3}}[年月]|\S{{1,2}}年来)?(?P<owner>.*?)"
                       rf"(?:连续\S{{1,3}}[年月])?(?P<verb>(?:{verbs})?)"
                       rf"(?P<field>(?:{fields})?)[前后]"),
            re.compile(rf"(.+?)(?:{fields})?(?:位次|排名)$"))


def parallel(name: str, pre: str, previous: str | None) -> str:
    """The label of a clause opening with its own short subject before 从 or 由, when the
    subject before it was longer: the new subject in place of the one it answers, with the
    rest of the label before ("城镇低保补差额由人均68元提高到72元，农村由人均13元…" →
    人均农村低保补差额; "甲类标准从…提高到…，乙类（含丙类）从…" → 乙类标准); "" when the
    clause has no such subject or the label before has no part it answers."""
    m = re.match(r"([\u4e00-\u9fff]{2,3})(?:（[^（）]{1,12}）)?(?:从|由)", pre.strip())
    if not previous or not m:
        return ""
    own = m.group(1)
    per = "人均" if name.startswith("人均") or previous.startswith("人均") else ""
    head = previous.removeprefix("人均")
    if len(head) < len(own) + 2 or head.startswith(own) \
            or name.removeprefix("人均") not in (own, head):
        return ""
    other = next((w for p in vocab("cues")["parallel_subjects"] if own in p for w in p
                  if w != own and head.startswith(w)), "")
    if not other and len(own) == 2 and head[1] == own[1]:
        other = head[:2]  # 甲类 / 乙类
    return per + own + head[len(other):] if other else ""


def verb_said(name: str, pre: str, before: str, unit: str) -> str:
    """A label that is a verb alone (jieba's one word tagged v), the verb written in a
    clause before in its sentence with its object or with what it says ends that clause:
    "积极偿还县、乡两级债务，全年偿还5475万元" → 偿还县、乡两级债务, "经甲河向乙淀生态补水，
    共补水5000万方" → 经甲河向乙淀生态补水; "" otherwise (nor for a rate)."""
    pieces = tags(name)
    if unit.endswith("%") or len(pieces) != 1 or pieces[0].flag not in ("v", "vn", "n") \
            or len(name) < 2:
        return ""
    earlier = before[: len(before) - len(pre)] if before.endswith(pre) else ""
    for clause in reversed(re.split(r"[，；：。]", earlier)):
        at = clause.rfind(name)
        if at < 0:
            continue
        if at + len(name) == len(clause.rstrip()) and at > 0:
            said = clean(clause)  # "经甲河向乙淀生态补水": where to, by which way
            routed = any(p.flag == "p" for p in tags(said)) and not re.search(r"\d", said)
            return said if routed and said.endswith(name) and len(said) > len(name) else ""
        if pieces[0].flag != "v":
            return ""
        obj = noun_phrase(clause[at + len(name):].strip())
        pieces = tags(obj) if len(obj) >= 3 and not re.search(r"\d", obj) else ()
        # an object, not a verb after it (拆迁改造) nor a predicate (脱贫攻坚扎实推进)
        return name + obj if pieces and pieces[0].flag[:1] in ("n", "z") \
            and pieces[-1].flag.startswith("n") else ""
    return ""
