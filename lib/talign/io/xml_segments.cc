#include "talign/io/xml_segments.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "talign/base/error.h"
#include "talign/base/utf8.h"

namespace talign {
namespace {

bool IsNamed(const char* name, std::initializer_list<const char*> names) {
  return std::any_of(names.begin(), names.end(),
                     [&](const char* n) { return std::strcmp(name, n) == 0; });
}

// A pre-order walk by sibling and parent links, not recursion: nesting depth is the input's.
void AppendText(pugi::xml_node root, std::initializer_list<const char*> native_codes,
                std::string& out) {
  pugi::xml_node node = root.first_child();
  while (node) {
    bool descend = node.type() == pugi::node_element && !IsNamed(node.name(), native_codes);
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) out += node.value();
    if (descend && node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node != root && !node.next_sibling()) node = node.parent();
    node = node == root ? pugi::xml_node() : node.next_sibling();
  }
}

// Offset of the first `&#N;`/`&#xN;` naming a character XML 1.0 forbids (NUL, most C0
// controls, surrogates, U+FFFE/FFFF, past U+10FFFF): pugixml would decode `&#0;` into a
// NUL that cuts the text short. npos when there is none.
std::size_t FindForbiddenReference(std::string_view xml) {
  for (std::size_t at = xml.find("&#"); at != std::string_view::npos; at = xml.find("&#", at + 2)) {
    bool hex = at + 2 < xml.size() && (xml[at + 2] == 'x' || xml[at + 2] == 'X');
    std::size_t digits = at + (hex ? 3 : 2);
    std::size_t end = xml.find(';', digits);
    if (end == std::string_view::npos || end == digits || end - digits > 8) continue;
    std::string number(xml.substr(digits, end - digits));
    if (number.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") !=
        std::string::npos)
      continue;
    unsigned long code = std::stoul(number, nullptr, hex ? 16 : 10);
    bool allowed = code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
                   (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
    if (!allowed) return at;
  }
  return std::string_view::npos;
}

}  // namespace

void LoadXml(pugi::xml_document& doc, std::string_view xml, const std::string& file_name,
             const char* format) {
  if (std::size_t at = FindForbiddenReference(xml); at != std::string_view::npos) {
    throw Error(ErrorKind::kData, {file_name, LineOfOffset(xml, at)},
                std::string("malformed ") + format + ": `" +
                    std::string(xml.substr(at, xml.find(';', at) - at + 1)) +
                    "` refers to a character XML 1.0 forbids");
  }
  // The text is UTF-8 already (ReadXmlText): its declaration must not decode it a second time.
  pugi::xml_parse_result parsed =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    std::size_t offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset, 0));
    throw Error(ErrorKind::kData, {file_name, LineOfOffset(xml, offset)},
                std::string("malformed ") + format + ": " + parsed.description());
  }
}

pugi::xml_node LoadXmlRoot(pugi::xml_document& doc, std::string_view xml,
                           const std::string& file_name, const char* format, const char* root) {
  LoadXml(doc, xml, file_name, format);
  pugi::xml_node node = doc.child(root);
  if (!node) {
    throw Error(ErrorKind::kData, {file_name},
                std::string("not ") + format + ": the root element is not <" + root + ">");
  }
  return node;
}

std::string InlineText(pugi::xml_node node, std::initializer_list<const char*> native_codes) {
  std::string raw, text;
  AppendText(node, native_codes, raw);
  for (char c : raw) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space && (text.empty() || text.back() == ' ')) continue;
    text += space ? ' ' : c;
  }
  if (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

std::string PrimaryCode(std::string_view tag) {
  std::string code(tag.substr(0, tag.find_first_of("-_")));
  for (char& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return code;
}

void AddSegment(std::vector<Segment>& segments, std::vector<std::size_t>& bead_side,
                const std::string& text) {
  Segment segment;
  segment.index = segments.size();
  segment.paragraph = segment.index;
  segment.text = text;
  segment.range = {0, text.size()};
  bead_side.push_back(segment.index);
  segments.push_back(std::move(segment));
}

}  // namespace talign
