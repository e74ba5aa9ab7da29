#include <algorithm>
#include <map>

#include "eligo/features.hpp"

namespace eligo {

namespace {

constexpr double missing = FeatureMatrix::missing;
constexpr std::size_t max_one_hot_values = 12;

// The person a contact addresses: the group's first member in the claimant's role, or
// its first member.
std::size_t addressed_member(const Population& population, std::size_t group) {
  const std::uint32_t first = population.member_begin(group);
  const std::uint32_t last = population.member_begin(group + 1);
  for (std::uint32_t p = first; p < last; ++p)
    if (population.person_role()[p] == 0) return p;
  return first;
}

double as_feature(const InputSpec& spec, std::int64_t value, const Period& period) {
  switch (spec.type) {
    case ValueType::money: return static_cast<double>(value) / cents_per_euro;
    case ValueType::decimal: return static_cast<double>(value) / decimal_scale;
    case ValueType::date: return full_years_between(Date{static_cast<std::int32_t>(value)}, period.start());
    default: return static_cast<double>(value);
  }
}

class FeatureBuilder {
 public:
  FeatureBuilder(const RulePack& pack, const Population& population, const Results& results,
                 const std::vector<Candidate>& candidates, const Period& period)
      : pack_(pack), population_(population), results_(results), candidates_(candidates), period_(period) {}

  void add(std::string name, std::vector<double> values) {
    columns_.push_back(FeatureColumn{std::move(name), false});
    values_.push_back(std::move(values));
  }

  // One value per candidate, read from the candidate's group or addressed person.
  void add_inputs() {
    for (const InputSpec& spec : pack_.inputs) {
      if (spec.is_protected) continue;  // the law may use it; the model never sees it
      const bool person = spec.entity == pack_.entities.person;
      const EntityTable& table = person ? population_.persons() : population_.groups();
      const auto column = table.columns.find(spec.name);
      if (column == table.columns.end()) continue;
      const auto row_of = [&](const Candidate& c) {
        return person ? addressed_member(population_, c.group) : static_cast<std::size_t>(c.group);
      };
      if (spec.type == ValueType::enumeration) {
        if (spec.enum_values.size() > max_one_hot_values) continue;
        for (std::size_t v = 0; v < spec.enum_values.size(); ++v) {
          std::vector<double> values;
          for (const Candidate& c : candidates_) {
            const std::size_t row = row_of(c);
            values.push_back(column->second.is_known(row) ? (column->second.value(row) == static_cast<std::int64_t>(v)) : missing);
          }
          add(spec.name + "=" + spec.enum_values[v], std::move(values));
        }
        continue;
      }
      std::vector<double> values;
      for (const Candidate& c : candidates_) {
        const std::size_t row = row_of(c);
        values.push_back(column->second.is_known(row) ? as_feature(spec, column->second.value(row), period_) : missing);
      }
      add(spec.name, std::move(values));
    }
  }

  void add_outcomes() {
    std::vector<double> amount, undetermined, size, children;
    for (const Candidate& c : candidates_) {
      amount.push_back(static_cast<double>(c.monthly_cents) / cents_per_euro);
      undetermined.push_back(c.status == Status::undetermined);
      const std::uint32_t first = population_.member_begin(c.group);
      const std::uint32_t last = population_.member_begin(c.group + 1);
      size.push_back(last - first);
      const auto roles = population_.person_role().subspan(first, last - first);
      const auto child_role = std::find(pack_.entities.roles.begin(), pack_.entities.roles.end(), "enfant");
      const auto child_code = static_cast<std::uint16_t>(child_role - pack_.entities.roles.begin());
      children.push_back(static_cast<double>(std::count(roles.begin(), roles.end(), child_code)));
    }
    add("montant_mensuel_en_jeu", std::move(amount));
    add("indetermine", std::move(undetermined));
    add("taille_du_foyer", std::move(size));
    add("enfants", std::move(children));
    for (std::size_t b = 0; b < results_.benefits.size(); ++b) {
      std::vector<double> is_benefit;
      for (const Candidate& c : candidates_) is_benefit.push_back(c.benefit == b);
      add("prestation=" + results_.benefits[b].benefit, std::move(is_benefit));
    }
  }

  void add_accessibility(const std::map<std::string, const outreach::AccessibilityProfile*>& profiles) {
    std::vector<std::vector<double>> values(7);
    for (const Candidate& c : candidates_) {
      const std::string& id = population_.persons().ids[addressed_member(population_, c.group)];
      const auto found = profiles.find(id);
      const outreach::AccessibilityProfile* p = found == profiles.end() ? nullptr : found->second;
      const auto put = [&](std::size_t i, double v) { values[i].push_back(p ? v : missing); };
      put(0, p ? static_cast<double>(p->digital_access) : 0);
      put(1, p ? p->online_account : 0);
      put(2, p ? p->past_unanswered_contact : 0);
      put(3, p ? p->isolated : 0);
      put(4, p && p->travel_minutes ? static_cast<double>(*p->travel_minutes) : missing);  // blank: unknown
      put(5, p ? p->recent_arrival : 0);
      put(6, p ? p->interpreter_need : 0);
    }
    const char* names[] = {"acces_numerique", "compte_en_ligne", "contact_sans_reponse", "isolement",
                           "minutes_france_services", "arrivee_recente", "besoin_interprete"};
    for (std::size_t i = 0; i < values.size(); ++i) add(names[i], std::move(values[i]));
  }

  FeatureMatrix matrix() const {
    std::vector<double> row_major(candidates_.size() * columns_.size());
    for (std::size_t r = 0; r < candidates_.size(); ++r)
      for (std::size_t c = 0; c < columns_.size(); ++c) row_major[r * columns_.size() + c] = values_[c][r];
    return FeatureMatrix(columns_, std::move(row_major));
  }

 private:
  const RulePack& pack_;
  const Population& population_;
  const Results& results_;
  const std::vector<Candidate>& candidates_;
  Period period_;
  std::vector<FeatureColumn> columns_;
  std::vector<std::vector<double>> values_;
};

std::string label_of(const InputSpec& spec, const Column& column, std::size_t row) {
  if (!column.is_known(row)) return "";
  const std::int64_t value = column.value(row);
  switch (spec.type) {
    case ValueType::enumeration: return spec.enum_values[static_cast<std::size_t>(value)];
    case ValueType::boolean: return value != 0 ? "oui" : "non";
    case ValueType::date: return "";
    default: return value != 0 ? "non nul" : "nul";
  }
}

std::string age_band(int age) {
  if (age < 25) return "moins de 25 ans";
  if (age < 45) return "25 à 44 ans";
  if (age < 65) return "45 à 64 ans";
  return "65 ans et plus";
}

std::vector<GroupColumn> audit_groups(const RulePack& pack, const Population& population,
                                      const std::vector<Candidate>& candidates,
                                      const std::map<std::string, const outreach::AccessibilityProfile*>& profiles,
                                      const Period& period) {
  std::vector<GroupColumn> groups;
  for (const InputSpec& spec : pack.inputs) {
    const bool person = spec.entity == pack.entities.person;
    const EntityTable& table = person ? population.persons() : population.groups();
    const auto column = table.columns.find(spec.name);
    if (column == table.columns.end()) continue;
    const bool territory = spec.name == "residence";
    const bool birth = spec.name == "date_naissance";
    if (!spec.is_protected && !territory && !birth) continue;
    std::vector<std::string> labels;
    for (const Candidate& c : candidates) {
      const std::size_t row = person ? addressed_member(population, c.group) : c.group;
      if (birth) {
        labels.push_back(column->second.is_known(row)
                             ? age_band(full_years_between(Date{static_cast<std::int32_t>(column->second.value(row))},
                                                           period.start()))
                             : "");
      } else {
        labels.push_back(label_of(spec, column->second, row));
      }
    }
    groups.push_back(GroupColumn::from_labels(birth ? "tranche_age" : spec.name, labels));
  }
  if (!profiles.empty()) {
    std::vector<std::string> labels;
    for (const Candidate& c : candidates) {
      const auto found = profiles.find(population.persons().ids[addressed_member(population, c.group)]);
      labels.push_back(found == profiles.end() ? "" : std::string(to_string(found->second->digital_access)));
    }
    groups.push_back(GroupColumn::from_labels("acces_numerique", labels));
  }
  return groups;
}

}  // namespace

CandidateFeatures candidate_features(const RulePack& pack, const Population& population, const Results& results,
                                     const std::vector<Candidate>& candidates,
                                     const std::vector<outreach::AccessibilityProfile>& accessibility, const Period& period) {
  std::map<std::string, const outreach::AccessibilityProfile*> profiles;
  for (const outreach::AccessibilityProfile& profile : accessibility) profiles[profile.person_id] = &profile;
  FeatureBuilder builder(pack, population, results, candidates, period);
  builder.add_outcomes();
  builder.add_inputs();
  if (!profiles.empty()) builder.add_accessibility(profiles);
  CandidateFeatures features;
  features.model = builder.matrix();
  features.audit_groups = audit_groups(pack, population, candidates, profiles, period);
  for (const Candidate& c : candidates)
    features.addressed_person.push_back(population.persons().ids[addressed_member(population, c.group)]);
  return features;
}

}  // namespace eligo
