// Limits on one YAML file of a pack, checked before yaml-cpp builds its tree.
//
// yaml-cpp shares the node of an anchor between its aliases, so an alias bomb ("billion
// laughs") parses quickly into a small graph; but the pack's readers copy what they read,
// so each alias would be copied out in full, and a few kilobytes could ask for terabytes.
// yaml-cpp also recurses once per nesting level (up to 2000 levels), which a thread with
// a small stack cannot afford. Both are measured here on yaml-cpp's event stream, which
// stops at the first excess, long before any memory or stack is at risk.
#pragma once

#include <cstdint>
#include <optional>

#include "eligo/error.hpp"
#include "pack/yaml_reading.hpp"

namespace eligo::pack_detail {

// A pack file is text written by people: a few hundred kilobytes at most in practice.
inline constexpr std::uintmax_t max_yaml_file_bytes = 8u * 1024u * 1024u;

// Maps and lists nested deeper than this are refused; a pack needs about six levels.
inline constexpr int max_yaml_depth = 64;

// The size of a file once every alias is replaced by what it refers to, counted as one per
// node plus the bytes of every scalar. Without aliases it cannot exceed the file's size.
inline constexpr std::uint64_t max_yaml_expanded_size = 2 * max_yaml_file_bytes;

// The first limit the file goes beyond, at the place where it does; nullopt when within
// every limit, or when the text is not valid YAML (parsing it then reports why).
std::optional<Diagnostic> check_yaml_limits(const YamlFile& file);

}  // namespace eligo::pack_detail
