#include "core/file_set.hpp"

#include <openssl/evp.h>

#include <array>
#include <fstream>
#include <memory>
#include <sstream>

#include "core/file_output.hpp"
#include "eligo/error.hpp"

namespace eligo::detail {
namespace {

constexpr std::string_view incomplete_mark = "# incomplete: this set is being written, or its writing was interrupted";

struct DigestContextDeleter {
  void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

std::filesystem::path folder_of(const std::filesystem::path& file) {
  return file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
}

}  // namespace

std::string sha256_of_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(SourceLocation{file.string(), 0, 0}, "cannot read the file");
  const std::unique_ptr<EVP_MD_CTX, DigestContextDeleter> context(EVP_MD_CTX_new());
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) throw Error("SHA-256 failed");
  std::array<char, 1 << 16> block{};
  while (in) {
    in.read(block.data(), block.size());
    if (in.gcount() > 0 && EVP_DigestUpdate(context.get(), block.data(), static_cast<std::size_t>(in.gcount())) != 1)
      throw Error("SHA-256 failed");
  }
  if (in.bad()) throw Error(SourceLocation{file.string(), 0, 0}, "reading failed");
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(context.get(), digest.data(), &length) != 1) throw Error("SHA-256 failed");
  static constexpr char digits[] = "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    hex += digits[digest[i] >> 4];
    hex += digits[digest[i] & 0x0f];
  }
  return hex;
}

void begin_file_set(const std::filesystem::path& folder) {
  write_file_whole(folder / set_manifest_name, std::string(incomplete_mark) + "\n");
}

void finish_file_set(const std::filesystem::path& folder, const std::vector<std::string>& names) {
  std::string manifest;
  for (const std::string& name : names) manifest += sha256_of_file(folder / name) + "  " + name + "\n";
  write_file_whole(folder / set_manifest_name, manifest);
}

void check_file_in_set(const std::filesystem::path& file) {
  const std::filesystem::path manifest_path = folder_of(file) / set_manifest_name;
  std::ifstream manifest(manifest_path, std::ios::binary);
  if (!manifest) return;
  const std::string name = file.filename().string();
  std::string line;
  int number = 0;
  while (std::getline(manifest, line)) {
    ++number;
    if (line == incomplete_mark)
      throw Error(SourceLocation{manifest_path.string(), number, 1},
                  "the set of files in this folder is incomplete: its writing was interrupted or is still under "
                  "way, so " + name + " may not belong with the other files; write the set again");
    // `sha256sum` format: 64 hexadecimal digits, two spaces, the name.
    if (line.size() < 67 || line.compare(64, 2, "  ") != 0 || line.substr(66) != name) continue;
    if (sha256_of_file(file) != line.substr(0, 64))
      throw Error(SourceLocation{file.string(), 0, 0},
                  "this file does not match the SHA-256 that " + manifest_path.string() + " line " +
                      std::to_string(number) + " records for it: the folder mixes files of two runs (an interrupted "
                      "`eligo synth`?) or the file was changed since; write the set again");
    return;
  }
}

}  // namespace eligo::detail
