#include "crosscheck/output_writer.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "core/csv_reader.h"

namespace qf::crosscheck {

namespace {

Status write_file(const std::string& path, const std::string& content) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) {
    std::string why = std::strerror(errno);
    return Error::invalid("crosscheck.write", "无法写入输出文件 " + path + "：" + why,
                          "cannot write output file " + path + ": " + why, path);
  }
  bool ok = std::fwrite(content.data(), 1, content.size(), f) == content.size();
  ok = (std::fclose(f) == 0) && ok;
  if (!ok) {
    return Error::invalid("crosscheck.write", "写入输出文件 " + path + " 失败", "failed writing output file " + path, path);
  }
  return {};
}

}  // namespace

std::string evidence_json(const std::vector<Evidence>& evidence) {
  std::string s = "[";
  for (size_t i = 0; i < evidence.size(); ++i) {
    if (i) s += ",";
    s += "{\"file\":\"";
    s += spec_of(evidence[i].file).file_name;
    s += "\",\"line\":" + std::to_string(evidence[i].line) + "}";
  }
  return s + "]";
}

Status write_outputs(const std::string& out_dir, const std::vector<CrossCheckFinding>& findings,
                     std::vector<DataQualityIssue>* issues) {
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) {
    return Error::invalid("crosscheck.write", "无法创建输出目录 " + out_dir + "：" + ec.message(),
                          "cannot create output directory " + out_dir + ": " + ec.message(), out_dir);
  }
  std::string csv = "\xEF\xBB\xBF" "rule,key,cadre_id,severity,summary,evidence\r\n";
  std::string jsonl;
  for (const auto& f : findings) {
    std::string rule = "R" + std::to_string(f.rule);
    std::string ev = evidence_json(f.evidence);
    csv += rule;
    csv += ',';
    csv::append_field(&csv, f.key);
    csv += ',';
    csv::append_field(&csv, f.cadre_id);
    csv += ',';
    csv += severity_of(f.rule);
    csv += ',';
    csv::append_field(&csv, f.summary);
    csv += ',';
    csv::append_field(&csv, ev);
    csv += "\r\n";
    auto js = [](const std::string& v) {
      return nlohmann::json(v).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    };
    jsonl += "{\"rule\":" + js(rule) + ",\"key\":" + js(f.key) + ",\"cadre_id\":" + js(f.cadre_id) +
             ",\"severity\":" + js(severity_of(f.rule)) + ",\"summary\":" + js(f.summary) + ",\"evidence\":" + ev +
             "}\n";
  }
  std::stable_sort(issues->begin(), issues->end(), [](const DataQualityIssue& a, const DataQualityIssue& b) {
    std::string_view fa = spec_of(a.file).file_name, fb = spec_of(b.file).file_name;
    if (fa != fb) return fa < fb;
    if (a.line != b.line) return a.line < b.line;
    return a.column < b.column;
  });
  std::string dq = "\xEF\xBB\xBF" "file,line,column,problem,value\r\n";
  for (const auto& i : *issues) {
    dq += spec_of(i.file).file_name;
    dq += ',' + std::to_string(i.line) + ',';
    csv::append_field(&dq, i.column_name);
    dq += ',';
    csv::append_field(&dq, i.problem);
    dq += ',';
    csv::append_field(&dq, i.value);
    dq += "\r\n";
  }
  QF_TRY_STATUS(write_file(out_dir + "/findings.csv", csv));
  QF_TRY_STATUS(write_file(out_dir + "/findings.jsonl", jsonl));
  QF_TRY_STATUS(write_file(out_dir + "/data_quality.csv", dq));
  return {};
}

}  // namespace qf::crosscheck
