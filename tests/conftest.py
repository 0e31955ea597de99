import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Not tests: timing scripts and the mutation-testing runner (kept out of --doctest-modules, which
# would otherwise import them).
collect_ignore = ["benchmarks", "mutation"]
