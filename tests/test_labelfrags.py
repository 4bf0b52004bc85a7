"""labelfrags: the partners of 与 (round 20, part F), checked on the words alone; bounds left
in a label (labelbounds, round 25)."""
import pytest

from workreport.extract.labelbounds import unbounded
from workreport.extract.labelfrags import partnered


def test_partners_of_yu():
    """(``pre``: the clause up to the count, ``after``: the words after it.) The counted
    partners after 与 take what was done with them; the 与 of 参与, 给与,
    赋与 and 授与 is no partner (积极参与12个重点项目建设 once gave 与参建设的重点项目)."""
    assert partnered("医院与京津", "院校深度合作", "家") == "与医院深度合作的京津院校"
    assert partnered("积极参与", "重点项目建设", "个") == ""


@pytest.mark.parametrize(("name", "unit", "expected"), [
    # round 25 (labelbounds): a bound on the figure is never part of its label
    ("本县养老服务补贴标准不低于省定标准", "倍", "本县养老服务补贴标准相当于省定标准"),
    ("每个特色园区至少组织专场招聘", "次", "每个特色园区组织专场招聘"),
    ("园区项目不少于", "亿元", "园区项目"),
    ("“至少一人”帮扶家庭", "户", "“至少一人”帮扶家庭"),  # inside quotes: a name
    ("经济总量不足百亿的旗县", "个", "经济总量不足百亿的旗县"),  # 不足 says which
])
def test_a_bound_on_the_figure_leaves_its_label(name, unit, expected):
    assert unbounded(name, unit) == expected
