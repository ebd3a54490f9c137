"""Benchmarks of the desk against the floor of the same machine: ``python -m benchmarks`` (see README.md)."""
