// How raw text is laid out in lines: which line breaks end a paragraph.
//
// People write paragraphs two ways: one per line (web copy, CMS exports), where a line break
// ends a paragraph, or hard-wrapped at a width, where only a blank line does. The line-length
// profile tells them apart, as editors do: in wrapped text, a line inside a paragraph is full
// (the next line's first word would not have fit after it).
//
//   Paragraphs("Titre\nLe texte suit.")                     // 2: one paragraph per line
//   Paragraphs("Un texte coupé\nen plein milieu.")          // 1: the next line goes on in
//                                                           //    lower case
#pragma once

#include <string_view>
#include <vector>

#include "talign/base/byte_range.h"

namespace talign {

// The lines of `range` in `text`, '\n' excluded.
std::vector<ByteRange> Lines(std::string_view text, ByteRange range);

// `range` without the white space (any Unicode white space, '\r' included) at its ends.
ByteRange Trim(std::string_view text, ByteRange range);

// True when the non-blank lines of `text` are hard-wrapped at one width.
bool IsHardWrapped(std::string_view text, const std::vector<ByteRange>& lines);

// Paragraphs of raw text, trimmed. A blank line always ends one; another line break does too
// unless the text is hard-wrapped or the line stops mid-sentence (no final punctuation) and
// the next one goes on in lower case ("coupé\nen plein milieu").
std::vector<ByteRange> Paragraphs(std::string_view text);

}  // namespace talign
