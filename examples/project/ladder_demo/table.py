"""Plain-text tables for terminal output."""


def column_widths(rows, headers):
    """Width of each column: the longest cell or header in it."""
    widths = [len(h) for h in headers]
    for row in rows:
        if len(row) != len(headers):
            raise ValueError("row length does not match headers")
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(str(cell)))
    return widths


def align(cell, width, how):
    """Align one cell: 'left', 'right' or 'center'."""
    text = str(cell)
    if how == "left":
        return text.ljust(width)
    if how == "right":
        return text.rjust(width)
    if how == "center":
        return text.center(width)
    raise ValueError(f"unknown alignment {how!r}")


def render(rows, headers, aligns=None):
    """Render rows under headers with a rule line; numbers align right by default."""
    widths = column_widths(rows, headers)
    if aligns is None:
        aligns = []
        for i in range(len(headers)):
            numeric = rows and all(isinstance(r[i], (int, float)) for r in rows)
            aligns.append("right" if numeric else "left")
    out = [" | ".join(align(h, w, "left") for h, w in zip(headers, widths))]
    out.append("-+-".join("-" * w for w in widths))
    for row in rows:
        out.append(" | ".join(align(c, w, a) for c, w, a in zip(row, widths, aligns)))
    return "\n".join(line.rstrip() for line in out)


def render_markdown(rows, headers):
    """Render a GitHub-flavoured markdown table, escaping pipes in cells."""
    def cell(value):
        return str(value).replace("|", "\\|")

    out = ["| " + " | ".join(cell(h) for h in headers) + " |"]
    out.append("|" + "|".join("---" for _ in headers) + "|")
    for row in rows:
        out.append("| " + " | ".join(cell(c) for c in row) + " |")
    return "\n".join(out)
