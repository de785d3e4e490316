// UnlikelyTranslated: the runs of sentences folded into a bead, with their content words
// translated by the bead's other side (FreeDict) and the document's translated share, as
// measured on the dev data; a sentence planted or left out is unlikely to be a translation,
// a condensed or rephrased one is not.
#include "talign/qa/translation_evidence.h"

#include <gtest/gtest.h>

namespace talign {
namespace {

TEST(TranslationEvidenceTest, UnlikelyTranslatedScalesWithTheDocument) {
  struct Row {
    const char* what;
    Translated count;
    double share;
    bool unlikely;
  };
  const Row rows[] = {
      {"news: sentence planted into a bead (doc-test 09)", {53, 2}, 0.54, true},
      {"news: target sentence deleted (doc-test 11)", {14, 1}, 0.49, true},
      {"news: foreign sentence planted (doc-test 11)", {10, 0}, 0.53, true},
      {"Emma: French translation leaves the sentence out", {61, 5}, 0.33, true},
      {"Emma: French translation leaves it out, few words", {23, 3}, 0.33, true},
      {"Jane Eyre: added English sentence", {8, 0}, 0.40, true},
      {"Jane Eyre: \"-- Quelle honte ! quelle honte !\" rephrased", {4, 0}, 0.41, false},
      {"Emma: \"I think very well of Mr. Elton\" in a 1-2 bead", {8, 1}, 0.33, false},
      {"Mohicans: one French sentence split into three", {11, 4}, 0.43, false},
      {"the same run, in a document translated word for word", {11, 4}, 0.9, true},
      {"no content words", {0, 0}, 0.5, false},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.what);
    EXPECT_EQ(UnlikelyTranslated(row.count, row.share), row.unlikely);
  }
}

}  // namespace
}  // namespace talign
