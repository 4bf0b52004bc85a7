"""The vocabulary files load, and a key written twice in one is refused (it would
silently replace the first list of that name)."""

from importlib import resources

import pytest
import yaml

from workreport import vocab


@pytest.mark.parametrize("name", sorted(p.name.removesuffix(".yml") for p in
                                        resources.files("workreport.vocab").iterdir()
                                        if p.name.endswith(".yml")))
def test_every_vocab_file_loads_with_unique_keys(name):
    assert isinstance(vocab.load(name), dict)


def test_a_key_written_twice_is_refused():
    loader = vocab._UniqueKeys("heads: [a]\nother: [b]\nheads: [c]\n")
    loader.name = "vocab/x.yml"
    with pytest.raises(ValueError, match=r"vocab/x.yml: key 'heads' written twice \(line 3\)"):
        loader.get_single_data()
    assert yaml.safe_load("heads: [a]\nheads: [c]\n") == {"heads": ["c"]}  # what plain YAML does


def test_label_word_lists_read_from_cues():
    """Round 27 (tidy 2): the measure, rate and place endings are one list each in cues.yml,
    with each rule's extras named beside it."""
    from workreport.extract.labelvocab import cue_words, measure_ends, rate_ends

    assert measure_ends("lists") == ("率", "额", "值", "量", "比重", "价")
    assert set(measure_ends("words")) == {"率", "量", "额", "值", "数", "速", "幅"}
    assert rate_ends()[0] == "比率" and rate_ends()[-1] == "率"  # 比率 found before 率
    assert set(cue_words("place_end_words")) <= set(cue_words("place_of_words"))
    assert "东城区沿线".endswith(cue_words("place_of_words"))


def test_units_named_by_the_registry():
    """Round 27 (tidy 2): the number patterns read units and dimensions from units.py."""
    from workreport.extract.units import unit_dimension, unit_names

    assert unit_names("percent") == ("个百分点", "百分点", "%", "‰", "成")
    assert unit_names().index("美元") < unit_names().index("元")  # longest first
    assert unit_dimension("人次") == "people" and unit_dimension("万千瓦时") == "energy"


def test_alternation_is_longest_first_then_in_code_point_order():
    """The pattern string does not hang on set order (it differs with the hash seed between
    runs): same-length words come in code point order, after the longer ones."""
    assert vocab.alternation(["亿", "万", "亿元", "万"]) == "亿元|万|亿"
    assert vocab.alternation(["方", "吨"], {"方": "面"}) == "吨|方(?![面])"
