// End to end: strict F1 on the shared dev sets, with the scorer's definitions. Floors are
// the figures scripts/eval_align.sh measured minus a small margin; raise them with the model.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "test_util/alignment_score.h"
#include "segments.h"
#include "talign/align/aligner.h"
#include "test_util/test_data.h"

namespace talign {
namespace {

using namespace talign::testing;

std::vector<std::string> Lines(const std::string& path) {
  std::vector<std::string> lines;
  std::istringstream in(ReadFile(path));
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

void AddPair(const std::string& src, const std::string& tgt, const std::string& gold,
             AlignmentCounts* counts) {
  Alignment a = AlignSegments(Segments(Lines(src)), Segments(Lines(tgt)));
  counts->Add(BeadsFromText(ReadFile(gold)).beads, a.beads);
}

TEST(AlignmentScoreTest, MatchesTheScorerOnAHandCase) {
  std::vector<Bead> gold = BeadsFromText("[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n").beads;
  std::vector<Bead> test = BeadsFromText("[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n[]:[2]\n").beads;
  AlignmentCounts c;
  c.Add(gold, test);
  // Precision strict 3/5, lax 4/5; recall strict 1/2, lax 2/2.
  EXPECT_NEAR(c.StrictF1(), 2 * 0.6 * 0.5 / 1.1, 1e-12);
  EXPECT_NEAR(c.LaxF1(), 2 * 0.8 * 1.0 / 1.8, 1e-12);
}

TEST(DevSetTest, NewsDocTestStrictF1) {
  std::string root = SharedPath("data/news-fr-en-dev/doc-test");
  if (!Exists(root)) GTEST_SKIP() << "no dev data at " << root;
  std::vector<std::string> docs;
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    if (entry.is_directory()) docs.push_back(entry.path().string());
  }
  AlignmentCounts counts;
  for (const std::string& doc : docs) {
    AddPair(doc + "/doc.fr", doc + "/doc.en", doc + "/gold.beads", &counts);
  }
  EXPECT_GE(counts.StrictF1(), 0.975);
  EXPECT_GE(counts.LaxF1(), 0.99);
}

TEST(DevSetTest, TextbergDevStrictF1) {
  std::string dir = SharedPath("data/textberg-dev");
  if (!Exists(dir)) GTEST_SKIP() << "no dev data at " << dir;
  AlignmentCounts counts;
  AddPair(dir + "/dev.de", dir + "/dev.fr", dir + "/dev.defr", &counts);
  EXPECT_GE(counts.StrictF1(), 0.91);
  EXPECT_GE(counts.LaxF1(), 0.98);
}

// Text+Berg's loose translation needs the rarer shapes of bead_shapes.h: gold beads the
// aligner finds only with the 2-3, 3-2 and 1-4 rows.
TEST(DevSetTest, TextbergDevLongBeads) {
  std::string dir = SharedPath("data/textberg-dev");
  if (!Exists(dir)) GTEST_SKIP() << "no dev data at " << dir;
  Alignment a = AlignSegments(Segments(Lines(dir + "/dev.de")), Segments(Lines(dir + "/dev.fr")));
  const Bead kExpected[] = {{{8, 9}, {10, 11, 12}},
                            {{173, 174, 175}, {210, 211}},
                            {{84}, {124, 125, 126, 127}},
                            {{257}, {302, 303, 304, 305}}};
  for (const Bead& bead : kExpected) {
    SCOPED_TRACE(BeadsText({{bead}}));
    EXPECT_NE(std::find(a.beads.begin(), a.beads.end(), bead), a.beads.end());
  }
}

}  // namespace
}  // namespace talign
