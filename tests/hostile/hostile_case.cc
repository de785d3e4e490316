#include "hostile/hostile_case.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "test_util/temp_dir.h"
#include "test_util/test_data.h"

namespace talign::testing {
namespace {

namespace fs = std::filesystem;

bool Sanitized() {
#if defined(__SANITIZE_ADDRESS__)
  return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return true;
#endif
#endif
  return false;
}

std::string Quoted(const std::string& s) {
  std::string quoted = "'";
  for (char c : s) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// Temporaries of AtomicOutput (".NAME.tmp-XXXXXX") anywhere under `dir`.
std::vector<std::string> StrayTemporaries(const std::string& dir) {
  std::vector<std::string> found;
  std::error_code error;
  for (fs::recursive_directory_iterator
           it(dir, fs::directory_options::skip_permission_denied, error),
       end;
       !error && it != end; it.increment(error)) {
    if (it->path().filename().string().find(".tmp-") != std::string::npos)
      found.push_back(it->path());
  }
  return found;
}

// Makes everything under `dir` removable again (cases lock directories).
void Unlock(const std::string& dir) {
  std::system(("chmod -R u+rwx " + Quoted(dir) + " 2>/dev/null").c_str());
}

}  // namespace

std::string Repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

void ExpectHostileCase(const HostileCase& c) {
  if (c.needs_address_space_limit && Sanitized()) return;
  TempDir dir, logs;
  chmod(dir.path().c_str(), 0777);  // the unprivileged user must reach it
  const std::string as_user =
      geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups" : "";
  const std::string script = "cd " + Quoted(dir.path()) + " && T=" + Quoted(TalignBinary()) +
                             " && AS_USER=" + Quoted(as_user) + " && export T AS_USER && { :\n" +
                             c.setup + "\n} >/dev/null && { " + c.command + "\n} >" +
                             Quoted(logs.File("out")) + " 2>" + Quoted(logs.File("err"));
  int status = std::system(("sh -c " + Quoted(script)).c_str());
  int exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::string err = ReadFile(logs.File("err"));
  EXPECT_EQ(exit_code, c.exit_code) << err;
  if (c.message.empty()) {
    EXPECT_EQ(err, "");
  } else {
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << err;
    EXPECT_EQ(err.rfind("talign: ", 0), 0u) << err;
    EXPECT_NE(err.find(c.message), std::string::npos) << err;
  }
  for (const std::string& path : c.exists) EXPECT_TRUE(fs::exists(dir.File(path))) << path;
  for (const std::string& path : c.absent) {
    std::error_code error;
    EXPECT_FALSE(fs::exists(fs::symlink_status(dir.File(path), error))) << path;
  }
  for (const auto& [path, mode] : c.modes) {
    struct stat info {};
    ASSERT_EQ(lstat(dir.File(path).c_str(), &info), 0) << path;
    EXPECT_EQ(info.st_mode & 07777, mode) << path;
  }
  EXPECT_EQ(StrayTemporaries(dir.path()), std::vector<std::string>());
  Unlock(dir.path());
}

}  // namespace talign::testing
