#pragma once
// The signed file of a two-way integrity notice (廉政信息双向通报) and the Ed25519 keys
// behind it, with libsodium; no database, no HTTP. The format is documented for partner
// units in docs/modules/coop.md ("文件格式 / File format"):
//
//   A UTF-8 JSON object (the envelope):
//     "format"          "qingfeng.coop-notice.v1"
//     "algorithm"       "Ed25519"
//     "signer_unit"     the sending unit's name
//     "signed_at"       ISO 8601 with offset, e.g. "2026-05-06T10:30:00+08:00"
//     "key_fingerprint" SHA-256 of the signer's 32-byte public key, 64 lower-case hex
//     "payload"         base64 (standard, padded) of the payload bytes
//     "signature"       base64 of the 64-byte detached Ed25519 signature over exactly
//                       the payload bytes (not over their base64 text)
//   The payload bytes are a UTF-8 JSON object: "format" "qingfeng.coop-notice-payload.v1",
//   "notice_no", "title", "body", "from_unit", "to_unit", "issued_on" (YYYY-MM-DD) and
//   "signed_at"; from_unit and signed_at must equal the envelope's signer_unit and
//   signed_at, so the envelope's readable fields cannot be altered unnoticed.
//
// Callers may assume: verify_notice_file() returns a notice only when the signature over
// the payload verifies with `expected`; every refusal is kInvalid with field "file", a
// code naming what failed (coop.file.malformed, coop.file.algorithm,
// coop.signature.invalid) and a bilingual message saying it.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/auth/server_key.h"

namespace qf::coop {

inline constexpr std::string_view kEnvelopeFormat = "qingfeng.coop-notice.v1";
inline constexpr std::string_view kPayloadFormat = "qingfeng.coop-notice-payload.v1";

struct PublicKey {
  std::array<unsigned char, 32> bytes{};
  bool operator==(const PublicKey&) const = default;
};
// An Ed25519 key pair from a 32-byte seed. Never stored in the database.
struct SigningKey {
  std::array<unsigned char, 32> seed{};
  PublicKey public_key;
  std::array<unsigned char, 64> secret{};
};

// A public key as users paste it: base64 of the 32 bytes, 64 hex digits, or a PEM
// "PUBLIC KEY" block (SubjectPublicKeyInfo of Ed25519, as openssl and Node export it).
// kInvalid "coop.key.invalid" naming `field` otherwise.
Result<PublicKey> parse_public_key(std::string_view text, const std::string& field);
std::string public_key_base64(const PublicKey& k);
std::string public_key_pem(const PublicKey& k);
// SHA-256 of the 32 key bytes, 64 lower-case hex digits.
std::string fingerprint(const PublicKey& k);

SigningKey signing_key_from_seed(const std::array<unsigned char, 32>& seed);
// A fresh random key pair (the partner side of `qingfeng coop keygen`).
SigningKey generate_signing_key();
// The bureau's own signing key: derived from the server secret key FILE (outside the
// database; security.secret_key_file) with crypto_kdf, context "qfcoop01", subkey 1.
// Every server of one installation therefore signs with the same key; rotating the
// server key (qingfeng security rotate-key) changes it, and partners must then be sent
// the new public key (shown with its fingerprint on the co-construction page).
SigningKey bureau_signing_key(const auth::ServerKey& server_key);
// Notice files and visit comments are sealed at rest with subkey 2 of the same context
// (coop_store.cpp, auth::seal_value).
inline constexpr const char* kSealContext = "qfcoop01";
inline constexpr uint64_t kSealSubkey = 2;

// What a notice says (the payload).
struct NoticePayload {
  std::string notice_no;
  std::string title;
  std::string body;
  std::string from_unit;
  std::string to_unit;
  std::string issued_on;  // YYYY-MM-DD
  std::string signed_at;  // ISO 8601 with offset
};

// The envelope bytes of `p` signed with `key` (signer_unit = p.from_unit).
std::string sign_notice_file(const SigningKey& key, const NoticePayload& p);

// A parsed envelope, before its signature is checked.
struct NoticeEnvelope {
  std::string signer_unit;
  std::string signed_at;
  std::string key_fingerprint;
  std::string payload;    // the exact bytes
  std::string signature;  // 64 bytes
};
// Parses the envelope (every field present and well-formed); coop.file.malformed or
// coop.file.algorithm naming what is wrong.
Result<NoticeEnvelope> parse_notice_file(std::string_view file);
// True when env.signature is a valid Ed25519 signature of env.payload under `key`.
bool signature_verifies(const NoticeEnvelope& env, const PublicKey& key);
// Checks the signature with `expected` (the partner's registered key; `partner_name` for
// messages), then reads the payload. See the contract above.
Result<NoticePayload> verify_notice_file(std::string_view file, const PublicKey& expected,
                                         const std::string& partner_name);

// SHA-256 of bytes, hex (the file's identity: the same file is stored once).
std::string sha256_hex(std::string_view bytes);

}  // namespace qf::coop
