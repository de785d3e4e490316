// The anchor chain that guides the first pass of long inputs (anchor_chain.h).
#include "talign/align/anchor_chain.h"

#include <gtest/gtest.h>

#include "segments.h"

namespace talign {
namespace {

using testing::Segments;

// Source rows of the chain's points, then their target rows.
std::string Points(const std::vector<ChainPoint>& chain) {
  std::string out;
  for (const ChainPoint& p : chain)
    out += std::to_string(p.src) + ":" + std::to_string(p.tgt) + " ";
  return out;
}

TEST(AnchorChainTest, PairsRareNumbersAndNamesSkipsAnUntranslatedLine) {
  BitextFeatures f = ExtractFeatures(
      Segments({"Le budget atteint 3,5 milliards.", "Publicité", "Vladimir Poutine arrive lundi.",
                "Il reste 1 200 soldats."}),
      Segments({"The budget reaches 3.5 billion.", "Vladimir Putin arrives on Monday.",
                "There are 1,200 soldiers left."}),
      {});
  EXPECT_EQ(Points(AnchorChain(f, {})), "0:0 2:1 3:2 ");
}

TEST(AnchorChainTest, RepeatedTextKeepsItsOwnCopy) {
  // Two copies of the same three lines: a shifted chain would lose a copy's points.
  std::vector<std::string> doc = {"En 2011, 40 morts.", "Kaboul, le 12 mai.", "Un bilan de 7 %."};
  std::vector<std::string> en = {"In 2011, 40 dead.", "Kabul, 12 May.", "A toll of 7%."};
  std::vector<std::string> src = doc, tgt = en;
  src.insert(src.end(), doc.begin(), doc.end());
  tgt.insert(tgt.end(), en.begin(), en.end());
  AnchorChainOptions options;
  options.rarity_radius = 1;
  EXPECT_EQ(Points(AnchorChain(ExtractFeatures(Segments(src), Segments(tgt), {}), options)),
            "0:0 1:1 2:2 3:3 4:4 5:5 ");
}

TEST(ChainGuideTest, RowsFollowThePolylineAndStayConnected) {
  // (0,0) → (2,6) → (4,6) → (5,8): a steep stretch, then a flat one (an omission).
  GuidePath guide = ChainGuide({{2, 6}, {4, 6}}, 5, 8);
  ASSERT_EQ(guide.size(), 6u);
  EXPECT_EQ(guide[0].lo, 0u);
  EXPECT_EQ(guide[0].hi, 3u);
  EXPECT_EQ(guide[1].lo, 3u);
  EXPECT_EQ(guide[1].hi, 6u);
  EXPECT_EQ(guide[3].lo, 6u);
  EXPECT_EQ(guide[3].hi, 6u);
  EXPECT_EQ(guide[5].lo, 8u);
}

}  // namespace
}  // namespace talign
