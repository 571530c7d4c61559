"""Titles and appositions of a mention: the words that give a person's role and affiliation.

"Ukraine's defence minister Rustem Umerov", "Michael Howard, the Tory leader,": :func:`title_tokens`,
:func:`appositive_role` and :func:`_describe`, which fills a cluster's roles and affiliation from them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..docview import entities, per_span
from ..lexicon import is_actor_noun, read_word_list
from .names import is_common_noun
from .kinds import GIVEN_NAMES
from .gazetteer import country_form, country_of, national_title_country
from .inhabitant_countries import inhabitant_country
from .name_word_places import word_of_a_person_s_name
from .employers import BodyForms, body_after_name, body_employing, body_named_at, body_named_in
from .mentions import _Cluster, _clean
from .places import full_name_words
from .possessed_roles import body_the_possessive_names, opens_with_a_body_possessive
from .words import HONORIFICS, _is_honorific, _organisation_noun


_TITLE_DEPS = {"compound", "amod", "nmod", "prep", "pobj", "poss", "case", "punct", "cc", "conj", "nummod"}
_MAX_ROLE_TOKENS = 8


def title_tokens(ent: Span) -> list[Token]:
    """Tokens of the title right before a name: "Ukrainian Defense Minister" Rustem Umerov."""
    return list(_title_tokens(ent))


@per_span
def _title_tokens(ent: Span) -> tuple[Token, ...]:
    """:func:`title_tokens`, once per doc and token range: the table, the descriptions and the organisation test
    ask it of the same mention (four calls per name, #18); the answer reads the range and the doc, not the label."""
    return tuple(_walk_title_tokens(ent))


def _walk_title_tokens(ent: Span) -> list[Token]:
    root = ent.root
    doc = ent.doc
    out: list[Token] = []
    i = ent.start - 1
    while i >= ent.sent.start and len(out) < _MAX_ROLE_TOKENS:
        tok = doc[i]
        if _hyphened_to_participle(tok, out):
            out.insert(0, tok)  # "Brisbane-based game developer", "London-born actor": the whole compound, not "based …"
            i -= 1
            continue
        if tok.is_space or tok.dep_ not in _TITLE_DEPS or tok.pos_ in ("AUX", "PRON", "DET"):
            break
        if tok.ent_type_ in ("DATE", "TIME") and not tok.like_num:
            break  # "On Wednesday Lord Woolf said": the day is when, not a word of the title
        if tok.pos_ == "VERB" and not _modifies_title(tok):
            break
        if tok.is_punct and tok.text not in ("-", "–"):
            break
        if tok.pos_ == "ADP" and tok.lower_ != "of":
            break
        # the token must hang (through the title) from the name
        head, hops = tok, 0
        while head.i < ent.start and head.head.i != head.i and hops < 6:
            head, hops = head.head, hops + 1
        if not (ent.start <= head.i < ent.end or head == root):
            break
        out.insert(0, tok)
        i -= 1
    out = _office_of_field(ent, i, out)
    out = _after_coordinated_name(out)
    while out and (out[0].pos_ in ("ADP", "CCONJ", "PUNCT") or out[0].dep_ == "case"):
        out.pop(0)
    if out and _told_with_no_hearer(out[0]):
        return []
    return out


def _office_of_field(ent: Span, i: int, title: list[Token]) -> list[Token]:
    """ "Director of rugby Warren Gatland", "Bath director of rugby Jack Rowell": the office before "of" with the field
    the walk stopped at, when the parse made the name the object of that "of".

    Why (#15, the lead's reading of Random(10505)): the parse hangs the name from "of" and "of" from the office, so
    the walk, which keeps only words hanging from the name, stopped at "of" and the role read "rugby" (BBC: 7
    roles in 6 articles, "director of rugby" and "Director of television"). Only an office written as a title:
    a noun for a person, capitalised or after a proper noun ("Gloucester director"), with no determiner — "the wife
    of rugby star X" names someone else's relation, not X's office.
    """
    doc = ent.doc
    if not title or i < 1 or doc[i].lower_ != "of" or ent.root.head.i != i:
        return title
    office = doc[i - 1]
    if doc[i].head.i != office.i or not is_actor_noun(office) or any(c.dep_ in ("det", "poss") for c in office.children):
        return title
    before = [c for c in office.children if c.i < office.i and c.dep_ in ("compound", "amod")]
    if not (office.is_title or any(c.pos_ == "PROPN" for c in before)):
        return title
    start = min((c.left_edge.i for c in before), default=office.i)
    return list(doc[start : i + 1]) + title


def _hyphened_to_participle(tok: Token, title: list[Token]) -> bool:
    """ "Brisbane-based game developer Krome Studios", "Scottish-based band": a word joined by a hyphen to the
    participle that opens the title is the first half of one compound modifier (#15, actors10).

    The parse hangs "Brisbane" from "based" as a bare noun modifier, a
    relation no other title word takes, so the walk stopped there and the
    role read "based game developer", "based band", "born actress" (BBC: 14
    roles in 12 articles). Only a word written against the hyphen, with the
    participle its head and a noun after it, is taken: a participle alone
    ("Santa Monica-based Activision") modifies the name and is no role.
    """
    if len(title) < 2 or title[0].text not in ("-", "–") or tok.whitespace_ or title[0].whitespace_:
        return False
    participle = title[1]
    if not any(t.pos_ == "NOUN" for t in title[2:]):
        return False  # "Santa Monica-based Activision", "New York-born Christina Aguilera": a modifier, no role to complete
    return participle.tag_ in ("VBN", "VBD") and tok.head == participle and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def _after_coordinated_name(tokens: list[Token]) -> list[Token]:
    """The title's words after the last conjunction that joins another name to this one (#15, 'coordination in roles').

    "Eric Cantona and Ole Gunnar Solskjaer", "singer Charles Aznavour and
    British ambassador John Holmes": the parse hangs the first conjunct from
    the second name, so the walk read "Eric Cantona and" as Solskjaer's role
    (18 roles ending on "and" in 18 BBC articles, none a role). A conjunction
    outside every entity is a boundary when it ends the title or follows a
    person's full name (two or more words tagged as a person), which never
    modifies an office. Coordinated modifiers of one title noun share it and
    stay: "former Spurs and England defender", "Richard and Judy executive
    producer", "Trade and Industry Secretary".
    """
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        if tok.pos_ != "CCONJ" or tok.ent_iob_ != "O":
            continue
        if k == len(tokens) - 1 or _ends_a_full_name(tok.doc[tok.i - 1] if tok.i > 0 else None):
            return tokens[k + 1 :]
    return tokens


def _ends_a_full_name(tok: Token | None) -> bool:
    """Whether ``tok`` is the last word of a PERSON entity of two or more words ("Charles Aznavour")."""
    if tok is None or tok.ent_type_ != "PERSON" or tok.ent_iob_ != "I":
        return False
    return tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"


def _told_with_no_hearer(first: Token) -> bool:
    """ "Party sources told the BBC Michael Howard has always …": the title is the hearer of "told".

    "Tell" takes its hearer as an object; when the parse gives the verb none and
    runs the words after it into the name's title, those words are the hearer
    ("the BBC", "BBC News"), and the name opens the reported clause.
    """
    doc = first.doc
    i = first.i - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0 or doc[i].lemma_ != "tell" or doc[i].pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in ("dobj", "dative", "iobj") for c in doc[i].children)


def _hearer_of_tell(ent: Span, surnames_in_full: set[str]) -> bool:
    """ "Solskjaer told Aftenposten Daily.", "told Kommersant", "told BBC Sport Wales", "told Bath's official
    website": a name typed a person's right after "told" that opens with no census given name and ends on no
    surname of someone the article names in full is the paper, broadcaster or club the speaker told.

    The hearer of "tell" is a person or a medium; the small model types
    mastheads and broadcasters a person's by their shape, and they stood in
    the tables as people (#15, actors12; the brief's open class: 9 in 9 BBC
    articles, every one a medium or a club). A person told is named by a
    given name ("told John Smith") or by the surname the article gave in
    full before ("told Ferguson").
    """
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.start == 0 or doc[ent.start - 1].lemma_ != "tell" or _is_honorific(ent[0]):
        return False
    text = _clean(ent)[0]
    words = text.split()
    if not words or words[0].lower() in GIVEN_NAMES:
        return False
    if words[-1] not in surnames_in_full and words[0] not in surnames_in_full:
        return True
    # "Aftenposten Daily" is in the surnames by its own shape: only another full name's surname makes a person
    others = {w[-1] for e in entities(doc) if e.label_ == "PERSON" and len(w := _clean(e)[0].split()) > 1 and _clean(e)[0] != text}
    return words[-1] not in others and words[0] not in others


def _modifies_title(tok: Token) -> bool:
    """A word the tagger calls a verb that modifies the title noun after it: "shadow", "acting".

    "shadow home secretary David Davies", "acting president X": a verb does
    not stand as a compound or adjectival modifier of a noun to its right, so
    the tag is wrong and the word belongs to the title, which without it says
    something else (a shadow home secretary is not the home secretary).
    """
    return tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN")


#: An appositive role may be this long once cut at its first aside (:func:`_role_before_aside`): "director of the
#: Conference Board's consumer research centre" is 9 tokens.
_MAX_APPOSITIVE_ROLE_TOKENS = 10
#: Marks that open an aside inside an appositive: a nested apposition or a parenthesis.
_ASIDE_MARKS = frozenset({",", "(", "-", "–", "—", ";", ":"})


def appositive_role(ent: Span) -> Span | None:
    """ "Michael Howard, the Tory leader," -> "the Tory leader"; "The foreign secretary, Jack Straw," too."""
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= ent.end:
            span = _role_before_aside(_through_hyphens(ent.doc[child.left_edge.i : child.right_edge.i + 1]), child)
            if len(span) <= _MAX_APPOSITIVE_ROLE_TOKENS:
                return span
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < ent.start:
        head = root.head
        span = ent.doc[head.left_edge.i : head.i + 1]
        if len(span) <= _MAX_ROLE_TOKENS:
            return span
    return None


def _through_hyphens(span: Span) -> Span:
    """``span`` run on over a word joined to its last word by a hyphen written against both ("vice-president"), and
    over what hangs from that word ("vice-president of operations").

    Why (#15, the lead's reading of Random(10505)): the parse splits "executive vice-president of RJ Reynolds
    Tobacco" into three appositions of the name, "vice", "-" and "president", so the role read "executive vice"
    (BBC: 7 roles in 7 articles, every one "vice" for "vice-president"). A hyphen with a space on either side is an
    aside, not a joined word, and ends nothing here: :func:`_role_before_aside` cuts at it.
    """
    doc = span.doc
    end = span.end
    while (
        end + 1 < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_ and not doc[end].whitespace_
        and doc[end + 1].pos_ in ("NOUN", "PROPN", "ADJ")
    ):
        end = max(end + 2, doc[end + 1].right_edge.i + 1)
    return doc[span.start : end] if end != span.end else span


def _role_before_aside(span: Span, head: Token) -> Span:
    """An appositive role up to the first aside after its head noun: a comma, bracket or dash that opens a nested
    apposition ("the chairman of Spain's most powerful bank, Santander Central Hispano" -> "the chairman of Spain's
    most powerful bank"); a hyphen inside a word ("T-Mobile") is no aside.

    A relative clause after a head noun for a person ends the role too.

    Why (#15, the lead's reading, Random(7373)): the whole appositive was taken or, past 8 tokens, nothing at all,
    so "Emilio Botin, the chairman of Spain's most powerful bank, Santander Central Hispano," and "said Lynn Franco,
    director of the Conference Board's consumer research centre" had no role in their table rows.
    """
    doc = span.doc
    for tok in doc[head.i + 1 : span.end]:
        if tok.dep_ == "relcl" and tok.left_edge.i > head.i and is_actor_noun(head) and not _organisation_noun(head):
            # "spokesperson for the BSA which commissioned the survey", "rapper who leads the awards with 10
            # nominations": a relative clause says something of the holder or the body, it names no office
            # (the lead's reading of Random(9191); BBC: 12 roles in 11 articles ran on into one). Only after a noun
            # for a person: "a list which …", "telecommunications equipment that …", "the UN satellite mapping
            # organisation that …" (a body's apposition the parse hung on the person) were never the person's role
            return doc[span.start : tok.left_edge.i]
        if tok.text in _ASIDE_MARKS and (tok.text not in "-–" or doc[tok.i - 1].whitespace_):  # not "Live-Shot", "T-Mobile"
            return doc[span.start : tok.i]
    return span


def _strip_det(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].pos_ == "DET" or tokens[0].dep_ == "det"):
        tokens = tokens[1:]
    return tokens


def _governing_country(ent: Span) -> str | None:
    """Country named in the noun phrase a person leads or belongs to: "The Russian delegation, led by X"."""
    tok = ent.root
    for _ in range(4):
        if tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and not (ent.start <= tok.i < ent.end):
            for child in tok.children:
                if (
                    child.dep_ in ("amod", "compound", "poss", "nmod") and child.ent_type_ in ("NORP", "GPE", "PERSON")
                    and not _names_the_contest(child, tok) and not _capital_in_a_full_name(child)
                    and not word_of_a_person_s_name(child, ent)  # "Stanley Gold and Raymond Watson" (name_word_places)
                ):
                    country = country_of(child.text)
                    if country:
                        return country
            return None
        if tok.pos_ == "VERB" and tok.dep_ not in ("acl", "relcl"):
            return None
    return None


def _entity_text(tok: Token) -> str:
    """The whole entity a token is part of: "Northern Ireland" for "Ireland" in "Northern Ireland minister".

    A country's name inside a longer place name ("Northern Ireland", "New
    South Wales") does not make the title that country's.
    """
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


#: Contestants ("champion", "finalist", "medallist", "winner"), from WordNet 3.0 (``tools/wordnet_actor_nouns.py``).
CONTESTANT_NOUNS: frozenset[str] = frozenset(read_word_list("contestant_nouns.txt"))


def _opens_an_event_name(tokens: list[Token], k: int) -> bool:
    """Whether the country word ``tokens[k]`` of a role names the contest a champion won: "French Open champion",
    "US Open finalist", "former Scottish Cup winner" (at most an adjective before it)."""
    return bool(tokens) and all(t.pos_ == "ADJ" and t.is_lower for t in tokens[:k]) and _names_the_contest(tokens[k], tokens[-1])


def _names_the_contest(country: Token, noun: Token) -> bool:
    """A country word, one capitalised word that names no person or body, and a contestant noun: "French Open champion".

    The country is the contest's, not the champion's — the 2004 French Open
    champion is Argentine. The middle word must name no one (WordNet's actor
    nouns: "US President" is the country's office), and a longer role keeps
    its country ("German Economy minister", "Chilean Olympic gold medalist").
    """
    if noun.i != country.i + 2:
        return False
    name = country.doc[country.i + 1]
    return (
        name.is_alpha
        and name.is_title
        and not is_actor_noun(name)
        and not country_of(name.text)
        and noun.is_lower
        and noun.lemma_ in CONTESTANT_NOUNS
    )


#: Words that make a plural role several people's in its own words: "their lawyers", "other game makers", "both sides".
_MANY_WORDS = frozenset({"their", "other", "both", "all", "many", "several", "some", "few", "various"})


def _role_text(tokens: list[Token]) -> str:
    """The role as the article words it, one person's: a plural head noun is said in the singular.

    "Contestants Paul Burrell, Joe Pasquale, Janet Street-Porter and Fran Cosgrave", "Kostas Kenteris and Katerina
    Thanou, the sprinters", "senior stars Ryan Giggs and …": the title or apposition is shared by the people it names,
    and the table showed "Contestants" or "senior stars" as one person's role (#15, the lead's reading of Random(8585);
    on the BBC corpus 295 roles ended in a plural noun, about half of them such a head). Only a head noun the
    role ends with is turned ("a panoply of former soap stars" keeps its words), a common noun WordNet knows, with no
    number or word of several owners or members in the role ("two friends", "their lawyers", "other game makers"):
    its lemma, with its capital.
    """
    head = tokens[-1]
    words = [t.text_with_ws for t in tokens]
    counted = any(t.like_num or t.lower_ in _MANY_WORDS for t in tokens)  # "five other barristers", "their lawyers"
    noun = head.is_alpha and (is_actor_noun(head) or is_common_noun(head.text, head.lemma_))  # not "Leeds", "1980s"
    if head.tag_ == "NNS" and noun and not counted and head.head not in tokens and head.lemma_.lower() != head.lower_:
        lemma = head.lemma_.lower()
        words[-1] = (lemma[:1].upper() + lemma[1:] if head.text[:1].isupper() else lemma) + head.whitespace_
    return "".join(words).strip()


def _shared_plural_title(ent: Span) -> list[Token]:
    """ "sprinters Costas Kenteris and Katerina Thanou", "stars Jude Law and Kate Winslet": the plural title before the
    first of coordinated names is every one's (:func:`_role_text` says it in the singular).

    Only the first name had a role, the others none (lead's reading of Random(9595), sport/016; on the BBC corpus 29
    such pairs after a plural noun for people in about 20 articles). A name coordinated with the first (its head
    walked back through "and" and commas) takes the first's title when that title ends in a plural noun.
    """
    root = ent.root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i and first.head.ent_type_ == "PERSON":
        first = first.head
    if first is root:
        return []
    doc = ent.doc
    owner = next((e for e in entities(doc) if e.start <= first.i < e.end and e.label_ == "PERSON"), None)
    if owner is None or owner.end > ent.start:
        return []
    # only names, commas and "and" between: one list ("artists Sir Peter Blake, Tracey Emin and Jack Vettriano")
    if any(not (t.text == "," or t.lower_ == "and" or t.ent_type_ == "PERSON" or _is_honorific(t)) for t in doc[owner.end : ent.start]):
        return []
    title = _strip_det(title_tokens(owner))
    if not title and (appos := appositive_role(owner)) is not None:  # "sprinters Costas Kenteris": the noun he is in apposition to
        title = _strip_det([t for t in appos if not (owner.start <= t.i < owner.end)])
    while title and _is_honorific(title[-1]):
        title = title[:-1]  # "artists Sir Peter Blake"
    if not title or any(not _is_honorific(t) for t in doc[title[-1].i + 1 : owner.start]):
        return []
    if title[-1].tag_ != "NNS" or not is_actor_noun(title[-1]):
        return []
    if any(t.like_num or t.lower_ in _MANY_WORDS or t.lower_ == "other" or t.pos_ in ("PUNCT", "VERB") for t in title):
        return []  # "three other members", "five other barristers": a count of people, no one's role
    return title


def _opens_an_office(tokens: list[Token]) -> bool:
    """ "Lord Chancellor", "Lord Chief Justice", "Lord Mayor": a capitalised "Lord" or "Lady" before a capitalised noun
    for a person (the actor lexicon's WordNet people) opens the name of an office, not a peer's honorific.

    The honorific was stripped and the role left as "Chancellor" or nothing (lead's reading of Random(9595),
    politics/119; on the BBC corpus "Lord Chancellor" before a peer's name 5 times in 4 articles).
    """
    if len(tokens) < 2 or tokens[0].text not in ("Lord", "Lady"):
        return False
    following = tokens[1]
    return following.is_title and not following.ent_type_ == "PERSON" and is_actor_noun(following)


def _capital_in_a_full_name(word: Token) -> bool:
    """ "Douglas's female co-star Kathleen Turner" after "Michael Douglas": a capital that is a word of a person's
    full name in the article is the person's, not the affiliation of whom it opens the title of
    (the Isle of Man was Kathleen Turner's affiliation; :func:`.places._capital_as_name_word` reads the mention)."""
    form = country_form(word.text)
    if form is None or form.kind != "capital":
        return False
    return word.lower_ in full_name_words(e.text for e in entities(word.doc) if e.label_ == "PERSON" and not e.start <= word.i < e.end)


def _describe(cluster: _Cluster, orgs: dict[str, _Cluster], forms: BodyForms = ()) -> None:
    """Fill a person's roles and affiliation from the titles and appositions of their mentions.

    ``forms`` are the article's organisations as :func:`.employers.body_forms` gives them: a role that names one
    ("analyst at DBS Vickers"), or a name followed by one ("X of UK Athletics"), gives the affiliation where no
    country, tagged body or national title did.
    """
    named = None  # the first organisation of the article a role or the words after a name give
    for m in cluster.mentions:
        ent = m.span
        title = _strip_det(title_tokens(ent)) or _shared_plural_title(ent)
        appos = appositive_role(ent)
        role_sources = [title] if title else []
        if appos is not None:
            role_sources.append(_strip_det([t for t in appos if not (ent.start <= t.i < ent.end)]))
        for tokens in role_sources:
            affil = None
            if opens_with_a_body_possessive(tokens):
                # "Yukos … its founder Mikhail Khodorkovsky": the founder of Yukos, not "its founder"
                owner = body_the_possessive_names(tokens[0], described=(ent.start, ent.end), bodies=orgs.values())
                if owner is not None:
                    affil, tokens = owner, tokens[1:]
            while tokens and country_of(tokens[0].text) and not _capital_in_a_full_name(tokens[0]):
                if _opens_an_event_name(tokens, 0):
                    break  # "French Open champion": the country word is the contest's, not the champion's country
                affil = affil or country_of(tokens[0].text)
                if len(tokens) > 2 and _hyphened_to_participle(tokens[0], tokens[1:]):
                    break  # "London-based travel agent": the place is half of the role's first word, not its country
                tokens = tokens[1:]
            for k, tok in enumerate(tokens):
                if affil is None and tok.ent_type_ in ("GPE", "NORP") and country_of(_entity_text(tok)) and not _opens_an_event_name(tokens, k):
                    affil = country_of(_entity_text(tok))
                if affil is None and k == len(tokens) - 1 and (country := inhabitant_country(tok.text)) is not None:
                    affil = country  # "Frenchman Arnaud Clement", "the Scot": the head noun's country (inhabitant_countries)
                if affil is None and tok.ent_type_ == "ORG" and tok.text.lower() in orgs:
                    # "editor at Mac Format magazine": the longest body's name that opens here, not "Mac" (actors22)
                    affil = body_named_at(tokens, k, forms) or orgs[tok.text.lower()].canonical()
            named = named or body_named_in(tokens, forms)
            if affil is not None and country_of(affil):
                affil = body_employing(tokens, forms) or affil  # "editor of UK magazine Mac Format": the magazine
            while tokens and (tokens[0].dep_ == "case" or tokens[0].is_punct or tokens[0].lower_.rstrip(".") in HONORIFICS):
                if _opens_an_office(tokens):
                    break  # "the Lord Chancellor Lord Falconer": "Lord" is a word of the office, not his honorific
                tokens = tokens[1:]
            # "Lions coach Sir Clive Woodward": the tagger leaves "Sir" out of the name, but it is no word of the office
            # only a capitalised one: "senior law lord Lord Bingham" keeps "law lord", the office
            while tokens and _is_honorific(tokens[-1]):
                tokens = tokens[:-1]
            # "Labour's Ken Livingstone", "eBay's David Stern": a possessor alone is whose the person is, not a role
            possessor_only = bool(tokens) and tokens[-1].tag_ == "POS"
            role = _role_text(tokens) if tokens and not possessor_only else ""
            if role and any(t.pos_ in ("NOUN", "PROPN") for t in tokens) and len(role) > 2:
                cluster.roles.append(role)
            if affil and cluster.affiliation is None:
                cluster.affiliation = affil
        if cluster.affiliation is None:
            cluster.affiliation = _governing_country(ent)
        named = named or body_after_name(ent, forms)
    if cluster.affiliation is None:
        for role in cluster.roles:
            country = national_title_country(role)
            if country:
                cluster.affiliation = country
                break
    if cluster.affiliation is None:
        cluster.affiliation = named  # the last resort: a body the role names, or one named after the name
