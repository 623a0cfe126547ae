"""The skills taxonomy: what skills exist, what they are called, and how they relate.

One skill per JSON line in ``taxonomy/data/*.jsonl``::

    {"id": "pytorch", "name": "PyTorch", "aliases": ["Pytorch", "torch"],
     "category": "ml_ai", "parents": ["deep-learning"], "related": ["tensorflow"]}

Fields (all but ``id``, ``name`` and ``category`` optional):

``id``
    Stable slug, lowercase ``[a-z0-9+#.-]``.
``name``
    Display name; also a surface form.
``aliases``
    Other surface forms: abbreviations, spelling variants, common misspellings.
    Matched case-insensitively (and with simple plural folding).
``category``
    One of :data:`CATEGORIES`.
``parents``
    Broader skills this one implies (PyTorch -> deep learning).
``related``
    Adjacent skills that earn partial credit (TensorFlow for PyTorch).
``guarded``
    Ambiguous surface forms ("Go", "R", "Spark", "Excel") matched only with the
    exact case given here *and* with evidence from ``context`` words nearby, or
    when they sit in a list of other skills.
``context``
    Lowercase words that, found near a guarded form, confirm the skill.
``shared_forms``
    Forms this skill knowingly shares with another skill (e.g. "Swift").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"

CATEGORIES: dict[str, str] = {
    "programming_languages": "Programming languages",
    "frameworks_libraries": "Frameworks and libraries",
    "ml_ai": "ML/AI methods and tools",
    "data_analytics": "Data engineering and analytics",
    "cloud": "Cloud platforms and services",
    "databases": "Databases",
    "devops": "DevOps, infrastructure and observability",
    "security": "Security",
    "web_mobile": "Web and mobile",
    "testing": "Testing and quality",
    "methodologies": "Methodologies and practices",
    "software_engineering": "Software engineering concepts",
    "tools": "Tools and applications",
    "finance": "Finance",
    "accounting": "Accounting",
    "tax": "Tax",
    "human_resources": "Human resources",
    "legal_compliance": "Legal and compliance",
    "marketing_communications": "Marketing and communications",
    "sales": "Sales",
    "operations": "Operations",
    "supply_chain": "Supply chain",
    "sustainability": "Sustainability",
    "design": "Design",
    "management": "Management and leadership",
    "domain": "Industry and domain knowledge",
    "languages": "Spoken languages",
    "soft_skills": "Soft skills",
    "certifications": "Certifications",
}

SOFT_CATEGORIES = {"soft_skills"}
CERTIFICATION_CATEGORIES = {"certifications"}

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9+#.\-]*$")


@dataclass(frozen=True)
class Skill:
    """One skill of the taxonomy."""

    id: str
    name: str
    category: str
    aliases: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    guarded: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    shared_forms: tuple[str, ...] = ()

    @property
    def type(self) -> str:
        """``hard``, ``soft`` or ``certification`` (from the category)."""
        if self.category in SOFT_CATEGORIES:
            return "soft"
        if self.category in CERTIFICATION_CATEGORIES:
            return "certification"
        return "hard"

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """Every form that names this skill: name, aliases and guarded forms."""
        seen: dict[str, None] = {}
        for form in (self.name, *self.aliases, *self.guarded):
            seen.setdefault(form, None)
        return tuple(seen)

    @classmethod
    def from_dict(cls, data: dict) -> Skill:
        def strings(key: str) -> tuple[str, ...]:
            value = data.get(key) or ()
            if isinstance(value, str):
                value = [value]
            return tuple(str(v) for v in value if str(v).strip())

        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            category=str(data.get("category", "tools")),
            aliases=strings("aliases"),
            parents=strings("parents"),
            related=strings("related"),
            guarded=strings("guarded"),
            context=tuple(c.lower() for c in strings("context")),
            shared_forms=strings("shared_forms"),
        )

    def to_dict(self) -> dict:
        data = asdict(self)
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in data.items() if v not in ((), "")}


def slugify(name: str) -> str:
    """A stable id for a skill name: ``"Apache Spark"`` -> ``"apache-spark"``."""
    slug = name.strip().lower()
    slug = slug.replace("&", " and ")
    slug = re.sub(r"[^a-z0-9+#.]+", "-", slug)
    slug = re.sub(r"-{2,}", "-", slug).strip("-.")
    return slug or "skill"


@dataclass
class Taxonomy:
    """An immutable-by-convention collection of skills, indexed for lookups.

    Build one with :meth:`default`, :meth:`load` or :meth:`from_skills`;
    combine with :meth:`merge`.
    """

    skills: dict[str, Skill]
    sources: tuple[str, ...] = ()
    _ancestors: dict[str, dict[str, int]] = field(default_factory=dict, repr=False, compare=False)

    # ---- construction -------------------------------------------------
    @classmethod
    def from_skills(cls, skills: Iterable[Skill], sources: Iterable[str] = ()) -> Taxonomy:
        table: dict[str, Skill] = {}
        for skill in skills:
            table[skill.id] = skill
        return cls(skills=dict(sorted(table.items())), sources=tuple(sources))

    @classmethod
    def load(cls, *paths: str | Path) -> Taxonomy:
        """Read one or more taxonomy files (JSONL) or folders of them.

        Later files override earlier ones skill by skill (same ``id``).
        """
        files: list[Path] = []
        for path in paths:
            path = Path(path)
            if path.is_dir():
                files.extend(sorted(path.glob("*.jsonl")))
            else:
                files.append(path)
        return cls.from_skills(
            (skill for file in files for skill in read_jsonl(file)),
            sources=[str(f) for f in files],
        )

    @classmethod
    def default(cls) -> Taxonomy:
        """The curated taxonomy shipped in ``taxonomy/data``."""
        return cls.load(DATA_DIR)

    def merge(self, other: Taxonomy) -> Taxonomy:
        """A new taxonomy: this one with ``other``'s skills added or replacing ours."""
        merged = dict(self.skills)
        merged.update(other.skills)
        return Taxonomy.from_skills(merged.values(), sources=self.sources + other.sources)

    # ---- lookups ------------------------------------------------------
    def __len__(self) -> int:
        return len(self.skills)

    def __contains__(self, skill_id: object) -> bool:
        return skill_id in self.skills

    def __getitem__(self, skill_id: str) -> Skill:
        return self.skills[skill_id]

    def __iter__(self) -> Iterator[Skill]:
        return iter(self.skills.values())

    @property
    def ids(self) -> list[str]:
        return list(self.skills)

    def surface_forms(self) -> Iterator[tuple[str, str, bool]]:
        """Every ``(form, skill_id, guarded)`` triple."""
        for skill in self.skills.values():
            guarded = set(skill.guarded)
            for form in skill.surface_forms:
                yield form, skill.id, form in guarded

    def ancestors(self, skill_id: str) -> dict[str, int]:
        """Broader skills implied by ``skill_id``, with their distance (1 = parent)."""
        cached = self._ancestors.get(skill_id)
        if cached is not None:
            return cached
        found: dict[str, int] = {}
        frontier = [p for p in self.skills[skill_id].parents if p in self.skills] if skill_id in self.skills else []
        depth = 1
        while frontier:
            next_frontier = []
            for parent in frontier:
                if parent in found or parent == skill_id:
                    continue
                found[parent] = depth
                next_frontier.extend(p for p in self.skills[parent].parents if p in self.skills)
            frontier = next_frontier
            depth += 1
        self._ancestors[skill_id] = found
        return found

    def related(self, skill_id: str) -> set[str]:
        """Skills adjacent to ``skill_id`` in either direction."""
        skill = self.skills.get(skill_id)
        out = {r for r in skill.related if r in self.skills} if skill else set()
        out.update(s.id for s in self.skills.values() if skill_id in s.related)
        out.discard(skill_id)
        return out

    def related_map(self) -> dict[str, set[str]]:
        """``related`` made symmetric, for every skill at once."""
        out: dict[str, set[str]] = {sid: set() for sid in self.skills}
        for skill in self.skills.values():
            for other in skill.related:
                if other in self.skills and other != skill.id:
                    out[skill.id].add(other)
                    out[other].add(skill.id)
        return out

    def depth(self, skill_id: str) -> int:
        """Longest distance to a root (a skill with no parents)."""
        ancestors = self.ancestors(skill_id)
        return max(ancestors.values(), default=0)

    # ---- output -------------------------------------------------------
    def to_jsonl(self, path: str | Path) -> None:
        with open(path, "w", encoding="utf-8") as fh:
            for skill in self.skills.values():
                fh.write(json.dumps(skill.to_dict(), ensure_ascii=False) + "\n")

    def stats(self) -> dict:
        """Counts by category, surface forms and hierarchy depth."""
        by_category: dict[str, int] = {}
        depths: dict[int, int] = {}
        forms = 0
        for skill in self.skills.values():
            by_category[skill.category] = by_category.get(skill.category, 0) + 1
            forms += len(skill.surface_forms)
            d = self.depth(skill.id)
            depths[d] = depths.get(d, 0) + 1
        return {
            "skills": len(self.skills),
            "surface_forms": forms,
            "aliases": sum(len(s.aliases) + len(s.guarded) for s in self.skills.values()),
            "with_parents": sum(1 for s in self.skills.values() if s.parents),
            "with_related": sum(1 for s in self.skills.values() if s.related),
            "guarded": sum(1 for s in self.skills.values() if s.guarded),
            "by_category": dict(sorted(by_category.items(), key=lambda kv: (-kv[1], kv[0]))),
            "depth": dict(sorted(depths.items())),
            "max_depth": max(depths, default=0),
        }


def read_jsonl(path: str | Path) -> Iterator[Skill]:
    """Skills from one JSONL file; blank lines and ``//`` comment lines are skipped."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            try:
                yield Skill.from_dict(json.loads(line))
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{lineno}: not a valid skill entry ({exc})") from exc


def fold_form(form: str) -> str:
    """The key two surface forms share when they are 'the same' ignoring case and spacing."""
    return re.sub(r"[\s\-_.]+", "", form.lower())


def validate(taxonomy: Taxonomy, common_words: Iterable[str] = ()) -> list[str]:
    """Problems in a taxonomy, one message each; an empty list means valid.

    Checks ids, categories, that every parent and related id exists, that
    parents have no cycles, that no surface form is claimed by two skills
    unless both declare it in ``shared_forms``, and that no unguarded form is
    an English stop word or one of ``common_words``.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    problems: list[str] = []
    common = {w.lower() for w in common_words} | set(STOP_WORDS)
    owners: dict[str, set[str]] = {}
    for skill in taxonomy:
        if not _ID_RE.match(skill.id):
            problems.append(f"{skill.id}: id is not a slug")
        if skill.category not in CATEGORIES:
            problems.append(f"{skill.id}: unknown category {skill.category!r}")
        for parent in skill.parents:
            if parent not in taxonomy:
                problems.append(f"{skill.id}: parent {parent!r} does not exist")
            if parent == skill.id:
                problems.append(f"{skill.id}: is its own parent")
        for rel in skill.related:
            if rel not in taxonomy:
                problems.append(f"{skill.id}: related {rel!r} does not exist")
        if skill.guarded and not skill.context:
            problems.append(f"{skill.id}: guarded forms need context words")
        guarded = set(skill.guarded)
        for form in skill.surface_forms:
            if form in guarded:
                continue
            if form.lower() in common:
                problems.append(f"{skill.id}: form {form!r} is a common word; make it guarded with context")
            if len(fold_form(form)) < 2:
                problems.append(f"{skill.id}: form {form!r} is too short to be unguarded")
        for form in skill.surface_forms:
            key = form if form in guarded else form.lower()
            owners.setdefault(key, set()).add(skill.id)
    for form, ids in owners.items():
        if len(ids) > 1:
            undeclared = [i for i in ids if form.lower() not in {f.lower() for f in taxonomy[i].shared_forms}]
            if undeclared:
                problems.append(f"form {form!r} is claimed by {sorted(ids)} without shared_forms")
    problems.extend(_parent_cycles(taxonomy))
    return problems


def _parent_cycles(taxonomy: Taxonomy) -> list[str]:
    state: dict[str, int] = {}
    problems: list[str] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for parent in taxonomy[node].parents:
            if parent not in taxonomy:
                continue
            if state.get(parent) == 1:
                cycle = path[path.index(parent):] + [parent] if parent in path else [node, parent]
                problems.append("parent cycle: " + " -> ".join(cycle))
            elif parent not in state:
                visit(parent, path + [parent])
        state[node] = 2

    for skill_id in taxonomy.ids:
        if skill_id not in state:
            visit(skill_id, [skill_id])
    return problems


__all__ = [
    "CATEGORIES",
    "DATA_DIR",
    "Skill",
    "Taxonomy",
    "fold_form",
    "read_jsonl",
    "slugify",
    "validate",
]
