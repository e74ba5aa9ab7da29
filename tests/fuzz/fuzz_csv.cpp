// libFuzzer entry point of the csv fuzz target; the work is in csv_input.cpp, which the
// unit tests share to replay the inputs of tests/fuzz/regressions/csv.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_inputs.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  eligo::fuzz::run_csv(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
