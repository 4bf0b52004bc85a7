"""Chinese numerals read as numbers (``extract.numerals``)."""

from __future__ import annotations

import pytest

from workreport.extract.numerals import cn_int, cn_value


@pytest.mark.parametrize(("text", "value"), [
    ("十二", 12), ("两", 2), ("一万二千", 12000), ("一千二百", 1200), ("二十二", 22)])
def test_cn_int(text, value):
    assert cn_int(text) == value


@pytest.mark.parametrize(("text", "value"), [
    ("十五点八", (15.8, None)), ("一点七八", (1.78, None)), ("两三", (2.0, 3.0)),
    ("五", (5.0, None))])
def test_cn_value(text, value):
    assert cn_value(text) == value


def test_not_a_numeral():
    with pytest.raises(ValueError):
        cn_int("十五个")
