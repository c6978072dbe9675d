// core/sealed_bytes: the shared AEAD and base64 used by sealed report parts, sealed
// TOTP secrets, session tokens and intake challenges.
#include "core/sealed_bytes.h"

#include <gtest/gtest.h>

namespace qf::crypto {
namespace {

const std::string kKey(kAeadKeyBytes, '\x42');

TEST(SealedBytes, OpensOnlyWithTheSameKeyAndAssociatedData) {
  std::string sealed = aead_seal(kKey, "ad:1", "secret text");
  EXPECT_EQ(sealed.find("secret text"), std::string::npos);
  EXPECT_EQ(sealed.size(), 24u + 11u + 16u);
  auto opened = aead_open(kKey, "ad:1", sealed);
  ASSERT_TRUE(opened.has_value());
  EXPECT_EQ(*opened, "secret text");
  EXPECT_FALSE(aead_open(kKey, "ad:2", sealed).has_value());
  EXPECT_FALSE(aead_open(std::string(kAeadKeyBytes, '\x43'), "ad:1", sealed).has_value());
  EXPECT_FALSE(aead_open(kKey.substr(1), "ad:1", sealed).has_value());
  std::string altered = sealed;
  altered[30] ^= 1;
  EXPECT_FALSE(aead_open(kKey, "ad:1", altered).has_value());
  EXPECT_FALSE(aead_open(kKey, "ad:1", sealed.substr(0, 39)).has_value());
  // A fresh nonce each time: the same plaintext never seals to the same bytes.
  EXPECT_NE(aead_seal(kKey, "ad:1", "secret text"), sealed);
  EXPECT_EQ(*aead_open(kKey, "", aead_seal(kKey, "", "")), "");
}

TEST(SealedBytes, Base64RoundTripsAndRefusesWhatIsNotWhollyValid) {
  const std::string bytes("\x00\xff\xfe\x01 binary?>", 12);
  for (Base64 v : {Base64::kStandard, Base64::kUrlSafeNoPadding}) {
    std::string text = to_base64(bytes, v);
    EXPECT_EQ(text.find('\0'), std::string::npos);
    auto back = from_base64(text, v);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, bytes);
    EXPECT_FALSE(from_base64(text + "*", v).has_value());
  }
  EXPECT_EQ(to_base64("ab", Base64::kStandard), "YWI=");
  EXPECT_EQ(to_base64("ab", Base64::kUrlSafeNoPadding), "YWI");
  EXPECT_EQ(to_base64("\xfb\xff", Base64::kStandard), "+/8=");
  EXPECT_EQ(to_base64("\xfb\xff", Base64::kUrlSafeNoPadding), "-_8");
  EXPECT_FALSE(from_base64("+/8=", Base64::kUrlSafeNoPadding).has_value());
  EXPECT_EQ(to_base64("", Base64::kStandard), "");
}

}  // namespace
}  // namespace qf::crypto
