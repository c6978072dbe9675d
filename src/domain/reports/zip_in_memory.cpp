#include "domain/reports/zip_in_memory.h"

#include <unzip.h>
#include <zip.h>

#include <algorithm>
#include <cstring>

namespace qf::reports {
namespace {

struct Stream {
  std::string* out = nullptr;     // writing
  std::string_view in;            // reading
  uint64_t pos = 0;
  size_t size() const { return out ? out->size() : in.size(); }
};

voidpf ZCALLBACK s_open(voidpf opaque, const void*, int) { return opaque; }
uLong ZCALLBACK s_read(voidpf, voidpf stream, void* buf, uLong size) {
  auto* s = static_cast<Stream*>(stream);
  const char* data = s->out ? s->out->data() : s->in.data();
  uint64_t left = s->pos < s->size() ? s->size() - s->pos : 0;
  uLong n = static_cast<uLong>(std::min<uint64_t>(left, size));
  if (n) std::memcpy(buf, data + s->pos, n);
  s->pos += n;
  return n;
}
uLong ZCALLBACK s_write(voidpf, voidpf stream, const void* buf, uLong size) {
  auto* s = static_cast<Stream*>(stream);
  if (!s->out) return 0;
  if (s->pos + size > s->out->size()) s->out->resize(s->pos + size);
  std::memcpy(s->out->data() + s->pos, buf, size);
  s->pos += size;
  return size;
}
ZPOS64_T ZCALLBACK s_tell(voidpf, voidpf stream) { return static_cast<Stream*>(stream)->pos; }
long ZCALLBACK s_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* s = static_cast<Stream*>(stream);
  uint64_t base = origin == ZLIB_FILEFUNC_SEEK_SET ? 0 : origin == ZLIB_FILEFUNC_SEEK_CUR ? s->pos : s->size();
  uint64_t target = base + offset;
  if (target > s->size() && !s->out) return -1;
  s->pos = target;
  return 0;
}
int ZCALLBACK s_close(voidpf, voidpf) { return 0; }
int ZCALLBACK s_error(voidpf, voidpf) { return 0; }

zlib_filefunc64_def funcs(Stream* s) {
  zlib_filefunc64_def f{};
  f.zopen64_file = s_open;
  f.zread_file = s_read;
  f.zwrite_file = s_write;
  f.ztell64_file = s_tell;
  f.zseek64_file = s_seek;
  f.zclose_file = s_close;
  f.zerror_file = s_error;
  f.opaque = s;
  return f;
}

}  // namespace

std::optional<std::vector<ZipEntry>> read_zip(std::string_view bytes, uint64_t max_total) {
  Stream s;
  s.in = bytes;
  auto f = funcs(&s);
  unzFile z = unzOpen2_64("memory.zip", &f);
  if (!z) return std::nullopt;
  std::vector<ZipEntry> out;
  uint64_t total = 0;
  bool ok = true;
  for (int rc = unzGoToFirstFile(z); rc == UNZ_OK; rc = unzGoToNextFile(z)) {
    unz_file_info64 info{};
    char name[1024];
    if (unzGetCurrentFileInfo64(z, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK) { ok = false; break; }
    ZipEntry e;
    e.name = name;
    if (!e.name.empty() && e.name.back() == '/') continue;  // directory
    if (unzOpenCurrentFile(z) != UNZ_OK) { ok = false; break; }
    char buf[16384];
    for (;;) {
      int n = unzReadCurrentFile(z, buf, sizeof buf);
      if (n < 0) { ok = false; break; }
      if (n == 0) break;
      total += static_cast<uint64_t>(n);
      if (total > max_total) { ok = false; break; }
      e.content.append(buf, static_cast<size_t>(n));
    }
    if (unzCloseCurrentFile(z) != UNZ_OK) ok = false;
    if (!ok) break;
    out.push_back(std::move(e));
  }
  unzClose(z);
  if (!ok) return std::nullopt;
  return out;
}

std::optional<std::string> write_zip(const std::vector<ZipEntry>& entries) {
  std::string out;
  Stream s;
  s.out = &out;
  auto f = funcs(&s);
  zipFile z = zipOpen2_64("memory.zip", APPEND_STATUS_CREATE, nullptr, &f);
  if (!z) return std::nullopt;
  bool ok = true;
  for (const auto& e : entries) {
    zip_fileinfo zi{};
    zi.tmz_date.tm_year = 1980;
    zi.tmz_date.tm_mday = 1;
    if (zipOpenNewFileInZip64(z, e.name.c_str(), &zi, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                              Z_DEFAULT_COMPRESSION, 0) != ZIP_OK) { ok = false; break; }
    if (!e.content.empty() &&
        zipWriteInFileInZip(z, e.content.data(), static_cast<unsigned>(e.content.size())) != ZIP_OK) ok = false;
    if (zipCloseFileInZip(z) != ZIP_OK) ok = false;
    if (!ok) break;
  }
  if (zipClose(z, nullptr) != ZIP_OK) ok = false;
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace qf::reports
