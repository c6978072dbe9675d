// SM2 signatures with OpenSSL 3: see sm2.h.
#include "domain/coop/sm2.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <memory>
#include <stdexcept>

namespace qf::coop::sm2 {
namespace {

struct Free {
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
  void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
  void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
  void operator()(BIO* p) const { BIO_free(p); }
  void operator()(BIGNUM* p) const { BN_clear_free(p); }
  void operator()(BN_CTX* p) const { BN_CTX_free(p); }
  void operator()(EC_GROUP* p) const { EC_GROUP_free(p); }
  void operator()(EC_POINT* p) const { EC_POINT_free(p); }
  void operator()(OSSL_PARAM_BLD* p) const { OSSL_PARAM_BLD_free(p); }
  void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
};
template <class T>
using Ptr = std::unique_ptr<T, Free>;

[[noreturn]] void fail(const char* what) { throw std::runtime_error(std::string("SM2: ") + what); }

// SM2 keys only: OpenSSL 3 reads an EC key of the curve SM2 as type "SM2".
bool is_sm2(const EVP_PKEY* k) { return k != nullptr && EVP_PKEY_is_a(k, "SM2"); }

std::string der_of_public(EVP_PKEY* k) {
  unsigned char* out = nullptr;
  const int n = i2d_PUBKEY(k, &out);
  if (n <= 0) fail("public key encoding");
  std::string der(reinterpret_cast<const char*>(out), static_cast<size_t>(n));
  OPENSSL_free(out);
  return der;
}

std::string pem_of_private(EVP_PKEY* k) {
  Ptr<BIO> bio(BIO_new(BIO_s_mem()));
  if (!bio || PEM_write_bio_PrivateKey(bio.get(), k, nullptr, nullptr, 0, nullptr, nullptr) != 1)
    fail("private key encoding");
  char* data = nullptr;
  const long n = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<size_t>(n));
}

Ptr<EVP_PKEY> read_private(std::string_view pem) {
  Ptr<BIO> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  if (!bio) return nullptr;
  return Ptr<EVP_PKEY>(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

Ptr<EVP_PKEY> read_public(std::string_view der) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(der.data());
  Ptr<EVP_PKEY> k(d2i_PUBKEY(nullptr, &p, static_cast<long>(der.size())));
  if (k && p != reinterpret_cast<const unsigned char*>(der.data()) + der.size()) return nullptr;  // trailing bytes
  return k;
}

// An EVP_MD_CTX set up for SM2 with SM3 and the default ID.
struct DigestCtx {
  Ptr<EVP_MD_CTX> md;
  Ptr<EVP_PKEY_CTX> pctx;
};
bool init_ctx(DigestCtx& d, EVP_PKEY* k, bool sign) {
  d.md.reset(EVP_MD_CTX_new());
  d.pctx.reset(EVP_PKEY_CTX_new(k, nullptr));
  if (!d.md || !d.pctx) return false;
  if (EVP_PKEY_CTX_set1_id(d.pctx.get(), kSm2DefaultId.data(), kSm2DefaultId.size()) <= 0) return false;
  EVP_MD_CTX_set_pkey_ctx(d.md.get(), d.pctx.get());
  return sign ? EVP_DigestSignInit(d.md.get(), nullptr, EVP_sm3(), nullptr, k) == 1
              : EVP_DigestVerifyInit(d.md.get(), nullptr, EVP_sm3(), nullptr, k) == 1;
}

}  // namespace

std::optional<std::string> public_der_if_sm2(std::string_view der) {
  Ptr<EVP_PKEY> k = read_public(der);
  if (!is_sm2(k.get())) return std::nullopt;
  return der_of_public(k.get());
}

std::string public_pem(std::string_view spki_der) {
  Ptr<EVP_PKEY> k = read_public(spki_der);
  if (!k) fail("public key decoding");
  Ptr<BIO> bio(BIO_new(BIO_s_mem()));
  if (!bio || PEM_write_bio_PUBKEY(bio.get(), k.get()) != 1) fail("public key encoding");
  char* data = nullptr;
  const long n = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<size_t>(n));
}

KeyPair key_from_secret(const std::array<unsigned char, 32>& secret) {
  Ptr<EC_GROUP> group(EC_GROUP_new_by_curve_name(NID_sm2));
  Ptr<BN_CTX> bn(BN_CTX_new());
  if (!group || !bn) fail("curve");
  Ptr<BIGNUM> d(BN_bin2bn(secret.data(), static_cast<int>(secret.size()), nullptr));
  Ptr<BIGNUM> bound(BN_dup(EC_GROUP_get0_order(group.get())));
  if (!d || !bound || BN_sub_word(bound.get(), 2) != 1 || BN_nnmod(d.get(), d.get(), bound.get(), bn.get()) != 1 ||
      BN_add_word(d.get(), 1) != 1)
    fail("scalar");
  Ptr<EC_POINT> pub(EC_POINT_new(group.get()));
  unsigned char point[65];
  if (!pub || EC_POINT_mul(group.get(), pub.get(), d.get(), nullptr, nullptr, bn.get()) != 1 ||
      EC_POINT_point2oct(group.get(), pub.get(), POINT_CONVERSION_UNCOMPRESSED, point, sizeof point, bn.get()) !=
          sizeof point)
    fail("public point");
  Ptr<OSSL_PARAM_BLD> bld(OSSL_PARAM_BLD_new());
  if (!bld || OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "SM2", 0) != 1 ||
      OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, d.get()) != 1 ||
      OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point) != 1)
    fail("parameters");
  Ptr<OSSL_PARAM> params(OSSL_PARAM_BLD_to_param(bld.get()));
  Ptr<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "SM2", nullptr));
  EVP_PKEY* raw = nullptr;
  if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
      EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_KEYPAIR, params.get()) != 1)
    fail("key from data");
  Ptr<EVP_PKEY> k(raw);
  return KeyPair{pem_of_private(k.get()), der_of_public(k.get())};
}

KeyPair generate() {
  std::array<unsigned char, 32> secret{};
  if (RAND_bytes(secret.data(), static_cast<int>(secret.size())) != 1) fail("random");
  KeyPair k = key_from_secret(secret);
  OPENSSL_cleanse(secret.data(), secret.size());
  return k;
}

std::optional<KeyPair> key_from_private_pem(std::string_view pem) {
  Ptr<EVP_PKEY> k = read_private(pem);
  if (!is_sm2(k.get())) return std::nullopt;
  return KeyPair{pem_of_private(k.get()), der_of_public(k.get())};
}

std::string sign(const std::string& private_pem, std::string_view message) {
  Ptr<EVP_PKEY> k = read_private(private_pem);
  if (!is_sm2(k.get())) fail("not an SM2 private key");
  DigestCtx d;
  if (!init_ctx(d, k.get(), true)) fail("sign init");
  size_t len = 0;
  const auto* msg = reinterpret_cast<const unsigned char*>(message.data());
  if (EVP_DigestSign(d.md.get(), nullptr, &len, msg, message.size()) != 1) fail("sign length");
  std::string sig(len, '\0');
  if (EVP_DigestSign(d.md.get(), reinterpret_cast<unsigned char*>(sig.data()), &len, msg, message.size()) != 1)
    fail("sign");
  sig.resize(len);
  return sig;
}

bool verify(std::string_view public_der, std::string_view message, std::string_view signature) {
  Ptr<EVP_PKEY> k = read_public(public_der);
  if (!is_sm2(k.get())) return false;
  DigestCtx d;
  if (!init_ctx(d, k.get(), false)) return false;
  return EVP_DigestVerify(d.md.get(), reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                          reinterpret_cast<const unsigned char*>(message.data()), message.size()) == 1;
}

}  // namespace qf::coop::sm2
