// SHA-256 and HMAC-SHA256 through OpenSSL's libcrypto, and the key of the pseudonymiser.
#include <fcntl.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
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

struct ClosedOnExit {
  explicit ClosedOnExit(int opened) : descriptor(opened) {}
  int descriptor;
  ClosedOnExit(const ClosedOnExit&) = delete;
  ClosedOnExit& operator=(const ClosedOnExit&) = delete;
  ~ClosedOnExit() { ::close(descriptor); }
};

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
  // Each use gets its own key derived from the deployer's, so that a value computed for one
  // use (a pseudonym, a reason's hash) can never pass for another (a line's seal).
  seal_key_ = hmac_sha256_hex(key_, "eligo audit log seal key");
  reason_key_ = hmac_sha256_hex(key_, "eligo audit reason key");
}

Pseudonymiser Pseudonymiser::from_key_file(const std::filesystem::path& file) {
  const auto refuse = [&](const std::string& why) -> Pseudonymiser {
    throw Error(SourceLocation{file.string(), 0, 0}, "cannot use this audit key file: " + why);
  };
  // O_NONBLOCK: opening a FIFO without a writer would otherwise wait for ever.
  const int descriptor = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (descriptor < 0) return refuse(std::strerror(errno));
  const ClosedOnExit closer{descriptor};
  struct stat status {};
  if (::fstat(descriptor, &status) != 0) return refuse(std::strerror(errno));
  if (!S_ISREG(status.st_mode)) return refuse("it is not a regular file (a FIFO, a device or a folder)");
  if (status.st_size > static_cast<off_t>(maximum_key_file_bytes))
    return refuse("it has " + std::to_string(status.st_size) + " bytes; a key file holds at most " +
                  std::to_string(maximum_key_file_bytes));
  std::string key(maximum_key_file_bytes + 1, '\0');
  std::size_t length = 0;
  while (length < key.size()) {
    const ssize_t got = ::read(descriptor, key.data() + length, key.size() - length);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return refuse(std::strerror(errno));
    if (got == 0) break;
    length += static_cast<std::size_t>(got);
  }
  if (length > maximum_key_file_bytes) return refuse("it grew past " + std::to_string(maximum_key_file_bytes) + " bytes");
  key.resize(length);
  while (!key.empty() && (key.back() == '\n' || key.back() == '\r')) key.pop_back();
  return Pseudonymiser(std::move(key));
}

Pseudonymiser Pseudonymiser::from_environment() {
  if (const char* key = std::getenv("ELIGO_AUDIT_KEY"); key != nullptr && *key != '\0') return Pseudonymiser(key);
  if (const char* file = std::getenv("ELIGO_AUDIT_KEY_FILE"); file != nullptr && *file != '\0')
    return from_key_file(file);
  throw Error(
      "no pseudonymisation key: set ELIGO_AUDIT_KEY or ELIGO_AUDIT_KEY_FILE (at least 32 bytes, e.g. "
      "`openssl rand -hex 32`); the audit log is never written with raw person ids");
}

std::string Pseudonymiser::pseudonym(std::string_view person_id) const {
  return "p-" + hmac_sha256_hex(key_, person_id).substr(0, 32);
}

std::string Pseudonymiser::seal(std::string_view body) const { return hmac_sha256_hex(seal_key_, body); }

std::string Pseudonymiser::reason_hash(std::string_view reason) const {
  return "r-" + hmac_sha256_hex(reason_key_, reason).substr(0, 32);
}

std::string Pseudonymiser::key_id() const { return hmac_sha256_hex(key_, "eligo audit key id").substr(0, 16); }

}  // namespace eligo::audit
