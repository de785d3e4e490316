// Coarse-to-fine search (as vecalign's): the same bitext with every `chunk` consecutive
// segments of each side merged into one, aligned cheaply, then projected back as a guide
// for a narrow band at full resolution. Keeps long inputs linear: a 400-segment
// untranslated block is 50 chunks of 8 at the next level up, 7 at the one above.
//
//   BitextFeatures coarse = Coarsen(features, 8);
//   std::vector<PathBead> coarse_path = AlignInBand(model_of(coarse), …);
//   GuidePath guide = ProjectGuide(coarse_path, 8, n, m);
#pragma once

#include <cstddef>
#include <vector>

#include "talign/align/band.h"
#include "talign/align/dp.h"
#include "talign/align/segment_features.h"

namespace talign {

// Chunk c of a side holds segments [c·chunk, (c+1)·chunk): chars summed, the distinct
// anchors of its segments (sorted). Words are left empty: coarse levels use no lexical model.
BitextFeatures Coarsen(const BitextFeatures& features, std::size_t chunk);

// For each fine row 0..n, the fine columns of the coarse beads that cover it: a coarse
// bead of chunks [i, i+a) × [j, j+b) becomes the box of rows [i·chunk, (i+a)·chunk] and
// columns [j·chunk, (j+b)·chunk], clipped to n and m.
GuidePath ProjectGuide(const std::vector<PathBead>& coarse_path, std::size_t chunk, std::size_t n,
                       std::size_t m);

}  // namespace talign
