// The shape of one log line, shared by the writer and the verifier:
//   <body without its closing brace>,"hash":"<SHA-256 of the body>"}
// where the body is a compact JSON object with sorted keys holding "seq" (1, 2, ...) and
// "prev" (the previous line's hash, or 64 zeros for the first line). The hash covers the
// body's exact bytes, so any edit, even of spacing, shows.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace eligo::audit::detail {

inline constexpr std::string_view genesis_hash = "0000000000000000000000000000000000000000000000000000000000000000";

std::string seal(const std::string& body);  // body -> full line (without newline)

struct OpenedLine {
  std::string body;
  std::string hash;
};
// Splits a line into its body and stated hash; nullopt when it does not end as a sealed line.
std::optional<OpenedLine> open(std::string_view line);

}  // namespace eligo::audit::detail
