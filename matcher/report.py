"""Step 9, report: the candidate gap report for one resume and one posting, as JSON, CSV,
Markdown, HTML or PDF.

Every value that came from a resume or posting is escaped for the format it
lands in: HTML-escaped in HTML and Markdown, formula-defused in CSV (a cell
starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
leading apostrophe), so a report is safe to open.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import unicodedata

from matcher.profile import Profile
from matcher.ranking import MatchResult
from matcher.scoring import SCORING_VERSION

FORMATS = ("json", "csv", "md", "html", "pdf")
MEDIA_TYPES = {
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
}
COMPONENT_LABELS = {
    "skills": "Skills coverage",
    "text": "Text similarity (TF-IDF)",
    "title": "Job title match",
    "seniority": "Seniority",
    "experience": "Years of experience",
    "education": "Education",
}


def gap_report(result: MatchResult, resume: Profile, posting: Profile) -> dict:
    """The report as plain data: score, breakdown, skills with evidence, gaps and advice."""
    data = result.to_dict()
    return {
        "scoring_version": SCORING_VERSION,
        "resume": {
            "id": resume.id,
            "title": resume.title,
            "years_experience": resume.years_experience,
            "degree": resume.degree.name if resume.degree else None,
            "ignored_personal_details": resume.ignored_personal_details,
            "flags": resume.flags,
            "warnings": resume.warnings,
        },
        "posting": {
            "id": posting.id,
            "title": posting.title,
            "company": posting.meta.get("company"),
            "years_required": posting.years_experience,
            "degree_required": posting.degree.name if posting.degree else None,
            "ignored_boilerplate_skills": posting.boilerplate_skills,
        },
        "score": data["score"],
        "band": data["band"],
        "band_meaning": data["band_meaning"],
        "breakdown": data["breakdown"],
        "coverage": data["coverage"],
        "matched": data["matched"],
        "missing_required": data["missing_required"],
        "missing_preferred": data["missing_preferred"],
        "partial": data["partial"],
        "experience_gap": data["experience_gap"],
        "degree_gap": data["degree_gap"],
        "advice": advice(result, resume),
    }


def flag_notes(flags: dict) -> list[str]:
    """One sentence per flag of a resume (hidden text, keyword stuffing, instructions to
    screeners), for a person to check; every rendering and the web pages show them."""
    notes = []
    for name, value in (flags or {}).items():
        if name == "hidden_text":
            notes.append(f"Hidden text: {value} characters a reader cannot see (white or microscopic) were "
                         "found; they were read, and this resume is flagged for a person to check.")
        elif name == "keyword_stuffing":
            value = value if isinstance(value, dict) else {}
            repeated = ", ".join(value.get("repeated") or []) or "none"
            notes.append(f"Keyword stuffing: skills repeated many times: {repeated}; "
                         f"{value.get('listed_only_skills', 0)} skills only listed, with no experience shown. "
                         "Repeats and bare lists do not raise the score.")
        elif name == "screener_instructions":
            notes.append(f'Instructions addressed to automated screeners: "{_clip(str(value), 160)}". '
                         "They have no effect on the score.")
        else:
            notes.append(f"{name}: {value}")
    return notes


def advice(result: MatchResult, resume: Profile) -> list[str]:
    """Concrete next steps for the candidate, most important first."""
    tips: list[str] = []
    for item in result.missing_required:
        asked = (item.get("posting_evidence") or {}).get("sentence", "")
        tips.append(f"Required: {item['name']} is not in your resume. If you have it, show where you used it"
                    + (f' (the posting asks: "{_clip(asked, 140)}").' if asked else "."))
    for item in result.partial:
        tips.append(f"Partial: you show {item.get('via_name', item.get('via'))}, which is close to {item['name']}; "
                    f"name {item['name']} explicitly if you have used it.")
    gap = result.experience_gap or {}
    if gap.get("required_years"):
        tips.append(f"Experience: the posting asks for {gap['required_years']:g}+ years; your dated roles show "
                    f"{gap.get('resume_years') or 0:g}. Make sure every relevant role has start and end dates.")
    for skill_gap in gap.get("skills", []):
        tips.append(f"Experience with {skill_gap['name']}: {skill_gap['required_years']:g}+ years asked; "
                    f"your dated roles show {skill_gap['resume_years'] or 0:g}.")
    if result.degree_gap:
        dg = result.degree_gap
        tips.append(f"Education: a {dg['required']} degree is {dg['level']}"
                    + ("; equivalent experience is accepted." if dg["equivalent_experience_accepted"] else "."))
    listed = [m["name"] for m in result.matched
              if m["match_type"] not in ("implied",) and resume.skills.get(m["skill"]) is not None
              and resume.skills[m["skill"]].listed_only]
    if listed:
        tips.append("Only in your skills list: " + ", ".join(listed[:8])
                    + ". Add an experience or project bullet that shows each in use.")
    for item in result.missing_preferred[:5]:
        tips.append(f"Preferred: {item['name']} would strengthen the match.")
    return tips


def render(report: dict, fmt: str) -> bytes:
    """The report in ``fmt`` (one of :data:`FORMATS`) as bytes."""
    if fmt == "json":
        return (json.dumps(report, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    if fmt == "csv":
        return render_csv(report).encode("utf-8")
    if fmt == "md":
        return render_markdown(report).encode("utf-8")
    if fmt == "html":
        return render_html(report).encode("utf-8")
    if fmt == "pdf":
        return render_pdf(report)
    raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")


# ---------------------------------------------------------------------------
# Shared row model: every renderer lists the same skill rows.
# ---------------------------------------------------------------------------
SKILL_GROUPS = (
    ("matched", "Matched"),
    ("partial", "Partial (adjacent skill)"),
    ("missing_required", "Missing: required"),
    ("missing_preferred", "Missing: preferred"),
)


def skill_rows(report: dict) -> list[dict[str, str]]:
    rows = []
    for key, label in SKILL_GROUPS:
        for item in report[key]:
            resume_ev = (item.get("resume_evidence") or [{}])[0]
            posting_ev = item.get("posting_evidence") or {}
            rows.append({
                "status": label,
                "skill": item["name"],
                "skill_id": item["skill"],
                "level": item["level"],
                "match_type": item.get("match_type", ""),
                "via": item.get("via_name", "") or "",
                "alternatives": ", ".join(item.get("alternative_names", [])),
                "confidence": f"{item['confidence']:.2f}" if "confidence" in item else "",
                "weight": f"{item['weight']:.3f}",
                "posting_evidence": posting_ev.get("sentence", ""),
                "resume_evidence": resume_ev.get("sentence", ""),
                "resume_section": resume_ev.get("section", ""),
            })
    return rows


def how_matched(row: dict[str, str]) -> str:
    """"alias", "implied via PyTorch", "exact; or Java, Go": how a skill row was met."""
    how = row["match_type"] + (f" via {row['via']}" if row["via"] else "")
    if row["alternatives"]:
        how = (how + "; " if how else "") + "or " + row["alternatives"]
    return how


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def defuse_cell(value: object) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def render_csv(report: dict) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    columns = ["status", "skill", "skill_id", "level", "match_type", "via", "alternatives", "confidence", "weight",
               "posting_evidence", "resume_evidence", "resume_section"]
    writer.writerow([defuse_cell(v) for v in (
        "# gap report", "resume", report["resume"]["id"], "posting", report["posting"]["id"],
        "score", report["score"], "band", report["band"], "scoring_version", report["scoring_version"])])
    writer.writerow(columns)

    def write(row: dict) -> None:
        writer.writerow([defuse_cell(row.get(c, "")) for c in columns])

    for row in skill_rows(report):
        write(row)
    for name, part in report["breakdown"].items():
        write({"status": "Score component", "skill": COMPONENT_LABELS.get(name, name), "skill_id": name,
               "confidence": part["value"] if part["value"] is not None else "n/a",
               "weight": part["effective_weight"], "posting_evidence": f"{part['points']} points"})
    for tip in report["advice"]:
        write({"status": "Advice", "posting_evidence": tip})
    for name, note in zip(report["resume"]["flags"], flag_notes(report["resume"]["flags"]), strict=True):
        write({"status": "Flag", "skill": name, "posting_evidence": note})
    for warning in report["resume"]["warnings"]:
        write({"status": "Warning", "posting_evidence": warning})
    return out.getvalue()


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def md_escape(value: object) -> str:
    """Text that Markdown shows literally: HTML-escaped, then Markdown punctuation backslashed."""
    text = html.escape("" if value is None else str(value), quote=False)
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render_markdown(report: dict) -> str:
    e = md_escape
    lines = [
        f"# Gap report: {e(report['resume']['id'])} for {e(report['posting']['title'] or report['posting']['id'])}",
        "",
        f"**Score {report['score']:.1f} / 100** ({e(report['band'])}: {e(report['band_meaning'])})  ",
        f"Scoring version {e(report['scoring_version'])}",
        "",
    ]
    notes = flag_notes(report["resume"]["flags"])
    if notes:
        lines += ["## Flags", ""] + [f"- {e(note)}" for note in notes] + [""]
    lines += [
        "## Score breakdown",
        "",
        "| Component | Value | Weight | Points |",
        "|---|---|---|---|",
    ]
    for name, part in report["breakdown"].items():
        value = "n/a" if part["value"] is None else f"{part['value']:.2f}"
        lines.append(f"| {e(COMPONENT_LABELS.get(name, name))} | {value} | {part['effective_weight']:.2f} | {part['points']:.1f} |")
    rows = skill_rows(report)
    for _key, label in SKILL_GROUPS:
        group = [r for r in rows if r["status"] == label]
        lines += ["", f"## {label} ({len(group)})", ""]
        if not group:
            lines.append("None.")
            continue
        for row in group:
            how = how_matched(row)
            lines.append(f"- **{e(row['skill'])}**, {e(row['level'])}" + (f" ({e(how)})" if how else ""))
            if row["posting_evidence"]:
                lines.append(f"  - Posting: {e(_clip(row['posting_evidence'], 240))}")
            if row["resume_evidence"]:
                lines.append(f"  - Resume ({e(row['resume_section'])}): {e(_clip(row['resume_evidence'], 240))}")
    lines += ["", "## What to do next", ""]
    lines += [f"{i}. {e(tip)}" for i, tip in enumerate(report["advice"], 1)] or ["Nothing: this is a strong match."]
    ignored = report["resume"]["ignored_personal_details"]
    if ignored:
        lines += ["", f"_Personal details seen and ignored by the score: {e(', '.join(ignored))}._"]
    for warning in report["resume"]["warnings"]:
        lines += ["", f"> Warning: {e(warning)}"]
    return "\n".join(lines) + "\n"


_HTML_STYLE = """
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d2433;max-width:960px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d8dde6}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e6e9ef;vertical-align:top}
.score{font-size:2rem;font-weight:700}.band{display:inline-block;padding:.1rem .6rem;border-radius:1rem;background:#eef1f6}
.missing,.flags{color:#a4262c}.matched{color:#107c10}.partial{color:#8a6d00}.ev{color:#555;font-size:.9em}
@media print{body{margin:0}}
"""


def render_html(report: dict) -> str:
    e = html.escape
    title = report["posting"]["title"] or report["posting"]["id"]
    parts = [
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        # Opened from disk, the report still runs nothing and loads nothing.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>Gap report: {e(str(report['resume']['id']))} / {e(str(title))}</title>",
        f"<style>{_HTML_STYLE}</style></head><body>",
        f"<h1>Gap report: {e(str(report['resume']['id']))} for {e(str(title))}</h1>",
        f"<p><span class=\"score\">{report['score']:.1f}</span> / 100 <span class=\"band\">{e(report['band'])}</span> "
        f"{e(report['band_meaning'])}<br><small>Scoring version {e(report['scoring_version'])}</small></p>",
    ]
    notes = flag_notes(report["resume"]["flags"])
    if notes:
        parts.append("<h2>Flags</h2><ul class=\"flags\">" + "".join(f"<li>{e(note)}</li>" for note in notes) + "</ul>")
    parts.append("<h2>Score breakdown</h2><table><thead><tr><th>Component</th><th>Value</th><th>Weight</th>"
                 "<th>Points</th></tr></thead><tbody>")
    for name, part in report["breakdown"].items():
        value = "n/a" if part["value"] is None else f"{part['value']:.2f}"
        parts.append(f"<tr><td>{e(COMPONENT_LABELS.get(name, name))}</td><td>{value}</td>"
                     f"<td>{part['effective_weight']:.2f}</td><td>{part['points']:.1f}</td></tr>")
    parts.append("</tbody></table>")
    rows = skill_rows(report)
    css = {"Matched": "matched", "Partial (adjacent skill)": "partial"}
    for _key, label in SKILL_GROUPS:
        group = [r for r in rows if r["status"] == label]
        parts.append(f"<h2>{e(label)} ({len(group)})</h2>")
        if not group:
            parts.append("<p>None.</p>")
            continue
        parts.append("<table><thead><tr><th>Skill</th><th>Level</th><th>How</th><th>Posting says</th>"
                     "<th>Resume shows</th></tr></thead><tbody>")
        for row in group:
            how = how_matched(row)
            parts.append(
                f"<tr><td class=\"{css.get(label, 'missing')}\">{e(row['skill'])}</td><td>{e(row['level'])}</td>"
                f"<td>{e(how)}</td><td class=\"ev\">{e(_clip(row['posting_evidence'], 300))}</td>"
                f"<td class=\"ev\">{e(_clip(row['resume_evidence'], 300))}</td></tr>")
        parts.append("</tbody></table>")
    parts.append("<h2>What to do next</h2><ol>")
    parts += [f"<li>{e(tip)}</li>" for tip in report["advice"]]
    parts.append("</ol>")
    ignored = report["resume"]["ignored_personal_details"]
    if ignored:
        parts.append(f"<p><small>Personal details seen and ignored by the score: {e(', '.join(ignored))}.</small></p>")
    for warning in report["resume"]["warnings"]:
        parts.append(f"<p class=\"missing\">Warning: {e(warning)}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _latin1(text: object) -> str:
    """fpdf2's core fonts speak Latin-1: fold everything else to its closest ASCII."""
    value = unicodedata.normalize("NFKD", "" if text is None else str(text))
    return value.encode("latin-1", "ignore").decode("latin-1")


def render_pdf(report: dict) -> bytes:
    """A printable PDF (fpdf2, pure Python, no system libraries)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_title(_latin1(f"Gap report {report['resume']['id']}"))
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text: str, size: float = 10, style: str = "", height: float = 5) -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(width, height, _latin1(text))

    title = report["posting"]["title"] or report["posting"]["id"]
    para(f"Gap report: {report['resume']['id']} for {title}", 15, "B", 7)
    para(f"Score {report['score']:.1f} / 100 - {report['band']}: {report['band_meaning']}", 12, "B", 6)
    para(f"Scoring version {report['scoring_version']}", 8)
    notes = flag_notes(report["resume"]["flags"])
    if notes:
        pdf.ln(2)
        para("Flags", 12, "B", 6)
        for note in notes:
            para(f"- {note}", 10)
    pdf.ln(2)
    para("Score breakdown", 12, "B", 6)
    for name, part in report["breakdown"].items():
        value = "n/a" if part["value"] is None else f"{part['value']:.2f}"
        para(f"{COMPONENT_LABELS.get(name, name)}: value {value}, weight {part['effective_weight']:.2f}, "
             f"{part['points']:.1f} points", 10)
    rows = skill_rows(report)
    for _key, label in SKILL_GROUPS:
        group = [r for r in rows if r["status"] == label]
        pdf.ln(2)
        para(f"{label} ({len(group)})", 12, "B", 6)
        for row in group:
            how = how_matched(row)
            para(f"- {row['skill']}, {row['level']}" + (f" ({how})" if how else ""), 10, "B")
            if row["posting_evidence"]:
                para(f"   Posting: {_clip(row['posting_evidence'], 220)}", 9)
            if row["resume_evidence"]:
                para(f"   Resume: {_clip(row['resume_evidence'], 220)}", 9)
    pdf.ln(2)
    para("What to do next", 12, "B", 6)
    for i, tip in enumerate(report["advice"], 1):
        para(f"{i}. {tip}", 10)
    for warning in report["resume"]["warnings"]:
        para(f"Warning: {warning}", 9)
    return bytes(pdf.output())
