// Reading an input file (or "-" for standard input) into a validated UTF-8 Document.
//
//   std::string text = ReadText("article.txt", "");       // throws Error naming the file
//   Document doc = ReadDocument("article.txt", Language::Parse("fr"), {}, "");
#pragma once

#include <string>

#include "talign/base/language.h"
#include "talign/text/document.h"
#include "talign/text/segmenter.h"

namespace talign {

// The raw bytes of `path`, or of standard input for "-".
// Throws Error{kNoInput} when missing or unreadable, Error{kIo} on a read failure.
std::string ReadBytes(const std::string& path);

// ReadBytes + DecodeText: valid UTF-8 without a BOM (see base/utf8.h for `encoding`).
std::string ReadText(const std::string& path, const std::string& encoding);

// The text of an XML file (TMX, XLIFF, TBX) as UTF-8, decoded as its declaration says
// (`encoding="ISO-8859-1"`), else as UTF-8 or BOM-marked UTF-16: --encoding does not apply.
// Throws as ReadText does.
std::string ReadXmlText(const std::string& path);

// ReadText + segmentation. `encoding` "" means UTF-8 (or UTF-16 with a BOM).
Document ReadDocument(const std::string& path, const Language& language,
                      const SegmenterOptions& options, const std::string& encoding);

}  // namespace talign
