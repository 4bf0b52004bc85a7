"""Launch buttons (Binder, Colab) open files that exist, and take-away notebooks run anywhere.

The chapters are generated, not committed, so each button is followed to the file it
opens: Binder's to the notebook that ``postBuild`` produces in the repository, Colab's to
the copy that ``make publish`` pushes to the pages branch (published here to a local bare
repository). The portable copies' set-up cell is run as Colab would run it, against a
clone of this checkout.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from workreport.book import launch

from .conftest import ROOT, TEST_REPOSITORY

CONFIG = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))


def _git(*args: str, cwd: Path) -> str:
    r = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return r.stdout


# ----------------------------------------------------------------------------- unit


@pytest.mark.parametrize(("url", "expected"), [
    ("https://github.com/org/book", "https://github.com/org/book"),
    ("https://github.com/org/book.git", "https://github.com/org/book"),
    ("https://github.com/org/book/", "https://github.com/org/book"),
    ("https://user:token@github.com/org/book.git", "https://github.com/org/book"),
    ("git@github.com:org/my.book.git", "https://github.com/org/my.book"),
    ("ssh://git@github.com/org/book.git", "https://github.com/org/book"),
    ("https://gitlab.com/org/book", None),
    ("/srv/git/book.git", None),
    ("https://github.com/org", None),
    ("", None),
])
def test_github_remotes_are_normalised(url, expected):
    assert launch.github_repository(url) == expected


def test_repository_comes_from_config_then_environment_then_origin(tmp_path, monkeypatch):
    _git("init", "--quiet", cwd=tmp_path)
    monkeypatch.delenv(launch.ENV, raising=False)
    assert launch.repository_url(tmp_path) == ""  # no remote: no buttons
    _git("remote", "add", "origin", "git@github.com:fork/yuzhong.git", cwd=tmp_path)
    assert launch.repository_url(tmp_path) == "https://github.com/fork/yuzhong"
    monkeypatch.setenv(launch.ENV, "https://github.com/env/book.git")
    assert launch.repository_url(tmp_path) == "https://github.com/env/book"
    assert launch.repository_url(tmp_path, "https://github.com/conf/book") == \
        "https://github.com/conf/book"
    monkeypatch.setenv(launch.ENV, "")  # set but empty: buttons off, origin or not
    assert launch.repository_url(tmp_path) == ""
    monkeypatch.delenv(launch.ENV)
    _git("remote", "set-url", "origin", "/srv/git/yuzhong.git", cwd=tmp_path)
    assert launch.repository_url(tmp_path) == ""  # not on GitHub: Colab cannot open it


def test_portable_copy_puts_the_setup_first_and_is_idempotent():
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": "# T"},
                    {"cell_type": "code", "metadata": {"tags": ["parameters"]},
                     "source": 'report_id = "x"', "outputs": [], "execution_count": 1}],
          "metadata": {"kernelspec": {"name": "workreport", "display_name": "w",
                                      "language": "python"}},
          "nbformat": 4, "nbformat_minor": 5}
    once = launch.portable(nb, "https://github.com/o/r", "main")
    assert once == launch.portable(once, "https://github.com/o/r", "main")
    assert once["cells"][1:] == nb["cells"]
    assert once["metadata"]["kernelspec"]["name"] == "python3"
    code = "".join(once["cells"][0]["source"])
    compile(code, "setup", "exec")
    assert 'REPOSITORY = "https://github.com/o/r"' in code and 'BRANCH = "main"' in code
    assert nb["metadata"]["kernelspec"]["name"] == "workreport"  # the original untouched


def test_setup_cell_quotes_what_it_is_given():
    code = launch.setup_cell('https://github.com/o/r"; import os; os.system("x")#', "m'n")
    ns: dict = {}
    tree = compile(code.split("\nif ")[0], "setup", "exec")
    exec(tree, ns)  # only the assignments: the values stay data
    assert ns["REPOSITORY"].endswith('os.system("x")#') and ns["BRANCH"] == "m'n"


def test_setup_cell_does_nothing_where_the_package_is_installed(tmp_path):
    code = launch.setup_cell("https://github.com/o/r", "main")
    r = subprocess.run([sys.executable, "-c", code + "\nprint(os.getcwd())"], cwd=tmp_path,
                       capture_output=True, text=True, check=True)
    assert Path(r.stdout.strip()) == tmp_path and list(tmp_path.iterdir()) == []


def test_setup_cell_on_a_fresh_machine_clones_and_extracts(tmp_path):
    """What Colab does: no workreport, so clone, install, extract, chdir. The clone is of
    this checkout (file://, shallow as on GitHub); pip is the one step not taken, because
    it would install over the package these tests run."""
    source = tmp_path / "origin"
    _git("clone", "--quiet", str(ROOT), str(source), cwd=tmp_path)
    _git("checkout", "--quiet", "-B", "main", cwd=source)
    code = launch.setup_cell(source.as_uri(), "main")
    driver = f"""
import importlib.util, subprocess
real_find, real_run, ran = importlib.util.find_spec, subprocess.run, []
importlib.util.find_spec = lambda name, *a: None if name == "workreport" else real_find(name, *a)
def run(cmd, *a, **k):
    ran.append(cmd)
    if cmd[1:4] == ["-m", "pip", "install"]:
        return subprocess.CompletedProcess(cmd, 0)
    return real_run(cmd, *a, **k)
subprocess.run = run
exec({code!r})
print(os.getcwd())
print([c[1:4] for c in ran])
"""
    colab = tmp_path / "content"
    colab.mkdir()
    r = subprocess.run([sys.executable, "-c", driver], cwd=colab, capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    cwd, steps = r.stdout.strip().splitlines()[-2:]
    assert Path(cwd) == colab / "origin"
    assert "['-m', 'pip', 'install']" in steps and "['-m', 'workreport.cli', 'extract']" in steps
    assert (colab / "origin" / "data" / "processed" / "indicators.csv").is_file()
    assert _git("rev-parse", "--is-shallow-repository", cwd=colab / "origin").strip() == "true"


def test_config_and_makefile_agree_on_the_pages_branch():
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    branch = re.search(r"^PAGES_BRANCH := (\S+)$", make, re.M).group(1)
    assert CONFIG["sphinx"]["config"]["workreport_pages_branch"] == branch
    assert "workreport.book.launch" in CONFIG["sphinx"]["config"]["extensions"]
    buttons = CONFIG["launch_buttons"]
    assert buttons["binderhub_url"] == "https://mybinder.org"
    assert buttons["colab_url"] == "https://colab.research.google.com"


def test_binder_runs_the_notebooks_it_links_to():
    """repo2docker installs environment.yml (which installs this project) and runs
    postBuild: that has to register the notebooks' kernel and generate the chapters."""
    post = (ROOT / "postBuild").read_text(encoding="utf-8")
    assert os.access(ROOT / "postBuild", os.X_OK)
    assert "ipykernel install --user --name workreport" in post
    assert re.search(r"^workreport build --no-html", post, re.M)
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip


# ----------------------------------------------------------------------------- the book


def _launch_links(page: Path) -> dict[str, str]:
    html = page.read_text(encoding="utf-8")
    links = re.findall(r'href="(https://(?:mybinder\.org|colab\.research\.google\.com)/'
                       r'[^"]+)"', html)
    return {("binder" if "mybinder" in u else "colab"): u.replace("&amp;", "&")
            for u in links}


@pytest.mark.slow
def test_every_chapter_launches_a_file_that_exists(built_book):
    chapters = sorted((ROOT / "book" / "generated").glob("*/*.ipynb"))
    assert len(chapters) >= 40
    org_repo = TEST_REPOSITORY.split("github.com/")[1]
    for nb in chapters:
        rel = nb.relative_to(ROOT).with_suffix("")
        links = _launch_links(built_book / rel.with_suffix(".html"))
        assert set(links) == {"binder", "colab"}, rel
        binder = urlsplit(links["binder"])
        assert binder.path == f"/v2/gh/{org_repo}/{CONFIG['repository']['branch']}"
        opened = parse_qs(binder.query)["urlpath"][0].removeprefix("lab/tree/")
        assert (ROOT / opened) == nb  # what postBuild generates on Binder
        colab = urlsplit(links["colab"]).path
        prefix = f"/github/{org_repo}/blob/gh-pages/"
        assert colab.startswith(prefix), colab
        published = built_book / colab.removeprefix(prefix)
        copy = json.loads(published.read_text(encoding="utf-8"))
        assert copy["cells"][0]["metadata"]["tags"] == [launch.SETUP_TAG]
        assert TEST_REPOSITORY in "".join(copy["cells"][0]["source"])
    for page in ("index.html", "book/methods.html", "book/tutorial.html"):
        assert _launch_links(built_book / page) == {}, page  # no notebook, no launch


@pytest.mark.slow
def test_make_publish_puts_every_colab_target_on_the_pages_branch(built_book, tmp_path):
    """`make publish` run for real, into a local bare repository standing in for GitHub."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    remote, work = tmp_path / "remote.git", tmp_path / "work"
    _git("init", "--quiet", "--bare", str(remote), cwd=tmp_path)
    work.mkdir()
    _git("init", "--quiet", "-b", "main", cwd=work)
    _git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "--allow-empty",
         "-m", "start", cwd=work)
    _git("remote", "add", "origin", str(remote), cwd=work)
    (work / "_build").symlink_to(built_book.parent)
    (work / ".venv").symlink_to(ROOT / ".venv")
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    r = subprocess.run(["make", "-f", str(ROOT / "Makefile"), "-o", "book", "publish"],
                       cwd=work, capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stdout[-1000:] + r.stderr[-1000:]
    files = set(_git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).splitlines())
    assert ".nojekyll" in files  # else GitHub Pages drops _sources/ and _static/
    assert "index.html" in files
    wanted = set()
    for page in built_book.glob("book/generated/*/*.html"):
        colab = _launch_links(page).get("colab")
        if colab:
            wanted.add(urlsplit(colab).path.split("/blob/gh-pages/", 1)[1])
    assert len(wanted) >= 40 and wanted <= files


def test_without_a_repository_the_setup_cell_says_how_to_get_the_project(tmp_path):
    """A book built from a checkout that is not on GitHub still gives downloads whose first
    cell is the set-up cell: nothing to clone, so it names the steps instead."""
    once = launch.portable({"cells": [], "metadata": {}}, "", "main")
    code = "".join(once["cells"][0]["source"])
    assert once["cells"][0]["metadata"]["tags"] == [launch.SETUP_TAG]
    ok = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                        text=True)
    assert ok.returncode == 0 and not ok.stderr  # the package is installed: nothing to do
    driver = ("import importlib.util\nreal = importlib.util.find_spec\n"
              "importlib.util.find_spec = lambda n, *a: None if n == 'workreport' "
              f"else real(n, *a)\nexec({code!r})")
    missing = subprocess.run([sys.executable, "-c", driver], cwd=tmp_path,
                             capture_output=True, text=True)
    assert missing.returncode != 0
    assert "needs the workreport project: clone its repository" in missing.stderr


@pytest.mark.slow
def test_the_download_button_gives_the_notebook_with_the_setup_cell_first(built_book):
    """What the "Ways through this book" page promises of the download (.ipynb) button."""
    ways = (ROOT / "book" / "reading.md").read_text(encoding="utf-8")
    assert "its first cell sets up a machine" in ways
    chapters = sorted((ROOT / "book" / "generated").glob("*/*.ipynb"))
    assert len(chapters) >= 40
    for chapter in chapters:
        page = built_book / chapter.relative_to(ROOT).with_suffix(".html")
        hrefs = re.findall(r'href="([^"]+\.ipynb)"', page.read_text(encoding="utf-8"))
        local = [h for h in hrefs if not h.startswith("http")]
        assert len(local) == 1, page.name  # the download button
        nb = json.loads((page.parent / local[0]).resolve().read_text(encoding="utf-8"))
        first = nb["cells"][0]
        assert first["cell_type"] == "code" and first["metadata"]["tags"] == [launch.SETUP_TAG]
        assert "parameters" in nb["cells"][2]["metadata"].get("tags", []), page.name


def test_portable_sources_converts_only_the_copies_sphinx_just_made(tmp_path):
    """A ``_sources`` copy equal to its source was just copied by Sphinx (it wrote the
    page): it is made portable. A copy that differs was made portable by an earlier
    build and is left as it is, unread and unwritten."""
    from types import SimpleNamespace

    src, out = tmp_path / "src", tmp_path / "out"
    nb = {"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    for name in ("fresh", "kept"):
        (src / "book").mkdir(parents=True, exist_ok=True)
        (src / "book" / f"{name}.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    (out / "_sources" / "book").mkdir(parents=True)
    fresh = out / "_sources" / "book" / "fresh.ipynb"
    kept = out / "_sources" / "book" / "kept.ipynb"
    fresh.write_bytes((src / "book" / "fresh.ipynb").read_bytes())
    kept.write_text("made portable by an earlier build", encoding="utf-8")
    app = SimpleNamespace(outdir=str(out), srcdir=str(src),
                          builder=SimpleNamespace(format="html"),
                          config=SimpleNamespace(html_theme_options={}))
    launch._portable_sources(app, None)
    assert json.loads(fresh.read_text("utf-8")) == launch.portable(nb, "", "main")
    assert kept.read_text("utf-8") == "made portable by an earlier build"
