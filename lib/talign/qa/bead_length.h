// The lengths the bead checks compare: characters without spaces, and the document's own
// source/target ratio, so that French running ~15% longer than English is no finding.
//
//   double ratio = DocumentRatio(context);          // median over two-sided beads
//   MergedOrphans(context, bead, ratio, true);  // source sentences folded in, if any
#pragma once

#include <cstddef>
#include <vector>

#include "talign/qa/check.h"

namespace talign {

// Code points other than spaces in the segments `which`.
std::size_t Characters(const std::vector<Segment>& segments, const std::vector<std::size_t>& which);

// Source over target characters, the median over two-sided beads; 1.15 with too few.
double DocumentRatio(const CheckContext& context);

// A bead with several segments on one side can hide an omission (source side) or an
// addition (target side): the aligner folds sentences that have no counterpart into their
// neighbour's bead when that costs less than one-sided beads. The run of first or last
// segments of that side (one or more, never all), when the side is much longer than the
// other and is as long as the other without them; empty otherwise.
std::vector<std::size_t> MergedOrphans(const CheckContext& context, const Bead& bead, double ratio,
                                       bool source);

// The segments of a side with several (source: bead.src) whose words the other side does not
// translate while it translates their bead-mates' (translation_evidence.h); empty without
// context.dictionary. Finds the sentence added or left out where lengths say nothing.
std::vector<std::size_t> UntranslatedMates(const CheckContext& context, const Bead& bead,
                                           bool source);

}  // namespace talign
