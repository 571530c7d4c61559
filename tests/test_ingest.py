"""Ingest: decoding, line endings, structure, front matter, page names and finding files.

No spaCy here: every case is bytes in, an :class:`Article` (or an
:class:`ArticleError` naming the file) out.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefgen.errors import ArticleError
from briefgen.ingest import (
    find_articles,
    parse_article_text,
    read_article,
    scan_articles,
    skipped_entries,
    unique_names,
)
from briefgen.ingest.article import slugify
from briefgen.ingest.decoding import decode, decode_character_references, normalise_newlines

BODY = "The council met on Monday and approved the new budget for the harbour.\n"


def parse(data: bytes | str, name: str = "seeds/a.txt"):
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return parse_article_text(raw, path=name, suffix=Path(name).suffix)


# --- decoding -----------------------------------------------------------------

WESTERN = "Café Talks Collapse\nThe minister’s “final offer” was rejected on Tuesday — a setback for the déjà-vu coalition, officials said.\n"


@pytest.mark.parametrize(
    "text, encoding",
    [
        (WESTERN, "cp1252"),
        ("Café Talks\nHe said “no” to the déjà vu plan, naïvely.\n", "cp1252"),
        ("Zürich Gespräche\nDie Verhandlungen in Zürich sind gescheitert, sagte der Außenminister am Dienstag.\n", "latin-1"),
        ("Talks in Besançon\nThe mayor of Besançon said the café owners' protest was naïve.\n", "latin-1"),
        ("Переговоры в Стамбуле завершились\nРоссийская делегация потребовала, чтобы Украина вывела войска из регионов.\n", "cp1251"),
        ("Rozmowy w Stambule zakończyły się\nRosyjska delegacja zażądała, aby Ukraina wycofała wojska z regionów.\n", "cp1250"),
        ("Derybos Vilniuje baigėsi\nLietuvos užsienio reikalų ministras pareiškė, kad šalis nepasiduos spaudimui.\n", "cp1257"),
    ],
)
def test_legacy_encodings_are_guessed_and_the_guess_is_reported(text, encoding):
    decoded, used, notes = decode(text.encode(encoding), path="x.txt")
    assert decoded == text
    assert len(notes) == 1 and "not UTF-8" in notes[0] and used in notes[0] and "charset-normalizer" in notes[0]


@pytest.mark.parametrize(
    "data, encoding",
    [
        ("\ufeff" + WESTERN, "utf-8"),
        (WESTERN, "utf-16"),
        (WESTERN, "utf-32"),
    ],
)
def test_bom_names_the_encoding_and_is_not_text(data, encoding):
    raw = data.encode("utf-8") if encoding == "utf-8" else data.encode(encoding)
    text, used, notes = decode(raw, path="x.txt")
    assert text.lstrip("\ufeff") == WESTERN and used.startswith(encoding.split("-")[0]) and notes == ()
    article = parse(raw)
    assert article.title == "Café Talks Collapse" and not article.text.startswith("\ufeff")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded_with_a_note(codec):
    article = parse(WESTERN.encode(codec))
    assert article.title == "Café Talks Collapse"
    assert any("no byte order mark" in n and codec in n for n in article.notes)


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00", "GIF image"),
        (b"%PDF-1.7\n", "PDF document"),
        (b"PK\x03\x04\x14\x00", "ZIP archive"),
        (b"\x7fELF\x02\x01\x01", "a program"),
        (b"Title\nSome text\x00with a NUL byte in it.\n", "NUL bytes"),
        (bytes(range(1, 32)) * 40, "control characters"),
        (b"\xff\xfe\x00\xd8", "invalid utf-16"),
    ],
)
def test_binary_data_is_an_error_naming_the_file(data, problem):
    with pytest.raises(ArticleError) as exc:
        parse(data, "seeds/photo.txt")
    message = str(exc.value)
    assert message.startswith("seeds/photo.txt: ") and problem in message and "\n" not in message


def test_random_high_bytes_are_text_or_a_clear_error():
    data = bytes((i * 37 + 11) % 256 for i in range(4000))
    try:
        article = parse(data)
    except ArticleError as exc:
        assert "not a text article" in str(exc)
    else:
        assert article.text and "\x00" not in article.text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("a\r\nb\r\nc", "a\nb\nc"),
        ("a\rb\rc", "a\nb\nc"),
        ("a\r\n\rb", "a\n\nb"),
        ("a\u2028b\u2029c\x0cd\x0be\x85f", "a\nb\nc\nd\ne\nf"),
        ("a\x02b\x03c\x1bd\x7fe\x9ff", "abcdef"),
        ("tab\tstays", "tab\tstays"),
    ],
)
def test_line_endings_and_controls_are_normalised(raw, expected):
    assert normalise_newlines(raw) == expected


@pytest.mark.parametrize(
    "raw, expected, count",
    [
        ("Jos&#233; Manuel Barroso", "José Manuel Barroso", 1),  # a web export's reference: the name, whole
        ("&#163;5m and &#xE9;t&#xe9;", "£5m and été", 3),  # decimal and hexadecimal, either case
        ("R&amp;B &lt;b&gt;", "R&amp;B &lt;b&gt;", 0),  # named references may be meant literally
        ("a&#10;b &#27;c &#8232;d &#55296;e", "a&#10;b &#27;c &#8232;d &#55296;e", 0),  # no controls, separators, surrogates
        ("&#0060;script&#62;", "<script>", 2),  # decoded text is text: rendering escapes it like any other
    ],
)
def test_numeric_character_references_are_the_characters_they_name(raw, expected, count):
    assert decode_character_references(raw) == (expected, count)


def test_plain_text_references_are_decoded_and_offsets_point_into_the_decoded_text():
    article = parse("Barroso Speaks\nJos&#233; Manuel Barroso said the plan would go ahead.\n")
    assert "José Manuel Barroso" in article.text and "&#" not in article.text
    assert not article.notes  # nothing to mend: silent, so --strict does not fail on it
    paragraph = next(b for b in article.blocks if b.kind == "paragraph")
    assert article.text[paragraph.start : paragraph.end].startswith("José")


def test_markdown_references_are_left_to_the_renderer():
    article = parse("# Barroso Speaks\n\nJos&#233; said &#123;&#123; config &#125;&#125; was text.\n", name="seeds/a.md")
    assert "Jos&#233;" in article.text and "&#123;&#123;" in article.text and "{{" not in article.text


def test_crlf_and_lone_cr_articles_keep_their_structure():
    for newline in ("\r\n", "\r"):
        article = parse(newline.join(["Harbour Deal Signed", BODY.strip(), "It takes effect in May."]))
        assert [b.kind for b in article.blocks] == ["headline", "paragraph", "paragraph"]
        assert "\r" not in article.text
        assert all(article.text[b.start : b.end].strip() == article.text[b.start : b.end] for b in article.blocks)


# --- structure ------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\n  \r\n", "\ufeff".encode("utf-8"), b"\x00\x00"[:0]])
def test_empty_and_whitespace_only_are_errors(data):
    with pytest.raises(ArticleError, match="empty article"):
        parse(data)


@pytest.mark.parametrize("data, name", [("Just A Title\n", "a.txt"), ("# Just A Title\n\n## And A Subheading\n", "a.md"), ("---\ntitle: T\n---\n", "a.md")])
def test_title_only_is_an_error(data, name):
    with pytest.raises(ArticleError, match="no body text"):
        parse(data, name)


def test_no_title_line_takes_the_file_name_with_a_note():
    para = "the committee voted late on Thursday to delay the decision on the new stadium until the spring, citing concerns over cost and traffic from residents nearby."
    article = parse(f"{para}\n{BODY}", "seeds/stadium_vote-2025.txt")
    assert article.title == "stadium vote 2025"
    assert all(b.kind == "paragraph" for b in article.blocks)
    assert any("no headline found" in n for n in article.notes)


def test_a_single_line_is_body_not_a_headline():
    article = parse(BODY, "seeds/one.txt")
    assert [b.kind for b in article.blocks] == ["paragraph"] and article.title == "one"


def test_a_50000_character_single_line_is_one_paragraph():
    line = ("The delegates argued about the wording of the statement for hours. " * 800)[:50_000]
    article = parse(line)
    assert len(article.text) == 50_000
    assert [b.kind for b in article.blocks] == ["paragraph"]


def test_emoji_rtl_and_combining_characters_survive_exactly():
    body = "The mayor 🎉 said “שלום” and “مرحبا” to the crowd in Café Zoë (e\u0301 combining) 👨‍👩‍👧.\n"
    article = parse("Festival 🎉 Opens\n" + body)
    assert article.title == "Festival 🎉 Opens"
    paragraph = article.body_blocks()[0]
    assert article.text[paragraph.start : paragraph.end] == body.strip()


def test_markdown_headline_and_subheadings():
    article = parse("# Harbour Deal\n\n## Background\n\n" + BODY, "a.md")
    assert article.title == "Harbour Deal"
    assert [b.kind for b in article.blocks] == ["headline", "heading", "paragraph"]


def test_empty_markdown_heading_is_not_a_title():
    article = parse("# ###\n\n" + BODY, "seeds/harbour.md")
    assert article.title == "harbour"


# --- front matter -------------------------------------------------------------


def test_front_matter_fields():
    article = parse("---\ntitle: Harbour Deal\ndate: 2025-05-16\nsource: The Herald\nurl: https://example.org/a\ntags: [port, labour]\n---\n" + BODY, "a.md")
    assert (article.title, article.meta.date, article.meta.source, article.meta.url) == ("Harbour Deal", "2025-05-16", "The Herald", "https://example.org/a")
    assert article.meta.tags == ("labour", "port")
    assert article.notes == ()
    assert article.text == BODY  # offsets are into the body, front matter excluded


@pytest.mark.parametrize(
    "front, note",
    [
        ("title: [unclosed\n", "malformed YAML front matter (line 2)"),
        ("title: !!python/object/apply:os.system ['echo hi']\n", "malformed YAML front matter"),
        ("a: &a [*a, *a]\nb: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n", "malformed YAML front matter"),
        ("- a list\n- of things\n", "front matter is a list, not a mapping"),
        ("just a string\n", "front matter is a str, not a mapping"),
        ("title: {nested: mapping}\n", "'title' is a dict, not text"),
        ("title: T\ntags: {a: 1}\n", "'tags' is a dict, not a list"),
        ("title: T\ntags: [ok, {a: 1}]\n", "'tags' holds items that are not text"),
        ("title: T\ndate: 3rd of May\n", "date '3rd of May' is not an ISO date"),
        ("title: T\ndate: 2025-13-45\n", "date '2025-13-45' is not an ISO date"),
        ("title: T\ndate: [2025]\n", "'date' is a list, not a date"),
    ],
)
def test_bad_front_matter_is_built_with_a_note(front, note):
    article = parse(f"---\n{front}---\n{BODY}", "seeds/harbour.md")
    assert any(note in n for n in article.notes), article.notes
    assert article.body_blocks()  # the article is still built


def test_a_bad_date_does_not_lose_the_title():
    article = parse(f"---\ntitle: Harbour Deal\ndate: 2025-02-30\n---\n{BODY}", "a.md")
    assert article.title == "Harbour Deal" and article.meta.date is None


def test_alias_bomb_is_not_expanded():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
    bomb += "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\ntitle: *e\ntags: *e\n"
    article = parse(f"---\n{bomb}---\n{BODY}", "seeds/bomb.md")
    assert article.title == "bomb" and article.meta.tags == ()
    assert any("'tags' holds items that are not text" in n for n in article.notes)


def test_unclosed_front_matter_is_read_as_text():
    article = parse(f"---\ntitle: T\n{BODY}", "seeds/a.md")
    assert any("no closing '---'" in n for n in article.notes)


def test_yaml_separators_in_the_body_are_text():
    article = parse(f"---\ntitle: T\n---\n{BODY}---\nscript: x\n---\n...\n", "a.md")
    assert article.title == "T" and "script: x" in article.text


def test_slug_and_path_fields_in_front_matter_do_not_name_the_page():
    article = parse(f"---\ntitle: ../../etc/passwd\nslug: /tmp/../../evil\nname: ../x\n---\n{BODY}", "seeds/harbour.md")
    assert article.name == "harbour" and article.title == "../../etc/passwd"


# --- page names -----------------------------------------------------------------


@pytest.mark.parametrize(
    "stem, slug",
    [
        ("Putin's Talks (2)", "putin-s-talks-2"),
        ("my article", "my-article"),
        ("Ünïcödé café", "unicode-cafe"),
        ("..hidden", "hidden"),
        ("x" * 200, "x" * 80),
    ],
)
def test_slugify(stem, slug):
    assert slugify(stem.lstrip(".")) == slug


def test_non_latin_names_get_distinct_stable_slugs():
    a, b = slugify("北京"), slugify("東京")
    assert slugify("---").startswith("article-") and slugify("") == "article"
    assert a.startswith("article-") and b.startswith("article-") and a != b
    assert slugify("北京") == a


def test_file_names_with_spaces_unicode_and_leading_dots(tmp_path):
    names = ["my article.txt", "Zoë’s café.txt", ".hidden article.txt", "北京.txt"]
    for name in names:
        (tmp_path / name).write_text("Harbour Deal\n" + BODY, encoding="utf-8")
    articles = unique_names([read_article(p) for p in find_articles(tmp_path)])
    assert sorted(a.name for a in articles) == sorted(["my-article", "zoes-cafe", "hidden-article", slugify("北京")])


def test_same_title_gives_distinct_stable_names(tmp_path):
    for folder in ("a", "b", "c"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text("Same Title\n" + BODY, encoding="utf-8")
    (tmp_path / "same-title.txt").write_text("Same Title\n" + BODY, encoding="utf-8")

    def names():
        return [a.name for a in unique_names([read_article(p) for p in find_articles(tmp_path)])]

    first = names()
    assert len(set(first)) == 4
    assert names() == first
    assert sorted(first) == ["report", "report-2", "report-3", "same-title"]


# --- finding files ----------------------------------------------------------------


def test_scan_follows_the_rules(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(BODY, encoding="utf-8")
    (seeds / "sub").mkdir()
    (seeds / "sub" / "b.md").write_text(BODY, encoding="utf-8")
    (seeds / "folder.txt").mkdir()  # a folder named like an article: searched, not read
    (seeds / "folder.txt" / "c.txt").write_text(BODY, encoding="utf-8")
    (seeds / ".git").mkdir()
    (seeds / ".git" / "d.txt").write_text(BODY, encoding="utf-8")
    (seeds / "image.png").write_bytes(b"\x89PNG")
    (seeds / "inside-link.txt").symlink_to(seeds / "a.txt")
    outside = tmp_path / "secret.txt"
    outside.write_text("secret", encoding="utf-8")
    (seeds / "outside-link.txt").symlink_to(outside)
    (seeds / "dangling.txt").symlink_to(seeds / "nothing.txt")
    (seeds / "folder-link").symlink_to(tmp_path, target_is_directory=True)
    os.mkfifo(seeds / "pipe.txt")

    scan = scan_articles(seeds)
    found, skipped = scan.found, list(scan.skipped)
    assert scan.unreadable == ()
    assert [p.relative_to(seeds).as_posix() for p in found] == ["a.txt", "folder.txt/c.txt", "inside-link.txt", "sub/b.md"]
    by_name = {Path(m.split(": ")[0]).name: m for m in skipped}
    assert set(by_name) == {"outside-link.txt", "dangling.txt", "folder-link", "pipe.txt"}
    assert "outside the seeds folder" in by_name["outside-link.txt"]
    assert "dangling" in by_name["dangling.txt"]
    assert "folder, not followed" in by_name["folder-link"]
    assert "not a regular file" in by_name["pipe.txt"]
    assert all(m.endswith("; skipped") for m in skipped)
    assert skipped_entries(seeds) == skipped
    assert skipped_entries(tmp_path / "missing") == []


def test_a_seed_removed_before_it_is_read_is_an_error(tmp_path):
    path = tmp_path / "gone.txt"
    with pytest.raises(ArticleError, match="gone.txt: no such file"):
        read_article(path)


def test_a_folder_is_not_an_article(tmp_path):
    with pytest.raises(ArticleError, match="is a directory"):
        read_article(tmp_path)


def test_an_unreadable_file_is_an_error_naming_it(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("Title\n" + BODY, encoding="utf-8")

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(ArticleError, match=r"locked\.txt: cannot be read \(Permission denied\)"):
        read_article(path)
