// Aligned beads kept on disk between the extractor's two passes, so that memory does not
// grow with the corpus: one "SOURCE<TAB>TARGET\n" line per bead in an anonymous temp file.
//
//   BeadStore store;
//   std::uint64_t at = store.Append("Les talibans…", "The Taliban…");
//   store.Rewind();  while (store.Next(&bead)) …;  store.Read(at) → that bead again
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace talign {

struct StoredBead {
  std::uint64_t offset = 0;  // where the bead starts in the store: for Read()
  std::string src;
  std::string tgt;
};

// Not copyable: owns the file (tmpfile(3): removed when closed, even after a crash).
class BeadStore {
 public:
  BeadStore();  // throws Error{kIo} when no temporary file can be made
  ~BeadStore();
  BeadStore(const BeadStore&) = delete;
  BeadStore& operator=(const BeadStore&) = delete;

  // Texts are single lines (Segment::text is); tabs and newlines are replaced by spaces.
  std::uint64_t Append(const std::string& src, const std::string& tgt);
  // Back to the first bead, for a pass with Next().
  void Rewind();
  bool Next(StoredBead* bead);
  // The bead at `offset` (from Append or Next); leaves the read position after it.
  StoredBead Read(std::uint64_t offset);

 private:
  std::FILE* file_ = nullptr;
  std::uint64_t size_ = 0;
  bool appending_ = true;  // last operation was a write: no seek needed before the next
  char* line_ = nullptr;   // getline(3) buffer
  std::size_t capacity_ = 0;
};

}  // namespace talign
