/** The npm package of the CLI and the server, packed and installed as a user installs it. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./fixtures";
import { tempFolder } from "./temp-folders";

export interface Installed {
  readonly folder: string;
  readonly bin: (name: "keiyaku" | "keiyaku-language-server") => string;
}

/** Packs and installs the package into a temporary prefix; the caller removes `folder`. */
export async function installPackage(): Promise<Installed> {
  const folder = tempFolder("npm");
  const { packCli } = (await import(pathToFileURL(join(ROOT, "scripts/pack-cli.mjs")).href)) as {
    packCli: (out: string) => Promise<string>;
  };
  const tarball = await packCli(folder);
  const prefix = join(folder, "prefix");
  execFileSync(
    "npm",
    ["install", "-g", "--prefix", prefix, "--no-audit", "--no-fund", "--offline", tarball],
    {
      env: { ...process.env, npm_config_loglevel: "error" },
      stdio: "pipe",
    },
  );
  return { folder, bin: (name) => join(prefix, "bin", name) };
}
