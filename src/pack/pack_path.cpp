// Finding a pack by name among the folders where packs are installed.
#include <cstdlib>
#include <mutex>

#include "eligo/pack.hpp"

namespace eligo {
namespace {

namespace fs = std::filesystem;

// The folders registered at run time. They belong to the process by nature (an embedding
// program registers its bundled rules once, at start-up), hence this one shared list,
// guarded for threads.
struct RegisteredFolders {
  std::mutex mutex;
  std::vector<fs::path> folders;
};

RegisteredFolders& registered_folders() {
  static RegisteredFolders registered;
  return registered;
}

bool holds_pack(const fs::path& folder) {
  std::error_code failure;
  return fs::is_directory(folder, failure) && fs::is_regular_file(folder / "pack.yaml", failure);
}

std::vector<fs::path> search_folders() {
  std::vector<fs::path> folders;
  if (const char* variable = std::getenv("ELIGO_RULES_PATH")) {
    const std::string list = variable;
    std::size_t begin = 0;
    while (begin <= list.size()) {
      const std::size_t end = std::min(list.find(':', begin), list.size());
      if (end > begin) folders.emplace_back(list.substr(begin, end - begin));
      begin = end + 1;
    }
  }
  folders.emplace_back(ELIGO_SOURCE_RULES_DIR);
  folders.emplace_back(ELIGO_INSTALL_RULES_DIR);
  RegisteredFolders& registered = registered_folders();
  const std::lock_guard lock(registered.mutex);
  folders.insert(folders.end(), registered.folders.begin(), registered.folders.end());
  return folders;
}

}  // namespace

void add_rules_search_path(fs::path folder) {
  RegisteredFolders& registered = registered_folders();
  const std::lock_guard lock(registered.mutex);
  registered.folders.push_back(std::move(folder));
}

fs::path resolve_pack_path(const std::string& name_or_path) {
  const fs::path given(name_or_path);
  if (holds_pack(given)) return given;
  std::string looked_at = "\n  " + given.generic_string() + " (as a path)";
  // Only a plain name is looked up in the rules folders: a path that does not hold a pack
  // is reported as it is.
  if (!name_or_path.empty() && given.has_filename() && given == given.filename()) {
    for (const auto& folder : search_folders()) {
      const fs::path candidate = folder / given;
      if (holds_pack(candidate)) return candidate;
      looked_at += "\n  " + candidate.generic_string();
    }
  }
  throw Error("no rule pack `" + name_or_path + "` (a folder holding pack.yaml); looked at:" + looked_at);
}

}  // namespace eligo
