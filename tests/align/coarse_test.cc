// The coarse-to-fine pieces (coarse.h) and the lexical cost's row cache.
#include "talign/align/coarse.h"

#include <gtest/gtest.h>

#include "segments.h"
#include "talign/align/lexical_cost.h"
#include "talign/align/lexical_model.h"

namespace talign {
namespace {

using testing::Segments;

TEST(CoarsenTest, ChunksSumCharsAndKeepDistinctAnchors) {  // written for the test
  BitextFeatures f = ExtractFeatures(Segments({"En 2012 ?", "En 2012 !", "Bilan 2013."}),
                                     Segments({"In 2012?", "In 2013."}), {});
  BitextFeatures c = Coarsen(f, 2);
  ASSERT_EQ(c.src.size(), 2u);
  ASSERT_EQ(c.tgt.size(), 1u);
  EXPECT_EQ(c.src[0].chars, f.src[0].chars + f.src[1].chars);
  EXPECT_EQ(c.src[0].anchors.size(), 3u);  // "#2012" once, "?", "!"
  EXPECT_EQ(c.src[1].anchors, f.src[2].anchors);
}

TEST(ProjectGuideTest, CoarseBeadsBecomeBoxes) {
  // Chunks of 2: 1-1, then 1-2, then a 0-1 at the end; 4 source and 8 target segments.
  std::vector<PathBead> coarse = {{{0, 1, 0, 1}}, {{1, 1, 1, 2}}, {{2, 0, 3, 1}}};
  GuidePath guide = ProjectGuide(coarse, 2, 4, 8);
  ASSERT_EQ(guide.size(), 5u);
  EXPECT_EQ(guide[0].lo, 0u);
  EXPECT_EQ(guide[0].hi, 2u);
  EXPECT_EQ(guide[2].lo, 0u);  // shared by the first two boxes
  EXPECT_EQ(guide[2].hi, 6u);
  EXPECT_EQ(guide[4].lo, 2u);
  EXPECT_EQ(guide[4].hi, 8u);
}

TEST(LexicalCostTest, RowCacheGivesTheSameCosts) {  // written for the test
  BitextFeatures f = ExtractFeatures(
      Segments({"la maison bleue", "la voiture rouge", "une maison rouge", "une voiture bleue"}),
      Segments({"the blue house", "the red car", "a red house", "a blue car"}), {});
  std::vector<PathBead> path;
  for (std::size_t k = 0; k < 4; ++k) path.push_back({{k, 1, k, 1}});
  LexicalModel model = TrainLexicalModel(f, path);
  LexicalCost cold(f, model.forward, model.backward, 1.0);
  LexicalCost warm(f, model.forward, model.backward, 1.0);
  for (std::size_t i = 1; i <= 4; ++i) warm.BeginRow(i, 0, 4);
  for (BeadView b :
       {BeadView{3, 1, 3, 1}, BeadView{1, 2, 1, 1}, BeadView{1, 3, 1, 2}, BeadView{2, 1, 1, 3}}) {
    EXPECT_FLOAT_EQ(cold.Cost(b), warm.Cost(b));
  }
  // A merge with a wrong neighbour explains its words worse than the right 1-1 bead.
  EXPECT_GT(cold.Cost({2, 2, 2, 1}) - cold.Cost({3, 1, 3, 1}), cold.Cost({2, 1, 2, 1}));
}

}  // namespace
}  // namespace talign
