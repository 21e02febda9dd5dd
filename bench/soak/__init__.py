"""make soak: mixed load with workers killed at random; see __main__."""
