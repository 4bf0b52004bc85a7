"""Word files (``.docx``): the paragraphs of the body, through python-docx.

A Word report keeps one paragraph per ``<w:p>``; each becomes a line (tables are not
read: work reports state their figures in prose); empty paragraphs are dropped by
normalisation. A Word file converted from the printed PDF keeps the printed lines (which
``ingest`` rejoins) and the page numbers, each a paragraph of its own ("— 1 —", as in
``../shared/originals/city-chengde-2024.docx``): those are dropped, as the PDF reader
drops them, or they would end up inside sentences ("全面—1—贯彻") and labels.

A broken file is refused in one line saying what is wrong with it (the layout of a
``.docx`` is ECMA-376 part 2, Open Packaging Conventions: a zip archive holding
``[Content_Types].xml`` and XML parts such as ``word/document.xml``).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from workreport.errors import InputError
from workreport.extract.readers import Source, broken_xml_part
from workreport.extract.readers.pdf import PAGE_NUMBER

__all__ = ["read"]

#: Other Office documents by a word of their main part's content type.
_OTHER_OFFICE = (("spreadsheetml", "an Excel workbook"),
                 ("presentationml", "a PowerPoint presentation"))


def read(data: bytes, path: str | Path) -> Source:
    """A Word file's ``Source``: its paragraphs, one per line (``encoding`` "docx").

    Raises ``InputError`` naming the file for a file that is not a complete zip archive,
    a zip without a Word document inside (or with another kind of Office document), a
    part that is not well-formed XML, and a document without text.
    """
    import docx
    from lxml import etree

    try:
        document = docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError("not a readable Word file (not a complete zip archive: truncated, "
                         "or not a .docx)", path) from None
    except KeyError:  # python-docx looks up [Content_Types].xml and the parts it names
        raise InputError("not a readable Word file (a zip archive without a Word document "
                         "inside: not a .docx)", path) from None
    except ValueError as err:  # "file … is not a Word file, content type is …"
        kind = next((k for t, k in _OTHER_OFFICE if t in str(err)), "another kind of file")
        raise InputError(f"not a readable Word file (a zip archive holding {kind}, "
                         "not a Word document)", path) from None
    except etree.LxmlError:  # its XML cannot be parsed (and lxml's errors cannot be pickled)
        part = broken_xml_part(data) or "XML"
        raise InputError(f"not a readable Word file (its {part} is not well-formed XML)",
                         path) from None
    lines = [p.text for p in document.paragraphs if not PAGE_NUMBER.match(p.text.strip())]
    if not any(line.strip() for line in lines):
        raise InputError("the Word file has no text", path)
    return Source("\n".join(lines), "docx")
