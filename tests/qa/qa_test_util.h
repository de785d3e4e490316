// Small builders for QA tests: segments from sentences, beads from "[0]:[0]" lines.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "talign/align/bead.h"
#include "talign/glossary/glossary.h"
#include "talign/qa/check.h"
#include "talign/text/document.h"
#include "test_util/alignment_score.h"

namespace talign::testing {

// One segment per sentence, indices 0..n-1.
std::vector<Segment> Segments(const std::vector<std::string>& sentences);
// One segment per line of a presegmented file's text.
std::vector<Segment> SegmentsOfLines(const std::string& text);
// The target without segment `t`, and `alignment` renumbered to match.
void DropTarget(std::size_t t, std::vector<Segment>& tgt, Alignment& alignment);
// `text` inserted after target segment `t`, in t's bead or, with `next_bead`, in the bead of
// the segment after it.
void InsertTargetAfter(std::size_t t, const std::string& text, std::vector<Segment>& tgt,
                       Alignment& alignment, bool next_bead = false);
// Bead `b` and the next one made one, as the aligner folds a sentence without a counterpart
// into its neighbour's bead.
void MergeWithNext(std::size_t b, Alignment& alignment);
// "omission src 12", "addition tgt 13": the check and the first segment it is about (the
// target's for an addition or a target-only bead).
std::string Describe(const Finding& finding);
// The desk glossary, loaded once.
const Glossary& DeskGlossary();
// `context` with the languages of its sides (test_util's shared LanguageResources).
CheckContext WithLanguages(CheckContext context, const std::string& src = "fr",
                           const std::string& tgt = "en");
// The findings of `check` on `src` and `tgt` as one 1-1 bead, in these languages.
std::vector<Finding> FindingsOnOneBead(std::unique_ptr<Check> check, const std::string& src,
                                       const std::string& tgt, const std::string& src_lang = "fr",
                                       const std::string& tgt_lang = "en");

// The seed story as its gold files give it: sentences of both sides and the gold beads.
// Skips the test when the corpus is absent.
class SeedCorpusTest : public ::testing::Test {
 protected:
  void SetUp() override;
  std::vector<Segment> src_;
  std::vector<Segment> tgt_;
  Alignment gold_;
};

}  // namespace talign::testing
