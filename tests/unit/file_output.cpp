// The one writer of eligo's files: a link planted at a temporary name is never followed, a
// target that is not a regular file is refused, a failed write leaves the old file and no
// temporary file, an output onto an input is refused, and ids never name a file outside
// the folder.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/file_output.hpp"
#include "eligo/error.hpp"
#include "temp_folder.hpp"

namespace {

namespace fs = std::filesystem;
using eligo::test::TempFolder;

std::string written_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t entries_in(const fs::path& folder) {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder)) ++count;
  return count;
}

}  // namespace

TEST_CASE("a symbolic link planted at a predictable temporary name is not followed") {
  const TempFolder folder;
  const fs::path victim = folder.write("victim.txt", "precious");
  const fs::path target = folder.path() / "out.csv";
  // The names earlier versions wrote to before renaming, and any name an attacker guesses.
  for (const char* suffix : {".part", ".partial", ".tmp"}) fs::create_symlink(victim, target.string() + suffix);
  eligo::detail::write_file_whole(target, "new content\n");
  CHECK(written_text(victim) == "precious");
  CHECK(written_text(target) == "new content\n");
  CHECK_FALSE(fs::is_symlink(target));
  CHECK(entries_in(folder.path()) == 5);  // victim, out.csv and the three links: no temporary file left
}

TEST_CASE("a target that is not a regular file is refused with its kind") {
  const TempFolder folder;
  const fs::path fifo = folder.path() / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THROWS_WITH(eligo::detail::write_file_whole(fifo, "x"), Catch::Contains("pipe") && Catch::Contains("it is a FIFO"));
  CHECK(fs::is_fifo(fifo));
  const fs::path sub = folder.path() / "sub";
  fs::create_directory(sub);
  CHECK_THROWS_WITH(eligo::detail::write_file_whole(sub, "x"), Catch::Contains("it is a folder"));
  CHECK(fs::is_directory(sub));
  CHECK_THROWS_WITH(eligo::detail::write_file_whole("/dev/null", "x"), Catch::Contains("it is a device"));
  CHECK(entries_in(folder.path()) == 2);
}

TEST_CASE("a write that fails part way leaves the old file and no temporary file") {
  const TempFolder folder;
  const fs::path target = folder.write("plan.json", "old");
  CHECK_THROWS_AS(eligo::detail::write_file_whole(target,
                                                  [](std::ostream& out) {
                                                    out << std::string(200000, 'x');
                                                    throw std::runtime_error("stopped");
                                                  }),
                  std::runtime_error);
  CHECK(written_text(target) == "old");
  CHECK(entries_in(folder.path()) == 1);
}

TEST_CASE("an output onto one of the inputs is refused, through a link or another spelling") {
  const TempFolder folder;
  const fs::path input = folder.write("persons.csv", "id\n1\n");
  const fs::path other = folder.write("groups.csv", "id\n");
  fs::create_symlink(input, folder.path() / "link.csv");
  fs::create_hard_link(input, folder.path() / "hard.csv");
  for (const fs::path& output : {input, folder.path() / "link.csv", folder.path() / "hard.csv",
                                 folder.path() / "." / "persons.csv"})
    CHECK_THROWS_WITH(eligo::detail::refuse_output_onto_inputs(output, {other, input}, "--output"),
                      Catch::Contains("--output is the input file " + input.string()));
  CHECK_NOTHROW(eligo::detail::refuse_output_onto_inputs(folder.path() / "results.csv", {other, input}, "--output"));
  CHECK_NOTHROW(eligo::detail::refuse_output_onto_inputs(other, {input}, "--output"));
  CHECK(written_text(input) == "id\n1\n");
}

TEST_CASE("an id that would leave the folder or hide a byte cannot name a file") {
  for (const char* id : {"../x", "/etc/x", "a/b", "..", ".", "", "a\\b", ".hidden"})
    CHECK_THROWS_WITH(eligo::detail::safe_file_stem(id, "group id"), Catch::Contains("cannot name a file"));
  CHECK_THROWS_WITH(eligo::detail::safe_file_stem(std::string("a\nb", 3), "group id"),
                    Catch::Contains("group id `a?b`") && Catch::Contains("control character"));
  CHECK(eligo::detail::safe_file_stem("F-0042_b.1", "group id") == "F-0042_b.1");
}
