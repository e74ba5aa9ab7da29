// Formulas keep the file position of each of their lines, so that a problem found later
// inside an expression (by the parser or the type checker) is reported at its place in
// the YAML file.
#pragma once

#include <optional>

#include "pack/yaml_reading.hpp"

namespace eligo::pack_detail {

// Reads a formula scalar. Positions are exact for plain scalars (one or several lines),
// single-line quoted scalars, and literal `|` or folded `>` block scalars.
std::optional<Formula> read_formula(Reader& reader, const YAML::Node& node, std::string_view what,
                                    const SourceLocation& fallback);

}  // namespace eligo::pack_detail
