// `qingfeng version`: prints the version and the libraries it was built with.
#include <iostream>

#include <sqlite3.h>
#include <sodium.h>
#include <openssl/opensslv.h>

#include "cli/command.h"
#include "cli/memory_allocator.h"

#ifndef QF_VERSION
#define QF_VERSION "0.0.0"
#endif

namespace {
void add_version(CLI::App& root) {
  auto* cmd = root.add_subcommand("version", qf::cli::bi("显示版本", "Show the version"));
  cmd->set_help_flag("-h,--help", qf::cli::bi("显示帮助", "Show help"));
  cmd->callback([] {
    std::cout << "qingfeng " << QF_VERSION << "\n"
              << "sqlite " << sqlite3_libversion() << ", libsodium " << sodium_version_string()
              << ", " << OPENSSL_VERSION_TEXT << "\n"
              << "memory allocator " << qf::cli::memory_allocator_description() << "\n";
  });
}
QF_REGISTER_COMMAND(1000, add_version);
}  // namespace
