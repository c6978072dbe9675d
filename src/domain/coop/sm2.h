#pragma once
// SM2 signatures (国密, GB/T 32918 with SM3, GM/T 0009) for co-construction notice files,
// with OpenSSL 3 (EVP_PKEY of type SM2). Internal to domain/coop: notice_file.cpp
// dispatches here when a key or an envelope says "SM2". Every signature uses the
// default distinguishing identifier of GM/T 0009, kSm2DefaultId ("1234567812345678"),
// and the SM3 digest, so a file signed here verifies with
//   openssl pkeyutl -verify -rawin -digest sm3 -pkeyopt distid:1234567812345678 …
// and a signature made that way verifies here. Signatures are DER (SEQUENCE of r, s),
// as openssl writes them. Keys travel as PEM: PUBLIC KEY (SubjectPublicKeyInfo, id-ecPublicKey
// with the curve SM2) and PRIVATE KEY (PKCS#8).
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace qf::coop::sm2 {

inline constexpr std::string_view kSm2DefaultId = "1234567812345678";

// The DER SubjectPublicKeyInfo of `der` when it is an SM2 public key (re-encoded by
// OpenSSL), nullopt otherwise.
std::optional<std::string> public_der_if_sm2(std::string_view der);
// PEM "PUBLIC KEY" block of a DER SubjectPublicKeyInfo.
std::string public_pem(std::string_view spki_der);

struct KeyPair {
  std::string private_pem;  // PKCS#8 PRIVATE KEY
  std::string public_der;   // SubjectPublicKeyInfo
};
// A key from a 32-byte secret: the scalar is secret mod (n − 2) + 1 (deterministic:
// the bureau's key is derived from the server key, the same on every server).
KeyPair key_from_secret(const std::array<unsigned char, 32>& secret);
// A fresh random key.
KeyPair generate();
// A PEM PRIVATE KEY (PKCS#8 or "EC PRIVATE KEY") of the curve SM2; nullopt otherwise.
std::optional<KeyPair> key_from_private_pem(std::string_view pem);

// The DER signature of `message` (SM3, default ID). Throws std::runtime_error when
// OpenSSL fails (a bad private key is a programming error here).
std::string sign(const std::string& private_pem, std::string_view message);
// True when `signature` (DER) verifies for `message` under the SubjectPublicKeyInfo.
bool verify(std::string_view public_der, std::string_view message, std::string_view signature);

}  // namespace qf::coop::sm2
