/**
 * Finds a Chromium, Chrome or Edge already installed, to print a contract to PDF: Keiyaku never
 * downloads a browser. The order: the path the user gave (--browser, or the setting), CHROME_PATH,
 * then the usual install places of each system.
 */
import { access, constants } from "node:fs/promises";
import { join } from "node:path";

function windowsCandidates(env: NodeJS.ProcessEnv): string[] {
  const roots = [env["PROGRAMFILES"], env["PROGRAMFILES(X86)"], env["LOCALAPPDATA"]].filter(
    (root): root is string => root !== undefined && root !== "",
  );
  const apps = [
    ["Google", "Chrome", "Application", "chrome.exe"],
    ["Microsoft", "Edge", "Application", "msedge.exe"],
    ["Chromium", "Application", "chrome.exe"],
  ];
  return roots.flatMap((root) => apps.map((app) => join(root, ...app)));
}

const MAC_APPS = [
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

const LINUX_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/microsoft-edge",
  "/usr/bin/microsoft-edge-stable",
  "/snap/bin/chromium",
];

export function browserCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  const fromEnv = env["CHROME_PATH"] === undefined || env["CHROME_PATH"] === "" ? [] : [env["CHROME_PATH"]];
  if (platform === "win32") return [...fromEnv, ...windowsCandidates(env)];
  if (platform === "darwin") return [...fromEnv, ...MAC_APPS];
  return [...fromEnv, ...LINUX_PATHS];
}

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, process.platform === "win32" ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export type BrowserLookup =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string };

export const NO_BROWSER =
  "PDF にするには Chromium、Google Chrome または Microsoft Edge が必要です。" +
  "いずれかをインストールするか（Debian・Ubuntu：apt-get install chromium）、" +
  "--browser でその実行ファイルを指定してください（環境変数 CHROME_PATH でも指定できます）。";

/** The browser to print with: `given` if it runs, else the first one installed. */
export async function findBrowser(
  given: string | null,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): Promise<BrowserLookup> {
  if (given !== null) {
    return (await executable(given))
      ? { ok: true, path: given }
      : { ok: false, message: `ブラウザ「${given}」を実行できません。パスを確かめてください。${NO_BROWSER}` };
  }
  for (const candidate of browserCandidates(platform, env)) {
    if (await executable(candidate)) return { ok: true, path: candidate };
  }
  return { ok: false, message: NO_BROWSER };
}
