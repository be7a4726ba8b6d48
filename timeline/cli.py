"""The command line: `python -m timeline dates|extract|build|stats`.

Each command parses its options, calls one package function and writes with click.echo.
Errors the package raises become one-line messages and a non-zero exit.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import click

from timeline.errors import TimelineError
from timeline.models import Problem, iso_value
from timeline.settings import Options

log = logging.getLogger(__name__)


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-12-20") from None


reference_option = click.option(
    "--reference-date",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="The articles' date: relative dates are resolved against it. An article's own metadata (a record's "
         "'published', an HTML page's date) wins over it; it wins over URLs and dates in the text, and over a "
         "page's dateline within three days of it (farther, the page's own day wins).",
)
today_option = click.option(
    "--today",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="The run's clock (default: today's date). Used only for the year of a dateline without one "
         "(\"HANOI, March 3 (Reuters) -\") when nothing else in the article dates it: the most recent such day.",
)


def _clock(today: dt.date | None) -> dt.date:
    """The run's clock: the date given with --today, else the machine's (the edge; the core never reads it)."""
    return today or dt.date.today()


paths_argument = click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))


APP_SOURCES = ("store", "events", "mentions", "seeds")


def app_sources(argv: list[str], environ: Mapping[str, str]) -> dict[str, str]:
    """The dashboard's data options (``streamlit run app.py -- --store DIR``, or ``TIMELINE_STORE``...)."""
    import argparse

    parser = argparse.ArgumentParser(add_help=False)
    for name in APP_SOURCES:
        parser.add_argument(f"--{name}", default=None)
    args, _ = parser.parse_known_args(argv)
    return {name: getattr(args, name) or environ.get(f"TIMELINE_{name.upper()}", "") for name in APP_SOURCES}


def _report(problems: Iterable[Problem]) -> int:
    """Print problems on stderr; return how many were errors."""
    errors = 0
    for problem in problems:
        click.echo(f"{problem.severity}: {problem.message()}", err=True)
        errors += problem.severity == "error"
    return errors


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def _echo_rows(rows: list[dict[str, Any]], fmt: str, columns: list[str]) -> None:
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps({k: _jsonable(row[k]) for k in columns}, ensure_ascii=False))
        return
    widths = {c: max([len(c)] + [len(str(_jsonable(r[c]) or "")) for r in rows]) for c in columns}
    widths = {c: min(w, 60) for c, w in widths.items()}
    click.echo("  ".join(c.ljust(widths[c]) for c in columns))
    for row in rows:
        cells = []
        for c in columns:
            cell = str(_jsonable(row[c]) if row[c] is not None else "").replace("\n", " ")
            cells.append(cell[: widths[c]].ljust(widths[c]))
        click.echo("  ".join(cells))


class _Group(click.Group):
    """A click group that turns an unexpected exception (a bug) into one line and exit status 1.

    The traceback goes to the log at debug level (`-vv`), never to the user's terminal by default.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt, SystemExit):
            raise
        except TimelineError as exc:
            raise click.ClickException(str(exc)) from exc
        except Exception as exc:
            log.debug("unexpected error", exc_info=True)
            message = " ".join(str(exc).split())[:300]
            raise click.ClickException(
                f"unexpected {type(exc).__name__}: {message} (a bug: run with -vv for details)") from exc


@click.group(cls=_Group)
@click.option("-v", "--verbose", count=True, help="More logging on stderr (-vv for debug).")
@click.version_option(package_name="timeline", message="%(version)s")
def main(verbose: int) -> None:
    """Turn news articles into a timeline of dated events."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


DATE_COLUMNS = ["doc", "text", "start", "end", "value", "end_value", "precision", "time", "open_end", "rule",
                "reference_date", "reference_source", "reference_year"]


@main.command("dates")
@paths_argument
@reference_option
@today_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
def dates_command(paths: tuple[Path, ...], reference_date: dt.date | None, today: dt.date | None,
                  fmt: str) -> None:
    """Print every temporal expression found in the articles under PATHS.

    Offsets index the article's text as read from the file.

    Example:

        python -m timeline dates seeds/ --format table
    """
    from timeline.extraction import pipeline

    options = Options(reference_date=reference_date, today=_clock(today))
    articles, problems = pipeline.read_inputs(paths, options)
    rows = []
    for article in articles:
        for m in pipeline.article_dates(article, options):
            rows.append({
                "doc": article.id, "text": m.text, "start": m.start, "end": m.end,
                "value": iso_value(m.value, m.precision),
                "end_value": iso_value(m.end_value, m.precision) if m.end_value else None,
                "precision": m.precision, "time": m.time, "open_end": m.open_end, "rule": m.rule,
                "reference_date": article.reference_date,
                "reference_source": article.reference_source,
                "reference_year": article.reference_year,
            })
    _echo_rows(rows, fmt, DATE_COLUMNS)
    if _report(problems) and not articles:
        sys.exit(1)


@main.command("extract")
@paths_argument
@reference_option
@today_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "table"]),
              default="jsonl", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output (required for parquet).")
@click.option("--no-ner", is_flag=True, help="Skip the spaCy model; find actors with rules only.")
def extract_command(paths: tuple[Path, ...], reference_date: dt.date | None, today: dt.date | None, fmt: str,
                    out: Path | None, no_ner: bool) -> None:
    """Extract the events table from the articles under PATHS.

    Example:

        python -m timeline extract seeds/ --format table
    """
    from timeline.dashboard import export
    from timeline.extraction import pipeline

    options = Options(reference_date=reference_date, use_ner=not no_ner, today=_clock(today))
    try:
        result = pipeline.extract(paths, options)
    except TimelineError as exc:
        raise click.ClickException(str(exc)) from exc
    frame = result.events_frame()
    if fmt == "parquet":
        if out is None:
            raise click.UsageError("--format parquet writes a binary file: give --out FILE.parquet")
        export.write_parquet(frame, out)
    else:
        text = {"jsonl": export.to_jsonl, "csv": export.to_csv, "table": export.to_table}[fmt](frame)
        if out is None:
            click.echo(text, nl=False)
        else:
            out.write_text(text, encoding="utf-8")
    if _report(result.problems) and not result.articles:
        sys.exit(1)


@main.command("build")
@paths_argument
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Store folder (default: ./store inside the project).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", metavar="ADDRESS", help="dask.distributed scheduler, e.g. tcp://host:8786.")
@reference_option
@today_option
@click.option("--rebuild", is_flag=True,
              help="Ignore the store's contents and extract everything again (repairs a damaged store).")
@click.option("--wait", type=click.FloatRange(0), default=0.0, show_default=True, metavar="SECONDS",
              help="Wait this long for another build of the same store to finish.")
@click.option("--no-ner", is_flag=True, help="Skip the spaCy model; find actors with rules only.")
def build_command(paths: tuple[Path, ...], store: Path | None, workers: int, engine: str,
                  scheduler: str | None, reference_date: dt.date | None, today: dt.date | None, rebuild: bool,
                  wait: float, no_ner: bool) -> None:
    """Extract every article under PATHS into a store, incrementally.

    Example:

        python -m timeline build seeds/ --store store/ --workers 2
    """
    from timeline.store import build

    try:
        options = Options(reference_date=reference_date, use_ner=not no_ner, today=_clock(today))
        summary = build.build_store(paths, store=store, workers=workers, engine=engine,
                                    scheduler=scheduler, options=options, rebuild=rebuild, wait=wait,
                                    free_model=True)
    except TimelineError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(summary.text(), err=True)
    if summary.failed and not summary.read:
        sys.exit(1)


@main.command("stats")
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Store folder (default: ./store inside the project).")
def stats_command(store: Path | None) -> None:
    """Counts by type and month, top actors, and failed articles of a store.

    Example:

        python -m timeline stats --store store/
    """
    from timeline import store as store_module

    try:
        click.echo(store_module.stats_text(store))
    except TimelineError as exc:
        raise click.ClickException(str(exc)) from exc
