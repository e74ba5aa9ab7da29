// UTF-8 validation, shared by the readers of pack files and of CSV data: both must be
// UTF-8, and a byte that is not is reported at its place rather than passed on garbled.
#pragma once

#include <cstddef>
#include <string_view>

namespace eligo::detail {

// The length of the longest prefix of `text` that is well-formed UTF-8 (no overlong forms,
// surrogates or stray bytes, nothing above U+10FFFF): text.size() when all of it is.
std::size_t valid_utf8_prefix(std::string_view text);

}  // namespace eligo::detail
