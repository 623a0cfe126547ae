"""Step 3, skill extraction: spaCy components that put taxonomy skills in ``doc.ents``.

The pipeline is ``spacy.blank("en")`` (or an installed trained pipeline, when
asked for) plus one registered component:

``skill_matcher``
    Finds skills four ways and keeps the best non-overlapping spans:

    1. a :class:`~spacy.matcher.PhraseMatcher` over the lowercase text of every
       unguarded surface form, with singular and plural variants of its last
       word ("data pipelines" finds "data pipeline"; ``exact`` or ``alias``);
    2. a case-sensitive PhraseMatcher for guarded forms ("Go", "R", "Spark"),
       kept only with a context word nearby or inside a list of other skills;
    3. a squashed lookup that ignores spaces, hyphens and dots across up to
       three tokens ("Tensor flow", "scikit learn", "Postgre SQL": ``fuzzy``);
    4. RapidFuzz on single capitalised tokens for typos ("Kubernates",
       ``fuzzy`` with a lower confidence), above ``fuzzy_threshold``.

    Each span is labelled ``SKILL`` with ``kb_id_`` set to the skill id and
    ``span._.match_type`` / ``span._.confidence`` set.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import spacy
from rapidfuzz import fuzz, process
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from taxonomy import Taxonomy, fold_form

SKILL_LABEL = "SKILL"
SKILL_GROUP = "skills"
LIST_SEPARATORS = {",", "/", "and", "or", "&", "(", ")", ";", "|", "-", ":", "+", "as", "well"}
IMPORTED_PREFIXES = ("esco-", "onet-")
_FUZZY_EXCLUDED_CATEGORIES = {"soft_skills", "languages", "management", "domain"}

if not Span.has_extension("match_type"):
    Span.set_extension("match_type", default=None)
if not Span.has_extension("confidence"):
    Span.set_extension("confidence", default=None)


def number_variants(form: str) -> set[str]:
    """The form with its last word made singular and plural: "data pipeline" <-> "data pipelines"."""
    head, _, last = form.rpartition(" ")
    prefix = head + " " if head else ""
    lower = last.lower()
    variants = {form}
    # Acronyms and short words keep their one form: "ATS" is not the plural of "AT".
    if len(lower) < 4 or not lower.isalpha() or (last.isupper() and len(last) > 1) or \
            any(c.isupper() for c in last[1:]):
        return variants
    if lower.endswith("ies") and len(lower) > 4:
        variants.add(prefix + last[:-3] + "y")
    elif lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ys")):
        variants.add(prefix + last[:-1])
    elif lower.endswith("y") and lower[-2:-1] not in "aeiou":
        variants.add(prefix + last[:-1] + "ies")
    elif lower.endswith(("s", "x", "ch", "sh")):
        variants.add(prefix + last + "es")
    else:
        variants.add(prefix + last + "s")
    return variants


_SQUASH = str.maketrans("", "", " -_.\t\n")


@dataclass(frozen=True)
class FuzzyHit:
    skill_id: str
    score: float


@Language.factory(
    "skill_matcher",
    default_config={"fuzzy": True, "fuzzy_threshold": 88.0, "context_window": 12, "taxonomy_paths": []},
)
def make_skill_matcher(
    nlp: Language, name: str, fuzzy: bool, fuzzy_threshold: float, context_window: int, taxonomy_paths: list[str]
) -> SkillMatcher:
    """Create the matcher; it loads ``taxonomy_paths`` (merged over the default) on first use
    unless :meth:`SkillMatcher.set_taxonomy` is called first."""
    return SkillMatcher(nlp, name, fuzzy=fuzzy, fuzzy_threshold=fuzzy_threshold,
                        context_window=context_window, taxonomy_paths=list(taxonomy_paths))


class SkillMatcher:
    """The ``skill_matcher`` pipeline component (see module docstring).

    Parameters
    ----------
    fuzzy:
        Whether steps 3 and 4 run (default ``True``).
    fuzzy_threshold:
        Minimum RapidFuzz ``ratio`` (0-100) for a typo match (default 88).
    context_window:
        How many tokens either side of a guarded form are searched for its
        context words (default 12; never past the end of the line).
    taxonomy_paths:
        Taxonomy files merged over the default one.
    """

    def __init__(self, nlp: Language, name: str = "skill_matcher", *, fuzzy: bool = True,
                 fuzzy_threshold: float = 88.0, context_window: int = 12, taxonomy_paths: Iterable[str] = ()):
        self.nlp = nlp
        self.name = name
        self.fuzzy = fuzzy
        self.fuzzy_threshold = fuzzy_threshold
        self.context_window = context_window
        self.taxonomy_paths = list(taxonomy_paths)
        self.taxonomy: Taxonomy | None = None
        # Explicitly built caches, keyed by token text: job postings repeat their words, so each
        # distinct token is squashed, classified and typo-checked once (cleared past _CACHE_SIZE).
        self._fuzzy_cache: dict[str, FuzzyHit | None] = {}
        self._token_cache: dict[str, tuple[str, bool, bool, bool, bool]] = {}
        self._typo_cache: dict[str, FuzzyHit | None] = {}
        self._bucket_cache: dict[tuple[str, int], tuple[list[str], list[str]]] = {}

    # ---- building -----------------------------------------------------
    def set_taxonomy(self, taxonomy: Taxonomy) -> None:
        """Compile the matchers for ``taxonomy``."""
        self.taxonomy = taxonomy
        vocab = self.nlp.vocab
        self.phrase = PhraseMatcher(vocab, attr="LOWER")
        self.guarded = PhraseMatcher(vocab, attr="ORTH")
        self.form_kind: dict[tuple[str, str], str] = {}
        self.squashed: dict[str, list[str]] = {}
        self.known_tokens: set[str] = set()
        self.fuzzy_buckets: dict[str, list[tuple[str, str]]] = {}
        unguarded: dict[str, list[str]] = {}
        guarded: dict[str, list[str]] = {}
        stop_words = self.nlp.Defaults.stop_words
        for skill in taxonomy:
            name_key = fold_form(skill.name)
            for form in skill.surface_forms:
                is_guarded = form in skill.guarded
                key = fold_form(form)
                self.form_kind[(skill.id, key)] = "exact" if key == name_key else "alias"
                if is_guarded:
                    guarded.setdefault(skill.id, []).append(form)
                    continue
                unguarded.setdefault(skill.id, []).append(form)
                if len(key) >= 4:
                    ids = self.squashed.setdefault(key, [])
                    if skill.id not in ids:
                        ids.append(skill.id)
                words = form.lower().split()
                self.known_tokens.update(words)
                # Typo matching only against the curated taxonomy: imported lists (ESCO, O*NET) hold
                # thousands of product and place names that typos would land on ("Pinecrest").
                if (len(words) == 1 and len(key) >= 5 and skill.category not in _FUZZY_EXCLUDED_CATEGORIES
                        and form.lower() not in stop_words and not skill.id.startswith(IMPORTED_PREFIXES)):
                    self.fuzzy_buckets.setdefault(key[0], []).append((key, skill.id))
        # Every prefix of a squashed form: a run of tokens whose squashed text is not one can stop.
        self.squashed_prefixes = {key[:end] for key in self.squashed for end in range(1, len(key) + 1)}
        tokenizer = self.nlp.tokenizer
        claimed = {form.lower() for forms in unguarded.values() for form in forms}
        for skill_id, forms in unguarded.items():
            variants = {v.lower() for form in forms for v in number_variants(form)}
            # A variant never steals another skill's own form ("Pandas" is not a plural of "Panda").
            variants = {v for v in variants if v not in claimed or v in {f.lower() for f in forms}}
            self.phrase.add(skill_id, list(tokenizer.pipe(sorted(variants))))
        for skill_id, forms in guarded.items():
            # "in R." tokenizes as one token "R.": single letters also match with their period.
            with_period = [f + "." for f in forms if len(f) == 1]
            self.guarded.add(skill_id, list(tokenizer.pipe(forms + with_period)))
        # The tokenizer caches at most max_cache_size (10,000) chunks and the forms above filled its
        # cache, so no document's words would be cached: tokenizing ran at half speed. Setting its
        # rules (the same ones) empties the cache.
        tokenizer.rules = tokenizer.rules
        for cache in (self._fuzzy_cache, self._token_cache, self._typo_cache, self._bucket_cache):
            cache.clear()

    def _ensure_taxonomy(self) -> Taxonomy:
        if self.taxonomy is None:
            from taxonomy.importers import load_merged

            self.set_taxonomy(load_merged(self.taxonomy_paths))
        assert self.taxonomy is not None
        return self.taxonomy

    # ---- matching -----------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        taxonomy = self._ensure_taxonomy()
        strings = self.nlp.vocab.strings
        # Plain lists of token strings: creating a Token object per token costs more than the matching.
        ids = doc.to_array([ORTH, LOWER]).tolist() if len(doc) else []
        texts = [strings[orth] for orth, _ in ids]
        lowers = [strings[low] for _, low in ids]
        spans: list[Span] = []
        per_span: dict[tuple[int, int], list[str]] = {}
        for match_id, start, end in self.phrase(doc):
            per_span.setdefault((start, end), []).append(strings[match_id])
        for (start, end), owners in per_span.items():
            skill_id = self._pick(lowers, texts, start, end, owners) if len(owners) > 1 else owners[0]
            spans.append(self._span(doc, start, end, skill_id, None, 1.0))
        accepted = filter_spans(spans)
        covered = {i for span in accepted for i in range(span.start, span.end)}

        guarded_spans: list[Span] = []
        doubtful: list[tuple[int, int, str]] = []
        for match_id, start, end in self.guarded(doc):
            if any(i in covered for i in range(start, end)):
                continue
            skill_id = strings[match_id]
            confidence = self._guard_confidence(lowers, texts, start, end, taxonomy[skill_id].context, accepted)
            if confidence:
                guarded_spans.append(self._span(doc, start, end, skill_id, None, confidence))
            else:
                doubtful.append((start, end, skill_id))
        # One sense per document: once "Swift" is confirmed as the language somewhere, a bare
        # "Strong Swift skills" elsewhere in the same document means it too.
        confirmed = {span.kb_id_ for span in accepted} | {span.kb_id_ for span in guarded_spans}
        for start, end, skill_id in doubtful:
            if skill_id in confirmed:
                guarded_spans.append(self._span(doc, start, end, skill_id, None, 0.85))
        accepted = filter_spans(accepted + guarded_spans)
        covered = {i for span in accepted for i in range(span.start, span.end)}

        if self.fuzzy:
            # Squashed multi-token spans compete with shorter exact ones ("scikit learn" beats
            # "scikit"); on equal length the exact span, listed first, wins.
            squashed = self._squashed_spans(doc, texts, lowers, {(span.start, span.end) for span in accepted})
            accepted = filter_spans(accepted + squashed)
            covered = {i for span in accepted for i in range(span.start, span.end)}
            accepted = filter_spans(accepted + self._typo_spans(doc, texts, lowers, covered))

        skill_spans = sorted(accepted, key=lambda s: s.start)
        # The skills also go in a span group of their own: doc.ents may hold a trained pipeline's
        # ORG and DATE entities too.
        doc.spans[SKILL_GROUP] = skill_spans
        if doc.ents:
            occupied = {i for span in skill_spans for i in range(span.start, span.end)}
            others = [e for e in doc.ents if not any(i in occupied for i in range(e.start, e.end))]
            skill_spans = sorted(filter_spans(skill_spans + others), key=lambda s: s.start)
        doc.ents = skill_spans
        return doc

    def _span(self, doc: Doc, start: int, end: int, skill_id: str, match_type: str | None, confidence: float) -> Span:
        span = Span(doc, start, end, label=SKILL_LABEL, kb_id=skill_id)
        if match_type is None:
            match_type = self.form_kind.get((skill_id, fold_form(span.text)), "alias")
        span._.match_type = match_type
        span._.confidence = round(confidence, 3)
        return span

    def _window(self, texts: list[str], start: int, end: int) -> Iterable[int]:
        """Indices of the tokens around ``[start, end)`` on the same line, nearest first."""
        left = start - 1
        right = end
        steps = 0
        left_open = right_open = True
        n = len(texts)
        while steps < self.context_window and (left_open or right_open):
            if left_open:
                if left < 0 or "\n" in texts[left]:
                    left_open = False
                else:
                    yield left
                    left -= 1
            if right_open:
                if right >= n or "\n" in texts[right]:
                    right_open = False
                else:
                    yield right
                    right += 1
            steps += 1

    def _guard_confidence(self, lowers: list[str], texts: list[str], start: int, end: int,
                          context: tuple[str, ...], accepted: list[Span]) -> float:
        """0.9 with a context word nearby, 0.8 inside a list of skills, else 0."""
        words = set(context)
        if any(lowers[i] in words for i in self._window(texts, start, end)):
            return 0.9
        starts = {s.start for s in accepted}
        ends = {s.end for s in accepted}
        # Walk left and right over list separators to a neighbouring skill.
        i = start - 1
        hops = 0
        while i >= 0 and hops < 3 and lowers[i] in LIST_SEPARATORS:
            i -= 1
            hops += 1
        if hops and i + 1 in ends:
            return 0.8
        j = end
        hops = 0
        while j < len(lowers) and hops < 3 and lowers[j] in LIST_SEPARATORS:
            j += 1
            hops += 1
        if hops and j in starts:
            return 0.8
        # A capitalised name in mid-sentence ("experience with React", "built on Spring") is the
        # product, not the word; two capitalised words in a row are more likely a person's name.
        word = texts[start]
        if end - start == 1 and len(word) >= 4 and word[0].isupper() and not word.isupper() and start > 0:
            before = texts[start - 1]
            after = texts[end] if end < len(texts) else ""
            if (before.islower() or before in {",", "(", "/"}) and not (after[:1].isupper() and after.isalpha()):
                return 0.75
        return 0.0

    def _pick(self, lowers: list[str], texts: list[str], start: int, end: int, ids: list[str]) -> str:
        """For a form shared by several skills, the one with most context words nearby."""
        assert self.taxonomy is not None
        window = {lowers[i] for i in self._window(texts, start, end)}
        return max(sorted(ids), key=lambda sid: len(window & set(self.taxonomy[sid].context)))

    def _squashed_spans(self, doc: Doc, texts: list[str], lowers: list[str],
                        taken: set[tuple[int, int]]) -> list[Span]:
        """Spans of 1-3 words whose text, without spaces, hyphens and dots, is a known form."""
        spans: list[Span] = []
        n = len(texts)
        cache = self._token_cache
        # (squashed text, punctuation, stop word, line break, can start a form) per token; a token
        # seen before is a lookup.
        info = [cache.get(text) or self._token_info(text, lower) for text, lower in zip(texts, lowers, strict=True)]
        forms, prefixes = self.squashed, self.squashed_prefixes
        for i in [i for i, token in enumerate(info) if token[4]]:
            key = info[i][0]
            best = None
            # One token spelled without the form's dots or hyphens ("reactjs" for "React.js").
            if len(key) >= 4 and key in forms:
                best = (i + 1, forms[key][0])
            words = 1
            # Up to three words, with hyphens and dots between them ("time-series forecasting").
            for k in range(i + 1, min(i + 6, n)):
                squashed, punct, stop, newline, _ = info[k]
                if newline or (punct and squashed):
                    break
                key += squashed
                if key not in prefixes:  # no known form starts so: longer runs cannot match either
                    break
                if not punct:
                    words += 1
                    if words > 3:
                        break
                    if not stop:
                        ids = forms.get(key)
                        if ids:
                            best = (k + 1, ids[0])
            # Span attributes live in doc.user_data keyed by offsets: never re-create a taken span.
            if best is not None and (i, best[0]) not in taken:
                spans.append(self._span(doc, i, best[0], best[1], "fuzzy", 0.95))
        return spans

    def _token_info(self, text: str, lower: str) -> tuple[str, bool, bool, bool, bool]:
        """``(squashed lowercase text, is punctuation, is a stop word, holds a line break, can start
        a squashed form)`` of a token, remembered by its text (its lowercase form follows from it).
        "as an" must never read as "ASan", nor "at scale" as "AtScale": a stop word starts nothing."""
        squashed = lower.translate(_SQUASH)
        punct = not any(c.isalnum() for c in text)
        stop = lower in self.nlp.Defaults.stop_words
        newline = "\n" in text
        info = (squashed, punct, stop, newline,
                not (punct or stop or newline) and squashed in self.squashed_prefixes)
        _remember(self._token_cache, text, info)
        return info

    def _typo_spans(self, doc: Doc, texts: list[str], lowers: list[str], covered: set[int]) -> list[Span]:
        """One capitalised token within ``fuzzy_threshold`` of a form ("Kubernates")."""
        spans: list[Span] = []
        for i, text in enumerate(texts):
            if len(text) < 5 or i in covered:
                continue
            if text in self._typo_cache:
                hit = self._typo_cache[text]
            else:
                hit = self._typo_candidate(text, lowers[i])
                _remember(self._typo_cache, text, hit)
            if hit is not None:
                spans.append(self._span(doc, i, i + 1, hit.skill_id, "fuzzy", round(0.9 * hit.score / 100, 3)))
        return spans

    def _typo_candidate(self, text: str, lower: str) -> FuzzyHit | None:
        """The typo hit of a token of at least five characters that is capitalised or holds a digit."""
        if not (text[0].isupper() or any(c.isdigit() for c in text)):
            return None
        if lower in self.nlp.Defaults.stop_words or lower in self.known_tokens or not lower.translate(_SQUASH).isalnum():
            return None
        return self._typo(text)

    def _typo(self, text: str) -> FuzzyHit | None:
        key = fold_form(text)
        if key in self._fuzzy_cache:
            return self._fuzzy_cache[key]
        hit = None
        forms, ids = self._bucket(key[0], len(key))
        if forms and key not in self.squashed:
            result = process.extractOne(key, forms, scorer=fuzz.ratio, score_cutoff=self.fuzzy_threshold)
            if result is not None:
                _, score, index = result
                hit = FuzzyHit(ids[index], float(score))
        _remember(self._fuzzy_cache, key, hit)
        return hit

    def _bucket(self, first: str, length: int) -> tuple[list[str], list[str]]:
        """The typo-matchable forms starting with ``first`` within two characters of ``length``
        (in taxonomy order) and their skill ids."""
        bucket = self._bucket_cache.get((first, length))
        if bucket is None:
            pairs = [(form, sid) for form, sid in self.fuzzy_buckets.get(first, ()) if abs(len(form) - length) <= 2]
            bucket = self._bucket_cache[(first, length)] = ([f for f, _ in pairs], [sid for _, sid in pairs])
        return bucket


#: Entries a matcher's token caches hold before they start over.
_CACHE_SIZE = 200_000
#: Chunks the tokenizer caches (spaCy's default is 10,000); a few megabytes.
TOKENIZER_CACHE_SIZE = 200_000


def _remember(cache: dict, key, value) -> None:
    if len(cache) >= _CACHE_SIZE:
        cache.clear()
    cache[key] = value


def skill_spans(doc: Doc) -> list[Span]:
    """Every skill span of a processed doc, in text order."""
    if SKILL_GROUP in doc.spans:
        return list(doc.spans[SKILL_GROUP])
    return [ent for ent in doc.ents if ent.label_ == SKILL_LABEL]


def build_pipeline(taxonomy: Taxonomy, base: str | None = None, *, fuzzy: bool = True,
                   fuzzy_threshold: float = 88.0) -> Language:
    """A spaCy pipeline that tags taxonomy skills.

    ``base`` is ``None`` for ``spacy.blank("en")`` (the default, needs no
    trained model) or the name or path of an installed trained pipeline whose
    entities (ORG, DATE, ...) are kept next to ours.
    """
    nlp = spacy.load(base, exclude=["lemmatizer"]) if base else spacy.blank("en")
    # A batch streams thousands of documents through one pipeline: let the tokenizer remember more
    # than its default 10,000 chunks (words with their punctuation), or new words stop being cached.
    nlp.tokenizer.max_cache_size = max(nlp.tokenizer.max_cache_size, TOKENIZER_CACHE_SIZE)
    matcher = nlp.add_pipe("skill_matcher", last=True, config={"fuzzy": fuzzy, "fuzzy_threshold": fuzzy_threshold})
    matcher.set_taxonomy(taxonomy)
    return nlp
