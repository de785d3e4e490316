// talign check (SRC TGT | FILE.tmx | FILE.xlf | --moses PREFIX | --manifest FILE)
//   --glossary FILE [--presegmented]
//   [--alignment BEADS_FILE] [--checks LIST] [--format text|json|html] [--ignore FILE]
//   [--renderings] [--fail-on error|warning|never] [-o OUT]
#include <unistd.h>

#include <cstdlib>

#include "command.h"
#include "common_options.h"
#include "talign/align/aligner.h"
#include "talign/base/error.h"
#include "talign/glossary/glossary_yaml.h"
#include "talign/io/aligned_input.h"
#include "talign/io/atomic_output.h"
#include "talign/io/beads_format.h"
#include "talign/io/check_report.h"
#include "talign/io/findings_format.h"
#include "talign/io/html_report.h"
#include "talign/io/manifest.h"
#include "talign/io/moses_reader.h"
#include "talign/io/text_input.h"
#include "talign/qa/check_registry.h"
#include "talign/qa/run_checks.h"

namespace talign::cli {
namespace {

struct CheckOptions {
  std::string glossary;
  std::string alignment;
  std::string manifest;
  std::string moses;  // PREFIX of Moses-style parallel files
  std::string ignore;
  std::string checks = "all";
  std::string format = "text";
  std::string fail_on = "error";
  bool renderings = false;  // the per-term table for a single pair; corpora always get it
};

// The gold or user-given beads, or talign's own alignment anchored by the glossary.
Alignment AlignmentFor(const std::string& beads_file, const DocumentPair& docs,
                       const AlignerOptions& aligner) {
  if (!beads_file.empty()) {
    const std::size_t src_count = docs.src.segments.size(), tgt_count = docs.tgt.segments.size();
    Alignment beads = ParseBeads(ReadText(beads_file, ""), beads_file, src_count, tgt_count);
    RequireEverySegment(beads, beads_file, src_count, tgt_count);
    return beads;
  }
  return AlignSegments(docs.src.segments, docs.tgt.segments, aligner);
}

void AddPair(Corpus& corpus, const CommonOptions& common, const std::string& src,
             const std::string& tgt, const std::string& beads_file, const AlignerOptions& aligner) {
  DocumentPair docs = ReadPair(common, src, tgt);
  AppendPair(corpus, {src, tgt}, docs.src.segments, docs.tgt.segments,
             AlignmentFor(beads_file, docs, aligner));
}

void AddAligned(Corpus& corpus, const std::string& name, const ParallelSegments& units) {
  AppendPair(corpus, {name, name}, units.src, units.tgt, units.alignment);
}

// SRC TGT, one TMX or XLIFF file, Moses files, or the pairs of a manifest, laid end to end.
Corpus LoadCorpus(const CheckOptions& o, const CommonOptions& common,
                  const std::vector<std::string>& inputs, const Glossary& glossary,
                  const std::string& usage) {
  Corpus corpus;
  bool one_file = inputs.size() == 1 && IsAlignedFile(inputs[0]);
  if (!o.manifest.empty() || !o.moses.empty() || one_file) {
    RequireInputs(inputs, one_file ? 1 : 0, one_file ? 1 : 0, usage);
    if (!o.alignment.empty()) {
      throw Error(ErrorKind::kUsage, "check: --alignment applies to one SRC TGT pair only");
    }
  }
  const Language src = ParseLanguage(common.src_lang, "src-lang");
  const Language tgt = ParseLanguage(common.tgt_lang, "tgt-lang");
  if (!o.manifest.empty()) {
    const AlignerOptions aligner = AlignerOptionsFor(common, &glossary);
    for (const ManifestEntry& e : ParseManifest(ReadText(o.manifest, ""), o.manifest)) {
      AddPair(corpus, common, e.src, e.tgt, "", aligner);
    }
  } else if (!o.moses.empty()) {
    AddAligned(corpus, o.moses, ReadMosesPair(o.moses, src, tgt, common.encoding));
  } else if (one_file) {
    AddAligned(corpus, inputs[0], ReadAlignedFile(inputs[0], src, tgt));
  } else {
    RequireInputs(inputs, 2, 2, usage);
    AddPair(corpus, common, inputs[0], inputs[1], o.alignment,
            o.alignment.empty() ? AlignerOptionsFor(common, &glossary) : AlignerOptions{});
  }
  return corpus;
}

std::vector<TermRenderings> RenderingsOf(const CheckContext& context) {
  std::vector<TermRenderings> table = RenderingTable(*context.glossary, GlossaryTermUses(context));
  for (TermRenderings& row : FrequentSourceTerms(context, {})) table.push_back(std::move(row));
  return table;
}

bool ColourWanted(const std::string& output) {
  return output == "-" && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

void WriteReport(const std::string& output, const std::string& format, const CheckReport& report) {
  AtomicOutput out(output);
  if (format == "json") {
    WriteReportJson(out.stream(), report);
  } else if (format == "html") {
    WriteReportHtml(out.stream(), report);
  } else {
    WriteReportText(out.stream(), report, {ColourWanted(output)});
  }
  out.Commit();
}

}  // namespace

ExitCode RunCheck(const std::vector<std::string>& args) {
  const std::string usage =
      "talign check (SRC TGT | FILE.tmx | FILE.xlf | --moses PREFIX | --manifest FILE) "
      "--glossary FILE [--presegmented] "
      "[--alignment BEADS_FILE] [--checks LIST] [--format text|json|html] [--ignore FILE] "
      "[--renderings] [--fail-on error|warning|never] [-o OUT]";
  CommonOptions common;
  CheckOptions o;
  po::options_description options("Options");
  options.add_options()("glossary", po::value(&o.glossary)->required(),
                        "YAML glossary (SPEC schema)")(
      "alignment", po::value(&o.alignment), "beads file to check against, instead of aligning")(
      "manifest", po::value(&o.manifest),
      "check a corpus: lines SRC<TAB>TGT (paths relative to the manifest)")(
      "moses", po::value(&o.moses),
      "check Moses-style parallel files PREFIX.SRC_LANG and PREFIX.TGT_LANG")(
      "checks", po::value(&o.checks)->default_value(o.checks),
      "comma-separated check names, or all")(
      "format", po::value(&o.format)->default_value(o.format), "text | json | html")(
      "ignore", po::value(&o.ignore),
      "file of finding fingerprints to drop, one per line (# comments)")(
      "renderings", po::bool_switch(&o.renderings),
      "add the per-term renderings table (always for a corpus)")(
      "fail-on", po::value(&o.fail_on)->default_value(o.fail_on),
      "exit 1 at: error | warning | never");
  options.add(CommonOptionsDescription(&common, true));
  std::vector<std::string> inputs;
  if (ParseCommandLine(args, usage, options, &inputs)) return ExitCode::kOk;
  if (o.format != "text" && o.format != "json" && o.format != "html") {
    throw Error(ErrorKind::kUsage,
                "check: unknown --format `" + o.format + "` (text, json or html)");
  }
  auto checks = ParseChecks(o.checks);
  FailOn fail_on = ParseFailOn(o.fail_on);
  IgnoreList ignore =
      o.ignore.empty() ? IgnoreList() : ParseIgnoreList(ReadText(o.ignore, ""), o.ignore);
  Glossary glossary = LoadGlossary(o.glossary);
  Corpus corpus = LoadCorpus(o, common, inputs, glossary, usage);
  TermMatcher matcher(glossary);
  CheckContext context{corpus.src, corpus.tgt, corpus.alignment, &glossary, &matcher};
  std::vector<std::string> names;
  for (const auto& check : checks) names.emplace_back(check->name());
  CheckReport report = MakeCheckReport(corpus, names, RunChecks(checks, context), ignore);
  if (o.renderings || !o.manifest.empty() || inputs.size() == 1)
    report.renderings = RenderingsOf(context);
  WriteReport(common.output, o.format, report);
  return ReachesFailOn(report.findings, fail_on) ? ExitCode::kFindings : ExitCode::kOk;
}

}  // namespace talign::cli
