// Turning the bytes of an input file into valid UTF-8 text.
//
//   std::string text = DecodeText(bytes, {"article.txt"}, "");  // UTF-8, BOM dropped
//   std::string legacy = DecodeText(bytes, {"old.txt"}, "windows-1252");
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "talign/base/error.h"

namespace talign {

// Byte offset of the first byte that is not part of a well-formed UTF-8 sequence
// (overlongs, surrogates and code points past U+10FFFF are ill-formed), or nullopt.
std::optional<std::size_t> FindInvalidUtf8(std::string_view bytes);

// Decodes a whole input file. With an empty `encoding`: UTF-8 with or without a BOM,
// or UTF-16 LE/BE with a BOM (converted). Otherwise `encoding` names a charset (latin1,
// windows-1252, utf-16le, …) converted with Boost.Locale. A leading BOM is dropped either way.
// NUL bytes are rejected: they mean a binary file or UTF-16 without a BOM.
// Throws Error{kData} naming `where.file` and the line of the first bad byte.
// Takes `bytes` by value: valid UTF-8 without a BOM, the common case, is moved, not copied.
std::string DecodeText(std::string bytes, const SourceLocation& where, const std::string& encoding);

// 1-based line number of byte `offset` in `text`.
std::size_t LineOfOffset(std::string_view text, std::size_t offset);

}  // namespace talign
