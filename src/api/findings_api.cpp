// 大数据比对疑点 (findings), /api/v1/findings…: the discipline committee imports registry
// data (uploaded in pieces from the browser, or read from a sub-folder of the configured
// server folder), the cross-check engine runs on it in a background thread of the
// server, and every run's findings are kept across runs (first seen, last seen, still
// present), filtered, assigned, dismissed with a reason, or made a problem clue in one
// step (source 大数据比对, the evidence in the clue's text, the link kept both ways).
//
// Need-to-know: only accounts holding findings.view (the discipline secretary and
// discipline members) reach anything here; to everyone else — the three administrators
// included — every route answers 404 exactly as an absent finding does.
//
// Uploads are never held whole in memory: the browser sends each file in pieces of at
// most [findings] chunk_mb MiB (PUT …/files/{name}?offset=N), each appended to the run's
// work folder, so the largest body is one piece. docs/modules/findings.md.
#include <spdlog/spdlog.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

#include <fmt/format.h>

#include "api/api.h"
#include "api/export_layout.h"
#include "api/request_fields.h"
#include "core/calendar.h"
#include "domain/auth/permissions.h"
#include "domain/clues/clue_config.h"
#include "domain/clues/clue_state_machine.h"
#include "domain/clues/clue_store.h"
#include "domain/findings/declared_inputs.h"
#include "domain/findings/engine_port.h"
#include "domain/findings/findings_config.h"
#include "domain/findings/findings_store.h"
#include "domain/findings/to_verification.h"
#include "domain/verification/verification_seal.h"
#include "domain/verification/verification_store.h"

QF_REGISTER_CONFIG_SECTION("findings");
QF_REGISTER_PERMISSION("findings.view", "查看和办理大数据比对疑点", "See and handle cross-check findings",
                       ::qf::auth::Role::kDisciplineSecretary, ::qf::auth::Role::kDisciplineMember);

namespace qf::api {
namespace {

namespace fs = std::filesystem;
using findings::Finding;
using findings::FindingsConfig;
using findings::Run;

constexpr const char* kView = "findings.view";

Error hidden() { return Error::make(ErrorKind::kNotFound, "findings.not_found", "疑点不存在", "Finding not found"); }

// Everyone without findings.view is answered as if nothing were there.
Status need_to_know(const Call& c) {
  if (!c.principal || !c.who().can(kView)) return hidden();
  return Status{};
}

Error bad(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("findings.invalid", zh, en, field);
}

struct FindingsContext {
  FindingsConfig cfg;
  std::string config_path;
  SecurityConfig security;
  std::string clue_toml, clue_source;
};

std::string run_dir(const FindingsContext& ctx, int64_t id) { return ctx.cfg.work_dir + "/run-" + std::to_string(id); }

// ---- the background runner -------------------------------------------------------------

// One thread per server process runs the queued runs one after another. It lives as
// long as the process (a run interrupted by a stop is marked failed at the next start).
class Runner {
 public:
  Runner(AppContext& app, std::shared_ptr<FindingsContext> ctx) : app_(app), ctx_(std::move(ctx)) {}

  void enqueue(int64_t run_id) {
    std::lock_guard lk(mutex_);
    queue_.push_back(run_id);
    if (!started_) {
      started_ = true;
      std::thread([this] { loop(); }).detach();
    }
    cv_.notify_one();
  }

 private:
  void loop() {
    for (;;) {
      int64_t id = 0;
      {
        std::unique_lock lk(mutex_);
        cv_.wait(lk, [&] { return !queue_.empty(); });
        id = queue_.front();
        queue_.pop_front();
      }
      run_one(id);
    }
  }

  void fail(int64_t id, const std::string& zh, const std::string& en) {
    auto st = app_.db->transaction([&](store::Connection& c) {
      return findings::fail_run(c, id, zh, en, app_.clock->now_ms());
    });
    if (!st.ok()) spdlog::error("findings: cannot record the failure of run {}: {}", id, st.error().to_string());
  }

  void progress(int64_t id, int64_t pct, const char* phase) {
    auto st = app_.db->transaction([&](store::Connection& c) { return findings::set_progress(c, id, pct, phase); });
    if (!st.ok()) spdlog::warn("findings: progress of run {}: {}", id, st.error().to_string());
  }

  void run_one(int64_t id) {
    auto started = app_.db->transaction([&](store::Connection& c) -> Result<Run> {
      QF_TRY(bool ok, findings::start_run(c, id, app_.clock->now_ms()));
      if (!ok) return Error::make(ErrorKind::kConflict, "findings.state", "批次不在排队中", "Run not queued");
      return findings::get_run(c, id);
    });
    if (!started.ok()) return;
    const Run run = *started;
    const auto t_start = std::chrono::steady_clock::now();
    auto since = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t_start).count(); };
    const std::string dir = run_dir(*ctx_, id);
    const std::string in = dir + "/in", out = dir + "/out";
    std::error_code ec;
    fs::create_directories(in, ec);
    fs::create_directories(out, ec);
    // The run's private folder: personal data in clear lives here until the run ends.
    for (const auto& d : {dir, in, out}) fs::permissions(d, fs::perms::owner_all, fs::perm_options::replace, ec);
    auto cleanup = [&] {
      std::error_code e2;
      fs::remove_all(dir, e2);
    };
    if (run.source == "directory") {
      const fs::path src = fs::path(ctx_->cfg.import_root) / run.directory;
      for (const auto& name : findings::input_files())
        if (fs::is_regular_file(src / name, ec)) fs::create_symlink(fs::absolute(src / name, ec), fs::path(in) / name, ec);
    }
    if (run.cadres_from == "database") {
      fs::remove(fs::path(in) / "cadres.csv", ec);
      auto n = app_.db->transaction([&](store::Connection& c) { return findings::write_cadres_csv(c, in + "/cadres.csv"); });
      if (!n.ok()) {
        fail(id, n.error().message_zh, n.error().message_en);
        cleanup();
        return;
      }
    }
    // The five declaration-side files from the system's own records (declared_inputs.h).
    json prepared{{"declarations_from", run.declarations_from}, {"sources", json::object()}, {"notices", json::array()}};
    if (run.declarations_from == "database") {
      std::vector<std::string> replaced;
      for (const auto& name : findings::declared_input_files())
        if (fs::exists(fs::symlink_status(fs::path(in) / name, ec))) {
          replaced.push_back(name);
          fs::remove(fs::path(in) / name, ec);
        }
      auto d = app_.db->transaction(
          [&](store::Connection& c) { return findings::write_declared_inputs(c, ctx_->security, in); });
      if (!d.ok()) {
        fail(id, d.error().message_zh, d.error().message_en);
        cleanup();
        return;
      }
      for (const auto& name : findings::declared_input_files()) prepared["sources"][name] = "database";
      prepared["declared"] = {{"reports", d->reports}, {"approvals", d->approvals}};
      if (!replaced.empty()) {
        std::string list;
        for (const auto& n : replaced) list += (list.empty() ? "" : "、") + n;
        prepared["notices"].push_back(
            {{"zh", fmt::format("上传的 {} 未使用：本批次的家庭成员、申报企业、申报房产、因私出国（境）和兼职审批取自本系统的个人有关事项报告和审批记录（以系统记录为准）。", list)},
             {"en", fmt::format("The uploaded {} {} not used: this run takes relatives, declared businesses, properties, "
                                "trips and side-job approvals from the system's own personal-matters reports and "
                                "approvals (the system's records take precedence).",
                                list, replaced.size() == 1 ? "was" : "were")}});
      }
    } else {
      for (const auto& name : findings::declared_input_files())
        prepared["sources"][name] = fs::exists(fs::path(in) / name, ec) ? "upload" : "none";
      prepared["notices"].push_back(
          {{"zh", "本批次的家庭成员、申报企业、申报房产、因私出国（境）和兼职审批取自上传的文件，未使用本系统的个人有关事项报告和审批记录。"},
           {"en", "This run takes relatives, declared businesses, properties, trips and side-job approvals from the "
                  "uploaded files, not from the system's personal-matters reports and approvals."}});
    }
    if (fs::exists(fs::path(in) / "cadres.csv", ec) && !fs::is_symlink(fs::path(in) / "cadres.csv", ec))
      fs::permissions(fs::path(in) / "cadres.csv", fs::perms::owner_read | fs::perms::owner_write,
                      fs::perm_options::replace, ec);
    if (!fs::exists(fs::path(in) / "cadres.csv", ec)) {
      fail(id, "缺少干部名册 cadres.csv：请上传该文件，或选择从本系统组织机构读取领导干部",
           "cadres.csv is missing: upload it, or take the leading cadres from the organisation");
      cleanup();
      return;
    }
    const double prepare_s = since();
    progress(id, 10, "engine");
    const auto& engine = findings::engine();
    if (!engine) {
      fail(id, "本程序未包含比对引擎", "This build has no cross-check engine");
      cleanup();
      return;
    }
    findings::EngineRequest rq{in, out, run.as_of, ctx_->config_path, static_cast<unsigned>(ctx_->cfg.threads)};
    auto outcome = engine(rq);
    if (!outcome.ok()) {
      fail(id, outcome.error().message_zh, outcome.error().message_en);
      cleanup();
      return;
    }
    const double engine_done_s = since();
    progress(id, 70, "store");
    json summary{{"rows", json::object()}, {"per_rule", json::object()}, {"skipped", outcome->skipped},
                 {"data_quality_rows", outcome->data_quality_rows}, {"engine_seconds", outcome->seconds},
                 {"prepare_seconds", prepare_s}, {"engine_call_seconds", engine_done_s - prepare_s}};
    for (auto& [k, v] : prepared.items()) summary[k] = v;
    for (const auto& [file, rows] : outcome->rows) summary["rows"][file] = rows;
    for (int r = 1; r <= 10; ++r) summary["per_rule"]["R" + std::to_string(r)] = outcome->per_rule[r];
    auto key = findings::findings_key(ctx_->security);
    if (!key.ok()) {
      fail(id, key.error().message_zh, key.error().message_en);
      cleanup();
      return;
    }
    auto tally = app_.db->transaction([&](store::Connection& c) {
      return findings::ingest_run(c, *key, id, in, out, summary.dump(), app_.clock->now_ms());
    });
    if (!tally.ok()) {
      spdlog::error("findings: storing run {} failed: {}", id, tally.error().to_string());
      fail(id, tally.error().message_zh, tally.error().message_en);
    } else {
      spdlog::info("findings: run {} done: {} findings ({} new, {} gone), {} data-quality rows; prepare {:.3f} s, engine "
                   "{:.3f} s, store {:.3f} s",
                   id, tally->findings, tally->fresh, tally->gone, tally->data_quality, prepare_s,
                   engine_done_s - prepare_s, since() - engine_done_s);
    }
    cleanup();
  }

  AppContext& app_;
  std::shared_ptr<FindingsContext> ctx_;
  std::mutex mutex_;
  std::condition_variable cv_;
  std::deque<int64_t> queue_;
  bool started_ = false;
};

// ---- JSON ------------------------------------------------------------------------------

json run_json(const Run& r) {
  json summary = json::parse(r.summary_json, nullptr, false);
  if (summary.is_discarded()) summary = json::object();
  return json{{"id", r.id},
              {"state", r.state},
              {"source", r.source},
              {"directory", r.directory},
              {"cadres_from", r.cadres_from},
              {"declarations_from", r.declarations_from},
              {"as_of", r.as_of},
              {"progress", r.progress},
              {"phase", r.phase},
              {"summary", summary},
              {"error_zh", r.error_zh},
              {"error_en", r.error_en},
              {"findings_count", r.findings_count},
              {"new_count", r.new_count},
              {"gone_count", r.gone_count},
              {"dq_count", r.dq_count},
              {"created_at", r.created_at},
              {"started_at", r.started_at ? json(*r.started_at) : json(nullptr)},
              {"finished_at", r.finished_at ? json(*r.finished_at) : json(nullptr)}};
}

json finding_json(const Finding& f, bool with_evidence) {
  json j{{"id", f.id},
         {"rule", f.rule},
         {"severity", f.severity},
         {"cadre_id", f.cadre_id},
         {"person_id", f.person_id ? json(*f.person_id) : json(nullptr)},
         {"person_name", f.person_name},
         {"department", f.department},
         {"summary", f.summary},
         {"first_run_id", f.first_run_id},
         {"last_run_id", f.last_run_id},
         {"first_seen_at", f.first_seen_at},
         {"last_seen_at", f.last_seen_at},
         {"present", f.present},
         {"status", f.status},
         {"assignee_id", f.assignee_id ? json(*f.assignee_id) : json(nullptr)},
         {"assignee_name", f.assignee_name},
         {"clue_id", f.clue_id ? json(*f.clue_id) : json(nullptr)},
         {"clue_number", f.clue_number},
         {"verification_item_id", f.verification_item_id ? json(*f.verification_item_id) : json(nullptr)},
         {"version", f.version}};
  if (with_evidence) {
    j["key"] = f.key;
    j["evidence"] = json::parse(f.evidence_json, nullptr, false);
    j["dismiss_reason"] = f.dismiss_reason;
    j["handled_at"] = f.handled_at ? json(*f.handled_at) : json(nullptr);
  }
  return j;
}

// ---- handlers --------------------------------------------------------------------------

Result<Run> visible_run(Call& c, store::Connection& conn) {
  QF_TRY(int64_t id, c.id_param());
  auto r = findings::get_run(conn, id);
  if (!r.ok()) return hidden();
  return r;
}

// GET /findings/settings
Result<json> findings_settings(Call& c, const FindingsContext& ctx) {
  QF_TRY_STATUS(need_to_know(c));
  return json{{"chunk_bytes", ctx.cfg.chunk_mb * 1024 * 1024},
              {"server_folder", !ctx.cfg.import_root.empty()},
              {"files", findings::input_files()}};
}

// GET /findings/runs
Result<std::pair<json, int64_t>> list_runs(Call& c) {
  QF_TRY_STATUS(need_to_know(c));
  QF_TRY(Paging p, c.paging());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, findings::list_runs(lease.get(), p.offset(), p.page_size));
  json items = json::array();
  for (const auto& run : r.first) items.push_back(run_json(run));
  return std::make_pair(std::move(items), r.second);
}

// POST /findings/runs
Result<json> create_run(Call& c, const FindingsContext& ctx, Runner& runner) {
  QF_TRY_STATUS(need_to_know(c));
  QF_TRY(json b, c.body());
  Run r;
  r.source = text_field(b, "source");
  if (r.source.empty()) r.source = "upload";
  if (r.source != "upload" && r.source != "directory")
    return bad("source", "数据来源 source 应为 upload（上传文件）或 directory（服务器目录）",
               "source must be upload or directory");
  r.cadres_from = text_field(b, "cadres_from");
  if (r.cadres_from.empty()) r.cadres_from = "database";
  if (r.cadres_from != "upload" && r.cadres_from != "database")
    return bad("cadres_from", "干部名册来源 cadres_from 应为 database（本系统组织机构）或 upload（上传的 cadres.csv）",
               "cadres_from must be database or upload");
  // The declaration side follows the cadres unless asked otherwise: cadres from the
  // organisation go with the declarations and approvals of the same people.
  r.declarations_from = text_field(b, "declarations_from");
  if (r.declarations_from.empty()) r.declarations_from = r.cadres_from;
  if (r.declarations_from != "upload" && r.declarations_from != "database")
    return bad("declarations_from",
               "申报数据来源 declarations_from 应为 database（本系统的个人有关事项报告和审批记录）或 upload（上传的文件）",
               "declarations_from must be database or upload");
  r.as_of = text_field(b, "as_of");
  if (r.as_of.empty()) r.as_of = Date::from_unix_ms(c.now_ms()).to_string();
  if (!Date::parse(r.as_of, "as_of").ok())
    return bad("as_of", "比对基准日 as_of 应为 YYYY-MM-DD 格式的日期", "as_of must be a date YYYY-MM-DD");
  if (r.source == "directory") {
    if (ctx.cfg.import_root.empty())
      return bad("source", "未配置服务器数据目录（[findings] import_root），只能上传文件",
                 "No server folder is configured ([findings] import_root): upload the files");
    r.directory = text_field(b, "directory");
    const fs::path rel(r.directory);
    bool ok = !r.directory.empty() && rel.is_relative();
    for (const auto& part : rel) ok = ok && part != ".." && part != ".";
    std::error_code ec;
    const fs::path full = fs::path(ctx.cfg.import_root) / rel;
    if (!ok || !fs::is_directory(full, ec))
      return bad("directory", fmt::format("服务器目录“{}”不存在或不在允许的数据目录内", r.directory),
                 fmt::format("The server folder \"{}\" does not exist or is outside the allowed folder", r.directory));
    const fs::path canon_root = fs::weakly_canonical(ctx.cfg.import_root, ec);
    const fs::path canon = fs::weakly_canonical(full, ec);
    auto [a, _] = std::mismatch(canon_root.begin(), canon_root.end(), canon.begin(), canon.end());
    if (a != canon_root.end())
      return bad("directory", fmt::format("服务器目录“{}”不在允许的数据目录内", r.directory),
                 fmt::format("The server folder \"{}\" is outside the allowed folder", r.directory));
  }
  r.state = r.source == "upload" ? "uploading" : "queued";
  r.phase = r.state;
  r.created_by = c.who().account_id;
  c.audit_object_type = "findings_run";
  QF_TRY(Run stored, c.tx([&](store::Connection& conn) -> Result<Run> {
           QF_TRY(int64_t id, findings::create_run(conn, r, c.now_ms()));
           c.audit_object_id = std::to_string(id);
           c.audit_summary = fmt::format("新建比对批次（{}，基准日 {}）", r.source, r.as_of);
           return findings::get_run(conn, id);
         }));
  if (stored.state == "queued") runner.enqueue(stored.id);
  return run_json(stored);
}

// PUT /findings/runs/{id}/files/{name}?offset=N — one piece of one file.
Result<json> upload_piece(Call& c, const FindingsContext& ctx) {
  QF_TRY_STATUS(need_to_know(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(Run run, visible_run(c, lease.get()));
  const std::string name = c.req.path_params["name"];
  const auto& files = findings::input_files();
  if (std::find(files.begin(), files.end(), name) == files.end())
    return bad("name", fmt::format("“{}”不是比对数据文件名（应为 cadres.csv、relatives.csv 等十二个之一）", name),
               fmt::format("\"{}\" is not one of the twelve registry file names", name));
  if (run.state != "uploading")
    return Error::make(ErrorKind::kConflict, "findings.state", "该批次已开始比对，不能再上传文件",
                       "The run has started: no more files can be uploaded");
  const int64_t limit = ctx.cfg.chunk_mb * 1024 * 1024;
  if (static_cast<int64_t>(c.req.body.size()) > limit)
    return Error::make(ErrorKind::kTooLarge, "findings.chunk_too_large",
                       fmt::format("每次上传的分片不能超过 {} MiB", ctx.cfg.chunk_mb),
                       fmt::format("An upload piece may not exceed {} MiB", ctx.cfg.chunk_mb));
  int64_t offset = 0;
  if (auto o = c.req.query_param("offset"); o && !o->empty()) {
    try {
      offset = std::stoll(*o);
    } catch (const std::exception&) {
      return bad("offset", "offset 应为非负整数", "offset must be a non-negative integer");
    }
  }
  const fs::path dir = fs::path(run_dir(ctx, run.id)) / "in";
  std::error_code ec;
  fs::create_directories(dir, ec);
  // The run's folder is private to the server's user (the files hold personal data).
  for (const auto& d : {dir.parent_path(), dir}) fs::permissions(d, fs::perms::owner_all, fs::perm_options::replace, ec);
  const fs::path file = dir / name;
  const int64_t have = fs::exists(file, ec) ? static_cast<int64_t>(fs::file_size(file, ec)) : 0;
  if (offset == 0 && have > 0) fs::resize_file(file, 0, ec);
  else if (offset != have)
    return Error::make(ErrorKind::kConflict, "findings.offset",
                       fmt::format("文件 {} 已收到 {} 字节，本次分片应从该位置开始", name, have),
                       fmt::format("{} has {} bytes so far: the piece must start there", name, have), "offset");
  {
    std::ofstream out(file, std::ios::binary | std::ios::app);
    out.write(c.req.body.data(), static_cast<std::streamsize>(c.req.body.size()));
    if (!out)
      return Error::make(ErrorKind::kUnavailable, "findings.work_dir", "无法写入比对工作目录，请联系系统管理员",
                         "Cannot write the work folder: ask the system administrator");
  }
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
  c.audit_object_type = "findings_run";
  c.audit_object_id = std::to_string(run.id);
  c.audit_summary = fmt::format("上传比对数据 {}（{} 字节起）", name, offset);
  QF_TRY(json ok, c.tx([&](store::Connection&) -> Result<json> { return json::object(); }));
  (void)ok;
  return json{{"name", name}, {"size", offset + static_cast<int64_t>(c.req.body.size())}};
}

// POST /findings/runs/{id}/start
Result<json> start_run(Call& c, Runner& runner) {
  QF_TRY_STATUS(need_to_know(c));
  c.audit_object_type = "findings_run";
  QF_TRY(Run r, c.tx([&](store::Connection& conn) -> Result<Run> {
           QF_TRY(Run run, visible_run(c, conn));
           c.audit_object_id = std::to_string(run.id);
           QF_TRY(bool moved, findings::move_run(conn, run.id, "uploading", "queued", 0, "queued"));
           if (!moved)
             return Error::make(ErrorKind::kConflict, "findings.state", "该批次已开始比对", "The run has already started");
           c.audit_summary = "开始比对";
           return findings::get_run(conn, run.id);
         }));
  runner.enqueue(r.id);
  return run_json(r);
}

// GET /findings/runs/{id}
Result<json> get_run(Call& c) {
  QF_TRY_STATUS(need_to_know(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(Run run, visible_run(c, lease.get()));
  return run_json(run);
}

// GET /findings/runs/{id}/data-quality
Result<std::pair<json, int64_t>> list_data_quality(Call& c, const FindingsContext& ctx) {
  QF_TRY_STATUS(need_to_know(c));
  QF_TRY(Paging p, c.paging());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(Run run, visible_run(c, lease.get()));
  QF_TRY(auto key, findings::findings_key(ctx.security));
  QF_TRY(auto r, findings::list_data_quality(lease.get(), key, run.id, p.offset(), p.page_size));
  json items = json::array();
  for (const auto& d : r.first)
    items.push_back({{"seq", d.seq}, {"file", d.file}, {"line", d.line}, {"column", d.column}, {"problem", d.problem},
                     {"value", d.value}});
  QF_TRY_STATUS(c.audit_read("findings_run", std::to_string(run.id), "查看数据质量表"));
  return std::make_pair(std::move(items), r.second);
}

// GET /findings/runs/{id}/data-quality/export
Result<http::Response> export_data_quality(Call& c, const FindingsContext& ctx) {
  QF_TRY_STATUS(need_to_know(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(Run run, visible_run(c, lease.get()));
  QF_TRY(auto key, findings::findings_key(ctx.security));
  QF_TRY(auto r, findings::list_data_quality(lease.get(), key, run.id, 0, -1));
  spreadsheet::XlsxSheet sheet;
  sheet.name = "数据质量";
  sheet.columns = {{"文件", 24}, {"行号", 8}, {"列", 18}, {"问题", 40}, {"原值", 36}};
  for (const auto& d : r.first)
    sheet.rows.push_back({d.file, d.line, d.column, d.problem, d.value});
  ledger_layout(lease.get(), c, sheet, "大数据比对数据质量表",
                fmt::format("比对批次 第{}号；基准日 {}", run.id, run.as_of));
  QF_TRY(std::string bytes, spreadsheet::write_xlsx({sheet}));
  QF_TRY_STATUS(c.audit_read("findings_run", std::to_string(run.id), "导出数据质量表"));
  return xlsx_response(std::move(bytes), fmt::format("数据质量表-第{}批.xlsx", run.id));
}

Result<findings::FindingQuery> finding_query(const Call& c) {
  QF_TRY(Paging p, c.paging({"rule", "severity", "department", "last_seen_at", "first_seen_at"}));
  findings::FindingQuery q;
  q.offset = p.offset();
  q.limit = p.page_size;
  q.sort = p.sort;
  q.descending = p.descending;
  auto param = [&](const char* n) {
    auto v = c.req.query_param(n);
    return v ? *v : std::string();
  };
  q.rule = param("rule");
  if (!q.rule.empty()) {
    static const std::set<std::string> rules = {"R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10"};
    if (!rules.count(q.rule)) return bad("rule", "参数 rule 应为 R1 至 R10", "rule must be R1 to R10");
  }
  q.severity = param("severity");
  if (!q.severity.empty() && q.severity != "高" && q.severity != "中" && q.severity != "低")
    return bad("severity", "参数 severity 应为 高、中 或 低", "severity must be 高, 中 or 低");
  q.department = param("department");
  q.status = param("status");
  if (!q.status.empty() && q.status != "open" && q.status != "assigned" && q.status != "dismissed" &&
      q.status != "clue")
    return bad("status", "参数 status 应为 open、assigned、dismissed 或 clue",
               "status must be open, assigned, dismissed or clue");
  const std::string present = param("present");
  if (present == "1" || present == "true") q.present = true;
  else if (present == "0" || present == "false") q.present = false;
  else if (!present.empty()) return bad("present", "参数 present 应为 true 或 false", "present must be true or false");
  return q;
}

// GET /findings
Result<std::pair<json, int64_t>> list_findings(Call& c, const FindingsContext& ctx) {
  QF_TRY_STATUS(need_to_know(c));
  QF_TRY(findings::FindingQuery q, finding_query(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto key, findings::findings_key(ctx.security));
  QF_TRY(auto r, findings::list_findings(lease.get(), key, q));
  json items = json::array();
  for (const auto& f : r.first) items.push_back(finding_json(f, false));
  QF_TRY_STATUS(c.audit_read("finding_list", "", "查看疑点列表"));
  return std::make_pair(std::move(items), r.second);
}

// GET /findings/departments
Result<json> list_departments(Call& c) {
  QF_TRY_STATUS(need_to_know(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto d, findings::departments(lease.get()));
  return json(d);
}

Result<Finding> visible_finding(Call& c, store::Connection& conn, const FindingsContext& ctx) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto key, findings::findings_key(ctx.security));
  auto f = findings::get_finding(conn, key, id);
  if (!f.ok()) {
    if (f.error().kind == ErrorKind::kNotFound) return hidden();
    return f.take_error();
  }
  return f;
}

// The cadre's membership of the open verification round (null when none): where the
// finding can become a verification item.
Result<json> verification_member_json(store::Connection& conn, const Finding& f) {
  if (!f.person_id) return json(nullptr);
  QF_TRY(auto m, findings::open_member(conn, *f.person_id));
  if (!m) return json(nullptr);
  return json{{"member_id", m->member_id}, {"round_id", m->round_id}, {"round_year", m->round_year},
              {"sampled", m->sampled}, {"candidate", m->candidate},
              {"default_item", findings::default_item(f.rule)}};
}

// GET /findings/{id}
Result<json> get_finding(Call& c, const FindingsContext& ctx) {
  QF_TRY_STATUS(need_to_know(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(Finding f, visible_finding(c, lease.get(), ctx));
  QF_TRY_STATUS(c.audit_read("finding", std::to_string(f.id), "查看疑点 " + f.rule));
  json j = finding_json(f, true);
  QF_TRY(j["verification_member"], verification_member_json(lease.get(), f));
  return j;
}

// GET /findings/of-clue/{id} — the finding a clue was made from (the link back).
Result<json> finding_of_clue(Call& c, const FindingsContext& ctx) {
  QF_TRY_STATUS(need_to_know(c));
  QF_TRY(int64_t clue_id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(bool sees, clues::can_see_clue(lease.get(), c.who(), clue_id));
  if (!sees) return hidden();
  QF_TRY(auto id, findings::finding_of_clue(lease.get(), clue_id));
  if (!id) return hidden();
  QF_TRY(auto key, findings::findings_key(ctx.security));
  QF_TRY(Finding f, findings::get_finding(lease.get(), key, *id));
  QF_TRY_STATUS(c.audit_read("finding", std::to_string(f.id), "由线索查看疑点"));
  return finding_json(f, true);
}

// POST /findings/{id}/assign {"account_id"}
Result<json> assign_finding(Call& c, const FindingsContext& ctx) {
  QF_TRY_STATUS(need_to_know(c));
  QF_TRY(json b, c.body());
  if (!b.contains("account_id") || !b["account_id"].is_number_integer())
    return bad("account_id", "请选择承办人（account_id）", "Choose the handler (account_id)");
  const int64_t account = b["account_id"].get<int64_t>();
  c.audit_object_type = "finding";
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(Finding f, visible_finding(c, conn, ctx));
    c.audit_object_id = std::to_string(f.id);
    QF_TRY(auto assignable, clues::assignable_accounts(conn));
    bool ok = false;
    for (const auto& a : assignable) ok = ok || a.account_id == account;
    if (!ok)
      return bad("account_id", "承办人必须是纪检人员账号", "The handler must be a discipline account");
    QF_TRY_STATUS(findings::assign(conn, f.id, account, c.now_ms()));
    c.audit_summary = fmt::format("指派疑点 {} 给账号 {}", f.id, account);
    QF_TRY(auto key, findings::findings_key(ctx.security));
    QF_TRY(Finding after, findings::get_finding(conn, key, f.id));
    return finding_json(after, true);
  });
}

// POST /findings/{id}/dismiss {"reason"}
Result<json> dismiss_finding(Call& c, const FindingsContext& ctx) {
  QF_TRY_STATUS(need_to_know(c));
  QF_TRY(json b, c.body());
  const std::string reason = text_field(b, "reason");
  if (reason.empty()) return bad("reason", "请填写排除理由", "Please give the reason for dismissing");
  c.audit_object_type = "finding";
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(Finding f, visible_finding(c, conn, ctx));
    c.audit_object_id = std::to_string(f.id);
    QF_TRY(auto key, findings::findings_key(ctx.security));
    QF_TRY_STATUS(findings::dismiss(conn, key, f.id, reason, c.who().account_id, c.now_ms()));
    c.audit_summary = fmt::format("排除疑点 {}", f.id);  // the reason is sealed, never in the audit
    QF_TRY(Finding after, findings::get_finding(conn, key, f.id));
    return finding_json(after, true);
  });
}

// POST /findings/{id}/clue {"category"?, "person_name"?} — one step to a problem clue.
Result<json> finding_to_clue(Call& c, const FindingsContext& ctx) {
  QF_TRY_STATUS(need_to_know(c));
  QF_TRY(json b, c.body());
  QF_TRY(clues::ClueConfig clue_cfg, clues::ClueConfig::from_toml(ctx.clue_toml, ctx.clue_source));
  std::string category = text_field(b, "category");
  if (category.empty()) category = "integrity";
  auto cat = clues::enum_from_code<clues::DisciplineCategory>(category);
  if (!cat) return bad("category", "违纪类别 category 不在字典 clue.category 中", "category is not a clue.category code");
  if (!c.who().can("clue.handle")) return hidden();
  c.audit_object_type = "finding";
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(Finding f, visible_finding(c, conn, ctx));
    c.audit_object_id = std::to_string(f.id);
    if (f.status == "dismissed" || f.status == "clue")
      return Error::make(ErrorKind::kConflict, "findings.handled", "该疑点已排除或已转为问题线索，不能再办理",
                         "The finding was already dismissed or made a clue");
    clues::ReportedPerson person;
    person.person_id = f.person_id;
    person.name = text_field(b, "person_name");
    if (person.name.empty()) person.name = f.person_name;
    if (person.name.empty())
      return bad("person_name", "该疑点没有对应干部，请填写被反映人姓名", "The finding names no cadre: give the person's name");
    clues::NewClue in;
    in.source = clues::ClueSource::kDataCrossCheck;
    in.category = *cat;
    in.persons = {person};
    in.matter = findings::clue_matter(f);
    in.received_on = Date::from_unix_ms(c.now_ms());
    const bool secretary = c.who().has_role(auth::Role::kDisciplineSecretary);
    clues::ClueActor actor{c.who().account_id, c.who().display_name.empty() ? c.who().username : c.who().display_name,
                           secretary ? clues::ClueActorRole::kDisciplineSecretary : clues::ClueActorRole::kHandler};
    clues::StoredClueNumberAllocator numbers(conn);
    QF_TRY(clues::ProblemClue clue, clues::register_clue(in, actor, c.now_ms(), clue_cfg, numbers));
    QF_TRY(auto cal, clues::load_calendar(conn));
    QF_TRY(int64_t clue_id, clues::insert_clue(conn, clue, c.who().account_id, c.now_ms(), clues::DueRules{clue_cfg, cal}));
    // The handler of the clue: the finding's assignee when it has one, else the caller.
    const int64_t handler = f.assignee_id ? *f.assignee_id : c.who().account_id;
    QF_TRY(int64_t a1, clues::add_assignment(conn, clue_id, handler, clues::ClueActorRole::kHandler, c.who().account_id,
                                             c.now_ms()));
    (void)a1;
    if (handler != c.who().account_id && !secretary) {
      QF_TRY(int64_t a2, clues::add_assignment(conn, clue_id, c.who().account_id, clues::ClueActorRole::kHandler,
                                               c.who().account_id, c.now_ms()));
      (void)a2;
    }
    QF_TRY_STATUS(findings::link_clue(conn, f.id, clue_id, c.who().account_id, c.now_ms()));
    c.audit_summary = fmt::format("疑点 {} 转为问题线索 {}", f.id, clue.number);
    QF_TRY(auto key, findings::findings_key(ctx.security));
    QF_TRY(Finding after, findings::get_finding(conn, key, f.id));
    return finding_json(after, true);
  });
}

// POST /findings/{id}/verification {"item"?, "discrepancy"?} — one step to a verification
// item (核查事项) for the finding's cadre, a member of the open round (sampled or 凡提必核).
Result<json> finding_to_verification(Call& c, const FindingsContext& ctx) {
  QF_TRY_STATUS(need_to_know(c));
  QF_TRY(json b, c.body());
  const std::string item = text_field(b, "item"), discrepancy = text_field(b, "discrepancy");
  c.audit_object_type = "finding";
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(Finding f, visible_finding(c, conn, ctx));
    c.audit_object_id = std::to_string(f.id);
    if (f.status == "dismissed" || f.verification_item_id)
      return Error::make(ErrorKind::kConflict, "findings.handled", "该疑点已排除或已转为核查事项，不能再转",
                         "The finding was already dismissed or made a verification item");
    std::optional<findings::OpenMember> member;
    if (f.person_id) {
      QF_TRY(member, findings::open_member(conn, *f.person_id));
    }
    if (!member)
      return Error::make(ErrorKind::kConflict, "findings.not_sampled",
                         "该疑点涉及的干部不在当前核查轮次的抽查或凡提必核名单中，不能转为核查事项",
                         "The finding's cadre is not in the open verification round (sample or promotion candidates)");
    const findings::VerificationDraft d = findings::verification_draft(f, item, discrepancy);
    if (d.item.empty())
      return bad("item", fmt::format("规则 {} 没有对应的报告事项，请选择报告表中的事项（item）", f.rule),
                 fmt::format("Rule {} has no item of the report form: choose the item", f.rule));
    verification::ItemContent in;
    in.item = d.item;
    in.discrepancy = d.discrepancy;
    in.declared = d.declared;
    in.registry = d.registry;
    QF_TRY(auto vkey, verification::verification_key(ctx.security));
    QF_TRY(int64_t item_id, verification::add_item_from_finding(conn, c.who(), vkey, member->member_id, in, c.now_ms()));
    QF_TRY_STATUS(findings::link_verification_item(conn, f.id, item_id, c.now_ms()));
    c.audit_summary = fmt::format("疑点 {} 转为核查事项 {}（{} 年度核查）", f.id, item_id, member->round_year);
    QF_TRY(auto key, findings::findings_key(ctx.security));
    QF_TRY(Finding after, findings::get_finding(conn, key, f.id));
    json j = finding_json(after, true);
    QF_TRY(j["verification_member"], verification_member_json(conn, after));
    return j;
  });
}

// GET /findings/of-verification-item/{id} — the finding a verification item was made from,
// for a discipline account that also sees the item.
Result<json> finding_of_verification_item(Call& c, const FindingsContext& ctx) {
  QF_TRY_STATUS(need_to_know(c));
  QF_TRY(int64_t item_id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto vkey, verification::verification_key(ctx.security));
  auto item = verification::get_item(lease.get(), c.who(), vkey, item_id);
  if (!item.ok()) {
    if (item.error().kind == ErrorKind::kNotFound) return hidden();
    return item.take_error();
  }
  QF_TRY(auto id, findings::finding_of_verification_item(lease.get(), item_id));
  if (!id) return hidden();
  QF_TRY(auto key, findings::findings_key(ctx.security));
  QF_TRY(Finding f, findings::get_finding(lease.get(), key, *id));
  QF_TRY_STATUS(c.audit_read("finding", std::to_string(f.id), "由核查事项查看疑点"));
  return finding_json(f, true);
}

void register_findings(Routes& routes, AppContext& app) {
  auto section = app.config.module_section("findings");
  auto cfg = FindingsConfig::from_toml(section.toml, section.source);
  if (!cfg.ok()) {
    std::fprintf(stderr, "%s\n%s\n", cfg.error().message_zh.c_str(), cfg.error().message_en.c_str());
    std::exit(2);
  }
  auto ctx = std::make_shared<FindingsContext>();
  ctx->cfg = *cfg;
  ctx->config_path = app.config.source_path;
  ctx->security = app.config.security;
  auto clue_section = app.config.module_section("clues");
  ctx->clue_toml = clue_section.toml;
  ctx->clue_source = clue_section.source;
  // Lives as long as the process: its detached thread may outlast any one request and
  // the routes. Kept in a process-wide list (not only in the routes' captures), so it is
  // reachable to the end and never destroyed under its thread.
  static auto* runners = new std::vector<std::unique_ptr<Runner>>();
  Runner* runner = runners->emplace_back(std::make_unique<Runner>(app, ctx)).get();
  if (app.db) {
    auto n = app.db->transaction(
        [&](store::Connection& conn) { return findings::fail_interrupted(conn, app.clock->now_ms()); });
    if (n.ok() && *n > 0) spdlog::warn("findings: {} interrupted run(s) marked failed", *n);
  }

  RouteSpec settings{"比对导入设置（分片大小、是否可读服务器目录）", "Import settings (piece size, server folder)", ""};
  RouteSpec runs{"比对批次列表", "Cross-check runs", ""};
  RouteSpec create{"新建比对批次", "Create a cross-check run", "", "findings.run.create",
                   R"({"source":"upload","cadres_from":"upload","as_of":"2024-06-30"})"};
  RouteSpec piece{"上传比对数据文件的一个分片（原始字节，offset 为起始位置）",
                  "Upload one piece of a registry file (raw bytes at offset)", "", "findings.run.upload"};
  piece.quiet = true;
  RouteSpec start{"开始比对（后台运行）", "Start the run (in the background)", "", "findings.run.start"};
  RouteSpec run{"比对批次状态与进度", "A run's state and progress", ""};
  RouteSpec dq{"比对批次的数据质量表", "A run's data-quality table", ""};
  RouteSpec dq_export{"导出数据质量表（XLSX）", "Export the data-quality table (XLSX)", ""};
  RouteSpec list{"疑点列表（按规则、风险等级、部门、状态筛选）", "Findings (filter by rule, severity, department, status)", ""};
  RouteSpec depts{"疑点涉及的部门", "Departments named by findings", ""};
  RouteSpec detail{"疑点详情（含证据；留痕）", "A finding with its evidence (audited)", ""};
  RouteSpec of_clue{"由问题线索查看来源疑点", "The finding a clue was made from", ""};
  RouteSpec of_item{"由核查事项查看来源疑点", "The finding a verification item was made from", ""};
  RouteSpec to_item{"疑点转为核查事项（干部在当前核查轮次名单中）",
                    "Make a finding a verification item (the cadre is in the open round)", "", "findings.to_verification",
                    R"({"item":"family_business","discrepancy":"missing"})"};
  RouteSpec assign{"指派疑点承办人", "Assign a finding", "", "findings.assign", R"({"account_id":6})"};
  RouteSpec dismiss{"排除疑点（须填写理由）", "Dismiss a finding with a reason", "", "findings.dismiss",
                    R"({"reason":"经核实为同名不同人"})"};
  RouteSpec to_clue{"疑点转为问题线索（来源 大数据比对）", "Make a finding a problem clue (source data_crosscheck)", "",
                    "findings.to_clue", R"({"category":"integrity"})"};

  routes.get("/findings/settings", settings, [ctx](Call& c) { return findings_settings(c, *ctx); });
  routes.list_route("/findings/runs", runs, list_runs);
  routes.post("/findings/runs", create, [ctx, runner](Call& c) { return create_run(c, *ctx, *runner); });
  routes.put("/findings/runs/{id}/files/{name}", piece, [ctx](Call& c) { return upload_piece(c, *ctx); });
  routes.post("/findings/runs/{id}/start", start, [runner](Call& c) { return start_run(c, *runner); });
  routes.get("/findings/runs/{id}", run, get_run);
  routes.list_route("/findings/runs/{id}/data-quality", dq, [ctx](Call& c) { return list_data_quality(c, *ctx); });
  routes.raw_route("GET", "/findings/runs/{id}/data-quality/export", dq_export,
                   [ctx](Call& c) { return export_data_quality(c, *ctx); });
  routes.list_route("/findings", list, [ctx](Call& c) { return list_findings(c, *ctx); });
  routes.get("/findings/departments", depts, list_departments);
  routes.get("/findings/of-clue/{id}", of_clue, [ctx](Call& c) { return finding_of_clue(c, *ctx); });
  routes.get("/findings/of-verification-item/{id}", of_item, [ctx](Call& c) { return finding_of_verification_item(c, *ctx); });
  routes.get("/findings/{id}", detail, [ctx](Call& c) { return get_finding(c, *ctx); });
  routes.post("/findings/{id}/assign", assign, [ctx](Call& c) { return assign_finding(c, *ctx); });
  routes.post("/findings/{id}/dismiss", dismiss, [ctx](Call& c) { return dismiss_finding(c, *ctx); });
  routes.post("/findings/{id}/clue", to_clue, [ctx](Call& c) { return finding_to_clue(c, *ctx); });
  routes.post("/findings/{id}/verification", to_item, [ctx](Call& c) { return finding_to_verification(c, *ctx); });
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_findings);
