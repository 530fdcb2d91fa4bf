"""The identity gate: reads work packages and refuses any that could carry identity."""
