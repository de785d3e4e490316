// Corpus inputs of `talign check`: the manifest, TMX read as one bead per <tu>, and the
// corpus that lays pairs end to end.
#include <gtest/gtest.h>

#include "talign/base/error.h"
#include "talign/io/corpus.h"
#include "talign/io/manifest.h"
#include "talign/io/tmx_reader.h"

namespace talign {
namespace {

TEST(ManifestTest, ReadsPairsRelativeToTheManifest) {
  auto entries = ParseManifest(
      "# week 10\n"
      "mon.fr\tmon.en\r\n"
      "\n"
      "/abs/tue.fr\ttue dir/tue.en\n",
      "corpus/week.tsv");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].src, "corpus/mon.fr");
  EXPECT_EQ(entries[0].tgt, "corpus/mon.en");
  EXPECT_EQ(entries[0].line, 2u);
  EXPECT_EQ(entries[1].src, "/abs/tue.fr");
  EXPECT_EQ(entries[1].tgt, "corpus/tue dir/tue.en");
  EXPECT_EQ(entries[1].line, 4u);
}

TEST(ManifestTest, AThirdColumnNamesThePairsOutput) {
  auto entries = ParseManifest("mon.fr\tmon.en\tmonday\ntue.fr\ttue.en\n", "week.tsv");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].name, "monday");
  EXPECT_EQ(entries[1].name, "");
}

TEST(ManifestTest, MalformedLinesNameTheLine) {
  const std::pair<const char*, std::size_t> cases[] = {
      {"mon.fr mon.en\n", 1},                 // spaces, not a tab
      {"a.fr\ta.en\nb.fr\tb.en\tc\td\n", 2},  // four columns
      {"a.fr\ta.en\n\tb.en\n", 2},            // empty source
      {"a.fr\t\n", 1},
      {"# nothing\n\n", 0},  // no pair at all
  };
  for (const auto& [text, line] : cases) {
    SCOPED_TRACE(text);
    try {
      ParseManifest(text, "week.tsv");
      ADD_FAILURE() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kData);
      EXPECT_EQ(e.where().file, "week.tsv");
      EXPECT_EQ(e.where().line, line);
    }
  }
}

const Language kFr = Language::Parse("fr");
const Language kEn = Language::Parse("en");

TEST(TmxReaderTest, OneBeadPerTuInlineCodesDropped) {
  const char* tmx = R"(<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="fr" segtype="sentence" datatype="plaintext" o-tmf="x" adminlang="en" creationtool="x" creationtoolversion="1"/>
<body>
  <tu><tuv xml:lang="fr-FR"><seg>Au moins 20 soldats <bpt i="1">&lt;b&gt;</bpt>afghans<ept i="1">&lt;/b&gt;</ept> ont été tués.</seg></tuv>
      <tuv xml:lang="en-GB"><seg>At least 20 Afghan
         soldiers were killed.</seg></tuv></tu>
  <tu><tuv xml:lang="fr"><seg>Publicité</seg></tuv></tu>
  <tu><tuv lang="EN"><seg>Listen: <hi>A peace deal</hi> in Afghanistan?</seg></tuv></tu>
  <tu><tuv xml:lang="de"><seg>Nur Deutsch.</seg></tuv></tu>
</body></tmx>)";
  ParallelSegments tm = ParseTmx(tmx, "week.tmx", kFr, kEn);
  ASSERT_EQ(tm.src.size(), 2u);
  ASSERT_EQ(tm.tgt.size(), 2u);
  EXPECT_EQ(tm.src[0].text, "Au moins 20 soldats afghans ont été tués.");
  EXPECT_EQ(tm.tgt[0].text, "At least 20 Afghan soldiers were killed.");
  EXPECT_EQ(tm.tgt[1].text, "Listen: A peace deal in Afghanistan?");
  std::vector<Bead> expected = {{{0}, {0}}, {{1}, {}}, {{}, {1}}};
  EXPECT_EQ(tm.alignment.beads, expected);
}

TEST(TmxReaderTest, ErrorsNameTheFault) {
  const std::pair<const char*, const char*> cases[] = {
      {"<tmx><body><tu>\n<tuv xml:lang=\"fr\"><seg>x</tuv></tu></body></tmx>", "malformed TMX"},
      {"<martif/>", "not TMX: the root element is not <tmx>"},
      {"<tmx><body><tu><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu></body></tmx>",
       "source language `fr`"},
  };
  for (const auto& [xml, message] : cases) {
    SCOPED_TRACE(xml);
    try {
      ParseTmx(xml, "bad.tmx", kFr, kEn);
      ADD_FAILURE() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kData);
      EXPECT_NE(e.message().find(message), std::string::npos) << e.message();
    }
  }
}

TEST(CorpusTest, PairsAreLaidEndToEnd) {
  auto segs = [](std::size_t n) {
    std::vector<Segment> s(n);
    for (std::size_t i = 0; i < n; ++i) s[i].text = "s" + std::to_string(i);
    return s;
  };
  Corpus corpus;
  AppendPair(corpus, {"a.fr", "a.en"}, segs(2), segs(1), Alignment{{{{0, 1}, {0}}}});
  AppendPair(corpus, {"b.fr", "b.en"}, segs(1), segs(2), Alignment{{{{0}, {0}}, {{}, {1}}}});
  std::vector<Bead> expected = {{{0, 1}, {0}}, {{2}, {1}}, {{}, {2}}};
  EXPECT_EQ(corpus.alignment.beads, expected);
  EXPECT_EQ(corpus.src[2].index, 2u);
  EXPECT_EQ(corpus.parts[1].first_bead, 1u);
  EXPECT_EQ(PartOfBead(corpus, 0), 0u);
  EXPECT_EQ(PartOfBead(corpus, 2), 1u);
}

}  // namespace
}  // namespace talign
