"""Escalation envelopes (age, multi-recipient X25519) and lead signatures (Ed25519)."""
