#include "domain/duty/duty_config.h"

#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "core/config_section.h"

namespace qf::duty {

Result<DutyConfig> DutyConfig::from_toml(std::string_view toml_text, std::string_view source_name) {
  QF_TRY(auto parsed, ModuleSectionToml::parse(toml_text, std::string(source_name), "duty"));
  DutyConfig cfg;
  for (auto&& [key, node] : parsed.table()) {
    const std::string k(key.str());
    if (k == "remind_days_before") {
      const toml::array* arr = node.as_array();
      auto bad = [&] {
        return Error::invalid("config.duty",
                              fmt::format("{}：duty.remind_days_before 应为 1 至 366 之间不重复的整数列表，如 [30, 7, 1]",
                                          parsed.where(node)),
                              fmt::format("{}: duty.remind_days_before must be a list of distinct whole numbers from "
                                          "1 to 366, e.g. [30, 7, 1]",
                                          parsed.where(node)),
                              parsed.where(node));
      };
      if (!arr || arr->empty() || arr->size() > 10) return bad();
      cfg.remind_days_before.clear();
      for (const toml::node& e : *arr) {
        auto v = e.value<int64_t>();
        if (!e.is_integer() || !v || *v < 1 || *v > 366) return bad();
        if (std::find(cfg.remind_days_before.begin(), cfg.remind_days_before.end(), *v) !=
            cfg.remind_days_before.end())
          return bad();
        cfg.remind_days_before.push_back(static_cast<int>(*v));
      }
    } else {
      return parsed.unknown_key(k, node);
    }
  }
  return cfg;
}

}  // namespace qf::duty
