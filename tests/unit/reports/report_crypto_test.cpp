// Sealing parts, wrapping keys for readers and the recovery key, password wraps,
// rotation when a reader leaves, and the printed recovery code.
#include <gtest/gtest.h>

#include "domain/reports/report_crypto.h"
#include "domain/reports/report_keys.h"

namespace qf::reports {
namespace {

TEST(ReportCrypto, SealedPartOpensOnlyWithSameKeyReportAndPart) {
  std::string key = new_data_key();
  std::string sealed = seal_part(key, "uid-1", "matter", "反映张三收受礼金");
  EXPECT_EQ(sealed.find("张三"), std::string::npos);
  auto opened = open_part(key, "uid-1", "matter", sealed);
  ASSERT_TRUE(opened.ok());
  EXPECT_EQ(*opened, "反映张三收受礼金");
  EXPECT_FALSE(open_part(new_data_key(), "uid-1", "matter", sealed).ok());
  EXPECT_FALSE(open_part(key, "uid-2", "matter", sealed).ok()) << "moved to another report";
  EXPECT_FALSE(open_part(key, "uid-1", "identity", sealed).ok()) << "moved to another part";
  std::string tampered = sealed;
  tampered.back() ^= 1;
  EXPECT_FALSE(open_part(key, "uid-1", "matter", tampered).ok());
  EXPECT_NE(seal_part(key, "uid-1", "matter", "x"), seal_part(key, "uid-1", "matter", "x")) << "fresh nonce each time";
}

TEST(ReportCrypto, WrappedKeyOpensOnlyForItsReader) {
  ReaderKeyPair alice = new_reader_keypair(), bob = new_reader_keypair();
  std::string key = new_data_key();
  std::string wrapped = wrap_for(alice.public_key, key);
  auto k = unwrap_with(alice.secret_key, wrapped);
  ASSERT_TRUE(k.ok());
  EXPECT_EQ(*k, key);
  EXPECT_FALSE(unwrap_with(bob.secret_key, wrapped).ok());
  EXPECT_EQ(public_key_of(alice.secret_key), alice.public_key);
}

TEST(ReportCrypto, PasswordWrapOpensWithThePasswordOnly) {
  std::string secret = new_reader_keypair().secret_key;
  auto w = wrap_with_password(secret, "Correct-Horse-9", 1, 8 * 1024 * 1024);
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(w->boxed.find(secret), std::string::npos);
  auto ok = unwrap_with_password(*w, "Correct-Horse-9");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, secret);
  auto bad = unwrap_with_password(*w, "correct-horse-9");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "report.crypto");
}

TEST(ReportCrypto, SessionBoxNeedsTheCookieKey) {
  std::string cookie = new_data_key();
  std::string boxed = box_with_key(cookie, "private key bytes");
  EXPECT_EQ(*open_with_key(cookie, boxed), "private key bytes");
  EXPECT_FALSE(open_with_key(new_data_key(), boxed).ok());
}

TEST(ReportKeys, WrapsGiveIdentityOnlyToIdentityReadersAndRecovery) {
  ReaderKeyPair secretary = new_reader_keypair(), handler = new_reader_keypair(), recovery = new_reader_keypair();
  ReportKeys keys = new_report_keys(true);
  auto wraps = wrap_report_keys(keys, {{1, secretary.public_key}, {2, handler.public_key}}, {{1, secretary.public_key}},
                                {std::nullopt, recovery.public_key});
  auto s = open_report_keys(wraps, 1, secretary.secret_key);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->matter, keys.matter);
  ASSERT_TRUE(s->identity.has_value());
  EXPECT_EQ(*s->identity, *keys.identity);
  auto h = open_report_keys(wraps, 2, handler.secret_key);
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->matter, keys.matter);
  EXPECT_EQ(h->conversation, keys.conversation);
  EXPECT_FALSE(h->identity.has_value()) << "a handler works without the identity part";
  auto r = open_report_keys(wraps, std::nullopt, recovery.secret_key);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r->identity, *keys.identity);
  // Someone else's key (or the handler's key presented as account 1) opens nothing.
  auto other = open_report_keys(wraps, 3, new_reader_keypair().secret_key);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, "report.no_key");
  EXPECT_FALSE(open_report_keys(wraps, 1, handler.secret_key).ok());
}

TEST(ReportKeys, RotationLocksOutTheLeaverAndKeepsTheContent) {
  ReaderKeyPair secretary = new_reader_keypair(), leaver = new_reader_keypair(), stays = new_reader_keypair(),
                recovery = new_reader_keypair();
  ReportKeys keys = new_report_keys(true);
  const std::string uid = "r-1";
  std::vector<SealedField> fields = {
      {"matter", KeyPart::kMatter, "matter", seal_part(keys.matter, uid, "matter", "事项正文")},
      {"identity", KeyPart::kIdentity, "identity", seal_part(*keys.identity, uid, "identity", "举报人李四")},
      {"content:1", KeyPart::kMatter, "attachment:1", seal_part(keys.matter, uid, "attachment:1", "JPEGDATA")},
      {"message:1", KeyPart::kConversation, "message:1", seal_part(keys.conversation, uid, "message:1", "请补充")},
  };
  // The leaver copied the old matter key while still a reader.
  std::string leaver_copy =
      *unwrap_with(leaver.secret_key, wrap_for(leaver.public_key, keys.matter));

  auto rotated = rotate_report(uid, keys, fields);
  ASSERT_TRUE(rotated.ok()) << rotated.error().to_string();
  EXPECT_NE(rotated->keys.matter, keys.matter);
  EXPECT_NE(*rotated->keys.identity, *keys.identity);
  EXPECT_EQ(rotated->keys.conversation, keys.conversation) << "the reporter's wrap must keep working";
  auto wraps = wrap_report_keys(rotated->keys, {{1, secretary.public_key}, {3, stays.public_key}},
                                {{1, secretary.public_key}}, {std::nullopt, recovery.public_key});
  for (const auto& w : wraps) EXPECT_NE(w.account_id, std::optional<int64_t>(2));
  EXPECT_FALSE(open_report_keys(wraps, 2, leaver.secret_key).ok());
  for (const auto& f : rotated->fields) {
    if (f.part != KeyPart::kMatter) continue;
    EXPECT_FALSE(open_part(leaver_copy, uid, f.label, f.sealed).ok()) << f.ref << " opens with the leaver's old key";
  }
  auto stays_keys = open_report_keys(wraps, 3, stays.secret_key);
  ASSERT_TRUE(stays_keys.ok());
  EXPECT_EQ(*open_part(stays_keys->matter, uid, "matter", rotated->fields[0].sealed), "事项正文");
  EXPECT_EQ(*open_part(stays_keys->matter, uid, "attachment:1", rotated->fields[2].sealed), "JPEGDATA");
  auto sec_keys = open_report_keys(wraps, 1, secretary.secret_key);
  EXPECT_EQ(*open_part(*sec_keys->identity, uid, "identity", rotated->fields[1].sealed), "举报人李四");
  EXPECT_EQ(*open_part(sec_keys->conversation, uid, "message:1", rotated->fields[3].sealed), "请补充");
}

TEST(ReportKeys, RotationRefusesFieldsTheOldKeyCannotOpen) {
  ReportKeys keys = new_report_keys(false);
  std::vector<SealedField> fields = {{"matter", KeyPart::kMatter, "matter", seal_part(new_data_key(), "u", "matter", "x")}};
  EXPECT_FALSE(rotate_report("u", keys, fields).ok());
}

TEST(RecoveryCode, RoundTripsAndRefusesTypos) {
  ReaderKeyPair recovery = new_reader_keypair();
  std::string code = recovery_code(recovery.secret_key);
  EXPECT_GE(code.size(), 64u);
  auto parsed = parse_recovery_code(code);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(*parsed, recovery.secret_key);
  // Case, spaces and line breaks do not matter.
  std::string relaxed;
  for (char c : code) relaxed += c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_EQ(*parse_recovery_code(relaxed), recovery.secret_key);
  std::string typo = code;
  typo[0] = typo[0] == 'A' ? 'B' : 'A';
  auto bad = parse_recovery_code(typo);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "report.recovery_code");
  // Recovery opens what was wrapped for the recovery public key.
  std::string key = new_data_key();
  EXPECT_EQ(*unwrap_with(*parsed, wrap_for(recovery.public_key, key)), key);
}

}  // namespace
}  // namespace qf::reports
