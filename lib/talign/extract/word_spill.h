// Pass 1's word analyses kept on disk for pass 2, beside BeadStore's texts, so that pass 2
// neither re-tokenises nor looks words up again: per bead side, each word's byte range,
// lemma and flags (16 bytes a word), in an anonymous temporary file.
//
//   WordSpill spill;
//   spill.Append(text, TermWords(text, analyzer));   // pass 1, bead by bead, side by side
//   spill.Rewind();
//   std::vector<TermWord> words = spill.Next(text);  // pass 2, the same order and texts
#pragma once

#include <cstdio>
#include <string_view>
#include <vector>

#include "talign/extract/term_candidates.h"

namespace talign {

// Not copyable: owns the file (tmpfile(3): removed when closed).
class WordSpill {
 public:
  WordSpill();  // throws Error{kIo} when no temporary file can be made
  ~WordSpill();
  WordSpill(const WordSpill&) = delete;
  WordSpill& operator=(const WordSpill&) = delete;

  // `words` must view into `text` (as TermWords gives them).
  void Append(std::string_view text, const std::vector<TermWord>& words);
  void Rewind();
  // The next appended side's words, viewing into `text`: a text of the same bytes (BeadStore
  // gives back its texts with tabs made spaces, which keeps every offset). Throws Error{kIo}
  // past the end or on a short read.
  std::vector<TermWord> Next(std::string_view text);

 private:
  std::FILE* file_ = nullptr;
};

}  // namespace talign
