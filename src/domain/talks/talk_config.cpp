// [talks] configuration: see talk_config.h.
#include "domain/talks/talk_config.h"

#include <set>
#include <toml++/toml.h>

#include "core/calendar.h"
#include "core/config_section.h"

namespace qf::talks {
namespace {

Error bad_key(const std::string& key, const std::string& where, const std::string& zh, const std::string& en) {
  return Error::invalid("config.talks", where + "：配置项 talks." + key + " " + zh,
                        where + ": setting talks." + key + " " + en, where);
}

const std::set<std::string>& known_event_kinds() {
  static const std::set<std::string> k{"appoint", "promote", "transfer"};
  return k;
}

}  // namespace

Result<TalkConfig> TalkConfig::from_toml(std::string_view toml_text, std::string_view source_name) {
  const std::string file(source_name);
  QF_TRY(auto parsed, ModuleSectionToml::parse(toml_text, file, "talks"));
  const toml::table* section = &parsed.table();

  TalkConfig cfg;
  for (auto&& [key, node] : *section) {
    std::string k(key.str());
    std::string where = file + ":" + std::to_string(node.source().begin.line);
    auto strings = [&](std::vector<std::string>* out) -> Status {
      const toml::array* arr = node.as_array();
      if (!arr) return bad_key(k, where, "应为字符串列表", "must be a list of strings");
      out->clear();
      for (const toml::node& n : *arr) {
        auto s = n.value<std::string>();
        if (!n.is_string() || !s) return bad_key(k, where, "应为字符串列表", "must be a list of strings");
        out->push_back(*s);
      }
      if (out->empty()) return bad_key(k, where, "不能为空", "must not be empty");
      return {};
    };
    if (k == "required_within_days") {
      auto v = node.value<int64_t>();
      if (!node.is_integer() || !v) return bad_key(k, where, "应为整数", "must be an integer");
      if (*v < 1 || *v > 365) return bad_key(k, where, "应在 1 到 365 之间", "must be between 1 and 365");
      cfg.required_within_days = static_cast<int>(*v);
    } else if (k == "event_kinds") {
      std::vector<std::string> kinds;
      QF_TRY_STATUS(strings(&kinds));
      for (const auto& s : kinds) {
        if (!known_event_kinds().count(s))
          return bad_key(k, where, "中的“" + s + "”不是人事变动种类（应为 appoint、promote 或 transfer）",
                         "lists \"" + s + "\", which is not a position event kind (appoint, promote or transfer)");
      }
      cfg.event_kinds = std::move(kinds);
    } else if (k == "required_kinds") {
      std::vector<std::string> codes;
      QF_TRY_STATUS(strings(&codes));
      cfg.required_kinds.clear();
      for (const auto& s : codes) {
        auto kind = talk_kind_from_code(s);
        if (!kind) {
          std::string all;
          for (const auto& l : talk_kinds()) all += (all.empty() ? "" : ", ") + std::string(l.code);
          return bad_key(k, where, "中的“" + s + "”不是谈话种类（应为 " + all + " 之一）",
                         "lists \"" + s + "\", which is not a talk kind (one of " + all + ")");
        }
        cfg.required_kinds.push_back(*kind);
      }
    } else if (k == "pending_since") {
      auto s = node.value<std::string>();
      if (!node.is_string() || !s) return bad_key(k, where, "应为日期字符串 YYYY-MM-DD 或空字符串",
                                                  "must be a date string YYYY-MM-DD or empty");
      if (!s->empty() && !Date::parse(*s, where).ok())
        return bad_key(k, where, "应为有效日期 YYYY-MM-DD（或空字符串表示全部），实际为“" + *s + "”",
                       "must be a real date YYYY-MM-DD (or empty for all), got \"" + *s + "\"");
      cfg.pending_since = *s;
    } else {
      return Error::invalid("config.talks.unknown", where + "：未知配置项 talks." + k,
                            where + ": unknown setting talks." + k, where);
    }
  }
  return cfg;
}

}  // namespace qf::talks
