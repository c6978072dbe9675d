// Config loading (see config.h). One table lists every modelled key with its type and
// allowed range; loading from TOML, environment overrides and --set flags all go
// through it, so a key is validated the same way wherever its value comes from.
#include "core/config.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <variant>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/calendar.h"

namespace qf {

namespace {

using Target = std::variant<int*, int64_t*, bool*, std::string*, std::vector<std::string>*>;

struct Field {
  std::string key;  // "section.key" (or "security.password.key")
  Target target;
  int64_t min = 0;
  int64_t max = 0;                   // integer range (inclusive)
  std::vector<std::string> choices;  // allowed string values; empty = any
  bool non_empty = false;            // strings that may not be empty
};

constexpr int64_t kGiB = 1024LL * 1024 * 1024;

std::vector<Field> fields(Config& c) {
  auto& s = c.server;
  auto& d = c.database;
  auto& x = c.security;
  auto& p = c.security.password;
  return {
      {"server.address", &s.address, 0, 0, {}, true},
      {"server.port", &s.port, 0, 65535},
      {"server.io_threads", &s.io_threads, 1, 64},
      {"server.worker_threads", &s.worker_threads, 0, 1024},
      {"server.max_body_bytes", &s.max_body_bytes, 1024, 4 * kGiB},
      {"server.max_header_bytes", &s.max_header_bytes, 1024, 1024 * 1024},
      {"server.read_timeout_ms", &s.read_timeout_ms, 100, 3600000},
      {"server.keep_alive_timeout_ms", &s.keep_alive_timeout_ms, 100, 3600000},
      {"server.shutdown_grace_ms", &s.shutdown_grace_ms, 0, 600000},
      {"server.tls_cert_file", &s.tls_cert_file},
      {"server.tls_key_file", &s.tls_key_file},
      {"server.web_root", &s.web_root},
      {"server.test_mode", &s.test_mode},
      {"server.trusted_proxies", &s.trusted_proxies},
      {"server.access_log", &s.access_log},
      {"database.url", &d.url, 0, 0, {}, true},
      {"database.pool_size", &d.pool_size, 1, 1024},
      {"database.busy_timeout_ms", &d.busy_timeout_ms, 0, 600000},
      {"database.backup_dir", &d.backup_dir, 0, 0, {}, true},
      {"security.lockout_failures", &x.lockout_failures, 1, 100},
      {"security.lockout_minutes", &x.lockout_minutes, 1, 10080},
      {"security.session_idle_minutes", &x.session_idle_minutes, 1, 1440},
      {"security.session_absolute_hours", &x.session_absolute_hours, 1, 720},
      {"security.idle_warning_seconds", &x.idle_warning_seconds, 0, 3600},
      {"security.totp_required_for_admins", &x.totp_required_for_admins},
      {"security.totp_issuer", &x.totp_issuer, 0, 0, {}, true},
      {"security.login_rate_per_minute", &x.login_rate_per_minute, 1, 100000},
      {"security.argon2_opslimit", &x.argon2_opslimit, 1, 20},
      {"security.argon2_memlimit", &x.argon2_memlimit, 8192, 4 * kGiB},
      {"security.secret_key_file", &x.secret_key_file, 0, 0, {}, true},
      {"security.password.min_length", &p.min_length, 6, 128},
      {"security.password.require_upper", &p.require_upper},
      {"security.password.require_lower", &p.require_lower},
      {"security.password.require_digit", &p.require_digit},
      {"security.password.require_symbol", &p.require_symbol},
      {"security.password.history", &p.history, 0, 24},
      {"security.password.max_age_days", &p.max_age_days, 0, 3650},
      {"audit.hash", &c.audit.hash, 0, 0, {"sm3", "sha256"}},
      {"log.level", &c.log.level, 0, 0, {"trace", "debug", "info", "warn", "error", "critical", "off"}},
      {"log.file", &c.log.file},
      {"log.json", &c.log.json},
      {"org.unit_name", &c.org.unit_name, 0, 0, {}, true},
      {"org.import_max_rows", &c.org.import_max_rows, 1, 1000000},
      {"org.utc_offset_minutes", &c.org.utc_offset_minutes, -720, 840},
  };
}

const std::set<std::string>& modelled_tables() {
  static const std::set<std::string> t{"server", "database", "security", "security.password", "audit", "log", "org"};
  return t;
}

// Sections that belong to a module, kept raw for it to parse (Config::section_toml).
// A top-level table that is neither modelled nor listed here is a misspelling: refused
// with its file:line, like an unknown key. The sections of the first modules are
// listed here; a new module declares its own with QF_REGISTER_CONFIG_SECTION (this
// file does not grow per module).
std::set<std::string>& module_tables_mutable() {
  static std::set<std::string> t{"calendar", "clues", "talks", "crosscheck", "reports", "public"};
  return t;
}
const std::set<std::string>& module_tables() { return module_tables_mutable(); }

Field* find_field(std::vector<Field>& fs, const std::string& key) {
  for (auto& f : fs)
    if (f.key == key) return &f;
  return nullptr;
}

// `where` names the source: "qingfeng.toml:12", "QF_SERVER_PORT" or the key itself.
Error range_error(const Field& f, int64_t v, const std::string& where) {
  return Error::make(ErrorKind::kInvalid, "config.range",
                     fmt::format("配置项 {} 的值 {} 超出允许范围 {}–{}", f.key, v, f.min, f.max),
                     fmt::format("Configuration key {} = {} is outside the allowed range {}–{}", f.key, v, f.min, f.max),
                     where);
}

Error type_error(const Field& f, const char* zh, const char* en, const std::string& where) {
  return Error::make(ErrorKind::kInvalid, "config.type", fmt::format("配置项 {} 应为{}", f.key, zh),
                     fmt::format("Configuration key {} must be {}", f.key, en), where);
}

Status check_string(const Field& f, const std::string& v, const std::string& where) {
  if (f.non_empty && v.empty())
    return Error::make(ErrorKind::kInvalid, "config.range", fmt::format("配置项 {} 不能为空", f.key),
                       fmt::format("Configuration key {} must not be empty", f.key), where);
  if (!f.choices.empty() && std::find(f.choices.begin(), f.choices.end(), v) == f.choices.end()) {
    std::string list;
    for (const auto& c : f.choices) list += (list.empty() ? "" : ", ") + c;
    return Error::make(ErrorKind::kInvalid, "config.range",
                       fmt::format("配置项 {} 的值“{}”无效，可选：{}", f.key, v, list),
                       fmt::format("Configuration key {} = \"{}\" is invalid; allowed: {}", f.key, v, list), where);
  }
  return {};
}

Status assign_int(const Field& f, int64_t v, const std::string& where) {
  if (v < f.min || v > f.max) return range_error(f, v, where);
  if (auto* pi = std::get_if<int*>(&f.target)) **pi = static_cast<int>(v);
  else **std::get_if<int64_t*>(&f.target) = v;
  return {};
}

// Assigns a TOML node to the field, checking its type and range.
Status assign_node(const Field& f, const toml::node& n, const std::string& where) {
  if (std::holds_alternative<int*>(f.target) || std::holds_alternative<int64_t*>(f.target)) {
    auto v = n.value_exact<int64_t>();
    if (!v) return type_error(f, "整数", "an integer", where);
    return assign_int(f, *v, where);
  }
  if (auto* pb = std::get_if<bool*>(&f.target)) {
    auto v = n.value_exact<bool>();
    if (!v) return type_error(f, "布尔值（true 或 false）", "a boolean (true or false)", where);
    **pb = *v;
    return {};
  }
  if (auto* ps = std::get_if<std::string*>(&f.target)) {
    auto v = n.value_exact<std::string>();
    if (!v) return type_error(f, "字符串", "a string", where);
    QF_TRY_STATUS(check_string(f, *v, where));
    **ps = *v;
    return {};
  }
  auto* pl = std::get<std::vector<std::string>*>(f.target);
  const toml::array* arr = n.as_array();
  if (!arr) return type_error(f, "字符串数组", "an array of strings", where);
  std::vector<std::string> out;
  for (const auto& item : *arr) {
    auto v = item.value_exact<std::string>();
    if (!v) return type_error(f, "字符串数组", "an array of strings", where);
    out.push_back(*v);
  }
  *pl = std::move(out);
  return {};
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Assigns a textual value (environment variable or --set flag).
Status assign_text(const Field& f, const std::string& raw, const std::string& where) {
  std::string_view text = trim(raw);
  if (std::holds_alternative<int*>(f.target) || std::holds_alternative<int64_t*>(f.target)) {
    int64_t v = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size())
      return type_error(f, "整数", "an integer", where);
    return assign_int(f, v, where);
  }
  if (auto* pb = std::get_if<bool*>(&f.target)) {
    std::string t(text);
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
    if (t == "true" || t == "1" || t == "yes" || t == "on") **pb = true;
    else if (t == "false" || t == "0" || t == "no" || t == "off") **pb = false;
    else return type_error(f, "布尔值（true 或 false）", "a boolean (true or false)", where);
    return {};
  }
  if (auto* ps = std::get_if<std::string*>(&f.target)) {
    QF_TRY_STATUS(check_string(f, raw, where));
    **ps = raw;
    return {};
  }
  auto* pl = std::get<std::vector<std::string>*>(f.target);
  std::vector<std::string> out;
  std::string_view rest = text;
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string_view item = trim(rest.substr(0, comma));
    if (!item.empty()) out.emplace_back(item);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  *pl = std::move(out);
  return {};
}

std::string env_name(const std::string& key) {
  std::string n = "QF_";
  for (char c : key) n += c == '.' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return n;
}

Status walk(Config& c, std::vector<Field>& fs, const toml::table& t, const std::string& prefix, const std::string& path) {
  for (const auto& [k, node] : t) {
    std::string key = prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
    std::string where = fmt::format("{}:{}", path, k.source().begin.line ? k.source().begin.line : node.source().begin.line);
    if (const toml::table* sub = node.as_table()) {
      if (modelled_tables().count(key)) {
        QF_TRY_STATUS(walk(c, fs, *sub, key, path));
        continue;
      }
      if (prefix.empty()) {  // a module's own section: kept raw for that module
        if (!module_tables().count(key))
          return Error::make(ErrorKind::kInvalid, "config.unknown_section",
                             fmt::format("未知的配置节 [{}]（{}），请检查拼写", key, where),
                             fmt::format("Unknown configuration section [{}] ({}); check the spelling", key, where),
                             where);
        std::ostringstream os;
        os << *sub;
        c.module_sections[key] = os.str();
        continue;
      }
    }
    Field* f = find_field(fs, key);
    if (!f)
      return Error::make(ErrorKind::kInvalid, "config.unknown_key",
                         fmt::format("未知的配置项 {}（{}），请检查拼写", key, where),
                         fmt::format("Unknown configuration key {} ({}); check the spelling", key, where), where);
    QF_TRY_STATUS(assign_node(*f, node, where));
  }
  return {};
}

// Rules that involve more than one key.
Status check_together(const Config& c) {
  if (c.server.tls_cert_file.empty() != c.server.tls_key_file.empty())
    return Error::make(ErrorKind::kInvalid, "config.range", "启用 TLS 需同时设置 server.tls_cert_file 和 server.tls_key_file",
                       "TLS needs both server.tls_cert_file and server.tls_key_file",
                       c.server.tls_cert_file.empty() ? "server.tls_cert_file" : "server.tls_key_file");
  if (c.security.idle_warning_seconds >= c.security.session_idle_minutes * 60)
    return Error::make(ErrorKind::kInvalid, "config.range",
                       "security.idle_warning_seconds 必须小于会话空闲超时（security.session_idle_minutes × 60）",
                       "security.idle_warning_seconds must be shorter than the idle timeout "
                       "(security.session_idle_minutes × 60)",
                       "security.idle_warning_seconds");
  return {};
}

}  // namespace

Result<Config> Config::load(const std::string& path, bool required) {
  Config c;
  std::error_code ec;
  if (!path.empty() && std::filesystem::exists(path, ec)) {
    toml::table tbl;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    c.source_text = text.str();
    try {
      tbl = toml::parse(c.source_text, path);
    } catch (const toml::parse_error& e) {
      std::string where = fmt::format("{}:{}", path, e.source().begin.line);
      return Error::make(ErrorKind::kInvalid, "config.syntax",
                         fmt::format("配置文件语法错误（{}）：{}", where, e.description()),
                         fmt::format("Syntax error in the configuration file ({}): {}", where, e.description()), where);
    }
    auto fs = fields(c);
    QF_TRY_STATUS(walk(c, fs, tbl, "", path));
    c.source_path = path;
  } else if (required) {
    return Error::make(ErrorKind::kNotFound, "config.file_missing", fmt::format("找不到配置文件 {}", path),
                       fmt::format("Configuration file {} not found", path), path);
  }
  // Environment overrides: QF_<SECTION>_<KEY>.
  auto fs = fields(c);
  for (const auto& f : fs) {
    std::string name = env_name(f.key);
    if (const char* v = std::getenv(name.c_str())) QF_TRY_STATUS(assign_text(f, v, name));
  }
  QF_TRY_STATUS(check_together(c));
  Date::set_business_utc_offset_minutes(c.org.utc_offset_minutes);
  return c;
}

Status check_legacy_utc_offset(const std::string& section, std::optional<int64_t> value, const std::string& where) {
  const int business = Date::business_utc_offset_minutes();
  if (value && *value == business) return {};
  const std::string shown = value ? std::to_string(*value) : std::string("?");
  return Error::make(
      ErrorKind::kInvalid, "config.utc_offset_moved",
      fmt::format("{}：{}.utc_offset_minutes = {} 与业务时区 org.utc_offset_minutes = {} 不一致；业务时区现只在 [org] "
                  "utc_offset_minutes 设置一处，请删除此项",
                  where, section, shown, business),
      fmt::format("{}: {}.utc_offset_minutes = {} differs from the business time zone org.utc_offset_minutes = {}; "
                  "the time zone is now set once, as [org] utc_offset_minutes: remove this key",
                  where, section, shown, business),
      where);
}

Status Config::set(const std::string& dotted_key, const std::string& value) {
  auto fs = fields(*this);
  Field* f = find_field(fs, dotted_key);
  if (!f)
    return Error::make(ErrorKind::kInvalid, "config.unknown_key", fmt::format("未知的配置项 {}", dotted_key),
                       fmt::format("Unknown configuration key {}", dotted_key), dotted_key);
  // Validate on a copy so a refused value leaves this Config unchanged.
  Config copy = *this;
  auto cfs = fields(copy);
  QF_TRY_STATUS(assign_text(*find_field(cfs, dotted_key), value, dotted_key));
  QF_TRY_STATUS(check_together(copy));
  *this = std::move(copy);
  Date::set_business_utc_offset_minutes(org.utc_offset_minutes);
  return {};
}

std::string Config::section_toml(const std::string& section) const {
  auto it = module_sections.find(section);
  return it == module_sections.end() ? std::string() : it->second;
}

int ServerConfig::resolved_worker_threads(unsigned cores, bool postgres, int pool_size) const {
  if (worker_threads > 0) return worker_threads;
  const int n = static_cast<int>(std::max(1u, cores));
  const int wanted = postgres ? std::max(8, 4 * n) : std::max(2, n);
  return std::max(1, std::min(wanted, pool_size));
}

Config::ModuleSection Config::module_section(const std::string& section) const {
  if (!source_path.empty() && module_sections.count(section)) return {source_text, source_path};
  return {section_toml(section), source_path.empty() ? std::string("qingfeng.toml") : source_path};
}

RegisterConfigSection::RegisterConfigSection(const char* section) { module_tables_mutable().insert(section); }

}  // namespace qf
