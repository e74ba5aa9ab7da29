#include "pack/content_hash.hpp"

#include <openssl/evp.h>

#include <array>
#include <memory>

#include "eligo/error.hpp"

namespace eligo::pack_detail {
namespace {

struct DigestContextDeleter {
  void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

void update(EVP_MD_CTX* context, const std::string& bytes) {
  if (EVP_DigestUpdate(context, bytes.data(), bytes.size()) != 1) throw Error("SHA-256 update failed");
}

}  // namespace

std::string content_hash(const std::vector<PackFile>& files) {
  const std::unique_ptr<EVP_MD_CTX, DigestContextDeleter> context(EVP_MD_CTX_new());
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) throw Error("SHA-256 unavailable");
  for (const auto& file : files) {
    // Path and length before the bytes, each ended by a NUL, so that moving bytes from
    // one file to the next, or renaming a file, changes the hash.
    update(context.get(), file.relative_path + '\0' + std::to_string(file.bytes.size()) + '\0');
    update(context.get(), file.bytes);
  }
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(context.get(), digest.data(), &length) != 1) throw Error("SHA-256 final step failed");
  static constexpr char hex_digits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    hex += hex_digits[digest[i] >> 4];
    hex += hex_digits[digest[i] & 0x0f];
  }
  return hex;
}

}  // namespace eligo::pack_detail
