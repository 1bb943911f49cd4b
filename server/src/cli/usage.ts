/** `keiyaku --help`: printed by cli.ts without loading the commands, and after every usage error. */
import { COMPARISON_USAGE } from "./compare/comparison-arguments";

export const USAGE = `使い方 / Usage:
  keiyaku check FILE… [--format text|json|sarif|github] [--final] [--side 甲|乙|…] [--playbook FILE] [--ignore ID]… [-o OUT]
      契約書を検査します。エラーがあれば終了コード 1。
      --format  text（人が読む形）、json（機械向け。範囲は 0 始まり）、sarif（GitHub の
                code scanning などに）、github（GitHub Actions の注釈）
      --final   空欄をエラーとして扱います（署名に回す前の最終確認）。
      --side    読む立場（甲・乙、委託者・受託者などの役割、当事者の会社名）。その立場から
                指摘の重さを決めます（自分に不利な条項は警告、相手方に不利な条項は情報）。
      --ignore  指定した ID の指摘を出しません（複数回指定できます）。
      --playbook FILE  チームの審査基準（playbook）を使います。省くと .keiyaku/playbook.json を探します。
      -o OUT    結果を標準出力ではなく OUT に書きます。
  keiyaku render FILE [--format text|markdown|html|docx|pdf] [-o OUT] [--force] [--browser PATH]
      契約書を清書して標準出力（または OUT）に書き出します。形式を省くと OUT の拡張子
      （.txt・.md・.html・.docx・.pdf）から決めます。docx（Word）と pdf は -o で書き出します。
      pdf はインストール済みの Chromium・Chrome・Edge で印刷します（--browser で指定も可）。
      エラーのある契約書は清書して終了コード 1（--force で 0）。
${COMPARISON_USAGE}
  keiyaku facts FILE [--format text|json]
      値から導かれる事実（賠償上限額、満了日、取適法・フリーランス法の適用、印紙税など）を一覧にします。
  keiyaku types [--format text|json]
      契約書の種類（組み込みと .keiyaku/types/ のもの）を一覧します。
  keiyaku new --type ID -o FILE [--force]
      種類のひな形から新しい契約書を作ります（既にあるファイルは --force なしでは上書きしません）。
  keiyaku import FILE [-o OUT.contract] [--changes=accept|reject]
      Word 文書（.docx）やテキストファイル（.txt・.md）を .contract に取り込みます。
      変更履歴のある DOCX は、既定で変更を承諾した本文を、--changes=reject で元の本文を取り込みます。
  keiyaku --help | --version

例 / Examples:
  keiyaku check contracts/*.contract
  keiyaku check --final --format sarif -o keiyaku.sarif contracts/*.contract
  keiyaku render samples/server-management.filled.contract -o 契約書.html
  keiyaku render samples/server-management.filled.contract -o 契約書.docx
  keiyaku import 契約書.docx -o 契約書.contract

終了コード / Exit codes: 0 問題なし, 1 エラーあり, 2 使い方の誤り・ファイルを読めない
テキストの行・列は 1 始まり（列は UTF-16 単位）、JSON の範囲は 0 始まりです。
説明 / Docs: docs/diagnostics.md（指摘の一覧）、docs/language.md（言語）、README.md`;
