"""Query results as text: a rich table, plain text, JSON or CSV.

The functions here return strings; where they go is the CLI's business. Tables are rich (box
lines, bold headers) for a terminal and plain ASCII otherwise, wrapped to the width so that an
80-column terminal shows every character of every cell.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from typing import IO, Any, Literal

from rich import box
from rich.console import Console
from rich.table import Table

from dcgraph.queries import QueryResult

OutputFormat = Literal["table", "json", "csv"]

#: A box of plain ASCII: no borders, a line of dashes under the header.
PLAIN_BOX = box.Box(
    "    \n"  # top
    "    \n"  # head row
    " -  \n"  # head row separator
    "    \n"  # mid row
    "    \n"  # row separator (not shown)
    "    \n"  # foot row separator
    "    \n"  # foot row
    "    \n",  # bottom
    ascii=True,
)


def cell_text(value: Any, list_separator: str = ", ") -> str:
    """One value as the text of a table or CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, list):
        return list_separator.join(cell_text(item, list_separator) for item in value)
    if isinstance(value, dict):
        if "_labels" in value:
            labels = ":".join(value["_labels"])
            key = value.get("key")
            name = value.get("name")
            if key is None:
                return f"({labels})"
            return f"{labels}:{key}" + (f" ({name})" if name and name != key else "")
        if "_type" in value:
            return f"{value.get('_start')} -{value['_type']}-> {value.get('_end')}"
        if "_nodes" in value:
            return " - ".join(cell_text(node) for node in value["_nodes"])
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _width() -> int:
    """COLUMNS when set, else the terminal's width, else 80."""
    return max(40, shutil.get_terminal_size((80, 24)).columns)


#: A column this many characters short of its whole text is made whole before others grow.
SMALL_DEFICIT = 8
#: Words up to this long (a relative document path) stay whole when the width allows.
LONGEST_KEPT_WORD = 30


def column_widths(headers: list[str], cells: list[list[str]], available: int) -> list[int]:
    """Widths that fit `available` characters: each column first gets its longest word (a
    path or a key stays whole), the rest goes to the columns with the most text to wrap."""
    count = len(headers)
    natural = [
        max([len(headers[i]), *(len(line) for row in cells for line in row[i].splitlines())])
        for i in range(count)
    ]
    if sum(natural) <= available:
        return natural
    # A word longer than this may fold, so that one long path does not squeeze every other
    # column to its shortest.
    longest_kept = max(available // count, LONGEST_KEPT_WORD)
    words = [
        min(
            longest_kept,
            max([len(headers[i]), *(len(word) for row in cells for word in row[i].split())]),
        )
        for i in range(count)
    ]
    widths = [min(n, w) for n, w in zip(natural, words, strict=True)]
    if sum(widths) > available:
        # Even the longest words do not fit: share the width, folding the longest words.
        fair = max(4, available // count)
        widths = [min(w, fair) for w in widths]
        spare = available - sum(widths)
        for i in sorted(range(count), key=lambda i: widths[i] - words[i]):
            give = max(0, min(spare, words[i] - widths[i]))
            widths[i] += give
            spare -= give
        return widths
    # Columns a few characters short of whole get them first ("United Kingdom" stays on one
    # line); the rest of the spare width goes to the long texts in proportion to their need.
    spare = available - sum(widths)
    for i in sorted(range(count), key=lambda i: natural[i] - widths[i]):
        if natural[i] - widths[i] <= SMALL_DEFICIT:
            give = min(spare, natural[i] - widths[i])
            widths[i] += give
            spare -= give
    need = sum(natural[i] - widths[i] for i in range(count))
    if need and spare:
        shares = [(spare * (natural[i] - widths[i])) // need for i in range(count)]
        for i in range(count):
            widths[i] += shares[i]
        leftover = spare - sum(shares)
        for i in sorted(range(count), key=lambda i: widths[i] - natural[i]):
            if leftover and widths[i] < natural[i]:
                widths[i] += 1
                leftover -= 1
    return widths


def make_table(
    result: QueryResult, *, plain: bool, width: int = 80, title: str | None = None
) -> Table:
    table = Table(
        title=title,
        box=PLAIN_BOX if plain else box.SIMPLE_HEAD,
        show_edge=False,
        header_style="" if plain else "bold",
        title_style="" if plain else "bold",
        pad_edge=False,
        expand=False,
        highlight=False,
    )
    cells = [[cell_text(value) for value in row] for row in result.rows]
    # Each column is padded by one space on each inner side and divided by one character.
    available = max(len(result.columns), width - 3 * (len(result.columns) - 1))
    widths = column_widths(list(result.columns), cells, available)
    for column, column_width in zip(result.columns, widths, strict=True):
        table.add_column(column, overflow="fold", no_wrap=False, width=column_width)
    for row in cells:
        table.add_row(*row)
    return table


def render_table(
    result: QueryResult,
    *,
    plain: bool,
    width: int | None = None,
    title: str | None = None,
) -> str:
    """The result as a table: rich (colours, box lines) or plain ASCII, wrapped to `width`."""
    width = width or _width()
    console = Console(
        file=io.StringIO(),
        width=width,
        height=25,  # with both given, rich keeps the width even on a TERM=dumb terminal
        force_terminal=not plain,
        no_color=plain,
        color_system=None if plain else "standard",
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )
    console.print(make_table(result, plain=plain, width=console.width, title=title))
    file = console.file
    assert isinstance(file, io.StringIO)
    text = file.getvalue()
    if plain:
        text = "\n".join(line.rstrip() for line in text.splitlines()) + "\n"
    return text


def render_json(result: QueryResult) -> str:
    """A JSON array with one object per row, keys in column order."""
    return json.dumps(result.records(), ensure_ascii=False, indent=2, default=str) + "\n"


def render_csv(result: QueryResult) -> str:
    """CSV with a header row; list values joined by "; "."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow([cell_text(value, "; ") for value in row])
    return buffer.getvalue()


def render(
    result: QueryResult,
    output_format: OutputFormat | str = "table",
    *,
    plain: bool | None = None,
    width: int | None = None,
    title: str | None = None,
) -> str:
    """The result in the given format; tables are plain when `plain` (default: when standard
    output is not a terminal)."""
    if output_format == "json":
        return render_json(result)
    if output_format == "csv":
        return render_csv(result)
    if output_format != "table":
        raise ValueError(f"unknown output format {output_format!r}")
    if plain is None:
        plain = not is_terminal(sys.stdout)
    return render_table(result, plain=plain, width=width, title=title)


def is_terminal(stream: IO[str]) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
