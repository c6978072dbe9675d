#pragma once
// Settings of the reports module: [reports] (limits, numbering, lookup locks) and
// [public] (the separate public listener), both kept raw by qf::Config and parsed
// here. Every default is documented in qingfeng.toml and docs/modules/reports-api.md.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/config.h"
#include "core/result.h"

namespace qf::reports {

struct ReportsConfig {
  std::string number_pattern = "〔{year}〕信访第{seq}号";
  int pow_bits = 18;                      // 8–28
  int challenge_ttl_seconds = 600;
  int submissions_per_address_per_hour = 5;
  int submissions_per_hour = 200;         // whole public listener
  int max_attachments = 5;
  int max_attachment_mb = 5;
  int max_total_attachment_mb = 10;
  int max_text_chars = 20000;
  int lookup_max_failures = 5;            // per query code, then locked
  int lookup_lock_minutes = 30;
  int lookup_per_address_per_hour = 20;   // failed lookups per (hashed) address
  int password_min_length = 8;

  int64_t max_attachment_bytes() const { return static_cast<int64_t>(max_attachment_mb) << 20; }
  int64_t max_total_attachment_bytes() const { return static_cast<int64_t>(max_total_attachment_mb) << 20; }
  Status validate() const;
  // Parses the [reports] section text; unknown keys and bad values are refused naming
  // the key and line.
  static Result<ReportsConfig> from_toml(std::string_view toml_text, std::string_view source_name = "qingfeng.toml");
  // From the loaded configuration (its file when it has [reports], so errors name the line).
  static Result<ReportsConfig> load(const Config& config);
};

struct PublicListenerConfig {
  bool enabled = true;
  std::string address = "127.0.0.1";
  int port = 8081;
  std::string web_root = "web/dist-public";
  int64_t max_body_bytes = 16LL * 1024 * 1024;
  std::string tls_cert_file;
  std::string tls_key_file;
  std::vector<std::string> trusted_proxies;

  static Result<PublicListenerConfig> from_toml(std::string_view toml_text,
                                                std::string_view source_name = "qingfeng.toml");
  static Result<PublicListenerConfig> load(const Config& config);
};

}  // namespace qf::reports
