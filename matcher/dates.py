"""Dates as resumes write them: ``05/2019``, ``May 2019``, ``Mar. 2021``, ``2018–2024``, ``'19``,
``June 10 - Present``, ``4th Feb 2015 to Till Date``, ``23 SEPT.2017 / 24 JUN 2019``,
``2015/05/31``, ``07 / 06 / 2010``, ``01/02/18 - 05/16/18``, ``April – November 2015``,
``June of 2009``, ``July-2018 -to- Sep-2019``, ``2013 Nov - 2015 Dec``, ``Octobre 2013 - Juin 2016`` (French and Spanish months)...

:func:`find_ranges` finds date ranges (and, when asked, single dates) in a line of text;
each end is a :class:`DatePoint` with a year and, when the text gives one, a month.
"Present" (``present``, ``current``, ``now``, ``till date``, ``to date``, ``ongoing``...) is
kept as such; :func:`months_between` resolves it against an ``as_of`` date.

Everything is regular expressions; nothing here knows about sections or roles.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from rapidfuzz.distance import OSA

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_MONTH_NUMBERS = {name[:3]: number for number, name in enumerate(_MONTH_NAMES, 1)}
_SEASON_MONTHS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}

#: French and Spanish month names ("Octobre 2013 - Juin 2016", "Enero 2015 - Marzo 2017"), by number.
_FOREIGN_MONTHS = {name: number for number, names in enumerate((
    "janvier enero", "février fevrier febrero", "mars marzo", "avril abril", "mai mayo", "juin junio",
    "juillet julio", "août aout agosto", "septembre septiembre setiembre", "octobre octubre",
    "novembre noviembre", "décembre decembre diciembre"), 1) for name in names.split()}
#: German, Dutch and Indonesian "Juni" and "Juli" ("November 2016 – Juni 2017"), which no misspelling reads.
_FOREIGN_MONTHS.update(juni=6, juli=7)
#: Spanish, Italian, Portuguese and Indonesian short months that no English one reads ("Dic 2009 - Sept 2013",
#: "Jan/2007 to Dez/2010", "26 Agu 2007 TO 12 OCT 2009", "Jul 2018 / Agt 2018"); "Ago", "Set", "Out" are English words.
_FOREIGN_MONTHS.update(agt=8, agu=8, dic=12, dez=12)
#: Months written without their vowels ("Febr 2008 to Nvmbr 2009"), by number.
_VOWELLESS_MONTHS = {"jnry": 1, "fbry": 2, "mrch": 3, "aprl": 4, "agst": 8, "sptmbr": 9, "octbr": 10, "nvmbr": 11,
                     "dcmbr": 12}
#: Months as written, with common misspellings ("Decemeber", "Novemeber", "Septmber", "Febr", "Nvmbr").
_MONTH = (r"(?:jan(?:uary)?|feb(?:r?uary|r)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:e?mber)?)?|oct(?:ober)?|nov(?:ember|embe|emeber)?|dec(?:ember|emeber)?|"
          + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True)) + "|" + "|".join(_VOWELLESS_MONTHS)
          + r")(?![a-zéû])\.?")
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR = r"(?:19[4-9]\d|20[0-4]\d)(?!\d)"
_DAY = r"(?:[0-3]?\d(?:\s?(?:st|nd|rd|th))?)"  # 5th, 5 th
#: Not inside a longer number or date ("1.05/2019", "12/05/2019") nor after a stray full stop ("Feb .2017"), but
#: after a word's full stop, where a PDF converter dropped the space ("Bloomington, IL.1996-1998", "Water
#: Meters.1987-1988", "SALT LAKE.30/10/2010").
_NOT_IN_A_NUMBER = r"(?<![\d/])(?:(?<!\.)|(?<=[A-Za-z]\.))"
#: One point in time. Alternatives, longest first; each is re-read by :func:`parse_point`.
_POINT = (
    rf"(?:{_DAY}[\s-]*(?:of\s+)?)?{_MONTH}[,.]?[\s–-]*(?:of\s+)?(?:{_DAY}\s*,\s*|['’‘`]?{_DAY}[\s-]+(?=\d{{4}}))?['’‘`]?\s?{_YEAR}"  # 14 Jun 2007, Feb 20, 2012, 25-Nov-2013, June of 2009, May – 2011, OCTOBER-4-2004, Nov ’27 2018 (the day marked)
    rf"|{_MONTH}\s*[/-]\s*{_YEAR}"  # Nov/2016, Oct-2016
    # 2013 Nov, 2008,April, 2019June, 2015'Dec: the year first (not "2015 May 2016", a year and then "May 2016")
    rf"|(?<![\d/.]){_YEAR}(?:\s*,\s*|['’‘`]|\s*){_MONTH}(?![a-z])(?![\s,.]*(?:19|20)\d\d)"
    rf"|{_MONTH}\s*['’‘`]\s?\d{{2}}(?!\d)"  # Mar '19, May'19
    rf"|{_SEASON}\s+{_YEAR}"  # Summer 2019
    rf"|{_NOT_IN_A_NUMBER}\d{{1,2}}\s?[/.-]\s?\d{{1,2}}\s?[/.-]\s?{_YEAR}"  # 05/06/2017, 07 / 06 / 2010 (day and month in either order)
    rf"|(?<![\d/.])\d{{1,2}}/\d{{1,2}}/\d{{2}}(?![\d/])"  # 01/02/18 (US month/day/two-digit year)
    rf"|(?<![\d/.-]){_YEAR}\s?[/.-]\s?(?:0?[1-9]|1[0-2])\s?[/.-]\s?[0-3]?\d(?![\d/])"  # 2015/05/31
    rf"|{_NOT_IN_A_NUMBER}\d{{1,2}}\s?[/.-]\s?{_YEAR}"  # 05/2019, 4-2017, 05.2019
    rf"|(?<![\d/.-]){_YEAR}\s?/\s?(?:0?[1-9]|1[0-2])(?![\d/])"  # 2019/05
    rf"|(?<![\d/.-]){_YEAR}\.(?:0?[1-9]|1[0-2])(?![\d/.])"  # 2014.7, 2019.09 ("2011-12" stays a range of years)
    rf"|(?:{_NOT_IN_A_NUMBER}|(?<=\s/)){_YEAR}"  # 2019; "2004 /2012" too, as "2004 / 2012" (a slash after a space starts no number)
)
#: A month with a two-digit year ("June 10", "Apr 99"): a point only inside a range of two such.
_SHORT_POINT = rf"(?:(?:{_MONTH}|{_SEASON})\s*[-'’‘`]?\s?|['’‘`])\d{{2}}(?!\d)|{_MONTH}/\d{{2}}(?![\d/])"  # "May/15" too
#: "Present" as typed, with its common slips ("PRESANT", "Persent", "presnt"): only ever read after a range's
#: first end, where no other word is spelled so. "Still continue" is one such end, whole ("3rd May 2017 to" / "Still
#: Continue." is one open range over two lines).
_PRESENT_WORD = r"(?:present|presant|persent|presnt|prsent)"
_PRESENT = (r"(?:(?:till?|until|to|up[\s-]?to|still)[\s-]*(?:the\s+)?(?:dates?|dt|now|" + _PRESENT_WORD + r"|today)|(?:at\s+)?"
            + _PRESENT_WORD + r"|pres\b\.?|"
            r"till?(?=\s*(?:$|[^\w\s]|(?-i:\s+[A-Z])))(?!\s+(?:" + _MONTH + r"|\d))|"  # "2012-Till", "04.2017 -TILL Name : ..."
            r"(?<=\bto\s)till?(?=\s+(?:at|with|in|for|dated?|continu\w*)\b)|"  # "Jan'18 to till at Acme": no end date
            r"current(?:ly)?(?:\s+date)?|now|today|date|ongoing|continu(?:e|ing)|onwards|running|still(?:\s+continu(?:e|es|ing))?|"
            r"presente|actual(?:idad|mente)?)(?![a-z])")
#: The words and marks between a range's ends ("-", "to", "till"); :data:`_SEP` adds "up to" and "/". A "{" with a
#: space on each side is an en dash that a PDF converter wrote in a LaTeX font's code ("Feb 2019 { Jul 2019").
_RANGE_WORD = r"(?:-+|–|—|~|(?<=\s)\{(?=\s)|to|until|till|through|thru)"
_SEP = rf"(?:{_RANGE_WORD}|up\s*to|/)"
#: "2017-01": a year and a month joined by a dash, ISO-like; a point only beside another such or "present"
#: (alone, "2011-12" is a range of years).
_ISO_MONTH = rf"{_YEAR}-(?:0[1-9]|1[0-2])(?![\d/.-])"

#: A range of years glued to the word before it by a PDF converter ("Cintas2012-2016", "from2003 to 2007"): after
#: three letters, the start year and a range word (not "SY1996", nor a version, "Server2008").
_GLUED_YEARS = rf"(?<=[a-z]{{3}})(?={_YEAR}\s*{_RANGE_WORD}\s*(?:{_YEAR}|{_PRESENT}))"

#: A part of a year written before it as a range's end ("from 2017 to middle of 2018", "since 1988 till end of 1991",
#: "2016 to the end of 2017"): the end is that year.
_PART_OF_YEAR = rf"(?:the\s+)?(?:end|middle|mid|beginning|start)\s+of\s+(?={_YEAR})"

_RANGE = re.compile(
    # "2017-01 - 2019-02", "2016-08 - Current": ISO-like year-months (not "2017" to "01 - 2019")
    rf"(?:(?<![a-z0-9])|{_GLUED_YEARS})(?:(?<![\d/.-])(?P<iso_a>{_ISO_MONTH})\s*{_RANGE_WORD}\s*"
    rf"(?:(?P<iso_b>{_ISO_MONTH})|(?P<iso_now>{_PRESENT}))"
    # "April 10-June 19, 2019", "Jan 15-20, 2019": days of months, the year written once after them (not a
    # range of two-digit years, "April 2010 - June 2019"); not when a range follows ("Sep 10 - Jun 12 2013 - 2015")
    rf"|(?P<dd_a>{_MONTH})\s*(?P<dd_a_day>{_DAY})\s*{_RANGE_WORD}\s*(?P<dd_b>{_MONTH})?\s*(?P<dd_b_day>{_DAY})\s*,?\s*"
    rf"(?P<dd_year>{_YEAR})"
    rf"(?!\s*{_SEP})"
    # not a month and its day before the year, "Sept-10-2018 - Till" (Sep 10, 2018, not Sep 2010 to 2018)
    rf"|(?P<short_a>{_SHORT_POINT})(?![-/.]{_YEAR})\s*(?:-(?=to\b))?{_SEP}(?:(?<=to)-)?\s*(?:(?P<short_b>{_SHORT_POINT})|(?P<short_full>{_POINT})|"  # Mar-99-to-Apr-2000
    rf"(?P<short_now>{_PRESENT}))"
    # "(1-4-2016) to (1-4-2017)": each end in its own brackets
    rf"|(?P<a>{_POINT})(?P<shut>\)(?=\s*{_SEP}\s*\())?\s*(?:,?\s*(?:[-–](?=\s*(?:to|till?|until)\b)\s*)?(?:{_SEP}):?\s*(?:[-–]\s*)?(?:end\s+date\s*:?\s*|end\s+(?:of\s+)?(?={_MONTH})|{_PART_OF_YEAR})?|end\s+date\s*:\s*)?"  # -to-, to End date:, End Date:, – end (of) June 2008, to middle of 2018
    rf"(?(shut)\()(?:(?P<b>{_POINT})|(?P<now>{_PRESENT})|(?P<b_short>{_SHORT_POINT})(?!\s*[/.,-]?\s*\d))"  # "Nov. 2003 - Jan. 07" too
    rf"|(?P<mm_a>{_MONTH})\s*{_SEP}\s*(?P<mm_b>{_MONTH}[,.]?\s*{_YEAR})"  # April – November 2015
    rf"|(?P<yy_a>{_YEAR})\s?[-–/]\s?(?P<yy_b>\d{{2}})(?![\d/.])"
    rf"|(?<![\d.])(?P<dot_a>{_YEAR})\.(?P<dot_b>{_YEAR})(?![\d.])"  # 2001.2002
    # "2017/2018 Staples ...": two years joined by a slash open the line (see _slash_years)
    rf"|(?<![\d/.])(?P<slash_a>{_YEAR})/(?P<slash_b>{_YEAR})(?![\d/])"
    rf"|(?<![\d/])(?P<my_a>(?:0?[1-9]|1[0-2])/\d{{2}})\s*{_RANGE_WORD}\s*(?:(?P<my_b>(?:0?[1-9]|1[0-2])/\d{{2}})|(?P<my_now>{_PRESENT}))(?![\d/])"
    # "11-98 to 07-2000", "9-13 to 4-16", "4-16 to Present": month-year with a dash, only with "to" between
    rf"|(?<![\d/.-])(?P<md_a>(?:0?[1-9]|1[0-2])-\d{{2}})\s+to\s+(?:(?P<md_b>(?:0?[1-9]|1[0-2])-\d{{2}})(?![\d/.-])|"
    rf"(?P<md_full>{_POINT})|(?P<md_now>{_PRESENT}))"
    # "28.11.11 to 13.06.12", "15.06.06. To 31.12.2007": a day, a month and a two-digit year joined by full stops
    rf"|(?<![\d/.])(?P<dy_a>\d{{1,2}}\.\d{{1,2}}\.\d{{2}})\.?\s*{_RANGE_WORD}\s*"
    rf"(?:(?P<dy_b>\d{{1,2}}\.\d{{1,2}}\.\d{{2}})(?!\.?\d)|(?P<dy_full>{_POINT})|(?P<dy_now>{_PRESENT}))"
    # "17-07-10 to 17-06-11", "5-1-17-PRESENT": a day, a month (either order) and a two-digit year joined by dashes
    rf"|(?<![\d/.-])(?P<dh_a>\d{{1,2}}-\d{{1,2}}-\d{{2}})(?!\d)\s*{_RANGE_WORD}\s*"
    rf"(?:(?P<dh_b>\d{{1,2}}-\d{{1,2}}-\d{{2}})(?![\d-])|(?P<dh_now>{_PRESENT}))"
    rf"|since\s+(?:from\s+)?(?P<since>{_POINT})(?!\s*{_SEP}\s*(?:{_POINT}|{_SHORT_POINT}|{_PRESENT}))(?=\s*(?:$|[)\].,;:|]|\s[a-z]))"  # not "since X to Y"
    # "2010 onwards", "May 2017 -" ending the line: open to the present, whichever dash ("May 2017 –", "May 2017 —")
    rf"|(?P<onwards>{_POINT})\s*(?:onwards|[-–—]\s*(?:$|\)))"
    rf")",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_POINT_RE = re.compile(rf"(?<![a-z0-9])(?:{_POINT})", re.IGNORECASE)
_NUMERIC = re.compile(r"(\d{1,2})\s?[/.-]\s?(?:(\d{1,2})\s?[/.-]\s?)?((?:19|20)\d{2})$")
#: "2015/05/31": year, month, day.
_YEAR_MONTH_DAY = re.compile(r"((?:19|20)\d{2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?\d{1,2}")
#: The ordinal of a day glued to its month ("06thFeb, 2019", "5thJune"): not part of the month's word.
_GLUED_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)(?=[a-z])")
#: "01/02/18": month, day (or day, month), two-digit year.
_SHORT_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2})")


@dataclass(frozen=True)
class DatePoint:
    """A year, with the month when the text gives one."""

    year: int
    month: int | None = None

    def iso(self) -> str:
        """``YYYY-MM`` or ``YYYY``."""
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"

    def months(self, default_month: int = 1) -> int:
        """Months since year 0 (the month, or ``default_month`` when only the year is known)."""
        return self.year * 12 + (self.month or default_month) - 1


@dataclass(frozen=True)
class DateRange:
    """``start`` to ``end`` (``None`` with ``present``) as found at ``[begin, stop)`` in the line."""

    start: DatePoint
    end: DatePoint | None
    present: bool
    text: str
    begin: int
    stop: int
    single: bool = False

    def end_iso(self) -> str:
        return "present" if self.present else (self.end or self.start).iso()

    def month_range(self, as_of: dt.date) -> tuple[int, int]:
        """``(first, last)`` month numbers, "present" resolved to ``as_of``; a year alone runs
        from January to December (a start) or to December (an end)."""
        now = as_of.year * 12 + as_of.month - 1
        first = self.start.months(1)
        if self.present:
            last = now
        else:
            end = self.end or self.start
            last = end.months(12 if self.end is not None or self.start.month is None else self.start.month)
        return first, min(max(first, last), max(first, now))


def parse_point(text: str, day_first: bool = False) -> DatePoint | None:
    """The :class:`DatePoint` of one matched point (see :data:`_POINT`)."""
    lowered = text.lower().strip()
    years = re.findall(r"(?:19|20)\d{2}", lowered)
    month = None
    for word in re.findall(r"[a-zéû]+", _GLUED_ORDINAL.sub(" ", lowered)):
        if word in _FOREIGN_MONTHS or word in _VOWELLESS_MONTHS:
            month = _FOREIGN_MONTHS.get(word) or _VOWELLESS_MONTHS[word]
            break
        if word[:3] in _MONTH_NUMBERS:
            month = _MONTH_NUMBERS[word[:3]]
            break
        if word in _SEASON_MONTHS:
            month = _SEASON_MONTHS[word]
            break
    if not years:  # "Mar '19", "June 10", "'19", "01/02/18"
        numeric = _SHORT_NUMERIC.fullmatch(lowered)
        if numeric:
            return _numeric_point(int(numeric.group(1)), int(numeric.group(2)), _century(int(numeric.group(3))),
                                  day_first)
        short = re.search(r"(['’‘`])?\s?(\d{2})\s*$", lowered)
        if not short or (month is None and not short.group(1)):
            return None
        return DatePoint(_century(int(short.group(2))), month)
    year = int(years[-1])
    if month is None:
        numeric = _NUMERIC.search(lowered)
        slash_year_month = re.fullmatch(r"((?:19|20)\d{2})(?:\s?/\s?|[.-])(\d{1,2})", lowered) or \
            _YEAR_MONTH_DAY.fullmatch(lowered)
        if slash_year_month:
            month = int(slash_year_month.group(2))
        elif numeric:
            first, second = int(numeric.group(1)), numeric.group(2)
            if second is None:
                month = first
            else:
                return _numeric_point(first, int(second), year, day_first)
        if month is not None and not 1 <= month <= 12:
            month = None
    return DatePoint(year, month)


def _numeric_point(first: int, second: int, year: int, day_first: bool) -> DatePoint:
    """The month of a day-and-month pair: the second number when the day comes first (by the
    resume's convention, or because the first is over 12), else the first."""
    month = second if (day_first or first > 12) and second <= 12 else first
    return DatePoint(year, month if 1 <= month <= 12 else None)


#: What may come before a line's opening period: spaces, a bullet, an opening bracket.
_LINE_OPENING = re.compile(r"^[\s\-–*•●▪◦➢►(\[]*$")
#: An academic session after two years joined by a slash: "2013/2014 Session".
_SESSION_AFTER = re.compile(r"\s+(?:academic\s+)?session\b", re.IGNORECASE)


def _slash_years(match: re.Match) -> DateRange | None:
    """"2017/2018 Staples Printing ...", "2013/2014 Session": two years joined by a slash are a
    period when they open the line or an academic session follows them; elsewhere they are
    mostly software versions ("SQL Server 2005/2008", "Office 2007/2010")."""
    opens = _LINE_OPENING.match(match.string[:match.start()]) is not None
    session = _SESSION_AFTER.match(match.string, match.end()) is not None
    start, end = DatePoint(int(match.group("slash_a"))), DatePoint(int(match.group("slash_b")))
    if not (opens or session) or not 0 <= end.year - start.year <= 50:
        return None
    return DateRange(start, end, False, match.group(0).strip(), match.start(), match.end())


def _month_year(text: str) -> DatePoint:
    month, _, year = text.replace("-", "/").partition("/")
    return DatePoint(_century(int(year)), int(month))


def _short_point(text: str, day_first: bool) -> DatePoint:
    """"28.11.11", "17-07-10", "5-1-17": a day and a month joined by full stops or dashes, in ``day_first``'s order
    unless a figure over 12 tells, and a two-digit year."""
    first, second, year = (int(part) for part in re.split(r"[.-]", text))
    return _numeric_point(first, second, _century(year), day_first)


def _century(two_digits: int) -> int:
    return 2000 + two_digits if two_digits <= 40 else 1900 + two_digits


#: The months a misspelling is read as: names of five letters or more (see :func:`_misspelt_month`).
_GUESSED_MONTHS = tuple(name for name in _MONTH_NAMES if len(name) >= 5)
#: A word written where a month goes: just before a year, or a day and a year ("Apirl 2015", "Augest-2011",
#: "DECEMBERE2012", "Febrary 12, 2014").
_MONTH_SLOT = re.compile(r"(?<![a-z])[a-z]{4,10}(?=[\s.,'’‘`-]*(?:[0-3]?\d(?:st|nd|rd|th)?[\s,]+)?(?:19|20)\d\d(?!\d))",
                         re.IGNORECASE)
_MONTH_WORD = re.compile(_MONTH, re.IGNORECASE)
#: Words a letter or two from a month that are words of their own ("Marsh 2015", "Match 2019", "Augusta, 2016").
_NOT_MISSPELT = frozenset({"marsh", "match", "marcy", "marck", "augusta"})


def _misspelt_month(word: str) -> str | None:
    """The month a misspelt month's name means ("Apirl", "Febrary", "Decemnber", "Augest", "Mach"): one letter
    added, dropped, changed or two swapped from a month of five letters or more (two such for the names of
    seven letters or more), beginning with its letter; None for a month spelt right or any other word. Months of
    three or four letters are left alone: too many names lie one letter from them ("Jane", "Judy", "Mary")."""
    lowered = word.lower()
    if lowered in _NOT_MISSPELT or _MONTH_WORD.fullmatch(lowered):
        return None
    for name in _GUESSED_MONTHS:
        if name[0] == lowered[0] and \
                OSA.distance(lowered, name, score_cutoff=2) <= (2 if len(name) >= 7 else 1):
            return name
    return None


#: A short month's slip of one letter ("Fen 2019", "Dex 2004", "Setp 2017"): read only as a range's one end with a
#: month spelt right at the other ("June 2016 to Fen 2019", "Setp 2017 - Mar 2019"), only when one month alone lies
#: a letter away ("Max" is "Mar" or "May": left alone), in capitals only beside a month in capitals (not "SAP 2015").
_SHORT_SLIP = r"(?<![A-Za-z])[A-Za-z]{3,4}(?![A-Za-z])"
_SLIP_YEAR = r"[\s.,/'’-]*(?:19|20)\d\d(?!\d)"
_SLIP_BEFORE = re.compile(rf"(?P<slip>{_SHORT_SLIP}){_SLIP_YEAR}\s*{_RANGE_WORD}\s*(?P<month>{_MONTH}){_SLIP_YEAR}", re.IGNORECASE)
_SLIP_AFTER = re.compile(rf"(?P<month>{_MONTH}){_SLIP_YEAR}\s*{_RANGE_WORD}\s*(?P<slip>{_SHORT_SLIP}){_SLIP_YEAR}", re.IGNORECASE)
#: The short months a slip is read as: three letters, and "Sept" (four letters are read only as its slips: "Jane"
#: is no "Jan").
_SHORT_MONTHS = tuple(name[:3] for name in _MONTH_NAMES) + ("sept",)


def _short_slip(word: str, month: str) -> str | None:
    """The month a short month's slip means ("Fen" -> "feb", "Setp" -> "sep"), ``month`` the range's other end: one
    letter changed, or two swapped, from one month alone of the same length, beginning with its letter; None for a
    month or another word."""
    lowered = word.lower()
    if _MONTH_WORD.fullmatch(lowered) or word.isupper() and not month.isupper():
        return None
    near = {name[:3] for name in _SHORT_MONTHS if len(name) == len(lowered) and name[0] == lowered[0] and
            OSA.distance(lowered, name, score_cutoff=1) <= 1}
    return near.pop() if len(near) == 1 else None


#: A year typed with a "0" too many or a "9" for its "0" ("May/20018", "Jan20015", "6/2918", "08/07/2917"): read as
#: "20YY" (2000 to 2029) only inside a date, after a month ("May/", "Oct,5 ") or a numeric month and day ("6/",
#: "08/07/"), or, for "200YY", as a range's first end, a date or "present" after it ("MobilexUSA 20015 – Present").
#: Never a bare number (a zip code, "Washington, DC 20015", "DC 20019 - 240-555-0100"; a model, "Cisco 2900 - 3800"),
#: nor a zip code before a range ("Washington, DC 20016 - Jan 2015", :data:`_ZIP_BEFORE`), nor other shapes ("Nov.20110"
#: could be 2010 or 2011).
_TYPO_YEAR = re.compile(
    rf"(?:(?<![a-z]){_MONTH}[\s,./-]*(?:{_DAY}[\s,]+)?|(?<![\d/.])\d{{1,2}}/(?:\d{{1,2}}/)?)"
    r"(?P<year>(?:200|29)[0-2]\d)(?!\d)"
    rf"|(?<![\w/.-])(?P<first>200[0-2]\d)(?=\s*{_RANGE_WORD}\s*(?:{_PRESENT}|{_MONTH}|{_YEAR}|\d{{1,2}}/))",
    re.IGNORECASE)
#: A state's code right before a number: "Washington, DC 20016 - Jan 2015 - Present" writes a zip code, not "2016".
_ZIP_BEFORE = re.compile(r"\b[A-Z]{2}\.?,?\s*$")
#: The typed year alone, a quick test before :data:`_TYPO_YEAR` (few lines hold one).
_TYPO_YEAR_DIGITS = re.compile(r"(?<!\d)(?:200|29)[0-2]\d(?!\d)")


#: A year typed with the letter "o" for a zero ("03-Dec-2oo4", "JULY 2 2OO2- SEPTEMBER 5, 2011", "9/12/201O-TO1/6/2011"):
#: four marks alone, a year's first two ("19", "20", "2o") and at least one "o"; read with zeros.
_LETTER_O_YEAR = re.compile(r"(?<![\w])(?=[\d]*[oO])(?:19|2[0oO])[\doO]{2}(?![\w])")


#: A slash typed twice before a year: "7//2017", "01/29//2018".
_DOUBLED_SLASH = re.compile(r"(?<=\d)//(?=\s?(?:19|20)\d\d(?!\d))")


def _mend_typos(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` with each misspelt month before a year replaced by the month's first three letters, spaces
    before them keeping the length ("4.Augst,2011" -> "4.  aug,2011"), a short month's slip at a range's end so
    too ("Nov 1999 to Dex 2004" -> "Nov 1999 to dec 2004", :data:`_SLIP_BEFORE`), and a slash typed twice before a year
    made one ("12//2018" -> "12/ 2018"), a year typed with the letter "o" read with zeros ("2oo4" -> "2004",
    :data:`_LETTER_O_YEAR`), and a year's typo inside a date read ("May/20018" -> "May/ 2018",
    :data:`_TYPO_YEAR`), so positions in it are positions in ``text`` and the patterns above
    read it; with the ``(begin, stop)`` of each part replaced."""
    spans: list[tuple[int, int]] = []

    def mend(match: re.Match) -> str:
        name = _misspelt_month(match.group(0))
        if name is None:
            return match.group(0)
        spans.append(match.span())
        return name[:3].rjust(len(match.group(0)))

    def one_slash(match: re.Match) -> str:
        spans.append(match.span())
        return "/ "

    def mend_slip(match: re.Match) -> str:
        name = _short_slip(match.group("slip"), match.group("month"))
        if name is None:
            return match.group(0)
        begin, stop = match.span("slip")
        spans.append((begin, stop))
        at = begin - match.start()
        return match.group(0)[:at] + name.rjust(stop - begin) + match.group(0)[at + stop - begin:]

    def mend_year(match: re.Match) -> str:
        group = "year" if match.group("year") else "first"
        if group == "first" and _ZIP_BEFORE.search(match.string, 0, match.start()):
            return match.group(0)  # "DC 20016 - Jan 2015 - Present": a zip code before the dates
        begin, stop = match.span(group)
        spans.append((begin, stop))
        at = begin - match.start()
        return match.group(0)[:at] + ("20" + match.group(group)[-2:]).rjust(stop - begin) + match.group(0)[stop - match.start():]

    def zeros(match: re.Match) -> str:
        spans.append(match.span())
        return match.group(0).replace("o", "0").replace("O", "0")

    text = _LETTER_O_YEAR.sub(zeros, text)
    if _TYPO_YEAR_DIGITS.search(text):
        text = _TYPO_YEAR.sub(mend_year, text)
    text = _DOUBLED_SLASH.sub(one_slash, _MONTH_SLOT.sub(mend, text))
    return _SLIP_AFTER.sub(mend_slip, _SLIP_BEFORE.sub(mend_slip, text)), tuple(sorted(spans))


def _as_written(found: DateRange, written: str, mended: tuple[tuple[int, int], ...]) -> DateRange:
    """``found``, read in the mended text, with its text as written: from the start of a misspelt month it
    begins in ("Apirl 2015", not "irl 2015")."""
    begin = next((a for a, b in mended if a <= found.begin < b), found.begin)
    return replace(found, begin=begin, text=written[begin:found.stop].strip())


#: A standard with its edition's year after its number ("ISO 9001-2008", "ISO9001:2015", "IATF 16949:2016", "ISO/TS
#: 16949:2002", "ISO - 9001: 2015"): the year is no date, and no range's start ("Brampton, Ont. ISO 9001-2008 Jan. 2009
#: - Mar. 2012" runs from Jan. 2009, not from 2008 to Jan. 2009). Not a year after a space ("ISO 9001 2008-2012"),
#: nor a year as the number ("BS 2008-2012", "AS 2010-2012": a degree and its years).
_STANDARD_EDITION = re.compile(
    r"(?:(?<![A-Za-z])(?i:iso|is0|iatf|ohsas|oshas)|\b(?:AS|TS|IEC|BS|EN|QS))(?:\s*/\s*(?:IEC|TS))?\s*-?\s*"
    rf"(?!{_YEAR})\d{{3,5}}(?:-\d{{1,2}})?\s*(?:-|:\s?)(?P<year>{_YEAR})")


def without_standards(text: str) -> str:
    """``text`` with each standard and its edition (:data:`_STANDARD_EDITION`) made spaces, so that positions in it
    are positions in ``text``: its year is read as no date (:func:`find_ranges`), and a standard the firm is certified
    to is no field of a job's header ("Magnum Inc. Brampton, Ont. ISO 9001-2008 Jan. 2009 - Mar. 2012 General
    Manager" -> "Magnum Inc. Brampton, Ont.               Jan. 2009 - ...")."""
    return _STANDARD_EDITION.sub(lambda m: " " * len(m.group(0)), text)


def find_ranges(text: str, *, day_first: bool = False, singles: bool = False) -> list[DateRange]:
    """Date ranges in ``text``, left to right; with ``singles``, lone dates too (``single=True``,
    start = end), such as "Intern, May 2019" or "B.Tech, 2020"."""
    return list(_find_ranges(text, day_first, singles))


@functools.lru_cache(maxsize=4096)
def _find_ranges(text: str, day_first: bool, singles: bool) -> tuple[DateRange, ...]:
    """:func:`find_ranges`, cached: the same lines are asked about several times per resume."""
    out: list[DateRange] = []
    if not _DIGIT.search(text):  # every form has a digit
        return ()
    written, (text, mended) = text, _mend_typos(without_standards(text))
    taken: list[tuple[int, int]] = []
    for match in _RANGE.finditer(text):
        found = _range_of(match, day_first)
        if found is not None:
            out.append(found)
            taken.append((match.start(), match.end()))
    if singles:
        for match in _POINT_RE.finditer(text):
            if any(a <= match.start() < b for a, b in taken):
                continue
            point = parse_point(match.group(0), day_first)
            if point is not None:
                out.append(DateRange(point, point, False, match.group(0).strip(), match.start(), match.end(), True))
        out.sort(key=lambda r: r.begin)
    if mended:
        out = [_as_written(found, written, mended) for found in out]
    return tuple(out)


#: Two years joined by a spaced slash ("2015 / 2019", "2004 /2012"; for "2005/2008" see :func:`_slash_years`).
_YEARS_BY_SLASH = re.compile(r"\d{4}\s*/\s*\d{4}")
#: What makes them a software's versions when it comes before them: its name, or a slash closing a list of
#: versions ("Windows Server 2003 / 2008", "SQL Server 2005 / 2008 /2012", "Office 2007 / 2010", "/90 /95 /2003 /2008").
_VERSIONS_BEFORE = re.compile(r"(?:\b(?:windows|server|sql|office|studio|exchange|sharepoint|autocad|visio)|/)\s*$",
                              re.IGNORECASE)


def _range_of(match: re.Match, day_first: bool) -> DateRange | None:
    groups = match.groupdict()
    text = match.group(0).strip()
    if groups["slash_a"]:
        return _slash_years(match)
    if _YEARS_BY_SLASH.fullmatch(text) and _VERSIONS_BEFORE.search(match.string, max(0, match.start() - 40), match.start()):
        return None
    if groups["iso_a"]:
        start = DatePoint(int(groups["iso_a"][:4]), int(groups["iso_a"][5:7]))
        end = DatePoint(int(groups["iso_b"][:4]), int(groups["iso_b"][5:7])) if groups["iso_b"] else None
        if end is not None and not 0 <= end.months() - start.months() <= 50 * 12:
            return None
        return DateRange(start, end, end is None, text, match.start(), match.end())
    if groups["dot_a"]:  # "2001.2002": two years joined by a dot
        start, end = DatePoint(int(groups["dot_a"])), DatePoint(int(groups["dot_b"]))
        return DateRange(start, end, False, text, match.start(), match.end()) if 0 <= end.year - start.year <= 50 else None
    if groups["yy_a"]:
        start = DatePoint(int(groups["yy_a"]))
        century = start.year // 100 * 100
        end_year = century + int(groups["yy_b"])
        if end_year < start.year:
            end_year += 100
        if end_year - start.year > 10:  # "2019-20" is a year range; "1995-05" is not
            return None
        return DateRange(start, DatePoint(end_year), False, text, match.start(), match.end())
    if groups["my_a"] or groups["md_a"]:  # "04/19-09/19", "11-98 to 07-2000"
        start = _month_year(groups["my_a"] or groups["md_a"])
        end = _month_year(groups["my_b"] or groups["md_b"]) if groups["my_b"] or groups["md_b"] else None
        if groups["md_full"]:
            end = parse_point(groups["md_full"], day_first)
            if end is None or end.month is None:
                return None
        if end is not None and (end.year, end.month) < (start.year, start.month):
            return None
        return DateRange(start, end, end is None, text, match.start(), match.end())
    if groups["dy_a"] or groups["dh_a"]:
        # "28.11.11 to 13.06.12": the day first, as full stops write it; "17-07-10 to 17-06-11": the day first
        # when the resume writes it so (see detect_day_first)
        first_day = bool(groups["dy_a"]) or day_first
        start = _short_point(groups["dy_a"] or groups["dh_a"], first_day)
        end_text = groups["dy_b"] or groups["dh_b"]
        end = _short_point(end_text, first_day) if end_text else None
        if groups["dy_full"]:
            end = parse_point(groups["dy_full"], True)
        if start.month is None or end is not None and (end.month is None or
                                                       not 0 <= end.months() - start.months() <= 50 * 12):
            return None
        return DateRange(start, end, end is None, text, match.start(), match.end())
    if groups["mm_a"]:  # "April – November 2015": the year is written once, after the second month
        end = parse_point(groups["mm_b"], day_first)
        month = parse_point(f"{groups['mm_a']} {end.year}").month
        start = DatePoint(end.year if month <= end.month else end.year - 1, month)
        return DateRange(start, end, False, text, match.start(), match.end())
    if groups["dd_a"]:  # "March 20-April 04, 2019": the year written once, after the second day
        year = int(groups["dd_year"])
        first = parse_point(f"{groups['dd_a']} {year}").month
        last = parse_point(f"{groups['dd_b']} {year}").month if groups["dd_b"] else first
        months = (last - first) % 12
        if months == 0 or months == 1 and _day(groups["dd_b_day"]) < _day(groups["dd_a_day"]):
            return None  # "August 27-28, 2016", "November 28 - December 1, 2013": a seminar's or an exam's days
        start = DatePoint(year if first < last else year - 1, first)
        return DateRange(start, DatePoint(year, last), False, text, match.start(), match.end())
    if groups["since"] or groups["onwards"]:
        start = parse_point(groups["since"] or groups["onwards"], day_first)
        return DateRange(start, None, True, text, match.start(), match.end()) if start else None
    a = groups["a"] or groups["short_a"]
    b = groups["b"] or groups["short_b"] or groups["short_full"] or groups["b_short"]
    present = bool(groups["now"] or groups["short_now"])
    start = parse_point(a, day_first)
    end = parse_point(b, day_first) if b else None
    if start is None or (b and end is None):
        return None
    # "2010 - 15 ..." is no range; nor "April 2017 - November 29", a day: a two-digit year more than five
    # years after a full start is read as a day (a bound on the text alone, so the reading never changes
    # with the day it is made)
    if groups["b_short"] and (start.month is None or end.month is None or end.year - start.year > _SHORT_END_SPAN and
                              not _MARKED_SHORT_YEAR.search(groups["b_short"])):
        return None
    if end is not None and (end.year, end.month or 12) < (start.year, start.month or 1):
        return None
    if end is not None and end.year - start.year > 50:
        return None
    if not present and end is None:
        return None
    return DateRange(start, end, present, text, match.start(), match.end())


_DAY_NUMBER = re.compile(r"\d+")


def _day(text: str) -> int:
    """The day of the month a day is written as: "1st" is 1, "04" is 4."""
    return int(_DAY_NUMBER.match(text).group(0))


#: The most years a two-digit year ending a range can lie after a full start ("Nov. 2003 - Jan. 07"), unless
#: a dash or an apostrophe marks it as a year ("Sept 2009 to Nov - 15", "Sept 1991 - Aug '08"), never a day.
_SHORT_END_SPAN = 5
_MARKED_SHORT_YEAR = re.compile(r"[-'’‘`]\s?\d{2}$")


#: A range broken over two lines: "5/2010 to" above "12/2010", "March 2019 -" above "Present".
_OPEN_RANGE_END = re.compile(rf"(?<![a-z0-9])(?:{_ISO_MONTH}|{_POINT}|{_SHORT_POINT})\s*{_RANGE_WORD}\s*$",
                             re.IGNORECASE)
_LONE_POINT = re.compile(rf"^\s*(?:{_ISO_MONTH}|{_POINT}|{_SHORT_POINT}|{_PRESENT})\s*[.,;)]?\s*$", re.IGNORECASE)
_OPEN_WORDS = ("-", "–", "—", "~", "to", "until", "till", "through", "thru")


def continues_on_next_line(line: str, following: str) -> bool:
    """Whether a date range that ``line`` opens ("5/2010 to", "March 2019 -") ends on ``following``,
    a line with nothing but its end ("12/2010", "Present"), so the two are one range; or whose end
    is cut by the line break ("3 December 2016 to 11" / "November 2018", see :func:`_end_cut`)."""
    if line.rstrip().lower().endswith(_OPEN_WORDS):
        return _OPEN_RANGE_END.search(line) is not None and _LONE_POINT.match(following) is not None
    return _end_cut(line, following)


#: A range's end opening a line with other text after it, after a full stop or comma too ("11/2016. Set up and
#: ran ...", "December 2016 Sberbank Technology"), not a range's start ("11/2016 - 03/2017").
_END_THEN_TEXT = re.compile(rf"^[\s*•●▪◦➢►(\[]*(?:{_ISO_MONTH}|{_POINT}|{_SHORT_POINT}|{_PRESENT})(?:(?![\d/.-])|(?=[.,]\s))"
                            rf"(?!\s*(?:{_RANGE_WORD}|[:;])(?![a-z]))", re.IGNORECASE)


def range_ends_on_next_line(line: str, following: str) -> int | None:
    """Where the end of a range that ``line`` opens ("CNC Machinist: Acme, Nashua NH. 05/2016-") stops on
    ``following``, a line that opens with that end and goes on with other text ("11/2016. Set up and ran ...",
    "December 2016 Sberbank Technology"): the range is the two lines' one, its end no "present". ``None``
    when ``following`` is the end alone (:func:`continues_on_next_line`) or opens with no end."""
    if not line.rstrip().lower().endswith(_OPEN_WORDS) or _OPEN_RANGE_END.search(line) is None or \
            _LONE_POINT.match(following) is not None:
        return None
    end = _END_THEN_TEXT.match(following)
    if end is None:
        return None
    found = find_ranges(f"{line.rstrip()} {end.group(0).strip()}")
    return end.end() if found and found[-1].stop > len(line.rstrip()) and not found[-1].present else None


#: A range's end cut before its year ("... to 11", "... to August", "... to 8 November", "... – April 25,").
_CUT_END = re.compile(rf"(?<![a-z0-9])(?:{_POINT})\s*{_RANGE_WORD}\s*(?:{_DAY}(?:[\s-]*{_MONTH})?|{_MONTH}(?:\s*{_DAY})?)[\s,.]*$",
                      re.IGNORECASE)
#: The rest of a cut end alone on the next line: its year, or its month and year ("2018", "November 2018").
_END_REST = re.compile(rf"^\s*(?:{_MONTH}[\s,.]*)?{_YEAR}\s*[.,;)]?\s*$", re.IGNORECASE)


def _end_cut(line: str, following: str) -> bool:
    """Whether a range's end is split by a line break, its day or month above and its year below
    ("Duration : 3 December 2016 to 11" / "November 2018", "December 2017 to August" / "2018"): the
    two lines joined read as one range that ends on the second."""
    cut = _CUT_END.search(line.rstrip())
    if cut is None or _END_REST.match(following) is None or \
            any(found.stop > cut.start() for found in find_ranges(line)):
        return False
    joined = f"{line.rstrip()} {following.strip()}"
    return any(found.begin <= cut.start() < found.stop and found.stop > len(line.rstrip()) and found.end is not None
               for found in find_ranges(joined))


#: A line opened by a range's start and its range word, other text after ("February 2012 to Acme Corp, Dallas").
_SPLIT_START = re.compile(rf"^[\s*•●▪◦➢►(\[]*(?:{_ISO_MONTH}|{_POINT}|{_SHORT_POINT})\s*{_RANGE_WORD}\s*(?=\w)",
                          re.IGNORECASE)
#: A line opened by a range's end, other text or nothing after it, not a range word ("December 2016 Sales Lead").
_SPLIT_END = re.compile(rf"^[\s*•●▪◦➢►(\[]*(?:{_ISO_MONTH}|{_POINT}|{_SHORT_POINT}|{_PRESENT})(?![\d/.-])"
                        rf"(?!\s*(?:{_RANGE_WORD}|[:;])(?![a-z]))", re.IGNORECASE)


def range_split_by_text(line: str, following: str) -> int | None:
    """Where the text begins that parts a range's start from its end, when a line opens with the
    start and its range word and the next line opens with the end ("February 2012 to Acme Corp, Dallas"
    / "December 2016 Sales Lead", "Nov.2010- QA Analyst, Syncapse" / "May. 2012"): a two-column
    layout whose date column wraps; the text after the range word is the line's own. ``None`` if
    the line holds a date of its own besides the start, or the two ends make no range ("2005 - Course"
    / "2003 - Workshop" is a list of years)."""
    start = _SPLIT_START.match(line)
    end = _SPLIT_END.match(following)
    if start is None or end is None or _POINT_RE.search(line, start.end()) or find_ranges(line):
        return None
    found = find_ranges(f"{line[:start.end()].strip()} {end.group(0).strip()}")
    return start.end() if len(found) == 1 and not found[0].single else None


_LONE_SEP = re.compile(rf"^\s*{_RANGE_WORD}\s*$", re.IGNORECASE)


def range_over_three_lines(first: str, middle: str, last: str) -> bool:
    """Whether three lines are one date range, each end and the word between on a line of its own
    ("OCT 18" / "TO" / "FEB 19", "2016" / "to" / "2019")."""
    return _LONE_POINT.match(first) is not None and _LONE_SEP.match(middle) is not None and \
        _LONE_POINT.match(last) is not None and bool(find_ranges(f"{first.strip()} {middle.strip()} {last.strip()}"))


#: A month's name alone on its line ("December", "Nov."): the month of a range's end whose year is on the next.
_LONE_MONTH = re.compile(rf"^\s*{_MONTH}\.?\s*$", re.IGNORECASE)


def range_end_over_two_lines(line: str, month: str, year: str) -> bool:
    """Whether a range that ``line`` opens ("... activities June 1986 to") ends over the next two lines, its
    month's name alone on the first and its year on the second ("December" / "1994", :data:`_END_REST`): a
    narrow column that wraps each word of the end; the three lines are one range."""
    if not line.rstrip().lower().endswith(_OPEN_WORDS) or _OPEN_RANGE_END.search(line) is None or \
            _LONE_MONTH.match(month) is None or _END_REST.match(year) is None:
        return False
    found = find_ranges(f"{line.rstrip()} {month.strip()} {year.strip()}")
    return bool(found) and found[-1].stop > len(line.rstrip()) + len(month.strip()) and found[-1].end is not None


#: A range's start word opening a line ("From 11.2016", "Since: March 2012"), and its range word opening the
#: next ("till 11.2018"): a range written over two lines, each end with its word.
_FROM_WORD = re.compile(r"^\s*(?:from|since)\b\s*:?\s*", re.IGNORECASE)
_RANGE_WORD_OPENING = re.compile(rf"^\s*{_RANGE_WORD}\s+(?=\w)", re.IGNORECASE)


#: A present word alone on its line ("Till date", "Present."): a range's open end.
_LONE_PRESENT = re.compile(rf"^\s*{_PRESENT}\s*[.,;)]?\s*$", re.IGNORECASE)


def end_says_so(following: str) -> bool:
    """Whether a range's end alone on its line says it is an end: opened by its range word ("TO 21.05.2018",
    "— February 2019") or a present word ("Till date"). Outside a job section two bare dates one under the other
    ("04.10.2018" / "03.10.2028") are as often a document's issue and expiry as a job's start and end."""
    return _RANGE_WORD_OPENING.match(following) is not None or _LONE_PRESENT.match(following) is not None


def range_over_two_points(line: str, following: str, day_first: bool = False) -> bool:
    """Whether two lines, each nothing but a date with its month ("Sep 2007" / "Sep 2019",
    "25-06-2013" / "28-11-2013") or the second "present", are one range: a table's "From" and
    "To" cells read one under the other, or each end with its word ("From 11.2016" / "till 11.2018",
    "From September 2006" / "to present"), or the end's alone ("August 2018" / "to June 2019"). Years alone
    ("2016" / "2019") are not: lists of years."""
    opened = _FROM_WORD.match(line)
    if opened is not None:
        line = line[opened.end():]
    # The end's range word may open its line with no "From" above ("September 2018" / "— February 2019").
    following = _RANGE_WORD_OPENING.sub("", following, count=1)
    if _LONE_POINT.match(line) is None or _LONE_POINT.match(following) is None or find_ranges(line) or \
            find_ranges(following):
        return False
    found = find_ranges(f"{line.strip().rstrip('.,;')} - {following.strip().rstrip('.,;')}", day_first=day_first)
    return len(found) == 1 and found[0].start.month is not None and (found[0].present or (
        found[0].end is not None and found[0].end.month is not None))


#: A numeric date with its day and month in either order ("23/08/2016", "08-23-2016").
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(?:19|20)\d{2}")
#: A day written before its month's name ("14th June 2011", "02 October 2009", "07-Nov-2015").
_DAY_MONTH_YEAR = re.compile(rf"(?<![\d/.]){_DAY}[\s-]+(?:of\s+)?{_MONTH}[\s,.-]*{_YEAR}", re.IGNORECASE)
#: A numeric date with full stops between its figures ("01.11.2012"): the day-first way of writing dates (a
#: month-first writer puts slashes), telling the order when no figure over 12 does.
_DOTTED_DATE = re.compile(r"(?<![\d/.])\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?![\d.])")
#: A day written after its month's name ("June 14, 2011", "Oct 2nd 2009").
_MONTH_DAY_YEAR = re.compile(rf"{_MONTH}\s*{_DAY}(?:\s*,\s*|\s+){_YEAR}", re.IGNORECASE)


def detect_day_first(text: str) -> bool:
    """Whether numeric dates in ``text`` put the day first: some ``dd/mm/yyyy`` has a day over 12; when
    none tells (``01/12/2015``), whether the resume writes its dates in words day first ("14th June
    2011", never "June 14, 2011"): a writer who puts the day first in words puts it first in figures; or,
    never writing "June 14, 2011", joins the figures with full stops ("01.11.2012", :data:`_DOTTED_DATE`)."""
    for match in _NUMERIC_DATE.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
    if _MONTH_DAY_YEAR.search(text) is not None:
        return False
    return _DAY_MONTH_YEAR.search(text) is not None or _DOTTED_DATE.search(text) is not None


def union_months(ranges: list[tuple[int, int]]) -> int:
    """Months covered by ``(first, last)`` month ranges (inclusive), overlaps counted once."""
    total = 0
    current_start = current_end = None
    for start, end in sorted(ranges):
        if current_end is None or start > current_end + 1:
            if current_end is not None:
                total += current_end - current_start + 1
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None:
        total += current_end - current_start + 1
    return total
