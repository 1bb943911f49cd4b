/**
 * 立場 (keiyaku.side) as the status bar and the preview show it: 「立場：甲（委託者）」. The preview
 * gets the party as the server resolved it; the status bar shows the setting as written.
 */
import type { Localize } from "../l10n/localize";

/** The setting's value, or null for no side (none, empty, not text). */
export function sideSetting(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const side = value.trim();
  return side === "" || side === "none" ? null : side;
}

export function sideLabel(side: string | null | undefined, localize: Localize): string | null {
  return side === null || side === undefined ? null : localize("Side: {0}", side);
}

/** Appends the side to a label: 「空欄 3・立場：甲」. */
export function withSide(label: string, side: string | null | undefined, localize: Localize): string {
  const shown = sideLabel(side, localize);
  return shown === null ? label : `${label} · ${shown}`;
}
