// Demo data of the findings module (大数据比对疑点): a cross-check run on a small
// generated registry data set about the demo bureau — the cadres taken from the
// organisation's leading cadres, as a real run would — giving an undeclared business of
// a cadre's spouse (R1), a split purchase (R5) and a near-threshold contract (R6); one
// of the findings is already a problem clue (source 大数据比对) handled by the member.
// Skipped when a run exists (`qingfeng demo --force` stays safe).
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "domain/auth/accounts.h"
#include "domain/clues/clue_config.h"
#include "domain/clues/clue_state_machine.h"
#include "domain/clues/clue_store.h"
#include "domain/findings/declared_inputs.h"
#include "domain/findings/engine_port.h"
#include "domain/findings/findings_store.h"

namespace qf::cli {
namespace {

namespace fs = std::filesystem;

// GB 11643 check digit of the first 17 digits.
std::string resident_id(const std::string& first17) {
  static const int w[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (first17[i] - '0') * w[i];
  return first17 + "10X98765432"[sum % 11];
}

// GB 32100 check character of the first 17 characters.
std::string credit_code(const std::string& first17) {
  static const std::string chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static const int w[] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += static_cast<int>(chars.find(first17[i])) * w[i];
  const int c = (31 - sum % 31) % 31;
  return first17 + chars[c];
}

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

Status fill(store::Connection& conn, const Config& config, const std::string& in, const std::string& out,
            int* findings_made, std::string* clue_number) {
  QF_TRY(auto existing, findings::list_runs(conn, 0, 1));
  if (existing.second > 0) return Status{};
  QF_TRY(auto secretary, auth::find_by_username(conn, "jiwei"));
  QF_TRY(auto member, auth::find_by_username(conn, "jijian"));
  if (!secretary || !member) return Status{};
  const int64_t now = SystemClock().now_ms();
  const Date today = Date::from_unix_ms(now);
  const std::string year = today.to_string().substr(0, 4);

  QF_TRY(int64_t cadres, findings::write_cadres_csv(conn, in + "/cadres.csv"));
  if (cadres == 0) return Status{};
  // The first leading cadre of the file: its spouse runs a company it did not declare.
  std::ifstream cf(in + "/cadres.csv");
  std::string header, first;
  std::getline(cf, header);
  std::getline(cf, first);
  const std::string cadre = first.substr(1, first.find('"', 1) - 1);
  // The declaration side from the demo's own personal-matters reports and approvals, as
  // a real run takes it; the spouse the first cadre declared is the one in business.
  QF_TRY(auto declared, findings::write_declared_inputs(conn, config.security, in));
  std::string spouse_name = "演示配偶", spouse_id = resident_id("33010619800512002");
  bool spouse_declared = false;
  {
    std::ifstream rf(in + "/relatives.csv");
    std::string line;
    std::getline(rf, line);
    const std::string prefix = "\"" + cadre + "\",\"配偶\",\"";
    while (std::getline(rf, line))
      if (line.rfind(prefix, 0) == 0) {
        const std::string rest = line.substr(prefix.size());  // name","id",""
        const auto a = rest.find('"');
        const auto b = rest.find('"', a + 3);
        if (a != std::string::npos && b != std::string::npos && b > a + 3) {
          spouse_name = rest.substr(0, a);
          spouse_id = rest.substr(a + 3, b - a - 3);
          spouse_declared = true;
        }
        break;
      }
  }
  if (!spouse_declared)  // no report of the first cadre: its spouse as a relatives.csv row
    write(in + "/relatives.csv", "cadre_id,relation,name,resident_id,birth_date\n" + cadre + ",配偶," + spouse_name + "," +
                                     spouse_id + ",\n");
  const std::string code = credit_code("91330106MA2DEMP01");
  const std::string code2 = credit_code("91330106MA2DEMP02");
  write(in + "/enterprises.csv",
        "credit_code,company_name,registered_date,address,phone,status\n" + code +
            ",演示市清溪建材有限公司,2019-03-01,演示市江滨路8号,0571-80000001,存续\n" + code2 +
            ",演示市明远办公设备有限公司,2015-06-01,演示市文一路20号,0571-80000002,存续\n");
  write(in + "/enterprise_persons.csv",
        "credit_code,person_name,resident_id,role,share_ratio,start_date,end_date\n" + code + "," + spouse_name + "," + spouse_id +
            ",法定代表人,60,2019-03-01,\n");
  write(in + "/contracts.csv",
        "contract_id,buyer_department,supplier_credit_code,supplier_name,method,amount,signed_date,category,handler_cadre_id\n"
        "HT-" + year + "-001,办公室," + code2 + ",演示市明远办公设备有限公司,询价,900000," + year + "-02-10,办公设备,\n"
        "HT-" + year + "-002,办公室," + code2 + ",演示市明远办公设备有限公司,询价,800000," + year + "-03-12,办公设备,\n"
        "HT-" + year + "-003,办公室," + code2 + ",演示市明远办公设备有限公司,竞争性谈判,700000," + year + "-04-15,办公设备,\n"
        "HT-" + year + "-004,规划处," + code2 + ",演示市明远办公设备有限公司,询价,985000," + year + "-05-20,测绘服务,\n");

  findings::Run run;
  run.state = "queued";
  run.source = "upload";
  run.cadres_from = "database";
  run.declarations_from = "database";
  run.as_of = today.to_string();
  run.phase = "queued";
  run.created_by = secretary->id;
  QF_TRY(int64_t run_id, findings::create_run(conn, run, now));
  QF_TRY(bool started, findings::start_run(conn, run_id, now));
  (void)started;
  const auto& engine = findings::engine();
  if (!engine) return Status{};
  QF_TRY(auto outcome, engine(findings::EngineRequest{in, out, run.as_of, config.source_path, 1}));
  nlohmann::json summary{{"rows", nlohmann::json::object()}, {"per_rule", nlohmann::json::object()},
                         {"skipped", outcome.skipped}, {"data_quality_rows", outcome.data_quality_rows},
                         {"engine_seconds", outcome.seconds}};
  for (const auto& [file, rows] : outcome.rows) summary["rows"][file] = rows;
  for (int r = 1; r <= 10; ++r) summary["per_rule"]["R" + std::to_string(r)] = outcome.per_rule[r];
  summary["declarations_from"] = "database";
  summary["declared"] = {{"reports", declared.reports}, {"approvals", declared.approvals}};
  for (const auto& name : findings::declared_input_files()) summary["sources"][name] = "database";
  summary["notices"] = nlohmann::json::array();
  QF_TRY(auto key, findings::findings_key(config.security));
  QF_TRY(auto tally, findings::ingest_run(conn, key, run_id, in, out, summary.dump(), now));
  *findings_made = static_cast<int>(tally.findings);

  // The R1 finding becomes a clue handled by the member, as the secretary would do it.
  findings::FindingQuery q;
  q.rule = "R1";
  q.limit = 1;
  QF_TRY(auto r1, findings::list_findings(conn, key, q));
  if (r1.first.empty()) return Status{};
  const findings::Finding& f = r1.first.front();
  auto section = config.module_section("clues");
  auto clue_cfg = clues::ClueConfig::from_toml(section.toml, section.source);
  const clues::ClueConfig ccfg = clue_cfg.ok() ? *clue_cfg : clues::ClueConfig{};
  clues::NewClue nc;
  nc.source = clues::ClueSource::kDataCrossCheck;
  nc.category = clues::DisciplineCategory::kIntegrity;
  nc.persons = {clues::ReportedPerson{f.person_id, f.person_name.empty() ? f.cadre_id : f.person_name, ""}};
  nc.matter = findings::clue_matter(f);
  nc.received_on = today;
  clues::ClueActor actor{secretary->id, secretary->display_name, clues::ClueActorRole::kDisciplineSecretary};
  clues::StoredClueNumberAllocator numbers(conn);
  QF_TRY(clues::ProblemClue clue, clues::register_clue(nc, actor, now, ccfg, numbers));
  QF_TRY(auto cal, clues::load_calendar(conn));
  QF_TRY(int64_t clue_id, clues::insert_clue(conn, clue, secretary->id, now, clues::DueRules{ccfg, cal}));
  QF_TRY(int64_t a, clues::add_assignment(conn, clue_id, member->id, clues::ClueActorRole::kHandler, secretary->id, now));
  (void)a;
  if (auto head = auth::find_by_username(conn, "jjszr"); head.ok() && *head) {
    QF_TRY(int64_t h, clues::add_assignment(conn, clue_id, (*head)->id, clues::ClueActorRole::kDeptHead, secretary->id, now));
    (void)h;
  }
  QF_TRY_STATUS(findings::link_clue(conn, f.id, clue_id, secretary->id, now));
  *clue_number = clue.number;
  return Status{};
}

void demo_findings(DemoContext& d) {
  const fs::path dir = fs::temp_directory_path() / ("qf-demo-findings-" + std::to_string(::getpid()));
  std::error_code ec;
  fs::create_directories(dir / "in", ec);
  fs::create_directories(dir / "out", ec);
  int made = 0;
  std::string number;
  auto st = d.db.transaction([&](store::Connection& c) {
    return fill(c, d.config, (dir / "in").string(), (dir / "out").string(), &made, &number);
  });
  fs::remove_all(dir, ec);
  if (!st.ok()) fail(st.error());
  if (made == 0) {
    std::cout << "\n大数据比对已有批次，未再添加。/ Cross-check runs exist; none added.\n";
    return;
  }
  std::cout << "\n大数据比对 / Cross-check findings: " << made << " 个疑点 / findings"
            << (number.empty() ? "" : "，其中 1 个已转为问题线索 " + number + " / one made clue " + number) << "\n";
}

}  // namespace

QF_REGISTER_DEMO(80, "findings", demo_findings);

}  // namespace qf::cli
