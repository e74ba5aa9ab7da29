// The later stage the violation reaches for, and a legal include of an earlier one.
#pragma once
#include "core/reads_results.hpp"
