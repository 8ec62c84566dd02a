"""statx diff and statx series: subjects compared after normalisation and synonyms, figures
paired across two sides, series by year, and claim tables read back."""
import csv
import io
import json
import os
from decimal import Decimal

import pytest
from rich.console import Console
from typer.testing import CliRunner

import statx
import statx.io.readback
from statx.compare.chart import chart
from statx.cli import app
from statx.compare.diff import ONLY_NEW, ONLY_OLD, OTHER_YEAR, REVISED, UNCHANGED, pair
from statx.io.read import ReadError
from statx.compare.series import series
from statx.compare.keys import Subjects, parse_synonyms
from statx.io.readback import read_table

HERE = os.path.dirname(__file__)
DATA = os.path.join(HERE, "data", "compare")
SEEDS = os.path.join(HERE, "..", "seeds")
SEED_001 = os.path.join(SEEDS, "001_3e9e20e1f111c689.txt")
SEED_002 = os.path.join(SEEDS, "002_dfd047e8c9417aac.txt")
SUBJECTS = Subjects()
runner = CliRunner()


def claim(subject, value, unit="count", year=2020, direction=None, doc="a.txt", value_to=None,
          qualifier="exact", sentence="s."):
    return statx.Claim(id=f"{doc}:{subject}:{value}".replace(" ", "_"), doc=doc, doc_date=None, speaker=None, start=0, end=1,
                       mention=str(value), value=Decimal(str(value)),
                       value_to=None if value_to is None else Decimal(str(value_to)), unit=unit,
                       qualifier=qualifier, direction=direction, year=year, since=None, subject=subject,
                       sentence=sentence)


def summary(pairs):
    """(status, old value, new value) of each pair."""
    return [(p.status, p.old and p.old.value, p.new and p.new.value) for p in pairs]


# ---------------------------------------------------------------------------------- subjects

@pytest.mark.parametrize("a,b", [
    ("cyber crimes", "cybercrimes"),
    ("cyber-crimes", "Cybercrimes"),
    ("the number of IT crimes", "cybercrimes"),
    ("IT crimes", "crimes committed using information and communication technologies"),
    ("ICT crimes", "cyber crime"),
    ("IT-преступления", "киберпреступления"),
    ("киберпреступлений", "преступления, совершенные с использованием информационно-телекоммуникационных технологий"),
    ("количество IT-преступлений", "IT crimes"),
    ("преступлений", "преступления"),
    ("преступлениями", "преступление"),
    ("ущерб от IT-преступлений", "ущерб от киберпреступлений"),
    ("damage from IT crimes", "damage from cyber-crimes"),
    ("road traffic accidents", "ДТП"),
    ("дорожно-транспортных происшествий", "дтп"),
    ("fatalities", "fatality"),
    ("losses", "loss"),
    ("drug offences", "drug-related crimes"),
    ("the injuries", "injury"),
    ("погибших в ДТП", "road deaths"),
    ("Ёлки", "елка"),
    ("ДТП в России", "road accidents in Russia"),
    ("ущерб от IT-преступлений в России", "ущерб от киберпреступлений"),
    ("IT crimes solved", "solved IT crimes"),
    ("зарегистрировано преступлений", "зарегистрированных преступлений"),
    ("совершено преступлений", "совершенных преступлений"),
])
def test_same_subject(a, b):
    assert SUBJECTS.key(a) == SUBJECTS.key(b)


@pytest.mark.parametrize("a,b", [
    ("cybercrimes", "crimes"),
    ("road traffic accidents", "road traffic fatalities"),
    ("drug users", "underage drug users"),
    ("damage", "damage from cybercrimes"),
    ("преступлений", "киберпреступлений"),
    ("loss", "lose"),
    ("crimes committed by adolescents", "crimes committed under the influence of drugs"),
    ("crimes in Moscow", "crimes"),
    ("solved IT crimes", "IT crimes"),
    ("solved IT crimes", "registered IT crimes"),
    ("IT crimes solved", "IT crimes registered"),
    ("раскрыто IT-преступлений", "IT-преступлений"),
    ("раскрытых преступлений", "зарегистрированных преступлений"),
])
def test_different_subjects(a, b):
    assert SUBJECTS.key(a) != SUBJECTS.key(b)


@pytest.mark.parametrize("lemmas", [True, False])
@pytest.mark.parametrize("a,b,same", [
    ("зарегистрировано преступлений", "зарегистрированных преступлений", True),
    ("раскрыто IT-преступлений", "раскрытых IT-преступлений", True),
    ("раскрыто IT-преступлений", "зарегистрировано IT-преступлений", False),
])
def test_russian_forms_with_and_without_lemmas(lemmas, a, b, same):
    subjects = Subjects(lemmas=lemmas)   # lemmas only where pymorphy3 (the morph extra) is installed
    assert (subjects.key(a) == subjects.key(b)) is same


@pytest.mark.parametrize("subject", [None, "", "the", "  "])
def test_no_subject_has_an_empty_key(subject):
    assert SUBJECTS.key(subject) == ""


@pytest.mark.parametrize("text,groups", [
    ("hacker attacks = cyberattacks\n", [("hacker attacks", "cyberattacks")]),
    ("# comment\n\n  a = b = c  \nd=e", [("a", "b", "c"), ("d", "e")]),
    ("", []),
])
def test_parse_synonyms(text, groups):
    assert parse_synonyms(text) == groups


@pytest.mark.parametrize("text,line", [("a = b\nlonely\n", 2), ("a =\n", 1), ("= =\n", 1)])
def test_parse_synonyms_names_the_bad_line(text, line):
    with pytest.raises(ValueError, match=f"line {line}:"):
        parse_synonyms(text)


def test_user_synonyms_extend_the_built_in_groups():
    subjects = Subjects([("хакерские атаки", "cybercrimes"), ("thefts of cars", "car thefts")])
    assert subjects.key("хакерских атак") == subjects.key("IT crimes") == subjects.key("киберпреступления")
    assert subjects.key("car theft") == subjects.key("thefts of cars")
    assert SUBJECTS.key("хакерские атаки") != SUBJECTS.key("IT crimes")


# ---------------------------------------------------------------------------------- pairing

@pytest.mark.parametrize("old,new,expected", [
    # the same year goes first, even over the same value
    ([claim("x", 100, year=2020), claim("x", 250, year=2021)], [claim("x", 100, year=2021)],
     [(REVISED, 250, 100), (ONLY_OLD, 100, None)]),
    # then the same value
    ([claim("x", 100), claim("x", 200)], [claim("x", 200)],
     [(UNCHANGED, 200, 200), (ONLY_OLD, 100, None)]),
    # then the nearer year
    ([claim("x", 1, year=2015), claim("x", 2, year=2019)], [claim("x", 3, year=2021)],
     [(OTHER_YEAR, 2, 3), (ONLY_OLD, 1, None)]),
    # then the nearer position in the document
    ([claim("x", 10), claim("x", 20)], [claim("x", 11), claim("x", 21)],
     [(REVISED, 10, 11), (REVISED, 20, 21)]),
    # never one claim twice
    ([claim("x", 100)], [claim("x", 100, doc="n1"), claim("x", 120, doc="n2")],
     [(UNCHANGED, 100, 100), (ONLY_NEW, None, 120)]),
    # renamed subjects pair; other subjects and units do not
    ([claim("cyber crimes", 510000), claim("damage", 5, unit="RUB")],
     [claim("IT-преступления", 517700), claim("damage", 5, unit="percent")],
     [(REVISED, 510000, 517700), (ONLY_OLD, 5, None), (ONLY_NEW, None, 5)]),
    # a change is not a level; a rise and a fall of one measure pair, with their signs
    ([claim("x", 30, unit="percent", direction="up"), claim("x", 40, unit="percent")],
     [claim("x", 5, unit="percent", direction="down")],
     [(REVISED, 30, -5), (ONLY_OLD, 40, None)]),
    # a range changes when its upper end does
    ([claim("x", 10, value_to=15)], [claim("x", 10, value_to=20)], [(REVISED, 10, 10)]),
    ([], [claim("x", 1)], [(ONLY_NEW, None, 1)]),
])
def test_pairing(old, new, expected):
    assert summary(pair(old, new, SUBJECTS)) == expected


@pytest.mark.parametrize("old,new,delta,delta_pct", [
    (510000, 680000, Decimal("170000"), Decimal("33.33")),
    (27, "26.9", Decimal("-0.1"), Decimal("-0.37")),
    (30, 30, Decimal(0), Decimal(0)),
    (0, 5, Decimal(5), None),
    (-30, -15, Decimal(15), Decimal(50)),
    ("0.1", "0.3", Decimal("0.2"), Decimal(200)),
    ("-2.4", "-11.4", Decimal(-9), Decimal(-375)),
])
def test_delta_is_exact(old, new, delta, delta_pct):
    [p] = pair([claim("x", old)], [claim("x", new)], SUBJECTS)
    assert (p.delta, p.delta_pct) == (delta, delta_pct)
    assert str(p.delta) == str(delta)  # no trailing zeros or exponent
    row = p.row()
    assert (row["delta"], row["delta_pct"]) == (delta, delta_pct)
    assert isinstance(row["old"], Decimal) and isinstance(row["delta"], Decimal)


def test_repeats_within_a_side_make_one_row_with_all_sources():
    old = [claim("cyber crimes", 680000, doc="a.txt"), claim("cybercrimes", 680000, doc="a.txt"),
           claim("cyber crimes", 680000, doc="copy.txt")]
    [p] = pair(old, [claim("IT crimes", 680000, doc="b.txt")], SUBJECTS)
    row = p.row()
    assert (row["status"], row["old_doc"], row["new_doc"]) == (UNCHANGED, "a.txt; copy.txt", "b.txt")
    assert row["old_ids"].split() == [c.id for c in old]
    assert (row["subject"], row["old_subject"], row["new_subject"]) == ("IT crimes", "cyber crimes", "IT crimes")


def test_claims_without_a_subject_pair_only_with_the_same_sentence():
    old = [claim(None, 25, sentence="One in four."), claim(None, 7, sentence="Seven more.")]
    new = [claim(None, 25, sentence="One in four."), claim(None, 8, sentence="Eight more.")]
    assert summary(pair(old, new, SUBJECTS)) == [(UNCHANGED, 25, 25), (ONLY_OLD, 7, None), (ONLY_NEW, None, 8)]


# ---------------------------------------------------------------------------------- series

def test_series_by_year_with_conflicts_side_by_side():
    claims = [
        claim("cyber crimes", 680000, year=2023, doc="a", qualifier="approx"),
        claim("IT crimes", 510000, year=2020, doc="b"),
        claim("ICT crimes", 677000, year=2023, doc="c"),
        claim("cybercrimes", 600000, year=None, doc="d"),
        claim("cyber crimes", 510000, year=2020, doc="e"),
        claim("damage", 156, unit="RUB", year=2023, doc="a"),
        claim(None, 3, year=2023, doc="a"),
    ]
    [crimes, damage] = series(claims, SUBJECTS)
    assert (crimes.name, crimes.measure.unit, crimes.title) == ("cyber crimes", "count", "cyber crimes, count")
    rows = list(crimes.rows())
    assert [(r["year"], r["values"], r["qualifiers"], r["sources"]) for r in rows] == [
        (2020, Decimal(510000), "exact", "b, e"),
        (2023, "680000 | 677000", "approx | exact", "a | c"),
        (None, Decimal(600000), "exact", "d"),
    ]
    assert rows[0]["subjects"] == "IT crimes; cyber crimes"
    assert [r["year"] for r in damage.rows()] == [2023]


@pytest.mark.parametrize("subject,unit,titles", [
    ("киберпреступления", None, ["cyber crimes, count", "cyber crimes, percent change"]),
    ("the number of IT-crimes", "PERCENT", ["cyber crimes, percent change"]),
    (None, "RUB", ["damage, RUB"]),
    ("crimes", None, []),
])
def test_series_filters(subject, unit, titles):
    claims = [claim("cyber crimes", 680000), claim("cyber crimes", 30, unit="percent", direction="up"),
              claim("damage", 1, unit="RUB")]
    assert [s.title for s in series(claims, SUBJECTS, subject, unit)] == titles


def _chart_lines(values: list, width: int = 40) -> list[str]:
    claims = [claim("x", v, year=2020 + i) for i, v in enumerate(values)]
    out = io.StringIO()
    console = Console(file=out, width=100, color_system=None)
    [s] = series(claims, SUBJECTS)
    console.print(chart(s, width))
    return [line.rstrip() for line in out.getvalue().splitlines()]


@pytest.mark.parametrize("values, lines", [
    # all rises: bars from the left edge, the longest for the largest value
    ([100, 50], ["2020 " + "█" * 40 + " 100", "2021 " + "█" * 20 + " " * 21 + "50"]),
    # rises and falls: falls to the left of the zero line, rises to its right, in proportion
    ([30, -10, 0], ["2020 " + " " * 10 + "│" + "█" * 30 + " 30",
                    "2021 " + "█" * 10 + "│" + " " * 30 + " -10",
                    "2022 " + " " * 10 + "│" + " " * 30 + " 0"]),
    # only falls: every bar ends at the zero line
    ([-25, -5], ["2020 " + "█" * 40 + "│ -25", "2021 " + " " * 32 + "█" * 8 + "│ -5"]),
    # a fall too small for a whole bar still shows on the left
    ([1000, -1], ["2020  │" + "█" * 40 + " 1,000", "2021 █│" + " " * 40 + " -1"]),
])
def test_chart_shows_signs(values, lines):
    assert _chart_lines(values) == lines


def test_chart_colours_falls_apart():
    claims = [claim("x", 30, year=2020), claim("x", -10, year=2021)]
    [s] = series(claims, SUBJECTS)
    styles = [{str(bar.style), *(str(span.style) for span in bar.spans)} - {""} for bar in chart(s).columns[1].cells]
    assert styles == [{"cyan"}, {"red"}]


# ---------------------------------------------------------------------------------- status and deltas

@pytest.mark.parametrize("old, new, status", [
    (claim("x", 100, year=2021), claim("x", 100, year=2021), UNCHANGED),
    (claim("x", 100, year=2021), claim("x", 105, year=2021), REVISED),
    (claim("x", 100, year=2021), claim("x", 105, year=2022), OTHER_YEAR),
    (claim("x", 100, year=2021), claim("x", 100, year=2022), OTHER_YEAR),
    (claim("x", 100, year=None), claim("x", 105, year=None), REVISED),
    (claim("x", 100, year=None), claim("x", 100, year=2022), OTHER_YEAR),
])
def test_status_tells_a_revision_from_another_year(old, new, status):
    [p] = pair([old], [new], SUBJECTS)
    assert p.status == status == p.row()["status"]


@pytest.mark.parametrize("unit, old, new, delta, delta_unit, delta_pct", [
    ("percent", "1.4", 30, Decimal("28.6"), "pp", None),
    ("percent", 30, "1.4", Decimal("-28.6"), "pp", None),
    ("pp", 2, 3, Decimal(1), "pp", None),
    ("count", 517700, 680000, Decimal(162300), "count", Decimal("31.35")),
    ("RUB", 100, 90, Decimal(-10), "RUB", Decimal(-10)),
])
def test_a_difference_of_percentages_is_in_points(unit, old, new, delta, delta_unit, delta_pct):
    [p] = pair([claim("x", old, unit=unit)], [claim("x", new, unit=unit)], SUBJECTS)
    row = p.row()
    assert (row["delta"], row["delta_unit"], row["delta_pct"]) == (delta, delta_unit, delta_pct)


def test_one_sided_rows_have_no_delta():
    rows = [p.row() for p in pair([claim("x", 1)], [claim("y", 2)], SUBJECTS)]
    assert [(r["delta"], r["delta_unit"], r["delta_pct"]) for r in rows] == [(None, None, None)] * 2


# ---------------------------------------------------------------------------------- documents

def test_series_of_one_statistic_renamed_across_years_and_languages():
    claims = list(statx.io.readback.load_claims([DATA]))
    [counts] = series(claims, SUBJECTS, "cybercrimes", "count")
    rows = list(counts.rows())
    assert [(r["year"], r["values"]) for r in rows] == [
        (2019, Decimal(294000)), (2020, Decimal(510000)), (2021, Decimal(517700)), (2022, Decimal(522000)),
        (2023, "680000 | 677000"),
    ]
    # the document and its copy are one source each of the same figure
    assert rows[1]["sources"] == ", ".join(os.path.join(DATA, n) for n in ("2021-02-it-crimes-copy.txt", "2021-02-it-crimes.txt"))
    wordings = {SUBJECTS.key(w) for r in rows for w in r["subjects"].split("; ")}
    assert len(wordings) == 1


SOLVED_AND_REGISTERED = [
    ("a.txt", "Police registered 680,000 IT crimes in 2023."),
    ("b.txt", "In 2023, police solved 57,000 IT crimes."),
    ("c.txt", "In 2023, 57,000 IT crimes were solved."),
]


def test_solved_and_registered_are_never_one_measure():
    claims = [c for name, text in SOLVED_AND_REGISTERED for c in statx.extract_text(text, doc=name)]
    by_name = {s.name: [(r["year"], r["values"]) for r in s.rows()] for s in series(claims, SUBJECTS)}
    assert by_name == {"it crimes": [(2023, Decimal(680000))], "solved it crimes": [(2023, Decimal(57000))]}
    old, new = (statx.extract_text(text, doc=name) for name, text in SOLVED_AND_REGISTERED[:2])
    assert {p.status for p in pair(old, new, SUBJECTS)} == {ONLY_OLD, ONLY_NEW}


def test_diff_of_a_document_and_its_copy_is_unchanged():
    one, copy = (os.path.join(DATA, n) for n in ("2021-02-it-crimes.txt", "2021-02-it-crimes-copy.txt"))
    pairs = pair(statx.extract_paths([one]), statx.extract_paths([copy]), SUBJECTS)
    assert pairs and {p.status for p in pairs} == {UNCHANGED}


def test_diff_across_years_and_languages():
    old, new = (os.path.join(DATA, n) for n in ("2022-01-ru.txt", "2024-04-cyber-crimes.txt"))
    rows = [p.row() for p in pair(statx.extract_paths([old]), statx.extract_paths([new]), SUBJECTS)]
    counts = [r for r in rows if r["unit"] == "count"]
    assert [(r["status"], r["old"], r["old_year"], r["new"], r["new_year"], r["delta"], r["delta_pct"]) for r in counts] == [
        (OTHER_YEAR, Decimal(517700), 2021, Decimal(680000), 2023, Decimal(162300), Decimal("31.35"))]


def test_seed_002_is_a_copy_of_the_start_of_001():
    pairs = pair(statx.extract_paths([SEED_001]), statx.extract_paths([SEED_002]), SUBJECTS)
    new_figures = len({(c.subject, c.value, c.unit, c.year) for c in statx.extract_paths([SEED_002])})
    paired = [p for p in pairs if p.new is not None]
    assert len(paired) == new_figures > 0
    assert all(p.status == UNCHANGED and p.old.claims[0].mention == p.new.claims[0].mention for p in paired)
    assert any(p.status == ONLY_OLD for p in pairs)


# ---------------------------------------------------------------------------------- tables

@pytest.mark.parametrize("args", [["-f", "csv"], ["-f", "jsonl"], ["-f", "json"], ["-f", "csv", "--excel"]])
def test_tables_written_by_extract_read_back_as_the_same_claims(args, tmp_path):
    out = tmp_path / "claims.out"
    result = runner.invoke(app, ["extract", SEEDS, DATA, "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    claims = list(statx.extract_paths([SEEDS, DATA]))
    assert read_table(out.read_text(encoding="utf-8"), str(out)) == claims


def test_a_table_of_some_columns_reads_back(tmp_path):
    text = "value,unit,year,subject\n510000,count,2020,IT crimes\n-5,percent,,\n"
    a, b = read_table(text, "t.csv")
    assert (a.doc, a.value, a.year, a.subject, a.speaker) == ("t.csv", Decimal(510000), 2020, "IT crimes", None)
    assert (b.value, b.year, b.subject) == (Decimal(-5), None, None)


@pytest.mark.parametrize("text", [
    "Crimes fell by 5 percent in 2020.\n",
    "name,value\nx,1\n",
    '{"name": "x"}\n',
    "[\n1, 2\n]\n",
    '"unterminated, quote\n' + "x" * 1000,
    "",
])
def test_other_texts_are_not_tables(text):
    assert read_table(text, "doc") is None


@pytest.mark.parametrize("text,line", [
    ("value,unit,subject\n1,count,x\nabc,count,y\n", 3),
    ("value,unit,subject\n1,,x\n", 2),
    ("value,unit,subject,year\n1,count,x,2020.5\n", 2),
    ('{"value": 1, "unit": "count", "subject": "x"}\n{"value": 2, "unit": "count"\n', 2),
    ('{"value": 1, "unit": "count", "subject": "x"}\n[1]\n', 2),
    ('{"value": "NaN", "unit": "count", "subject": "x"}\n', 1),
])
def test_a_bad_row_names_its_line(text, line):
    with pytest.raises(ReadError, match=f"^t: line {line}: [a-z_]*:? ?[^<]+$"):
        read_table(text, "t")


# ---------------------------------------------------------------------------------- command line

def _rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_cli_diff_of_seeds():
    result = runner.invoke(app, ["diff", SEED_001, SEED_002, "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = _rows(result.stdout)
    assert [r["status"] for r in rows if r["new"]] == [UNCHANGED] * len([r for r in rows if r["new"]])
    assert {r["status"] for r in rows} == {UNCHANGED, ONLY_OLD}
    assert list(rows[0]) == list(statx.compare.diff.DIFF_COLUMNS)


def test_cli_diff_round_trip_through_csv_and_jsonl_tables(tmp_path):
    old, new = tmp_path / "old.csv", tmp_path / "new.jsonl"
    assert runner.invoke(app, ["extract", SEED_001, "-o", str(old)]).exit_code == 0
    assert runner.invoke(app, ["extract", SEED_002, "-o", str(new)]).exit_code == 0
    from_tables = runner.invoke(app, ["diff", str(old), str(new), "-f", "csv"])
    from_documents = runner.invoke(app, ["diff", SEED_001, SEED_002, "-f", "csv"])
    assert from_tables.exit_code == 0, from_tables.output
    assert from_tables.stdout == from_documents.stdout
    # a table against itself: every figure unchanged, negative values stay numbers
    result = runner.invoke(app, ["diff", str(old), str(old), "-f", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and {r["status"] for r in rows} == {UNCHANGED}
    assert any(isinstance(r["old"], (int, float)) and r["old"] < 0 for r in rows)


def test_cli_diff_reads_a_table_from_stdin(tmp_path):
    table = runner.invoke(app, ["extract", SEED_002, "-f", "jsonl"]).stdout
    result = runner.invoke(app, ["diff", SEED_002, "-", "-f", "csv"], input=table)
    assert result.exit_code == 0, result.output
    assert {r["status"] for r in _rows(result.stdout)} == {UNCHANGED}


def test_cli_diff_with_a_synonyms_file(tmp_path):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("Publication date: May 1, 2021\n\nIn 2020, the number of car thefts fell by 4 percent.\n")
    new.write_text("Publication date: May 1, 2022\n\nIn 2021, the number of vehicle thefts fell by 7 percent.\n")
    synonyms = tmp_path / "synonyms.txt"
    synonyms.write_text("# ours\ncar thefts = vehicle thefts = угоны\n", encoding="utf-8")
    plain = _rows(runner.invoke(app, ["diff", str(old), str(new), "-f", "csv"]).stdout)
    assert [r["status"] for r in plain] == [ONLY_OLD, ONLY_NEW]
    result = runner.invoke(app, ["diff", str(old), str(new), "-f", "csv", "--synonyms", str(synonyms)])
    [row] = _rows(result.stdout)
    assert (row["status"], row["old"], row["new"], row["delta"], row["delta_pct"], row["delta_unit"]) == (
        OTHER_YEAR, "-4", "-7", "-3", "", "pp")


@pytest.mark.parametrize("args,code,message", [
    (["diff", SEED_002, "missing.txt"], 1, "missing.txt: no such file or directory"),
    (["diff", "-", "-"], 2, "only one side can be read from stdin"),
    (["diff", SEED_001, SEED_002, "--synonyms", "missing.txt"], 2, "missing.txt"),
    (["series", DATA, "missing-folder"], 1, "missing-folder: no such file or directory"),
    (["series", DATA, "--subject", "weather"], 0, "no series matches --subject/--unit"),
])
def test_cli_exit_codes_and_messages(args, code, message):
    result = runner.invoke(app, args)
    assert result.exit_code == code
    assert message in " ".join(result.stderr.split())


def test_cli_bad_synonyms_file_is_a_usage_error(tmp_path):
    bad = tmp_path / "synonyms.txt"
    bad.write_text("it crimes = cybercrimes\njust one phrase\n")
    result = runner.invoke(app, ["diff", SEED_001, SEED_002, "-s", str(bad)])
    assert result.exit_code == 2
    assert "line 2" in result.stderr


def test_cli_series_json(tmp_path):
    out = tmp_path / "series.json"
    result = runner.invoke(app, ["series", DATA, "--subject", "IT-преступления", "--unit", "count", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert [(r["year"], r["values"]) for r in rows] == [
        (2019, 294000), (2020, 510000), (2021, 517700), (2022, 522000), (2023, "680000 | 677000")]
    assert {r["unit"] for r in rows} == {"count"}


def test_cli_series_table_without_a_terminal_has_no_chart():
    result = runner.invoke(app, ["series", DATA, "--unit", "RUB", "-f", "table"])
    assert result.exit_code == 0, result.output
    assert "damage, RUB" in result.stdout and "█" not in result.stdout

