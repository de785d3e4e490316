// Beads: which source segments translate which target segments.
//
//   Alignment a{{{{0}, {0}, 0.9}, {{1, 2}, {1}, 0.7}, {{3}, {}, 0.5}}};
//   ValidateAlignment(a, 4, 2);  // every segment of both sides in exactly one bead
#pragma once

#include <cstddef>
#include <vector>

namespace talign {

// One bead. Index lists are 0-based segment indices, ascending. An aligner's beads are
// contiguous runs; beads read from a file (gold, Text+Berg) need not be.
struct Bead {
  std::vector<std::size_t> src;
  std::vector<std::size_t> tgt;
  double score = 0.0;  // confidence in [0, 1]; 0 when unknown (beads read from a file)

  bool operator==(const Bead& other) const { return src == other.src && tgt == other.tgt; }
};

struct Alignment {
  std::vector<Bead> beads;  // in document order
};

}  // namespace talign
