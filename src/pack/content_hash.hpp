// A fingerprint of a pack's files, recorded with results so that anyone can tell which
// version of the rules produced them.
#pragma once

#include <string>
#include <vector>

namespace eligo::pack_detail {

struct PackFile {
  std::string relative_path;  // with '/' separators, as listed from the pack's folder
  std::string bytes;
};

// SHA-256, in lowercase hexadecimal, over every file in the given order.
std::string content_hash(const std::vector<PackFile>& files);

}  // namespace eligo::pack_detail
