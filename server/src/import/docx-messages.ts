/** What to tell the user, in Japanese, when a DOCX cannot be imported: what is wrong and what to do. */
import type { DocxProblemKind } from "./docx/docx-problem";

const RESAVE = "Word で開いて「名前を付けて保存」から Word 文書（.docx）として保存し直してください。";

export const DOCX_MESSAGES: Readonly<Record<DocxProblemKind, string>> = {
  corrupt: `DOCX ファイルが壊れているため読めません。${RESAVE}`,
  encrypted:
    "DOCX がパスワードで保護されているため読めません。Word でパスワードを解除して保存し直してから取り込んでください。",
  unsupported: `この DOCX には Keiyaku が読まない形式が含まれています。${RESAVE}`,
  tooLarge:
    "DOCX の中身が大きすぎるため読みません（展開後の上限は一つの部品 32 MB、合計 64 MB）。圧縮爆弾の可能性もあります。送り主に確かめ、本文だけをテキストとして保存して取り込んでください。",
  tooDeep:
    "DOCX の XML の入れ子が深すぎるため読みません（上限 256 段）。ファイルが壊れているか、悪意のあるファイルの可能性があります。送り主に確かめてください。",
  notWord: `Word 文書（.docx）ではありません。${RESAVE}テキスト（.txt）として保存して取り込むこともできます。`,
  unreadable: `DOCX を読み取れませんでした。${RESAVE}`,
};

/** An OLE (Compound File) container: a password-protected DOCX, or a Word 97–2003 .doc. */
export const OLE_MESSAGE =
  "パスワードで保護された Word 文書か、古い形式（.doc）の Word 文書です。Word でパスワードを解除し、「名前を付けて保存」から Word 文書（.docx）として保存し直してから取り込んでください。";

export const PDF_MESSAGE =
  "PDF は取り込めません。元の Word 文書（.docx）を使うか、本文をテキスト（.txt）として保存して取り込んでください。";

export const NOT_ZIP_MESSAGE = `拡張子は .docx ですが、DOCX（ZIP 形式）ではありません。ファイルが壊れているか、別の形式です。${RESAVE}`;

export const EMPTY_MESSAGE =
  "空のファイルです。契約書の本文が入った Word 文書（.docx）かテキストファイルを指定してください。";

export const TRACKED_CHANGES_ACCEPTED =
  "この文書には変更履歴があります。変更をすべて承諾した本文を取り込みました（元の本文は --changes=reject）。";

export const TRACKED_CHANGES_REJECTED =
  "この文書には変更履歴があります。変更をすべて元に戻した（元の）本文を取り込みました。";
