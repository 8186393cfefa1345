import pytest

from ladder_demo.numbers import clamp, floor_to, mean, median, percent, percentile


def test_clamp_inside_and_below():
    assert clamp(5, 0, 10) == 5
    assert clamp(-3, 0, 10) == 0


def test_clamp_rejects_inverted_bounds():
    with pytest.raises(ValueError):
        clamp(1, 10, 0)


def test_percent():
    assert percent(1, 3) == 33.3
    assert percent(2, 3, digits=2) == 66.67


def test_floor_to_rounds_down():
    assert floor_to(76.98) == 76.9
    assert floor_to(-0.01) == -0.1


def test_mean():
    assert mean([1, 2, 3, 4]) == 2.5
    assert mean([]) is None


def test_median_odd_and_even():
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 3, 2]) == 2.5


def test_percentile_nearest_rank():
    values = list(range(1, 11))
    assert percentile(values, 0.5) == 5
    assert percentile(values, 0.9) == 9
    assert percentile(values, 1) == 10


@pytest.mark.skip(reason="percent() of an empty whole is still under discussion")
def test_percent_of_empty_whole():
    assert percent(0, 0) == 0.0
