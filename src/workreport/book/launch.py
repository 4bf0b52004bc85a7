"""Launch buttons (Binder, Colab) and portable take-away notebooks: a Sphinx extension.

The chapters are notebooks that ``workreport build`` generates into ``book/generated/``;
they are not committed, so the Jupyter Book defaults would send a reader to files that are
not in the repository. Each launch button therefore opens a copy that does exist:

- **Binder** builds the repository itself (``environment.yml``, then ``postBuild``, which
  runs the notebooks with ``workreport build --no-html``), so the theme's own link to
  ``book/generated/<report_id>/<chapter>.ipynb`` on the configured branch is right;
- **Colab** opens a notebook from GitHub, so its link is pointed at the executed copy the
  book publishes beside its pages, ``_sources/<page>.ipynb`` on the branch that
  ``make publish`` pushes the HTML to (``workreport_pages_branch``, ``gh-pages``).

Those copies, which are also what a page's download button serves, get a first cell that
sets up a machine without the project (clone, install, extract the tables) and does
nothing where the package is installed. The repository comes from ``_config.yml``
(``repository.url``), else ``WORKREPORT_REPOSITORY_URL``, else the GitHub remote
``origin`` of the project's git checkout; without one there are no launch buttons, and
the copies' first cell says how to get the project instead of fetching it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

__all__ = ["ENV", "colab_url", "github_repository", "pages_url", "portable",
           "repository_url", "setup", "setup_cell"]

ENV = "WORKREPORT_REPOSITORY_URL"
SETUP_TAG = "workreport-setup"
_GITHUB = re.compile(
    r"^(?:https?://(?:[^@/]+@)?github\.com/|git@github\.com:|ssh://git@github\.com/)"
    r"([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(?:\.git)?/?$")


def github_repository(url: str) -> str | None:
    """``https://github.com/<org>/<repo>`` for any spelling of a GitHub remote, else None.

    Binder and Colab only open GitHub repositories, and the theme derives the org and the
    repository from the last two parts of the URL, so ``.git`` and credentials must go.
    """
    m = _GITHUB.match(url.strip())
    return f"https://github.com/{m.group(1)}/{m.group(2)}" if m else None


def _origin(root: Path) -> str:
    try:
        r = subprocess.run(["git", "-C", str(root), "remote", "get-url", "origin"],
                           capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return r.stdout.strip() if r.returncode == 0 else ""


def repository_url(root: str | Path, configured: str = "") -> str:
    """The book's public repository, or "" when it has none (then: no launch buttons).

    In order: ``repository.url`` of ``_config.yml`` (``configured``), the environment
    variable ``WORKREPORT_REPOSITORY_URL`` (set but empty turns the buttons off), the
    ``origin`` remote of the git checkout at ``root`` when it is on GitHub.
    """
    if configured.strip():
        return github_repository(configured) or configured.strip()
    if ENV in os.environ:
        return github_repository(os.environ[ENV]) or os.environ[ENV].strip()
    return github_repository(_origin(Path(root))) or ""


def pages_url(repository: str) -> str:
    """Where GitHub Pages serves the web book ``make publish`` pushes to the pages branch
    of ``repository``: ``https://<org>.github.io/<repo>/`` (``https://<org>.github.io/``
    for the user site ``<org>/<org>.github.io``); "" for a repository not on GitHub.
    The printed edition links the book's downloads there (``pdf.web_address``, session 69).
    """
    github = github_repository(repository)
    if not github:
        return ""
    org, repo = github.split("/")[-2:]
    host = f"{org.lower()}.github.io"
    return f"https://{host}/" if repo.lower() == host else f"https://{host}/{repo}/"


def colab_url(colab: str, repository: str, branch: str, pagename: str) -> str:
    """Colab's link to the executed copy of a page published on ``branch``."""
    org_repo = repository.rstrip("/").split("github.com/", 1)[-1]
    return f"{colab.rstrip('/')}/github/{org_repo}/blob/{branch}/_sources/{pagename}.ipynb"


def setup_cell(repository: str, branch: str) -> str:
    """The code of a portable notebook's first cell (see the module docstring).

    Without a repository (a book built from a checkout that is not on GitHub) there is
    nothing to clone: where the package is missing the cell stops with a message that
    says how to get the project, instead of failing later on an import.
    """
    if not repository:
        return _SETUP_WITHOUT_REPOSITORY
    folder = repository.rstrip("/").rsplit("/", 1)[-1] or "workreport"
    q = json.dumps  # a JSON string is a Python string literal, quotes and all escaped
    return f'''\
# Set-up for a machine without this book's code (Colab, or a downloaded copy): fetch the
# project, install it and extract its tables, then work in the project's folder. Where
# the workreport package is installed already (the book's own build, Binder), it does
# nothing.
import importlib.util
import os
import subprocess
import sys

REPOSITORY = {q(repository)}
BRANCH = {q(branch)}
FOLDER = {q(folder)}

if importlib.util.find_spec("workreport") is None:
    if not os.path.isdir(FOLDER):
        subprocess.run(["git", "clone", "--quiet", "--depth", "1", "--branch", BRANCH,
                        REPOSITORY, FOLDER], check=True)
    os.chdir(FOLDER)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "."], check=True)
    importlib.invalidate_caches()
    subprocess.run([sys.executable, "-m", "workreport.cli", "extract", "--catalog",
                    "data/reports.yml", "--out", "data/processed", "--quiet"], check=True)
'''


_SETUP_WITHOUT_REPOSITORY = '''\
# Set-up for a machine without this book's code. This copy of the book was built without
# a public repository to fetch the code from, so where the workreport package is missing
# this cell says how to get it; where it is installed, it does nothing.
import importlib.util

if importlib.util.find_spec("workreport") is None:
    raise ModuleNotFoundError(
        "This notebook needs the workreport project: clone its repository, run `make venv` "
        "and `make data` in it (README.md), then open this notebook with the project's "
        "kernel from the project's folder.")
'''


def portable(nb: dict[str, Any], repository: str, branch: str) -> dict[str, Any]:
    """A copy of an executed notebook that runs anywhere: the set-up cell first and the
    standard ``python3`` kernel (the build's own kernel, ``workreport``, exists only in
    the project's ``.venv``). Applying it twice changes nothing."""
    cells = [c for c in nb.get("cells", [])
             if SETUP_TAG not in c.get("metadata", {}).get("tags", [])]
    setup = {"cell_type": "code", "execution_count": None, "id": "workreport-setup",
             "metadata": {"tags": [SETUP_TAG]}, "outputs": [],
             "source": setup_cell(repository, branch).splitlines(keepends=True)}
    meta = dict(nb.get("metadata", {}))
    meta["kernelspec"] = {"display_name": "Python 3", "language": "python",
                          "name": "python3"}
    return {**nb, "metadata": meta, "cells": [setup, *cells]}


# ----------------------------------------------------------------------------- Sphinx


def _resolve(app, config) -> None:
    """config-inited: fill in the repository before the theme reads it (builder-inited)."""
    opts = config.html_theme_options
    url = repository_url(app.srcdir, str(opts.get("repository_url") or ""))
    opts["repository_url"] = url
    buttons = dict(opts.get("launch_buttons") or {})
    if not url:  # no repository: no launch group (the theme would skip it anyway)
        buttons.update(binderhub_url="", colab_url="")
    elif not github_repository(url):  # GitLab etc.: Binder can, Colab cannot open it
        buttons.update(colab_url="")
    opts["launch_buttons"] = buttons


def _point_colab(app, pagename, templatename, context, doctree) -> None:
    """html-page-context, after the theme's launch buttons: Colab opens the published copy."""
    opts = app.config.html_theme_options
    colab = opts.get("launch_buttons", {}).get("colab_url", "")
    if not (colab and opts.get("repository_url")):
        return
    groups = [g for g in context.get("header_buttons", []) if g.get("label") == "launch-buttons"]
    for group in groups:
        for button in group.get("buttons", []):
            if button.get("text") == "Colab":
                button["url"] = colab_url(colab, opts["repository_url"],
                                          app.config.workreport_pages_branch, pagename)


def _portable_sources(app, exception) -> None:
    """build-finished: make every page's ``_sources/*.ipynb`` copy portable.

    Sphinx copies a page's source there when it writes the page (and only if the copy
    differs from it), so a copy that is not its source byte for byte was made portable
    by an earlier build of this output tree, from the same source, and is left alone.
    """
    from workreport.atomic import atomic_write

    opts = app.config.html_theme_options
    url = opts.get("repository_url") or ""
    if exception is not None or app.builder.format != "html":
        return
    branch = opts.get("repository_branch") or "main"
    sources = Path(app.outdir, "_sources")
    for path in sorted(sources.rglob("*.ipynb")):
        raw = path.read_bytes()
        source = Path(app.srcdir, path.relative_to(sources))
        if source.is_file() and source.read_bytes() != raw:
            continue
        nb = json.loads(raw.decode("utf-8"))
        text = json.dumps(portable(nb, url, branch), indent=1, ensure_ascii=False)
        atomic_write(path, text + "\n")


def setup(app) -> dict[str, Any]:
    """Register the extension (``sphinx.extra_extensions`` or ``extensions`` in
    ``_config.yml``)."""
    app.add_config_value("workreport_pages_branch", "gh-pages", "html")
    app.connect("config-inited", _resolve)
    app.connect("html-page-context", _point_colab, priority=600)
    app.connect("build-finished", _portable_sources)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
