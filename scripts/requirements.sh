# shellcheck shell=bash
# What each ./satpage command needs from the operating system, and how it gets it. Sourced by ./satpage.
#
# A requirement is a Debian package, a probe that says whether what it provides is already there (a command on PATH, a
# shared object the dynamic loader finds, or a file), and why it is needed. The probes are cheap (no apt-get update when everything
# is present) and work on any OS; only the installing is Debian-specific:
#   - root on Debian/apt: one line saying what is installed and why, then apt-get update + install;
#   - otherwise: the exact packages to install, and exit 4.
# SATPAGE_PROVISION=print shows what would be installed and exits 4 without installing (for checking the fresh-machine
# path on a machine that already has everything, together with SATPAGE_PROVISION_ASSUME_MISSING="pkg …").

readonly REQ_EXIT=4

# package | probe | why
REQS_DEMO=(
  "fontconfig|lib:libfontconfig.so.1|the JDK's font manager (render worker pages)"
  "libturbojpeg0|lib:libturbojpeg.so.0|the imagery worker's TurboJPEG codec"
  # The render worker's font chain (render-worker FontChain): children's names in any script, in preview and print.
  "fonts-noto-core|file:/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf|the render worker's fonts for names in Arabic, Hebrew, Devanagari, Thai and other scripts"
  "fonts-noto-cjk|file:/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc|the render worker's font for names in Chinese, Japanese and Korean"
)
REQS_TEST=(
  "${REQS_DEMO[@]}"
  "qpdf|cmd:qpdf|render-worker checks its print PDFs with an independent checker"
  "awscli|cmd:aws|ops-cli cross-checks queue names with the real AWS CLI"
  "nodejs|cmd:node|infra/terraform checks run HashiCorp's HCL parser (WASM) under node"
  "npm|cmd:npm|installs that parser (npm ci in infra/terraform/checks)"
  "spin|cmd:spin|the producer's fan-in model check (Promela model, issue 21)"
  "gcc|cmd:cc|compiles the verifier Spin generates for that model check (pan.c)"
  "chromium|cmd:chromium|ops-console's browser test drives Debian's chromium through playwright-core (no browser download)"
)
REQS_PACKAGE=(
  "zip|cmd:zip|the Lambda layer zips"
  "binutils|cmd:readelf|the layer's GLIBC symbol-version check"
  "jq|cmd:jq|the artifact manifest and SBOMs"
)
REQS_SMOKE=(
  "podman|cmd:podman|runs the images (no Docker engine needed)"
  "runc|cmd:runc|the OCI runtime podman uses here (crun refuses this sandbox's hybrid cgroups)"
)

req_present() { # $1 = probe
  local probe="$1"
  case "$probe" in
    cmd:*) command -v "${probe#cmd:}" >/dev/null 2>&1 ;;
    file:*) [[ -f "${probe#file:}" ]] ;;
    lib:*) # the loader's cache (read whole: grep -q would cut the pipe under pipefail)
      local cache
      cache="$(/sbin/ldconfig -p 2>/dev/null || ldconfig -p 2>/dev/null || true)"
      [[ "$cache" == *"${probe#lib:} "* ]] ;;
    *) echo "satpage: bad probe '$probe'" >&2; return 2 ;;
  esac
}

# Installs (or says how to install) whatever of the given requirements is missing.
provision() {
  local missing=() reasons=() assumed=" ${SATPAGE_PROVISION_ASSUME_MISSING:-} " req pkg probe why
  for req in "$@"; do
    IFS='|' read -r pkg probe why <<<"$req"
    if [[ "$assumed" == *" $pkg "* ]] || ! req_present "$probe"; then
      missing+=("$pkg")
      reasons+=("$pkg: $why")
    fi
  done
  ((${#missing[@]})) || return 0
  local because
  because="$(printf '%s; ' "${reasons[@]}")"
  because="${because%; }"

  local can_install=1
  [[ "$(id -u)" == 0 ]] || can_install=0
  command -v apt-get >/dev/null 2>&1 && command -v dpkg >/dev/null 2>&1 || can_install=0
  if [[ "${SATPAGE_PROVISION:-}" == print || $can_install == 0 ]]; then
    {
      echo "satpage: missing system packages — $because"
      if command -v apt-get >/dev/null 2>&1; then
        echo "  install them as root:  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
      else
        echo "  install the equivalents of these Debian packages with your OS's package manager: ${missing[*]}"
        echo "  (macOS/Homebrew: fontconfig jpeg-turbo qpdf awscli node, and the Noto Sans fonts under /usr/share/fonts"
        echo "   as render-worker/README.md lists them)"
      fi
      echo "  then run this command again."
    } >&2
    exit "$REQ_EXIT"
  fi
  echo "satpage: installing ${missing[*]} with apt-get — $because" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# npm ci of the Terraform checks' HCL parser when its lockfile changed since the last install (or it never ran).
provision_terraform_checks() {
  local dir=infra/terraform/checks
  if [[ ! -f "$dir/node_modules/.package-lock.json" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    echo "satpage: npm ci in $dir (HashiCorp's HCL parser for the Terraform checks)" >&2
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}

provision_console_browser() {
  local dir=ops-console/browser
  if [[ ! -f "$dir/node_modules/.package-lock.json" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    echo "satpage: npm ci in $dir (playwright-core, which drives chromium for the ops console's browser test)" >&2
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}
