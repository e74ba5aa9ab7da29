// The synthetic population is the same whatever the number of threads: the schema's columns,
// ids and claim profiles are filled on several threads (src/synth/parallel.hpp), the draws
// stay on one. Run under ThreadSanitizer by scripts/test-threads.sh, with the other
// [threads] tests.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "eligo/program.hpp"
#include "eligo/synth.hpp"

using namespace eligo;

namespace {

std::string file_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("a synthetic population is the same on one, two and three threads", "[synth][threads]") {
  const auto folder = std::filesystem::temp_directory_path() /
                      ("eligo_synth_threads_" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  // The French pack fills every input from the world; the minima test pack has one input
  // the generator does not model, whose values are drawn while the other columns are filled.
  const std::map<std::string, std::string> packs = {{"fr", std::string(ELIGO_RULES_DIR) + "/fr"},
                                                    {"minima", std::string(ELIGO_TEST_DATA_DIR) + "/packs/minima"}};
  for (const auto& [name, folder_of_pack] : packs) {
    const RulePack pack = load_pack(folder_of_pack);
    const Program program = Program::compile(pack);
    SynthOptions options;
    options.households = 3'000;  // about 25 blocks of 256 persons: every thread has several
    options.seed = 9;
    for (const int threads : {1, 2, 3}) {
      options.threads = threads;
      write_synthetic_population(pack, synthesize(program, options), folder / name / std::to_string(threads));
    }
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder / name / "1")) {
      INFO(name << ": " << entry.path().filename().string());
      const std::string one_thread = file_text(entry.path());
      CHECK(one_thread.size() > 100);
      CHECK(file_text(folder / name / "2" / entry.path().filename()) == one_thread);
      CHECK(file_text(folder / name / "3" / entry.path().filename()) == one_thread);
      ++files;
    }
    CHECK(files == 8);  // seven tables and their MANIFEST.sha256
  }
  std::filesystem::remove_all(folder);
}
