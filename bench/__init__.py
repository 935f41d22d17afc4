"""Benchmarks with a synthetic-data generator (see bench/generate.py); results in docs/benchmarks.md."""
