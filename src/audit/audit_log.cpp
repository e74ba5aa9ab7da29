// Writing the audit log: one sealed JSON line per event, appended under an exclusive lock,
// then the head file rewritten whole.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "audit/log_format.hpp"
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
      : descriptor_(::open(path.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0640)) {
    if (descriptor_ < 0) fail(path, "cannot open");
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

// The number of lines and the hash of the last one. The log is read whole: it grows by one
// line per run or decision, which keeps it small next to the data of a run.
Tail read_tail(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  Tail tail;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    ++tail.lines;
    const auto opened = detail::open(line);
    if (!opened)
      throw Error(SourceLocation{path.string(), static_cast<int>(tail.lines), 0},
                  "the audit log is damaged here; run `eligo audit verify` before writing to it");
    tail.last_hash = opened->hash;
  }
  return tail;
}

void write_head(const std::filesystem::path& log, std::size_t lines, const std::string& hash) {
  const std::filesystem::path head = head_path(log);
  const std::filesystem::path temporary = head.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << json{{"lines", lines}, {"hash", hash}}.dump() << '\n';
    if (!out.flush()) throw Error(SourceLocation{temporary.string(), 0, 0}, "cannot write the head file");
  }
  std::error_code failure;
  std::filesystem::rename(temporary, head, failure);
  if (failure) throw Error(SourceLocation{head.string(), 0, 0}, "cannot write the head file: " + failure.message());
}

std::string append_event(const std::filesystem::path& path, const AuditLog::Clock& clock, json body) {
  const LockedFile file(path);
  const Tail tail = read_tail(path);
  body["seq"] = tail.lines + 1;
  body["prev"] = tail.last_hash;
  body["time"] = clock ? clock() : outreach::utc_now();
  const std::string line = detail::seal(body.dump());
  file.write_all(path, line + "\n");
  const std::string hash = detail::open(line)->hash;
  write_head(path, tail.lines + 1, hash);
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
  return append_event(path_, clock_,
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
  return append_event(path_, clock_,
                      {{"event", "decision"},
                       {"plan_id", decision.plan_id},
                       {"line", decision.line},
                       {"person", pseudonymiser_.pseudonym(decision.person_id)},
                       {"decision", decision.decision},
                       {"channel", decision.channel},
                       {"previous_channel", decision.previous_channel},
                       {"reason", decision.reason},
                       {"agent", decision.agent},
                       {"key_id", pseudonymiser_.key_id()}});
}

}  // namespace eligo::audit
