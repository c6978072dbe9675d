// The server secret key file: created 0600 with 32 random bytes as hex, read back as hex
// or base64, and refused — with a bilingual message naming the file — when missing,
// not a regular file, of the wrong size or format, or open to the group or others.
#include <sys/stat.h>

#include <fstream>

#include "domain/auth/server_key.h"
#include "totp_fixture.h"

namespace qf::totp_testing {
namespace {

class ServerKeyTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = private_folder("server-key"); }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string write_key(const std::string& name, const std::string& text, mode_t mode = 0600) {
    const std::string p = (dir_ / name).string();
    std::ofstream(p, std::ios::binary) << text;
    ::chmod(p.c_str(), mode);
    return p;
  }
  static void expect_refused(const Result<auth::ServerKey>& r, const std::string& path, const std::string& zh_cause,
                             const std::string& en_cause) {
    ASSERT_FALSE(r.ok());
    const Error& e = r.error();
    EXPECT_EQ(e.code, "security.secret_key_file");
    EXPECT_EQ(e.field, "security.secret_key_file");
    EXPECT_NE(e.message_zh.find(path), std::string::npos) << e.message_zh;
    EXPECT_NE(e.message_en.find(path), std::string::npos) << e.message_en;
    EXPECT_NE(e.message_zh.find(zh_cause), std::string::npos) << e.message_zh;
    EXPECT_NE(e.message_en.find(en_cause), std::string::npos) << e.message_en;
  }
  fs::path dir_;
};

TEST_F(ServerKeyTest, CreatesAPrivateRandomKeyOnceAndReadsItBack) {
  const std::string p = (dir_ / "data" / "qingfeng.key").string();
  auto first = auth::ensure_server_key(p);
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  EXPECT_TRUE(first->created);
  struct stat st{};
  ASSERT_EQ(::stat(p.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0600u);
  std::ifstream in(p);
  std::string text;
  std::getline(in, text);
  EXPECT_EQ(text.size(), 64u);
  EXPECT_EQ(text.find_first_not_of("0123456789abcdef"), std::string::npos) << text;
  // A second start keeps the same key.
  auto second = auth::ensure_server_key(p);
  ASSERT_TRUE(second.ok());
  EXPECT_FALSE(second->created);
  EXPECT_EQ(second->key.bytes, first->key.bytes);
  // Another file is another key.
  auto other = auth::ensure_server_key((dir_ / "other.key").string());
  ASSERT_TRUE(other.ok());
  EXPECT_NE(other->key.bytes, first->key.bytes);
  // No temporary files are left behind.
  int files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir_ / "data")) ++files;
  EXPECT_EQ(files, 1);
}

TEST_F(ServerKeyTest, AcceptsHexAndBase64WithSurroundingWhitespace) {
  // 32 bytes 0x00..0x1f.
  const std::string hex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
  const std::string b64 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
  auto h = auth::load_server_key(write_key("hex.key", "  " + hex + "\n"));
  auto b = auth::load_server_key(write_key("b64.key", b64 + "\r\n"));
  auto upper = auth::load_server_key(write_key("upper.key", "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F"));
  ASSERT_TRUE(h.ok()) << h.error().to_string();
  ASSERT_TRUE(b.ok()) << b.error().to_string();
  ASSERT_TRUE(upper.ok()) << upper.error().to_string();
  for (size_t i = 0; i < 32; ++i) EXPECT_EQ(h->bytes[i], i);
  EXPECT_EQ(h->bytes, b->bytes);
  EXPECT_EQ(h->bytes, upper->bytes);
}

TEST_F(ServerKeyTest, RefusesTheWrongSizeOrFormat) {
  const std::string short_hex = write_key("short.key", std::string(62, 'a') + "\n");
  expect_refused(auth::load_server_key(short_hex), short_hex, "长度或格式不对", "wrong size or format");
  const std::string long_hex = write_key("long.key", std::string(66, 'a'));
  expect_refused(auth::load_server_key(long_hex), long_hex, "长度或格式不对", "wrong size or format");
  const std::string b64_16 = write_key("b64-16.key", "AAECAwQFBgcICQoLDA0ODw==");  // 16 bytes
  expect_refused(auth::load_server_key(b64_16), b64_16, "长度或格式不对", "wrong size or format");
  const std::string empty = write_key("empty.key", "");
  expect_refused(auth::load_server_key(empty), empty, "长度或格式不对", "wrong size or format");
  const std::string not_hex = write_key("nothex.key", std::string(64, 'g'));
  expect_refused(auth::load_server_key(not_hex), not_hex, "长度或格式不对", "wrong size or format");
  const std::string huge = write_key("huge.key", std::string(4096, 'a'));
  expect_refused(auth::load_server_key(huge), huge, "长度不对", "wrong size");
}

TEST_F(ServerKeyTest, RefusesAFileTheGroupOrOthersCanAccess) {
  const std::string hex(64, 'a');
  for (mode_t mode : {0640, 0604, 0660, 0644, 0602}) {
    const std::string p = write_key("open.key", hex, mode);
    ::chmod(p.c_str(), mode);
    char shown[8];
    std::snprintf(shown, sizeof shown, "%04o", static_cast<unsigned>(mode));
    expect_refused(auth::load_server_key(p), p, std::string("权限为 ") + shown, std::string("has mode ") + shown);
    // ensure_server_key() does not "repair" it either.
    EXPECT_FALSE(auth::ensure_server_key(p).ok());
  }
  const std::string ok = write_key("readonly.key", hex, 0400);
  EXPECT_TRUE(auth::load_server_key(ok).ok());
}

TEST_F(ServerKeyTest, RefusesAMissingFileOrAFolder) {
  const std::string missing = (dir_ / "absent.key").string();
  expect_refused(auth::load_server_key(missing), missing, "不存在", "does not exist");
  EXPECT_FALSE(fs::exists(missing));  // loading never creates
  fs::create_directories(dir_ / "folder.key");
  ::chmod((dir_ / "folder.key").c_str(), 0700);
  const std::string folder = (dir_ / "folder.key").string();
  expect_refused(auth::load_server_key(folder), folder, "不是普通文件", "not a regular file");
}

}  // namespace
}  // namespace qf::totp_testing
