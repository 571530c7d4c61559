"""A name a work noun titles where the tagger read it as a product or a work is that work everywhere (#15, actors20).

"who created controversial TV show Brass Eye … A Brass Eye satire sparked complaints": the tagger read the titled
mention a product and the others a body, and only the body's mentions were tested, so "Brass Eye" was listed as an
organisation (the actors20 held-out read, Random(8484), entertainment/165; BBC: 4 rows in 4 articles, "Submission",
"Shall We Dance", "Y Tu Mama Tambien" besides). The title and apposition tests now read every mention. The tagger's
reading is set on the parse here, as the small model gave it on the BBC text.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from briefgen.extract.actors.works import _names_of_works

pytestmark = pytest.mark.slow


def _with_labels(doc, name: str, labels: tuple[str, ...]):
    """The doc with each mention of ``name`` an entity of the next label of ``labels`` (and no other entity)."""
    words = name.split()
    spans = []
    for i in range(len(doc) - len(words) + 1):
        if [t.text for t in doc[i : i + len(words)]] == words:
            spans.append(Span(doc, i, i + len(words), label=labels[len(spans)]))
    doc.ents = spans
    return doc


@pytest.mark.parametrize(
    "text, name, labels, work",
    [
        ("Comedian Chris Morris created controversial TV show Brass Eye. A Brass Eye satire sparked complaints.", "Brass Eye", ("PRODUCT", "ORG"), True),
        ("The director's controversial film Submission has been pulled. Submission was made with a politician.", "Submission", ("WORK_OF_ART", "PERSON"), True),
        ("She cancelled the promotion of the film Shall We Dance and her album. She is proud of Shall We Dance.", "Shall We Dance", ("PRODUCT", "ORG"), True),
        # no work noun titles the product: a maker's name stays an actor's
        ("The firm sells Acme phones in Europe. Acme said sales rose.", "Acme", ("PRODUCT", "ORG"), False),
        ("Sales of Xbox rose again. Xbox said the games sold well.", "Xbox", ("PRODUCT", "ORG"), False),
    ],
)
def test_a_titled_product_or_work_is_a_work_wherever_named(parse, text, name, labels, work):
    _, doc = parse(f"Test\n{text}\n")
    assert (name in _names_of_works(_with_labels(doc, name, labels))) is work
