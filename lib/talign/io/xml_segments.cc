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

}  // namespace

void LoadXml(pugi::xml_document& doc, std::string_view xml, const std::string& file_name,
             const char* format) {
  pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
  if (!parsed) {
    std::size_t offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset, 0));
    throw Error(ErrorKind::kData, {file_name, LineOfOffset(xml, offset)},
                std::string("malformed ") + format + ": " + parsed.description());
  }
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
