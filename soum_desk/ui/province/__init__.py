"""The province hub: offices and keys, importing bundles, consolidated figures and ranking."""
