#include "core/sealed_bytes.h"

#include <sodium.h>

#include <cstdlib>
#include <mutex>

namespace qf::crypto {
namespace {

void ensure_init() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) std::abort();
  });
}

const unsigned char* u(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }
unsigned char* u(std::string& s) { return reinterpret_cast<unsigned char*>(s.data()); }

constexpr size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(kAeadKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

int variant_of(Base64 v) {
  return v == Base64::kStandard ? sodium_base64_VARIANT_ORIGINAL : sodium_base64_VARIANT_URLSAFE_NO_PADDING;
}

}  // namespace

std::string aead_seal(std::string_view key, std::string_view associated_data, std::string_view plaintext) {
  ensure_init();
  if (key.size() != kAeadKeyBytes) std::abort();  // a programming error, never data
  std::string out(kNonce + plaintext.size() + kTag, '\0');
  randombytes_buf(out.data(), kNonce);
  unsigned long long clen = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(u(out) + kNonce, &clen, u(plaintext), plaintext.size(),
                                             u(associated_data), associated_data.size(), nullptr, u(out), u(key));
  out.resize(kNonce + clen);
  return out;
}

std::optional<std::string> aead_open(std::string_view key, std::string_view associated_data, std::string_view sealed) {
  ensure_init();
  if (key.size() != kAeadKeyBytes || sealed.size() < kNonce + kTag) return std::nullopt;
  std::string out(sealed.size() - kNonce - kTag, '\0');
  unsigned long long mlen = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(u(out), &mlen, nullptr, u(sealed) + kNonce, sealed.size() - kNonce,
                                                 u(associated_data), associated_data.size(), u(sealed),
                                                 u(key)) != 0)
    return std::nullopt;
  out.resize(mlen);
  return out;
}

std::string to_base64(std::string_view bytes, Base64 variant) {
  ensure_init();
  std::string out(sodium_base64_encoded_len(bytes.size(), variant_of(variant)), '\0');
  sodium_bin2base64(out.data(), out.size(), u(bytes), bytes.size(), variant_of(variant));
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::optional<std::string> from_base64(std::string_view text, Base64 variant) {
  ensure_init();
  std::string out(text.size(), '\0');
  size_t len = 0;
  const char* end = nullptr;
  if (sodium_base642bin(u(out), out.size(), text.data(), text.size(), nullptr, &len, &end, variant_of(variant)) != 0 ||
      end != text.data() + text.size())
    return std::nullopt;
  out.resize(len);
  return out;
}

}  // namespace qf::crypto
