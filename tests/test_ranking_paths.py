"""The ranker's shortcuts give the figures of the plain computation, bit for bit: products
through an inverted index without gathering its rows, coverage by skill, and the top few found
by bounding relevance and occupation before computing them."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from matcher import ranking, scoring, vectors
from tests.conftest import POSTINGS, RESUMES


@pytest.fixture(scope="module")
def posting_index(engine):
    return engine.index_postings(sorted(POSTINGS.glob("*.txt")))


@pytest.fixture(scope="module")
def resumes(engine):
    return [engine.profile(path, "resume") for path in sorted(RESUMES.glob("*.txt"))]


@pytest.mark.parametrize("kernel", [True, False])
def test_scatter_rows_is_the_product_of_the_gathered_rows(posting_index, resumes, monkeypatch, kernel):
    if not kernel:  # a scipy without the kernel: the gathered product itself
        monkeypatch.setattr(vectors, "_csc_matvec", None)
    ranker = posting_index.ranker
    n = len(posting_index)
    for resume in resumes:
        query = ranker.text.transform([resume.scoring_text])
        weights = query.data.astype(np.float32)
        gathered = posting_index.words[query.indices].T
        assert vectors.scatter_rows(posting_index.words, query.indices, weights, n).tolist() == \
            (gathered @ weights).tolist()
        ones = gathered.copy()
        ones.data[:] = 1.0
        assert vectors.scatter_rows(posting_index.words, query.indices, weights, n, ones=True).tolist() == \
            (ones @ weights).tolist()


@pytest.mark.parametrize("kernel", [True, False])
def test_gathered_rows_are_scipys_indexing_bit_for_bit(posting_index, monkeypatch, kernel):
    """take_rows, rows_dot and rows_by_column give the arrays and bits of indexing the rows, then
    multiplying or transposing, on random rows (repeats, unsorted, none) of random and real
    matrices; without scipy's kernels, the same through the indexing itself."""
    if not kernel:
        monkeypatch.setattr(vectors, "_csr_matvec", None)
        monkeypatch.setattr(vectors, "_csr_tocsc", None)
    rng = np.random.default_rng(11)
    matrices = [sp.random(300, 40, density=d, format="csr", random_state=k, dtype=np.float32)
                for k, d in enumerate((0.0, 0.05, 0.5))]
    matrices += [posting_index.presence, posting_index.occupations]
    for matrix in matrices:
        vector = rng.random(matrix.shape[1]).astype(matrix.dtype)
        for rows in (np.arange(0), np.arange(matrix.shape[0]), rng.integers(0, matrix.shape[0], 25),
                     np.sort(rng.choice(matrix.shape[0], min(7, matrix.shape[0]), replace=False))):
            assert vectors.rows_dot(matrix, rows, vector).tobytes() == \
                np.asarray(matrix[rows] @ vector).tobytes()
            taken, indexed = vectors.take_rows(matrix, rows), matrix[rows]
            assert taken.shape == indexed.shape and taken.dtype == indexed.dtype
            for part in ("indptr", "indices", "data"):
                assert getattr(taken, part).tolist() == getattr(indexed, part).tolist()
            made, plain = vectors.rows_by_column(matrix, rows), matrix[rows].T.tocsr().astype(np.float64)
            assert made.shape == plain.shape and made.dtype == plain.dtype
            for part in ("indptr", "indices", "data"):
                assert getattr(made, part).tolist() == getattr(plain, part).tolist()


@pytest.mark.parametrize("share", [0.0, 0.3, 1.0])
def test_dense_rows_give_the_scattered_sums_bit_for_bit(posting_index, resumes, share):
    """Rows added from their dense copies, in their turn among the scattered ones, leave every
    bit of the sums as scattering all of them (the fixtures' words and random weights alike)."""
    n = len(posting_index)
    words = posting_index.words
    dense = vectors.DenseRows.of(words, share)
    assert (dense.positions >= 0).sum() == ((np.diff(words.indptr) >= share * n) & (np.diff(words.indptr) > 0)).sum()
    rng = np.random.default_rng(7)
    for resume in resumes:
        query = posting_index.ranker.text.transform([resume.scoring_text])
        for weights in (query.data.astype(np.float32), np.ones(query.nnz, dtype=np.float32),
                        rng.random(query.nnz).astype(np.float32)):
            plain = vectors.scatter_rows(words, query.indices, weights, n)
            assert vectors.scatter_rows(words, query.indices, weights, n, dense=dense).tobytes() == plain.tobytes()


@pytest.mark.parametrize("inverted, dense", [("words", "dense_words"), ("by_title_word", "dense_title_words")])
def test_posting_index_keeps_the_common_words_dense(posting_index, inverted, dense):
    inverted, dense = getattr(posting_index, inverted), getattr(posting_index, dense)
    counts = np.diff(inverted.indptr)
    held = np.flatnonzero(dense.positions >= 0)
    assert held.tolist() == np.flatnonzero(counts >= ranking.DENSE_WORD_SHARE * inverted.shape[1]).tolist()
    assert held.size  # the fixtures share some words, and their titles some trigrams
    assert dense.block.tolist() == inverted[held].toarray().tolist()


def test_relevance_with_a_kept_towards_is_the_same(posting_index, resumes):
    skills = posting_index.ranker.skills
    rows = np.arange(0, len(posting_index), 2)
    for resume in resumes:
        own = posting_index.ranker._own(resume)
        kept = skills.towards(own)
        plain = skills.relevance(posting_index.presence[rows], own)
        assert skills.relevance(posting_index.presence[rows], own, kept).tobytes() == plain.tobytes()
        assert skills.relevance_by_skill(posting_index.by_skill, own, kept).tobytes() == \
            skills.relevance_by_skill(posting_index.by_skill, own).tobytes()


def test_coverage_by_skill_is_the_plain_product(engine, posting_index, resumes):
    skills = posting_index.ranker.skills
    single = posting_index.units.single_by_skill.T.tocsr()  # one row per posting, skills in order
    assert sp.isspmatrix_csr(single)
    members, choices = posting_index.units.choice_members, posting_index.units.choice_weights
    assert members.shape[0]  # the fixtures ask for choices ("Python, Java, or Go") too
    for resume in resumes:
        credits = skills.resume_vector(resume)
        best = np.maximum.reduceat(credits[members.indices], members.indptr[:-1])
        assert posting_index.units.covered(credits).tolist() == (single @ credits + choices @ best).tolist()


@pytest.mark.parametrize("share", [1.0, 0.0])  # the occupation bound kept, or given up for the full product
@pytest.mark.parametrize("top", [1, 2, 4])
def test_bounding_occupation_leaves_the_head_of_the_whole_ranking(posting_index, resumes, monkeypatch, share, top):
    monkeypatch.setattr(ranking, "OCCUPATION_BOUND_SHARE", share)
    monkeypatch.setattr(ranking, "OCCUPATION_BOUND_WORK", 0.0)  # bound occupation whatever it costs
    ranker = posting_index.ranker
    assert ranker._defers_occupation(posting_index, top) == {"occupation"}
    for resume in resumes:
        head = [r.to_dict() for r in ranker.rank_postings(resume, posting_index, top=top)]
        whole = [r.to_dict() for r in ranker.rank_postings(resume, posting_index, top=None)]
        assert head == whole[:top]


def test_bound_sums_bound_the_exact_raw_fit(posting_index, resumes):
    ranker = posting_index.ranker
    occupation = ranker.config.weights["occupation"]
    for resume in resumes:
        components, measures = ranker.posting_components(resume, posting_index)
        total, weight_sum = ranker._bound_sums(measures)  # relevance at 1, occupation left out
        bound = np.maximum(scoring.weighted_mean(total, weight_sum),  # ... or applicable at cosine 1
                           (total + occupation * scoring.soft_scale(1.0, ranker.config.occupation_scale))
                           / (weight_sum + occupation))
        assert (bound >= scoring.raw_fit(components, ranker.config) - 1e-12).all()


@pytest.mark.parametrize("n, k", [(100_000, 40), (100_000, 4), (50_000, 400), (500, 40), (41, 40)])
def test_highest_finds_the_k_highest_values(n, k):
    values = np.random.default_rng(n + k).random(n)
    values[::7] = 0.25  # ties below the head leave it the same
    picked = ranking._highest(values, k)
    assert len(picked) == k and len(set(picked.tolist())) == k
    assert sorted(values[picked].tolist()) == sorted(values)[-k:]


def test_posting_index_denominators_give_the_masked_quotients(posting_index):
    index = posting_index
    prior = index.ranker.skills.coverage_prior
    covered = np.linspace(0.0, 1.0, len(index)) * (index.weight_totals > 0)
    assert (covered / index.coverage_denominators).tolist() == np.divide(
        covered, index.weight_totals + prior, out=np.zeros(len(index)), where=index.weight_totals > 0).tolist()
    assert index.asks_roles.tolist() == (index.asked_roles.counts > 0).tolist()
    assert index.own_titles == (len(set(index.titles)) == len(index))


def test_keep_freed_memory_sets_the_allocator_under_glibc():
    import platform
    import sys

    glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert ranking.keep_freed_memory() is glibc
    assert ranking.keep_freed_memory() is glibc  # the same settings again: still accepted


def test_rounded_is_round_for_every_input():
    """The remembered rounding gives ``round``'s result, of ``round``'s type, whatever was
    rounded before: equal keys of other types and the two zeros are not mixed up."""
    rng = np.random.default_rng(3)
    values = [0.0, -0.0, 1, 1.0, True, np.float64(0.12345), 0.12345, float("nan"), float("inf"), -2.5e-5,
              *rng.normal(size=200).tolist(), *rng.random(50).round(5).tolist()]
    for _ in range(2):  # the second time from the cache
        for value in values:
            for digits in (1, 2, 3, 4):
                got, want = scoring.rounded(value, digits), round(value, digits)
                assert type(got) is type(want)
                assert repr(got) == repr(want)


def test_occupations_from_the_text_counts_are_those_of_their_own_count(posting_index, resumes):
    ranker = posting_index.ranker
    texts = [r.scoring_text for r in resumes]
    counts = ranker.text.counts(texts)
    shared = ranker.occupations.counts_of(ranker.text, counts)
    assert shared is not None  # the engine's two vectorizers share the reference
    for given, plain in ((ranker.occupations.transform(texts, counts=shared), ranker.occupations.transform(texts)),
                         (ranker.text.transform(texts, counts), ranker.text.transform(texts))):
        assert (given.indptr.tolist(), given.indices.tolist()) == (plain.indptr.tolist(), plain.indices.tolist())
        assert given.data.tobytes() == plain.data.tobytes()
    assert ranker.occupations.counts_of(vectors.TextVectorizer(), counts) is None  # another vocabulary


def test_resume_components_from_the_posting_queries_are_those_of_its_own_vectors(engine, resumes):
    """rank_resumes counts a posting's words once for its TF-IDF and occupation rows
    (``Ranker._queries``) and hands them to resume_components: the same cosines, text coverage
    and occupation cosines as vectorising the posting's text with each vectorizer on its own."""
    resume_index = engine.index_resume_profiles(resumes)
    ranker = resume_index.ranker
    n = len(resume_index)
    for path in sorted(POSTINGS.glob("*.txt"))[:6]:
        posting = engine.profile(path, "posting")
        _, measures = ranker.resume_components(posting, resume_index)
        cosines, shared = ranking._inverted(resume_index.words, ranker.text.transform([posting.scoring_text]), n,
                                            shared="query")
        occupation = ranking._inverted(resume_index.by_occupation,
                                       ranker.occupations.transform([posting.scoring_text]), n)[0]
        assert measures["cosine"].tobytes() == cosines.tobytes()
        assert measures["occupation_cosine"].tobytes() == occupation.tobytes()
        assert occupation.any()
        given = ranker.resume_components(posting, resume_index, ranker._queries(posting.scoring_text, True))[1]
        assert all(given[name].tobytes() == values.tobytes() for name, values in measures.items())


def test_dense_product_of_one_row_is_scipys_product_bit_for_bit(posting_index, resumes):
    """_dense_product of a single row (a query) through the gathered rows gives the bits of
    scipy's sparse product, on random rows and on the resumes' TF-IDF rows times the occupation
    matrix (what an occupation query is made of); several rows go through scipy itself."""
    ranker = posting_index.ranker
    matrix_t = ranker.occupations.matrix_t
    rng = np.random.default_rng(5)
    rows = [vectors.weighted(ranker.occupations.counter.transform([r.scoring_text]), ranker.occupations.idf)
            for r in resumes]
    rows += [sp.random(1, matrix_t.shape[0], density=d, format="csr", random_state=rng, dtype=np.float64)
             for d in (0.0, 0.001, 0.01)]
    for row in rows:
        assert vectors._dense_product(row, matrix_t).tobytes() == (row @ matrix_t).toarray().tobytes()
    several = sp.vstack(rows[:3]).tocsr()
    assert vectors._dense_product(several, matrix_t).tobytes() == (several @ matrix_t).toarray().tobytes()


def test_product_arrays_are_scipys_product_bit_for_bit():
    """_product_arrays gives the arrays of scipy's sparse product (entries, their order, bits),
    on random matrices, empty ones, and sums that cancel to zero (left out by both)."""
    rng = np.random.default_rng(17)
    pairs = [(sp.random(m, k, density=d, format="csr", random_state=rng), sp.random(k, n, density=e,
              format="csr", random_state=rng)) for m, k, n, d, e in ((0, 5, 7, 0.5, 0.5), (6, 9, 300, 0.3, 0.05),
                                                                    (40, 120, 1000, 0.1, 0.02), (3, 4, 5, 0.0, 0.5))]
    cancel_a = sp.csr_matrix(np.array([[1.0, -1.0, 0.5]]))
    cancel_b = sp.csr_matrix(np.array([[2.0, 1.0], [2.0, 0.0], [0.0, 4.0]]))
    for a, b in pairs + [(cancel_a, cancel_b)]:
        indptr, indices, data = vectors._product_arrays(a, b)
        plain = a @ b
        assert indptr.tolist() == plain.indptr.tolist() and indices.tolist() == plain.indices.tolist()
        assert data.tobytes() == plain.data.tobytes()
    assert vectors._product_arrays(cancel_a, cancel_b)[1].tolist() == [1]  # 1*2 - 1*2 left out


@pytest.mark.parametrize("kernel", [True, False])
def test_relevance_by_skill_is_the_sparse_product_bit_for_bit(posting_index, resumes, monkeypatch, kernel):
    """relevance_by_skill through the product kernels gives the bits of scipy's product, capped
    and multiplied back (the plain computation), for every resume, all postings and a few rows
    gathered by column, in float64 and in float32."""
    if not kernel:
        monkeypatch.setattr(vectors, "_csr_matmat", None)
    skills = posting_index.ranker.skills
    gathered = vectors.rows_by_column(posting_index.presence, np.arange(1, len(posting_index), 3))
    for resume in resumes:
        own = posting_index.ranker._own(resume)
        if not own.nnz:
            continue
        towards = skills.towards(own)
        for by_skill in (posting_index.by_skill, gathered, gathered.astype(np.float32)):
            reach = towards @ sp.csr_matrix(by_skill, dtype=np.float64)
            np.minimum(reach.data, 1.0, out=reach.data)
            plain = (reach.T @ own.data) / np.asarray(own.sum(axis=1)).ravel()[0]
            assert skills.relevance_by_skill(by_skill, own, towards).tobytes() == plain.tobytes()


def test_also_is_the_mask_and_the_condition():
    """_also gives ``mask & condition`` (values and dtype), a fresh array either way."""
    rng = np.random.default_rng(3)
    for mask in (rng.random(50) > 0.5, np.zeros(0, dtype=bool), np.ones(7, dtype=bool)):
        for condition in (True, False):
            made = ranking._also(mask, condition)
            plain = mask & condition
            assert made.dtype == plain.dtype and made.tolist() == plain.tolist()
            assert made is not mask and not np.shares_memory(made, mask)


def test_skill_weights_are_the_idf_times_the_kind_and_follow_a_refit(engine, resumes):
    """weight_of (and so posting_weights) read from the kept weights give the IDF times the soft
    skill or language factor, for every skill, and are made again after a fit or a new factor."""
    skills = vectors.SkillVectorizer(engine.taxonomy)

    def plain(skill_id: str) -> float:
        kind = skills._kinds[skill_id]
        factor = skills.soft_skill_weight if kind == 1 else skills.language_weight if kind == 2 else 1.0
        return factor * float(skills.idf[skills.index[skill_id]])

    kinds = set()
    for step in range(3):
        if step == 1:
            skills.fit(resumes)
        if step == 2:
            skills.soft_skill_weight, skills.language_weight = 0.7, 0.9
        for skill_id in skills.skill_ids:
            assert skills.weight_of(skill_id) == plain(skill_id)
            kinds.add(skills._kinds[skill_id])
        for resume in resumes:
            expected = {s.id: skills.level_weights.get(s.level or "mentioned", 0.0) * plain(s.id)
                        for s in resume.skills.values() if s.id in skills.index}
            assert skills.posting_weights(resume) == {k: v for k, v in expected.items() if v > 0}
    assert kinds == {0, 1, 2}  # soft skills and languages among them


def _same_csr(a: sp.csr_matrix, b: sp.csr_matrix) -> bool:
    """The same CSR arrays (dtypes included) and the same bits."""
    return (a.shape == b.shape and a.dtype == b.dtype and a.indptr.dtype == b.indptr.dtype
            and a.indices.dtype == b.indices.dtype and a.indptr.tobytes() == b.indptr.tobytes()
            and a.indices.tobytes() == b.indices.tobytes() and a.data.tobytes() == b.data.tobytes())


def test_few_texts_are_counted_and_weighted_as_the_counter_does(posting_index, resumes):
    """few_counts and few_weighted (a ranking's text, titles and held roles) give the counter's
    counts and weighted()'s rows bit for bit: real resume texts and titles, an empty text, words
    outside the vocabulary, repeated words, several texts at once."""
    ranker = posting_index.ranker
    texts = [r.scoring_text for r in resumes] + ["", "zzzqqq unknownword", "C++ C# Node.js python python"]
    for text in texts:
        counts = ranker.text.counts([text])
        expected = ranker.text.counter.transform([text])
        assert _same_csr(counts, expected) and counts.has_sorted_indices
        assert _same_csr(ranker.text.transform([text], counts), vectors.weighted(expected, ranker.text.idf))
    titles = [ranking.normalize_title(t) for r in resumes for t in r.titles if t]
    titles += [ranking.normalize_title(role.title) for r in resumes for role in r.roles if role.title]
    titles += ["", "engineer engineers engineer", "qqqzz"]
    counter, idf = ranker.titles.counter, ranker.titles.idf
    for begin in range(0, len(titles), 5):
        few = titles[begin:begin + 5]
        assert _same_csr(ranker.titles.transform(few), vectors.weighted(counter.transform(few), idf))
    many = titles * (vectors.FEW_TEXTS // max(len(titles), 1) + 1)  # past FEW_TEXTS: the counter itself
    assert _same_csr(ranker.titles.transform(many), vectors.weighted(counter.transform(many), idf))


def test_explain_memo_gives_the_output_of_explaining_each_pair_afresh(posting_index, resumes):
    """explain with one memo for every posting shown with a resume: the same items as without,
    and items that share nothing (changing one result's evidence leaves the next one's alone)."""
    from matcher.gaps import explain

    skills = posting_index.ranker.skills
    for resume in resumes:
        credits = skills.resume_credits(resume)
        memo: dict = {}
        shown = []
        for posting in posting_index.profiles:
            units = skills.posting_units(posting)
            kept = explain(resume, posting, credits, units, memo)
            assert kept == explain(resume, posting, credits, units)
            shown.append(kept)
        items = [item for gaps in shown for item in gaps["matched"] + gaps["partial"]]
        for item in items:
            for evidence in item["resume_evidence"]:
                evidence["text"] = "changed"
        again = explain(resume, posting_index.profiles[0], credits, skills.posting_units(posting_index.profiles[0]), memo)
        assert all(e["text"] != "changed" for item in again["matched"] + again["partial"]
                   for e in item["resume_evidence"])


@pytest.mark.parametrize("kernel", [True, False])
def test_scatter_rows_each_gives_each_set_as_scatter_rows_alone(posting_index, resumes, monkeypatch, kernel):
    """Several weight sets over the same rows (dense rows kept or not): each vector is the one
    scatter_rows makes of that set alone, bit for bit."""
    if not kernel:
        monkeypatch.setattr(vectors, "_csc_matvec", None)
    ranker = posting_index.ranker
    n = len(posting_index)
    for share in (0.0, 0.3, 1.1):  # every row dense, some, none
        dense = vectors.DenseRows.of(posting_index.words, share)
        for resume in resumes:
            query = ranker.text.transform([resume.scoring_text])
            sets = [query.data.astype(np.float32), np.ones(query.nnz, dtype=np.float32), query.data[::-1].copy()]
            each = vectors.scatter_rows_each(posting_index.words, query.indices, sets, n, dense=dense)
            for weights, got in zip(sets, each, strict=True):
                alone = vectors.scatter_rows(posting_index.words, query.indices, weights, n, dense=dense)
                assert got.tobytes() == alone.tobytes()
