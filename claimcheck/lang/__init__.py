"""Language knowledge: the only reader of rules/*.yml (the YAML loader, the finding rules, the
frame tables, stems and the regex helpers built from word lists)."""
