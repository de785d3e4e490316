// Errors planted into the doc-test news documents of ../shared/data (skipped without them),
// on their gold alignment with the planted sentence folded into a neighbour's bead as
// talign's aligner folds it: one cause gives one finding. A left-out or added sentence is
// reported as such, not again as the numbers and length it takes from its bead; one whose
// length says nothing is found by its words, which the other side does not translate.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "qa_test_util.h"
#include "talign/align/freedict.h"
#include "talign/qa/check_registry.h"
#include "talign/qa/run_checks.h"
#include "test_util/language_resources.h"
#include "test_util/test_data.h"

namespace talign {
namespace {

// The doc-test document whose name starts with `prefix` ("02"): its directory, with a '/'.
std::string DocDir(const std::string& prefix) {
  const std::string dir = testing::SharedPath("data/news-fr-en-dev/doc-test");
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (entry.is_directory() && name.rfind(prefix, 0) == 0) return dir + "/" + name + "/";
  }
  ADD_FAILURE() << "no document " << prefix;
  return dir + "/";
}

// Target line `line` (0-based) of document `prefix`.
std::string TargetLine(const std::string& prefix, std::size_t line) {
  return testing::SegmentsOfLines(testing::ReadFile(DocDir(prefix) + "doc.en"))[line].text;
}

void Replace(std::string& text, const std::string& from, const std::string& to) {
  ASSERT_NE(text.find(from), std::string::npos) << from;
  text.replace(text.find(from), from.size(), to);
}

struct PlantedCase {
  const char* doc;
  const char* what;
  std::function<void(std::vector<Segment>& tgt, Alignment& beads)> plant;
  std::vector<std::string> expected;  // every finding of the document, as testing::Describe
};

TEST(PlantedNewsTest, OneCauseGivesOneFinding) {
  if (!testing::Exists(testing::SharedPath("data/news-fr-en-dev/doc-test"))) GTEST_SKIP();
  // "… 675 new Republican representatives added in 26 States; … 180 bills … in 41 States …"
  const std::string numbers_sentence = TargetLine("00", 8);
  const PlantedCase cases[] = {
      {"02",
       "the translation of src 13 (\"en deux groupes\") deleted, src 13 in the bead of src 14",
       [](std::vector<Segment>& tgt, Alignment& beads) {
         testing::DropTarget(14, tgt, beads);
         testing::MergeWithNext(12, beads);
       },
       {"omission src 13"}},
      {"09",
       "a sentence with six numbers added to the bead of tgt 45",
       [&](std::vector<Segment>& tgt, Alignment& beads) {
         testing::InsertTargetAfter(45, numbers_sentence, tgt, beads);
       },
       {"omission src 7", "addition tgt 46", "addition tgt 47"}},
      {"09",
       "the same sentence added to the bead of tgt 30, whose 2004 became 2005",
       [&](std::vector<Segment>& tgt, Alignment& beads) {
         Replace(tgt[30].text, "since 2004", "since 2005");
         testing::InsertTargetAfter(30, numbers_sentence, tgt, beads);
       },
       {"omission src 7", "number-mismatch src 28", "addition tgt 31", "addition tgt 47"}},
      // 292 vs 301 characters: only FreeDict and the words both sides share tell it apart.
      {"11",
       "a sentence of 03 added before tgt 25, in its bead [24]:[25,26,27]",
       [&](std::vector<Segment>& tgt, Alignment& beads) {
         testing::InsertTargetAfter(24, TargetLine("03", 16), tgt, beads, /*next_bead=*/true);
       },
       {"number-mismatch src 18", "number-mismatch src 24", "addition tgt 25"}},
  };
  const Dictionary dictionary =
      LoadFreeDict(testing::Resources("fr"), testing::Resources("en"));  // as `talign check`
  for (const PlantedCase& c : cases) {
    SCOPED_TRACE(std::string(c.doc) + ": " + c.what);
    const std::string base = DocDir(c.doc);
    std::vector<Segment> src = testing::SegmentsOfLines(testing::ReadFile(base + "doc.fr"));
    std::vector<Segment> tgt = testing::SegmentsOfLines(testing::ReadFile(base + "doc.en"));
    Alignment beads = testing::BeadsFromText(testing::ReadFile(base + "gold.beads"));
    c.plant(tgt, beads);
    CheckContext context = testing::WithLanguages({src, tgt, beads, &testing::DeskGlossary()});
    context.dictionary = &dictionary;
    std::vector<std::string> found;
    for (const Finding& f : RunChecks(ParseChecks("all"), context)) {
      found.push_back(testing::Describe(f));
    }
    EXPECT_EQ(found, c.expected);
  }
}

}  // namespace
}  // namespace talign
