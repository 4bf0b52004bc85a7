"""Readers: one module per file format, each turning a file into a ``Source``.

A reader yields the report's text and where each character came from: the encoding
it was decoded from (or the format it was read out of) and, for a PDF, the offset at
which each page begins. What a reader leaves is raw text; ``ingest`` repairs and
normalises it the same way whatever the format, so a report read from its PDF, its
Word file, its web page or its text gives the same rows.

Files of many reports (``.csv``, ``.xlsx``, ``.jsonl``, ``.parquet``) are read by
``readers.table`` into one text per row; ``catalog.reports_for_path`` turns the rows into
reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workreport.errors import InputError, WorkreportError

__all__ = ["MANY_REPORTS", "SINGLE_REPORT", "ReportWarning", "Source", "broken_xml_part",
           "read"]

#: Suffixes of files that hold one report each, by reader module.
SINGLE_REPORT = {".txt": "text", ".pdf": "pdf", ".html": "html", ".htm": "html",
                 ".docx": "docx"}
#: Suffixes of files that hold one report per row.
MANY_REPORTS = (".csv", ".xlsx", ".jsonl", ".parquet")
#: Binary formats no reader reads, each with what to do instead (read as text, they
#: would only give "binary file").
UNREAD = {".doc": "a Word 97-2003 file: save it as .docx",
          ".xls": "an Excel 97-2003 file: save it as .xlsx",
          ".wps": "a WPS Office file: save it as .docx",
          ".rtf": "a Rich Text file: save it as .docx or .txt"}
#: How the files of ``UNREAD`` begin (an OLE2 compound file for the Office 97-2003
#: formats and WPS, ``{\\rtf`` for Rich Text): a file named so that does not begin so is
#: read by what it holds (session 69, tester: a text file named .doc was told to be
#: saved as .docx).
UNREAD_MAGIC = {".doc": b"\xd0\xcf\x11\xe0", ".xls": b"\xd0\xcf\x11\xe0",
                ".wps": b"\xd0\xcf\x11\xe0", ".rtf": b"{\\rtf"}


@dataclass(frozen=True)
class Source:
    """A report's raw text as read from its file.

    ``encoding`` is the text encoding detected (utf-8, utf-16, gb18030) or the format
    read (pdf, docx, html, table); ``pages`` holds, for a PDF, the offset in ``text``
    at which each page (1-based page n at index n-1) begins, and is empty otherwise;
    ``fields`` carries what the file states outside its text (a spreadsheet row's
    other columns, a web page's title).
    """

    text: str
    encoding: str
    pages: tuple[int, ...] = ()
    fields: dict[str, str] = field(default_factory=dict)


def _bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a report file", path) from None
    except OSError as err:
        raise InputError(f"cannot read ({err.strerror})", path) from None


def read(path: str | Path) -> Source:
    """Read one report file by its suffix (any other suffix is read as text).

    Raises ``InputError`` naming the file when it cannot be read as a report: missing,
    empty (whatever its format), binary, undecodable, an old binary format (``UNREAD``),
    a PDF without a text layer (an ``UNREAD`` suffix on a file that is no such format is
    read by its content: a zip archive as Word, else as text), a file of many reports
    (read those with
    ``catalog.reports_for_path``). Whatever else a reader's library raises on a file it
    cannot parse becomes an ``InputError`` too ("cannot read as docx (…)"), so no
    library's exception (lxml's cannot even be pickled back from a worker process)
    leaves the reader.
    """
    from importlib import import_module

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in MANY_REPORTS:
        raise InputError("a file of many reports: read it with reports_for_path", path)
    data = _bytes(path)
    if not data.strip():  # an empty .docx or .pdf is empty, not a broken archive
        raise InputError("file is empty", path)
    name = SINGLE_REPORT.get(suffix, "text")
    if suffix in UNREAD:
        if data.lstrip()[:8].startswith(UNREAD_MAGIC[suffix]):
            raise InputError(UNREAD[suffix], path)
        # Misnamed: a Word file saved as .docx but named .doc (a zip archive), else text.
        name = "docx" if data.startswith(b"PK\x03\x04") and suffix != ".xls" else "text"
    module = import_module(f"workreport.extract.readers.{name}")
    try:
        return module.read(data, path)
    except WorkreportError as err:
        failure = err
    except Exception as err:  # a library's own kind of error on a file it cannot parse
        failure = InputError(f"cannot read as {name} ({_first_line(err)})", path)
    # Raised outside the handler and without the errors it came from: tblib's pickling
    # (installed by ``distributed``) pickles ``__context__`` too, and lxml's errors cannot be.
    failure.__cause__ = failure.__context__ = None
    raise failure


def broken_xml_part(data: bytes) -> str | None:
    """The base name of the first XML part ("document.xml") of an Office file (a zip
    archive of XML parts, ECMA-376 part 2) that is not well-formed XML; None when every
    part parses or ``data`` is no zip archive. For a message naming what is broken."""
    import io
    import zipfile

    from lxml import etree

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return None
    with archive:
        for name in archive.namelist():
            if not name.endswith((".xml", ".rels")):
                continue
            try:
                etree.fromstring(archive.read(name))
            except (etree.LxmlError, zipfile.BadZipFile):
                return name.rsplit("/", 1)[-1]
    return None


def _first_line(err: BaseException) -> str:
    """An exception as one short line: its type and its message's first line."""
    said = str(err).strip().splitlines()[0][:200] if str(err).strip() else ""
    return f"{type(err).__name__}: {said}" if said else type(err).__name__


class ReportWarning(UserWarning):
    """Something a reader repaired or skipped that the user should know about (a page
    captured twice, a spreadsheet row without text); extraction goes on."""
