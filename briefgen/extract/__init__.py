"""Extractors: plain functions over a parsed spaCy ``Doc``.

Each module has one job and one public function:

* :func:`briefgen.extract.actors.extract_actors` -> :class:`~briefgen.extract.actors.ActorTable`
* :func:`briefgen.extract.quotes.extract_quotes` -> ``list[Quote]``
* :func:`briefgen.extract.demands.extract_demands` -> ``list[Demand]``
* :func:`briefgen.extract.summary.extract_summary` -> ``list[KeyPoint]``
* :func:`briefgen.extract.outlook.extract_outlook` -> ``list[OutlookItem]``

They read the article structure from the ``Doc`` itself (span groups set by
:func:`briefgen.extract.docview.mark_structure`), never from files, so a test
can build a ``Doc`` by hand and call one extractor alone. Extractors that name
actors take a keyword-only ``resolve`` callable (see :data:`docview.Resolver`)
that turns a mention ``Span`` into the actor's canonical name.
"""
