// inputs.yaml: the data schema a pack expects, one entry per input.
#include <algorithm>
#include <set>

#include "pack/pack_readers.hpp"

namespace eligo::pack_detail {
namespace {

std::vector<std::string> read_enum_values(Reader& reader, const YAML::Node& node, const SourceLocation& where) {
  auto values = reader.string_list(node, "the enumeration's `values`", where);
  if (!values) return {};
  if (values->empty()) reader.error(reader.where(node, where), "expected at least one value in `values`");
  std::set<std::string> seen;
  std::vector<std::string> unique;
  for (auto& value : *values) {
    if (!seen.insert(value).second)
      reader.error(reader.where(node, where), "value `" + value + "` is listed twice");
    else
      unique.push_back(std::move(value));
  }
  return unique;
}

void read_bounds(Reader& reader, const YAML::Node& node, const SourceLocation& where, InputSpec& input) {
  const bool ordered = input.type != ValueType::boolean && input.type != ValueType::enumeration;
  for (const char* bound : {"min", "max"}) {
    const auto value_node = node[bound];
    if (!value_node) continue;
    if (!ordered) {
      reader.error(reader.where(value_node, where), "`" + std::string(bound) + "` does not apply to an input of type " +
                                                        std::string(to_string(input.type)));
      continue;
    }
    const auto value = reader.value(value_node, input.type, {}, "`" + std::string(bound) + "`", where);
    if (std::string_view(bound) == "min")
      input.minimum = value;
    else
      input.maximum = value;
  }
  if (input.minimum && input.maximum && *input.minimum > *input.maximum)
    reader.error(reader.where(node["max"], where), "`max` is below `min`");
  // Without bounds an impossible value is taken as true: a birth date of 0000-01-01 makes
  // anyone old enough for an old-age benefit. A warning, not an error, so that packs
  // written before the rule still load; `eligo check` shows it.
  if (ordered && (!input.minimum || !input.maximum))
    reader.warning(where, "input `" + input.name + "` has no " +
                              (input.minimum ? "`max`" : input.maximum ? "`min`" : "`min` and `max`") +
                              ": give the range of plausible values, so that data outside it is refused");
}

// `labels: {value: {fr: ..., en: ...}}`: the words people read instead of an enum code.
void read_value_labels(Reader& reader, const YAML::Node& node, const PackContext& context, const std::string& owner,
                       InputSpec& input) {
  const SourceLocation where = reader.where(node, input.where);
  if (!node.IsMap()) {
    reader.error(where, "expected `labels` as a map from each value to its words, got " + describe(node));
    return;
  }
  for (const auto& entry : node) {
    const auto value = reader.scalar(entry.first, "an enumeration value", where);
    if (!value) continue;
    if (std::find(input.enum_values.begin(), input.enum_values.end(), *value) == input.enum_values.end()) {
      reader.error(reader.where(entry.first, where), "`labels` of " + owner + " names `" + *value +
                                                         "`, which is not one of its `values`");
      continue;
    }
    input.value_labels[*value] =
        reader.text(entry.second, context.languages, "the label of value `" + *value + "` of " + owner, where, true);
  }
}

void read_input(Reader& reader, const YAML::Node& key, const YAML::Node& node, const PackContext& context,
                std::vector<InputSpec>& inputs) {
  InputSpec input;
  input.where = reader.where(key);
  const auto name = reader.identifier(key, "an input name", input.where);
  if (!name) return;
  input.name = *name;
  const std::string owner = "input `" + input.name + "`";
  if (!reader.fields(node, owner, input.where,
                     {"entity", "type", "unit", "min", "max", "values", "labels", "description", "protected", "source"},
                     {"entity", "type"}))
    return;
  if (const auto entity = node["entity"])
    if (auto text = reader.scalar(entity, "an entity", input.where)) {
      input.entity = *text;
      check_entity(reader, input.entity, context, reader.where(entity, input.where), owner);
    }
  bool type_known = false;
  if (const auto type = node["type"])
    if (const auto parsed = reader.value_type(type, owner, input.where)) {
      input.type = *parsed;
      type_known = true;
    }
  if (const auto values = node["values"]) {
    if (type_known && input.type != ValueType::enumeration)
      reader.error(reader.where(values, input.where), "`values` only applies to inputs of type enum");
    else
      input.enum_values = read_enum_values(reader, values, input.where);
  } else if (type_known && input.type == ValueType::enumeration) {
    reader.error(input.where, owner + " is an enumeration without `values`: expected the list of its values");
  }
  if (const auto labels = node["labels"]) read_value_labels(reader, labels, context, owner, input);
  if (type_known) read_bounds(reader, node, input.where, input);
  if (const auto unit = node["unit"])
    if (auto text = reader.scalar(unit, "a unit such as EUR/month", input.where)) input.unit = *text;
  if (const auto description = node["description"])
    input.description = reader.text(description, context.languages, "the description of " + owner, input.where, false);
  if (const auto is_protected = node["protected"])
    if (const auto flag = reader.boolean(is_protected, "`protected`", input.where)) input.is_protected = *flag;
  if (const auto source = node["source"])
    if (auto text = reader.scalar(source, "where agencies get this input", input.where)) input.source = *text;
  inputs.push_back(std::move(input));
}

}  // namespace

void read_inputs(Reader& reader, const YAML::Node& root, const PackContext& context, std::vector<InputSpec>& inputs) {
  if (root.IsNull()) return;
  if (!root.IsMap()) {
    reader.error(reader.where(root, {reader.file().name(), 1, 1}),
                 "expected a map from input name to its description, got " + describe(root));
    return;
  }
  for (const auto& entry : root) read_input(reader, entry.first, entry.second, context, inputs);
}

}  // namespace eligo::pack_detail
