#include "synth/schema_fill.hpp"

#include "eligo/synth.hpp"

#include <algorithm>
#include <functional>
#include <array>
#include <optional>
#include <string_view>

#include "synth/generic_values.hpp"
#include "synth/ids.hpp"
#include "synth/parallel.hpp"

namespace eligo::synth {

namespace {

// Up to two names of one value, the finer first; an empty name is no name.
using Names = std::array<std::string_view, 2>;

// The index of the first of `names` among the enum values of `spec`: packs name the same
// thing more or less finely ("locataire_hlm" in the French pack, "locataire" elsewhere).
std::optional<std::int64_t> enum_index(const InputSpec& spec, Names names) {
  for (const auto name : names) {
    if (name.empty()) continue;
    const auto found = std::find(spec.enum_values.begin(), spec.enum_values.end(), name);
    if (found != spec.enum_values.end()) return found - spec.enum_values.begin();
  }
  return std::nullopt;
}

Names tenure_names(Tenure tenure) {
  switch (tenure) {
    case Tenure::owner: return {"proprietaire"};
    case Tenure::owner_with_loan: return {"primo_accedant", "proprietaire"};
    case Tenure::social_tenant: return {"locataire_hlm", "locataire"};
    case Tenure::private_tenant: return {"locataire_vide", "locataire"};
    case Tenure::furnished_tenant: return {"locataire_meuble", "locataire"};
    case Tenure::housed_free: return {"loge_gratuitement", "heberge"};
    case Tenure::residence_home: return {"locataire_foyer", "locataire"};
    case Tenure::homeless: return {"sans_domicile", "heberge"};
  }
  return {};
}

Names territory_names(Territory territory) {
  switch (territory) {
    case Territory::metropole: return {"metropole"};
    case Territory::guadeloupe: return {"guadeloupe"};
    case Territory::martinique: return {"martinique"};
    case Territory::guyane: return {"guyane"};
    case Territory::reunion: return {"reunion"};
    case Territory::mayotte: return {"mayotte"};
  }
  return {};
}

Names nationality_names(Nationality nationality) {
  switch (nationality) {
    case Nationality::french: return {"francaise"};
    case Nationality::eu: return {"ue"};
    case Nationality::non_eu: return {"hors_ue"};
  }
  return {};
}

// Rows are written a block at a time: one call into the column per block rather than per
// value, and the world's rows of a block stay in cache while every column takes its values.
constexpr std::size_t block_rows = 256;

struct Block {
  std::array<std::int64_t, block_rows> values{};
  std::array<std::uint8_t, block_rows> known{};

  void put(std::size_t i, std::optional<std::int64_t> value) {
    values[i] = value.value_or(0);
    known[i] = value.has_value();
  }
};

// The values of a modelled input for rows [first, first + n) of its table, in the truth (a
// value left nullopt stays unknown there too). Each source is its own loop, so that the
// value of a row is an inlined expression, not a call.
using ColumnSource = std::function<void(const World&, std::size_t first, std::size_t n, Block&)>;

template <typename ValueOf>  // ValueOf(const Person&) -> std::optional<std::int64_t>
ColumnSource each_person(ValueOf value_of) {
  return [value_of](const World& world, std::size_t first, std::size_t n, Block& block) {
    for (std::size_t i = 0; i < n; ++i) block.put(i, value_of(world.persons[first + i]));
  };
}

template <typename ValueOf>  // ValueOf(const Household&) -> std::optional<std::int64_t>
ColumnSource each_household(ValueOf value_of) {
  return [value_of](const World& world, std::size_t first, std::size_t n, Block& block) {
    for (std::size_t i = 0; i < n; ++i) block.put(i, value_of(world.households[first + i]));
  };
}

// A value the observed population hides although the truth knows it.
using PersonHidden = std::function<bool(const Person&)>;
using GroupHidden = std::function<bool(const Household&, std::size_t)>;

// Born `age` years before the first day of the period, less up to 364 days: the age
// counted at the period is exactly the drawn one. The first days, by age, are computed once.
ColumnSource birth_dates(const Period& period) {
  std::array<std::int32_t, 256> first_day{};
  for (std::size_t age = 0; age < first_day.size(); ++age)
    first_day[age] = Date::from_ymd(period.year - static_cast<int>(age), period.month, 1).days;
  return each_person([first_day](const Person& p) -> std::optional<std::int64_t> {
    return std::int64_t{first_day[p.age]} - p.birthday_offset;
  });
}

std::optional<ColumnSource> person_source(const InputSpec& spec, const Period& period) {
  const std::string& n = spec.name;
  const auto money = [](std::int64_t Person::*field) {
    return each_person([field](const Person& p) -> std::optional<std::int64_t> { return p.*field; });
  };
  const auto flag = [](bool Person::*field) {
    return each_person([field](const Person& p) -> std::optional<std::int64_t> { return p.*field ? 1 : 0; });
  };
  const auto nobody = [] { return each_person([](const Person&) -> std::optional<std::int64_t> { return 0; }); };
  if (n == "date_naissance" && spec.type == ValueType::date) return birth_dates(period);
  if (n == "age" && spec.type == ValueType::integer)
    return each_person([](const Person& p) -> std::optional<std::int64_t> { return p.age; });
  if (spec.type == ValueType::money) {
    // The world draws one pay (incomes.cpp); the French pack's gross pay (salaire_de_base,
    // read by the ASPA only) is given that same amount.
    if (n == "salaire_net" || n == "salaire_mensuel" || n == "salaire_de_base") return money(&Person::salary);
    if (n == "chomage_net") return money(&Person::unemployment);
    if (n == "retraite_nette") return money(&Person::pension_net);
    if (n == "retraite_brute") return money(&Person::pension_gross);
    if (n == "pensions_alimentaires_percues") return money(&Person::maintenance);
    if (n == "revenus_non_salarie" || n == "revenus_non_salarie_evalues") return money(&Person::self_employed);
    if (n == "revenus_activite_n2") return money(&Person::earned_n2_year);
    if (n == "pensions_n2") return money(&Person::pensions_n2_year);
    // The synthetic population draws no invalidity pension: incomes.cpp gives pensions to
    // the retired only; nor the ASI, which completes an invalidity benefit.
    if (n == "pension_invalidite" || n == "asi_percue") return nobody();
  }
  if (spec.type == ValueType::boolean) {
    if (n == "handicap") return flag(&Person::disability);
    if (n == "etudiant") return flag(&Person::student);
    if (n == "scolarise") return flag(&Person::in_school);
    if (n == "droit_au_sejour_ue") return flag(&Person::eu_right_of_residence);
    if (n == "titre_sejour_5_ans") return flag(&Person::permit_5_years);
    if (n == "titre_sejour_10_ans") return flag(&Person::permit_10_years);
    if (n == "titre_sejour_valide") return flag(&Person::permit_valid);
    if (n == "enceinte") return flag(&Person::pregnant);
    if (n == "rsa_jeune_condition_heures_travail_remplie") return flag(&Person::young_worker_hours);
    if (n == "aah_restriction_substantielle_durable_acces_emploi") return flag(&Person::employment_restriction);
    if (n == "age_legal_retraite_atteint") return flag(&Person::legal_retirement_age);
    if (n == "inapte_travail") return flag(&Person::unfit_for_work);
    // The synthetic maintenance is child support from the other parent (incomes.cpp), never
    // a parent's payment to an adult child that the parent deducts (CSS R861-2, 3°).
    if (n == "pension_alimentaire_parent_deduite") return nobody();
  }
  if (n == "taux_incapacite" && spec.type == ValueType::decimal)
    return each_person([](const Person& p) -> std::optional<std::int64_t> { return p.incapacity_millionths; });
  if (n == "sexe" && spec.type == ValueType::enumeration) {
    const auto woman = enum_index(spec, {"femme", "f"});
    const auto man = enum_index(spec, {"homme", "h"});
    if (woman && man)
      return each_person(
          [w = *woman, m = *man](const Person& p) -> std::optional<std::int64_t> { return p.female ? w : m; });
  }
  // Whether all work stopped since year N-2 (CSS R821-4-4), as the world tells it: someone
  // with earnings in N-2 and none in the quarter stopped, with a replacement income when an
  // unemployment benefit or a pension follows.
  if (n == "activite_cessee" && spec.type == ValueType::enumeration) {
    const auto no = enum_index(spec, {"non"});
    const auto without = enum_index(spec, {"sans_revenu_remplacement"});
    const auto with = enum_index(spec, {"avec_revenu_remplacement"});
    if (no && without && with)
      return each_person([no = *no, without = *without, with = *with](const Person& p) -> std::optional<std::int64_t> {
        if (p.salary + p.self_employed > 0 || p.earned_n2_year == 0) return no;
        return p.unemployment + p.pension_net > 0 ? with : without;
      });
  }
  if (n == "nationalite" && spec.type == ValueType::enumeration) {
    std::array<std::optional<std::int64_t>, 3> index = {enum_index(spec, nationality_names(Nationality::french)),
                                                        enum_index(spec, nationality_names(Nationality::eu)),
                                                        enum_index(spec, nationality_names(Nationality::non_eu))};
    if (index[0] && index[1] && index[2])
      return each_person([index](const Person& p) { return index[static_cast<std::size_t>(p.nationality)]; });
  }
  return std::nullopt;
}

std::optional<ColumnSource> group_source(const InputSpec& spec, const World& world) {
  const std::string& n = spec.name;
  const auto flag = [](bool Household::*field) {
    return each_household([field](const Household& h) -> std::optional<std::int64_t> { return h.*field ? 1 : 0; });
  };
  const auto always = [](std::int64_t value) {
    return each_household([value](const Household&) -> std::optional<std::int64_t> { return value; });
  };
  if (spec.type == ValueType::money) {
    if (n == "aide_logement")
      return each_household([](const Household& h) -> std::optional<std::int64_t> { return h.housing_aid; });
    if (n == "revenu_fiscal_reference")
      return each_household([](const Household& h) -> std::optional<std::int64_t> { return h.reference_income_year; });
    if (n == "prestations_familiales_base_ressources")
      return each_household([](const Household& h) -> std::optional<std::int64_t> { return h.family_resources_year; });
    if (n == "prestations_familiales_percues") return always(0);  // set from receipt of the family benefits
    if (n == "revenus_activite_trimestre")
      return each_household([&world](const Household& h) -> std::optional<std::int64_t> {
        std::int64_t total = 0;
        for (std::uint32_t p = h.first_member; p < h.first_member + h.member_count; ++p)
          total += world.persons[p].salary + world.persons[p].self_employed;
        return 3 * total;
      });
  }
  if (spec.type == ValueType::boolean) {
    if (n == "affilie_assurance_maladie") return flag(&Household::health_insured);
    if (n == "residence_stable_france") return flag(&Household::stable_residence);
    if (n == "rsa_isolement_recent") return flag(&Household::recent_lone_parent);
    // The pack does not model these rights; the synthetic truth has none of them.
    if (n == "evaluation_mayotte" || n == "evaluation_af_outre_mer_un_enfant") return always(0);
  }
  if ((n == "statut_occupation_logement" || n == "statut_occupation") && spec.type == ValueType::enumeration) {
    std::array<std::optional<std::int64_t>, 8> index;
    for (std::size_t t = 0; t < index.size(); ++t) index[t] = enum_index(spec, tenure_names(static_cast<Tenure>(t)));
    return each_household([index](const Household& h) { return index[static_cast<std::size_t>(h.tenure)]; });
  }
  if (n == "residence" && spec.type == ValueType::enumeration) {
    std::array<std::optional<std::int64_t>, 6> index;
    for (std::size_t t = 0; t < index.size(); ++t) index[t] = enum_index(spec, territory_names(static_cast<Territory>(t)));
    return each_household([index](const Household& h) { return index[static_cast<std::size_t>(h.territory)]; });
  }
  return std::nullopt;
}

// What an agency would not know, as the French pack documents for these inputs.
std::optional<PersonHidden> person_hidden(const InputSpec& spec) {
  if (spec.name == "revenus_non_salarie_evalues")  // assessed by the paying body, usually not yet
    return [](const Person& p) { return p.self_employed > 0; };
  return std::nullopt;
}

std::optional<GroupHidden> group_hidden(const InputSpec& spec, const World& world) {
  if (spec.name == "evaluation_mayotte")  // "leave empty for a household in Mayotte"
    return [](const Household& h, std::size_t) { return h.territory == Territory::mayotte; };
  if (spec.name == "evaluation_af_outre_mer_un_enfant")  // one child overseas: the fund decides
    return [&world](const Household& h, std::size_t) {
      if (h.territory == Territory::metropole || h.territory == Territory::mayotte) return false;
      int children = 0;
      for (std::uint32_t p = h.first_member; p < h.first_member + h.member_count; ++p)
        children += world.persons[p].role == Role::child && world.persons[p].age < 20;
      return children == 1;
    };
  return std::nullopt;
}

// A column the world fills: it draws nothing, so any rows of it may be filled in any order.
struct SourcedColumn {
  Column* column;
  ColumnSource source;
};

// Rows [first, last) of every column of one table, a block of rows at a time for all the
// columns before the next block: each row of the world is read from memory once.
void fill_sourced(const World& world, std::size_t first, std::size_t last, const std::vector<SourcedColumn>& sourced) {
  Block block;
  for (std::size_t row = first; row < last; row += block_rows) {
    const std::size_t n = std::min(block_rows, last - row);
    for (const auto& [column, source] : sourced) {
      source(world, row, n, block);
      column->write(row, n, block.values.data(), block.known.data());
    }
  }
}

// The inputs the generator does not model draw a plausible value per row, then whether it is
// unknown, input after input in the schema's order: the order of the draws is part of what
// a seed means. The rows the observed population hides are noted for every input.
void fill_drawn(const RulePack& pack, const World& world, const std::vector<bool>& is_sourced, double unknown_rate,
                Random& random, SchemaTables& tables) {
  for (std::size_t input = 0; input < pack.inputs.size(); ++input) {
    const InputSpec& spec = pack.inputs[input];
    const bool is_group = spec.entity == pack.entities.group;
    const std::size_t rows = is_group ? world.households.size() : world.persons.size();
    Column& column = (is_group ? tables.groups : tables.persons).columns.at(spec.name);
    const bool sourced = is_sourced[input];
    std::function<bool(std::size_t)> hidden_when;
    if (is_group) {
      if (auto when = group_hidden(spec, world))
        hidden_when = [&world, when = *when](std::size_t h) { return when(world.households[h], h); };
    } else if (auto when = person_hidden(spec)) {
      hidden_when = [&world, when = *when](std::size_t p) { return when(world.persons[p]); };
    }
    if (sourced && !hidden_when) continue;
    std::vector<std::uint32_t> hidden;
    Block block;
    for (std::size_t first = 0; first < rows; first += block_rows) {
      const std::size_t n = std::min(block_rows, rows - first);
      for (std::size_t i = 0; i < n; ++i) {
        const std::size_t row = first + i;
        if (!sourced) block.put(i, plausible_value(spec, random));
        if ((hidden_when && hidden_when(row)) || (!sourced && random.chance(unknown_rate)))
          hidden.push_back(static_cast<std::uint32_t>(row));
      }
      if (!sourced) column.write(first, n, block.values.data(), block.known.data());
    }
    auto& unknowns = is_group ? tables.group_unknowns : tables.person_unknowns;
    if (!hidden.empty()) unknowns.emplace_back(spec.name, std::move(hidden));
  }
}

std::uint16_t role_index(const RulePack& pack, std::string_view name, std::uint16_t fallback) {
  const auto& roles = pack.entities.roles;
  const auto found = std::find(roles.begin(), roles.end(), name);
  if (found != roles.end()) return static_cast<std::uint16_t>(found - roles.begin());
  return static_cast<std::uint16_t>(std::min<std::size_t>(fallback, roles.empty() ? 0 : roles.size() - 1));
}

}  // namespace

SchemaTables fill_schema(const RulePack& pack, const World& world, const Period& period, double unknown_rate,
                         Random& random, int threads) {
  SchemaTables tables;
  tables.groups.entity = pack.entities.group;
  tables.persons.entity = pack.entities.person;
  const std::size_t households = world.households.size();
  const std::size_t persons = world.persons.size();
  tables.groups.ids.resize(households);
  tables.persons.ids.resize(persons);
  tables.person_group.resize(persons);
  tables.person_role.resize(persons);
  const std::array<std::uint16_t, 3> roles = {role_index(pack, "demandeur", 0), role_index(pack, "conjoint", 1),
                                              role_index(pack, "enfant", 2)};

  // Every column is made before any is filled: the tasks below share the tables' maps.
  std::vector<SourcedColumn> person_sourced, group_sourced;
  std::vector<bool> is_sourced;
  for (const InputSpec& spec : pack.inputs) {
    const bool is_group = spec.entity == pack.entities.group;
    auto& columns = (is_group ? tables.groups : tables.persons).columns;
    Column& column =
        columns.emplace(spec.name, Column(spec.type, is_group ? households : persons, storage_width(spec))).first->second;
    auto source = is_group ? group_source(spec, world) : person_source(spec, period);
    is_sourced.push_back(source.has_value());
    if (source) (is_group ? group_sourced : person_sourced).push_back({&column, std::move(*source)});
  }

  // One task draws, in order; the others fill disjoint rows. Row ranges are whole blocks,
  // so that no two tasks write the same word of a column's validity.
  std::vector<Task> tasks;
  tasks.push_back([&] { fill_drawn(pack, world, is_sourced, unknown_rate, random, tables); });
  const std::size_t parts = thread_count(threads);
  add_row_ranges(tasks, persons, parts, block_rows, [&](std::size_t first, std::size_t last) {
    fill_sourced(world, first, last, person_sourced);
    for (std::size_t p = first; p < last; ++p) {
      tables.persons.ids[p] = person_id(p);
      tables.person_group[p] = world.persons[p].household;
      tables.person_role[p] = roles[static_cast<std::size_t>(world.persons[p].role)];
    }
  });
  add_row_ranges(tasks, households, parts, block_rows, [&](std::size_t first, std::size_t last) {
    fill_sourced(world, first, last, group_sourced);
    for (std::size_t h = first; h < last; ++h) tables.groups.ids[h] = group_id(h);
  });
  run_tasks(tasks, threads);
  return tables;
}

Population truth_population(const SchemaTables& tables) {
  return Population(tables.groups, tables.persons, tables.person_group, tables.person_role);
}

Population observed_population(SchemaTables&& tables) {
  EntityTable groups = std::move(tables.groups);
  EntityTable persons = std::move(tables.persons);
  for (const auto& [input, rows] : tables.group_unknowns)
    for (const auto row : rows) groups.columns.at(input).set_unknown(row);
  for (const auto& [input, rows] : tables.person_unknowns)
    for (const auto row : rows) persons.columns.at(input).set_unknown(row);
  return Population(std::move(groups), std::move(persons), std::move(tables.person_group),
                    std::move(tables.person_role));
}

std::vector<ReceivedBenefitInput> received_benefit_inputs(const RulePack& pack) {
  std::vector<ReceivedBenefitInput> inputs;
  const InputSpec* family = pack.find_input("prestations_familiales_percues");
  if (family != nullptr && family->entity == pack.entities.group && pack.find_benefit("af") != nullptr)
    inputs.push_back({family->name, {"af"}});
  return inputs;
}

}  // namespace eligo::synth

namespace eligo {

std::vector<std::string> inputs_recording_receipt(const RulePack& pack) {
  std::vector<std::string> names;
  for (const synth::ReceivedBenefitInput& input : synth::received_benefit_inputs(pack)) names.push_back(input.input);
  return names;
}

}  // namespace eligo
