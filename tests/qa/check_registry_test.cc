#include "talign/qa/check_registry.h"

#include <gtest/gtest.h>

namespace talign {
namespace {

std::vector<std::string> Names(const std::vector<std::unique_ptr<Check>>& checks) {
  std::vector<std::string> names;
  for (const auto& check : checks) names.emplace_back(check->name());
  return names;
}

struct ListCase {
  const char* list;
  std::vector<std::string> names;
};

TEST(CheckRegistryTest, ParsesLists) {
  const ListCase cases[] = {
      {"term-missing,term-forbidden", {"term-missing", "term-forbidden"}},
      {"term-forbidden", {"term-forbidden"}},
      {" term-forbidden , term-missing ", {"term-forbidden", "term-missing"}},
      {"term-missing,term-missing,", {"term-missing"}},
  };
  for (const ListCase& c : cases) EXPECT_EQ(Names(ParseChecks(c.list)), c.names) << c.list;
  std::vector<std::string> all;
  for (std::string_view name : CheckNames()) all.emplace_back(name);
  EXPECT_EQ(Names(ParseChecks("")), all);
  EXPECT_EQ(Names(ParseChecks("all")), all);
}

TEST(CheckRegistryTest, UnknownCheckIsAUsageErrorNamingIt) {
  try {
    ParseChecks("term-missing,term-mising");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUsage);
    EXPECT_NE(e.message().find("unknown check `term-mising`"), std::string::npos);
    EXPECT_NE(e.message().find("term-forbidden"), std::string::npos);  // lists the known ones
  }
}

TEST(CheckRegistryTest, CheckNamesAreSpecNames) {
  for (std::string_view name : CheckNames()) {
    SCOPED_TRACE(std::string(name));
    EXPECT_EQ(Names(ParseChecks(name)), std::vector<std::string>{std::string(name)});
  }
}

}  // namespace
}  // namespace talign
