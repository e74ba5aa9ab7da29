// An early stage calling a function only a later stage defines (check_symbols.py must refuse it).
int defined_later(int value);

int early_stage_entry(int value) { return defined_later(value) + 1; }
