"""SkillSpan (Zhang et al., NAACL 2022) from ``../shared/data/skillspan``: token-overlap precision
and recall of the engine's skill spans against the human-annotated spans.

Each line of ``dev_spans.jsonl`` is one job-posting sentence, already tokenised
(tokens separated by single spaces), with its annotated spans given as strings
that are runs of those tokens::

    {"source": "tech", "posting_idx": 1, "sentence": "... particularly Jenkins Travis and/or CircleCI",
     "skill_spans": [], "knowledge_spans": ["continuous integration", "Jenkins", "Travis", "CircleCI"]}

``knowledge_spans`` are things one knows (Python, AWS, accounting) and
``skill_spans`` things one can do ("work in a team"). A span string is located
as a run of whitespace tokens (the n-th listing of the same string takes the
n-th occurrence). Each sentence goes through ``engine.nlp`` on its own; an
extracted span and a gold span *overlap* when they share at least one
whitespace token.

* span precision: share of extracted skill spans that overlap some gold span;
* span precision on annotated sentences (a variant, reported next to the first, never
  instead of it): the same over sentences with at least one gold span of that set, since
  SkillSpan leaves many sentences (titles, lists) without any annotation;
* span recall: share of gold spans overlapped by some extracted span;
* token precision / recall: the same over whitespace tokens.

SkillSpan annotates degrees as knowledge ("BS/BA degree", "PhD", "MSc in Physics"). The engine
reads them too, as degree facts (:func:`matcher.facts.find_degrees`, what a posting's profile
uses), not as skills; so the extracted spans are the SKILL entities plus the degree mentions
the posting reader finds (``degrees=False`` gives the SKILL entities alone). A degree mention
that overlaps a SKILL span is not counted twice.

A variant, reported next to these figures and never instead of them (``whole_postings``): the
sentences of each posting (``source`` and ``posting_idx``, in file order) joined by line breaks and
read as one posting, the way ``matcher`` reads one: the SKILL entities of the whole text that fall on
a line the posting's profile scores (:attr:`matcher.sections.Line.usable`: not in a boilerplate
section such as the employer's description or the benefits, not a heading, not a repeated line), plus
the degree mentions. It shows what the section reader keeps and drops of what people annotated.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from pathlib import Path

from bench.common import shared_path
from bench.metrics import prf
from matcher import facts
from matcher.sections import line_at, split_lines

SKILL_LABEL = "SKILL"
_TOKEN = re.compile(r"\S+")
GOLD_SETS = {"knowledge": ("knowledge_spans",), "knowledge+skill": ("knowledge_spans", "skill_spans")}


def dev_path(split: str = "dev") -> Path | None:
    """``../shared/data/skillspan/{split}_spans.jsonl``: ``dev`` is measured; ``train`` is where
    misses are looked for (``python -m bench extraction --errors --skillspan-split train``)."""
    return shared_path("data", "skillspan", f"{split}_spans.jsonl")


def load(path: Path, limit: int | None = None) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                rows.append(json.loads(line))
                if limit and len(rows) >= limit:
                    break
    return rows


def sample(rows: list[dict], size: int | None) -> list[dict]:
    """Every k-th sentence, so a sample keeps both sources (deterministic)."""
    if not size or size >= len(rows):
        return rows
    step = len(rows) / size
    return [rows[int(i * step)] for i in range(size)]


def token_offsets(sentence: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(sentence)]


def locate(sentence: str, spans: list[str]) -> tuple[list[tuple[int, int, str]], list[str]]:
    """Character ranges of ``spans`` in ``sentence`` and the spans that could not be found."""
    tokens = [sentence[s:e] for s, e in token_offsets(sentence)]
    offsets = token_offsets(sentence)
    found: list[tuple[int, int, str]] = []
    missing: list[str] = []
    used: Counter = Counter()
    for span in spans:
        words = span.split()
        if not words:
            continue
        hits = [i for i in range(len(tokens) - len(words) + 1) if tokens[i:i + len(words)] == words]
        nth = used[span]
        used[span] += 1
        if hits:
            i = hits[min(nth, len(hits) - 1)]
            found.append((offsets[i][0], offsets[i + len(words) - 1][1], span))
            continue
        at = sentence.find(span)
        if at < 0:
            at = sentence.lower().find(span.lower())
        if at >= 0:
            found.append((at, at + len(span), span))
        else:
            missing.append(span)
    return found, missing


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _tokens_in(offsets: list[tuple[int, int]], span: tuple[int, int]) -> set[int]:
    return {i for i, tok in enumerate(offsets) if _overlaps(tok, span)}


def degree_mentions(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, text, "degree:<level name>")`` of every degree the posting reader finds in ``text``."""
    return [(d.start, d.end, d.text, f"degree:{d.name}") for d in facts.find_degrees(text, split_lines(text, "posting"))]


def degrees_outside(text: str, spans: list[tuple]) -> list[tuple[int, int, str, str]]:
    """The degree mentions of ``text`` (:func:`degree_mentions`) that overlap none of ``spans``."""
    return [d for d in degree_mentions(text) if not any(_overlaps(d[:2], s[:2]) for s in spans)]


def extract(nlp, sentences: list[str], batch_size: int = 256,
            degrees: bool = True) -> list[list[tuple[int, int, str, str]]]:
    """``(start, end, text, skill_id)`` of every SKILL entity, per sentence, and (``degrees``) of
    every degree mention (:func:`degree_mentions`) that overlaps no SKILL entity."""
    out = []
    for text, doc in zip(sentences, nlp.pipe(sentences, batch_size=batch_size), strict=True):
        spans = [(e.start_char, e.end_char, e.text, e.kb_id_) for e in doc.ents if e.label_ == SKILL_LABEL]
        if degrees:
            spans += degrees_outside(text, spans)
            spans.sort()
        out.append(spans)
    return out


def extract_postings(nlp, rows: list[dict]) -> list[list[tuple[int, int, str, str]]]:
    """What :func:`extract` gives, per row of ``rows``, when each posting's sentences (consecutive rows
    with the same ``source`` and ``posting_idx``) are read as one text, a sentence per line: the SKILL
    entities on usable lines (see the module's docstring) and the degree mentions, with offsets
    into each row's sentence."""
    out: list[list[tuple[int, int, str, str]]] = []
    for _key, group in itertools.groupby(rows, key=lambda r: (r.get("source"), r.get("posting_idx"))):
        sentences = [r["sentence"] for r in group]
        text = "\n".join(sentences)
        lines = split_lines(text, "posting")
        doc = nlp(text)
        spans = [(e.start_char, e.end_char, e.text, e.kb_id_) for e in doc.ents if e.label_ == SKILL_LABEL
                 and (line := line_at(lines, e.start_char)) is not None and line.usable]
        spans += degrees_outside(text, spans)
        start = 0
        for sentence in sentences:
            end = start + len(sentence)
            out.append(sorted((a - start, b - start, t, sid) for a, b, t, sid in spans if start <= a < end))
            start = end + 1
    return out


def evaluate(nlp, rows: list[dict], errors: bool = False, top_errors: int = 25, degrees: bool = True,
             whole_postings: bool = False) -> dict:
    """Figures per ``source`` (and ``all``) for each gold set in :data:`GOLD_SETS`; ``degrees`` as
    in :func:`extract`; ``whole_postings`` (default false) reads whole postings
    (:func:`extract_postings`, with degrees) instead of sentence by sentence."""
    extracted = (extract_postings(nlp, rows) if whole_postings
                 else extract(nlp, [r["sentence"] for r in rows], degrees=degrees))
    counters: dict[tuple[str, str], Counter] = {}
    missed_text: dict[str, Counter] = {name: Counter() for name in GOLD_SETS}
    false_text: dict[str, Counter] = {name: Counter() for name in GOLD_SETS}
    missed_examples: dict[str, dict[str, str]] = {name: {} for name in GOLD_SETS}
    false_examples: dict[str, dict[str, str]] = {name: {} for name in GOLD_SETS}
    unlocated = 0
    for row, spans in zip(rows, extracted, strict=True):
        sentence = row["sentence"]
        offsets = token_offsets(sentence)
        for gold_name, keys in GOLD_SETS.items():
            gold_strings = [s for key in keys for s in row.get(key) or []]
            gold, missing = locate(sentence, gold_strings)
            if gold_name == "knowledge":
                unlocated += len(missing)
            gold_ranges = [(s, e) for s, e, _ in gold]
            pred_ranges = [(s, e) for s, e, _, _ in spans]
            pred_hit = [any(_overlaps(p, g) for g in gold_ranges) for p in pred_ranges]
            gold_hit = [any(_overlaps(g, p) for p in pred_ranges) for g in gold_ranges]
            gold_tokens = set().union(*(_tokens_in(offsets, g) for g in gold_ranges)) if gold_ranges else set()
            pred_tokens = set().union(*(_tokens_in(offsets, p) for p in pred_ranges)) if pred_ranges else set()
            for source in (row.get("source", "unknown"), "all"):
                c = counters.setdefault((source, gold_name), Counter())
                c["sentences"] += 1
                c["extracted"] += len(pred_ranges)
                c["extracted_in_gold"] += sum(pred_hit)
                if gold_ranges or missing:
                    c["annotated_sentences"] += 1
                    c["extracted_annotated"] += len(pred_ranges)
                    c["extracted_in_gold_annotated"] += sum(pred_hit)
                c["gold"] += len(gold_ranges) + len(missing)
                c["gold_hit"] += sum(gold_hit)
                c["token_tp"] += len(gold_tokens & pred_tokens)
                c["token_fp"] += len(pred_tokens - gold_tokens)
                c["token_fn"] += len(gold_tokens - pred_tokens)
            if errors:
                for (_s, _e, text, skill_id), hit in zip(spans, pred_hit, strict=True):
                    if not hit:
                        key = f"{text} -> {skill_id}"
                        false_text[gold_name][key] += 1
                        false_examples[gold_name].setdefault(key, sentence)
                for (_s, _e, text), hit in zip(gold, gold_hit, strict=True):
                    if not hit:
                        missed_text[gold_name][text] += 1
                        missed_examples[gold_name].setdefault(text, sentence)
                for text in missing:
                    missed_text[gold_name][text] += 1
    result: dict = {"sentences": len(rows), "unlocated_gold_spans": unlocated, "by_source": {}}
    for (source, gold_name), c in sorted(counters.items()):
        span_p = c["extracted_in_gold"] / c["extracted"] if c["extracted"] else None
        span_r = c["gold_hit"] / c["gold"] if c["gold"] else None
        f1 = 2 * span_p * span_r / (span_p + span_r) if span_p and span_r else (0.0 if c["gold"] else None)
        token = prf(c["token_tp"], c["token_fp"], c["token_fn"])
        annotated_p = (c["extracted_in_gold_annotated"] / c["extracted_annotated"]
                       if c["extracted_annotated"] else None)
        result["by_source"].setdefault(source, {})[gold_name] = {
            "precision": span_p, "recall": span_r, "f1": f1,
            "precision_annotated_sentences": annotated_p, "annotated_sentences": c["annotated_sentences"],
            "token_precision": token["precision"], "token_recall": token["recall"],
            "extracted": c["extracted"], "gold_spans": c["gold"], "sentences": c["sentences"],
        }
    if errors:
        result["errors"] = {
            name: {
                "missed": [{"span": t, "count": n, "example": missed_examples[name].get(t)}
                           for t, n in missed_text[name].most_common(top_errors)],
                "false_positives": [{"extracted": t, "count": n, "example": false_examples[name].get(t)}
                                    for t, n in false_text[name].most_common(top_errors)],
            }
            for name in GOLD_SETS
        }
    return result
