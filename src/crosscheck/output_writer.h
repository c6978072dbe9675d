#pragma once
// Writes the three outputs of a run into the --out directory (FORMATS.md, "Output"):
//   findings.csv      UTF-8 with BOM: rule,key,cadre_id,severity,summary,evidence
//   findings.jsonl    one JSON object a line, same fields, evidence as an array
//   data_quality.csv  UTF-8 with BOM: file,line,column,problem,value
// Findings must already be in output order (rule, then key); issues are sorted here
// by file name, line and column so that the files are byte-identical across runs.
#include <string>
#include <vector>

#include "core/result.h"
#include "crosscheck/finding.h"
#include "crosscheck/table.h"

namespace qf::crosscheck {

// The evidence column: [{"file":"cadres.csv","line":12},...].
std::string evidence_json(const std::vector<Evidence>& evidence);

Status write_outputs(const std::string& out_dir, const std::vector<CrossCheckFinding>& findings,
                     std::vector<DataQualityIssue>* issues);

}  // namespace qf::crosscheck
