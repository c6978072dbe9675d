#include "domain/findings/engine_port.h"

namespace qf::findings {
namespace {
EngineFn& slot() {
  static EngineFn fn;
  return fn;
}
}  // namespace

void set_engine(EngineFn fn) { slot() = std::move(fn); }
const EngineFn& engine() { return slot(); }

const std::vector<std::string>& input_files() {
  static const std::vector<std::string> names = {
      "cadres.csv",     "relatives.csv", "declared_businesses.csv", "enterprises.csv",
      "enterprise_persons.csv", "contracts.csv", "bids.csv", "properties.csv",
      "declared_properties.csv", "travels.csv", "declared_trips.csv", "side_job_approvals.csv"};
  return names;
}

}  // namespace qf::findings
