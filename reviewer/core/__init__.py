"""Pure domain: dataclasses, rules and ports. Standard library only, no I/O."""
