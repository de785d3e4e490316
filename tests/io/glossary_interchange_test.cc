// TBX-Basic and CSV export/import of glossaries: round trips of the desk glossary and
// real CAT-tool shapes.
#include <gtest/gtest.h>

#include "talign/base/error.h"
#include "talign/glossary/glossary_yaml.h"
#include "talign/io/csv_glossary.h"
#include "talign/io/tbx_format.h"
#include "test_util/test_data.h"

namespace talign {
namespace {

using testing::SourcePath;

const Language kFr = Language::Parse("fr");
const Language kEn = Language::Parse("en");

Glossary Desk() { return LoadGlossary(SourcePath("glossary/news.fr-en.yaml")); }

// What both formats carry.
void ExpectSameTerms(const Glossary& a, const Glossary& b, bool all_fields) {
  ASSERT_EQ(a.terms.size(), b.terms.size());
  for (std::size_t i = 0; i < a.terms.size(); ++i) {
    const Term &x = a.terms[i], &y = b.terms[i];
    SCOPED_TRACE(x.id);
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.sources, y.sources);
    EXPECT_EQ(x.targets, y.targets);
    EXPECT_EQ(x.forbidden, y.forbidden);
    EXPECT_EQ(x.domains, y.domains);
    EXPECT_EQ(x.definition, y.definition);
    EXPECT_EQ(x.note, y.note);
    if (all_fields) {
      EXPECT_EQ(x.case_sensitive, y.case_sensitive);
      EXPECT_EQ(x.severity, y.severity);
    }
  }
}

TEST(TbxTest, DeskGlossaryRoundTrips) {
  Glossary desk = Desk();
  std::string tbx = GlossaryToTbx(desk);
  EXPECT_NE(tbx.find("<martif type=\"TBX-Basic\" xml:lang=\"fr\">"), std::string::npos);
  std::size_t talibans = tbx.find("<term>Talibans</term>");
  ASSERT_NE(talibans, std::string::npos);
  std::string tig = tbx.substr(talibans, tbx.find("</tig>", talibans) - talibans);
  EXPECT_NE(tig.find(">deprecatedTerm-admn-sts</termNote>"), std::string::npos) << tig;
  Glossary back = GlossaryFromTbx(tbx, "desk.tbx", kFr, kEn);
  ExpectSameTerms(desk, back, false);
  EXPECT_EQ(back.title, desk.title);
  // And the YAML written from it loads under the schema's checks.
  ExpectSameTerms(desk, ParseGlossary(SaveGlossary(back), "back.yaml"), false);
}

TEST(TbxTest, ReadsWhatCatToolsWrite) {
  const char* tbx = R"(<?xml version="1.0"?>
<martif type="TBX-Basic" xml:lang="en-US"><text><body>
<termEntry id="c42">
  <descrip type="subjectField">politics</descrip>
  <langSet xml:lang="en-US"><tig><term>Doha agreement</term></tig></langSet>
  <langSet xml:lang="fr-FR">
    <descrip type="definition">Accord signé à Doha le 29 février 2020.</descrip>
    <ntig><termGrp><term>accord de Doha</term></termGrp></ntig>
  </langSet>
  <langSet xml:lang="en-GB"><tig><term>Doha accord</term>
    <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig></langSet>
  <langSet xml:lang="de"><tig><term>Doha-Abkommen</term></tig></langSet>
</termEntry>
<termEntry>
  <langSet xml:lang="fr"><tig><term>trêve</term></tig></langSet>
</termEntry>
</body></text></martif>)";
  Glossary g = GlossaryFromTbx(tbx, "cat.tbx", kFr, kEn);
  ASSERT_EQ(g.terms.size(), 2u);
  EXPECT_EQ(g.terms[0].id, "c42");
  EXPECT_EQ(g.terms[0].sources, std::vector<std::string>{"accord de Doha"});
  EXPECT_EQ(g.terms[0].targets, std::vector<std::string>{"Doha agreement"});
  EXPECT_EQ(g.terms[0].forbidden, std::vector<std::string>{"Doha accord"});
  EXPECT_EQ(g.terms[0].definition, "Accord signé à Doha le 29 février 2020.");
  EXPECT_EQ(g.terms[0].domains, std::vector<std::string>{"politics"});
  EXPECT_EQ(g.terms[0].where.line, 3u);
  EXPECT_EQ(g.terms[1].id, "treve");
  EXPECT_TRUE(g.terms[1].targets.empty());
}

TEST(TbxTest, ErrorsNameTheFault) {
  const std::pair<const char*, std::size_t> cases[] = {
      {"<martif><text><body>\n<termEntry>\n</body></text></martif>", 3},
      {"<martif><text><body>\n<termEntry><langSet xml:lang=\"en\"><tig><term>x</term></tig>"
       "</langSet></termEntry></body></text></martif>",
       2},
      {"<tmx/>", 0},
  };
  for (const auto& [xml, line] : cases) {
    SCOPED_TRACE(xml);
    try {
      GlossaryFromTbx(xml, "bad.tbx", kFr, kEn);
      ADD_FAILURE() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kData);
      EXPECT_EQ(e.where().line, line) << e.what();
    }
  }
}

TEST(CsvTest, DeskGlossaryRoundTripsEveryColumn) {
  Glossary desk = Desk();
  std::string csv = GlossaryToCsv(desk);
  EXPECT_EQ(
      csv.rfind("id,source,target,forbidden,case_sensitive,severity,domains,definition,note\r\n",
                0),
      0u);
  EXPECT_NE(
      csv.find(
          "\r\ntaliban,taliban,Taliban,Talibans|talibans|Taleban,true,error,politics|conflict,,"),
      std::string::npos);
  ExpectSameTerms(desk, GlossaryFromCsv(csv, "desk.csv", kFr, kEn), true);
}

TEST(CsvTest, FieldsQuoteAsRfc4180) {
  const std::pair<const char*, const char*> cases[] = {
      {"Taliban", "Taliban"},
      {"Kabul, the capital", "\"Kabul, the capital\""},
      {"a \"very good\" relation", "\"a \"\"very good\"\" relation\""},
      {"two\nlines", "\"two\nlines\""},
      {"", ""},
  };
  for (const auto& [field, csv] : cases) {
    EXPECT_EQ(CsvField(field), csv);
    auto rows = ParseCsv(std::string(csv) + ",x\r\n", "t.csv");
    ASSERT_EQ(rows.size(), 1u) << csv;
    EXPECT_EQ(rows[0].fields, (std::vector<std::string>{field, "x"}));
  }
}

TEST(CsvTest, ImportsAnySubsetOfColumns) {
  Glossary g = GlossaryFromCsv(
      "target,source,note\n"
      "Doha agreement|Doha accord,accord de Doha,\"Lower-case \"\"agreement\"\".\nFormal title: "
      "…\"\n"
      "\n"
      "mullah,mollah,\n",
      "short.csv", kFr, kEn);
  ASSERT_EQ(g.terms.size(), 2u);
  EXPECT_EQ(g.terms[0].targets, (std::vector<std::string>{"Doha agreement", "Doha accord"}));
  EXPECT_EQ(g.terms[0].note, "Lower-case \"agreement\".\nFormal title: …");
  EXPECT_EQ(g.terms[0].id, "accord-de-doha");
  EXPECT_EQ(g.terms[1].where.line, 5u);  // the quoted note spans lines 2-3
}

TEST(CsvTest, ErrorsNameTheLine) {
  const std::pair<const char*, std::size_t> cases[] = {
      {"source,targt\nx,y\n", 1},                 // unknown column
      {"target\nTaliban\n", 1},                   // no source column
      {"source,target\ntaliban\n", 2},            // too few fields
      {"source,target\n\"taliban,Taliban\n", 2},  // quote never closed
      {"source,target\n\"taliban\"x,Taliban\n", 2},
      {"source,case_sensitive\ntaliban,maybe\n", 2},
      {"source,severity\ntaliban,fatal\n", 2},
      {"source,target\n,Taliban\n", 2},
  };
  for (const auto& [csv, line] : cases) {
    SCOPED_TRACE(csv);
    try {
      GlossaryFromCsv(csv, "bad.csv", kFr, kEn);
      ADD_FAILURE() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kData);
      EXPECT_EQ(e.where().line, line) << e.what();
    }
  }
}

}  // namespace
}  // namespace talign
