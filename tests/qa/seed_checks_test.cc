// End to end on the seed story: the desk glossary over the gold alignment of the reference
// translation finds nothing; one planted French plural is found, once.
#include <gtest/gtest.h>

#include "qa_test_util.h"
#include "talign/qa/check_registry.h"
#include "talign/qa/run_checks.h"
#include "test_util/test_data.h"

namespace talign {
namespace {

using testing::ReadFile;
using testing::SourcePath;

class SeedChecksTest : public testing::SeedCorpusTest {
 protected:
  std::vector<Finding> Check(const std::vector<Segment>& tgt) {
    CheckContext context = testing::WithLanguages({src_, tgt, gold_, &testing::DeskGlossary()});
    return RunChecks(ParseChecks("term-missing,term-forbidden"), context);
  }
};

TEST_F(SeedChecksTest, ReferenceTranslationIsClean) {
  for (const Finding& f : Check(tgt_)) ADD_FAILURE() << f.check << ": " << f.message;
}

TEST_F(SeedChecksTest, PlantedFrenchPluralIsFoundOnce) {
  std::vector<Segment> planted = tgt_;
  std::string& sentence = planted[1].text;  // "… an airstrike on Taliban fighters …"
  std::size_t at = sentence.find("Taliban fighters");
  ASSERT_NE(at, std::string::npos);
  sentence.replace(at, 7, "Talibans");
  std::vector<Finding> findings = Check(planted);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].check, "term-forbidden");
  EXPECT_EQ(findings[0].found, "Talibans");
  EXPECT_EQ(findings[0].target_segments, std::vector<std::size_t>{1});
}

}  // namespace
}  // namespace talign
