#include "domain/reports/report_config.h"

#include <toml++/toml.h>

#include <functional>
#include <map>

#include "core/config.h"
#include "core/config_section.h"
#include "domain/clues/clue_number.h"

namespace qf::reports {
namespace {

Error bad_key(const std::string& section, std::string_view key, const std::string& where, const std::string& zh,
              const std::string& en) {
  std::string name = section + "." + std::string(key);
  std::string field = where.empty() ? name : where;
  return Error::invalid("config." + section, (where.empty() ? "" : where + "：") + "配置项 " + name + " " + zh,
                        (where.empty() ? "" : where + ": ") + "setting " + name + " " + en, field);
}

Status range(const std::string& section, std::string_view key, int64_t v, int64_t lo, int64_t hi,
             const std::string& where) {
  if (v < lo || v > hi)
    return bad_key(section, key, where, "应在 " + std::to_string(lo) + " 到 " + std::to_string(hi) + " 之间",
                   "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  return {};
}

using Setter = std::function<Status(const toml::node&, const std::string& where)>;

Setter int_setter(const std::string& section, const std::string& key, int* target, int64_t lo, int64_t hi) {
  return [=](const toml::node& n, const std::string& where) -> Status {
    auto v = n.value<int64_t>();
    if (!n.is_integer() || !v) return bad_key(section, key, where, "应为整数", "must be an integer");
    QF_TRY_STATUS(range(section, key, *v, lo, hi, where));
    *target = static_cast<int>(*v);
    return {};
  };
}

Status apply(const std::string& section, const toml::table& t, const std::string& file,
             std::map<std::string, Setter>& setters) {
  for (auto&& [key, node] : t) {
    std::string k(key.str());
    std::string where = file + ":" + std::to_string(node.source().begin.line);
    auto it = setters.find(k);
    if (it == setters.end())
      return bad_key(section, k, where, "未知，请检查拼写", "is unknown; check the spelling");
    QF_TRY_STATUS(it->second(node, where));
  }
  return {};
}

}  // namespace

Status ReportsConfig::validate() const {
  auto p = clues::ClueNumberPattern::compile(number_pattern);
  if (!p.ok()) return bad_key("reports", "number_pattern", "", p.error().message_zh, p.error().message_en);
  QF_TRY_STATUS(range("reports", "pow_bits", pow_bits, 8, 28, ""));
  QF_TRY_STATUS(range("reports", "max_total_attachment_mb", max_total_attachment_mb, max_attachment_mb, 1024, ""));
  return {};
}

Result<ReportsConfig> ReportsConfig::from_toml(std::string_view toml_text, std::string_view source_name) {
  const std::string file(source_name);
  const std::string s = "reports";
  QF_TRY(auto parsed, ModuleSectionToml::parse(toml_text, file, s));
  const toml::table* t = &parsed.table();
  ReportsConfig c;
  std::map<std::string, Setter> set = {
      {"number_pattern",
       [&](const toml::node& n, const std::string& where) -> Status {
         auto v = n.value<std::string>();
         if (!v) return bad_key(s, "number_pattern", where, "应为字符串", "must be a string");
         c.number_pattern = *v;
         return {};
       }},
      {"pow_bits", int_setter(s, "pow_bits", &c.pow_bits, 8, 28)},
      {"challenge_ttl_seconds", int_setter(s, "challenge_ttl_seconds", &c.challenge_ttl_seconds, 30, 86400)},
      {"submissions_per_address_per_hour",
       int_setter(s, "submissions_per_address_per_hour", &c.submissions_per_address_per_hour, 1, 100000)},
      {"submissions_per_hour", int_setter(s, "submissions_per_hour", &c.submissions_per_hour, 1, 1000000)},
      {"max_attachments", int_setter(s, "max_attachments", &c.max_attachments, 0, 50)},
      {"max_attachment_mb", int_setter(s, "max_attachment_mb", &c.max_attachment_mb, 1, 512)},
      {"max_total_attachment_mb", int_setter(s, "max_total_attachment_mb", &c.max_total_attachment_mb, 1, 1024)},
      {"max_text_chars", int_setter(s, "max_text_chars", &c.max_text_chars, 100, 1000000)},
      {"lookup_max_failures", int_setter(s, "lookup_max_failures", &c.lookup_max_failures, 1, 100)},
      {"lookup_lock_minutes", int_setter(s, "lookup_lock_minutes", &c.lookup_lock_minutes, 1, 100000)},
      {"lookup_per_address_per_hour",
       int_setter(s, "lookup_per_address_per_hour", &c.lookup_per_address_per_hour, 1, 100000)},
      {"password_min_length", int_setter(s, "password_min_length", &c.password_min_length, 4, 128)},
      {"utc_offset_minutes",
       [s](const toml::node& n, const std::string& where) -> Status {
         return check_legacy_utc_offset(s, n.value_exact<int64_t>(), where);
       }},
  };
  QF_TRY_STATUS(apply(s, *t, file, set));
  QF_TRY_STATUS(c.validate());
  return c;
}

Result<PublicListenerConfig> PublicListenerConfig::from_toml(std::string_view toml_text,
                                                             std::string_view source_name) {
  const std::string file(source_name);
  const std::string s = "public";
  QF_TRY(auto parsed, ModuleSectionToml::parse(toml_text, file, s));
  const toml::table* t = &parsed.table();
  PublicListenerConfig c;
  auto str = [&](const std::string& key, std::string* target) -> Setter {
    return [=](const toml::node& n, const std::string& where) -> Status {
      auto v = n.value<std::string>();
      if (!v) return bad_key(s, key, where, "应为字符串", "must be a string");
      *target = *v;
      return {};
    };
  };
  int port = c.port;
  bool max_body_given = false;
  int64_t max_body_bytes = c.max_body_bytes;
  std::map<std::string, Setter> set = {
      {"enabled",
       [&](const toml::node& n, const std::string& where) -> Status {
         auto v = n.value<bool>();
         if (!v) return bad_key(s, "enabled", where, "应为 true 或 false", "must be true or false");
         c.enabled = *v;
         return {};
       }},
      {"address", str("address", &c.address)},
      {"port", int_setter(s, "port", &port, 0, 65535)},
      {"web_root", str("web_root", &c.web_root)},
      {"max_body_bytes",
       [&](const toml::node& n, const std::string& where) -> Status {
         auto v = n.value<int64_t>();
         if (!n.is_integer() || !v) return bad_key(s, "max_body_bytes", where, "应为整数", "must be an integer");
         QF_TRY_STATUS(range(s, "max_body_bytes", *v, 1024, 1LL << 31, where));
         max_body_bytes = *v;
         max_body_given = true;
         return {};
       }},
      {"tls_cert_file", str("tls_cert_file", &c.tls_cert_file)},
      {"tls_key_file", str("tls_key_file", &c.tls_key_file)},
      {"trusted_proxies",
       [&](const toml::node& n, const std::string& where) -> Status {
         const toml::array* a = n.as_array();
         if (!a) return bad_key(s, "trusted_proxies", where, "应为字符串列表", "must be a list of strings");
         c.trusted_proxies.clear();
         for (auto& item : *a) {
           auto v = item.value<std::string>();
           if (!v) return bad_key(s, "trusted_proxies", where, "应为字符串列表", "must be a list of strings");
           c.trusted_proxies.push_back(*v);
         }
         return {};
       }},
  };
  QF_TRY_STATUS(apply(s, *t, file, set));
  c.port = port;
  if (max_body_given) c.max_body_bytes = max_body_bytes;
  if (c.tls_cert_file.empty() != c.tls_key_file.empty())
    return bad_key(s, "tls_cert_file", "", "与 public.tls_key_file 须同时设置", "and public.tls_key_file must be set together");
  return c;
}

Result<ReportsConfig> ReportsConfig::load(const Config& config) {
  auto section = config.module_section("reports");
  return from_toml(section.toml, section.source);
}

Result<PublicListenerConfig> PublicListenerConfig::load(const Config& config) {
  auto section = config.module_section("public");
  return from_toml(section.toml, section.source);
}

}  // namespace qf::reports
