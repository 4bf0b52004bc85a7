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
