#pragma once
// The real `qingfeng` binary as a child process, for integration tests.
//
//   auto s = qf::testing::ServerProcess::start({.database_url = test_db.url()});
//   ASSERT_TRUE(s.ok()) << s.error().to_string();
//   qf::testing::HttpClient c((*s)->port());
//   …
//   EXPECT_EQ((*s)->stop(), 0);   // SIGTERM, waits, returns the exit code
//
// The binary is $QF_BINARY (make test exports it), else the `qingfeng` found by walking
// up from the test executable's folder (the build tree). The server runs as
// `qingfeng --config <temp>/qingfeng.toml --database <url> serve --port 0
// --port-file <temp>/port [--test-mode]` in a temporary folder that also holds its
// stdout/stderr (output()). The destructor kills a server that is still running.
#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"

namespace qf::testing {

// Path of the qingfeng binary under test ("" when not found).
std::string qingfeng_binary();

struct ServerProcessOptions {
  std::string database_url;              // required
  std::string config_toml;               // content of the temporary qingfeng.toml ("" = defaults)
  bool test_mode = true;                 // --test-mode
  std::string web_root;                  // --web-root when non-empty
  std::vector<std::string> extra_args;   // appended after `serve …`
  std::vector<std::pair<std::string, std::string>> env;  // extra environment variables
  int start_timeout_ms = 60000;
};

class ServerProcess {
 public:
  static Result<std::unique_ptr<ServerProcess>> start(const ServerProcessOptions& options);
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  uint16_t port() const { return port_; }
  std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  pid_t pid() const { return pid_; }
  bool running();
  // Sends SIGTERM and waits (up to timeout_ms, then SIGKILL); returns the exit code,
  // 128+signal when killed by a signal, -1 when it had to be killed.
  int stop(int timeout_ms = 30000);
  std::string output() const;  // stdout then stderr so far
  const std::string& folder() const { return dir_; }

 private:
  ServerProcess() = default;
  pid_t pid_ = -1;
  uint16_t port_ = 0;
  std::string dir_;
  int exit_code_ = -1;
};

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};
// Runs `qingfeng <args>` to completion (stdin closed) with optional extra environment.
CommandResult run_qingfeng(const std::vector<std::string>& args,
                           const std::vector<std::pair<std::string, std::string>>& env = {});

}  // namespace qf::testing
