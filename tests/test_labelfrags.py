"""labelfrags: the partners of 与 (round 20, part F), checked on the words alone."""
from workreport.extract.labelfrags import partnered


def test_partners_of_yu():
    """(``pre``: the clause up to the count, ``after``: the words after it.) The counted
    partners after 与 take what was done with them; the 与 of 参与, 给与,
    赋与 and 授与 is no partner (积极参与12个重点项目建设 once gave 与参建设的重点项目)."""
    assert partnered("医院与京津", "院校深度合作", "家") == "与医院深度合作的京津院校"
    assert partnered("积极参与", "重点项目建设", "个") == ""
