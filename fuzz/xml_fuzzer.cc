// TMX and XLIFF readers: any bytes read as a corpus or fail with talign::Error.
// Oracle: every bead index names a segment that exists.
#include <cstdint>
#include <string>

#include "xml_reading.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string xml(reinterpret_cast<const char*>(data), size);
  talign::fuzz::ReadTmxAndXliff(xml, xml);
  return 0;
}
