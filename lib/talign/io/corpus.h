// A checked corpus: one or more aligned document pairs laid end to end, so that every check
// (and the consistency checks above all) sees the whole corpus as one pair of segment lists.
//
//   Corpus corpus;
//   AppendPair(corpus, {"a.fr", "a.en"}, src_segments, tgt_segments, alignment);
//   AppendPair(corpus, {"b.fr", "b.en"}, …);   // b's indices are shifted past a's
//   corpus.parts[PartOfBead(corpus, 7)].src_name;  // which file bead 7 came from
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "talign/align/bead.h"
#include "talign/text/document.h"

namespace talign {

// Where one document pair lies in the corpus's segments and beads.
struct CorpusPart {
  std::string src_name;  // file names as the user gave them (or "file.tmx" for both)
  std::string tgt_name;
  std::size_t first_src = 0;  // index of the pair's first source segment in Corpus::src
  std::size_t first_tgt = 0;
  std::size_t first_bead = 0;  // index of the pair's first bead in Corpus::alignment
};

struct Corpus {
  std::vector<Segment> src;  // Segment::index is the corpus-wide index
  std::vector<Segment> tgt;
  Alignment alignment;  // indices into src and tgt
  std::vector<CorpusPart> parts;
};

// Appends a pair, renumbering its segments and beads after those already in `corpus`.
// `names` gives src_name and tgt_name; the first_* fields are filled in here.
void AppendPair(Corpus& corpus, CorpusPart names, const std::vector<Segment>& src,
                const std::vector<Segment>& tgt, const Alignment& alignment);

// The index of the part that holds `bead`. Requires at least one part.
std::size_t PartOfBead(const Corpus& corpus, std::size_t bead);

}  // namespace talign
