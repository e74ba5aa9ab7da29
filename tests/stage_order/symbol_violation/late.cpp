// The later stage defining the function the early one calls.
int defined_later(int value) { return value * 2; }
