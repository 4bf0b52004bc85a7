"""The command line: ``workreport extract`` and ``workreport build``.

Thin by design (papermill's ``cli.py`` is the model): it declares options, calls one
library function and maps a known failure to a one-line message and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workreport.errors import WorkreportError
from workreport.extract.catalog import load_catalog, report_for_file
from workreport.glossary import load_glossary

__all__ = ["main"]


def _extract(args: argparse.Namespace) -> int:
    from workreport.extract.run import extract_to

    reports = []
    if args.catalog:
        catalog = load_catalog(args.catalog)
        reports.extend(catalog)
    known = {r.path: r for r in reports}
    for f in args.files:
        p = Path(f).resolve()
        reports.append(known.get(p) or report_for_file(p))
    if not reports:
        raise WorkreportError("give report files or --catalog")
    ids = [r.id for r in reports]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise WorkreportError(f"two reports share the id {sorted(dup)[0]}")
    glossary = load_glossary(args.glossary) if args.glossary else None
    done = extract_to(reports, args.out, glossary)
    if not args.quiet:
        for e in done:
            t = e.tables
            print(f"{e.report.id}: {len(t['sections'])} sections, "
                  f"{len(t['indicators'])} figures, {len(t['numbers'])} numbers")
        print(f"wrote {args.out}")
    return 0


def _build(args: argparse.Namespace) -> int:
    from workreport.book import build

    build(Path(args.root), force=args.force, workers=args.workers, html=not args.no_html,
          progress=not args.quiet)
    return 0


def _pdf(args: argparse.Namespace) -> int:
    from workreport.book.pdf import build_pdf

    build_pdf(Path(args.root), out=Path(args.out) if args.out else None,
              progress=not args.quiet)
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="workreport", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="extract figures and structure into tidy tables")
    e.add_argument("files", nargs="*", help="report text files (UTF-8, GBK or GB18030)")
    e.add_argument("--catalog", help="a reports.yml listing the reports to extract")
    e.add_argument("--out", required=True, help="directory for the CSVs")
    e.add_argument("--glossary", default=None,
                   help="glossary.csv for English labels (default: beside the catalog)")
    e.add_argument("-q", "--quiet", action="store_true")
    e.set_defaults(func=_extract)
    b = sub.add_parser("build", help="extract, run the notebooks and render the book")
    b.add_argument("--root", default=".", help="project root (holds _config.yml)")
    b.add_argument("--force", action="store_true", help="re-run every notebook")
    b.add_argument("--workers", type=int, default=None, help="parallel kernels")
    b.add_argument("--no-html", action="store_true", help="run the notebooks only")
    b.add_argument("-q", "--quiet", action="store_true")
    b.set_defaults(func=_build)
    d = sub.add_parser("pdf", help="print the built book to one PDF (after `build`)")
    d.add_argument("--root", default=".", help="project root (holds _config.yml)")
    d.add_argument("--out", default=None, help="the PDF (default: _build/pdf/<name>.pdf)")
    d.add_argument("-q", "--quiet", action="store_true")
    d.set_defaults(func=_pdf)
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code (2 for any known error, printed on one line)."""
    args = _parser().parse_args(argv)
    if getattr(args, "catalog", None) and args.glossary is None:
        default = Path(args.catalog).parent / "glossary.csv"
        args.glossary = str(default) if default.exists() else None
    try:
        return args.func(args)
    except WorkreportError as err:
        print(f"workreport: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("workreport: interrupted; nothing half-written was left", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
