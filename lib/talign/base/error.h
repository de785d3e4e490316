// One typed error for the whole library, caught once at the command-line edge.
//
//   throw Error(ErrorKind::kData, {"glossary.yaml", 7}, "unknown key `targt`");
//   // main prints "talign: glossary.yaml:7: unknown key `targt`" and exits 65.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace talign {

// The kinds map one to one onto SPEC's exit codes (see tools/talign/exit_codes.h).
enum class ErrorKind {
  kUsage,       // bad options or arguments
  kData,        // input present but malformed: not UTF-8, bad YAML/TMX/TSV, unknown language
  kNoInput,     // input missing or unreadable
  kCantCreate,  // output cannot be created
  kIo,          // any other I/O failure
};

// Where in the user's input a fault lies. line/column are 1-based; 0 means unknown.
struct SourceLocation {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;

  // "FILE:LINE:COL", "FILE:LINE", "FILE" or "" as much as is known.
  std::string ToString() const;
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, SourceLocation where, const std::string& what);
  Error(ErrorKind kind, const std::string& what) : Error(kind, {}, what) {}

  ErrorKind kind() const { return kind_; }
  const SourceLocation& where() const { return where_; }
  // The bare message, without the location prefix.
  const std::string& message() const { return message_; }

 private:
  ErrorKind kind_;
  SourceLocation where_;
  std::string message_;
};

}  // namespace talign
