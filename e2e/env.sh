# Shared settings for the e2e scripts (sourced by images.sh, run by run.mjs for each command).
# Every buildah and podman call goes through bh/pm, so images and containers live in the e2e
# cache and never in the host's container storage.
#   E2E_CACHE_DIR        cache folder (default: .e2e-cache in the repository)
#   E2E_STORAGE_DRIVER   overlay (default, faster) or vfs (works where overlay mounts do not)

E2E_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
E2E_CACHE_DIR=${E2E_CACHE_DIR:-$E2E_ROOT/.e2e-cache}
E2E_STORAGE_DRIVER=${E2E_STORAGE_DRIVER:-overlay}
# Keep buildah's own temporary files (layer tarballs, RUN --mount=type=cache folders) in the cache too.
export TMPDIR=$E2E_CACHE_DIR/tmp
export BUILDAH_ISOLATION=chroot

E2E_STORE=(--root "$E2E_CACHE_DIR/storage" --runroot "$E2E_CACHE_DIR/runroot" --storage-driver "$E2E_STORAGE_DRIVER")

bh() { buildah "${E2E_STORE[@]}" "$@"; }
pm() { podman "${E2E_STORE[@]}" --runtime runc --cgroup-manager cgroupfs --events-backend file \
  --tmpdir "$E2E_CACHE_DIR/runroot/libpod" "$@"; }

# The overlay driver bind-mounts its own folder and leaves the mount behind when buildah or podman
# exits; unmount whatever is still mounted under the cache (deepest first), so that the folder can
# be deleted. The next buildah or podman call mounts it again.
e2e_unmount() {
  local cache; cache=$(realpath -m "$E2E_CACHE_DIR")
  awk -v c="$cache" '$2 == c || index($2, c "/") == 1 { print $2 }' /proc/mounts | sort -r | while read -r m; do
    umount "$(printf '%b' "$m")" 2>/dev/null || umount -l "$(printf '%b' "$m")" || true
  done
}

# Delete the cache: images, containers, the last run.
e2e_clean() {
  [[ -d "$E2E_CACHE_DIR/storage" ]] && { pm rm --all --force --time 1 >/dev/null 2>&1 || true; }
  e2e_unmount
  rm -rf "$E2E_CACHE_DIR"
}

# Run directly, it runs one command with these settings: bash e2e/env.sh pm images
# (or bash e2e/env.sh e2e_clean to delete the cache).
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  [[ "${1:-}" == e2e_clean ]] || mkdir -p "$TMPDIR"
  "$@"
fi
