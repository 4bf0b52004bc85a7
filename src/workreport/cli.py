"""The command line: ``workreport extract`` and ``workreport build``.

Thin by design (papermill's ``cli.py`` is the model): it declares options, calls one
library function and maps a known failure to a one-line message and exit code 2; a
command line argparse refuses is one line and exit code 2 too.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import signal
import sys
import warnings
from pathlib import Path
from typing import NoReturn

from workreport.errors import BatchFailed, WorkreportError, did_you_mean
from workreport.extract.catalog import available, load_catalog

__all__ = ["main"]


def _default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _extract(args: argparse.Namespace) -> int:
    from workreport.extract.batch import report_suffixes, reports_in
    from workreport.extract.run import extract_to
    from workreport.glossary import read_glossary  # pandas: not for a no-op build

    if args.catalog and len(args.catalog) > 1:  # argparse would keep the last silently
        raise WorkreportError(f"--catalog given {len(args.catalog)} times "
                              f"({', '.join(args.catalog)}): give one catalogue")
    args.catalog = args.catalog[0] if args.catalog else None
    if args.catalog and args.glossary is None:
        default = Path(args.catalog).parent / "glossary.csv"
        args.glossary = str(default) if default.is_file() else None
    glossary = read_glossary(args.glossary) if args.glossary else None
    reports = []
    if args.catalog:
        catalog, absent = available(load_catalog(args.catalog))
        for gone in absent:  # a text kept outside the project (../shared) is not here
            print(f"workreport: {gone}", file=sys.stderr)
        reports.extend(catalog)
    known = {r.path: r for r in reports}
    found, unread = reports_in(args.files, known, text_column=args.text_column,
                               id_column=args.id_column, keep_going=args.keep_going,
                               pick=_pick(args))
    catalogued = {id(r) for r in reports}  # a catalogued file named again is read once
    reports.extend(r for r in found if id(r) not in catalogued)
    if not reports and not unread:
        if args.files:  # directories given, but with no report in them
            raise WorkreportError(f"{', '.join(map(str, args.files))}: no report file in it "
                                  f"({', '.join(report_suffixes())})")
        if args.catalog:  # each absent one was named above
            raise WorkreportError("none of the catalogued reports' texts is here",
                                  args.catalog)
        raise WorkreportError("give report files or directories, or --catalog")
    batch = extract_to(reports, args.out, glossary, jobs=args.jobs or _default_jobs(),
                       scheduler=args.scheduler, fmt=args.format, keep_going=args.keep_going,
                       unread=unread)
    if not args.quiet:
        for o in batch.done:
            c = o.counts
            print(f"{o.report_id}: {c['sections']} sections, "
                  f"{c['figures']} figures, {c['numbers']} numbers")
        reused = f", {batch.reused} unchanged since the last run" if batch.reused else ""
        n = len(batch.done)
        print(f"wrote {args.out} ({n} report{'' if n == 1 else 's'}{reused})")
    for o in batch.failed:
        print(f"workreport: {o.error}", file=sys.stderr)
    if batch.failed:
        written = "the others were written" if batch.done else \
            "none extracted: the tables are empty"
        raise BatchFailed(f"{len(batch.failed)} of {len(batch.outcomes)} reports failed; "
                          f"{written}; see {Path(args.out) / 'errors.csv'}")
    return 0


def _pick(args: argparse.Namespace):
    """The rows ``--rows``/``--where`` pick from the files of many reports given, None for
    all. Raises ``WorkreportError`` for a pick that cannot be read or with no such file
    among those given (a catalogue's entries pick with ``rows:``/``where:``)."""
    from workreport.extract.readers import MANY_REPORTS
    from workreport.extract.rowpick import parse_pick

    try:
        pick = parse_pick(args.rows, args.where)
    except ValueError as err:
        raise WorkreportError(f"--{err}") from None
    if pick is not None and not any(Path(f).suffix.lower() in MANY_REPORTS
                                    for f in args.files):
        raise WorkreportError(f"--rows and --where pick rows of a file of many reports "
                              f"({', '.join(sorted(MANY_REPORTS))}) given on the command "
                              "line; in a catalogue, give rows: or where: in its entry")
    return pick


def _build(args: argparse.Namespace) -> int:
    from workreport.book import build

    build(Path(args.root), force=args.force, workers=args.workers, html=not args.no_html,
          progress=not args.quiet)
    return 0


def _positive(text: str) -> int:
    """A count of workers (``--jobs``, ``--workers``): a whole number, 1 or more. Raises
    ``ArgumentTypeError`` saying so, which argparse prints after the option's name
    ("--jobs: 'abc' is not a positive whole number"; a ValueError printed this
    function's name: session 67, tester)."""
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return n


class _UsageError(Exception):
    """A command line argparse refuses: the (sub)command (``prog``) and the problem."""

    def __init__(self, prog: str, message: str) -> None:
        self.prog, self.message = prog, message
        super().__init__(f"{prog}: error: {message}; see {prog} --help")


class _Parser(argparse.ArgumentParser):
    """argparse, its errors one line (``_UsageError``, which ``_main`` prints: the usage
    text printed before them made six lines) and an unknown option named before any other
    problem (``extract --bogus`` said --out was missing). Session 67, tester; session 68:
    the words are looked through for one before they are parsed, where a second parse
    with ``required`` switched off looked after. ``--help`` is argparse's own."""

    def parse_known_args(self, args=None, namespace=None):
        words = list(sys.argv[1:] if args is None else args)
        if unknown := self._unknown(words):
            self.error(unknown)
        parsed, extra = super().parse_known_args(words, namespace)
        if extra:  # every word after a subcommand is its own: none is left for the rest
            self.error(f"unexpected argument {next((w for w in extra if w != '--'), '--')!r}")
        return parsed, extra

    def error(self, message: str) -> NoReturn:
        raise _UsageError(self.prog, re.sub(r"^argument ([^:]+): ", r"\1: ", message))

    def _unknown(self, words: list[str]) -> str:
        """The first of ``words`` that is an option but none of this parser's nor the
        start of one (argparse takes --form for --format), named with the nearest; ""
        for none. A parser with subcommands looks at the words before the subcommand
        only: the rest are the subcommand's, which looks at them itself."""
        known = [s for a in self._actions for s in a.option_strings]
        for word in words:
            if word == "--":
                break
            if not word.startswith("-") or self._negative_number_matcher.match(word):
                if self._subparsers is not None:
                    return self._unknown_command(word)
                continue
            name = word.partition("=")[0]
            if not any(k.startswith(name) for k in known):
                return f"unknown option {name}{did_you_mean(name, known, ignore='-')}"
        return ""

    def _unknown_command(self, word: str) -> str:
        """The message for ``word`` in a subcommand's place when it names none, with the
        nearest ("unknown command biuld (did you mean build?)") or the commands; "" for a
        command. Session 68, tester: options were named with the one meant, commands not."""
        commands = next(a.choices for a in self._actions
                        if isinstance(a, argparse._SubParsersAction))
        if word in commands:
            return ""
        near = did_you_mean(word, commands) or f" (commands: {', '.join(commands)})"
        return f"unknown command {word}{near}"


def _pdf(args: argparse.Namespace) -> int:
    from workreport.book.pdf import build_pdf

    build_pdf(Path(args.root), out=Path(args.out) if args.out else None,
              progress=not args.quiet)
    return 0


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="workreport", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="extract figures and structure into tidy tables")
    e.add_argument("files", nargs="*", metavar="PATH",
                   help="report files, or directories (every report file inside)")
    e.add_argument("--catalog", action="append", metavar="REPORTS_YML",
                   help="a reports.yml listing the reports to extract (with or beside "
                        "report files and directories)")
    e.add_argument("--out", required=True, help="directory for the tables")
    e.add_argument("--glossary", default=None,
                   help="glossary.csv for English labels (default: beside the catalog)")
    e.add_argument("--format", choices=("csv", "parquet"), default="csv",
                   help="csv (default; the book reads it) or parquet, partitioned by "
                        "level and report year")
    e.add_argument("--jobs", type=_positive, default=None, metavar="N",
                   help="local worker processes (default: one per CPU)")
    e.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="run on this Dask distributed scheduler (tcp://host:8786) instead")
    e.add_argument("--keep-going", action="store_true",
                   help="write every report that extracts; list failures in errors.csv "
                        "and exit 1")
    e.add_argument("--text-column", default=None, metavar="NAME",
                   help="in a file of many reports, the column holding the text "
                        "(default: the one with the longest texts)")
    e.add_argument("--id-column", default=None, metavar="NAME",
                   help="in a file of many reports, the column holding report ids")
    e.add_argument("--rows", default=None, metavar="ROWS",
                   help="in a file of many reports, the rows to read as the spreadsheet "
                        "shows them (62-65,70)")
    e.add_argument("--where", action="append", default=None, metavar="COLUMN=VALUE",
                   help="in a file of many reports, read the rows whose COLUMN is VALUE "
                        "(give it again for more values or columns)")
    e.add_argument("-q", "--quiet", action="store_true")
    e.set_defaults(func=_extract)
    b = sub.add_parser("build", help="extract, run the notebooks and render the book")
    b.add_argument("--root", default=".", help="project root (holds _config.yml)")
    b.add_argument("--force", action="store_true", help="re-run every notebook")
    b.add_argument("--workers", type=_positive, default=None, help="parallel kernels")
    b.add_argument("--no-html", action="store_true", help="run the notebooks only")
    b.add_argument("-q", "--quiet", action="store_true")
    b.set_defaults(func=_build)
    d = sub.add_parser("pdf", help="print the built book to one PDF (after `build`)")
    d.add_argument("--root", default=".", help="project root (holds _config.yml)")
    d.add_argument("--out", default=None, help="the PDF (default: _build/pdf/<name>.pdf)")
    d.add_argument("-q", "--quiet", action="store_true")
    d.set_defaults(func=_pdf)
    return p


def _one_line_warning(message, category, filename, lineno, line=None) -> str:
    """A warning about a report (``ReportWarning``) as one line, like the errors."""
    from workreport.extract.readers import ReportWarning

    if issubclass(category, ReportWarning):
        return f"workreport: warning: {message}\n"
    return _default_format(message, category, filename, lineno, line)


_default_format = warnings.formatwarning


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, a job scheduler, a container stopping), raised where the
    program is, as Ctrl-C raises ``KeyboardInterrupt``: the same clean-up runs (worker
    processes stopped, temporary files removed) and the exit code is 128 + 15."""


def _terminate(signum: int, frame: object) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second one ends the clean-up
    raise Terminated


@contextlib.contextmanager
def _sigterm_as_interrupt():
    """SIGTERM handled like SIGINT while the command runs (the main thread only can)."""
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code (2 for any known error, printed on one line;
    130 after Ctrl-C, 143 after SIGTERM)."""
    try:
        with _sigterm_as_interrupt():
            return _main(argv)
    except KeyboardInterrupt as stop:
        how = "terminated" if isinstance(stop, Terminated) else "interrupted"
        print(f"workreport: {how}; nothing half-written was left", file=sys.stderr)
        return 128 + (signal.SIGTERM if isinstance(stop, Terminated) else signal.SIGINT)


def _main(argv: list[str] | None) -> int:
    warnings.formatwarning = _one_line_warning
    try:
        args = _parser().parse_args(argv)
    except _UsageError as err:
        print(err, file=sys.stderr)
        return 2
    try:
        return args.func(args)
    except WorkreportError as err:
        print(f"workreport: {err}", file=sys.stderr)
        return err.exit_code


if __name__ == "__main__":
    sys.exit(main())
