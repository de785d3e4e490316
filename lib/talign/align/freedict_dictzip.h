// Random access into a dictzip file (dictd's .dict.dz): gzip whose header lists the
// compressed size of each fixed-size chunk, each chunk deflated on its own. A FreeDict load
// that needs a few entries inflates their chunks only, not the whole 90 MB of deu-eng.
//
//   auto dict = Dictzip::Open("/usr/share/dictd/freedict-deu-eng.dict.dz");
//   if (dict) text = dict->Read(offset, length);  // an entry, at its index offsets
#pragma once

#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace talign {

class Dictzip {
 public:
  // nullopt when the file cannot be read or its header has no chunk table (plain gzip).
  static std::optional<Dictzip> Open(const std::string& path);

  // The uncompressed text at [offset, offset + length), valid until the next call; "" when
  // it lies past the end or a chunk does not inflate.
  std::string_view Read(std::size_t offset, std::size_t length);

 private:
  Dictzip() = default;
  bool Inflate(std::size_t chunk);  // into chunk_, unless it holds it already

  std::ifstream file_;
  std::size_t chunk_size_ = 0;            // uncompressed bytes per chunk (the last: fewer)
  std::vector<std::size_t> chunk_start_;  // file offset of each chunk's deflate data, + end
  std::size_t held_ = static_cast<std::size_t>(-1);  // which chunk chunk_ holds
  std::string chunk_, compressed_, entry_;
};

}  // namespace talign
