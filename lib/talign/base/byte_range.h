#pragma once

#include <cstddef>

namespace talign {

// A half-open range [begin, end) of byte offsets into an original input text.
struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - begin; }
  bool operator==(const ByteRange& other) const { return begin == other.begin && end == other.end; }
};

}  // namespace talign
