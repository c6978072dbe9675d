#pragma once
// JSON of the reports module shared by the public listener (public_api.cpp) and the
// staff API (reports_api.cpp): the report form body → NewReport (field-named errors,
// base64 attachments decoded), and the reporter's view → JSON. The shapes are those
// of docs/modules/reports-api.md.
#include <nlohmann/json.hpp>

#include "core/result.h"
#include "domain/reports/report_intake.h"
#include "domain/reports/reporter_access.h"

namespace qf::api::reports_json {

// Reads reported/matter/time_place/evidence/anonymous/identity/attachments/password.
Result<reports::NewReport> new_report_of(const nlohmann::json& body);
nlohmann::json reporter_view_json(const reports::ReporterView& v);
// An optional string member ("" when absent or null); kInvalid naming `field` when
// present with another type.
Result<std::string> optional_string(const nlohmann::json& obj, const char* key, const std::string& field);

}  // namespace qf::api::reports_json
