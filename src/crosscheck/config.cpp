#include "crosscheck/config.h"

#include <cmath>
#include <fstream>
#include <sstream>

#include <toml++/toml.h>

namespace qf::crosscheck {

int64_t to_fen(double yuan) { return std::llround(yuan * 100.0); }

namespace {

Error key_error(const std::string& origin, const std::string& key, const std::string& what_zh,
                const std::string& what_en) {
  return Error::invalid("crosscheck.config", "配置项 crosscheck." + key + " " + what_zh,
                        "configuration key crosscheck." + key + " " + what_en, origin);
}

Status read_number(const toml::table& t, const std::string& origin, const char* key, double min,
                   double max, double* out) {
  const toml::node* n = t.get(key);
  if (!n) return {};
  std::optional<double> v;
  if (auto i = n->value<int64_t>()) v = static_cast<double>(*i);
  else if (auto d = n->value<double>()) v = *d;
  if (!v) return key_error(origin, key, "必须是数字", "must be a number");
  if (!(*v >= min && *v <= max)) return key_error(origin, key, "超出允许范围", "is out of range");
  *out = *v;
  return {};
}

}  // namespace

Status parse_rule_config(const std::string& toml_text, const std::string& origin, RuleConfig* config) {
  toml::table root;
  try {
    root = toml::parse(toml_text, origin);
  } catch (const toml::parse_error& e) {
    std::ostringstream where;
    where << origin << ":" << e.source().begin.line;
    return Error::invalid("crosscheck.config", "配置文件无法解析：" + std::string(e.description()),
                          "configuration file cannot be parsed: " + std::string(e.description()), where.str());
  }
  const toml::table* t = root["crosscheck"].as_table();
  if (!t) return {};
  constexpr double kBig = 1e15;
  QF_TRY_STATUS(read_number(*t, origin, "open_tender_threshold", 0, kBig, &config->open_tender_threshold));
  QF_TRY_STATUS(read_number(*t, origin, "near_threshold_margin", 0, 1, &config->near_threshold_margin));
  QF_TRY_STATUS(read_number(*t, origin, "single_source_share", 0, 1, &config->single_source_share));
  QF_TRY_STATUS(read_number(*t, origin, "single_source_min_total", 0, kBig, &config->single_source_min_total));
  QF_TRY_STATUS(read_number(*t, origin, "new_company_min_amount", 0, kBig, &config->new_company_min_amount));
  QF_TRY_STATUS(read_number(*t, origin, "property_area_tolerance", 0, 1e6, &config->property_area_tolerance));
  double days = static_cast<double>(config->new_company_days);
  QF_TRY_STATUS(read_number(*t, origin, "new_company_days", 0, 36500, &days));
  if (days != std::floor(days)) return key_error(origin, "new_company_days", "必须是整数", "must be an integer");
  config->new_company_days = static_cast<int64_t>(days);
  if (const toml::node* n = t->get("thresholds")) {
    const toml::array* a = n->as_array();
    if (!a) return key_error(origin, "thresholds", "必须是数字数组", "must be an array of numbers");
    std::vector<double> values;
    for (const auto& el : *a) {
      std::optional<double> v;
      if (auto i = el.value<int64_t>()) v = static_cast<double>(*i);
      else if (auto d = el.value<double>()) v = *d;
      if (!v || *v <= 0) return key_error(origin, "thresholds", "必须是正数数组", "must be an array of positive numbers");
      values.push_back(*v);
    }
    config->thresholds = std::move(values);
  }
  return {};
}

Status load_rule_config(const std::string& path, RuleConfig* config) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error::invalid("crosscheck.config", "无法读取配置文件 " + path, "cannot read configuration file " + path, path);
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return parse_rule_config(ss.str(), path, config);
}

}  // namespace qf::crosscheck
