// The shape of one log line, shared by the writer and the verifier:
//   <body without its closing brace>,"hash":"<HMAC-SHA256 of the body under the seal key>"}
// where the body is a compact JSON object with sorted keys holding "seq" (1, 2, ...) and
// "prev" (the previous line's hash, or 64 zeros for the first line). The hash covers the
// body's exact bytes, so any edit, even of spacing, shows; it is keyed, so that whoever
// edits the log without the audit key cannot recompute hashes that verify.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace eligo::audit {
class Pseudonymiser;
}

namespace eligo::audit::detail {

inline constexpr std::string_view genesis_hash = "0000000000000000000000000000000000000000000000000000000000000000";

// body -> full line (without newline), sealed under `key`.
std::string seal(const std::string& body, const Pseudonymiser& key);

// The head file's seal over its count and last hash: without it, whoever cuts the log's end
// could rewrite the head to match.
std::string seal_head(std::size_t lines, const std::string& hash, const Pseudonymiser& key);

struct OpenedLine {
  std::string body;
  std::string hash;
};
// Splits a line into its body and stated hash; nullopt when it does not end as a sealed line.
std::optional<OpenedLine> open(std::string_view line);

}  // namespace eligo::audit::detail
