#include "test_util/language_resources.h"

#include <map>
#include <memory>
#include <mutex>

#include "debian_paths.h"

namespace talign::testing {

const LanguageResources& Resources(const std::string& tag) {
  static std::mutex mutex;
  static auto* built = new std::map<std::string, std::unique_ptr<LanguageResources>>;
  std::lock_guard<std::mutex> lock(mutex);
  auto& resources = (*built)[tag];
  if (!resources) {
    resources =
        std::make_unique<LanguageResources>(Language::Parse(tag), cli::DebianResourcePaths());
  }
  return *resources;
}

}  // namespace talign::testing
