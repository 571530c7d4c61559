"""Clustering people: "Umerov" and "Mr Umerov" join "Rustem Umerov".

Surnames, given names, initials ("J. Smith"), partial full names and gendered honorifics decide which
person mentions are one person; clipped and plural forms are folded in."""

from __future__ import annotations

import re

from .kinds import GIVEN_NAMES, possessive_full_name
from .gazetteer import country_form, is_place
from .names import ORGANISATION_NOUNS, is_clipping, party_key, generation, surname_word
from .mentions import _Cluster, _Mention
from .namesakes import fitting_namesakes, names_the_family, of_the_sex
from .person_or_body import _plural_name_after_the
from .places import _AT_A_PLACE, _place_context
from .words import _GIVEN_NAME_HONORIFICS, _INITIAL


_MALE_HONORIFICS = {"mr"}
_FEMALE_HONORIFICS = {"mrs", "ms", "miss"}


def _cluster_people(people: list[_Mention], titles: set[int], *, places: frozenset[str] = frozenset()) -> list[_Cluster]:
    """Merge person mentions: full names first, then surnames to the nearest full name before them."""
    full: dict[tuple[str, str], _Cluster] = {}
    for m in people:
        words = m.text.split()
        if len(words) >= 2:
            if all(t.i in titles for t in m.span) and not possessive_full_name(m.span):
                continue  # "Lib Dem" in "Lib Dem spokesman Mark Oaten"; not "Sylvester Stallone's" of "ex-wife Brigitte Nielsen"
            # "Hank Williams Jr." and "Hank Williams Jr" are one person, and "Hank Williams" (his father) another
            key = (words[0].lower(), surname_word(m.text).lower() + (f" {gen}" if (gen := generation(m.text)) else ""))
            cluster = full.setdefault(key, _Cluster(m.text, "person"))
            cluster.mentions.append(m)
            cluster.names.append(m.text)
    by_last: dict[str, list[_Cluster]] = {}
    for cluster in full.values():
        by_last.setdefault(surname_word(cluster.key).lower(), []).append(cluster)
    by_first: dict[str, list[_Cluster]] = {}
    for cluster in full.values():
        by_first.setdefault(cluster.key.split()[0].lower(), []).append(cluster)
    # inner words of names of three words or more: "Lula" of "Luiz Inacio Lula da Silva", "Sands" of "Philippe Sands QC"
    by_inner: dict[str, list[_Cluster]] = {}
    for cluster in full.values():
        for w in {w for w in cluster.key.split()[1:-1] if w[:1].isupper() and w.isalpha()}:
            by_inner.setdefault(w.lower(), []).append(cluster)
    genders: dict[str, set[str]] = {}
    for m in people:
        g = _gender(m.honorific)
        if g:
            genders.setdefault(m.text.split()[-1].lower(), set()).add(g)
    singles: dict[str, _Cluster] = {}
    placed = _words_named_as_places(people, by_last, by_first)
    for m in people:
        words = m.text.split()
        if len(words) >= 2:
            continue
        word = words[0].lower()
        if by_last.get(word) and names_the_family(m):
            continue  # "the Ambani family", "the Bryan twins": the family, none of the people of that surname (namesakes)
        if m.honorific and len(genders.get(word, ())) > 1:
            # "Mr Howard" and "Mrs Howard" both here: only a given name of the honorific's sex says which a full name is
            candidates = of_the_sex(by_last.get(word, []), _gender(m.honorific))
        else:
            candidates = [c for c in by_last.get(word, []) if _same_gender(c, m)]
            # "Jones added" is the "Max Jones" of the report, not the team sheet's "S Jones"
            candidates = [c for c in candidates if not _INITIAL.fullmatch(c.key.split()[0])] or candidates
            # "Mr Jackson" is not "Katherine Jackson", "Mr Blair" not "Sir Ian Blair" beside "Tony Blair" (namesakes)
            candidates = fitting_namesakes(candidates, m, sex=_gender(m.honorific))
        given_name_ok = m.honorific is None or m.honorific.lower().rstrip(".") in _GIVEN_NAME_HONORIFICS
        if not candidates and given_name_ok and len(by_first.get(word, [])) == 1:
            candidates = by_first[word]  # "Sandra" after "Sandra Howard"; "Sir Alan" after "Alan Budd"
        if not candidates and not given_name_ok and _surname_first(word, by_first):
            candidates = by_first[word]  # "Mr Wang" after "Wang Yan", "Dr Khoo" after "Khoo Kay Peng"
        if not candidates and not by_first.get(word) and len(by_inner.get(word, [])) == 1:
            # "Lula" beside "Luiz Inacio Lula da Silva", "Alwaleed" beside "Prince Alwaleed bin Talal": a word inside
            # one long name and no other's first or last word is that person (#15, actors20)
            candidates = by_inner[word]
        if candidates:
            target = _nearest_before(candidates, m.span.start)
            target.mentions.append(m)
            target.names.append(m.text)
            continue
        if m.honorific is None and ((is_place(m.text) and _place_context(m.span.root)) or m.text in places or word in placed):
            # "Luhansk" tagged PERSON in "regions—Donetsk, Luhansk, Kherson"; "in Glasgow … Glasgow was cold":
            # a lone word the tagger reads as a place elsewhere in the article, with no full name, is that place
            continue
        if any(t.i in titles for t in m.span) and word not in singles:
            continue  # a word of someone's title that names no one else here
        gender = _gender(m.honorific)
        key = f"{gender}:{word}" if gender and (by_last.get(word) or len(genders.get(word, ())) > 1) else word
        cluster = singles.setdefault(key, _Cluster(m.text, "person"))
        cluster.mentions.append(m)
        # "Mrs Howard" beside "Michael Howard" is another person: name her as the article does
        cluster.names.append(f"{m.honorific} {m.text}" if key != word else m.text)
    _join_partial_full_names(full)
    _join_initials(full)
    return [*full.values(), *singles.values()]


def _words_named_as_places(people: list[_Mention], by_last: dict[str, list[_Cluster]], by_first: dict[str, list[_Cluster]]) -> frozenset[str]:
    """ "a warehouse in Glasgow … the Glasgow art school", "succeed in Norwich and I want Norwich to be": a lone word of
    the gazetteer the article names once as where something is (after "in", "at", "near" …) is that place in its
    other bare mentions too, which name no one there either.

    Each mention was read alone, so the place's mentions in no place's frame (a modifier of an organisation's noun,
    a subject, the owner of a named hall: "Glasgow's SECC") were left a person of the town's name (#15, actors24:
    the lead's census of one-word person rows named for a GeoNames place). A word that ends or opens a full name
    of the article, or that a mention gives with an honorific or as the subject of a reported clause ("Radcliffe said
    the town was proud"), is left to the person ("Mr Kennedy"). Only the
    object of a preposition of place counts: the other frames of :func:`.places._place_context` (a modifier of a
    noun, a conjunct, "to") are a person's or a body's as often ("the Bat spokeswoman", "talking to Adriano", "Fat
    Joe, Nas and Jadakiss": a first version that read them dropped 6 people and firms for 3 towns).
    """
    # "Radcliffe said the town was proud": a mention that reports a clause speaks, and a town does not
    honoured = {m.text.lower() for m in people if m.honorific or _reports_a_clause(m)}
    return frozenset(
        word
        for m in people
        if m.honorific is None
        and len(m.text.split()) == 1
        and (word := m.text.lower()) not in honoured
        and not by_last.get(word)
        and not by_first.get(word)
        and word not in GIVEN_NAMES
        and is_place(m.text)
        and m.span.root.dep_ == "pobj"
        and m.span.root.head.lower_ in _AT_A_PLACE
    )


def _reports_a_clause(m: _Mention) -> bool:
    """Whether the mention is the subject of a verb with a clause of its own: a speaker or a thinker."""
    root = m.span.root
    return root.dep_ == "nsubj" and any(c.dep_ == "ccomp" for c in root.head.children)


def _surname_first(word: str, by_first: dict[str, list[_Cluster]]) -> bool:
    """ "Mr Wang" after "Wang Yan", "Mr Xie" after "Xie Xuren", "Dr Khoo" after "Khoo Kay Peng", "Mr Park" after
    "Park Seung": a surname after an honorific that opens one full name of the article, written surname first as
    Chinese, Korean and Malaysian names are, is that person.

    An honorific takes a surname, so such a word was matched only against the last words of full names and the
    person was listed twice (#15, actors21: 5 BBC articles, all business reports quoting officials). A census given
    name is left out: "Mr Howard" beside "Howard Flight" is Michael Howard, named by his surname.
    """
    return len(by_first.get(word, [])) == 1 and word not in GIVEN_NAMES


def _join_partial_full_names(full: dict[tuple[str, str], _Cluster]) -> None:
    """ "De Niro" and "Robert De Niro", "Parker Bowles" and "Camilla Parker Bowles": a name of two or more words
    that ends one longer full name the article gives is that person's surname.

    Full names are keyed by first and last word, so a surname of two words
    made a person of its own. The shorter name joins when its words end
    exactly one longer name shaped like a person's (title-case words, none
    an organisation's noun: not "Johnny Carson Theater"). Given names alone
    ("Juan Carlos" of "Juan Carlos Ferrero") are left: on BBC most such
    prefixes were another name's ("Adam Smith" of "Adam Smith Lecture",
    "Matt Lucas" of "Matt Lucas & David Walliams"). A particle that opens
    the shorter name is capitalised there only ("Van Nistelrooy" of "Ruud
    van Nistelrooy", "De Marigny" of "Roland de Marigny").
    """
    keys = list(full)
    words_of = {k: full[k].key.split() for k in keys}
    for key in keys:
        short = words_of[key]
        if any(len(n.split()) > len(short) for n in full[key].names):
            continue
        # "Van Nistelrooy scored" and "Ruud van Nistelrooy": a surname's particle takes a capital only where it opens
        # the name, so the words compare without case and the particle is no given name
        fits = [
            other
            for other in keys
            if other != key
            and len(short) < len(words_of[other]) <= 4
            and [w.lower() for w in words_of[other][-len(short) :]] == [w.lower() for w in short]
            and (words_of[other][-len(short) :] == short or short[0].lower() in _SURNAME_PARTICLES)
            and _looks_like_a_full_name([w for w in words_of[other] if w not in _SURNAME_PARTICLES])
        ]
        if len(fits) == 1:
            target = full[fits[0]]
            target.mentions.extend(full[key].mentions)
            target.names.extend(full[key].names)
            del full[key]


#: Particles of surnames, written in lower case inside a full name: "Ruud van Nistelrooy", "Roland de Marigny".
_SURNAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "du", "da", "di", "del", "della", "la", "le", "ter"})


#: Given names written as initials run together: "JP" of "JP McManus", "AR" of "AR Rahman".
_INITIALS = re.compile(r"[A-Z]{1,3}")


def _join_initials(full: dict[tuple[str, str], _Cluster]) -> None:
    """ "K Holmes" and "Kelly Holmes": a name whose given name is an initial is the one full name it abbreviates.

    Team sheets and results ("Wales: G Thomas; H Luscombe …", "1. K Holmes
    (GB)") give players as an initial and a surname, and the report names
    them in full; keyed by first and last word, the two made two people
    (#15, line-up initials: 176 such forms beside their full name in 26 BBC
    texts; this join changes 57 in 20 actor tables, every one read right,
    half of them tagged organisations, see :func:`_abbreviated_full_name`). The initial
    joins when exactly one other full name has the same surname and a
    given name of that letter ("J Thomas" stays alone beside "Jonathan" and
    "James Thomas").
    """
    for key in list(full):
        words = full[key].key.split()
        if len(words) != 2 or not _INITIAL.fullmatch(words[0]):
            continue
        fits = [
            other
            for other in full
            if other != key
            and other[1] == key[1]
            and not _INITIAL.fullmatch(full[other].key.split()[0])
            and full[other].key.split()[0][:1] == words[0][:1]
        ]
        if len(fits) == 1:
            target = full[fits[0]]
            target.mentions.extend(full[key].mentions)
            target.names.extend(full[key].names)
            del full[key]


def _abbreviated_full_name(words: list[str], people: list[_Cluster]) -> _Cluster | None:
    """The one person whose full name ``words`` ("K Holmes") abbreviates to an initial, as in :func:`_join_initials`."""
    if len(words) != 2 or not _INITIAL.fullmatch(words[0]):
        return None
    fits = [
        c
        for c in people
        if any(len(n.split()) >= 2 and n.split()[-1] == words[1] and n.split()[0][:1] == words[0][:1] and not _INITIAL.fullmatch(n.split()[0]) for n in c.names)
    ]
    return fits[0] if len(fits) == 1 else None


def _gender(honorific: str | None) -> str | None:
    h = (honorific or "").lower().rstrip(".")
    return "m" if h in _MALE_HONORIFICS else "f" if h in _FEMALE_HONORIFICS else None


def _same_gender(cluster: _Cluster, m: _Mention) -> bool:
    """"Mrs Howard" is not "Mr Howard": honorifics of opposite gender never merge."""
    wanted = _gender(m.honorific)
    if wanted is None:
        return True
    seen = {_gender(x.honorific) for x in cluster.mentions} - {None}
    return not seen or wanted in seen


def _nearest_before(candidates: list[_Cluster], position: int) -> _Cluster:
    """The candidate mentioned last before ``position`` (else the first one mentioned)."""
    def last_before(c: _Cluster) -> int:
        return max((x.span.start for x in c.mentions if x.span.start < position), default=-1)

    best = max(candidates, key=last_before)
    return best if last_before(best) >= 0 else min(candidates, key=lambda c: c.first.start)


def _looks_like_a_full_name(words: list[str], *, surname_known: bool = False) -> bool:
    """Given name(s) and a surname: title-case words, none a country's form nor a word of an organisation's name.

    With ``surname_known`` the last word is already a person's ("Mr French"
    in the same article), so it may also be a demonym or a capital: "Philip
    French" is his full name, not the French (#15); and the given names may
    be initials ("JP McManus" beside "Mr McManus", "AR Rahman" beside "Mr Rahman").
    """
    checked = words[:-1] if surname_known else words
    return all((w.istitle() and w.isalpha()) or (surname_known and _INITIALS.fullmatch(w)) for w in words[:-1]) and not any(
        w.lower() in ORGANISATION_NOUNS or country_form(w) is not None for w in checked
    )


def _fold_clipped_people(people: list[_Cluster], bodies: list[_Cluster]) -> None:
    """ "Lib Dems" tagged as a person is the "Liberal Democrats" the article names, "Labour" the "Labour Party";
    a plural proper name after "the" ("the Lib Dems", "the Tories") names a group, not a person
    ("Eckhard Cordes" ends in -s too, but no one writes "the" before a person's name)."""
    for person in list(people):
        if all(_plural_name_after_the(m) for m in person.mentions):
            person.kind = "group"
        for body in bodies:
            # "Lib Dem" beside "Lib Dems": the singular of a body's plural name is a member's word for the body, not a person
            untitled = not any(m.honorific for m in person.mentions)
            same_key = [party_key(name) == party_key(body.key) for name in person.names]
            if any(is_clipping(name, body.key) or (len(name.split()) == 1 and same) for name, same in zip(person.names, same_key)) or (
                untitled and same_key and all(same_key)
            ):
                body.mentions.extend(person.mentions)
                body.names.extend(person.names)
                people.remove(person)
                break
    # "the Lib Dems say … Lib Dem spokesman Mark Oaten": the group found above takes its singular too
    for group in [p for p in people if p.kind == "group"]:
        for person in list(people):
            if person is not group and person.kind == "person" and not any(m.honorific for m in person.mentions):
                if person.names and all(party_key(name) == party_key(group.key) for name in person.names):
                    group.mentions.extend(person.mentions)
                    group.names.extend(person.names)
                    people.remove(person)
