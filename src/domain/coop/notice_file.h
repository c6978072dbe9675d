#pragma once
// The signed file of a two-way integrity notice (廉政信息双向通报) and the keys behind
// it: Ed25519 (libsodium) or SM2 with SM3 (国密, OpenSSL 3, sm2.h); no database, no HTTP. The format is documented for partner
// units in docs/modules/coop.md ("文件格式 / File format"):
//
//   A UTF-8 JSON object (the envelope):
//     "format"          "qingfeng.coop-notice.v1"
//     "algorithm"       "Ed25519" or "SM2"
//     "signer_unit"     the sending unit's name
//     "signed_at"       ISO 8601 with offset, e.g. "2026-05-06T10:30:00+08:00"
//     "key_fingerprint" SHA-256 of the signer's public key (Ed25519: the 32 bytes; SM2:
//                       the DER SubjectPublicKeyInfo), 64 lower-case hex
//     "payload"         base64 (standard, padded) of the payload bytes
//     "signature"       base64 of the signature over exactly the payload bytes (not
//                       over their base64 text): Ed25519 the 64-byte detached
//                       signature; SM2 the DER signature with SM3 and the default ID
//                       "1234567812345678" (GB/T 32918, GM/T 0009)
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

enum class KeyAlgorithm { kEd25519, kSM2 };
// "Ed25519" / "SM2", as in the envelope's "algorithm".
std::string algorithm_name(KeyAlgorithm a);

struct PublicKey {
  KeyAlgorithm algorithm = KeyAlgorithm::kEd25519;
  std::array<unsigned char, 32> bytes{};  // Ed25519
  std::string der;                        // SM2: DER SubjectPublicKeyInfo
  bool operator==(const PublicKey&) const = default;
};
// A key pair. Ed25519 from a 32-byte seed; SM2 as a PKCS#8 PEM. Never stored in the
// database.
struct SigningKey {
  KeyAlgorithm algorithm = KeyAlgorithm::kEd25519;
  std::array<unsigned char, 32> seed{};
  PublicKey public_key;
  std::array<unsigned char, 64> secret{};
  std::string sm2_private_pem;
};

// A public key as users paste it: Ed25519 as base64 of the 32 bytes, 64 hex digits, or a
// PEM "PUBLIC KEY" block (as openssl and Node export it); SM2 as a PEM "PUBLIC KEY" block
// (or the base64 of its DER), as `openssl pkey -pubout` writes it for a key of the curve
// SM2. kInvalid "coop.key.invalid" naming `field` otherwise.
Result<PublicKey> parse_public_key(std::string_view text, const std::string& field);
// Ed25519: base64 of the 32 bytes; SM2: base64 of the DER SubjectPublicKeyInfo.
std::string public_key_base64(const PublicKey& k);
std::string public_key_pem(const PublicKey& k);
// What the database keeps for a partner's key: Ed25519 the base64 of the 32 bytes (as
// before SM2), SM2 the PEM block. parse_public_key reads both back.
std::string stored_key_text(const PublicKey& k);
// SHA-256 of the key (Ed25519: the 32 bytes; SM2: the DER SubjectPublicKeyInfo), 64
// lower-case hex digits.
std::string fingerprint(const PublicKey& k);

SigningKey signing_key_from_seed(const std::array<unsigned char, 32>& seed);
// A fresh random key pair (the partner side of `qingfeng coop keygen`).
SigningKey generate_signing_key();
// SM2: a fresh random key; a key from a PEM PRIVATE KEY of the curve SM2 (kInvalid
// "coop.key.invalid" otherwise); the PEM of a key.
SigningKey generate_sm2_signing_key();
Result<SigningKey> sm2_signing_key_from_pem(std::string_view pem, const std::string& field);
// The bureau's own signing key: derived from the server secret key FILE (outside the
// database; security.secret_key_file) with crypto_kdf, context "qfcoop01", subkey 1.
// Every server of one installation therefore signs with the same key; rotating the
// server key (qingfeng security rotate-key) changes it, and partners must then be sent
// the new public key (shown with its fingerprint on the co-construction page).
SigningKey bureau_signing_key(const auth::ServerKey& server_key);
// The bureau's SM2 key, derived the same way (subkey 3): used for the notices sent to a
// partner whose registered key is SM2.
SigningKey bureau_sm2_signing_key(const auth::ServerKey& server_key);
SigningKey bureau_signing_key(const auth::ServerKey& server_key, KeyAlgorithm a);
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

// The envelope bytes of `p` signed with `key` (signer_unit = p.from_unit; algorithm the
// key's).
std::string sign_notice_file(const SigningKey& key, const NoticePayload& p);

// A parsed envelope, before its signature is checked.
struct NoticeEnvelope {
  KeyAlgorithm algorithm = KeyAlgorithm::kEd25519;
  std::string signer_unit;
  std::string signed_at;
  std::string key_fingerprint;
  std::string payload;    // the exact bytes
  std::string signature;  // Ed25519: 64 bytes; SM2: DER
};
// Parses the envelope (every field present and well-formed); coop.file.malformed or
// coop.file.algorithm naming what is wrong.
Result<NoticeEnvelope> parse_notice_file(std::string_view file);
// True when env.signature is a valid signature of env.payload under `key` (false when
// the envelope's algorithm is not the key's).
bool signature_verifies(const NoticeEnvelope& env, const PublicKey& key);
// Checks the signature with `expected` (the partner's registered key; `partner_name` for
// messages), then reads the payload. See the contract above.
Result<NoticePayload> verify_notice_file(std::string_view file, const PublicKey& expected,
                                         const std::string& partner_name);

// SHA-256 of bytes, hex (the file's identity: the same file is stored once).
std::string sha256_hex(std::string_view bytes);

}  // namespace qf::coop
