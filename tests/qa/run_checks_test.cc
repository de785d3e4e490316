#include "talign/qa/run_checks.h"

#include <gtest/gtest.h>

#include "qa_test_util.h"
#include "talign/qa/check_registry.h"

namespace talign {
namespace {

using testing::BeadsFromText;
using testing::Segments;

Finding WithSeverity(Severity severity) {
  Finding finding;
  finding.severity = severity;
  return finding;
}

struct FailOnCase {
  const char* fail_on;
  std::vector<Severity> severities;
  bool fails;
};

TEST(RunChecksTest, ReachesFailOn) {
  const FailOnCase cases[] = {
      {"error", {}, false},
      {"error", {Severity::kWarning}, false},
      {"error", {Severity::kWarning, Severity::kError}, true},
      {"warning", {Severity::kWarning}, true},
      {"warning", {}, false},
      {"never", {Severity::kError}, false},
  };
  for (const FailOnCase& c : cases) {
    std::vector<Finding> findings;
    for (Severity s : c.severities) findings.push_back(WithSeverity(s));
    EXPECT_EQ(ReachesFailOn(findings, ParseFailOn(c.fail_on)), c.fails) << c.fail_on;
  }
}

TEST(RunChecksTest, BadFailOnIsAUsageError) { EXPECT_THROW(ParseFailOn("errors"), Error); }

TEST(RunChecksTest, SummarizesCountsAndOrdersByBead) {
  std::vector<Segment> src = Segments({"La frappe.", "Les talibans.", "Un bombardement aérien."});
  std::vector<Segment> tgt = Segments({"The attack.", "The Talibans.", "A bombing."});
  Alignment alignment = BeadsFromText("[0]:[0]\n[1]:[1]\n[2]:[2]");
  CheckContext context = testing::WithLanguages({src, tgt, alignment, &testing::DeskGlossary()});
  // term-forbidden first in the list, yet its bead-1 finding sorts after term-missing's bead 0.
  std::vector<Finding> findings = RunChecks(ParseChecks("term-forbidden,term-missing"), context);
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].check, "term-missing");
  EXPECT_EQ(findings[1].check, "term-forbidden");
  EXPECT_EQ(findings[2].bead, 2u);
  CheckSummary summary = Summarize(context, findings);
  EXPECT_EQ(summary.source_segments, 3u);
  EXPECT_EQ(summary.target_segments, 3u);
  EXPECT_EQ(summary.beads, 3u);
  EXPECT_EQ(summary.findings.errors, 2u);
  EXPECT_EQ(summary.findings.warnings, 1u);
}

// Within a bead, findings follow the order of the check list, whatever order the checks
// run in.
TEST(RunChecksTest, OneBeadsFindingsFollowTheCheckList) {
  std::vector<Segment> src = Segments({"Les talibans condamnent la frappe."});
  std::vector<Segment> tgt = Segments({"The Talibans condemn the attack."});
  Alignment alignment = BeadsFromText("[0]:[0]");
  CheckContext context = testing::WithLanguages({src, tgt, alignment, &testing::DeskGlossary()});
  for (const char* list : {"term-forbidden,term-missing", "term-missing,term-forbidden"}) {
    SCOPED_TRACE(list);
    std::vector<Finding> findings = RunChecks(ParseChecks(list), context);
    ASSERT_EQ(findings.size(), 2u);
    std::string first(list, std::string_view(list).find(','));
    EXPECT_EQ(findings[0].check, first);
    EXPECT_NE(findings[1].check, first);
    EXPECT_EQ(findings[1].bead, 0u);
  }
}

TEST(RunChecksTest, TermCheckWithoutGlossaryIsAUsageError) {
  std::vector<Segment> src = Segments({"a"});
  Alignment alignment = BeadsFromText("[0]:[0]");
  CheckContext context = testing::WithLanguages({src, src, alignment});
  try {
    RunChecks(ParseChecks("term-missing"), context);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUsage);
    EXPECT_NE(e.message().find("--glossary"), std::string::npos);
  }
}

TEST(RunChecksTest, BeadBeyondTheSegmentsIsADataError) {
  std::vector<Segment> src = Segments({"a"});
  Alignment alignment = BeadsFromText("[0]:[0]\n[1]:[]");
  CheckContext context = testing::WithLanguages({src, src, alignment, &testing::DeskGlossary()});
  try {
    RunChecks(ParseChecks(""), context);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kData);
    EXPECT_NE(e.message().find("source segment 1"), std::string::npos) << e.message();
  }
}

}  // namespace
}  // namespace talign
