"""The skill matcher's spans carry their match type and confidence, however they are read."""

from matcher.skills import SKILL_GROUP, build_pipeline, span_match
from taxonomy import Taxonomy

TEXT = (
    "Requirements:\n"
    "- 5+ years of Python and scikit learn, Postgre SQL, Kubernetis\n"
    "- Power\nBI dashboards; experience with Go and R\n"
    "Corporate income tax compliance\n"
)


def _doc():
    return build_pipeline(Taxonomy.default())(TEXT)


def test_span_match_reads_what_span_extensions_hold():
    doc = _doc()
    spans = list(doc.spans[SKILL_GROUP]) + list(doc.ents)
    assert len(spans) >= 6
    for span in spans:
        assert span_match(span) == (span._.match_type, span._.confidence)
        match_type, confidence = span_match(span)
        assert match_type in {"exact", "alias", "fuzzy"} and 0 < confidence <= 1


def test_skill_spans_keep_each_way_of_matching():
    doc = _doc()
    by_id = {span.kb_id_: span_match(span) for span in doc.spans[SKILL_GROUP]}
    assert by_id["python"] == ("exact", 1.0)
    assert by_id["scikit-learn"][0] == "fuzzy" and by_id["postgresql"][0] == "fuzzy"
    assert by_id["kubernetes"][0] == "fuzzy" and by_id["kubernetes"][1] < 0.9
    assert by_id["power-bi"] == ("alias", 0.9)  # broken over a line end
    # Overlapping forms both stay in the span group; doc.ents holds only one of them.
    assert {"corporate-tax", "tax-compliance"} <= set(by_id)
    assert len({"corporate-tax", "tax-compliance"} & {span.kb_id_ for span in doc.ents}) == 1
    # Every span's text is the document's text at its offsets.
    for span in doc.spans[SKILL_GROUP]:
        assert span.text == doc.text[span.start_char:span.end_char]


def test_other_entities_are_told_apart_from_skills():
    from spacy.tokens import Span

    from matcher.profile import _has_other_entities

    doc = _doc()
    assert doc.ents and not _has_other_entities(doc)  # skills only
    ents = list(doc.ents)
    org = Span(doc, 2, 3, label="ORG")  # "5", no skill there
    assert not any(e.start <= 2 < e.end for e in ents)
    doc.set_ents(ents + [org])
    assert _has_other_entities(doc)


def test_candidates_are_filtered_as_spacy_filters_spans():
    import random

    from spacy.util import filter_spans

    from matcher.skills import _Candidate, _filter_candidates

    rng = random.Random(2)
    for _ in range(500):
        spans = []
        for i in range(rng.randint(0, 12)):
            start = rng.randint(0, 15)
            spans.append(_Candidate(start, start + rng.randint(1, 4), f"s{i}", start, start))
        assert _filter_candidates(spans) == filter_spans(spans)  # the same objects, in the same order


def test_matcher_reads_the_text_the_tokenizer_was_given():
    """The matcher takes the doc's text from the tokenizer's input, and it is the doc's own text."""
    from matcher.skills import _Tokens

    nlp = build_pipeline(Taxonomy.default())
    for text in ["", " ", "Python, SQL  \n\n and Go ", "  lead\tspace", "C#/.NET (Azure) ... e.g. K8s "]:
        doc = nlp.make_doc(text)
        doc_and_text = nlp.tokenizer.__dict__["last_text"]
        assert doc_and_text[0] is doc
        assert _Tokens(doc, {}, doc_and_text[1]).text == _Tokens(doc, {}).text == doc.text == text
    # A doc made elsewhere (not the tokenizer's last) gets its text from its tokens: the same spans.
    other = nlp.make_doc(TEXT)
    nlp.make_doc("something else")
    assert [(s.text, s.kb_id_) for s in nlp.get_pipe("skill_matcher")(other).spans[SKILL_GROUP]] == \
        [(s.text, s.kb_id_) for s in nlp(TEXT).spans[SKILL_GROUP]]


def test_names_no_skill_reads_only_the_text_around_the_name():
    """:meth:`SkillMatcher._names_no_skill` answers from a window of ``NO_SKILL_REACH`` characters either
    side (and remembers it): the same answer as the checks over the whole text, for every phrase-matched
    name of the fixtures (job titles, teams, languages of use and employer qualities among them)."""
    from pathlib import Path

    from matcher.skills import _Tokens

    nlp = build_pipeline(Taxonomy.default())
    matcher = nlp.get_pipe("skill_matcher")
    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [path.read_text(encoding="utf-8") for path in sorted(fixtures.glob("*/*.txt"))]
    texts += ["We are looking for a Senior Java Developer (m/f/d)", "Python", "our DevOps team uses Go. " * 3]
    answers = set()
    for text in texts:
        doc = nlp.make_doc(text)
        tokens = _Tokens(doc, {})
        for skill_id, start, end in matcher._phrase_matches(doc, tokens.texts):
            span = tokens.candidate(start, end, skill_id)
            expected = matcher._names_no_skill_here(text, span)
            assert matcher._names_no_skill(text, span) == expected, (span.kb_id_, span.start_char)
            assert matcher._names_no_skill(text, span) == expected  # remembered
            answers.add(expected)
    assert answers == {True, False}


def _squashed(nlp, text: str) -> list[tuple[int, int, str]]:
    """The squashed-lookup candidates of ``text`` (step 3 of the matcher), by token offsets and skill."""
    from matcher.skills import _Tokens

    matcher = nlp.get_pipe("skill_matcher")
    doc = nlp.make_doc(text)
    tokens = _Tokens(doc, {})
    found = matcher._squashed_spans(tokens, matcher._token_infos(tokens.texts, tokens.lowers), set())
    return [(span.start, span.end, span.kb_id_) for span in found]


def test_squashed_forms_anywhere_in_a_document():
    """A form squashed over several tokens, or one token spelled without its dots, is found at a
    document's first and last token and across hyphens and dots."""
    nlp = build_pipeline(Taxonomy.default())
    assert _squashed(nlp, "scikit learn") == [(0, 2, "scikit-learn")]
    assert _squashed(nlp, "We use Postgre SQL") == [(2, 4, "postgresql")]
    ends = _squashed(nlp, "Frontend in reactjs")
    assert ends and ends[-1][:2] == (2, 3)
    assert _squashed(nlp, "Models with scikit - learn and Tensor flow.") == [(2, 5, "scikit-learn"), (6, 8, "tensorflow")]


def test_token_lists_hold_each_tokens_text_and_lower(engine):
    """The matcher's token lists (:class:`~matcher.skills._Tokens`) are spaCy's ORTH and LOWER strings,
    the lowercase ones made with ``str.lower`` when the vocabulary's LOWER is that, for new words too."""
    from spacy.attrs import LOWER

    from matcher.skills import _STR_LOWER, _Tokens
    from tests.conftest import POSTINGS, RESUMES

    nlp = engine.nlp
    assert nlp.vocab.lex_attr_getters.get(LOWER) is _STR_LOWER
    texts = [p.read_text(encoding="utf-8") for folder in (POSTINGS, RESUMES) for p in sorted(folder.glob("*.txt"))]
    texts.append("İstanbul ẞTRASSE ǅemal ΣΟΦΙΑ Straße, never-seen-before-word-ZQX KUBERNETES.")
    for text in texts:
        doc = nlp.make_doc(text)
        tokens = _Tokens(doc, {})
        assert tokens.texts == [t.text for t in doc]
        assert tokens.lowers == [t.lower_ for t in doc]
        assert tokens.idx == [t.idx for t in doc]


def test_token_info_squashes_and_reads_punctuation_as_str_does(engine):
    """A token's squashed text leaves out spaces, tabs, line breaks, hyphens, underscores and dots, and
    it is punctuation when ``str.isalnum`` holds for none of its characters (numerals and letters of
    any script are not)."""
    matcher = engine.nlp.get_pipe("skill_matcher")
    for text in ["React.js", "time-series", "C++", "\u2014", "\u2022", "__", "\u00b2", "na\u00efve", "e.g.", "\n\n",
                 "a_b", "\u216b", "\u0661\u0662", "(SQL),", "\t-\n"]:
        squashed, punct, *_ = matcher._token_info(text, text.lower())
        assert squashed == "".join(c for c in text.lower() if c not in " -_.\t\n"), text
        assert punct == (not any(c.isalnum() for c in text)), text


def test_typo_matching_reads_only_the_tokens_that_may_be_typos(engine):
    """A capitalised token of five characters or more (or one with a digit) that is no stop word nor a
    word of a form ("Kubernates" is one, an alias) is matched against the forms for typos ("Kubernetis");
    the others are never tried, and a document's typos are found wherever they stand."""
    matcher = engine.nlp.get_pipe("skill_matcher")
    may_be_typo = {text: matcher._token_info(text, text.lower())[5]
                   for text in ["Kubernetis", "Kubernates", "Kube", "kubernetis", "Because", "Python", "K8s-cluster2",
                                "Node.js", "Elastic-saerch", "Dockr"]}
    assert may_be_typo == {"Kubernetis": True, "Kubernates": False, "Kube": False, "kubernetis": False,
                           "Because": False, "Python": False, "K8s-cluster2": True, "Node.js": False,
                           "Elastic-saerch": True, "Dockr": True}
    doc = engine.nlp("Kubernetis and Terraformm in production, deployed with Elasticsaerch and Ansbile.\nKubernetis")
    assert [(span.text, span.kb_id_, span._.match_type) for span in doc.ents] == [
        ("Kubernetis", "kubernetes", "fuzzy"), ("Terraformm", "terraform", "fuzzy"),
        ("Elasticsaerch", "elasticsearch", "fuzzy"), ("Kubernetis", "kubernetes", "fuzzy")]
