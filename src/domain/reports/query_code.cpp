#include "domain/reports/query_code.h"

#include <sodium.h>

#include <cctype>

namespace qf::reports {
namespace {
std::string kdf_input(std::string_view code, std::string_view password) {
  std::string s(code);
  s.push_back('\0');
  s.append(password);
  return s;
}
}  // namespace

std::string new_query_code() {
  (void)random_bytes(0);  // initialises libsodium
  std::string out;
  for (size_t i = 0; i < kQueryCodeLength; ++i)
    out.push_back(kQueryCodeAlphabet[randombytes_uniform(static_cast<uint32_t>(kQueryCodeAlphabet.size()))]);
  return out;
}

std::string normalise_query_code(std::string_view typed) {
  std::string out;
  for (char ch : typed) {
    if (ch == ' ' || ch == '-' || ch == '\t') continue;
    char c = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (kQueryCodeAlphabet.find(c) == std::string_view::npos) return {};
    out.push_back(c);
  }
  return out.size() == kQueryCodeLength ? out : std::string();
}

std::string query_code_hash(std::string_view code) { return to_hex(sha256(code)); }

std::string display_query_code(std::string_view code) {
  std::string out;
  for (size_t i = 0; i < code.size(); ++i) {
    if (i && i % 4 == 0) out.push_back('-');
    out.push_back(code[i]);
  }
  return out;
}

Result<PasswordWrap> wrap_for_reporter(std::string_view conversation_key, std::string_view code,
                                       std::string_view password, int64_t opslimit, int64_t memlimit) {
  std::string in = kdf_input(code, password);
  auto r = wrap_with_password(conversation_key, in, opslimit, memlimit);
  wipe(in);
  return r;
}

Result<std::string> open_as_reporter(const PasswordWrap& wrap, std::string_view code, std::string_view password) {
  std::string in = kdf_input(code, password);
  auto r = unwrap_with_password(wrap, in);
  wipe(in);
  return r;
}

}  // namespace qf::reports
