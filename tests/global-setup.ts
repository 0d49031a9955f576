import { execFileSync } from "node:child_process";

/** Builds dist/ (the ES module build) once before the suite: some tests load the package as users do. */
export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
}
