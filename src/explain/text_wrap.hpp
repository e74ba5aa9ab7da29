// Wrapping plain text to a width counted in characters (UTF-8 code points, not bytes), so
// that a letter keeps its margins with accented French words.
#pragma once

#include <string>
#include <string_view>

namespace eligo::explain_detail {

// `text` cut into lines of at most `width` characters at spaces (a longer word stays
// whole), the first line prefixed by `first_indent`, the others by `indent`. Ends with a
// newline.
std::string wrap(std::string_view text, std::size_t width, std::string_view first_indent = "",
                 std::string_view indent = "");

std::size_t character_count(std::string_view text);

}  // namespace eligo::explain_detail
