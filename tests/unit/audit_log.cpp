// The audit log: verification accepts an untouched log and finds the first bad line of an
// edited, truncated, reordered or cut one; no key, no log; a log written from a plan over
// named persons holds no name, address or raw id.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "eligo/audit.hpp"
#include "eligo/outreach.hpp"

namespace {

namespace fs = std::filesystem;
using namespace eligo;

const std::string test_key = "a-test-key-of-more-than-thirty-two-bytes";
const audit::Pseudonymiser key(test_key);

std::vector<std::string> read_lines(const fs::path& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

void write_lines(const fs::path& path, const std::vector<std::string>& lines) {
  std::ofstream out(path, std::ios::trunc);
  for (const auto& line : lines) out << line << '\n';
}

std::string read_all(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A log of one run and four decisions over the sample candidates (named persons).
fs::path write_sample_log(const std::string& name) {
  const fs::path folder = fs::temp_directory_path() / ("eligo_audit_" + name);
  fs::remove_all(folder);
  fs::create_directories(folder);
  const fs::path data = fs::path(ELIGO_TEST_DATA_DIR) / "outreach";
  const RulePack pack = load_pack(fs::path(ELIGO_RULES_DIR) / "example");
  outreach::Plan plan = outreach::build_plan(outreach::ChannelPolicy::of(pack),
                                             outreach::read_candidates_csv(data / "candidates.csv"),
                                             outreach::read_accessibility_csv(data / "profiles.csv"),
                                             outreach::read_capacity_csv(data / "capacity.csv"));
  plan.id = "sample";
  int tick = 0;
  audit::AuditLog log(folder / "audit.jsonl", audit::Pseudonymiser(test_key),
                      [&] { return "2026-05-01T09:00:0" + std::to_string(tick++) + "Z"; });
  audit::RunRecord run;
  run.command = "plan";
  run.pack_id = pack.id;
  run.pack_hash = pack.content_hash;
  run.input_hash = audit::sha256_file(data / "candidates.csv");
  run.counts = {{"lines", static_cast<std::int64_t>(plan.lines().size())}};
  log.append(run);
  for (std::size_t number = 1; number <= 4; ++number) {
    const auto& line = plan.line(number);
    plan.accept(number, "agent-7", "checked with the person's file");
    log.append(audit::DecisionRecord{plan.id, number, line.person_id, "accept", std::string(outreach::to_string(line.channel)),
                                     std::string(outreach::to_string(line.channel)), "checked with the person's file", "agent-7"});
  }
  return folder / "audit.jsonl";
}

}  // namespace

TEST_CASE("Audit log: an untouched log verifies", "[audit]") {
  const fs::path log = write_sample_log("untouched");
  const auto report = audit::verify_log(log, key);
  CHECK(report.ok);
  CHECK(report.lines == 5);
  CHECK(report.head_hash == read_lines(log).back().substr(read_lines(log).back().size() - 66, 64));
  CHECK(audit::verify_log(log, key, report.head_hash).ok);
}

TEST_CASE("Audit log: an edited line is found", "[audit]") {
  const fs::path log = write_sample_log("edited");
  auto lines = read_lines(log);
  const auto at = lines[2].find("agent-7");
  lines[2].replace(at, 7, "agent-8");
  write_lines(log, lines);
  const auto report = audit::verify_log(log, key);
  CHECK(!report.ok);
  CHECK(report.first_bad_line == 3);
  CHECK_THAT(report.problem, Catch::Contains("changed"));
}

TEST_CASE("Audit log: a line edited and resealed breaks the chain after it", "[audit]") {
  const fs::path log = write_sample_log("resealed");
  auto lines = read_lines(log);
  // Someone who recomputes the edited line's own hash without the key is caught at that line.
  std::string body = lines[1].substr(0, lines[1].size() - 75) + "}";
  body.replace(body.find("accept"), 6, "defer_");
  lines[1] = body.substr(0, body.size() - 1) + ",\"hash\":\"" + audit::sha256_hex(body) + "\"}";
  write_lines(log, lines);
  const auto report = audit::verify_log(log, key);
  CHECK(!report.ok);
  CHECK(report.first_bad_line == 2);
}

TEST_CASE("Audit log: a truncated log is found with its head file or an expected hash", "[audit]") {
  const fs::path log = write_sample_log("truncated");
  const std::string head = audit::verify_log(log, key).head_hash;
  auto lines = read_lines(log);
  lines.pop_back();
  write_lines(log, lines);
  const auto report = audit::verify_log(log, key);
  CHECK(!report.ok);
  CHECK(report.first_bad_line == 5);
  CHECK_THAT(report.problem, Catch::Contains("missing at its end"));
  fs::remove(audit::head_path(log));
  CHECK(audit::verify_log(log, key, head).first_bad_line == 5);
  const auto without_head = audit::verify_log(log, key);
  CHECK(!without_head.ok);
  CHECK_THAT(without_head.problem, Catch::Contains("no head file"));
}

TEST_CASE("Audit log: reordered and deleted lines are found", "[audit]") {
  const fs::path log = write_sample_log("reordered");
  auto lines = read_lines(log);
  std::swap(lines[1], lines[2]);
  write_lines(log, lines);
  auto report = audit::verify_log(log, key);
  CHECK(!report.ok);
  CHECK(report.first_bad_line == 2);
  CHECK_THAT(report.problem, Catch::Contains("does not follow"));

  const fs::path other = write_sample_log("deleted");
  lines = read_lines(other);
  lines.erase(lines.begin() + 3);
  write_lines(other, lines);
  report = audit::verify_log(other, key);
  CHECK(!report.ok);
  CHECK(report.first_bad_line == 4);
}

TEST_CASE("Audit log: no name, address or raw id enters the log", "[audit]") {
  const fs::path log = write_sample_log("scan");
  const std::string text = read_all(log);
  const fs::path data = fs::path(ELIGO_TEST_DATA_DIR) / "outreach" / "candidates.csv";
  std::ifstream in(data);
  std::string row;
  std::getline(in, row);  // header
  int checked = 0;
  while (std::getline(in, row)) {
    std::stringstream fields(row);
    std::string id, name, address;
    std::getline(fields, id, ',');
    std::getline(fields, name, ',');
    std::getline(fields, address, ',');
    INFO(row);
    CHECK(text.find(id) == std::string::npos);
    CHECK(text.find(name) == std::string::npos);
    CHECK(text.find(name.substr(name.find(' ') + 1)) == std::string::npos);  // surname alone
    CHECK(text.find(address) == std::string::npos);
    CHECK(text.find(address.substr(address.size() - 10)) == std::string::npos);  // postcode and town
    ++checked;
  }
  CHECK(checked == 7);
  const audit::Pseudonymiser pseudonymiser(test_key);
  CHECK(text.find(pseudonymiser.pseudonym("P04")) != std::string::npos);  // the first line's person, pseudonymised
}

TEST_CASE("Audit log: no key, no log; reasons that name the person are refused", "[audit]") {
  const char* saved = std::getenv("ELIGO_AUDIT_KEY");
  const std::string saved_key = saved != nullptr ? saved : "";
  unsetenv("ELIGO_AUDIT_KEY");
  unsetenv("ELIGO_AUDIT_KEY_FILE");
  CHECK_THROWS_WITH(audit::Pseudonymiser::from_environment(), Catch::Contains("no pseudonymisation key"));
  setenv("ELIGO_AUDIT_KEY", "short", 1);
  CHECK_THROWS_WITH(audit::Pseudonymiser::from_environment(), Catch::Contains("at least 32 are required"));
  setenv("ELIGO_AUDIT_KEY", test_key.c_str(), 1);
  CHECK(audit::Pseudonymiser::from_environment().pseudonym("P01") == audit::Pseudonymiser(test_key).pseudonym("P01"));
  if (saved_key.empty()) unsetenv("ELIGO_AUDIT_KEY"); else setenv("ELIGO_AUDIT_KEY", saved_key.c_str(), 1);

  const audit::Pseudonymiser one(test_key);
  const audit::Pseudonymiser other(test_key + "!");
  CHECK(one.pseudonym("P01").size() == 34);
  CHECK(one.pseudonym("P01") != other.pseudonym("P01"));
  CHECK(one.pseudonym("P01") != one.pseudonym("P02"));

  const fs::path log = fs::temp_directory_path() / "eligo_audit_reason.jsonl";
  fs::remove(log);
  audit::AuditLog writer(log, one);
  CHECK_THROWS_WITH(writer.append(audit::DecisionRecord{"plan", 1, "P01", "defer", "letter", "letter", "P01 moved", "a"}),
                    Catch::Contains("the reason names the person's id"));
  CHECK(!fs::exists(log));
}

TEST_CASE("SHA-256 of known texts", "[audit]") {
  CHECK(audit::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(audit::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
