// Reading a file that the user named as input (a CSV table, a model, a plan). Defined here,
// inline: a few lines every reader of files shares.
//
// Only regular files are read. A named pipe would block `open` until something writes to
// it, and a device such as /dev/zero never ends: both would hang eligo without a word.
// The file is opened without blocking and checked with fstat before a byte is read, so
// that nothing can be swapped in between the check and the reading.
#pragma once

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

#include "eligo/error.hpp"

namespace eligo::detail {

namespace input_file_detail {

// Closes the descriptor on every way out.
class InputDescriptor {
 public:
  explicit InputDescriptor(int descriptor) : descriptor_(descriptor) {}
  ~InputDescriptor() {
    if (descriptor_ >= 0) ::close(descriptor_);
  }
  InputDescriptor(const InputDescriptor&) = delete;
  InputDescriptor& operator=(const InputDescriptor&) = delete;
  int get() const noexcept { return descriptor_; }

 private:
  int descriptor_;
};

[[noreturn]] inline void refuse_input_file(const std::filesystem::path& path, const std::string& why) {
  throw Error(SourceLocation{path.string(), 0, 0}, why);
}

}  // namespace input_file_detail

// The whole content of `path`. Throws Error naming the file when it cannot be opened, is
// not a regular file (a pipe, a device, a folder), or cannot be read to its end.
inline std::string read_input_file(const std::filesystem::path& path) {
  using input_file_detail::InputDescriptor;
  using input_file_detail::refuse_input_file;
  // O_NONBLOCK: opening a pipe with no writer returns at once instead of waiting for one.
  const InputDescriptor file(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (file.get() < 0) refuse_input_file(path, std::string("cannot read the file: cannot open it: ") + std::strerror(errno));
  struct stat status {};
  if (::fstat(file.get(), &status) != 0) refuse_input_file(path, std::string("cannot read the file: ") + std::strerror(errno));
  if (!S_ISREG(status.st_mode))
    refuse_input_file(path, S_ISDIR(status.st_mode) ? "cannot read the file: it is a folder"
                                       : "cannot read the file: not a regular file (a pipe or a device); "
                                         "save the data to a file and give its name");
  std::string content;
  content.reserve(static_cast<std::size_t>(status.st_size));
  char chunk[64 * 1024];
  for (;;) {
    const ssize_t got = ::read(file.get(), chunk, sizeof chunk);
    if (got == 0) break;
    if (got < 0) {
      if (errno == EINTR) continue;
      refuse_input_file(path, std::string("cannot read the file: ") + std::strerror(errno));
    }
    content.append(chunk, static_cast<std::size_t>(got));
  }
  return content;
}

}  // namespace eligo::detail
