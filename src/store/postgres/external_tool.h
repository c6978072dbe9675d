#pragma once
// Runs PostgreSQL's client tools (pg_dump, pg_restore, psql) for backup and restore:
// looked up in /usr/lib/postgresql/15/bin first (the server's version), then on PATH.
// Arguments are passed as an argv vector (no shell); stdout goes to `stdout_path`
// when given (else discarded) and stderr is captured for the server log.
#include <string>
#include <vector>

namespace qf::store {

struct ToolRun {
  bool started = false;
  int exit_code = -1;
  std::string stderr_text;
};

std::string find_pg_tool(const std::string& name);
ToolRun run_tool(const std::string& program, const std::vector<std::string>& args,
                 const std::string& stdout_path = {});

}  // namespace qf::store
