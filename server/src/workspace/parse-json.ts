/**
 * JSON data files (.keiyaku/types/*.json, playbook.json) read with jsonc-parser, the parser
 * VS Code itself uses: it keeps going after an error and says where each value is.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import {
  emptyRecord,
  FORBIDDEN_KEYS,
  MAX_DEPTH,
  type DataNode,
  type DataProblem,
  type ParsedData,
} from "./data-node";

// By jsonc-parser's names of its error codes (its enum is const, so not importable here).
const ERROR_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: "JSON に使えない文字があります。",
  InvalidNumberFormat: "数の書き方が正しくありません。",
  PropertyNameExpected: '項目名（"…"）がありません。',
  ValueExpected: "値がありません。",
  ColonExpected: "「:」がありません。",
  CommaExpected: "「,」がありません。",
  CloseBraceExpected: "「}」がありません。",
  CloseBracketExpected: "「]」がありません。",
  EndOfFileExpected: "JSON の終わりの後に余分な文字があります。",
  InvalidCommentToken: "JSON にはコメントを書けません。",
  UnexpectedEndOfComment: "JSON にはコメントを書けません。",
  UnexpectedEndOfString: '文字列の「"」が閉じていません。',
  UnexpectedEndOfNumber: "数が途中で終わっています。",
  InvalidUnicode: "\\u の後の文字コードが正しくありません。",
  InvalidEscapeCharacter: "「\\」の後の文字が正しくありません。",
  InvalidCharacter: "文字列に改行などの制御文字があります。",
};

function syntaxProblem(error: ParseError): DataProblem {
  const name = printParseErrorCode(error.error);
  const message =
    (Object.hasOwn(ERROR_MESSAGES, name) ? ERROR_MESSAGES[name] : undefined) ??
    "JSON の書き方が正しくありません。";
  return { offset: error.offset, length: Math.max(1, error.length), message };
}

function convert(node: Node, depth: number, problems: DataProblem[], keyStart?: number): DataNode {
  const at = {
    start: node.offset,
    end: node.offset + node.length,
    ...(keyStart === undefined ? {} : { keyStart }),
  };
  if (depth > MAX_DEPTH) {
    problems.push({ offset: node.offset, length: 1, message: `入れ子が深すぎます（${MAX_DEPTH}段まで）。` });
    return { ...at, value: null };
  }
  if (node.type === "array") {
    const items = (node.children ?? []).map((child) => convert(child, depth + 1, problems));
    return { ...at, value: items.map((item) => item.value), items };
  }
  if (node.type === "object") return convertObject(node, at, depth, problems);
  return { ...at, value: node.value as unknown };
}

function convertObject(
  node: Node,
  at: Pick<DataNode, "start" | "end" | "keyStart">,
  depth: number,
  problems: DataProblem[],
): DataNode {
  const value = emptyRecord();
  const properties = new Map<string, DataNode>();
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (keyNode === undefined || valueNode === undefined) continue;
    const key = String(keyNode.value);
    if (FORBIDDEN_KEYS.has(key) || properties.has(key)) {
      const why = properties.has(key)
        ? `項目「${key}」が二度書かれています。`
        : `項目名「${key}」は使えません。`;
      problems.push({ offset: keyNode.offset, length: keyNode.length, message: why });
      continue;
    }
    const child = convert(valueNode, depth + 1, problems, keyNode.offset);
    properties.set(key, child);
    value[key] = child.value;
  }
  return { ...at, value, properties };
}

export function parseJsonData(text: string): ParsedData {
  const errors: ParseError[] = [];
  const problems: DataProblem[] = [];
  let tree: Node | undefined;
  try {
    tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch {
    // Only a pathological file (nesting deep enough to exhaust the stack) gets here.
    return {
      root: null,
      problems: [{ offset: 0, length: 1, message: `入れ子が深すぎて読めません（${MAX_DEPTH}段まで）。` }],
    };
  }
  problems.push(...errors.map(syntaxProblem));
  if (tree === undefined) {
    if (problems.length === 0) problems.push({ offset: 0, length: 1, message: "ファイルが空です。" });
    return { root: null, problems };
  }
  const root = convert(tree, 0, problems);
  return { root: problems.length > 0 ? null : root, problems };
}
