"""The charts as image files, not data URIs, in the pages: a Sphinx extension.

A chart reaches a notebook as one output (``workreport.display.figure``): ``text/html``,
an ``<img>`` whose source is the PNG as a data URI, with the caption as its alt text and
the line of figures it draws after it; ``image/png``, the same PNG; and ``text/plain``.
A Jupyter front end (Colab, Binder, the downloaded notebook) shows the HTML, so the
notebook needs the inline image. One output must hold both: myst-nb wraps each output of
a figure cell in a figure of its own (two outputs would be two figures of one name).

The book need not inline it. myst-nb keeps every mime type of an output in the doctree
until a builder picks one, and picks ``text/html`` for HTML: every chart was in the
doctrees twice (read again on every build, for the figure numbers: most of their 19 MB)
and inline in the pages. At ``doctree-read``, before the doctree is stored, an output
whose ``text/html`` starts with an inline PNG that is byte for byte its ``image/png``
(myst-nb names the PNG's file by the SHA-256 of its bytes) has that ``<img>`` replaced by
the image node myst-nb made of the file, with the same alt text and classes; what follows
the ``<img>`` stays raw HTML. The page then links the file Sphinx copies to
``_images/``, and the printed edition (the ``singlehtml`` builder) prints the same file.

Sphinx copies the images of the pages it writes and removes none, so after an
incremental build in which a chart changed its old file would stay beside the new one,
and the HTML would differ from a clean build's. At ``build-finished`` the files of
``_images/`` that no document of the environment uses are removed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import re
from pathlib import Path, PurePosixPath
from typing import Any

__all__ = ["INLINE_PNG", "inline_to_file", "prune_images", "setup"]

#: A leading ``<img>`` whose source is a PNG data URI (attributes double-quoted, as
#: ``display.figure`` writes them).
INLINE_PNG = re.compile(r'\s*<img src="data:image/png;base64,(?P<data>[A-Za-z0-9+/=]+)"'
                        r'(?P<attrs>[^>]*)>')
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def _child(bundle, mime_type: str):
    for child in bundle.children:
        if child.get("mime_type") == mime_type:
            return child
    return None


def _same_png(data: str, uri: str) -> bool:
    """Whether base64 ``data`` holds the bytes of myst-nb's file ``uri`` (``<sha256>.png``)."""
    try:
        raw = base64.b64decode(data, validate=True)
    except binascii.Error:
        return False
    return PurePosixPath(uri).name == hashlib.sha256(raw).hexdigest() + ".png"


def inline_to_file(app, doctree) -> None:
    """doctree-read: a chart's inline PNG becomes its file (see the module's docstring)."""
    from docutils import nodes

    for bundle in list(doctree.findall(nodes.container)):
        if bundle.get("nb_element") != "mime_bundle":
            continue
        page, png = _child(bundle, "text/html"), _child(bundle, "image/png")
        if page is None or png is None or len(page.children) != 1:
            continue
        raw, images = page.children[0], list(png.findall(nodes.image))
        if not isinstance(raw, nodes.raw) or len(images) != 1:
            continue
        m = INLINE_PNG.match(raw.astext())
        if m is None or not _same_png(m["data"], images[0]["uri"]):
            continue
        attrs = {k: html.unescape(v) for k, v in _ATTR.findall(m["attrs"])}
        image = images[0].deepcopy()
        if attrs.get("alt"):
            image["alt"] = attrs["alt"]
        image["classes"] += attrs.get("class", "").split()
        rest = raw.astext()[m.end():]
        page.remove(raw)
        page += image
        if rest.strip():
            page += nodes.raw(rest, rest, format="html")


def prune_images(app, exception) -> None:
    """build-finished: remove the files of ``_images/`` that no document uses any more.

    What stays is what a clean build of the same documents copies: the images of the
    environment (``env.images``, each under the unique name Sphinx gave it).
    """
    if exception is not None or app.builder.format != "html":
        return
    folder = Path(app.outdir) / "_images"
    if not folder.is_dir():
        return
    used = {unique for _docs, unique in app.env.images.values()}
    for path in folder.iterdir():
        if path.is_file() and path.name not in used:
            path.unlink()


def setup(app) -> dict[str, Any]:
    """Register the extension (``extensions`` in ``_config.yml``)."""
    app.connect("doctree-read", inline_to_file)
    app.connect("build-finished", prune_images)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
