// `qingfeng coop …`: the partner-unit side of the signed integrity notices (廉政共建
// 双向通报), for partners without a system of their own, for tests and for the demo:
//   keygen  --out FILE              a new Ed25519 key: the 32-byte seed as 64 hex digits
//                                    in FILE (mode 0600, never overwritten); prints the
//                                    public key (base64 and PEM) and its fingerprint
//   sign    --key FILE --from U --to U --no N --title T (--body TEXT | --body-file F)
//           --issued-on YYYY-MM-DD [--signed-at ISO] --out FILE
//                                    writes a signed notice file (docs/modules/coop.md)
//   verify  --file F --public-key KEY
//                                    checks a file as the server does on receipt
//   bureau-key                       the bureau's own public key (from the server key file
//                                    of --config), to give to partner units
#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/server_key.h"
#include "domain/coop/notice_file.h"

namespace qf::cli {
namespace {

namespace co = qf::coop;

[[noreturn]] void refuse(const std::string& zh, const std::string& en) {
  fail(Error::invalid("coop.cli", zh, en));
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) refuse("无法读取文件 " + path, "Cannot read the file " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

co::SigningKey read_key_file(const std::string& path) {
  std::string text = read_file(path);
  if (text.find("-----BEGIN") != std::string::npos) {  // an SM2 private key (PEM)
    auto k = co::sm2_signing_key_from_pem(text, path);
    if (!k.ok()) fail(k.error());
    return *k;
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
  std::array<unsigned char, 32> seed{};
  size_t len = 0;
  if (text.size() != 64 || sodium_hex2bin(seed.data(), seed.size(), text.data(), text.size(), nullptr, &len, nullptr) != 0 ||
      len != 32)
    refuse("密钥文件 " + path + " 应为 64 位十六进制（32 字节私钥种子）",
           "The key file " + path + " must hold 64 hex digits (the 32-byte private seed)");
  co::SigningKey k = co::signing_key_from_seed(seed);
  sodium_memzero(seed.data(), seed.size());
  return k;
}

void print_public(const co::PublicKey& k) {
  std::cout << "公钥 / public key (base64): " << co::public_key_base64(k) << "\n"
            << co::public_key_pem(k) << "指纹 / fingerprint (SHA-256): " << co::fingerprint(k) << "\n";
}

void add_coop(CLI::App& root) {
  auto* cmd = root.add_subcommand("coop", bi("廉政共建签名通报工具（合作单位一侧）", "Co-construction signed-notice tools (partner side)"));
  cmd->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  cmd->require_subcommand(1);

  auto* keygen = cmd->add_subcommand("keygen", bi("生成 Ed25519 或 SM2 密钥", "Generate an Ed25519 or SM2 key"));
  static std::string out_key;
  static bool keygen_sm2 = false;
  keygen->add_option("--out", out_key, bi("私钥文件（不覆盖已有文件）", "Private key file (never overwritten)"))->required();
  keygen->add_flag("--sm2", keygen_sm2, bi("生成 SM2 密钥（PEM，国密）", "Generate an SM2 key (PEM)"));
  keygen->callback([] {
    co::SigningKey k = keygen_sm2 ? co::generate_sm2_signing_key() : co::generate_signing_key();
    std::string line = k.sm2_private_pem;
    if (!keygen_sm2) {
      char hex[65];
      sodium_bin2hex(hex, sizeof hex, k.seed.data(), k.seed.size());
      line = std::string(hex, 64) + "\n";
      sodium_memzero(hex, sizeof hex);
    }
    const int fd = ::open(out_key.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) refuse("无法创建密钥文件 " + out_key + "（已存在或无权限）", "Cannot create the key file " + out_key + " (exists or no permission)");
    const bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
    ::close(fd);
    if (!ok) refuse("无法写入密钥文件 " + out_key, "Cannot write the key file " + out_key);
    std::cout << "私钥已写入 / private key written to " << out_key << "\n";
    print_public(k.public_key);
  });

  auto* sign = cmd->add_subcommand("sign", bi("签名一份通报文件", "Sign a notice file"));
  static std::string key_path, from, to, no, title, body, body_file, issued_on, signed_at, out_file;
  sign->add_option("--key", key_path, bi("私钥文件（Ed25519 种子或 SM2 PEM）", "Private key file (Ed25519 seed or SM2 PEM)"))->required();
  sign->add_option("--from", from, bi("签发单位", "Sending unit"))->required();
  sign->add_option("--to", to, bi("接收单位", "Receiving unit"))->required();
  sign->add_option("--no", no, bi("通报编号", "Notice number"))->required();
  sign->add_option("--title", title, bi("标题", "Title"))->required();
  sign->add_option("--body", body, bi("正文", "Body text"));
  sign->add_option("--body-file", body_file, bi("正文文件（UTF-8）", "Body text file (UTF-8)"));
  sign->add_option("--issued-on", issued_on, bi("通报日期 YYYY-MM-DD", "Date of issue YYYY-MM-DD"))->required();
  sign->add_option("--signed-at", signed_at, bi("签名时间（默认现在，北京时间）", "Signing time (default now, Beijing time)"));
  sign->add_option("--out", out_file, bi("输出文件", "Output file"))->required();
  sign->callback([] {
    co::SigningKey k = read_key_file(key_path);
    if (!body_file.empty()) body = read_file(body_file);
    if (body.empty()) refuse("请用 --body 或 --body-file 给出正文", "Give the body with --body or --body-file");
    if (signed_at.empty()) {
      signed_at = business_iso_time(SystemClock().now_ms());
    }
    const std::string file = co::sign_notice_file(k, {no, title, body, from, to, issued_on, signed_at});
    std::ofstream out(out_file, std::ios::binary | std::ios::trunc);
    if (!out || !(out << file)) refuse("无法写入 " + out_file, "Cannot write " + out_file);
    std::cout << "已签名 / signed: " << out_file << "（指纹 / fingerprint " << co::fingerprint(k.public_key) << "）\n";
  });

  auto* verify = cmd->add_subcommand("verify", bi("校验一份通报文件", "Verify a notice file"));
  static std::string v_file, v_key;
  verify->add_option("--file", v_file, bi("通报文件", "Notice file"))->required();
  verify->add_option("--public-key", v_key, bi("签发单位公钥（base64、十六进制或 PEM）", "Signer's public key (base64, hex or PEM)"))->required();
  verify->callback([] {
    auto key = co::parse_public_key(v_key, "--public-key");
    if (!key.ok()) fail(key.error());
    auto p = co::verify_notice_file(read_file(v_file), *key, "--public-key");
    if (!p.ok()) fail(p.error(), 1);
    std::cout << "签名有效 / signature valid: " << p->notice_no << " " << p->title << "（" << p->from_unit << " → "
              << p->to_unit << "，" << p->issued_on << "）\n";
  });

  auto* bureau = cmd->add_subcommand("bureau-key", bi("显示本单位签名公钥", "Show the bureau's signing public key"));
  bureau->callback([] {
    Config config = [] {
      auto c = Config::load(global_options().config_path);
      if (!c.ok()) fail(c.error());
      return *c;
    }();
    auto sk = auth::load_server_key(config.security.secret_key_file);
    if (!sk.ok()) fail(sk.error());
    std::cout << config.org.unit_name << "\n";
    print_public(co::bureau_signing_key(*sk).public_key);
    std::cout << "SM2（发给登记 SM2 公钥的合作单位 / for partners with an SM2 key）:\n";
    print_public(co::bureau_sm2_signing_key(*sk).public_key);
  });
}
QF_REGISTER_COMMAND(880, add_coop);

}  // namespace
}  // namespace qf::cli
