#include "pack_dicts.hpp"

#include <pybind11/stl.h>

namespace py = pybind11;

namespace eligo::python {

py::dict to_dict(const Text& text) {
  py::dict entry;
  for (const auto& [language, words] : text.by_language) entry[py::str(language)] = words;
  return entry;
}

py::dict to_dict(const SourceLocation& where) {
  py::dict entry;
  entry["file"] = where.file;
  entry["line"] = where.line;
  entry["column"] = where.column;
  return entry;
}

py::dict to_dict(const EntityModel& entities) {
  py::dict entry;
  entry["person"] = entities.person;
  entry["group"] = entities.group;
  entry["members"] = entities.members;
  entry["roles"] = entities.roles;
  return entry;
}

std::string format_value(ValueType type, std::int64_t value, const std::vector<std::string>& enum_values) {
  switch (type) {
    case ValueType::boolean: return value != 0 ? "true" : "false";
    case ValueType::integer: return std::to_string(value);
    case ValueType::decimal: return format_scaled(value, 6);
    case ValueType::money: return format_scaled(value, 2);
    case ValueType::date: return Date{static_cast<std::int32_t>(value)}.to_string();
    case ValueType::enumeration:
      if (value >= 0 && static_cast<std::size_t>(value) < enum_values.size())
        return enum_values[static_cast<std::size_t>(value)];
      return std::to_string(value);
  }
  return std::to_string(value);
}

namespace {
py::object optional_value(ValueType type, const std::optional<std::int64_t>& value) {
  if (!value) return py::none();
  return py::str(format_value(type, *value));
}
}  // namespace

py::dict to_dict(const InputSpec& input) {
  py::dict entry;
  entry["name"] = input.name;
  entry["entity"] = input.entity;
  entry["type"] = std::string(to_string(input.type));
  entry["unit"] = input.unit;
  entry["minimum"] = optional_value(input.type, input.minimum);
  entry["maximum"] = optional_value(input.type, input.maximum);
  entry["values"] = input.enum_values;
  entry["description"] = to_dict(input.description);
  entry["protected"] = input.is_protected;
  entry["source"] = input.source;
  entry["where"] = to_dict(input.where);
  return entry;
}

py::dict to_dict(const Parameter& parameter) {
  static constexpr const char* kinds[] = {"scalar", "scale_amount", "scale_marginal"};
  py::dict entry;
  entry["name"] = parameter.name;
  entry["kind"] = kinds[static_cast<std::size_t>(parameter.kind)];
  entry["type"] = std::string(to_string(parameter.type));
  entry["threshold_type"] = std::string(to_string(parameter.threshold_type));
  entry["unit"] = parameter.unit;
  entry["description"] = to_dict(parameter.description);
  entry["last_value_still_valid_on"] =
      parameter.last_value_still_valid_on ? py::object(py::str(parameter.last_value_still_valid_on->to_string()))
                                          : py::object(py::none());
  py::list versions;
  for (const auto& version : parameter.versions) {
    py::dict item;
    item["start"] = version.start.to_string();
    item["reference"] = version.reference;
    if (parameter.kind == ParameterKind::scalar) {
      item["value"] = format_value(parameter.type, version.value);
    } else {
      py::list brackets;
      const ValueType rate_or_amount =
          parameter.kind == ParameterKind::scale_marginal ? ValueType::decimal : parameter.type;
      for (const auto& bracket : version.brackets) {
        py::dict step;
        step["threshold"] = format_value(parameter.threshold_type, bracket.threshold);
        step["value"] = format_value(rate_or_amount, bracket.value);
        brackets.append(step);
      }
      item["brackets"] = brackets;
    }
    item["where"] = to_dict(version.where);
    versions.append(item);
  }
  entry["versions"] = versions;
  entry["where"] = to_dict(parameter.where);
  return entry;
}

py::dict to_dict(const Variable& variable) {
  py::dict entry;
  entry["name"] = variable.name;
  entry["entity"] = variable.entity;
  entry["type"] = variable.declared_type ? py::object(py::str(std::string(to_string(*variable.declared_type))))
                                         : py::object(py::none());
  entry["formula"] = variable.formula.text;
  entry["label"] = to_dict(variable.label);
  entry["reference"] = variable.reference;
  entry["where"] = to_dict(variable.where);
  return entry;
}

py::dict to_dict(const Benefit& benefit) {
  py::dict entry;
  entry["id"] = benefit.id;
  entry["entity"] = benefit.entity;
  entry["label"] = to_dict(benefit.label);
  entry["description"] = to_dict(benefit.description);
  entry["reference"] = benefit.reference;
  entry["institution"] = benefit.institution;
  entry["amount_period"] = benefit.amount_period;
  py::list conditions;
  for (const auto& condition : benefit.conditions) {
    py::dict item;
    item["id"] = condition.id;
    item["rule"] = condition.rule.text;
    item["reference"] = condition.reference;
    item["reason"] = to_dict(condition.reason);
    item["where"] = to_dict(condition.where);
    conditions.append(item);
  }
  entry["conditions"] = conditions;
  entry["amount"] = benefit.amount.text;
  py::dict claim;
  claim["online"] = benefit.claim.online;
  claim["counter"] = benefit.claim.counter;
  claim["phone"] = benefit.claim.phone;
  claim["form"] = benefit.claim.form;
  claim["documents"] = benefit.claim.documents;
  claim["how"] = to_dict(benefit.claim.how);
  entry["claim"] = claim;
  entry["where"] = to_dict(benefit.where);
  return entry;
}

namespace {
py::dict record_to_dict(const RawRecord& record) {
  py::dict entry;
  for (const auto& [name, text] : record)
    entry[py::str(name)] = text ? py::object(py::str(*text)) : py::object(py::none());
  return entry;
}
}  // namespace

py::dict to_dict(const TestCase& test) {
  py::dict entry;
  entry["name"] = test.name;
  entry["period"] = test.period;
  entry["source"] = test.source;
  entry["group"] = record_to_dict(test.group);
  py::list members;
  for (const auto& member : test.members) members.append(record_to_dict(member));
  entry["members"] = members;
  py::list expectations;
  for (const auto& expectation : test.expectations) {
    py::dict item;
    item["benefit"] = expectation.benefit;
    item["status"] = expectation.status;
    item["amount"] = expectation.amount_cents ? py::object(py::str(format_scaled(*expectation.amount_cents, 2)))
                                              : py::object(py::none());
    item["failed"] = expectation.failed;
    item["missing"] = expectation.missing;
    item["where"] = to_dict(expectation.where);
    expectations.append(item);
  }
  entry["expect"] = expectations;
  entry["where"] = to_dict(test.where);
  return entry;
}

}  // namespace eligo::python
