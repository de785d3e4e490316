#include "qa_test_util.h"

#include <sstream>

#include "talign/glossary/glossary_yaml.h"
#include "test_util/test_data.h"

namespace talign::testing {
namespace {

std::vector<std::size_t> Indices(const std::string& list) {  // "[1, 2]" → {1, 2}
  std::vector<std::size_t> indices;
  std::string digits;
  for (char c : list + ",") {
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (!digits.empty() && (c == ',' || c == ']')) {
      indices.push_back(std::stoul(digits));
      digits.clear();
    }
  }
  return indices;
}

}  // namespace

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

Alignment ParseBeads(const std::string& text) {
  Alignment alignment;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::size_t colon = line.find("]:[");
    if (colon == std::string::npos) continue;
    alignment.beads.push_back(
        {Indices(line.substr(0, colon + 1)), Indices(line.substr(colon + 2))});
  }
  return alignment;
}

const Glossary& DeskGlossary() {
  static const Glossary* glossary =
      new Glossary(LoadGlossary(SourcePath("glossary/news.fr-en.yaml")));
  return *glossary;
}

}  // namespace talign::testing
