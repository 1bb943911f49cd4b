/** Builds the in-host suite and lays out a throwaway workspace with the sample contracts. */
import { copyFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { ROOT } from "../helpers/fixtures";
import { tempFolder } from "../helpers/temp-folders";

export async function buildInHostSuite(): Promise<void> {
  const dir = join(ROOT, "test", "e2e", "suite");
  const outdir = join(ROOT, "out", "test", "suite");
  // The suite runs every *.test.js there: a test file renamed or removed must not run on from a
  // previous build.
  rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => join(dir, f)),
    outdir,
    format: "cjs",
    platform: "node",
    target: "node20",
    bundle: false,
    logLevel: "warning",
  });
}

export function prepareWorkspace(): string {
  const workspace = tempFolder("ws");
  copyFileSync(join(ROOT, "samples", "server-management.contract"), join(workspace, "template.contract"));
  copyFileSync(join(ROOT, "samples", "server-management.contract"), join(workspace, "onsave.contract"));
  copyFileSync(
    join(ROOT, "samples", "server-management.filled.contract"),
    join(workspace, "filled.contract"),
  );
  return workspace;
}
