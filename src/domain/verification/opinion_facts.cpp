#include "domain/verification/opinion_facts.h"

#include <map>

#include <nlohmann/json.hpp>

#include "domain/declarations/declaration_store.h"
#include "domain/verification/verification_seal.h"
#include "domain/verification/verification_store.h"

namespace qf::verification {

Result<IntegrityFacts> integrity_facts(store::Connection& conn, const auth::ServerKey& key, int64_t person_id) {
  IntegrityFacts out;
  std::map<std::string, declarations::FormDef> forms;
  QF_TRY(auto irows, conn.query(store::sql(conn, "verification/items_of_person"), {person_id}));
  for (const auto& r : irows) {
    if (r.text("status") != "approved") continue;
    const int64_t id = r.i64("id");
    QF_TRY(std::string plain, open_sealed(key, "item", id, "content", r.text("content_sealed")));
    auto j = nlohmann::json::parse(plain, nullptr, false);
    if (j.is_discarded()) return Error::internal("verification item " + std::to_string(id) + ": content is not JSON");
    const ItemContent content = ItemContent::from_json(j);
    if (content.conclusion != "concealed") continue;
    ConcealedFinding f;
    f.item_id = id;
    f.year = static_cast<int>(r.i64("round_year"));
    f.consequences = content.consequences;
    const std::string rev = r.text("form_revision");
    auto it = forms.find(rev);
    if (it == forms.end()) {
      QF_TRY(declarations::FormDef form, declarations::load_form(conn, rev));
      it = forms.emplace(rev, std::move(form)).first;
    }
    const auto* fi = it->second.item(content.item);
    f.item_title_zh = fi ? fi->title_zh : content.item;
    out.concealed.push_back(std::move(f));
  }
  QF_TRY(auto crows, conn.query(store::sql(conn, "verification/dossier_clues"), {person_id}));
  for (const auto& r : crows) {
    const std::string state = r.text("state");
    if (state == "closed" || state == "split" || state == "merged") continue;
    out.open_clues.push_back({r.i64("id"), r.text("number"), state, r.text("received_date")});
  }
  QF_TRY(auto mrows, conn.query(store::sql(conn, "verification/opinion_measures"), {person_id}));
  for (const auto& r : mrows)
    out.measures.push_back({r.i64("clue_id"), r.text("clue_number"), r.text("form"), r.text("measure"), r.text("decided_on")});
  return out;
}

}  // namespace qf::verification
