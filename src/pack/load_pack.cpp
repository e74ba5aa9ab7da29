// Loading a pack: pack.yaml first, then every listed file, each read by its section's
// reader. A file that does not parse is reported and skipped; the others are still read,
// so one run reports every problem of the pack.
#include <algorithm>
#include <array>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "core/utf8.hpp"
#include "pack/content_hash.hpp"
#include "pack/pack_readers.hpp"
#include "pack/yaml_limits.hpp"

namespace eligo {
namespace pack_detail {
namespace {

namespace fs = std::filesystem;

using SectionReader = std::function<void(Reader&, const YAML::Node&)>;

// At most `limit` + 1 bytes, so that a file too big to be a pack file is recognised without
// reading it all; only regular files, so that a link to a device or a pipe cannot hang.
std::optional<std::string> read_bytes(const fs::path& path, std::size_t limit) {
  std::error_code failure;
  if (!fs::is_regular_file(path, failure)) return std::nullopt;
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return std::nullopt;
  // In chunks: a buffer of the limit's size, cleared for every file, cost more than parsing.
  std::string bytes;
  std::array<char, 64 * 1024> chunk;
  while (bytes.size() <= limit) {
    stream.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    const auto got = static_cast<std::size_t>(stream.gcount());
    bytes.append(chunk.data(), std::min(got, limit + 1 - bytes.size()));
    if (got < chunk.size()) break;
  }
  if (stream.bad()) return std::nullopt;
  return bytes;
}

class PackLoader {
 public:
  PackLoader(fs::path folder, std::vector<Diagnostic>& problems) : folder_(std::move(folder)), problems_(problems) {}

  RulePack load() {
    RulePack pack;
    pack.root = folder_;
    FileSections sections;
    const bool manifest_read = read_file("pack.yaml", SourceLocation{}, [&](Reader& reader, const YAML::Node& root) {
      sections = read_manifest(reader, root, pack);
    });
    if (!manifest_read) return pack;
    const PackContext context{pack.languages, pack.entities};
    read_section(sections.inputs, [&](Reader& reader, const YAML::Node& root) {
      read_inputs(reader, root, context, pack.inputs);
    });
    read_section(sections.parameters, [&](Reader& reader, const YAML::Node& root) {
      read_parameters(reader, root, context, pack.parameters);
    });
    read_section(sections.variables, [&](Reader& reader, const YAML::Node& root) {
      read_variables(reader, root, context, pack.variables);
    });
    read_section(sections.benefits, [&](Reader& reader, const YAML::Node& root) {
      read_benefits(reader, root, context, pack.benefits);
    });
    read_section(sections.tests, [&](Reader& reader, const YAML::Node& root) {
      read_tests(reader, root, context, pack.tests);
    });
    read_section(sections.templates, [&](Reader& reader, const YAML::Node& root) {
      read_templates(reader, root, context, pack.templates);
    });
    read_section(sections.outreach, [&](Reader& reader, const YAML::Node& root) {
      read_channel_policy(reader, root, context, pack.channel_policy);
    });
    check_unique_names(pack, problems_);
    pack.content_hash = content_hash(files_);
    return pack;
  }

 private:
  // The name users see: the folder as the caller gave it, joined with the file's path.
  std::string display_name(const std::string& relative) const { return (folder_ / relative).generic_string(); }

  void error(const SourceLocation& where, std::string message) {
    problems_.push_back(Diagnostic{Severity::error, where, std::move(message)});
  }

  // An entry of `files` is a file, or a folder standing for every *.yaml in it, by name.
  std::vector<std::string> expand(const FileEntry& entry) {
    const fs::path path = folder_ / entry.path;
    std::error_code failure;
    if (fs::is_regular_file(path, failure)) return {fs::path(entry.path).generic_string()};
    if (!fs::is_directory(path, failure)) {
      error(entry.where, "no file or folder `" + entry.path + "` in the pack's folder " + folder_.generic_string());
      return {};
    }
    std::vector<std::string> files;
    for (const auto& item : fs::directory_iterator(path, failure))
      if (item.is_regular_file() && item.path().extension() == ".yaml")
        files.push_back((fs::path(entry.path) / item.path().filename()).generic_string());
    if (failure) error(entry.where, "cannot list the folder `" + entry.path + "`: " + failure.message());
    std::sort(files.begin(), files.end());
    return files;
  }

  void read_section(const std::vector<FileEntry>& entries, const SectionReader& reader) {
    for (const auto& entry : entries)
      for (const auto& relative : expand(entry)) {
        if (!loaded_.insert(relative).second) {
          error(entry.where, "file `" + relative + "` is listed more than once in pack.yaml");
          continue;
        }
        read_file(relative, entry.where, reader);
      }
  }

  // Reads, hashes and parses one file, then hands its root to `section`. Returns false
  // when the file could not be read or parsed.
  bool read_file(const std::string& relative, const SourceLocation& listed_at, const SectionReader& section) {
    const std::string name = display_name(relative);
    auto bytes = read_bytes(folder_ / relative, max_yaml_file_bytes);
    if (!bytes) {
      error(listed_at.line > 0 ? listed_at : SourceLocation{name, 0, 0},
            "cannot read `" + name + "`" + (relative == "pack.yaml" ? ": a pack's folder holds a pack.yaml" : ""));
      return false;
    }
    if (bytes->size() > max_yaml_file_bytes) {
      error(SourceLocation{name, 0, 0}, "file larger than the " + std::to_string(max_yaml_file_bytes / (1024 * 1024)) +
                                            " MiB a pack file may hold; split it into several files");
      return false;
    }
    files_.push_back(PackFile{relative, *bytes});
    const YamlFile file(name, std::move(*bytes));
    Reader reader(file, problems_);
    // yaml-cpp would pass other bytes on as they are, to be garbled in every output.
    if (const std::size_t valid = detail::valid_utf8_prefix(file.text()); valid != file.text().size()) {
      error(file.location_at(valid), "bytes that are not UTF-8 (save the file as UTF-8)");
      return false;
    }
    if (auto excess = check_yaml_limits(file)) {
      problems_.push_back(std::move(*excess));
      return false;
    }
    YAML::Node root;
    try {
      root = YAML::Load(file.text());
    } catch (const YAML::ParserException& failure) {
      error(file.location(failure.mark), "invalid YAML: " + failure.msg);
      return false;
    } catch (const YAML::Exception& failure) {
      error(SourceLocation{name, 0, 0}, std::string("invalid YAML: ") + failure.what());
      return false;
    }
    section(reader, root);
    return true;
  }

  fs::path folder_;
  std::vector<Diagnostic>& problems_;
  std::vector<PackFile> files_;
  std::set<std::string> loaded_;
};

}  // namespace
}  // namespace pack_detail

namespace {

// A plain name that is no pack folder here is a bundled pack's name; any other path is
// loaded as it is, so that its own problems (no pack.yaml) are reported against it.
bool is_pack_name(const std::filesystem::path& name_or_folder) {
  return !name_or_folder.empty() && name_or_folder == name_or_folder.filename() && name_or_folder != "." &&
         name_or_folder != ".." && !std::filesystem::exists(name_or_folder / "pack.yaml");
}

}  // namespace

RulePack load_pack(const std::filesystem::path& name_or_folder, std::vector<Diagnostic>& problems) {
  if (!is_pack_name(name_or_folder)) return pack_detail::PackLoader(name_or_folder, problems).load();
  try {
    return pack_detail::PackLoader(resolve_pack_path(name_or_folder.string()), problems).load();
  } catch (const Error& not_found) {
    problems.insert(problems.end(), not_found.diagnostics().begin(), not_found.diagnostics().end());
    return {};
  }
}

RulePack load_pack(const std::filesystem::path& name_or_folder) {
  // An unknown name throws resolve_pack_path's Error, naming every place looked at.
  const std::filesystem::path folder =
      is_pack_name(name_or_folder) ? resolve_pack_path(name_or_folder.string()) : name_or_folder;
  std::vector<Diagnostic> problems;
  RulePack pack = pack_detail::PackLoader(folder, problems).load();
  throw_if_errors(problems);
  return pack;
}

}  // namespace eligo
