#include "talign/align/freedict_dictzip.h"

#include <zlib.h>

namespace talign {
namespace {

constexpr unsigned char kExtra = 0x04, kName = 0x08, kComment = 0x10, kHeaderCrc = 0x02;

std::size_t Little16(const unsigned char* bytes) { return bytes[0] | bytes[1] << 8; }

// Skips a zero-terminated header field.
bool SkipString(std::ifstream& file) {
  char c = 1;
  while (file.get(c) && c != '\0') {
  }
  return static_cast<bool>(file);
}

}  // namespace

// RFC 1952's header; dictzip's "RA" extra subfield: version, chunk length, chunk count, then
// each chunk's compressed size, all 16-bit little-endian.
std::optional<Dictzip> Dictzip::Open(const std::string& path) {
  Dictzip dict;
  dict.file_.open(path, std::ios::binary);
  unsigned char header[12];
  if (!dict.file_.read(reinterpret_cast<char*>(header), sizeof header)) return std::nullopt;
  if (header[0] != 0x1f || header[1] != 0x8b || (header[3] & kExtra) == 0) return std::nullopt;
  std::vector<unsigned char> extra(Little16(header + 10));
  if (!dict.file_.read(reinterpret_cast<char*>(extra.data()), extra.size())) return std::nullopt;
  if (extra.size() < 10 || extra[0] != 'R' || extra[1] != 'A') return std::nullopt;
  dict.chunk_size_ = Little16(&extra[6]);
  std::size_t count = Little16(&extra[8]);
  if (dict.chunk_size_ == 0 || extra.size() < 10 + 2 * count) return std::nullopt;
  if ((header[3] & kName) && !SkipString(dict.file_)) return std::nullopt;
  if ((header[3] & kComment) && !SkipString(dict.file_)) return std::nullopt;
  if ((header[3] & kHeaderCrc) && !dict.file_.ignore(2)) return std::nullopt;
  std::size_t start = static_cast<std::size_t>(dict.file_.tellg());
  for (std::size_t i = 0; i < count; ++i) {
    dict.chunk_start_.push_back(start);
    start += Little16(&extra[10 + 2 * i]);
  }
  dict.chunk_start_.push_back(start);
  return dict;
}

// Each chunk ends in a full flush: raw inflate can start at its first byte.
bool Dictzip::Inflate(std::size_t chunk) {
  if (chunk == held_) return true;
  held_ = static_cast<std::size_t>(-1);
  compressed_.resize(chunk_start_[chunk + 1] - chunk_start_[chunk]);
  file_.clear();
  if (!file_.seekg(static_cast<std::streamoff>(chunk_start_[chunk])) ||
      !file_.read(compressed_.data(), static_cast<std::streamsize>(compressed_.size())))
    return false;
  chunk_.resize(chunk_size_);
  z_stream stream{};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return false;
  stream.next_in = reinterpret_cast<Bytef*>(compressed_.data());
  stream.avail_in = static_cast<uInt>(compressed_.size());
  stream.next_out = reinterpret_cast<Bytef*>(chunk_.data());
  stream.avail_out = static_cast<uInt>(chunk_.size());
  int status = inflate(&stream, Z_SYNC_FLUSH);
  chunk_.resize(stream.total_out);
  inflateEnd(&stream);
  if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) return false;
  held_ = chunk;
  return true;
}

std::string_view Dictzip::Read(std::size_t offset, std::size_t length) {
  entry_.clear();
  std::size_t chunks = chunk_start_.size() - 1;
  for (std::size_t at = offset; at < offset + length;) {
    std::size_t chunk = at / chunk_size_, within = at % chunk_size_;
    if (chunk >= chunks || !Inflate(chunk) || within >= chunk_.size()) return {};
    std::size_t take = std::min(chunk_.size() - within, offset + length - at);
    entry_.append(chunk_, within, take);
    at += take;
  }
  return entry_;
}

}  // namespace talign
