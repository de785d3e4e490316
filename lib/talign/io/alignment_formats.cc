#include "talign/io/alignment_formats.h"

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "talign/io/aligned_input.h"
#include "talign/io/beads_format.h"
#include "talign/io/xml_output.h"

namespace talign {
namespace {

bool BothSides(const Bead& bead) { return !bead.src.empty() && !bead.tgt.empty(); }

nlohmann::ordered_json SegmentTexts(const Document& doc) {
  nlohmann::ordered_json texts = nlohmann::ordered_json::array();
  for (const Segment& segment : doc.segments) texts.push_back(segment.text);
  return texts;
}

void WriteJson(std::ostream& out, const AlignedPair& pair, const std::string& id_json) {
  nlohmann::ordered_json beads = nlohmann::ordered_json::array();
  for (const Bead& bead : pair.alignment.beads) {
    beads.push_back({{"source", bead.src}, {"target", bead.tgt}, {"score", bead.score}});
  }
  nlohmann::ordered_json doc;
  if (!id_json.empty()) doc["id"] = nlohmann::ordered_json::parse(id_json);
  doc["source_segments"] = SegmentTexts(pair.src);
  doc["target_segments"] = SegmentTexts(pair.tgt);
  doc["beads"] = std::move(beads);
  out << doc.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

void WriteTsv(std::ostream& out, const AlignedPair& pair) {
  for (const Bead& bead : pair.alignment.beads) {
    out << BeadText(pair, bead, Side::kSource) << '\t' << BeadText(pair, bead, Side::kTarget)
        << '\n';
  }
}

void AddTuv(pugi::xml_node tu, const std::string& lang, const std::string& text) {
  pugi::xml_node tuv = tu.append_child("tuv");
  tuv.append_attribute("xml:lang") = lang.c_str();
  tuv.append_child("seg").text() = text.c_str();
}

// TMX 1.4b: header attributes in the order of the DTD, one <tu> per two-sided bead.
void WriteTmx(std::ostream& out, const AlignedPair& pair) {
  pugi::xml_document xml;
  pugi::xml_node tmx = xml.append_child("tmx");
  tmx.append_attribute("version") = "1.4";
  pugi::xml_node header = tmx.append_child("header");
  header.append_attribute("creationtool") = "talign";
  header.append_attribute("creationtoolversion") = TALIGN_VERSION;
  header.append_attribute("segtype") = "sentence";
  header.append_attribute("o-tmf") = "talign";
  header.append_attribute("adminlang") = "en";
  header.append_attribute("srclang") = pair.src.language.tag().c_str();
  header.append_attribute("datatype") = "plaintext";
  pugi::xml_node body = tmx.append_child("body");
  for (const Bead& bead : pair.alignment.beads) {
    if (!BothSides(bead)) continue;
    pugi::xml_node tu = body.append_child("tu");
    AddTuv(tu, pair.src.language.tag(), BeadText(pair, bead, Side::kSource));
    AddTuv(tu, pair.tgt.language.tag(), BeadText(pair, bead, Side::kTarget));
  }
  SaveXml(xml, out);
}

}  // namespace

std::optional<AlignmentFormat> ParseAlignmentFormat(const std::string& name) {
  static const std::pair<const char*, AlignmentFormat> kNames[] = {
      {"beads", AlignmentFormat::kBeads},
      {"tsv", AlignmentFormat::kTsv},
      {"tmx", AlignmentFormat::kTmx},
      {"json", AlignmentFormat::kJson},
      {"moses", AlignmentFormat::kMoses}};
  for (const auto& [text, format] : kNames) {
    if (name == text) return format;
  }
  return std::nullopt;
}

std::string BeadText(const AlignedPair& pair, const Bead& bead, Side side) {
  return side == Side::kSource ? BeadSideText(pair.src.segments, bead.src)
                               : BeadSideText(pair.tgt.segments, bead.tgt);
}

void WriteAlignment(std::ostream& out, AlignmentFormat format, const AlignedPair& pair) {
  switch (format) {
    case AlignmentFormat::kBeads:
      out << FormatBeads(pair.alignment);
      return;
    case AlignmentFormat::kTsv:
      WriteTsv(out, pair);
      return;
    case AlignmentFormat::kTmx:
      WriteTmx(out, pair);
      return;
    case AlignmentFormat::kJson:
      WriteJson(out, pair, "");
      return;
    case AlignmentFormat::kMoses:
      break;  // two files: WriteMosesSide
  }
}

void WriteAlignmentJsonLine(std::ostream& out, const AlignedPair& pair,
                            const std::string& id_json) {
  WriteJson(out, pair, id_json);
}

void WriteMosesSide(std::ostream& out, const AlignedPair& pair, Side side) {
  for (const Bead& bead : pair.alignment.beads) {
    if (BothSides(bead)) out << BeadText(pair, bead, side) << '\n';
  }
}

}  // namespace talign
