# shellcheck shell=bash
# The default base image of the three service images, made here because no registry is reachable: Debian bookworm's
# runtime libraries for a JVM with fonts (the dependency closure of BASE_PACKAGES, extracted from verified .debs as
# distroless images are: no shell, no package manager, no maintainer scripts) plus a jlinked Temurin 25 runtime under
# /opt/java. Written as a `docker save` archive (manifest.json + config + one tar per layer), which Jib reads as a
# `tar://` base. Two layers (OS, Java) so a JDK update leaves the OS layer's digest alone. Every file gets
# SOURCE_DATE_EPOCH, root ownership and sorted order, so the same packages and JDK give the same digests.

# libc6 and friends for the JVM; libfontconfig1 + fonts for Java2D text (the JDK dlopens fontconfig); the render worker's
# font chain (render-worker FontChain: Noto Sans <script> Bold from fonts-noto-core, Noto Sans CJK Bold from
# fonts-noto-cjk; pruned below to the files it reads). The JDK carries its own zlib, freetype, CA certificates
# (lib/security/cacerts) and time-zone data, so those packages are not needed.
readonly BASE_PACKAGES="libc6 libfontconfig1 fontconfig-config fonts-dejavu-core fonts-noto-core fonts-noto-cjk"
# Modules the apps use (Spring Boot, the AWS SDK, Java2D/ImageIO, FFM, JMX for Micrometer, the JDK HTTP server of the
# health endpoint), checked by running the images (./satpage smoke-images).
readonly BASE_JAVA_MODULES="java.base,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,java.xml,jdk.crypto.cryptoki,jdk.httpserver,jdk.jfr,jdk.management,jdk.net,jdk.unsupported,jdk.zipfs"
readonly BASE_UID=10001

# layer_tar DIR TAR: DIR's tree as a reproducible tar layer.
layer_tar() {
  tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner --format=posix \
    --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime -C "$1" -cf "$2" .
}

# build_base_image: $DIST_OUT/images/satpage-base.tar and $DIST_WORK/base-debs (for the SBOM).
build_base_image() {
  local work="$DIST_WORK/base" debs="$DIST_WORK/base-debs"
  rm -rf "$work" "$debs"
  mkdir -p "$work/os" "$work/java/opt" "$work/image" "$debs"
  # shellcheck disable=SC2086
  fetch_closure amd64 "$debs" $BASE_PACKAGES
  local deb
  for deb in "$debs"/*.deb; do
    dpkg-deb -x "$deb" "$work/os"
    # Scanners (Trivy, Grype, Syft) find distroless-style packages through /var/lib/dpkg/status.d/<name>.
    mkdir -p "$work/os/var/lib/dpkg/status.d"
    { dpkg-deb -f "$deb"; echo "Status: install ok installed"; } >"$work/os/var/lib/dpkg/status.d/$(deb_field "$deb" Package)"
  done
  # Of the Noto packages (~130 MB) only what FontChain reads (~25 MB): Noto Sans <script> Bold and Noto Sans CJK Bold.
  find "$work/os/usr/share/fonts/truetype/noto" -type f ! -name 'NotoSans*-Bold.ttf' -delete
  find "$work/os/usr/share/fonts/opentype/noto" -type f ! -name 'NotoSansCJK-Bold.ttc' -delete
  # Documentation other than the copyright files is dead weight in an image.
  find "$work/os/usr/share/doc" -type f ! -name copyright -delete
  rm -rf "$work/os/usr/share/man" "$work/os/usr/share/info" "$work/os/usr/share/lintian" "$work/os/usr/share/locale"
  mkdir -p "$work/os/etc" "$work/os/tmp" "$work/os/home/satpage" "$work/os/app"
  chmod 1777 "$work/os/tmp"
  cat >"$work/os/etc/passwd" <<PASSWD
root:x:0:0:root:/root:/sbin/nologin
satpage:x:$BASE_UID:$BASE_UID:satpage:/home/satpage:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
PASSWD
  printf 'root:x:0:\nsatpage:x:%s:\nnogroup:x:65534:\n' "$BASE_UID" >"$work/os/etc/group"
  printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$work/os/etc/nsswitch.conf"
  # The loader cache (maintainer scripts would have made it): libraries resolve without a search of every directory.
  # Its aux-cache records inodes and ctimes (different on every run), and only speeds up the next ldconfig: dropped.
  ldconfig -r "$work/os"
  rm -rf "$work/os/var/cache/ldconfig"

  echo "dist: jlink $BASE_JAVA_MODULES" >&2
  "$JAVA_HOME/bin/jlink" --add-modules "$BASE_JAVA_MODULES" --strip-debug --no-man-pages --no-header-files \
    --compress=zip-6 --output "$work/java/opt/java"

  layer_tar "$work/os" "$work/image/os.tar"
  layer_tar "$work/java" "$work/image/java.tar"
  local os_id java_id java_version
  os_id="$(sha256sum "$work/image/os.tar" | cut -d' ' -f1)"
  java_id="$(sha256sum "$work/image/java.tar" | cut -d' ' -f1)"
  java_version="$("$work/java/opt/java/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.runtime.version/ {print $2; exit}')"
  BASE_JAVA_VERSION="$java_version"
  local created
  created="$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)"
  jq -n -S --arg os "sha256:$os_id" --arg java "sha256:$java_id" --arg created "$created" --arg jv "$java_version" \
    --arg uid "$BASE_UID" '{
      architecture: "amd64", os: "linux", created: $created,
      config: {
        User: ($uid + ":" + $uid), WorkingDir: "/app",
        Env: ["PATH=/opt/java/bin:/usr/sbin:/usr/bin:/sbin:/bin", "JAVA_HOME=/opt/java", "LANG=C.UTF-8",
              "HOME=/home/satpage"],
        Labels: {"org.opencontainers.image.title": "satpage-base",
                 "org.opencontainers.image.description": "Debian bookworm runtime libraries + jlinked Temurin runtime",
                 "dev.satpage.java.version": $jv}
      },
      rootfs: {type: "layers", diff_ids: [$os, $java]},
      history: [{created: $created, created_by: "dist/lib/base-image.sh: Debian packages"},
                {created: $created, created_by: "dist/lib/base-image.sh: jlink"}]
    }' >"$work/image/config.json"
  local config_id
  config_id="$(sha256sum "$work/image/config.json" | cut -d' ' -f1)"
  mv "$work/image/config.json" "$work/image/$config_id.json"
  jq -n -c --arg config "$config_id.json" \
    '[{Config: $config, RepoTags: ["satpage-base:local"], Layers: ["os.tar", "java.tar"]}]' >"$work/image/manifest.json"
  mkdir -p "$DIST_OUT/images"
  (cd "$work/image" && find . -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} + && \
    tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner --format=posix \
      --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime -cf "$DIST_OUT/images/satpage-base.tar" \
      manifest.json "$config_id.json" os.tar java.tar)
  echo "dist: base image satpage-base.tar (config sha256:$config_id, Java $java_version)" >&2
}
