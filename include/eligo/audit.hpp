// The audit log: one JSON line per run and per agent decision, each sealed by HMAC-SHA256
// under the deployer's audit key and holding the seal of the line before it, so that any
// change, deletion or reordering shows, and a log rewritten by someone without the key does
// not verify (AI Act art. 12).
//
// Person ids only enter through a keyed hash (HMAC-SHA256): whoever reads the log cannot
// recover an id without the key, and the log refuses to be written without one rather than
// fall back to raw ids. Nothing else about a person is written. docs/audit.md describes the
// format, the key and verification.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eligo::audit {

// SHA-256 in lowercase hexadecimal (OpenSSL libcrypto).
std::string sha256_hex(std::string_view bytes);
// Of a file's bytes; throws Error when it cannot be read.
std::string sha256_file(const std::filesystem::path& path);

// Turns person ids into pseudonyms with HMAC-SHA256 under a secret key.
class Pseudonymiser {
 public:
  static constexpr std::size_t minimum_key_bytes = 32;

  // Throws Error when the key is shorter than minimum_key_bytes.
  explicit Pseudonymiser(std::string key);

  static constexpr std::size_t maximum_key_file_bytes = 4096;

  // The key from ELIGO_AUDIT_KEY (the key itself), else from the file named by
  // ELIGO_AUDIT_KEY_FILE (its bytes, a final newline dropped). Throws Error when neither
  // gives a key long enough: there is no fallback to raw ids. The key file must be a
  // regular file of at most maximum_key_file_bytes: a FIFO or a device is refused rather
  // than read, so that a wrong setting cannot hang a run or fill its memory.
  static Pseudonymiser from_environment();
  // The key from a key file, with the checks above.
  static Pseudonymiser from_key_file(const std::filesystem::path& file);

  // "p-" followed by 32 hexadecimal digits (128 bits of the HMAC).
  std::string pseudonym(std::string_view person_id) const;
  // Names the key without revealing it, so that an auditor knows which key to ask for.
  std::string key_id() const;
  // The seal of one log line's body: HMAC-SHA256 under a key derived from this one, so that
  // nobody without the key can rewrite the log and recompute a chain that verifies.
  std::string seal(std::string_view body) const;
  // The keyed hash of a free-text reason (HMAC-SHA256 under another derived key).
  std::string reason_hash(std::string_view reason) const;

 private:
  std::string key_;
  std::string seal_key_;
  std::string reason_key_;
};

// What a run records: no personal data, only fingerprints, counts and options.
struct RunRecord {
  std::string command;       // e.g. "plan"
  std::string pack_id;
  std::string pack_version;
  std::string pack_hash;     // RulePack::content_hash
  std::string model_hash;    // SHA-256 of the ranking model file, empty when none
  std::string input_hash;    // SHA-256 over the input files
  std::string output_id;     // e.g. the plan's id
  std::vector<std::pair<std::string, std::int64_t>> counts;
  std::vector<std::pair<std::string, std::string>> options;
};

// What an agent decision records. The person id is pseudonymised when written.
struct DecisionRecord {
  std::string plan_id;
  std::size_t line = 0;
  std::string person_id;  // raw: never written as such
  std::string decision;   // accept | change | defer | ready
  std::string channel;    // after the decision
  std::string previous_channel;
  std::string reason;
  std::string agent;
};

// Appends to a log file, holding an exclusive lock while it verifies the whole log (a log
// that fails verification is never appended to: the new line would seal a forgery) and
// writes the new line, then rewrites the head file `<log>.head` (lines and last hash), which
// verification uses to detect a log cut at its end.
class AuditLog {
 public:
  using Clock = std::function<std::string()>;  // UTC ISO 8601; the system clock by default

  AuditLog(std::filesystem::path path, Pseudonymiser pseudonymiser, Clock clock = {});

  // Each returns the hash of the line written. Throws Error naming the first bad line when
  // the log does not verify under this key. A decision's reason is written as its keyed
  // hash only (see audit_log.cpp); a reason that contains the raw person id is still
  // refused, since the plan file keeps the text.
  std::string append(const RunRecord& run);
  std::string append(const DecisionRecord& decision);

  const std::filesystem::path& path() const noexcept { return path_; }

 private:
  std::filesystem::path path_;
  Pseudonymiser pseudonymiser_;
  Clock clock_;
};

struct VerifyReport {
  bool ok = false;
  std::size_t lines = 0;            // lines read
  std::size_t first_bad_line = 0;   // 1-based; 0 when ok
  std::string problem;              // what is wrong at first_bad_line
  std::string head_hash;            // hash of the last line when ok
};

// Checks every line's seal under `key`, the chain of previous hashes and the sequence
// numbers, then the end of the log against `expected_head` when given, else against the
// head file. A log without a head file and no expected head fails: its end cannot be checked.
VerifyReport verify_log(const std::filesystem::path& path, const Pseudonymiser& key,
                        const std::optional<std::string>& expected_head = {});

std::filesystem::path head_path(const std::filesystem::path& log);

}  // namespace eligo::audit
