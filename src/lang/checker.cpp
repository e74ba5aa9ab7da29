#include "lang/checker.hpp"

#include <algorithm>
#include <map>

#include "lang/dependency_order.hpp"
#include "lang/parser.hpp"
#include "core/suggest.hpp"
#include "lang/typing.hpp"

namespace eligo::lang {

namespace {

enum class Visit { not_yet, in_progress, done, failed };

// Variables and benefits are checked when a formula first uses them, depth first. A chain
// of thousands of variables, each using the next, would recurse once per link and overflow
// the stack; so past `precheck_depth` links the rest of the chain is checked first, each
// variable after those it uses, and the recursion goes no deeper. Only a cycle of more than
// `max_check_depth` variables can still go that deep, and it is refused there.
constexpr std::size_t precheck_depth = 64;
constexpr std::size_t max_check_depth = 1024;

// A variable or a benefit: what a name in a formula may stand for, besides an input.
class PackChecker final : public NameResolver {
 public:
  PackChecker(const RulePack& pack, std::vector<Diagnostic>& problems) : pack_(pack), problems_(problems) {
    checked_.variables.resize(pack.variables.size());
    checked_.variable_types.resize(pack.variables.size());
    visits_.assign(pack.variables.size(), Visit::not_yet);
    benefit_visits_.assign(pack.benefits.size(), Visit::not_yet);
    checked_.benefits.resize(pack.benefits.size());
    for (std::size_t i = 0; i < pack.inputs.size(); ++i) inputs_[pack.inputs[i].name] = i;
    for (std::size_t i = 0; i < pack.variables.size(); ++i) variables_[pack.variables[i].name] = i;
    for (std::size_t i = 0; i < pack.benefits.size(); ++i) benefits_[pack.benefits[i].id] = i;
    report_name_clashes();
  }

  CheckedPack run() {
    for (std::size_t i = 0; i < pack_.variables.size(); ++i) check_variable(i);
    for (std::size_t i = 0; i < pack_.benefits.size(); ++i) check_benefit(i);
    return std::move(checked_);
  }

  void resolve(Node& node, Level context) override {
    const std::string& name = node.text;
    if (name == "role") {
      if (context != Level::person)
        fail_level(node, "role", Level::person);
      node.reference = Reference::role;
      node.info = TypeInfo{ValueType::enumeration, false, &pack_.entities.roles};
      return;
    }
    if (name == "period_start") {
      node.reference = Reference::period_start;
      node.info = TypeInfo{ValueType::date, false, nullptr};
      return;
    }
    if (const auto input = inputs_.find(name); input != inputs_.end()) {
      const InputSpec& spec = pack_.inputs[input->second];
      const Level level = level_of(spec.entity);
      if (level == Level::person && context == Level::group) fail_level(node, name, level);
      node.reference = Reference::input;
      node.reference_index = static_cast<int>(input->second);
      node.info = TypeInfo{spec.type, false, spec.type == ValueType::enumeration ? &spec.enum_values : nullptr};
      return;
    }
    if (const auto variable = variables_.find(name); variable != variables_.end()) {
      const Level level = level_of(pack_.variables[variable->second].entity);
      if (level == Level::person && context == Level::group) fail_level(node, name, level);
      if (!check_variable(variable->second, &node))
        throw TypingFailure{node.position, "", true};
      node.reference = Reference::variable;
      node.reference_index = static_cast<int>(variable->second);
      node.info = checked_.variable_types[variable->second];
      return;
    }
    if (const auto benefit = benefits_.find(name); benefit != benefits_.end()) {
      if (context == Level::person) fail_level(node, name, Level::group);
      if (!check_benefit(benefit->second, &node)) throw TypingFailure{node.position, "", true};
      node.reference = Reference::benefit;
      node.reference_index = static_cast<int>(benefit->second);
      node.info = TypeInfo{ValueType::money, false, nullptr};
      return;
    }
    std::vector<std::string> candidates = {"role", "period_start"};
    for (const auto& [known, index] : inputs_) candidates.push_back(known);
    for (const auto& [known, index] : variables_) candidates.push_back(known);
    for (const auto& [known, index] : benefits_) candidates.push_back(known);
    std::string hint = detail::did_you_mean(name, candidates);
    if (hint.empty() && pack_.find_parameter(name) != nullptr) hint = "; parameters are read as param." + name;
    throw TypingFailure{node.position, "unknown name `" + name + "`" + hint, false};
  }

 private:
  Level level_of(const std::string& entity) const {
    return entity == pack_.entities.person ? Level::person : Level::group;
  }

  [[noreturn]] void fail_level(const Node& node, const std::string& name, Level level) const {
    if (level == Level::person)
      throw TypingFailure{node.position,
                          "`" + name + "` is a value of each " + pack_.entities.person + "; in a " +
                              pack_.entities.group + " formula add it up over the members, e.g. sum(" +
                              pack_.entities.members + ", " + name + ")",
                          false};
    throw TypingFailure{node.position,
                        "`" + name + "` is a value of the " + pack_.entities.group +
                            "; it cannot be used in a " + pack_.entities.person + " formula",
                        false};
  }

  void report(const Formula& formula, Position at, const std::string& message) {
    problems_.push_back(Diagnostic{Severity::error, formula.location_of(at.line, at.column), message});
  }

  // Parses and types one formula; false when it has a problem (already reported).
  bool check_formula(const Formula& formula, NodePtr& root, Level context) {
    ParseResult parsed = parse_formula(formula.text, pack_.entities.members);
    if (!parsed.root) {
      report(formula, parsed.error->position, parsed.error->message);
      return false;
    }
    try {
      type_expression(*parsed.root, context, pack_, *this);
    } catch (const TypingFailure& failure) {
      if (!failure.reported) report(formula, failure.position, failure.message);
      return false;
    }
    root = std::move(parsed.root);
    return true;
  }

  // Checks variable `index` once; `user` is the node that needs it, for cycle reports.
  bool check_variable(std::size_t index, const Node* user = nullptr) {
    if (visits_[index] == Visit::done) return true;
    if (visits_[index] == Visit::failed) return false;
    if (visits_[index] == Visit::in_progress) {
      report_cycle(pack_.variables[index].name, user);
      return false;
    }
    const Variable& variable = pack_.variables[index];
    if (depth_ >= max_check_depth) {
      report(variable.formula, Position{},
             "variables depend on one another more than " + std::to_string(max_check_depth) +
                 " levels deep here, through a cycle: check the formulas of `" + variable.name +
                 "` and of the variables it uses");
      visits_[index] = Visit::failed;
      return false;
    }
    if (depth_ >= precheck_depth) check_dependencies_first(Dependency{false, index});
    visits_[index] = Visit::in_progress;
    stack_.push_back(variable.name);
    NodePtr root;
    bool ok = false;
    {
      const DepthGuard guard(depth_);
      ok = check_formula(variable.formula, root, level_of(variable.entity));
      if (ok) ok = settle_declared_type(variable, *root);
    }
    stack_.pop_back();
    if (visits_[index] == Visit::failed) return false;  // part of a cycle reported meanwhile
    visits_[index] = ok ? Visit::done : Visit::failed;
    if (ok) {
      checked_.variable_types[index] = root->info;
      checked_.variable_types[index].is_literal = false;
      if (variable.declared_type) checked_.variable_types[index].type = *variable.declared_type;
      checked_.variables[index] = std::move(root);
      checked_.variable_order.push_back(static_cast<int>(index));
    }
    return ok;
  }

  bool settle_declared_type(const Variable& variable, Node& root) {
    if (!variable.declared_type) {
      if (root.kind == NodeKind::string) {
        report(variable.formula, root.position, "a text alone is not a value; declare the variable's type and enum_of");
        return false;
      }
      return true;
    }
    TypeInfo target{*variable.declared_type, false, nullptr};
    if (target.type == ValueType::enumeration && !variable.enum_of.empty()) {
      if (const InputSpec* source = pack_.find_input(variable.enum_of)) target.enum_values = &source->enum_values;
    }
    try {
      if (root.info.is_literal) coerce_literal(root, target);
    } catch (const TypingFailure& failure) {
      report(variable.formula, failure.position, failure.message);
      return false;
    }
    const bool widening = root.info.type == ValueType::integer && target.type == ValueType::decimal;
    if (root.info.type != target.type && !widening) {
      report(variable.formula, root.position,
             "the formula gives " + type_name(root.info) + " but `" + variable.name + "` is declared " +
                 std::string(to_string(target.type)));
      return false;
    }
    return true;  // an integer formula of a decimal variable is widened by the compiler
  }

  void report_cycle(const std::string& name, const Node* user) {
    const auto start = std::find(stack_.begin(), stack_.end(), name);
    std::string path;
    for (auto it = start; it != stack_.end(); ++it) path += *it + " -> ";
    path += name;
    for (auto it = start; it != stack_.end(); ++it) {
      const auto found = variables_.find(*it);
      if (found != variables_.end()) visits_[found->second] = Visit::failed;
    }
    const Variable& variable = pack_.variables[variables_.at(name)];
    const SourceLocation where = user != nullptr && !stack_.empty() && variables_.count(stack_.back())
                                     ? pack_.variables[variables_.at(stack_.back())].formula.location_of(
                                           user->position.line, user->position.column)
                                     : variable.formula.location_of(1, 1);
    problems_.push_back(Diagnostic{Severity::error, where, "cycle between variables: " + path});
  }

  bool check_benefit(std::size_t index, const Node* user = nullptr) {
    if (benefit_visits_[index] == Visit::done) return true;
    if (benefit_visits_[index] != Visit::not_yet) {
      if (benefit_visits_[index] == Visit::in_progress && user != nullptr)
        problems_.push_back(Diagnostic{Severity::error, pack_.benefits[index].where,
                                       "benefit `" + pack_.benefits[index].id + "` depends on its own amount"});
      return false;
    }
    const Benefit& benefit = pack_.benefits[index];
    if (depth_ >= max_check_depth) {
      problems_.push_back(Diagnostic{Severity::error, benefit.where,
                                     "benefits and variables depend on one another more than " +
                                         std::to_string(max_check_depth) + " levels deep here, through a cycle"});
      benefit_visits_[index] = Visit::failed;
      return false;
    }
    if (depth_ >= precheck_depth) check_dependencies_first(Dependency{true, index});
    benefit_visits_[index] = Visit::in_progress;
    const DepthGuard guard(depth_);
    CheckedBenefit& checked = checked_.benefits[index];
    bool ok = true;
    for (const Condition& condition : benefit.conditions) {
      NodePtr root;
      if (check_formula(condition.rule, root, Level::group)) {
        if (root->info.type != ValueType::boolean) {
          report(condition.rule, root->position,
                 "the rule of condition `" + condition.id + "` must be true or false, not " + type_name(root->info));
          ok = false;
        }
      } else {
        ok = false;
      }
      checked.conditions.push_back(std::move(root));
    }
    NodePtr amount;
    if (check_formula(benefit.amount, amount, Level::group)) {
      try {
        if (amount->info.is_literal && amount->kind != NodeKind::string)
          coerce_literal(*amount, TypeInfo{ValueType::money, false, nullptr});
        if (amount->kind == NodeKind::string || amount->info.type != ValueType::money) {
          report(benefit.amount, amount->position,
                 "the amount of `" + benefit.id + "` must be money, not " +
                     (amount->kind == NodeKind::string ? std::string("a text") : type_name(amount->info)));
          ok = false;
        }
      } catch (const TypingFailure& failure) {
        report(benefit.amount, failure.position, failure.message);
        ok = false;
      }
    } else {
      ok = false;
    }
    checked.amount = std::move(amount);
    benefit_visits_[index] = ok ? Visit::done : Visit::failed;
    return ok;
  }

  bool not_checked_yet(const Dependency& item) const {
    return (item.is_benefit ? benefit_visits_[item.index] : visits_[item.index]) == Visit::not_yet;
  }

  // The variables and benefits named in the formulas of `item`, in the order they appear,
  // found without typing (an input of the same name wins, as in `resolve`).
  std::vector<Dependency> names_used_by(const Dependency& item) const {
    std::vector<const Formula*> formulas;
    if (item.is_benefit) {
      for (const Condition& condition : pack_.benefits[item.index].conditions) formulas.push_back(&condition.rule);
      formulas.push_back(&pack_.benefits[item.index].amount);
    } else {
      formulas.push_back(&pack_.variables[item.index].formula);
    }
    std::vector<Dependency> used;
    for (const Formula* formula : formulas) {
      const ParseResult parsed = parse_formula(formula->text, pack_.entities.members);
      if (!parsed.root) continue;
      std::vector<const Node*> pending{parsed.root.get()};
      while (!pending.empty()) {
        const Node* node = pending.back();
        pending.pop_back();
        if (node == nullptr) continue;
        if (node->kind == NodeKind::name && inputs_.count(node->text) == 0) {
          if (const auto variable = variables_.find(node->text); variable != variables_.end())
            used.push_back(Dependency{false, variable->second});
          else if (const auto benefit = benefits_.find(node->text); benefit != benefits_.end())
            used.push_back(Dependency{true, benefit->second});
        }
        for (auto child = node->children.rbegin(); child != node->children.rend(); ++child)
          pending.push_back(child->get());
      }
    }
    return used;
  }

  // Checks what `root` uses, and what that uses, before `root`: an iterative depth-first
  // walk that checks each item after every item it uses, so that none of these checks
  // recurses into another. Items already being checked are left alone: they form a cycle,
  // reported when `root` itself is checked.
  void check_dependencies_first(const Dependency& root) {
    const std::vector<Dependency> order = dependencies_first(
        root, pack_.variables.size(), pack_.benefits.size(),
        [&](const Dependency& item) { return names_used_by(item); },
        [&](const Dependency& item) { return not_checked_yet(item); });
    // Variables checked from here are not nested in those on the stack: a cycle reported
    // meanwhile shows the gap as "...", rather than a path that skips links unsaid.
    stack_.push_back("...");
    for (const Dependency& item : order) {
      if (!not_checked_yet(item)) continue;
      if (item.is_benefit)
        check_benefit(item.index);
      else
        check_variable(item.index);
    }
    stack_.pop_back();
  }

  void report_name_clashes() {
    for (const Variable& variable : pack_.variables) {
      if (inputs_.count(variable.name) != 0)
        problems_.push_back(Diagnostic{Severity::error, variable.where,
                                       "`" + variable.name + "` is both an input and a variable"});
    }
    for (const Benefit& benefit : pack_.benefits) {
      if (inputs_.count(benefit.id) != 0 || variables_.count(benefit.id) != 0)
        problems_.push_back(Diagnostic{Severity::error, benefit.where,
                                       "`" + benefit.id + "` names a benefit and an input or variable"});
    }
  }

  const RulePack& pack_;
  std::vector<Diagnostic>& problems_;
  CheckedPack checked_;
  std::map<std::string, std::size_t> inputs_;
  std::map<std::string, std::size_t> variables_;
  std::map<std::string, std::size_t> benefits_;
  std::vector<Visit> visits_;
  std::vector<Visit> benefit_visits_;
  std::vector<std::string> stack_;
  std::size_t depth_ = 0;  // variables and benefits being checked, one inside the other
};

}  // namespace

CheckedPack check_pack(const RulePack& pack, std::vector<Diagnostic>& problems) {
  return PackChecker(pack, problems).run();
}

}  // namespace eligo::lang
