"""Which digit runs ``extract.nonfigures`` calls non-figures, word by word (the traps of
real reports are tested in test_numbers with tests/data/nonfigures.csv)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from workreport.extract.nonfigures import definitions, non_figure


@dataclass
class _Para:
    start: int
    end: int


@pytest.mark.parametrize(("text", "token", "cls"), [
    ("严格落实10个常态化30项措施", "10", "name"),
    ("严格落实10个常态化30项措施", "30", "name"),
    ("落实10个常态化〔37〕、30项防控措施", "30", "name"),
    ("抓细抓实“十个常态化”30项措施", "30", "name"),
    ("以解决三个1亿人问题为着力点", "1", "name"),
    ("资助率实现了两个100%。", "100", "name"),
    ("启动第二个50万辆整车项目", "50", None),
    ("召开第3届运动会", "3", "ordinal"),
    ("世界500强企业", "500", "name"),
    ("轨道6号线", "6", "code"),
    ("建成10分钟便民服务圈", "10", "name"),
    ("新建学校10所", "10", None),
    # Policy packages named by their count, voltage classes (never-tuned gold, README).
    ("出台加力推动“两新”18条措施", "18", "name"),
    ("实施新一轮优化营商环境58条改革举措", "58", "name"),
    ("制定“转企升规”6条支持政策", "6", "name"),
    ("打通断头路12条，", "12", None),
    ("全力推进西徐110千伏变电站", "110", "grade"),
    ("改造35千伏变电站", "35", "grade"),
    ("新增变电容量12万千伏安", "12", None),
])
def test_non_figure(text, token, cls):
    start = text.find(token)
    got = non_figure(text, start, start + len(token), [], False)
    assert (got[0] if got else None) == cls


@pytest.mark.parametrize(("line", "defines"), [
    ("[18]“1530”工程：即1个名校长团队培养5个校长学员", True),
    ("〔37〕“走遍阜平”生态文明教育实践：通过实施四项措施56项要求", True),
    ("19.[六个百分之百]指施工现场围挡率", True),
    ("1.新增就业1万人：全年完成", False),
    ("[5]6个100%：施工工地100%围挡", False),
])
def test_definitions(line, defines):
    text = "\n" + line + "\n"
    assert bool(definitions(text, [_Para(1, 1 + len(line))])) == defines
