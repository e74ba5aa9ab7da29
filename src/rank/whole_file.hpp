// Files written whole or not at all, and read with errors that name them.
#pragma once

#include <filesystem>
#include <string>

namespace eligo::detail {

// Writes to a temporary file beside `path`, then renames it into place, so that a reader
// never sees half a file. Throws Error naming the file when writing fails.
void write_whole_file(const std::filesystem::path& path, const std::string& contents);

// Throws Error naming the file when it cannot be opened or read.
std::string read_whole_file(const std::filesystem::path& path);

}  // namespace eligo::detail
