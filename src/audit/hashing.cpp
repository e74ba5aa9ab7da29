// SHA-256 and HMAC-SHA256 through OpenSSL's libcrypto, and the key of the pseudonymiser.
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include "eligo/audit.hpp"
#include "eligo/error.hpp"

namespace eligo::audit {
namespace {

std::string to_hex(const unsigned char* bytes, std::size_t length) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * length);
  for (std::size_t i = 0; i < length; ++i) {
    hex += digits[bytes[i] >> 4];
    hex += digits[bytes[i] & 0x0f];
  }
  return hex;
}

struct DigestContextDeleter {
  void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

std::string hmac_sha256_hex(const std::string& key, std::string_view data) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  const unsigned char* result =
      HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(data.data()),
           data.size(), digest.data(), &length);
  if (result == nullptr) throw Error("HMAC-SHA256 failed");
  return to_hex(digest.data(), length);
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  const std::unique_ptr<EVP_MD_CTX, DigestContextDeleter> context(EVP_MD_CTX_new());
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1 ||
      EVP_DigestUpdate(context.get(), bytes.data(), bytes.size()) != 1 ||
      EVP_DigestFinal_ex(context.get(), digest.data(), &length) != 1)
    throw Error("SHA-256 failed");
  return to_hex(digest.data(), length);
}

std::string sha256_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(SourceLocation{path.string(), 0, 0}, "cannot read the file");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return sha256_hex(bytes.str());
}

Pseudonymiser::Pseudonymiser(std::string key) : key_(std::move(key)) {
  if (key_.size() < minimum_key_bytes)
    throw Error("the pseudonymisation key has " + std::to_string(key_.size()) + " bytes; at least " +
                std::to_string(minimum_key_bytes) + " are required (e.g. `openssl rand -hex 32`)");
}

Pseudonymiser Pseudonymiser::from_environment() {
  if (const char* key = std::getenv("ELIGO_AUDIT_KEY"); key != nullptr && *key != '\0') return Pseudonymiser(key);
  if (const char* file = std::getenv("ELIGO_AUDIT_KEY_FILE"); file != nullptr && *file != '\0') {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(std::string("cannot read the key file named by ELIGO_AUDIT_KEY_FILE: ") + file);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::string key = bytes.str();
    while (!key.empty() && (key.back() == '\n' || key.back() == '\r')) key.pop_back();
    return Pseudonymiser(std::move(key));
  }
  throw Error(
      "no pseudonymisation key: set ELIGO_AUDIT_KEY or ELIGO_AUDIT_KEY_FILE (at least 32 bytes, e.g. "
      "`openssl rand -hex 32`); the audit log is never written with raw person ids");
}

std::string Pseudonymiser::pseudonym(std::string_view person_id) const {
  return "p-" + hmac_sha256_hex(key_, person_id).substr(0, 32);
}

std::string Pseudonymiser::key_id() const { return hmac_sha256_hex(key_, "eligo audit key id").substr(0, 16); }

}  // namespace eligo::audit
