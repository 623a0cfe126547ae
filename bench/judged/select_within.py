"""Choose a second set of real pairs to judge: candidates from the *same* occupation category, so
the grades say how well a resume meets a posting's core requirements rather than whether the two
are in the same line of work (the first set, ``select_pairs.py``, mostly tells occupations apart).

20 resumes from the "Software Engineer" category and 10 from "Machinist" or "Technician"
(random.Random(31) over postjobfree-resumes.jsonl, not already in the first set); for each, a pool of
10 postings of a shared category: the 3 best by plain TF-IDF cosine, the 3 best by the share of the
posting's skills the resume shows (the engine's skill extraction, scoring 2.0 development), and 4
random ones. Run from the repository root:

    python -m bench.judged.select_within > bench/judged/within-to-judge.jsonl
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from bench.common import load_judgements
from bench.judged.select_pairs import load

HERE = Path(__file__).resolve().parent


def main() -> int:
    from matcher import Engine

    postings = load("postjobfree-postings.jsonl")
    resumes = load("postjobfree-resumes.jsonl")
    seen = {row["resume_id"] for row in load_judgements(HERE / "pairs-to-judge.jsonl")}
    rng = random.Random(31)
    order = rng.sample(range(len(resumes)), len(resumes))
    software = [i for i in order if "Software Engineer" in resumes[i]["categories"] and resumes[i]["id"] not in seen][:20]
    trades = [i for i in order if {"Machinist", "Technician"} & set(resumes[i]["categories"])
              and resumes[i]["id"] not in seen and i not in software][:10]
    engine = Engine(as_of=dt.date(2020, 6, 1))
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    xp = vectorizer.fit_transform([p["text"] for p in postings])
    posting_skills = {}
    rows = []
    for r in software + trades:
        cats = set(resumes[r]["categories"]) & ({"Software Engineer"} if r in software else {"Machinist", "Technician"})
        candidates = [j for j, p in enumerate(postings) if cats & set(p["categories"])]
        cos = (xp[candidates] @ vectorizer.transform([resumes[r]["text"]]).T).toarray().ravel()
        pool = [candidates[k] for k in np.argsort(-cos, kind="stable")[:3]]
        have = set(engine.profile(resumes[r]["text"], "resume").skills)
        shares = []
        for j in candidates:
            if j not in posting_skills:
                posting_skills[j] = set(engine.profile(postings[j]["text"], "posting").skills)
            asked = posting_skills[j]
            shares.append(len(asked & have) / len(asked) if len(asked) >= 3 else 0.0)
        for k in np.argsort(-np.array(shares), kind="stable"):
            if len(pool) == 6:
                break
            if candidates[k] not in pool:
                pool.append(candidates[k])
        pool += rng.sample([j for j in candidates if j not in pool], 4)
        rows += [{"resume_id": resumes[r]["id"], "posting_id": postings[j]["id"], "query": "resume"} for j in pool]
    for row in rows:
        sys.stdout.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
