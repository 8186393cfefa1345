from ladder_demo.table import column_widths


def test_column_widths():
    assert column_widths([["a", 100], ["bbbb", 2]], ["name", "n"]) == [4, 3]
