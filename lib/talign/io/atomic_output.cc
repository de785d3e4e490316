#include "talign/io/atomic_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <random>

#include "talign/base/error.h"

namespace talign {
namespace {

bool IsStdout(const std::string& path) { return path == "-"; }

[[noreturn]] void CannotCreate(const std::string& path) {
  throw Error(ErrorKind::kCantCreate, {path},
              std::string("cannot create: ") + std::strerror(errno));
}

// The temporaries alive now, as plain strings a signal handler may read.
std::atomic<char*> g_temporaries[256];

extern "C" void RemoveTemporariesAndReraise(int signal_number) {
  for (std::atomic<char*>& slot : g_temporaries) {
    if (char* path = slot.load()) unlink(path);
  }
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

// INT, TERM and HUP remove the temporaries first, unless the caller ignores them (nohup).
void InstallSignalCleanup() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction old {};
      sigaction(signal_number, nullptr, &old);
      if (old.sa_handler != SIG_DFL) continue;
      struct sigaction cleanup {};
      cleanup.sa_handler = RemoveTemporariesAndReraise;
      sigemptyset(&cleanup.sa_mask);
      sigaction(signal_number, &cleanup, nullptr);
    }
  });
}

void Register(const std::string& temp_path) {
  char* copy = strdup(temp_path.c_str());
  for (std::atomic<char*>& slot : g_temporaries) {
    char* empty = nullptr;
    if (slot.compare_exchange_strong(empty, copy)) return;
  }
  std::free(copy);  // more temporaries than slots: only the destructor removes this one
}

void Unregister(const std::string& temp_path) {
  for (std::atomic<char*>& slot : g_temporaries) {
    char* path = slot.load();
    if (path != nullptr && temp_path == path && slot.compare_exchange_strong(path, nullptr)) {
      std::free(path);
      return;
    }
  }
}

// A new file beside `path` (same directory, so rename is atomic), created with mode 0666
// so that the kernel applies the user's umask: no process-wide umask() juggling.
std::string CreateTempBeside(const std::string& path) {
  std::filesystem::path target(path);
  std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  // A short prefix keeps the temporary's name legal whenever the target's is.
  std::string prefix = "." + target.filename().string().substr(0, 32) + ".tmp-";
  thread_local std::mt19937_64 random{std::random_device{}()};
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = (dir / (prefix + std::to_string(random() % 1000000000))).string();
    int fd = open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      close(fd);
      return name;
    }
    if (errno != EEXIST) CannotCreate(path);
  }
  CannotCreate(path);
}

}  // namespace

AtomicOutput::AtomicOutput(std::string path) : path_(std::move(path)) {
  if (path_.empty()) throw Error(ErrorKind::kUsage, "-o '': an empty output file name");
  if (IsStdout(path_)) return;
  // stat, not std::filesystem: a symlink loop or an overlong name is the user's error, not a throw.
  struct stat target {};
  bool exists = stat(path_.c_str(), &target) == 0;
  if (!exists && errno != ENOENT) CannotCreate(path_);
  if (exists && S_ISDIR(target.st_mode)) {
    throw Error(ErrorKind::kCantCreate, {path_}, "cannot create: is a directory");
  }
  if (exists && !S_ISREG(target.st_mode)) {  // a device or FIFO is written, never replaced
    file_.open(path_, std::ios::binary | std::ios::out);
    if (!file_) CannotCreate(path_);
    return;
  }
  InstallSignalCleanup();
  temp_path_ = CreateTempBeside(path_);
  Register(temp_path_);
  if (exists) chmod(temp_path_.c_str(), target.st_mode & 07777);  // the file keeps its mode
  file_.open(temp_path_, std::ios::binary | std::ios::trunc);
}

AtomicOutput::~AtomicOutput() {
  if (committed_ || temp_path_.empty()) return;
  unlink(temp_path_.c_str());
  Unregister(temp_path_);
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
  if (!temp_path_.empty() && std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    throw Error(ErrorKind::kIo, {path_},
                std::string("cannot rename into place: ") + std::strerror(errno));
  }
  if (!temp_path_.empty()) Unregister(temp_path_);
  committed_ = true;
}

void WriteOutput(const std::string& path, const std::string& content) {
  AtomicOutput out(path);
  out.stream() << content;
  out.Commit();
}

}  // namespace talign
