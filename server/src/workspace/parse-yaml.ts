/**
 * YAML data files (.keiyaku/types/*.yaml, playbook.yaml), read with the `yaml` package into the
 * same position-keeping tree as JSON. Anchors and aliases are refused (they serve no purpose here
 * and a few of them expand into a huge document), as are custom tags' effects: only plain maps,
 * sequences and scalars are read.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from "yaml";
import {
  emptyRecord,
  FORBIDDEN_KEYS,
  MAX_DEPTH,
  type DataNode,
  type DataProblem,
  type ParsedData,
} from "./data-node";

function rangeOf(node: YamlNode): { start: number; end: number } {
  const [start = 0, end = start] = node.range ?? [];
  return { start, end };
}

function convert(node: unknown, depth: number, problems: DataProblem[], keyStart?: number): DataNode {
  const at = {
    ...(isScalar(node) || isMap(node) || isSeq(node) || isAlias(node) ? rangeOf(node) : { start: 0, end: 0 }),
    ...(keyStart === undefined ? {} : { keyStart }),
  };
  if (depth > MAX_DEPTH) {
    problems.push({ offset: at.start, length: 1, message: `入れ子が深すぎます（${MAX_DEPTH}段まで）。` });
    return { ...at, value: null };
  }
  if (isAlias(node)) {
    problems.push({
      offset: at.start,
      length: Math.max(1, at.end - at.start),
      message: "エイリアス（*名前）は使えません。値をそのまま書いてください。",
    });
    return { ...at, value: null };
  }
  if (isSeq(node)) {
    const items = node.items.map((item) => convert(item, depth + 1, problems));
    return { ...at, value: items.map((item) => item.value), items };
  }
  if (isMap(node)) return convertMap(node.items, at, depth, problems);
  if (isScalar(node)) return { ...at, value: node.value };
  return { ...at, value: null };
}

function convertMap(
  pairs: readonly { key: unknown; value: unknown }[],
  at: Pick<DataNode, "start" | "end" | "keyStart">,
  depth: number,
  problems: DataProblem[],
): DataNode {
  const value = emptyRecord();
  const properties = new Map<string, DataNode>();
  for (const pair of pairs) {
    const keyRange = isScalar(pair.key) ? rangeOf(pair.key) : { start: at.start, end: at.start + 1 };
    const key = isScalar(pair.key) ? String(pair.key.value) : null;
    if (key === null || FORBIDDEN_KEYS.has(key) || properties.has(key)) {
      const why =
        key === null
          ? "項目名は文字列で書いてください。"
          : properties.has(key)
            ? `項目「${key}」が二度書かれています。`
            : `項目名「${key}」は使えません。`;
      problems.push({
        offset: keyRange.start,
        length: Math.max(1, keyRange.end - keyRange.start),
        message: why,
      });
      continue;
    }
    const child = convert(pair.value, depth + 1, problems, keyRange.start);
    properties.set(key, child);
    value[key] = child.value;
  }
  return { ...at, value, properties };
}

export function parseYamlData(text: string): ParsedData {
  let document;
  try {
    document = parseDocument(text, { uniqueKeys: false, prettyErrors: false, merge: false });
  } catch {
    return { root: null, problems: [{ offset: 0, length: 1, message: "YAML として読めません。" }] };
  }
  const problems: DataProblem[] = document.errors.map((error) => ({
    offset: error.pos[0],
    length: Math.max(1, error.pos[1] - error.pos[0]),
    message: `YAML の書き方が正しくありません（${error.code}）。`,
  }));
  if (problems.length > 0) return { root: null, problems };
  if (document.contents === null)
    return { root: null, problems: [{ offset: 0, length: 1, message: "ファイルが空です。" }] };
  const root = convert(document.contents, 0, problems);
  return { root: problems.length > 0 ? null : root, problems };
}
