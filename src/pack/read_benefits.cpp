// benefits/*.yaml: one benefit per file, with its conditions, amount and how to claim.
#include <algorithm>

#include "pack/formula_reading.hpp"
#include "pack/pack_readers.hpp"

namespace eligo::pack_detail {
namespace {

std::optional<Condition> read_condition(Reader& reader, const YAML::Node& node, const PackContext& context,
                                        const std::string& benefit_owner, const SourceLocation& fallback) {
  Condition condition;
  condition.where = reader.where(node, fallback);
  std::string owner = "a condition of " + benefit_owner;
  if (const auto id = node.IsMap() ? node["id"] : YAML::Node())
    if (auto text = reader.identifier(id, "a condition id", condition.where)) {
      condition.id = *text;
      owner = "condition `" + condition.id + "` of " + benefit_owner;
    }
  if (!reader.fields(node, owner, condition.where, {"id", "rule", "reference", "reason", "not_met"},
                     {"id", "rule", "reference", "reason"}))
    return std::nullopt;
  if (const auto rule = node["rule"])
    if (auto formula = read_formula(reader, rule, owner, condition.where)) condition.rule = std::move(*formula);
  if (const auto reference = node["reference"])
    if (auto text = reader.scalar(reference, "a legal reference", condition.where)) condition.reference = *text;
  // The reason is what people read to understand a decision: required in every language.
  if (const auto reason = node["reason"])
    condition.reason = reader.text(reason, context.languages, "the reason of " + owner, condition.where, true);
  if (const auto not_met = node["not_met"]) {
    // Optional language by language (FALC needs it most): only the pack's languages it gives
    // are expected, so a missing one is no warning, and an unknown one is still an error.
    std::vector<std::string> given;
    if (not_met.IsMap())
      for (const auto& entry : not_met)
        if (entry.first.IsScalar() && std::find(context.languages.begin(), context.languages.end(),
                                                entry.first.Scalar()) != context.languages.end())
          given.push_back(entry.first.Scalar());
    condition.not_met = reader.text(not_met, given.empty() ? context.languages : given, "`not_met` of " + owner,
                                    condition.where, false);
  }
  return condition;
}

void read_claim(Reader& reader, const YAML::Node& node, const PackContext& context, const std::string& owner,
                const SourceLocation& fallback, ClaimInfo& claim) {
  const SourceLocation where = reader.where(node, fallback);
  if (!reader.fields(node, "the claim of " + owner, where, {"online", "counter", "phone", "form", "documents", "how"},
                     {}))
    return;
  const auto read_text_field = [&](const char* name, std::string& out) {
    if (const auto field = node[name])
      if (auto text = reader.scalar(field, "a text for `" + std::string(name) + "`", where)) out = *text;
  };
  read_text_field("online", claim.online);
  read_text_field("counter", claim.counter);
  read_text_field("phone", claim.phone);
  read_text_field("form", claim.form);
  if (const auto documents = node["documents"])
    if (auto list = reader.string_list(documents, "`documents`", where)) claim.documents = std::move(*list);
  if (const auto how = node["how"]) claim.how = reader.text(how, context.languages, "`how` to claim " + owner, where, false);
}

void read_benefit(Reader& reader, const YAML::Node& node, const PackContext& context, std::vector<Benefit>& benefits) {
  Benefit benefit;
  benefit.where = reader.where(node, {reader.file().name(), 1, 1});
  std::string owner = "the benefit";
  if (const auto id = node.IsMap() ? node["id"] : YAML::Node())
    if (auto text = reader.identifier(id, "a benefit id", benefit.where)) {
      benefit.id = *text;
      owner = "benefit `" + benefit.id + "`";
    }
  if (!reader.fields(node, owner, benefit.where,
                     {"id", "entity", "label", "description", "reference", "institution", "amount_period",
                      "amount_kind", "conditions", "amount", "claim"},
                     {"id", "entity", "label", "reference", "conditions", "amount"}))
    return;
  if (const auto entity = node["entity"])
    if (auto text = reader.scalar(entity, "an entity", benefit.where)) {
      benefit.entity = *text;
      const SourceLocation entity_where = reader.where(entity, benefit.where);
      if (benefit.entity == context.entities.person)
        reader.error(entity_where, "benefits are computed for the group entity `" + context.entities.group +
                                       "`, not for `" + benefit.entity + "`");
      else if (benefit.entity != context.entities.group)
        reader.error(entity_where, "unknown entity `" + benefit.entity + "` for " + owner + "; expected `" +
                                       context.entities.group + "` (benefits are computed for the group entity)");
    }
  if (const auto label = node["label"])
    benefit.label = reader.text(label, context.languages, "the label of " + owner, benefit.where, true);
  if (const auto description = node["description"])
    benefit.description = reader.text(description, context.languages, "the description of " + owner, benefit.where, false);
  if (const auto reference = node["reference"])
    if (auto text = reader.scalar(reference, "a legal reference", benefit.where)) benefit.reference = *text;
  if (const auto institution = node["institution"])
    if (auto text = reader.scalar(institution, "the institution that pays it", benefit.where))
      benefit.institution = *text;
  // Required, not defaulted: a yearly amount (the energy voucher) read as monthly would be
  // twelve times too large in every total of stakes, and nothing else would show it.
  if (const auto period = node["amount_period"]) {
    if (auto text = reader.choice(period, {"month", "year"}, "amount period", benefit.where)) benefit.amount_period = *text;
  } else {
    reader.error(benefit.where, owner + " has no `amount_period`: say what its amount is per, `month` or `year`");
  }
  if (const auto kind = node["amount_kind"])
    if (auto text = reader.choice(kind, {"payment", "contribution"}, "amount kind", benefit.where))
      benefit.amount_kind = *text;
  if (const auto conditions = node["conditions"]) {
    if (!conditions.IsSequence())
      reader.error(reader.where(conditions, benefit.where),
                   "expected the conditions of " + owner + " as a list, got " + describe(conditions));
    else
      for (const auto& item : conditions)
        if (auto condition = read_condition(reader, item, context, owner, reader.where(conditions, benefit.where)))
          benefit.conditions.push_back(std::move(*condition));
  }
  if (const auto amount = node["amount"])
    if (auto formula = read_formula(reader, amount, "the amount of " + owner, benefit.where))
      benefit.amount = std::move(*formula);
  if (const auto claim = node["claim"]) read_claim(reader, claim, context, owner, benefit.where, benefit.claim);
  benefits.push_back(std::move(benefit));
}

}  // namespace

void read_benefits(Reader& reader, const YAML::Node& root, const PackContext& context, std::vector<Benefit>& benefits) {
  if (root.IsNull()) return;
  // One benefit per file reads best in review; a list of them is accepted too.
  if (root.IsSequence()) {
    for (const auto& item : root) read_benefit(reader, item, context, benefits);
    return;
  }
  read_benefit(reader, root, context, benefits);
}

}  // namespace eligo::pack_detail
