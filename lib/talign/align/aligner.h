// Sentence alignment of two segmented documents.
//
//   Alignment a = AlignSegments(src_doc.segments, tgt_doc.segments, AlignerOptions{});
//   // a.beads: monotone, every segment of both sides in exactly one bead.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "talign/align/bead.h"
#include "talign/text/document.h"

namespace talign {

struct AlignerOptions {
  // lexicon (empty): known translation pairs (source term, target term), e.g. from the
  // glossary; each pair found in a candidate bead counts as an anchor.
  std::vector<std::pair<std::string, std::string>> lexicon;
};

Alignment AlignSegments(const std::vector<Segment>& src, const std::vector<Segment>& tgt,
                        const AlignerOptions& options = {});

}  // namespace talign
