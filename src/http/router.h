#pragma once
// Router: method + path pattern → handler. Patterns are literal segments and {name}
// parameters ("/api/v1/org/people/{id}"); a literal segment wins over a parameter.
// Unknown path → 404, known path with another method → 405 with an Allow header.
// Routes carry metadata (summaries, permission, tags) from which the API layer builds
// the OpenAPI document, so the document can never drift from the real routes.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "http/message.h"

namespace qf::http {

using Handler = std::function<Response(Request&)>;
// A middleware wraps the rest of the chain: call next(req) to continue.
using Middleware = std::function<Response(Request&, const Handler& next)>;

struct RouteInfo {
  std::string method;
  std::string pattern;
  std::string summary_zh;
  std::string summary_en;
  std::string tag;          // module name for grouping in OpenAPI
  std::string permission;   // permission code required ("" = any authenticated; "public" = none)
  std::string action;       // audit action code written for this route ("" = none)
  std::string request_schema;   // optional JSON-schema-ish example/description for OpenAPI
  std::string response_schema;
};

class Router {
 public:
  void add(RouteInfo info, Handler handler);
  // Finds the route; fills req.path_params. Returns 404/405 responses itself.
  Response dispatch(Request& req) const;
  const std::vector<RouteInfo>& routes() const { return infos_; }
  // Fallback for unmatched GET paths (static files / single-page app).
  void set_fallback(Handler h) { fallback_ = std::move(h); }

 private:
  struct Table;  // defined in router.cpp
  std::vector<RouteInfo> infos_;
  std::shared_ptr<Table> table_;
  Handler fallback_;
};

// Chains middlewares (first added = outermost) around a final handler.
Handler chain(std::vector<Middleware> middlewares, Handler last);

}  // namespace qf::http
