#include "talign/base/utf8.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <boost/locale/encoding.hpp>
#include <utility>

namespace talign {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

[[noreturn]] void ThrowBadByte(std::string_view bytes, std::size_t offset,
                               const SourceLocation& where, const char* what) {
  SourceLocation at = where;
  at.line = LineOfOffset(bytes, offset);
  throw Error(ErrorKind::kData, at,
              std::string(what) + " at byte offset " + std::to_string(offset));
}

std::string Convert(std::string_view bytes, const std::string& charset,
                    const SourceLocation& where) {
  try {
    return boost::locale::conv::to_utf<char>(bytes.data(), bytes.data() + bytes.size(), charset,
                                             boost::locale::conv::stop);
  } catch (const boost::locale::conv::invalid_charset_error&) {
    throw Error(ErrorKind::kUsage, where, "unknown encoding `" + charset + "`");
  } catch (const boost::locale::conv::conversion_error&) {
    throw Error(ErrorKind::kData, where, "text is not valid " + charset);
  }
}

}  // namespace

std::optional<std::size_t> FindInvalidUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::nullopt;
}

std::size_t LineOfOffset(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

std::string DecodeText(std::string bytes, const SourceLocation& where,
                       const std::string& encoding) {
  const std::string_view view = bytes;
  std::string text;
  if (!encoding.empty()) {
    text = Convert(view, encoding, where);
  } else if (StartsWith(view, kUtf16LeBom) || StartsWith(view, kUtf16BeBom)) {
    text = Convert(view, StartsWith(view, kUtf16LeBom) ? "UTF-16LE" : "UTF-16BE", where);
  } else {
    if (auto bad = FindInvalidUtf8(view)) {
      ThrowBadByte(view, *bad, where,
                   "text is not valid UTF-8 (use --encoding, e.g. latin1 or windows-1252)");
    }
    text = std::move(bytes);
  }
  // Every path leaves a byte-order mark as a leading U+FEFF: the file's, not the text's.
  if (StartsWith(text, kUtf8Bom)) text.erase(0, kUtf8Bom.size());
  if (auto nul = text.find('\0'); nul != std::string::npos) {
    ThrowBadByte(text, nul, where,
                 "NUL byte (a binary file, or UTF-16 without a BOM: re-save as UTF-8)");
  }
  return text;
}

}  // namespace talign
