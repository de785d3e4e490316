#include "talign/io/xml_output.h"

#include <sstream>
#include <string>

namespace talign {
namespace {

// The length of a `&#N;` reference at `at` to a character XML 1.0 forbids, else 0. pugixml
// escapes every `&` of the text as `&amp;`, so each `&#` in its output is one of its own.
std::size_t ForbiddenReference(const std::string& xml, std::size_t at) {
  std::size_t end = xml.find(';', at);
  if (xml.compare(at, 2, "&#") != 0 || end == std::string::npos || end - at > 5) return 0;
  int code = std::stoi(xml.substr(at + 2, end - at - 2));
  bool allowed = code == '\t' || code == '\n' || code == '\r' || code >= 0x20;
  return allowed ? 0 : end - at + 1;
}

}  // namespace

void SaveXml(const pugi::xml_document& doc, std::ostream& out) {
  std::ostringstream text;
  doc.save(text, "  ", pugi::format_default, pugi::encoding_utf8);
  const std::string xml = text.str();
  std::size_t done = 0;
  for (std::size_t at = xml.find("&#"); at != std::string::npos; at = xml.find("&#", at + 1)) {
    if (std::size_t length = ForbiddenReference(xml, at)) {
      out.write(xml.data() + done, static_cast<std::streamsize>(at - done));
      done = at + length;
    }
  }
  out.write(xml.data() + done, static_cast<std::streamsize>(xml.size() - done));
}

}  // namespace talign
