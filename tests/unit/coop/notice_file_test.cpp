// The signed notice file (domain/coop/notice_file.h): a file verifies with the signer's
// key only; each kind of damage is refused with its own code; public keys are read in
// the three forms partners hand over; the bureau's key follows the server key.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/sealed_bytes.h"
#include "domain/auth/value_seal.h"
#include "domain/coop/notice_file.h"

namespace qf::coop {
namespace {

using nlohmann::json;

NoticePayload sample() {
  return {"交易中心廉通〔2026〕3号", "关于廉政情况的通报", "未发现违规问题。", "市公共资源交易中心", "示范局",
          "2026-05-06", "2026-05-06T10:30:00+08:00"};
}

TEST(NoticeFile, VerifiesWithTheSignersKeyAndReturnsThePayload) {
  const SigningKey k = generate_signing_key();
  const std::string file = sign_notice_file(k, sample());
  auto p = verify_notice_file(file, k.public_key, "甲");
  ASSERT_TRUE(p.ok()) << p.error().message_en;
  EXPECT_EQ(p->title, "关于廉政情况的通报");
  EXPECT_EQ(p->body, "未发现违规问题。");
  EXPECT_EQ(json::parse(file)["key_fingerprint"], fingerprint(k.public_key));
  auto other = verify_notice_file(file, generate_signing_key().public_key, "甲");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, "coop.signature.invalid");
  EXPECT_EQ(other.error().field, "file");
}

TEST(NoticeFile, EachDamageIsRefusedWithItsOwnCode) {
  const SigningKey k = generate_signing_key();
  const json env = json::parse(sign_notice_file(k, sample()));
  auto code = [&](const std::string& file) {
    auto r = verify_notice_file(file, k.public_key, "甲");
    return r.ok() ? std::string("ok") : r.error().code;
  };
  json flipped = env;
  std::string payload = *crypto::from_base64(env["payload"].get<std::string>(), crypto::Base64::kStandard);
  payload[payload.size() / 2] ^= 1;
  flipped["payload"] = crypto::to_base64(payload, crypto::Base64::kStandard);
  EXPECT_EQ(code(flipped.dump()), "coop.signature.invalid");
  json sig = env;
  std::string s = *crypto::from_base64(env["signature"].get<std::string>(), crypto::Base64::kStandard);
  s[0] ^= 1;
  sig["signature"] = crypto::to_base64(s, crypto::Base64::kStandard);
  EXPECT_EQ(code(sig.dump()), "coop.signature.invalid");
  json shortsig = env;
  shortsig["signature"] = crypto::to_base64("abc", crypto::Base64::kStandard);
  EXPECT_EQ(code(shortsig.dump()), "coop.file.malformed");
  json time = env;
  time["signed_at"] = "2026-01-01T00:00:00+08:00";
  EXPECT_EQ(code(time.dump()), "coop.file.malformed");
  json fmt = env;
  fmt["format"] = "something-else";
  EXPECT_EQ(code(fmt.dump()), "coop.file.malformed");
  json algo = env;
  algo["algorithm"] = "RSA";
  EXPECT_EQ(code(algo.dump()), "coop.file.algorithm");
  // SM2 is known (issue 18): an Ed25519 signature claimed as SM2 is not a DER SM2 signature.
  json sm2 = env;
  sm2["algorithm"] = "SM2";
  EXPECT_EQ(code(sm2.dump()), "coop.file.malformed");
  EXPECT_EQ(code(""), "coop.file.malformed");
  EXPECT_EQ(code("[1,2]"), "coop.file.malformed");
  EXPECT_EQ(code(env.dump()), "ok");
}

TEST(PublicKeys, AreReadAsBase64HexOrPemAndAnythingElseIsRefused) {
  const SigningKey k = generate_signing_key();
  const std::string b64 = public_key_base64(k.public_key);
  std::string hex;
  for (unsigned char c : k.public_key.bytes) hex += "0123456789abcdef"[c >> 4], hex += "0123456789abcdef"[c & 15];
  for (const std::string& text : {b64, hex, public_key_pem(k.public_key), "  " + b64 + "\n"}) {
    auto p = parse_public_key(text, "public_key");
    ASSERT_TRUE(p.ok()) << text;
    EXPECT_EQ(*p, k.public_key);
  }
  for (const std::string& bad : {std::string(), std::string("abc"), hex.substr(2),
                                 std::string("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")}) {
    auto p = parse_public_key(bad, "public_key");
    ASSERT_FALSE(p.ok()) << bad;
    EXPECT_EQ(p.error().field, "public_key");
  }
  EXPECT_EQ(fingerprint(k.public_key).size(), 64u);
}

TEST(BureauKey, FollowsTheServerKeyAndDiffersFromTheSealingKey) {
  auth::ServerKey a, b;
  a.bytes.fill(1);
  b.bytes.fill(2);
  EXPECT_EQ(bureau_signing_key(a).public_key, bureau_signing_key(a).public_key);
  EXPECT_NE(bureau_signing_key(a).public_key, bureau_signing_key(b).public_key);
  auto sealing = [](const auth::ServerKey& k) { return auth::derive_subkey(k, kSealContext, kSealSubkey); };
  EXPECT_NE(sealing(a), sealing(b));
  EXPECT_NE(sealing(a), std::string(reinterpret_cast<const char*>(bureau_signing_key(a).seed.data()), 32));
}

}  // namespace
}  // namespace qf::coop
