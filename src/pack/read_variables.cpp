// variables/*.yaml: intermediate quantities computed by formulas.
#include "pack/formula_reading.hpp"
#include "pack/pack_readers.hpp"

namespace eligo::pack_detail {
namespace {

void read_variable(Reader& reader, const YAML::Node& key, const YAML::Node& node, const PackContext& context,
                   std::vector<Variable>& variables) {
  Variable variable;
  variable.where = reader.where(key);
  const auto name = reader.identifier(key, "a variable name", variable.where);
  if (!name) return;
  variable.name = *name;
  const std::string owner = "variable `" + variable.name + "`";
  if (!reader.fields(node, owner, variable.where, {"entity", "type", "enum_of", "label", "reference", "formula"},
                     {"entity", "formula"}))
    return;
  if (const auto entity = node["entity"])
    if (auto text = reader.scalar(entity, "an entity", variable.where)) {
      variable.entity = *text;
      check_entity(reader, variable.entity, context, reader.where(entity, variable.where), owner);
    }
  if (const auto type = node["type"]) variable.declared_type = reader.value_type(type, owner, variable.where);
  if (const auto enum_of = node["enum_of"]) {
    if (auto text = reader.identifier(enum_of, "the input whose values this variable takes", variable.where))
      variable.enum_of = *text;
    if (variable.declared_type && *variable.declared_type != ValueType::enumeration)
      reader.error(reader.where(enum_of, variable.where), "`enum_of` only applies to variables of type enum");
  }
  if (const auto label = node["label"])
    variable.label = reader.text(label, context.languages, "the label of " + owner, variable.where, false);
  if (const auto reference = node["reference"])
    if (auto text = reader.scalar(reference, "a legal reference", variable.where)) variable.reference = *text;
  if (const auto formula = node["formula"])
    if (auto parsed = read_formula(reader, formula, owner, variable.where)) variable.formula = std::move(*parsed);
  variables.push_back(std::move(variable));
}

}  // namespace

void read_variables(Reader& reader, const YAML::Node& root, const PackContext& context,
                    std::vector<Variable>& variables) {
  if (root.IsNull()) return;
  if (!root.IsMap()) {
    reader.error(reader.where(root, {reader.file().name(), 1, 1}),
                 "expected a map from variable name to its entity and formula, got " + describe(root));
    return;
  }
  for (const auto& entry : root) read_variable(reader, entry.first, entry.second, context, variables);
}

}  // namespace eligo::pack_detail
