/**
 * What a preview remembers across a window reload: the webview stores it with `setState`, and
 * VS Code hands it back to the panel serializer, which must not trust its shape.
 */
export interface PreviewState {
  readonly uri: string;
  readonly locked: boolean;
}

export function isPreviewState(value: unknown): value is PreviewState {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const fields = value as Readonly<Record<string, unknown>>;
  return typeof fields["uri"] === "string" && fields["uri"] !== "" && typeof fields["locked"] === "boolean";
}
