/**
 * A parsed data file (JSON or YAML) as a tree that remembers where each value was written, so a
 * schema error can point at the exact key or value. Objects are built without a prototype and a
 * `__proto__` key is refused: a file from outside cannot reach Object.prototype.
 */
export interface DataNode {
  readonly value: unknown;
  /** Offsets of the value in the file's text. */
  readonly start: number;
  readonly end: number;
  /** For a property's value: where its key was written. */
  readonly keyStart?: number;
  readonly properties?: ReadonlyMap<string, DataNode>;
  readonly items?: readonly DataNode[];
}

/** A problem in a data file at an offset of its text; the message is Japanese. */
export interface DataProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

export interface ParsedData {
  readonly root: DataNode | null;
  readonly problems: readonly DataProblem[];
}

/** Keys that would reach an object's prototype if copied into an ordinary object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Deeper than any contract type or playbook: refused before it can exhaust the stack. */
export const MAX_DEPTH = 16;

export function emptyRecord(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/** The node a JSON pointer (/articles/3/topic, as Ajv reports) names, or the deepest one on its way. */
export function nodeAt(root: DataNode, pointer: string): DataNode {
  let node = root;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/gu, "/").replace(/~0/gu, "~");
    const next = node.items !== undefined ? node.items[Number(key)] : node.properties?.get(key);
    if (next === undefined) return node;
    node = next;
  }
  return node;
}
