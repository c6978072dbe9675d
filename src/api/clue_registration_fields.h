#pragma once
// The registration elements of a clue (domain/clues/clue_registration.h) in the clue
// API: read from a request body, shown in the clue detail. The PUT route that edits
// them lives in clue_registration_api.cpp. Only for callers that already checked that
// the clue is visible to the caller; the reporter is never put into a list.
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/config.h"
#include "core/result.h"
#include "domain/clues/clue_registration.h"

namespace qf::store { class Connection; }

namespace qf::api {

// source_document, reporter {anonymous, name, contact} | null, cadre_authority,
// classification (default internal) from `b`, validated for a clue of `source`.
Result<clues::ClueRegistration> registration_of_body(const nlohmann::json& b, clues::ClueSource source);
// Saves it for `clue_id` (loads the server key only when there is a reporter to seal).
Status store_registration(store::Connection& conn, const SecurityConfig& sec, int64_t clue_id,
                          const clues::ClueRegistration& r, int64_t actor, int64_t now_ms);
// {source_document, reporter, cadre_authority, classification, report_up} of a clue
// (nulls when the clue has no registration row).
Result<nlohmann::json> registration_json(store::Connection& conn, const SecurityConfig& sec, int64_t clue_id);

}  // namespace qf::api
