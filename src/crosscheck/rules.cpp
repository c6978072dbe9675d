#include "crosscheck/rules.h"

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "crosscheck/value_parse.h"

namespace qf::crosscheck {

using namespace col;

const char* severity_of(int rule) {
  switch (rule) {
    case 1: case 2: case 8: case 10: return "高";
    case 3: case 4: case 5: case 7: case 9: return "中";
    default: return "低";
  }
}

const char* rule_name_zh(int rule) {
  static const char* kNames[] = {"", "未申报经商办企业", "亲属企业与本单位交易", "未申报房产", "未报备出境",
                                 "化整为零", "临界金额", "单一来源集中", "串通投标迹象", "新设企业中标",
                                 "干部违规经商兼职"};
  return rule >= 1 && rule <= 10 ? kNames[rule] : "";
}

std::vector<FileId> rule_inputs(int rule) {
  using F = FileId;
  switch (rule) {
    case 1: return {F::kCadres, F::kRelatives, F::kDeclaredBusinesses, F::kEnterprisePersons};
    case 2: return {F::kCadres, F::kContracts, F::kEnterprisePersons};
    case 3: return {F::kCadres, F::kProperties, F::kDeclaredProperties};
    case 4: return {F::kCadres, F::kTravels, F::kDeclaredTrips};
    case 5: case 6: case 7: return {F::kContracts};
    case 8: return {F::kBids};
    case 9: return {F::kContracts, F::kEnterprises};
    case 10: return {F::kCadres, F::kEnterprisePersons, F::kSideJobApprovals};
  }
  return {};
}

namespace {

std::string yuan(int64_t fen) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%" PRId64 ".%02" PRId64, fen / 100, fen % 100);
  return buf;
}

// enterprise_of(code, 0) for a walk over enterprise persons, whose rows come grouped
// by company: the previous code's answer is reused (one hash probe per company).
class EnterpriseOfCode {
 public:
  explicit EnterpriseOfCode(const RegistryIndex& ix) : ix_(ix) {}
  uint32_t operator()(uint32_t code) {
    if (code != code_) {
      code_ = code;
      row_ = ix_.enterprise_of(code, 0);
    }
    return row_;
  }

 private:
  const RegistryIndex& ix_;
  uint32_t code_ = 0;
  uint32_t row_ = kNoRow;
};

class RuleRunner {
 public:
  explicit RuleRunner(const RuleContext& ctx)
      : ctx_(ctx), d_(ctx.data), ix_(ctx.index), pool_(ctx.data.pool),
        cadres_(d_.t(FileId::kCadres)), rel_(d_.t(FileId::kRelatives)), ent_(d_.t(FileId::kEnterprises)),
        ep_(d_.t(FileId::kEnterprisePersons)), con_(d_.t(FileId::kContracts)) {}

  std::vector<CrossCheckFinding> run(int rule) {
    switch (rule) {
      case 1: r1(); break;
      case 2: r2(); break;
      case 3: r3(); break;
      case 4: r4(); break;
      case 5: r5(); break;
      case 6: r6(); break;
      case 7: r7(); break;
      case 8: r8(); break;
      case 9: r9(); break;
      case 10: r10(); break;
    }
    return std::move(out_);
  }

 private:
  std::string str(uint32_t id) const { return std::string(pool_.str(id)); }
  std::string cadre_label(uint32_t c) const {
    return str(cadres_.s(kCadreName, c)) + "（" + str(cadres_.s(kCadreId, c)) + "）";
  }
  std::string company_label(uint32_t key, uint32_t row) const {
    if (row != kNoRow && ent_.s(kEntName, row)) return str(ent_.s(kEntName, row));
    return str(key);
  }
  std::string role_zh(uint32_t ep_row) const {
    uint32_t role = ep_.s(kEpRole, ep_row);
    const auto& values = spec_of(FileId::kEnterprisePersons).columns[kEpRole].enum_values;
    return role ? std::string(values[role - 1]) : std::string("人员");
  }
  std::string relation_zh(uint32_t rel_row) const {
    uint32_t r = rel_.s(kRelRelation, rel_row);
    const auto& values = spec_of(FileId::kRelatives).columns[kRelRelation].enum_values;
    return r ? std::string(values[r - 1]) : std::string("亲属");
  }
  Evidence ev(FileId f, uint32_t row) const { return {f, d_.t(f).line[row]}; }
  void emit(int rule, std::string key, std::string cadre_id, std::string summary, std::vector<Evidence> evidence) {
    out_.push_back({rule, std::move(key), std::move(cadre_id), std::move(summary), std::move(evidence)});
  }

  // R1 未申报经商办企业 and R10 干部违规经商兼职 share the walk over active roles.
  void r1() {
    EnterpriseOfCode ent_of(ix_);
    for (uint32_t p = 0; p < ep_.rows(); ++p) {
      // The person test first: one bit rules out almost every row before the role's
      // dates and the enterprise are looked at.
      if (!ix_.may_be_person(ep_.id(kEpResidentId, p), ep_.s(kEpName, p))) continue;
      uint32_t code = ep_.s(kEpCreditCode, p);
      if (!code || !ix_.role_active(p, ctx_.as_of)) continue;
      uint32_t erow = ent_of(code);
      if (ix_.closed(erow)) continue;
      ix_.for_each_person(ep_.id(kEpResidentId, p), ep_.s(kEpName, p), [&](uint32_t c, uint32_t r) {
        if (r == kNoRow) return;
        uint32_t relation = rel_.s(kRelRelation, r);
        if (relation != enums::kSpouse && relation != enums::kChild && relation != enums::kChildSpouse) return;
        uint32_t cadre_id = cadres_.s(kCadreId, c);
        const Table& db = d_.t(FileId::kDeclaredBusinesses);
        for (uint32_t b : ix_.rows_of_cadre(FileId::kDeclaredBusinesses, cadre_id))
          if (ix_.refers_to(db.s(kDbCreditCode, b), db.s(kDbCompanyName, b), code, erow)) return;
        std::vector<Evidence> e{ev(FileId::kCadres, c), ev(FileId::kRelatives, r), ev(FileId::kEnterprisePersons, p)};
        if (erow != kNoRow) e.push_back(ev(FileId::kEnterprises, erow));
        emit(1, str(cadre_id) + "|" + str(code), str(cadre_id),
             "干部" + cadre_label(c) + "的" + relation_zh(r) + str(rel_.s(kRelName, r)) + "在" +
                 company_label(code, erow) + "担任" + role_zh(p) + "，该企业未在其个人有关事项报告中申报。",
             std::move(e));
      });
    }
  }

  void r10() {
    const Table& sj = d_.t(FileId::kSideJobApprovals);
    EnterpriseOfCode ent_of(ix_);
    for (uint32_t p = 0; p < ep_.rows(); ++p) {
      // The person test first: one bit rules out almost every row before the role's
      // dates and the enterprise are looked at.
      if (!ix_.may_be_person(ep_.id(kEpResidentId, p), ep_.s(kEpName, p))) continue;
      uint32_t code = ep_.s(kEpCreditCode, p);
      if (!code || !ix_.role_active(p, ctx_.as_of)) continue;
      uint32_t erow = ent_of(code);
      if (ix_.closed(erow)) continue;
      ix_.for_each_person(ep_.id(kEpResidentId, p), ep_.s(kEpName, p), [&](uint32_t c, uint32_t r) {
        if (r != kNoRow) return;
        uint32_t cadre_id = cadres_.s(kCadreId, c);
        for (uint32_t a : ix_.rows_of_cadre(FileId::kSideJobApprovals, cadre_id))
          if (ix_.refers_to(sj.s(kSjCreditCode, a), sj.s(kSjCompanyName, a), code, erow)) return;
        std::vector<Evidence> e{ev(FileId::kCadres, c), ev(FileId::kEnterprisePersons, p)};
        if (erow != kNoRow) e.push_back(ev(FileId::kEnterprises, erow));
        emit(10, str(cadre_id) + "|" + str(code), str(cadre_id),
             "干部" + cadre_label(c) + "本人在" + company_label(code, erow) + "担任" + role_zh(p) +
                 "，未见兼职审批记录。",
             std::move(e));
      });
    }
  }

  void r2() {
    constexpr uint32_t kAhead = 8;  // contracts whose company lookups are prefetched
    const uint32_t rows = static_cast<uint32_t>(con_.rows());
    for (uint32_t k = 0; k < rows; ++k) {
      if (k + kAhead < rows)
        ix_.prefetch_company(con_.s(kConSupplierCode, k + kAhead), con_.s(kConSupplierName, k + kAhead));
      int64_t day = con_.v(kConSigned, k);
      if (day == kUnknown) continue;
      uint32_t scode = con_.s(kConSupplierCode, k), sname = con_.s(kConSupplierName, k);
      uint32_t erow = ix_.enterprise_of(scode, sname);
      uint32_t code = scode ? scode : (erow != kNoRow ? ent_.s(kEntCreditCode, erow) : 0);
      if (!code) continue;
      uint32_t contract_id = con_.s(kConId, k);
      for (uint32_t p : ix_.persons_of_company(code)) {
        // The person test first (one bit for most rows, which are nobody), then the
        // role's dates; for_each_person would call nothing for a row it rules out.
        const uint64_t person = ep_.id(kEpResidentId, p);
        const uint32_t person_name = ep_.s(kEpName, p);
        if (!ix_.may_be_person(person, person_name) || !ix_.role_active(p, day)) continue;
        ix_.for_each_person(person, person_name, [&](uint32_t c, uint32_t r) {
          bool leading = cadres_.s(kCadreIsLeading, c) == 2;
          bool same_dept = cadres_.s(kCadreDepartment, c) && cadres_.s(kCadreDepartment, c) == con_.s(kConBuyer, k);
          bool handler = con_.s(kConHandler, k) && con_.s(kConHandler, k) == cadres_.s(kCadreId, c);
          if (!leading && !same_dept && !handler) return;
          std::string why = leading ? "该干部为领导干部" : same_dept ? "该干部在采购部门任职" : "该干部为合同经办人";
          std::string who = r == kNoRow ? "本人" : relation_zh(r) + str(rel_.s(kRelName, r));
          std::vector<Evidence> e{ev(FileId::kContracts, k), ev(FileId::kEnterprisePersons, p), ev(FileId::kCadres, c)};
          if (r != kNoRow) e.push_back(ev(FileId::kRelatives, r));
          if (erow != kNoRow) e.push_back(ev(FileId::kEnterprises, erow));
          uint32_t cadre_id = cadres_.s(kCadreId, c);
          emit(2, str(cadre_id) + "|" + str(contract_id), str(cadre_id),
               "合同" + str(contract_id) + "（" + format_date(static_cast<int32_t>(day)) + "签订）的供应商" +
                   company_label(code, erow) + "在签订日由干部" + cadre_label(c) + who + "担任" + role_zh(p) +
                   "，" + why + "。",
               std::move(e));
        });
      }
    }
  }

  void r3() {
    const Table& pr = d_.t(FileId::kProperties);
    const Table& dp = d_.t(FileId::kDeclaredProperties);
    const int64_t tol = std::llround(ctx_.config.property_area_tolerance * 100.0);
    for (uint32_t q = 0; q < pr.rows(); ++q) {
      ix_.for_each_person(pr.id(kPropResidentId, q), pr.s(kPropOwner, q), [&](uint32_t c, uint32_t r) {
        if (r != kNoRow) {
          uint32_t relation = rel_.s(kRelRelation, r);
          if (relation != enums::kSpouse && relation != enums::kChild) return;
        }
        uint32_t cadre_id = cadres_.s(kCadreId, c);
        for (uint32_t x : ix_.rows_of_cadre(FileId::kDeclaredProperties, cadre_id)) {
          if (uint32_t cert = dp.s(kDpCertificate, x)) {
            if (cert == pr.s(kPropCertificate, q)) return;
            continue;  // a declared certificate number only matches itself
          }
          int64_t a = dp.v(kDpArea, x), b = pr.v(kPropArea, q);
          if (dp.s(kDpAddress, x) && dp.s(kDpAddress, x) == pr.s(kPropAddress, q) && a != kUnknown &&
              b != kUnknown && (a > b ? a - b : b - a) <= tol)
            return;
        }
        std::string who = r == kNoRow ? "本人" : relation_zh(r) + str(rel_.s(kRelName, r));
        std::vector<Evidence> e{ev(FileId::kProperties, q), ev(FileId::kCadres, c)};
        if (r != kNoRow) e.push_back(ev(FileId::kRelatives, r));
        int64_t area = pr.v(kPropArea, q);
        emit(3, str(cadre_id) + "|" + str(pr.s(kPropCertificate, q)), str(cadre_id),
             "干部" + cadre_label(c) + who + "名下房产" + str(pr.s(kPropCertificate, q)) + "（" +
                 str(pr.s(kPropAddress, q)) + (area != kUnknown ? "，" + yuan(area) + "平方米" : "") +
                 "）未在个人有关事项报告中申报。",
             std::move(e));
      });
    }
  }

  void r4() {
    const Table& tr = d_.t(FileId::kTravels);
    const Table& dt = d_.t(FileId::kDeclaredTrips);
    for (uint32_t t = 0; t < tr.rows(); ++t) {
      if (tr.s(kTrDirection, t) != enums::kExit) continue;
      int64_t day = tr.v(kTrDate, t);
      if (day == kUnknown) continue;
      ix_.for_each_person(tr.id(kTrResidentId, t), 0, [&](uint32_t c, uint32_t r) {
        if (r != kNoRow) return;
        uint32_t cadre_id = cadres_.s(kCadreId, c);
        for (uint32_t x : ix_.rows_of_cadre(FileId::kDeclaredTrips, cadre_id)) {
          int64_t a = dt.v(kDtDepart, x), b = dt.v(kDtReturn, x);
          if (a != kUnknown && a <= day && (b == kUnknown || day <= b)) return;
        }
        std::string date = format_date(static_cast<int32_t>(day));
        emit(4, str(cadre_id) + "|" + date, str(cadre_id),
             "干部" + cadre_label(c) + "于" + date + "经" + str(tr.s(kTrPort, t)) + "出境前往" +
                 str(tr.s(kTrDestination, t)) + "，不在任何已报备的因私出国（境）行程内。",
             {ev(FileId::kTravels, t), ev(FileId::kCadres, c)});
      });
    }
  }

  bool open_tender(uint32_t k) const { return con_.s(kConMethod, k) == enums::kOpenTender; }

  void r5() {
    const int64_t threshold = to_fen(ctx_.config.open_tender_threshold);
    const bool with_project = con_.cols[kConBudgetProject].present;
    struct Group { int64_t sum = 0; std::vector<uint32_t> rows; };
    std::map<std::tuple<uint32_t, uint32_t, uint32_t, int>, Group> groups;
    for (uint32_t k = 0; k < con_.rows(); ++k) {
      int64_t amount = con_.v(kConAmount, k), day = con_.v(kConSigned, k);
      if (amount == kUnknown || day == kUnknown || open_tender(k)) continue;
      auto& g = groups[{con_.s(kConBuyer, k), con_.s(kConCategory, k),
                        with_project ? con_.s(kConBudgetProject, k) : 0u, year_of(static_cast<int32_t>(day))}];
      g.sum += amount;
      g.rows.push_back(k);
    }
    for (auto& [key, g] : groups) {
      if (g.sum <= threshold) continue;
      std::string scope = str(std::get<0>(key)) + std::to_string(std::get<3>(key)) + "年" + str(std::get<1>(key)) +
                          "品目" + (with_project ? "（预算项目" + str(std::get<2>(key)) + "）" : "");
      for (uint32_t k : g.rows) {
        // The flagged contract first, then the rest of its group, at most
        // kMaxGroupEvidence rows (a group's size is in the summary).
        std::vector<Evidence> e{ev(FileId::kContracts, k)};
        for (uint32_t other : g.rows) {
          if (e.size() >= kMaxGroupEvidence) break;
          if (other != k) e.push_back(ev(FileId::kContracts, other));
        }
        emit(5, str(con_.s(kConId, k)), "",
             scope + "非公开招标合同共" + std::to_string(g.rows.size()) + "份、合计" + yuan(g.sum) +
                 "元，超过公开招标数额标准" + yuan(threshold) + "元；合同" + str(con_.s(kConId, k)) + "（" +
                 yuan(con_.v(kConAmount, k)) + "元）疑似化整为零规避公开招标。",
             std::move(e));
      }
    }
  }

  void r6() {
    const double margin = ctx_.config.near_threshold_margin;
    for (uint32_t k = 0; k < con_.rows(); ++k) {
      int64_t amount = con_.v(kConAmount, k);
      if (amount == kUnknown || open_tender(k)) continue;
      for (double t : ctx_.config.thresholds) {
        int64_t hi = to_fen(t), lo = std::llround(t * 100.0 * (1.0 - margin));
        if (amount >= lo && amount < hi) {
          emit(6, str(con_.s(kConId, k)), "",
               "合同" + str(con_.s(kConId, k)) + "金额" + yuan(amount) + "元，未采用公开招标，处于" + yuan(hi) +
                   "元限额下方" + std::to_string(margin * 100).substr(0, 4) + "%以内。",
               {ev(FileId::kContracts, k)});
          break;
        }
      }
    }
  }

  void r7() {
    const int64_t min_total = to_fen(ctx_.config.single_source_min_total);
    struct Dept { int64_t total = 0; std::map<uint32_t, std::pair<int64_t, std::vector<uint32_t>>> by_supplier; };
    std::map<std::pair<uint32_t, int>, Dept> depts;
    for (uint32_t k = 0; k < con_.rows(); ++k) {
      int64_t amount = con_.v(kConAmount, k), day = con_.v(kConSigned, k);
      if (amount == kUnknown || day == kUnknown || con_.s(kConMethod, k) != enums::kSingleSource) continue;
      auto& d = depts[{con_.s(kConBuyer, k), year_of(static_cast<int32_t>(day))}];
      d.total += amount;
      uint32_t key = ix_.company_key(con_.s(kConSupplierCode, k), con_.s(kConSupplierName, k));
      auto& s = d.by_supplier[key];
      s.first += amount;
      s.second.push_back(k);
    }
    for (auto& [dk, d] : depts) {
      if (d.total < min_total) continue;
      for (auto& [key, s] : d.by_supplier) {
        if (!key) continue;
        if (static_cast<long double>(s.first) <
            static_cast<long double>(ctx_.config.single_source_share) * static_cast<long double>(d.total))
          continue;
        std::vector<Evidence> e;
        for (uint32_t k : s.second) {
          if (e.size() >= kMaxGroupEvidence) break;
          e.push_back(ev(FileId::kContracts, k));
        }
        uint32_t erow = ix_.enterprise_of(con_.s(kConSupplierCode, s.second[0]), con_.s(kConSupplierName, s.second[0]));
        char pct[32];
        std::snprintf(pct, sizeof pct, "%.1f", 100.0 * static_cast<double>(s.first) / static_cast<double>(d.total));
        emit(7, str(dk.first) + "|" + std::to_string(dk.second) + "|" + str(key), "",
             str(dk.first) + std::to_string(dk.second) + "年单一来源采购合计" + yuan(d.total) + "元，其中" +
                 company_label(key, erow) + "获得" + yuan(s.first) + "元，占" + pct + "%。",
             std::move(e));
      }
    }
  }

  void r8() {
    const Table& bids = d_.t(FileId::kBids);
    // Bidders grouped by tender by sorting (tender, bid row) — the same groups, in the
    // same order within each tender, as a map of tenders would give, without a node
    // per tender; the persons of all bidders in one vector (a range per bidder).
    struct Bidder { uint32_t tender, row, key, phone, address, erow, people_begin, people_end; };
    std::vector<Bidder> all;
    std::vector<uint64_t> people;
    constexpr uint32_t kAhead = 8;  // bids whose company lookups are prefetched
    const uint32_t rows = static_cast<uint32_t>(bids.rows());
    for (uint32_t b = 0; b < rows; ++b) {
      if (b + kAhead < rows)
        ix_.prefetch_company(bids.s(kBidCreditCode, b + kAhead), bids.s(kBidCompanyName, b + kAhead));
      uint32_t tender = bids.s(kBidTender, b);
      if (!tender) continue;
      uint32_t code = bids.s(kBidCreditCode, b), name = bids.s(kBidCompanyName, b);
      uint32_t key = ix_.company_key(code, name);
      if (!key) continue;
      uint32_t erow = ix_.enterprise_of(code, name);
      const uint32_t begin = static_cast<uint32_t>(people.size());
      uint32_t ecode = code ? code : (erow != kNoRow ? ent_.s(kEntCreditCode, erow) : 0);
      if (ecode && !ix_.closed(erow)) {
        for (uint32_t p : ix_.persons_of_company(ecode)) {
          uint32_t role = ep_.s(kEpRole, p);
          if ((role == enums::kLegalRep || role == enums::kShareholder) && ep_.id(kEpResidentId, p) &&
              ix_.role_active(p, ctx_.as_of))
            people.push_back(ep_.id(kEpResidentId, p));
        }
        std::sort(people.begin() + begin, people.end());
      }
      all.push_back({tender, b, key, bids.s(kBidPhone, b), bids.s(kBidAddress, b), erow, begin,
                     static_cast<uint32_t>(people.size())});
    }
    std::sort(all.begin(), all.end(),
              [](const Bidder& x, const Bidder& y) { return x.tender != y.tender ? x.tender < y.tender : x.row < y.row; });
    for (size_t g = 0; g < all.size();) {
      size_t g_end = g + 1;
      while (g_end < all.size() && all[g_end].tender == all[g].tender) ++g_end;
      const uint32_t tender = all[g].tender;
      for (size_t i = g; i < g_end; ++i) {
        for (size_t j = i + 1; j < g_end; ++j) {
          const Bidder &a = all[i], &b = all[j];
          if (a.key == b.key) continue;
          std::string why;
          if (a.phone && a.phone == b.phone) why = "共用联系电话" + str(a.phone);
          else if (a.address && a.address == b.address) why = "共用联系地址" + str(a.address);
          else {
            std::vector<uint64_t> common;
            std::set_intersection(people.begin() + a.people_begin, people.begin() + a.people_end,
                                  people.begin() + b.people_begin, people.begin() + b.people_end,
                                  std::back_inserter(common));
            if (!common.empty()) why = "有同一法定代表人或股东";
          }
          if (why.empty()) continue;
          std::string ka = str(a.key), kb = str(b.key);
          if (kb < ka) std::swap(ka, kb);
          emit(8, str(tender) + "|" + ka + "|" + kb, "",
               "项目" + str(tender) + "的投标人" + company_label(a.key, a.erow) + "与" +
                   company_label(b.key, b.erow) + why + "，存在串通投标迹象。",
               {ev(FileId::kBids, a.row), ev(FileId::kBids, b.row)});
        }
      }
      g = g_end;
    }
  }

  void r9() {
    const int64_t min_amount = to_fen(ctx_.config.new_company_min_amount);
    for (uint32_t k = 0; k < con_.rows(); ++k) {
      int64_t amount = con_.v(kConAmount, k), day = con_.v(kConSigned, k);
      if (amount == kUnknown || day == kUnknown || amount < min_amount) continue;
      uint32_t erow = ix_.enterprise_of(con_.s(kConSupplierCode, k), con_.s(kConSupplierName, k));
      if (erow == kNoRow) continue;
      int64_t reg = ent_.v(kEntRegisteredDate, erow);
      if (reg == kUnknown) continue;
      int64_t gap = day - reg;
      if (gap < 0 || gap > ctx_.config.new_company_days) continue;
      emit(9, str(con_.s(kConId, k)), "",
           "合同" + str(con_.s(kConId, k)) + "（" + yuan(amount) + "元）签订于" + format_date(static_cast<int32_t>(day)) +
               "，供应商" + company_label(0, erow) + "成立于" + format_date(static_cast<int32_t>(reg)) + "，仅" +
               std::to_string(gap) + "天。",
           {ev(FileId::kContracts, k), ev(FileId::kEnterprises, erow)});
    }
  }

  const RuleContext& ctx_;
  const LoadedData& d_;
  const RegistryIndex& ix_;
  const StringPool& pool_;
  const Table &cadres_, &rel_, &ent_, &ep_, &con_;
  std::vector<CrossCheckFinding> out_;
};

}  // namespace

std::vector<CrossCheckFinding> run_rule(int rule, const RuleContext& ctx) { return RuleRunner(ctx).run(rule); }

std::vector<CrossCheckFinding> merge_findings(std::vector<CrossCheckFinding> findings) {
  std::stable_sort(findings.begin(), findings.end(),
                   [](const CrossCheckFinding& a, const CrossCheckFinding& b) { return a.key < b.key; });
  std::vector<CrossCheckFinding> out;
  for (auto& f : findings) {
    if (!out.empty() && out.back().key == f.key) {
      // Keep the smallest summary so the choice never depends on emission order.
      if (f.summary < out.back().summary) out.back().summary = f.summary;
      auto& ev = out.back().evidence;
      ev.insert(ev.end(), f.evidence.begin(), f.evidence.end());
    } else {
      out.push_back(std::move(f));
    }
  }
  for (auto& f : out) {
    std::sort(f.evidence.begin(), f.evidence.end());
    f.evidence.erase(std::unique(f.evidence.begin(), f.evidence.end()), f.evidence.end());
  }
  return out;
}

}  // namespace qf::crosscheck
