"""Fuzz targets: bounded, deterministic by default (CI), bigger with FUZZ_EXAMPLES=N FUZZ_RANDOM=1."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "120")),
    deadline=None,  # a single decode may take a while on a cold cache; the run as a whole is bounded
    derandomize=not os.environ.get("FUZZ_RANDOM"),
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
