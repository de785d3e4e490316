#include "talign/io/xliff_reader.h"

#include "talign/base/error.h"
#include "talign/io/xml_segments.h"

namespace talign {
namespace {

// Elements whose content is native markup in either version; <g>, <pc>, <mrk> hold text.
const std::initializer_list<const char*> kNativeCodes = {"bpt", "ept", "it", "ph", "x",
                                                         "bx",  "ex",  "sc", "ec"};

void AddUnit(pugi::xml_node source, pugi::xml_node target, ParallelSegments& out) {
  Bead bead;
  AddSegment(out.src, bead.src, InlineText(source, kNativeCodes));
  if (target) AddSegment(out.tgt, bead.tgt, InlineText(target, kNativeCodes));
  out.alignment.beads.push_back(std::move(bead));
}

void CheckLanguage(const char* tag, const Language& expected, const std::string& file_name,
                   const char* side) {
  if (*tag && PrimaryCode(tag) != expected.code()) {
    throw Error(ErrorKind::kData, {file_name},
                std::string("the XLIFF ") + side + " language is `" + tag + "`, not `" +
                    expected.code() + "`: set --src-lang/--tgt-lang");
  }
}

// XLIFF 1.2: <file source-language target-language><body>(<group>)*<trans-unit>.
void ReadVersion1(pugi::xml_node xliff, const std::string& file_name, const Language& src,
                  const Language& tgt, ParallelSegments& out) {
  for (pugi::xml_node file : xliff.children("file")) {
    CheckLanguage(file.attribute("source-language").value(), src, file_name, "source");
    CheckLanguage(file.attribute("target-language").value(), tgt, file_name, "target");
    for (pugi::xpath_node unit : file.select_nodes(".//trans-unit")) {
      AddUnit(unit.node().child("source"), unit.node().child("target"), out);
    }
  }
}

// XLIFF 2.x: <xliff srcLang trgLang><file>(<group>)*<unit><segment>.
void ReadVersion2(pugi::xml_node xliff, const std::string& file_name, const Language& src,
                  const Language& tgt, ParallelSegments& out) {
  CheckLanguage(xliff.attribute("srcLang").value(), src, file_name, "source");
  CheckLanguage(xliff.attribute("trgLang").value(), tgt, file_name, "target");
  for (pugi::xpath_node segment : xliff.select_nodes(".//segment")) {
    AddUnit(segment.node().child("source"), segment.node().child("target"), out);
  }
}

}  // namespace

ParallelSegments ParseXliff(std::string_view xml, const std::string& file_name,
                            const Language& src_language, const Language& tgt_language) {
  pugi::xml_document doc;
  pugi::xml_node xliff = LoadXmlRoot(doc, xml, file_name, "XLIFF", "xliff");
  ParallelSegments out;
  std::string version = xliff.attribute("version").value();
  if (version.rfind("1.", 0) == 0) {
    ReadVersion1(xliff, file_name, src_language, tgt_language, out);
  } else if (version.rfind("2.", 0) == 0) {
    ReadVersion2(xliff, file_name, src_language, tgt_language, out);
  } else {
    throw Error(ErrorKind::kData, {file_name},
                "unsupported XLIFF version `" + version + "` (1.2 or 2.x)");
  }
  if (out.src.empty())
    throw Error(ErrorKind::kData, {file_name}, "the XLIFF file has no translation unit");
  return out;
}

}  // namespace talign
