/** Debian's Chromium, driven by playwright-core, with the flags this offline machine needs. */
import { chromium, type BrowserContext } from "playwright-core";
import { CHROMIUM } from "./paths";
import { tempFolder } from "../helpers/temp-folders";

export async function launchBrowser(): Promise<BrowserContext> {
  const profile = tempFolder("chromium");
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1600, height: 1000 },
    locale: "ja-JP",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
