"""What a change does on the corpus: the items each section lost and gained, article by article.

Reads two dumps of ``tools/corpus_dump.py`` (main's and the branch's, over the same ``DocBin``) and prints, for the
section asked (or every one), each article whose items differ, with ``-`` for an item only main has and ``+`` for
one only the branch has. Offsets are left out of the printed items so that a moved item reads as what it says::

    .venv/bin/python tools/corpus_diff.py /tmp/main.jsonl /tmp/branch.jsonl --section quotes

The last line counts the articles and items that changed: the figure a commit message gives for a class's reach.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: keys of an item that locate it rather than say what it is
_LOCATING = {"start", "end", "offsets", "char_start", "char_end", "sentence_start", "sentence_end", "spans", "mentions_offsets"}


def read_dump(path: Path) -> dict[str, dict[str, Any]]:
    """``{article id: {section: items}}`` of a dump."""
    with path.open(encoding="utf-8") as lines:
        return {row["id"]: row["sections"] for row in map(json.loads, lines)}


def shown(item: Any) -> str:
    """An item in one line, without the keys that only locate it."""
    if isinstance(item, dict):
        item = {k: v for k, v in item.items() if k not in _LOCATING}
    return json.dumps(item, ensure_ascii=False, sort_keys=True)


def items(section: Any) -> list[str]:
    """A section's items, each :func:`shown` (a section that is not a list is one item)."""
    return [shown(i) for i in section] if isinstance(section, list) else [shown(section)]


def changes(main: dict[str, dict[str, Any]], branch: dict[str, dict[str, Any]], section: str | None) -> Iterator[tuple[str, str, list[str], list[str]]]:
    """``(article id, section, only main's items, only the branch's)`` for every article and section that differ."""
    for ident in sorted(main.keys() & branch.keys()):
        names = [section] if section else sorted(main[ident].keys() | branch[ident].keys())
        for name in names:
            old, new = items(main[ident].get(name, [])), items(branch[ident].get(name, []))
            if old != new:
                yield ident, name, [i for i in old if i not in new], [i for i in new if i not in old]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("main", type=Path)
    parser.add_argument("branch", type=Path)
    parser.add_argument("--section", help="one section's key (e.g. quotes, actors, outlook, demands, summary)")
    args = parser.parse_args(argv)
    old, new = read_dump(args.main), read_dump(args.branch)
    articles, lost, gained = set(), 0, 0
    for ident, name, only_old, only_new in changes(old, new, args.section):
        articles.add(ident)
        lost, gained = lost + len(only_old), gained + len(only_new)
        print(f"== {ident} [{name}]")
        print("".join(f"  - {i}\n" for i in only_old) + "".join(f"  + {i}\n" for i in only_new), end="")
    print(f"{len(articles)} articles changed: {lost} items only in {args.main.name}, {gained} only in {args.branch.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
