#include "bad_input_catalogue.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "eligo/program.hpp"
#include "eligo/rank.hpp"

namespace eligo::test {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> lines_of(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

// grow.txt: lines "<file> <bytes>"; the file is padded with YAML/CSV comment lines of `#`
// up to that size, so that a huge input need not be stored.
void grow_files(const fs::path& work) {
  for (const std::string& line : lines_of(work / "grow.txt")) {
    std::istringstream fields(line);
    std::string file;
    std::uintmax_t bytes = 0;
    fields >> file >> bytes;
    std::ofstream out(work / file, std::ios::binary | std::ios::app);
    const std::string padding = std::string(1023, '#') + "\n";
    for (std::uintmax_t size = fs::file_size(work / file); size < bytes; size += padding.size()) out << padding;
  }
}

std::string text_of(const std::vector<Diagnostic>& diagnostics) {
  std::string text;
  for (const Diagnostic& diagnostic : diagnostics)
    if (diagnostic.severity == Severity::error) text += diagnostic.to_string() + "\n";
  return text;
}

}  // namespace

std::vector<BadInputCase> bad_input_cases(const fs::path& catalogue) {
  std::vector<BadInputCase> cases;
  for (const auto& entry : fs::directory_iterator(catalogue))
    if (entry.is_directory())
      cases.push_back(BadInputCase{entry.path().filename().string(), entry.path(),
                                   lines_of(entry.path() / "expected.txt")});
  std::sort(cases.begin(), cases.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return cases;
}

std::string run_bad_input_case(const BadInputCase& bad_case, const fs::path& work, const fs::path& default_pack) {
  fs::copy(bad_case.folder, work, fs::copy_options::recursive);
  if (fs::exists(work / "grow.txt")) grow_files(work);
  if (fs::exists(work / "model.json")) {  // a ranking model file instead of a pack
    try {
      load_model(work / "model.json");
      return {};
    } catch (const Error& error) {
      return text_of(error.diagnostics());
    }
  }
  try {
    // Looked up as the command line and the Python package do.
    const fs::path pack_folder = resolve_pack_path((fs::exists(work / "pack") ? work / "pack" : default_pack).string());
    std::vector<Diagnostic> problems;
    const RulePack pack = load_pack(pack_folder, problems);
    if (has_errors(problems)) return text_of(problems);
    const Program program = Program::compile(pack);
    if (!fs::exists(work / "foyers.csv")) return {};
    const Population population = read_population_csv(pack, work / "foyers.csv", work / "personnes.csv");
    if (!fs::exists(work / "period.txt")) return {};
    const auto period = Period::try_parse(lines_of(work / "period.txt").at(0));
    if (!period) return "period.txt: not a period YYYY-MM\n";
    program.evaluate(population, *period);
    return {};
  } catch (const Error& error) {
    return text_of(error.diagnostics());
  }
}

}  // namespace eligo::test
