"""How the words of an automatic gloss are said (``gloss``; session 69, split out of it to keep
it under 400 lines): 新 before a thing done reads "newly", and a word whose sense the next
or the one before already says is said once (tester 69's worst glosses: "Air good-air days",
"Practical projects for people's livelihood projects", "Yangtze River along the river
wetland restoration", "Length of new put into production").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workreport.vocab import load

__all__ = ["done", "new_things", "newly", "ordered", "said_once", "timed"]

_JOINING = frozenset({"and", "or", "of", "the", "a", "for", "in", "to", "with"})


def newly(word: str, sense: str, after: list[tuple[str, str | None]]) -> str:
    """新 before a word read as done (``_done``) reads "newly" (新投产 "newly put into
    production", never "new put into production"); ``sense`` elsewhere (session 69)."""
    return "newly" if word == "新" and after and done(after[0][1]) else sense


def new_things(words: list[tuple[str, str | None]], rest: list[tuple[str, str | None]],
               verb: str, head: object) -> tuple[str, str]:
    """(the verb, the clause's form) for a clause whose ``words`` open with a run of verbs
    read as ``verb``, ``rest`` after it, under ``head`` (None for none): a newness word of
    ``gloss.yml`` ``new_things`` alone opening it, before what it makes new and under no
    head, names new things, no act: ("", "new {}") for 新建省、市重点项目, "New
    provincial and city key projects", never "Building …" (session 71, re-test 70).
    Under a head, before a thing done, so too (新建铁路投产里程 "length of new railway put
    into operation", never "of building railroad …"; session 73, D7).
    Else (``verb``, "{}"): 新建改造… "building and renovating …", 新建…投资
    "investment in building …", 新建新能源… "building new energy …" (never "new new")."""
    forms = load("gloss")["new_things"]
    before_done = head is not None and len(rest) > 1 and done(rest[-1][1])  # 新建铁路投产里程
    if (head is None or before_done) and rest and rest[0][0] != "的" \
            and len(words) == len(rest) + 1 \
            and words[0][0] in forms and not str(rest[0][1] or "").lower().startswith("new"):
        return "", str(forms[words[0][0]])
    return verb, "{}"


def done(sense: str | None) -> bool:
    """Whether an English sense reads as a thing done: a past participle alone or before a
    preposition ("completed", "put into production", "opened to traffic"), not one that
    qualifies a noun ("installed capacity", "skilled workers"; session 69)."""
    words = re.sub(r"^newly ", "", str(sense or "")).split(" ")
    done = words[0].endswith("ed") and not words[0].endswith("eed")  # never "breed"
    return (done or words[0] in ("put", "built", "laid", "set", "held")) \
        and (len(words) == 1 or words[1] in ("into", "to", "up", "out", "in", "on", "for"))


def said_once(senses: list[str]) -> list[str]:
    """The senses without one whose words the next holds all of (空气 + 优良天数 "air
    good-air days" → "good-air days"), or the one before where it is last or both end alike
    (民生实事 + 项目 "… projects for people's livelihood projects"), and "along the X" after
    a sense ending in X read as "along the …" last (长江沿江湿地修复 "wetland restoration
    along the Yangtze River"; session 69, tester 69)."""
    def bag(s: str) -> set[str]:  # its words, a joining word never counted as said
        return {w.lower().rstrip("s") for w in re.split(r"[ -]", s) if w} - _JOINING
    out: list[str] = []
    for k, s in enumerate(senses):
        before = [n for n in out[-1:]  # 民生实事 + 项目 at the end, never 高技术 + 高 + 附加值
                  if k == len(senses) - 1 or _last(n) == _last(s)]
        if not bag(s) or not any(bag(s) < bag(n) for n in senses[k + 1:k + 2] + before):
            out.append(s)
    for k in range(1, len(out)):
        m = re.fullmatch(r"along the (\w+)", out[k])
        if m and out[k - 1].lower().rstrip("s").endswith(m.group(1).lower().rstrip("s")):
            return [*out[:k - 1], *out[k + 1:], f"along the {out[k - 1]}"]
    return out


def _last(sense: str) -> str:
    return (sense.lower().split() or [""])[-1].rstrip("s")


_PER = re.compile(r"per .+ of |across the |in the last ")  # senses that go after the rest


def ordered(words: list[tuple[str, str | None]]) -> list[str]:
    """The senses of a noun phrase's ``words`` (none unknown) in English order (session 73,
    tester of Nanjing 2024, D7): 新 before a thing done "newly" (``newly``); a ``gloss.yml``
    ``nominal`` verb between two words its noun (消费促进活动 "consumption promotion
    activities", never "consumption promote activities"); a ``possessive`` word before
    noun its owner's form (农民工技能培训 "migrant workers' skills training"); "X V Y"
    with V of ``by`` and Y one word, no list, "Y V-ed by X" (高铁覆盖大城市 "major cities
    covered by high-speed rail"); a "per unit of X", "across the …" or "in the last …"
    sense last."""
    from workreport.extract.labelwords import tags

    own = load("gloss")
    senses = []
    for k, (w, s) in enumerate(words):
        s = own["nominal"].get(w, s) if 0 < k < len(words) - 1 else s
        after = tags(words[k + 1][0]) if k < len(words) - 1 else []  # 居民落户: no owner
        owned = bool(after) and (after[0].flag[:1] == "n" or after[0].flag in ("vn", "l")) \
            and words[k + 1][0] not in own["verbs"]
        s = own["possessive"].get(w, s) if owned else s
        senses.append(newly(w, str(s), words[k + 1:]))
    by = next((k for k, (w, _) in enumerate(words) if w in own["by"]), None)
    if by is not None and by == len(words) - 2 and by > 0 \
            and not {w for w, _ in words} & {*own["and_words"], "县", "市", "区"}:
        senses = [*senses[by + 1:], str(own["by"][words[by][0]]), *senses[:by]]
    senses = [s for s in senses if s]
    return [s for s in senses if not _PER.match(s)] + [s for s in senses if _PER.match(s)]


def timed(clause: str, read: Callable[[str], str | None]) -> str | None:
    """A clause opening with a ``gloss.yml`` ``periods`` word read without it by ``read``,
    the period's English last (近三年淘汰水泥 "phasing out cement capacity in the last three
    years", never "last three years phased out cement"; session 73, D7); ``read(clause)``
    when it opens with none; None when the rest does not read."""
    periods = load("gloss")["periods"]
    word = next((p for p in sorted(periods, key=len, reverse=True)
                 if clause.startswith(p) and len(clause) > len(p)), "")
    if not word:
        return read(clause)
    rest = read(clause[len(word):])
    return f"{rest} {periods[word]}" if rest else rest
