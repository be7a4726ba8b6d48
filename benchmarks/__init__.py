"""Benchmarks: python -m benchmarks.<name>. Nothing runs at import."""
