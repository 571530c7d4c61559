"""The article the outlook class tests wrap a sentence in (#13).

A headline and a plain opening sentence before it make the sentence under
test a body sentence of its own, after the lead, as in a news article.
"""


def article(sentence: str) -> str:
    return f"A Headline About Things\nThe story began as it often does.\n{sentence}\n"
