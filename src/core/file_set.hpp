// A set of files written together (the folder `eligo synth` writes) that readers can trust
// to be whole: either every file comes from the same run, or the set is refused.
//
// The writer first replaces the folder's manifest with one marked incomplete, then writes the
// files (each whole, see file_output.hpp), then writes the manifest of their SHA-256, last.
// A run interrupted at any point leaves either the incomplete mark or a manifest that a newly
// written file no longer matches; a reader that checks the files it reads against the
// manifest refuses such a set rather than mix one run's persons with another's receipts.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace eligo::detail {

inline constexpr const char* set_manifest_name = "MANIFEST.sha256";

// Marks the set in `folder` as being written. Call before writing any file of the set.
void begin_file_set(const std::filesystem::path& folder);
// Writes the manifest of `names` (files in `folder`) in the format of `sha256sum`.
void finish_file_set(const std::filesystem::path& folder, const std::vector<std::string>& names);

// When `file`'s folder holds a manifest: throws Error naming the file when the set is marked
// incomplete, or when the manifest lists the file and its SHA-256 differs. A file the
// manifest does not list, or a folder without a manifest, is not checked.
void check_file_in_set(const std::filesystem::path& file);

// SHA-256 in lowercase hexadecimal of a file's bytes, read in blocks.
std::string sha256_of_file(const std::filesystem::path& file);

}  // namespace eligo::detail
