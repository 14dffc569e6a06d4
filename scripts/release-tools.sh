# Sourced by scripts/release and the scripts that build on it (image/, scripts/bench/alloc.sh):
# the static musl tool chain and how to call it.

# Debian packages the static builds need: the compiler whose std source is packaged (rustc-web
# 1.96 with rust-web-src; rustup cannot fetch musl targets here) and qemu-user to run the result.
install_release_tools() {
  local tools=$1 need=()
  [ -x /usr/bin/rustc ] && [ -x /usr/bin/cargo ] || need+=(rustc-web cargo-web)
  [ -d /usr/lib/rustlib/src/rust/library ] || need+=(rust-web-src)
  command -v qemu-aarch64-static >/dev/null || need+=(qemu-user-static)
  # One strip for every target architecture (zig's objcopy cannot strip yet).
  command -v llvm-strip >/dev/null || need+=(llvm)
  if [ ${#need[@]} -gt 0 ]; then
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need[@]}"
  fi
  mkdir -p "$tools"
  # zig: C cross compiler, linker and musl for every target.
  if ! "$tools/venv/bin/python3" -m ziglang version >/dev/null 2>&1; then
    /usr/bin/python3 -m venv "$tools/venv"
    "$tools/venv/bin/pip" install -q ziglang
  fi
  if [ ! -x "$tools/cargo-zigbuild/bin/cargo-zigbuild" ]; then
    PATH=/usr/bin:/bin CARGO_INCREMENTAL=0 cargo install --locked cargo-zigbuild --root "$tools/cargo-zigbuild"
  fi
  RELEASE_TOOLS=$tools
}

musl_triple() {
  case "$1" in
    aarch64) echo aarch64-unknown-linux-musl ;;
    armv7) echo armv7-unknown-linux-musleabihf ;;
    x86_64) echo x86_64-unknown-linux-musl ;;
    *) return 1 ;;
  esac
}

# Debian's cargo/rustc before rustup's (std is built from rust-web-src, which only matches
# Debian's compiler); the venv's python3 first so cargo-zigbuild finds zig as `python3 -m ziglang`.
# link-self-contained=no: build-std provides no crt objects, zig's musl does.
release_cargo() {
  PATH="$RELEASE_TOOLS/cargo-zigbuild/bin:$RELEASE_TOOLS/venv/bin:/usr/bin:/bin" \
    RUSTFLAGS="-C link-self-contained=no" RUSTC_BOOTSTRAP=1 CARGO_INCREMENTAL=0 \
    cargo "$@"
}

release_strip() {
  llvm-strip --strip-all -o "$2" "$1"
}
