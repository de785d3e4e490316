// Checks on the shape of the alignment (warnings):
//   omission:     a 1-0 (n-0) bead, unless its source is page furniture (page_furniture.h)
//                 or a line of a few words; or a source sentence folded into a neighbour's
//                 bead (bead_length.h: MergedOrphans by length, UntranslatedMates by words)
//                 that the bead's target translates too rarely for this document
//                 (translation_evidence.h: UnlikelyTranslated);
//   addition:     a 0-1 (0-n) bead, unless furniture, a few words, or in the source language
//                 (the untranslated check reports that); or a target sentence so folded;
//   length-ratio: a two-sided bead whose sides differ in length too much to translate each
//                 other (the document's own source/target ratio factored out).
#pragma once

#include <memory>

#include "talign/qa/check.h"

namespace talign {

std::unique_ptr<Check> MakeOmissionCheck();
std::unique_ptr<Check> MakeAdditionCheck();
std::unique_ptr<Check> MakeLengthRatioCheck();

}  // namespace talign
