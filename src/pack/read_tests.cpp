// tests/*.yaml: situations with their expected results. Input names are checked against
// the schema by the test runner; here only the structure is.
#include <algorithm>
#include <set>

#include "pack/pack_readers.hpp"

namespace eligo::pack_detail {
namespace {

// Values stay as written: the test runner parses them with the input's type, like data.
// `skipped` names a field read apart (a member's `monthly`).
std::optional<RawRecord> read_record(Reader& reader, const YAML::Node& node, const std::string& what,
                                     const SourceLocation& fallback, const std::string& skipped = {}) {
  if (node.IsNull()) return RawRecord{};
  if (!node.IsMap()) {
    reader.error(reader.where(node, fallback), "expected " + what + " as a map from input name to value, got " +
                                                   describe(node));
    return std::nullopt;
  }
  RawRecord record;
  for (const auto& entry : node) {
    const SourceLocation key_where = reader.where(entry.first, fallback);
    const auto name = reader.scalar(entry.first, "an input name", key_where);
    if (!name || (!skipped.empty() && *name == skipped)) continue;
    if (record.count(*name) != 0) {
      reader.error(key_where, "`" + *name + "` is given twice in " + what);
      continue;
    }
    if (entry.second.IsNull()) {
      record.emplace(*name, std::nullopt);  // written but empty: unknown
    } else if (auto value = reader.scalar(entry.second, "one value for `" + *name + "`", key_where)) {
      record.emplace(*name, std::move(*value));
    }
  }
  return record;
}

// A member's `monthly: {input: {YYYY-MM: value, ...}, ...}`: values that change month by month.
RawMonthlyRecord read_monthly(Reader& reader, const YAML::Node& node, const SourceLocation& fallback) {
  RawMonthlyRecord monthly;
  const SourceLocation where = reader.where(node, fallback);
  if (!node.IsMap()) {
    reader.error(where, "expected `monthly` as a map from input name to {YYYY-MM: value}, got " + describe(node));
    return monthly;
  }
  for (const auto& entry : node) {
    const SourceLocation key_where = reader.where(entry.first, where);
    const auto name = reader.scalar(entry.first, "an input name", key_where);
    if (!name) continue;
    if (!entry.second.IsMap()) {
      reader.error(reader.where(entry.second, key_where),
                   "expected the months of `" + *name + "` as a map from YYYY-MM to value, got " + describe(entry.second));
      continue;
    }
    auto& months = monthly[*name];
    for (const auto& month_entry : entry.second) {
      const SourceLocation month_where = reader.where(month_entry.first, key_where);
      const auto month = reader.scalar(month_entry.first, "a month YYYY-MM", month_where);
      if (!month) continue;
      if (!Period::try_parse(*month)) {
        reader.error(month_where, "expected a month YYYY-MM for `" + *name + "`, got `" + *month + "`");
        continue;
      }
      if (month_entry.second.IsNull())
        months.emplace(*month, std::nullopt);  // written but empty: unknown that month
      else if (auto value = reader.scalar(month_entry.second, "one value for `" + *name + "` in " + *month, month_where))
        months.emplace(*month, std::move(*value));
    }
  }
  return monthly;
}

std::vector<RawRecord> read_members(Reader& reader, const YAML::Node& node, const PackContext& context,
                                    const SourceLocation& fallback, std::vector<RawMonthlyRecord>& member_months) {
  std::vector<RawRecord> members;
  if (!node.IsSequence()) {
    reader.error(reader.where(node, fallback), "expected `" + context.entities.members +
                                                   "` as a list of persons, got " + describe(node));
    return members;
  }
  for (const auto& item : node) {
    const SourceLocation item_where = reader.where(item, fallback);
    auto member = read_record(reader, item, "a member", item_where, "monthly");
    if (!member) continue;
    member_months.push_back(item["monthly"] ? read_monthly(reader, item["monthly"], item_where) : RawMonthlyRecord{});
    const auto role = member->find("role");
    if (role == member->end() || !role->second) {
      reader.error(item_where, "a member has no `role`: expected one of the pack's roles");
    } else if (!context.entities.roles.empty()) {
      const auto& roles = context.entities.roles;
      if (std::find(roles.begin(), roles.end(), *role->second) == roles.end())
        reader.value(item["role"], ValueType::enumeration, roles, "`role`", item_where);
    }
    members.push_back(std::move(*member));
  }
  return members;
}

std::optional<Expectation> read_expectation(Reader& reader, const YAML::Node& key, const YAML::Node& node) {
  Expectation expectation;
  expectation.where = reader.where(key);
  const auto benefit = reader.identifier(key, "a benefit id", expectation.where);
  if (!benefit) return std::nullopt;
  expectation.benefit = *benefit;
  const std::string owner = "the expected result of `" + expectation.benefit + "`";
  if (!reader.fields(node, owner, expectation.where, {"status", "amount", "failed", "missing"}, {})) return std::nullopt;
  if (const auto status = node["status"])
    expectation.status =
        reader.choice(status, {"eligible", "not_eligible", "undetermined"}, "status", expectation.where);
  if (const auto amount = node["amount"])
    expectation.amount_cents = reader.value(amount, ValueType::money, {}, "the expected amount", expectation.where);
  if (const auto failed = node["failed"])
    expectation.failed = reader.string_list(failed, "`failed` (ids of the failed conditions)", expectation.where);
  if (const auto missing = node["missing"])
    expectation.missing = reader.string_list(missing, "`missing` (names of the missing inputs)", expectation.where);
  return expectation;
}

void read_test(Reader& reader, const YAML::Node& node, const PackContext& context, std::vector<TestCase>& tests) {
  TestCase test;
  test.where = reader.where(node, {reader.file().name(), 1, 1});
  std::string owner = "a test";
  if (const auto name = node.IsMap() ? node["name"] : YAML::Node())
    if (auto text = reader.scalar(name, "a test name", test.where)) {
      test.name = *text;
      owner = "test `" + test.name + "`";
    }
  const std::string& group = context.entities.group;
  const std::string& members = context.entities.members;
  if (!reader.fields(node, owner, test.where, {"name", "period", "source", group, members, "expect"},
                     {"name", "period", "expect"}))
    return;
  if (const auto period = node["period"])
    if (auto text = reader.scalar(period, "a period YYYY-MM", test.where)) {
      if (Period::try_parse(*text))
        test.period = *text;
      else
        reader.error(reader.where(period, test.where), "expected a period YYYY-MM, got `" + *text + "`");
    }
  if (const auto source = node["source"])
    if (auto text = reader.scalar(source, "where the expected values come from", test.where)) test.source = *text;
  if (const auto values = node[group])
    if (auto record = read_record(reader, values, "`" + group + "`", test.where)) test.group = std::move(*record);
  if (const auto list = node[members]) test.members = read_members(reader, list, context, test.where, test.member_months);
  if (const auto expect = node["expect"]) {
    if (!expect.IsMap() || expect.size() == 0) {
      reader.error(reader.where(expect, test.where),
                   "expected `expect` as a map from benefit id to its expected result, got " + describe(expect));
    } else {
      std::set<std::string> seen;
      for (const auto& entry : expect) {
        auto expectation = read_expectation(reader, entry.first, entry.second);
        if (!expectation) continue;
        if (!seen.insert(expectation->benefit).second)
          reader.error(expectation->where, "`" + expectation->benefit + "` is expected twice in " + owner);
        else
          test.expectations.push_back(std::move(*expectation));
      }
    }
  }
  tests.push_back(std::move(test));
}

}  // namespace

void read_tests(Reader& reader, const YAML::Node& root, const PackContext& context, std::vector<TestCase>& tests) {
  if (root.IsNull()) return;
  if (!root.IsSequence()) {
    reader.error(reader.where(root, {reader.file().name(), 1, 1}), "expected a list of tests, got " + describe(root));
    return;
  }
  for (const auto& item : root) read_test(reader, item, context, tests);
}

}  // namespace eligo::pack_detail
