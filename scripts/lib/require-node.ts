// Imported first by `npm start` and `npm test`: on a Node.js older than the dependencies' floor they
// would fail later with a stack trace from deep inside one of them, so say it once, plainly, and stop.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./paths";
import { nodeVersionProblem } from "./node-version";

const { engines } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { engines: { node: string } };
const problem = nodeVersionProblem(process.versions.node, engines.node);
if (problem) {
  console.error(problem);
  process.exit(1);
}
