#include "rank/whole_file.hpp"


#include "core/file_output.hpp"
#include "core/input_file.hpp"
#include "eligo/error.hpp"

namespace eligo::detail {

void write_whole_file(const std::filesystem::path& path, const std::string& contents) {
  write_file_whole(path, contents);
}

std::string read_whole_file(const std::filesystem::path& path) { return read_input_file(path); }

}  // namespace eligo::detail
