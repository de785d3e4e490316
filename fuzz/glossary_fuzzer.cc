// Glossary YAML: any input loads or fails with talign::Error; never a crash or a hang.
// Oracle: what loads, saves and loads back to the same terms.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "talign/base/error.h"
#include "talign/glossary/glossary_yaml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string yaml(reinterpret_cast<const char*>(data), size);
  try {
    talign::Glossary glossary = talign::ParseGlossary(yaml, "fuzz.yaml");
    talign::Glossary again = talign::ParseGlossary(talign::SaveGlossary(glossary), "saved.yaml");
    if (again.terms.size() != glossary.terms.size()) std::abort();
  } catch (const talign::Error&) {
  }
  return 0;
}
