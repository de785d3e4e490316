#include "talign/base/error.h"

namespace talign {
namespace {

std::string Prefixed(const SourceLocation& where, const std::string& what) {
  std::string location = where.ToString();
  return location.empty() ? what : location + ": " + what;
}

}  // namespace

std::string SourceLocation::ToString() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  if (line > 0 && column > 0) out += ":" + std::to_string(column);
  return out;
}

Error::Error(ErrorKind kind, SourceLocation where, const std::string& what)
    : std::runtime_error(Prefixed(where, what)),
      kind_(kind),
      where_(std::move(where)),
      message_(what) {}

}  // namespace talign
