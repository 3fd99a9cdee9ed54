"""Evidence probes. Each module has ``NAME`` and ``probe(ctx) -> list[Observation]``; a probe that
cannot read one source returns a ``probe_failed`` observation for it and goes on with the others."""
