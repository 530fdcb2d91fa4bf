"""USB foot pedals read with hidapi (the only package that imports it: hid_source)."""
