#include "talign/align/band.h"

#include <gtest/gtest.h>

#include "talign/align/dp.h"

namespace talign {
namespace {

TEST(BandTest, DiagonalBandKeepsFewCellsAndBothCorners) {
  Band band = Band::AroundPath(DiagonalPath(1000, 800), 10, 800);
  EXPECT_LT(band.cells(), 1001u * 30u);
  EXPECT_TRUE(band.Contains(0, 0));
  EXPECT_TRUE(band.Contains(1000, 800));
  EXPECT_TRUE(band.Contains(500, 400));
  EXPECT_FALSE(band.Contains(500, 100));
  EXPECT_FALSE(band.IsFull());
}

TEST(BandTest, RowsAreMonotoneAndCellsAreDense) {
  Band band = Band::AroundPath(DiagonalPath(50, 70), 3, 70);
  std::size_t expected = 0;
  for (std::size_t i = 0; i < band.rows(); ++i) {
    EXPECT_EQ(band.Cell(i, band.Row(i).lo), expected);
    expected += band.Row(i).hi - band.Row(i).lo + 1;
    if (i > 0) {
      EXPECT_GE(band.Row(i).lo, band.Row(i - 1).lo);
      EXPECT_GE(band.Row(i).hi, band.Row(i - 1).hi);
    }
  }
  EXPECT_EQ(band.cells(), expected);
}

TEST(BandTest, CutEdgesAreOnlyWhereColumnsAreMissing) {
  Band band = Band::AroundPath(DiagonalPath(10, 10), 2, 10);
  EXPECT_FALSE(band.OnCutEdge(0, 0));
  EXPECT_TRUE(band.OnCutEdge(5, band.Row(5).lo));
  EXPECT_TRUE(band.OnCutEdge(5, band.Row(5).hi));
  EXPECT_TRUE(Band::AroundPath(DiagonalPath(10, 10), 10, 10).IsFull());
}

TEST(BandTest, EmptySourceIsOneFullRow) {
  Band band = Band::AroundPath(DiagonalPath(0, 5), 1, 5);
  EXPECT_EQ(band.rows(), 1u);
  EXPECT_EQ(band.cells(), 6u);
}

// A model whose best path is 10 target segments off the diagonal: the band must widen.
class OffsetCost : public CostComponent {
 public:
  double Cost(const BeadView& b) const override {
    if (b.src_count == 1 && b.tgt_count == 1) return b.tgt_begin == b.src_begin + 10 ? -5.0 : 1.0;
    return 1.0;
  }
};

TEST(AlignInBandTest, WidensUntilThePathIsFree) {
  CostModel model;
  model.Add(std::make_unique<OffsetCost>());
  std::vector<PathBead> path = AlignInBand(model, 60, DiagonalPath(50, 60), 3);
  std::size_t shifted = 0;
  for (const PathBead& b : path) {
    shifted +=
        b.view.src_count == 1 && b.view.tgt_count == 1 && b.view.tgt_begin == b.view.src_begin + 10;
  }
  EXPECT_EQ(shifted, 50u);
}

TEST(PathToGuideTest, GuideFollowsThePath) {
  std::vector<PathBead> path = {{{0, 1, 0, 1}}, {{1, 0, 1, 1}}, {{1, 2, 2, 1}}};
  GuidePath guide = PathToGuide(path, 3);
  EXPECT_EQ(guide[1].lo, 1u);
  EXPECT_EQ(guide[1].hi, 2u);  // the 0-1 bead stays in row 1
  EXPECT_EQ(guide[3].hi, 3u);
}

}  // namespace
}  // namespace talign
