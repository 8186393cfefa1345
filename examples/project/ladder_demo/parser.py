"""A tiny parser for `key = value` settings files with [sections] and # comments."""


class ParseError(ValueError):
    """A line that is not a comment, a section header or a key = value pair."""

    def __init__(self, line_number, message):
        super().__init__(f"line {line_number}: {message}")
        self.line_number = line_number


def parse_value(raw):
    """Turn a raw value into bool, int, float or str."""
    value = raw.strip()
    lowered = value.lower()
    if lowered in ("true", "yes", "on"):
        return True
    if lowered in ("false", "no", "off"):
        return False
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    try:
        return int(value)
    except ValueError:
        pass
    try:
        return float(value)
    except ValueError:
        return value


def parse(text):
    """Parse settings text into {section: {key: value}}; keys before any section go to ""."""
    result = {"": {}}
    section = ""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("["):
            if not stripped.endswith("]"):
                raise ParseError(number, "unclosed section header")
            section = stripped[1:-1].strip()
            if not section:
                raise ParseError(number, "empty section name")
            result.setdefault(section, {})
            continue
        if "=" not in stripped:
            raise ParseError(number, "expected key = value")
        key, raw = stripped.split("=", 1)
        key = key.strip()
        if not key:
            raise ParseError(number, "empty key")
        if key in result[section]:
            raise ParseError(number, f"duplicate key {key!r}")
        result[section][key] = parse_value(raw)
    if not result[""]:
        del result[""]
    return result


def dump(settings):
    """Write settings back as text; the inverse of parse for simple values."""
    lines = []
    for section, values in settings.items():
        if section:
            lines.append(f"[{section}]")
        for key, value in values.items():
            if isinstance(value, bool):
                value = "true" if value else "false"
            lines.append(f"{key} = {value}")
    return "\n".join(lines) + "\n"
