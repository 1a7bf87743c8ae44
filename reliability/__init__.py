"""Longer reliability harnesses: `make reliability` runs them and prints their figures."""
