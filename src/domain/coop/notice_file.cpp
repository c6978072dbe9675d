// The signed notice file and its keys: see notice_file.h.
#include "domain/coop/notice_file.h"

#include <sodium.h>

#include <cstring>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/sealed_bytes.h"
#include "domain/coop/sm2.h"

namespace qf::coop {
namespace {

using nlohmann::json;

// DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): 30 2a 30 05 06 03 2b 65 70 03 21 00.
constexpr unsigned char kSpkiPrefix[12] = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

void init_sodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

Error malformed(const std::string& zh, const std::string& en) {
  return Error::invalid("coop.file.malformed", "文件不是有效的廉政共建通报文件：" + zh,
                        "The file is not a valid co-construction notice file: " + en, "file");
}

std::string trim(std::string_view s) {
  const char* ws = " \t\r\n";
  const size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  return std::string(s.substr(b, s.find_last_not_of(ws) - b + 1));
}

std::string hex(const unsigned char* p, size_t n) {
  std::string out(2 * n + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), p, n);
  out.pop_back();
  return out;
}

Result<std::string> string_member(const json& o, const char* key, const std::string& where) {
  auto it = o.find(key);
  if (it == o.end() || !it->is_string())
    return malformed(where + "缺少文字字段 \"" + key + "\"", where.empty() ? std::string("the field \"") + key +
                                                                     "\" is missing or not text"
                                                               : "the payload's field \"" + std::string(key) +
                                                                     "\" is missing or not text");
  return it->get<std::string>();
}

}  // namespace

Result<PublicKey> parse_public_key(std::string_view text_in, const std::string& field) {
  init_sodium();
  const std::string text = trim(text_in);
  auto refuse = [&]() -> Error {
    return Error::invalid("coop.key.invalid",
                          "公钥格式不对：应为 Ed25519 公钥（32 字节的 base64 或 64 位十六进制，或 PEM 格式的 PUBLIC "
                          "KEY），或 SM2 公钥（PEM 格式的 PUBLIC KEY）",
                          "The public key is not valid: it must be an Ed25519 key (32 bytes as base64 or 64 hex digits, "
                          "or a PEM PUBLIC KEY block) or an SM2 key (a PEM PUBLIC KEY block)",
                          field);
  };
  if (text.empty())
    return Error::invalid("coop.key.invalid", "公钥不能为空", "The public key is required", field);
  PublicKey k;
  if (text.size() == 64) {
    size_t len = 0;
    const char* end = nullptr;
    if (sodium_hex2bin(k.bytes.data(), 32, text.data(), text.size(), nullptr, &len, &end) == 0 && len == 32 &&
        end == text.data() + text.size())
      return k;
  }
  std::string b64 = text;
  bool pem = false;
  if (text.rfind("-----BEGIN PUBLIC KEY-----", 0) == 0) {
    const size_t end = text.find("-----END PUBLIC KEY-----");
    if (end == std::string::npos) return refuse();
    b64.clear();
    for (char ch : text.substr(26, end - 26))
      if (ch != '\n' && ch != '\r' && ch != ' ' && ch != '\t') b64 += ch;
    pem = true;
  }
  auto raw = crypto::from_base64(b64, crypto::Base64::kStandard);
  if (!raw) return refuse();
  if (raw->size() > 44) {
    auto der = sm2::public_der_if_sm2(*raw);
    if (!der) return refuse();
    k.algorithm = KeyAlgorithm::kSM2;
    k.der = std::move(*der);
    return k;
  }
  if (pem || raw->size() == 44) {
    if (raw->size() != 44 || std::memcmp(raw->data(), kSpkiPrefix, sizeof kSpkiPrefix) != 0) return refuse();
    std::memcpy(k.bytes.data(), raw->data() + 12, 32);
    return k;
  }
  if (raw->size() != 32) return refuse();
  std::memcpy(k.bytes.data(), raw->data(), 32);
  return k;
}

std::string algorithm_name(KeyAlgorithm a) { return a == KeyAlgorithm::kSM2 ? "SM2" : "Ed25519"; }

std::string public_key_base64(const PublicKey& k) {
  if (k.algorithm == KeyAlgorithm::kSM2) return crypto::to_base64(k.der, crypto::Base64::kStandard);
  return crypto::to_base64(std::string_view(reinterpret_cast<const char*>(k.bytes.data()), 32), crypto::Base64::kStandard);
}

std::string public_key_pem(const PublicKey& k) {
  if (k.algorithm == KeyAlgorithm::kSM2) return sm2::public_pem(k.der);
  std::string der(reinterpret_cast<const char*>(kSpkiPrefix), sizeof kSpkiPrefix);
  der.append(reinterpret_cast<const char*>(k.bytes.data()), 32);
  return "-----BEGIN PUBLIC KEY-----\n" + crypto::to_base64(der, crypto::Base64::kStandard) +
         "\n-----END PUBLIC KEY-----\n";
}

std::string sha256_hex(std::string_view bytes) {
  init_sodium();
  unsigned char h[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(h, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return hex(h, sizeof h);
}

std::string stored_key_text(const PublicKey& k) {
  return k.algorithm == KeyAlgorithm::kSM2 ? public_key_pem(k) : public_key_base64(k);
}

std::string fingerprint(const PublicKey& k) {
  if (k.algorithm == KeyAlgorithm::kSM2) return sha256_hex(k.der);
  return sha256_hex(std::string_view(reinterpret_cast<const char*>(k.bytes.data()), 32));
}

SigningKey signing_key_from_seed(const std::array<unsigned char, 32>& seed) {
  init_sodium();
  SigningKey k;
  k.seed = seed;
  crypto_sign_seed_keypair(k.public_key.bytes.data(), k.secret.data(), seed.data());
  return k;
}

SigningKey generate_signing_key() {
  init_sodium();
  std::array<unsigned char, 32> seed{};
  randombytes_buf(seed.data(), seed.size());
  SigningKey k = signing_key_from_seed(seed);
  sodium_memzero(seed.data(), seed.size());
  return k;
}

SigningKey bureau_signing_key(const auth::ServerKey& server_key) {
  init_sodium();
  std::array<unsigned char, 32> seed{};
  crypto_kdf_derive_from_key(seed.data(), seed.size(), 1, kSealContext, server_key.bytes.data());
  SigningKey k = signing_key_from_seed(seed);
  sodium_memzero(seed.data(), seed.size());
  return k;
}

namespace {
SigningKey sm2_key_of(const sm2::KeyPair& kp) {
  SigningKey k;
  k.algorithm = KeyAlgorithm::kSM2;
  k.sm2_private_pem = kp.private_pem;
  k.public_key.algorithm = KeyAlgorithm::kSM2;
  k.public_key.der = kp.public_der;
  return k;
}
}  // namespace

SigningKey generate_sm2_signing_key() { return sm2_key_of(sm2::generate()); }

Result<SigningKey> sm2_signing_key_from_pem(std::string_view pem, const std::string& field) {
  auto kp = sm2::key_from_private_pem(pem);
  if (!kp)
    return Error::invalid("coop.key.invalid", "不是 SM2 私钥（应为 PEM 格式的 PRIVATE KEY，曲线 SM2）",
                          "Not an SM2 private key (a PEM PRIVATE KEY of the curve SM2 is expected)", field);
  return sm2_key_of(*kp);
}

SigningKey bureau_sm2_signing_key(const auth::ServerKey& server_key) {
  init_sodium();
  std::array<unsigned char, 32> secret{};
  crypto_kdf_derive_from_key(secret.data(), secret.size(), 3, kSealContext, server_key.bytes.data());
  SigningKey k = sm2_key_of(sm2::key_from_secret(secret));
  sodium_memzero(secret.data(), secret.size());
  return k;
}

SigningKey bureau_signing_key(const auth::ServerKey& server_key, KeyAlgorithm a) {
  return a == KeyAlgorithm::kSM2 ? bureau_sm2_signing_key(server_key) : bureau_signing_key(server_key);
}

std::string sign_notice_file(const SigningKey& key, const NoticePayload& p) {
  init_sodium();
  const json payload{{"format", std::string(kPayloadFormat)},
                     {"notice_no", p.notice_no},
                     {"title", p.title},
                     {"body", p.body},
                     {"from_unit", p.from_unit},
                     {"to_unit", p.to_unit},
                     {"issued_on", p.issued_on},
                     {"signed_at", p.signed_at}};
  const std::string bytes = payload.dump();
  std::string sig;
  if (key.algorithm == KeyAlgorithm::kSM2) {
    sig = sm2::sign(key.sm2_private_pem, bytes);
  } else {
    sig.resize(crypto_sign_BYTES);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), key.secret.data());
  }
  json env;
  env["format"] = std::string(kEnvelopeFormat);
  env["algorithm"] = algorithm_name(key.algorithm);
  env["signer_unit"] = p.from_unit;
  env["signed_at"] = p.signed_at;
  env["key_fingerprint"] = fingerprint(key.public_key);
  env["payload"] = crypto::to_base64(bytes, crypto::Base64::kStandard);
  env["signature"] = crypto::to_base64(sig, crypto::Base64::kStandard);
  return env.dump(2) + "\n";
}

Result<NoticeEnvelope> parse_notice_file(std::string_view file) {
  if (file.empty()) return malformed("文件为空", "the file is empty");
  json env = json::parse(file, nullptr, false);
  if (env.is_discarded() || !env.is_object())
    return malformed("不是 JSON 对象（可能已损坏或被改动）", "it is not a JSON object (damaged or altered?)");
  QF_TRY(std::string format, string_member(env, "format", ""));
  if (format != kEnvelopeFormat)
    return malformed("format 为 \"" + format + "\"，应为 \"" + std::string(kEnvelopeFormat) + "\"",
                     "format is \"" + format + "\", expected \"" + std::string(kEnvelopeFormat) + "\"");
  QF_TRY(std::string algorithm, string_member(env, "algorithm", ""));
  NoticeEnvelope out;
  if (algorithm == "SM2") out.algorithm = KeyAlgorithm::kSM2;
  else if (algorithm != "Ed25519")
    return Error::invalid("coop.file.algorithm", "不支持的签名算法 " + algorithm + "（支持 Ed25519 和 SM2）",
                          "Unsupported signature algorithm " + algorithm + " (Ed25519 and SM2 are supported)", "file");
  QF_TRY(out.signer_unit, string_member(env, "signer_unit", ""));
  QF_TRY(out.signed_at, string_member(env, "signed_at", ""));
  QF_TRY(out.key_fingerprint, string_member(env, "key_fingerprint", ""));
  QF_TRY(std::string payload_b64, string_member(env, "payload", ""));
  QF_TRY(std::string sig_b64, string_member(env, "signature", ""));
  auto payload = crypto::from_base64(payload_b64, crypto::Base64::kStandard);
  if (!payload || payload->empty())
    return malformed("payload 不是有效的 base64", "payload is not valid base64");
  auto sig = crypto::from_base64(sig_b64, crypto::Base64::kStandard);
  if (out.algorithm == KeyAlgorithm::kEd25519 && (!sig || sig->size() != crypto_sign_BYTES))
    return malformed("signature 应为 64 字节签名的 base64", "signature must be the base64 of a 64-byte signature");
  // An SM2 signature is DER: SEQUENCE { r, s }, at most 72 bytes.
  if (out.algorithm == KeyAlgorithm::kSM2 && (!sig || sig->size() < 8 || sig->size() > 72 || (*sig)[0] != 0x30))
    return malformed("signature 应为 SM2 签名（DER 编码）的 base64",
                     "signature must be the base64 of a DER-encoded SM2 signature");
  out.payload = std::move(*payload);
  out.signature = std::move(*sig);
  return out;
}

bool signature_verifies(const NoticeEnvelope& env, const PublicKey& key) {
  if (env.algorithm != key.algorithm) return false;
  if (key.algorithm == KeyAlgorithm::kSM2) return sm2::verify(key.der, env.payload, env.signature);
  init_sodium();
  return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(env.signature.data()),
                                     reinterpret_cast<const unsigned char*>(env.payload.data()), env.payload.size(),
                                     key.bytes.data()) == 0;
}

Result<NoticePayload> verify_notice_file(std::string_view file, const PublicKey& expected,
                                         const std::string& partner_name) {
  QF_TRY(NoticeEnvelope env, parse_notice_file(file));
  if (env.algorithm != expected.algorithm)
    return Error::invalid(
        "coop.signature.invalid",
        "签名校验失败：文件使用 " + algorithm_name(env.algorithm) + " 签名，而“" + partner_name + "”登记的是 " +
            algorithm_name(expected.algorithm) + " 公钥（指纹 " + fingerprint(expected).substr(0, 16) + "…）；文件未保存",
        "Signature verification failed: the file is signed with " + algorithm_name(env.algorithm) + " but the key "
        "registered for \"" + partner_name + "\" is " + algorithm_name(expected.algorithm) + " (fingerprint " +
            fingerprint(expected).substr(0, 16) + "…); nothing was stored",
        "file");
  if (!signature_verifies(env, expected))
    return Error::invalid(
        "coop.signature.invalid",
        "签名校验失败：文件内容在签名后被改动，或不是用“" + partner_name + "”登记的公钥（指纹 " +
            fingerprint(expected).substr(0, 16) + "…）签名的；文件未保存",
        "Signature verification failed: the file was altered after signing, or it was not signed with the key "
        "registered for \"" + partner_name + "\" (fingerprint " + fingerprint(expected).substr(0, 16) +
            "…); nothing was stored",
        "file");
  json p = json::parse(env.payload, nullptr, false);
  if (p.is_discarded() || !p.is_object())
    return malformed("签名有效，但通报内容不是 JSON 对象", "the signature is valid but the payload is not a JSON object");
  const std::string where = "通报内容";
  QF_TRY(std::string format, string_member(p, "format", where));
  if (format != kPayloadFormat)
    return malformed("通报内容的 format 应为 \"" + std::string(kPayloadFormat) + "\"",
                     "the payload's format must be \"" + std::string(kPayloadFormat) + "\"");
  NoticePayload out;
  QF_TRY(out.notice_no, string_member(p, "notice_no", where));
  QF_TRY(out.title, string_member(p, "title", where));
  QF_TRY(out.body, string_member(p, "body", where));
  QF_TRY(out.from_unit, string_member(p, "from_unit", where));
  QF_TRY(out.to_unit, string_member(p, "to_unit", where));
  QF_TRY(out.issued_on, string_member(p, "issued_on", where));
  QF_TRY(out.signed_at, string_member(p, "signed_at", where));
  if (out.from_unit != env.signer_unit || out.signed_at != env.signed_at)
    return malformed("信封中的签发单位或签发时间与已签名的通报内容不一致（信封被改动）",
                     "the envelope's signer or time differs from the signed payload (the envelope was altered)");
  if (out.title.empty() || out.notice_no.empty())
    return malformed("通报内容缺少编号或标题", "the payload has no number or title");
  return out;
}

}  // namespace qf::coop
