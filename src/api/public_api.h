#pragma once
// The PUBLIC listener's application (docs/modules/reports-api.md §1; threat model
// M7, M8): only /api/v1/public/* report endpoints and the public page's static files.
// It shares nothing with the staff application — no staff route, no session, no
// cookie read or set, no CSRF. Its audit entries carry client address "public" and
// actor "anonymous"; it writes its own access-log line without the client address
// (the listener's server-side access log must be switched off by the caller).
#include "api/api.h"
#include "domain/reports/report_config.h"
#include "http/message.h"

namespace qf::api {

http::Handler build_public_app(AppContext& app, const reports::ReportsConfig& reports,
                               const reports::PublicListenerConfig& listener);
// The routes of the public application (for tests and docs).
const http::Router& public_router();

}  // namespace qf::api
