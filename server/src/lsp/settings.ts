/**
 * The settings the server reads, per document (a workspace folder may differ from another), with
 * defaults for clients that send none. Unknown or malformed values fall back to the default.
 */
import type { CheckOptions, Severity, SeveritySetting } from "../language";

export interface KeiyakuSettings {
  /** onType: check as the user types (debounced); onSave: only on open and save. */
  readonly validate: "onType" | "onSave";
  readonly mode: "draft" | "final";
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  readonly inlayHints: boolean;
  /** 立場: 甲, 乙, a role (委託者) or a party's name; null for no side. */
  readonly side: string | null;
}

export const DEFAULT_SETTINGS: KeiyakuSettings = {
  validate: "onType",
  mode: "draft",
  severities: {},
  inlayHints: true,
  side: null,
};

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ["error", "warning", "information", "hint", "off"];
const SEVERITY_ALIASES: Readonly<Record<string, Severity>> = { info: "information" };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function severitySetting(value: unknown): SeveritySetting | undefined {
  if (typeof value !== "string") return undefined;
  const normalised = SEVERITY_ALIASES[value] ?? value;
  return (SEVERITY_SETTINGS as readonly string[]).includes(normalised)
    ? (normalised as SeveritySetting)
    : undefined;
}

function severities(value: unknown): Record<string, SeveritySetting> {
  if (!isRecord(value)) return {};
  const result: Record<string, SeveritySetting> = {};
  for (const [id, setting] of Object.entries(value)) {
    const parsed = severitySetting(setting);
    if (parsed !== undefined) result[id] = parsed;
  }
  return result;
}

/** A side as written (trimmed, at most a party name's length); none, empty or not text: no side. */
function sideSetting(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const side = value.trim().slice(0, 100);
  return side === "" || side === "none" ? null : side;
}

/** Reads the `keiyaku` section as a client sends it (any shape), keeping what is valid. */
export function readSettings(section: unknown): KeiyakuSettings {
  if (!isRecord(section)) return DEFAULT_SETTINGS;
  const diagnostics = isRecord(section["diagnostics"]) ? section["diagnostics"] : {};
  return {
    validate: section["validate"] === "onSave" ? "onSave" : "onType",
    mode: section["mode"] === "final" ? "final" : "draft",
    severities: severities(diagnostics["severity"]),
    inlayHints: isRecord(section["inlayHints"]) ? section["inlayHints"]["enabled"] !== false : true,
    side: sideSetting(section["side"]),
  };
}

export function checkOptionsOf(settings: KeiyakuSettings): CheckOptions {
  return { mode: settings.mode, severities: settings.severities, side: settings.side };
}
