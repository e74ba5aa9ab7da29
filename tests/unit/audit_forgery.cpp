// The audit log against someone who can write to it but has no key: a log rewritten with
// plain SHA-256 or another key fails at its first rewritten line, a changed log is never
// appended to, the key file cannot hang or flood a run, and a decision's free-text reason,
// which may name people, is written only as a keyed hash.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "eligo/audit.hpp"
#include "temp_folder.hpp"

namespace {

namespace fs = std::filesystem;
using namespace eligo;
using eligo::test::TempFolder;

const std::string forgery_key = "the-deployer-audit-key-of-forty-bytes-long";

std::string forged_log_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> forged_log_lines(const fs::path& path) {
  std::istringstream in(forged_log_text(path));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// One run and three decisions, the third deferring with a reason that names people.
fs::path write_forgery_sample(const fs::path& folder) {
  const fs::path path = folder / "audit.jsonl";
  int tick = 0;
  audit::AuditLog log(path, audit::Pseudonymiser(forgery_key), [&] { return "2026-05-01T09:00:0" + std::to_string(tick++) + "Z"; });
  audit::RunRecord run;
  run.command = "plan";
  run.pack_id = "example";
  log.append(run);
  log.append(audit::DecisionRecord{"plan-1", 1, "P04", "accept", "letter", "letter", "checked with the file", "agent-7"});
  log.append(audit::DecisionRecord{"plan-1", 2, "P05", "accept", "phone", "phone", "checked with the file", "agent-7"});
  log.append(audit::DecisionRecord{"plan-1", 3, "P06", "defer", "letter", "letter",
                                   "Mme Durand, 12 rue des Lilas, wife of F-0042, asked for a visit in June", "agent-7"});
  return path;
}

// What a forger without the key does: changes line `from` (1-based), then recomputes every
// hash from there on with `reseal` and rewrites the head file, so the chain and the end hold.
void rewrite_from(const fs::path& path, std::size_t from, const std::function<std::string(const std::string&)>& reseal) {
  auto lines = forged_log_lines(path);
  std::string previous = from == 1 ? std::string(64, '0') : lines[from - 2].substr(lines[from - 2].size() - 66, 64);
  for (std::size_t i = from - 1; i < lines.size(); ++i) {
    nlohmann::json body = nlohmann::json::parse(lines[i].substr(0, lines[i].size() - 75) + "}");
    if (i == from - 1) body["decision"] = "defer";
    body["prev"] = previous;
    const std::string text = body.dump();
    previous = reseal(text);
    lines[i] = text.substr(0, text.size() - 1) + ",\"hash\":\"" + previous + "\"}";
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  for (const auto& line : lines) out << line << '\n';
  std::ofstream head(audit::head_path(path), std::ios::binary | std::ios::trunc);
  head << nlohmann::json{{"lines", lines.size()}, {"hash", previous}}.dump() << '\n';
}

}  // namespace

TEST_CASE("Audit log: a log rewritten with plain SHA-256 fails at the first rewritten line", "[audit]") {
  const TempFolder folder;
  const fs::path log = write_forgery_sample(folder.path());
  rewrite_from(log, 2, [](const std::string& body) { return audit::sha256_hex(body); });
  const auto report = audit::verify_log(log, audit::Pseudonymiser(forgery_key));
  CHECK_FALSE(report.ok);
  CHECK(report.first_bad_line == 2);
  CHECK_THAT(report.problem, Catch::Contains("sealed without the audit key"));
}

TEST_CASE("Audit log: a log rewritten under another key fails at the first rewritten line", "[audit]") {
  const TempFolder folder;
  const fs::path log = write_forgery_sample(folder.path());
  const audit::Pseudonymiser forger(forgery_key + "-guessed");
  rewrite_from(log, 3, [&](const std::string& body) { return forger.seal(body); });
  const auto report = audit::verify_log(log, audit::Pseudonymiser(forgery_key));
  CHECK_FALSE(report.ok);
  CHECK(report.first_bad_line == 3);
  // Verified with the wrong key, the first line already fails, and the message says why.
  const auto wrong_key = audit::verify_log(log, forger);
  CHECK(wrong_key.first_bad_line == 1);
  CHECK_THAT(wrong_key.problem, Catch::Contains("not sealed under the key given"));
}

TEST_CASE("Audit log: a log cut at its end with its head file rewritten to match is found", "[audit]") {
  const TempFolder folder;
  const fs::path log = write_forgery_sample(folder.path());
  auto lines = forged_log_lines(log);
  lines.pop_back();
  {
    std::ofstream out(log, std::ios::binary | std::ios::trunc);
    for (const auto& line : lines) out << line << '\n';
    std::ofstream head(audit::head_path(log), std::ios::binary | std::ios::trunc);
    head << nlohmann::json{{"lines", 3}, {"hash", lines.back().substr(lines.back().size() - 66, 64)}}.dump() << '\n';
  }
  const auto report = audit::verify_log(log, audit::Pseudonymiser(forgery_key));
  CHECK_FALSE(report.ok);
  CHECK(report.first_bad_line == 4);
  CHECK_THAT(report.problem, Catch::Contains("is not sealed under the audit key"));
}

TEST_CASE("Audit log: nothing is appended to a log that does not verify", "[audit]") {
  const TempFolder folder;
  const fs::path log = write_forgery_sample(folder.path());
  auto lines = forged_log_lines(log);
  lines[1].replace(lines[1].find("agent-7"), 7, "agent-9");
  {
    std::ofstream out(log, std::ios::binary | std::ios::trunc);
    for (const auto& line : lines) out << line << '\n';
  }
  const std::string tampered = forged_log_text(log);
  const std::string head = forged_log_text(audit::head_path(log));
  audit::AuditLog writer(log, audit::Pseudonymiser(forgery_key));
  CHECK_THROWS_WITH(writer.append(audit::DecisionRecord{"plan-1", 4, "P07", "accept", "letter", "letter", "ok", "agent-7"}),
                    Catch::Contains("audit.jsonl:2:") && Catch::Contains("does not verify, nothing was added"));
  CHECK(forged_log_text(log) == tampered);
  CHECK(forged_log_text(audit::head_path(log)) == head);

  // A log cut at its end (head file kept) is refused too.
  fs::create_directories(folder.path() / "cut");
  const fs::path cut = write_forgery_sample(folder.path() / "cut");
  auto cut_lines = forged_log_lines(cut);
  cut_lines.pop_back();
  {
    std::ofstream out(cut, std::ios::binary | std::ios::trunc);
    for (const auto& line : cut_lines) out << line << '\n';
  }
  audit::AuditLog cut_writer(cut, audit::Pseudonymiser(forgery_key));
  CHECK_THROWS_WITH(cut_writer.append(audit::RunRecord{}), Catch::Contains("missing at its end"));
}

TEST_CASE("Audit log: a key file that is a FIFO or too large is refused, not read", "[audit]") {
  const TempFolder folder;
  const fs::path fifo = folder.path() / "key.fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THROWS_WITH(audit::Pseudonymiser::from_key_file(fifo), Catch::Contains("not a regular file"));
  const fs::path large = folder.write("key.large", std::string(audit::Pseudonymiser::maximum_key_file_bytes + 1, 'k'));
  CHECK_THROWS_WITH(audit::Pseudonymiser::from_key_file(large), Catch::Contains("4097 bytes; a key file holds at most 4096"));
  CHECK_THROWS_WITH(audit::Pseudonymiser::from_key_file(folder.path()), Catch::Contains("not a regular file"));
  // Nor does a FIFO in the log's place hang the verification before an append.
  audit::AuditLog on_fifo(fifo, audit::Pseudonymiser(forgery_key));
  CHECK_THROWS_WITH(on_fifo.append(audit::RunRecord{}), Catch::Contains("the audit log is not a regular file"));

  const fs::path good = folder.write("key", forgery_key + "\n");
  CHECK(audit::Pseudonymiser::from_key_file(good).key_id() == audit::Pseudonymiser(forgery_key).key_id());
  // Through the environment, as the command line reads it.
  const char* saved = std::getenv("ELIGO_AUDIT_KEY");
  const std::string saved_key = saved != nullptr ? saved : "";
  unsetenv("ELIGO_AUDIT_KEY");
  setenv("ELIGO_AUDIT_KEY_FILE", fifo.c_str(), 1);
  CHECK_THROWS_WITH(audit::Pseudonymiser::from_environment(), Catch::Contains("key.fifo") && Catch::Contains("not a regular file"));
  unsetenv("ELIGO_AUDIT_KEY_FILE");
  if (!saved_key.empty()) setenv("ELIGO_AUDIT_KEY", saved_key.c_str(), 1);
}

TEST_CASE("Audit log: a decision's reason is written as a keyed hash, never as text", "[audit]") {
  const TempFolder folder;
  const fs::path log = write_forgery_sample(folder.path());
  const std::string text = forged_log_text(log);
  for (const char* personal : {"Durand", "Lilas", "F-0042", "June", "checked with the file"}) {
    INFO(personal);
    CHECK(text.find(personal) == std::string::npos);
  }
  const audit::Pseudonymiser key(forgery_key);
  const auto last = nlohmann::json::parse(forged_log_lines(log).back().substr(0, forged_log_lines(log).back().size() - 75) + "}");
  CHECK(last.at("reason_hash") ==
        key.reason_hash("Mme Durand, 12 rue des Lilas, wife of F-0042, asked for a visit in June"));
  CHECK(last.at("reason_hash").get<std::string>().size() == 34);
  CHECK_FALSE(last.contains("reason"));
  CHECK(audit::verify_log(log, key).ok);
}
