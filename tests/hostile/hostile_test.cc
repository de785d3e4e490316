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

// Item 2: inline codes nested 50,000 deep (a 350 KB file) are read without recursion.
TEST(HostileTest, DeeplyNestedInlineCodesAreReadWithoutRecursion) {
  const std::string deep_g =
      "yes '<g>' | head -n 50000 | tr -d '\\n'; printf 'Bonjour'; "
      "yes '</g>' | head -n 50000 | tr -d '\\n'";
  const std::string tmx =
      "{ printf '<?xml version=\"1.0\"?><tmx version=\"1.4\"><header/><body><tu><tuv "
      "xml:lang=\"fr\"><seg>'; " +
      deep_g +
      "; printf '</seg></tuv><tuv xml:lang=\"en\"><seg>Hello</seg></tuv></tu></body></tmx>'; } > "
      "deep.tmx\n";
  const std::string xliff =
      "{ printf '<xliff version=\"2.0\" srcLang=\"fr\" trgLang=\"en\"><file id=\"f\"><unit "
      "id=\"u\">"
      "<segment><source>'; yes '<pc id=\"p\">' | head -n 50000 | tr -d '\\n'; printf 'Bonjour'; "
      "yes '</pc>' | head -n 50000 | tr -d '\\n'; "
      "printf '</source><target>Hello</target></segment></unit></file></xliff>'; } > deep.xlf\n";
  RunTable({
      {"check a deep TMX",
       kFiles + tmx,
       "\"$T\" check deep.tmx --glossary g.yaml --fail-on never -o r.txt",
       0,
       "",
       {"r.txt"}},
      {"extract a deep TMX", kFiles + tmx, "\"$T\" extract deep.tmx -o x.yaml", 0, "", {"x.yaml"}},
      {"check a deep XLIFF",
       kFiles + xliff,
       "\"$T\" check deep.xlf --glossary g.yaml --fail-on never -o r.txt",
       0,
       "",
       {"r.txt"}},
      {"extract a deep XLIFF",
       kFiles + xliff,
       "\"$T\" extract deep.xlf -o x.yaml",
       0,
       "",
       {"x.yaml"}},
  });
}

// Item 3: a --jsonl line nested 100,000 deep is answered with an error object, not a crash.
TEST(HostileTest, DeeplyNestedJsonLinesAreRefused) {
  const std::string deep_id =
      "{ printf '{\"id\":'; yes '[' | head -n 100000 | tr -d '\\n'; "
      "yes ']' | head -n 100000 | tr -d '\\n'; printf ',\"src\":\"a\",\"tgt\":\"b\"}\\n'; } ";
  RunTable({
      {"an id nested 100,000 deep",
       "printf '{\"id\":1,\"src\":\"Bonjour.\",\"tgt\":\"Hello.\"}\\n' > ok.jsonl",
       deep_id + " > deep.jsonl; cat ok.jsonl deep.jsonl | \"$T\" align --jsonl > out.jsonl",
       65,
       "<stdin>:2: 1 request line(s) refused",
       {"out.jsonl"}},
  });
}

// Item 4: more threads than the address space holds run as many as fit, and finish.
TEST(HostileTest, TooManyThreadsStillFinishTheBatch) {
  const std::string manifest =
      kFiles +
      "i=0; while [ $i -lt 200 ]; do printf 'a.fr\\ta.en\\tp%d\\n' $i; i=$((i+1)); done > m.tsv";
  HostileCase c{"--threads 10000 under a 1 GB address-space limit",
                manifest,
                "ulimit -v 1000000; \"$T\" align --manifest m.tsv -o out --threads 10000 --quiet",
                0,
                "",
                {"out/p0.beads", "out/p199.beads"}};
  c.needs_address_space_limit = true;
  RunTable({c});
}

// Item 5: a manifest NAME never writes outside -o DIR; nothing is written at all.
TEST(HostileTest, ManifestNamesStayInsideTheOutputDirectory) {
  RunTable({
      {"NAME ../../x",
       kFiles + "printf 'a.fr\\ta.en\\t../../x\\n' > m.tsv",
       "\"$T\" align --manifest m.tsv -o o1/o2",
       65,
       "m.tsv:1: output name `../../x` must be a relative path",
       {},
       {"x.beads", "o1"}},
      {"NAME sub/../../x",
       kFiles + "printf 'a.fr\\ta.en\\tsub/../../x\\n' > m.tsv",
       "\"$T\" align --manifest m.tsv -o o1",
       65,
       "m.tsv:1: output name `sub/../../x`",
       {},
       {"x.beads", "o1"}},
      {"an absolute NAME",
       kFiles + "printf 'b.fr\\tb.en\\n\\na.fr\\ta.en\\t%s/abs\\n' \"$PWD\" > m.tsv",
       "\"$T\" align --manifest m.tsv -o out",
       65,
       "m.tsv:3: output name `/",
       {},
       {"abs.beads", "out"}},
  });
}

// Item 9: NAMEs that are one file once normal are refused before anything is written.
TEST(HostileTest, ManifestNamesOfOneFileAreRefused) {
  RunTable({
      {"NAMEs x and ./x",
       kFiles + "printf 'a.fr\\ta.en\\tx\\nb.fr\\tb.en\\t./x\\n' > m.tsv",
       "\"$T\" align --manifest m.tsv -o out",
       65,
       "m.tsv:2: output name `x` is also line 1's",
       {},
       {"out"}},
      {"NAMEs x and sub/../x",
       kFiles + "printf 'a.fr\\ta.en\\tx\\nb.fr\\tb.en\\tsub/../x\\n' > m.tsv",
       "\"$T\" align --manifest m.tsv -o out",
       65,
       "m.tsv:2: output name `sub/../x`",
       {},
       {"out"}},
      {"NAME x and a source named x.fr",
       kFiles + "cp a.fr x.fr; printf 'x.fr\\ta.en\\nb.fr\\tb.en\\tx\\n' > m.tsv",
       "\"$T\" align --manifest m.tsv -o out",
       65,
       "m.tsv:2: output name `x` is also line 1's",
       {},
       {"out"}},
      {"NAME sub/x makes its directory",
       kFiles + "printf 'a.fr\\ta.en\\tsub/x\\nb.fr\\tb.en\\tx\\n' > m.tsv",
       "\"$T\" align --manifest m.tsv -o out",
       0,
       "",
       {"out/sub/x.beads", "out/x.beads"}},
  });
}

// Item 6: batch outputs follow the umask, whichever thread writes them.
TEST(HostileTest, BatchOutputsFollowTheUmask) {
  HostileCase c{"40 pairs on 2 threads under umask 022",
                kFiles +
                    "i=0; while [ $i -lt 40 ]; do printf 'a.fr\\ta.en\\tp%d\\n' $i; i=$((i+1)); "
                    "done > m.tsv",
                "umask 022; \"$T\" align --manifest m.tsv -o out --threads 2 --quiet", 0, ""};
  for (int i = 0; i < 40; ++i) c.modes.push_back({"out/p" + std::to_string(i) + ".beads", 0644});
  RunTable({c});
}

// Item 7: -o keeps an existing file's mode, and writes through a device or FIFO.
TEST(HostileTest, OutputKeepsModesAndSpecialFiles) {
  RunTable({
      {"-o over a 0600 file",
       kFiles + "touch out.txt; chmod 0600 out.txt",
       "\"$T\" segment a.fr -o out.txt",
       0,
       "",
       {},
       {},
       {{"out.txt", 0600}}},
      {"-o over a 0640 file under umask 077",
       kFiles + "touch out.txt; chmod 0640 out.txt",
       "umask 077; \"$T\" segment a.fr -o out.txt",
       0,
       "",
       {},
       {},
       {{"out.txt", 0640}}},
      {"-o a new file under umask 027",
       kFiles,
       "umask 027; \"$T\" segment a.fr -o out.txt",
       0,
       "",
       {},
       {},
       {{"out.txt", 0640}}},
      {"-o a symlink to /dev/null",
       kFiles + "ln -s /dev/null sink",
       "\"$T\" segment a.fr -o sink && test -L sink",
       0,
       "",
       {},
       {},
       {{"sink", 0777}}},
      {"-o a FIFO",
       kFiles + "mkfifo fifo",
       "timeout 10 cat fifo > got.txt & \"$T\" segment a.fr -o fifo && wait && test -p fifo && "
       "grep -q Kaboul got.txt",
       0,
       "",
       {"got.txt"},
       {},
       {{"fifo", 0644}}},
  });
}

// Item 10: standard output that cannot be written is exit 74, whatever the command.
TEST(HostileTest, FullStandardOutputIsExit74) {
  RunTable({
      {"align --jsonl > /dev/full",
       "printf '{\"id\":1,\"src\":\"Bonjour.\",\"tgt\":\"Hello.\"}\\n' > in.jsonl",
       "\"$T\" align --jsonl < in.jsonl > /dev/full", 74, "<stdout>: write failed"},
      {"--help > /dev/full", "", "\"$T\" --help > /dev/full", 74, "<stdout>: write failed"},
      {"--version > /dev/full", "", "\"$T\" --version > /dev/full", 74, "<stdout>: write failed"},
      {"segment --help > /dev/full", "", "\"$T\" segment --help > /dev/full", 74,
       "<stdout>: write failed"},
      {"segment > /dev/full", kFiles, "\"$T\" segment a.fr > /dev/full", 74,
       "<stdout>: write failed"},
  });
}

// Item 11: check --alignment refuses beads that leave a segment out.
TEST(HostileTest, PartialBeadsAreRefusedByCheck) {
  const std::string check =
      "\"$T\" check --presegmented a.fr a.en --glossary g.yaml --fail-on never "
      "--alignment beads -o r.txt";
  RunTable({
      {"a source segment left out",
       kFiles + "printf '[0]:[0,1]\\n' > beads",
       check,
       65,
       "beads: 1 source segment(s) in no bead, the first 1",
       {},
       {"r.txt"}},
      {"a target segment left out",
       kFiles + "printf '[0]:[0]\\n[1]:[]\\n' > beads",
       check,
       65,
       "beads: 1 target segment(s) in no bead, the first 1",
       {},
       {"r.txt"}},
      {"every segment once",
       kFiles + "printf '[0]:[0]\\n[1]:[]\\n[]:[1]\\n' > beads",
       check,
       0,
       "",
       {"r.txt"}},
  });
}

// The class: resource failures escaping the library are one line naming the input, exit 74.
TEST(HostileTest, OutOfMemoryNamesTheInput) {
  HostileCase c{"segment 30 MB under a 100 MB address-space limit",
                "yes 'Le chat mange une souris dans la maison bleue.' | head -c 30000000 > big.fr",
                "ulimit -v 100000; \"$T\" segment big.fr -o out.txt",
                74,
                "talign: big.fr: out of memory",
                {},
                {"out.txt"}};
  c.needs_address_space_limit = true;
  RunTable({c});
}

// Item 14: SPEC's exit codes, and messages that name the file and the right place.
TEST(HostileTest, ExitCodesAndMessagesFollowSpec) {
  RunTable({
      {"--glossary DIR", kFiles + "mkdir gdir", "\"$T\" check a.fr a.en --glossary gdir", 66,
       "gdir: cannot read the glossary file"},
      {"closed standard input",
       "",
       "\"$T\" segment -o out.txt <&-",
       66,
       "<stdin>: standard input is closed",
       {},
       {"out.txt"}},
      {"closed standard output", "", "\"$T\" --version >&-", 74, "<stdout>: write failed"},
      {"--min-count -1",
       kFiles,
       "\"$T\" extract a.fr a.en --min-count -1 -o x.yaml",
       2,
       "--min-count must be a count",
       {},
       {"x.yaml"}},
      {"--top -1",
       kFiles,
       "\"$T\" extract a.fr a.en --top -1 -o x.yaml",
       2,
       "--top must be a count",
       {},
       {"x.yaml"}},
      {"--threads -1", kFiles, "\"$T\" align a.fr a.en --threads -1", 2,
       "--threads must be a count"},
      {"-o ''", kFiles, "\"$T\" segment a.fr -o ''", 2, "-o '': an empty output file name"},
      {"a CSV error names the CSV and its lines",
       kFiles,
       "\"$T\" glossary export --to csv g.yaml > g.csv && tail -n 1 g.csv >> g.csv && "
       "\"$T\" glossary import g.csv -o g2.yaml",
       65,
       "talign: g.csv:3: duplicate id `taliban` (first used on line 2)",
       {},
       {"g2.yaml"}},
      {"a bad byte after a BOM: the file's offset", "printf '\\357\\273\\277abc\\377' > bom.txt",
       "\"$T\" segment bom.txt", 65,
       "bom.txt:1: text is not valid UTF-8 (use --encoding, e.g. latin1 or "
       "windows-1252) at byte offset 6"},
      {"SIGTERM while reading",
       "",
       "sleep 3 | \"$T\" segment - -o out.txt & pid=$!; sleep 0.5; kill -TERM $pid; wait $pid "
       "2>/dev/null",
       143,
       "",
       {},
       {"out.txt"}},
  });
}

// Item 12: encodings are decoded once and XML output stays well-formed.
TEST(HostileTest, EncodingsAndXmlOutputStayWellFormed) {
  const std::string tmx_head = "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"fr\"><seg>";
  const std::string tmx_tail =
      "</seg></tuv><tuv xml:lang=\"en\"><seg>Truce</seg></tuv></tu></body></tmx>";
  const std::string escape =
      "printf 'Tr\\303\\252ve \\033[31mrouge.\\n' > e.fr; printf 'Red truce.\\n' > e.en\n";
  RunTable({
      {"a Latin-1 glossary",
       kFiles + "printf 'languages: {source: fr, target: en}\\nterms:\\n  - source: tr\\352ve\\n"
                "    target: truce\\n' > l1.yaml",
       "\"$T\" glossary export --to tbx l1.yaml -o out.tbx",
       65,
       "l1.yaml:3: text is not valid UTF-8",
       {},
       {"out.tbx"}},
      {"a control character into TMX",
       escape,
       "\"$T\" align e.fr e.en --format tmx -o out.tmx && ! grep -q '&#27;' out.tmx && grep -q "
       "'rouge' out.tmx && "
       "! grep -q \"$(printf '\\033')\" out.tmx",
       0,
       "",
       {"out.tmx"}},
      {"a control character into TBX",
       "printf 'languages: {source: fr, target: en}\\nterms:\\n  - source: \"tr\\\\ev\\\\x1be\"\\n"
       "    target: truce\\n' > c.yaml",
       "\"$T\" glossary export --to tbx c.yaml -o out.tbx && ! grep -q '&#27;' out.tbx && grep -q "
       "'trve' out.tbx",
       0,
       "",
       {"out.tbx"}},
      {"&#0; in a TMX",
       kFiles + "printf '" + tmx_head + "Tr&#0;ve partielle" + tmx_tail + "' > nul.tmx",
       "\"$T\" extract nul.tmx -o x.yaml",
       65,
       "nul.tmx:1: malformed TMX: `&#0;` refers to a character",
       {},
       {"x.yaml"}},
      {"an ISO-8859-1 TMX with --encoding latin1",
       kFiles + "printf '<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + tmx_head +
           "Tr\\352ve Tr\\352ve" + tmx_tail + "' > l1.tmx",
       "\"$T\" extract l1.tmx --encoding latin1 --min-count 1 -o x.yaml && grep -q \"source: "
       "Tr$(printf '\\303\\252')ve Tr\" x.yaml",
       0,
       "",
       {"x.yaml"}},
      {"an ISO-8859-1 TBX imported as declared",
       "printf '<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\\n<martif type=\"TBX\"><text><body>"
       "<termEntry id=\"e1\"><langSet xml:lang=\"fr\"><tig><term>\\351t\\351</term></tig>"
       "</langSet><langSet xml:lang=\"en\"><tig><term>summer</term></tig></langSet>"
       "</termEntry></body></text></martif>\\n' > l1.tbx",
       "\"$T\" glossary import l1.tbx -o g.yaml && grep -q \"source: $(printf '\\303\\251')t"
       "$(printf '\\303\\251')\" g.yaml",
       0,
       "",
       {"g.yaml"}},
  });
}

// Item 8: escape sequences in the input reach the terminal escaped, in reports and errors.
TEST(HostileTest, EscapeSequencesAreShownEscaped) {
  const std::string files =
      kFiles +
      "printf 'Les talibans \\033[2J\\033]0;pwned\\007 attaquent.\\n' > e.fr; "
      "printf 'Red attack.\\n' > e.en\n";
  RunTable({
      {"a text report",
       files,
       "\"$T\" check e.fr e.en --glossary g.yaml --fail-on never -o r.txt && ! grep -q \"$(printf "
       "'\\033')\" r.txt && "
       "grep -qF 'talibans \\x1b[2J\\x1b]0;pwned\\x07 attaquent' r.txt",
       0,
       "",
       {"r.txt"}},
      {"an error line", kFiles + "printf 'a.fr\\ta.en\\tx\\033[2J\\tz\\n' > m.tsv",
       "\"$T\" align --manifest m.tsv -o out", 65,
       "m.tsv:1: expected `SRC<TAB>TGT` or `SRC<TAB>TGT<TAB>NAME`, "
       "got `a.fr\\x09a.en\\x09x\\x1b[2J\\x09z`"},
  });
}

// Item 13: memory follows the input's size: a large real glossary is read, not refused.
TEST(HostileTest, LargeGlossariesAreRead) {
  RunTable({
      {"a 200,000-entry glossary",
       "{ printf 'languages: {source: fr, target: en}\\nterms:\\n'; i=0; "
       "awk 'BEGIN { for (i = 0; i < 200000; i++) printf \"  - source: mot%d\\n    target: "
       "word%d\\n\", i, i }'; } "
       "> big.yaml",
       "\"$T\" glossary export --to csv big.yaml -o big.csv && test $(wc -l < big.csv) -eq 200001",
       0,
       "",
       {"big.csv"}},
  });
}

// Item 13: a 10,000-word segment pair aligns in bounded memory (5.5 GB before).
TEST(HostileTest, LongSegmentPairsAlignInBoundedMemory) {
  HostileCase c{"two 10,000-word lines under a 1 GB address-space limit",
                "awk 'BEGIN { srand(1); for (i = 0; i < 10000; i++) printf \"m%d \", int(rand() * "
                "1e6); print \"\" }' > l.fr; "
                "awk 'BEGIN { srand(2); for (i = 0; i < 10000; i++) printf \"w%d \", int(rand() * "
                "1e6); print \"\" }' > l.en",
                "ulimit -v 1000000; \"$T\" align --presegmented l.fr l.en -o out.beads",
                0,
                "",
                {"out.beads"}};
  c.needs_address_space_limit = true;
  RunTable({c});
}

// Item 13: `extract` links words of a 10,000-word pair in bounded memory: every word shares
// its first five letters with every other, so each pair was a link candidate (854 MB before).
TEST(HostileTest, LongSegmentPairsExtractInBoundedMemory) {
  HostileCase c{"two 10,000-word lines of cognates under a 400 MB address-space limit",
                "awk 'BEGIN { srand(1); for (i = 0; i < 10000; i++) printf \"terme%c%c \", 97 + "
                "int(rand() * 26), 97 + int(rand() * 26); print \"\" }' > l.fr; "
                "awk 'BEGIN { srand(2); for (i = 0; i < 10000; i++) printf \"terme%c%c \", 97 + "
                "int(rand() * 26), 97 + int(rand() * 26); print \"\" }' > l.en",
                "ulimit -v 400000; \"$T\" extract --presegmented l.fr l.en -o out.yaml",
                0,
                "",
                {"out.yaml"}};
  c.needs_address_space_limit = true;
  RunTable({c});
}

// Item 13: unrelated lines that share words (the path meets the band's edge everywhere, so
// it widened to the whole matrix: 391 MB for 20,000 × 20,000 before) align in linear memory.
TEST(HostileTest, UnrelatedLinesAlignInLinearMemory) {
  HostileCase c{"20,000 x 20,000 unrelated one-word lines under a 150 MB address-space limit",
                "awk 'BEGIN { srand(1); for (i = 0; i < 20000; i++) printf \"w%d\\n\", int(rand() "
                "* 5000) }' > u.fr; "
                "awk 'BEGIN { srand(2); for (i = 0; i < 20000; i++) printf \"w%d\\n\", int(rand() "
                "* 5000) }' > u.en",
                "ulimit -v 150000; \"$T\" align u.fr u.en -o out.beads && "
                "test $(wc -l < out.beads) -ge 20000",
                0,
                "",
                {"out.beads"}};
  c.needs_address_space_limit = true;
  RunTable({c});
}

}  // namespace talign::testing
