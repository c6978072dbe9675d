// Dictionaries (字典): GET /api/v1/dictionaries and /dictionaries/{name} — every
// enumeration users see, with code, Chinese and English labels and display order, for
// any signed-in user. Modules whose enumerations live in their own tables are
// registered here at start-up (the clue module's clue_dictionaries()).
#include "api/api.h"
#include "domain/clues/clue_enums.h"
#include "domain/dictionary/dictionary.h"

namespace qf::api {
namespace {

json entries_json(const dictionary::Dictionary& d) {
  json arr = json::array();
  for (const auto& e : d.entries) {
    arr.push_back({{"code", e.code}, {"label_zh", e.label_zh}, {"label_en", e.label_en}, {"sort", e.sort}});
  }
  return arr;
}

void register_module_dictionaries() {
  for (const auto& t : clues::clue_dictionaries()) {
    dictionary::Dictionary d{t.name, t.title_zh, t.title_en, {}};
    for (const auto& i : t.items) d.entries.push_back({i.code, i.label_zh, i.label_en, i.sort});
    dictionary::register_dictionary(std::move(d));
  }
}

void register_dictionaries(Routes& routes, AppContext&) {
  register_module_dictionaries();
  routes.get("/dictionaries",
             RouteSpec{"全部字典", "All dictionaries", "", "", "",
                       R"({"data":{"gender":[{"code":"male","label_zh":"男","label_en":"Male","sort":10}]}})"},
             [](Call&) -> Result<json> {
               json out = json::object();
               for (const auto& d : dictionary::all_dictionaries()) out[d.name] = entries_json(d);
               return out;
             });
  routes.get("/dictionaries/{name}", RouteSpec{"单个字典", "One dictionary", ""}, [](Call& c) -> Result<json> {
    auto it = c.req.path_params.find("name");
    auto d = dictionary::find(it == c.req.path_params.end() ? "" : it->second);
    if (!d) return Error::not_found("字典", "Dictionary");
    return json{{"name", d->name}, {"title_zh", d->title_zh}, {"title_en", d->title_en}, {"entries", entries_json(*d)}};
  });
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_dictionaries);
