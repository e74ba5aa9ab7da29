// Look-ups on a loaded pack: texts by language, parameters by date, items by name.
#include <algorithm>

#include "eligo/pack.hpp"

namespace eligo {

const std::string& Text::in(const std::string& language) const {
  static const std::string empty;
  if (const auto found = by_language.find(language); found != by_language.end()) return found->second;
  if (const auto french = by_language.find("fr"); french != by_language.end()) return french->second;
  return by_language.empty() ? empty : by_language.begin()->second;
}

const ParameterVersion* Parameter::at(Date date) const {
  // Versions are sorted by start date: the one in force is the last that started by `date`.
  const auto after = std::upper_bound(versions.begin(), versions.end(), date,
                                      [](Date day, const ParameterVersion& version) { return day < version.start; });
  return after == versions.begin() ? nullptr : &*(after - 1);
}

namespace {
template <typename Item, typename Key>
const Item* find_by(const std::vector<Item>& items, const std::string& name, Key key) {
  const auto found = std::find_if(items.begin(), items.end(), [&](const Item& item) { return item.*key == name; });
  return found == items.end() ? nullptr : &*found;
}
}  // namespace

const InputSpec* RulePack::find_input(const std::string& name) const& { return find_by(inputs, name, &InputSpec::name); }

const Parameter* RulePack::find_parameter(const std::string& name) const& {
  return find_by(parameters, name, &Parameter::name);
}

const Benefit* RulePack::find_benefit(const std::string& benefit_id) const& {
  return find_by(benefits, benefit_id, &Benefit::id);
}

const Templates* RulePack::find_templates(const std::string& language) const& {
  return find_by(templates, language, &Templates::language);
}

}  // namespace eligo
