// A private folder for the targets whose reader only takes paths: each input is written
// there, read back, and overwritten by the next one.
#pragma once

#include <filesystem>
#include <string_view>

namespace eligo::fuzz {

// Created once per process under the system's temporary folder, removed at exit.
const std::filesystem::path& scratch_folder();

// Writes `bytes` to `name` inside the scratch folder and returns the file's path.
std::filesystem::path write_scratch_file(const std::filesystem::path& name, std::string_view bytes);

}  // namespace eligo::fuzz
