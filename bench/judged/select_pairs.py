"""Choose the real resume/posting pairs to judge by hand (pooled, TREC-style).

For 30 resumes (random.Random(2026) over postjobfree-resumes.jsonl) the pool is the 3 best postings
by plain TF-IDF cosine, the 3 best by the engine (scoring 1.0.0) and 4 random postings; for 12
postings (random.Random(2027) over postjobfree-postings.jsonl) the same the other way round. The
judge sees neither the scores nor how a pair was chosen. Run from the repository root:

    python -m bench.judged.select_pairs > bench/judged/pairs-to-judge.jsonl
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "matching-dev"


def load(name: str) -> list[dict]:
    with open(DEV / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def tfidf_rows(postings: list[dict], resumes: list[dict]):
    """Plain TF-IDF rows of the postings (fitted on them) and of the resumes, as pooled from."""
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    xp = vectorizer.fit_transform([p["text"] for p in postings])
    return xp, vectorizer.transform([r["text"] for r in resumes])


def main() -> int:
    from matcher import Engine

    postings = load("postjobfree-postings.jsonl")
    resumes = load("postjobfree-resumes.jsonl")
    xp, xr = tfidf_rows(postings, resumes)
    engine = Engine.default(as_of=dt.date(2020, 6, 1))
    index = engine.index_postings([p["text"] for p in postings])
    for i, profile in enumerate(index.profiles):
        profile.id = postings[i]["id"]
    resume_picks = random.Random(2026).sample(range(len(resumes)), 30)
    posting_picks = random.Random(2027).sample(range(len(postings)), 12)
    rows = []
    rng = random.Random(2028)
    for r in resume_picks:
        cos = (xp @ xr[r].T).toarray().ravel()
        pool = [int(j) for j in np.argsort(-cos, kind="stable")[:3]]
        ranked = engine.rank_postings(resumes[r]["text"], index, top=10)
        pool += [next(j for j, p in enumerate(postings) if p["id"] == res.posting_id) for res in ranked
                 if next(j for j, p in enumerate(postings) if p["id"] == res.posting_id) not in pool][:3]
        others = [j for j in range(len(postings)) if j not in pool]
        pool += rng.sample(others, 4)
        rows += [{"resume_id": resumes[r]["id"], "posting_id": postings[j]["id"], "query": "resume"} for j in pool]
    resume_index = engine.index_resumes([r["text"] for r in resumes])
    for i, profile in enumerate(resume_index.profiles):
        profile.id = resumes[i]["id"]
    by_id = {r["id"]: i for i, r in enumerate(resumes)}
    for p in posting_picks:
        cos = (xr @ xp[p].T).toarray().ravel()
        pool = [int(j) for j in np.argsort(-cos, kind="stable")[:3]]
        ranked = engine.rank_resumes(postings[p]["text"], resume_index, top=10)
        pool += [by_id[res.resume_id] for res in ranked if by_id[res.resume_id] not in pool][:3]
        others = [j for j in range(len(resumes)) if j not in pool]
        pool += rng.sample(others, 4)
        rows += [{"resume_id": resumes[j]["id"], "posting_id": postings[p]["id"], "query": "posting"} for j in pool]
    rng.shuffle(rows)
    for row in rows:
        sys.stdout.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
