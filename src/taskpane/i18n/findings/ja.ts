// Japanese finding texts: for each registry code its rule title (short, no final period) and its
// message (the English record's {placeholders} only). Terms: 案件 = deal, 紹介 = referral, ソリューション領域 = solution area.
import { defineTranslation } from "./translation";

export const ja = defineTranslation({
  "file-empty": { title: "空のファイル", message: "ファイルが空です。" },
  "file-binary": {
    title: "CSV テキスト以外のファイル",
    message: "このファイルは CSV テキスト ファイルではありません。",
  },
  "file-unterminated-quote": {
    title: "閉じていない引用符",
    message: "{row} 行目で始まる引用符付きの値が閉じられていません。",
  },
  "file-no-header": { title: "見出し行なし", message: "ファイルに見出し行がありません。" },
  "delimiter-not-comma": {
    title: "コンマ以外の区切り文字",
    message: "値がコンマではなく {delimiter} で区切られています。保存時にはコンマを使います。",
  },
  "delimiter-sep-line": {
    title: "先頭の sep= 行",
    message:
      "ファイルは {delimiter} の sep= 行で始まっています。Partner Center が見出し行として読み取るため、保存時には省きます。",
  },
  "encoding-not-utf8": {
    title: "UTF-8 以外のエンコード",
    message: "ファイルのエンコードが UTF-8 ではなく {encoding} です。保存時には UTF-8 を使います。",
  },
  "file-ends-mid-character": {
    title: "途中で切れている可能性のあるファイル",
    message:
      "ファイルが文字の途中で終わっています。途中で切れている可能性があるため、最後の行を確認してください。",
  },
  "too-many-records": {
    title: "1 ファイルのレコード数超過",
    message:
      "ファイルには {count} 件のレコードがありますが、Partner Center が処理できるのは 1 ファイルあたり最大 {max} 件です。",
    action:
      "[{max} 件以下のファイルに分割] をオンにして保存すると {files} 個のファイルになります。1 つずつアップロードしてください。",
  },
  "no-records": { title: "レコードなし", message: "ファイルに見出し行はありますが、レコードがありません。" },
  "header-not-canonical": {
    title: "列見出しの表記違い",
    message: "列見出し「{value}」は、テンプレートでは「{column}」と表記します。",
  },
  "header-duplicate": {
    title: "重複した列",
    message: "列 {column} が複数回あります (見出し「{value}」、最初は列 {first})。",
  },
  "header-unknown": {
    title: "不明な列",
    message: "列見出し「{value}」は共同販売テンプレートの列ではありません。",
  },
  "header-unknown-suggest": {
    title: "不明な列 (入力ミスの可能性)",
    message: "列見出し「{value}」は共同販売テンプレートの列ではありません。「{suggestion}」のことですか?",
  },
  "header-blank": { title: "見出しのない列", message: "値のある列の見出しが空です。" },
  "header-missing-required": { title: "必須列の不足", message: "必須の列 {column} が見出し行にありません。" },
  "header-missing-new-template": {
    title: "新しいテンプレートの列の不足",
    message:
      "列 {column} がありません。古いテンプレートは使えません。Partner Center で新しいテンプレートをダウンロードしてください。",
  },
  "header-missing-conditional": {
    title: "条件付き必須列の不足",
    message: "列 {column} がありません。この列が必要な行は拒否されます。",
  },
  "header-number-out-of-range": {
    title: "範囲外の列番号",
    message: "列見出し「{value}」は範囲外です。{column} の番号は 1 から {max} までです。",
  },
  "header-number-gap": { title: "番号付き列の欠番", message: "{after} があるのに列 {column} がありません。" },
  "header-row-missing": {
    title: "1 行目が見出し行ではない",
    message: "1 行目はテンプレートの見出し行ではありません。共同販売の列名が含まれていません。",
  },
  "header-row-below": {
    title: "見出し行が下にある",
    message: "見出し行は {row} 行目にあります。その上の行を削除してください。",
  },
  "required-missing": { title: "必須値の未入力", message: "必須フィールド {column} がありません" },
  "required-missing-when-help": {
    title: "Microsoft の支援に必要な値の未入力",
    message: "必須フィールド {column} がありません。Microsoft help required? が Yes の場合に必要です。",
  },
  "required-missing-when-substatus": {
    title: "このサブ状態に必要な値の未入力",
    message:
      "必須フィールド {column} がありません。Partner Referral Substatus が {substatus} の場合に必要です。",
  },
  "required-missing-services": {
    title: "役割・ソリューション領域・プレイの不足",
    message:
      "必須フィールド {column} がありません。Partner role、Solution area、Solution play はそろえて入力します。",
  },
  "column-missing-for-row": {
    title: "行に必要な列の不足",
    message: "列 {column} がありませんが、この行には必要です。",
  },
  whitespace: {
    title: "先頭または末尾の空白",
    message: "{column} の値「{value}」の先頭または末尾に空白があります。",
  },
  "control-character": {
    title: "見えない制御文字",
    message: "{column} の値「{value}」に見えない制御文字が含まれています。",
  },
  "stray-byte": {
    title: "正しくない可能性のある文字",
    message:
      "{column} の値「{value}」に UTF-8 ではないバイト {bytes} が含まれています。Windows-1252 として「{chars}」と読みました。正しい文字か確認してください。",
  },
  "line-break": {
    title: "メモ以外の列の改行",
    message:
      "{column} の値「{value}」に改行が含まれています。改行を入れられるのはメモの列だけです。「{fix}」に変更されます。",
  },
  "formula-like": {
    title: "数式と見なされる値",
    message:
      "{column} の値「{value}」は「{start}」で始まるため、ファイルを開いた表計算ソフトが数式として実行するおそれがあります。",
  },
  "excel-error-value": {
    title: "Excel のエラー値",
    message:
      "{column} の値「{value}」は Excel のエラー値です。元のデータは表計算ソフトで失われました。値を入力し直してください。",
  },
  "cells-beyond-header": {
    title: "最終列より右のセル",
    message: "この行には、最後の見出し列より右に入力済みのセルが {count} 個あります。",
  },
  "not-canonical": {
    title: "標準形式でない値",
    message: "{column} の値「{value}」は「{fix}」として書き込まれます。",
  },
  "invalid-value": {
    title: "使用できない値",
    message: "{column} の値「{value}」は許可された値ではありません。",
  },
  "invalid-yes-no": {
    title: "Yes/No 以外の値",
    message: "{column} の値「{value}」は Yes か No にする必要があります。",
  },
  "value-retired": {
    title: "一覧から削除された値",
    message: "{column} の値「{value}」は Partner Center の一覧に載っていません。",
  },
  "country-not-alpha2": {
    title: "2 文字コード以外の国",
    message: "{column} の値「{value}」は 2 文字の国コードにする必要があります。「{fix}」を使ってください。",
  },
  "country-invalid": {
    title: "不明な国コード",
    message: "{column} の値「{value}」は既知の 2 文字の国コード (US、JP など) ではありません。",
  },
  "currency-invalid": {
    title: "不明な通貨コード",
    message: "{column} の値「{value}」は既知の通貨コード (USD、JPY など) ではありません。",
  },
  "money-format": {
    title: "記号や区切りを含む金額",
    message:
      "{column} の値「{value}」は記号や区切り文字のない数値にする必要があります。「{fix}」を使ってください。",
  },
  "money-invalid": {
    title: "無効な金額",
    message: "{column} の値「{value}」は 0 以上の数値ではありません。",
  },
  "money-leading-point": {
    title: "小数点で始まる金額",
    message: "{column} の値「{value}」は小数点の前に数字がありません。「{fix}」として書き込まれます。",
  },
  "money-separator-ambiguous": {
    title: "桁区切りか小数点か不明",
    message:
      "{column} の値「{value}」はあいまいです。最後の 3 桁の前の「{separator}」は桁区切り ({thousands}) とも小数点 ({decimal}) とも読めます。桁区切りなしで、小数点には「.」を使い、{thousands} または {decimal} と書いてください。",
  },
  "money-dot-thousands": {
    title: "小数点か桁区切りか",
    message:
      "{column} の値「{value}」は小数として読み取られますが、このセミコロン区切りのファイルでは「.」が桁区切りの可能性があります。{thousands} のつもりなら {thousands} と書いてください。",
  },
  "duns-short": {
    title: "D-U-N-S 番号の桁不足",
    message: "{column} の値「{value}」は 9 桁未満です。先頭の 0 が失われた可能性があります。",
  },
  "duns-invalid": {
    title: "無効な D-U-N-S 番号",
    message: "{column} の値「{value}」は 9 桁の数字にする必要があります。",
  },
  "email-invalid": {
    title: "無効なメール アドレス",
    message: "{column} の値「{value}」は有効なメール アドレスではありません。",
  },
  "phone-invalid": {
    title: "無効な電話番号",
    message: "{column} の値「{value}」には数字、空白、+ - ( ) . のみを使ってください。",
  },
  "digits-invalid": {
    title: "数字以外を含む値",
    message: "{column} の値「{value}」には数字のみを使ってください。",
  },
  "sales-stage-format": {
    title: "標準形式でない販売ステージ",
    message: "{column} の値「{value}」は「{fix}」として書き込まれます。",
  },
  "sales-stage-invalid": {
    title: "不明な販売ステージ",
    message: "{column} の値「{value}」は 10、20、40、60、80、100 のいずれでもありません。",
  },
  "domain-not-bare": {
    title: "余分な部分を含むドメイン",
    message: "{column} の値「{value}」は「{fix}」のようなドメインのみにしてください。",
  },
  "domain-invalid": {
    title: "無効なドメイン名",
    message: "{column} の値「{value}」はドメイン名に見えません。",
  },
  "final-account-match-invalid": {
    title: "Microsoft ID の形式の誤り",
    message:
      "{column} の値「{value}」は無効です。Microsoft ID に使える形式は MicrosoftID: Number-Alphanumeric だけです。",
  },
  "code-invalid": {
    title: "範囲外のコード番号",
    message: "{column} の値「{value}」は 1 から {max} までの整数にする必要があります。",
  },
  "solution-id-missing": {
    title: "Solution ID の未入力",
    message: "{column} の値「{value}」に Solution ID がありません。",
  },
  "solution-currency-invalid": {
    title: "ソリューションの無効な通貨",
    message: "{column} の値「{value}」の通貨「{part}」は既知の通貨コード (USD、JPY など) ではありません。",
  },
  "solution-price-invalid": {
    title: "ソリューションの無効な価格",
    message: "{column} の値「{value}」の価格「{part}」は 0 以上の数値ではありません。",
  },
  "solution-quantity-invalid": {
    title: "ソリューションの無効な数量",
    message: "{column} の値「{value}」の数量「{part}」は正の整数ではありません。",
  },
  "solution-too-many-parts": {
    title: "ソリューションの項目数超過",
    message:
      "{column} の値「{value}」は {count} 個の部分からなります。Solution ID, Currency, Price, Quantity の形式にしてください。",
  },
  "team-member-incomplete": {
    title: "チーム メンバー情報の不足",
    message:
      "{column} の値「{value}」は First name, Last name, Mobile number, Email の 4 つの部分が必要です。",
  },
  "team-member-email-invalid": {
    title: "チーム メンバーの無効なメール",
    message: "{column} の値「{value}」のメール「{part}」は有効なアドレスではありません。",
  },
  "date-not-canonical": {
    title: "M/D/YYYY 形式でない日付",
    message: "{column} の値「{value}」は「{fix}」として書き込まれます。",
  },
  "date-two-digit-year": {
    title: "2 桁の年",
    message: "{column} の値「{value}」は年が 2 桁です。「{fix}」として読み取ります。",
  },
  "date-reordered": {
    title: "日が先の日付の並べ替え",
    message: "{column} の値「{value}」は日が先として読み取り、「{fix}」として書き込みます。",
  },
  "date-invalid": {
    title: "日付でない値",
    message: "{column} の値「{value}」は日付ではありません。M/D/YYYY の形式で入力してください。",
  },
  "date-impossible": { title: "存在しない日付", message: "{column} の値「{value}」は実在しない日付です。" },
  "date-ambiguous": {
    title: "日と月の順序があいまい",
    message:
      "{column} の値「{value}」は日が先とも月が先とも読め、この列には両方の順序の日付が同じ数だけあります。",
    action:
      "[チェック] の「3/4/2025 のような日付の読み方」で「月が先」か「日が先」を選んでもう一度チェックするか、読み方が 1 つしかない YYYY-MM-DD の形式で日付を入力してください。",
  },
  "date-majority-month-first": {
    title: "多数に合わせて月が先として読んだ日付",
    message:
      "{column} の値「{value}」は日が先とも月が先とも読めます。この列には月が先としか読めない日付が {proving} 件、日が先としか読めない日付が {against} 件あるため、月が先 ({date}) として読みました。確認してください。",
  },
  "date-majority-day-first": {
    title: "多数に合わせて日が先として読んだ日付",
    message:
      "{column} の値「{value}」は日が先とも月が先とも読めます。この列には日が先としか読めない日付が {proving} 件、月が先としか読めない日付が {against} 件あるため、日が先 ({date}) として読みました。確認してください。",
  },
  "service-value-unlisted": {
    title: "既知の一覧にない値",
    message: "{column} の値「{value}」は既知の値の一覧にありません。",
  },
  "solution-play-wrong-area": {
    title: "別の領域のソリューション プレイ",
    message: "{column} の値「{value}」はソリューション領域「{chosen}」ではなく「{area}」に属します。",
  },
  "status-substatus-mismatch": {
    title: "状態とサブ状態の不一致",
    message:
      "{column} の値「{value}」は Partner Referral Status「{status}」とは組み合わせられません。{allowed} を使ってください。",
  },
  "create-row-status": {
    title: "新規案件の状態の誤り",
    message: "新規案件の状態は New、サブ状態は Accepted にしてください (現在は「{status}」/「{value}」)。",
  },
  "reason-code-not-needed": {
    title: "不要な理由コード",
    message:
      "{column} の値「{value}」は、Partner Referral Substatus が Declined、Lost、Error の場合にのみ使われます。",
  },
  "help-code-not-needed": {
    title: "不要な支援内容",
    message: "{column} の値「{value}」は、Microsoft help required? が Yes の場合にのみ使われます。",
  },
  "help-not-shared": {
    title: "支援依頼の未共有",
    message:
      "{column} の値「{value}」は Microsoft help required? Yes と矛盾します。共同販売の依頼は常に共有されます。",
  },
  "consent-no": {
    title: "同意なし: 案件はアップロードされません",
    message:
      "{column} が「{value}」です。No のままでは Partner Center で案件は作成も更新もされません。アップロードするには Yes を選んでください。",
  },
  "partner-center-error": {
    title: "Partner Center による拒否",
    message: "前回、Partner Center がこの行を拒否しました: {message}",
  },
  "account-match-empty": {
    title: "選択が必要なアカウント照合",
    message:
      "{column} が空です。Partner Center がこの行に提案したアカウント ({count} 件) から 1 つを選んでください。",
  },
  "account-match-low-confidence": {
    title: "信頼度 Low のアカウント照合",
    message:
      "Partner Center はこの顧客を信頼度 Low で照合しました。{column} の「{value}」を確認するか、この行の別の提案を選んでください。",
  },
  "referral-id-duplicate": {
    title: "紹介 ID の重複",
    message: "{column} の値「{value}」は {first} 行目にもあります。",
  },
  "create-row-duplicate": {
    title: "新規案件の重複の可能性",
    message:
      "この新規案件は、{first} 行目の Customer Name「{customer}」と {column}「{value}」を繰り返しています。",
  },
  "engagement-id-missing": {
    title: "Engagement ID の未入力",
    message: "紹介「{referral}」を更新する行で {column} が空です。",
  },
  "marketplace-intent-missing": {
    title: "Marketplace 購入意向の未入力",
    message: "{column} が空です。紹介の作成には必須で、更新でも入力が想定されています。",
  },
  "terminal-row-edited": {
    title: "終了した案件の変更",
    message:
      "紹介「{value}」はすでに {substatus} です。Partner Center は終了した案件への変更を適用しません。この行を削除してください。",
  },
  "read-only-edited": {
    title: "読み取り専用列の変更",
    message: "{column} はここでは読み取り専用です。「{original}」から「{value}」への変更は無視されます。",
  },
});
