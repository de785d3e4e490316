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
// The desk glossary, loaded once.
const Glossary& DeskGlossary();
// `context` with the languages of its sides (test_util's shared LanguageResources).
CheckContext WithLanguages(CheckContext context, const std::string& src = "fr",
                           const std::string& tgt = "en");

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
