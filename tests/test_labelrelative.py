"""``labelrelative``'s holder record (round 38, rb38; round 39): the held count after a holder's
sees the holder's label as it was before ``held_counted`` only through the sentence's ``Held``
its caller hands ``naming.label``; no state is kept between calls. The labels themselves are
cases of tests/data/phrasings_labels.csv."""

from __future__ import annotations

from workreport.extract.ingest import load
from workreport.extract.labelclause import clause_before
from workreport.extract.labelrelative import Held
from workreport.extract.naming import label
from workreport.extract.numbers import classify
from workreport.extract.structure import parse

TEXT = "一、2013年工作回顾\n尽快完成甲厂、乙厂等3个项目150亩土地处置利用。\n"


def _labels(held: Held | None) -> list[str]:
    """The labels of the sentence's two figures, each given the one before as ``previous``."""
    st = parse(load("rr39.txt", text=TEXT))
    figures = [t for t in classify(st) if t.cls == "figure" and t.quantity is not None]
    got: list[str] = []
    begin = figures[0].sentence.start
    for tok in figures:
        assert tok.quantity is not None
        got.append(label(st.text, tok, clause_before(st.text, begin, tok.quantity.start),
                         got[-1] if got else None, held))
        begin = tok.quantity.end
    return got


def test_the_sentence_record_carries_the_holder_to_the_held_count():
    held = Held()
    assert _labels(held) == ["土地处置利用的项目", "土地处置利用"]
    assert held.last == ("土地处置利用的项目", ("项目", "土地处置利用", "土地", False))


def test_without_the_record_nothing_is_carried_between_calls():
    assert _labels(Held())[0] == "土地处置利用的项目"
    without = _labels(None)  # the same figures again, with no record: no hidden one either
    assert without[0] == "土地处置利用的项目"
    assert without[1] == "项目土地"  # as before round 38: the holder's count not seen


def test_a_chain_of_holders_shares_the_last_counts_works():
    """Round 42 (ra42): the holders' counts between a holder and what they hold go."""
    from workreport.extract.labelrelative import held_counted
    got = held_counted("乡镇", "乡镇35个行政村8120户“煤改电”改造工程。", "完成")
    assert got is not None and got[0] == "“煤改电”改造工程的乡镇"
    got = held_counted("乡镇", "乡镇、26个村的污水管网工程。", "完成")
    assert got is not None and got[:2] == ("污水管网工程的乡镇", "污水管网工程的村")
    assert held_counted("乡镇", "乡镇、12个村级服务站。", "建成") is None
