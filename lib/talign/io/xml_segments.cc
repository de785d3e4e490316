#include "talign/io/xml_segments.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "talign/base/error.h"
#include "talign/base/utf8.h"

namespace talign {
namespace {

bool IsNamed(const char* name, std::initializer_list<const char*> names) {
  return std::any_of(names.begin(), names.end(), [&](const char* n) { return std::strcmp(name, n) == 0; });
}

void AppendText(pugi::xml_node node, std::initializer_list<const char*> native_codes, std::string& out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out += child.value();
    } else if (child.type() == pugi::node_element && !IsNamed(child.name(), native_codes)) {
      AppendText(child, native_codes, out);
    }
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
