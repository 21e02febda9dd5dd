"""Matching benchmarks: quality on the shared datasets (quality.py), speed at volume (speed.py)."""
