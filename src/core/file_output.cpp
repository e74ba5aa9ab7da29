#include "core/file_output.hpp"

#include <fstream>
#include <system_error>

#include "eligo/error.hpp"

namespace eligo::detail {

void write_file_whole(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write) {
  std::filesystem::path temporary = target;
  temporary += ".part";
  try {
    {
      std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
      if (!out) throw Error(SourceLocation{target.string(), 0, 0}, "cannot create the file");
      write(out);
      out.flush();
      if (!out) throw Error(SourceLocation{target.string(), 0, 0}, "cannot write the file (disk full?)");
    }
    std::error_code renamed;
    std::filesystem::rename(temporary, target, renamed);
    if (renamed) throw Error(SourceLocation{target.string(), 0, 0}, "cannot replace the file: " + renamed.message());
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw;
  }
}

}  // namespace eligo::detail
