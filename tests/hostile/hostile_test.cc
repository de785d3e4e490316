// Hostile input against the built binary (issue 14): every case one command, each row a
// case that crashed, wrote where it must not, or lost data silently.
#include <gtest/gtest.h>

#include "hostile/hostile_case.h"

namespace talign::testing {
namespace {

// A small French/English pair, a glossary for it, and a two-pair manifest.
const std::string kFiles =
    "printf 'Les talibans ont attaqu\\303\\251 Kaboul.\\nLe cessez-le-feu a tenu.\\n' > a.fr\n"
    "printf 'The Taliban attacked Kabul.\\nThe ceasefire held.\\n' > a.en\n"
    "cp a.fr b.fr; cp a.en b.en\n"
    "printf 'languages: {source: fr, target: en}\\nterms:\\n  - source: taliban\\n    target: "
    "Taliban\\n' "
    "> g.yaml\n";

void RunTable(const std::vector<HostileCase>& cases) {
  for (const HostileCase& c : cases) {
    SCOPED_TRACE(c.name);
    ExpectHostileCase(c);
  }
}

}  // namespace

// Item 1: file-system errors on the output path are one line naming it (exit 73), not an
// uncaught std::filesystem::filesystem_error.
TEST(HostileTest, UnusableOutputPathsAreOneLineNamingThem) {
  const std::string long_name = Repeat("n", 300);
  RunTable({
      {"-o through a symlink loop", kFiles + "ln -s loop2 loop1; ln -s loop1 loop2",
       "\"$T\" segment a.fr -o loop1/out.txt", 73, "loop1/out.txt: "},
      {"-o with a 300-character name",
       kFiles,
       "\"$T\" segment a.fr -o " + long_name,
       73,
       long_name + ": ",
       {},
       {long_name}},
      {"-o in a directory the user cannot search",
       kFiles + "mkdir -p locked/sub; chmod 0700 locked",
       "$AS_USER \"$T\" segment a.fr -o locked/sub/out.txt", 73, "locked/sub/out.txt: "},
      {"a 300-character manifest NAME",
       kFiles + "printf 'a.fr\\ta.en\\t" + long_name + "\\nb.fr\\tb.en\\n' > m.tsv",
       "\"$T\" align --manifest m.tsv -o out",
       73,
       "m.tsv:1, skipped",
       {"out/b.beads"}},
  });
}

}  // namespace talign::testing
