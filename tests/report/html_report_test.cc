#include "talign/report/html_report.h"

#include <gtest/gtest.h>

#include <sstream>

#include "qa_test_util.h"
#include "talign/qa/check_registry.h"

namespace talign {
namespace {

TEST(HtmlEscapeTest, EscapesEveryMarkupCharacter) {
  const std::pair<const char*, const char*> cases[] = {
      {"", ""},
      {"Les États-Unis", "Les États-Unis"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"AT&T", "AT&amp;T"},
      {"a \"very good relationship\"", "a &quot;very good relationship&quot;"},
      {"Taliban's", "Taliban&#39;s"},
      {"&amp;", "&amp;amp;"},  // already-escaped text is text
      {"« 5 000 »", "« 5 000 »"},
  };
  for (const auto& [text, html] : cases) EXPECT_EQ(HtmlEscape(text), html) << text;
}

Segment Seg(std::size_t index, std::string text) {
  Segment s;
  s.index = index;
  s.text = std::move(text);
  return s;
}

class HtmlReportTest : public ::testing::Test {
 protected:
  HtmlReportTest() {
    AppendPair(corpus_, {"a.fr", "a.en"},
               {Seg(0, "Ils exhortent les talibans à <cesser>."), Seg(1, "Publicité")},
               {Seg(0, "They urge the Talibans & Talibans to <stop>.")},
               Alignment{{{{0}, {0}, 0.9}, {{1}, {}, 0.5}}});
    Finding forbidden{"term-forbidden",
                      Severity::kError,
                      0,
                      {0},
                      {0},
                      "taliban",
                      "Talibans",
                      {"Taliban"},
                      "forbidden form `Talibans` <for> `taliban`",
                      {},
                      {}};  // no spans: the found words are searched for
    Finding omission{"omission", Severity::kWarning, 1,  {1}, {}, "", "",
                     {},         "no translation",   {}, {}};
    report_ = std::make_unique<CheckReport>(
        MakeCheckReport(corpus_, {"term-forbidden", "omission"}, {forbidden, omission}, {}));
    std::ostringstream out;
    WriteReportHtml(out, *report_);
    html_ = out.str();
  }
  std::size_t Count(const std::string& what) const {
    std::size_t n = 0;
    for (auto at = html_.find(what); at != std::string::npos; at = html_.find(what, at + 1)) ++n;
    return n;
  }
  Corpus corpus_;
  std::unique_ptr<CheckReport> report_;
  std::string html_;
};

TEST_F(HtmlReportTest, MarksEveryOccurrenceOfTheFoundWords) {
  EXPECT_EQ(Count("<mark class=\"error\" data-finding=\"0\""), 2u) << html_;
  EXPECT_EQ(Count(">Talibans</mark>"), 2u);
  EXPECT_EQ(Count("<mark"),
            2u);  // not the source's "talibans": term-forbidden's words are the target's
}

TEST_F(HtmlReportTest, TextIsEscapedAndBeadsCarryTheirSeverity) {
  EXPECT_NE(html_.find("à &lt;cesser&gt;."), std::string::npos);
  EXPECT_NE(html_.find("</mark> &amp; <mark"), std::string::npos);
  EXPECT_NE(html_.find("<q>Talibans</q> &lt;for&gt; <q>taliban</q>"), std::string::npos);
  EXPECT_EQ(html_.find("<cesser>"), std::string::npos);
  EXPECT_NE(html_.find("<tr id=\"b0\" class=\"bead error\">"), std::string::npos);
  EXPECT_NE(html_.find("<tr id=\"b1\" class=\"bead warning\">"), std::string::npos);
}

TEST_F(HtmlReportTest, SummarisesPerCheckAndShowsFingerprints) {
  EXPECT_NE(
      html_.find(
          "<tr data-check=\"term-forbidden\"><td>term-forbidden</td><td class=\"count\">1</td>"
          "<td class=\"count\">0</td></tr>"),
      std::string::npos);
  EXPECT_NE(html_.find("<tr data-check=\"omission\"><td>omission</td><td class=\"count\">0</td>"
                       "<td class=\"count\">1</td></tr>"),
            std::string::npos);
  for (const std::string& fp : report_->fingerprints) EXPECT_EQ(Count(fp), 1u) << fp;
  // The text report's summary line, singulars included.
  EXPECT_NE(html_.find("<p class=\"totals\">1 error, 1 warning in 2 beads (2 source, 1 target "
                       "segments)</p>"),
            std::string::npos)
      << html_;
}

TEST_F(HtmlReportTest, StandsAlone) {
  for (const char* absent : {"<script", "<link", "src=", "url(", "@import", "http"}) {
    EXPECT_EQ(html_.find(absent), std::string::npos) << absent;
  }
}

// A number finding's two sides are marked where the check read them: not the `14` both
// sides share, and each side its own figure although they are written differently.
TEST(HtmlNumberMarksTest, BothSidesOfANumberFindingAreMarkedFromItsSpans) {
  struct Case {
    const char* src;
    const char* tgt;
    const char* src_mark;
    const char* tgt_mark;
  };
  const Case cases[] = {
      {"Le bilan est passé de 14 à 24 morts, selon la police de Kaboul.",
       "The toll rose from 14 to 42 dead, police in Kabul said.", "24", "42"},
      {"Le groupe a levé 6 M$ auprès de 14 investisseurs.",
       "The group raised $9m from 14 investors.", "6 M$", "$9m"},
      {"Les 1 200 habitants du village ont été évacués.",
       "The village's 12,000 residents were evacuated.", "1 200", "12,000"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.src);
    Corpus corpus;
    AppendPair(corpus, {"a.fr", "a.en"}, testing::Segments({c.src}), testing::Segments({c.tgt}),
               testing::BeadsFromText("[0]:[0]"));
    CheckContext context =
        testing::WithLanguages({corpus.src, corpus.tgt, corpus.alignment, nullptr});
    CheckReport report = MakeCheckReport(corpus, {"number-mismatch"},
                                         RunChecks(ParseChecks("number-mismatch"), context), {});
    ASSERT_EQ(report.findings.size(), 1u);
    std::ostringstream out;
    WriteReportHtml(out, report);
    const std::string html = out.str();
    const std::string src_row = html.substr(html.find("<td class=\"src\">"));
    const std::string tgt_row = html.substr(html.find("<td class=\"tgt\">"));
    const std::string mark = "<mark class=\"error\" data-finding=\"0\"";
    EXPECT_NE(src_row.find(">" + HtmlEscape(c.src_mark) + "</mark>"), std::string::npos) << html;
    EXPECT_NE(tgt_row.find(">" + HtmlEscape(c.tgt_mark) + "</mark>"), std::string::npos) << html;
    std::size_t marks = 0;
    for (auto at = html.find(mark); at != std::string::npos; at = html.find(mark, at + 1)) ++marks;
    EXPECT_EQ(marks, 2u) << html;
    EXPECT_EQ(html.find(">14</mark>"), std::string::npos);
  }
}

}  // namespace
}  // namespace talign
