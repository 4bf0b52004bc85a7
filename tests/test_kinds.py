"""kinds.already: figures of a plan part that state what is already so (issue 13 §1, Kind).
The rules' phrasings as whole extractions are in tests/data/phrasings_values.csv
(test_figures); here each rule's boundary, on the sentence before the number."""

import pytest

from workreport.extract.kinds import already


@pytest.mark.parametrize(("before", "year", "expected"), [
    ("目前已投入资金", 2021, True),                       # progress in the clause
    ("重大水利工程已开工的", 2014, True),
    ("确保已开工项目完成投资", 2014, False),              # a goal verb after the word
    ("确保已开工的", 2014, False),                        # a goal set for what is there
    ("截至目前，已完成投资3亿元，占年度计划的", 2021, True),  # progress opening the sentence
    ("目前已投入运营，日屠宰肉鸽", 2021, True),
    ("目前已投入运营，今年新增产能", 2021, False),         # a plan word after the opening
    ("依托", 2023, True),                                 # background
    ("全区有", 2025, True),
    ("力争全县有", 2025, False),
    ("2020年申报的", 2020, True),                         # declared before the plan
    ("2021年申报的", 2020, False),                        # a later year: still to declare
    ("申报中央预算内项目", 2020, False),
])
def test_already(before, year, expected):
    assert already(before, year) is expected
