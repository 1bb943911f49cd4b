/**
 * The extension package (.vsix) holds only what runs, and everything the manifest points at.
 * Packages once, into a temporary folder (building first: about ten seconds), and reads the zip.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../helpers/fixtures";
import { zipEntries, type ZipEntry } from "./zip-entries";
import { tempFolder } from "../../helpers/temp-folders";

const MAX_BYTES = 1024 * 1024;

const REQUIRED = [
  "extension/package.json",
  "extension/client/dist/extension.js",
  // The command groups extension.js requires on first use (client/src/lazy-group.ts).
  "extension/client/dist/groups/server.js",
  "extension/client/dist/groups/preview.js",
  "extension/client/dist/groups/export.js",
  "extension/client/dist/webview.js",
  "extension/client/dist/l10n/bundle.l10n.ja.json",
  "extension/client/media/preview.css",
  "extension/client/media/preview-print.css",
  "extension/server/dist/server.js",
  "extension/samples/server-management.contract",
  "extension/changelog.md",
  "extension/LICENSE.txt",
];

/** Every file the manifest names, relative to the extension folder. */
function manifestPaths(manifest: {
  main?: string;
  icon?: string;
  l10n?: string;
  contributes?: {
    languages?: { configuration?: string; icon?: { light?: string; dark?: string } }[];
    grammars?: { path?: string }[];
    snippets?: { path?: string }[];
  };
}): string[] {
  const contributes = manifest.contributes ?? {};
  return [
    manifest.main,
    manifest.icon,
    ...(contributes.languages ?? []).flatMap((l) => [l.configuration, l.icon?.light, l.icon?.dark]),
    ...(contributes.grammars ?? []).map((g) => g.path),
    ...(contributes.snippets ?? []).map((s) => s.path),
    manifest.l10n === undefined ? undefined : `${manifest.l10n}/bundle.l10n.ja.json`,
  ]
    .filter((path): path is string => path !== undefined)
    .map((path) => path.replace(/^\.\//, ""));
}

describe("client: the extension package", function () {
  let folder = "";
  let vsix = "";
  let entries: ZipEntry[] = [];

  before(function () {
    this.timeout(180_000);
    folder = tempFolder("vsix");
    vsix = join(folder, "keiyaku.vsix");
    execFileSync(process.execPath, [join(ROOT, "scripts/package.mjs"), "--out", vsix], {
      cwd: ROOT,
      stdio: "pipe",
    });
    entries = zipEntries(readFileSync(vsix));
  });

  after(() => {
    if (folder !== "") rmSync(folder, { recursive: true, force: true });
  });

  it("is smaller than 1 MB", () => {
    const size = statSync(vsix).size;
    assert.ok(size < MAX_BYTES, `${size} bytes`);
  });

  it("holds no sources, tests, source maps or node_modules", () => {
    const names = entries.map((entry) => entry.name);
    const unwanted = names.filter(
      (name) =>
        /(^|\/)src\//.test(name) ||
        /(^|\/)test\//.test(name) ||
        /(^|\/)node_modules\//.test(name) ||
        name.endsWith(".map") ||
        name.endsWith(".ts") ||
        name.endsWith(".vsix") ||
        /(^|\/)(grammar|scripts|bench)\//.test(name) ||
        (/(^|\/)docs\//.test(name) && !name.endsWith(".md")) ||
        /(^|\/)\.[^/]+$/.test(name),
    );
    assert.deepEqual(unwanted, []);
  });

  it("keeps the language client's libraries out of the activation bundle", () => {
    // A request type from a second copy of vscode-jsonrpc is refused by the client's copy (it
    // compares its constants by identity), and the library is most of what activation loads.
    const bundle = readFileSync(join(ROOT, "client", "dist", "extension.js"), "utf8");
    assert.doesNotMatch(bundle, /Unknown parameter structure|vscode-jsonrpc|vscode-languageserver-protocol/);
    const entry = entries.find((e) => e.name === "extension/client/dist/extension.js");
    assert.ok(entry !== undefined && entry.size < 64 * 1024, `${entry?.size} bytes`);
  });

  it("holds the bundles, the media, the template and the translations", () => {
    const names = new Set(entries.map((entry) => entry.name));
    for (const path of REQUIRED) assert.ok(names.has(path), `missing ${path}`);
  });

  it("holds every document the README links to, so its links open from the extension's page", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const links = [...readme.matchAll(/\]\(((?!https?:|#)[^)#]+)(?:#[^)]*)?\)/g)].map((m) => m[1] ?? "");
    assert.ok(links.length > 0);
    const names = new Set(entries.map((entry) => entry.name));
    for (const link of links) assert.ok(names.has(`extension/${link}`), link);
  });

  it("declares no placeholder repository", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { repository?: unknown };
    assert.doesNotMatch(JSON.stringify(manifest.repository ?? ""), /example\.invalid/);
  });

  it("holds every file the manifest names", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Parameters<
      typeof manifestPaths
    >[0];
    const names = new Set(entries.map((entry) => entry.name));
    for (const path of manifestPaths(manifest)) assert.ok(names.has(`extension/${path}`), `missing ${path}`);
  });

  it("holds only the templates the new-contract command offers", () => {
    const samples = entries.filter((entry) => entry.name.startsWith("extension/samples/"));
    const templates = readdirSync(join(ROOT, "samples", "types"))
      .filter((name) => name.endsWith(".contract") && !name.endsWith(".filled.contract"))
      .map((name) => `extension/samples/types/${name}`);
    assert.deepEqual(
      samples.map((entry) => entry.name).sort(),
      ["extension/samples/server-management.contract", ...templates].sort(),
    );
  });
});
