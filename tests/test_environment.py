"""environment.yml (conda) pins exactly what requirements.txt (the pip lock) pins."""

from __future__ import annotations

import yaml

from .conftest import ROOT


def _pins(lines):
    return sorted(x.strip() for x in lines if "==" in x)


def test_environment_matches_requirements():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    reqs = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert _pins(pip) == _pins(r for r in reqs if not r.startswith("#"))
    assert "python=3.11" in env["dependencies"]


def test_direct_dependencies_are_pinned():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pinned = {r.split("==")[0].lower() for r in _pins(
        (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines())}
    extras = [d for group in project["optional-dependencies"].values() for d in group]
    for dep in project["dependencies"] + extras:
        name = dep.split(">")[0].split("<")[0].split("=")[0].strip().lower()
        assert name in pinned, f"{name} is not pinned in requirements.txt"
