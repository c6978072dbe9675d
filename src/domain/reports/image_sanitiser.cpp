#include "domain/reports/image_sanitiser.h"

#include <pugixml.hpp>

#include <cstdint>
#include <sstream>
#include <vector>

namespace qf::reports {
namespace {

ImageResult fail(std::string zh, std::string en) {
  ImageResult r;
  r.why_zh = std::move(zh);
  r.why_en = std::move(en);
  return r;
}

ImageResult done(std::string bytes) {
  ImageResult r;
  r.ok = true;
  r.bytes = std::move(bytes);
  return r;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

void put_segment(std::string& out, unsigned char marker, std::string_view payload) {
  size_t len = payload.size() + 2;
  out.push_back(static_cast<char>(0xFF));
  out.push_back(static_cast<char>(marker));
  out.push_back(static_cast<char>(len >> 8));
  out.push_back(static_cast<char>(len & 0xFF));
  out.append(payload);
}

bool is_sof(unsigned char m) {
  return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
}

// Segments with a length that a baseline/progressive/lossless/arithmetic decoder needs.
bool jpeg_needed(unsigned char m) {
  return is_sof(m) || m == 0xC4 /*DHT*/ || m == 0xCC /*DAC*/ || m == 0xDB /*DQT*/ || m == 0xDD /*DRI*/ ||
         m == 0xDC /*DNL*/;
}

}  // namespace

ImageResult strip_jpeg(std::string_view in) {
  auto bad = [] { return fail("JPEG 结构错误", "broken JPEG structure"); };
  if (!starts_with(in, "\xFF\xD8")) return bad();
  std::string out("\xFF\xD8", 2);
  size_t p = 2;
  bool sof = false, sos = false;
  auto u8 = [&](size_t i) { return static_cast<unsigned char>(in[i]); };
  while (p < in.size()) {
    if (u8(p) != 0xFF) return bad();
    while (p < in.size() && u8(p) == 0xFF) ++p;  // fill bytes
    if (p >= in.size()) return bad();
    unsigned char m = u8(p++);
    if (m == 0xD9) {  // EOI: anything after it is dropped
      if (!sof || !sos) return bad();
      out.append("\xFF\xD9", 2);
      return done(std::move(out));
    }
    if (m >= 0xD0 && m <= 0xD7) {  // a stray RSTn between segments
      out.push_back(static_cast<char>(0xFF));
      out.push_back(static_cast<char>(m));
      continue;
    }
    if (m == 0x01) continue;  // TEM: no payload, not needed
    if (m == 0xD8 || m == 0x00) return bad();
    bool app = m >= 0xE0 && m <= 0xEF;
    if (!app && m != 0xFE && m != 0xDA && !jpeg_needed(m))
      return fail("不支持的 JPEG 变体（分层或 JPEG-LS 等扩展）",
                  "unsupported JPEG variant (hierarchical, JPEG-LS or other extensions)");
    if (p + 2 > in.size()) return bad();
    size_t len = (static_cast<size_t>(u8(p)) << 8) | u8(p + 1);
    if (len < 2 || p + len > in.size()) return bad();
    std::string_view payload = in.substr(p + 2, len - 2);
    if (m == 0xE0 && starts_with(payload, std::string_view("JFIF\0", 5)) && payload.size() >= 14) {
      // The bare JFIF header: version, units and density; no thumbnail.
      std::string jfif(payload.substr(0, 12));
      jfif.push_back('\0');
      jfif.push_back('\0');
      put_segment(out, 0xE0, jfif);
    } else if (m == 0xEE && starts_with(payload, "Adobe") && payload.size() >= 12) {
      // The bare Adobe header: version 100, no flags, the colour transform byte.
      std::string adobe("Adobe\0\x64\0\0\0\0", 11);
      adobe.push_back(payload[11]);
      put_segment(out, 0xEE, adobe);
    } else if (jpeg_needed(m) || m == 0xDA) {
      out.append(in.substr(p - 2, len + 2));
      if (is_sof(m)) sof = true;
    }  // every other APPn and COM: dropped
    p += len;
    if (m == 0xDA) {  // start of scan: entropy-coded data up to the next real marker
      if (!sof) return bad();
      sos = true;
      size_t start = p;
      while (p + 1 < in.size()) {
        if (u8(p) == 0xFF) {
          unsigned char n = u8(p + 1);
          if (n != 0x00 && !(n >= 0xD0 && n <= 0xD7) && n != 0xFF) break;
        }
        ++p;
      }
      if (p + 1 >= in.size()) return bad();
      out.append(in.substr(start, p - start));
    }
  }
  return bad();  // no EOI
}

ImageResult strip_png(std::string_view in) {
  auto bad = [] { return fail("PNG 结构错误", "broken PNG structure"); };
  if (!starts_with(in, "\x89PNG\r\n\x1a\n")) return bad();
  std::string out(in.substr(0, 8));
  size_t p = 8;
  bool first = true, idat = false;
  auto u8 = [&](size_t i) { return static_cast<unsigned char>(in[i]); };
  while (p + 12 <= in.size()) {
    uint64_t len = (static_cast<uint64_t>(u8(p)) << 24) | (static_cast<uint64_t>(u8(p + 1)) << 16) |
                   (static_cast<uint64_t>(u8(p + 2)) << 8) | u8(p + 3);
    if (p + 12 + len > in.size()) return bad();
    std::string_view type = in.substr(p + 4, 4);
    for (char c : type)
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return bad();
    if (first && type != "IHDR") return bad();
    first = false;
    bool critical = type[0] >= 'A' && type[0] <= 'Z';
    bool keep = type == "IHDR" || type == "PLTE" || type == "IDAT" || type == "IEND" || type == "tRNS" ||
                type == "gAMA" || type == "cHRM" || type == "sRGB" || type == "pHYs" || type == "sBIT" ||
                type == "bKGD";
    if (critical && !keep)
      return fail("PNG 含有无法识别的关键数据块", "the PNG has an unknown critical chunk");
    if (keep) out.append(in.substr(p, 12 + len));
    if (type == "IDAT") idat = true;
    p += 12 + len;
    if (type == "IEND") {
      if (!idat) return bad();
      return done(std::move(out));
    }
  }
  return bad();
}

ImageResult strip_gif(std::string_view in) {
  auto bad = [] { return fail("GIF 结构错误", "broken GIF structure"); };
  if (!(starts_with(in, "GIF87a") || starts_with(in, "GIF89a")) || in.size() < 13) return bad();
  auto u8 = [&](size_t i) { return static_cast<unsigned char>(in[i]); };
  size_t p = 13;
  if (u8(10) & 0x80) p += 3u * (1u << ((u8(10) & 7) + 1));
  if (p > in.size()) return bad();
  std::string out(in.substr(0, p));
  // Data sub-blocks from `q`; the offset after the terminator, or 0 when broken.
  auto sub_blocks = [&](size_t q) -> size_t {
    while (q < in.size()) {
      size_t n = u8(q);
      if (n == 0) return q + 1;
      q += 1 + n;
    }
    return 0;
  };
  while (p < in.size()) {
    unsigned char b = u8(p);
    if (b == 0x3B) {  // trailer: anything after it is dropped
      out.push_back(static_cast<char>(0x3B));
      return done(std::move(out));
    }
    if (b == 0x2C) {  // image descriptor, optional local colour table, LZW data
      if (p + 10 > in.size()) return bad();
      size_t q = p + 10;
      if (u8(p + 9) & 0x80) q += 3u * (1u << ((u8(p + 9) & 7) + 1));
      q += 1;  // LZW minimum code size
      if (q > in.size()) return bad();
      size_t end = sub_blocks(q);
      if (!end) return bad();
      out.append(in.substr(p, end - p));
      p = end;
      continue;
    }
    if (b != 0x21 || p + 2 > in.size()) return bad();
    unsigned char label = u8(p + 1);
    size_t end = sub_blocks(p + 2);
    if (!end) return bad();
    bool keep = label == 0xF9 || label == 0x01;  // graphic control, plain text
    if (label == 0xFF && p + 3 + 11 <= in.size() && u8(p + 2) == 11) {
      std::string_view app = in.substr(p + 3, 11);
      keep = app == "NETSCAPE2.0" || app == "ANIMEXTS1.0";
    }
    if (keep) out.append(in.substr(p, end - p));
    p = end;
  }
  return bad();  // no trailer
}

ImageResult strip_svg(std::string_view in) {
  auto bad = [] { return fail("SVG 图片无法解析", "the SVG picture cannot be parsed"); };
  pugi::xml_document doc;
  // No DOCTYPE in the tree and no entity expansion (pugixml has none): nothing external is read.
  if (!doc.load_buffer(in.data(), in.size(), pugi::parse_default | pugi::parse_comments | pugi::parse_pi)) return bad();
  pugi::xml_node root = doc.document_element();
  auto local = [](std::string_view q) {
    auto c = q.find(':');
    return c == std::string_view::npos ? q : q.substr(c + 1);
  };
  auto prefix = [](std::string_view q) {
    auto c = q.find(':');
    return c == std::string_view::npos ? std::string_view() : q.substr(0, c);
  };
  if (!root || local(root.name()) != "svg") return bad();
  auto editor_prefix = [&](std::string_view p) {
    return p == "sodipodi" || p == "inkscape" || p == "rdf" || p == "dc" || p == "cc" || p == "xap" || p == "x";
  };
  std::vector<pugi::xml_node> doomed;
  for (pugi::xml_node n = doc.first_child(); n; n = n.next_sibling())
    if (n.type() == pugi::node_comment || n.type() == pugi::node_pi || n.type() == pugi::node_doctype) doomed.push_back(n);
  std::vector<pugi::xml_node> stack{root};
  while (!stack.empty()) {
    pugi::xml_node n = stack.back();
    stack.pop_back();
    for (pugi::xml_attribute a = n.first_attribute(); a;) {
      pugi::xml_attribute next = a.next_attribute();
      std::string_view an = a.name();
      bool handler = an.size() > 2 && (an[0] == 'o' || an[0] == 'O') && (an[1] == 'n' || an[1] == 'N');
      if (editor_prefix(prefix(an)) || handler || an == "xml:base") n.remove_attribute(a);
      a = next;
    }
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
      if (c.type() == pugi::node_comment || c.type() == pugi::node_pi) {
        doomed.push_back(c);
      } else if (c.type() == pugi::node_element) {
        std::string_view l = local(c.name());
        if (l == "metadata" || l == "script" || editor_prefix(prefix(c.name()))) doomed.push_back(c);
        else stack.push_back(c);
      }
    }
  }
  for (auto& n : doomed) n.parent().remove_child(n);
  std::ostringstream os;
  doc.save(os, "", pugi::format_raw);
  return done(os.str());
}

ImageResult strip_office_image(std::string_view in) {
  if (starts_with(in, "\xFF\xD8\xFF")) return strip_jpeg(in);
  if (starts_with(in, "\x89PNG\r\n\x1a\n")) return strip_png(in);
  if (starts_with(in, "GIF8")) return strip_gif(in);
  bool bmp = starts_with(in, "BM") && in.size() > 14;
  bool emf = in.size() > 44 && starts_with(in, std::string_view("\x01\0\0\0", 4)) && in.substr(40, 4) == " EMF";
  bool wmf = starts_with(in, "\xD7\xCD\xC6\x9A") || starts_with(in, std::string_view("\x01\0\x09\0", 4)) ||
             starts_with(in, std::string_view("\x02\0\x09\0", 4));
  if (bmp || emf || wmf) return done(std::string(in));
  std::string_view head = in.substr(0, 512);
  if (starts_with(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
  while (!head.empty() && (head[0] == ' ' || head[0] == '\n' || head[0] == '\r' || head[0] == '\t')) head.remove_prefix(1);
  if ((starts_with(head, "<?xml") || starts_with(head, "<svg") || starts_with(head, "<!--")) &&
      in.find("<svg") != std::string_view::npos)
    return strip_svg(in);
  return fail("图片格式无法清理（仅支持 JPEG、PNG、GIF、SVG、BMP、EMF、WMF），请将图片另存为 JPEG 或 PNG 后再插入",
              "the image format cannot be cleaned (only JPEG, PNG, GIF, SVG, BMP, EMF and WMF are supported); "
              "please save the picture as JPEG or PNG and insert it again");
}

}  // namespace qf::reports
