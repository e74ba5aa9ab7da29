// pack.yaml: the pack's identity, languages, entity model and list of files.
#include <algorithm>
#include <filesystem>
#include <set>

#include "pack/pack_readers.hpp"

namespace eligo::pack_detail {
namespace {

void read_languages(Reader& reader, const YAML::Node& node, const SourceLocation& key_where, RulePack& pack) {
  const auto languages = reader.string_list(node, "`languages`", key_where);
  if (!languages) return;
  if (languages->empty()) reader.error(reader.where(node, key_where), "expected at least one language in `languages`");
  std::set<std::string> seen;
  for (const auto& language : *languages) {
    if (!seen.insert(language).second)
      reader.error(reader.where(node, key_where), "language `" + language + "` is listed twice");
    else
      pack.languages.push_back(language);
  }
}

// The group entity; a list of several is refused rather than silently cut to one.
std::optional<std::string> read_group(Reader& reader, const YAML::Node& node, const SourceLocation& key_where) {
  if (node.IsSequence() && node.size() != 1) {
    reader.error(reader.where(node, key_where),
                 "expected one group entity, got " + std::to_string(node.size()) +
                     ": eligo evaluates one group entity per pack");
    return std::nullopt;
  }
  return reader.identifier(node.IsSequence() ? node[0] : node, "the group entity's name", key_where);
}

void read_entities(Reader& reader, const YAML::Node& node, const SourceLocation& key_where, EntityModel& entities) {
  entities.where = reader.where(node, key_where);
  if (!reader.fields(node, "`entities`", entities.where, {"person", "group", "members", "roles"},
                     {"person", "group", "members", "roles"}))
    return;
  if (const auto person = node["person"])
    if (auto name = reader.identifier(person, "the person entity's name", entities.where)) entities.person = *name;
  if (const auto group = node["group"])
    if (auto name = read_group(reader, group, entities.where)) entities.group = *name;
  if (const auto members = node["members"])
    if (auto name = reader.identifier(members, "the word for a group's members", entities.where))
      entities.members = *name;
  if (entities.person == entities.group)
    reader.error(entities.where, "the person and group entities must have different names, both are `" +
                                     entities.person + "`");
  if (const auto roles = node["roles"]) {
    if (auto names = reader.string_list(roles, "`roles`", entities.where)) {
      if (names->empty()) reader.error(reader.where(roles, entities.where), "expected at least one role in `roles`");
      std::set<std::string> seen;
      for (auto& role : *names) {
        if (!seen.insert(role).second)
          reader.error(reader.where(roles, entities.where), "role `" + role + "` is listed twice");
        else
          entities.roles.push_back(std::move(role));
      }
    }
  }
}

std::vector<FileEntry> read_file_list(Reader& reader, const YAML::Node& node, const SourceLocation& key_where) {
  std::vector<FileEntry> entries;
  const YAML::Node list = node.IsScalar() ? YAML::Node(std::vector<std::string>{node.Scalar()}) : node;
  if (!list.IsSequence()) {
    reader.error(reader.where(node, key_where), "expected a list of files or folders, got " + describe(node));
    return entries;
  }
  for (const auto& item : list) {
    const SourceLocation item_where = node.IsScalar() ? reader.where(node, key_where) : reader.where(item, key_where);
    const auto path = reader.scalar(item, "a file or folder of the pack", item_where);
    if (!path) continue;
    const std::filesystem::path relative(*path);
    const bool escapes = std::any_of(relative.begin(), relative.end(), [](const auto& part) { return part == ".."; });
    if (relative.is_absolute() || escapes || path->empty()) {
      reader.error(item_where, "expected a path inside the pack's folder, got `" + *path + "`");
      continue;
    }
    entries.push_back(FileEntry{*path, item_where});
  }
  return entries;
}

FileSections read_files(Reader& reader, const YAML::Node& node, const SourceLocation& key_where) {
  FileSections sections;
  const SourceLocation files_where = reader.where(node, key_where);
  if (!reader.fields(node, "`files`", files_where,
                     {"inputs", "parameters", "variables", "benefits", "tests", "templates", "outreach"}, {}))
    return sections;
  const auto read = [&](const char* name, std::vector<FileEntry>& entries) {
    if (const auto list = node[name]) entries = read_file_list(reader, list, files_where);
  };
  read("inputs", sections.inputs);
  read("parameters", sections.parameters);
  read("variables", sections.variables);
  read("benefits", sections.benefits);
  read("tests", sections.tests);
  read("templates", sections.templates);
  read("outreach", sections.outreach);
  return sections;
}

}  // namespace

FileSections read_manifest(Reader& reader, const YAML::Node& root, RulePack& pack) {
  const SourceLocation top{reader.file().name(), 1, 1};
  if (!reader.fields(root, "pack.yaml", top, {"id", "title", "version", "languages", "entities", "files"},
                     {"id", "languages", "entities", "files"}))
    return {};
  const auto key_where = [&](const char* name) {
    for (const auto& entry : root)
      if (entry.first.IsScalar() && entry.first.Scalar() == name) return reader.where(entry.first, top);
    return top;
  };
  if (const auto id = root["id"])
    if (auto text = reader.identifier(id, "the pack's id", key_where("id"))) pack.id = *text;
  if (const auto languages = root["languages"]) read_languages(reader, languages, key_where("languages"), pack);
  if (const auto title = root["title"])
    pack.title = reader.text(title, pack.languages, "the pack's title", key_where("title"), false);
  if (const auto version = root["version"])
    if (auto text = reader.scalar(version, "a version such as 1.0.0", key_where("version"))) pack.version = *text;
  if (const auto entities = root["entities"]) read_entities(reader, entities, key_where("entities"), pack.entities);
  if (const auto files = root["files"]) return read_files(reader, files, key_where("files"));
  return {};
}

}  // namespace eligo::pack_detail
