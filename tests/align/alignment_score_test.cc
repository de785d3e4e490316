// The test utility's F1 (AlignmentCounts) against ../shared/tools/score_alignment.py's
// definitions, on a hand-made case.
#include "test_util/alignment_score.h"

#include <gtest/gtest.h>

namespace talign {
namespace {

using namespace talign::testing;

TEST(AlignmentScoreTest, MatchesTheScorerOnAHandCase) {
  std::vector<Bead> gold = BeadsFromText("[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n").beads;
  std::vector<Bead> test = BeadsFromText("[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n[]:[2]\n").beads;
  AlignmentCounts c;
  c.Add(gold, test);
  // Precision strict 3/5, lax 4/5; recall strict 1/2, lax 2/2.
  EXPECT_NEAR(c.StrictF1(), 2 * 0.6 * 0.5 / 1.1, 1e-12);
  EXPECT_NEAR(c.LaxF1(), 2 * 0.8 * 1.0 / 1.8, 1e-12);
}

}  // namespace
}  // namespace talign
