"""One actor across many briefings: merging the per-article actor records.

Each briefing names its actors in its own way: "Rubio" in one article,
"Marco Rubio" in another (the per-article extractor already folds "Secretary
of State Marco Rubio" and "Mr Rubio" into the full name it found). A reader
following a person needs one page for them, and must never find two people
folded into one. The rules, by kind of name:

* a person's full name is keyed by first and last name (accents and case
  folded, a generational suffix like "Jr." kept): "Marco Rubio" and
  "Marco A. Rubio" merge, "Donald Trump" and "Melania Trump" do not;
* a surname alone joins the one person of that surname seen with a full
  name; when several are, it joins the one its affiliation agrees with, or
  the one seen in the most briefings alongside the same other actors; when
  that still leaves a tie it stays on its own page rather than guess;
* organisations and groups also merge when one's name or alias is another's
  in the forms the article extractor joins (:mod:`briefgen.extract.actors.names`):
  "Lib Dems" and "Liberal Democrats", "Tories" and "Conservative Party",
  "Labour" and "Labour Party", "US Federal Reserve" and "Federal Reserve";
  an everyday word ("House", "Parliament", "United") joins the one longer
  body it shortens, and none when it shortens several (#15: "House" of the
  Lords and of the Commons, "Scottish" and "European Parliament");
* countries, organisations and groups merge by name (case, accents and a
  leading "the" folded): these names are already canonical per article.

A person's page shows the full name; a body's shows the name most of its
briefings use (:func:`canonical_name`), so "BBC" stays "BBC" when one
article's "BBC News" joins it.

Names are compared and shown as :func:`clean_name` gives them (NFKC, format
characters such as zero-width joiners, soft hyphens and bidi overrides
removed): one article's invisible characters must not win the canonical
name of an actor on every page of the site. A name that mixes letters of
two scripts ("Рutin" with a Cyrillic Р) displays like another name while
being a different one; it gets no actor page and is reported instead
(:func:`lookalike_notes`).

Merging is linear in the number of actor records.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..extract.actors.gazetteer import is_place
from ..extract.actors.names import is_clipping, is_common_adjective, is_common_noun, party_key, singular, without_country
from ..records import Actor, Briefing

_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_RESERVED_SLUGS = {"index"}


#: Letters that have no ASCII decomposition but an obvious ASCII reading.
_PLAIN_LETTERS = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "œ": "oe"})


@lru_cache(maxsize=16384)  # #18: a site asks again of the same few thousand names (bounded: an archive's names are not)
def clean_name(name: str) -> str:
    """``name`` as it should be shown and compared: NFKC, no format (Cf) characters, single spaces.

    "Vladi\u200dmir Putin" -> "Vladimir Putin", "Pu\u00adtin" -> "Putin",
    "\u202eAlice" -> "Alice"; full-width and compatibility forms become plain ones.
    """
    normal = unicodedata.normalize("NFKC", name)
    return " ".join("".join(ch for ch in normal if unicodedata.category(ch) != "Cf").split())


#: Scripts written together in one name as a matter of course (Japanese, Korean).
_SCRIPT_FAMILIES = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK"}


def scripts_of(name: str) -> list[str]:
    """The scripts of a name's letters, in order of appearance: "Рutin" -> ["CYRILLIC", "LATIN"].

    Read from the first word of each letter's Unicode name (the standard
    library has no script property); kana and hangul count as one family
    with the CJK ideographs they are written with.
    """
    found: dict[str, None] = {}
    for ch in clean_name(name):
        if ch.isalpha():
            script = unicodedata.name(ch, "UNKNOWN").split()[0]
            found[_SCRIPT_FAMILIES.get(script, script)] = None
    return list(found)


def is_mixed_script(name: str) -> bool:
    """Whether a name's letters come from more than one script (an ASCII name cannot: all its letters are Latin)."""
    return not name.isascii() and len(scripts_of(name)) > 1


def lookalike_notes(briefings: Sequence[Briefing]) -> list[str]:
    """One warning per article and mixed-script actor name, which :func:`merge_actors` gives no page."""
    notes = []
    for b in briefings:
        for actor in b.extraction.actors:
            if is_mixed_script(actor.name):
                scripts = " and ".join(s.title() for s in scripts_of(actor.name))
                notes.append(
                    f"{b.article.path}: actor name {ascii(clean_name(actor.name))} mixes {scripts} letters, "
                    "so it may imitate another name; it gets no actor page"
                )
    return list(dict.fromkeys(notes))


def fold(text: str) -> str:
    """Lower-case ASCII letters and spaces: "Erdoğan" -> "erdogan", "Çırağan" -> "ciragan"."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS)).encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", ascii_text).split())


def slugify_name(name: str) -> str:
    return fold(name).replace(" ", "-")[:80].strip("-") or "actor"


def person_key(name: str) -> tuple[str, str, str] | None:
    """``(first, last, suffix)`` of a full name; ``None`` for a single word."""
    words = fold(name).split()
    suffix = ""
    if len(words) > 2 and words[-1] in _SUFFIXES:
        suffix, words = words[-1], words[:-1]
    if len(words) < 2:
        return None
    return words[0], words[-1], suffix


@dataclass(frozen=True, slots=True)
class Appearance:
    """An actor as one briefing recorded it."""

    briefing: Briefing
    actor: Actor


@dataclass(slots=True)
class CrossActor:
    """One real-world actor across all briefings."""

    slug: str
    name: str
    appearances: list[Appearance] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return [k for k, _ in Counter(a.actor.kind for a in self.appearances).most_common()]

    @property
    def kind(self) -> str:
        return self.kinds[0]

    @property
    def roles(self) -> list[str]:
        return list(dict.fromkeys(r for a in self.appearances for r in a.actor.roles))

    @property
    def affiliations(self) -> list[str]:
        counts = Counter(a.actor.affiliation for a in self.appearances if a.actor.affiliation)
        return [name for name, _ in counts.most_common()]

    @property
    def names(self) -> list[str]:
        """Every form the briefings used (cleaned, see :func:`clean_name`), canonical name first."""
        forms = [self.name]
        for a in self.appearances:
            forms.extend(clean_name(form) for form in (a.actor.name, *a.actor.aliases))
        return list(dict.fromkeys(forms))

    @property
    def briefings(self) -> list[Briefing]:
        return list({a.briefing.article.name: a.briefing for a in self.appearances}.values())

    @property
    def mentions(self) -> int:
        return sum(a.actor.mentions for a in self.appearances)


def canonical_name(counts: Mapping[str, int], *, body: bool) -> str:
    """The name an actor's page shows, from how many appearances used each name.

    A person's full name wins over a bare surname however rarely it was
    written ("Marco Rubio", not "Rubio"). A body (organisation, group,
    country) is named as most of its briefings name it: its names are first
    pooled by party key, so "Tories", "Conservatives" and "Conservative
    Party" count together and the pool shows its full form ("Conservative
    Party") if more than one appearance wrote it, while "BBC News" or "Apple Developer Connection", seen once
    beside a hundred "BBC" or "Apple", no longer name the page of a body
    joined through them (site-wide, 2,225 BBC articles: the multi-word rule
    named "BBC" after "BBC News" on 378 briefings' pages, "Apple" after "Apple
    Developer Connection", "Arsenal" after "Arsenal for the Premiership").
    Ties go to the multi-word pool, then the longer name, so the choice never
    depends on the order names were seen.
    """

    def best(names: Iterable[str]) -> str:
        return max(names, key=lambda n: (len(n.split()) > 1, counts[n], len(n), n))

    if not body:
        return best(counts)
    pools: dict[str, list[str]] = {}
    for name in counts:
        pools.setdefault(party_key(fold(name)), []).append(name)
    # within a pool the full form wins only if more than one appearance wrote it ("Congress Party" once is no name for Congress)
    heads = [max(names, key=lambda n: (len(n.split()) > 1 and counts[n] > 1, counts[n], len(n), n)) for names in pools.values()]
    total = {head: sum(counts[n] for n in names) for head, names in zip(heads, pools.values())}
    return max(heads, key=lambda h: (total[h], len(h.split()) > 1, len(h), h))


@dataclass(slots=True)
class _Group:
    members: list[Appearance] = field(default_factory=list)
    #: organisations, groups and countries (keyed by name), not people
    body: bool = False

    def canonical(self) -> str:
        counts = Counter(clean_name(a.actor.name) for a in self.members)
        return canonical_name(counts, body=self.body)


class ActorIndex:
    """All actors of a site, and the way from a briefing's own actor names to them."""

    def __init__(self, actors: list[CrossActor], local: dict[tuple[str, str], CrossActor]) -> None:
        self.actors = actors
        self._local = local
        self._local_folded = {(b, fold(n)): a for (b, n), a in local.items()}
        self.by_slug = {a.slug: a for a in actors}

    def find(self, briefing: Briefing, name: str | None) -> CrossActor | None:
        """The cross-article actor a briefing's name (actor, alias, speaker, demander) stands for."""
        if not name or is_mixed_script(name):
            return None
        key = briefing.article.name
        return self._local.get((key, name)) or self._local_folded.get((key, fold(name)))


def merge_actors(briefings: Sequence[Briefing]) -> ActorIndex:
    """Merge the actors of all briefings into site-wide actors (see the module doc for the rules)."""
    # a mixed-script name gets no page (lookalike_notes reports it); find() answers None for it
    appearances = [Appearance(b, a) for b in briefings for a in b.extraction.actors if not is_mixed_script(a.name)]
    full: dict[tuple[str, str, str], _Group] = {}
    singles: list[Appearance] = []
    others: dict[str, _Group] = {}
    for ap in appearances:
        if ap.actor.kind == "person":
            key = person_key(ap.actor.name)
            if key is None:
                singles.append(ap)
            else:
                full.setdefault(key, _Group()).members.append(ap)
        else:
            name_key = fold(re.sub(r"^the\s+", "", ap.actor.name, flags=re.IGNORECASE))
            others.setdefault(name_key, _Group(body=True)).members.append(ap)

    others = _join_bodies(others)

    by_surname: dict[str, list[_Group]] = {}
    for key, group in full.items():
        by_surname.setdefault(key[1], []).append(group)
    lone: dict[str, _Group] = {}
    for ap in singles:
        word = fold(ap.actor.name)
        target = _surname_target(ap, by_surname.get(word, []))
        if target is not None:
            target.members.append(ap)
        else:
            lone.setdefault(word, _Group()).members.append(ap)

    groups = [*full.values(), *lone.values(), *others.values()]
    actors = _named(groups)
    local: dict[tuple[str, str], CrossActor] = {}
    for actor in actors:
        for ap in actor.appearances:
            for form in (ap.actor.name, *ap.actor.aliases):
                local.setdefault((ap.briefing.article.name, form), actor)
    return ActorIndex(actors, local)


def _surname_target(single: Appearance, candidates: list[_Group]) -> _Group | None:
    """The one full-name person a bare surname can stand for; ``None`` when it is not clear."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    affiliation = single.actor.affiliation
    if affiliation:
        agreeing = [g for g in candidates if any(m.actor.affiliation == affiliation for m in g.members)]
        if len(agreeing) == 1:
            return agreeing[0]
    company = {a.name for a in single.briefing.extraction.actors} - {single.actor.name}
    scores = [(len(company & {a.name for m in g.members for a in m.briefing.extraction.actors}), g) for g in candidates]
    scores.sort(key=lambda s: -s[0])
    if scores[0][0] > scores[1][0]:
        return scores[0][1]
    return None


def _named(groups: Iterable[_Group]) -> list[CrossActor]:
    """Canonical names and unique, stable slugs; actors ordered by briefings seen, then name."""
    actors = [CrossActor(slug="", name=g.canonical(), appearances=g.members) for g in groups]
    actors.sort(key=lambda a: (-len(a.briefings), a.name, a.kind))
    taken: set[str] = set(_RESERVED_SLUGS)
    for actor in sorted(actors, key=lambda a: (a.name, a.kind, -len(a.appearances))):
        base = slugify_name(actor.name)
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        actor.slug = slug
    return actors


def _join_bodies(others: dict[str, _Group]) -> dict[str, _Group]:
    """Organisations and groups that are one body under two names, as one group.

    Two groups join when any name or alias of one has, folded, the party key
    of any of the other's ("Tories", "Conservatives", "Conservative Party"),
    is a clipping of one of the other's ("Lib Dems"), or is one of the
    other's with a country before it ("US Federal Reserve"). Countries only
    ever merge by name.
    """
    keys = sorted(others)
    forms = {
        k: {n for m in others[k].members for n in (m.actor.name, *m.actor.aliases)}
        for k in keys
        if all(m.actor.kind in ("organisation", "group") for m in others[k].members)
    }
    root = body_roots(keys, forms)
    joined: dict[str, _Group] = {}
    for k in keys:
        joined.setdefault(root[k], _Group(body=True)).members.extend(others[k].members)
    return joined


def is_generic_form(form: str) -> bool:
    """Whether a body's name form is one everyday word in title case: "House", "Parliament", "United", "Bristol".

    A word WordNet knows only as a common noun or adjective, or a city's name
    (:func:`briefgen.extract.actors.gazetteer.is_place`). An acronym in capitals
    ("BBC", "UN", "EA") is a name of its own, never generic.
    """
    word = form.strip()
    if not word or " " in word or not word[:1].isupper() or word.isupper():
        return False
    folded = fold(word)
    return " " not in folded and (is_common_noun(folded, singular(folded)) or is_common_adjective(folded) or is_place(folded))


def generic_shortening(key: str, form: str) -> tuple[str, str] | None:
    """``(word, body)`` when a form of body ``key`` shortens it to a generic word (:func:`is_generic_form`), else ``None``.

    A form shortens to itself ("House" -> "house") or, when a country leads it,
    to what follows the country ("Scottish Parliament" -> "parliament"): the
    two ways :func:`body_roots` joins a body through one word. ``body`` says
    which body the word stands for there. Where the word is the head of the
    body's name (its last word, or the word before "of": "Manchester United",
    "House of Lords", "Reserve Bank") the rest of the name tells which body of
    that kind it is, so the body is the key's own (:func:`own_key`). Where it
    begins the name ("Sky News", "Fiat Auto", "United Airlines") it is the
    brand the name is built on, and every such name counts as one body, ``""``.
    """
    word = None
    if is_generic_form(form):
        word = party_key(fold(form))
    else:
        stripped = without_country(form)
        if stripped and is_generic_form(stripped):
            return party_key(fold(stripped)), own_key(key)
    if word is None:
        return None
    words = party_key(key).split()
    heads = {words[-1], *(w for w, after in zip(words, words[1:]) if after == "of")}
    return word, (own_key(key) if word in heads or word not in words else "")


def own_key(key: str) -> str:
    """A body key's own party key, spaces removed, so "delta air lines" and "delta airlines" are one body."""
    return party_key(key).replace(" ", "")


def ambiguous_forms(pairs: Iterable[tuple[str, str]]) -> set[str]:
    """The generic words that stand for two or more different bodies, from the ``(word, body)`` pairs of
    :func:`generic_shortening`.

    A key whose body is the word itself (a bare "House") shortens nothing.
    The site joins a generic word to the one longer body it shortens and to
    none when it shortens several: "House" of "House of Lords" and of "House
    of Commons" joins neither (the surname rule of :func:`_surname_target`,
    for bodies; #15).
    """
    owners: dict[str, set[str]] = {}
    for word, body in pairs:
        if body != word:
            owners.setdefault(word, set()).add(body)
    return {word for word, bodies in owners.items() if len(bodies) >= 2}


def body_roots(keys: Iterable[str], forms: Mapping[str, set[str]]) -> dict[str, str]:
    """Each key's body: the smallest key it is joined with (the rules of :func:`_join_bodies`).

    ``forms`` holds the names and aliases of the keys that are organisations or
    groups only; other keys are their own body. Shared with the site index
    (``index_db``), which must merge exactly as this module does.

    A generic word (:func:`generic_shortening`) that shortens two or more
    different bodies (:func:`ambiguous_forms`) joins none of them, as alias or
    as what a country leaves: "House" joins neither the Lords nor the Commons,
    "Scottish Parliament" and "European Parliament" do not meet in "Parliament".
    """
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    shortening = {(k, n): sense for k in forms for n in forms[k] if (sense := generic_shortening(k, n)) is not None}
    ambiguous = ambiguous_forms(shortening.values())

    def held(k: str, n: str) -> bool:
        """Whether form ``n`` of key ``k`` (or, led by a country, what follows it) is an ambiguous generic word."""
        word, body = shortening.get((k, n), ("", ""))
        return word in ambiguous and body != word

    by_party: dict[str, str] = {}
    by_fold: dict[str, str] = {}
    for k in sorted(forms):
        for n in sorted(forms[k]):
            if held(k, n) and is_generic_form(n):
                continue
            pk = party_key(fold(n))
            if pk in by_party:
                union(by_party[pk], k)
            else:
                by_party[pk] = k
            by_fold.setdefault(fold(n), k)
    for k in sorted(forms):
        for n in forms[k]:
            stripped = without_country(n)
            if stripped and fold(stripped) in by_fold and not held(k, n):
                union(by_fold[fold(stripped)], k)
    # a clipping and its long form begin every word with the same three letters: compare within those buckets only
    buckets: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for k in sorted(forms):
        for n in sorted(forms[k]):
            if len(n.split()) >= 2:
                buckets.setdefault(tuple(w[:3] for w in party_key(n).split()), []).append((n, k))
    for members in buckets.values():
        for n, k in members:
            for long, other in members:
                if other != k and is_clipping(n, long):
                    union(other, k)
    return {k: find(k) for k in parent}
