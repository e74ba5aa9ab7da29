// Checks across files: entities that exist, names defined once.
#include <map>

#include "pack/pack_readers.hpp"

namespace eligo::pack_detail {

bool check_entity(Reader& reader, const std::string& entity, const PackContext& context, const SourceLocation& where,
                  const std::string& owner) {
  if (entity == context.entities.person || entity == context.entities.group) return true;
  reader.error(where, "unknown entity `" + entity + "` for " + owner + "; expected `" + context.entities.person +
                          "` (a person) or `" + context.entities.group + "` (the group)");
  return false;
}

namespace {

// Remembers the first definition of each name and reports the later ones.
class NameRegistry {
 public:
  explicit NameRegistry(std::vector<Diagnostic>& problems) : problems_(problems) {}

  void add(const std::string& name, const std::string& kind, const SourceLocation& where) {
    const auto [first, inserted] = first_.try_emplace(name, Definition{kind, where});
    if (inserted) return;
    problems_.push_back(Diagnostic{Severity::error, where,
                                   "duplicate name `" + name + "`: this " + kind + " has the name of the " +
                                       first->second.kind + " defined at " + first->second.where.to_string()});
  }

 private:
  struct Definition {
    std::string kind;
    SourceLocation where;
  };
  std::map<std::string, Definition> first_;
  std::vector<Diagnostic>& problems_;
};

}  // namespace

void check_unique_names(const RulePack& pack, std::vector<Diagnostic>& problems) {
  NameRegistry formula_names(problems);
  // `role` is the built-in input of every person: nothing else may take its name.
  formula_names.add("role", "built-in input", SourceLocation{"(built in)", 0, 0});
  for (const auto& input : pack.inputs) formula_names.add(input.name, "input", input.where);
  for (const auto& variable : pack.variables) formula_names.add(variable.name, "variable", variable.where);
  for (const auto& benefit : pack.benefits) formula_names.add(benefit.id, "benefit", benefit.where);

  NameRegistry parameter_names(problems);
  for (const auto& parameter : pack.parameters) parameter_names.add(parameter.name, "parameter", parameter.where);

  for (const auto& benefit : pack.benefits) {
    NameRegistry condition_ids(problems);
    for (const auto& condition : benefit.conditions)
      condition_ids.add(condition.id, "condition of `" + benefit.id + "`", condition.where);
  }

  NameRegistry test_names(problems);
  for (const auto& test : pack.tests) test_names.add(test.name, "test", test.where);
}

}  // namespace eligo::pack_detail
