// libFuzzer entry point of the formula fuzz target; the work is in formula_input.cpp, which the
// unit tests share to replay the inputs of tests/fuzz/regressions/formula.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_inputs.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  eligo::fuzz::run_formula(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
