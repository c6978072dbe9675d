#pragma once
// Real JPEG and PNG files for the attachment tests, written and read with libjpeg and
// libpng (test-only dependencies): the sanitised image must still decode to exactly the
// same pixels as the original. No binary fixtures: images are generated in memory.
#include <jpeglib.h>
#include <png.h>
#include <zlib.h>

#include <csetjmp>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace qf::reports::testing {

struct Pixels {
  int width = 0, height = 0, channels = 0;
  std::vector<unsigned char> data;
  bool operator==(const Pixels&) const = default;
};

// A gradient with some structure, so that a broken scan would show.
inline std::string encode_jpeg(int w, int h) {
  jpeg_compress_struct c{};
  jpeg_error_mgr err{};
  c.err = jpeg_std_error(&err);
  jpeg_create_compress(&c);
  unsigned char* buf = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&c, &buf, &size);
  c.image_width = static_cast<JDIMENSION>(w);
  c.image_height = static_cast<JDIMENSION>(h);
  c.input_components = 3;
  c.in_color_space = JCS_RGB;
  jpeg_set_defaults(&c);
  jpeg_set_quality(&c, 90, TRUE);
  c.restart_interval = 2;  // RSTn markers inside the scan
  jpeg_start_compress(&c, TRUE);
  std::vector<unsigned char> row(static_cast<size_t>(w) * 3);
  while (c.next_scanline < c.image_height) {
    int y = static_cast<int>(c.next_scanline);
    for (int x = 0; x < w; ++x) {
      row[x * 3] = static_cast<unsigned char>(x * 255 / w);
      row[x * 3 + 1] = static_cast<unsigned char>(y * 255 / h);
      row[x * 3 + 2] = static_cast<unsigned char>(((x / 4 + y / 4) % 2) * 200);
    }
    JSAMPROW r = row.data();
    jpeg_write_scanlines(&c, &r, 1);
  }
  jpeg_finish_compress(&c);
  std::string out(reinterpret_cast<char*>(buf), size);
  jpeg_destroy_compress(&c);
  std::free(buf);
  return out;
}

struct JpegErr {
  jpeg_error_mgr mgr;
  std::jmp_buf jump;
};

// Decoded pixels, or nullopt when libjpeg refuses the data (it must never warn either:
// a corrupt scan gives warnings, not errors).
inline std::optional<Pixels> decode_jpeg(const std::string& bytes) {
  jpeg_decompress_struct d{};
  JpegErr err{};
  d.err = jpeg_std_error(&err.mgr);
  err.mgr.error_exit = [](j_common_ptr c) { std::longjmp(reinterpret_cast<JpegErr*>(c->err)->jump, 1); };
  err.mgr.output_message = [](j_common_ptr) {};
  Pixels p;
  if (setjmp(err.jump)) {
    jpeg_destroy_decompress(&d);
    return std::nullopt;
  }
  jpeg_create_decompress(&d);
  jpeg_mem_src(&d, reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&d, TRUE);
  jpeg_start_decompress(&d);
  p.width = static_cast<int>(d.output_width);
  p.height = static_cast<int>(d.output_height);
  p.channels = d.output_components;
  p.data.resize(static_cast<size_t>(p.width) * p.height * p.channels);
  while (d.output_scanline < d.output_height) {
    JSAMPROW r = p.data.data() + static_cast<size_t>(d.output_scanline) * p.width * p.channels;
    jpeg_read_scanlines(&d, &r, 1);
  }
  jpeg_finish_decompress(&d);
  long warnings = err.mgr.num_warnings;
  jpeg_destroy_decompress(&d);
  if (warnings != 0) return std::nullopt;
  return p;
}

inline std::string jpeg_segment(unsigned char marker, const std::string& payload) {
  std::string s;
  s.push_back(static_cast<char>(0xFF));
  s.push_back(static_cast<char>(marker));
  size_t len = payload.size() + 2;
  s.push_back(static_cast<char>(len >> 8));
  s.push_back(static_cast<char>(len & 0xFF));
  return s + payload;
}

// Markers of the segments of a JPEG (entropy data skipped), in order.
inline std::vector<int> jpeg_markers(const std::string& j) {
  std::vector<int> out;
  size_t p = 2;
  auto u8 = [&](size_t i) { return static_cast<unsigned char>(j[i]); };
  while (p + 1 < j.size() && u8(p) == 0xFF) {
    unsigned char m = u8(p + 1);
    out.push_back(m);
    if (m == 0xD9) break;
    size_t len = (static_cast<size_t>(u8(p + 2)) << 8) | u8(p + 3);
    p += 2 + len;
    if (m == 0xDA) {
      while (p + 1 < j.size() && !(u8(p) == 0xFF && u8(p + 1) != 0 && !(u8(p + 1) >= 0xD0 && u8(p + 1) <= 0xD7)))
        ++p;
    }
  }
  return out;
}

// The camera's metadata a phone writes, each with a marker string: EXIF with GPS
// (APP1), XMP (APP1), an ICC profile (APP2), IPTC (APP13), an Adobe segment with extra
// payload (APP14), a comment, a JFIF thumbnail, a JFXX thumbnail, and a trailer.
inline std::string with_camera_metadata(const std::string& jpeg, const std::string& tag) {
  std::string j("\xFF\xD8", 2);
  // The encoder's own JFIF header (APP0) is replaced by one carrying a 2x1 thumbnail.
  size_t p = 2;
  if (static_cast<unsigned char>(jpeg[3]) == 0xE0) p += 2 + ((static_cast<unsigned char>(jpeg[4]) << 8) | static_cast<unsigned char>(jpeg[5]));
  j += jpeg_segment(0xE0, std::string("JFIF\0\x01\x01\0\0\x48\0\x48\x02\x01", 14) + "TH" + tag.substr(0, 4));
  j += jpeg_segment(0xE0, std::string("JFXX\0\x13", 6) + "JfxxThumb" + tag);
  j += jpeg_segment(0xE1, std::string("Exif\0\0", 6) + "MM Canon EOS GPSLatitude 39.9042N GPS" + tag + " Owner " + tag);
  j += jpeg_segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>dc:creator Xmp" + tag + "</x:xmpmeta>");
  j += jpeg_segment(0xE2, std::string("ICC_PROFILE\0\x01\x01", 14) + "desc Icc" + tag);
  j += jpeg_segment(0xED, "Photoshop 3.0\08BIM Iptc" + tag);
  j += jpeg_segment(0xEE, std::string("Adobe\0\x64\x80\0\0\0\x01", 12) + "App14" + tag);
  j += jpeg_segment(0xFE, "Comment" + tag);
  j += jpeg.substr(p);
  j += "Trailer" + tag;
  return j;
}

inline uint32_t be32(const std::string& s, size_t i) {
  return (static_cast<uint32_t>(static_cast<unsigned char>(s[i])) << 24) |
         (static_cast<uint32_t>(static_cast<unsigned char>(s[i + 1])) << 16) |
         (static_cast<uint32_t>(static_cast<unsigned char>(s[i + 2])) << 8) | static_cast<unsigned char>(s[i + 3]);
}

inline std::string png_chunk(const std::string& type, const std::string& data) {
  std::string s;
  uint32_t n = static_cast<uint32_t>(data.size());
  for (int shift : {24, 16, 8, 0}) s.push_back(static_cast<char>(n >> shift));
  std::string td = type + data;
  uint32_t crc = static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(td.data()), static_cast<uInt>(td.size())));
  s += td;
  for (int shift : {24, 16, 8, 0}) s.push_back(static_cast<char>(crc >> shift));
  return s;
}

// A w x h RGB PNG (correct CRCs and zlib data) with gAMA and pHYs and, with `tag`
// non-empty, every metadata chunk a camera or an editor writes, each carrying `tag`,
// around and between the image chunks, and data after IEND. With `tag` empty: exactly
// the file the sanitiser must make of it.
inline std::string png_with_metadata(int w, int h, const std::string& tag) {
  bool meta = !tag.empty();
  std::string raw;
  for (int y = 0; y < h; ++y) {
    raw.push_back('\0');
    for (int x = 0; x < w; ++x) {
      raw.push_back(static_cast<char>(x * 255 / w));
      raw.push_back(static_cast<char>(y * 255 / h));
      raw.push_back(static_cast<char>(((x + y) % 3) * 100));
    }
  }
  uLongf zlen = compressBound(static_cast<uLong>(raw.size()));
  std::string z(zlen, '\0');
  compress(reinterpret_cast<Bytef*>(z.data()), &zlen, reinterpret_cast<const Bytef*>(raw.data()),
           static_cast<uLong>(raw.size()));
  z.resize(zlen);
  std::string ihdr;
  for (uint32_t v : {static_cast<uint32_t>(w), static_cast<uint32_t>(h)})
    for (int shift : {24, 16, 8, 0}) ihdr.push_back(static_cast<char>(v >> shift));
  ihdr += std::string("\x08\x02\0\0\0", 5);
  std::string p("\x89PNG\r\n\x1a\n", 8);
  p += png_chunk("IHDR", ihdr);
  p += png_chunk("gAMA", std::string("\0\0\xB1\x8F", 4));
  if (meta) p += png_chunk("iCCP", std::string("Icc") + tag + std::string("\0\0", 2) + "x");
  if (meta) p += png_chunk("tEXt", std::string("Author\0", 7) + "PngAuthor" + tag);
  if (meta) p += png_chunk("zTXt", std::string("Comment\0\0", 9) + "Ztxt" + tag);
  if (meta) p += png_chunk("iTXt", std::string("XML:com.adobe.xmp\0\0\0\0\0", 22) + "Itxt" + tag);
  if (meta) p += png_chunk("eXIf", "MM GPS" + tag);
  if (meta) p += png_chunk("tIME", std::string("\x07\xEA\x0B\x1A\x01\x02\x03", 7));
  p += png_chunk("pHYs", std::string("\0\0\x0B\x13\0\0\x0B\x13\x01", 9));
  if (meta) p += png_chunk("prVt", "PrivateChunk" + tag);  // unknown ancillary chunk
  size_t half = z.size() / 2;
  p += png_chunk("IDAT", z.substr(0, half));
  if (meta) p += png_chunk("tEXt", std::string("Software\0", 9) + "Between" + tag);
  p += png_chunk("IDAT", z.substr(half));
  p += png_chunk("IEND", "");
  if (meta) p += "AfterIend" + tag;
  return p;
}

inline std::vector<std::string> png_chunk_types(const std::string& p) {
  std::vector<std::string> out;
  size_t i = 8;
  while (i + 12 <= p.size()) {
    uint32_t len = be32(p, i);
    out.push_back(p.substr(i + 4, 4));
    i += 12 + len;
  }
  return out;
}

// Decoded with libpng (CRCs checked): RGB(A) rows, or nullopt when libpng refuses.
inline std::optional<Pixels> decode_png(const std::string& bytes) {
  png_image img{};
  img.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&img, bytes.data(), bytes.size())) return std::nullopt;
  img.format = PNG_FORMAT_RGB;
  Pixels p;
  p.width = static_cast<int>(img.width);
  p.height = static_cast<int>(img.height);
  p.channels = 3;
  p.data.resize(PNG_IMAGE_SIZE(img));
  if (!png_image_finish_read(&img, nullptr, p.data.data(), 0, nullptr)) {
    png_image_free(&img);
    return std::nullopt;
  }
  return p;
}

}  // namespace qf::reports::testing
