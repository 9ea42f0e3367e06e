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
#   docker.io/library/golang:1.12                 STAND-IN for Go 1.12: the golang:1.19 stand-in whose `go`
#                                                 is a wrapper that rejects -trimpath as go 1.12 does
#   docker.io/library/debian:bookworm-slim        Debian bookworm minbase with libsqlite3-0, ca-certificates
#   docker.io/library/alpine:3.20 (and :latest)   busybox (Debian's busybox-static), our own adduser and
#                                                 addgroup, an apk that only "adds" what the image has
#
# The Debian stand-ins carry the packages the e2e Dockerfiles install, and apt reads an empty local
# repository: `apt-get update && apt-get install` of those packages works offline and installs nothing.
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
# Also libsqlite3-dev and Debian's go-sqlite3 sources (/usr/share/gocode), which the sqlite service
# installs with apt (here already installed: see offline_apt).
make_golang() {
  local rootfs=$E2E_CACHE_DIR/tmp/rootfs-golang
  rm -rf "$rootfs"
  local mirror
  mirror=$(debian_mirror) || return 1
  log "debootstrap bookworm with golang-go, gcc, libc6-dev, go-sqlite3 from the apt mirror (a few minutes, once)"
  debootstrap --variant=minbase --include=golang-go,gcc,libc6-dev,ca-certificates,libsqlite3-dev,golang-github-mattn-go-sqlite3-dev \
    bookworm "$rootfs" "$mirror" >"$E2E_CACHE_DIR/tmp/debootstrap.log" 2>&1 \
    || { tail -n 20 "$E2E_CACHE_DIR/tmp/debootstrap.log" >&2; return 1; }
  ln -s /usr/lib/go-1.19 "$rootfs/usr/local/go"
  mkdir -p "$rootfs/go/src" "$rootfs/go/bin" && chmod -R 1777 "$rootfs/go"
  offline_apt "$rootfs"
  local version; version=$(chroot "$rootfs" /usr/local/go/bin/go env GOVERSION)
  commit_rootfs "$rootfs" docker.io/library/golang:1.19 "$(recipe_of make_golang)$(recipe_of offline_apt)" \
    --env PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --env GOLANG_VERSION="${version#go}" --env GOPATH=/go --env GOPROXY=off \
    --workingdir /go --cmd bash
  rm -rf "$rootfs"
}

# apt without a network: the sources name one empty local repository, so `apt-get update` works
# and `apt-get install` of a package the stand-in already has installs nothing; any other package
# fails as it would without a mirror. Downloaded package lists and archives are removed.
offline_apt() {
  local rootfs=$1
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/*
  rm -f "$rootfs"/etc/apt/sources.list.d/*
  mkdir -p "$rootfs/var/lib/e2e-apt-repo" && : >"$rootfs/var/lib/e2e-apt-repo/Packages"
  echo 'deb [trusted=yes] file:/var/lib/e2e-apt-repo ./' >"$rootfs/etc/apt/sources.list"
}

# STAND-IN for golang:1.12, which no Debian release packages for bookworm: the golang:1.19 stand-in,
# with a `go` in front that fails on -trimpath (in the arguments or GOFLAGS) exactly as go 1.12 does
# ("flag provided but not defined: -trimpath", exit 2) and reports version go1.12.17; everything
# else runs Go 1.19. What it proves is what the fixer must respect: a builder whose go has no -trimpath.
make_golang112() {
  local ctr mnt
  ctr=$(bh from --pull=never docker.io/library/golang:1.19)
  mnt=$(bh mount "$ctr")
  rm "$mnt/usr/local/go"
  mkdir -p "$mnt/usr/local/go/bin"
  cat >"$mnt/usr/local/go/bin/go" <<'WRAPPER'
#!/bin/sh
# golint-docker e2e STAND-IN for go 1.12 (Go 1.19 underneath): go 1.12 has no -trimpath (added in 1.13).
for a in "$@" $GOFLAGS; do
  case "$a" in
    -trimpath|-trimpath=*|--trimpath|--trimpath=*)
      echo "flag provided but not defined: -trimpath" >&2
      echo "usage: go ${1:-build} [-o output] [-i] [build flags] [packages]" >&2
      echo "Run 'go help ${1:-build}' for details." >&2
      exit 2 ;;
  esac
done
if [ "$1" = version ]; then echo "go version go1.12.17 linux/$(/usr/lib/go-1.19/bin/go env GOARCH)"; exit 0; fi
exec /usr/lib/go-1.19/bin/go "$@"
WRAPPER
  chmod 755 "$mnt/usr/local/go/bin/go"
  ln -s /usr/lib/go-1.19/bin/gofmt "$mnt/usr/local/go/bin/gofmt"
  bh umount "$ctr" >/dev/null
  bh config --label "org.golint-docker.e2e.recipe=$(recipe_of make_golang112)-$(golang_id)" --env GOLANG_VERSION=1.12.17 "$ctr"
  bh rmi -f docker.io/library/golang:1.12 >/dev/null 2>&1 || true
  bh commit --quiet --rm "$ctr" docker.io/library/golang:1.12 >/dev/null
  log "made docker.io/library/golang:1.12 (stand-in: go 1.19 behind a wrapper without -trimpath)"
}

golang_id() { bh inspect --type image --format '{{.FromImageID}}' docker.io/library/golang:1.19 | cut -c1-12; }

# Like debian:bookworm-slim, with libsqlite3-0 and ca-certificates already installed (the sqlite
# service's final stage installs them with apt; see offline_apt).
make_debian_slim() {
  local rootfs=$E2E_CACHE_DIR/tmp/rootfs-debian
  rm -rf "$rootfs"
  local mirror
  mirror=$(debian_mirror) || return 1
  log "debootstrap bookworm minbase with libsqlite3-0 from the apt mirror"
  debootstrap --variant=minbase --include=libsqlite3-0,ca-certificates \
    bookworm "$rootfs" "$mirror" >"$E2E_CACHE_DIR/tmp/debootstrap-slim.log" 2>&1 \
    || { tail -n 20 "$E2E_CACHE_DIR/tmp/debootstrap-slim.log" >&2; return 1; }
  offline_apt "$rootfs"
  commit_rootfs "$rootfs" docker.io/library/debian:bookworm-slim "$(recipe_of make_debian_slim)$(recipe_of offline_apt)" \
    --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin --cmd bash
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

# Like alpine:3.20: busybox as the userland (Debian's busybox-static, statically linked: there is
# no musl here, so as on Alpine only static binaries run), /etc/passwd and /etc/group as Alpine
# ships them, the CA bundle and time zones, and, from e2e/alpine/, the adduser and addgroup that
# Debian's busybox leaves out, an apk that can only "add" what the image has, and a no-op
# update-ca-certificates. Tagged alpine:3.20 and alpine:latest.
make_alpine() {
  local rootfs=$E2E_CACHE_DIR/tmp/rootfs-alpine deb=$E2E_CACHE_DIR/tmp/busybox-deb
  rm -rf "$rootfs" "$deb" && mkdir -p "$rootfs" "$deb"
  (cd "$deb" && apt-get download busybox-static >/dev/null 2>&1) || { log "apt-get download busybox-static failed"; return 1; }
  dpkg-deb -x "$deb"/busybox-static_*.deb "$deb/x"
  mkdir -p "$rootfs"/{bin,sbin,usr/bin,usr/sbin,etc/ssl/certs,root,home,tmp,var/tmp,var/cache,lib,media,mnt,opt,srv,run,proc,sys,dev,usr/share}
  cp "$deb/x/bin/busybox" "$rootfs/bin/busybox"
  chroot "$rootfs" /bin/busybox --install -s
  install -m 755 "$E2E_ROOT"/e2e/alpine/adduser "$E2E_ROOT"/e2e/alpine/addgroup "$rootfs/usr/sbin/"
  install -m 755 "$E2E_ROOT"/e2e/alpine/apk "$rootfs/sbin/apk"
  install -m 755 "$E2E_ROOT"/e2e/alpine/update-ca-certificates "$rootfs/usr/sbin/update-ca-certificates"
  printf 'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nnogroup:x:65533:\nnobody:x:65534:\n' >"$rootfs/etc/group"
  printf 'root:*::0:::::\nbin:!::0:::::\ndaemon:!::0:::::\nnobody:!::0:::::\n' >"$rootfs/etc/shadow"
  echo '3.20.0' >"$rootfs/etc/alpine-release"
  printf 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.0\nPRETTY_NAME="Alpine Linux stand-in (golint-docker e2e)"\n' >"$rootfs/etc/os-release"
  cp /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/ca-certificates.crt"
  [[ -d /usr/share/zoneinfo ]] && cp -a /usr/share/zoneinfo "$rootfs/usr/share/zoneinfo"
  chmod 700 "$rootfs/root" && chmod 1777 "$rootfs/tmp" "$rootfs/var/tmp"
  commit_rootfs "$rootfs" docker.io/library/alpine:3.20 "$(recipe_of make_alpine)-$(alpine_files)" \
    --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin --cmd /bin/sh
  bh tag docker.io/library/alpine:3.20 docker.io/library/alpine:latest
  rm -rf "$rootfs" "$deb"
}

alpine_files() { cat "$E2E_ROOT"/e2e/alpine/* | sha256sum | cut -c1-12; }

main() {
  [[ $(id -u) == 0 ]] || { log "must run as root (debootstrap, chroot builds)"; exit 2; }
  for tool in buildah debootstrap; do
    command -v "$tool" >/dev/null || { log "missing $tool: apt-get install buildah podman runc debootstrap ca-certificates curl"; exit 2; }
  done
  [[ -f /etc/ssl/certs/ca-certificates.crt ]] || { log "missing /etc/ssl/certs/ca-certificates.crt: apt-get install ca-certificates"; exit 2; }
  prepare_cache
  image_is_current docker.io/library/golang:1.19 "$(recipe_of make_golang)$(recipe_of offline_apt)" || make_golang
  image_is_current docker.io/library/golang:1.12 "$(recipe_of make_golang112)-$(golang_id)" || make_golang112
  image_is_current docker.io/library/debian:bookworm-slim "$(recipe_of make_debian_slim)$(recipe_of offline_apt)" || make_debian_slim
  image_is_current docker.io/library/alpine:3.20 "$(recipe_of make_alpine)-$(alpine_files)" || make_alpine
  image_is_current gcr.io/distroless/static-debian12:nonroot "$(recipe_of make_distroless)-nonroot" \
    || make_distroless nonroot gcr.io/distroless/static-debian12:nonroot
  image_is_current gcr.io/distroless/static-debian12:latest "$(recipe_of make_distroless)-root" \
    || make_distroless root gcr.io/distroless/static-debian12:latest
  local image
  for image in docker.io/library/golang:1.19 docker.io/library/golang:1.12 docker.io/library/debian:bookworm-slim \
    docker.io/library/alpine:3.20 gcr.io/distroless/static-debian12:nonroot gcr.io/distroless/static-debian12:latest; do
    log "ready $image ($(bh inspect --type image --format '{{.FromImageID}}' "$image" | cut -c1-12))"
  done
  e2e_unmount
}

main "$@"
