// A first-pass guide from anchors (Moore 2002's "high-probability anchors", found without
// a DP): an anchor that occurs once in a window of each side pairs its two segments; pairs
// far from the length-proportional diagonal are ignored; the longest chain of pairs
// increasing on both sides (an LIS) is the likely path. Sparse and O(P log P) in the pairs
// P, so long inputs need no coarse levels; counting whole chains (not local evidence) keeps
// repeated text on its true copy, and a chain steps straight over an untranslated block.
//
//   std::vector<ChainPoint> chain = AnchorChain(features, AnchorChainOptions{});
//   GuidePath guide = ChainGuide(chain, features.src.size(), features.tgt.size());
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "talign/align/band.h"
#include "talign/align/segment_features.h"

namespace talign {

struct AnchorChainOptions {
  // rarity_radius (24): an anchor occurrence counts only when no other occurrence of it
  // lies within this many segments on its side (skips "?" and common cognates).
  std::size_t rarity_radius = 24;
  // corridor (1500): target segments either side of the length-proportional diagonal
  // searched for a partner; wider paths are left to the band's widening.
  std::size_t corridor = 1500;
  // max_partners (8): an occurrence with more candidate partners than this is ambiguous
  // and skipped, bounding the pairs at 8 per occurrence.
  std::size_t max_partners = 8;
};

struct ChainPoint {
  std::uint32_t src;  // source segment
  std::uint32_t tgt;  // target segment
};

// The longest monotone chain of anchor pairs, in document order. Deterministic.
std::vector<ChainPoint> AnchorChain(const BitextFeatures& features,
                                    const AnchorChainOptions& options);

// Rows 0..n of the polyline (0, 0) → chain points → (n, m): each row spans the columns
// from its own crossing to the next row's, so steep stretches stay connected.
GuidePath ChainGuide(const std::vector<ChainPoint>& chain, std::size_t n, std::size_t m);

// Band half widths for ChainGuide's rows: `base` at the chain's points, growing by one
// per `rows_per_column` rows away from the nearest one, since the path between two
// anchors may bow (an omission, a run of merges) the more, the longer the stretch.
std::vector<std::size_t> ChainHalfWidths(const std::vector<ChainPoint>& chain, std::size_t n,
                                         std::size_t base, std::size_t rows_per_column = 4);

}  // namespace talign
