// The model types every module shares: a text split into segments.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "talign/base/byte_range.h"
#include "talign/base/language.h"

namespace talign {

// One sentence (or one presegmented line) of a document.
struct Segment {
  std::size_t index = 0;      // 0-based, in document order
  std::size_t paragraph = 0;  // 0-based paragraph the segment belongs to
  ByteRange range;            // where it lies in Document::text (trimmed)
  std::string text;           // the segment on one line: inner white space runs → one space
};

// A decoded input text and its segments. Segments refer to `text` by ByteRange.
struct Document {
  std::string name;  // file name as the user gave it, for messages
  Language language;
  std::string text;  // valid UTF-8, BOM removed
  std::vector<Segment> segments;
};

}  // namespace talign
