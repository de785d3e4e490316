#include "qa_test_util.h"

#include <algorithm>
#include <sstream>

#include "talign/glossary/glossary_yaml.h"
#include "talign/qa/run_checks.h"
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

void DropTarget(std::size_t t, std::vector<Segment>& tgt, Alignment& alignment) {
  tgt.erase(tgt.begin() + static_cast<std::ptrdiff_t>(t));
  for (Bead& bead : alignment.beads) {
    std::vector<std::size_t> kept;
    for (std::size_t i : bead.tgt) {
      if (i != t) kept.push_back(i > t ? i - 1 : i);
    }
    bead.tgt = kept;
  }
}

void InsertTargetAfter(std::size_t t, const std::string& text, std::vector<Segment>& tgt,
                       Alignment& alignment, bool next_bead) {
  tgt.insert(tgt.begin() + static_cast<std::ptrdiff_t>(t + 1), Segments({text})[0]);
  const std::size_t joined = next_bead ? t + 2 : t;  // that segment's number after the insert
  for (Bead& bead : alignment.beads) {
    for (std::size_t& i : bead.tgt) {
      if (i > t) ++i;
    }
    if (std::find(bead.tgt.begin(), bead.tgt.end(), joined) == bead.tgt.end()) continue;
    bead.tgt.push_back(t + 1);
    std::sort(bead.tgt.begin(), bead.tgt.end());
  }
}

void MergeWithNext(std::size_t b, Alignment& alignment) {
  Bead& bead = alignment.beads[b];
  const Bead& next = alignment.beads[b + 1];
  bead.src.insert(bead.src.end(), next.src.begin(), next.src.end());
  bead.tgt.insert(bead.tgt.end(), next.tgt.begin(), next.tgt.end());
  alignment.beads.erase(alignment.beads.begin() + static_cast<std::ptrdiff_t>(b + 1));
}

std::string Describe(const Finding& f) {
  bool target = f.source_segments.empty() || f.check == "addition";
  return f.check + (target ? " tgt " + std::to_string(f.target_segments[0])
                           : " src " + std::to_string(f.source_segments[0]));
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

std::vector<Finding> FindingsOnOneBead(std::unique_ptr<Check> check, const std::string& src,
                                       const std::string& tgt, const std::string& src_lang,
                                       const std::string& tgt_lang) {
  std::vector<std::unique_ptr<Check>> checks;
  checks.push_back(std::move(check));
  Alignment alignment{{{{0}, {0}, 0}}};
  return RunChecks(
      checks, WithLanguages({Segments({src}), Segments({tgt}), alignment}, src_lang, tgt_lang));
}

}  // namespace talign::testing
