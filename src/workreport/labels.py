"""Indicator labels: how two reports name one measure, and its English name.

Reports name the same measure in different words (区级公共财政预算收入 and 公共财政预算收入
同口径; 地区生产总值 and 国内生产总值). ``indicator_key`` reduces a label to a key that
pairs them; ``english`` finds an English label through a fixed fallback chain.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

__all__ = ["GDP", "GDP_SYNONYMS", "english", "indicator_key", "with_english"]

GDP = "GDP"
#: Names of gross (regional / domestic) product: one key so district and national compare.
GDP_SYNONYMS = frozenset({"地区生产总值", "国内生产总值", "生产总值", "GDP", "gdp"})

# Words that change how a report names an indicator but not what is measured:
# 公共财政预算收入同口径 = 区级公共财政预算收入, 实际利用内资 = 利用内资.
_KEY_ANYWHERE = ("同口径", "“", "”", "\"")
_KEY_PREFIXES = ("实际", "区级", "市级", "全区", "全市", "全省", "全国", "累计", "新增", "新引进",
                 "引进", "完成", "要再", "要", "拟", "再", "年内", "但", "将", "其中")
_KEY_SUFFIXES = ("同口径", "预期", "都要", "要再", "要", "将", "拟", "新增", "均")
_KEY_VERB_TO = re.compile(r"(?:提高|增加|提升|增长)(?:到|至)")


def indicator_key(label: str) -> str:
    """A matching key for an indicator label: how two texts name the same measure.

    >>> indicator_key("公共财政预算收入同口径") == indicator_key("区级公共财政预算收入")
    True
    >>> indicator_key("国内生产总值")
    'GDP'
    """
    s = str(label).strip(" 、，,；;：:")
    for w in _KEY_ANYWHERE:
        s = s.replace(w, "")
    s = _KEY_VERB_TO.sub("", s)
    changed = True
    while changed:
        changed = False
        for p in _KEY_PREFIXES:
            if s.startswith(p) and len(s) > len(p) + 1 and s[len(p)] != "性":
                s, changed = s[len(p):], True
        for x in _KEY_SUFFIXES:
            if s.endswith(x) and len(s) > len(x) + 1:
                s, changed = s[: -len(x)], True
    return GDP if s in GDP_SYNONYMS else s


def english(term: str, glossary: Mapping[str, Any] | None = None, fallback: str = "") -> str:
    """The English label of a Chinese term: the fallback chain every label goes through.

    Exact glossary entry → "GDP" for any name of gross product → glossary entry of the
    normalised key (区级公共财政预算收入 → 公共财政预算收入) → ``fallback`` (often "").
    """

    def look(t: str) -> str:
        entry = (glossary or {}).get(t)
        if isinstance(entry, Mapping):
            return str(entry.get("english") or "")
        return str(entry or "")

    if not term:
        return fallback
    key = indicator_key(term)
    return look(term) or (GDP if key == GDP else "") or look(key) or fallback


def with_english(rows: pd.DataFrame, glossary: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Add an ``english`` column: the extractor's ``indicator_en`` or the fallback chain."""
    out = rows.copy()
    given = out["indicator_en"] if "indicator_en" in out else pd.Series("", index=out.index)
    out["english"] = [g if g else english(t, glossary)
                      for t, g in zip(out["indicator"], given.fillna(""), strict=True)]
    return out
