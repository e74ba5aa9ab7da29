#include "lang/typing.hpp"

#include <algorithm>
#include <map>

#include "core/suggest.hpp"
#include "lang/builtins.hpp"

namespace eligo::lang {

namespace {

[[noreturn]] void fail(const Node& at, const std::string& message) {
  throw TypingFailure{at.position, message, false};
}

bool is_numeric(ValueType type) {
  return type == ValueType::integer || type == ValueType::decimal || type == ValueType::money;
}

bool literal_has_fraction(const Node& literal) {
  return literal.text.find('.') != std::string::npos;
}

TypeInfo make(ValueType type) { return TypeInfo{type, false, nullptr}; }

// The type two operands are brought to before adding, comparing or choosing between them.
TypeInfo common_type(Node& left, Node& right, const Node& at, const std::string& what) {
  TypeInfo& a = left.info;
  TypeInfo& b = right.info;
  const bool a_text = left.kind == NodeKind::string;
  const bool b_text = right.kind == NodeKind::string;
  if (a_text && b_text) fail(at, "cannot " + what + " two texts; compare a value with a text");
  if (a.type == ValueType::enumeration && b_text) {
    coerce_literal(right, a);
    return a;
  }
  if (b.type == ValueType::enumeration && a_text) {
    coerce_literal(left, b);
    return b;
  }
  if (a_text || b_text)
    fail(at, "cannot " + what + " " + type_name(a_text ? b : a) + " and a text");
  if (a.type == ValueType::enumeration || b.type == ValueType::enumeration) {
    if (a.type == b.type && a.enum_values == b.enum_values) return a;
    fail(at, "cannot " + what + " " + type_name(a) + " and " + type_name(b));
  }
  if (is_numeric(a.type) && is_numeric(b.type)) {
    if (a.is_literal && b.is_literal) {
      const ValueType type = (a.type == ValueType::decimal || b.type == ValueType::decimal)
                                 ? ValueType::decimal
                                 : ValueType::integer;
      coerce_literal(left, make(type));
      coerce_literal(right, make(type));
      return TypeInfo{type, true, nullptr};
    }
    if (a.is_literal || b.is_literal) {
      Node& literal = a.is_literal ? left : right;
      const TypeInfo other = a.is_literal ? b : a;
      ValueType target = other.type;
      if (target == ValueType::integer && literal_has_fraction(literal)) target = ValueType::decimal;
      coerce_literal(literal, make(target));
      return make(target);
    }
    if (a.type == b.type) return make(a.type);
    if (a.type == ValueType::money || b.type == ValueType::money)
      fail(at, "cannot " + what + " " + type_name(a) + " and " + type_name(b) +
                   "; money goes with money (multiply a count or rate by an amount to get money)");
    return make(ValueType::decimal);  // integer with decimal
  }
  if (a.type == b.type) return make(a.type);
  fail(at, "cannot " + what + " " + type_name(a) + " and " + type_name(b));
}

void require(const Node& node, ValueType type, const std::string& role) {
  if (node.kind == NodeKind::string || node.info.type != type)
    fail(node, role + " must be " + std::string(to_string(type)) + ", not " +
                   (node.kind == NodeKind::string ? "a text" : type_name(node.info)));
}

void require_numeric(const Node& node, const std::string& role) {
  if (node.kind == NodeKind::string || !is_numeric(node.info.type))
    fail(node, role + " must be a number or money, not " +
                   (node.kind == NodeKind::string ? "a text" : type_name(node.info)));
}

class Typer {
 public:
  Typer(const RulePack& pack, NameResolver& names) : pack_(pack), names_(names) {}

  void type(Node& node, Level context) {
    node.level = context;
    switch (node.kind) {
      case NodeKind::number:
        node.info = TypeInfo{literal_has_fraction(node) ? ValueType::decimal : ValueType::integer, true, nullptr};
        // Whole numbers need only fit an integer; fractions must fit in millionths.
        if (!parse_scaled(node.text, literal_has_fraction(node) ? 6 : 0))
          fail(node, "`" + node.text + "` is not a number eligo can hold exactly");
        return;
      case NodeKind::string: node.info = TypeInfo{ValueType::enumeration, true, nullptr}; return;
      case NodeKind::boolean: node.info = make(ValueType::boolean); return;
      case NodeKind::name: names_.resolve(node, context); return;
      case NodeKind::parameter: return parameter(node);
      case NodeKind::unary: return unary(node, context);
      case NodeKind::binary: return binary(node, context);
      case NodeKind::choice: return choice(node, context);
      case NodeKind::call: return call(node, context);
      case NodeKind::aggregate: return aggregate(node, context);
      case NodeKind::membership: return membership(node, context);
      case NodeKind::shift: return shift(node, context);
    }
  }

 private:
  const Parameter& find_parameter(const Node& node) {
    const Parameter* parameter = pack_.find_parameter(node.text);
    if (parameter == nullptr) {
      std::vector<std::string> names;
      for (const Parameter& p : pack_.parameters) names.push_back(p.name);
      fail(node, "unknown parameter `param." + node.text + "`" + detail::did_you_mean(node.text, names));
    }
    return *parameter;
  }

  // `value@k`: typed as the value; the offset must stay within the bound the compiler unrolls.
  void shift(Node& node, Level context) {
    const std::optional<int> offset = month_offset(node.text);
    if (!offset || *offset < -max_month_offset || *offset > max_month_offset)
      fail(node, "a month offset must lie between -" + std::to_string(max_month_offset) + " and " +
                     std::to_string(max_month_offset) + ", not " + node.text);
    Node& value = *node.children[0];
    type(value, context);
    node.info = value.info;
    node.operand_type = value.operand_type;
  }

  void month_range(Node& node, const BuiltinFunction& builtin);
  void in_month(Node& node, const BuiltinFunction& builtin);
  void bracket(Node& node, const BuiltinFunction& builtin, Level context);

  void parameter(Node& node) {
    const Parameter& parameter = find_parameter(node);
    if (parameter.kind != ParameterKind::scalar)
      fail(node, "param." + node.text + " is a barème; read it with bracket(param." + node.text + ", value)");
    node.reference = Reference::parameter;
    node.reference_index = static_cast<int>(&parameter - pack_.parameters.data());
    node.info = make(parameter.type);
  }

  void unary(Node& node, Level context) {
    Node& operand = *node.children[0];
    type(operand, context);
    if (node.text == "not") {
      require(operand, ValueType::boolean, "the operand of `not`");
      node.info = make(ValueType::boolean);
      return;
    }
    require_numeric(operand, "the operand of `-`");
    node.info = operand.info;
    node.operand_type = operand.info.type;
  }

  void binary(Node& node, Level context) {
    Node& left = *node.children[0];
    Node& right = *node.children[1];
    type(left, context);
    type(right, context);
    const std::string& op = node.text;
    if (op == "and" || op == "or") {
      require(left, ValueType::boolean, "the left side of `" + op + "`");
      require(right, ValueType::boolean, "the right side of `" + op + "`");
      node.info = make(ValueType::boolean);
      return;
    }
    if (op == "+" || op == "-") return additive(node, left, right);
    if (op == "*") return multiplicative(node, left, right);
    if (op == "/") return division(node, left, right);
    const TypeInfo common = common_type(left, right, node, "compare");
    const bool ordering = op != "==" && op != "!=";
    if (ordering && (common.type == ValueType::boolean || common.type == ValueType::enumeration))
      fail(node, "`" + op + "` orders numbers, money and dates, not " + type_name(common));
    node.operand_type = common.type;
    node.info = make(ValueType::boolean);
  }

  void additive(Node& node, Node& left, Node& right) {
    require_numeric(left, "the left side of `" + node.text + "`");
    require_numeric(right, "the right side of `" + node.text + "`");
    const TypeInfo common = common_type(left, right, node, node.text == "+" ? "add" : "subtract");
    node.operand_type = common.type;
    node.info = TypeInfo{common.type, false, nullptr};
  }

  // money x count or rate gives money; count x count a count; anything with a decimal a decimal.
  void multiplicative(Node& node, Node& left, Node& right) {
    require_numeric(left, "the left side of `*`");
    require_numeric(right, "the right side of `*`");
    const ValueType a = left.info.type;
    const ValueType b = right.info.type;
    if (a == ValueType::money && b == ValueType::money) fail(node, "cannot multiply money by money");
    if (a == ValueType::money || b == ValueType::money) {
      Node& factor = a == ValueType::money ? right : left;
      if (factor.info.is_literal)
        coerce_literal(factor, make(literal_has_fraction(factor) ? ValueType::decimal : ValueType::integer));
      node.info = make(ValueType::money);
      node.operand_type = ValueType::money;
      return;
    }
    const TypeInfo common = common_type(left, right, node, "multiply");
    node.operand_type = common.type;
    node.info = TypeInfo{common.type, false, nullptr};
  }

  void division(Node& node, Node& left, Node& right) {
    require_numeric(left, "the left side of `/`");
    require_numeric(right, "the right side of `/`");
    const ValueType a = left.info.type;
    const ValueType b = right.info.type;
    if (a == ValueType::money && b == ValueType::money) {
      node.operand_type = ValueType::money;
      node.info = make(ValueType::decimal);
      return;
    }
    if (b == ValueType::money && !right.info.is_literal)
      fail(node, "cannot divide " + type_name(left.info) + " by money");
    if (a == ValueType::money) {
      if (right.info.is_literal)
        coerce_literal(right, make(literal_has_fraction(right) ? ValueType::decimal : ValueType::integer));
      node.operand_type = ValueType::money;
      node.info = make(ValueType::money);
      return;
    }
    if (left.info.is_literal) coerce_literal(left, make(ValueType::decimal));
    if (right.info.is_literal) coerce_literal(right, make(ValueType::decimal));
    node.operand_type = ValueType::decimal;
    node.info = make(ValueType::decimal);
  }

  void choice(Node& node, Level context) {
    for (auto& child : node.children) type(*child, context);
    require(*node.children[0], ValueType::boolean, "the condition of `if`");
    const TypeInfo common = common_type(*node.children[1], *node.children[2], node, "choose between");
    node.operand_type = common.type;
    node.info = common;
  }

  void membership(Node& node, Level context) {
    Node& value = *node.children[0];
    type(value, context);
    if (value.kind == NodeKind::string || value.info.is_literal)
      fail(value, "the value before `" + node.text + "` must be a name, not a literal");
    for (std::size_t i = 1; i < node.children.size(); ++i) {
      Node& literal = *node.children[i];
      type(literal, context);
      const bool text = literal.kind == NodeKind::string;
      if (value.info.type == ValueType::enumeration && !text)
        fail(literal, "expected a value of " + type_name(value.info) + " in quotes");
      if (value.info.type != ValueType::enumeration && (text || !is_numeric(value.info.type)))
        fail(literal, "`" + node.text + "` lists values of enumerations or numbers, not of " + type_name(value.info));
      coerce_literal(literal, value.info);
    }
    node.operand_type = value.info.type;
    node.info = make(ValueType::boolean);
  }

  void aggregate(Node& node, Level context) {
    const std::string& members = pack_.entities.members;
    if (context != Level::group)
      fail(node, node.text + "(" + members + " ...) adds up the members of a " + pack_.entities.group +
                     "; it cannot be used in a " + pack_.entities.person + " formula");
    Node* filter = node.children[0].get();
    Node* value = node.children[1].get();
    if (filter != nullptr) {
      type(*filter, Level::person);
      require(*filter, ValueType::boolean, "the condition after `where`");
    }
    if (node.text == "count") {
      if (value != nullptr) fail(*value, "count(" + members + " where ...) takes no value to add up");
      node.info = make(ValueType::integer);
      return;
    }
    if (value == nullptr)
      fail(node, node.text + "(" + members + ", value) needs the value of each member after a comma");
    type(*value, Level::person);
    if (node.text == "any" || node.text == "all") {
      require(*value, ValueType::boolean, "the value of " + node.text + "()");
      node.info = make(ValueType::boolean);
      return;
    }
    require_numeric(*value, "the value of " + node.text + "()");
    if (value->info.is_literal) coerce_literal(*value, make(literal_has_fraction(*value) ? ValueType::decimal : ValueType::integer));
    node.operand_type = value->info.type;
    node.info = make(value->info.type);
  }

  void call(Node& node, Level context);

  const RulePack& pack_;
  NameResolver& names_;
};

// The arity of the descriptor, with its usage when the count is wrong.
void expect_arguments(const Node& node, const BuiltinFunction& function) {
  const std::size_t count = node.children.size();
  if (function.max_arguments == any_number_of_arguments) {
    if (count < function.min_arguments) fail(node, node.text + " takes " + std::string(function.usage));
    return;
  }
  if (count != function.min_arguments)
    fail(node, node.text + " takes " + std::to_string(function.min_arguments) + " argument" +
                   (function.min_arguments == 1 ? "" : "s") + ": " + std::string(function.usage));
}

void Typer::call(Node& node, Level context) {
  const std::string& function = node.text;
  const BuiltinFunction* const builtin = find_builtin(function);
  // A barème is named, not computed: its arguments are checked before they are typed.
  if (builtin != nullptr && builtin->id == Builtin::bracket) return bracket(node, *builtin, context);
  for (auto& child : node.children) type(*child, context);
  if (builtin == nullptr) {
    if (is_member_aggregate(function))
      fail(node, function + "() aggregates over members: write " + function + "(" + pack_.entities.members + ", ...)");
    fail(node, "unknown function `" + function + "`" + detail::did_you_mean(function, callable_names()));
  }
  expect_arguments(node, *builtin);
  switch (builtin->id) {
    case Builtin::bracket: return;
    case Builtin::min:
    case Builtin::max: {
      TypeInfo common = node.children[0]->info;
      for (std::size_t i = 1; i < node.children.size(); ++i) {
        common = common_type(*node.children[0], *node.children[i], node, "take the " + function + " of");
        if (common.type != ValueType::date) require_numeric(*node.children[i], "each value of " + function + "()");
      }
      for (auto& child : node.children) if (child->info.is_literal) coerce_literal(*child, common);
      node.operand_type = common.type;
      node.info = TypeInfo{common.type, false, nullptr};
      return;
    }
    case Builtin::round:
    case Builtin::round_down:
    case Builtin::round_up: {
      Node& value = *node.children[0];
      Node& step = *node.children[1];
      require_numeric(value, "the value of " + function + "()");
      if (!step.info.is_literal) fail(step, "the step of " + function + "() must be a number written in the formula");
      coerce_literal(step, value.info.is_literal ? make(ValueType::decimal) : make(value.info.type));
      if (value.info.is_literal) coerce_literal(value, make(ValueType::decimal));
      node.operand_type = value.info.type;
      node.info = make(value.info.type);
      return;
    }
    case Builtin::age_on:
      require(*node.children[0], ValueType::date, "the argument of age_on()");
      node.info = make(ValueType::integer);
      return;
    case Builtin::years_between:
    case Builtin::months_between:
      require(*node.children[0], ValueType::date, "the first argument of " + function + "()");
      require(*node.children[1], ValueType::date, "the second argument of " + function + "()");
      node.info = make(ValueType::integer);
      return;
    case Builtin::date: {
      const Node& text = *node.children[0];
      if (text.kind != NodeKind::string || !Date::try_parse(text.text))
        fail(text, "date() takes a date in quotes written YYYY-MM-DD, e.g. date(\"2024-04-01\")");
      node.info = make(ValueType::date);
      return;
    }
    case Builtin::year_of:
    case Builtin::month_of:
      require(*node.children[0], ValueType::date, "the argument of " + function + "()");
      node.info = make(ValueType::integer);
      return;
    case Builtin::make_date:
      for (auto& part : node.children) {
        if (part->info.is_literal) coerce_literal(*part, make(ValueType::integer));
        require(*part, ValueType::integer, "each part of make_date()");
      }
      node.info = make(ValueType::date);
      return;
    case Builtin::floor: {
      Node& value = *node.children[0];
      if (value.info.is_literal) coerce_literal(value, make(ValueType::decimal));
      if (value.info.type != ValueType::integer) require(value, ValueType::decimal, "the argument of floor()");
      node.operand_type = value.info.type;
      node.info = make(ValueType::integer);
      return;
    }
    case Builtin::month_sum:
    case Builtin::month_mean: return month_range(node, *builtin);
    case Builtin::in_month: return in_month(node, *builtin);
    case Builtin::known:
      node.info = make(ValueType::boolean);
      return;
  }
}

void Typer::bracket(Node& node, const BuiltinFunction& builtin, Level context) {
  expect_arguments(node, builtin);
  Node& scale = *node.children[0];
  if (scale.kind != NodeKind::parameter) fail(scale, "the first argument of bracket() must be a barème, param.<name>");
  const Parameter& parameter = find_parameter(scale);
  if (parameter.kind == ParameterKind::scalar)
    fail(scale, "param." + scale.text + " is a single value, not a barème");
  scale.reference = Reference::parameter;
  scale.reference_index = static_cast<int>(&parameter - pack_.parameters.data());
  scale.level = context;
  Node& value = *node.children[1];
  type(value, context);
  require_numeric(value, "the value looked up in a barème");
  if (value.info.is_literal) coerce_literal(value, make(parameter.threshold_type));
  if (value.info.type != parameter.threshold_type &&
      !(value.info.type == ValueType::integer && parameter.threshold_type == ValueType::decimal))
    fail(value, "param." + scale.text + " has thresholds in " + std::string(to_string(parameter.threshold_type)) +
                    ", not " + type_name(value.info));
  node.operand_type = parameter.threshold_type;
  node.info = make(parameter.kind == ParameterKind::scale_amount ? parameter.type : parameter.threshold_type);
}

// month_sum(value, from, to) and month_mean(value, from, to): the value computed for each
// month from `from` to `to` (offsets from the evaluated month, written as whole numbers),
// added up or averaged. A mean of whole numbers is a decimal; of money, money.
void Typer::month_range(Node& node, const BuiltinFunction& builtin) {
  const std::string usage(builtin.usage);
  std::optional<int> bounds[2];
  for (int i = 0; i < 2; ++i) {
    const Node& bound = *node.children[static_cast<std::size_t>(i + 1)];
    bounds[i] = literal_month_offset(bound);
    if (!bounds[i] || *bounds[i] < -max_month_offset || *bounds[i] > max_month_offset)
      fail(bound, "the months of " + node.text + "() are whole numbers written in the formula, between -" +
                      std::to_string(max_month_offset) + " and " + std::to_string(max_month_offset) + ": " + usage);
  }
  if (*bounds[0] > *bounds[1])
    fail(*node.children[1], "the first month of " + node.text + "() comes after its last month");
  Node& value = *node.children[0];
  if (value.info.is_literal) coerce_literal(value, make(ValueType::decimal));
  require_numeric(value, "the value of " + node.text + "()");
  const bool mean_of_integers = node.text == "month_mean" && value.info.type == ValueType::integer;
  node.operand_type = mean_of_integers ? ValueType::decimal : value.info.type;
  node.info = make(node.operand_type);
}

// in_month(value, month): the value computed for that month (1 to 12, written in the
// formula) of the evaluated month's year, whatever its type.
void Typer::in_month(Node& node, const BuiltinFunction& builtin) {
  const Node& month = *node.children[1];
  const std::optional<int> number = month.kind == NodeKind::number ? month_offset(month.text) : std::nullopt;
  if (!number || *number < 1 || *number > 12)
    fail(month, "the month of in_month() is a whole number from 1 (January) to 12 (December) written in the formula: " +
                    std::string(builtin.usage));
  Node& value = *node.children[0];
  if (value.info.is_literal) coerce_literal(value, make(ValueType::decimal));
  node.operand_type = value.info.type;
  node.info = TypeInfo{value.info.type, false, value.info.enum_values};
}

}  // namespace

std::optional<int> month_offset(const std::string& text) {
  if (text.empty() || text.size() > 4) return std::nullopt;
  const bool negative = text[0] == '-';
  const std::string digits = negative ? text.substr(1) : text;
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  const int magnitude = std::stoi(digits);
  return negative ? -magnitude : magnitude;
}

std::optional<int> literal_month_offset(const Node& node) {
  if (node.kind == NodeKind::number) return month_offset(node.text);
  if (node.kind == NodeKind::unary && node.text == "-" && node.children[0]->kind == NodeKind::number) {
    const auto magnitude = month_offset(node.children[0]->text);
    if (magnitude && *magnitude >= 0) return -*magnitude;
  }
  return std::nullopt;
}

std::string type_name(const TypeInfo& info) {
  if (info.is_literal && info.type != ValueType::enumeration) return "a number";
  switch (info.type) {
    case ValueType::boolean: return "a condition (true/false)";
    case ValueType::integer: return "an integer";
    case ValueType::decimal: return "a decimal";
    case ValueType::money: return "money";
    case ValueType::date: return "a date";
    case ValueType::enumeration: return "an enumeration";
  }
  return "a value";
}

void coerce_literal(Node& literal, const TypeInfo& target) {
  if (literal.kind == NodeKind::string) {
    if (target.type != ValueType::enumeration || target.enum_values == nullptr)
      fail(literal, "a text in quotes stands only for a value of an enumeration");
    const auto& values = *target.enum_values;
    if (std::find(values.begin(), values.end(), literal.text) == values.end()) {
      std::string listed;
      for (const auto& value : values) listed += (listed.empty() ? "" : ", ") + value;
      fail(literal, "`" + literal.text + "` is not one of the values (" + listed + ")" +
                        detail::did_you_mean(literal.text, values));
    }
    literal.info = target;
    literal.info.is_literal = true;
    return;
  }
  if (literal.kind == NodeKind::choice) {  // if c then 100 else 0: both branches take the type
    coerce_literal(*literal.children[1], target);
    coerce_literal(*literal.children[2], target);
    literal.info = TypeInfo{target.type, true, target.enum_values};
    literal.operand_type = target.type;
    return;
  }
  if (literal.kind == NodeKind::unary && literal.children.size() == 1) {
    coerce_literal(*literal.children[0], target);
    literal.info = literal.children[0]->info;
    literal.operand_type = literal.info.type;
    return;
  }
  if (literal.kind != NodeKind::number) return;
  const int digits = target.type == ValueType::money ? 2 : target.type == ValueType::decimal ? 6 : 0;
  if (!is_numeric(target.type)) fail(literal, "a number cannot stand for " + type_name(target));
  if (!parse_scaled(literal.text, digits))
    fail(literal, "`" + literal.text + "` does not fit " + type_name(TypeInfo{target.type, false, nullptr}) +
                      (digits == 2 ? " (at most two decimals)" : digits == 0 ? " (no decimals)" : ""));
  // Money is computed in millionths of a euro (compile/plan.hpp): a literal must fit there too.
  if (target.type == ValueType::money && !parse_scaled(literal.text, 6))
    fail(literal, "`" + literal.text + "` is too large for money (at most 9,223,372,036,854 euros)");
  literal.info = TypeInfo{target.type, true, nullptr};
}

void type_expression(Node& node, Level context, const RulePack& pack, NameResolver& names) {
  Typer(pack, names).type(node, context);
}

}  // namespace eligo::lang
