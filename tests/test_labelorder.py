"""Unit tests of labelorder.measured_apart (round 42, rb42)."""

from workreport.extract.labelorder import measured_apart


def test_measures_of_a_list_pair_across_units() -> None:
    assert measured_apart("粮食播种面积、产量", "万吨", "万亩", "、")
    assert measured_apart("原煤、原油、天然气产量", "亿立方米", "万吨", "、")


def test_counts_and_unnamed_measures_stay_one_thing() -> None:
    assert not measured_apart("新改建县、乡、村道路", "公里", "条", "、")  # no measure named
    assert not measured_apart("公园、游园面积", "万平方米", "个", "、")  # a count
    assert not measured_apart("粮食播种面积、产量", "万吨", "万亩", "，增长")  # not a bare 、
    assert not measured_apart("粮食产量", "万吨", "万亩", "、")  # no list


def _figures(text: str, quotes: list[tuple[str, str, str]]) -> list:
    """Stand-ins of the figures ``counted_measure`` reads: (quote, unit, label) in order."""
    from types import SimpleNamespace
    out, at = [], 0
    for quote, unit, label in quotes:
        start = text.index(quote, at)
        at = start + len(quote)
        out.append(SimpleNamespace(start=start, end=at, unit=unit, indicator=label,
                                   measure="level", sentence_index=0))
    return out


def test_counted_measure_pairs_a_measure_with_as_many_counts() -> None:
    """Round 84 (x5); round 84 review q3: not when the counts' list is longer than the group
    (three counts for two amounts: which two is unsaid)."""
    from workreport.extract.labelorder import counted_measure
    text = "新建小学5所、幼儿园3所，分别完成投资2亿元、1亿元。"
    figs = _figures(text, [("5所", "所", "新建小学"), ("3所", "所", "新建幼儿园"),
                           ("2亿元", "亿元", "分别投资"), ("1亿元", "亿元", "分别投资")])
    assert counted_measure(figs, [2, 3], text) == ["新建小学投资", "新建幼儿园投资"]
    text = "新建小学5所、初中2所、幼儿园3所，分别完成投资2亿元、1亿元。"
    figs = _figures(text, [("5所", "所", "新建小学"), ("2所", "所", "新建初中"),
                           ("3所", "所", "新建幼儿园"), ("2亿元", "亿元", "分别投资"),
                           ("1亿元", "亿元", "分别投资")])
    assert counted_measure(figs, [3, 4], text) is None
