/**
 * Validation of workspace data files against the schemas the extension contributes to VS Code
 * (schemas/*.schema.json), with Ajv, the established JSON Schema validator, so that the editor and
 * Keiyaku judge a file by the same schema. Ajv is loaded on first use (a workspace without
 * .keiyaku/ never loads it). Its errors become Japanese messages at the offending key or value.
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import contractTypeSchema from "../../../schemas/contract-type.schema.json";
import playbookSchema from "../../../schemas/playbook.schema.json";
import { nodeAt, type DataNode, type DataProblem } from "./data-node";

export type SchemaName = "contract-type" | "playbook";

export interface DataValidators {
  validate(schema: SchemaName, root: DataNode): Promise<DataProblem[]>;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "文字列",
  array: "配列（[…]）",
  object: "オブジェクト（{…}）",
  boolean: "true か false",
  number: "数",
  integer: "整数",
};

function typeName(type: unknown): string {
  const name = String(type);
  return Object.hasOwn(TYPE_NAMES, name) ? (TYPE_NAMES[name] ?? name) : name;
}

function where(pointer: string): string {
  const path = pointer
    .split("/")
    .slice(1)
    .map((key) => (/^\d+$/u.test(key) ? `[${key}]` : `.${key}`))
    .join("")
    .replace(/^\./u, "");
  return path === "" ? "" : `${path}：`;
}

function patternHint(pointer: string): string {
  if (pointer.endsWith("/id") || /\/types\/\d+$/u.test(pointer))
    return "英小文字・数字・ハイフンで書いてください（例：office-lease）";
  if (pointer.endsWith("/template"))
    return ".keiyaku/ の中の .contract ファイルを、この種類のファイルからの相対パスで書いてください";
  if (pointer.includes("/checks/")) return "指摘の ID（例：consistency.tax-mode）を書いてください";
  return "空白・{}・コロンを含まない名前にしてください";
}

function describe(error: ErrorObject): string | null {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `項目「${String(p["missingProperty"])}」がありません。`;
    case "additionalProperties":
      return `項目「${String(p["additionalProperty"])}」はこの場所に書けません（綴りを確かめてください）。`;
    case "type":
      return `${typeName(p["type"])}で書いてください。`;
    case "enum":
      return `次のいずれかにしてください：${(p["allowedValues"] as unknown[]).map(String).join("、")}。`;
    case "const":
      return `「${String(p["allowedValue"])}」にしてください。`;
    case "pattern":
      return `書き方が正しくありません。${patternHint(error.instancePath)}。`;
    case "minLength":
      return "空にはできません。";
    case "maxLength":
      return `長すぎます（${String(p["limit"])}文字まで）。`;
    case "minItems":
      return `少なくとも${String(p["limit"])}個書いてください。`;
    case "maxItems":
      return `多すぎます（${String(p["limit"])}個まで）。`;
    case "anyOf":
      return "「atLeast」か「atMost」の少なくとも一方を書いてください。";
    case "if":
      return null; // Reported by the branch's own errors.
    default:
      return `${error.message ?? "正しくありません"}。`;
  }
}

function problemOf(error: ErrorObject, root: DataNode): DataProblem | null {
  const text = describe(error);
  if (text === null) return null;
  const node = nodeAt(root, error.instancePath);
  const extra = error.keyword === "additionalProperties" ? String(error.params["additionalProperty"]) : null;
  const target = extra === null ? node : (node.properties?.get(extra) ?? node);
  const offset = extra !== null ? (target.keyStart ?? target.start) : target.start;
  const length = extra !== null ? extra.length + 2 : Math.max(1, target.end - target.start);
  return { offset, length, message: `${where(error.instancePath)}${text}` };
}

/** One problem per place: Ajv may report the same place under several keywords. */
function distinct(problems: readonly DataProblem[]): DataProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.offset}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function createDataValidators(): DataValidators {
  let compiled: Promise<Record<SchemaName, ValidateFunction>> | null = null;
  const compile = async () => {
    const { default: Ajv } = await import("ajv");
    const ajv = new Ajv({ allErrors: true, strict: false });
    return { "contract-type": ajv.compile(contractTypeSchema), playbook: ajv.compile(playbookSchema) };
  };
  return {
    async validate(schema, root) {
      compiled ??= compile();
      const validate = (await compiled)[schema];
      if (validate(root.value)) return [];
      const problems = (validate.errors ?? []).flatMap((error) => problemOf(error, root) ?? []);
      return distinct(problems).slice(0, 20);
    },
  };
}
