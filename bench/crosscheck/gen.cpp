// qf_crosscheck_gen — synthetic input for `qingfeng crosscheck` at the contract's
// bureau, city and province tiers (../shared/crosscheck/FORMATS.md, "Scale").
//
//   qf_crosscheck_gen --tier bureau|city|province --out DIR [--variant clean|messy]
//                     [--seed N] [--as-of YYYY-MM-DD] [--plants K]
//
// Writes the twelve input files plus the planted truth:
//   expected_findings.csv  rule,key,cadre_id — exactly what the engine must report
//   decoys.csv             rule,key,cadre_id,why — near misses it must NOT report
//   manifest.txt           tier, seed, variant, as-of, rows and bytes per file
//
// How the truth stays exact: the background is built so that no rule can fire on
// it (registry people never share an ID, a name+birth date or a phone/address with a
// cadre, relative or another company; purchase groups stay far below thresholds;
// every supplier was registered years before its contracts; declared trips and
// properties cover the cadres' own). Every finding therefore comes from a planted
// scenario, each built around one boundary of the contract, next to its decoy.
// The messy variant writes the same records with other spellings, encodings and
// layouts, plus a few invalid rows that tie to nothing, so its truth is identical.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <thread>
#include <exception>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "gen_core.h"
#include "gen_format.h"
#include "gen_text.h"
#include "gen_writer.h"

namespace qfgen {
namespace {

constexpr std::array<std::string_view, 95> kZjRegions = {
    "330102", "330105", "330106", "330108", "330109", "330110", "330111", "330112", "330113", "330114",
    "330122", "330127", "330182", "330185", "330203", "330205", "330206", "330211", "330212", "330213",
    "330225", "330226", "330281", "330282", "330302", "330303", "330304", "330305", "330324", "330326",
    "330327", "330328", "330329", "330381", "330382", "330402", "330411", "330421", "330424", "330481",
    "330482", "330483", "330502", "330503", "330521", "330522", "330523", "330602", "330603", "330604",
    "330624", "330681", "330683", "330702", "330703", "330723", "330726", "330727", "330781", "330782",
    "330783", "330784", "330802", "330803", "330822", "330824", "330825", "330881", "330902", "330903",
    "330921", "330922", "331002", "331003", "331004", "331022", "331023", "331024", "331081", "331082",
    "331083", "331102", "331121", "331122", "331123", "331124", "331125", "331126", "331127", "331181",
    "330106", "330108", "330110", "330212", "330602"};
// Only for planted registry people whose birth date is forced to equal a relative's.
constexpr std::array<std::string_view, 6> kForcedRegions = {"330103", "330104", "330183", "330184", "330207", "330204"};
// Registry people of the background: never a Zhejiang ID, so never a cadre or relative.
constexpr std::array<std::string_view, 50> kOtherRegions = {
    "110101", "110102", "110105", "110108", "120101", "130102", "140105", "210102", "220102", "230102",
    "310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112", "310115", "320102",
    "320104", "320106", "320111", "320205", "320211", "320506", "320508", "340102", "340103", "350102",
    "350203", "360102", "370102", "370202", "410102", "420102", "420106", "430102", "440103", "440104",
    "440106", "440303", "440304", "440305", "450102", "500103", "510104", "510105", "520102", "530102"};

static_assert(full(kZjRegions) && full(kForcedRegions) && full(kOtherRegions));

struct Tier {
  const char* name;
  std::uint64_t cadres, enterprises, contracts, bids, properties, travels;
  int plants;
};
constexpr Tier kTiers[] = {
    {"bureau", 2000, 50000, 10000, 10000, 20000, 40000, 3},
    {"city", 50000, 2000000, 500000, 300000, 1000000, 2000000, 20},
    {"province", 500000, 20000000, 5000000, 3000000, 10000000, 20000000, 60},
};

int parse_date(const std::string& s) {
  int y, m, d;
  if (std::sscanf(s.c_str(), "%d-%d-%d", &y, &m, &d) != 3) throw std::runtime_error("bad date: " + s);
  return days_from_civil(y, m, d);
}

int d(int y, int m, int dd) { return days_from_civil(y, m, dd); }

struct Person {
  std::string name;
  std::string rid;  // empty: no ID
  int birth = 0;    // 0 with has_birth=false: unknown
  bool has_birth = true;
};

struct Enterprise {
  std::string code, name, address, phone;
  int registered = 0;
  std::string_view status;
};

struct Cadre {
  std::string id;
  Person p;
  std::string dept;
  bool leading = false;
};

struct TruthRow {
  int rule;
  std::string key, cadre, why;
};

class Generator {
 public:
  Generator(const Tier& tier, std::string out, bool messy, std::uint64_t seed, int as_of, int plants)
      : tier_(tier), out_(std::move(out)), messy_(messy), seed_(seed), as_of_(as_of), plants_(plants),
        fmt_(messy, seed * 7 + 1),
        fmt_registry_(messy, seed * 7 + 2),
        name_perm_(12ull * 40 * 150 * 150 * 151, seed + 11),
        org_perm_(100000000ull, seed + 12),
        addr_perm_(40ull * 40 * 999 * 40, seed + 13),
        mobile_perm_(1000000000ull, seed + 14),
        land_perm_(90000000ull, seed + 15),
        other_perm_(50ull * 18262 * 999, seed + 16) {
    const std::uint64_t groups = (tier_.contracts + 7) / 8;
    num_depts_ = std::max<std::uint64_t>(8, (groups + 87) / 88);
    next_dept_ = num_depts_;
    next_ent_ = tier_.enterprises;
    next_zj_ = tier_.cadres * 4;
    next_other_ = tier_.enterprises * 3 + tier_.properties + tier_.travels;
    next_contract_ = tier_.contracts;
    next_tender_ = tier_.bids / 4;
    next_cadre_ = tier_.cadres;
  }

  void run() {
    open_files();
    const auto t0 = std::chrono::steady_clock::now();
    // The registry (enterprises + persons, half the rows) is written by a second
    // thread with its own value formatter; everything else touches other files.
    std::exception_ptr failed;
    std::thread registry([&] {
      tl_fmt = &fmt_registry_;
      try {
        background_enterprises();
      } catch (...) {
        failed = std::current_exception();
      }
    });
    tl_fmt = &fmt_;
    try {
      background_cadres();
      background_contracts();
    } catch (...) {
      registry.join();
      throw;
    }
    registry.join();
    if (failed) std::rethrow_exception(failed);
    background_bids();
    background_properties_and_travels();
    for (int r = 0; r < plants_; ++r) plant_all(r);
    if (messy_) invalid_rows();
    for (auto& f : files_) f->close();
    write_truth();
    write_manifest(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }

 private:
  static inline thread_local ValueFormat* tl_fmt = nullptr;
  static ValueFormat& fmt() { return *tl_fmt; }

  // ---------------------------------------------------------------- files
  enum FileId { kCadres, kRelatives, kDeclBiz, kEnt, kEntPersons, kContracts, kBids, kProps, kDeclProps, kTravels, kDeclTrips, kSideJobs, kNumFiles };

  void open_files() {
    auto mk = [&](FileId id, const char* name, std::vector<Column> cols) {
      files_[id] = std::make_unique<CsvOut>(out_, name, std::move(cols), messy_, seed_ * 131 + static_cast<unsigned>(id));
    };
    mk(kCadres, "cadres.csv", {{"cadre_id", "干部编号"}, {"name", "姓名"}, {"resident_id", "身份证号"}, {"department", "部门"}, {"position", "职务"}, {"is_leading", "是否领导干部"}});
    mk(kRelatives, "relatives.csv", {{"cadre_id", "干部编号"}, {"relation", "关系"}, {"name", "姓名"}, {"resident_id", "身份证号"}, {"birth_date", "出生日期"}});
    mk(kDeclBiz, "declared_businesses.csv", {{"cadre_id", "干部编号"}, {"holder_name", "经营人姓名"}, {"company_name", "企业名称"}, {"credit_code", "统一社会信用代码"}});
    mk(kEnt, "enterprises.csv", {{"credit_code", "统一社会信用代码"}, {"company_name", "企业名称"}, {"registered_date", "成立日期"}, {"address", "住所"}, {"phone", "联系电话"}, {"status", "登记状态"}});
    mk(kEntPersons, "enterprise_persons.csv", {{"credit_code", "统一社会信用代码"}, {"person_name", "姓名"}, {"resident_id", "身份证号"}, {"role", "职务"}, {"share_ratio", "持股比例"}, {"start_date", "起始日期"}, {"end_date", "终止日期"}});
    mk(kContracts, "contracts.csv", {{"contract_id", "合同编号"}, {"buyer_department", "采购部门"}, {"supplier_credit_code", "供应商统一社会信用代码"}, {"supplier_name", "供应商名称"}, {"method", "采购方式"}, {"amount", "合同金额"}, {"signed_date", "签订日期"}, {"category", "品目"}, {"handler_cadre_id", "经办人编号"}, {"budget_project", "预算项目"}});
    mk(kBids, "bids.csv", {{"tender_id", "项目编号"}, {"credit_code", "统一社会信用代码"}, {"company_name", "投标人名称"}, {"contact_phone", "联系电话"}, {"contact_address", "联系地址"}, {"bid_amount", "投标金额"}});
    mk(kProps, "properties.csv", {{"resident_id", "权利人身份证号"}, {"owner_name", "权利人"}, {"certificate_no", "不动产权证号"}, {"address", "坐落"}, {"area", "面积"}, {"registered_date", "登记日期"}});
    mk(kDeclProps, "declared_properties.csv", {{"cadre_id", "干部编号"}, {"owner_name", "产权人"}, {"certificate_no", "不动产权证号"}, {"address", "坐落"}, {"area", "面积"}});
    mk(kTravels, "travels.csv", {{"resident_id", "身份证号"}, {"name", "姓名"}, {"direction", "出入境"}, {"date", "日期"}, {"port", "口岸"}, {"destination", "目的地"}});
    mk(kDeclTrips, "declared_trips.csv", {{"cadre_id", "干部编号"}, {"depart_date", "出发日期"}, {"return_date", "返回日期"}, {"destination", "目的地"}});
    mk(kSideJobs, "side_job_approvals.csv", {{"cadre_id", "干部编号"}, {"credit_code", "统一社会信用代码"}, {"company_name", "企业名称"}, {"approved_date", "批准日期"}});
  }

  CsvOut& f(FileId id) { return *files_[id]; }

  // ---------------------------------------------------------------- people
  // A person name from a hash; given_len 1 or 2 characters (0: either).
  static std::string person_name(std::uint64_t h, int given_len) {
    std::string n(kSurnames[h % kSurnames.size()]);
    h /= kSurnames.size();
    const int len = given_len ? given_len : static_cast<int>(h % 3 == 0 ? 1 : 2);
    h /= 3;
    for (int i = 0; i < len; ++i) {
      n.append(kGiven[h % kGiven.size()]);
      h /= kGiven.size();
    }
    return n;
  }

  // Registry person p of the background (never a cadre or relative).
  Person other_person(std::uint64_t p) const {
    const std::uint64_t x = other_perm_(p);
    const std::uint64_t region = x % kOtherRegions.size();
    const std::uint64_t q = x / kOtherRegions.size();
    const int birth = d(1950, 1, 1) + static_cast<int>(q % 18262);
    const int seq = static_cast<int>(q / 18262) + 1;
    Person r;
    r.birth = birth;
    r.rid = make_rid(kOtherRegions[region], birth, seq);
    r.name = person_name(hash3(seed_, 0x0A, p), 0);
    return r;
  }

  // Zhejiang person n (cadres, relatives, planted people): ID unique per n. The birth
  // day is moved by at most 31 days so that (region, seq, birth) never repeats.
  Person zj_person(std::uint64_t n, int birth_lo, int birth_hi, int given_len) const {
    constexpr std::uint64_t kR = kZjRegions.size() - 5;  // the last five repeat, skip them
    const std::uint64_t cls = n / kR;
    if (cls / 999 >= 32) throw std::runtime_error("too many Zhejiang people for the ID space");
    const int seq = static_cast<int>(cls % 999) + 1;
    const int j = static_cast<int>(cls / 999);
    const std::uint64_t h = hash3(seed_, 0x0B, n);
    int day = birth_lo + static_cast<int>(h % static_cast<std::uint64_t>(birth_hi - birth_lo + 1));
    day = day - (((day % 32) + 32) % 32) + j;
    Person r;
    r.birth = day;
    r.rid = make_rid(kZjRegions[n % kR], day, seq);
    r.name = person_name(hash3(seed_, 0x0C, n), given_len);
    return r;
  }

  // A planted registry person with exactly this birth date and name.
  Person forced_person(const std::string& name, int birth) {
    const std::uint64_t k = forced_++;
    if (k >= kForcedRegions.size() * 999) throw std::runtime_error("forced ID space exhausted");
    Person r;
    r.name = name;
    r.birth = birth;
    r.rid = make_rid(kForcedRegions[k % kForcedRegions.size()], birth, static_cast<int>(k / kForcedRegions.size()) + 1);
    return r;
  }

  // ---------------------------------------------------------------- enterprises
  std::string company_name(std::uint64_t i) const {
    std::uint64_t x = name_perm_(i);
    std::string n(kCities[x % 12]);
    x /= 12;
    const auto ind = x % 40;
    x /= 40;
    n.append(kTrade[x % 150]);
    x /= 150;
    n.append(kTrade[x % 150]);
    x /= 150;
    if (x % 151 != 150) n.append(kTrade[x % 151]);
    n.append(kIndustries[ind]);
    n.append(hash3(seed_, 0x0D, i) % 5 == 0 ? "有限责任公司" : "有限公司");
    return n;
  }

  std::string address(std::uint64_t x) const {
    std::string a("浙江省");
    a.append(kDistricts[x % 40]);
    x /= 40;
    a.append(kRoads[x % 40]);
    x /= 40;
    append_uint(a, x % 999 + 1);
    a.append("号");
    x /= 999;
    append_uint(a, x % 40 + 1);
    a.append("幢");
    return a;
  }

  Enterprise enterprise(std::uint64_t i) const {
    Enterprise e;
    const std::uint64_t h = hash3(seed_, 0x0E, i);
    e.code = make_credit_code(kZjRegions[h % 90], static_cast<std::uint32_t>(org_perm_(i)));
    e.name = company_name(i);
    e.address = address(addr_perm_(i));
    if ((h >> 8) % 2 == 0) {
      e.phone.push_back('1');
      append_uint(e.phone, 3 + (h >> 12) % 7);
      append_uint(e.phone, mobile_perm_(i), 9);
    } else {
      e.phone = "0571-";
      append_uint(e.phone, land_perm_(i) + 10000000ull, 8);
    }
    e.registered = d(2000, 1, 1) + static_cast<int>((h >> 20) % 7305);  // 2000..2019
    const auto s = (h >> 40) % 100;
    e.status = s < 60 ? "存续" : s < 90 ? "在业" : s < 93 ? "迁出" : s < 97 ? "注销" : "吊销";
    return e;
  }

  std::string dept_name(std::uint64_t k) const {
    if (k >= 40ull * 30 * 12) throw std::runtime_error("department space exhausted");
    std::string s(kDistricts[k % 40]);
    s.append(kBureaus[(k / 40) % 30]);
    s.append(kOffices[k / 1200]);
    return s;
  }

  // ---------------------------------------------------------------- rows
  void write_enterprise(const Enterprise& e) {
    CsvOut& o = f(kEnt);
    fmt().code(o[0], e.code);
    fmt().company(o[1], e.name);
    fmt().date(o[2], e.registered);
    fmt().address(o[3], e.address);
    fmt().phone(o[4], e.phone);
    fmt().padded(o[5], e.status);
    o.row();
  }

  // start/end: 0 = blank. ratio in hundredths of a percent, <0 = blank.
  void write_role(const std::string& code, const Person& p, std::string_view role, int ratio, int start, int end) {
    CsvOut& o = f(kEntPersons);
    fmt().code(o[0], code);
    fmt().person_name(o[1], p.name);
    fmt().rid(o[2], p.rid);
    fmt().padded(o[3], role);
    if (ratio >= 0) {
      append_uint(o[4], static_cast<std::uint64_t>(ratio / 100));
      o[4].push_back('.');
      append_uint(o[4], static_cast<std::uint64_t>(ratio % 100), 2);
    }
    if (start) fmt().date(o[5], start);
    if (end) fmt().date(o[6], end);
    o.row();
  }

  void write_cadre(const Cadre& c) {
    CsvOut& o = f(kCadres);
    o[0] = c.id;
    fmt().person_name(o[1], c.p.name);
    fmt().rid(o[2], c.p.rid);
    fmt().padded(o[3], c.dept);
    o[4] = std::string(kPositions[c.leading ? 8 + hash3(seed_, 0x10, c.p.birth) % 4 : hash3(seed_, 0x10, c.p.birth) % 8]);
    fmt().boolean(o[5], c.leading);
    o.row();
  }

  void write_relative(const std::string& cadre_id, std::string_view relation, const Person& p) {
    CsvOut& o = f(kRelatives);
    o[0] = cadre_id;
    fmt().padded(o[1], relation);
    fmt().person_name(o[2], p.name);
    fmt().rid(o[3], p.rid);
    if (p.has_birth) fmt().date(o[4], p.birth);
    o.row();
  }

  struct SupplierRef {
    std::string code, name;
    bool registered = true;
  };

  std::string write_contract(const std::string& dept, const SupplierRef& s, std::string_view method, std::int64_t fen, int signed_day,
                             std::string_view category, const std::string& handler, const std::string& project, std::uint64_t seq) {
    std::string b("CG");
    append_uint(b, static_cast<std::uint64_t>(civil_from_days(signed_day).y), 4);
    b.push_back('-');
    append_uint(b, seq + 1, 7);
    CsvOut& o = f(kContracts);
    o[0] = b;
    fmt().padded(o[1], dept);
    fmt().code(o[2], s.code);
    fmt().company(o[3], s.name, s.registered);
    fmt().padded(o[4], method);
    fmt().amount(o[5], fen);
    fmt().date(o[6], signed_day);
    fmt().padded(o[7], category);
    o[8] = handler;
    fmt().padded(o[9], project);
    o.row();
    return b;
  }

  void write_bid(const std::string& tender, const SupplierRef& s, const std::string& phone, const std::string& addr, std::int64_t fen) {
    CsvOut& o = f(kBids);
    o[0] = tender;
    fmt().code(o[1], s.code);
    fmt().company(o[2], s.name, s.registered);
    fmt().phone(o[3], phone);
    fmt().address(o[4], addr);
    fmt().amount(o[5], fen);
    o.row();
  }

  void write_property(const Person& owner, const std::string& cert, const std::string& addr, int area_centi, int reg) {
    CsvOut& o = f(kProps);
    fmt().rid(o[0], owner.rid);
    fmt().person_name(o[1], owner.name);
    fmt().certificate(o[2], cert);
    fmt().address(o[3], addr);
    append_uint(o[4], static_cast<std::uint64_t>(area_centi / 100));
    o[4].push_back('.');
    append_uint(o[4], static_cast<std::uint64_t>(area_centi % 100), 2);
    fmt().date(o[5], reg);
    o.row();
  }

  void write_declared_property(const std::string& cadre_id, const std::string& owner, const std::string& cert, const std::string& addr, int area_centi) {
    CsvOut& o = f(kDeclProps);
    o[0] = cadre_id;
    fmt().person_name(o[1], owner);
    if (!cert.empty()) fmt().certificate(o[2], cert);
    fmt().address(o[3], addr);
    char b[24];
    std::snprintf(b, sizeof b, "%d.%02d", area_centi / 100, area_centi % 100);
    o[4] = b;
    o.row();
  }

  void write_travel(const Person& p, std::string_view dir, int day, std::uint64_t h) {
    CsvOut& o = f(kTravels);
    fmt().rid(o[0], p.rid);
    fmt().person_name(o[1], p.name);
    fmt().padded(o[2], dir);
    fmt().date(o[3], day);
    o[4] = std::string(kPorts[h % kPorts.size()]);
    o[5] = std::string(kDestinations[(h >> 8) % kDestinations.size()]);
    o.row();
  }

  void write_trip(const std::string& cadre_id, int dep, int ret, std::uint64_t h) {
    CsvOut& o = f(kDeclTrips);
    o[0] = cadre_id;
    fmt().date(o[1], dep);
    fmt().date(o[2], ret);
    o[3] = std::string(kDestinations[(h >> 8) % kDestinations.size()]);
    o.row();
  }

  std::string cert_no(int year) {
    std::string c("浙(");
    append_uint(c, static_cast<std::uint64_t>(year), 4);
    c.append(")杭州市不动产权第");
    append_uint(c, ++cert_seq_, 7);
    c.append("号");
    return c;
  }

  std::string home_address(std::uint64_t h) const {
    std::string a("杭州市");
    a.append(kDistricts[h % 13]);
    h /= 13;
    a.append(kRoads[h % 40]);
    h /= 40;
    append_uint(a, h % 999 + 1);
    a.append("号");
    h /= 999;
    a.append(kEstates[h % kEstates.size()]);
    h /= kEstates.size();
    append_uint(a, h % 30 + 1);
    a.append("幢");
    append_uint(a, (h >> 5) % 4 + 1);
    a.append("单元");
    append_uint(a, ((h >> 7) % 30 + 1) * 100 + (h >> 12) % 4 + 1);
    a.append("室");
    return a;
  }

  // ---------------------------------------------------------------- background
  Cadre bg_cadre(std::uint64_t i) const {
    Cadre c;
    c.id = "C";
    append_uint(c.id, i + 1, 7);
    const std::uint64_t h = hash3(seed_, 0x20, i);
    c.p = zj_person(i * 4, d(1962, 1, 1), d(1998, 12, 31), 0);
    if (h % 40 == 0) c.p.name = std::string(kDotNames[(h >> 8) % kDotNames.size()]);
    c.dept = dept_name(i % num_depts_);
    c.leading = (h >> 16) % 100 < 12;
    return c;
  }

  // Relative k (0..2) of background cadre i. Without an ID, the birth date is only
  // written when it lies outside 1950..1999 — the years of background registry
  // people — and the name has a one-character given name, which planted registry
  // people never have: no accidental name + birth-date match is possible.
  std::pair<std::string_view, Person> bg_relative(std::uint64_t i, int k) const {
    const std::uint64_t h = hash3(seed_, 0x21 + static_cast<unsigned>(k), i);
    std::string_view rel;
    int lo, hi;
    if (k == 0) {
      rel = h % 100 < 92 ? "配偶" : "父亲";
    } else if (k == 1) {
      rel = "子女";
    } else {
      static constexpr std::string_view r3[] = {"子女", "父亲", "母亲", "子女配偶", "其他", "母亲"};
      rel = r3[h % 6];
    }
    if (rel == "配偶" || rel == "其他") lo = d(1962, 1, 1), hi = d(1998, 12, 31);
    else if (rel == "子女" || rel == "子女配偶") lo = d(1985, 1, 1), hi = d(2015, 12, 31);
    else lo = d(1932, 1, 1), hi = d(1949, 12, 31);
    const bool has_id = (h >> 8) % 100 < (rel == "父亲" || rel == "母亲" ? 60 : 85);
    Person p = zj_person(i * 4 + 1 + static_cast<unsigned>(k), lo, hi, has_id ? 0 : 1);
    if (!has_id) {
      p.rid.clear();
      const int y = civil_from_days(p.birth).y;
      p.has_birth = y < 1950 || y > 1999;
    }
    return {rel, p};
  }

  void background_cadres() {
    for (std::uint64_t i = 0; i < tier_.cadres; ++i) {
      const Cadre c = bg_cadre(i);
      write_cadre(c);
      for (int k = 0; k < 3; ++k) {
        auto [rel, p] = bg_relative(i, k);
        write_relative(c.id, rel, p);
      }
      const std::uint64_t h = hash3(seed_, 0x30, i);
      if (h % 50 == 0) {  // a declared business of a relative (registry shows nothing)
        const Enterprise e = enterprise((h >> 8) % tier_.enterprises);
        CsvOut& o = f(kDeclBiz);
        o[0] = c.id;
        fmt().person_name(o[1], bg_relative(i, 0).second.name);
        fmt().company(o[2], e.name);
        if ((h >> 40) % 3) fmt().code(o[3], e.code);
        o.row();
      }
      if ((h >> 4) % 100 == 1) {  // an approved side job the registry does not show
        const Enterprise e = enterprise((h >> 9) % tier_.enterprises);
        CsvOut& o = f(kSideJobs);
        o[0] = c.id;
        fmt().code(o[0 + 1], e.code);
        fmt().company(o[2], e.name);
        fmt().date(o[3], d(2015, 1, 1) + static_cast<int>((h >> 20) % 3000));
        o.row();
      }
    }
  }

  void background_enterprises() {
    static constexpr std::string_view third[] = {"董事", "监事", "经理", "股东"};
    for (std::uint64_t i = 0; i < tier_.enterprises; ++i) {
      const Enterprise e = enterprise(i);
      write_enterprise(e);
      const std::uint64_t h = hash3(seed_, 0x40, i);
      const int r1 = 3000 + static_cast<int>(h % 5000);
      write_role(e.code, other_person(i * 3), "法定代表人", -1, (h >> 20) % 3 ? 0 : e.registered, 0);
      write_role(e.code, other_person(i * 3 + 1), "股东", r1, (h >> 22) % 2 ? 0 : e.registered, 0);
      const std::string_view r = third[(h >> 24) % 4];
      const int end = (h >> 28) % 5 == 0 ? e.registered + 200 + static_cast<int>((h >> 32) % 4000) : 0;
      write_role(e.code, other_person(i * 3 + 2), r, r == "股东" ? 10000 - r1 : -1, (h >> 30) % 2 ? 0 : e.registered, end);
    }
  }

  SupplierRef bg_supplier(std::uint64_t h) const {
    const Enterprise e = enterprise(h % tier_.enterprises);
    SupplierRef s;
    s.name = e.name;
    if ((h >> 33) % 10) s.code = e.code;
    return s;
  }

  // Groups of eight contracts share department, category, year and a budget project
  // of their own; non-open amounts stay under 720,000 a group and each department
  // gets at most 22 single-source contracts of at most 9,000 yuan a year.
  void background_contracts() {
    for (std::uint64_t i = 0; i < tier_.contracts; ++i) {
      const std::uint64_t g = i / 8, k = i % 8;
      const int year = 2021 + static_cast<int>(g % 4);
      const std::string dept = dept_name((g / 4) % num_depts_);
      const std::uint64_t h = hash3(seed_, 0x50, i);
      std::string_view method;
      std::int64_t fen;
      if (k == 0) {
        method = "单一来源";
        fen = 200000 + static_cast<std::int64_t>(h % 700000);
      } else if (k < 6) {
        method = kOtherMethods[(h >> 4) % kOtherMethods.size()];
        fen = 500000 + static_cast<std::int64_t>(h % 9400000);
      } else {
        method = "公开招标";
        fen = 210000000 + static_cast<std::int64_t>((h >> 3) % 1800000000);
      }
      const int day = d(year, 1, 1) + static_cast<int>((h >> 40) % 365);
      std::string proj(kProjects[g % kProjects.size()]);
      proj.push_back('(');
      append_uint(proj, g, 6);
      proj.push_back(')');
      std::string handler;
      if ((h >> 50) % 5 == 0) handler = bg_cadre((h >> 20) % tier_.cadres).id;
      write_contract(dept, bg_supplier(hash3(seed_, 0x51, i)), method, fen, day, kCategories[g % kCategories.size()], handler, proj, i);
    }
  }

  void background_bids() {
    const std::uint64_t tenders = tier_.bids / 4;
    std::uint64_t written = 0;
    for (std::uint64_t t = 0; t < tenders && written < tier_.bids; ++t) {
      const std::uint64_t h = hash3(seed_, 0x60, t);
      std::string id("ZB");
      append_uint(id, 2021 + t % 4, 4);
      id.push_back('-');
      append_uint(id, t + 1, 6);
      const int n = 3 + static_cast<int>(h % 3);
      const std::uint64_t step = tier_.enterprises / 5 + 1;
      const std::int64_t base_fen = 10000000 + static_cast<std::int64_t>((h >> 8) % 500000000);
      for (int k = 0; k < n && written < tier_.bids; ++k, ++written) {
        const Enterprise e = enterprise((h / 3 + static_cast<std::uint64_t>(k) * step) % tier_.enterprises);
        SupplierRef s{e.code, e.name};
        if ((h >> (20 + k)) % 10 == 0) s.code.clear();
        write_bid(id, s, e.phone, e.address, base_fen + static_cast<std::int64_t>(hash3(seed_, 0x61, t * 8 + static_cast<unsigned>(k)) % 30000000));
      }
    }
  }

  void background_properties_and_travels() {
    std::uint64_t props = 0, travels = 0;
    // Cadres: 10% own a declared home (certificate), 5% of spouses with IDs own one
    // declared by address and area; 15% made a declared trip abroad.
    for (std::uint64_t i = 0; i < tier_.cadres; ++i) {
      const std::uint64_t h = hash3(seed_, 0x70, i);
      if (h % 10 == 0 || (h >> 8) % 20 == 0 || (h >> 16) % 100 < 15) {
        const Cadre c = bg_cadre(i);
        if (h % 10 == 0) {
          const int reg = d(2005, 1, 1) + static_cast<int>((h >> 24) % 6500);
          const std::string cert = cert_no(civil_from_days(reg).y);
          const std::string addr = home_address(h >> 3);
          const int area = 6000 + static_cast<int>((h >> 40) % 15000);
          write_property(c.p, cert, addr, area, reg);
          write_declared_property(c.id, c.p.name, cert, addr, area);
          ++props;
        }
        if ((h >> 8) % 20 == 0) {
          auto [rel, sp] = bg_relative(i, 0);
          if (rel == "配偶" && !sp.rid.empty()) {
            const int reg = d(2005, 1, 1) + static_cast<int>((h >> 28) % 6500);
            const std::string cert = cert_no(civil_from_days(reg).y);
            const std::string addr = home_address(h >> 5);
            const int area = 6000 + static_cast<int>((h >> 44) % 15000);
            write_property(sp, cert, addr, area, reg);
            write_declared_property(c.id, sp.name, "", addr, area);
            ++props;
          }
        }
        if ((h >> 16) % 100 < 15) {
          const int dep = d(2021, 1, 1) + static_cast<int>((h >> 24) % 1200);
          const int ret = dep + 3 + static_cast<int>((h >> 36) % 15);
          write_trip(c.id, dep, ret, h);
          write_travel(c.p, "出境", dep + static_cast<int>((h >> 50) % 2), h);
          write_travel(c.p, "入境", ret, h >> 4);
          travels += 2;
        }
      }
    }
    const std::uint64_t base = tier_.enterprises * 3;
    for (std::uint64_t j = 0; props < tier_.properties; ++j, ++props) {
      const std::uint64_t h = hash3(seed_, 0x71, j);
      const Person p = other_person(base + j);
      const int reg = d(1998, 1, 1) + static_cast<int>((h >> 24) % 9500);
      write_property(p, cert_no(civil_from_days(reg).y), home_address(h >> 2), 4000 + static_cast<int>((h >> 40) % 20000), reg);
    }
    const std::uint64_t tbase = base + tier_.properties;
    for (std::uint64_t j = 0; travels + 1 < tier_.travels; ++j, travels += 2) {
      const std::uint64_t h = hash3(seed_, 0x72, j);
      const Person p = other_person(tbase + j);
      const int dep = d(2021, 1, 1) + static_cast<int>((h >> 24) % 1250);
      write_travel(p, "出境", dep, h);
      write_travel(p, "入境", dep + 2 + static_cast<int>((h >> 40) % 30), h >> 3);
    }
  }

  // ---------------------------------------------------------------- planting
  void truth(int rule, const std::string& key, const std::string& cadre, bool positive, std::string why = "") {
    (positive ? pos_ : dec_).push_back({rule, key, cadre, std::move(why)});
  }

  Cadre new_cadre(bool leading, std::string dept = "") {
    Cadre c;
    char b[16];
    std::snprintf(b, sizeof b, "C%07llu", static_cast<unsigned long long>(++next_cadre_));
    c.id = b;
    c.p = zj_person(next_zj_++, d(1966, 1, 1), d(1990, 12, 31), 2);
    c.dept = dept.empty() ? dept_name(next_dept_++) : dept;
    c.leading = leading;
    write_cadre(c);
    return c;
  }

  // A declared relative; with_id=false gives no ID and a birth date outside the
  // background registry's years (a child born 2000..2012).
  Person new_relative(const Cadre& c, std::string_view rel, bool with_id = true) {
    Person p;
    if (with_id) {
      const bool young = rel == "子女" || rel == "子女配偶";
      const bool old = rel == "父亲" || rel == "母亲";
      p = zj_person(next_zj_++, young ? d(1988, 1, 1) : old ? d(1935, 1, 1) : d(1966, 1, 1),
                    young ? d(1999, 12, 31) : old ? d(1949, 12, 31) : d(1990, 12, 31), 2);
    } else {
      p = zj_person(next_zj_++, d(2000, 2, 1), d(2012, 11, 30), 2);
      p.rid.clear();
    }
    write_relative(c.id, rel, p);
    return p;
  }

  Person new_other_person() { return other_person(next_other_++); }

  // A planted enterprise with a background legal representative.
  Enterprise new_enterprise(int registered, std::string_view status = "存续", bool write = true) {
    Enterprise e = enterprise(next_ent_++);
    e.registered = registered;
    e.status = status;
    if (write) {
      write_enterprise(e);
      write_role(e.code, new_other_person(), "法定代表人", -1, 0, 0);
    }
    return e;
  }

  // A company name no registered enterprise has, ending in 有限公司 so that its
  // normalised form (the finding key) is the name as written.
  std::string unregistered_name() {
    std::string n = company_name(next_ent_++ + 5000000);
    const std::string_view a = "有限责任公司";
    if (auto p = n.find(a); p != std::string::npos) n.replace(p, a.size(), "有限公司");
    return n;
  }

  SupplierRef ref(const Enterprise& e, bool with_code = true) { return {with_code ? e.code : "", e.name, true}; }

  std::string new_project() {
    char b[64];
    std::snprintf(b, sizeof b, "%s(P%05llu)", std::string(kProjects[plant_proj_ % kProjects.size()]).c_str(),
                  static_cast<unsigned long long>(plant_proj_));
    ++plant_proj_;
    return b;
  }

  std::string contract(const std::string& dept, const SupplierRef& s, std::string_view method, std::int64_t fen, int day,
                       std::string_view category = "", const std::string& handler = "", std::string project = "-") {
    if (category.empty()) category = kCategories[plant_proj_ % kCategories.size()];
    if (project == "-") project = new_project();
    return write_contract(dept, s, method, fen, day, category, handler, project, next_contract_++);
  }

  std::string new_tender() {
    char b[32];
    std::snprintf(b, sizeof b, "ZB2024-%06llu", static_cast<unsigned long long>(++next_tender_));
    return b;
  }

  static std::string key2(const std::string& a, const std::string& b) { return a + "|" + b; }

  Enterprise old_enterprise(std::string_view status = "存续") { return new_enterprise(d(2012, 3, 15) + static_cast<int>(next_ent_ % 2000), status); }

  void plant_all(int r) {
    plant_r1(r);
    plant_r2(r);
    plant_r3(r);
    plant_r4(r);
    plant_r5(r);
    plant_r6(r);
    plant_r7(r);
    plant_r8(r);
    plant_r9(r);
    plant_r10(r);
  }

  // R1 未申报经商办企业 — relatives (配偶/子女/子女配偶) with an active role (as-of).
  void plant_r1(int) {
    const int A = as_of_;
    auto scenario = [&](std::string_view rel, std::string_view role, int start, int end, std::string_view status, bool positive, const char* why,
                        int declare /*0 none, 1 by code, 2 by name, 3 other company*/ = 0) {
      const Cadre c = new_cadre(false);
      const Person p = new_relative(c, rel);
      const Enterprise e = old_enterprise(status);
      write_role(e.code, p, role, role == "股东" ? 2500 : -1, start, end);
      if (declare) {
        CsvOut& o = f(kDeclBiz);
        o[0] = c.id;
        fmt().person_name(o[1], p.name);
        if (declare == 3) {
          const Enterprise other = old_enterprise();
          fmt().company(o[2], other.name);
          fmt().code(o[3], other.code);
        } else {
          fmt().company(o[2], declare == 2 ? ValueFormat::swap_suffix(e.name) : e.name);
          if (declare == 1) fmt().code(o[3], e.code);
        }
        o.row();
      }
      truth(1, key2(c.id, e.code), c.id, positive, why);
    };
    scenario("配偶", "法定代表人", 0, 0, "存续", true, "spouse legal representative, undeclared");
    scenario("子女", "股东", d(2019, 5, 1), A, "在业", true, "child shareholder, role ends on the as-of date (inclusive)");
    scenario("子女配偶", "董事", A, 0, "存续", true, "child's spouse director, role starts on the as-of date");
    scenario("配偶", "股东", d(2018, 1, 1), A - 1, "存续", false, "role ended the day before the as-of date");
    scenario("配偶", "股东", A + 1, 0, "存续", false, "role starts the day after the as-of date");
    scenario("配偶", "法定代表人", 0, 0, "注销", false, "enterprise 注销: no active roles");
    scenario("子女", "监事", 0, 0, "吊销", false, "enterprise 吊销: no active roles");
    scenario("父亲", "法定代表人", 0, 0, "存续", false, "father is not 配偶/子女/子女配偶");
    scenario("其他", "股东", 0, 0, "存续", false, "relation 其他 is not covered");
    scenario("配偶", "股东", 0, 0, "存续", false, "declared by credit code", 1);
    scenario("配偶", "经理", 0, 0, "迁出", false, "declared by name only (有限责任公司 = 有限公司)", 2);
    scenario("子女", "监事", 0, 0, "存续", true, "a different company was declared", 3);
    {  // same name, different valid ID: a different person
      const Cadre c = new_cadre(false);
      const Person p = new_relative(c, "配偶");
      Person other = zj_person(next_zj_++, p.birth, p.birth, 2);
      other.name = p.name;
      const Enterprise e = old_enterprise();
      write_role(e.code, other, "法定代表人", -1, 0, 0);
      truth(1, key2(c.id, e.code), c.id, false, "same name, different resident ID");
    }
    {  // relative without ID, matched by name + birth date encoded in the registry ID
      const Cadre c = new_cadre(false);
      const Person p = new_relative(c, "子女", false);
      const Enterprise e = old_enterprise();
      write_role(e.code, forced_person(p.name, p.birth), "股东", 4000, 0, 0);
      truth(1, key2(c.id, e.code), c.id, true, "child without ID: same name and birth date in registry ID");
      const Cadre c2 = new_cadre(false);
      const Person p2 = new_relative(c2, "子女", false);
      const Enterprise e2 = old_enterprise();
      write_role(e2.code, forced_person(p2.name, p2.birth + 1), "股东", 4000, 0, 0);
      truth(1, key2(c2.id, e2.code), c2.id, false, "child without ID: birth date differs by one day");
    }
  }

  // R2 亲属企业与本单位交易 — role on the signed date, cadre leading / in the buyer
  // department / handler.
  void plant_r2(int) {
    const int S = d(2023, 5, 10);
    const int ended = d(2023, 12, 31);  // before the as-of date: no R1/R10 on the side
    struct Opt {
      bool leading = false, same_dept = false, handler = false;
      std::string_view holder = "配偶";  // 本人 = the cadre
      std::string_view role = "股东";
      int start = 0, end = 0;
      std::string_view status = "存续";
      bool by_name = false;
    };
    auto scenario = [&](const Opt& o, bool positive, const char* why) {
      const std::string dept = dept_name(next_dept_++);
      const Cadre c = new_cadre(o.leading, o.same_dept ? dept : "");
      const Person holder = o.holder == "本人" ? c.p : new_relative(c, o.holder);
      const Enterprise e = old_enterprise(o.status);
      write_role(e.code, holder, o.role, o.role == "股东" ? 3300 : -1, o.start, o.end);
      const std::string k = contract(dept, ref(e, !o.by_name), "公开招标", 48000000, S, "", o.handler ? c.id : "");
      truth(2, key2(c.id, k), c.id, positive, why);
    };
    scenario({.leading = true, .start = d(2020, 1, 1), .end = ended}, true, "leading cadre, spouse shareholder on the signed date");
    scenario({.same_dept = true, .holder = "本人", .role = "监事", .end = ended}, true, "cadre of the buyer department is supervisor himself");
    scenario({.handler = true, .holder = "父亲", .role = "股东", .end = ended}, true, "handler's father is shareholder");
    scenario({.holder = "配偶", .end = ended}, false, "not leading, other department, not the handler");
    scenario({.leading = true, .start = d(2020, 1, 1), .end = S - 1}, false, "role ended the day before signing");
    scenario({.leading = true, .start = d(2020, 1, 1), .end = S}, true, "role ends on the signed date (inclusive)");
    scenario({.leading = true, .start = S + 1, .end = ended}, false, "role starts the day after signing");
    scenario({.leading = true, .start = S, .end = ended}, true, "role starts on the signed date (inclusive)");
    scenario({.leading = true, .holder = "子女", .role = "法定代表人", .status = "注销"}, true, "company deregistered after the contract still counts");
    scenario({.leading = true, .holder = "子女", .role = "董事", .end = ended, .by_name = true}, true, "supplier given by name only");
    {  // ambiguous supplier name: two registered enterprises share it
      const Cadre c = new_cadre(true);
      const Person sp = new_relative(c, "配偶");
      const Enterprise a = old_enterprise();
      Enterprise b = new_enterprise(d(2015, 6, 1), "存续", false);
      b.name = a.name;
      write_enterprise(b);
      write_role(b.code, new_other_person(), "法定代表人", -1, 0, 0);
      write_role(a.code, sp, "股东", 5000, 0, ended);
      const std::string k = contract(dept_name(next_dept_++), ref(a, false), "公开招标", 52000000, S);
      truth(2, key2(c.id, k), c.id, false, "supplier name shared by two registered enterprises");
    }
    {  // same name, different ID holds the role
      const Cadre c = new_cadre(true);
      const Person sp = new_relative(c, "配偶");
      Person other = zj_person(next_zj_++, sp.birth, sp.birth, 2);
      other.name = sp.name;
      const Enterprise e = old_enterprise();
      write_role(e.code, other, "股东", 5000, 0, ended);
      const std::string k = contract(dept_name(next_dept_++), ref(e), "公开招标", 52000000, S);
      truth(2, key2(c.id, k), c.id, false, "same name, different resident ID");
    }
    {  // relative without ID matched by name + birth date
      const Cadre c = new_cadre(true);
      const Person ch = new_relative(c, "子女", false);
      const Enterprise e = old_enterprise();
      write_role(e.code, forced_person(ch.name, ch.birth), "股东", 5000, 0, ended);
      const std::string k = contract(dept_name(next_dept_++), ref(e), "公开招标", 52000000, S);
      truth(2, key2(c.id, k), c.id, true, "child without ID matched by name and birth date");
    }
  }

  // R3 未申报房产.
  void plant_r3(int) {
    auto prop = [&](const Person& owner, std::string& cert, std::string& addr, int area) {
      cert = cert_no(2016 + static_cast<int>(cert_seq_ % 8));
      addr = home_address(hash3(seed_, 0x80, cert_seq_));
      write_property(owner, cert, addr, area, d(2016, 4, 1) + static_cast<int>(cert_seq_ % 2000));
    };
    // declare: 0 none, 1 same cert, 2 other cert same address+area, 3 no cert, address + area_delta, 4 no cert other address
    auto scenario = [&](std::string_view owner_rel, int declare, int area_delta, bool positive, const char* why) {
      const Cadre c = new_cadre(false);
      const Person owner = owner_rel == "本人" ? c.p : new_relative(c, owner_rel);
      std::string cert, addr;
      const int area = 12025;
      prop(owner, cert, addr, area);
      if (declare == 1) write_declared_property(c.id, owner.name, cert, addr, area);
      if (declare == 2) write_declared_property(c.id, owner.name, cert_no(2010), addr, area);
      if (declare == 3) write_declared_property(c.id, owner.name, "", addr, area + area_delta);
      if (declare == 4) write_declared_property(c.id, owner.name, "", home_address(hash3(seed_, 0x81, cert_seq_)), area);
      truth(3, key2(c.id, cert), c.id, positive, why);
    };
    scenario("本人", 0, 0, true, "cadre's property not declared");
    scenario("本人", 1, 0, false, "declared with the same certificate number");
    scenario("本人", 2, 0, true, "declared certificate differs: no fallback to the address");
    scenario("本人", 3, 100, false, "declared without certificate, area +1.00 m² (within tolerance)");
    scenario("本人", 3, -100, false, "declared without certificate, area -1.00 m² (within tolerance)");
    scenario("本人", 3, 101, true, "declared without certificate, area +1.01 m²");
    scenario("本人", 4, 0, true, "declared without certificate at another address");
    scenario("配偶", 0, 0, true, "spouse's property not declared");
    scenario("子女", 0, 0, true, "child's property not declared");
    scenario("配偶", 3, 0, false, "spouse's property declared by address and area");
    scenario("父亲", 0, 0, false, "father's property is not covered");
    {
      const Cadre c = new_cadre(false);
      const Person ch = new_relative(c, "子女", false);
      std::string cert, addr;
      prop(forced_person(ch.name, ch.birth), cert, addr, 8850);
      truth(3, key2(c.id, cert), c.id, true, "child without ID matched by name and birth date");
      Person other = zj_person(next_zj_++, c.p.birth, c.p.birth, 2);
      other.name = c.p.name;
      prop(other, cert, addr, 9050);
      truth(3, key2(c.id, cert), c.id, false, "same name as the cadre, different resident ID");
    }
  }

  // R4 未报备出境.
  void plant_r4(int) {
    const int dep = d(2023, 7, 10), ret = d(2023, 7, 20);
    auto scenario = [&](int day, std::string_view dir, bool with_trip, bool positive, const char* why) {
      const Cadre c = new_cadre(false);
      if (with_trip) write_trip(c.id, dep, ret, 1);
      write_travel(c.p, dir, day, static_cast<std::uint64_t>(day));
      truth(4, key2(c.id, iso_date(day)), c.id, positive, why);
    };
    scenario(dep, "出境", true, false, "leaves on the declared departure day (inclusive)");
    scenario(ret, "出境", true, false, "leaves on the declared return day (inclusive)");
    scenario(ret + 1, "出境", true, true, "leaves the day after the declared return");
    scenario(dep - 1, "出境", true, true, "leaves the day before the declared departure");
    scenario(ret + 5, "入境", true, false, "an entry (入境) is never a trip out");
    scenario(d(2022, 2, 14), "出境", false, true, "no trip declared at all");
    {  // two exits on one day: one finding
      const Cadre c = new_cadre(false);
      write_travel(c.p, "出境", d(2023, 3, 3), 5);
      write_travel(c.p, "出境", d(2023, 3, 3), 6);
      truth(4, key2(c.id, "2023-03-03"), c.id, true, "two exits the same day: one finding");
    }
    {  // the spouse travels, and a namesake with another ID travels
      const Cadre c = new_cadre(false);
      const Person sp = new_relative(c, "配偶");
      write_travel(sp, "出境", d(2023, 8, 8), 7);
      truth(4, key2(c.id, "2023-08-08"), c.id, false, "the spouse's exit is not the cadre's");
      Person other = zj_person(next_zj_++, c.p.birth, c.p.birth, 2);
      other.name = c.p.name;
      write_travel(other, "出境", d(2023, 9, 9), 8);
      truth(4, key2(c.id, "2023-09-09"), c.id, false, "same name, different resident ID");
    }
  }

  // R5 化整为零: groups of department + category + budget project + year.
  void plant_r5(int) {
    auto group = [&](const std::vector<std::int64_t>& fens, const std::vector<std::string_view>& methods, const std::vector<int>& days,
                     bool split_project, bool split_category, bool blank_project, bool positive, const char* why) {
      const std::string dept = dept_name(next_dept_++);
      const std::string proj = blank_project ? "" : new_project();
      for (std::size_t i = 0; i < fens.size(); ++i) {
        const std::string_view cat = split_category ? kCategories[i % kCategories.size()] : kCategories[3];
        const std::string k = contract(dept, ref(old_enterprise()), methods[i % methods.size()], fens[i], days[i % days.size()], cat, "",
                                       split_project ? new_project() : proj);
        truth(5, k, "", positive && methods[i % methods.size()] != "公开招标", why);
      }
    };
    const std::vector<int> y23 = {d(2023, 3, 1), d(2023, 6, 15), d(2023, 9, 30), d(2023, 12, 31)};
    group({50000000, 50000000, 50000000, 50000000}, {"询价", "竞争性谈判"}, y23, false, false, false, false, "group sums to exactly 2,000,000");
    group({50000000, 50000000, 50000000, 50000100}, {"询价", "竞争性磋商"}, y23, false, false, false, true, "group sums to 2,000,001");
    group({60000000, 60000000, 60000000, 90000000}, {"询价", "邀请招标", "直接采购", "公开招标"}, y23, false, false, false, false,
          "only the 公开招标 contract takes the group over the threshold");
    group({120000000, 120000000}, {"询价"}, {d(2022, 12, 31), d(2023, 1, 1)}, false, false, false, false, "split across two calendar years");
    group({110000000, 100000000}, {"竞争性谈判"}, y23, false, false, true, true, "blank budget project is a group of its own");
    group({110000000, 110000000}, {"询价"}, y23, true, false, false, false, "different budget projects");
    group({110000000, 110000000}, {"询价"}, y23, false, true, false, false, "different categories");
    group({110000000, 110000000}, {""}, y23, false, false, false, true, "unknown method counts as not 公开招标");
    group({200000100}, {"竞争性谈判"}, y23, false, false, false, true, "a single contract one yuan over the threshold");
    group({200000000}, {"框架协议"}, y23, false, false, false, false, "a single contract exactly at the threshold");
  }

  // R6 临界金额.
  void plant_r6(int) {
    auto one = [&](std::int64_t fen, std::string_view method, bool positive, const char* why) {
      const std::string k = contract(dept_name(next_dept_++), ref(old_enterprise()), method, fen, d(2023, 8, 1));
      truth(6, k, "", positive, why);
    };
    one(95000000, "询价", true, "exactly 950,000 (lower end inclusive)");
    one(94999999, "询价", false, "949,999.99 below the margin");
    one(99999999, "竞争性谈判", true, "999,999.99 just under 1,000,000");
    one(100000000, "竞争性谈判", false, "exactly 1,000,000 (upper end exclusive)");
    one(190000000, "邀请招标", true, "exactly 1,900,000");
    one(189999999, "邀请招标", false, "1,899,999.99");
    one(199999999, "直接采购", true, "1,999,999.99");
    one(99000000, "公开招标", false, "公开招标 is never near-threshold");
  }

  // R7 单一来源集中: per buyer department and year.
  void plant_r7(int) {
    struct C {
      int who;  // index of supplier in the scenario
      std::int64_t fen;
      int year;
      std::string_view method = "单一来源";
      bool by_name = false;
    };
    auto scenario = [&](const std::vector<C>& cs, int suppliers, const std::vector<int>& flagged, const char* why, bool unregistered_first = false) {
      const std::string dept = dept_name(next_dept_++);
      std::vector<SupplierRef> sup;
      std::vector<std::string> keys;
      for (int s = 0; s < suppliers; ++s) {
        if (s == 0 && unregistered_first) {
          SupplierRef r{"", unregistered_name(), false};
          sup.push_back(r);
          keys.push_back(r.name);
        } else {
          const Enterprise e = old_enterprise();
          sup.push_back(ref(e));
          keys.push_back(e.code);
        }
      }
      std::set<std::pair<int, int>> seen;  // (supplier, year)
      for (const C& c : cs) {
        SupplierRef r = sup[static_cast<std::size_t>(c.who)];
        if (c.by_name) r.code.clear();
        contract(dept, r, c.method, c.fen, d(c.year, 4, 1) + 7 * static_cast<int>(seen.size()));
        seen.insert({c.who, c.year});
      }
      for (const auto& [who, year] : seen) {
        const bool pos = std::find(flagged.begin(), flagged.end(), who) != flagged.end();
        truth(7, dept + "|" + std::to_string(year) + "|" + keys[static_cast<std::size_t>(who)], "", pos, why);
      }
    };
    scenario({{0, 10000000, 2023}, {1, 10000000, 2023}}, 2, {0, 1}, "total exactly 200,000, each supplier exactly half");
    scenario({{0, 9999999, 2023}, {1, 9999999, 2023}}, 2, {}, "total 199,999.98 below the minimum");
    scenario({{0, 9999000, 2023}, {1, 10001000, 2023}}, 2, {1}, "shares 49.995% and 50.005%");
    scenario({{0, 15000000, 2022}, {1, 15000000, 2023}}, 2, {}, "two years, each below the minimum");
    scenario({{0, 30000000, 2023}, {1, 40000000, 2023, "公开招标"}}, 2, {0}, "公开招标 does not count toward the single-source total");
    scenario({{0, 6000000, 2023}, {0, 6000000, 2023, "单一来源", true}, {1, 10000000, 2023}}, 2, {0},
             "one supplier by code and by name only: 54.5%");
    scenario({{0, 25000000, 2023}}, 1, {0}, "unregistered supplier keyed by its name", true);
  }

  // R8 串通投标迹象.
  void plant_r8(int) {
    auto bidder = [&](std::string_view status = "存续") { return old_enterprise(status); };
    auto pair_key = [](const std::string& t, std::string a, std::string b) {
      if (b < a) std::swap(a, b);
      return t + "|" + a + "|" + b;
    };
    std::int64_t amt = 300000000;
    auto bid = [&](const std::string& t, const Enterprise& e, const std::string& phone, const std::string& addr, bool with_code = true) {
      write_bid(t, ref(e, with_code), phone, addr, amt += 1234567);
    };
    {  // shared phone
      const std::string t = new_tender();
      const Enterprise a = bidder(), b = bidder(), c = bidder();
      bid(t, a, a.phone, a.address);
      bid(t, b, a.phone, b.address);
      bid(t, c, c.phone, c.address);
      truth(8, pair_key(t, a.code, b.code), "", true, "two bidders share a contact phone");
      truth(8, pair_key(t, a.code, c.code), "", false, "nothing shared");
    }
    {  // shared address
      const std::string t = new_tender();
      const Enterprise a = bidder(), b = bidder();
      bid(t, a, a.phone, a.address);
      bid(t, b, b.phone, a.address);
      truth(8, pair_key(t, a.code, b.code), "", true, "two bidders share a contact address");
    }
    auto shared_person = [&](std::string_view role_a, std::string_view role_b, int end_b, std::string_view status_b, bool positive, const char* why) {
      const std::string t = new_tender();
      const Enterprise a = bidder(), b = bidder(status_b);
      const Person p = new_other_person();
      write_role(a.code, p, role_a, role_a == "股东" ? 2000 : -1, 0, 0);
      write_role(b.code, p, role_b, role_b == "股东" ? 2000 : -1, 0, end_b);
      bid(t, a, a.phone, a.address);
      bid(t, b, b.phone, b.address);
      truth(8, pair_key(t, a.code, b.code), "", positive, why);
    };
    shared_person("法定代表人", "股东", 0, "存续", true, "legal representative of one is shareholder of the other");
    shared_person("股东", "股东", as_of_, "存续", true, "shared shareholder, role ends on the as-of date");
    shared_person("监事", "监事", 0, "存续", false, "a shared 监事 does not count");
    shared_person("法定代表人", "法定代表人", as_of_ - 1, "存续", false, "shared legal representative, ended before the as-of date");
    shared_person("法定代表人", "股东", 0, "注销", false, "the other company is 注销: no active roles");
    {  // same phone, different tenders; same company twice
      const std::string t1 = new_tender(), t2 = new_tender();
      const Enterprise a = bidder(), b = bidder(), c = bidder();
      bid(t1, a, a.phone, a.address);
      bid(t1, c, c.phone, c.address);
      bid(t2, b, a.phone, b.address);
      bid(t2, c, c.phone, c.address);
      bid(t2, c, c.phone, c.address);
      truth(8, pair_key(t1, a.code, b.code), "", false, "phone shared across different tenders");
      truth(8, pair_key(t2, a.code, b.code), "", false, "phone shared across different tenders");
      truth(8, pair_key(t2, c.code, c.code), "", false, "one company bidding twice is not a pair");
    }
    {  // unregistered bidders, keyed by normalised name, sharing an address
      const std::string t = new_tender();
      const std::string na = unregistered_name(), nb = unregistered_name();
      const Enterprise shape = enterprise(next_ent_++ + 5000000);
      write_bid(t, {"", na, false}, "", shape.address, amt += 777);
      write_bid(t, {"", nb, false}, "", shape.address, amt += 777);
      truth(8, pair_key(t, na, nb), "", true, "unregistered bidders keyed by name share an address");
    }
    {  // a bidder named only, registered name resolves to its code; blank phones never match
      const std::string t = new_tender();
      const Enterprise a = bidder(), b = bidder(), c = bidder();
      bid(t, a, b.phone, a.address, false);
      bid(t, b, b.phone, b.address);
      bid(t, c, "", c.address);
      write_bid(t, ref(bidder()), "", enterprise(next_ent_++ + 5000000).address, amt += 99);
      truth(8, pair_key(t, a.code, b.code), "", true, "bidder given by name only resolves to its code");
      truth(8, pair_key(t, a.code, c.code), "", false, "nothing shared");
    }
    {  // three bidders sharing one phone: three pairs
      const std::string t = new_tender();
      const Enterprise a = bidder(), b = bidder(), c = bidder();
      bid(t, a, a.phone, a.address);
      bid(t, b, a.phone, b.address);
      bid(t, c, a.phone, c.address);
      truth(8, pair_key(t, a.code, b.code), "", true, "three bidders share a phone");
      truth(8, pair_key(t, a.code, c.code), "", true, "three bidders share a phone");
      truth(8, pair_key(t, b.code, c.code), "", true, "three bidders share a phone");
    }
  }

  // R9 新设企业中标.
  void plant_r9(int) {
    const int R = d(2023, 1, 1);
    auto one = [&](int days_after, std::int64_t fen, bool by_name, bool positive, const char* why) {
      const Enterprise e = new_enterprise(R);
      const std::string k = contract(dept_name(next_dept_++), ref(e, !by_name), "公开招标", fen, R + days_after);
      truth(9, k, "", positive, why);
    };
    one(90, 50000000, false, true, "signed 90 days after registration");
    one(91, 50000000, false, false, "signed 91 days after registration");
    one(0, 50000000, false, true, "signed on the registration day");
    one(-1, 50000000, false, false, "signed the day before registration");
    one(10, 10000000, false, true, "amount exactly 100,000");
    one(10, 9999999, false, false, "amount 99,999.99");
    one(30, 50000000, true, true, "supplier given by name only");
    {
      const Enterprise a = new_enterprise(R);
      Enterprise b = new_enterprise(R, "存续", false);
      b.name = a.name;
      write_enterprise(b);
      const std::string k = contract(dept_name(next_dept_++), ref(a, false), "公开招标", 50000000, R + 20);
      truth(9, k, "", false, "supplier name shared by two registered enterprises");
    }
  }

  // R10 干部违规经商兼职.
  void plant_r10(int) {
    const int A = as_of_;
    // approval: 0 none, 1 by code, 2 by name only, 3 another company
    auto scenario = [&](std::string_view role, int end, std::string_view status, int approval, bool positive, const char* why) {
      const Cadre c = new_cadre(false);
      const Enterprise e = old_enterprise(status);
      write_role(e.code, c.p, role, role == "股东" ? 1500 : -1, 0, end);
      if (approval) {
        CsvOut& o = f(kSideJobs);
        o[0] = c.id;
        if (approval == 3) {
          const Enterprise other = old_enterprise();
          fmt().code(o[1], other.code);
          fmt().company(o[2], other.name);
        } else {
          if (approval == 1) fmt().code(o[1], e.code);
          fmt().company(o[2], e.name);
        }
        fmt().date(o[3], d(2020, 2, 2));
        o.row();
      }
      truth(10, key2(c.id, e.code), c.id, positive, why);
    };
    scenario("股东", 0, "存续", 0, true, "cadre shareholder without approval");
    scenario("董事", 0, "在业", 1, false, "approved by credit code");
    scenario("董事", 0, "存续", 2, false, "approved by company name only");
    scenario("监事", A - 1, "存续", 0, false, "role ended the day before the as-of date");
    scenario("经理", A, "存续", 0, true, "role ends on the as-of date (inclusive)");
    scenario("法定代表人", 0, "吊销", 0, false, "enterprise 吊销: no active roles");
    scenario("股东", 0, "存续", 3, true, "approval is for another company");
    {
      const Cadre c = new_cadre(false);
      Person other = zj_person(next_zj_++, c.p.birth, c.p.birth, 2);
      other.name = c.p.name;
      const Enterprise e = old_enterprise();
      write_role(e.code, other, "法定代表人", -1, 0, 0);
      truth(10, key2(c.id, e.code), c.id, false, "same name, different resident ID");
    }
  }

  // Messy variant only: rows with bad values that tie to nothing planted. Each is a
  // data-quality row for the engine and changes no finding.
  void invalid_rows() {
    {
      Cadre c = new_cadre(false);  // written with a valid ID; now one with a bad check digit
      CsvOut& o = f(kCadres);
      char b[16];
      std::snprintf(b, sizeof b, "C%07llu", static_cast<unsigned long long>(++next_cadre_));
      o[0] = b;
      o[1] = c.p.name + "乙";
      std::string bad = c.p.rid;
      bad.back() = bad.back() == '0' ? '1' : '0';
      o[2] = bad;
      o[3] = c.dept;
      o[4] = "科员";
      o[5] = "否";
      o.row();
    }
    {
      CsvOut& o = f(kTravels);
      const Person p = new_other_person();
      o[0] = p.rid;
      o[1] = p.name;
      o[2] = "出境";
      o[3] = "2023-13-45";
      o[4] = std::string(kPorts[0]);
      o[5] = "日本";
      o.row();
      o[0] = p.rid;
      o[1] = p.name;
      o[2] = "出入";  // unknown enumeration value
      o[3] = "2023-05-05";
      o.row();
    }
    {
      CsvOut& o = f(kContracts);
      const Enterprise e = old_enterprise();
      o[0] = "CG2023-9999999";
      o[1] = dept_name(next_dept_++);
      o[2] = e.code;
      o[3] = e.name;
      o[4] = "询价";
      o[5] = "壹佰万元";
      o[6] = "2023-06-01";
      o[7] = std::string(kCategories[0]);
      o.row();
      o[0] = "CG2023-9999998";
      o[1] = dept_name(next_dept_++);
      o[2] = e.code;
      o[3] = e.name;
      o[4] = "询价";
      o[5] = "12000.00";
      o[6] = "2023年13月1日";
      o.row();
    }
    {
      CsvOut& o = f(kEntPersons);
      std::string bad = enterprise(next_ent_++).code;
      bad.back() = bad.back() == 'A' ? 'B' : 'A';
      o[0] = bad;
      const Person p = new_other_person();
      o[1] = p.name;
      o[2] = p.rid;
      o[3] = "法定代表人";
      o.row();
      const Enterprise e = enterprise(0);
      o[0] = e.code;
      o[1] = p.name;
      o[2] = p.rid;
      o[3] = "顾问";  // unknown role
      o.row();
    }
    {
      CsvOut& o = f(kProps);
      const Person p = new_other_person();
      o[0] = p.rid;
      o[1] = p.name;
      o[2] = cert_no(2020);
      o[3] = home_address(1);
      o[4] = "约九十平方米";
      o[5] = "2020-02-30";
      o.row();
    }
    {
      CsvOut& o = f(kBids);
      o[0] = "ZB2024-999999";
      o[1] = enterprise(1).code;
      o.short_row(2);  // wrong field count
    }
    {
      CsvOut& o = f(kRelatives);
      o[0] = bg_cadre(0).id;
      o[1] = "表哥";  // unknown relation
      o[2] = "欧阳某某";
      o.row();
    }
  }

  // ---------------------------------------------------------------- outputs
  static std::string csv_field(const std::string& v) {
    if (v.find_first_of(",\"\n") == std::string::npos) return v;
    std::string o = "\"";
    for (char c : v) {
      if (c == '"') o.push_back('"');
      o.push_back(c);
    }
    return o + "\"";
  }

  void write_truth() {
    auto order = [](const TruthRow& a, const TruthRow& b) { return a.rule != b.rule ? a.rule < b.rule : a.key < b.key; };
    std::sort(pos_.begin(), pos_.end(), order);
    std::sort(dec_.begin(), dec_.end(), order);
    std::set<std::pair<int, std::string>> p;
    for (const auto& t : pos_) p.insert({t.rule, t.key});
    for (const auto& t : dec_)
      if (p.count({t.rule, t.key})) throw std::runtime_error("internal: decoy equals a planted finding: " + t.key);
    pos_.erase(std::unique(pos_.begin(), pos_.end(), [](const TruthRow& a, const TruthRow& b) { return a.rule == b.rule && a.key == b.key; }),
               pos_.end());
    std::FILE* e = std::fopen((out_ + "/expected_findings.csv").c_str(), "wb");
    std::FILE* x = std::fopen((out_ + "/decoys.csv").c_str(), "wb");
    if (!e || !x) throw std::runtime_error("cannot write the truth files");
    std::fprintf(e, "rule,key,cadre_id,why\n");
    for (const auto& t : pos_) std::fprintf(e, "R%d,%s,%s,%s\n", t.rule, csv_field(t.key).c_str(), t.cadre.c_str(), csv_field(t.why).c_str());
    std::fprintf(x, "rule,key,cadre_id,why\n");
    for (const auto& t : dec_) std::fprintf(x, "R%d,%s,%s,%s\n", t.rule, csv_field(t.key).c_str(), t.cadre.c_str(), csv_field(t.why).c_str());
    std::fclose(e);
    std::fclose(x);
  }

  void write_manifest(double seconds) {
    std::FILE* m = std::fopen((out_ + "/manifest.txt").c_str(), "wb");
    if (!m) throw std::runtime_error("cannot write manifest.txt");
    std::uint64_t rows = 0, bytes = 0;
    std::fprintf(m, "tier %s\nvariant %s\nseed %llu\nas_of %s\nplants %d\n", tier_.name, messy_ ? "messy" : "clean",
                 static_cast<unsigned long long>(seed_), iso_date(as_of_).c_str(), plants_);
    for (const auto& fl : files_) {
      std::fprintf(m, "file %s %llu %llu\n", fl->name().c_str(), static_cast<unsigned long long>(fl->rows()), static_cast<unsigned long long>(fl->bytes()));
      rows += fl->rows();
      bytes += fl->bytes();
    }
    std::fprintf(m, "rows %llu\nbytes %llu\nexpected %zu\ndecoys %zu\ngenerate_seconds %.2f\n", static_cast<unsigned long long>(rows),
                 static_cast<unsigned long long>(bytes), pos_.size(), dec_.size(), seconds);
    std::fclose(m);
    std::fprintf(stderr, "qf_crosscheck_gen: %s/%s: %llu rows, %.1f MiB, %zu planted findings, %zu decoys, %.1f s\n", tier_.name,
                 messy_ ? "messy" : "clean", static_cast<unsigned long long>(rows), static_cast<double>(bytes) / 1048576.0, pos_.size(),
                 dec_.size(), seconds);
  }

  const Tier tier_;
  const std::string out_;
  const bool messy_;
  const std::uint64_t seed_;
  const int as_of_;
  const int plants_;
  ValueFormat fmt_, fmt_registry_;
  Permutation name_perm_, org_perm_, addr_perm_, mobile_perm_, land_perm_, other_perm_;
  std::array<std::unique_ptr<CsvOut>, kNumFiles> files_;
  std::uint64_t num_depts_ = 0, next_dept_ = 0, next_ent_ = 0, next_zj_ = 0, next_other_ = 0, next_contract_ = 0, next_tender_ = 0,
                next_cadre_ = 0, forced_ = 0, cert_seq_ = 0, plant_proj_ = 0;
  std::vector<TruthRow> pos_, dec_;
};

int usage() {
  std::fprintf(stderr,
               "usage: qf_crosscheck_gen --tier bureau|city|province --out DIR [--variant clean|messy] [--seed N]\n"
               "                         [--as-of YYYY-MM-DD] [--plants K]\n");
  return 2;
}

}  // namespace
}  // namespace qfgen

int main(int argc, char** argv) {
  using namespace qfgen;
  std::string tier = "bureau", out, variant = "clean", as_of = "2024-06-30";
  std::uint64_t seed = 20240630;
  int plants = -1;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error("missing value for " + a);
      return argv[++i];
    };
    try {
      if (a == "--tier") tier = next();
      else if (a == "--out") out = next();
      else if (a == "--variant") variant = next();
      else if (a == "--seed") seed = std::stoull(next());
      else if (a == "--as-of") as_of = next();
      else if (a == "--plants") plants = std::stoi(next());
      else return usage();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "qf_crosscheck_gen: %s\n", e.what());
      return 2;
    }
  }
  const Tier* t = nullptr;
  for (const Tier& x : kTiers)
    if (tier == x.name) t = &x;
  if (!t || out.empty() || (variant != "clean" && variant != "messy")) return usage();
  try {
    std::filesystem::create_directories(out);
    Generator g(*t, out, variant == "messy", seed, parse_date(as_of), plants >= 0 ? plants : t->plants);
    g.run();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "qf_crosscheck_gen: %s\n", e.what());
    return 1;
  }
  return 0;
}
