// System endpoints: /health and /version (public), and the injectable clock of test
// mode (/test/clock), which does not exist at all unless server.test_mode = true.
#include "api/api.h"

namespace qf::api {
namespace {

void register_system(Routes& routes, AppContext& app) {
  routes.get("/health", RouteSpec{"健康检查", "Health check", "public", "", "", R"({"data":{"status":"ok","database":"ok"}})"},
             [](Call& c) -> Result<json> {
               if (!c.app.db) return json{{"status", "ok"}, {"database", "none"}};
               auto lease = c.app.db->acquire();
               if (!lease.ok()) return lease.take_error();
               auto r = lease->get().query("SELECT 1");
               if (!r.ok())
                 return Error::make(ErrorKind::kUnavailable, "system.database_unavailable", "数据库不可用",
                                    "The database is unavailable");
               return json{{"status", "ok"}, {"database", "ok"}};
             });
  routes.get("/version",
             RouteSpec{"版本信息", "Version", "public", "", "", R"({"data":{"version":"0.1.0","schema_version":4}})"},
             [](Call&) -> Result<json> {
               return json{{"version", QF_VERSION}, {"schema_version", store::binary_schema_version()}};
             });

  if (!app.config.server.test_mode) return;
  auto clock_state = [](Call& c) {
    return json{{"offset_ms", c.app.clock->offset_ms()}, {"now_ms", c.app.clock->now_ms()}};
  };
  routes.get("/test/clock", RouteSpec{"测试时钟（仅测试模式）", "Test clock (test mode only)", "public"},
             [clock_state](Call& c) -> Result<json> { return clock_state(c); });
  routes.post("/test/clock",
              RouteSpec{"设置测试时钟偏移（仅测试模式）", "Set the test clock offset (test mode only)", "public",
                        "system.test_clock", R"({"offset_ms":86400000})"},
              [clock_state](Call& c) -> Result<json> {
                QF_TRY(json body, c.body());
                auto it = body.find("offset_ms");
                if (it == body.end() || !it->is_number_integer())
                  return Error::invalid("system.offset_ms", "offset_ms 应为整数（毫秒）",
                                        "offset_ms must be an integer (milliseconds)", "offset_ms");
                c.app.clock->set_offset_ms(it->get<int64_t>());
                c.audit_object_type = "clock";
                c.audit_summary = "offset_ms=" + std::to_string(it->get<int64_t>());
                return clock_state(c);
              });
}

QF_REGISTER_API(register_system);

}  // namespace
}  // namespace qf::api
