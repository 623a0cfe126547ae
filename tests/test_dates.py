"""Every common way a resume writes a job's dates."""

import datetime as dt

import pytest

from matcher.dates import (
    continues_on_next_line,
    detect_day_first,
    find_ranges,
    range_ends_on_next_line,
    range_over_three_lines,
    range_over_two_points,
    range_split_by_text,
    union_months,
)


def periods(text: str) -> list[tuple[str, str]]:
    """The (start, end) of every date range found in ``text``, in ISO form ("present" for an open end)."""
    return [(r.start.iso(), r.end_iso()) for r in find_ranges(text)]


@pytest.mark.parametrize("text, start, end", [
    ("05/2019 - Present", "2019-05", "present"),
    ("May 2019 - Current", "2019-05", "present"),
    ("Mar. 2021 – Now", "2021-03", "present"),
    ("2018–2024", "2018", "2024"),
    ("Jun '19 - Mar '20", "2019-06", "2020-03"),
    ("'19 - '21", "2019", "2021"),
    ("June 10 - Present", "2010-06", "present"),
    ("Nov 07 - June 10", "2007-11", "2010-06"),
    ("(Apr 99 to Dec 99)", "1999-04", "1999-12"),
    ("2015-19", "2015", "2019"),
    ("04/19-09/19", "2019-04", "2019-09"),
    ("2019/05 – 2019/08", "2019-05", "2019-08"),
    # "Till" alone, "To-Date", "Up-to-date", "Till Dt." / "Till Dates" are "present"; "- Till <date>"
    # and "up to" are separators; a year and month joined by a dot ("2014.7", "2019.09").
    ("2012-Till", "2012", "present"),
    ("Sep-15 to Till", "2015-09", "present"),
    ("04.2017 –TILL Name : Orvex Ltd", "2017-04", "present"),
    ("2000 – To-Date", "2000", "present"),
    ("January 2013 – Up-to-date.", "2013-01", "present"),
    ("03/2015 - Till Dt.", "2015-03", "present"),
    ("May 2015 – Till Dates", "2015-05", "present"),
    ("August 2015- Till November 2017", "2015-08", "2017-11"),
    ("February 22, 2003 up to August 4, 2003", "2003-02", "2003-08"),
    ("FROM: MARCH 2017 UP TO: PRESENT", "2017-03", "present"),
    ("2014.7-present", "2014-07", "present"),
    # Months written without their vowels.
    ("Febr 2008 to Nvmbr 2009", "2008-02", "2009-11"),
    ("Sptmbr 2010 - Dcmbr 2012", "2010-09", "2012-12"),
    ("2019.09 - 2020.1", "2019-09", "2020-01"),
    ("FROM 2012 TO TILL DATE", "2012", "present"),
    ("Sep 2012 to Still Date", "2012-09", "present"),
    ("April 2014 to date", "2014-04", "present"),
    ("AUGUST 2015 TILL DATE", "2015-08", "present"),
    ("23 SEPT.2017 / 24 JUN 2019", "2017-09", "2019-06"),
    ("JUL2018 to SEP2018", "2018-07", "2018-09"),
    ("2-2018 to 10-2018", "2018-02", "2018-10"),
    ("Nov.,2003- Oct.,2005", "2003-11", "2005-10"),
    ("March '2019 To Present", "2019-03", "present"),
    ("February 20, 2012 – August 21, 2013", "2012-02", "2013-08"),
    ("4th Feb 2015 to Till Date.", "2015-02", "present"),
    ("25-Nov-2013 to 26-Dec-2014", "2013-11", "2014-12"),
    ("Sept. 2013 Dec. 2013", "2013-09", "2013-12"),
    ("since March 2018", "2018-03", "present"),
    ("Summer 2016 - Fall 2017", "2016-06", "2017-09"),
    ("2015/05/31 To 2018/04/30", "2015-05", "2018-04"),
    ("01/02/18 - 05/16/18", "2018-01", "2018-05"),
    ("01/05/2017 - 12/27/17", "2017-01", "2017-12"),
    ("(April –November 2015)", "2015-04", "2015-11"),
    ("Nov - Feb 2016", "2015-11", "2016-02"),
    ("1994.2001", "1994", "2001"),  # two years joined by a dot
    ("November2017TilDate", "2017-11", "present"),
    ("From: April, 2018, TO: Continue.", "2018-04", "present"),
    ("16st October, 2015 continue work", "2015-10", "present"),
    ("From November-17 to present", "2017-11", "present"),
    ("Since Nov 97 to Oct 2000", "1997-11", "2000-10"),  # a two-digit year, then a full one
    ("August 2018 – Decemeber 2018", "2018-08", "2018-12"),  # common misspellings of months
    ("Septmber 2010 - Novemeber 2012", "2010-09", "2012-11"),
    # Forms found in the shared resumes outside the gold set, each a few times.
    ("From May - 2011 To Sept–2014", "2011-05", "2014-09"),  # a dash between the month and the year
    ("OCTOBER-4-2004 – JUNE-19-2005", "2004-10", "2005-06"),
    ("March 2007 to June of 2009", "2007-03", "2009-06"),
    ("July-2018 -to- Sep-2019", "2018-07", "2019-09"),
    ("Start date: 01/13/2012 to End date:02/20/2014", "2012-01", "2014-02"),
    ("Carrollton, GA 2016-Pres", "2016", "present"),
    ("May 2019 to at present", "2019-05", "present"),
    ("(From January 2014 to till the date)", "2014-01", "present"),
    ("Octobre 2013 - Juin 2016", "2013-10", "2016-06"),  # French and Spanish months
    ("Février 2016 - Mai 2016", "2016-02", "2016-05"),
    ("Enero 2015 - Agosto 2017", "2015-01", "2017-08"),
    ("Abril 2014 - Actualidad", "2014-04", "present"),
    # The year before the month ("2013 Nov-2015 Dec", "From 2014 December To Till Date").
    ("(2013 Nov-2015 Dec)", "2013-11", "2015-12"),
    ("2016 SEP - 2018 JUN Senior Technical Specialist", "2016-09", "2018-06"),
    ("(2012 February to May 2013)", "2012-02", "2013-05"),
    ("From 2014 December To Till Date", "2014-12", "present"),
    ("2008,April -2009,March", "2008-04", "2009-03"),
    ("2017 April to 2019June", "2017-04", "2019-06"),
    ("2009 Sept-Dec 2010", "2009-09", "2010-12"),
    ("2015 - May 2016", "2015", "2016-05"),  # a year, then a month and its year
    ("2015 May 2016", "2015", "2016-05"),
    ("Period: 1st March 2011 – end April 2014", "2011-03", "2014-04"),  # "end (of)" before the end's month
    ("Duration: June 2003 - End of January 2006", "2003-06", "2006-01"),
])
def test_date_ranges(text, start, end):
    found = find_ranges(text)
    assert len(found) == 1, found
    assert (found[0].start.iso(), found[0].end_iso()) == (start, end)


def test_day_first_dates_are_told_apart_by_the_document():
    text = "05/06/2017 – 29/06/2019"
    day_first = detect_day_first(text)
    assert day_first
    found = find_ranges(text, day_first=day_first)[0]
    assert (found.start.iso(), found.end_iso()) == ("2017-06", "2019-06")
    us = find_ranges("05/06/2017 - 07/30/2019", day_first=detect_day_first("05/06/2017 - 07/30/2019"))[0]
    assert (us.start.iso(), us.end_iso()) == ("2017-05", "2019-07")


@pytest.mark.parametrize(("text", "day_first"), [
    # No figure tells: the dates written in words do ("1st September 2006", "02 October 2009").
    ("Call Centre Agent\n1st September 2006 till 30 September 2007\nSupport Administrator\n01/12/2015 till date", True),
    ("Training: 02 October 2009 - 23 October 2009\nSupport Administrator 01/12/2015 - 03/02/2018", True),
    # Words with the month first, or both orders, or none: month first, as before.
    ("Intern, June 14, 2011 - August 30, 2011\nAnalyst 01/12/2015 - 03/02/2018", False),
    ("Born 14 June 1980\nIntern, June 14, 2011 - August 30, 2011\nAnalyst 01/12/2015 - 03/02/2018", False),
    ("Analyst 01/12/2015 - 03/02/2018", False),
    # A figure that tells wins over the words.
    ("Born 14 June 1980\nAnalyst 01/12/2015 - 03/30/2018", False),
])
def test_the_order_of_day_and_month_in_words_tells_the_figures(text, day_first):
    assert detect_day_first(text) is day_first


def test_spaced_day_first_dates():
    text = "07 / 06 / 2010 to 30 / 11 / 2012"
    found = find_ranges(text, day_first=detect_day_first(text))
    assert [(r.start.iso(), r.end_iso()) for r in found] == [("2010-06", "2012-11")]


def test_two_digit_year_numeric_dates_follow_the_day_first_convention():
    found = find_ranges("13/10/08 - 10/04/09", day_first=True)
    assert [(r.start.iso(), r.end_iso()) for r in found] == [("2008-10", "2009-04")]


def test_single_dates_only_when_asked():
    assert find_ranges("Intern, May 2019") == []
    single = find_ranges("Intern, May 2019", singles=True)
    assert [(s.start.iso(), s.single) for s in single] == [("2019-05", True)]


@pytest.mark.parametrize("text", ["from 2015 till the plant closed", "Version 2016.3 released", "ISO 9001:2015 certified", "Call 555-2019", "Ended 2019-2005", "Windows 2000 to",
                                  "version 10/12/18b", "May - June", "Awards 2015, 2016",
                                  "version 2.2015.1", "2019.2005", "Mai Nguyen 2019", "2015 - President"])
def test_things_that_are_not_ranges(text):
    assert find_ranges(text) == []


def test_months_resolve_present_and_overlaps_count_once():
    found = find_ranges("Jan 2020 - Present")[0]
    assert found.month_range(dt.date(2020, 6, 1)) == (2020 * 12, 2020 * 12 + 5)
    year_only = find_ranges("2016 - 2019")[0].month_range(dt.date(2025, 1, 1))
    assert year_only == (2016 * 12, 2019 * 12 + 11)
    assert union_months([(0, 11), (6, 17), (30, 30)]) == 19


def test_since_one_date_to_another_is_a_range_not_an_open_job():
    found = find_ranges("Working since 3rd august 2007 to 10Feb 2015 (7 years)")
    assert [(r.start.iso(), r.end_iso()) for r in found] == [("2007-08", "2015-02")]
    assert periods("since October, 2016.") == [("2016-10", "present")]
    # The end's year in two digits: a range too, not a job held since its start.
    found = find_ranges("Since Oct - 2014 to Feb -17")
    assert [(r.start.iso(), r.end_iso()) for r in found] == [("2014-10", "2017-02")]


@pytest.mark.parametrize("text, expected", [
    ("from 06thFeb, 2019 to 05thSep, 2019.", ("2019-02", "2019-09")),
    ("5thJune 2015 to 17thOctober 2016", ("2015-06", "2016-10")),
])
def test_an_ordinal_glued_to_its_month_keeps_the_month(text, expected):
    assert periods(text) == [expected]


@pytest.mark.parametrize("line, following, joined", [
    ("Hotel Miramar, Lima. 5/2010 to", "12/2010", True),
    ("Duration : 10 December 2018 to", "Present", True),
    ("March 2019-", "Present.", True),
    ("Hotel Miramar, Lima. 5/2010 to", "12/2010 Night Auditor", False),  # more than the end on the line
    ("Worked on the migration to", "2019", False),  # no date opens the range
    ("2016-08 -", "2018-05", True),  # ISO-like year-months
    ("JUN 99 TO", "MARCH 2000", True),  # a month with a two-digit year opens it
    ("Hired 2016-08 for", "2018-05", False),
    # the end cut before its year by the line break
    ("Duration : 4 March 2015 to 17", "October 2017", True),
    ("Period: 12 may 2013 to 9 August", "2016 .", True),
    ("Kilmore, OH. May 2004 - September", "2007.", True),
    ("Started on June 6, 2012 – July 21,", "2014", True),
    ("Duration : 4 March 2015 to 17", "October 2017 Site Engineer", False),  # more than the end on the line
    ("Sep 2010 - May 2012", "2014", False),  # the range is whole on its line
    ("in 2015 - 3", "2016 Java", False),
])
def test_a_range_broken_over_two_lines(line, following, joined):
    assert continues_on_next_line(line, following) is joined


@pytest.mark.parametrize("line, following, cut", [
    ("March 2014 to Harbor Freight, Tulsa, OK", "June 2019 Store Clerk", 14),  # the employer between the ends
    ("6/2011 to 1-800-***-****", "8/2015 Night Auditor", 10),
    ("Jan.2008- Test Analyst (Contract) Brightline, Ottawa", "Mar. 2009", 10),  # the end alone below
    ("2015 to WESTON PLASTICS, Akron, Ohio", "Present A maker of food containers.", 8),
    ("2009 - Safety Workshop", "2007 - First Aid Course", None),  # a list of years, each with a dash
    ("2009 - Safety Workshop", "2007 First Aid Course", None),  # no range: the end before the start
    ("March 2014 to Harbor Freight since May 2016", "June 2019 Store Clerk", None),  # a date of the line's own
    ("March 2014 to", "June 2019", None),  # nothing between: see continues_on_next_line
    ("Hired March 2014 to run the shop", "June 2019 Store Clerk", None),  # no date opens the line
])
def test_a_range_split_around_other_text(line, following, cut):
    assert range_split_by_text(line, following) == cut


@pytest.mark.parametrize("line, following, stop", [
    ("PRESS OPERATOR: Lindqvist Molding, Keene NH. 04/2015-", "09/2017. Ran four presses", 7),
    ("August 2016 —", "January 2017 Northwind Traders", 12),
    ("August 2016 —", "January 2017", None),  # the end alone: see continues_on_next_line
    ("Northwind 2014 -", "2016 - 2018 Contoso", None),  # the next line opens another range
    ("Northwind 2014 -", "Present. Ran the shop", None),  # "present" either way
    ("Northwind 2014", "2016 Contoso", None),  # no range word ends the line
])
def test_a_range_ending_on_the_next_line_before_other_text(line, following, stop):
    assert range_ends_on_next_line(line, following) == stop


@pytest.mark.parametrize("text, start, end", [
    ("11-98 to 07-2000 Electric Apparatus", "1998-11", "2000-07"),  # month-year with a dash, "to" between
    ("Cost Engineer, 7-11 to 9-11 – BP – Houston, TX", "2011-07", "2011-09"),
    ("Owner/Operator, 4-16 to Present – Houston, TX", "2016-04", "present"),
    ("Harbor Systems, Inc. – Salem, Oregon Oct-97-to-Jun-1999", "1997-10", "1999-06"),  # "-to-" after a short start
])
def test_month_dash_two_digit_year_ranges(text, start, end):
    found = find_ranges(text)
    assert [(r.start.iso(), r.end_iso()) for r in found] == [(start, end)]


@pytest.mark.parametrize("text, day_first, start, end", [
    # a day, a month and a two-digit year joined by dashes, in the resume's order unless a figure over 12 tells
    ("Period : From 19-08-09 to 14-05-12", True, "2009-08", "2012-05"),
    ("Hollis Tank Works (4-11-12 to 09-06-13)", False, "2012-04", "2013-09"),
    ("Hollis Tank Works (4-11-12 to 09-06-13)", True, "2012-11", "2013-06"),
    ("DATES WORKED: 6-1-18-PRESENT", False, "2018-06", "present"),
    ("DATES WORKED: 3-18-15 -2-25-17", False, "2015-03", "2017-02"),
])
def test_day_month_dash_two_digit_year_ranges(text, day_first, start, end):
    found = find_ranges(text, day_first=day_first)
    assert [(r.start.iso(), r.end_iso()) for r in found] == [(start, end)]


@pytest.mark.parametrize("text", ["call 555-12 to 3-45", "10-12 to 2015", "scores 3-12 - 4-15", "1-12-98 to 3-12",
                                  "ref 14-15-16 - 17-18-19", "call 555-12-34 to 12-40-11"])
def test_month_dash_two_digit_year_needs_to_and_months(text):
    assert find_ranges(text) == []


@pytest.mark.parametrize("text, expected", [
    ("2017/2018 Staples Printing Press Production Center, New York", [("2017", "2018")]),  # opening the line
    ("• 2010/2014 Service Point, Kearny, NJ", [("2010", "2014")]),
    ("NYSC Secondary School, Kebbi State. 2013/2014 Session", [("2013", "2014")]),  # an academic session
    ("Oracle 11g, SQL Server 2005/2008, Toad", []),  # software versions
    ("Office 2007/2010", []),
    ("2003/2008/2012 R2", []),
    ("(1998/1997): Secondary School Certificate", []),
])
def test_two_years_joined_by_a_slash(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("employed at Borg Foods from (2-5-2015) to (3-6-2018).", [("2015-02", "2018-03")]),  # each end in brackets
    ("Acme Works, Leeds (2009)-(2014)", [("2009", "2014")]),
    ("Welder (2012) Acme (2016)", []),  # two bracketed years with words between: no range
])
def test_each_end_of_a_range_in_its_own_brackets(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2016-08 - 2018-05 Data Analyst, Northwind Traders", [("2016-08", "2018-05")]),  # not 2016 to "05"...
    ("2019-03 - Current", [("2019-03", "present")]),
    ("2012-09 – 2016-05", [("2012-09", "2016-05")]),
    ("2011-12", [("2011", "2012")]),  # alone, still a range of years
    ("2019-05 - 2018-01", []),  # ends before it starts
    ("Released 2020-01-15 to 2020-02-20", [("2020-01", "2020-02")]),  # full dates, read as before
])
def test_iso_year_month_ranges(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("From: 5 th May 2016 to 5 th July 2017", [("2016-05", "2017-07")]),  # the ordinal apart from its day
    ("2 nd JAN 2015 - 24 th Nov 2016", [("2015-01", "2016-11")]),
])
def test_an_ordinal_written_apart_from_its_day(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize("first, middle, last, joined", [
    ("OCT 18", "TO", "FEB 19", True),
    ("2016", "to", "2019", True),
    ("Mar 2012", "-", "Present", True),
    ("Acme Ltd", "to", "2019", False),  # a name, not a date, above
    ("2016", "and", "2019", False),
    ("FEB 19", "TO", "OCT 18", False),  # ends before it starts
])
def test_a_range_over_three_lines(first, middle, last, joined):
    assert range_over_three_lines(first, middle, last) is joined


@pytest.mark.parametrize("text, expected", [
    ("May/15- Till Now Industrial Engineer", [("2015-05", "present")]),  # a month and a two-digit year by a slash
    ("August/09– August/11 Production Engineer", [("2009-08", "2011-08")]),
    ("Aug/15/2016 - 2017", []),  # a day, not a year
])
def test_month_slash_two_digit_year(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize("line, following, joined", [
    ("Sep 2007", "Sep 2019", True),  # a table's From and To cells, one under the other
    ("25-06-2013", "28-11-2013", True),
    ("Aug ‘12", "Till date", True),
    ("2016", "2019", False),  # years alone: a list of years
    ("Sep 2019", "Sep 2007", False),  # ends before it starts
    ("May 2015", "Acme Foods", False),
    ("From 11.2016", "till 11.2018", True),  # each end with its word
    ("From September 2006", "to present", True),
    ("From 2006", "to 2009", False),
    ("From May 2015", "Acme Foods", False),
])
def test_a_range_over_two_lone_dates(line, following, joined):
    assert range_over_two_points(line, following) is joined


@pytest.mark.parametrize("text, expected", [
    ("Nov. 2003 - Jan. 07 Surgical Technologist", [("2003-11", "2007-01")]),  # the end's year in two digits
    ("FEB 2006 TO MARCH 07", [("2006-02", "2007-03")]),
    ("2010 - May 15", []),  # no month at the start: no such range
    ("May 2015 - Apr 12", []),  # ends before it starts
    ("Sep 1991 - Aug 31", []),  # a day, not a year
    ("April 2017 - November 29", []),  # a day: twelve years after the start
    ("Jan 2015 - Mar 20", [("2015-01", "2020-03")]),  # five years: a year
    ("JUNE 11/2015 TO MARCH 15 / 2016", [("2015-03", "2016")]),  # more digits follow: not a short year (read as before)
    ("Aug – 2008 to Oct - 16", [("2008-08", "2016-10")]),  # a dash marks a year, never a day
    ("Sep 1991 - Aug '08", [("1991-09", "2008-08")]),  # so does an apostrophe
])
def test_a_full_start_and_a_two_digit_year_end(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Days of months, the year written once after them: not a range of two-digit years ("April 2010 - June 2019").
    ("April 10-June 19, 2019 BASILIAN INDUSTRIAL SERVICES LTD", [("2019-04", "2019-06")]),
    ("March 9 - May 7,2015", [("2015-03", "2015-05")]),
    ("Nov 4 - Dec 10, 2014 Pipefitter", [("2014-11", "2014-12")]),
    ("June 1st - July 3rd 2018", [("2018-06", "2018-07")]),
    ("December 12 - February 3, 2019", [("2018-12", "2019-02")]),
    # A few days, within a month or over its end, date a seminar or an exam, not a job.
    ("July 05 -July 12,2019 Plant shutdown", []),
    ("Seminar, November 28 - December 1, 2013", []),
    ("Jan 15-20, 2019", []),
    # Two-digit years stay years when no full year follows, or a range follows.
    ("June 10 - Aug 12", [("2010-06", "2012-08")]),
    ("Sep 10 - Jun 12 2013 - 2015", [("2010-09", "2012-06"), ("2013", "2015")]),
])
def test_days_of_months_before_one_year(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A month's name misspelt by a letter (two in long names) still dates the job, and the range's text is as written.
    ("Duration : March 2012 to Apirl 2014", ("2012-03", "2014-04", "March 2012 to Apirl 2014")),
    ("Since Febrary 2016 to July 2017", ("2016-02", "2017-07", "Febrary 2016 to July 2017")),
    ("Acme Foods (June 2011-decemnber 2011", ("2011-06", "2011-12", "June 2011-decemnber 2011")),
    ("PERL TECH LTD.- PUNE Augest-2012 to Mar-2013", ("2012-08", "2013-03", "Augest-2012 to Mar-2013")),
    ("Lead Auditor - OCT 2010-DECEMBERE2011, Auditor", ("2010-10", "2011-12", "OCT 2010-DECEMBERE2011")),
    ("3.Augst,2012 Until May 2014 RIVERSIDE DRILLING", ("2012-08", "2014-05", "Augst,2012 Until May 2014")),
    ("Mach 2011 to May 2014", ("2011-03", "2014-05", "Mach 2011 to May 2014")),
    ("Novermber 12, 2015 - present", ("2015-11", "present", "Novermber 12, 2015 - present")),
    # German, Dutch and Indonesian months.
    ("Oktober 2015 – Juni 2017 : PT. Sinar Jaya", ("2015-10", "2017-06", "Oktober 2015 – Juni 2017")),
    # Spanish, Italian, Portuguese and Indonesian short months.
    ("Dic 2010 - Sept 2014 Ferreteria Lobo", ("2010-12", "2014-09", "Dic 2010 - Sept 2014")),
    ("Licenciatura, Porto Alto, Feb/2006 to Dez/2009", ("2006-02", "2009-12", "Feb/2006 to Dez/2009")),
    ("14 Agu 2006 TO 3 NOV 2008", ("2006-08", "2008-11", "14 Agu 2006 TO 3 NOV 2008")),
    ("Jun 2017 / Agt 2017 Casa Verde catering", ("2017-06", "2017-08", "Jun 2017 / Agt 2017")),
    # A short month's slip, with a month spelt right at the range's other end.
    ("Lathe operator June 2016 to Fen 2019", ("2016-06", "2019-02", "June 2016 to Fen 2019")),
    ("Setp 2017 - Mar 2019", ("2017-09", "2019-03", "Setp 2017 - Mar 2019")),
])
def test_misspelt_months(text, expected):
    found = find_ranges(text)
    assert [(r.start.iso(), r.end_iso(), r.text) for r in found] == [expected]
    assert text[found[0].begin:found[0].stop].strip() == expected[2]


@pytest.mark.parametrize("text, expected", [
    # Words a letter from a month are words before a year, and short months are not guessed at.
    ("Marsh 2015 - 2018", ("2015", "2018")),
    ("Jane 2014 - 2016", ("2014", "2016")),
    ("Cricket Match 2019 - 2020", ("2019", "2020")),
    ("Augusta University, Augusta, 2015 - 2019", ("2015", "2019")),
])
def test_words_near_a_month_are_no_month(text, expected):
    assert periods(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # A range of years glued to the word before it by a PDF converter.
    ("Harlow Linens2012-2016", [("2012", "2016")]),
    ("Setup man at Brandt Tooling Co. from2003 to 2007.", [("2003", "2007")]),
    ("Ridgeview2019-Present", [("2019", "present")]),
    # Not after two letters or a digit, nor a version's year.
    ("(SY1996-2003)", []),
    ("ISO9001-2015", []),
    ("Windows Server2008 R2", []),
])
def test_years_glued_to_a_word(text, expected):
    assert periods(text) == expected


def test_a_month_and_its_day_with_dashes_before_the_year_is_one_date():
    # "Sept-10-2018" is September 10, 2018, not "Sep-10" (Sep 2010) to 2018.
    assert periods("Sept-10-2018 - Till") == [("2018-09", "present")]
    assert periods("Jan-05-2015 to Mar-20-2017") == [("2015-01", "2017-03")]
    # A month with a two-digit year is still a point when a range word follows it.
    assert periods("Sep-10 - Dec-12") == [("2010-09", "2012-12")]
    assert periods("Sep-10 - 2012") == [("2010-09", "2012")]


@pytest.mark.parametrize("text, start, end, written", [
    ("Harbor Clinic 12//2018 to 01//2019", "2018-12", "2019-01", "12//2018 to 01//2019"),
    ("7//2017 - Present Machinist", "2017-07", "present", "7//2017 - Present"),
    ("Lakeside, MI 10/11/2017-01/29//2018", "2017-10", "2018-01", "10/11/2017-01/29//2018"),
])
def test_a_slash_typed_twice_before_a_year_is_one(text, start, end, written):
    found = find_ranges(text)
    assert [(r.start.iso(), r.end_iso(), r.text) for r in found] == [(start, end, written)]


@pytest.mark.parametrize("text, start, end", [
    ("Period: 16.05.97 to 30.11.98", "1997-05", "1998-11"),
    ("15.06.06. To 31.12.2007 Store Keeper", "2006-06", "2007-12"),
    ("From 01.04.08 - till date", "2008-04", "present"),
])
def test_a_day_month_and_two_digit_year_joined_by_full_stops(text, start, end):
    assert [(r.start.iso(), r.end_iso()) for r in find_ranges(text)] == [(start, end)]


def test_full_stop_dates_out_of_order_are_no_range():
    assert find_ranges("30.11.98 to 16.05.97") == []


def test_since_from_a_date_is_an_open_range():
    # "Since from 03rd JUNE 2016": the job runs from that date to the present.
    assert periods("Working at Harbor Tools, Since from 03rd JUNE 2016.") == [("2016-06", "present")]
    # The guard: "since from X to Y" still closes at its end.
    assert periods("Since from March 2017 to July 2019") == [("2017-03", "2019-07")]


def test_a_year_typed_with_the_letter_o_for_a_zero():
    # "03-Dec-2oo4", "JULY 2 2OO2- SEPTEMBER 5, 2011": the letter "o" stands for a zero in a year; the range is read.
    assert periods("Trainee, 04-Dec-2003 to 03-Dec-2oo4 one year") == [("2003-12", "2004-12")]
    assert periods("Date: JULY 2 2OO2- SEPTEMBER 5, 2011") == [("2002-07", "2011-09")]
    # The guard: a word of letters and digits ("2oz", "20oo1x") is no year.
    assert periods("Mixed 2oz to 20oo1x") == []
