"""The province hub: registry of offices and keys, bundle import, consolidation and ranking."""
