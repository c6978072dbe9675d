// Personal-matters reports over the store, on SQLite and PostgreSQL: the shipped form is
// the data file, values are checked with bilingual messages naming the field, the
// workflow moves as documented and refuses what it must, the comparison shows what
// changed, and nothing the cadre wrote is readable in the database rows or file.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/resident_id.h"
#include "domain/auth/server_key.h"
#include "domain/declarations/declaration_seal.h"
#include "domain/declarations/declaration_store.h"
#include "org_test_bureau.h"
#include "support/test_databases.h"

namespace qf {
namespace {

namespace dc = qf::declarations;
namespace fs = std::filesystem;
using json = nlohmann::json;
using orgtest::kNow;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Unmistakable values: if sealing failed they would show up verbatim.
const std::string kSpouseName = "欧阳素秘";
const std::string kSpouseId = [] {
  std::string first17 = "33010219790315123";
  return first17 + ResidentId::check_character(first17);
}();
const std::string kAddress = "演示市秘密路九十九号";
const std::string kReason = "房产面积与不动产登记不符请核实";

json full_content(const std::string& area = "96.5") {
  json none{{"none", true}};
  json items = json::object();
  items["marriage"] = {{"rows", {{{"status", "已婚"}, {"spouse_name", kSpouseName}, {"spouse_id", kSpouseId}}}}};
  items["passports"] = {{"rows", {{{"passport_no", "e12345678"}, {"issued_on", "2019-05-10"}, {"expires_on", "2029-05-09"},
                                   {"kept_by", "组织集中保管"}}}}};
  for (const char* c : {"private_trips", "permits", "children_foreign_marriage", "family_abroad", "criminal_liability",
                        "labor_income", "securities", "family_business", "assets_abroad"})
    items[c] = none;
  items["family_employment"] = {{"rows", {{{"relation", "配偶"}, {"name", kSpouseName}, {"resident_id", kSpouseId},
                                           {"employer", "演示中学"}}}}};
  items["salary"] = {{"rows", {{{"annual_salary", "168000"}, {"allowances", "24000.50"}}}}};
  items["real_estate"] = {{"rows", {{{"owner", "本人"}, {"owner_name", "甲"}, {"address", kAddress}, {"use", "住宅"},
                                     {"area", area}, {"acquired_on", "2012-06-18"}}}}};
  return json{{"items", items}, {"note", ""}};
}

class DeclarationsStoreTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    testing::DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& ch : name)
      if (ch == '/') ch = '_';
    dir_ = fs::temp_directory_path() / ("qf-decl-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto k = auth::ensure_server_key((dir_ / "qingfeng.key").string());
    ASSERT_TRUE(k.ok()) << k.error().to_string();
    key_ = k->key;
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    auto& c = lease->get();
    b_ = orgtest::make_bureau(c);
    cadre_ = orgtest::add_person(c, b_, "3001", "甲干部", b_.planning);
    other_ = orgtest::add_person(c, b_, "3002", "乙职工", b_.office);
    ASSERT_TRUE(c.execute("UPDATE people SET is_leading_cadre = 1 WHERE id = ?", {cadre_}).ok());
    owner_.account_id = 11;
    owner_.person_id = cadre_;
    owner_.display_name = "甲干部";
    owner_.permissions = {dc::perm::kOwn};
    hr_.account_id = 12;
    hr_.display_name = "组织部";
    hr_.unit_wide = true;
    hr_.grants = {{auth::Role::kOrgHr, auth::ScopeKind::kUnit, {}}};
    hr_.permissions = {dc::perm::kOwn, dc::perm::kRead, dc::perm::kReview};
  }
  void TearDown() override {
    testing::DatabaseTest::TearDown();
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }
  template <class F>
  auto tx(F&& f) {
    return db().transaction([&](store::Connection& c) { return f(c); });
  }
  int64_t create(int year, int64_t now = kNow) {
    auto id = tx([&](store::Connection& c) {
      return dc::create_declaration(c, owner_, key_, dc::Kind::kAnnual, year, 2026, now);
    });
    EXPECT_TRUE(id.ok()) << id.error().to_string();
    return id.ok() ? *id : 0;
  }
  Result<dc::Declaration> save(int64_t id, const json& content) {
    auto v = version(id);
    return tx([&](store::Connection& c) { return dc::save_declaration(c, owner_, key_, id, v, content, kNow); });
  }
  Result<dc::Declaration> submit(int64_t id) {
    auto v = version(id);
    return tx([&](store::Connection& c) { return dc::submit_declaration(c, owner_, key_, id, v, kNow); });
  }
  int64_t version(int64_t id) {
    auto lease = db().acquire();
    auto r = lease->get().query_one("SELECT version FROM declarations WHERE id = ?", {id});
    return r.ok() ? r->i64("version") : -1;
  }
  // Every text of the module's tables, as one string.
  std::string stored_text() {
    auto lease = db().acquire();
    std::string all;
    for (const char* sql : {"SELECT * FROM declarations", "SELECT * FROM declaration_events", "SELECT * FROM audit_log"}) {
      auto rows = lease->get().query(sql);
      EXPECT_TRUE(rows.ok());
      if (!rows.ok()) continue;
      for (const auto& r : *rows)
        for (size_t i = 0; i < r.size(); ++i) all += r.text(i) + "\n";
    }
    return all;
  }

  fs::path dir_;
  auth::ServerKey key_;
  orgtest::Bureau b_;
  int64_t cadre_ = 0, other_ = 0;
  auth::Principal owner_, hr_;
};

TEST_P(DeclarationsStoreTest, TheShippedFormIsTheDataFileWithEveryItemOfModuleFive) {
  auto lease = db().acquire();
  auto form = dc::load_form(lease->get());
  ASSERT_TRUE(form.ok()) << form.error().to_string();
  EXPECT_EQ(form->revision, "2023");
  auto row = lease->get().query_one("SELECT definition FROM declaration_forms WHERE revision = '2023'");
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(row->text("definition"), read_file(std::string(QF_SOURCE_DIR) + "/share/declarations/form-2023.json"))
      << "migration 0017 must hold share/declarations/form-2023.json unchanged";
  // Family items and property items of domain.md module 5.
  for (const char* code : {"marriage", "passports", "private_trips", "permits", "children_foreign_marriage",
                           "family_abroad", "family_employment", "criminal_liability", "salary", "labor_income",
                           "real_estate", "securities", "family_business", "assets_abroad"})
    EXPECT_NE(form->item(code), nullptr) << code;
  EXPECT_EQ(form->items().size(), 14u);
  EXPECT_FALSE(form->handling_rules.empty());
}

TEST_P(DeclarationsStoreTest, BadValuesAreRefusedNamingItemRowAndFieldInBothLanguages) {
  const int64_t id = create(2025);
  struct Case {
    std::string item, field, value, field_path, zh_part, en_part;
  };
  std::string bad_check = kSpouseId;
  bad_check.back() = bad_check.back() == '1' ? '2' : '1';
  const std::vector<Case> cases{
      {"marriage", "spouse_id", bad_check, "items.marriage[0].spouse_id", "校验码", "check character"},
      {"marriage", "spouse_id", "3301021979", "items.marriage[0].spouse_id", "身份证号", "resident ID"},
      {"passports", "passport_no", "X1234567", "items.passports[0].passport_no", "护照号码", "passport number"},
      {"real_estate", "area", "-3", "items.real_estate[0].area", "建筑面积", "Floor area"},
      {"salary", "annual_salary", "12.345", "items.salary[0].annual_salary", "金额", "amount"},
      {"real_estate", "acquired_on", "2012-02-30", "items.real_estate[0].acquired_on", "日期", "date"},
  };
  for (const auto& c : cases) {
    json content = full_content();
    content["items"][c.item]["rows"][0][c.field] = c.value;
    auto r = save(id, content);
    ASSERT_FALSE(r.ok()) << c.field_path;
    EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
    EXPECT_EQ(r.error().field, c.field_path);
    EXPECT_NE(r.error().message_zh.find(c.zh_part), std::string::npos) << r.error().message_zh;
    EXPECT_NE(r.error().message_en.find(c.en_part), std::string::npos) << r.error().message_en;
    EXPECT_NE(r.error().message_zh.find("第1行"), std::string::npos) << r.error().message_zh;
  }
  // A permit is checked by its kind: a Hong Kong/Macao number is not a Taiwan one.
  json content = full_content();
  content["items"]["permits"] = {{"rows", {{{"kind", "往来台湾通行证"}, {"permit_no", "C12345678"},
                                            {"issued_on", "2020-01-01"}, {"expires_on", "2030-01-01"}}}}};
  auto permit = save(id, content);
  ASSERT_FALSE(permit.ok());
  EXPECT_EQ(permit.error().field, "items.permits[0].permit_no");
  content["items"]["permits"]["rows"][0]["permit_no"] = "L12345678";
  EXPECT_TRUE(save(id, content).ok());
  // Unknown items are refused; nothing stored changed by a refused save.
  json unknown = full_content();
  unknown["items"]["yacht"] = {{"none", true}};
  auto u = save(id, unknown);
  ASSERT_FALSE(u.ok());
  EXPECT_EQ(u.error().field, "items.yacht");
  auto lease = db().acquire();
  auto d = dc::get_declaration(lease->get(), owner_, key_, id);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->content["items"]["permits"]["rows"][0]["permit_no"], "L12345678");
  EXPECT_EQ(d->content["items"]["passports"]["rows"][0]["passport_no"], "E12345678") << "normalised to upper case";
}

TEST_P(DeclarationsStoreTest, SubmitNeedsEveryItemAnsweredAndRequiredFieldsFilled) {
  const int64_t id = create(2025);
  json partial = full_content();
  partial["items"].erase("assets_abroad");
  ASSERT_TRUE(save(id, partial).ok()) << "a draft may be incomplete";
  auto r = submit(id);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "items.assets_abroad");
  EXPECT_NE(r.error().message_zh.find("第14项"), std::string::npos) << r.error().message_zh;
  json missing = full_content();
  missing["items"]["real_estate"]["rows"][0].erase("address");
  ASSERT_TRUE(save(id, missing).ok());
  auto m = submit(id);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().field, "items.real_estate[0].address");
  EXPECT_NE(m.error().message_en.find("is required"), std::string::npos);
  ASSERT_TRUE(save(id, full_content()).ok());
  auto ok = submit(id);
  ASSERT_TRUE(ok.ok()) << ok.error().to_string();
  EXPECT_EQ(ok->state, dc::State::kSubmitted);
}

TEST_P(DeclarationsStoreTest, WorkflowReturnWithReasonResubmitAcceptAndHistory) {
  const int64_t id = create(2025);
  ASSERT_TRUE(save(id, full_content()).ok());
  // A draft is the cadre's own: the organisation department does not see it.
  {
    auto lease = db().acquire();
    auto hidden = dc::get_declaration(lease->get(), hr_, key_, id);
    ASSERT_FALSE(hidden.ok());
    EXPECT_EQ(hidden.error().kind, ErrorKind::kNotFound);
  }
  ASSERT_TRUE(submit(id).ok());
  // Submitted: the cadre cannot change it any more.
  auto locked = save(id, full_content("100"));
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.error().code, "declaration.state");
  // Returning needs a reason; the cadre cannot return their own.
  auto no_reason = tx([&](store::Connection& c) { return dc::return_declaration(c, hr_, key_, id, "  ", kNow); });
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(no_reason.error().field, "reason");
  auto self = tx([&](store::Connection& c) { return dc::return_declaration(c, owner_, key_, id, kReason, kNow); });
  ASSERT_FALSE(self.ok());
  EXPECT_EQ(self.error().kind, ErrorKind::kNotFound);
  auto back = tx([&](store::Connection& c) { return dc::return_declaration(c, hr_, key_, id, kReason, kNow + 1000); });
  ASSERT_TRUE(back.ok()) << back.error().to_string();
  EXPECT_EQ(back->state, dc::State::kReturned);
  // Accepting a returned report is refused; the cadre corrects and resubmits.
  auto early = tx([&](store::Connection& c) { return dc::accept_declaration(c, hr_, id, kNow); });
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, "declaration.state");
  ASSERT_TRUE(save(id, full_content("98.2")).ok());
  ASSERT_TRUE(submit(id).ok());
  auto accepted = tx([&](store::Connection& c) { return dc::accept_declaration(c, hr_, id, kNow + 5000); });
  ASSERT_TRUE(accepted.ok()) << accepted.error().to_string();
  EXPECT_EQ(accepted->state, dc::State::kAccepted);
  auto lease = db().acquire();
  auto d = dc::get_declaration(lease->get(), owner_, key_, id);
  ASSERT_TRUE(d.ok());
  std::vector<std::string> actions;
  for (const auto& e : d->events) actions.push_back(e.action);
  EXPECT_EQ(actions, (std::vector<std::string>{"create", "save", "submit", "return", "save", "resubmit", "accept"}));
  EXPECT_EQ(d->last_return_reason, kReason);
  EXPECT_FALSE(d->access.can_edit);
  // One yearly report per year.
  auto twice = tx([&](store::Connection& c) {
    return dc::create_declaration(c, owner_, key_, dc::Kind::kAnnual, 2025, 2026, kNow);
  });
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, "declaration.exists");
  // Only leading cadres report.
  auth::Principal staff = owner_;
  staff.person_id = other_;
  auto not_cadre = tx([&](store::Connection& c) {
    return dc::create_declaration(c, staff, key_, dc::Kind::kAnnual, 2025, 2026, kNow);
  });
  ASSERT_FALSE(not_cadre.ok());
  EXPECT_EQ(not_cadre.error().code, "declaration.not_cadre");
}

TEST_P(DeclarationsStoreTest, NextYearStartsFromLastYearAndTheComparisonShowsWhatChanged) {
  const int64_t first = create(2024);
  ASSERT_TRUE(save(first, full_content()).ok());
  ASSERT_TRUE(submit(first).ok());
  const int64_t second = create(2025);
  {
    auto lease = db().acquire();
    auto d = dc::get_declaration(lease->get(), owner_, key_, second);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->content["items"]["real_estate"]["rows"][0]["address"], kAddress) << "pre-filled from 2024";
  }
  json next = full_content("88");  // the floor area changed
  next["items"]["real_estate"]["rows"].push_back({{"owner", "本人"}, {"owner_name", "甲"}, {"address", "地下车库"},
                                                  {"use", "车库车位"}, {"area", "13.2"}, {"acquired_on", "2025-04-20"}});
  next["items"]["private_trips"] = {{"rows", {{{"depart_on", "2025-08-02"}, {"return_on", "2025-08-09"},
                                               {"destination", "泰国"}, {"purpose", "旅游"}}}}};
  ASSERT_TRUE(save(second, next).ok());
  auto lease = db().acquire();
  auto cmp = dc::compare_with_previous(lease->get(), owner_, key_, second);
  ASSERT_TRUE(cmp.ok()) << cmp.error().to_string();
  EXPECT_EQ((*cmp)["previous"]["year"], 2024);
  std::map<std::string, json> by_item;
  for (const auto& i : (*cmp)["items"]) by_item[i["item"].get<std::string>()] = i;
  ASSERT_EQ(by_item.size(), 2u) << cmp->dump();
  const json& homes = by_item["real_estate"]["changes"];
  ASSERT_EQ(homes.size(), 2u);
  EXPECT_EQ(homes[0]["change"], "changed");
  EXPECT_EQ(homes[0]["fields"], json::array({"area"}));
  EXPECT_EQ(homes[1]["change"], "added");
  EXPECT_EQ(by_item["private_trips"]["changes"][0]["change"], "answer");
  EXPECT_EQ(by_item["private_trips"]["changes"][1]["change"], "added");
}

TEST_P(DeclarationsStoreTest, NothingTheCadreWroteIsReadableInTheDatabase) {
  const int64_t id = create(2025);
  ASSERT_TRUE(save(id, full_content()).ok());
  ASSERT_TRUE(submit(id).ok());
  ASSERT_TRUE(tx([&](store::Connection& c) { return dc::return_declaration(c, hr_, key_, id, kReason, kNow); }).ok());
  // The module's rows hold none of it (the same for both databases).
  const std::string rows = stored_text();
  for (const std::string& secret : {kSpouseName, kSpouseId, kAddress, kReason, std::string("168000"), std::string("E12345678")})
    EXPECT_EQ(rows.find(secret), std::string::npos) << secret << " readable in the rows";
  EXPECT_NE(rows.find("v1:"), std::string::npos) << "the sealed values are there";
  // SQLite: neither the database file nor its write-ahead log holds it.
  if (GetParam() == testing::DatabaseKind::kSqlite) {
    std::string path = url().substr(url().find(':') + 1);
    test_database().close();
    std::string bytes = read_file(path);
    if (fs::exists(path + "-wal")) bytes += read_file(path + "-wal");
    ASSERT_GT(bytes.size(), 4096u);
    for (const std::string& secret : {kSpouseName, kSpouseId, kAddress, kReason})
      EXPECT_EQ(bytes.find(secret), std::string::npos) << secret << " readable in the database file";
    ASSERT_TRUE(test_database().reopen().ok());
  }
  // Another key file does not open it; the right one does.
  auto other = auth::ensure_server_key((dir_ / "other.key").string());
  ASSERT_TRUE(other.ok());
  auto lease = db().acquire();
  auto wrong = dc::get_declaration(lease->get(), owner_, other->key, id);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, "declaration.sealed");
  EXPECT_EQ(wrong.error().message_zh.find(kSpouseName), std::string::npos);
  // A sealed content copied onto another report does not open there.
  const int64_t second = create(2024);
  ASSERT_TRUE(lease->get().execute("UPDATE declarations SET content_sealed = (SELECT content_sealed FROM declarations WHERE id = ?) WHERE id = ?",
                                   {id, second}).ok());
  auto swapped = dc::get_declaration(lease->get(), owner_, key_, second);
  ASSERT_FALSE(swapped.ok());
  EXPECT_EQ(swapped.error().code, "declaration.sealed");
}

TEST_P(DeclarationsStoreTest, ResealingForAKeyRotationKeepsEverythingReadableWithTheNewKeyOnly) {
  const int64_t id = create(2025);
  ASSERT_TRUE(save(id, full_content()).ok());
  ASSERT_TRUE(submit(id).ok());
  ASSERT_TRUE(tx([&](store::Connection& c) { return dc::return_declaration(c, hr_, key_, id, kReason, kNow); }).ok());
  auto next = auth::ensure_server_key((dir_ / "next.key").string());
  ASSERT_TRUE(next.ok());
  auto n = tx([&](store::Connection& c) { return dc::reseal_declarations(c, key_, next->key); });
  ASSERT_TRUE(n.ok()) << n.error().to_string();
  EXPECT_EQ(*n, 2) << "one content, one return reason";
  auto lease = db().acquire();
  auto d = dc::get_declaration(lease->get(), owner_, next->key, id);
  ASSERT_TRUE(d.ok()) << d.error().to_string();
  EXPECT_EQ(d->last_return_reason, kReason);
  EXPECT_FALSE(dc::get_declaration(lease->get(), owner_, key_, id).ok());
}

INSTANTIATE_TEST_SUITE_P(Both, DeclarationsStoreTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
