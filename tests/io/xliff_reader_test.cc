#include "talign/io/xliff_reader.h"

#include <gtest/gtest.h>

#include "talign/base/error.h"

namespace talign {
namespace {

const Language kFr = Language::Parse("fr");
const Language kEn = Language::Parse("en");

std::vector<std::string> Texts(const std::vector<Segment>& segments) {
  std::vector<std::string> texts;
  for (const Segment& s : segments) texts.push_back(s.text);
  return texts;
}

TEST(ParseXliff, Version12UnitsWithInlineCodesAndGroups) {
  const char* xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="fr-FR" target-language="en-US" datatype="plaintext" original="article.txt">
    <body>
      <trans-unit id="1"><source>Le mollah <g id="b">Baradar</g> a parlé.</source>
        <target>Mullah <g id="b">Baradar</g> spoke.</target></trans-unit>
      <group id="g1">
        <trans-unit id="2"><source>Au moins <ph id="p">&lt;b&gt;</ph>20 soldats.</source>
          <target>At least 20 soldiers.</target></trans-unit>
      </group>
      <trans-unit id="3"><source>Publicité</source></trans-unit>
    </body>
  </file>
</xliff>)";
  ParallelSegments units = ParseXliff(xml, "job.xlf", kFr, kEn);
  EXPECT_EQ(Texts(units.src), (std::vector<std::string>{"Le mollah Baradar a parlé.",
                                                        "Au moins 20 soldats.", "Publicité"}));
  EXPECT_EQ(Texts(units.tgt),
            (std::vector<std::string>{"Mullah Baradar spoke.", "At least 20 soldiers."}));
  ASSERT_EQ(units.alignment.beads.size(), 3u);
  EXPECT_EQ(units.alignment.beads[2].src, std::vector<std::size_t>{2});
  EXPECT_TRUE(units.alignment.beads[2].tgt.empty());
}

TEST(ParseXliff, Version2Segments) {
  const char* xml =
      R"(<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="en">
  <file id="f1"><unit id="u1">
    <segment><source>Les talibans ont attaqué.</source><target>The Taliban attacked.</target></segment>
    <segment><source>Kaboul <pc id="1">refuse</pc><ph id="2"/>.</source><target>Kabul <pc id="1">refuses</pc>.</target></segment>
  </unit></file>
</xliff>)";
  ParallelSegments units = ParseXliff(xml, "job.xlf", kFr, kEn);
  EXPECT_EQ(Texts(units.src),
            (std::vector<std::string>{"Les talibans ont attaqué.", "Kaboul refuse."}));
  EXPECT_EQ(Texts(units.tgt),
            (std::vector<std::string>{"The Taliban attacked.", "Kabul refuses."}));
}

TEST(ParseXliff, ErrorsNameTheFileAndWhatIsWrong) {
  struct Case {
    const char* xml;
    const char* expected;
  };
  const Case cases[] = {
      {"<xliff version=\"1.2\">\n<file>\n<body><trans-unit>", "job.xlf:3: malformed XLIFF"},
      {"<tmx version=\"1.4\"/>", "job.xlf: not XLIFF: the root element is not <xliff>"},
      {"<xliff version=\"3.0\"/>", "job.xlf: unsupported XLIFF version `3.0`"},
      {"<xliff version=\"2.0\" srcLang=\"de\" trgLang=\"en\"><file/></xliff>",
       "job.xlf: the XLIFF source language is `de`"},
      {"<xliff version=\"2.0\" srcLang=\"fr\" trgLang=\"en\"><file/></xliff>",
       "job.xlf: the XLIFF file has no translation unit"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.xml);
    try {
      ParseXliff(c.xml, "job.xlf", kFr, kEn);
      FAIL() << "accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kData);
      EXPECT_EQ(std::string(e.what()).rfind(c.expected, 0), 0u) << e.what();
    }
  }
}

TEST(ParseXliff, EntityBombStaysInertText) {
  const char* xml = R"(<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<xliff version="1.2"><file source-language="fr" target-language="en"><body>
<trans-unit id="1"><source>&lol3;</source><target>ok</target></trans-unit></body></file></xliff>)";
  ParallelSegments units = ParseXliff(xml, "bomb.xlf", kFr, kEn);
  ASSERT_EQ(units.src.size(), 1u);
  EXPECT_LT(units.src[0].text.size(), 16u);  // never expanded to 100 × "lol"
}

}  // namespace
}  // namespace talign
