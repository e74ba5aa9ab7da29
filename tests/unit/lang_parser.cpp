#include <catch2/catch.hpp>

#include "lang/parser.hpp"

using namespace eligo::lang;

namespace {
ParseResult parse(const std::string& text) { return parse_formula(text, "membres"); }
}  // namespace

TEST_CASE("multiplication binds tighter than addition", "[parser]") {
  const ParseResult result = parse("1 + 2 * 3");
  REQUIRE(result.root);
  CHECK(result.root->kind == NodeKind::binary);
  CHECK(result.root->text == "+");
  CHECK(result.root->children[0]->text == "1");
  CHECK(result.root->children[1]->text == "*");
  CHECK(result.root->children[1]->position.column == 7);
}

TEST_CASE("and binds tighter than or, not tighter than and", "[parser]") {
  const ParseResult result = parse("a or not b and c");
  REQUIRE(result.root);
  CHECK(result.root->text == "or");
  CHECK(result.root->children[1]->text == "and");
  CHECK(result.root->children[1]->children[0]->text == "not");
}

TEST_CASE("aggregations take the members word, a filter and a value", "[parser]") {
  const ParseResult result = parse("sum(membres where role == \"enfant\", salaire) + count(membres)");
  REQUIRE(result.root);
  const Node& sum = *result.root->children[0];
  CHECK(sum.kind == NodeKind::aggregate);
  CHECK(sum.text == "sum");
  REQUIRE(sum.children[0]);
  CHECK(sum.children[0]->text == "==");
  CHECK(sum.children[1]->text == "salaire");
  const Node& count = *result.root->children[1];
  CHECK(count.kind == NodeKind::aggregate);
  CHECK_FALSE(count.children[0]);
  CHECK_FALSE(count.children[1]);
}

TEST_CASE("parameters, membership and choices", "[parser]") {
  const ParseResult result = parse("if statut not in [\"a\", \"b\"] then param.rsa.montant else -5");
  REQUIRE(result.root);
  CHECK(result.root->kind == NodeKind::choice);
  CHECK(result.root->children[0]->kind == NodeKind::membership);
  CHECK(result.root->children[0]->text == "not in");
  CHECK(result.root->children[0]->children.size() == 3);
  CHECK(result.root->children[1]->kind == NodeKind::parameter);
  CHECK(result.root->children[1]->text == "rsa.montant");
  CHECK(result.root->children[2]->kind == NodeKind::unary);
}

TEST_CASE("positions count lines and characters, not bytes", "[parser]") {
  const ParseResult result = parse("revenu_é +\n  * 2");
  REQUIRE(result.error);
  CHECK(result.error->position.line == 2);
  CHECK(result.error->position.column == 3);
  CHECK(result.error->message == "expected a value, a name or `(`, found `*`");
}

TEST_CASE("syntax errors say what was expected", "[parser]") {
  CHECK(parse("1 +").error->message == "expected a value, a name or `(`, found the end of the formula");
  CHECK(parse("(1 + 2").error->message == "expected `)` closing the parenthesis, found the end of the formula");
  CHECK(parse("if a then b").error->message == "expected `else`, found the end of the formula");
  CHECK(parse("a # b").error->message == "expected an operator or the end of the formula, found the character `#`");
  CHECK(parse("\"open").error->message == "expected a value, a name or `(`, found text without its closing quote");
  CHECK(parse("x in [1, y]").error->position.column == 10);
}

TEST_CASE("deep nesting is refused, not a crash", "[parser]") {
  const std::string deep = std::string(100000, '(') + "1" + std::string(100000, ')');
  const ParseResult nested = parse(deep);
  REQUIRE(nested.error);
  CHECK(nested.error->message.find("nested more than 200 levels") != std::string::npos);

  std::string chain = "1";
  for (int i = 0; i < 5000; ++i) chain += " + 1";
  const ParseResult long_chain = parse(chain);
  REQUIRE(long_chain.error);
  CHECK(long_chain.error->message.find("split it into variables") != std::string::npos);

  const ParseResult negations = parse(std::string(1000, '-') + "1");
  REQUIRE(negations.error);
}
