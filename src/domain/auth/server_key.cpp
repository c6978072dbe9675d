// The server secret key file (see server_key.h).
#include "domain/auth/server_key.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <sodium.h>

namespace qf::auth {
namespace {

Error key_file_error(const std::string& path, const std::string& zh, const std::string& en) {
  return Error::invalid("security.secret_key_file", "服务器密钥文件 " + path + " " + zh,
                        "Server secret key file " + path + ": " + en, "security.secret_key_file");
}

std::string trim(const std::string& s) {
  const char* ws = " \t\r\n";
  const size_t b = s.find_first_not_of(ws);
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

// 64 hex digits or base64 of exactly 32 bytes; false otherwise.
bool decode_key(const std::string& text, std::array<unsigned char, kServerKeyBytes>& out) {
  size_t len = 0;
  const char* end = nullptr;
  if (text.size() == 2 * kServerKeyBytes) {
    if (sodium_hex2bin(out.data(), out.size(), text.data(), text.size(), nullptr, &len, &end) == 0 &&
        len == kServerKeyBytes && end == text.data() + text.size())
      return true;
  }
  unsigned char buf[kServerKeyBytes + 4];
  for (int variant : {sodium_base64_VARIANT_ORIGINAL, sodium_base64_VARIANT_ORIGINAL_NO_PADDING}) {
    if (sodium_base642bin(buf, sizeof buf, text.data(), text.size(), nullptr, &len, &end, variant) == 0 &&
        len == kServerKeyBytes && end == text.data() + text.size()) {
      std::memcpy(out.data(), buf, kServerKeyBytes);
      sodium_memzero(buf, sizeof buf);
      return true;
    }
  }
  sodium_memzero(buf, sizeof buf);
  return false;
}

}  // namespace

Result<ServerKey> load_server_key(const std::string& path) {
  if (sodium_init() < 0) return Error::internal("libsodium could not be initialised");
  struct stat st{};
  if (::stat(path.c_str(), &st) != 0) {
    const int err = errno;
    if (err == ENOENT)
      return key_file_error(path, "不存在；请运行 qingfeng init 创建，或从第一台服务器复制同一个文件",
                            "does not exist; run qingfeng init to create it, or copy the same file from the first "
                            "server");
    return key_file_error(path, std::string("无法读取（") + std::strerror(err) + "）",
                          std::string("cannot be read (") + std::strerror(err) + ")");
  }
  if (!S_ISREG(st.st_mode))
    return key_file_error(path, "不是普通文件", "is not a regular file");
  if ((st.st_mode & 077) != 0)
    return key_file_error(path,
                          fmt::format("权限为 {:04o}，同组或其他用户可以访问；请执行 chmod 600 {}", st.st_mode & 07777,
                                      path),
                          fmt::format("has mode {:04o}: the group or other users can access it; run chmod 600 {}",
                                      st.st_mode & 07777, path));
  std::ifstream in(path, std::ios::binary);
  if (!in) return key_file_error(path, "无法读取（没有读权限）", "cannot be read (permission denied)");
  std::string text;
  {
    char buf[256];
    in.read(buf, sizeof buf);
    text.assign(buf, static_cast<size_t>(in.gcount()));
    sodium_memzero(buf, sizeof buf);
    if (in.gcount() == static_cast<std::streamsize>(sizeof buf))
      return key_file_error(path, "长度不对：应为 32 字节密钥的 64 位十六进制或 base64 文本",
                            "has the wrong size: it must hold the 32-byte key as 64 hex digits or base64");
  }
  ServerKey key;
  key.path = path;
  const std::string t = trim(text);
  sodium_memzero(text.data(), text.size());
  const bool ok = decode_key(t, key.bytes);
  if (!ok)
    return key_file_error(path,
                          "长度或格式不对：应为 32 字节密钥的 64 位十六进制或 base64 文本（读到 " +
                              std::to_string(t.size()) + " 个字符）",
                          "has the wrong size or format: it must hold the 32-byte key as 64 hex digits or base64 "
                          "(found " + std::to_string(t.size()) + " characters)");
  return key;
}

namespace {
// Writes 32 random bytes as one line of hex into `file`, which must not exist (O_EXCL),
// with mode 0600, synced to disk. On failure nothing is left at `file`.
Status write_new_key_file(const std::string& file, const std::string& path_for_messages) {
  unsigned char raw[kServerKeyBytes];
  randombytes_buf(raw, sizeof raw);
  char hex[2 * kServerKeyBytes + 1];
  sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
  sodium_memzero(raw, sizeof raw);
  std::string line = std::string(hex, 2 * kServerKeyBytes) + "\n";
  sodium_memzero(hex, sizeof hex);
  int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    const int err = errno;
    sodium_memzero(line.data(), line.size());
    return key_file_error(path_for_messages, std::string("无法创建（") + std::strerror(err) + "）",
                          std::string("cannot be created (") + std::strerror(err) + ")");
  }
  bool written = ::fchmod(fd, 0600) == 0 &&
                 ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) && ::fsync(fd) == 0;
  sodium_memzero(line.data(), line.size());
  written = (::close(fd) == 0) && written;
  if (!written) {
    ::unlink(file.c_str());
    return key_file_error(path_for_messages, "无法写入", "cannot be written");
  }
  return {};
}
}  // namespace

Result<OpenedServerKey> ensure_server_key(const std::string& path) {
  if (sodium_init() < 0) return Error::internal("libsodium could not be initialised");
  namespace fs = std::filesystem;
  OpenedServerKey out;
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    const fs::path p(path);
    if (p.has_parent_path()) fs::create_directories(p.parent_path(), ec);
    // Written under a private temporary name, then linked into place: link() fails when
    // the key already exists, so of two processes starting at once one key wins.
    const std::string tmp = path + ".new." + std::to_string(::getpid()) + "." + std::to_string(randombytes_random());
    QF_TRY_STATUS(write_new_key_file(tmp, path));
    if (::link(tmp.c_str(), path.c_str()) == 0) {
      out.created = true;
    } else if (errno != EEXIST) {
      const int err = errno;
      ::unlink(tmp.c_str());
      return key_file_error(path, std::string("无法创建（") + std::strerror(err) + "）",
                            std::string("cannot be created (") + std::strerror(err) + ")");
    }
    ::unlink(tmp.c_str());
  }
  QF_TRY(out.key, load_server_key(path));
  return out;
}

std::vector<ServerKey> load_server_keys_with_retired(const std::string& path) {
  namespace fs = std::filesystem;
  std::vector<ServerKey> out;
  if (auto cur = load_server_key(path); cur.ok()) out.push_back(std::move(cur).value());
  const fs::path p(path);
  const fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
  const std::string prefix = p.filename().string() + ".retired-";
  std::error_code ec;
  std::vector<std::string> retired;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(prefix, 0) == 0) retired.push_back(it->path().string());
  }
  std::sort(retired.rbegin(), retired.rend());  // newest first (the names end in a timestamp)
  for (const auto& f : retired)
    if (auto k = load_server_key(f); k.ok()) out.push_back(std::move(k).value());
  return out;
}

Result<ServerKey> create_server_key(const std::string& path) {
  if (sodium_init() < 0) return Error::internal("libsodium could not be initialised");
  QF_TRY_STATUS(write_new_key_file(path, path));
  return load_server_key(path);
}

}  // namespace qf::auth
