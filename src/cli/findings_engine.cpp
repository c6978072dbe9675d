// Plugs the cross-check engine (src/crosscheck, crosscheck::run_crosscheck) into the
// findings module (domain/findings/engine_port.h) when the qingfeng executable starts:
// the server's background runs call exactly what `qingfeng crosscheck` calls.
#include "crosscheck/engine.h"
#include "crosscheck/schema.h"
#include "domain/findings/engine_port.h"

namespace qf::cli {
namespace {

Result<findings::EngineOutcome> run_engine(const findings::EngineRequest& rq) {
  crosscheck::RunOptions o;
  o.data_dir = rq.data_dir;
  o.out_dir = rq.out_dir;
  o.as_of = rq.as_of;
  o.config_path = rq.config_path;
  o.config_required = false;
  o.threads = rq.threads;
  o.progress = false;
  QF_TRY(crosscheck::RunSummary s, crosscheck::run_crosscheck(o));
  findings::EngineOutcome out;
  for (size_t i = 0; i < crosscheck::kFileCount; ++i)
    if (s.file_present[i])
      out.rows.emplace_back(std::string(crosscheck::file_specs()[i].file_name), s.file_rows[i]);
  out.per_rule = s.findings_per_rule;
  for (const auto& [rule, reason] : s.skipped) out.skipped.push_back("R" + std::to_string(rule) + ": " + reason);
  out.data_quality_rows = s.data_quality_rows;
  out.seconds = s.total_seconds;
  return out;
}

const bool kPlugged = [] {
  findings::set_engine(run_engine);
  return true;
}();

}  // namespace
}  // namespace qf::cli
