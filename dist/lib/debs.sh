# shellcheck shell=bash
# Debian packages for another root (a Lambda layer, an image) without touching this machine's apt configuration: a
# private apt state per architecture (own sources list, lists, cache and an empty dpkg status), so apt resolves the
# dependency closure from nothing and checks every .deb against the signed Release/Packages indexes (SHA256) as usual.
#
# SATPAGE_DEBIAN_MIRROR / SATPAGE_DEBIAN_SECURITY pick the archive; a snapshot (e.g.
# http://snapshot.debian.org/archive/debian/20261201T000000Z) pins every package version, so the base image and the
# layers come out byte-identical on every run.

DEBIAN_SUITE=bookworm
DEBIAN_MIRROR="${SATPAGE_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
DEBIAN_SECURITY="${SATPAGE_DEBIAN_SECURITY:-http://deb.debian.org/debian-security}"
DEBIAN_KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

# apt_options ARCH: prints nothing; sets APT_OPTS for a private apt root under $DIST_WORK/apt-ARCH (created, updated once).
apt_private() {
  local arch="$1" root="$DIST_WORK/apt-$1"
  APT_OPTS=(-o "Dir::State=$root" -o "Dir::State::status=$root/status" -o "Dir::Cache=$root"
    -o "Dir::Etc::sourcelist=$root/sources.list" -o "Dir::Etc::sourceparts=$root/empty"
    -o "Dir::Etc::preferencesparts=$root/empty" -o "APT::Architecture=$arch" -o "APT::Architectures::=$arch"
    -o Debug::NoLocking=1 -o APT::Sandbox::User=root -o Acquire::Languages=none)
  if [[ ! -f "$root/updated" ]]; then
    mkdir -p "$root/lists/partial" "$root/archives/partial" "$root/empty"
    : >"$root/status"
    cat >"$root/sources.list" <<SOURCES
deb [arch=$arch signed-by=$DEBIAN_KEYRING] $DEBIAN_MIRROR $DEBIAN_SUITE main
deb [arch=$arch signed-by=$DEBIAN_KEYRING] $DEBIAN_MIRROR $DEBIAN_SUITE-updates main
deb [arch=$arch signed-by=$DEBIAN_KEYRING] $DEBIAN_SECURITY $DEBIAN_SUITE-security main
SOURCES
    apt-get -qq "${APT_OPTS[@]}" update
    touch "$root/updated"
  fi
}

# fetch_closure ARCH OUTDIR PACKAGE...: the packages and everything they depend on (no recommends) as verified .debs.
fetch_closure() {
  local arch="$1" out="$2"
  shift 2
  apt_private "$arch"
  apt-get -qq "${APT_OPTS[@]}" -o "Dir::Cache::archives=$out" install -y --download-only --no-install-recommends \
    "$@" >/dev/null
  rm -rf "$out/partial" "$out/lock"
}

# deb_field DEB FIELD: one control field of a .deb.
deb_field() {
  dpkg-deb -f "$1" "$2"
}
