"""ladder_demo: a small package used to produce real coverage reports for test-ladder."""

__version__ = "0.1.0"
