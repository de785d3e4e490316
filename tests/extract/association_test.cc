#include "talign/extract/association.h"

#include <gtest/gtest.h>

#include "talign/extract/candidate_ranking.h"

namespace talign {
namespace {

struct ScoreCase {
  std::size_t pair, src, tgt;
  double dice, score;
};

const ScoreCase kCases[] = {
    {8, 10, 10, 0.8, 0.64},        {2, 2, 2, 1.0, 0.5},  // perfect but rare
    {200, 210, 210, 0.952, 0.943},                       // near perfect and frequent: ranked above
    {0, 5, 5, 0.0, 0.0},           {0, 0, 0, 0.0, 0.0},
};

TEST(AssociationTest, DiceAndShrunkScore) {
  for (const ScoreCase& c : kCases) {
    SCOPED_TRACE(std::to_string(c.pair) + "/" + std::to_string(c.src));
    EXPECT_NEAR(Dice(c.pair, c.src, c.tgt), c.dice, 1e-3);
    EXPECT_NEAR(PairScore(c.pair, c.src, c.tgt), c.score, 1e-3);
  }
}

TEST(AssociationTest, ExcerptCutsAtASpace) {
  EXPECT_EQ(Excerpt("Les talibans ont repris", 100), "Les talibans ont repris");
  EXPECT_EQ(Excerpt("Les talibans ont repris", 14), "Les talibans …");
  EXPECT_EQ(Excerpt("négociations", 2), "n …");  // never inside a UTF-8 sequence
}

}  // namespace
}  // namespace talign
