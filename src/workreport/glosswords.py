"""How the words of an automatic gloss are said (``gloss``; session 69, split out of it to keep
it under 400 lines): 新 before a thing done reads "newly", and a word whose sense the next
or the one before already says is said once (tester 69's worst glosses: "Air good-air days",
"Practical projects for people's livelihood projects", "Yangtze River along the river
wetland restoration", "Length of new put into production").
"""

from __future__ import annotations

import re

from workreport.vocab import load

__all__ = ["done", "new_things", "newly", "said_once"]

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
    Else (``verb``, "{}"): 新建改造… "building and renovating …", 新建…投资
    "investment in building …", 新建新能源… "building new energy …" (never "new new")."""
    forms = load("gloss")["new_things"]
    if head is None and rest and rest[0][0] != "的" and len(words) == len(rest) + 1 \
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
