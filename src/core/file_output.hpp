// Output files written whole or not at all: the content goes to a temporary file beside
// the target (hence on the same file system) and is renamed over it once complete, so a
// reader never sees half a file and a failed run leaves the previous one in place.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>

namespace eligo::detail {

// Throws Error naming the file when it cannot be created, written or renamed; the
// temporary file is removed on any failure, including an exception from `write`.
void write_file_whole(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);

}  // namespace eligo::detail
