/** The command lines of `keiyaku types` and `keiyaku new`, checked (usage errors in Japanese). */

export interface TypesCommand {
  readonly kind: "types";
  readonly format: "text" | "json";
}

export interface NewCommand {
  readonly kind: "new";
  readonly type: string;
  readonly output: string;
  /** Overwrite an existing file. */
  readonly force: boolean;
}

export type TypeArguments<C> = { readonly command: C } | { readonly error: string };

export function typesCommand(
  format: string | undefined,
  rest: readonly string[],
): TypeArguments<TypesCommand> {
  const chosen = format ?? "text";
  if (chosen !== "text" && chosen !== "json")
    return { error: `types の --format は text・json のいずれかです：${chosen}` };
  if (rest.length > 0) return { error: `types にファイルは指定できません：${rest.join(" ")}` };
  return { command: { kind: "types", format: chosen } };
}

export function newCommand(
  type: string | undefined,
  output: string | undefined,
  rest: readonly string[],
  force: boolean,
): TypeArguments<NewCommand> {
  const file = output ?? rest[0];
  if (type === undefined)
    return { error: "new には --type で種類の id を指定してください（一覧は keiyaku types）。" };
  if (file === undefined) return { error: "new には -o で作るファイルを指定してください。" };
  if (rest.length > (output === undefined ? 1 : 0)) return { error: "new に指定できるファイルは一つです。" };
  return { command: { kind: "new", type, output: file, force } };
}
