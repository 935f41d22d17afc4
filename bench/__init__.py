"""Benchmarks with synthetic data; see docs/benchmarks.md."""
