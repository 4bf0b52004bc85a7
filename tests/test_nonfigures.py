"""Which digit runs ``extract.nonfigures`` calls non-figures, word by word (the traps of
real reports are tested in test_numbers with tests/data/nonfigures.csv)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from workreport.extract.nonfigures import NOTE_MARK, classifiers, definitions, non_figure

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


GLOSSARY = "二、2014年主要工作\n新建学校3所。\n附：名词解释\n"


@pytest.mark.parametrize(("text", "token", "cls"), [
    # The numbers a note's term is made of, in the term or named by it in the explanation
    # (round 20): a bracketed note anywhere, a dotted one in a glossary.
    ("〔25〕十百千工程：通过三年时间，培养出10名优秀校长、100名骨干教师", "100", "name"),
    ("[5]6个100%：施工工地100%围挡、物料堆放100%覆盖", "6", "name"),
    ("[5]6个100%：施工工地100%围挡、物料堆放100%覆盖", "100", "name"),
    (GLOSSARY + "12.乡村振兴“十百千”工程：在全省选择10个县、100个乡镇", "10", "name"),
    (GLOSSARY + "20.六纵六横一环：是指6条贯穿南北的道路、1条外环路", "6", "name"),
    (GLOSSARY + "5.服务业“双填双破”攻坚行动：填补2个空白行业", "2", "name"),
    (GLOSSARY + "3.10种有色金属：铜、铅、锌", "10", "name"),
    (GLOSSARY + "（3）10种有色金属：铜、铅、锌", "10", "name"),
    (GLOSSARY + "36．10种有色金属：铜、铅、锌", "10", "name"),
    (GLOSSARY + "14.2025年10件民生实事：加大就业扶持力度", "10", "name"),
    ("甲行动计划：即1园2馆3中心：1个植物园、2个博物馆、3个中心", "3", "name"),
    # Not: facts of a note, a plan's numbered item outside a glossary, a numeral inside a
    # name, a number with a magnitude, a make-up not explained after 即.
    ("〔6〕农副产品加工园区：位于某村，总面积2763亩，其中工业用地1268亩", "1268", None),
    ("1.新增就业1万人：全年完成10个", "10", None),
    ("〔19〕新六育肥猪场：建设高标准育肥猪棚20个，存栏6头", "6", None),
    ("〔12〕双千工程：全市引荐1000个项目，年出栏2千头", "2", None),
    ("实施甲行动计划，建成1园2馆3中心，其中1个植物园、3个中心", "3", None),
])
def test_note_numbers(text, token, cls):
    """The last occurrence of ``token`` is the one tested."""
    start = text.rfind(token)
    got = non_figure(text, start, start + len(token), [], False)
    assert (got[0] if got else None) == cls


def test_classifiers_are_read_from_units_yml():
    """Count patterns take their classifiers from ``units.count`` and ``units.people`` (round
    21): all of them, or only those a pattern names; a word of neither is an error."""
    import re

    assert re.fullmatch(classifiers(), "家次") and re.fullmatch(classifiers(), "名")
    assert re.fullmatch(classifiers("个家"), "家") and not re.fullmatch(classifiers("个家"), "所")
    assert not re.fullmatch(classifiers(), "元")
    with pytest.raises(ValueError):
        classifiers("个类")


def test_note_mark():
    assert NOTE_MARK.sub("", "专精特新[6]企业、甲工程〔12〕、乙计划［3］") \
        == "专精特新企业、甲工程、乙计划"
    assert NOTE_MARK.sub("", "甲发〔2024〕5号") == "甲发〔2024〕5号"  # no footnote mark
