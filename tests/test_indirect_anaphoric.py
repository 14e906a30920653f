"""Indirect speech taken up by the next sentence (:func:`anaphoric_frame`: … Das teilte
ein Sprecher mit.) and the sentence before a continuation (:func:`continuation`: its
subject or passive agent speaks), on hand-checked parses: no model at test time.

Fixtures are in ``tests/data/conllu/<row id>.conllu``: corrected by hand to a correct UD
German analysis, except ``slip_*``, the small model's parse as it comes (das/dies made
the subject and the speaker the object), kept to show the rule survives that slip.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from _conllu_tools import conllu, parse_of

from quoteattr._candidates import find_candidates
from quoteattr._model import Quote
from quoteattr._parse import Parse
from quoteattr.attribution import attribute_quotes
from quoteattr.attribution._indirect import continuation
from quoteattr.attribution._indirect_anaphora import anaphoric_frame, anaphoric_source
from quoteattr.attribution._indirect_driver import attribute_indirect
from quoteattr.attribution._indirect_syntax import Context


class Expect(NamedTuple):
    """What the rule finds in the row's second sentence, and what comes out."""

    message: str | None  #: the message; None: the rule passes
    word: str | None  #: the speaker head word the rule returns
    cue: str | None  #: the cue lemma
    name: str | None  #: Quote.speaker.name of the indirect quotation; None: none comes out
    rule: str | None  #: Quote.rule


def _run(name: str, text: str) -> tuple[Parse, list[Quote], list[Quote]]:
    parse = parse_of(text, conllu(name))
    candidates = find_candidates(text, ("direct", "indirect"))
    direct = attribute_quotes(parse, [c for c in candidates if c.kind == "direct"])
    indirect = attribute_indirect(parse, [c for c in candidates if c.kind == "indirect"], direct)
    return parse, direct, indirect


def _check(name: str, text: str, rule, expect: Expect) -> None:  # type: ignore[no-untyped-def]
    parse, direct, indirect = _run(name, text)
    findings = rule(parse, 1, Context(tuple(direct), tuple(direct)))
    if expect.message is None:
        assert findings == []
    else:
        [f] = findings
        assert [text[a:b] for a, b in f.message] == [expect.message]
        assert (f.speaker.text if f.speaker else None) == expect.word
        assert (f.cue.lemma if f.cue else None) == expect.cue
    said = [q for q in indirect if expect.message is not None and q.text == expect.message]
    if expect.name is None:
        assert all(q.speaker is None for q in said)
        return
    [q] = said
    assert text[q.start : q.end] == q.text
    assert q.kind == "indirect"
    assert q.speaker is not None
    assert (q.speaker.name, q.rule) == (expect.name, expect.rule)


ANAPHORIC = [
    pytest.param(
        "Die Polizei hat drei Männer festgenommen. Das teilte ein Sprecher am Montag mit.",
        Expect(
            "Die Polizei hat drei Männer festgenommen",
            "Sprecher",
            "mitteilen",
            "ein Sprecher",
            "anaphoric_frame",
        ),
        id="ind_anaph_teilte_mit",
    ),
    pytest.param(
        "Der Bürgermeister tritt im Herbst zurück. Dies bestätigte Anna Berger am Abend.",
        Expect(
            "Der Bürgermeister tritt im Herbst zurück",
            "Anna",
            "bestätigen",
            "Anna Berger",
            "anaphoric_frame",
        ),
        id="ind_anaph_bestaetigte",
    ),
    pytest.param(
        "Die Schule bleibt bis Freitag geschlossen. Das gab die Stadtverwaltung bekannt.",
        Expect(
            "Die Schule bleibt bis Freitag geschlossen",
            "Stadtverwaltung",
            "bekanntgeben",
            "die Stadtverwaltung",
            "anaphoric_frame",
        ),
        id="ind_anaph_gab_bekannt",
    ),
    pytest.param(
        "Der Vertrag wurde um zwei Jahre verlängert. Das wurde vom Verein am Dienstag mitgeteilt.",
        Expect(
            "Der Vertrag wurde um zwei Jahre verlängert",
            "Verein",
            "mitteilen",
            "Verein",
            "anaphoric_frame",
        ),
        id="ind_anaph_passive",
    ),
    pytest.param(
        "Die Zahl der Unfälle ist um zwölf Prozent gestiegen. "
        "Dies geht aus dem Jahresbericht der Polizei hervor.",
        Expect(
            "Die Zahl der Unfälle ist um zwölf Prozent gestiegen",
            "Jahresbericht",
            "hervorgehen",
            "dem Jahresbericht der Polizei",
            "anaphoric_frame",
        ),
        id="ind_anaph_hervorgehen",
    ),
    pytest.param(
        "Die Firma streicht 300 Stellen. Das hat Konzernchef Paul Wagner gesagt.",
        Expect(
            "Die Firma streicht 300 Stellen",
            "Konzernchef",
            "sagen",
            "Paul Wagner",
            "anaphoric_frame",
        ),
        id="ind_anaph_perfekt",
    ),
    pytest.param(
        "Die Schule bleibt bis Freitag geschlossen. Das gab die Stadtverwaltung bekannt.",
        Expect(
            "Die Schule bleibt bis Freitag geschlossen",
            "Stadtverwaltung",
            "bekanntgeben",
            "die Stadtverwaltung",
            "anaphoric_frame",
        ),
        id="slip_anaph_object",
    ),
    # not speech: the verb says nothing, "Das" is an article, the sentence before is a
    # direct quotation (whose speaker the direct rules find)
    pytest.param(
        "Die Brücke ist seit Montag gesperrt. Das ärgert viele Pendler.",
        Expect(None, None, None, None, None),
        id="ind_anaph_neg_no_cue",
    ),
    pytest.param(
        "Die Preise steigen weiter. Das Ministerium teilte die Zahlen am Morgen mit.",
        Expect(None, None, None, None, None),
        id="ind_anaph_neg_article",
    ),
    pytest.param(
        "„Wir sind bereit für das Spiel.“ Das sagte die Trainerin nach dem Training.",
        Expect(None, None, None, None, None),
        id="ind_anaph_neg_direct",
    ),
]


@pytest.mark.parametrize(("text", "expect"), ANAPHORIC)
def test_anaphoric_frame(request: pytest.FixtureRequest, text: str, expect: Expect) -> None:
    _check(request.node.callspec.id, text, anaphoric_frame, expect)


def test_a_quotation_taken_up_by_das_sagte_keeps_its_direct_speaker() -> None:
    text = "„Wir sind bereit für das Spiel.“ Das sagte die Trainerin nach dem Training."
    _, direct, indirect = _run("ind_anaph_neg_direct", text)
    [q] = direct
    assert q.speaker is not None
    assert (q.speaker.mention.text, q.rule) == ("die Trainerin", "cue_in_next_sentence")
    assert indirect == []


CONTINUATION = [
    pytest.param(
        "Die Staatsanwaltschaft erhob Anklage gegen den Kassierer. "
        "Er habe das Geld des Vereins veruntreut.",
        Expect(
            "Er habe das Geld des Vereins veruntreut",
            "Staatsanwaltschaft",
            None,
            "Die Staatsanwaltschaft",
            "continuation",
        ),
        id="ind_cont_org_subject",
    ),
    pytest.param(
        "Der Plan wurde vom Verband scharf kritisiert. Er sei viel zu teuer und komme zu spät.",
        Expect(
            "Er sei viel zu teuer und komme zu spät",
            "Verband",
            None,
            "Verband",
            "continuation",
        ),
        id="ind_cont_passive_agent",
    ),
    pytest.param(
        "Die Schutzgemeinschaft forderte den Rücktritt des Chefs. "
        "Er habe die Firma schlecht geführt.",
        Expect(
            "Er habe die Firma schlecht geführt",
            "Schutzgemeinschaft",
            None,
            "Die Schutzgemeinschaft",
            "continuation",
        ),
        id="ind_cont_speech_subject",
    ),
    pytest.param(
        "Die alte Brücke bebte am Morgen. Sie sei aber sicher.",
        Expect("Sie sei aber sicher", None, None, None, None),
        id="ind_cont_neg_no_speech_subject",
    ),
    pytest.param(
        "Der Trainer verlängerte seinen Vertrag bis 2027. Er möchte nicht zurück nach Spanien.",
        Expect(None, None, None, None, None),
        id="ind_cont_neg_moechte",
    ),
    pytest.param(
        "Die Sängerin hat ihren Vertrag verlängert. Sie möchte noch lange in Wien bleiben.",
        Expect(None, None, None, None, None),
        id="ind_cont_neg_moechte_modal",
    ),
    pytest.param(
        "Die Anwohner beklagten den Lärm der Baustelle. Er sei kaum noch zu ertragen.",
        Expect("Er sei kaum noch zu ertragen", "Anwohner", None, "Die Anwohner", "continuation"),
        id="ind_cont_speech_subject_plural",
    ),
    pytest.param(
        "Der Sturm hat viele Bäume entwurzelt. Die Straßen seien noch nicht frei.",
        Expect("Die Straßen seien noch nicht frei", None, None, None, None),
        id="ind_cont_neg_no_speaker",
    ),
]


@pytest.mark.parametrize(("text", "expect"), CONTINUATION)
def test_continuation_takes_the_speaker_of_the_sentence_before(
    request: pytest.FixtureRequest, text: str, expect: Expect
) -> None:
    _check(request.node.callspec.id, text, continuation, expect)


@pytest.mark.parametrize(
    ("name", "text", "message", "speaker", "kind"),
    [
        pytest.param(
            "ind_source_demnach_statement",
            "Der Sprecher sagte, der Zug sei ausgefallen. Demnach fahren heute keine Züge mehr.",
            "fahren heute keine Züge mehr",
            "Der Sprecher",
            "person",
            id="statement-before",
        ),
        pytest.param(
            "ind_source_demnach_document",
            "Der Bericht der Polizei liegt seit Montag vor. Demnach war der Fahrer betrunken.",
            "war der Fahrer betrunken",
            "Der Bericht der Polizei",
            "document",
            id="document-subject",
        ),
        pytest.param(
            "ind_source_demnach_subject",
            "Die Behörde hat ihren Jahresbericht veröffentlicht. "
            "Demnach sind die Unfälle zurückgegangen.",
            "sind die Unfälle zurückgegangen",
            "Die Behörde",
            "organisation",
            id="organisation-subject",
        ),
    ],
)
def test_anaphoric_source_demnach_stands_for_the_source_before(
    name: str, text: str, message: str, speaker: str, kind: str
) -> None:
    _, _, indirect = _run(name, text)
    [q] = [q for q in indirect if q.rule == "anaphoric_source"]
    assert q.text == message
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == (speaker, kind)
    assert q.speaker.mention.text == "Demnach"  # the word that stands for the source
    assert q.cue is not None
    assert q.cue.lemma == "demnach"


def test_anaphoric_source_needs_a_source_demnach_as_a_consequence_says_nothing() -> None:
    text = "Der Zug kam zu spät an. Demnach verpassten viele Reisende den Anschluss."
    parse, direct, indirect = _run("ind_source_neg_demnach_consequence", text)
    assert anaphoric_source(parse, 1, Context(tuple(direct), tuple(direct))) == []
    assert indirect == []
