"""``extract.labelqualify``: which of a generic counted noun are counted (issue 13, round
10). Whole sentences are in tests/data/phrasings_labels.csv."""

from __future__ import annotations

import pytest

from workreport.extract.labelqualify import qualified


@pytest.mark.parametrize(("name", "before", "after", "expected"), [
    ("学生", "今年有", "学生被重点高校录取。", "被重点高校录取的学生"),  # passive
    ("企业", "", "企业被认定为高新技术企业", "被认定为高新技术企业"),  # names them already
    ("学生", "", "学生被985、211高校录取", "学生"),  # digits: no label
    ("卫生院", "", "卫生院达到优质服务基层行国家推荐标准",
     "达到优质服务基层行国家推荐标准的卫生院"),
    ("卫生院", "", "卫生院达到12家", "卫生院"),  # an amount, not a standard
    ("县区", "", "县区建成国家级电子商务进农村综合示范县",
     "建成国家级电子商务进农村综合示范县的县区"),
    ("区县", "", "区县获评全国传统村落集中连片保护利用示范区县",
     "获评全国传统村落集中连片保护利用示范区县"),
    ("机构", "积极引进与高校合作的", "机构", "与高校合作的机构"),  # relative clause
    ("机构", "，建成投用的", "机构", "建成投用的机构"),
    ("机构", "，建成的", "机构投入运营", "机构"),  # one word: no clause
    ("项目", "总投资30亿元的", "项目", "项目"),  # money: naming's rule
    ("部门", "，县委的", "部门", "部门"),  # an owner, not a clause
    ("全县学生", "全县", "学生被重点高校录取", "全县被重点高校录取的学生"),  # scope stays
    ("廉租房", "建成的", "廉租房", "廉租房"),  # not a generic noun
    ("学生", "", "名学生", "学生"),  # the noun does not follow
])
def test_qualified(name, before, after, expected):
    assert qualified(name, before, after) == expected
