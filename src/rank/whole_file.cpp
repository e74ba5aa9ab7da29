#include "rank/whole_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/file_output.hpp"
#include "eligo/error.hpp"

namespace eligo::detail {

void write_whole_file(const std::filesystem::path& path, const std::string& contents) {
  write_file_whole(path, contents);
}

std::string read_whole_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(SourceLocation{path.string()}, std::string("cannot open: ") + std::strerror(errno));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw Error(SourceLocation{path.string()}, "reading failed");
  return text.str();
}

}  // namespace eligo::detail
