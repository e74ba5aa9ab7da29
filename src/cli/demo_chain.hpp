// eligo demo: the whole non-take-up chain on a synthetic French population.
#pragma once

#include <filesystem>
#include <string>

namespace eligo::cli {

struct DemoChainOptions {
  std::size_t households = 20'000;   // per population: the past campaign's and today's
  std::size_t capacity = 500;        // contacts the agency can make: the k of the metrics
  std::size_t letters = 5;           // letters and notices written for the first people
  std::filesystem::path output = "eligo-demo-output";
  int threads = 0;
};

int run_demo_chain(const DemoChainOptions& options);

}  // namespace eligo::cli
