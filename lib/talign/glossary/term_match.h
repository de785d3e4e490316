// One occurrence of a glossary form in a segment.
#pragma once

#include <cstddef>
#include <string>

#include "talign/base/byte_range.h"

namespace talign {

struct TermMatch {
  std::size_t term = 0;     // index into Glossary::terms
  std::size_t segment = 0;  // the segment index the caller passed to the matcher
  ByteRange range;          // bytes of the matched words in the segment's text
  std::string surface;      // the matched text as written: "l'accord de Doha" → "accord de Doha"
};

}  // namespace talign
