#!/usr/bin/env sh
# Gets Node.js 24 LTS from the npm registry (the `node-<os>-<arch>` package holds Node's own build) for a
# machine whose system Node is older than Rapport's floor, and prints the line that puts it first on PATH:
#   eval "$(scripts/node-24.sh)"
# CI does the same. It installs once, into ~/.cache/rapport (or RAPPORT_NODE_DIR).
set -eu
NODE_PACKAGE_VERSION=24.22.3
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "scripts/node-24.sh: no Node.js package for $(uname -m); install Node.js 24 from nodejs.org" >&2; exit 1 ;;
esac
case "$(uname -s)" in
  Linux) os=linux ;;
  *) echo "scripts/node-24.sh: on $(uname -s), install Node.js 24 LTS from nodejs.org (or nvm: nvm install 24)" >&2; exit 1 ;;
esac
prefix="${RAPPORT_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/rapport/node-$NODE_PACKAGE_VERSION}"
bin="$prefix/node_modules/node-$os-$arch/bin"
if [ ! -x "$bin/node" ]; then
  echo "Installing Node.js $NODE_PACKAGE_VERSION into $prefix …" >&2
  npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error "node-$os-$arch@$NODE_PACKAGE_VERSION" >&2
fi
echo "export PATH=\"$bin:\$PATH\""
