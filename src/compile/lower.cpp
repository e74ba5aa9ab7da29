#include "compile/lower.hpp"

#include <algorithm>
#include <map>
#include <vector>
#include <stdexcept>
#include <tuple>

#include "lang/builtins.hpp"
#include "lang/dependency_order.hpp"
#include "lang/typing.hpp"

namespace eligo::detail {

namespace {

using lang::Dependency;
using lang::DepthGuard;
using lang::Node;
using lang::NodeKind;
using lang::Reference;

const std::map<std::string, Op, std::less<>> comparison_ops = {
    {"==", Op::equal},        {"!=", Op::not_equal}, {"<", Op::less},
    {"<=", Op::less_equal},   {">", Op::greater},    {">=", Op::greater_equal}};

const std::map<std::string, Op, std::less<>> aggregate_ops = {
    {"sum", Op::sum_members}, {"count", Op::count_members}, {"any", Op::any_members},
    {"all", Op::all_members}, {"min", Op::min_members},     {"max", Op::max_members}};

std::int64_t literal_value(const Node& node) {
  switch (node.info.type) {
    case ValueType::boolean: return node.text == "true" ? 1 : 0;
    case ValueType::enumeration: {
      const auto& values = *node.info.enum_values;
      for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] == node.text) return static_cast<std::int64_t>(i);
      throw std::logic_error("enumeration literal not in its domain");
    }
    case ValueType::money: return *parse_scaled(node.text, 6);  // in register units (plan.hpp)
    case ValueType::decimal: return *parse_scaled(node.text, 6);
    case ValueType::date: return Date::parse(node.text).days;
    case ValueType::integer: return *parse_scaled(node.text, 0);
  }
  return 0;
}

class Lowering {
 public:
  Lowering(const RulePack& pack, const lang::CheckedPack& checked) : pack_(pack), checked_(checked) {
    plan_.variable_registers.assign(pack.variables.size(), -1);
    plan_.input_registers_group.assign(pack.inputs.size(), -1);
    plan_.input_registers_person.assign(pack.inputs.size(), -1);
    plan_.benefits.resize(pack.benefits.size());
    plan_.parameter_used.assign(pack.parameters.size(), false);
    person_variables_.assign(pack.variables.size(), -1);
    invariant_.assign(pack.variables.size(), 0);
  }

  Plan run() {
    for (std::size_t i = 0; i < pack_.benefits.size(); ++i) lower_benefit(i);
    return std::move(plan_);
  }

 private:
  int new_register(Level level, ValueType type) {
    plan_.registers.push_back(Register{level, type});
    return static_cast<int>(plan_.registers.size()) - 1;
  }

  int emit(Op op, Level level, ValueType type, int a = -1, int b = -1, int c = -1, std::int64_t immediate = 0) {
    Step step;
    step.op = op;
    step.level = level;
    step.out = new_register(level, type);
    step.a = a;
    step.b = b;
    step.c = c;
    step.immediate = immediate;
    step.origin = origin_;
    step.month = static_cast<std::int8_t>(month_);
    plan_.steps.push_back(std::move(step));
    return plan_.steps.back().out;
  }

  ValueType type_of(int reg) const { return plan_.registers[static_cast<std::size_t>(reg)].type; }

  int convert(int reg, ValueType to, Level level) {
    const ValueType from = type_of(reg);
    if (from == ValueType::integer && to == ValueType::decimal) return emit(Op::promote, level, to, reg);
    return reg;
  }

  int lower_as(const Node& node, ValueType type) { return convert(lower(node), type, node.level); }

  // --- names -------------------------------------------------------------------------
  // A value per (index, level, month): what is read or computed once for a month is shared
  // by every formula that needs it at that month.
  using MonthKey = std::tuple<int, Level, int>;

  int input(int index, Level level) {
    const InputSpec& spec = pack_.inputs[static_cast<std::size_t>(index)];
    const Level own = spec.entity == pack_.entities.person ? Level::person : Level::group;
    auto& memo = level == Level::person ? plan_.input_registers_person : plan_.input_registers_group;
    int& reg = month_ == 0 ? memo[static_cast<std::size_t>(index)]
                           : shifted_inputs_.try_emplace({index, level, month_}, -1).first->second;
    if (reg >= 0) return reg;
    if (own == level) {
      reg = emit(Op::load_input, level, spec.type, -1, -1, -1, index);
    } else {
      reg = emit(Op::broadcast, Level::person, spec.type, input(index, Level::group));
    }
    return reg;
  }

  // Whether a variable's value is the same every month: it reads no input, parameter or date
  // (only roles and constants), so that its value at another month is its value now.
  bool month_invariant(const Node& node) {
    if (node.kind == NodeKind::parameter) return false;
    if (node.kind == NodeKind::name) {
      switch (node.reference) {
        case Reference::role: return true;
        case Reference::variable: {
          const auto index = static_cast<std::size_t>(node.reference_index);
          if (invariant_[index] == 0) {
            invariant_[index] = 2;  // provisional; formulas have no cycles
            invariant_[index] = month_invariant(*checked_.variables[index]) ? 1 : 2;
          }
          return invariant_[index] == 1;
        }
        default: return false;
      }
    }
    if (node.kind == NodeKind::call) {
      const lang::BuiltinFunction* const builtin = lang::find_builtin(node.text);
      if (builtin != nullptr && builtin->id == lang::Builtin::bracket) return false;
    }
    for (const auto& child : node.children)
      if (child && !month_invariant(*child)) return false;
    return true;
  }

  int variable(int index, Level level) {
    const auto position = static_cast<std::size_t>(index);
    if (month_ != 0) {
      if (month_invariant(*checked_.variables[position])) return at_month(0, [&] { return variable(index, level); });
      return shifted_variable(index, level);
    }
    if (plan_.variable_registers[position] < 0 && depth_ >= prelower_depth)
      lower_dependencies_first(Dependency{false, position});
    const DepthGuard guard(depth_);
    int& own = plan_.variable_registers[position];
    if (own < 0) {
      const Variable& variable = pack_.variables[position];
      const Origin saved = origin_;
      origin_ = Origin{&variable.formula, {}};
      const Node& root = *checked_.variables[position];
      own = lower_as(root, checked_.variable_types[position].type);
      origin_ = saved;
    }
    const Level own_level =
        pack_.variables[position].entity == pack_.entities.person ? Level::person : Level::group;
    if (own_level == level) return own;
    int& broadcast = person_variables_[position];
    if (broadcast < 0) broadcast = emit(Op::broadcast, Level::person, type_of(own), own);
    return broadcast;
  }

  // A variable computed for another month: its own registers, memoised for that month.
  int shifted_variable(int index, Level level) {
    const auto position = static_cast<std::size_t>(index);
    const Level own_level =
        pack_.variables[position].entity == pack_.entities.person ? Level::person : Level::group;
    const auto found = shifted_variables_.find({index, own_level, month_});
    int own = found == shifted_variables_.end() ? -1 : found->second;
    if (own < 0) {
      const Origin saved = origin_;
      origin_ = Origin{&pack_.variables[position].formula, {}};
      own = lower_as(*checked_.variables[position], checked_.variable_types[position].type);
      origin_ = saved;
      shifted_variables_[{index, own_level, month_}] = own;
    }
    if (own_level == level) return own;
    int& broadcast = shifted_variables_.try_emplace({index, level, month_}, -1).first->second;
    if (broadcast < 0) broadcast = emit(Op::broadcast, Level::person, type_of(own), own);
    return broadcast;
  }

  template <typename F>
  int at_month(int month, F lower_there) {
    const int saved = month_;
    month_ = month;
    plan_.first_month = std::min(plan_.first_month, month);
    plan_.last_month = std::max(plan_.last_month, month);
    const int reg = lower_there();
    month_ = saved;
    return reg;
  }

  // `value@k` inside a formula already computed for month m reads month m + k: offsets add
  // up through variables, within the same bound as one offset.
  int shifted(const Node& node, int offset) {
    const int month = month_ + offset;
    if (month < -lang::max_month_offset || month > lang::max_month_offset) {
      const SourceLocation at = origin_.formula->location_of(node.position.line, node.position.column);
      throw Error(at.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                  ": month offsets add up to " + std::to_string(month) + " through the variables read here; they must lie between -" +
                  std::to_string(lang::max_month_offset) + " and " + std::to_string(lang::max_month_offset));
    }
    return at_month(month, [&] { return lower(*node.children[0]); });
  }

  int month_range(const Node& node) {
    const int first = *lang::literal_month_offset(*node.children[1]);
    const int last = *lang::literal_month_offset(*node.children[2]);
    const Level level = node.level;
    // The months are lowered from the one nearest the evaluated month outwards, so that each
    // month's steps follow those of the month next to it, which most often compute the same
    // values (find_month_twins). They are then added two by two, and the sums two by two:
    // (M-1 + M-2) and (M-3 + M-4) are the same formula, twins, one computed when the months
    // hold the same rows, where a running total is a new value at every month. Integer sums
    // do not depend on their order.
    const bool backwards = last <= 0;
    std::vector<int> terms;
    for (int i = 0; i <= last - first; ++i) {
      const int offset = backwards ? last - i : first + i;
      terms.push_back(convert(shifted(node, offset), node.operand_type, level));
    }
    origin_.position = node.position;
    while (terms.size() > 1) {
      std::vector<int> sums;
      for (std::size_t i = 0; i + 1 < terms.size(); i += 2)
        sums.push_back(emit(Op::add, level, node.operand_type, terms[i], terms[i + 1]));
      if (terms.size() % 2 == 1) sums.push_back(terms.back());
      terms.swap(sums);
    }
    const int total = terms.empty() ? -1 : terms[0];  // never empty: the checker orders the bounds
    if (node.text == "month_sum") return total;
    const int count = last - first + 1;
    if (node.operand_type == ValueType::money) {
      const int divisor = emit(Op::constant, level, ValueType::integer, -1, -1, -1, count);
      return emit(Op::divide_rounded, level, ValueType::money, total, divisor);
    }
    const int divisor = emit(Op::constant, level, ValueType::decimal, -1, -1, -1, count * decimal_scale);
    return emit(Op::divide_scaled, level, ValueType::decimal, total, divisor);
  }

  // in_month(x, k): x computed for month k of the evaluated month's year, that is at offset
  // k - m from a month m of the year. The offset is unrolled for the twelve months m and
  // chosen by the month of the period, a choice the evaluation decides once: only the month
  // it takes is computed (eval/evaluation_steps.cpp). In a formula read at another month,
  // the year is that month's.
  int in_month(const Node& node) {
    const int target = *lang::month_offset(node.children[1]->text);
    const Level level = node.level;
    origin_.position = node.position;
    const int period_start = emit(Op::period_start, level, ValueType::date);
    const int month_of_period = emit(Op::month_of, level, ValueType::integer, period_start);
    int chosen = -1;
    for (int month = 12; month >= 1; --month) {
      const int value = convert(shifted(node, target - month), node.operand_type, level);
      if (chosen < 0) {
        chosen = value;  // December: every other month is tested first
        continue;
      }
      origin_.position = node.position;
      const int number = emit(Op::constant, level, ValueType::integer, -1, -1, -1, month);
      const int is_month = emit(Op::equal, level, ValueType::boolean, month_of_period, number);
      chosen = emit(Op::choose, level, node.operand_type, is_month, value, chosen);
    }
    return chosen;
  }

  int benefit_value(int index, Level level) {
    if (month_ != 0) {
      const auto found = shifted_benefits_.find({index, Level::group, month_});
      int value = found == shifted_benefits_.end() ? -1 : found->second;
      if (value < 0) value = shifted_benefits_[{index, Level::group, month_}] = lower_benefit_value(static_cast<std::size_t>(index)).value;
      if (level == Level::group) return value;
      return emit(Op::broadcast, Level::person, ValueType::money, value);
    }
    lower_benefit(static_cast<std::size_t>(index));
    const int value = plan_.benefits[static_cast<std::size_t>(index)].value;
    if (level == Level::group) return value;
    return emit(Op::broadcast, Level::person, ValueType::money, value);
  }

  void lower_benefit(std::size_t index) {
    if (plan_.benefits[index].value >= 0) return;
    if (depth_ >= prelower_depth) lower_dependencies_first(Dependency{true, index});
    const DepthGuard guard(depth_);
    BenefitPlan lowered = lower_benefit_value(index);
    plan_.benefits[index] = std::move(lowered);  // re-read: lowering may have grown the vector's users
  }

  // A benefit's conditions and amount, lowered for the current month.
  BenefitPlan lower_benefit_value(std::size_t index) {
    const Benefit& benefit = pack_.benefits[index];
    const lang::CheckedBenefit& checked = checked_.benefits[index];
    const Origin saved = origin_;
    std::vector<int> conditions;
    int all = -1;
    for (std::size_t c = 0; c < checked.conditions.size(); ++c) {
      origin_ = Origin{&benefit.conditions[c].rule, {}};
      const int reg = lower(*checked.conditions[c]);
      conditions.push_back(reg);
      all = all < 0 ? reg : emit(Op::logical_and, Level::group, ValueType::boolean, all, reg);
    }
    if (all < 0) all = emit(Op::constant, Level::group, ValueType::boolean, -1, -1, -1, 1);
    origin_ = Origin{&benefit.amount, {}};
    // The amount paid is rounded to the cent, once, at the end of an exact computation.
    const int exact_amount = lower_as(*checked.amount, ValueType::money);
    const int amount = emit(Op::round_nearest, Level::group, ValueType::money, exact_amount, -1, -1,
                            register_units_per_cent);
    const int zero = emit(Op::constant, Level::group, ValueType::money, -1, -1, -1, 0);
    const int value = emit(Op::choose, Level::group, ValueType::money, all, amount, zero);
    origin_ = saved;
    BenefitPlan plan;
    plan.conditions = std::move(conditions);
    plan.all_conditions = all;
    plan.amount = amount;
    plan.value = value;
    return plan;
  }

  // --- long chains ---------------------------------------------------------------------
  // A variable is lowered when first used, depth first: a chain of thousands of variables,
  // each using the next, would recurse once per link and overflow the stack. Past
  // `prelower_depth` links, the rest of the chain is lowered first, each variable after
  // those it uses, so that the recursion goes no deeper. The checker refused cycles.
  static constexpr std::size_t prelower_depth = 64;

  bool lowered(const Dependency& item) const {
    return item.is_benefit ? plan_.benefits[item.index].value >= 0 : plan_.variable_registers[item.index] >= 0;
  }

  // The variables and benefits the checked formulas of `item` refer to, in formula order.
  std::vector<Dependency> used_by(const Dependency& item) const {
    std::vector<const Node*> pending;
    if (item.is_benefit) {
      const lang::CheckedBenefit& checked = checked_.benefits[item.index];
      pending.push_back(checked.amount.get());
      for (auto condition = checked.conditions.rbegin(); condition != checked.conditions.rend(); ++condition)
        pending.push_back(condition->get());
    } else {
      pending.push_back(checked_.variables[item.index].get());
    }
    std::vector<Dependency> used;
    while (!pending.empty()) {
      const Node* node = pending.back();
      pending.pop_back();
      if (node == nullptr) continue;
      if (node->reference == lang::Reference::variable || node->reference == lang::Reference::benefit)
        used.push_back(Dependency{node->reference == lang::Reference::benefit,
                                  static_cast<std::size_t>(node->reference_index)});
      for (auto child = node->children.rbegin(); child != node->children.rend(); ++child)
        pending.push_back(child->get());
    }
    return used;
  }

  // Lowers what `root` uses, and what that uses, before `root`, with an explicit stack.
  void lower_dependencies_first(const Dependency& root) {
    const std::vector<Dependency> order = lang::dependencies_first(
        root, pack_.variables.size(), pack_.benefits.size(),
        [&](const Dependency& item) { return used_by(item); },
        [&](const Dependency& item) { return !lowered(item); });
    for (const Dependency& item : order) {
      if (lowered(item)) continue;
      if (item.is_benefit) {
        lower_benefit(item.index);
      } else {
        const Level own = pack_.variables[item.index].entity == pack_.entities.person ? Level::person : Level::group;
        variable(static_cast<int>(item.index), own);
      }
    }
  }

  // --- expressions ---------------------------------------------------------------------
  // The step that produces a node's value points at the node's operator or name, so that
  // an evaluation error shows where it arose, not where its last operand was.
  int lower(const Node& node) {
    const std::size_t first_step = plan_.steps.size();
    const int reg = lower_node(node);
    for (std::size_t s = plan_.steps.size(); s-- > first_step;) {
      if (plan_.steps[s].out == reg) {
        // A name's value may come from another formula (a variable): that one keeps its place.
        if (plan_.steps[s].origin.formula == origin_.formula) plan_.steps[s].origin.position = node.position;
        break;
      }
    }
    return reg;
  }

  int lower_node(const Node& node) {
    origin_.position = node.position;
    const Level level = node.level;
    switch (node.kind) {
      case NodeKind::number:
      case NodeKind::string:
      case NodeKind::boolean:
        return emit(Op::constant, level, node.info.type, -1, -1, -1, literal_value(node));
      case NodeKind::name: return name(node);
      case NodeKind::parameter:
        plan_.parameter_used[static_cast<std::size_t>(node.reference_index)] = true;
        return emit(Op::parameter, level, node.info.type, -1, -1, -1, node.reference_index);
      case NodeKind::unary: {
        if (node.text == "not")
          return emit(Op::logical_not, level, ValueType::boolean, lower(*node.children[0]));
        if (node.info.is_literal) return emit(Op::constant, level, node.info.type, -1, -1, -1, -literal_value(*node.children[0]));
        return emit(Op::negate, level, node.info.type, lower(*node.children[0]));
      }
      case NodeKind::binary: return binary(node);
      case NodeKind::choice: {
        const int condition = lower(*node.children[0]);
        const int then = lower_as(*node.children[1], node.operand_type);
        const int otherwise = lower_as(*node.children[2], node.operand_type);
        return emit(Op::choose, level, node.operand_type, condition, then, otherwise);
      }
      case NodeKind::call: return call(node);
      case NodeKind::aggregate: return aggregate(node);
      case NodeKind::shift: return shifted(node, *lang::month_offset(node.text));
      case NodeKind::membership: {
        const int value = lower(*node.children[0]);
        std::vector<std::int64_t> set;
        for (std::size_t i = 1; i < node.children.size(); ++i) set.push_back(literal_value(*node.children[i]));
        const int found = emit(Op::in_set, level, ValueType::boolean, value);
        plan_.steps.back().set = std::move(set);
        return node.text == "in" ? found : emit(Op::logical_not, level, ValueType::boolean, found);
      }
    }
    throw std::logic_error("unknown node kind");
  }

  int name(const Node& node) {
    switch (node.reference) {
      case Reference::input: return input(node.reference_index, node.level);
      case Reference::variable: return variable(node.reference_index, node.level);
      case Reference::benefit: return benefit_value(node.reference_index, node.level);
      case Reference::role: return emit(Op::load_role, Level::person, ValueType::enumeration);
      case Reference::period_start: return emit(Op::period_start, node.level, ValueType::date);
      default: throw std::logic_error("unresolved name " + node.text);
    }
  }

  int binary(const Node& node) {
    const Node& left = *node.children[0];
    const Node& right = *node.children[1];
    const Level level = node.level;
    const std::string& op = node.text;
    if (op == "and" || op == "or") {
      const int a = lower(left);
      const int b = lower(right);
      return emit(op == "and" ? Op::logical_and : Op::logical_or, level, ValueType::boolean, a, b);
    }
    if (const auto comparison = comparison_ops.find(op); comparison != comparison_ops.end()) {
      const int a = lower_as(left, node.operand_type);
      const int b = lower_as(right, node.operand_type);
      return emit(comparison->second, level, ValueType::boolean, a, b);
    }
    if (op == "+" || op == "-") {
      const int a = lower_as(left, node.operand_type);
      const int b = lower_as(right, node.operand_type);
      return emit(op == "+" ? Op::add : Op::subtract, level, node.info.type, a, b);
    }
    if (op == "*") return multiply(node, left, right);
    return divide(node, left, right);
  }

  int multiply(const Node& node, const Node& left, const Node& right) {
    const Level level = node.level;
    if (node.info.type == ValueType::money) {
      const bool money_left = left.info.type == ValueType::money;
      const int money = lower(money_left ? left : right);
      const int factor = lower(money_left ? right : left);
      const Op op = type_of(factor) == ValueType::integer ? Op::multiply : Op::multiply_scaled;
      return emit(op, level, ValueType::money, money, factor);
    }
    if (node.info.type == ValueType::integer)
      return emit(Op::multiply, level, ValueType::integer, lower(left), lower(right));
    const int a = lower_as(left, ValueType::decimal);
    const int b = lower_as(right, ValueType::decimal);
    return emit(Op::multiply_scaled, level, ValueType::decimal, a, b);
  }

  int divide(const Node& node, const Node& left, const Node& right) {
    const Level level = node.level;
    if (left.info.type == ValueType::money) {
      const int a = lower(left);
      const int b = lower(right);
      const Op op = type_of(b) == ValueType::integer ? Op::divide_rounded : Op::divide_scaled;
      return emit(op, level, node.info.type, a, b);
    }
    const int a = lower_as(left, ValueType::decimal);
    const int b = lower_as(right, ValueType::decimal);
    return emit(Op::divide_scaled, level, ValueType::decimal, a, b);
  }

  int call(const Node& node) {
    const std::string& function = node.text;
    const Level level = node.level;
    const auto& args = node.children;
    const lang::BuiltinFunction* const builtin = lang::find_builtin(function);
    if (builtin == nullptr) throw std::logic_error("unknown function " + function);
    switch (builtin->id) {
      case lang::Builtin::min:
      case lang::Builtin::max: {
        const Op op = builtin->id == lang::Builtin::min ? Op::minimum : Op::maximum;
        int result = lower_as(*args[0], node.operand_type);
        for (std::size_t i = 1; i < args.size(); ++i) {
          const int next = lower_as(*args[i], node.operand_type);
          origin_.position = node.position;
          result = emit(op, level, node.operand_type, result, next);
        }
        return result;
      }
      case lang::Builtin::round: return round(node, Op::round_nearest);
      case lang::Builtin::round_down: return round(node, Op::round_down);
      case lang::Builtin::round_up: return round(node, Op::round_up);
      case lang::Builtin::bracket: {
        const int index = args[0]->reference_index;
        plan_.parameter_used[static_cast<std::size_t>(index)] = true;
        const int value = lower_as(*args[1], node.operand_type);
        const Parameter& parameter = pack_.parameters[static_cast<std::size_t>(index)];
        const Op op = parameter.kind == ParameterKind::scale_amount ? Op::bracket_amount : Op::bracket_marginal;
        return emit(op, level, node.info.type, value, -1, -1, index);
      }
      case lang::Builtin::age_on: return emit(Op::age_on, level, ValueType::integer, lower(*args[0]));
      case lang::Builtin::years_between: return between(node, Op::years_between);
      case lang::Builtin::months_between: return between(node, Op::months_between);
      case lang::Builtin::date:
        return emit(Op::constant, level, ValueType::date, -1, -1, -1, Date::parse(args[0]->text).days);
      case lang::Builtin::month_sum:
      case lang::Builtin::month_mean: return month_range(node);
      case lang::Builtin::in_month: return in_month(node);
      case lang::Builtin::known: return emit(Op::known, level, ValueType::boolean, lower(*args[0]));
      case lang::Builtin::year_of: return emit(Op::year_of, level, ValueType::integer, lower(*args[0]));
      case lang::Builtin::month_of: return emit(Op::month_of, level, ValueType::integer, lower(*args[0]));
      case lang::Builtin::make_date: {
        const int year = lower(*args[0]);
        const int month = lower(*args[1]);
        const int day = lower(*args[2]);
        return emit(Op::make_date, level, ValueType::date, year, month, day);
      }
      case lang::Builtin::floor: {
        const int value = lower(*args[0]);
        if (type_of(value) == ValueType::integer) return value;
        return emit(Op::floor_decimal, level, ValueType::integer, value);
      }
    }
    throw std::logic_error("function without a lowering: " + function);
  }

  int round(const Node& node, Op op) {
    const int value = lower_as(*node.children[0], node.info.type);
    return emit(op, node.level, node.info.type, value, -1, -1, literal_value(*node.children[1]));
  }

  int between(const Node& node, Op op) {
    const int a = lower(*node.children[0]);
    const int b = lower(*node.children[1]);
    return emit(op, node.level, ValueType::integer, a, b);
  }

  int aggregate(const Node& node) {
    const int filter = node.children[0] ? lower(*node.children[0]) : -1;
    const int value = node.children[1] ? lower(*node.children[1]) : -1;
    origin_.position = node.position;
    return emit(aggregate_ops.at(node.text), Level::group, node.info.type, filter, value);
  }

  const RulePack& pack_;
  const lang::CheckedPack& checked_;
  Plan plan_;
  std::vector<int> person_variables_;
  std::map<MonthKey, int> shifted_inputs_;
  std::map<MonthKey, int> shifted_variables_;
  std::map<MonthKey, int> shifted_benefits_;
  std::vector<std::uint8_t> invariant_;  // per variable: 0 not yet known, 1 invariant, 2 not
  Origin origin_;
  std::size_t depth_ = 0;  // variables and benefits being lowered, one inside the other
  int month_ = 0;  // the month being lowered for, as an offset from the evaluated one
};

}  // namespace

Plan lower_pack(const RulePack& pack, const lang::CheckedPack& checked) {
  return Lowering(pack, checked).run();
}

}  // namespace eligo::detail
