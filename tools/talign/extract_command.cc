// talign extract (SRC TGT | FILE.tmx | FILE.xlf | --moses PREFIX | --manifest FILE)
//                [--presegmented] [--glossary EXISTING] [--min-count N] [--top N] -o OUT.yaml
#include <iostream>

#include "command.h"
#include "common_options.h"
#include "talign/base/error.h"
#include "talign/extract/glossary_merge.h"
#include "talign/extract/term_extractor.h"
#include "talign/glossary/glossary_yaml.h"
#include "talign/io/aligned_input.h"
#include "talign/io/atomic_output.h"
#include "talign/io/manifest.h"
#include "talign/io/moses_reader.h"
#include "talign/io/text_input.h"

namespace talign::cli {
namespace {

struct ExtractInputs {
  std::string manifest;
  std::string moses;  // PREFIX of Moses-style parallel files
};

void AddUnits(TermExtractor& extractor, const ParallelSegments& units) {
  for (const Bead& bead : units.alignment.beads) {
    if (bead.src.empty() || bead.tgt.empty()) continue;
    extractor.AddBead(BeadSideText(units.src, bead.src), BeadSideText(units.tgt, bead.tgt));
  }
}

void AddPair(TermExtractor& extractor, const CommonOptions& common, const std::string& src,
             const std::string& tgt) {
  DocumentPair docs = ReadPair(common, src, tgt);
  extractor.AddDocuments(docs.src.segments, docs.tgt.segments);
}

// SRC TGT, one TMX or XLIFF file, Moses files, or every pair of a manifest, one at a time.
void AddInputs(TermExtractor& extractor, const ExtractInputs& in, const CommonOptions& common,
               const std::vector<std::string>& inputs, const Language& src, const Language& tgt) {
  if (!in.moses.empty())
    return AddUnits(extractor, ReadMosesPair(in.moses, src, tgt, common.encoding));
  if (!in.manifest.empty()) {
    for (const ManifestEntry& e : ParseManifest(ReadText(in.manifest, ""), in.manifest)) {
      AddPair(extractor, common, e.src, e.tgt);
    }
    return;
  }
  if (inputs.size() == 1) return AddUnits(extractor, ReadAlignedFile(inputs[0], src, tgt));
  AddPair(extractor, common, inputs[0], inputs[1]);
}

// Exactly one input form: SRC TGT, one aligned file, --moses or --manifest.
void RequireOneInputForm(const ExtractInputs& in, const std::vector<std::string>& inputs,
                         const std::string& usage) {
  bool aligned_file = inputs.size() == 1 && IsAlignedFile(inputs[0]);
  std::size_t expected = !in.manifest.empty() || !in.moses.empty() ? 0 : (aligned_file ? 1 : 2);
  RequireInputs(inputs, expected, expected, usage);
  if (!in.manifest.empty() && !in.moses.empty()) {
    throw Error(ErrorKind::kUsage, "extract: give --manifest or --moses, not both");
  }
}

}  // namespace

ExitCode RunExtract(const std::vector<std::string>& args) {
  const std::string usage =
      "talign extract (SRC TGT | FILE.tmx | FILE.xlf | --moses PREFIX | --manifest FILE) "
      "[--presegmented] [--glossary EXISTING] "
      "[--min-count N] [--top N] -o OUT.yaml";
  CommonOptions common;
  ExtractOptions extract;
  ExtractInputs in;
  std::string glossary_path;
  po::options_description options("Options");
  options.add_options()("manifest", po::value(&in.manifest),
                        "file of document pairs, one SRC<TAB>TGT per line")(
      "moses", po::value(&in.moses),
      "Moses-style parallel files PREFIX.SRC_LANG and PREFIX.TGT_LANG")(
      "glossary", po::value(&glossary_path), "existing glossary: entries kept, differences noted")(
      "min-count", CountValue(&extract.min_count, "min-count"),
      "a term pair must be linked in at least N beads")("top", CountValue(&extract.top, "top"),
                                                        "keep the best N candidates (0: all)");
  options.add(CommonOptionsDescription(&common, true))
      .add(ResourceOptionsDescription(&common.resources));
  std::vector<std::string> inputs;
  if (ParseCommandLine(args, usage, options, &inputs)) return ExitCode::kOk;
  RequireOneInputForm(in, inputs, usage);
  if (extract.min_count == 0)
    throw Error(ErrorKind::kUsage, "extract: --min-count must be at least 1");
  std::optional<Glossary> existing;
  if (!glossary_path.empty()) existing = LoadGlossary(glossary_path);
  Language src = ParseLanguage(common.src_lang, "src-lang");
  Language tgt = ParseLanguage(common.tgt_lang, "tgt-lang");
  NoticeIfNoData(src, common.quiet);
  NoticeIfNoData(tgt, common.quiet);
  extract.aligner = AlignerOptionsFor(common, existing ? &*existing : nullptr);
  LanguageResources src_resources(src, common.resources), tgt_resources(tgt, common.resources);
  TermExtractor extractor(src_resources, tgt_resources, extract);
  AddInputs(extractor, in, common, inputs, src, tgt);
  std::vector<Candidate> candidates = extractor.Finish();
  Glossary out = BuildGlossary(candidates, existing ? &*existing : nullptr, src, tgt, extractor);
  AtomicOutput output(common.output);
  output.stream() << SaveGlossary(out);
  output.Commit();
  return ExitCode::kOk;
}

}  // namespace talign::cli
