"""The transcription tags the editor inserts with one key, in shortcut order (Alt+1..6)."""

TAGS: tuple[str, ...] = ("[noise]", "[unintelligible]", "[laughter]", "[music]", "[tv]",
                         "[crosstalk]")
