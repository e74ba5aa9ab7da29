// parameters/*.yaml: legal parameters, each value keyed by its start date and carrying
// its legal reference.
#include <algorithm>

#include "pack/pack_readers.hpp"

namespace eligo::pack_detail {
namespace {

struct ParameterShape {
  ParameterKind kind = ParameterKind::scalar;
  ValueType value_type = ValueType::money;
  ValueType threshold_type = ValueType::money;
  bool known = false;  // false when the declaration was wrong: values are then not read
};

ParameterShape read_shape(Reader& reader, const YAML::Node& node, const std::string& owner,
                          const SourceLocation& where) {
  ParameterShape shape;
  const auto type_text = reader.scalar(node["type"], "the type of " + owner, where);
  if (!type_text) return shape;
  if (*type_text != "scale") {
    if (node["kind"] || node["threshold_type"] || node["value_type"])
      reader.error(where, owner + " is not a scale: `kind`, `threshold_type` and `value_type` only apply to "
                                  "`type: scale`");
    const auto type = reader.value_type(node["type"], owner, where);
    if (!type) return shape;
    if (*type == ValueType::enumeration) {
      reader.error(reader.where(node["type"], where), "a parameter cannot be an enumeration; expected bool, "
                                                      "integer, decimal, money, date or scale");
      return shape;
    }
    shape.value_type = *type;
    shape.known = true;
    return shape;
  }
  bool good = true;
  const auto kind = node["kind"] ? reader.choice(node["kind"], {"amount", "marginal"}, "scale kind", where)
                                 : std::optional<std::string>{};
  if (!node["kind"]) reader.error(where, owner + " is a scale without `kind`: expected amount or marginal");
  if (!kind) return shape;
  shape.kind = *kind == "amount" ? ParameterKind::scale_amount : ParameterKind::scale_marginal;
  if (!node["threshold_type"]) {
    reader.error(where, owner + " is a scale without `threshold_type`: expected the type of its thresholds");
    good = false;
  } else if (const auto type = reader.value_type(node["threshold_type"], "`threshold_type`", where)) {
    shape.threshold_type = *type;
  } else {
    good = false;
  }
  if (shape.kind == ParameterKind::scale_marginal) {
    // A marginal scale holds rates: they are decimals whatever the thresholds are.
    shape.value_type = ValueType::decimal;
    if (node["value_type"]) {
      const auto type = reader.value_type(node["value_type"], "`value_type`", where);
      if (type && *type != ValueType::decimal) {
        reader.error(reader.where(node["value_type"], where), "the values of a marginal scale are rates: expected "
                                                              "`value_type: decimal`");
        good = false;
      }
    }
  } else if (!node["value_type"]) {
    reader.error(where, owner + " is a scale without `value_type`: expected the type of its amounts");
    good = false;
  } else if (const auto type = reader.value_type(node["value_type"], "`value_type`", where)) {
    shape.value_type = *type;
  } else {
    good = false;
  }
  shape.known = good;
  return shape;
}

void read_brackets(Reader& reader, const YAML::Node& node, const ParameterShape& shape, const SourceLocation& where,
                   ParameterVersion& version) {
  if (!node.IsSequence()) {
    reader.error(reader.where(node, where), "expected `brackets` as a list of {threshold, value}, got " + describe(node));
    return;
  }
  for (const auto& item : node) {
    const SourceLocation item_where = reader.where(item, where);
    if (!reader.fields(item, "a bracket", item_where, {"threshold", "value"}, {"threshold", "value"})) continue;
    const auto threshold = reader.value(item["threshold"], shape.threshold_type, {}, "`threshold`", item_where);
    const auto value = reader.value(item["value"], shape.value_type, {}, "the bracket's `value`", item_where);
    if (!threshold || !value) continue;
    if (!version.brackets.empty() && *threshold <= version.brackets.back().threshold)
      reader.error(reader.where(item["threshold"], item_where),
                   "bracket thresholds must be ascending: " + item["threshold"].Scalar() +
                       " is not above the previous threshold");
    version.brackets.push_back(ScaleBracket{*threshold, *value});
  }
  if (version.brackets.empty() && node.size() == 0)
    reader.error(reader.where(node, where), "expected at least one bracket");
}

std::optional<ParameterVersion> read_version(Reader& reader, const YAML::Node& key, const YAML::Node& node,
                                             const ParameterShape& shape, const std::string& owner) {
  ParameterVersion version;
  version.where = reader.where(key);
  const auto start = reader.date(key, "the start date of a value of " + owner + " (each value is keyed by the "
                                      "date it applies from)", version.where);
  if (!start) return std::nullopt;
  version.start = *start;
  const std::string label = "the value of " + owner + " from " + start->to_string();
  const bool scale = shape.kind != ParameterKind::scalar;
  if (node.IsScalar() && !scale) {
    reader.error(version.where, label + " has no legal reference: expected {value: " + node.Scalar() +
                                    ", reference: \"...\"}");
    return std::nullopt;
  }
  const bool is_map = scale ? reader.fields(node, label, version.where, {"reference", "brackets"}, {"reference", "brackets"})
                            : reader.fields(node, label, version.where, {"value", "reference"}, {"value", "reference"});
  if (!is_map) return std::nullopt;
  if (const auto reference = node["reference"])
    if (auto text = reader.scalar(reference, "a legal reference", version.where)) version.reference = *text;
  if (shape.known && !scale && node["value"])
    if (const auto value = reader.value(node["value"], shape.value_type, {}, label, version.where))
      version.value = *value;
  if (shape.known && scale && node["brackets"]) read_brackets(reader, node["brackets"], shape, version.where, version);
  return version;
}

void read_values(Reader& reader, const YAML::Node& node, const ParameterShape& shape, const std::string& owner,
                 const SourceLocation& where, Parameter& parameter) {
  if (!node.IsMap()) {
    reader.error(reader.where(node, where),
                 "expected the values of " + owner + " as a map from start date (YYYY-MM-DD) to {value, reference}, "
                 "got " + describe(node) + "; every value needs its start date");
    return;
  }
  for (const auto& entry : node)
    if (auto version = read_version(reader, entry.first, entry.second, shape, owner))
      parameter.versions.push_back(std::move(*version));
  // Values may be written in any order; they are kept by start date, each date once.
  std::stable_sort(parameter.versions.begin(), parameter.versions.end(),
                   [](const ParameterVersion& a, const ParameterVersion& b) { return a.start < b.start; });
  for (std::size_t i = 1; i < parameter.versions.size(); ++i)
    if (parameter.versions[i].start == parameter.versions[i - 1].start)
      reader.error(parameter.versions[i].where, "two values of " + owner + " start on " +
                                                    parameter.versions[i].start.to_string() + " (the other at " +
                                                    parameter.versions[i - 1].where.to_string() + ")");
  if (node.size() == 0) reader.error(reader.where(node, where), owner + " has no value");
}

void read_parameter(Reader& reader, const YAML::Node& key, const YAML::Node& node, const PackContext& context,
                    std::vector<Parameter>& parameters) {
  Parameter parameter;
  parameter.where = reader.where(key);
  const auto name = reader.identifier(key, "a parameter name", parameter.where);
  if (!name) return;
  parameter.name = *name;
  const std::string owner = "parameter `" + parameter.name + "`";
  if (!reader.fields(node, owner, parameter.where,
                     {"type", "kind", "threshold_type", "value_type", "unit", "description", "values",
                      "last_value_still_valid_on"},
                     {"type", "values"}))
    return;
  ParameterShape shape;
  if (node["type"]) shape = read_shape(reader, node, owner, parameter.where);
  parameter.kind = shape.kind;
  parameter.type = shape.value_type;
  parameter.threshold_type = shape.threshold_type;
  if (const auto unit = node["unit"])
    if (auto text = reader.scalar(unit, "a unit such as EUR/month", parameter.where)) parameter.unit = *text;
  if (const auto description = node["description"])
    parameter.description =
        reader.text(description, context.languages, "the description of " + owner, parameter.where, false);
  if (const auto values = node["values"]) read_values(reader, values, shape, owner, parameter.where, parameter);
  if (const auto checked = node["last_value_still_valid_on"])
    parameter.last_value_still_valid_on = reader.date(checked, "`last_value_still_valid_on`", parameter.where);
  parameters.push_back(std::move(parameter));
}

}  // namespace

void read_parameters(Reader& reader, const YAML::Node& root, const PackContext& context,
                     std::vector<Parameter>& parameters) {
  if (root.IsNull()) return;
  if (!root.IsMap()) {
    reader.error(reader.where(root, {reader.file().name(), 1, 1}),
                 "expected a map from parameter name to its values, got " + describe(root));
    return;
  }
  for (const auto& entry : root) read_parameter(reader, entry.first, entry.second, context, parameters);
}

}  // namespace eligo::pack_detail
