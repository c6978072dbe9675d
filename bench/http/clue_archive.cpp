// qf_clue_archive: grows a demo bureau's database into a clue archive for the HTTP
// benchmark of the clue register (bench/http/run.sh --archive N): people up to
// --people, nine more discipline members, and --clues problem clues spread over ten
// years, registered and walked through the real rules (register, collective review,
// a proposed disposition, its signatures; about three transitions per clue) and
// written through the real store, so the register reads them as it reads real ones.
// One handler in ten of the clues is jijian (the demo's discipline member); the rest
// are spread over the other members. Deterministic: the same arguments give the same
// archive.
//
//   qf_clue_archive --database URL [--clues 100000] [--people 5000]
//
// Run it on a database that `qingfeng migrate` and `qingfeng demo` have prepared.
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "core/config.h"
#include "domain/auth/accounts.h"
#include "domain/clues/clue_state_machine.h"
#include "domain/clues/clue_store.h"
#include "domain/org/people.h"
#include "domain/org/structure.h"
#include "store/database.h"

namespace {

using namespace qf;
namespace cl = qf::clues;

int fail(const Error& e) {
  std::fprintf(stderr, "qf_clue_archive: %s\n", e.to_string().c_str());
  return 1;
}

Result<int64_t> account_id(store::Connection& conn, const std::string& username) {
  QF_TRY(auto a, auth::find_by_username(conn, username));
  if (!a) return Error::invalid("archive.demo", "缺少演示账号 " + username, "demo account missing: " + username);
  return a->id;
}

constexpr const char* kSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
constexpr const char* kGiven = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂";

std::string pick(const char* utf8_chars, size_t i) {
  std::string s(utf8_chars);
  const size_t n = s.size() / 3;  // three bytes per character in these lists
  return s.substr((i % n) * 3, 3);
}

}  // namespace

int main(int argc, char** argv) {
  std::string url;
  int64_t clue_count = 100000, people_target = 5000;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string k = argv[i];
    if (k == "--database") url = argv[i + 1];
    else if (k == "--clues") clue_count = std::stoll(argv[i + 1]);
    else if (k == "--people") people_target = std::stoll(argv[i + 1]);
  }
  if (url.empty()) {
    std::fprintf(stderr, "usage: qf_clue_archive --database URL [--clues N] [--people N]\n");
    return 2;
  }
  store::DatabaseOptions opts;
  opts.url = url;
  auto db = store::Database::open(opts);
  if (!db.ok()) return fail(db.error());
  const auto started = std::chrono::steady_clock::now();
  const int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch()).count();
  std::mt19937_64 rnd(20261206);

  // People up to the target, in the demo's departments.
  std::vector<int64_t> people;
  std::vector<int64_t> handlers;
  int64_t jijian = 0, jjszr = 0, jiwei = 0;
  auto prepared = (*db)->transaction([&](store::Connection& conn) -> Status {
    QF_TRY(auto unit, conn.query_one("SELECT id FROM units ORDER BY id LIMIT 1"));
    QF_TRY(auto depts, org::list_departments(conn, false));
    QF_TRY(auto existing, conn.query("SELECT id FROM people WHERE status = 'active' ORDER BY id"));
    for (const auto& r : existing) people.push_back(r.i64("id"));
    for (int64_t i = static_cast<int64_t>(people.size()); i < people_target; ++i) {
      org::PersonDetails d;
      d.employee_no = fmt::format("A{:06d}", i);
      d.name = pick(kSurnames, rnd()) + pick(kGiven, rnd()) + pick(kGiven, rnd());
      d.gender = i % 2 ? "male" : "female";
      org::Placement p;
      p.department_id = depts[rnd() % depts.size()].id;
      p.effective_date = "2015-03-01";
      QF_TRY(int64_t id, org::create_person(conn, unit.i64("id"), d, p, std::nullopt, now));
      people.push_back(id);
    }
    QF_TRY(jijian, account_id(conn, "jijian"));
    QF_TRY(jjszr, account_id(conn, "jjszr"));
    QF_TRY(jiwei, account_id(conn, "jiwei"));
    handlers.push_back(jijian);
    SecurityConfig sec;
    sec.argon2_memlimit = 8LL * 1024 * 1024;
    for (int i = 1; i <= 9; ++i) {
      auth::NewAccount a{fmt::format("jjgb{:02d}", i), fmt::format("纪检干部{:02d}", i), std::nullopt, "Qingfeng@2026",
                         false};
      QF_TRY(int64_t id, auth::create_account(conn, sec, a, now));
      QF_TRY_STATUS(auth::grant_roles(conn, id, {{auth::Role::kDisciplineMember, auth::ScopeKind::kUnit, {}}}, jiwei,
                                      now));
      handlers.push_back(id);
    }
    return {};
  });
  if (!prepared.ok()) return fail(prepared.error());

  const cl::ClueConfig cfg;
  const char* matters[] = {"反映其在项目验收中收受礼金", "反映其违规接受宴请", "反映其违规兼职取酬",
                           "反映其插手工程招投标", "反映其公车私用"};
  const cl::Disposition dispositions[] = {cl::Disposition::kClose, cl::Disposition::kHold,
                                          cl::Disposition::kTalkOrInquiry, cl::Disposition::kPreliminaryVerification};
  int64_t transitions = 0;
  for (int64_t done = 0; done < clue_count;) {
    const int64_t batch = std::min<int64_t>(1000, clue_count - done);
    auto st = (*db)->transaction([&](store::Connection& conn) -> Status {
      QF_TRY(WorkingDayCalendar cal, cl::load_calendar(conn));
      const cl::DueRules due{cfg, cal};
      for (int64_t k = 0; k < batch; ++k) {
        const int64_t i = done + k;
        // Ten years, oldest first, so numbers run in time order within each year.
        const Date received = Date::parse("2016-01-04").value().add_days(i * 3650 / clue_count);
        const int64_t at = (received.days_since_epoch() * 86400 + 2 * 3600) * 1000;
        const int64_t handler = i % 10 == 0 ? jijian : handlers[1 + rnd() % (handlers.size() - 1)];
        cl::NewClue in;
        in.source = static_cast<cl::ClueSource>(rnd() % 7);
        in.category = static_cast<cl::DisciplineCategory>(rnd() % 6);
        QF_TRY(org::Person person, org::get_person_unscoped(conn, people[rnd() % people.size()]));
        in.persons.push_back({person.id, person.name, person.position_name});
        in.matter = matters[rnd() % 5];
        in.received_on = received;
        cl::StoredClueNumberAllocator numbers(conn);
        cl::ClueActor h{handler, "承办人", cl::ClueActorRole::kHandler};
        QF_TRY(cl::ProblemClue clue, cl::register_clue(in, h, at, cfg, numbers));
        const int walk = 1 + static_cast<int>(rnd() % 3);  // 1: in review … 3: disposition in force
        std::vector<cl::ClueCommand> steps;
        if (walk >= 1) steps.push_back({cl::ClueAction::kStartReview, h, at + 1000, ""});
        if (walk >= 2) {
          cl::ClueCommand p{cl::ClueAction::kProposeDisposition, h, at + 2000, "拟处置"};
          p.disposition = dispositions[rnd() % 4];
          steps.push_back(p);
        }
        if (walk >= 3) {
          steps.push_back({cl::ClueAction::kApprove, {jjszr, "室主任", cl::ClueActorRole::kDeptHead}, at + 3000, "同意"});
          steps.push_back(
              {cl::ClueAction::kApprove, {jiwei, "纪委书记", cl::ClueActorRole::kDisciplineSecretary}, at + 4000, "同意"});
        }
        for (const cl::ClueCommand& step : steps) {
          // The secretary's step is skipped where the chain ended with the office head.
          if (step.actor.role == cl::ClueActorRole::kDisciplineSecretary &&
              clue.state != cl::ClueState::kDispositionPending)
            break;
          QF_TRY(clue, cl::apply(clue, step, cfg));
        }
        transitions += static_cast<int64_t>(clue.history.size());
        QF_TRY(int64_t id, cl::insert_clue(conn, clue, handler, at, due));
        QF_TRY_STATUS(cl::add_assignment(conn, id, handler, cl::ClueActorRole::kHandler, jiwei, at));
        QF_TRY_STATUS(cl::add_assignment(conn, id, jjszr, cl::ClueActorRole::kDeptHead, jiwei, at));
      }
      return {};
    });
    if (!st.ok()) return fail(st.error());
    done += batch;
    if (done % 10000 == 0 || done == clue_count)
      std::fprintf(stderr, "qf_clue_archive: %lld clues\n", static_cast<long long>(done));
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("archive: %lld people, %lld clues, %lld transitions, 10 handlers (jijian has every tenth clue), %.1f s\n",
              static_cast<long long>(people.size()), static_cast<long long>(clue_count),
              static_cast<long long>(transitions), secs);
  return 0;
}
