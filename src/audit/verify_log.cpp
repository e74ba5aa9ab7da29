// Verifying the audit log: each line's keyed hash over its exact bytes, each line's link to the
// one before (catches a deleted or moved line), sequence numbers (catches a line moved
// together with its neighbours), then the end against the head (catches a cut at the end).
#include <nlohmann/json.hpp>

#include <fstream>

#include "audit/log_format.hpp"
#include "eligo/audit.hpp"
#include "eligo/error.hpp"

namespace eligo::audit {
namespace {

VerifyReport bad(std::size_t lines, std::size_t line, std::string problem) {
  return VerifyReport{false, lines, line, std::move(problem), {}};
}

struct Head {
  std::size_t lines = 0;
  std::string hash;
  bool sealed = false;  // its seal verifies under the key
};

std::optional<Head> read_head(const std::filesystem::path& log, const Pseudonymiser& key) {
  std::ifstream in(head_path(log), std::ios::binary);
  if (!in) return std::nullopt;
  try {
    const auto document = nlohmann::json::parse(in);
    Head head{document.at("lines").get<std::size_t>(), document.at("hash").get<std::string>(), false};
    head.sealed = document.value("seal", std::string()) == detail::seal_head(head.lines, head.hash, key);
    return head;
  } catch (const nlohmann::json::exception&) {
    return Head{0, "unreadable", false};
  }
}

}  // namespace

VerifyReport verify_log(const std::filesystem::path& path, const Pseudonymiser& key,
                        const std::optional<std::string>& expected_head) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(SourceLocation{path.string(), 0, 0}, "cannot read the audit log");
  std::string previous{detail::genesis_hash};
  std::size_t count = 0;
  std::string text;
  while (std::getline(in, text)) {
    ++count;
    const auto opened = detail::open(text);
    if (!opened) return bad(count, count, "not a sealed log line (its hash is missing or malformed)");
    nlohmann::json body;
    try {
      body = nlohmann::json::parse(opened->body);
    } catch (const nlohmann::json::exception&) {
      return bad(count, count, "not valid JSON");
    }
    if (key.seal(opened->body) != opened->hash) {
      // The key id in the line only helps to tell a wrong key from a forgery: a forger can
      // copy it, but cannot make the seal match without the key.
      if (body.is_object() && body.value("key_id", std::string()) != key.key_id())
        return bad(count, count, "the line is not sealed under the key given (its key id is " +
                                     body.value("key_id", std::string("missing")) + ", the key given has id " +
                                     key.key_id() + "): give the log's key, or the line was forged");
      return bad(count, count, "the line was changed or sealed without the audit key: its hash does not match");
    }
    if (!body.contains("prev") || body["prev"] != previous)
      return bad(count, count, "does not follow the line before it: a line was removed, added or moved");
    if (!body.contains("seq") || body["seq"] != count)
      return bad(count, count, "sequence number " + body.value("seq", nlohmann::json()).dump() + " where " +
                                   std::to_string(count) + " was expected");
    previous = opened->hash;
  }
  if (expected_head) {
    if (*expected_head != previous)
      return bad(count, count + 1, "the log does not end with the expected hash " + *expected_head +
                                       ": lines are missing at its end");
  } else {
    const auto head = read_head(path, key);
    if (!head)
      return bad(count, count + 1, "no head file " + head_path(path).string() +
                                       ": the end of the log cannot be checked (pass the expected last hash)");
    if (!head->sealed)
      return bad(count, std::min(count, head->lines) + 1,
                 "the head file " + head_path(path).string() +
                     " is not sealed under the audit key: it was rewritten, perhaps to hide lines cut at the end");
    if (head->lines != count || head->hash != previous)
      return bad(count, std::min(count, head->lines) + 1,
                 "the head file records " + std::to_string(head->lines) + " lines ending with " + head->hash +
                     ", the log has " + std::to_string(count) + ": lines are missing at its end or were added");
  }
  return VerifyReport{true, count, 0, {}, previous};
}

}  // namespace eligo::audit
