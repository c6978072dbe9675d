#include "crosscheck/engine.h"

#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <mutex>
#include <thread>

#include "crosscheck/loader.h"
#include "crosscheck/output_writer.h"
#include "crosscheck/parallel.h"
#include "crosscheck/registry_index.h"
#include "crosscheck/rules.h"
#include "crosscheck/value_parse.h"

namespace qf::crosscheck {

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

uint64_t peak_rss_mib() {
  struct rusage ru;
  if (getrusage(RUSAGE_SELF, &ru) != 0) return 0;
  return static_cast<uint64_t>(ru.ru_maxrss) / 1024;  // ru_maxrss is KiB on Linux
}

// Draws "读取 / reading  file rows …" on stderr every 200 ms until stopped.
class ProgressLine {
 public:
  ProgressLine(bool enabled, const LoadProgress* load) : load_(load) {
    if (enabled) thread_ = std::thread([this] { loop(); });
  }
  ~ProgressLine() { stop(); }
  void set_phase(const char* phase) {
    std::lock_guard<std::mutex> lock(mu_);
    phase_ = phase;
  }
  void stop() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (done_) return;
      done_ = true;
    }
    cv_.notify_all();
    if (thread_.joinable()) {
      thread_.join();
      std::fprintf(stderr, "\r\033[K");
      std::fflush(stderr);
    }
  }

 private:
  void loop() {
    std::unique_lock<std::mutex> lock(mu_);
    while (!cv_.wait_for(lock, std::chrono::milliseconds(200), [this] { return done_; })) {
      std::string line = std::string("\r\033[K[") + phase_ + "]";
      uint64_t total = 0, done = 0;
      for (size_t f = 0; f < kFileCount; ++f) {
        uint64_t rows = load_->rows[f].load(std::memory_order_relaxed);
        total += load_->bytes_total[f].load(std::memory_order_relaxed);
        done += load_->bytes_done[f].load(std::memory_order_relaxed);
        if (rows) line += " " + std::string(file_specs()[f].file_name) + ":" + std::to_string(rows);
      }
      if (total) line += " (" + std::to_string(done * 100 / total) + "%)";
      if (line.size() > 200) line = line.substr(0, 200);
      std::fputs(line.c_str(), stderr);
      std::fflush(stderr);
    }
  }

  const LoadProgress* load_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool done_ = false;
  const char* phase_ = "读取 / reading";
  std::thread thread_;
};

std::string today_iso() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

}  // namespace

bool parse_iso_date(const std::string& s, int64_t* days) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int32_t d;
  if (!parse_date(s, &d)) return false;
  *days = d;
  return true;
}

Result<RunSummary> run_crosscheck(const RunOptions& options) {
  auto start = Clock::now();
  RunSummary summary;
  summary.threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  summary.as_of = options.as_of.empty() ? today_iso() : options.as_of;
  int64_t as_of;
  if (!parse_iso_date(summary.as_of, &as_of)) {
    return Error::invalid("crosscheck.as_of", "参考日期 --as-of 必须是 YYYY-MM-DD 格式的有效日期：" + summary.as_of,
                          "--as-of must be a valid date in the form YYYY-MM-DD: " + summary.as_of, "--as-of");
  }
  RuleConfig config = options.config;
  if (!options.config_path.empty()) {
    std::error_code ec;
    bool exists = std::filesystem::exists(options.config_path, ec);
    if (exists || options.config_required) QF_TRY_STATUS(load_rule_config(options.config_path, &config));
  }
  if (options.data_dir.empty() || !std::filesystem::is_directory(options.data_dir)) {
    return Error::invalid("crosscheck.data_dir", "输入目录不存在：" + options.data_dir,
                          "input directory does not exist: " + options.data_dir, options.data_dir);
  }

  LoadProgress progress;
  ProgressLine line(options.progress, &progress);
  auto t = Clock::now();
  QF_TRY(LoadedData data, load_data(options.data_dir, summary.threads, &progress, options.piece_bytes));
  summary.phases.emplace_back("load", data.parse_seconds);
  summary.phases.emplace_back("merge", data.merge_seconds);
  summary.phase_cpu.emplace_back("load", data.parse_cpu_seconds);
  summary.phase_cpu.emplace_back("merge", data.merge_cpu_seconds);
  summary.load_steps = data.load_steps;
  summary.input_bytes = data.bytes;
  summary.pool_strings = data.pool.size();
  for (size_t f = 0; f < kFileCount; ++f) {
    summary.file_present[f] = data.tables[f].present;
    summary.file_rows[f] = data.tables[f].rows();
    summary.peak_rows = std::max<uint64_t>(summary.peak_rows, data.tables[f].rows());
  }

  line.set_phase("建索引 / indexing");
  t = Clock::now();
  double cpu = process_cpu_seconds();
  RegistryIndex index(data, summary.threads);
  for (size_t k = 0; k < index.task_seconds().size(); ++k)
    summary.index_tasks.emplace_back(RegistryIndex::kTaskNames[k], index.task_seconds()[k]);
  summary.phases.emplace_back("index", since(t));
  summary.phase_cpu.emplace_back("index", process_cpu_seconds() - cpu);

  line.set_phase("比对 / rules");
  t = Clock::now();
  cpu = process_cpu_seconds();
  RuleContext ctx{data, index, config, as_of};
  std::vector<std::vector<CrossCheckFinding>> per_rule(kRuleCount + 1);
  std::vector<int> to_run;
  for (int rule = 1; rule <= kRuleCount; ++rule) {
    std::string missing;
    for (FileId f : rule_inputs(rule))
      if (!data.t(f).present) missing += (missing.empty() ? "" : ", ") + std::string(spec_of(f).file_name);
    if (!missing.empty()) summary.skipped.emplace_back(rule, "缺少文件 / missing file: " + missing);
    else to_run.push_back(rule);
  }
  // Tasks are handed out in list order, longest first (the rules' own wall times,
  // `rule_seconds`, at the city and province tiers: R2 > R8 > R10 ≈ R1 > R5 > R4 > R3 >
  // R7 ≈ R9 > R6), so the two threads finish together: the shorter rules fill in
  // behind the long ones instead of one long rule starting last. Findings go to their
  // rule's slot, so the order of running changes nothing in the output.
  static constexpr int kLongestFirst[] = {2, 8, 10, 1, 5, 4, 3, 7, 9, 6};
  std::vector<int> order;
  for (int rule : kLongestFirst)
    if (std::find(to_run.begin(), to_run.end(), rule) != to_run.end()) order.push_back(rule);
  parallel_for(order.size(), summary.threads, [&](size_t i) {
    int rule = order[i];
    auto rt = Clock::now();
    per_rule[static_cast<size_t>(rule)] = merge_findings(run_rule(rule, ctx));
    summary.rule_seconds[static_cast<size_t>(rule)] = since(rt);
  });
  std::vector<CrossCheckFinding> findings;
  for (int rule = 1; rule <= kRuleCount; ++rule) {
    summary.findings_per_rule[static_cast<size_t>(rule)] = per_rule[static_cast<size_t>(rule)].size();
    for (auto& f : per_rule[static_cast<size_t>(rule)]) findings.push_back(std::move(f));
  }
  summary.phases.emplace_back("rules", since(t));
  summary.phase_cpu.emplace_back("rules", process_cpu_seconds() - cpu);

  line.set_phase("写出 / writing");
  t = Clock::now();
  cpu = process_cpu_seconds();
  summary.data_quality_rows = data.issues.size();
  QF_TRY_STATUS(write_outputs(options.out_dir, findings, &data.issues));
  summary.phases.emplace_back("write", since(t));
  summary.phase_cpu.emplace_back("write", process_cpu_seconds() - cpu);
  line.stop();
  summary.total_seconds = since(start);
  summary.peak_rss_mib = peak_rss_mib();
  return summary;
}

std::string format_summary(const RunSummary& s) {
  std::string out = "大数据比对完成 / cross-check finished (as-of " + s.as_of + ")\n";
  out += "读取行数 / rows read:\n";
  for (size_t f = 0; f < kFileCount; ++f) {
    const FileSpec& spec = file_specs()[f];
    out += "  " + std::string(spec.file_name) + " (" + std::string(spec.title_zh) + "): ";
    out += s.file_present[f] ? std::to_string(s.file_rows[f]) : std::string("缺失 / absent");
    out += "\n";
  }
  out += "发现 / findings:\n";
  uint64_t total = 0;
  for (int r = 1; r <= kRuleCount; ++r) {
    total += s.findings_per_rule[static_cast<size_t>(r)];
    out += "  R" + std::to_string(r) + " " + rule_name_zh(r) + ": " +
           std::to_string(s.findings_per_rule[static_cast<size_t>(r)]) + "\n";
  }
  out += "  合计 / total: " + std::to_string(total) + "\n";
  for (auto& [rule, why] : s.skipped) out += "跳过 / skipped R" + std::to_string(rule) + ": " + why + "\n";
  out += "数据质量问题 / data-quality rows: " + std::to_string(s.data_quality_rows) + "\n";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3f", s.total_seconds);
  out += "用时 / wall time: " + std::string(buf) + " s\n";
  return out;
}

std::string format_stats(const RunSummary& s) {
  std::string out;
  char buf[64];
  for (auto& [name, sec] : s.phases) {
    std::snprintf(buf, sizeof buf, "%.6f", sec);
    out += "phase\t" + name + "\t" + buf + "\n";
  }
  std::snprintf(buf, sizeof buf, "%.6f", s.total_seconds);
  out += "phase\ttotal\t" + std::string(buf) + "\n";
  for (size_t f = 0; f < kFileCount; ++f)
    if (s.file_present[f]) out += "rows\t" + std::string(file_specs()[f].file_name) + "\t" + std::to_string(s.file_rows[f]) + "\n";
  for (int r = 1; r <= kRuleCount; ++r)
    out += "findings\tR" + std::to_string(r) + "\t" + std::to_string(s.findings_per_rule[static_cast<size_t>(r)]) + "\n";
  for (auto& [rule, why] : s.skipped) out += "skipped\tR" + std::to_string(rule) + "\t" + why + "\n";
  out += "dq\t" + std::to_string(s.data_quality_rows) + "\n";
  out += "bytes\t" + std::to_string(s.input_bytes) + "\n";
  out += "peak_rows\t" + std::to_string(s.peak_rows) + "\n";
  out += "pool_strings\t" + std::to_string(s.pool_strings) + "\n";
  out += "peak_rss_mib\t" + std::to_string(s.peak_rss_mib) + "\n";
  out += "threads\t" + std::to_string(s.threads) + "\n";
  for (auto& [name, sec] : s.phase_cpu) {
    std::snprintf(buf, sizeof buf, "%.3f", sec);
    out.append("cpu\t").append(name).append("\t").append(buf).append("\n");
  }
  for (auto& [name, wall, cpu] : s.load_steps) {
    std::snprintf(buf, sizeof buf, "%.3f\t%.3f", wall, cpu);
    out.append("load_step\t").append(name).append("\t").append(buf).append("\n");
  }
  for (auto& [name, sec] : s.index_tasks) {
    std::snprintf(buf, sizeof buf, "%.3f", sec);
    out.append("index_task\t").append(name).append("\t").append(buf).append("\n");
  }
  for (int r = 1; r <= kRuleCount; ++r) {
    if (s.rule_seconds[static_cast<size_t>(r)] <= 0) continue;
    std::snprintf(buf, sizeof buf, "%.3f", s.rule_seconds[static_cast<size_t>(r)]);
    out.append("rule_seconds\tR").append(std::to_string(r)).append("\t").append(buf).append("\n");
  }
  return out;
}

}  // namespace qf::crosscheck
