/**
 * A small well-formedness check for the HTML the renderer writes: every element closed in order,
 * attributes quoted, no stray < or >. Not a general HTML parser; the renderer's output is regular.
 */
const VOID = new Set(["meta", "br", "hr", "img", "link", "input"]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+="[^"<>]*")*)\s*\/?>|<!DOCTYPE html>/g;

export function htmlProblems(html: string): string[] {
  const stack: string[] = [];
  const problems: string[] = [];
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    const between = html.slice(last, match.index);
    if (/[<>]/.test(between))
      problems.push(`stray < or > before offset ${match.index}: ${between.slice(0, 40)}`);
    last = match.index + match[0].length;
    const [, closing, name] = match;
    if (name === undefined) continue;
    if (VOID.has(name.toLowerCase())) continue;
    if (closing === "") stack.push(name);
    else if (stack.pop() !== name) problems.push(`</${name}> closes the wrong element at ${match.index}`);
  }
  if (/[<>]/.test(html.slice(last))) problems.push("stray < or > at the end");
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(", ")}`);
  return problems;
}

export interface Tag {
  readonly name: string;
  readonly attributes: readonly string[];
}

/** The opening tags of `html`, with their attribute names. */
export function openingTags(html: string): Tag[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({
    name: (m[1] ?? "").toLowerCase(),
    attributes: [...(m[2] ?? "").matchAll(/([^\s=>"]+)(?:="[^"]*")?/g)].map((a) =>
      (a[1] ?? "").toLowerCase(),
    ),
  }));
}
