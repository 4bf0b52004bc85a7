"""The words of a label by their part of speech: jieba's tagger, loaded once, and the noun
phrase that opens the words after a number (issue 13 §2; used by ``naming``).

jieba (PyPI ``jieba``, its own dictionary, no network) tags each word; the tags used are
``n…`` (nouns), ``vn`` (verbal nouns), ``v``/``vd`` (verbs), ``p`` (prepositions), ``d``
(adverbs) and ``b`` (attributive words: 国家级, 省级). The words that head a noun phrase
after a verb ("消纳任务") are data (``vocab/cues.yml``, ``object_verb_heads``). The fragments
a number leaves at a label's end (round 11) are ``labeltails`` (round 26); the subject or
people a label's words name (``joined_subject``, ``people``, ``populace``) are
``labelsubjectwords``.
"""

from __future__ import annotations

import logging
import re
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path

import jieba
import jieba.posseg
import platformdirs

from workreport.extract.labelacts import act_tail as _act_tail
from workreport.extract.labelacts import counted_nouns, head_near, scope_object, split_noun
from workreport.extract.labelacts import verb_inside_noun as _inside_noun
from workreport.extract.labelquotes import quoted_names
from workreport.vocab import load as vocab

__all__ = ["NOT_COUNTED", "acting_noun", "and_as_mark", "attributive_only", "bare_unit",
           "bare_verb", "batched", "clause_opening", "graded", "noun_phrase", "rate_of_previous",
           "short_owner", "tags", "verb_object", "word_edges", "words_by_end"]

jieba.setLogLevel(logging.WARNING)  # its dictionary loading is logged at DEBUG


def _load_dictionary() -> None:
    """Load jieba's dictionary now, from its cache file in the user's cache directory.

    jieba caches its prefix dictionary in the temporary directory by default, which
    some systems clear or set per job (then each process rebuilds it, ~2 s of CPU).
    Loaded at import, so the worker processes a forkserver starts after importing the
    extractor (``batch._pool``) share one load instead of making one each.
    """
    where = Path(platformdirs.user_cache_dir("workreport"))
    try:
        where.mkdir(parents=True, exist_ok=True)
        jieba.dt.tmp_dir = str(where)
    except OSError:
        pass  # an unwritable cache directory: jieba's default place
    jieba.initialize()
    for word, flag in vocab("cues")["tag_words"].items():  # words jieba's dictionary lacks
        jieba.add_word(word, tag=flag)


_load_dictionary()


@lru_cache(maxsize=1 << 16)
def tags(words: str) -> tuple[jieba.posseg.pair, ...]:
    """jieba's words and tags of ``words`` (no HMM), memoised across figures and reports."""
    return tuple(jieba.posseg.cut(words, HMM=False))


def word_edges(words: str) -> frozenset[int]:
    """The offsets in ``words`` where jieba's words start or end, 0 and ``len(words)`` among
    them: whether a cut or a match falls between words, not inside one (round 83 review:
    labelcontracted and labelthingmeasure had each summed the word lengths)."""
    return frozenset(accumulate((len(t.word) for t in tags(words)), initial=0))


def _in_block(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fd5" or (c.isascii() and (c.isalnum() or c in "+#&._"))


def block_around(text: str, at: int) -> tuple[int, int]:
    """The span of the block of jieba's that holds both ``text[at - 1]`` and ``text[at]``
    (jieba cuts each run of Han characters, ASCII letters, digits and ``+#&._`` alone:
    ``jieba.posseg.re_han_internal``), so that tagging the block gives the words of the
    whole text there; ``(at, at)`` when the two characters are not in one block."""
    if not 0 < at < len(text) or not (_in_block(text[at - 1]) and _in_block(text[at])):
        return at, at
    start, end = at - 1, at + 1
    while start > 0 and _in_block(text[start - 1]):
        start -= 1
    while end < len(text) and _in_block(text[end]):
        end += 1
    return start, end


def enclosing(text: str, start: int, end: int, stops: str) -> tuple[int, int]:
    """The bounds ``(opening, close)`` of the stretch of ``text`` holding ``text[start:end]``
    between the last of ``stops`` before ``start`` (``opening`` just after it, or 0) and the
    first at or after ``end`` (``close`` at it, or ``len(text)``). A sentence's bounds, with
    the stops each caller chooses (。！？ and a line's end; with ；, a clause of a sentence):
    one helper since the session-64 re-read, where four modules each wrote it out."""
    opening = max(text.rfind(c, 0, start) for c in stops) + 1
    close = min((i for i in (text.find(c, end) for c in stops) if i >= 0), default=len(text))
    return opening, close


def noun_phrase(words: str) -> str:
    """The noun phrase that opens ``words``, cut before the first verb that follows a noun:
    "学校达到省级标准" → 学校. Words that end in a head noun (``cues.object_verb_heads``:
    任务, 工程 …) are one noun phrase, their verbs modify it: "江水消纳任务",
    "县城改造提升系列工程" stay whole; but not a verb that says what became of the things
    (``cues.object_predicate_verbs``): "园区入选全国先进制造百强园区" → 园区. No cut inside
    the quotation marks that open the words ("“辽宁优品”品牌"), before a verb naming a kind
    of the noun after it (``cues.noun_inner_verbs``: "易地扶贫搬迁小区", "农业转移人口"),
    nor before an act ending the words (``labelacts``: "特殊困难老年人家庭适老化改造"), nor
    inside a noun jieba split, but after it ("河道非法采砂点全部…" → …采砂点; ``split_noun``)."""
    if not words:
        return words
    out, nouns, head_at, reach, glued, chained = [], False, 0, -1, 0, False
    pieces = tags(words)
    in_names = quoted_names(pieces) if "“" in words else frozenset()
    heads = tuple(vocab("cues")["object_verb_heads"])
    predicates = vocab("cues")["object_predicate_verbs"]
    for i, piece in enumerate(pieces):
        # Cut before a verb or preposition that takes an object ("…落户城镇", "…升格为本科
        # 高校"); a verb with no noun after it is part of the name ("危旧房拆迁扫尾").
        # A one-character verb between one-character pieces and a noun is inside a word
        # jieba split ("国省考断面", "抽水蓄能电站").
        # ... and 用 after a unit's character naming a kind ("农村户用卫生厕所", round 70, g2)
        pair = (pieces[i - 1].flag, pieces[i + 1].flag[:1]) if out and i + 1 < len(pieces) else ()
        inside = len(piece.word) == 1 and len(out[-1]) == 1 and (pair == ("n", "n") or (
            piece.word == "用" and pair in (("q", "n"), ("q", "a")))) if out else False
        # ... or a head close after it: "乡村振兴示范区创建" → 乡村振兴示范区 (round 9, B2).
        near = head_near(pieces, i, heads, predicates)
        # (not 在: "企业在京新设研发机构")
        headed = piece.word not in predicates \
            and ((words.endswith(heads) and piece.word != "在") or bool(near))
        # A name in quotation marks that opens the words is one: "“辽宁优品”品牌" (round 9),
        # and so is a name the words reach (``labelquotes.quoted_names``; round 40, ra40:
        # "合作社入选省“定制药园”" was cut to 合作社入选省“).
        quoted = (words.startswith("“") and "”" not in "".join(out)) or i in in_names
        # A verb naming a kind of the noun after it: 易地扶贫搬迁小区 (round 9; not after 及).
        head = next((p for p in pieces[i + 1:] if p.flag[:1] not in ("v", "a")), None)
        inner = vocab("cues")["noun_inner_verbs"]  # and the verb after 未 (round 23)
        # ... a verb taking no object that names the use of the noun, and the verbs running on
        # from it to the noun, when no head noun is near (round 82, x4: 高校毕业生就业岗位,
        # 乡村振兴补助资金, 就业帮扶车间, not 高校毕业生, 乡村; cues.noun_use_verbs)
        used = not headed and (piece.word in vocab("cues")["noun_use_verbs"]
                               or (chained and piece.flag == "v"))
        named = (piece.word in inner or (out and len(out[-1]) == 1 and out[-1] in inner) or used) \
            and head is not None and head.flag.startswith("n") and pieces[i - 1].flag != "c"
        chained = used and named and piece.flag == "v"
        if glued and i == glued + 1:  # round 44, rc44
            break
        glued = max(glued, split_noun(pieces, i) if nouns else 0)
        if nouns and piece.flag in ("v", "vd", "p", "d") and len("".join(out)) > 1 and i > glued \
                and not inside and not quoted and not named and not _act_tail(pieces[i:]) \
                and not _inside_noun(pieces, i, headed) \
                and any(p.flag.startswith("n") for p in pieces[i + 1:]):  # 安置|区 (round 49)
            if not headed:
                if out[-1] == "新" and len(out) > 1:
                    out.pop()  # "品牌新入选…": the 新 of the verb cut off (round 18)
                break
            reach = near if near and not words.endswith(heads) and reach < i else reach
        nouns = nouns or piece.flag.startswith("n") or piece.flag == "vn" or piece.word == "”"
        out.append(piece.word)
        head_at = len(out) if i == reach else head_at
    # A head reached past a verb ends the phrase ("…示范区创建", "…提标工程全面完成"), not another
    # head (…示范区建设项目), the works (``cues.works_verbs``: …设施建设) nor the things it names
    # (round 43, rb43: "…改造试点城市全面开工" → …改造试点城市, not …改造试点).
    tail = "".join(out[head_at:]) if head_at else ""
    if tail and not tail.endswith(heads) and tail not in vocab("cues")["works_verbs"]:
        # …试点城市 (round 43): a counted noun, or one of ``cues.head_counted_nouns``
        kept = (*counted_nouns(), *vocab("cues")["head_counted_nouns"])
        out = out[:head_at + (out[head_at] in kept)]
    return "".join(out)


def leading_word(text: str, words: list[str] | tuple[str, ...]) -> str:
    """The longest of ``words`` that ``text`` starts with, or "" when none does: the one
    lookup of a cue word opening a label (a list's verb, a manner adverb, a works verb),
    longest first so that 新建和改造 wins over 新建."""
    return next((w for w in words_by_end(tuple(words)).get(text[:1], ()) if text.startswith(w)), "")


def ending_word(text: str, words: list[str] | tuple[str, ...]) -> str:
    """The longest of ``words`` that ``text`` ends with, or "" when none does (``leading_word``
    from the other end: a counted noun or measure closing a label)."""
    return next((w for w in words_by_end(tuple(words), False).get(text[-1:], ())
                 if text.endswith(w)), "")


@cache  # one entry per cue list: the lists are the code's own
def words_by_end(words: tuple[str, ...], leading: bool = True) -> dict[str, tuple[str, ...]]:
    """``words`` by their first (``leading``) or last character, each group longest first:
    the index ``leading_word`` and ``labelaffix.strip_words`` look cue words up in."""
    out: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        if w:
            out.setdefault(w[0] if leading else w[-1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _attributive(piece: jieba.posseg.pair) -> bool:
    return piece.flag == "b" or piece.word.endswith("级") or piece.word in ("以上", "及以上")


def attributive_only(words: str) -> bool:
    """Whether ``words`` are only attributive words (jieba's ``b``: 国家级, 大型; or a grade
    in 级: 市级, 省级以上), a grade of something named elsewhere: "其中国家级7家"."""
    pieces = tags(words) if words else ()
    return bool(pieces) and all(map(_attributive, pieces))


def graded(grade: str, noun: str) -> str:
    """``noun`` with ``grade`` in place of its own leading grade, even glued by jieba (省级重点|
    项目: round 57, s57a, "省级重点项目12个、市级30个" → 市级重点项目, not stacked): ("国家级",
    "省级以上两化融合管理体系贯标试点企业") → 国家级两化融合管理体系贯标试点企业."""
    pieces = list(tags(noun))
    while len(pieces) > 1 and (_attributive(pieces[0])
                               or pieces[0].word in vocab("cues")["joint_levels"]):
        pieces.pop(0)  # 省市|重点项目 too (session 62, f3)
    tier = leading_word(pieces[0].word[:-1], vocab("cues")["list_tier_levels"]) if pieces else ""
    return grade + "".join(p.word for p in pieces)[len(tier):]


def rate_of_previous(name: str, previous: str) -> str:
    """A bare rate listed after another rate is of the same subject: "小学和初中入学率100%、
    巩固率100%" → 小学和初中巩固率. ``name`` is returned as it is otherwise."""
    pieces = tags(previous)
    last = pieces[-1].word if pieces else ""
    if len(tags(name)) == 1 and name.endswith("率") and last.endswith("率") \
            and len(last) > 1 and len(pieces) > 1 and name != last:
        return previous[: -len(last)] + name
    return name


def short_owner(name: str) -> bool:
    """Whether ``name`` is a short name with no verb in it (黑木耳, 傍河, 玖兴)."""
    return 1 < len(name) <= 3 and not any(p.flag.startswith(("v", "p", "d", "m", "q"))
                                          for p in tags(name))


def bare_verb(name: str) -> bool:
    """Whether ``name`` is one verb as jieba tags it (抽调, 选派), and nothing else, or a verb
    phrase with no object of its own: verbs only ("恢复重建", jieba's 重建 an ``a``) or a
    preposition's phrase and its verb ("与京津共建")."""
    flags = [p.flag for p in tags(name)] if name else []
    return batched(name) or flags == ["v"] or (1 < len(flags) <= 3 and flags[0] in ("v", "p")
                              and flags[-1] == "v" and len(name) <= 6) \
        or (len(flags) == 2 and set(flags) <= {"v", "a"} and flags[0] == "v")


def acting_noun(name: str, before: str, unit: str) -> bool:
    """Whether ``name`` is one verbal noun of jieba's (``vn``: 优化, 调整, 管控) opening its
    clause alone before a count of things in ``unit`` (个, 条, 家 …), so that it acts on the
    noun after the number as a bare verb does: "…，优化143条公交线路" → 优化公交线路, not 优化
    (round 13, bare verbs). Not money nor a share (投资, 出口), not after a word of its
    clause ("…为全县近6万名…"). ``before`` is the sentence up to the number."""
    pieces = tags(name) if name else ()
    if len(pieces) != 1 or pieces[0].flag != "vn" or not before.rstrip().endswith(name) \
            or not re.search(r"[个家所座户名人只项件条处间台辆套部]$", unit):
        return False
    return before.rstrip()[: len(before.rstrip()) - len(name)][-1:] in ("", "，", "；", "：")


def clause_opening(before: str, raw: str, name: str) -> str:
    """``before`` (the sentence up to a figure) without the leading fillers of its clause
    ``raw`` that its label ``name`` was cleaned of (``cues.label_leading``, 累计), so that a
    bare verb after them opens its clause as it does without them (round 13, leading
    fillers; ``labelowners.free_verb`` reads where the clause opens): ("…，先后向我县选派",
    "先后向我县选派", "向我县选派") → "…，向我县选派"; not past a preposition ("对晋庄镇")."""
    cues = vocab("cues")
    fillers = cues["label_leading"] + cues["running_total_words"]
    cut = raw[: len(raw) - len(name)] if raw != name and raw.endswith(name) else ""
    while cut and (word := leading_word(cut, fillers)):
        cut = cut[len(word):]
    if raw != name and raw.endswith(name) and not cut and before.rstrip().endswith(raw):
        return before.rstrip()[: len(before.rstrip()) - len(raw)] + name
    return before


def batched(name: str) -> bool:
    """Whether ``name`` is a verb and a batch word (``cues.batch_words``) and nothing else:
    "筹建首批10个先导区" counts 先导区, the first of them ("筹建首批" names no thing;
    round 8). jieba tags some such verbs ``l`` (依法取缔) or ``vn``."""
    batch = next((w for w in vocab("cues")["batch_words"] if name.endswith(w)), "")
    verb = name[: len(name) - len(batch)] if batch else ""
    pieces = tags(verb) if verb else ()
    return bool(pieces) and len(verb) <= 4 and pieces[0].flag in ("v", "vn", "l") \
        and all(p.flag[:1] in ("v", "l", "d") for p in pieces)


def owned_by(owner: str, measure: str) -> str:
    """``measure`` named with its ``owner``, the words both share once: ("农村产权交易",
    "交易额") → 农村产权交易额, not …交易交易额; ("引入项目", "总投资") → 引入项目总投资
    (round 16, owners)."""
    shared = next((k for k in range(len(measure) - 1, 1, -1) if owner.endswith(measure[:k])), 0)
    return owner + measure[shared:]


def verb_object(name: str, after: str, unit: str, rest: str = "") -> str:
    """``name`` and the noun after a count when ``name`` ends in a verb (jieba's ``v``) that
    acts on it: "全年新缔结5个国际友城" → 新缔结国际友城, not the verb stem 新缔结 (round 8
    fragments; used by ``naming.label``). Not for shares or money, nor one-character nouns,
    nor verbs that measure (``_NOT_OBJECT``) or a unit's rest after the number (工作日).
    A count of households with no noun after it, ``name`` only verbs, counts households:
    "脱贫退出" of "实现脱贫退出495户" → 脱贫退出户 (round 15)."""
    # (not a count of new ones, whose label the people counted after it carry: "新增低保")
    verbs = tags(name) if not after and unit.endswith("户") and len(name) >= 4 \
        and not name.startswith(("新", "净")) else ()
    if len(verbs) > 1 and all(p.flag == "v" for p in verbs):
        return name + "户"  # "2017年度实现脱贫退出395户" → 脱贫退出户 (round 15, fragments)
    pieces = tags(name) if len(name) >= 3 and len(after) > 1 and "、" not in name else ()
    # A place or time word before the verb goes: "评选中荣获" → 荣获奖项 (round 15).
    at = next((i for i in range(1, len(pieces) - 1) if pieces[i].flag == "f"), 0)
    name, pieces = ("".join(p.word for p in pieces[at + 1:]), pieces[at + 1:]) if at \
        and name.endswith(tuple(vocab("cues")["verb_object_verbs"])) else (name, pieces)
    placed = len(pieces) == 2 and pieces[0].flag in ("v", "vn") and pieces[1].flag == "ns"
    # A kept verb and a short owner or scope: "组建市属2家资源再生利用公司" → 组建市属资源再生
    # 利用公司, "新建宁夏电网7个750千伏输变电工程" (round 17, fragments).
    counts = re.search(r"[家个所座户名只款项件条处间台辆套部栋]$", unit)  # not 5万吨
    kept = leading_word(name, vocab("cues")["label_kept_verbs"]) if pieces and counts else ""
    placed = placed or (kept and 2 <= len(name) - len(kept) <= 4 and all(
        p.flag[:1] in "nb" for p in tags(name[len(kept):])))
    if pieces and (name.endswith(tuple(vocab("cues")["verb_object_verbs"])) or placed) \
            and unit != "%" and "元" not in unit:  # "盘活南区10万平米闲置厂房": a place
        return name + after  # a verb jieba tags otherwise: 设置 (vn), 荣获 (nr)
    if counts and len(after) > 1 and not NOT_COUNTED.match(after) \
            and scope_object(pieces, tags(after), after, rest):
        return name + after  # "入选农业农村部30个典型案例" → 入选农业农村部典型案例 (round 45)
    if len(pieces) < 2 or pieces[-1].flag != "v" or unit == "%" or "元" in unit \
            or _NOT_OBJECT.search(name) or NOT_COUNTED.match(after) \
            or after.endswith(("内", "以内")):
        return name
    return name + after


# A verb that measures a thing rather than acts on the noun after the number: an area
# (占地), a yield (年出栏), a time cut or a rank gained (压缩, 缩短, 跃升, 前进).
_NOT_OBJECT = re.compile(r"占地|出栏|处理$|压缩$|缩短$|跃升$|前进$|连跨$|分$")
# Nouns after a number that are a unit's rest, not the thing counted: 工作日, 位次, 千升; 内办结
# after a time (3个工作小时内办结: round 47, s47c).
NOT_COUNTED = re.compile(r"工作日|自然日|个?工作|小时|位次|千升|级|台阶|以?内(?:办|完成)")


def bare_unit(unit: str) -> str:
    """A unit without its magnitude: 万户 → 户, 亿元 → 元."""
    return re.sub(r"^[万亿千百]+", "", unit)


def and_as_mark(clause: str, name: str) -> str:
    """``clause`` (which ends in ``name``) with the 和 or 及 just before ``name`` written 、
    when one to three characters, none a digit, 、, 和 or 及, stand between it and a digit
    before: "建成…基地32个和专门教育学校" → "…32个、专门教育学校" (round 22). String tests,
    no pattern per label."""
    at = len(clause) - len(name) - 1
    if at < 1 or clause[at] not in "和及":
        return clause
    for j in range(at - 1, max(at - 4, 0), -1):
        if clause[j].isdecimal() or clause[j] in "、和及":
            break
        if clause[j - 1].isdecimal():
            return clause[:at] + "、" + clause[at + 1:]
    return clause
