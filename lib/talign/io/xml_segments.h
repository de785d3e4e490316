// What the readers of aligned XML formats (TMX, XLIFF) share: parsing with located errors,
// the text of a segment without its inline codes, and building ParallelSegments.
// Internal to io: it exposes pugixml.
#pragma once

#include <initializer_list>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "talign/io/parallel_segments.h"

namespace talign {

// Parses UTF-8 `xml` (its declaration's encoding is ignored: see ReadXmlText) into `doc`;
// throws Error{kData, file:line} naming `format` when malformed, a character reference XML
// 1.0 forbids (`&#0;`, `&#27;`) included. pugixml expands no DTD entities, so entity bombs
// stay inert text.
void LoadXml(pugi::xml_document& doc, std::string_view xml, const std::string& file_name,
             const char* format);
// LoadXml, then the root element, which must be named `root`.
pugi::xml_node LoadXmlRoot(pugi::xml_document& doc, std::string_view xml,
                           const std::string& file_name, const char* format, const char* root);

// The character data of `node` and its descendants, skipping elements named in
// `native_codes` (inline codes whose content is markup, not text), white space runs made
// one space, trimmed.
std::string InlineText(pugi::xml_node node, std::initializer_list<const char*> native_codes);

// The primary language subtag of a tag, lower case: "fr-FR" → "fr", "EN_us" → "en".
std::string PrimaryCode(std::string_view tag);

// Appends `text` as the next segment of `segments` and its index to `bead_side`.
void AddSegment(std::vector<Segment>& segments, std::vector<std::size_t>& bead_side,
                const std::string& text);

}  // namespace talign
