// The nesting depth of JSON text, measured without parsing it, so that a line nested
// 100,000 deep is refused before a recursive printer (nlohmann's dump) meets it.
//
//   if (JsonNestingDepth(line) > kMaxJsonDepth) …   // `[[[[…]]]]` → its depth, strings skipped
#pragma once

#include <cstddef>
#include <string_view>

namespace talign {

// Deeper requests than any real one (ours are 1 deep) are refused as bad input.
constexpr std::size_t kMaxJsonDepth = 64;

// The greatest number of `[`/`{` open at once outside string literals.
std::size_t JsonNestingDepth(std::string_view text);

}  // namespace talign
