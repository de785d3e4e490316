#include "talign/io/tmx_reader.h"

#include <algorithm>
#include <cstring>
#include <pugixml.hpp>

#include "talign/base/error.h"

namespace talign {
namespace {

std::size_t LineOf(std::string_view xml, std::ptrdiff_t offset) {
  offset = std::clamp<std::ptrdiff_t>(offset, 0, static_cast<std::ptrdiff_t>(xml.size()));
  return 1 + static_cast<std::size_t>(std::count(xml.begin(), xml.begin() + offset, '\n'));
}

bool IsInlineCode(const char* name) {
  for (const char* code : {"bpt", "ept", "it", "ph", "ut"}) {
    if (std::strcmp(name, code) == 0) return true;
  }
  return false;
}

void AppendText(pugi::xml_node node, std::string& out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out += child.value();
    } else if (child.type() == pugi::node_element && !IsInlineCode(child.name())) {
      AppendText(child, out);
    }
  }
}

std::string SegText(pugi::xml_node seg) {
  std::string raw, text;
  AppendText(seg, raw);
  for (char c : raw) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space && (text.empty() || text.back() == ' ')) continue;
    text += space ? ' ' : c;
  }
  if (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

std::string PrimaryCode(pugi::xml_node tuv) {
  std::string tag = tuv.attribute("xml:lang").value();
  if (tag.empty()) tag = tuv.attribute("lang").value();
  std::string code = tag.substr(0, tag.find_first_of("-_"));
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

}  // namespace

ParallelSegments ParseTmx(std::string_view xml, const std::string& file_name,
                          const Language& src_language, const Language& tgt_language) {
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
  if (!parsed) {
    throw Error(ErrorKind::kData, {file_name, LineOf(xml, parsed.offset)},
                std::string("malformed TMX: ") + parsed.description());
  }
  pugi::xml_node tmx = doc.child("tmx");
  if (!tmx) throw Error(ErrorKind::kData, {file_name}, "not a TMX file: the root element is not <tmx>");
  ParallelSegments out;
  for (pugi::xml_node tu : tmx.child("body").children("tu")) {
    Bead bead;
    for (pugi::xml_node tuv : tu.children("tuv")) {
      std::string code = PrimaryCode(tuv);
      if (code == src_language.code()) AddSegment(out.src, bead.src, SegText(tuv.child("seg")));
      else if (code == tgt_language.code()) AddSegment(out.tgt, bead.tgt, SegText(tuv.child("seg")));
    }
    if (!bead.src.empty() || !bead.tgt.empty()) out.alignment.beads.push_back(std::move(bead));
  }
  if (out.src.empty()) {
    throw Error(ErrorKind::kData, {file_name},
                "no <tuv> in the source language `" + src_language.code() +
                    "`; is --src-lang right for this TMX?");
  }
  return out;
}

}  // namespace talign
