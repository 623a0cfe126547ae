"""Write the labelled pairs the default weights are learned from: ``python -m bench.devpairs -o FILE``.

The pairs come from the development data in ``../shared/data/matching-dev`` and from our judged
sets in ``bench/judged``; the file holds the texts (it is written outside the repository and
never committed). Sets (each weighs the same in ``matcher calibrate``):

``judged``, ``judged_within``
    Our 920 hand-judged real pairs, grades 0-3 (``judged``: 620, ``judged_within``: 300).
``postjobfree``
    100 real resumes each with 10 postings sharing an occupation category (label 1) and 10 not
    (label 0), and 100 postings each with 10 + 10 resumes, drawn with ``random.Random(21)`` from
    documents that are not queries of ``python -m bench quality`` (those use seeds 11 and 12).
``rjdb``
    Every generated job description with its matched resume (label 2) and its near-copy that
    lacks some requirement (label 1); 300 of them also with 3 resumes written for other
    descriptions (label 0).

Then: ``matcher calibrate --pairs FILE --relevant-at 2 --calibration-set judged
--calibration-set judged_within -o matcher/data/weights.json``.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from bench import devsets
from bench.quality import SAMPLE


def pairs() -> list[dict]:
    out: list[dict] = []
    source = devsets.postjobfree()
    if source is None:
        raise SystemExit("../shared/data/matching-dev is missing: nothing to learn from")
    for name in devsets.JUDGED_FILES:
        for row in devsets.judged_rows(name):
            out.append({"set": name, "resume_id": row["resume_id"], "posting_id": row["posting_id"],
                        "resume": source.resumes[row["resume_id"]]["text"],
                        "posting": source.postings[row["posting_id"]]["text"], "label": row["grade"]})
    rng = random.Random(21)
    resume_ids, posting_ids = list(source.resumes), list(source.postings)
    held = set(devsets.sample_ids(resume_ids, SAMPLE, 11)) | set(devsets.sample_ids(posting_ids, SAMPLE, 12))
    cats_r = {k: set(v["categories"]) for k, v in source.resumes.items()}
    cats_p = {k: set(v["categories"]) for k, v in source.postings.items()}
    for queries, candidates, cats_q, cats_c, kind in (
            (resume_ids, posting_ids, cats_r, cats_p, "resume"), (posting_ids, resume_ids, cats_p, cats_r, "posting")):
        chosen = [q for q in rng.sample(queries, len(queries)) if q not in held][:100]
        for query in chosen:
            same = [c for c in candidates if cats_q[query] & cats_c[c] and c not in held]
            other = [c for c in candidates if not cats_q[query] & cats_c[c] and c not in held]
            for candidate, label in [(c, 1) for c in rng.sample(same, 10)] + [(c, 0) for c in rng.sample(other, 10)]:
                resume, posting = (query, candidate) if kind == "resume" else (candidate, query)
                out.append({"set": "postjobfree", "resume_id": resume, "posting_id": posting,
                            "resume": source.resumes[resume]["text"], "posting": source.postings[posting]["text"],
                            "label": label})
    data = devsets.rjdb()
    if data is not None:
        others = list(data.resumes)
        for i, row in enumerate(data.rows):
            posting = data.postings[row["posting"]]["text"]
            candidates = [(row["matched"], 2), (row["unmatched"], 1)]
            if i % 10 < 3:
                candidates += [(r, 0) for r in rng.sample([o for o in others if not o.startswith(row["posting"] + "-")], 3)]
            for resume_id, label in candidates:
                out.append({"set": "rjdb", "resume_id": resume_id, "posting_id": row["posting"],
                            "resume": data.resumes[resume_id]["text"], "posting": posting, "label": label})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.devpairs", description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, required=True, help="where to write the pairs (JSONL)")
    args = parser.parse_args(argv)
    rows = pairs()
    with open(args.output, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} pairs written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
