"""Number helpers: clamping, percentages, simple statistics."""

import math


def clamp(value, low, high):
    """Keep `value` within [low, high]."""
    if low > high:
        raise ValueError("low must not exceed high")
    if value < low:
        return low
    if value > high:
        return high
    return value


def percent(part, whole, digits=1):
    """`part` of `whole` as a percentage; 100.0 for an empty whole."""
    if whole == 0:
        return 100.0
    return round(100.0 * part / whole, digits)


def floor_to(value, digits=1):
    """Round `value` down (toward minus infinity) to `digits` decimals."""
    factor = 10 ** digits
    return math.floor(value * factor) / factor


def mean(values):
    """Arithmetic mean; None for no values."""
    values = list(values)
    if not values:
        return None
    return sum(values) / len(values)


def median(values):
    """Median of `values`; the mean of the two middle ones for an even count."""
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        return None
    middle = n // 2
    if n % 2 == 1:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def percentile(values, p):
    """Nearest-rank percentile: x[ceil(p * n) - 1] of the sorted values."""
    if not 0 < p <= 1:
        raise ValueError("p must be in (0, 1]")
    ordered = sorted(values)
    if not ordered:
        return None
    rank = math.ceil(p * len(ordered))
    return ordered[rank - 1]
