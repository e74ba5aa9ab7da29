#include "core/file_output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <cstdint>
#include <cstdio>
#include <random>
#include <streambuf>
#include <string>
#include <system_error>

#include "eligo/error.hpp"

namespace eligo::detail {
namespace {

[[noreturn]] void fail(const std::filesystem::path& target, const std::string& what) {
  throw Error(SourceLocation{target.string(), 0, 0}, what);
}

std::string errno_text() { return std::strerror(errno); }

// A stream buffer writing to a descriptor we opened ourselves: reopening the temporary file
// by name would let someone swap it for a link between creation and writing.
class DescriptorBuffer : public std::streambuf {
 public:
  explicit DescriptorBuffer(int descriptor) : descriptor_(descriptor) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    const char* next = pbase();
    while (next < pptr()) {
      const ssize_t written = ::write(descriptor_, next, static_cast<std::size_t>(pptr() - next));
      if (written < 0 && errno == EINTR) continue;
      if (written <= 0) return false;
      next += written;
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return true;
  }

  int descriptor_;
  std::array<char, 1 << 16> buffer_{};
};

// The temporary file: created exclusively under a random name, removed unless renamed.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::filesystem::path& target) {
    const std::filesystem::path folder = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    std::random_device random;
    for (int attempt = 0; attempt < 100; ++attempt) {
      const std::uint64_t suffix = (static_cast<std::uint64_t>(random()) << 32) ^ random();
      std::array<char, 17> hex{};
      std::snprintf(hex.data(), hex.size(), "%016llx", static_cast<unsigned long long>(suffix));
      const std::filesystem::path candidate = folder / ("." + target.filename().string() + ".tmp-" + hex.data());
      // O_EXCL fails on any existing name, a symbolic link included; O_NOFOLLOW says so
      // twice. Mode 0666 lets the umask decide, as for any file the user creates.
      descriptor_ = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
      if (descriptor_ >= 0) {
        path_ = candidate;
        return;
      }
      if (errno != EEXIST) break;
    }
    fail(target, "cannot create a temporary file beside it: " + errno_text());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    if (descriptor_ >= 0) ::close(descriptor_);
    if (!path_.empty()) ::unlink(path_.c_str());
  }

  int descriptor() const { return descriptor_; }
  const std::filesystem::path& path() const { return path_; }
  // Closes the descriptor; false when the last write-back failed.
  bool close() {
    const int result = ::close(descriptor_);
    descriptor_ = -1;
    return result == 0;
  }
  void release() { path_.clear(); }

 private:
  int descriptor_ = -1;
  std::filesystem::path path_;
};

void refuse_non_regular_target(const std::filesystem::path& target) {
  struct stat status {};
  if (::stat(target.c_str(), &status) != 0) return;  // absent (or a dangling link, which rename replaces)
  if (S_ISREG(status.st_mode)) return;
  const char* kind = S_ISDIR(status.st_mode)    ? "a folder"
                     : S_ISFIFO(status.st_mode) ? "a FIFO"
                     : S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode) ? "a device"
                     : S_ISSOCK(status.st_mode) ? "a socket"
                                                : "not a regular file";
  fail(target, std::string("cannot write here: it is ") + kind + "; eligo writes only regular files");
}

// After the rename, the folder's entry is flushed too, so that the new name survives a crash.
// Best effort: some file systems refuse fsync on a folder, and the file itself is safe.
void flush_folder(const std::filesystem::path& target) {
  const std::filesystem::path folder = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
  const int descriptor = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (descriptor < 0) return;
  ::fsync(descriptor);
  ::close(descriptor);
}

}  // namespace

void write_file_whole(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write) {
  refuse_non_regular_target(target);
  TemporaryFile temporary(target);
  {
    DescriptorBuffer buffer(temporary.descriptor());
    std::ostream out(&buffer);
    write(out);
    out.flush();
    if (!out) fail(target, "cannot write the file (disk full?): " + errno_text());
  }
  if (::fsync(temporary.descriptor()) != 0) fail(target, "cannot flush the file to disk: " + errno_text());
  if (!temporary.close()) fail(target, "cannot write the file: " + errno_text());
  refuse_non_regular_target(target);  // it may have appeared while we wrote
  if (::rename(temporary.path().c_str(), target.c_str()) != 0) fail(target, "cannot replace the file: " + errno_text());
  temporary.release();
  flush_folder(target);
}

void write_file_whole(const std::filesystem::path& target, std::string_view contents) {
  write_file_whole(target, [&](std::ostream& out) { out.write(contents.data(), static_cast<std::streamsize>(contents.size())); });
}

void refuse_output_onto_inputs(const std::filesystem::path& output, const std::vector<std::filesystem::path>& inputs,
                               std::string_view option) {
  struct stat written {};
  if (::stat(output.c_str(), &written) != 0) return;  // a new file cannot be an input
  for (const std::filesystem::path& input : inputs) {
    struct stat read {};
    if (input.empty() || ::stat(input.c_str(), &read) != 0) continue;
    if (read.st_dev == written.st_dev && read.st_ino == written.st_ino)
      fail(output, std::string(option) + " is the input file " + input.string() +
                       ": writing it would destroy the data it is computed from; choose another file");
  }
}

std::string safe_file_stem(std::string_view id, std::string_view what) {
  const auto refuse = [&](const std::string& why) -> std::string {
    std::string shown;
    for (const char c : id) shown += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
    throw Error(std::string(what) + " `" + shown + "` cannot name a file: " + why +
                "; give ids made of letters, digits, '-', '_' and '.'");
  };
  if (id.empty()) return refuse("it is empty");
  if (id == "." || id == "..") return refuse("it names a folder");
  for (const char c : id) {
    if (c == '/' || c == '\\') return refuse("it holds a path separator, which would write outside the folder");
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return refuse("it holds a control character");
  }
  if (id.front() == '.') return refuse("it starts with '.', which would make a hidden file");
  return std::string(id);
}

}  // namespace eligo::detail
