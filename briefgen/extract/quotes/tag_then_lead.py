"""A quotation glued on after "“…,” said X." whose only cue is the next quotation's colon lead goes on with X.

"“Britain has the right attitude,” said Connors. “The more involved I can be with the LTA, the better. …” LTA chief
executive, John Crowther, added: “The relationship …”" (sport/464); "“We've searched long and hard …,” said UKA chief
executive David Moorcroft. “We have thoroughly tested the candidates. …” Collins said: “It's a great challenge.”"
(sport/043). The BBC text glues a speaker's next paragraph onto the line of his tagged one, so the second segment
has no cue of its own; the small parser hangs its last sentence on the next speaker's "added:" or reads that cue as
trailing it, and the words went to the next speaker (#15: a quotation running over glued paragraphs is one
quotation with one speaker; quotes37's read 12626, 2 errors in one text).

A cue whose colon opens the next quotation is that quotation's lead: it does not tag the words before it. When the
quotation before stands on the same line and only its own closing tag sentence ("said Connors.") lies between the
two, the words are that speaker's, as :func:`.fallback_routes.continues_run` gives a cue-less segment of the line.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..docview import doc_text
from .context import Attribution, Context
from .runs import Run

#: Marks that would show another quotation between the tag and the glued segment.
_MARKS = frozenset("\"“”„«»")


def runs_on_past_tag(
    attribution: Attribution,
    *,
    run: Run,
    next_run: Run | None,
    previous: tuple[Run, Span | None] | None,
    previous_cue: Token | None,
    ctx: Context,
) -> Attribution | None:
    """The previous quotation's speaker, when this quotation's cue is the colon lead of the next one (see the module).

    ``None`` unless the cue stands after the quotation with only a colon between it and the next quotation's mark,
    and the previous quotation ends on the same line with nothing but its tag sentence, holding its cue, before
    this one's opening mark.
    """
    cue = attribution.cue
    if cue is None or next_run is None or previous is None or previous[1] is None or previous_cue is None:
        return None
    text = doc_text(ctx.doc)
    if cue.idx < run.end:
        return None  # a cue before the words, or inside them, is their own
    lead_end, next_open = cue.idx + len(cue.text), next_run.parts[0].open_mark
    if lead_end > next_open or text[lead_end:next_open].strip() != ":":
        return None
    before = previous[0]
    if ctx.lines(before.end) != ctx.lines(run.start):
        return None
    gap_start, gap_end = before.parts[-1].close_mark, run.parts[0].open_mark
    if not gap_start <= previous_cue.idx < gap_end:
        return None  # the tag between the two is not the previous quotation's
    gap = text[gap_start:gap_end].strip()
    if not gap.endswith(".") or ". " in gap[:-1] or any(ch in _MARKS for ch in gap):
        return None  # only one sentence, the tag, stands between them: "said Connors."
    return Attribution(previous[1], None, "run")
