"""Precision filters: "would seem", "would appear" soften a judgement of what is, they foresee nothing (#13); so does a
"might" lending a view of what is to someone who might hold it (:func:`hedged_view`).

"The two options would seem to be more stringent data protection law … or a wave of civil lawsuits", "The stoppages
would appear to be another step in the central government's battle to control projects", "Bellamy's latest outburst
would appear to make his chances of a first-team recall remote": "would" on a verb of seeming with its complement (a
to-infinitive, an adjective or a noun phrase, a "that" clause) is the hedged present, "it seems", in a politer mood;
no condition is imagined and nothing is said to come. "appear" without such a complement is the verb of showing up
and keeps its outlook ("Welch added that he would appear at a church in Bakersfield"); so does a "would seem" whose
complement holds a look ahead of its own ("it would seem unlikely he will play for Newcastle again": the "will" is a
cue of its own).
"""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs of seeming: with a complement they say how things look now.
_SEEMING = frozenset({"seem", "appear"})
#: Forms of "would": "would", "'d".
_WOULD = frozenset({"would", "'d"})


def _complement(verb: Token) -> bool:
    """A complement of seeming: a to-infinitive ("to be"), an adjective, a noun phrase or a "that" clause."""
    for child in verb.children:
        if child.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return True
        if child.dep_ in ("acomp", "attr", "oprd"):
            return True
        if child.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
            return True
    return False


def hedged_seeming(token: Token) -> bool:
    """Whether ``token`` is the "would" of "would seem/appear" with a complement of seeming (see the module)."""
    if token.tag_ != "MD" or token.lower_ not in _WOULD or token.dep_ != "aux":
        return False
    verb = token.head
    return verb.lemma_.lower() in _SEEMING and _complement(verb)



#: Forms of "might" and "may": on a verb of judging they hedge a view of what is.
_MIGHT = frozenset({"might", "may"})
#: Verbs of judging: with "might" a hypothetical view of how things are, the writer's hedge. (The modal cue already
#: reads nothing in "might seem/appear": :data:`~.cues.SEEMING_VERBS`.)
_JUDGING = frozenset({"say", "think", "argue"})
#: Dependents that date a verb: "on Tuesday", "next week", "tomorrow".
_DATING = frozenset({"prep", "npadvmod", "tmod", "advmod"})


def hedged_view(token: Token) -> bool:
    """Whether ``token`` is the "might"/"may" of a hedged view of what is: "Perhaps most compelling - yet some might say
    insignificant - is instantaneous channel flicking", "he has seen his fair share of such claims dashed on the rocks
    of bitter experience and, he might say, the UK's political and electoral system", "Many might think it is simply
    another chance to practice his art" (#13, fiftieth pass: 2 pooled false alarms in 2 articles, sets 37 and 45, and
    the third in the corpus). The writer lends a judgement of the present to someone who might make it; no one is said
    to speak or think later, so the modal foresees nothing, as "would seem" above.

    A verb of judging (say, think, argue) with its content or with none ("he might say, …"), but not dated ("may say
    more on Tuesday" is a speech still to come), and not "think" with no content ("might think twice" is a
    change of mind ahead). A look ahead inside the content keeps its own cue ("some might say the plan will fail")."""
    if token.tag_ != "MD" or token.lower_ not in _MIGHT or token.dep_ != "aux":
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    if lemma not in _JUDGING:
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in _DATING for t in c.subtree):
        return False  # the verb's own time: "may say more on Tuesday"; a date in its content dates the content
    return lemma != "think" or any(c.dep_ == "ccomp" for c in verb.children)
