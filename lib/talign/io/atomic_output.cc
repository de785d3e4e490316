#include "talign/io/atomic_output.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "talign/base/error.h"

namespace talign {
namespace {

bool IsStdout(const std::string& path) { return path == "-"; }

// mkstemp in the target's directory; the descriptor is closed and reopened as a stream.
std::string MakeTempBeside(const std::string& path) {
  std::filesystem::path target(path);
  std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  std::string pattern = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = mkstemp(pattern.data());
  if (fd < 0) {
    throw Error(ErrorKind::kCantCreate, {path},
                std::string("cannot create: ") + std::strerror(errno));
  }
  close(fd);
  return pattern;
}

}  // namespace

AtomicOutput::AtomicOutput(std::string path) : path_(std::move(path)) {
  if (IsStdout(path_)) return;
  // stat, not std::filesystem: a symlink loop or an overlong name is the user's error, not a throw.
  struct stat target {};
  if (stat(path_.c_str(), &target) != 0 && errno != ENOENT) {
    throw Error(ErrorKind::kCantCreate, {path_},
                std::string("cannot create: ") + std::strerror(errno));
  }
  if (S_ISDIR(target.st_mode))
    throw Error(ErrorKind::kCantCreate, {path_}, "cannot create: is a directory");
  temp_path_ = MakeTempBeside(path_);
  file_.open(temp_path_, std::ios::binary | std::ios::trunc);
}

AtomicOutput::~AtomicOutput() {
  if (!committed_ && !temp_path_.empty()) std::remove(temp_path_.c_str());
}

std::ostream& AtomicOutput::stream() { return IsStdout(path_) ? std::cout : file_; }

void AtomicOutput::Commit() {
  if (IsStdout(path_)) {
    std::cout.flush();
    if (!std::cout) throw Error(ErrorKind::kIo, {"<stdout>"}, "write failed");
    committed_ = true;
    return;
  }
  file_.close();
  if (file_.fail()) throw Error(ErrorKind::kIo, {path_}, "write failed (disk full?)");
  // Keep the usual permissions of a new file rather than mkstemp's 0600.
  mode_t mask = umask(0);
  umask(mask);
  chmod(temp_path_.c_str(), 0666 & ~mask);
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    throw Error(ErrorKind::kIo, {path_},
                std::string("cannot rename into place: ") + std::strerror(errno));
  }
  committed_ = true;
}

void WriteOutput(const std::string& path, const std::string& content) {
  AtomicOutput out(path);
  out.stream() << content;
  out.Commit();
}

}  // namespace talign
