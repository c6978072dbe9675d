// Links of the regulation library with interpretations and case-driven reform: see links.h.
#include "domain/regulations/links.h"

#include "domain/education/education.h"
#include "domain/inspections/case_reform.h"
#include "domain/inspections/inspection.h"

namespace qf::regulations {
namespace {

Error bad(const std::string& code, const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid(code, zh, en, field);
}

// The version id of `version_no` of regulation `regulation_id`, both checked, errors naming
// `reg_field` / `version_field`. Without a number: the latest version (want_latest) or none.
Result<std::optional<int64_t>> version_id_of(store::Connection& conn, int64_t regulation_id,
                                             std::optional<int> version_no, bool want_latest,
                                             const std::string& reg_field, const std::string& version_field) {
  QF_TRY(auto g, conn.query(store::sql(conn, "regulations/link_regulation"), {regulation_id}));
  if (g.empty())
    return bad("regulation.not_found", reg_field, "所选制度不存在", "The chosen regulation does not exist");
  if (!version_no) {
    if (!want_latest) return std::optional<int64_t>{};
    QF_TRY(auto r, conn.query_one("SELECT latest_version_id AS id FROM regulations WHERE id = ?", {regulation_id}));
    return std::optional<int64_t>{r.i64("id")};
  }
  QF_TRY(auto v, conn.query(store::sql(conn, "regulations/link_version_id"), {regulation_id, int64_t{*version_no}}));
  if (v.empty())
    return bad("regulation.version_not_found", version_field,
               "所选制度没有第 " + std::to_string(*version_no) + " 版", "The regulation has no version " +
               std::to_string(*version_no));
  return std::optional<int64_t>{v.front().i64("id")};
}

store::Value nullable(const std::optional<int64_t>& v) { return v ? store::Value{*v} : store::Value{nullptr}; }

}  // namespace

Status link_interpretation(store::Connection& conn, int64_t education_item_id, int64_t regulation_id,
                           std::optional<int> version_no, int64_t now_ms) {
  QF_TRY(auto vid, version_id_of(conn, regulation_id, version_no, false, "regulation_id", "regulation_version_no"));
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "regulations/interpretation_insert"),
                                 {education_item_id, regulation_id, nullable(vid), now_ms}));
  (void)id;
  return {};
}

Result<std::optional<InterpretedRegulation>> interpreted_regulation(store::Connection& conn,
                                                                    int64_t education_item_id) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "regulations/interpretation_of_item"), {education_item_id}));
  if (rows.empty()) return std::optional<InterpretedRegulation>{};
  const auto& r = rows.front();
  InterpretedRegulation out;
  out.regulation_id = r.i64("regulation_id");
  out.regulation_title = r.text("regulation_title");
  out.doc_number = r.text("doc_number");
  if (auto n = r.opt_i64("version_no")) out.version_no = static_cast<int>(*n);
  out.version_title = r.opt_text("version_title").value_or("");
  return std::optional<InterpretedRegulation>{out};
}

Result<std::vector<InterpretationRef>> interpretations_of(store::Connection& conn, const auth::Principal& who,
                                                          int64_t regulation_id) {
  std::vector<InterpretationRef> out;
  if (!who.can(education::kEducationStudy) && !who.can(education::kEducationProgress) &&
      !who.can(education::kEducationManage))
    return out;
  QF_TRY(auto rows, conn.query(store::sql(conn, "regulations/interpretations_of"), {regulation_id}));
  for (const auto& r : rows) {
    // The education module's own rule: listed only when the reader may open it.
    auto it = education::get_item(conn, who, r.i64("education_item_id"));
    if (!it.ok()) {
      if (it.error().kind == ErrorKind::kNotFound) continue;
      return it.error();
    }
    InterpretationRef ref{it->id, it->title, it->published_on, std::nullopt};
    if (auto n = r.opt_i64("version_no")) ref.version_no = static_cast<int>(*n);
    out.push_back(std::move(ref));
  }
  return out;
}

Result<int64_t> add_rule_change(store::Connection& conn, const auth::Principal& who, int64_t case_reform_id,
                                int64_t regulation_id, std::optional<int> version_no, const std::string& note,
                                const std::string& today, int64_t now_ms) {
  QF_TRY(inspections::CaseReform f, inspections::get_case_reform(conn, who, case_reform_id, today));
  QF_TRY(auto vid, version_id_of(conn, regulation_id, version_no, true, "regulation_id", "version_no"));
  if (note.size() > 2000)
    return bad("inspection.invalid", "note", "修订说明不能超过 2000 字节", "note must be at most 2000 bytes");
  QF_TRY(auto dup, conn.query(store::sql(conn, "regulations/rule_change_exists"), {f.id, *vid}));
  if (!dup.empty())
    return Error::make(ErrorKind::kConflict, "case_reform.rule_change_exists", "该制度版本已关联到这份以案促改通知",
                       "This regulation version is already linked to the reform notice", "version_no");
  return conn.insert(store::sql(conn, "regulations/rule_change_insert"),
                     {f.id, regulation_id, *vid, note, who.account_id > 0 ? store::Value{who.account_id}
                                                                          : store::Value{nullptr},
                      now_ms});
}

Result<std::vector<RuleChange>> rule_changes_of_reform(store::Connection& conn, int64_t case_reform_id) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "regulations/rule_changes_of_reform"), {case_reform_id}));
  std::vector<RuleChange> out;
  for (const auto& r : rows)
    out.push_back({r.i64("id"), r.i64("regulation_id"), static_cast<int>(r.i64("version_no")), r.text("title"),
                   r.text("doc_number"), r.text("effective_on"), r.text("change_note"), r.text("note"),
                   r.i64("created_at")});
  return out;
}

Result<std::vector<ReformRef>> reforms_of(store::Connection& conn, const auth::Principal& who, int64_t regulation_id,
                                          const std::string& today) {
  std::vector<ReformRef> out;
  if (!who.can(inspections::kInspectionRead)) return out;
  QF_TRY(auto rows, conn.query(store::sql(conn, "regulations/rule_changes_of_regulation"), {regulation_id}));
  for (const auto& r : rows) {
    // The ledger's rule: listed only when the reader may open the notice.
    auto f = inspections::get_case_reform(conn, who, r.i64("case_reform_id"), today);
    if (!f.ok()) {
      if (f.error().kind == ErrorKind::kNotFound) continue;
      return f.error();
    }
    out.push_back({f->id, f->number, f->title, f->issued_on, r.text("note"), static_cast<int>(r.i64("version_no"))});
  }
  return out;
}

}  // namespace qf::regulations
