// Empty segments (the blank lines of a presegmented file) carry nothing to align: the
// aligner aligns the others, then gives each empty one a null bead of its own, or the
// bead whose segments surround it. A million blank lines cost no DP cells.
//
//   NonEmpty src_kept = DropEmpty(src), tgt_kept = DropEmpty(tgt);
//   Alignment a = Align(src_kept.segments, tgt_kept.segments);
//   a = RestoreEmpty(a, src_kept, tgt_kept, /*score=*/1.0);  // indices of src and tgt again
#pragma once

#include <cstddef>
#include <vector>

#include "talign/align/bead.h"
#include "talign/text/document.h"

namespace talign {

struct NonEmpty {
  std::vector<Segment> segments;   // the segments with text, in order
  std::vector<std::size_t> index;  // index[k]: segments[k]'s index in the input
  std::size_t total = 0;           // segments in the input, empty ones included
};

bool AnyEmpty(const std::vector<Segment>& segments);
NonEmpty DropEmpty(const std::vector<Segment>& segments);

// `kept`'s beads (indices into src.segments and tgt.segments) with the input's indices,
// each empty segment added to the bead that spans it or as a null bead scored `score`.
Alignment RestoreEmpty(const Alignment& kept, const NonEmpty& src, const NonEmpty& tgt,
                       double score);

}  // namespace talign
