// talign extract (SRC TGT | --manifest FILE) [--presegmented] [--glossary EXISTING]
//                [--min-count N] [--top N] -o OUT.yaml
#include <iostream>

#include "command.h"
#include "common_options.h"
#include "talign/base/error.h"
#include "talign/extract/glossary_merge.h"
#include "talign/extract/manifest.h"
#include "talign/extract/term_extractor.h"
#include "talign/glossary/glossary_yaml.h"
#include "talign/io/atomic_output.h"

namespace talign::cli {
namespace {

// The document pairs to read, one at a time: SRC TGT, or every line of the manifest.
std::vector<DocumentPaths> InputPairs(const std::vector<std::string>& inputs,
                                      const std::string& manifest, const std::string& usage) {
  if (!manifest.empty()) {
    RequireInputs(inputs, 0, 0, usage);
    return ReadManifest(manifest);
  }
  RequireInputs(inputs, 2, 2, usage);
  return {{inputs[0], inputs[1]}};
}

}  // namespace

ExitCode RunExtract(const std::vector<std::string>& args) {
  const std::string usage =
      "talign extract (SRC TGT | --manifest FILE) [--presegmented] [--glossary EXISTING] "
      "[--min-count N] [--top N] -o OUT.yaml";
  CommonOptions common;
  ExtractOptions extract;
  std::string manifest, glossary_path;
  po::options_description options("Options");
  options.add_options()
      ("manifest", po::value(&manifest), "file of document pairs, one SRC<TAB>TGT per line")
      ("glossary", po::value(&glossary_path), "existing glossary: entries kept, differences noted")
      ("min-count", po::value(&extract.min_count)->default_value(extract.min_count),
       "a term pair must be linked in at least N beads")
      ("top", po::value(&extract.top)->default_value(extract.top), "keep the best N candidates (0: all)");
  options.add(CommonOptionsDescription(&common, true));
  std::vector<std::string> inputs;
  if (ParseCommandLine(args, usage, options, &inputs)) return ExitCode::kOk;
  std::vector<DocumentPaths> pairs = InputPairs(inputs, manifest, usage);
  if (extract.min_count == 0) throw Error(ErrorKind::kUsage, "extract: --min-count must be at least 1");
  std::optional<Glossary> existing;
  if (!glossary_path.empty()) existing = LoadGlossary(glossary_path);
  Language src = ParseLanguage(common.src_lang, "src-lang");
  Language tgt = ParseLanguage(common.tgt_lang, "tgt-lang");
  TermExtractor extractor(src, tgt, extract);
  for (const DocumentPaths& pair : pairs) {
    DocumentPair docs = ReadPair(common, pair.src, pair.tgt);
    extractor.AddDocuments(docs.src.segments, docs.tgt.segments);
  }
  std::vector<Candidate> candidates = extractor.Finish();
  Glossary out = BuildGlossary(candidates, existing ? &*existing : nullptr, src, tgt, extractor);
  AtomicOutput output(common.output);
  output.stream() << SaveGlossary(out);
  output.Commit();
  return ExitCode::kOk;
}

}  // namespace talign::cli
