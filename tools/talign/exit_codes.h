// SPEC's exit codes, and the one mapping from the library's error kinds onto them.
#pragma once

#include "talign/base/error.h"

namespace talign::cli {

enum class ExitCode : int {
  kOk = 0,
  kFindings = 1,  // `check` found findings at or above --fail-on
  kUsage = 2,
  kDataErr = 65,
  kNoInput = 66,
  kSoftware = 70,  // internal error: a bug
  kCantCreate = 73,
  kIoErr = 74,
};

constexpr ExitCode ExitCodeFor(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kUsage:
      return ExitCode::kUsage;
    case ErrorKind::kData:
      return ExitCode::kDataErr;
    case ErrorKind::kNoInput:
      return ExitCode::kNoInput;
    case ErrorKind::kCantCreate:
      return ExitCode::kCantCreate;
    case ErrorKind::kIo:
      return ExitCode::kIoErr;
  }
  return ExitCode::kIoErr;
}

}  // namespace talign::cli
