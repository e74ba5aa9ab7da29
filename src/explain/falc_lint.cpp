// The FALC lint; the rules and their heuristics are described in falc_lint.hpp.
#include "explain/falc_lint.hpp"

#include <algorithm>
#include <set>

#include "explain/default_phrases.hpp"

namespace eligo::explain_detail {

namespace {

constexpr std::string_view falc = "fr-falc";

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The letters of a token as Latin-1 code points (French needs nothing beyond), so that
// "É" counts as a capital; other characters give 0.
std::vector<unsigned> code_points(std::string_view token) {
  std::vector<unsigned> points;
  for (std::size_t i = 0; i < token.size(); ++i) {
    const auto byte = static_cast<unsigned char>(token[i]);
    if (byte < 0x80U) {
      points.push_back(byte);
    } else if ((byte & 0xE0U) == 0xC0U && i + 1 < token.size()) {
      points.push_back(((byte & 0x1FU) << 6U) | (static_cast<unsigned char>(token[i + 1]) & 0x3FU));
      ++i;
    } else {
      points.push_back(0);
    }
  }
  return points;
}

bool is_capital(unsigned c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0U && c <= 0xDEU && c != 0xD7U); }
bool is_small(unsigned c) { return (c >= 'a' && c <= 'z') || (c >= 0xDFU && c <= 0xFFU && c != 0xF7U); }

bool is_acronym(std::string_view word) {
  std::size_t capitals = 0;
  for (const unsigned c : code_points(word)) {
    if (is_small(c) || !(is_capital(c) || c == '-')) return false;
    if (is_capital(c)) ++capitals;
  }
  return capitals >= 2;
}

// "€" and other signs are not words; French letters, accented or not, are.
bool has_letter_or_digit(std::string_view token) {
  const auto points = code_points(token);
  return std::any_of(points.begin(), points.end(), [](unsigned c) {
    return (c >= '0' && c <= '9') || is_capital(c) || is_small(c);
  });
}

std::string lower(std::string_view word) {
  std::string text(word);
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

// A token without the punctuation around it: "(CAF)," gives "CAF".
std::string_view bare(std::string_view token) {
  const auto punctuation = [](char c) { return std::string_view("()[]«»\"',.;:!?").find(c) != std::string_view::npos; };
  while (!token.empty() && punctuation(token.front())) token.remove_prefix(1);
  while (!token.empty() && punctuation(token.back())) token.remove_suffix(1);
  // "«" and "»" are two bytes in UTF-8: their lead byte is not in the list above.
  if (token.rfind("\xC2\xAB", 0) == 0) token.remove_prefix(2);
  if (token.size() >= 2 && token.substr(token.size() - 2) == "\xC2\xBB") token.remove_suffix(2);
  return token;
}

std::vector<std::string_view> tokens_of(std::string_view sentence) {
  std::vector<std::string_view> tokens;
  for (std::size_t at = 0; at < sentence.size();) {
    const std::size_t end = sentence.find_first_of(" \t\n", at);
    const std::size_t stop = end == std::string_view::npos ? sentence.size() : end;
    if (stop > at) tokens.push_back(sentence.substr(at, stop - at));
    at = stop + 1;
  }
  return tokens;
}

std::vector<std::string> sentences_of(std::string_view text) {
  std::vector<std::string> sentences;
  std::string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool line_break = c == '\n';
    const bool end_mark = (c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || text[i + 1] == ' ' ||
                                                                 text[i + 1] == '\n');
    if (!line_break) current += c;
    if (line_break || end_mark) {
      if (has_letter_or_digit(current)) sentences.push_back(current);
      current.clear();
    }
  }
  if (has_letter_or_digit(current)) sentences.push_back(current);
  for (std::string& sentence : sentences) {
    const auto first = sentence.find_first_not_of(' ');
    sentence.erase(0, first);
  }
  return sentences;
}

std::size_t word_count(const std::vector<std::string_view>& tokens) {
  std::size_t words = 0;
  std::string_view previous;
  for (const std::string_view token : tokens) {
    if (!has_letter_or_digit(token)) continue;
    // "1 033,32": the groups of one number are one word.
    const bool continues_number = !previous.empty() && is_digit(previous.back()) && is_digit(token.front());
    if (!continues_number) ++words;
    previous = token;
  }
  return words;
}

bool starts_second_clause(std::string_view next) {
  static const std::set<std::string> subjects{"je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles",
                                              "cela", "ça", "ne"};
  const std::string word = lower(bare(next));
  if (subjects.count(word) != 0) return true;
  for (const char* elided : {"j'", "c'", "n'", "s'", "j\u2019", "c\u2019", "n\u2019", "s\u2019"})
    if (word.rfind(elided, 0) == 0) return true;
  return false;
}

// "646,52" or "646.52": digits, a separator, then exactly two digits.
bool is_decimal_amount(std::string_view word) {
  const std::size_t separator = word.find_first_of(",.");
  if (separator == std::string_view::npos || separator == 0 || word.size() - separator != 3) return false;
  return std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(separator), is_digit) &&
         is_digit(word[separator + 1]) && is_digit(word[separator + 2]);
}

std::string quote(std::string_view sentence) { return "\u00AB " + std::string(sentence) + " \u00BB"; }

void check_sentence(const std::string& sentence, const std::map<std::string, std::string>& acronyms,
                    std::set<std::string>& explained, std::vector<std::string>& problems) {
  const auto tokens = tokens_of(sentence);
  if (const std::size_t words = word_count(tokens); words > falc_max_words)
    problems.push_back("sentence of " + std::to_string(words) + " words, more than " + std::to_string(falc_max_words) +
                       ": " + quote(sentence));
  if (sentence.find(';') != std::string::npos)
    problems.push_back("two ideas joined by \";\": " + quote(sentence));
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string word = lower(bare(tokens[i]));
    if (word == "mais") problems.push_back("two ideas joined by \"mais\": " + quote(sentence));
    if (word == "et" && i + 1 < tokens.size() && starts_second_clause(tokens[i + 1]))
      problems.push_back("two ideas joined by \"et " + std::string(bare(tokens[i + 1])) + "\": " + quote(sentence));
    const std::string_view acronym = bare(tokens[i]);
    if (is_acronym(acronym) && acronyms.count(std::string(acronym)) == 0 && explained.count(std::string(acronym)) == 0) {
      const bool in_parentheses = tokens[i].front() == '(';
      const bool before_parentheses = i + 1 < tokens.size() && tokens[i + 1].front() == '(';
      if (in_parentheses || before_parentheses)
        explained.insert(std::string(acronym));
      else
        problems.push_back("acronym " + std::string(acronym) + " not spelled out: " + quote(sentence));
    }
    if (is_decimal_amount(bare(tokens[i]))) {
      const std::string next = i + 1 < tokens.size() ? lower(bare(tokens[i + 1])) : "";
      if (next != "\u20AC" && next != "euros" && next != "euro" && bare(tokens[i]).find("\u20AC") == std::string_view::npos)
        problems.push_back("amount " + std::string(bare(tokens[i])) + " without euros: " + quote(sentence));
    }
  }
}

void lint_text(const std::string& text, const std::string& what, const SourceLocation& where,
               const std::map<std::string, std::string>& acronyms, std::vector<Diagnostic>& problems) {
  for (const std::string& problem : falc_problems(text, acronyms))
    problems.push_back(Diagnostic{Severity::error, where, what + ": " + problem});
}

void lint_pack_text(const Text& text, const std::string& what, const SourceLocation& where,
                    const std::map<std::string, std::string>& acronyms, std::vector<Diagnostic>& problems) {
  if (const auto found = text.by_language.find(std::string(falc)); found != text.by_language.end())
    lint_text(found->second, what, where, acronyms, problems);
}

}  // namespace

std::vector<std::string> falc_problems(std::string_view text, const std::map<std::string, std::string>& acronyms) {
  // A placeholder is one word, and no acronym: "{amount}" becomes "montant".
  std::string plain(text);
  for (std::size_t open = plain.find('{'); open != std::string::npos; open = plain.find('{', open)) {
    const std::size_t close = plain.find('}', open);
    if (close == std::string::npos) break;
    plain.replace(open, close - open + 1, "valeur");
  }
  std::vector<std::string> problems;
  std::set<std::string> explained;
  for (const std::string& sentence : sentences_of(plain)) check_sentence(sentence, acronyms, explained, problems);
  return problems;
}

std::vector<Diagnostic> lint_falc(const RulePack& pack) {
  std::vector<Diagnostic> problems;
  const Templates* templates = pack.find_templates(std::string(falc));
  const std::map<std::string, std::string> no_acronyms;
  const auto& acronyms = templates != nullptr ? templates->acronyms : no_acronyms;
  if (templates != nullptr) {
    for (const auto& [key, phrase] : templates->phrases)
      lint_text(phrase, "phrase `" + key + "`", templates->phrase_where.at(key), acronyms, problems);
  } else {
    for (const DefaultPhrase* phrase : all_default_phrases())
      lint_text(std::string(phrase->fr_falc), "built-in phrase `" + std::string(phrase->key) + "`", {}, acronyms,
                problems);
  }
  lint_pack_text(pack.title, "the pack's title", {}, acronyms, problems);
  for (const InputSpec& input : pack.inputs) {
    lint_pack_text(input.description, "input `" + input.name + "`", input.where, acronyms, problems);
    for (const auto& [value, label] : input.value_labels)
      lint_pack_text(label, "input `" + input.name + "` value `" + value + "`", input.where, acronyms, problems);
  }
  for (const Parameter& parameter : pack.parameters)
    lint_pack_text(parameter.description, "parameter `" + parameter.name + "`", parameter.where, acronyms, problems);
  for (const Variable& variable : pack.variables)
    lint_pack_text(variable.label, "variable `" + variable.name + "`", variable.where, acronyms, problems);
  for (const Benefit& benefit : pack.benefits) {
    const std::string owner = "benefit `" + benefit.id + "`";
    lint_pack_text(benefit.label, owner + " label", benefit.where, acronyms, problems);
    lint_pack_text(benefit.description, owner + " description", benefit.where, acronyms, problems);
    lint_pack_text(benefit.claim.how, owner + " claim", benefit.where, acronyms, problems);
    for (const Condition& condition : benefit.conditions)
    {
      lint_pack_text(condition.reason, owner + " condition `" + condition.id + "`", condition.where, acronyms, problems);
      lint_pack_text(condition.not_met, owner + " condition `" + condition.id + "` not met", condition.where, acronyms,
                     problems);
    }
  }
  return problems;
}

}  // namespace eligo::explain_detail
