#!/usr/bin/env bash
# Makes the stand-in base images that the examples are built FROM, from Debian packages only (no
# container registry is reachable), into the e2e cache. An image is made again only when the
# function that makes it changes (its text is hashed into a label) or when it is missing.
#
#   docker.io/library/golang:1.19                 Debian bookworm + Go 1.19 (golang-go), gcc, libc6-dev,
#                                                 ca-certificates; GOPATH=/go, WORKDIR /go, GOPROXY=off
#   gcr.io/distroless/static-debian12:nonroot     no shell, no libc: passwd/group/nsswitch.conf, CA bundle,
#                                                 /tmp, /home/nonroot; USER 65532, WORKDIR /home/nonroot
#   gcr.io/distroless/static-debian12:latest      the same files, USER 0 (root), WORKDIR /
#
# Usage: bash e2e/images.sh    (as root; needs buildah, debootstrap, ca-certificates)
set -euo pipefail
source "$(dirname "$0")/env.sh"

log() { printf 'e2e images: %s\n' "$*" >&2; }

prepare_cache() {
  mkdir -p "$E2E_CACHE_DIR"/{storage,runroot,tmp}
  # The run root holds mount and lock state that means nothing after a reboot; the cache folder
  # is on disk, so start it afresh when the boot id changed.
  local boot; boot=$(cat /proc/sys/kernel/random/boot_id 2>/dev/null || echo unknown)
  if [[ "$(cat "$E2E_CACHE_DIR/boot_id" 2>/dev/null)" != "$boot" ]]; then
    rm -rf "$E2E_CACHE_DIR/runroot" && mkdir -p "$E2E_CACHE_DIR/runroot"
    echo "$boot" >"$E2E_CACHE_DIR/boot_id"
  fi
}

# The Debian mirror apt uses on this machine (deb822 or one-line sources), for debootstrap.
debian_mirror() {
  local m
  m=$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
    | grep -vE 'security|updates|backports' \
    | sed -E 's/^URIs:[[:space:]]*//; s/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?//' \
    | awk '{print $1}' | grep -E '/debian/?$' | head -n1 || true)
  if [ -z "$m" ]; then
    echo "e2e: no Debian mirror found in /etc/apt/sources*: debootstrap needs the one apt uses" >&2
    return 1
  fi
  echo "$m"
}

# recipe_of FUNCTION: a hash of the function's text, stored on the image as a label.
recipe_of() { declare -f "$1" | sha256sum | cut -c1-16; }

image_is_current() { # IMAGE RECIPE
  local have
  have=$(bh inspect --type image --format '{{index .ImageAnnotations "org.golint-docker.e2e.recipe"}}{{index .OCIv1.Config.Labels "org.golint-docker.e2e.recipe"}}' "$1" 2>/dev/null || true)
  [[ "$have" == *"$2"* ]]
}

# commit_rootfs ROOTFS IMAGE RECIPE [buildah config options...]: an image of one layer holding ROOTFS.
commit_rootfs() {
  local rootfs=$1 image=$2 recipe=$3; shift 3
  local ctr mnt
  ctr=$(bh from --pull=never scratch)
  mnt=$(bh mount "$ctr")
  cp -a "$rootfs/." "$mnt/"
  bh umount "$ctr" >/dev/null
  bh config --label "org.golint-docker.e2e.recipe=$recipe" --label "org.golint-docker.e2e.stand-in=true" \
    --os linux --arch "$(go_arch)" "$@" "$ctr"
  bh rmi -f "$image" >/dev/null 2>&1 || true
  bh commit --quiet --rm "$ctr" "$image" >/dev/null
  log "made $image ($(du -sh "$rootfs" | cut -f1))"
}

go_arch() { case "$(uname -m)" in x86_64) echo amd64 ;; aarch64) echo arm64 ;; *) uname -m ;; esac; }

# Like the official golang:1.19 image (buildpack-deps:bookworm-scm + Go): Debian, the Go 1.19
# toolchain (Debian's, linked to /usr/local/go as in the official image), gcc and libc6-dev so
# that cgo works, CA certificates, GOPATH=/go. GOPROXY=off: nothing is downloaded while building.
make_golang() {
  local rootfs=$E2E_CACHE_DIR/tmp/rootfs-golang
  rm -rf "$rootfs"
  local mirror
  mirror=$(debian_mirror) || return 1
  log "debootstrap bookworm with golang-go, gcc, libc6-dev from the apt mirror (a few minutes, once)"
  debootstrap --variant=minbase --include=golang-go,gcc,libc6-dev,ca-certificates \
    bookworm "$rootfs" "$mirror" >"$E2E_CACHE_DIR/tmp/debootstrap.log" 2>&1 \
    || { tail -n 20 "$E2E_CACHE_DIR/tmp/debootstrap.log" >&2; return 1; }
  ln -s /usr/lib/go-1.19 "$rootfs/usr/local/go"
  mkdir -p "$rootfs/go/src" "$rootfs/go/bin" && chmod -R 1777 "$rootfs/go"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/*
  local version; version=$(chroot "$rootfs" /usr/local/go/bin/go env GOVERSION)
  commit_rootfs "$rootfs" docker.io/library/golang:1.19 "$(recipe_of make_golang)" \
    --env PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --env GOLANG_VERSION="${version#go}" --env GOPATH=/go --env GOPROXY=off \
    --workingdir /go --cmd bash
  rm -rf "$rootfs"
}

# Like gcr.io/distroless/static-debian12: no shell, no libc, no package manager; only the files a
# static Go binary may read. ROLE is nonroot (USER 65532, WORKDIR /home/nonroot) or root (latest).
make_distroless() {
  local role=$1 image=$2
  local rootfs=$E2E_CACHE_DIR/tmp/rootfs-distroless-$role
  rm -rf "$rootfs"
  mkdir -p "$rootfs"/{etc/ssl/certs,tmp,root,home/nonroot,usr/local/bin,var}
  cat >"$rootfs/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin
PASSWD
  cat >"$rootfs/etc/group" <<'GROUP'
root:x:0:
tty:x:5:
staff:x:50:
nobody:x:65534:
nonroot:x:65532:
GROUP
  cat >"$rootfs/etc/nsswitch.conf" <<'NSS'
passwd:         files
group:          files
shadow:         files
hosts:          files dns
networks:       files
protocols:      files
services:       files
ethers:         files
rpc:            files
NSS
  printf 'PRETTY_NAME="Distroless stand-in (golint-docker e2e)"\nID=debian\nVERSION_ID="12"\n' >"$rootfs/etc/os-release"
  cp /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/ca-certificates.crt"
  chmod 1777 "$rootfs/tmp"
  chmod 700 "$rootfs/root" "$rootfs/home/nonroot"
  chown 65532:65532 "$rootfs/home/nonroot"
  local user=0:0 workdir=/
  [[ $role == nonroot ]] && user=65532:65532 workdir=/home/nonroot
  commit_rootfs "$rootfs" "$image" "$(recipe_of make_distroless)-$role" \
    --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --env SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \
    --user "$user" --workingdir "$workdir"
  rm -rf "$rootfs"
}

main() {
  [[ $(id -u) == 0 ]] || { log "must run as root (debootstrap, chroot builds)"; exit 2; }
  for tool in buildah debootstrap; do
    command -v "$tool" >/dev/null || { log "missing $tool: apt-get install buildah podman runc debootstrap ca-certificates curl"; exit 2; }
  done
  [[ -f /etc/ssl/certs/ca-certificates.crt ]] || { log "missing /etc/ssl/certs/ca-certificates.crt: apt-get install ca-certificates"; exit 2; }
  prepare_cache
  image_is_current docker.io/library/golang:1.19 "$(recipe_of make_golang)" || make_golang
  image_is_current gcr.io/distroless/static-debian12:nonroot "$(recipe_of make_distroless)-nonroot" \
    || make_distroless nonroot gcr.io/distroless/static-debian12:nonroot
  image_is_current gcr.io/distroless/static-debian12:latest "$(recipe_of make_distroless)-root" \
    || make_distroless root gcr.io/distroless/static-debian12:latest
  local image
  for image in docker.io/library/golang:1.19 gcr.io/distroless/static-debian12:nonroot gcr.io/distroless/static-debian12:latest; do
    log "ready $image ($(bh inspect --type image --format '{{.FromImageID}}' "$image" | cut -c1-12))"
  done
  e2e_unmount
}

main "$@"
