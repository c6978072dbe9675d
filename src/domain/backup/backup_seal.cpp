// Encrypted backup files: see backup_seal.h.
#include "domain/backup/backup_seal.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sodium.h>
#include <unistd.h>

#include <array>
#include <cstring>
#include <fstream>

#include "domain/auth/value_seal.h"

namespace qf::backup {
namespace {

constexpr char kMagic[8] = {'Q', 'F', 'B', 'A', 'C', 'K', 'U', 'P'};
constexpr uint8_t kVersion = 1;
constexpr uint8_t kModeServerKey = 1;
constexpr uint8_t kModePassphrase = 2;
constexpr size_t kIdBytes = 16;
constexpr size_t kFixedBytes = sizeof kMagic + 2 + kIdBytes + 16;  // before the stream header
constexpr size_t kChunk = 64 * 1024;
constexpr uint64_t kOpsLimit = 3;
constexpr uint64_t kMemLimit = 64ull * 1024 * 1024;
constexpr uint64_t kMaxMemLimit = 1024ull * 1024 * 1024;

struct Wiped {
  std::string bytes;
  ~Wiped() { sodium_memzero(bytes.data(), bytes.size()); }
};

void put_u64(unsigned char* p, uint64_t v) {
  for (int i = 0; i < 8; ++i) p[i] = static_cast<unsigned char>(v >> (8 * i));
}
uint64_t get_u64(const unsigned char* p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

std::string server_backup_key(const auth::ServerKey& k) { return auth::derive_subkey(k, "qfbackup", 1); }

std::array<unsigned char, kIdBytes> key_id(const std::string& backup_key) {
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  static constexpr std::string_view kLabel = "qf-backup-key-id";
  crypto_auth_hmacsha256_state st;
  crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(backup_key.data()), backup_key.size());
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(kLabel.data()), kLabel.size());
  crypto_auth_hmacsha256_final(&st, mac);
  std::array<unsigned char, kIdBytes> id{};
  std::memcpy(id.data(), mac, kIdBytes);
  return id;
}

std::string hex(const unsigned char* p, size_t n) {
  std::string s(n * 2 + 1, '\0');
  sodium_bin2hex(s.data(), s.size(), p, n);
  s.pop_back();
  return s;
}

Result<std::string> passphrase_key(const std::string& passphrase, const unsigned char* salt, uint64_t ops,
                                   uint64_t mem) {
  std::string key(crypto_secretstream_xchacha20poly1305_KEYBYTES, '\0');
  static_assert(kIdBytes == crypto_pwhash_SALTBYTES);
  if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), key.size(), passphrase.data(), passphrase.size(),
                    salt, ops, static_cast<size_t>(mem), crypto_pwhash_ALG_ARGON2ID13) != 0)
    return Error::internal("crypto_pwhash failed (out of memory?)");
  return key;
}

Error file_error(const std::string& code, const std::string& path, const std::string& zh, const std::string& en) {
  return Error::invalid(code, "备份文件 " + path + " " + zh + "，未作任何更改",
                        "The backup file " + path + " " + en + "; nothing was changed", path);
}

int create_private(const std::string& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0) (void)::fchmod(fd, 0600);
  return fd;
}

bool write_all(int fd, const void* data, size_t n) {
  const char* p = static_cast<const char*>(data);
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w <= 0) return false;
    p += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

}  // namespace

bool is_sealed_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char m[sizeof kMagic] = {};
  in.read(m, sizeof m);
  return in.gcount() == sizeof m && std::memcmp(m, kMagic, sizeof m) == 0;
}

Status seal_file(const std::string& plain, const std::string& sealed, const SealWith& with) {
  if (sodium_init() < 0) return Error::internal("libsodium could not be initialised");
  unsigned char fixed[kFixedBytes] = {};
  std::memcpy(fixed, kMagic, sizeof kMagic);
  fixed[8] = kVersion;
  Wiped key;
  if (with.server_key) {
    fixed[9] = kModeServerKey;
    key.bytes = server_backup_key(*with.server_key);
    auto id = key_id(key.bytes);
    std::memcpy(fixed + 10, id.data(), kIdBytes);
  } else if (with.passphrase) {
    fixed[9] = kModePassphrase;
    randombytes_buf(fixed + 10, kIdBytes);
    put_u64(fixed + 10 + kIdBytes, kOpsLimit);
    put_u64(fixed + 18 + kIdBytes, kMemLimit);
    QF_TRY(key.bytes, passphrase_key(*with.passphrase, fixed + 10, kOpsLimit, kMemLimit));
  } else {
    return Error::internal("seal_file without a key");
  }
  std::ifstream in(plain, std::ios::binary);
  if (!in)
    return Error::invalid("db.backup_failed", "无法读取备份临时文件 " + plain, "Cannot read the backup copy " + plain,
                          sealed);
  const int fd = create_private(sealed);
  if (fd < 0)
    return Error::invalid("db.backup_failed", "无法创建备份文件 " + sealed + "（已存在或不可写）",
                          "Cannot create the backup file " + sealed + " (it exists or is not writable)", sealed);
  bool ok = write_all(fd, fixed, sizeof fixed);
  crypto_secretstream_xchacha20poly1305_state st;
  unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
  crypto_secretstream_xchacha20poly1305_init_push(&st, header,
                                                  reinterpret_cast<const unsigned char*>(key.bytes.data()));
  ok = ok && write_all(fd, header, sizeof header);
  std::vector<unsigned char> buf(kChunk), out(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
  bool first = true;
  // Read one chunk ahead so that the last one carries the FINAL tag (an empty file: one
  // empty FINAL chunk).
  in.read(reinterpret_cast<char*>(buf.data()), kChunk);
  size_t n = static_cast<size_t>(in.gcount());
  while (ok) {
    std::vector<unsigned char> next(kChunk);
    size_t m = 0;
    if (n == kChunk) {
      in.read(reinterpret_cast<char*>(next.data()), kChunk);
      m = static_cast<size_t>(in.gcount());
    }
    const bool last = m == 0;
    unsigned long long clen = 0;
    crypto_secretstream_xchacha20poly1305_push(&st, out.data(), &clen, buf.data(), n, first ? fixed : nullptr,
                                               first ? sizeof fixed : 0,
                                               last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
    first = false;
    unsigned char len[4];
    for (int i = 0; i < 4; ++i) len[i] = static_cast<unsigned char>(clen >> (8 * i));
    ok = write_all(fd, len, 4) && write_all(fd, out.data(), clen);
    sodium_memzero(buf.data(), buf.size());
    if (last) break;
    buf.swap(next);
    n = m;
  }
  if (in.bad()) ok = false;
  ok = ::fsync(fd) == 0 && ok;
  ok = ::close(fd) == 0 && ok;
  if (!ok) {
    ::unlink(sealed.c_str());
    return Error::invalid("db.backup_failed", "无法写入备份文件 " + sealed, "Cannot write the backup file " + sealed,
                          sealed);
  }
  return {};
}

Status open_file(const std::string& sealed, const std::string& plain, const std::vector<auth::ServerKey>& keys,
                 const std::optional<std::string>& passphrase) {
  if (sodium_init() < 0) return Error::internal("libsodium could not be initialised");
  std::ifstream in(sealed, std::ios::binary);
  if (!in) return file_error("db.backup_unreadable", sealed, "无法读取", "cannot be read");
  unsigned char fixed[kFixedBytes];
  in.read(reinterpret_cast<char*>(fixed), sizeof fixed);
  if (static_cast<size_t>(in.gcount()) != sizeof fixed || std::memcmp(fixed, kMagic, sizeof kMagic) != 0)
    return file_error("backup.not_sealed", sealed, "不是清风加密备份文件",
                      "is not an encrypted Qingfeng backup");
  if (fixed[8] != kVersion || (fixed[9] != kModeServerKey && fixed[9] != kModePassphrase))
    return file_error("backup.not_sealed", sealed, "的格式版本无法识别（可能由更新的版本生成）",
                      "has a format version this release does not know (made by a newer release?)");
  Wiped key;
  if (fixed[9] == kModeServerKey) {
    for (const auto& k : keys) {
      std::string candidate = server_backup_key(k);
      auto id = key_id(candidate);
      if (std::memcmp(id.data(), fixed + 10, kIdBytes) == 0) {
        key.bytes = std::move(candidate);
        break;
      }
      sodium_memzero(candidate.data(), candidate.size());
    }
    if (key.bytes.empty())
      return file_error("backup.wrong_key", sealed,
                        "由另一把服务器密钥加密（密钥标识 " + hex(fixed + 10, 8) +
                            "），当前密钥文件及其 .retired- 旧副本都不能解密；请放回备份时的密钥文件",
                        "was encrypted with another server key (key id " + hex(fixed + 10, 8) +
                            "), which neither the current key file nor a .retired- copy is; put back the key file "
                            "of the time of the backup");
  } else {
    if (!passphrase)
      return file_error("backup.passphrase_needed", sealed, "以口令加密，请用 --passphrase-file 给出口令",
                        "is encrypted with a passphrase: give it with --passphrase-file");
    const uint64_t ops = get_u64(fixed + 10 + kIdBytes), mem = get_u64(fixed + 18 + kIdBytes);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > 64 || mem < crypto_pwhash_MEMLIMIT_MIN || mem > kMaxMemLimit)
      return file_error("backup.tampered", sealed, "已损坏或被篡改（口令参数不合理）",
                        "is damaged or was altered (unreasonable passphrase parameters)");
    QF_TRY(key.bytes, passphrase_key(*passphrase, fixed + 10, ops, mem));
  }
  unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
  in.read(reinterpret_cast<char*>(header), sizeof header);
  crypto_secretstream_xchacha20poly1305_state st;
  const auto tampered = [&] {
    return file_error("backup.tampered", sealed,
                      fixed[9] == kModePassphrase ? "无法解密：口令不对，或文件已损坏、被截断或被篡改"
                                                  : "已损坏、被截断或被篡改（解密校验失败）",
                      fixed[9] == kModePassphrase ? "does not decrypt: wrong passphrase, or damaged, truncated or altered"
                                                  : "is damaged, truncated or was altered (decryption check failed)");
  };
  if (static_cast<size_t>(in.gcount()) != sizeof header ||
      crypto_secretstream_xchacha20poly1305_init_pull(&st, header,
                                                      reinterpret_cast<const unsigned char*>(key.bytes.data())) != 0)
    return tampered();
  const int fd = create_private(plain);
  if (fd < 0)
    return file_error("db.backup_unreadable", sealed, "无法解密到临时文件 " + plain,
                      "cannot be decrypted into the temporary file " + plain);
  auto fail = [&](Error e) {
    ::close(fd);
    ::unlink(plain.c_str());
    return e;
  };
  std::vector<unsigned char> c(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES), m(kChunk);
  bool first = true, final_seen = false;
  while (!final_seen) {
    unsigned char len[4];
    in.read(reinterpret_cast<char*>(len), 4);
    if (in.gcount() != 4) return fail(tampered());
    const uint32_t clen = len[0] | (len[1] << 8) | (len[2] << 16) | (uint32_t(len[3]) << 24);
    if (clen < crypto_secretstream_xchacha20poly1305_ABYTES || clen > c.size()) return fail(tampered());
    in.read(reinterpret_cast<char*>(c.data()), clen);
    if (static_cast<uint32_t>(in.gcount()) != clen) return fail(tampered());
    unsigned long long mlen = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&st, m.data(), &mlen, &tag, c.data(), clen,
                                                   first ? fixed : nullptr, first ? sizeof fixed : 0) != 0)
      return fail(tampered());
    first = false;
    if (!write_all(fd, m.data(), mlen)) return fail(file_error("db.backup_unreadable", sealed, "无法解密到临时文件",
                                                               "cannot be decrypted into the temporary file"));
    sodium_memzero(m.data(), m.size());
    final_seen = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
  }
  char extra;
  if (in.read(&extra, 1).gcount() != 0) return fail(tampered());  // bytes after the final chunk
  if (::close(fd) != 0) {
    ::unlink(plain.c_str());
    return file_error("db.backup_unreadable", sealed, "无法解密到临时文件", "cannot be decrypted into the temporary file");
  }
  return {};
}

}  // namespace qf::backup
