// templates/<language>.yaml: the fixed words of one language. The loader checks the shape
// (a known language, once; text phrases; twelve months); which phrase keys exist is
// eligo's explanation code's business, which warns about unknown or missing ones.
#include <algorithm>

#include "pack/pack_readers.hpp"

namespace eligo::pack_detail {
namespace {

void read_language(Reader& reader, const YAML::Node& node, const PackContext& context,
                   const std::vector<Templates>& seen, Templates& templates) {
  const auto language = reader.scalar(node, "the templates' language", templates.where);
  if (!language) return;
  const SourceLocation where = reader.where(node, templates.where);
  const auto& known = context.languages;
  if (!known.empty() && std::find(known.begin(), known.end(), *language) == known.end())
    reader.error(where, "templates for `" + *language + "`, not a language of the pack");
  else if (std::any_of(seen.begin(), seen.end(), [&](const Templates& other) { return other.language == *language; }))
    reader.error(where, "templates for `" + *language + "` are given twice");
  else
    templates.language = *language;
}

void read_months(Reader& reader, const YAML::Node& node, Templates& templates) {
  const auto months = reader.string_list(node, "the twelve month names", templates.where);
  if (!months) return;
  if (months->size() != 12) {
    reader.error(reader.where(node, templates.where),
                 "expected twelve month names, January first, got " + std::to_string(months->size()));
    return;
  }
  templates.months = *months;
}

// A map from key to text; `where` records each key's place when given.
std::map<std::string, std::string> read_text_map(Reader& reader, const YAML::Node& node, std::string_view what,
                                                 const SourceLocation& fallback,
                                                 std::map<std::string, SourceLocation>* where) {
  std::map<std::string, std::string> texts;
  if (!node.IsMap()) {
    reader.error(reader.where(node, fallback), "expected " + std::string(what) + " as a map, got " + describe(node));
    return texts;
  }
  for (const auto& entry : node) {
    const SourceLocation key_where = reader.where(entry.first, fallback);
    const auto key = reader.scalar(entry.first, "a key", key_where);
    if (!key) continue;
    if (texts.count(*key) != 0) {
      reader.error(key_where, "`" + *key + "` is given twice in " + std::string(what));
      continue;
    }
    const auto text = reader.scalar(entry.second, "a text", key_where);
    if (!text) continue;
    texts.emplace(*key, *text);
    if (where != nullptr) where->emplace(*key, reader.where(entry.second, key_where));
  }
  return texts;
}

}  // namespace

void read_templates(Reader& reader, const YAML::Node& root, const PackContext& context,
                    std::vector<Templates>& templates) {
  Templates read;
  read.where = SourceLocation{reader.file().name(), 1, 1};
  if (!reader.fields(root, "a templates file", read.where, {"language", "show_references", "months", "acronyms", "phrases"},
                     {"language", "phrases"}))
    return;
  read_language(reader, root["language"], context, templates, read);
  if (read.language.empty()) return;
  if (const auto show = root["show_references"]) read.show_references = reader.boolean(show, "true or false", read.where);
  if (const auto months = root["months"]) read_months(reader, months, read);
  if (const auto acronyms = root["acronyms"])
    read.acronyms = read_text_map(reader, acronyms, "`acronyms`", read.where, nullptr);
  read.phrases = read_text_map(reader, root["phrases"], "`phrases`", read.where, &read.phrase_where);
  templates.push_back(std::move(read));
}

}  // namespace eligo::pack_detail
