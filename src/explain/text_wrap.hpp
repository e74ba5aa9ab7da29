// What the plain-text renderings share: wrapping to a width counted in characters (UTF-8
// code points, not bytes), so that a letter keeps its margins with accented French words,
// and headings.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "eligo/explain.hpp"

namespace eligo::explain_detail {

// `text` cut into lines of at most `width` characters at spaces (a longer word stays
// whole), the first line prefixed by `first_indent`, the others by `indent`. Ends with a
// newline.
std::string wrap(std::string_view text, std::size_t width, std::string_view first_indent = "",
                 std::string_view indent = "");

std::size_t character_count(std::string_view text);

// A phrase as a heading: it ends with the wording's colon, whose trailing space (the French
// colon follows a space: "Ce qu'il manque :") is dropped at the end of a line.
std::string text_heading(const Wording& wording, const std::string& key,
                         const std::vector<std::pair<std::string, std::string>>& values = {});

}  // namespace eligo::explain_detail
