#include "talign/text/line_structure.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace talign {
namespace {

// The wrap width is the line length (in characters) that this share of non-blank lines reach
// or exceed no more: a high percentile, so that one long line (a URL) does not set it.
constexpr double kWidthQuantile = 0.9;
// Editors and PDF extraction wrap at 60-130 characters; wider lines are paragraphs.
constexpr std::size_t kMaxWrapWidth = 160;
// Text is wrapped when at least this share of the lines that a non-blank line follows are
// full. Wrapped prose scores 0.9 and more; paragraphs one per line score below 0.3.
constexpr double kMinFullShare = 0.6;

std::size_t CharCount(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string_view View(std::string_view text, ByteRange r) { return text.substr(r.begin, r.size()); }

UChar32 First(std::string_view s) {
  int32_t i = 0;
  UChar32 c = 0;
  if (!s.empty())
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

UChar32 Last(std::string_view s) {
  int32_t i = static_cast<int32_t>(s.size());
  UChar32 c = 0;
  if (i > 0) U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, i, c);
  return c;
}

// The line stops mid-sentence and the next one goes on in lower case: a wrap, whatever the
// layout of the rest of the text.
bool GoesOn(std::string_view line, std::string_view next) {
  UChar32 last = Last(line);
  bool ended = last == '.' || last == '!' || last == '?' || last == 0x2026;
  return !ended && u_islower(First(next));
}

}  // namespace

std::vector<ByteRange> Lines(std::string_view text, ByteRange range) {
  std::vector<ByteRange> lines;
  for (std::size_t begin = range.begin; begin < range.end;) {
    std::size_t end = std::min(text.find('\n', begin), range.end);
    lines.push_back({begin, end});
    begin = end + 1;
  }
  return lines;
}

ByteRange Trim(std::string_view text, ByteRange range) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  while (range.begin < range.end) {
    int32_t i = static_cast<int32_t>(range.begin);
    UChar32 c;
    U8_NEXT(bytes, i, static_cast<int32_t>(range.end), c);
    if (!u_isUWhiteSpace(c)) break;
    range.begin = static_cast<std::size_t>(i);
  }
  while (range.end > range.begin) {
    int32_t i = static_cast<int32_t>(range.end);
    UChar32 c;
    U8_PREV(bytes, static_cast<int32_t>(range.begin), i, c);
    if (!u_isUWhiteSpace(c)) break;
    range.end = static_cast<std::size_t>(i);
  }
  return range;
}

bool IsHardWrapped(std::string_view text, const std::vector<ByteRange>& lines) {
  auto inner = [&](std::size_t i) { return lines[i].size() > 0 && lines[i + 1].size() > 0; };
  bool any_inner = false;  // blank lines between all paragraphs: nothing to decide
  for (std::size_t i = 0; i + 1 < lines.size() && !any_inner; ++i) any_inner = inner(i);
  if (!any_inner) return false;
  std::vector<std::size_t> lengths, sorted;
  for (ByteRange line : lines) {
    lengths.push_back(CharCount(View(text, line)));
    if (lengths.back() > 0) sorted.push_back(lengths.back());
  }
  auto quantile =
      sorted.begin() + static_cast<std::ptrdiff_t>(std::ceil(kWidthQuantile * (sorted.size() - 1)));
  std::nth_element(sorted.begin(), quantile, sorted.end());
  std::size_t width = *quantile;
  if (width > kMaxWrapWidth) return false;
  std::size_t inners = 0, full = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (!inner(i)) continue;
    std::string_view next = View(text, lines[i + 1]);
    ++inners;
    full += lengths[i] + 1 + CharCount(next.substr(0, next.find(' '))) > width;
  }
  return full >= kMinFullShare * inners;
}

std::vector<ByteRange> Paragraphs(std::string_view text) {
  std::vector<ByteRange> lines = Lines(text, {0, text.size()});
  for (ByteRange& line : lines) line = Trim(text, line);
  bool wrapped = IsHardWrapped(text, lines);
  std::vector<ByteRange> paragraphs;
  std::optional<ByteRange> open;  // the paragraph being read
  ByteRange previous;             // its last line
  for (ByteRange line : lines) {
    bool joins =
        open && line.size() > 0 && (wrapped || GoesOn(View(text, previous), View(text, line)));
    if (open && !joins) {
      paragraphs.push_back(*open);
      open.reset();
    }
    if (line.size() > 0) open = ByteRange{open ? open->begin : line.begin, line.end};
    previous = line;
  }
  if (open) paragraphs.push_back(*open);
  return paragraphs;
}

}  // namespace talign
