// The text and HTML reports of one check run place every finding the same way: SPEC's
// 0-based bead and segment indices, counted across the whole corpus.
#include <gtest/gtest.h>

#include <sstream>

#include "qa_test_util.h"
#include "talign/qa/check_registry.h"
#include "talign/report/findings_format.h"
#include "talign/report/html_report.h"

namespace talign {
namespace {

using testing::BeadsFromText;
using testing::Segments;

// The HTML table row of bead `b`, from its <tr> to its </tr>.
std::string BeadRow(const std::string& html, std::size_t b) {
  const std::size_t at = html.find("<tr id=\"b" + std::to_string(b) + "\"");
  if (at == std::string::npos) return "";
  return html.substr(at, html.find("</tr>", at) - at);
}

TEST(ReportNumberingTest, TextAndHtmlPlaceEveryFindingAlike) {
  // Two articles: the second's indices follow the first's, and its first bead is a 2-1 merge.
  Corpus corpus;
  AppendPair(corpus, {"a.fr", "a.en"},
             Segments({"C'est la première frappe américaine depuis l'accord signé samedi.",
                       "Le président a parlé avec le mollah Baradar."}),
             Segments({"It was the first US strike since the agreement was signed on Saturday.",
                       "The president spoke with Mullah Baradar."}),
             BeadsFromText("[0]:[0]\n[1]:[1]"));
  AppendPair(corpus, {"b.fr", "b.en"},
             Segments({"Ils exhortent les talibans.", "Ils veulent la paix.",
                       "L'attaque a fait 14 morts à Kaboul."}),
             Segments({"They urge the Talibans, who want peace.",
                       "The attack killed 41 people in Kabul."}),
             BeadsFromText("[0,1]:[0]\n[2]:[1]"));
  CheckContext context =
      testing::WithLanguages({corpus.src, corpus.tgt, corpus.alignment, &testing::DeskGlossary()});
  CheckReport report = MakeCheckReport(corpus, {"term-forbidden", "number-mismatch"},
                                       RunChecks(ParseChecks(""), context), {});
  ASSERT_EQ(report.findings.size(), 2u);
  std::ostringstream text_out, html_out;
  WriteReportText(text_out, report);
  WriteReportHtml(html_out, report);
  const std::string text = text_out.str(), html = html_out.str();

  const struct {
    const char* check;
    const char* place;
    std::size_t bead;
    std::vector<std::size_t> source, target;
  } expected[] = {
      {"term-forbidden", "bead 2 (source 2, 3; target 2)", 2, {2, 3}, {2}},
      {"number-mismatch", "bead 3 (source 4; target 3)", 3, {4}, {3}},
  };
  for (const auto& e : expected) {
    SCOPED_TRACE(e.check);
    EXPECT_NE(text.find(std::string(e.check) + " at " + e.place + " "), std::string::npos) << text;
    EXPECT_NE(html.find(std::string(e.check) + "</b> at <a href=\"#b" + std::to_string(e.bead) +
                        "\">" + e.place + "</a>"),
              std::string::npos)
        << html;
    const std::string row = BeadRow(html, e.bead);
    for (std::size_t s : e.source) {
      EXPECT_NE(text.find("  source " + std::to_string(s) + ": " + corpus.src[s].text),
                std::string::npos);
      EXPECT_NE(row.find("<td class=\"src\">"), std::string::npos) << row;
      EXPECT_NE(row.find("data-segment=\"" + std::to_string(s) + "\"><span class=\"i\">" +
                         std::to_string(s) + "</span>"),
                std::string::npos)
          << row;
    }
    for (std::size_t s : e.target) {
      EXPECT_NE(text.find("  target " + std::to_string(s) + ": " + corpus.tgt[s].text),
                std::string::npos);
      const std::string tgt_side = row.substr(row.find("<td class=\"tgt\">"));
      EXPECT_NE(tgt_side.find("data-segment=\"" + std::to_string(s) + "\"><span class=\"i\">" +
                              std::to_string(s) + "</span>"),
                std::string::npos)
          << row;
    }
  }
}

// A sentence of the seed's English added before the translation of its third sentence, in
// its bead: the text report shows it with the translation it sits beside, the HTML report
// marks the whole of it, and its numbers are not reported again (qa/same_cause.h).
TEST(ReportNumberingTest, ASentenceFoldedIntoABeadIsShownWithItsBeadMates) {
  const std::vector<std::string> fr = {
      "C'est la première frappe américaine depuis l'accord signé samedi par Washington et les "
      "taliban en vue d'un retrait militaire américain du pays."};
  const std::vector<std::string> en = {
      "The agreement includes a commitment by the government in Kabul to release 5,000 Taliban "
      "prisoners in exchange for 1,000 captives.",
      "It was the first US strike since Washington and the Taliban signed an agreement on "
      "Saturday paving the way for a US military withdrawal from the country."};
  Corpus corpus;
  AppendPair(corpus, {"a.fr", "a.en"}, Segments(fr), Segments(en), BeadsFromText("[0]:[0,1]"));
  CheckContext context =
      testing::WithLanguages({corpus.src, corpus.tgt, corpus.alignment, &testing::DeskGlossary()});
  CheckReport report = MakeCheckReport(corpus, {"all"}, RunChecks(ParseChecks(""), context), {});
  std::ostringstream text_out, html_out;
  WriteReportText(text_out, report);
  WriteReportHtml(html_out, report);
  const std::string text = text_out.str(), html = html_out.str();
  ASSERT_EQ(report.findings.size(), 1u) << text;
  EXPECT_EQ(report.findings[0].check, "addition");
  for (const std::string& line :
       {"  target 0: " + en[0] + "\n", "  target 1 (rest of the bead): " + en[1] + "\n"}) {
    EXPECT_NE(text.find(line), std::string::npos) << line << "\n" << text;
  }
  const std::string row = BeadRow(html, 0);
  EXPECT_NE(row.find(">" + HtmlEscape(en[0]) + "</mark>"), std::string::npos) << row;
  EXPECT_EQ(row.find("</mark>"), row.rfind("</mark>")) << row;  // the translation is not marked
}

}  // namespace
}  // namespace talign
