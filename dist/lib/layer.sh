# shellcheck shell=bash
# libturbojpeg for AWS Lambda as a layer zip per architecture: lib/libturbojpeg.so.0, which Lambda extracts to /opt/lib,
# a directory on the function's LD_LIBRARY_PATH (https://docs.aws.amazon.com/lambda/latest/dg/packaging-layers.html,
# "Layer paths for each Lambda runtime", read 2026-12-02). Taken from Debian's libturbojpeg0 and checked against what
# the java25 runtime's OS provides before it is zipped.

# Lambda's java25 runtime runs on Amazon Linux 2023 (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html,
# read 2026-12-02), whose glibc is 2.34 (https://docs.aws.amazon.com/linux/al2023/ug/core-glibc.html, read 2026-12-02).
readonly LAMBDA_GLIBC_MAX=2.34
# What the shared object may link against: glibc's own libraries, present on every Amazon Linux 2023 (the glibc
# package). Anything else would have to ship in the layer too.
readonly LAMBDA_LIBS="libc.so.6 libm.so.6 libdl.so.2 libpthread.so.0 librt.so.1 ld-linux-x86-64.so.2 ld-linux-aarch64.so.1"

# check_shared_object FILE: fails, naming the symbol or library, if FILE needs a GLIBC version newer than
# LAMBDA_GLIBC_MAX or a library outside LAMBDA_LIBS. readelf reads any architecture's ELF.
check_shared_object() {
  local file="$1" bad=0 version needed
  while read -r version; do
    if [[ "$(printf '%s\n%s\n' "$version" "$LAMBDA_GLIBC_MAX" | sort -V | tail -1)" != "$LAMBDA_GLIBC_MAX" ]]; then
      echo "dist: $file needs GLIBC_$version, newer than Amazon Linux 2023's $LAMBDA_GLIBC_MAX" >&2
      bad=1
    fi
  done < <(readelf -W --version-info "$file" | grep -o 'Name: GLIBC_[0-9.]*' | sed 's/Name: GLIBC_//' | sort -uV)
  while read -r needed; do
    if [[ " $LAMBDA_LIBS " != *" $needed "* ]]; then
      echo "dist: $file needs $needed, which Lambda's runtime does not provide" >&2
      bad=1
    fi
  done < <(readelf -W -d "$file" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  return "$bad"
}

# max_glibc FILE: the newest GLIBC_ version FILE needs (for the manifest).
max_glibc() {
  readelf -W --version-info "$1" | grep -o 'Name: GLIBC_[0-9.]*' | sed 's/Name: GLIBC_//' | sort -uV | tail -1
}

# deterministic_zip ZIP DIR: DIR's files, sorted, fixed mtimes, no extra attributes.
deterministic_zip() {
  local zip="$1" dir="$2"
  find "$dir" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  rm -f "$zip"
  (cd "$dir" && find . -mindepth 1 | sed 's|^\./||' | LC_ALL=C sort | TZ=UTC zip -q -X -D -y "$zip" -@)
}

# build_layer DEBIAN_ARCH LAMBDA_ARCH: $DIST_OUT/lambda/turbojpeg-layer-LAMBDA_ARCH.zip
build_layer() {
  local arch="$1" lambda_arch="$2" debs="$DIST_WORK/layer-debs-$1" root="$DIST_WORK/layer-$1"
  rm -rf "$debs" "$root"
  mkdir -p "$debs" "$root/extract" "$root/zip/lib"
  apt_private "$arch"
  (cd "$debs" && apt-get -qq "${APT_OPTS[@]}" download libturbojpeg0 >/dev/null)
  local deb
  deb="$(echo "$debs"/libturbojpeg0_*.deb)"
  dpkg-deb -x "$deb" "$root/extract"
  local so
  so="$(find "$root/extract" -name 'libturbojpeg.so.0' | head -1)"
  [[ -n "$so" ]] || { echo "dist: no libturbojpeg.so.0 in $deb" >&2; return 1; }
  cp -L "$so" "$root/zip/lib/libturbojpeg.so.0"
  check_shared_object "$root/zip/lib/libturbojpeg.so.0"
  # The Debian copyright file travels with the binary (libjpeg-turbo's BSD-style and IJG licences).
  mkdir -p "$root/zip/share/doc/libturbojpeg0"
  cp "$root/extract/usr/share/doc/libturbojpeg0/copyright" "$root/zip/share/doc/libturbojpeg0/copyright"
  mkdir -p "$DIST_OUT/lambda"
  deterministic_zip "$DIST_OUT/lambda/turbojpeg-layer-$lambda_arch.zip" "$root/zip"
  LAYER_DEB_VERSION="$(deb_field "$deb" Version)"
  LAYER_DEB_SHA256="$(sha256sum "$deb" | cut -d' ' -f1)"
  LAYER_GLIBC="$(max_glibc "$root/zip/lib/libturbojpeg.so.0")"
  echo "dist: turbojpeg-layer-$lambda_arch.zip from libturbojpeg0 $LAYER_DEB_VERSION ($arch), needs GLIBC_$LAYER_GLIBC <= $LAMBDA_GLIBC_MAX" >&2
}
