"""Use cases in plain Python: review session, import, export, escalate, lead gate."""
