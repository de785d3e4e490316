#include "talign/io/alignment_formats.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>

namespace talign {
namespace {

Document Doc(const char* lang, std::vector<std::string> texts) {
  Document doc{"", Language::Parse(lang), "", {}};
  for (std::size_t i = 0; i < texts.size(); ++i) doc.segments.push_back({i, 0, {}, texts[i]});
  return doc;
}

class AlignmentFormatsTest : public ::testing::Test {
 protected:
  Document src_ = Doc("fr", {"Publicité", "Les talibans ont attaqué.",
                             "Au moins 20 soldats sont morts.", "C'est la première frappe."});
  Document tgt_ =
      Doc("en", {"The Taliban attacked & at least 20 soldiers died.", "It is the first <strike>."});
  Alignment alignment_{{{{0}, {}, 0.9}, {{1, 2}, {0}, 0.8}, {{3}, {1}, 0.95}}};
  AlignedPair pair_{src_, tgt_, alignment_};

  std::string Write(AlignmentFormat format) {
    std::ostringstream out;
    WriteAlignment(out, format, pair_);
    return out.str();
  }
};

TEST_F(AlignmentFormatsTest, ParsesFormatNames) {
  EXPECT_EQ(ParseAlignmentFormat("tmx"), AlignmentFormat::kTmx);
  EXPECT_EQ(ParseAlignmentFormat("moses"), AlignmentFormat::kMoses);
  EXPECT_EQ(ParseAlignmentFormat("xliff"), std::nullopt);
}

TEST_F(AlignmentFormatsTest, TsvJoinsBeadSegmentsWithOneSpace) {
  EXPECT_EQ(Write(AlignmentFormat::kTsv),
            "Publicité\t\n"
            "Les talibans ont attaqué. Au moins 20 soldats sont morts.\t"
            "The Taliban attacked & at least 20 soldiers died.\n"
            "C'est la première frappe.\tIt is the first <strike>.\n");
}

TEST_F(AlignmentFormatsTest, JsonHasSpecShape) {
  auto json = nlohmann::json::parse(Write(AlignmentFormat::kJson));
  EXPECT_EQ(json["source_segments"].size(), 4u);
  EXPECT_EQ(json["target_segments"][1], "It is the first <strike>.");
  ASSERT_EQ(json["beads"].size(), 3u);
  EXPECT_EQ(json["beads"][1]["source"], nlohmann::json({1, 2}));
  EXPECT_EQ(json["beads"][0]["target"], nlohmann::json::array());
  EXPECT_DOUBLE_EQ(json["beads"][2]["score"].get<double>(), 0.95);
}

TEST_F(AlignmentFormatsTest, TmxIsTmx14bWithEscapedSegments) {
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_string(Write(AlignmentFormat::kTmx).c_str()));
  pugi::xml_node tmx = xml.child("tmx");
  EXPECT_STREQ(tmx.attribute("version").value(), "1.4");
  pugi::xml_node header = tmx.child("header");
  for (const char* required : {"creationtool", "creationtoolversion", "segtype", "o-tmf",
                               "adminlang", "srclang", "datatype"}) {
    EXPECT_FALSE(header.attribute(required).empty()) << required;
  }
  EXPECT_STREQ(header.attribute("srclang").value(), "fr");
  // Only beads with both sides become translation units.
  auto units = tmx.child("body").children("tu");
  ASSERT_EQ(std::distance(units.begin(), units.end()), 2);
  pugi::xml_node last = tmx.child("body").last_child();
  EXPECT_STREQ(last.first_child().attribute("xml:lang").value(), "fr");
  EXPECT_STREQ(last.last_child().child_value("seg"), "It is the first <strike>.");
}

TEST_F(AlignmentFormatsTest, MosesSidesHaveOneLinePerTwoSidedBead) {
  std::ostringstream src, tgt;
  WriteMosesSide(src, pair_, Side::kSource);
  WriteMosesSide(tgt, pair_, Side::kTarget);
  EXPECT_EQ(
      src.str(),
      "Les talibans ont attaqué. Au moins 20 soldats sont morts.\nC'est la première frappe.\n");
  EXPECT_EQ(tgt.str(),
            "The Taliban attacked & at least 20 soldiers died.\nIt is the first <strike>.\n");
}

}  // namespace
}  // namespace talign
