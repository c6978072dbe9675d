#include "api/public_api_body.h"

#include <sodium.h>

namespace qf::api::reports_json {

using nlohmann::json;

namespace {

Error bad(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("report.invalid", zh, en, field);
}

Result<std::string> base64_decode(const std::string& text, const std::string& field) {
  if (sodium_init() < 0) return Error::internal("libsodium initialisation failed");
  std::string out(text.size() / 4 * 3 + 3, '\0');
  size_t len = 0;
  const char* end = nullptr;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), "\r\n",
                        &len, &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
      (end && end != text.data() + text.size()))
    return bad(field, "附件内容编码无效（应为 base64）", "The attachment content is not valid base64");
  out.resize(len);
  return out;
}

}  // namespace

Result<std::string> optional_string(const json& obj, const char* key, const std::string& field) {
  if (!obj.is_object()) return std::string();
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return std::string();
  if (!it->is_string()) return bad(field, field + " 应为文字", field + " must be text");
  return it->get<std::string>();
}

Result<reports::NewReport> new_report_of(const json& b) {
  if (!b.is_object()) return bad("", "请求内容应为 JSON 对象", "The request body must be a JSON object");
  reports::NewReport r;
  if (auto it = b.find("anonymous"); it != b.end() && !it->is_null()) {
    if (!it->is_boolean()) return bad("anonymous", "anonymous 应为 true 或 false", "anonymous must be true or false");
    r.anonymous = it->get<bool>();
  }
  const json empty = json::object();
  const json& reported = b.contains("reported") && b["reported"].is_object() ? b["reported"] : empty;
  QF_TRY(r.matter.reported_name, optional_string(reported, "name", "reported.name"));
  QF_TRY(r.matter.reported_unit, optional_string(reported, "unit", "reported.unit"));
  QF_TRY(r.matter.reported_position, optional_string(reported, "position", "reported.position"));
  QF_TRY(r.matter.matter, optional_string(b, "matter", "matter"));
  QF_TRY(r.matter.time_place, optional_string(b, "time_place", "time_place"));
  QF_TRY(r.matter.evidence, optional_string(b, "evidence", "evidence"));
  if (!r.anonymous) {
    const json& id = b.contains("identity") && b["identity"].is_object() ? b["identity"] : empty;
    QF_TRY(r.identity.name, optional_string(id, "name", "identity.name"));
    QF_TRY(r.identity.phone, optional_string(id, "phone", "identity.phone"));
    QF_TRY(r.identity.id_number, optional_string(id, "id_number", "identity.id_number"));
    QF_TRY(r.identity.address, optional_string(id, "address", "identity.address"));
    QF_TRY(r.identity.contact, optional_string(id, "contact", "identity.contact"));
  }
  QF_TRY(r.password, optional_string(b, "password", "password"));
  QF_TRY(r.received_on, optional_string(b, "received_on", "received_on"));
  if (auto it = b.find("attachments"); it != b.end() && !it->is_null()) {
    if (!it->is_array()) return bad("attachments", "attachments 应为列表", "attachments must be a list");
    for (size_t i = 0; i < it->size(); ++i) {
      const std::string field = "attachments[" + std::to_string(i) + "]";
      const json& a = (*it)[i];
      if (!a.is_object()) return bad(field, "附件格式不正确", "The attachment is not well formed");
      reports::NewAttachment na;
      QF_TRY(na.filename, optional_string(a, "filename", field + ".filename"));
      QF_TRY(std::string content, optional_string(a, "content_base64", field + ".content_base64"));
      QF_TRY(na.bytes, base64_decode(content, field + ".content_base64"));
      r.attachments.push_back(std::move(na));
    }
  }
  return r;
}

json reporter_view_json(const reports::ReporterView& v) {
  json messages = json::array();
  for (const auto& m : v.messages) {
    json j = {{"id", m.id}, {"from", m.from}, {"text", m.text}, {"at", m.at}};
    j["in_reply_to"] = m.in_reply_to ? json(*m.in_reply_to) : json(nullptr);
    messages.push_back(std::move(j));
  }
  return json{{"stage", reports::stage_code(v.stage)},
              {"stage_label_zh", reports::stage_label_zh(v.stage)},
              {"stage_label_en", reports::stage_label_en(v.stage)},
              {"stage_note_zh", reports::stage_note_zh(v.stage)},
              {"stage_note_en", reports::stage_note_en(v.stage)},
              {"received_on", v.received_on},
              {"real_name", v.real_name},
              {"awaiting_reply", v.awaiting_reply},
              {"messages", std::move(messages)},
              {"feedback", v.feedback ? json(*v.feedback) : json(nullptr)}};
}

}  // namespace qf::api::reports_json
