#include "audit/log_format.hpp"

#include <algorithm>

#include "eligo/audit.hpp"

namespace eligo::audit::detail {
namespace {
constexpr std::string_view hash_key = ",\"hash\":\"";
constexpr std::size_t hash_length = 64;
constexpr std::size_t suffix_length = hash_key.size() + hash_length + 2;  // closing quote and brace
}  // namespace

std::string seal(const std::string& body, const Pseudonymiser& key) {
  return body.substr(0, body.size() - 1) + std::string(hash_key) + key.seal(body) + "\"}";
}

std::string seal_head(std::size_t lines, const std::string& hash, const Pseudonymiser& key) {
  return key.seal("eligo audit head\n" + std::to_string(lines) + "\n" + hash);
}

std::optional<OpenedLine> open(std::string_view line) {
  if (line.size() < suffix_length + 2 || line.substr(line.size() - 2) != "\"}") return std::nullopt;
  const std::string_view suffix = line.substr(line.size() - suffix_length);
  if (suffix.substr(0, hash_key.size()) != hash_key) return std::nullopt;
  const std::string_view hash = suffix.substr(hash_key.size(), hash_length);
  if (!std::all_of(hash.begin(), hash.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }))
    return std::nullopt;
  return OpenedLine{std::string(line.substr(0, line.size() - suffix_length)) + "}", std::string(hash)};
}

}  // namespace eligo::audit::detail
