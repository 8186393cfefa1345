"""String helpers: slugs, truncation, word counts, palindromes."""

import re

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text, separator="-"):
    """Lower-case `text` and join its alphanumeric runs with `separator`."""
    if not text:
        return ""
    slug = _NON_WORD.sub(separator, text.lower())
    return slug.strip(separator)


def truncate(text, width, ellipsis="..."):
    """Cut `text` to at most `width` characters, ending in `ellipsis` when cut."""
    if width < 0:
        raise ValueError("width must be >= 0")
    if len(text) <= width:
        return text
    if width <= len(ellipsis):
        return ellipsis[:width]
    return text[: width - len(ellipsis)] + ellipsis


def word_count(text):
    """Count whitespace-separated words."""
    count = 0
    for word in text.split():
        if word.strip(".,;:!?"):
            count += 1
    return count


def is_palindrome(text):
    """True when `text` reads the same both ways, ignoring case and punctuation."""
    letters = [c.lower() for c in text if c.isalnum()]
    if not letters:
        return False
    return letters == letters[::-1]


def pad_center(text, width, fill=" "):
    """Center `text` in `width` columns; extra fill goes to the right."""
    if len(fill) != 1:
        raise ValueError("fill must be a single character")
    missing = width - len(text)
    if missing <= 0:
        return text
    left = missing // 2
    return fill * left + text + fill * (missing - left)
