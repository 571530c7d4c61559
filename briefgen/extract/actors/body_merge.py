"""Merging bodies: acronyms, short forms and name tails of one organisation ("GM", "General Motors").

Also party names and the short forms of bodies a tagger read as people."""

from __future__ import annotations

from spacy.tokens import Doc

from ..docview import entities, tokens_where
from .kinds import GIVEN_NAMES
from .gazetteer import country_form, is_place
from .names import (
    ORGANISATION_NOUNS,
    PARTY_MEMBER_NOUNS,
    brackets_an_acronym,
    is_acronym_of,
    is_clipped_first_word,
    is_clipping,
    names_a_known_party,
    party_key,
    without_country,
)
from .mentions import _Cluster, _Mention
from .outlets import names_an_outlet
from .titles import title_tokens
from .works import _numbered_channel


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _title_case_acronym_of(word: str, name: str) -> bool:
    """ "Acpo" of "Association of Chief Police Officers", "Ampas" of "Academy of Motion Pictures Arts and
    Sciences", "Bat" of "British American Tobacco": an acronym the BBC writes in title case (as it writes any
    acronym it pronounces as a word) is the body whose capitalised words it spells.

    The small model types such a word a person's by its shape, so the body
    had a person beside it (#15, actors12: 5 in 5 BBC tables). Three letters
    at least, the first only a capital, and a body's name of three
    capitalised words or more: a short given name spells a two-word firm
    more easily than a long name.
    """
    return (
        len(word) >= 3 and word[:1].isupper() and word[1:].islower() and word.isalpha() and len(name.split()) >= 3
        and _initials(name) == word.upper()
    )


#: Number words a channel or a numbered part of a body is named with ("BBC One", "Sky One", "BBC Four").
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def _adds_only_a_number(longer: str, first: str) -> bool:
    """ "BBC One" after "BBC": the long name is the short one plus a number — a channel or a numbered part of the
    body, not the body's full name; an article naming both names two actors (#15: 12 tables in 2,225 BBC articles
    gave "BBC" as "BBC One", and across the site every other briefing's BBC became BBC Four)."""
    rest = longer.split()[len(first.split()) :]
    # "BBC Radio 4" after "BBC": a numbered channel of the body as well (actors12)
    return (len(rest) == 1 and (rest[0].lower() in _NUMBER_WORDS or rest[0].isdigit())) or _numbered_channel(" ".join(rest))


def _merge_organisations(orgs: dict[str, _Cluster], people: list[_Cluster], *, sides: frozenset[str] = frozenset()) -> None:
    """Fold short forms into the full organisation name: "EOC" and "Equal
    Opportunities Commission", "Reynolds" and "Reynolds Tobacco"; a one-word
    "person" that is the first word of an organisation ("Altria") joins it too.
    ``sides`` are capitals the article names as their clubs (:func:`_merge_name_tails`)."""
    full = sorted(orgs.values(), key=lambda c: -len(c.key.split()))
    begun_by: dict[str, set[str]] = {}
    for c in full:
        if len(c.key.split()) >= 2:
            begun_by.setdefault(c.key.split()[0], set()).add(c.key)
    for key in list(orgs):
        cluster = orgs[key]
        words = cluster.key.split()
        if len(words) != 1:
            continue
        # (#18, scale32) the long names this one clips depend on the one name alone: read once per name, at its first
        # long name asked, not again for every long name (a walk over every organisation per pair)
        clipped: list[_Cluster] | None = None
        for other in full:
            if other is cluster or len(other.key.split()) < 2 or other.key.split()[0].endswith(("'s", "’s")):
                continue  # "Munster's Shaun Payne", a tagger's slip, is no long form of Munster
            # "Welsh" is no "Welsh Institute"; "BBC" beside "BBC One" and "BBC News" is neither, but the body both belong to;
            # nor is "BBC" beside "BBC One" alone: a name that adds only a number names one numbered part (a channel)
            first_word = (
                other.key.split()[0] == cluster.key
                and country_form(cluster.key) is None
                and len(begun_by[cluster.key]) == 1
                and not _adds_only_a_number(other.key, cluster.key)
                # "Google" beside "Google News": the body's outlet, not its full name (actors22)
                and not names_an_outlet(other.key, cluster.key)
            )
            # "FTC" for "US Federal Trade Commission", "Fed" for "Federal Reserve"
            if clipped is None:
                clipped = [o for o in full if len(o.key.split()) >= 2 and is_clipped_first_word(cluster.key, o.key)]
            short_form = is_acronym_of(cluster.key, other.key) or (clipped == [other])  # only one "Federal …" here
            if (cluster.key.isupper() and len(cluster.key) >= 2 and _initials(other.key) == cluster.key) or first_word or short_form:
                other.mentions.extend(cluster.mentions)
                del orgs[key]
                break
    _merge_name_tails(orgs, sides=sides)
    # "the Robert Kilroy-Silk Party": a body named after a person the article names in full takes no word of the name
    full_names = [p.key for p in people if len(p.key.split()) >= 2]
    for person in list(people):
        if len(person.names) and all(len(n.split()) == 1 for n in person.names):
            # "marketing company Doubleclick … Doubleclick said": the same word the article also names as an
            # organisation, never with a Mr or a Ms, is that organisation
            untitled = not any(m.honorific for m in person.mentions)
            for other in full:
                if any(other.key.startswith(f"{name} ") for name in full_names):
                    continue
                first_word = len(other.key.split()) >= 2 and other.key.split()[0] == person.key
                if first_word and names_an_outlet(other.key, person.key):
                    # "the first Mac" typed a person beside "Mac Format": the parent the article names alone, if any
                    other = orgs.get(person.key.lower(), other)
                    first_word = other.key == person.key
                # "Ampas", "Hefce", "Bat": an acronym written in title case that the tagger read as a name (actors12)
                acronym = untitled and _title_case_acronym_of(person.key, other.key)
                if (first_word or acronym or (untitled and other.key == person.key)) and other.key.lower() in orgs:
                    other.mentions.extend(person.mentions)
                    people.remove(person)
                    break


def _merge_name_tails(orgs: dict[str, _Cluster], *, sides: frozenset[str] = frozenset()) -> None:
    """ "Manchester United … United", "BBC World Service … the World Service": an organisation's name that is
    the last words of exactly one longer organisation name in the article is that organisation.

    News names a body in full and then by the words that tell it apart
    from its owner or town; the first words are the ones dropped, so the
    tail is the short form (the first word, "Reynolds" of "Reynolds
    Tobacco", is handled with the acronyms). Only a tail that fits one
    longer name joins ("Times" beside "Financial Times" and "New York
    Times" stays apart), never a country's or a town's name ("Qatar" is no
    short form of anything, "Leicester" no "BBC Radio Leicester"), nor the
    words after a lower-case one ("World Summit for the Information
    Society"), and never a party's: "Parliamentary Labour Party" and "New
    Labour" are the party's MPs and a phase of it, which the party rules
    keep apart. A capital in ``sides``, which the article names as its club ("Madrid know my situation",
    :func:`.plural_sides.capitals_agreeing_as_sides`), is the tail of the club's full name ("Real Madrid").
    """
    if not orgs:
        return
    party_names = _party_names(next(iter(orgs.values())).first.doc)
    for key in list(orgs):
        cluster = orgs.get(key)
        if cluster is None:
            continue
        words = cluster.key.split()
        if cluster.key not in sides and (country_form(cluster.key) is not None or is_place(cluster.key)) or not words[0][:1].isupper():
            continue  # "BBC Radio Leicester" is no "Leicester"
        if words[-1].lower() == "party" or cluster.key in party_names:
            continue  # "Parliamentary Labour Party", "New Labour": a party's parts and phases are left to the party rules
        fits = [
            other
            for other in orgs.values()
            if other is not cluster
            and len(other.key.split()) > len(words)
            and other.key.split()[-len(words) :] == words
            and not _coordinated_before(other.key.split()[: -len(words)])
            and (other.key.split()[-len(words) - 1][:1].isupper() or _plural_after_of(words, other.key.split()))
        ]  # "World Summit for the Information Society" is no "Information Society"; "House of Lords" is "the Lords"
        if len(fits) == 1:
            fits[0].mentions.extend(cluster.mentions)
            del orgs[key]


def _plural_after_of(tail: list[str], longer: list[str]) -> bool:
    """ "the Lords" of "House of Lords", "the Commons" of "House of Commons": one plural word after the "of" of a
    longer body's name is that body's short form, as the news writes it after naming the body in full (#15,
    actors13 held-out read, politics/319: "Lords" a second row beside "House of Lords"; BBC: 8 joined in 7 tables)."""
    return len(tail) == 1 and len(longer) >= 3 and longer[-2] == "of" and tail[0].endswith("s") and not tail[0].isupper()


def _coordinated_before(words: list[str]) -> bool:
    """ "Gazprom and Rosneft", "Gazpromneft, Rosneft": the words before a tail end in a coordinator, so the
    tail is a name of its own in a list the tagger ran together."""
    return words[-1].lower() in ("and", "&", "or") or words[-1].endswith(",")


def _merge_bodies(orgs: dict[str, _Cluster], groups: dict[str, _Cluster]) -> None:
    """One cluster per organisation or party, however the article writes it.

    "United States Federal Reserve" and "Federal Reserve" (a country before
    the name), "Liberal Democrats" and "Lib Dems" (clipped words), "Conservative
    Party", "Conservatives" and "Tories" (a party, its members, their
    nickname), "General Motors" and "GM" given in brackets after it. A party
    (a name ending in "Party", or one its members' noun stands for) is a group.
    """
    bodies = [*orgs.values(), *groups.values()]
    parent = list(range(len(bodies)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    keys = [c.key for c in bodies]
    by_lower: dict[str, int] = {}
    for i, k in enumerate(keys):
        by_lower.setdefault(k.lower(), i)
    by_party: dict[str, int] = {}
    for i, k in enumerate(keys):
        pk = party_key(k)
        if pk in by_party:
            union(by_party[pk], i)
        else:
            by_party[pk] = i
    for i, k in enumerate(keys):
        stripped = without_country(k)
        if stripped and stripped.lower() in by_lower:
            union(by_lower[stripped.lower()], i)
        for j, other in enumerate(keys):
            if i != j and is_clipping(k, other):
                union(i, j)
    # an acronym in brackets goes with the name right before the bracket
    for i, c in enumerate(bodies):
        for m in c.mentions:
            doc, start = m.span.doc, m.span.start
            if len(m.span) == 1 and start >= 2 and doc[start - 1].text == "(" and m.text.isupper():
                for j, other in enumerate(bodies):
                    if j != i and any(x.span.end == start - 1 for x in other.mentions) and brackets_an_acronym(m.text, other.key):
                        union(i, j)
    merged: dict[int, list[_Cluster]] = {}
    for i, c in enumerate(bodies):
        merged.setdefault(find(i), []).append(c)
    orgs.clear()
    groups.clear()
    for members in merged.values():
        if len(members) == 1:
            c = members[0]
            if c.key.split()[-1].lower() == "party":
                c.kind = "group"
            (groups if c.kind == "group" else orgs)[c.key.lower()] = c
            continue
        head = max(members, key=lambda c: (len(c.key.split()), len(c.mentions), c.key))
        is_party = any(c.kind == "group" or c.key.split()[-1].lower() == "party" for c in members)
        cluster = _Cluster(head.key, "group" if is_party else head.kind)
        for c in members:
            cluster.mentions.extend(c.mentions)
            cluster.names.extend(c.names or [m.text for m in c.mentions])
        (groups if cluster.kind == "group" else orgs)[cluster.key.lower()] = cluster


def _party_names(doc: Doc) -> frozenset[str]:
    """Capitalised names written right before a party member's noun: "Labour" in "Labour MP John Smith"; and names
    coordinated with a party's members (:func:`_coordinated_with_members`)."""
    found = set(_coordinated_with_members(doc))
    for tok in tokens_where(doc, lowers=PARTY_MEMBER_NOUNS):  # (#18)
        if tok.lower_ not in PARTY_MEMBER_NOUNS or tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.i == 0:
            continue
        start = tok.i
        while start > max(tok.sent.start, tok.i - 3) and doc[start - 1].is_title and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].ent_type_ in ("ORG", "NORP", "PERSON")):
            start -= 1
        if start < tok.i:
            found.add(doc[start : tok.i].text)
    return frozenset(found)


def _coordinated_with_members(doc: Doc) -> list[str]:
    """ "Labour and the Conservatives were united", "the Lib Dems challenge Labour and the Tories": a name coordinated
    with a plural that names a party's members is a party too (#15, the lead's reading of politics/036).

    The tagger types "Labour" a person where no member's noun follows it, and a person takes the pronouns of the
    quotations around it ("he said" went to "Labour" five times in one article). Its partner is what tells: the
    members' plural the tagger marks NORP ("Tories", "Conservatives", "Democrats"), which is no nationality
    ("Koreans", "Cameroonians" are :func:`~.gazetteer.country_form`'s). BBC corpus: 18 one-word names in 12 articles,
    every one a party ("Labour" 16 times, "BNP", "Respect"). Only the names :func:`_names_a_party` lets through are
    retyped, so "Michael Howard and the Tories" and "Howard" with it stay a person.
    """
    names = {t.i: e for e in entities(doc) if e.label_ in ("PERSON", "ORG") for t in e}
    found = []
    for members in entities(doc):
        if members.label_ != "NORP" or members.root.tag_ not in ("NNPS", "NNS") or country_form(members.text) is not None:
            continue
        root = members.root
        partners = [root.head] if root.dep_ == "conj" else []
        partners += [t for t in root.children if t.dep_ == "conj"]
        found += [names[t.i].text for t in partners if t.i in names]
    return found


def _names_a_party(cluster: _Cluster, party_names: frozenset[str]) -> bool:
    """ "Labour MP", "Tory candidate", "Labour manifesto": a name right before a party member's noun names a party;
    and so does a name every mention of which is a party WordNet knows ("Labour was the government", "the Lib
    Dems were the third party": :func:`.names.names_a_known_party`; #15, actors20).

    Only a "person" without Mr or Ms, one word unless WordNet knows it as a
    party, or an organisation, is retyped; a person's full name ("Blair
    aide") never is, nor an organisation with a company's noun in its name.
    """
    names = cluster.names or [m.text for m in cluster.mentions]
    known = bool(names) and all(names_a_known_party(n) for n in names)
    if cluster.kind == "person" and (any(m.honorific for m in cluster.mentions) or (any(len(n.split()) > 1 for n in names) and not known)):
        return False
    if cluster.kind == "organisation" and any(w.lower() in ORGANISATION_NOUNS - {"party"} for w in cluster.key.split()):
        return False
    return known or any(n in party_names for n in names)


def _fold_short_forms_of_bodies(people: list[_Cluster], orgs: dict[str, _Cluster]) -> None:
    """ "Highfield said" beside "Highfields Capital Management", "Foster" beside "Foster's Group": a one-word name
    the tagger typed a person, never titled nor given a Mr, that opens an organisation's longer name of the article
    (as it is, or with the plural "s" the short form drops) is that organisation (#15, actors10, lead's reading of
    business/070).

    A writer shortens a firm to its first word as a person to the surname,
    and the tagger, seeing one capitalised word, typed it a person (BBC: 3
    tables in 3 articles, no person among them). A possessive opening the
    long name ("Foster's Group", "Climax's Action") makes the short form the
    owner, so it becomes a body of its own rather than joining a name the
    tagger may have cut wrongly. A census given name alone ("Grant") is left
    as it is.
    """
    for person in list(people):
        words = set(person.names)
        if person.kind != "person" or len(words) != 1:
            continue
        word = next(iter(words))
        if " " in word or not word.isalpha() or word.lower() in GIVEN_NAMES:
            continue
        if any(m.honorific or title_tokens(m.span) for m in person.mentions):
            continue
        for body in list(orgs.values()):
            first = body.key.split()[0]
            if len(body.key.split()) < 2:
                continue
            if first in (word, f"{word}s") and names_an_outlet(body.key, first):
                # "the first Mac" typed a person beside the magazine "Mac Format": the Mac the article names alone, if any
                parent = orgs.get(word.lower())
                if parent is None:
                    continue
                parent.mentions.extend(_Mention(m.span, "ORG", m.text) for m in person.mentions)
                parent.names.extend(person.names)
            elif first in (word, f"{word}s"):
                body.mentions.extend(_Mention(m.span, "ORG", m.text) for m in person.mentions)
                body.names.extend(person.names)
            elif first in (f"{word}'s", f"{word}’s"):
                own = orgs.setdefault(word.lower(), _Cluster(word, "organisation"))
                own.mentions.extend(_Mention(m.span, "ORG", m.text) for m in person.mentions)
                own.names.extend(person.names)
            else:
                continue
            people.remove(person)
            break
