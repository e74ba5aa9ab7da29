#include "rank/whole_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

#include "core/input_file.hpp"
#include "eligo/error.hpp"

namespace eligo::detail {

void write_whole_file(const std::filesystem::path& path, const std::string& contents) {
  std::filesystem::path temporary = path;
  temporary += ".partial";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(SourceLocation{path.string()}, std::string("cannot write: ") + std::strerror(errno));
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    out.flush();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      throw Error(SourceLocation{path.string()}, "writing failed part way; nothing was written");
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw Error(SourceLocation{path.string()}, "cannot move the written file into place: " + error.message());
  }
}

std::string read_whole_file(const std::filesystem::path& path) { return read_input_file(path); }

}  // namespace eligo::detail
