#include "talign/io/tmx_reader.h"

#include "talign/base/error.h"
#include "talign/io/xml_segments.h"

namespace talign {
namespace {

std::string TuvCode(pugi::xml_node tuv) {
  const char* tag = tuv.attribute("xml:lang").value();
  return PrimaryCode(*tag ? tag : tuv.attribute("lang").value());  // TMX 1.1 used `lang`
}

// TMX inline codes whose content is native markup, not text.
std::string SegText(pugi::xml_node tuv) {
  return InlineText(tuv.child("seg"), {"bpt", "ept", "it", "ph", "ut"});
}

}  // namespace

ParallelSegments ParseTmx(std::string_view xml, const std::string& file_name,
                          const Language& src_language, const Language& tgt_language) {
  pugi::xml_document doc;
  pugi::xml_node tmx = LoadXmlRoot(doc, xml, file_name, "TMX", "tmx");
  ParallelSegments out;
  for (pugi::xml_node tu : tmx.child("body").children("tu")) {
    Bead bead;
    for (pugi::xml_node tuv : tu.children("tuv")) {
      std::string code = TuvCode(tuv);
      if (code == src_language.code())
        AddSegment(out.src, bead.src, SegText(tuv));
      else if (code == tgt_language.code())
        AddSegment(out.tgt, bead.tgt, SegText(tuv));
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
