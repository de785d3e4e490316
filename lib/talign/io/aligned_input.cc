#include "talign/io/aligned_input.h"

#include <algorithm>
#include <cctype>

#include "talign/io/text_input.h"
#include "talign/io/tmx_reader.h"
#include "talign/io/xliff_reader.h"

namespace talign {
namespace {

std::string LowerExtension(const std::string& path) {
  std::size_t dot = path.rfind('.');
  std::string extension = dot == std::string::npos ? "" : path.substr(dot);
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

}  // namespace

bool IsAlignedFile(const std::string& path) {
  std::string extension = LowerExtension(path);
  return extension == ".tmx" || extension == ".xlf" || extension == ".xliff";
}

ParallelSegments ReadAlignedFile(const std::string& path, const Language& src_language,
                                 const Language& tgt_language) {
  // An XML file says its own encoding (SPEC): --encoding would decode it twice.
  std::string xml = ReadXmlText(path);
  if (LowerExtension(path) == ".tmx") return ParseTmx(xml, path, src_language, tgt_language);
  return ParseXliff(xml, path, src_language, tgt_language);
}

std::string BeadSideText(const std::vector<Segment>& segments,
                         const std::vector<std::size_t>& side) {
  std::string text;
  for (std::size_t i : side) {
    if (!text.empty()) text += ' ';
    text += segments[i].text;
  }
  return text;
}

}  // namespace talign
