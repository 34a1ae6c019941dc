#!/usr/bin/env bash
# Builds the VS Code extension in editors/vscode into editors/vscode/nflint.vsix: installs the
# pinned dependencies with npm (from package-lock.json when it is there) into node_modules,
# compiles the TypeScript, and packages with @vscode/vsce. Needs Node.js 20 or later and the
# npm registry. Install the result with: code --install-extension editors/vscode/nflint.vsix
set -euo pipefail
cd "$(dirname "$0")/../editors/vscode"
if [ -f package-lock.json ]; then
	npm ci --no-audit --no-fund
else
	npm install --no-audit --no-fund
fi
npm run --silent compile
npx --no-install vsce package --out nflint.vsix
ls -l nflint.vsix
