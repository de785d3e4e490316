// Shared by the segmenter tests: a table row and what to compare.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "talign/text/segmenter.h"

namespace talign::testing {

// One row: a text and the sentences expected from it (segment texts, in order).
struct SplitCase {
  std::string text;
  std::vector<std::string> sentences;
};

inline std::vector<std::string> Texts(const std::vector<Segment>& segments) {
  std::vector<std::string> texts;
  for (const Segment& s : segments) texts.push_back(s.text);
  return texts;
}

// Every row fails on its own, named by its text.
inline void ExpectSplits(const Segmenter& segmenter, const std::vector<SplitCase>& cases) {
  for (const SplitCase& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(Texts(segmenter.Split(c.text, {})), c.sentences);
  }
}

// Lines of a one-sentence-per-line file, without the final empty line.
inline std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = std::min(text.find('\n', begin), text.size());
    lines.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return lines;
}

}  // namespace talign::testing
