"""Team sheets: the line-ups a sports report ends with, and the players' names on them.

BBC match reports close with the sides' line-ups ("Everton: Martyn, Hibbert,
Yobo, ... Subs: Wright, Pistone, ...", "Dudek, Finnan, Traore (Biscan 67),
...", "G Thomas (capt); H Luscombe, T Shanklin, ...", "Referee: R Styles
(Hampshire)"). Read as prose they are a list of bare surnames, which the
small tagger types at random: players become organisations ("Thomson",
"Ford"), places ("Vaughan", "Ferdinand" as Key facts) or a country's
capital ("Douglas", the Isle of Man's), and a side's name runs into its
first player ("Manchester United: Carroll"). This module finds them from the
shape of the text alone, so the extractors can read every item as a
person's name and leave the sheet's other words alone.

A sheet is a run of *pieces* (stretches between full stops and colons) in
which every piece is either a *head* ("Everton", "Subs", "Replacements",
"Sin bin", "Referee", before a colon) or a *list*: items separated by commas
or semicolons, each item a capitalised name ("Gary Neville", "S. Best",
"Van Persie", "O'Shea"), optionally followed by minutes ("Bowyer 35") and a
bracket ("(Biscan 67)" a substitute, "(Toulouse, capt)" the player's club).
The run must hold a list of at least :data:`MIN_ITEMS` names, and most of its
names must not be countries ("New Zealand (1), Scotland (8), Tonga, ..." is a
draw, not a side). A run may begin after a prose sentence in the same
paragraph ("... a fabulous player." Everton: Martyn, ...) and runs on across
paragraphs (a referee's line "Phil Fear (WRU)" after the sides). A list in a
sentence ("visits to Manchester, Liverpool, ... and Dorset") is no sheet:
its first piece has lower-case words and its last item an "and".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import compress

from spacy.tokens import Doc, Span, Token

from .actors.gazetteer import country_form
from .docview import paragraphs, spaces, words

#: Fewest names in one list of a run for the run to be a team sheet (a side fields 11 or 15, a bench 5 to 7).
MIN_ITEMS = 6
#: Most words a head before a colon has ("Subs Not Used", "Manchester United", "Sin bin").
_MAX_HEAD_WORDS = 4
#: Most words one name has ("Jean-Philippe Grandclaude", "Juninho Paulista", "A N Other").
_MAX_NAME_WORDS = 5
#: Lower-case particles inside a name ("Vaz Te" aside, "de Villiers", "van der Sar", "Lo Cicero" is capitalised).
_PARTICLES = frozenset({"de", "da", "di", "del", "della", "van", "von", "der", "den", "le", "la", "du", "dos", "das", "y", "ten", "ter"})
_BOUNDARIES = frozenset({".", "!", "?", ":"})
_SEPARATORS = frozenset({",", ";"})
_OPENING_NOISE = frozenset({'"', "“", "”", "'", "‘", "’", "-", "–", "—", "*", "•"})
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’.\u00C0-\u024F]*-?")  # "MacLeod- Henderson": the tokenizer keeps the hyphen
_INITIALS = re.compile(r"[A-Z]{1,2}\.?")
#: Words after a player's minutes: a penalty, an own goal ("Bowyer 35 pen", "Hyypia 4 og").
_MINUTE_WORDS = frozenset({"pen", "og", "min", "mins"})


@dataclass(frozen=True, slots=True)
class TeamSheets:
    """The article's team sheets as token ranges.

    ``regions`` are the sheets' whole runs (heads, names, brackets,
    punctuation); ``names`` are the players' names on them, the listed ones
    and the substitutes in brackets, each as ``(start, end)`` token indices.
    """

    regions: tuple[tuple[int, int], ...] = ()
    names: tuple[tuple[int, int], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.regions)

    def covers(self, span: Span) -> bool:
        """Whether ``span`` lies wholly on a team sheet."""
        i = bisect_right(self.regions, (span.start, len(span.doc) + 1)) - 1
        return i >= 0 and self.regions[i][0] <= span.start and span.end <= self.regions[i][1]

    def names_a_player(self, span: Span) -> bool:
        """Whether ``span`` is, or is inside, a player's name on a sheet ("Douglas", "S. Best")."""
        i = bisect_right(self.names, (span.start, len(span.doc) + 1)) - 1
        return i >= 0 and self.names[i][0] <= span.start and span.end <= self.names[i][1]

    def overlaps_a_player(self, span: Span) -> bool:
        """Whether ``span`` shares a token with a player's name ("Manchester United: Carroll")."""
        i = bisect_right(self.names, (span.end, 0)) - 1
        return i >= 0 and self.names[i][1] > span.start

    def surnames(self, doc: Doc) -> frozenset[str]:
        """The last words of the players' names, lower-cased: "fortune" for "Fortune", "best" for "S. Best"."""
        return frozenset(doc[end - 1].lower_ for _, end in self.names)


@dataclass(frozen=True, slots=True)
class _Piece:
    kind: str  # "head", "list" or "prose"
    start: int
    end: int
    names: tuple[tuple[int, int], ...] = ()
    items: int = 0


#: Where :func:`find_team_sheets` keeps its answer on the Doc: actors and Key facts both ask for it.
_SHEETS = "briefgen_team_sheets"


def find_team_sheets(doc: Doc) -> TeamSheets:
    """The team sheets of a parsed article (an empty :class:`TeamSheets` when it has none), found once per Doc."""
    found = doc.user_data.get(_SHEETS)
    if found is None:
        found = doc.user_data[_SHEETS] = _find_team_sheets(doc)
    return found


def _find_team_sheets(doc: Doc) -> TeamSheets:
    if not _may_hold_a_sheet(doc):
        return TeamSheets()
    regions: list[tuple[int, int]] = []
    names: list[tuple[int, int]] = []
    run: list[_Piece] = []
    for piece in _pieces(doc):
        if piece.kind != "prose":
            run.append(piece)
            continue
        _close(doc, run, regions, names)
        run = []
    _close(doc, run, regions, names)
    return TeamSheets(tuple(regions), tuple(names))


#: The tokens that can end a list's item: a separator, or a closing bracket when a comma is left out after it.
_ITEM_ENDS = frozenset({",", ";", ")"})


def _may_hold_a_sheet(doc: Doc) -> bool:
    """Whether some stretch of a paragraph between :func:`_pieces`' boundaries has :data:`MIN_ITEMS` - 1 item ends.

    Why (#18): a sheet needs one list piece of :data:`MIN_ITEMS` names, and :func:`_list_names` starts an item
    only at a separator or after a closing bracket, so such a piece lies in a stretch with at least
    ``MIN_ITEMS - 1`` of those tokens. Nine in ten articles have none, and for them the walk that makes a
    ``Token`` of every word and asks each piece for names (0.37 CPU s per 300 BBC articles) finds nothing.
    Read from the doc's lower-case column: lower-casing leaves brackets, separators and stops alone.
    """
    texts = words(doc)[0]
    # only these tokens change the count or the stretch (a boundary ends with ":" or is one of the stops): each
    # distinct word of the doc is asked once, without a call per word
    marks = {text for text in set(texts) if text in _ITEM_ENDS or text in _BOUNDARIES or text.endswith(":") or "(" in text or ")" in text}
    at = list(compress(range(len(texts)), map(marks.__contains__, texts)))
    if len(at) < MIN_ITEMS - 1:
        return False
    for paragraph in paragraphs(doc):
        first, last = bisect_left(at, paragraph.start), bisect_left(at, paragraph.end)
        if last - first < MIN_ITEMS - 1:
            continue
        depth = 0
        count = 0
        for i in at[first:last]:
            text = texts[i]
            count += text in _ITEM_ENDS
            depth = max(0, depth + text.count("(") - text.count(")"))
            if depth == 0 and _is_boundary_text(text):
                if count >= MIN_ITEMS - 1:
                    return True
                count = 0
        if count >= MIN_ITEMS - 1:
            return True
    return False


def _close(doc: Doc, run: list[_Piece], regions: list[tuple[int, int]], names: list[tuple[int, int]]) -> None:
    """Keep ``run`` if it is a team sheet: a list of :data:`MIN_ITEMS` names, most of them no country's."""
    while run and run[-1].kind == "head":
        run = run[:-1]  # a head with nothing after it names no side
    if not any(p.kind == "list" and p.items >= MIN_ITEMS for p in run):
        return
    found = [n for p in run for n in p.names]
    countries = sum(1 for a, b in found if (form := country_form(doc[a:b].text)) is not None and form.kind in ("name", "alt"))
    if 2 * countries >= len(found):
        return  # "New Zealand (1), Scotland (8), Tonga, Ireland, Korea, USA": a draw's groups
    regions.append((run[0].start, run[-1].end))
    names.extend(found)


def _pieces(doc: Doc):  # type: ignore[no-untyped-def]
    """The body's pieces in order: stretches of a paragraph between full stops and colons, each classified.

    Walked over the doc's lower-case column, as :func:`_may_hold_a_sheet` reads it (#18: the walk made a
    ``Token`` of every word of every paragraph of each article the first test lets through); lower-casing
    leaves brackets, stops and colons alone, and a word's letters and digits stay letters and digits.
    """
    texts = words(doc)[0]
    for paragraph in paragraphs(doc):
        start = paragraph.start
        depth = 0
        for i in range(paragraph.start, paragraph.end):
            text = texts[i]
            depth = max(0, depth + text.count("(") - text.count(")"))
            if depth == 0 and _is_boundary_text(text):
                yield from _classified(doc, start, i + 1, colon=text.endswith(":"))
                start = i + 1
        if start < paragraph.end:
            yield from _classified(doc, start, paragraph.end, colon=False)


def _lower_column(doc: Doc) -> list[str]:
    return words(doc)[0]


def _classified(doc: Doc, start: int, end: int, *, colon: bool):  # type: ignore[no-untyped-def]
    """The piece ``doc[start:end]`` (its closing stop or colon included), unless it is empty."""
    texts, space = _lower_column(doc), spaces(doc)
    words = [doc[i] for i in range(start, end) if not (space[i] or _is_boundary_text(texts[i]))]  # a Token only of a word kept
    while words and words[0].text in _OPENING_NOISE:
        words = words[1:]
    if not words:
        return
    start = words[0].i  # a sheet starts at its first word, not at the closing mark of the quotation before it
    if colon and _is_head(words):
        yield _Piece("head", start, end)
        return
    found = _list_names(words)
    if found is None and colon:
        # "…, Simon Webster (Edinburgh Rugby) Forwards: Ross Beattie …": a list and the next head, no full stop between
        close = max((k for k, t in enumerate(words) if t.text == ")"), default=None)
        if close is not None and close + 1 < len(words) and _is_head(words[close + 1 :]):
            listed = _list_names(words[: close + 1])
            if listed is not None:
                yield _Piece("list", start, words[close].i + 1, tuple(listed[0]), listed[1])
                yield _Piece("head", words[close + 1].i, end)
                return
    if found is None:
        yield _Piece("prose", start, end)
    else:
        yield _Piece("list", start, end, tuple(found[0]), found[1])


def _is_boundary(tok: Token) -> bool:
    """A full stop, "!", "?" or a colon, also as the tokenizer joins it to a bracket ("Replacements (from):")."""
    return _is_boundary_text(tok.text)


def _is_boundary_text(text: str) -> bool:
    return text in _BOUNDARIES or (text.endswith(":") and not any(c.isalnum() for c in text))


def _is_head(words: list[Token]) -> bool:
    """ "Everton", "Subs Not Used", "Sin bin", "Man Utd", "Referee": a short capitalised label before a colon."""
    words = [t for t in words if t.text not in ("(", ")")]  # "Replacements (from)"
    return 0 < len(words) <= _MAX_HEAD_WORDS and words[0].text[:1].isupper() and all(t.is_alpha or t.text in ("'", "’", "-", "&") for t in words)


def _list_names(words: list[Token]) -> tuple[list[tuple[int, int]], int] | None:
    """The players' names of a list piece and its count of items; ``None`` when the piece is no list of names."""
    items: list[list[Token]] = [[]]
    depth = 0
    separated = _separated(words)
    for tok in words:
        if separated and depth == 0 and items[-1] and items[-1][-1].text == ")" and tok.text not in _SEPARATORS:
            items.append([])  # "J Fourie (SA) T Umaga (New Zealand)": a comma left out after a bracket
        depth += tok.text == "("
        if depth == 0 and tok.text in _SEPARATORS:
            items.append([])
        else:
            items[-1].append(tok)
        depth -= tok.text == ")" and depth > 0
    names: list[tuple[int, int]] = []
    count = 0
    notes = 0
    for k, item in enumerate(items):
        if not item:
            continue
        found = _item_names(item)
        if found is None and k and not notes and _is_note(item):
            notes += 1  # "O'Connell, capt, S Easterby": the captaincy printed as an item of its own
            continue
        if found is None:
            return None
        names.extend(found)
        count += bool(found)
    return (names, count) if count and (not notes or count >= MIN_ITEMS) else None


def _separated(words: list[Token]) -> bool:
    """Whether a comma or a semicolon outside brackets separates ``words``: a list that has them may miss one
    ("J Fourie (SA) T Umaga (New Zealand)"); names in brackets with none ("Margaret Atwood (Canada) Saul Bellow
    (Canada) …", a prize's shortlist) are no team sheet."""
    depth = 0
    for tok in words:
        depth = max(0, depth + (tok.text == "(") - (tok.text == ")"))
        if depth == 0 and tok.text in _SEPARATORS:
            return True
    return False


def _is_note(item: list[Token]) -> bool:
    """ "capt", "captain": a lower-case word or two between the names, no conjunction ("and Dorset")."""
    return len(item) <= 2 and all(t.is_alpha and t.is_lower and not t.pos_ == "CCONJ" for t in item)


def _item_names(item: list[Token]) -> list[tuple[int, int]] | None:
    """ "Traore (Biscan 67)" -> [Traore, Biscan]; "G Thomas (Toulouse, capt)" -> [G Thomas]; ``None`` for no item.

    An item is a name, minutes it scored in ("Bowyer 35") and a bracket; a
    bracket of a name and a minute is the substitute who came on, any other
    is the player's club, country or captaincy. A bracket alone ("(Neath-Swansea)",
    a stray from the line before) belongs to the item before and names no one.
    """
    bracket = next((k for k, t in enumerate(item) if t.text == "("), len(item))
    head, rest = item[:bracket], item[bracket:]
    if rest and (rest[-1].text != ")" or any(t.text in ("(", ";") for t in rest[1:])):
        return None  # "G Thomas (Toulouse (capt); H Luscombe …": a bracket left open runs over the list
    while head and (head[-1].like_num or head[-1].lower_ in _MINUTE_WORDS):
        head = head[:-1]
    if not head:
        return [] if rest else None
    if not _is_name(head):
        return None
    names = [(head[0].i, head[-1].i + 1)]
    inside = rest[1:-1]
    if len(inside) >= 2 and inside[-1].like_num and _is_name(inside[:-1]):
        names.append((inside[0].i, inside[-2].i + 1))  # "(Biscan 67)": the substitute
    return names


def _is_name(words: list[Token]) -> bool:
    """ "Martyn", "Gary Neville", "S. Best", "O'Shea", "Djemba-Djemba", "de Villiers": a person's name as sheets print it.

    Capitalised words, initials and particles, with hyphens only inside a
    word (no space around them); the last word is a capitalised word of two
    letters or more, not an initial.
    """
    if len(words) > _MAX_NAME_WORDS + 2 or not words[0].text[:1].isupper():
        return False
    for k, tok in enumerate(words):
        text = tok.text
        if text in ("-", "–"):
            if k == 0 or k == len(words) - 1 or words[k - 1].whitespace_:  # "Wright-Phillips", "MacLeod- Henderson"
                return False
        elif not (_NAME_WORD.fullmatch(text) or _INITIALS.fullmatch(text) or (k and text in _PARTICLES)):
            return False
    last = words[-1].text
    return len(last) >= 2 and not _INITIALS.fullmatch(last) and any(c.islower() for c in last)
