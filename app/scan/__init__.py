"""Scanning without Qt: frame sources, the decoder chain, the pipeline, the validator, keyboard wedges, outcomes."""
