// Finding a pack by name among the folders where packs are installed.
//
// An installed eligo finds its packs relative to where its code is (the `eligo` program or
// the shared library, found with dladdr), never at a path fixed when it was built: a
// prefix copied or moved elsewhere keeps working, and a removed build clone is never read.
#include <dlfcn.h>
#include <link.h>

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

// The file holding this code: the shared library itself, or the program a static library
// is linked into; empty when the system cannot say. For the program, dladdr would give
// argv[0] ("eligo" when run from PATH), so /proc/self/exe is read instead.
fs::path file_of_this_code() {
  Dl_info info{};
  link_map* map = nullptr;
  if (dladdr1(reinterpret_cast<const void*>(&holds_pack), &info, reinterpret_cast<void**>(&map), RTLD_DL_LINKMAP) == 0)
    return {};
  const bool in_a_library = map != nullptr && map->l_name != nullptr && map->l_name[0] != '\0';
  std::error_code failure;
  const fs::path file = in_a_library ? fs::canonical(map->l_name, failure) : fs::read_symlink("/proc/self/exe", failure);
  return failure ? fs::path() : file;
}

// Where the installed rules are, seen from the installed code: ELIGO_RULES_FROM_BINDIR
// from the program's folder, ELIGO_RULES_FROM_LIBDIR from the shared library's. Then, for
// code running from the build tree (not installed yet), the source tree's rules/: code
// anywhere else never reads the clone it was built from.
std::vector<fs::path> folders_beside_the_code() {
  const fs::path file = file_of_this_code();
  if (file.empty()) return {};
  const fs::path folder = file.parent_path();
  std::vector<fs::path> folders{(folder / ELIGO_RULES_FROM_BINDIR).lexically_normal()};
  const fs::path from_library = (folder / ELIGO_RULES_FROM_LIBDIR).lexically_normal();
  if (from_library != folders.front()) folders.push_back(from_library);
  const std::string build_dir = ELIGO_BUILD_DIR;
  if (!build_dir.empty() && (folder.generic_string() + "/").starts_with(build_dir + "/"))
    folders.emplace_back(ELIGO_SOURCE_RULES_DIR);
  return folders;
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
  {
    RegisteredFolders& registered = registered_folders();
    const std::lock_guard lock(registered.mutex);
    folders.insert(folders.end(), registered.folders.begin(), registered.folders.end());
  }
  for (fs::path& folder : folders_beside_the_code()) folders.push_back(std::move(folder));
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
