"""Pure rules: no Qt, no SQL. The most tested code in the project."""
