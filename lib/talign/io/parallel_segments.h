// Segments that arrive already aligned (TMX, XLIFF): both sides and their beads.
#pragma once

#include <vector>

#include "talign/align/bead.h"
#include "talign/text/document.h"

namespace talign {

struct ParallelSegments {
  std::vector<Segment> src;
  std::vector<Segment> tgt;
  Alignment alignment;
};

}  // namespace talign
