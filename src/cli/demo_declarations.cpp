// Demo data of personal-matters reports (领导干部个人有关事项报告) for `qingfeng demo`:
// every leading cadre of the demo bureau gets the yearly reports of the two years before
// the open one, filled, submitted and accepted by the organisation department (renshi),
// with changes from one year to the next (a parking space bought, a trip abroad, a fund's
// value) so the comparison has something to show. The open year is left for the cadres
// to fill in. Skips itself when any report exists, so `demo --force` stays safe.
#include <iostream>

#include "cli/command.h"
#include "core/clock.h"
#include "core/resident_id.h"
#include "domain/auth/accounts.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/server_key.h"
#include "domain/declarations/declaration_store.h"
#include "domain/declarations/declarations_config.h"

namespace qf::cli {
namespace {

namespace dc = qf::declarations;
using json = nlohmann::json;

std::string resident_id(int birth_year, int n) {
  char first17[18];
  std::snprintf(first17, sizeof first17, "330102%04d%02d%02d%03d", birth_year, 1 + n % 12, 1 + n % 28, 100 + n % 800);
  return std::string(first17) + ResidentId::check_character(first17);
}

std::string eight_digits(int seed) {
  char buf[9];
  std::snprintf(buf, sizeof buf, "%08d", (seed * 7919 + 12345) % 100000000);
  return buf;
}

json rows(std::initializer_list<json> r) { return json{{"rows", json(r)}}; }
json none() { return json{{"none", true}}; }

// The content of cadre number i's yearly report of `year` (later = the second year).
json demo_content(int i, const std::string& name, bool later) {
  static const char* spouses[] = {"王丽", "陈静", "刘芳", "赵敏", "孙悦", "周红", "吴霞", "郑洁"};
  const std::string spouse = spouses[i % 8];
  json items = json::object();
  items["marriage"] = rows({{{"status", "已婚"}, {"spouse_name", spouse}, {"spouse_id", resident_id(1975 + i % 10, i)}}});
  items["passports"] = rows({{{"passport_no", "E" + eight_digits(i)}, {"issued_on", "2019-05-10"},
                              {"expires_on", "2029-05-09"}, {"kept_by", "组织集中保管"}}});
  items["private_trips"] = later && i % 3 == 0
                               ? rows({{{"depart_on", "2025-08-02"}, {"return_on", "2025-08-09"}, {"destination", "泰国"},
                                        {"purpose", "家庭旅游"}, {"document_no", "E" + eight_digits(i)}}})
                               : none();
  items["permits"] = i % 2 == 0 ? rows({{{"kind", "往来港澳通行证"}, {"permit_no", "C" + eight_digits(i + 1)},
                                         {"issued_on", "2018-03-01"}, {"expires_on", "2028-02-28"}}})
                                : none();
  items["children_foreign_marriage"] = none();
  items["family_abroad"] = later && i % 7 == 3
                               ? rows({{{"relation", "子女"}, {"name", name.substr(0, 3) + "晓"}, {"country", "英国"},
                                        {"status", "连续居住一年以上"}, {"since", "2024-09-01"}}})
                               : none();
  items["family_employment"] = rows({{{"relation", "配偶"}, {"name", spouse}, {"resident_id", resident_id(1975 + i % 10, i)},
                                      {"employer", "演示市第" + std::to_string(1 + i % 5) + "中学"}, {"position", "教师"}}});
  items["criminal_liability"] = none();
  items["salary"] = rows({{{"annual_salary", std::to_string((later ? 168000 : 162000) + i * 1000)},
                           {"allowances", std::to_string(24000 + i * 100)}}});
  items["labor_income"] = i % 4 == 1 ? rows({{{"kind", "讲学"}, {"payer", "演示市委党校"}, {"amount", "1500"}}}) : none();
  json homes = json::array();
  homes.push_back({{"owner", "共有"}, {"owner_name", name + "、" + spouse},
                   {"address", "演示市西湖区文三路" + std::to_string(100 + i) + "号" + std::to_string(1 + i % 6) + "幢"},
                   {"use", "住宅"}, {"area", std::to_string(88 + i % 40) + ".5"}, {"acquired_on", "2012-06-18"},
                   {"price", std::to_string(1200000 + i * 10000)}});
  if (later && i % 3 == 1)
    homes.push_back({{"owner", "本人"}, {"owner_name", name}, {"address", "演示市西湖区文三路" + std::to_string(100 + i) + "号地下车库"},
                     {"use", "车库车位"}, {"area", "13.2"}, {"acquired_on", "2025-04-20"}, {"price", "180000"}});
  items["real_estate"] = json{{"rows", homes}};
  items["securities"] = i % 2 == 1 ? rows({{{"owner", "配偶"}, {"owner_name", spouse}, {"kind", "基金"},
                                            {"product", "演示稳健混合基金 00" + std::to_string(1000 + i)},
                                            {"quantity", "20000"}, {"value", later ? "23600" : "21800"}}})
                                   : none();
  items["family_business"] = i % 5 == 2 ? rows({{{"relation", "子女"}, {"name", name.substr(0, 3) + "明"},
                                                 {"company", "演示市明远文化传播有限公司"}, {"role", "股东，出资 30%"},
                                                 {"capital", "300000"}}})
                                        : none();
  items["assets_abroad"] = none();
  return json{{"items", items}, {"note", ""}};
}

Result<int64_t> ms_of(const std::string& date) {
  QF_TRY(Date d, Date::parse(date));
  return d.days_since_epoch() * 86400000LL + 2 * 3600 * 1000;  // 10:00 Beijing time
}

Status fill(store::Connection& conn, const Config& config, int* made) {
  QF_TRY(auto existing, conn.query_one(store::sql(conn, "declarations/count_all")));
  if (existing.i64("n") > 0) return Status{};
  QF_TRY(auto hr, auth::find_by_username(conn, "renshi"));
  if (!hr) return Status{};
  QF_TRY(auto opened, auth::ensure_server_key(config.security.secret_key_file));
  const auth::ServerKey& key = opened.key;
  auto section = config.module_section("declarations");
  QF_TRY(dc::DeclarationsConfig cfg, dc::DeclarationsConfig::from_toml(section.toml, section.source));
  const int open_year = cfg.current_report_year(Date::from_unix_ms(SystemClock().now_ms()));
  QF_TRY(auto cadres, conn.query(store::sql(conn, "declarations/leading_cadres")));
  int i = 0;
  for (const auto& c : cadres) {
    auth::Principal owner;
    owner.account_id = c.is_null("account_id") ? hr->id : c.i64("account_id");
    owner.person_id = c.i64("id");
    owner.display_name = c.text("name");
    owner.permissions = {dc::perm::kOwn};
    for (int back = 2; back >= 1; --back) {
      const int year = open_year - back;
      const std::string y = std::to_string(year + 1);
      QF_TRY(int64_t t_create, ms_of(y + "-01-0" + std::to_string(5 + i % 4)));
      QF_TRY(int64_t t_accept, ms_of(y + "-02-1" + std::to_string(i % 9)));
      QF_TRY(auth::Principal reviewer, auth::load_principal(conn, hr->id, t_accept));
      QF_TRY(int64_t id, dc::create_declaration(conn, owner, key, dc::Kind::kAnnual, year, open_year, t_create));
      QF_TRY(dc::Detail fresh, dc::get_declaration(conn, owner, key, id));
      QF_TRY(dc::Declaration saved, dc::save_declaration(conn, owner, key, id, fresh.declaration.version,
                                                         demo_content(i, c.text("name"), back == 1), t_create + 600000));
      QF_TRY(dc::Declaration sent, dc::submit_declaration(conn, owner, key, id, saved.version, t_create + 900000));
      QF_TRY(dc::Declaration done, dc::accept_declaration(conn, reviewer, id, t_accept));
      (void)sent;
      (void)done;
      ++*made;
    }
    ++i;
  }
  return Status{};
}

void demo_declarations(DemoContext& d) {
  int made = 0;
  auto st = d.db.transaction([&](store::Connection& c) { return fill(c, d.config, &made); });
  if (!st.ok()) fail(st.error());
  if (made == 0) {
    std::cout << "\n个人有关事项报告已有数据，未再添加。/ Personal-matters reports exist; none added.\n";
    return;
  }
  std::cout << "\n领导干部个人有关事项报告 / Personal-matters reports: " << made
            << " 份往年年度报告（已签收）/ yearly reports of earlier years (accepted)\n";
}

}  // namespace

QF_REGISTER_DEMO(40, "declarations", demo_declarations);

}  // namespace qf::cli
