"""Where the organisation's trust anchor lives on this machine, and how it is read safely."""
