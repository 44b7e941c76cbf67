// Japanese finding messages, one per code of the engine's English catalogue (same {placeholders}).
import type { FindingCatalogue } from "./catalogue";

export const ja: FindingCatalogue = {
  "file-empty": "ファイルが空です。",
  "file-binary": "このファイルは CSV テキスト ファイルではありません。",
  "file-unterminated-quote": "{row} 行目で始まる引用符付きの値が閉じられていません。",
  "file-no-header": "ファイルに見出し行がありません。",
  "delimiter-not-comma": "値がコンマではなく {delimiter} で区切られています。保存時にはコンマを使います。",
  "delimiter-sep-line":
    "ファイルは {delimiter} の sep= 行で始まっています。Partner Center が見出し行として読み取るため、保存時には省きます。",
  "encoding-not-utf8": "ファイルのエンコードが UTF-8 ではなく {encoding} です。保存時には UTF-8 を使います。",
  "file-ends-mid-character":
    "ファイルが文字の途中で終わっています。途中で切れている可能性があるため、最後の行を確認してください。",
  "too-many-records":
    "ファイルには {count} 件のレコードがありますが、Partner Center が処理できるのは 1 ファイルあたり最大 {max} 件です。{files} 個のファイルに分割してください。",
  "no-records": "ファイルに見出し行はありますが、レコードがありません。",
  "header-not-canonical": "列見出し「{value}」は、テンプレートでは「{column}」と表記します。",
  "header-duplicate": "列 {column} が複数回あります (見出し「{value}」、最初は列 {first})。",
  "header-unknown": "列見出し「{value}」は共同販売テンプレートの列ではありません。",
  "header-unknown-suggest":
    "列見出し「{value}」は共同販売テンプレートの列ではありません。「{suggestion}」のことですか?",
  "header-blank": "値のある列の見出しが空です。",
  "header-missing-required": "必須の列 {column} が見出し行にありません。",
  "header-missing-new-template":
    "列 {column} がありません。古いテンプレートは使えません。Partner Center で新しいテンプレートをダウンロードしてください。",
  "header-missing-conditional": "列 {column} がありません。この列が必要な行は拒否されます。",
  "header-number-out-of-range": "列見出し「{value}」は範囲外です。{column} の番号は 1 から {max} までです。",
  "header-number-gap": "{after} があるのに列 {column} がありません。",
  "header-row-missing": "1 行目はテンプレートのヘッダー行ではありません。共同販売の列名が含まれていません。",
  "header-row-below": "ヘッダーは {row} 行目にあります。その上の行を削除してください。",
  "required-missing": "必須フィールド {column} がありません",
  "required-missing-when-help":
    "必須フィールド {column} がありません。Microsoft help required? が Yes の場合に必要です。",
  "required-missing-when-substatus":
    "必須フィールド {column} がありません。Partner Referral Substatus が {substatus} の場合に必要です。",
  "required-missing-services":
    "必須フィールド {column} がありません。Partner role、Solution area、Solution play はそろえて入力します。",
  "column-missing-for-row": "列 {column} がありませんが、この行には必要です。",
  whitespace: "{column} の値「{value}」の先頭または末尾に空白があります。",
  "control-character": "{column} の値「{value}」に見えない制御文字が含まれています。",
  "stray-byte":
    "{column} の値「{value}」に UTF-8 ではないバイト {bytes} が含まれています。Windows-1252 として「{chars}」と読みました。正しい文字か確認してください。",
  "line-break":
    "{column} の値「{value}」に改行が含まれています。改行を入れられるのはメモの列だけです。「{fix}」に変更されます。",
  "formula-like":
    "{column} の値「{value}」は「{start}」で始まるため、ファイルを開いた表計算ソフトが数式として実行するおそれがあります。",
  "excel-error-value":
    "{column} の値「{value}」は Excel のエラー値です。元のデータは表計算ソフトで失われました。値を入力し直してください。",
  "cells-beyond-header": "この行には、最後の見出し列より右に入力済みのセルが {count} 個あります。",
  "not-canonical": "{column} の値「{value}」は「{fix}」として書き込まれます。",
  "invalid-value": "{column} の値「{value}」は許可された値ではありません。",
  "invalid-yes-no": "{column} の値「{value}」は Yes か No にする必要があります。",
  "value-retired": "{column} の値「{value}」は Partner Center の一覧に載っていません。",
  "country-not-alpha2":
    "{column} の値「{value}」は 2 文字の国コードにする必要があります。「{fix}」を使ってください。",
  "country-invalid": "{column} の値「{value}」は 2 文字の ISO 国コードではありません。",
  "currency-invalid": "{column} の値「{value}」は ISO 4217 通貨コードではありません。",
  "money-format":
    "{column} の値「{value}」は記号や区切り文字のない数値にする必要があります。「{fix}」を使ってください。",
  "money-invalid": "{column} の値「{value}」は 0 以上の数値ではありません。",
  "duns-short": "{column} の値「{value}」は 9 桁未満です。先頭の 0 が失われた可能性があります。",
  "duns-invalid": "{column} の値「{value}」は 9 桁の数字にする必要があります。",
  "email-invalid": "{column} の値「{value}」は有効なメール アドレスではありません。",
  "phone-invalid": "{column} の値「{value}」には数字、空白、+ - ( ) . のみを使ってください。",
  "digits-invalid": "{column} の値「{value}」には数字のみを使ってください。",
  "sales-stage-format": "{column} の値「{value}」は「{fix}」として書き込まれます。",
  "sales-stage-invalid": "{column} の値「{value}」は 10、20、40、60、80、100 のいずれでもありません。",
  "domain-not-bare": "{column} の値「{value}」は「{fix}」のようなドメインのみにしてください。",
  "domain-invalid": "{column} の値「{value}」はドメイン名に見えません。",
  "final-account-match-invalid":
    "{column} の値「{value}」は無効です。Microsoft ID に使える形式は MicrosoftID: Number-Alphanumeric だけです。",
  "code-invalid": "{column} の値「{value}」は 1 から {max} までの整数にする必要があります。",
  "solution-id-missing": "{column} の値「{value}」に Solution ID がありません。",
  "solution-currency-invalid": "{column} の値「{value}」の通貨「{part}」は ISO 4217 コードではありません。",
  "solution-price-invalid": "{column} の値「{value}」の価格「{part}」は 0 以上の数値ではありません。",
  "solution-quantity-invalid": "{column} の値「{value}」の数量「{part}」は正の整数ではありません。",
  "solution-too-many-parts":
    "{column} の値「{value}」は {count} 個の部分からなります。Solution ID, Currency, Price, Quantity の形式にしてください。",
  "team-member-incomplete":
    "{column} の値「{value}」は First name, Last name, Mobile number, Email の 4 つの部分が必要です。",
  "team-member-email-invalid": "{column} の値「{value}」のメール「{part}」は有効なアドレスではありません。",
  "date-not-canonical": "{column} の値「{value}」は「{fix}」として書き込まれます。",
  "date-two-digit-year": "{column} の値「{value}」は年が 2 桁です。「{fix}」として読み取ります。",
  "date-reordered": "{column} の値「{value}」は日が先として読み取り、「{fix}」として書き込みます。",
  "date-invalid": "{column} の値「{value}」は日付ではありません。M/D/YYYY の形式で入力してください。",
  "date-impossible": "{column} の値「{value}」は実在しない日付です。",
  "date-ambiguous":
    "{column} の値「{value}」は日が先とも月が先とも読め、この列には両方の順序の日付が同じ数だけあります。設定で「月が先」か「日が先」を選ぶ (--date-order mdy または dmy) か、M/D/YYYY の形式で入力してください。",
  "date-majority-month-first":
    "{column} の値「{value}」は日が先とも月が先とも読めます。この列には月が先としか読めない日付が {proving} 件、日が先としか読めない日付が {against} 件あるため、月が先 ({date}) として読みました。確認してください。",
  "date-majority-day-first":
    "{column} の値「{value}」は日が先とも月が先とも読めます。この列には日が先としか読めない日付が {proving} 件、月が先としか読めない日付が {against} 件あるため、日が先 ({date}) として読みました。確認してください。",
  "service-value-unlisted": "{column} の値「{value}」は既知の値の一覧にありません。",
  "solution-play-wrong-area":
    "{column} の値「{value}」はソリューション領域「{chosen}」ではなく「{area}」に属します。",
  "status-substatus-mismatch":
    "{column} の値「{value}」は Partner Referral Status「{status}」とは組み合わせられません。{allowed} を使ってください。",
  "create-row-status":
    "新規案件の状態は New、サブ状態は Accepted にしてください (現在は「{status}」/「{value}」)。",
  "reason-code-not-needed":
    "{column} の値「{value}」は、Partner Referral Substatus が Declined、Lost、Error の場合にのみ使われます。",
  "help-code-not-needed":
    "{column} の値「{value}」は、Microsoft help required? が Yes の場合にのみ使われます。",
  "help-not-shared":
    "{column} の値「{value}」は Microsoft help required? Yes と矛盾します。共同販売の依頼は常に共有されます。",
  "consent-no": "{column} の値「{value}」: No を選ぶと案件は作成も更新もされません。",
  "partner-center-error": "前回、Partner Center がこの行を拒否しました: {message}",
  "referral-id-duplicate": "{column} の値「{value}」は {first} 行目にもあります。",
  "create-row-duplicate":
    "この新規案件は、{first} 行目の Customer Name「{customer}」と {column}「{value}」を繰り返しています。",
  "engagement-id-missing": "紹介「{referral}」を更新する行で {column} が空です。",
  "marketplace-intent-missing": "{column} が空です。紹介の作成には必須で、更新でも入力が想定されています。",
  "terminal-row-edited":
    "紹介「{value}」はすでに {substatus} です。Partner Center は終了した案件への変更を適用しません。この行を削除してください。",
  "read-only-edited":
    "{column} はここでは読み取り専用です。「{original}」から「{value}」への変更は無視されます。",
};
