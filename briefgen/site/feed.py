"""An Atom feed of the newest briefings, so readers can follow the site in any feed reader.

Built with the standard library's XML writer (every value escaped by it).
Entry ids are the entries' absolute page URLs when the site's URL is known
(``site_url`` in mkdocs.yml), so two sites' feeds never share an id; without
it they are ``tag:`` URIs made from the site's title and the page names, and
links are relative to the feed. Undated briefings are left out: Atom requires
a date, and a feed reader would show an invented one as news (#16). The feed's
own ``updated`` is the newest date in it, so equal inputs give equal bytes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import quote
from xml.etree import ElementTree as ET

from ..records import Briefing
from ..records import BriefingDate

ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50
_EPOCH = "1970-01-01"
#: Characters XML 1.0 cannot carry at all (control characters other than tab and line breaks).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def _stamp(date: str) -> str:
    return f"{date}T00:00:00Z"


def atom_feed(
    newest_first: Sequence[Briefing],
    *,
    dates: dict[str, BriefingDate],
    page_url: dict[str, str],
    title: str,
    site_url: str | None = None,
    feed_path: str = "feed.xml",
    limit: int = FEED_SIZE,
) -> str:
    """The Atom XML of the first ``limit`` briefings; ``page_url`` maps page name -> URL relative to the site root."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    entries = [b for b in newest_first if dates[b.article.name].date][:limit]
    known = [dates[b.article.name].date for b in entries if dates[b.article.name].date]
    newest = max(known) if known else _EPOCH
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = _xml_text(title)
    ET.SubElement(feed, f"{{{ATOM}}}id").text = f"{base}{feed_path}" if base else f"tag:briefgen,2025:{feed_path}"
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _stamp(newest)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=f"{base}{feed_path}")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=base or "./")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "briefgen"
    ET.SubElement(feed, f"{{{ATOM}}}generator").text = "briefgen"
    for b in entries:
        name = b.article.name
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = _xml_text(b.article.title)
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"{base}{page_url[name]}" if base else f"tag:briefgen,2025:{quote(title, safe='')}/briefing/{name}"
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=f"{base}{page_url[name]}")
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _stamp(dates[name].date or newest)
        if dates[name].date:
            ET.SubElement(entry, f"{{{ATOM}}}published").text = _stamp(dates[name].date)  # type: ignore[arg-type]
        points = [p.text for p in b.extraction.summary]
        if points:
            ET.SubElement(entry, f"{{{ATOM}}}summary", type="text").text = _xml_text("\n".join(f"• {p}" for p in points))
        for tag in b.article.meta.tags:
            ET.SubElement(entry, f"{{{ATOM}}}category", term=_xml_text(tag))
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
