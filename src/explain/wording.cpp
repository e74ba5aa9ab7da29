// The wording of a register: the pack's templates over the built-in tables, with the
// warnings a translator needs when they do not match.
#include <algorithm>
#include <sstream>

#include "eligo/explain.hpp"
#include "eligo/value.hpp"
#include "explain/default_phrases.hpp"

namespace eligo {

namespace {

using explain_detail::DefaultPhrase;

void require_language(const std::string& language) {
  if (!is_explanation_language(language))
    throw Error("unknown explanation language `" + language + "`; expected fr, fr-falc or en");
}

std::string replace_placeholders(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [name, value] : values) {
    const std::string mark = "{" + name + "}";
    for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + value.size()))
      text.replace(at, mark.size(), value);
  }
  return text;
}

void warn(std::vector<Diagnostic>& warnings, const SourceLocation& where, std::string message) {
  warnings.push_back(Diagnostic{Severity::warning, where, std::move(message)});
}

void check_one(const Templates& templates, std::vector<Diagnostic>& warnings) {
  for (const auto& [key, phrase] : templates.phrases) {
    const SourceLocation& where = templates.phrase_where.at(key);
    const DefaultPhrase* known = explain_detail::find_default_phrase(key);
    if (known == nullptr) {
      warn(warnings, where, "unknown phrase `" + key + "` in the " + templates.language + " templates; it is not used");
      continue;
    }
    const auto given = explain_detail::placeholders(phrase);
    for (const std::string& name : explain_detail::placeholders(known->in(templates.language)))
      if (std::find(given.begin(), given.end(), name) == given.end())
        warn(warnings, where, "phrase `" + key + "` does not show `{" + name + "}`");
  }
  for (const DefaultPhrase* phrase : explain_detail::all_default_phrases())
    if (templates.phrases.count(std::string(phrase->key)) == 0)
      warn(warnings, templates.where,
           "no phrase `" + std::string(phrase->key) + "` in the " + templates.language + " templates; the built-in one is used");
}

// YAML double-quoted scalar: only the backslash and the quote need escaping in our texts.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string Wording::say(const std::string& key, const std::vector<std::pair<std::string, std::string>>& values) const {
  if (const auto found = phrases.find(key); found != phrases.end()) return replace_placeholders(found->second, values);
  const DefaultPhrase* fallback = explain_detail::find_default_phrase(key);
  if (fallback == nullptr) throw Error("no phrase `" + key + "` in eligo's wording");
  return replace_placeholders(std::string(fallback->in(language)), values);
}

Wording wording_for(const RulePack& pack, const std::string& language) {
  require_language(language);
  Wording wording{language, {}, explain_detail::default_months(language),
                  explain_detail::default_show_references(language)};
  for (const DefaultPhrase* phrase : explain_detail::all_default_phrases())
    wording.phrases.emplace(phrase->key, phrase->in(language));
  if (const Templates* templates = pack.find_templates(language)) {
    for (const auto& [key, phrase] : templates->phrases)
      if (wording.phrases.count(key) != 0) wording.phrases[key] = phrase;
    if (!templates->months.empty()) wording.months = templates->months;
    if (templates->show_references) wording.show_references = *templates->show_references;
  }
  return wording;
}

std::vector<Diagnostic> check_templates(const RulePack& pack) {
  std::vector<Diagnostic> warnings;
  for (const std::string& language : pack.languages) {
    if (!is_explanation_language(language)) continue;
    if (const Templates* templates = pack.find_templates(language))
      check_one(*templates, warnings);
    else
      warn(warnings, SourceLocation{(pack.root / "pack.yaml").generic_string(), 0, 0},
           "pack `" + pack.id + "` has no templates for `" + language + "`; eligo's built-in wording is used");
  }
  return warnings;
}

std::string default_templates_yaml(const std::string& language) {
  require_language(language);
  std::ostringstream out;
  out << "# The fixed words of explanations, letters and notices in `" << language << "`.\n"
      << "# \"{name}\" marks where eligo puts a value; keep each placeholder of a phrase.\n"
      << "language: " << language << '\n'
      << "show_references: " << (explain_detail::default_show_references(language) ? "true" : "false") << '\n'
      << "months: [";
  const auto months = explain_detail::default_months(language);
  for (std::size_t m = 0; m < months.size(); ++m) out << (m == 0 ? "" : ", ") << months[m];
  out << "]\nphrases:\n";
  for (const DefaultPhrase* phrase : explain_detail::all_default_phrases())
    out << "  " << phrase->key << ": " << quoted(phrase->in(language)) << '\n';
  return out.str();
}

std::string month_in_words(const Wording& wording, const std::string& period) {
  const std::optional<Period> parsed = Period::try_parse(period);
  if (!parsed || parsed->month < 1 || parsed->month > 12 || wording.months.size() != 12) return period;
  return wording.months[static_cast<std::size_t>(parsed->month - 1)] + " " + std::to_string(parsed->year);
}

std::string date_in_words(const Wording& wording, const std::string& iso_date) {
  const std::optional<Date> date = Date::try_parse(iso_date);
  if (!date || wording.months.size() != 12) return iso_date;
  int year = 0;
  int month = 0;
  int day = 0;
  date->to_ymd(year, month, day);
  // French writes the first day of a month as an ordinal: "1er mai".
  const std::string day_text = std::to_string(day) + (day == 1 && wording.language != "en" ? "er" : "");
  return day_text + " " + wording.months[static_cast<std::size_t>(month - 1)] + " " + std::to_string(year);
}

}  // namespace eligo
