#!/usr/bin/env bash
# Installs the Debian packages talign needs, only those missing (a no-op when all are present).
#   --with-browser  also chromium, for the HTML report's browser test (large; test.sh asks for it)
#   --with-fuzzer   also clang and its runtimes, for libFuzzer and the sanitizers (fuzz.sh)
set -euo pipefail

PACKAGES=(
  cmake g++ make pkg-config python3 git clang-format
  libicu-dev libboost-program-options-dev libboost-locale-dev libyaml-cpp-dev
  libstemmer-dev libhunspell-dev libpugixml-dev
  hunspell-fr hunspell-en-us hunspell-de-de hunspell-es hunspell-it hunspell-pt-pt hunspell-nl
  hunspell-el hunspell-is hunspell-sv hunspell-da hunspell-ru hunspell-tr hunspell-pl
  nlohmann-json3-dev libgtest-dev libgmock-dev libbenchmark-dev zlib1g-dev
)
# FreeDict: every direction Debian 12 ships between two of data/languages' languages, but
# fra-deu: with deu-fra already loaded, its pairs cost Text+Berg dev a 2-1 bead (0.947 → 0.944).
FREEDICT=(
  deu-eng deu-fra deu-ita deu-nld deu-por deu-spa deu-ell
  eng-deu eng-fra eng-ita eng-nld eng-por eng-spa eng-ell
  fra-eng fra-ita fra-nld fra-por fra-spa fra-ell
  ita-deu ita-eng ita-por ita-spa ita-ell
  nld-deu nld-eng nld-fra nld-ita nld-por nld-spa nld-ell
  por-deu por-eng por-fra por-spa
  spa-deu spa-eng spa-por
  ell-eng ell-fra ell-ita ell-nld ell-por ell-spa
  isl-eng
  swe-deu swe-eng swe-fra swe-ita swe-nld swe-por swe-spa swe-ell swe-rus
  deu-swe eng-swe fra-swe ita-swe nld-swe ell-swe
  dan-eng eng-dan
  deu-rus eng-rus fra-rus ita-rus nld-rus ell-rus
  tur-deu tur-eng deu-tur eng-tur fra-tur ita-tur swe-tur
  pol-deu pol-eng pol-fra pol-ita pol-nld pol-por pol-spa pol-ell pol-swe pol-rus pol-tur
  deu-pol eng-pol fra-pol ita-pol nld-pol ell-pol swe-pol
)
for pair in "${FREEDICT[@]}"; do PACKAGES+=("dict-freedict-$pair"); done
for extra in "$@"; do
  case "$extra" in
    --with-browser) PACKAGES+=(chromium) ;;
    --with-fuzzer) PACKAGES+=(clang libclang-rt-14-dev) ;;
    *) echo "deps.sh: unknown option $extra" >&2; exit 2 ;;
  esac
done

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "talign: installing missing Debian packages: ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
