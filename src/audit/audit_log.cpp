// Writing the audit log: one sealed JSON line per event, appended under an exclusive lock,
// then the head file rewritten whole.
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "audit/log_format.hpp"
#include "core/file_output.hpp"
#include "eligo/audit.hpp"
#include "eligo/error.hpp"
#include "eligo/outreach.hpp"

namespace eligo::audit {
namespace {

using nlohmann::json;

// Closes the descriptor, which also releases the lock, on every way out.
class LockedFile {
 public:
  explicit LockedFile(const std::filesystem::path& path)
      : descriptor_(::open(path.c_str(), O_RDWR | O_APPEND | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0640)) {
    if (descriptor_ < 0) fail(path, "cannot open");
    // A FIFO or a device in the log's place would hang the verification that precedes
    // each append, or swallow the lines.
    struct stat status {};
    if (::fstat(descriptor_, &status) != 0) fail(path, "cannot examine");
    if (!S_ISREG(status.st_mode)) {
      ::close(descriptor_);
      throw Error(SourceLocation{path.string(), 0, 0}, "the audit log is not a regular file (a FIFO, a device or a folder)");
    }
    if (::flock(descriptor_, LOCK_EX) != 0) fail(path, "cannot lock");
  }
  ~LockedFile() { ::close(descriptor_); }
  LockedFile(const LockedFile&) = delete;
  LockedFile& operator=(const LockedFile&) = delete;

  void write_all(const std::filesystem::path& path, const std::string& bytes) const {
    std::size_t done = 0;
    while (done < bytes.size()) {
      const ssize_t written = ::write(descriptor_, bytes.data() + done, bytes.size() - done);
      if (written < 0 && errno == EINTR) continue;
      if (written <= 0) fail(path, "cannot write");
      done += static_cast<std::size_t>(written);
    }
    if (::fsync(descriptor_) != 0) fail(path, "cannot flush");
  }

 private:
  [[noreturn]] static void fail(const std::filesystem::path& path, const char* what) {
    throw Error(SourceLocation{path.string(), 0, 0}, std::string(what) + " the audit log: " + std::strerror(errno));
  }
  int descriptor_;
};

struct Tail {
  std::size_t lines = 0;
  std::string last_hash{detail::genesis_hash};
};

// The whole log verified under the key before anything is added: appending to a log someone
// changed would seal the change into the chain, and the next verification would blame the
// wrong line, or none. A new log (no line, no head file) starts the chain.
Tail verified_tail(const std::filesystem::path& path, const Pseudonymiser& key) {
  std::error_code error;
  const bool empty = std::filesystem::file_size(path, error) == 0 && !error;
  if (empty && !std::filesystem::exists(head_path(path))) return Tail{};
  const VerifyReport report = verify_log(path, key);
  if (!report.ok)
    throw Error(SourceLocation{path.string(), static_cast<int>(report.first_bad_line), 0},
                "the audit log does not verify, nothing was added to it: " + report.problem +
                    " (see `eligo audit verify`)");
  return Tail{report.lines, report.head_hash};
}

void write_head(const std::filesystem::path& log, const Pseudonymiser& key, std::size_t lines, const std::string& hash) {
  eligo::detail::write_file_whole(
      head_path(log), json{{"lines", lines}, {"hash", hash}, {"seal", detail::seal_head(lines, hash, key)}}.dump() + "\n");
}

std::string append_event(const std::filesystem::path& path, const Pseudonymiser& key, const AuditLog::Clock& clock,
                         json body) {
  const LockedFile file(path);
  const Tail tail = verified_tail(path, key);
  body["seq"] = tail.lines + 1;
  body["prev"] = tail.last_hash;
  body["time"] = clock ? clock() : outreach::utc_now();
  const std::string line = detail::seal(body.dump(), key);
  file.write_all(path, line + "\n");
  const std::string hash = detail::open(line)->hash;
  write_head(path, key, tail.lines + 1, hash);
  return hash;
}

}  // namespace

std::filesystem::path head_path(const std::filesystem::path& log) { return log.string() + ".head"; }

AuditLog::AuditLog(std::filesystem::path path, Pseudonymiser pseudonymiser, Clock clock)
    : path_(std::move(path)), pseudonymiser_(std::move(pseudonymiser)), clock_(std::move(clock)) {}

std::string AuditLog::append(const RunRecord& run) {
  json counts = json::object();
  for (const auto& [name, count] : run.counts) counts[name] = count;
  json options = json::object();
  for (const auto& [name, value] : run.options) options[name] = value;
  return append_event(path_, pseudonymiser_, clock_,
                      {{"event", "run"},
                       {"command", run.command},
                       {"pack", {{"id", run.pack_id}, {"version", run.pack_version}, {"content_hash", run.pack_hash}}},
                       {"model_hash", run.model_hash},
                       {"input_hash", run.input_hash},
                       {"output_id", run.output_id},
                       {"counts", counts},
                       {"options", options},
                       {"key_id", pseudonymiser_.key_id()}});
}

std::string AuditLog::append(const DecisionRecord& decision) {
  if (!decision.person_id.empty() && decision.reason.find(decision.person_id) != std::string::npos)
    throw Error("the reason names the person's id; write the reason without identifying the person");
  return append_event(path_, pseudonymiser_, clock_,
                      {{"event", "decision"},
                       {"plan_id", decision.plan_id},
                       {"line", decision.line},
                       {"person", pseudonymiser_.pseudonym(decision.person_id)},
                       {"decision", decision.decision},
                       {"channel", decision.channel},
                       {"previous_channel", decision.previous_channel},
                       // The reason is free text typed by an agent: it may name the person, a
                       // relative, an address or an amount, which no filter can be trusted to
                       // catch. The log keeps its keyed hash: the plan file holds the text, and
                       // whoever holds the key can prove that the text there is the one decided,
                       // while the log itself carries no personal data. A plain SHA-256 would
                       // not do: a short reason can be guessed and checked against it.
                       {"reason_hash", pseudonymiser_.reason_hash(decision.reason)},
                       {"agent", decision.agent},
                       {"key_id", pseudonymiser_.key_id()}});
}

}  // namespace eligo::audit
