"""Word files (``.docx``): the paragraphs of the body, through python-docx.

A Word report keeps one paragraph per ``<w:p>``; each becomes a line (tables are not
read: work reports state their figures in prose); empty paragraphs are dropped by
normalisation. A Word file converted from the printed PDF keeps the printed lines (which
``ingest`` rejoins) and the page numbers, each a paragraph of its own ("— 1 —", as in
``../shared/originals/city-chengde-2024.docx``): those are dropped, as the PDF reader
drops them, or they would end up inside sentences ("全面—1—贯彻") and labels.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from workreport.errors import InputError
from workreport.extract.readers import Source
from workreport.extract.readers.pdf import PAGE_NUMBER

__all__ = ["read"]


def read(data: bytes, path: str | Path) -> Source:
    """A Word file's ``Source``: its paragraphs, one per line (``encoding`` "docx")."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError("not a readable Word file (not a complete zip archive: truncated, "
                         "or not a .docx)", path) from None
    except (KeyError, ValueError) as err:  # a zip without a Word document inside
        raise InputError(f"not a readable Word file ({type(err).__name__})", path) from None
    lines = [p.text for p in document.paragraphs if not PAGE_NUMBER.match(p.text.strip())]
    if not any(line.strip() for line in lines):
        raise InputError("the Word file has no text", path)
    return Source("\n".join(lines), "docx")
