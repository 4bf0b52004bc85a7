"""Which digit runs ``extract.nonfigures`` calls non-figures, word by word (the traps of
real reports are tested in test_numbers with tests/data/nonfigures.csv)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from workreport.extract.nonfigures import definitions, non_figure

from .conftest import data_cases


@dataclass
class _Para:
    start: int
    end: int


# tests/data/phrasings_nonfigures.csv: a phrase, a digit run in it, and the class of
# non-figure it is (empty: a figure).
@pytest.mark.parametrize(("text", "token", "cls"), [
    (r["text"], r["token"], r["class"] or None) for r in data_cases("phrasings_nonfigures.csv")])
def test_non_figure(text, token, cls):
    start = text.find(token)
    got = non_figure(text, start, start + len(token), [], False)
    assert (got[0] if got else None) == cls


@pytest.mark.parametrize(("line", "defines"), [
    ("[18]“1530”工程：即1个名校长团队培养5个校长学员", True),
    ("〔37〕“走遍阜平”生态文明教育实践：通过实施四项措施56项要求", True),
    ("19.[六个百分之百]指施工现场围挡率", True),
    ("1.新增就业1万人：全年完成", False),
    ("[5]6个100%：施工工地100%围挡", False),
])
def test_definitions(line, defines):
    text = "\n" + line + "\n"
    assert bool(definitions(text, [_Para(1, 1 + len(line))])) == defines


@pytest.mark.parametrize(("text", "token", "cls"), [
    ("实施“1、2、3”行动计划：即1园2馆3中心", "2", "name"),
    ("实施“1、2、3”行动计划，建成1园2馆3中心", "2", None),
])
def test_name_digits_explained(text, token, cls):
    """The digits of a name written with 、 and explained after 即 (round 15): the last
    occurrence of ``token`` is the one after the quoted name."""
    start = text.rfind(token)
    got = non_figure(text, start, start + len(token), [], False)
    assert (got[0] if got else None) == cls
