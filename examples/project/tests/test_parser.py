import pytest

from ladder_demo.parser import ParseError, dump, parse, parse_value


def test_parse_sections_and_values():
    text = """
# settings
name = demo
[coverage]
target = 90
tolerance = 0.5
branches = yes
"""
    assert parse(text) == {
        "": {"name": "demo"},
        "coverage": {"target": 90, "tolerance": 0.5, "branches": True},
    }


def test_parse_value_quoted_string():
    assert parse_value(' "42" ') == "42"


def test_parse_missing_equals_is_an_error():
    with pytest.raises(ParseError) as info:
        parse("[a]\njust words\n")
    assert info.value.line_number == 2


def test_dump_round_trips():
    settings = {"": {"name": "demo"}, "coverage": {"target": 90, "branches": False}}
    assert parse(dump(settings)) == settings
