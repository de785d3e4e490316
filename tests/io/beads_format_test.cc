#include "talign/io/beads_format.h"

#include <gtest/gtest.h>

#include "talign/base/error.h"

namespace talign {
namespace {

TEST(ParseBeads, ReadsEveryShapeAndTextBergSpacing) {
  Alignment a =
      ParseBeads("[0]:[0]\n[1,2]:[1]\n[3]:[]\n[]:[2]\n[4]:[3, 4, 5]:0.156\n\n", "g", 5, 6);
  ASSERT_EQ(a.beads.size(), 5u);
  EXPECT_EQ(a.beads[1].src, (std::vector<std::size_t>{1, 2}));
  EXPECT_TRUE(a.beads[2].tgt.empty());
  EXPECT_TRUE(a.beads[3].src.empty());
  EXPECT_EQ(a.beads[4].tgt, (std::vector<std::size_t>{3, 4, 5}));
}

TEST(ParseBeads, RoundTripsThroughFormat) {
  const std::string text = "[0]:[0]\n[1,2]:[1]\n[3]:[]\n[]:[2]\n";
  EXPECT_EQ(FormatBeads(ParseBeads(text, "g", 4, 3)), text);
}

TEST(ParseBeads, ErrorsNameFileAndLine) {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"[0]:[0]\n0:0\n", "gold.beads:2: expected a bead"},
      {"[0]:[0]\n[1]-[1]\n", "gold.beads:2: expected a bead"},
      {"[0]:[x]\n", "gold.beads:1: expected a bead"},
      {"[0]:[0]\n[9]:[1]\n", "gold.beads:2: source index 9 is past the last segment"},
      {"[0]:[0]\n[1]:[0]\n", "gold.beads:2: target segment 0 is in two beads"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    try {
      ParseBeads(c.text, "gold.beads", 3, 3);
      FAIL() << "accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kData);
      EXPECT_EQ(std::string(e.what()).rfind(c.expected, 0), 0u) << e.what();
    }
  }
}

}  // namespace
}  // namespace talign
