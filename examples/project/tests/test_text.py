import pytest

from ladder_demo.text import is_palindrome, pad_center, slugify, truncate, word_count


def test_slugify_joins_words():
    assert slugify("Hello, World!") == "hello-world"


def test_slugify_custom_separator():
    assert slugify("a b  c", separator="_") == "a_b_c"


def test_slugify_empty():
    assert slugify("") == ""


def test_truncate_short_text_unchanged():
    assert truncate("abc", 5) == "abc"


def test_truncate_adds_ellipsis():
    assert truncate("abcdefgh", 6) == "abc..."


def test_truncate_tiny_width():
    assert truncate("abcdefgh", 2) == ".."


def test_truncate_negative_width():
    with pytest.raises(ValueError):
        truncate("abc", -1)


def test_word_count_ignores_punctuation_only_tokens():
    assert word_count("one, two - three !") == 4
    assert word_count("... ! ?") == 0


@pytest.mark.parametrize(
    "text, expected",
    [("A man, a plan, a canal: Panama", True), ("ladder", False), ("!!", False)],
)
def test_is_palindrome(text, expected):
    assert is_palindrome(text) is expected


def test_pad_center():
    assert pad_center("ab", 5, ".") == ".ab.."
    assert pad_center("abcdef", 3) == "abcdef"
