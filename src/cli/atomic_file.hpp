// Output files are written whole or not at all: the content goes to a temporary file in
// the same folder (hence the same file system), which is renamed over the target only
// once complete. A reader never sees half a file, and a failed run leaves the old one.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>

namespace eligo::cli {

// Calls `write` with a stream on a temporary file, then renames it to `target`. Throws
// eligo::Error when the file cannot be created, written or renamed; the temporary file
// is removed on any failure, including an exception thrown by `write`.
void write_file_atomically(const std::filesystem::path& target,
                           const std::function<void(std::ostream&)>& write);

}  // namespace eligo::cli
