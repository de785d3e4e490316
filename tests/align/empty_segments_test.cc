// Blank lines of presegmented input: aligned around, then given back their own beads.
// Sentences from WMT newstest2013 (Le Monde; research use, see
// ../shared/data/news-fr-en-dev/README.md).
#include "talign/align/empty_segments.h"

#include <gtest/gtest.h>

#include "segments.h"
#include "talign/align/aligner.h"

namespace talign {
namespace {

using testing::BeadsText;
using testing::Segments;

TEST(EmptySegmentsTest, DropKeepsTheInputIndices) {
  NonEmpty kept = DropEmpty(Segments({"", "Publicité", " ", "Fin."}));
  ASSERT_EQ(kept.segments.size(), 2u);
  EXPECT_EQ(kept.segments[1].text, "Fin.");
  EXPECT_EQ(kept.index, (std::vector<std::size_t>{1, 3}));
  EXPECT_EQ(kept.total, 4u);
  EXPECT_FALSE(AnyEmpty(kept.segments));
}

TEST(EmptySegmentsTest, RestoreSpansMergesAndGivesTheRestNullBeads) {
  NonEmpty src = DropEmpty(Segments({"a", "", "b", "c", ""}));
  NonEmpty tgt = DropEmpty(Segments({"", "x", "y"}));
  // src kept: a b c (0, 2, 3); tgt kept: x y (1, 2).
  Alignment kept{{{{0, 1}, {0}, 0.9}, {{2}, {1}, 0.8}}};
  Alignment restored = RestoreEmpty(kept, src, tgt, 1.0);
  EXPECT_EQ(BeadsText(restored), "[]:[0] [0,1,2]:[1] [3]:[2] [4]:[]");
  EXPECT_EQ(restored.beads[0].score, 1.0);
  EXPECT_EQ(restored.beads[1].score, 0.9);
}

TEST(EmptySegmentsTest, BlankLinesDoNotMoveTheAlignment) {
  const std::vector<std::string> fr = {
      "Environ 200 000 transactions ont déjà été enregistrées grâce à 15 000 ordinateurs sur "
      "le réseau.",
      "Un petit millier de sites Web acceptent les bitcoins comme dons ou comme moyen de "
      "paiement."};
  const std::vector<std::string> en = {
      "About 200,000 transactions have already been recorded via 15,000 computers on the "
      "network.",
      "Close to a thousand web sites accept bitcoins as donations or means of payment."};
  EXPECT_EQ(BeadsText(AlignSegments(Segments({fr[0], "", fr[1], ""}), Segments(en))),
            "[0]:[0] [1]:[] [2]:[1] [3]:[]");
  EXPECT_EQ(BeadsText(AlignSegments(Segments({"", ""}), Segments({"", fr[0]}))),
            "[]:[0] []:[1] [0]:[] [1]:[]");
}

}  // namespace
}  // namespace talign
