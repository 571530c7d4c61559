"""``mkdocs build --strict`` with ``shard_by``: the portal's links into the other shards are no notes or warnings (#18).

The portal build holds only the portal's pages; its generated lists link to briefings and actors that other shards
publish beside it. MkDocs noted every such link ("contains an unrecognized relative link", INFO: 747 lines for 61
articles in a new user's first sharded build), and with ``use_directory_urls: false`` the links end in ".html" and
each was a WARNING ("the target is not found among documentation files"), so the strict build failed.
:class:`briefgen.mkdocs_plugin._LinksIntoOtherShards` drops exactly those; a link of the site's own docs pages to no
page is still reported.
"""

from __future__ import annotations

import logging

import pytest
from mkdocs.exceptions import Abort
from site_project import build_site_dir, make_site_project
from test_shards_build import _articles, broken_links

from briefgen.mkdocs_plugin import _LinksIntoOtherShards

pytestmark = pytest.mark.slow

_NOTES = ("unrecognized relative link", "is not found among documentation files")


@pytest.mark.parametrize("directory_urls", [True, False], ids=["directory-urls", "html-urls"])
def test_a_sharded_strict_build_passes_with_no_note_of_the_portal_links(tmp_path, caplog, directory_urls):
    config = make_site_project(tmp_path / "project", _articles())
    text = config.read_text(encoding="utf-8").replace("      cache_dir: .cache/briefgen\n", "      cache_dir: .cache/briefgen\n      shard_by: month\n")
    if not directory_urls:
        text = text.replace("use_directory_urls: true", "use_directory_urls: false")
    config.write_text(text, encoding="utf-8")
    with caplog.at_level("INFO"):
        site = build_site_dir(config, strict=True)
    notes = [r.getMessage() for r in caplog.records if any(n in r.getMessage() for n in _NOTES)]
    assert notes == [], notes[:5]
    assert broken_links(site)[1] == []  # the links MkDocs could not see lead to pages of the combined site
    assert not logging.getLogger("mkdocs.structure.pages").filters  # the build's filter is gone with it


def test_a_broken_link_of_the_sites_own_page_is_still_reported(tmp_path, caplog):
    config = make_site_project(tmp_path / "project", _articles())
    text = config.read_text(encoding="utf-8").replace("      cache_dir: .cache/briefgen\n", "      cache_dir: .cache/briefgen\n      shard_by: month\n")
    config.write_text(text.replace("use_directory_urls: true", "use_directory_urls: false"), encoding="utf-8")
    docs = config.parent / "site_src"
    (docs / "notes.md").write_text("# Notes\n\nSee [the old page](old-page.html) and [another](../nowhere/).\n", encoding="utf-8")
    with caplog.at_level("INFO"), pytest.raises(Abort):
        build_site_dir(config, strict=True)  # the user's own broken link is a warning: --strict fails on it
    messages = [r.getMessage() for r in caplog.records]
    assert any("Doc file 'notes.md' contains a link 'old-page.html'" in m for m in messages)
    assert any("Doc file 'notes.md' contains an unrecognized relative link '../nowhere/'" in m for m in messages)
    assert not any("Doc file 'index.md'" in m for m in messages)


@pytest.mark.parametrize(
    "message, kept",
    [
        ("Doc file 'actors/index/w.md' contains an unrecognized relative link '../../wales/', it was left as is.", False),
        ("Doc file 'index.md' contains a link 'briefings/2005-03/x.html', but the target is not found among documentation files.", False),
        ("Doc file 'tags.md' contains an unrecognized relative link '../briefings/2005-03/tags/', it was left as is.", False),
        ("Doc file 'tags.md' contains an unrecognized relative link '../mine/', it was left as is.", True),
        ("Doc file 'notes.md' contains an unrecognized relative link '../briefings/2005-03/tags/', it was left as is.", True),
        ("Doc file 'index.md' contains an absolute link '/x/', it was left as is.", True),
        ("Building documentation to directory: site", True),
    ],
)
def test_the_filter_drops_only_the_plans_links(message, kept):
    links = _LinksIntoOtherShards(frozenset({"actors/index/w.md", "index.md"}))
    links.added("tags.md", "\n\n## By period\n\n- [2005-03](../briefings/2005-03/tags/)\n")
    record = logging.LogRecord("mkdocs.structure.pages", logging.INFO, __file__, 1, message, None, None)
    assert links.filter(record) is kept
