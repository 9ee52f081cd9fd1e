/** The one sentence to print when `running` (e.g. "20.20.2") is older than `floor` (package.json's ">=22.12"). */
export function nodeVersionProblem(running: string, floor: string): string | null {
  const wanted = parse(floor.replace(/^>=\s*/, ""));
  const actual = parse(running);
  for (let i = 0; i < 3; i++) {
    if (actual[i]! > wanted[i]!) return null;
    if (actual[i]! < wanted[i]!) {
      return (
        `Rapport needs Node.js ${wanted.join(".")} or newer (Node.js 24 LTS recommended); this is Node.js ${running}. ` +
        `Install Node.js 24 (nodejs.org, or nvm install 24), or run: eval "$(scripts/node-24.sh)"`
      );
    }
  }
  return null;
}

function parse(version: string): [number, number, number] {
  const [major = 0, minor = 0, patch = 0] = version.split(".").map((part) => Number.parseInt(part, 10) || 0);
  return [major, minor, patch];
}
