// The diagonal prior's scales of a bead's segments (diagonal_prior.h).
#include "talign/align/diagonal_prior.h"

#include <gtest/gtest.h>

#include <vector>

namespace talign {
namespace {

struct Case {
  const char* name;
  std::size_t n;               // words of the segment alone on its side
  std::vector<float> ends;     // the other side's segments, as ends of [0, 1]
  std::size_t favoured_first;  // the segment its first block leans on
  std::size_t favoured_last;   // and its last block
};

TEST(DiagonalPriorTest, EachBlockLeansOnTheSegmentFacingIt) {
  const Case cases[] = {
      {"halves", 9, {0.5f, 1.0f}, 0, 1},
      {"short then long", 12, {0.2f, 1.0f}, 0, 1},
      {"three segments", 30, {0.3f, 0.7f, 1.0f}, 0, 2},
      {"two words", 2, {0.5f, 1.0f}, 0, 1},
  };
  DiagonalPrior prior(4.0);
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const std::size_t parts = c.ends.size(), blocks = DiagonalPrior::Blocks(c.n);
    float scale[5 * DiagonalPrior::kBlocks];
    prior.Scales(c.n, c.ends.data(), parts, scale);
    for (std::size_t b = 0; b < blocks; ++b) {
      // The prior's masses on the segments, scale × width, sum to 1.
      double mass = 0.0;
      for (std::size_t a = 0; a < parts; ++a) {
        mass += scale[a * DiagonalPrior::kBlocks + b] * (c.ends[a] - (a ? c.ends[a - 1] : 0.0f));
      }
      EXPECT_NEAR(mass, 1.0, 1e-5);
    }
    EXPECT_GT(scale[c.favoured_first * DiagonalPrior::kBlocks], 1.0f);
    EXPECT_LT(scale[c.favoured_last * DiagonalPrior::kBlocks], 1.0f);
    EXPECT_GT(scale[c.favoured_last * DiagonalPrior::kBlocks + blocks - 1], 1.0f);
  }
}

TEST(DiagonalPriorTest, NoTensionScalesNothing) {
  const float ends[] = {0.25f, 1.0f};
  float scale[2 * DiagonalPrior::kBlocks];
  DiagonalPrior(0.0).Scales(20, ends, 2, scale);
  for (std::size_t a = 0; a < 2; ++a) {
    for (std::size_t b = 0; b < DiagonalPrior::kBlocks; ++b) {
      EXPECT_FLOAT_EQ(scale[a * DiagonalPrior::kBlocks + b], 1.0f);
    }
  }
}

}  // namespace
}  // namespace talign
