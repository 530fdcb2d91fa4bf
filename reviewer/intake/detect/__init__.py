"""Identity detectors for free text: the gate's second line, after the shapes.

Every detector reads a `Normalised` view of the text (NFKC, invisible characters removed,
separators folded to one space) and reports spans in that view; `find_identity` maps them back
to the original so that masking replaces exactly what was there. All pattern matching on
untrusted text goes through RE2 (linear time); libraries only ever see short candidates.
"""
