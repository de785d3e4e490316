// The beads format of SPEC: one bead per line, "[0]:[0]", "[1,2]:[1]", "[3]:[]", "[]:[2]".
//
//   Alignment a = ParseBeads("[0]:[0]\n[1, 2]:[1]\n", "gold.beads", 3, 2);
//   std::string text = FormatBeads(a);  // "[0]:[0]\n[1,2]:[1]\n"
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "talign/align/bead.h"

namespace talign {

// Parses beads; spaces after commas and a third ":" field (a cost) are accepted.
// Throws Error{kData, file:line} on a malformed line, an index past the segment counts, or
// a segment in two beads. Segments in no bead are allowed (published gold sets have them).
Alignment ParseBeads(std::string_view text, const std::string& file, std::size_t src_count,
                     std::size_t tgt_count);

// Throws Error{kData, file} when a segment of either side is in no bead (ParseBeads allows
// that; `check --alignment` must see every segment).
void RequireEverySegment(const Alignment& alignment, const std::string& file, std::size_t src_count,
                         std::size_t tgt_count);

std::string FormatBeads(const Alignment& alignment);

}  // namespace talign
