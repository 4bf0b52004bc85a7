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
