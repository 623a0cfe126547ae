"""Convert other skill taxonomies to ours, and merge them over the default safely.

Three readers, each returning a :class:`~taxonomy.Taxonomy` that
:meth:`Taxonomy.to_jsonl` writes and :meth:`Taxonomy.load` reads back:

:func:`import_esco`
    ESCO ``skills_en.csv`` (``preferredLabel``, ``altLabels`` separated by
    newlines inside the quoted field, ``skillType``). One skill per row, id
    ``esco-<slug>``. ESCO has no hierarchy in this file and no case
    information, so nothing is guarded: single-word labels that are English
    stop words or everyday words (:data:`COMMON_WORDS`) are dropped instead,
    as are aliases that fold to fewer than 2 characters or run longer than
    :data:`MAX_ALIAS_WORDS` words. Categories come from keyword rules on the
    label (:data:`ESCO_RULES`: "bookkeeping" -> ``accounting``, "recruit" ->
    ``human_resources``, ...); labels no rule matches fall back on their
    ``skillType``: ``knowledge`` -> ``domain`` (industry and domain
    knowledge), ``skill/competence`` -> ``operations`` (how work gets done;
    most ESCO competences are occupational practices such as "supervise
    correctional procedures", which none of our other keys describe better).
:func:`import_onet`
    O*NET ``Technology Skills.txt`` (tab-separated). One skill per distinct
    ``Example`` (a product name, "Adobe Acrobat"), aggregated over
    occupations, id ``onet-<slug>``, category from the most frequent
    ``Commodity Title`` through :data:`ONET_RULES` (default ``tools``).
    O*NET keeps product capitalisation, so a one-word name that is an everyday
    word ("Zoom", "Square", "Puppet") is kept *guarded*, with the commodity
    title's words ("video", "conferencing") as its context. ``Hot Technology``
    is only counted in the report (a skill has nowhere to keep it).
:func:`import_csv`
    A hand-written CSV: ``name``, ``category`` and optional ``aliases``,
    ``parents``, ``related``, ``id``, ``guarded``, ``context`` (lists separated
    by ``;`` or ``|``). Parents and related skills are given by id or by name
    and resolved against the same file first, then the default taxonomy.
    Mistakes (unknown category or parent, a name that is a stop word, a
    duplicate name or id) raise :class:`TaxonomyImportError` naming the row.

Every reader drops a surface form another skill of the same file already
claims (names first, then aliases in file order; compared with :func:`form_key`: case, spacing, hyphens and plural
endings ignored, as the skill matcher compares them) and records every drop
in an :class:`ImportReport`.

:func:`merge_imported` then puts an imported taxonomy over a base one without
claiming any surface form twice: imported forms the base already owns are
dropped, and an imported skill whose *name* the base owns is treated as a
duplicate of that base skill (references to it are redirected there).
"""

from __future__ import annotations

import csv
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from taxonomy import _ID_RE, CATEGORIES, Skill, Taxonomy, fold_form, slugify

MAX_ALIAS_WORDS = 8
"""Aliases longer than this many words are dropped (ESCO has sentence-long ones)."""

EXAMPLES_PER_REASON = 5

# Everyday English words that appear as one-word labels in ESCO or O*NET but
# whose usual meaning in a job posting is *not* the skill ("lead", "access",
# "zoom", "report"). Frequency-free and deliberately conservative: a word is
# here only when a posting that uses it would mostly mean something else.
# spaCy's English stop words are dropped too (see _stop_words()).
_COMMON_WORDS_TEXT = """
abbott access act action address agile air analyze answer apply argument art assembly assess assist
balance bash basic bear best blogger board body book brands break breaking bridge brush build
business cameras campaign care case cash catch cause cents chair challenge change charge check
chef chip choose class clay clean clear climb close coal code colour color come commerce
common community company computer confidence connect content control cops core cost count cover
craft create credit cross culture current cut dance data deal decide deliver demand design develop
diameter diet dig direct document draw drive dust early edge edit education energy engage
equipment estimate event excel experiment express face fact fair fear field figure file fill
film find fire fit fix flow focus follow force form forth forward frame fuel fund game gas
general give gold good grade grant ground group grow guide hair hand handle harvest health hearing
help high hold home honour hope house idea image impact improve industry inform insight
instagram integrity interview iron issue jet join judge julia keep key kind land language law
lead learn level life light line link list live load lock look magic maintain make manage
map mark market master match matter measure media meet method mind mine model moral move music
nature need net network note object offer office open operate order organise organize oxygen
paint paper part pass patterns pay people perform pick pilot pipeline place plan plant play point
pole polish political pool post power practice prepare present press prince print process produce
program project promote protect provide puppet purchase quality question range rate reach react
read record recovery reduce reflect relate report research reserve resistance resource respond
rest return review rights ring rise risk road rock route ruby rule run safe safety salt sand
save scale schedule scheme school science score screen search season secure see sell sense serve
service set shape share shift shiny shoot shooting show sign signing silver sing site skill
sketch snow solve sort sound sounds source space speak spirit spring square staff stage stand
standard start state step stock stone store story strategy stream street structure study
style support surface survey swift system table take talk tanks task teach team term test
text thread tie time tool touch track trade train transfer transport travel travis treat trust
turn twitter type unity update use value view vision voice wall watch water wave way web wild
wildlife win wire word work write yield youtube zone zoom
ant backbone basic beam bottle canvas cassandra chai compass crystal dart dash echo elixir elm ember
envoy fiber flask gin groovy helm hive jasmine jest karma keeper kong logo maple mercury meteor mocha
mode monday nest next notion octave oracle pascal phoenix pig presto prophet rails remote rust sage
scratch shell slack spark spring storm teams vault
allergies autism boxing buddhism childbirth christianity consultation dies electricity ethics football
geography golf grammar hinduism history islam judaism lactation literature logging logic migration
morality nutrition obesity politics prayer pregnancy protein quran reflexion securities security ski
spelling swim tennis terminology torah yoga facebook google irish surgery
"""
COMMON_WORDS: frozenset[str] = frozenset(_COMMON_WORDS_TEXT.split())


class TaxonomyImportError(ValueError):
    """A file that cannot be imported; the message is one line and names the file (and row)."""


# ---------------------------------------------------------------------------
# form keys and the import report
# ---------------------------------------------------------------------------
_SEPARATORS = re.compile(r"([\s\-_.]+)")


def _fold_word(word: str) -> str:
    # The same plural folding as matcher.skills.fold_token (kept in sync by a test).
    if len(word) > 4 and word.isalpha():
        if word.endswith("ies") and len(word) > 5:
            return word[:-3] + "y"
        if word.endswith("s") and not word.endswith(("ss", "us", "is", "ys")):
            return word[:-1]
    return word


@lru_cache(maxsize=1 << 18)
def form_key(form: str) -> str:
    """The key under which two surface forms are 'the same form' for the skill matcher.

    :func:`taxonomy.fold_form` (case, spaces, hyphens, dots ignored) after
    dropping plural endings word by word, so "Data pipelines", "data-pipeline"
    and "DATA PIPELINE" share one key.
    """
    words = _SEPARATORS.split(form.strip().lower())
    return fold_form("".join(_fold_word(w) for w in words))


_ARTICLE = re.compile(r"^(a|an|the) (?=\S)", re.IGNORECASE)


def clean_form(text: str) -> str:
    """A label with surrounding space and quotes removed, inner whitespace collapsed and a
    leading article dropped ("a computer" -> "computer")."""
    text = re.sub(r"\s+", " ", text).strip().strip("\"'").strip()
    return _ARTICLE.sub("", text) if text.count(" ") >= 1 else text


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@dataclass
class ImportReport:
    """What an import kept and dropped; :meth:`summary` is the CLI's stderr line."""

    format: str
    source: str
    rows: int = 0
    skills: int = 0
    forms: int = 0
    guarded: int = 0
    merged_duplicates: int = 0
    skipped_skills: int = 0
    hot: int = 0
    seconds: float = 0.0
    dropped: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def drop(self, reason: str, form: str) -> None:
        self.dropped[reason] += 1
        examples = self.examples.setdefault(reason, [])
        if len(examples) < EXAMPLES_PER_REASON:
            examples.append(form)

    @property
    def dropped_forms(self) -> int:
        return sum(self.dropped.values())

    def count(self, taxonomy: Taxonomy) -> None:
        self.skills = len(taxonomy)
        self.forms = sum(len(s.surface_forms) for s in taxonomy)
        self.guarded = sum(len(s.guarded) for s in taxonomy)

    def to_dict(self) -> dict:
        return {
            "format": self.format, "source": self.source, "rows": self.rows, "skills": self.skills,
            "forms": self.forms, "guarded_forms": self.guarded, "merged_duplicates": self.merged_duplicates,
            "skipped_skills": self.skipped_skills, "hot_technologies": self.hot,
            "dropped_forms": self.dropped_forms, "dropped": dict(self.dropped.most_common()),
            "dropped_examples": self.examples, "warnings": self.warnings, "seconds": round(self.seconds, 3),
        }

    def summary(self) -> str:
        parts = [f"{self.format}: {self.rows:,} rows -> {self.skills:,} skills, {self.forms:,} surface forms"]
        if self.guarded:
            parts.append(f"{self.guarded:,} guarded")
        if self.merged_duplicates:
            parts.append(f"{self.merged_duplicates:,} duplicate rows merged")
        if self.skipped_skills:
            parts.append(f"{self.skipped_skills:,} skills skipped (no usable form)")
        if self.format == "onet":
            parts.append(f"{self.hot:,} hot technologies")
        drops = ", ".join(f"{reason} {n:,}" for reason, n in self.dropped.most_common())
        parts.append(f"dropped {self.dropped_forms:,} forms" + (f" ({drops})" if drops else ""))
        parts.append(f"{self.seconds:.2f} s")
        return "; ".join(parts)


# ---------------------------------------------------------------------------
# building skills with form bookkeeping
# ---------------------------------------------------------------------------
@dataclass
class _Draft:
    id: str
    name: str
    category: str
    aliases: list[str] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    parents: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    guarded: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    row: int = 0

    def lowers(self) -> set[str]:
        return {f.lower() for f in (self.name, *self.aliases, *self.guarded)}

    def skill(self) -> Skill:
        return Skill(id=self.id, name=self.name, category=self.category, aliases=tuple(self.aliases),
                     parents=tuple(_unique(self.parents)), related=tuple(_unique(self.related)),
                     guarded=tuple(self.guarded), context=tuple(_unique(self.context)))


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


class _Builder:
    """Collects skills for one import, dropping forms a skill already added owns."""

    def __init__(self, report: ImportReport, prefix: str = "", *, drop_common: bool = True):
        self.report = report
        self.prefix = prefix
        self.drop_common = drop_common
        self.stop_words = _stop_words()
        self.drafts: dict[str, _Draft] = {}
        self.owner: dict[str, str] = {}  # form key -> draft id

    def reject(self, form: str, *, is_name: bool = False) -> str | None:
        """Why ``form`` cannot be an unguarded surface form, or ``None``."""
        lower = form.lower()
        if len(fold_form(form)) < 2:
            return "too_short"
        if lower in self.stop_words:
            return "stop_word"
        if self.drop_common and " " not in lower and (lower in COMMON_WORDS or form_key(form) in COMMON_WORDS):
            return "common_word"
        if not is_name and len(form.split()) > MAX_ALIAS_WORDS:
            return "too_long"
        return None

    def new_id(self, name: str, wanted: str | None = None) -> str:
        base = wanted or self.prefix + slugify(name)
        skill_id, n = base, 2
        while skill_id in self.drafts:
            skill_id, n = f"{base}-{n}", n + 1
        return skill_id

    def add_forms(self, draft: _Draft, forms: Iterable[str]) -> None:
        for form in forms:
            form = clean_form(form)
            if not form:
                continue
            if form.lower() in draft.lowers():
                continue  # spacing or hyphen variants of one skill's forms are all kept, exact repeats are not
            key = form_key(form)
            reason = self.reject(form)
            if reason is None and self.owner.get(key, draft.id) != draft.id:
                reason = "duplicate"
            if reason:
                self.report.drop(reason, form)
                continue
            draft.aliases.append(form)
            draft.keys.add(key)
            self.owner[key] = draft.id

    def add(self, name: str, aliases: Iterable[str], category: str, *, guard_context: Iterable[str] = (),
            defer_aliases: bool = False) -> tuple[_Draft, list[str]] | None:
        """Add one imported entry: merged into an earlier skill with the same name, else a new skill.

        A name that cannot be a surface form is replaced by the first usable
        alias; with ``guard_context``, a one-word everyday-word name is kept
        as a guarded form with those context words instead. With
        ``defer_aliases`` the aliases are returned with the skill, to be added
        with :meth:`add_forms` once every name is in (so that names win over
        other skills' aliases); otherwise they are added now.
        """
        name = clean_form(name)
        aliases = [clean_form(a) for a in aliases]
        key = form_key(name) if name else ""
        if key and key in self.owner:
            draft = self.drafts[self.owner[key]]
            self.report.merged_duplicates += 1
            if defer_aliases:
                return draft, aliases
            self.add_forms(draft, aliases)
            return None
        reason = self.reject(name, is_name=True) if name else "empty"
        context = [c for c in guard_context if c not in self.stop_words]
        guard = bool(reason in ("common_word", "stop_word") and context and " " not in name
                     and any(c.isupper() for c in name))
        draft = _Draft(id="", name=name, category=category)
        if guard:
            draft.guarded.append(name)
            draft.context.extend(context)
            draft.keys.add(key)
        elif reason:
            self.report.drop(reason, name)
        else:
            draft.keys.add(key)
        remaining = [a for a in aliases if a.lower() != name.lower()]
        if reason and not guard:
            # Promote the first usable alias to be the name.
            for i, alias in enumerate(remaining):
                if alias and self.reject(alias) is None and form_key(alias) not in self.owner:
                    draft.name = alias
                    draft.keys.add(form_key(alias))
                    remaining = remaining[i + 1:]
                    break
            else:
                self.report.skipped_skills += 1
                for alias in remaining:
                    if alias:
                        self.report.drop(self.reject(alias) or "duplicate", alias)
                return None
        draft.id = self.new_id(name or draft.name)
        self.drafts[draft.id] = draft
        for k in draft.keys:
            self.owner[k] = draft.id
        if defer_aliases:
            return draft, remaining
        self.add_forms(draft, remaining)
        return None

    def taxonomy(self, sources: Iterable[str] = ()) -> Taxonomy:
        return Taxonomy.from_skills((d.skill() for d in self.drafts.values()), sources=sources)


# ---------------------------------------------------------------------------
# reading files
# ---------------------------------------------------------------------------
def _open_rows(path: str | Path, fmt: str, required: Iterable[str], delimiter: str | None = ",", *,
               lower: bool = False) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line number, row)`` pairs with header names stripped (and lowercased with ``lower``).

    ``delimiter=None`` picks a tab when the header line has tabs but no commas.
    Errors become :class:`TaxonomyImportError`.
    """
    path = Path(path)
    if not path.is_file():
        raise TaxonomyImportError(f"{path}: no such file")
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            if delimiter is None:
                first = fh.readline()
                fh.seek(0)
                delimiter = "\t" if "\t" in first and "," not in first else ","
            reader = csv.DictReader(fh, delimiter=delimiter)
            header = [h.strip().lower() if lower else h.strip() for h in (reader.fieldnames or [])]
            missing = [c for c in required if c not in header]
            if missing:
                found = ", ".join(header[:8]) or "nothing"
                raise TaxonomyImportError(
                    f"{path}: does not look like {fmt}: missing column(s) {', '.join(missing)} (found: {found})")
            reader.fieldnames = header
            for row in reader:
                yield reader.line_num, {k: (v or "") for k, v in row.items() if isinstance(k, str)}
    except UnicodeDecodeError as exc:
        raise TaxonomyImportError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except csv.Error as exc:
        raise TaxonomyImportError(f"{path}: malformed as {fmt} ({exc})") from exc
    except OSError as exc:
        raise TaxonomyImportError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def _split_list(value: str) -> list[str]:
    return [clean_form(v) for v in re.split(r"[;|]", value or "") if clean_form(v)]


def _first_rule(rules: list[tuple[re.Pattern, str]], text: str) -> str | None:
    for pattern, category in rules:
        if pattern.search(text):
            return category
    return None


def _rules(table: list[tuple[str, str]]) -> list[tuple[re.Pattern, str]]:
    return [(re.compile(pattern), category) for pattern, category in table]


# ---------------------------------------------------------------------------
# ESCO
# ---------------------------------------------------------------------------
ESCO_RULES = _rules([
    # Order matters: the first pattern found in the lowercased preferred label wins.
    (r"\b(tax|taxes|taxation|vat|customs duties)\b", "tax"),
    (r"\b(bookkeeping|accounting|accountancy|accounts|ledger|audit|auditing|payroll records|invoices?)\b",
     "accounting"),
    (r"\b(machine learning|artificial intelligence|neural network|deep learning|natural language processing"
     r"|computer vision)\b", "ml_ai"),
    (r"\b(database|databases|sql|nosql|data ?warehouse|query languages?)\b", "databases"),
    (r"\b(cloud|saas|paas|iaas)\b", "cloud"),
    (r"\b(cyber ?(security|crime|attack|threat)|ict security|information security|encryption|firewall|malware|penetration test|intrusion)",
     "security"),
    (r"\b(software|ict|unit|integration|regression|acceptance|usability|penetration|automated) test"
     r"|\btest automation|\bquality assurance of software", "testing"),
    (r"\b(programming|software development|computer programming|scripting|source code|software design"
     r"|ict system|software architecture|debug)", "software_engineering"),
    (r"\b(web|website|mobile app|mobile application|html|javascript|android|ios)\b", "web_mobile"),
    (r"\b(data analysis|data analytics|analyse data|analyze data|statistics|statistical|data mining"
     r"|business intelligence|data model|big data|data quality|visualis|visualiz)", "data_analytics"),
    (r"\b(ict infrastructure|(ict|computer) networks?|network (administration|architecture|infrastructure"
     r"|equipment|protocols?|management|routing|security|devices)|servers?\b|operating systems?"
     r"|system administration|virtuali[sz]ation|backups?\b)", "devops"),
    (r"\bict\b", "software_engineering"),
    (r"\b(agile|scrum|lean|six sigma|kanban|project management|prince2|waterfall|itil)\b", "methodologies"),
    (r"\b(recruit|recruitment|human resources?|hr|personnel|employee|employees|staff training|onboard"
     r"|payroll|compensation|labour relations|workforce)", "human_resources"),
    (r"\b(legislation|legal|law|laws|regulations?|regulatory|compliance|contracts?|litigation"
     r"|intellectual property|gdpr|court)\b", "legal_compliance"),
    (r"\b(sustainab|environmental|renewable|recycl|waste|emission|climate|energy efficiency|circular economy"
     r"|ecolog|carbon)", "sustainability"),
    (r"\b(supply chain|logistics?|procurement|purchasing|inventory|warehous|stock control|shipping|freight"
     r"|distribution|suppliers?|transport operations)", "supply_chain"),
    (r"\b(financ|budget|investment|banking|insurance|credit|loan|securities|stock market|portfolio"
     r"|treasury|capital|pension|cost|costs|pricing)", "finance"),
    (r"\b(marketing|advertising|advertisement|brand|branding|public relations|social media|promotion"
     r"|promotional|campaign|market research|press|media relations)", "marketing_communications"),
    (r"\b(sales|sell|selling|customers?|clients?|negotiate sale|retail)\b", "sales"),
    (r"\b(design|designs|graphic|user experience|user interface|ux|ui|sketch|drawing)\b", "design"),
    (r"\b(lead a team|leadership|lead teams|manage staff|supervise staff|manage a team|manage teams"
     r"|coach employees|delegate|strategic planning|manage personnel)\b", "management"),
    (r"^(work in (a )?teams?|teamwork|think critically|critical thinking|adapt to change|show empathy"
     r"|demonstrate empathy|manage time|time management|cope with|communicate|communication|listen actively"
     r"|active listening|show initiative|be creative|think creatively|solve problems|problem solving"
     r"|demonstrate willingness to learn|show resilience|assertiveness|integrity|self-|emotional intelligence"
     r"|work independently|meet deadlines|show commitment|negotiate|persuade|motivate others)",
     "soft_skills"),
    (r"\b(english|french|german|spanish|italian|portuguese|chinese|mandarin|japanese|korean|russian"
     r"|arabic|dutch|polish|swedish|greek|turkish|hindi|latin)\b", "languages"),
    (r"\b(manage|supervise|coordinate|lead|oversee|direct|plan)\b", "management"),
])


_ESCO_LANGUAGE = re.compile(r"^(understand (written|spoken)|write|read|speak|interact verbally in) [A-Z][a-z]+$")


def esco_category(label: str, skill_type: str = "") -> str:
    """The category of an ESCO label: a keyword rule, else ``knowledge`` -> domain, else operations."""
    if _ESCO_LANGUAGE.match(label.strip()):
        return "languages"
    category = _first_rule(ESCO_RULES, label.lower())
    if category:
        return category
    return "domain" if skill_type.strip().lower() == "knowledge" else "operations"


GENERIC_LABEL_WORD_COUNT = 10
"""A word found in this many ESCO preferred labels is too generic to be a one-word alias ("engineering")."""

GENERIC_PHRASE_WORD_COUNT = 15
"""Words found in this many ESCO preferred labels count as generic in :func:`_esco_alias_reason`."""

_WORD = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"\d")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _resembles(alias: str, label: str) -> bool:
    """Whether a one-word ``alias`` is a spelling variant of ``label`` or of one of its words."""
    from rapidfuzz import fuzz

    key = form_key(alias)
    if fuzz.ratio(key, form_key(label)) >= 75:
        return True
    for word in _words(label):
        if len(word) < 3:
            continue
        if fuzz.ratio(key, word) >= 75 or (len(word) >= 5 and key[:5] == word[:5]):
            return True
    return False


def _esco_alias_reason(alias: str, label: str, label_count: Counter, stop_words: frozenset[str]) -> str | None:
    """Why an ESCO alt label should be dropped, or ``None`` to keep it.

    ESCO often lists a broader or loosely related term as an alt label, and
    such a term matches in almost every posting:

    ``generic_word``
        a one-word alias used in :data:`GENERIC_LABEL_WORD_COUNT` or more
        preferred labels ("engineering" for "packaging engineering");
    ``label_word``
        a lowercase one-word alias that is just one word of a longer label
        ("collection" for "art collections");
    ``unrelated_word``
        a lowercase one-word alias that is not a spelling variant of the
        label ("prediction" for "similitude"); words with capitals or digits
        look like product names or acronyms ("XPath", "AWK") and are kept;
    ``generic_phrase``
        an alias of at most two content words, each used in
        :data:`GENERIC_PHRASE_WORD_COUNT` or more labels, that leaves out a
        rarer word of its label ("manage infrastructure" for "monitor
        swimming pool infrastructure", "technical teams" for "coordinate
        technical teams in artistic productions").
    """
    raw_words = _words(alias)
    words = [_fold_word(w) for w in raw_words]
    if not words:
        return None
    lower = alias == alias.lower() and not _DIGIT.search(alias)
    raw_label = _words(label)
    label_words = [_fold_word(w) for w in raw_label]
    if len(words) == 1 and " " not in alias.strip():
        if label_count[words[0]] >= GENERIC_LABEL_WORD_COUNT:
            return "generic_word"
        if not lower:
            return None
        if len(label_words) > 1 and words[0] in label_words:
            return "label_word"
        return None if _resembles(alias, label) else "unrelated_word"
    content = {w for w, raw in zip(words, raw_words, strict=True) if raw not in stop_words}
    if lower and 0 < len(content) <= 2 and all(label_count[w] >= GENERIC_PHRASE_WORD_COUNT for w in content):
        label_content = {w for w, raw in zip(label_words, raw_label, strict=True) if raw not in stop_words}
        if any(label_count[w] < GENERIC_PHRASE_WORD_COUNT for w in label_content - content):
            return "generic_phrase"
    return None


def import_esco(path: str | Path, *, report: ImportReport | None = None) -> Taxonomy:
    """An ESCO ``skills_en.csv`` as a taxonomy (ids ``esco-*``); see the module docstring."""
    report = report if report is not None else ImportReport("esco", str(path))
    started = time.perf_counter()
    rows: list[tuple[str, list[str], str]] = []
    label_count: Counter = Counter()
    for _line, row in _open_rows(path, "an ESCO skills CSV", ("preferredLabel", "altLabels")):
        report.rows += 1
        name = clean_form(row.get("preferredLabel", ""))
        if not name:
            report.drop("empty", "")
            report.skipped_skills += 1
            continue
        rows.append((name, (row.get("altLabels") or "").splitlines(), row.get("skillType", "")))
        label_count.update({_fold_word(w) for w in _words(name)})
    builder = _Builder(report, prefix="esco-")
    pending: list[tuple[_Draft, list[str]]] = []
    for name, alt_labels, skill_type in rows:
        aliases = []
        for alias in alt_labels:
            alias = clean_form(alias)
            if not alias or alias.lower() == name.lower():
                continue
            # Stop words, short and long forms are dropped (and counted) by the builder.
            reason = builder.reject(alias) is None and _esco_alias_reason(alias, name, label_count,
                                                                           builder.stop_words)
            if reason:
                report.drop(reason, alias)
            else:
                aliases.append(alias)
        added = builder.add(name, aliases, esco_category(name, skill_type), defer_aliases=True)
        if added:
            pending.append(added)
    # Every preferred label is claimed before any alt label: a label names its own skill even when
    # an earlier skill lists it as an alternative.
    for draft, aliases in pending:
        builder.add_forms(draft, aliases)
    taxonomy = builder.taxonomy(sources=[str(path)])
    report.count(taxonomy)
    report.seconds = time.perf_counter() - started
    return taxonomy


# ---------------------------------------------------------------------------
# O*NET
# ---------------------------------------------------------------------------
ONET_RULES = _rules([
    (r"tax preparation", "tax"),
    (r"time accounting|human resources", "human_resources"),
    (r"accounting|audit", "accounting"),
    (r"financial analysis|risk management", "finance"),
    (r"compliance|legal", "legal_compliance"),
    (r"customer relationship|sales and marketing", "sales"),
    (r"supply chain|inventory|procurement|shipping|bar coding", "supply_chain"),
    (r"enterprise resource planning|point of sale|industrial control|manufacturing execution"
     r"|facilities management|procedure management", "operations"),
    (r"data base reporting|business intelligence|data mining|analytical or scientific|charting"
     r"|metadata management|data conversion", "data_analytics"),
    (r"data base|database", "databases"),
    (r"cloud-based protection|security|virus|authentication|virtual private network", "security"),
    (r"cloud-based", "cloud"),
    (r"program testing", "testing"),
    (r"object or component oriented development|compiler", "programming_languages"),
    (r"development environment|graphical user interface development|enterprise application integration"
     r"|requirements analysis", "software_engineering"),
    (r"web platform development|web page creation|mobile", "web_mobile"),
    (r"operating system|configuration management|network monitoring|clustering|application server"
     r"|enterprise system management|storage|backup|filesystem|device drivers|switch or router"
     r"|file versioning|transaction server|communications server|portal server|network|lan software"
     r"|wan switching|software defined|gateway", "devops"),
    (r"computer aided design|computer aided manufacturing|graphics|photo imaging|video creation"
     r"|desktop publishing|pattern design|music or sound|computer imaging|process mapping and design",
     "design"),
    (r"project management", "methodologies"),
    (r"medical", "domain"),
])

_ONET_CONTEXT_DROP = {"software", "system", "systems", "or", "and", "based", "services", "specific", "data"}


def onet_category(commodity_title: str) -> str:
    """The category of an O*NET commodity title via :data:`ONET_RULES` (default ``tools``)."""
    return _first_rule(ONET_RULES, commodity_title.lower()) or "tools"


def _title_context(title: str) -> list[str]:
    words = re.findall(r"[a-z][a-z0-9+#]*", title.lower())
    return [w for w in words if w not in _ONET_CONTEXT_DROP and len(w) > 2]


def import_onet(path: str | Path, *, report: ImportReport | None = None) -> Taxonomy:
    """An O*NET ``Technology Skills.txt`` as a taxonomy (ids ``onet-*``); see the module docstring."""
    report = report if report is not None else ImportReport("onet", str(path))
    started = time.perf_counter()
    titles: dict[str, Counter] = {}
    hot: set[str] = set()
    for _line, row in _open_rows(path, "an O*NET Technology Skills file", ("Example", "Commodity Title"),
                                 delimiter="\t"):
        report.rows += 1
        example = clean_form(row["Example"])
        if not example:
            report.drop("empty", "")
            continue
        titles.setdefault(example, Counter())[clean_form(row["Commodity Title"])] += 1
        if row.get("Hot Technology", "").strip().upper() == "Y":
            hot.add(example)
    report.hot = len(hot)
    builder = _Builder(report, prefix="onet-")
    for example in sorted(titles):
        title = min(titles[example].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        builder.add(example, (), onet_category(title), guard_context=_title_context(title))
    taxonomy = builder.taxonomy(sources=[str(path)])
    report.count(taxonomy)
    report.seconds = time.perf_counter() - started
    return taxonomy


# ---------------------------------------------------------------------------
# simple CSV
# ---------------------------------------------------------------------------
_CATEGORY_BY_LABEL = {label.lower(): key for key, label in CATEGORIES.items()}


def _category(value: str) -> str | None:
    value = value.strip()
    key = value.lower().replace(" ", "_").replace("-", "_")
    if key in CATEGORIES:
        return key
    return _CATEGORY_BY_LABEL.get(value.lower())


def import_csv(path: str | Path, *, base: Taxonomy | None = None, report: ImportReport | None = None) -> Taxonomy:
    """A hand-written CSV (name, aliases, category, parents, related, id, guarded, context) as a taxonomy.

    Ids are the ``id`` column or ``slugify(name)`` (no prefix: a row may
    deliberately replace a default skill by giving its id). Parents and related
    skills named by id or by a surface form are resolved against this file,
    then against ``base`` (default: :meth:`Taxonomy.default`, loaded only when
    needed).
    """
    path = Path(path)
    report = report if report is not None else ImportReport("csv", str(path))
    started = time.perf_counter()
    builder = _Builder(report, drop_common=False)
    refs: dict[str, tuple[int, list[str], list[str]]] = {}
    for line, row in _open_rows(path, "a skills CSV", ("name", "category"), delimiter=None, lower=True):
        report.rows += 1
        where = f"{path}: line {line}"
        name = clean_form(row.get("name", ""))
        if not name:
            if not any(v.strip() for v in row.values()):
                continue
            raise TaxonomyImportError(f"{where}: empty name")
        category = _category(row.get("category", ""))
        if category is None:
            raise TaxonomyImportError(
                f"{where}: unknown category {row.get('category', '')!r} for {name!r} (use one of: "
                f"{', '.join(CATEGORIES)})")
        wanted = row.get("id", "").strip()
        if wanted and not _ID_RE.match(wanted):
            raise TaxonomyImportError(f"{where}: id {wanted!r} is not a slug (lowercase a-z 0-9 + # . -)")
        skill_id = wanted or slugify(name)
        if skill_id in builder.drafts:
            raise TaxonomyImportError(f"{where}: duplicate id {skill_id!r} (from {name!r})")
        key = form_key(name)
        if key in builder.owner:
            raise TaxonomyImportError(f"{where}: {name!r} is already a form of {builder.owner[key]!r}")
        guarded = _split_list(row.get("guarded", ""))
        context = [c.lower() for c in _split_list(row.get("context", ""))]
        if guarded and not context:
            raise TaxonomyImportError(f"{where}: guarded forms of {name!r} need context words")
        draft = _Draft(id=skill_id, name=name, category=category, row=line)
        guarded_keys = {form_key(g) for g in guarded}
        if key not in guarded_keys:
            reason = builder.reject(name, is_name=True)
            if reason:
                raise TaxonomyImportError(
                    f"{where}: name {name!r} is a {reason.replace('_', ' ')}; list it under guarded with context "
                    f"words or use a longer name")
        for form in guarded:
            if form_key(form) in builder.owner:
                report.drop("duplicate", form)
                continue
            draft.guarded.append(form)
        draft.context = context
        draft.keys = {key} | {form_key(g) for g in draft.guarded}
        builder.drafts[skill_id] = draft
        for k in draft.keys:
            builder.owner[k] = skill_id
        builder.add_forms(draft, [a for a in _split_list(row.get("aliases", "")) if form_key(a) not in guarded_keys])
        refs[skill_id] = (line, _split_list(row.get("parents", "")), _split_list(row.get("related", "")))

    lazy_base: list[Taxonomy] = [base] if base is not None else []

    def base_taxonomy() -> Taxonomy:
        if not lazy_base:
            lazy_base.append(Taxonomy.default())
        return lazy_base[0]

    base_index: dict[str, str] = {}

    def resolve(token: str) -> str | None:
        if token in builder.drafts:
            return token
        key = form_key(token)
        if key in builder.owner:
            return builder.owner[key]
        taxonomy = base_taxonomy()
        if token in taxonomy:
            return token
        if not base_index:
            for form, sid, _guarded in taxonomy.surface_forms():
                base_index.setdefault(form_key(form), sid)
        return base_index.get(key) or (slugify(token) if slugify(token) in taxonomy else None)

    for skill_id, (line, parents, related) in refs.items():
        draft = builder.drafts[skill_id]
        for kind, tokens, target in (("parent", parents, draft.parents), ("related", related, draft.related)):
            for token in tokens:
                resolved = resolve(token)
                if resolved is None:
                    raise TaxonomyImportError(
                        f"{path}: line {line}: {kind} {token!r} of {draft.name!r} is not a skill in this file "
                        f"or the default taxonomy")
                if resolved == skill_id:
                    raise TaxonomyImportError(f"{path}: line {line}: {draft.name!r} cannot be its own {kind}")
                target.append(resolved)
    taxonomy = builder.taxonomy(sources=[str(path)])
    for skill in taxonomy:
        for form in skill.surface_forms:
            if form not in skill.guarded and form.lower() in COMMON_WORDS:
                report.warnings.append(f"{skill.id}: {form!r} is an everyday word; consider making it guarded "
                                       f"with context words")
    cycles = _cycles(taxonomy)
    if cycles:
        raise TaxonomyImportError(f"{path}: parents form a cycle: {' -> '.join(cycles[0])}")
    report.count(taxonomy)
    report.seconds = time.perf_counter() - started
    return taxonomy


def _cycles(taxonomy: Taxonomy, among: set[str] | None = None) -> list[list[str]]:
    """Parent cycles through the skills in ``among`` (default: all), each as a path of ids."""
    among = set(taxonomy.ids) if among is None else among
    state: dict[str, int] = {}
    found: list[list[str]] = []
    for start in sorted(among):
        if start in state:
            continue
        stack: list[tuple[str, Iterator[str]]] = [(start, iter(taxonomy[start].parents))]
        path = [start]
        state[start] = 1
        while stack:
            node, parents = stack[-1]
            parent = next(parents, None)
            if parent is None:
                state[node] = 2
                stack.pop()
                path.pop()
                continue
            if parent not in taxonomy:
                continue
            if state.get(parent) == 1:
                found.append(path[path.index(parent):] + [parent])
            elif parent not in state:
                state[parent] = 1
                path.append(parent)
                stack.append((parent, iter(taxonomy[parent].parents)))
    return found


# ---------------------------------------------------------------------------
# merging
# ---------------------------------------------------------------------------
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")  # "Python (computer programming)" -> "Python"


def merge_imported(base: Taxonomy, imported: Taxonomy, *, report: ImportReport | None = None) -> Taxonomy:
    """``imported`` over ``base`` without claiming a surface form twice.

    - An imported skill with the id of a base skill replaces it (a custom
      taxonomy's deliberate override); the replaced skill's forms are free.
    - An imported skill whose name (or its name without a trailing
      parenthesised qualifier, as in ESCO's "Python (computer programming)")
      :func:`form_key`-equals a form of another base skill is a duplicate of that skill: it is dropped and parent and
      related references to it are redirected to the base skill.
    - Other imported forms the base owns are dropped (unless the imported
      skill lists them in ``shared_forms``); skills left without a name are
      dropped the same way.
    - Parent and related ids that exist nowhere are removed, and an imported
      parent link that would close a cycle is cut.

    Drops are counted in ``report`` (reasons ``owned_by_base``,
    ``duplicate_of_base``) when given.
    """
    owner: dict[str, str] = {}
    for skill in base:
        if skill.id in imported:
            continue
        for form in skill.surface_forms:
            owner.setdefault(form_key(form), skill.id)

    redirect: dict[str, str] = {}
    kept: dict[str, Skill] = {}
    for skill in imported:
        shared = {form_key(f) for f in skill.shared_forms}
        name_keys = [k for k in (form_key(skill.name), form_key(_QUALIFIER.sub("", skill.name)))
                     if k in owner and k not in shared]
        if name_keys:
            redirect[skill.id] = owner[name_keys[0]]
            if report is not None:
                report.drop("duplicate_of_base", skill.name)
                for form in skill.surface_forms[1:]:
                    report.drop("owned_by_base" if form_key(form) in owner else "duplicate_of_base", form)
            continue
        aliases, guarded = [], []
        for forms, out in ((skill.aliases, aliases), (skill.guarded, guarded)):
            for form in forms:
                key = form_key(form)
                if key in owner and key not in shared:
                    if report is not None:
                        report.drop("owned_by_base", form)
                    continue
                out.append(form)
        kept[skill.id] = Skill(id=skill.id, name=skill.name, category=skill.category, aliases=tuple(aliases),
                               parents=skill.parents, related=skill.related, guarded=tuple(guarded),
                               context=skill.context if guarded or not skill.guarded else (),
                               shared_forms=skill.shared_forms)

    merged = {sid: s for sid, s in base.skills.items() if sid not in imported.skills}
    merged.update(kept)

    def refs(ids: Iterable[str], own: str) -> tuple[str, ...]:
        out = []
        for ref in ids:
            ref = redirect.get(ref, ref)
            if ref in merged and ref != own and ref not in out:
                out.append(ref)
        return tuple(out)

    for sid, skill in kept.items():
        parents, related = refs(skill.parents, sid), refs(skill.related, sid)
        if parents != skill.parents or related != skill.related:
            merged[sid] = replace(skill, parents=parents, related=related)
    # Base skills may name an imported skill that replaced one of theirs; nothing to redirect there.
    result = Taxonomy.from_skills(merged.values(), sources=base.sources + imported.sources)
    for cycle in _cycles(result, among=set(kept)):
        child, parent = _cut_edge(cycle, set(kept))
        if child is not None and parent in result[child].parents:
            result.skills[child] = replace(result[child],
                                            parents=tuple(p for p in result[child].parents if p != parent))
            result._ancestors.clear()
    return result


def _cut_edge(cycle: list[str], imported: set[str]) -> tuple[str | None, str]:
    for child, parent in zip(cycle, cycle[1:], strict=False):
        if child in imported:
            return child, parent
    return None, ""


def load_merged(paths: Iterable[str | Path], base: Taxonomy | None = None) -> Taxonomy:
    """``base`` (default: :meth:`Taxonomy.default`) with each taxonomy file merged over it by :func:`merge_imported`."""
    taxonomy = base if base is not None else Taxonomy.default()
    for path in paths:
        taxonomy = merge_imported(taxonomy, Taxonomy.load(path))
    return taxonomy


IMPORTERS: dict[str, Callable[..., Taxonomy]] = {
    "esco": import_esco,
    "onet": import_onet,
    "csv": import_csv,
}


def run_import(fmt: str, path: str | Path) -> tuple[Taxonomy, ImportReport]:
    """Import ``path`` with the ``fmt`` importer; returns the taxonomy and its report."""
    if fmt not in IMPORTERS:
        raise TaxonomyImportError(f"unknown format {fmt!r} (use one of: {', '.join(IMPORTERS)})")
    report = ImportReport(fmt, str(path))
    taxonomy = IMPORTERS[fmt](path, report=report)
    return taxonomy, report


__all__ = [
    "COMMON_WORDS",
    "ESCO_RULES",
    "IMPORTERS",
    "ONET_RULES",
    "ImportReport",
    "TaxonomyImportError",
    "esco_category",
    "form_key",
    "import_csv",
    "import_esco",
    "import_onet",
    "load_merged",
    "merge_imported",
    "onet_category",
    "run_import",
]
