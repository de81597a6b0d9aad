# shellcheck shell=bash
# CycloneDX 1.6 SBOMs (https://cyclonedx.org/docs/1.6/json/, read 2026-12-02) for what the Maven plugin cannot see: the
# Debian packages of the base image and the layers, the jlinked Java runtime, and the images that stack them.

# deb_components DIR ARCH: a JSON array of components for the .debs in DIR (purl per https://github.com/package-url/purl-spec
# type "deb", the .deb's own SHA-256 as verified by apt).
deb_components() {
  local dir="$1" arch="$2" deb
  for deb in "$dir"/*.deb; do
    jq -n --arg name "$(deb_field "$deb" Package)" --arg version "$(deb_field "$deb" Version)" --arg arch "$arch" \
      --arg sha "$(sha256sum "$deb" | cut -d' ' -f1)" '{
        type: "library", name: $name, version: $version,
        purl: ("pkg:deb/debian/" + $name + "@" + ($version | @uri) + "?arch=" + $arch + "&distro=debian-12"),
        hashes: [{alg: "SHA-256", content: $sha}]
      } | . + {"bom-ref": .purl}'
  done | jq -s -S 'sort_by(.name)'
}

# java_component VERSION: the jlinked runtime.
java_component() {
  jq -n --arg v "$1" '[{type: "platform", name: "temurin-jre-jlinked", version: $v, "bom-ref": ("temurin@" + $v),
    purl: ("pkg:generic/temurin@" + $v), description: "Temurin JDK runtime image made with jlink"}]'
}

# bom NAME VERSION COMPONENTS_JSON_FILE...: a CycloneDX document whose subject is NAME@VERSION and whose components are
# the union of the given arrays (or of the components of given CycloneDX documents). Timestamp = SOURCE_DATE_EPOCH and a
# serial number derived from the content, so the same inputs give the same bytes.
bom() {
  local name="$1" version="$2"
  shift 2
  local created
  created="$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)"
  jq -s -S --arg name "$name" --arg version "$version" --arg created "$created" '
    [.[] | if type == "array" then .[] else (.components // [])[] end] | unique_by(."bom-ref" // .purl // .name)
    | {bomFormat: "CycloneDX", specVersion: "1.6", version: 1,
       metadata: {timestamp: $created, component: {type: "application", name: $name, version: $version,
                                                    "bom-ref": ($name + "@" + $version)}},
       components: .}' "$@" >"$DIST_WORK/bom.tmp"
  local serial
  serial="$(sha256sum "$DIST_WORK/bom.tmp" | cut -c1-32 | sed -E 's/(.{8})(.{4})(.{4})(.{4})(.{12})/\1-\2-\3-\4-\5/')"
  jq -S --arg serial "urn:uuid:$serial" '. + {serialNumber: $serial}' "$DIST_WORK/bom.tmp"
  rm -f "$DIST_WORK/bom.tmp"
}
