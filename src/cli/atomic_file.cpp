#include "cli/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>
#include <string>

#include "eligo/error.hpp"

namespace eligo::cli {

namespace {

// Removes the temporary file unless the rename succeeded.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::filesystem::path& target) {
    const std::filesystem::path folder =
        target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    // O_EXCL with a random suffix gives a name no parallel run holds; mode 0666 lets the
    // umask decide the permissions, as for any file the user creates (mkstemp would force 0600).
    std::random_device random;
    for (int attempt = 0; attempt < 100; ++attempt) {
      const std::filesystem::path candidate =
          folder / ("." + target.filename().string() + ".tmp-" + std::to_string(random()));
      const int descriptor = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (descriptor >= 0) {
        ::close(descriptor);
        path_ = candidate;
        return;
      }
      if (errno != EEXIST) break;
    }
    throw Error("cannot create a temporary file beside " + target.string() + ": " + std::strerror(errno));
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    if (!path_.empty()) {
      std::error_code ignored;
      std::filesystem::remove(path_, ignored);
    }
  }

  const std::filesystem::path& path() const { return path_; }
  void release() { path_.clear(); }

 private:
  std::filesystem::path path_;
};

}  // namespace

void write_file_atomically(const std::filesystem::path& target,
                           const std::function<void(std::ostream&)>& write) {
  TemporaryFile temporary(target);
  {
    std::ofstream out(temporary.path(), std::ios::binary | std::ios::trunc);
    if (!out) throw Error("cannot write " + temporary.path().string());
    write(out);
    out.flush();
    if (!out) throw Error("cannot write " + target.string() + " (disk full?)");
  }
  std::error_code error;
  std::filesystem::rename(temporary.path(), target, error);
  if (error) throw Error("cannot create " + target.string() + ": " + error.message());
  temporary.release();
}

}  // namespace eligo::cli
