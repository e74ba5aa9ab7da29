// Text put into HTML: the five characters HTML gives a meaning to, escaped.
#pragma once

#include <string>
#include <string_view>

namespace eligo::detail {

std::string escape_html(std::string_view text);

}  // namespace eligo::detail
