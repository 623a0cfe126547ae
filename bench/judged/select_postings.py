"""Choose a third set of real pairs to judge by hand: postings as queries, each against 10 resumes.

20 postings chosen by random.Random(2029).sample over postjobfree-postings.jsonl, leaving out the
12 postings already used as queries in pairs-to-judge.jsonl (query == "posting"). For each, a pool
of 10 resumes: the 3 best by plain TF-IDF cosine (the vectorizer of select_pairs.py: English stop
words, sublinear tf, fitted on the postings), the 3 best by the current engine
(Engine.default(as_of=2020-06-01), rank_resumes over an index of all resumes) not already pooled,
and 4 random others (random.Random(2030)). The rows are shuffled (random.Random(2031)); the judge
sees neither the scores nor how a pair was chosen. Run from the repository root:

    python -m bench.judged.select_postings > bench/judged/postings-to-judge.jsonl
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

import numpy as np

from bench.common import load_judgements
from bench.judged.select_pairs import load, tfidf_rows

HERE = Path(__file__).resolve().parent
FIRST_SET = HERE / "pairs-to-judge.jsonl"
GROUPS = 20
POOL_TFIDF = 3
POOL_ENGINE = 3
POOL_RANDOM = 4


def used_posting_queries() -> set[str]:
    """Postings already used as queries in the first set."""
    return {row["posting_id"] for row in load_judgements(FIRST_SET) if row["query"] == "posting"}


def main() -> int:
    from matcher import Engine

    postings = load("postjobfree-postings.jsonl")
    resumes = load("postjobfree-resumes.jsonl")
    used = used_posting_queries()
    candidates = [i for i, p in enumerate(postings) if p["id"] not in used]
    posting_picks = random.Random(2029).sample(candidates, GROUPS)
    xp, xr = tfidf_rows(postings, resumes)
    engine = Engine.default(as_of=dt.date(2020, 6, 1))
    index = engine.index_resumes([r["text"] for r in resumes])
    for i, profile in enumerate(index.profiles):
        profile.id = resumes[i]["id"]
    by_id = {r["id"]: i for i, r in enumerate(resumes)}
    rng = random.Random(2030)
    rows = []
    for p in posting_picks:
        cos = (xr @ xp[p].T).toarray().ravel()
        pool = [int(j) for j in np.argsort(-cos, kind="stable")[:POOL_TFIDF]]
        ranked = engine.rank_resumes(postings[p]["text"], index, top=10)
        pool += [by_id[res.resume_id] for res in ranked if by_id[res.resume_id] not in pool][:POOL_ENGINE]
        others = [j for j in range(len(resumes)) if j not in pool]
        pool += rng.sample(others, POOL_RANDOM)
        rows += [{"resume_id": resumes[j]["id"], "posting_id": postings[p]["id"], "query": "posting"} for j in pool]
    random.Random(2031).shuffle(rows)
    for row in rows:
        sys.stdout.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
