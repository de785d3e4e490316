#include "qa_test_util.h"

#include <sstream>

#include "talign/glossary/glossary_yaml.h"
#include "test_util/language_resources.h"
#include "test_util/test_data.h"

namespace talign::testing {
std::vector<Segment> Segments(const std::vector<std::string>& sentences) {
  std::vector<Segment> segments;
  for (const std::string& sentence : sentences) {
    Segment segment;
    segment.index = segments.size();
    segment.range = {0, sentence.size()};
    segment.text = sentence;
    segments.push_back(segment);
  }
  return segments;
}

std::vector<Segment> SegmentsOfLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return Segments(lines);
}

const Glossary& DeskGlossary() {
  static const Glossary* glossary =
      new Glossary(LoadGlossary(SourcePath("glossary/news.fr-en.yaml")));
  return *glossary;
}

void SeedCorpusTest::SetUp() {
  if (!Exists(SourcePath("corpora/seed/article.gold.beads"))) GTEST_SKIP();
  src_ = SegmentsOfLines(ReadFile(SourcePath("corpora/seed/article.fr.sentences")));
  tgt_ = SegmentsOfLines(ReadFile(SourcePath("corpora/seed/article.en.sentences")));
  gold_ = BeadsFromText(ReadFile(SourcePath("corpora/seed/article.gold.beads")));
}

CheckContext WithLanguages(CheckContext context, const std::string& src, const std::string& tgt) {
  context.source_language = &Resources(src);
  context.target_language = &Resources(tgt);
  return context;
}

}  // namespace talign::testing
