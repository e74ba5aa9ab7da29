// What each fuzz target does with one input, shared by the libFuzzer entry points and by
// the unit test that replays every input of tests/fuzz/regressions. Each returns normally
// for any input; a bug shows as a crash, a sanitizer report or an escaping exception.
#pragma once

#include <string_view>

namespace eligo::fuzz {

void run_formula(std::string_view input);  // formula_input.cpp
void run_pack(std::string_view input);     // pack_input.cpp
void run_csv(std::string_view input);      // csv_input.cpp
void run_model(std::string_view input);    // model_input.cpp

}  // namespace eligo::fuzz
