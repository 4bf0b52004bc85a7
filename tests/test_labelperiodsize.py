"""Round 82 (x3): the total investment of things counted over a period keeps the period."""
import pytest

from workreport.extract.figures import Figure
from workreport.extract.labelperiodsize import size_period


def _figure(label: str, text: str, quote: str, kind: str = "actual", sentence: int = 0) -> Figure:
    start = text.index(quote)
    return Figure("p1", kind, None, label, "level", 1.0, None, "", "", text, sentence, quote,
                  start, start + len(quote))


@pytest.mark.parametrize(("text", "before", "label", "expected"), [
    # a count's period goes to the total investment of the same things
    ("实施省市重点项目27个，总投资207.9亿元。", "五年累计省市重点项目", "省市重点项目总投资",
     "五年累计省市重点项目总投资"),
    ("实施省市重点项目27个，总投资207.9亿元。", "“十三五”期间省市重点项目", "省市重点项目总投资",
     "“十三五”期间省市重点项目总投资"),
    # not from a count with no period, nor to another thing's money, nor across ；
    ("实施省市重点项目27个，总投资207.9亿元。", "省市重点项目", "省市重点项目总投资",
     "省市重点项目总投资"),
    ("实施省市重点项目27个，总投资207.9亿元。", "五年累计省市重点项目", "产业园区总投资",
     "产业园区总投资"),
    ("实施省市重点项目27个，完成投资207.9亿元。", "五年累计省市重点项目", "省市重点项目完成投资",
     "省市重点项目完成投资"),
    ("实施省市重点项目27个；总投资207.9亿元。", "五年累计省市重点项目", "省市重点项目总投资",
     "省市重点项目总投资"),
])
def test_size_period(text, before, label, expected):
    prev = _figure(before, text, "27个")
    f = _figure(label, text, "207.9亿元")
    assert size_period(f, [prev], text).indicator == expected


def test_size_period_target_and_other_sentence():
    text = "实施省市重点项目27个，总投资207.9亿元。"
    prev = _figure("五年累计省市重点项目", text, "27个")
    assert size_period(_figure("省市重点项目总投资", text, "207.9亿元", "target"), [prev],
                       text).indicator == "省市重点项目总投资"
    assert size_period(_figure("省市重点项目总投资", text, "207.9亿元", sentence=1), [prev],
                       text).indicator == "省市重点项目总投资"
