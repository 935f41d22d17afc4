"""Reading files from outside: Excel plan tables and legacy registers."""
