// Japanese help texts (terms as in ../ja.ts: 検出結果, 案件, 見出し行, レコード). Code labels
// translate Partner Center's English list names; the codes themselves are what the file holds.
import type { HelpTranslation } from "./types";

export const ja: HelpTranslation = {
  help: {
    "file-empty":
      "Partner Center には、共同販売テンプレートの見出し行と 1 件以上のレコードが必要です。テンプレートから始めて案件を入力してください。",
    "file-binary":
      "Partner Center が読み取れるのは CSV テキスト ファイルだけです。Excel で [ファイル] › [名前を付けて保存] › [CSV UTF-8 (コンマ区切り)] を選ぶか、ここで「CSV として保存」を使ってください。",
    "file-unterminated-quote":
      "引用符で始まる値は引用符で終わる必要があります。そうでないと、ファイルの残りが 1 つの値として読まれます。閉じる引用符を追加するか、開く引用符を削除してください。",
    "file-no-header":
      "最初の行は、列名が並んだテンプレートの見出し行である必要があります。Partner Center の共同販売テンプレートからコピーしてください。",
    "delimiter-not-comma":
      "Partner Center はコンマ区切りの値を想定しています。操作は不要です。「CSV として保存」はコンマで書き出します。",
    "delimiter-sep-line":
      "一部のプログラムは、Excel に区切り文字を伝えるために先頭に sep= 行を置きます。Partner Center はこれを見出し行と見なすため、保存時に省きます。",
    "encoding-not-utf8":
      "Partner Center はファイルを UTF-8 として読み取ります。他のエンコードでは、アクセント記号や特殊文字が化けることがあります。「CSV として保存」は UTF-8 で書き出します。",
    "file-ends-mid-character":
      "ファイルの最後のバイトが 1 文字分になっていません。通常はコピー中にファイルが途中で切れたことを意味します。最後の行を元のデータと比べてください。",
    "too-many-records":
      "Partner Center が 1 ファイルで処理できるのは 1,000 レコードまでで、それより大きいファイルは拒否されます。ファイルに分割して保存し、それぞれをアップロードしてください。",
    "no-records": "見出し行の下にアップロードするデータがありません。案件ごとに 1 行追加してください。",
    "header-row-missing":
      "Partner Center は最初の行から列名を読み取ります。テンプレートの見出し行を先頭に置いてください。共同販売テンプレートからコピーできます。",
    "header-row-below":
      "Partner Center は最初の行から列名を読み取るため、その上にタイトル行があるとアップロードできません。見出し行より上の行を削除してください。",
    "header-not-canonical":
      "列は認識されていますが、テンプレートでは列名の書き方が異なります。操作は不要です。見出しはそのままにします。",
    "header-duplicate":
      "各列は 1 回しか使えません。Partner Center はどちらを使うか判断できません。必要な値を移してから、一方を削除してください。",
    "header-unknown":
      "Partner Center はこの列を認識せず、その値を無視します。列を削除するか、意図したテンプレートの列名に変更してください。",
    "header-unknown-suggest":
      "Partner Center はこの列を認識せず、その値を無視します。列名はテンプレートの列に似ています。見出しを提案された名前に変更してください。",
    "header-blank":
      "空の見出しの下にある値は Partner Center に無視されます。列にテンプレートの名前を付けるか、列を削除してください。",
    "header-missing-required":
      "この列がないファイルは Partner Center に拒否されます。テンプレートの名前で列を追加してください。見出し行は最新のテンプレートからコピーできます。",
    "header-missing-new-template":
      "このファイルは、Partner Center が受け付けなくなった古いテンプレートで作られています。Partner Center で最新のテンプレートをダウンロードし、案件を移してください。",
    "header-missing-conditional":
      "この列は一部の行 (Microsoft の支援を依頼する場合など) でのみ必須で、その行はこの列がないと拒否されます。列を追加してください。",
    "header-number-out-of-range":
      "Solution N や Team member N などの番号付き列は 1 から 50 までです。その範囲内で列番号を付け直してください。",
    "header-number-gap":
      "番号付きの列は欠番なく続く必要があります。欠けている列を追加するか、後の列の番号を付け直してください。",
    "required-missing": "この列が空の行は Partner Center に拒否されます。セルに入力してください。",
    "required-missing-when-help":
      "「Microsoft help required?」が Yes の場合、Microsoft には顧客の連絡先と支援の種類が必要です。セルに入力するか、支援を No にしてください。",
    "required-missing-when-substatus":
      "Declined、Lost、Error の案件には理由コードが必要です。理由の番号を入力してください (下の一覧を参照)。",
    "required-missing-services":
      "Partner role、Solution area、Solution play はまとめてサービス案件を表します。3 つすべてに入力するか、3 つとも空にしてください。",
    "column-missing-for-row":
      "この行にはシートにない列が必要なため、Partner Center に拒否されます。テンプレートの名前で列を追加し、入力してください。",
    whitespace:
      "値の前後の空白があると、Partner Center が値を認識できないことがあります。操作は不要です。「CSV として保存」で取り除かれます。「修正」で今すぐセルを整えることもできます。",
    "control-character":
      "セルに目に見えない文字 (多くは別のプログラムから貼り付けたもの) が含まれており、Partner Center に拒否される可能性があります。「修正」で取り除けます。",
    "stray-byte":
      "ファイルの一部のバイトが有効な UTF-8 ではなかったため、ここの文字が正しくない可能性があります。セルを確認し、必要なら文字を入力し直してください。",
    "line-break":
      "複数行にできるのはメモの列だけです。他の列では改行によって行が分かれることがあります。「修正」で空白に置き換えます。",
    "formula-like":
      "= で始まる値は、スプレッドシートで開くと数式として実行されます。値を確認し、テキストであれば = を削除するか先頭に文字を置いてください。",
    "excel-error-value":
      "セルに #N/A などの Excel エラーが表示されています。数式や貼り付けによって元の値が失われました。正しい値を入力し直してください。",
    "cells-beyond-header":
      "最後の列より右の値には見出しがないため、Partner Center に無視されます。正しい列に移すか、削除してください。",
    "not-canonical":
      "値は使用できますが、Partner Center の表記 (大文字と小文字など) と異なります。操作は不要です。「CSV として保存」で標準の形式で書き出します。",
    "invalid-value": "この列には決められた一覧の値しか入力できません。下の一覧から選んでください。",
    "invalid-yes-no": "この列には Yes または No しか入力できません。どちらかに置き換えてください。",
    "value-retired":
      "Partner Center は以前この値を一覧に載せていましたが、今は載せていないため、拒否される可能性があります。下の一覧から現在の値を選んでください。",
    "country-not-alpha2":
      "Partner Center は、国名や 3 文字のコードではなく、US や JP などの 2 文字の ISO 国コードを想定しています。「修正」でコードを書き込みます。",
    "country-invalid":
      "Partner Center は、US、GB、JP などの 2 文字の ISO 3166 国コードを想定しています。顧客の国コードに置き換えてください。",
    "currency-invalid":
      "Partner Center は、USD や JPY などの 3 文字の ISO 4217 通貨コードを想定しています。案件の通貨コードに置き換えてください。",
    "money-format":
      "金額は、小数点に . を使い、通貨記号や桁区切りのない数値である必要があります (12563。$12,563.00 は不可)。「修正」で数値だけを書き込みます。",
    "money-invalid":
      "案件の金額は 0 以上の数値で、小数点は . である必要があります。金額に置き換えてください。",
    "money-leading-point":
      ".5 のような金額には小数点の前に 0 が付きます。操作は不要です。「CSV として保存」で 0.5 と書き出します。",
    "money-separator-ambiguous":
      "区切り文字が桁区切りなのか小数点なのか判断できません。桁区切りを使わず、小数点には . を使って金額を書いてください。",
    "money-dot-thousands":
      "セミコロン区切りのファイルでは、ドットがヨーロッパ式の桁区切りの場合があります。金額を確認し、桁区切りのつもりであればドットを削除してください。",
    "duns-short":
      "D-U-N-S 番号はちょうど 9 桁です。スプレッドシートでは先頭の 0 が消えることがよくあります。「修正」で補いますので、記録と照らして番号を確認してください。",
    "duns-invalid": "D-U-N-S 番号はちょうど 9 桁の数字だけです。番号を訂正するか、セルを空にしてください。",
    "email-invalid":
      "Partner Center には name@contoso.com のような有効なメール アドレスが必要です。アドレスを訂正してください。",
    "phone-invalid":
      "電話番号に使えるのは数字、空白、+ - ( ) . だけです。文字や内線のメモなど、それ以外を削除してください。",
    "digits-invalid": "この列は数字だけの ID です。文字、空白、その他の記号を削除してください。",
    "sales-stage-format":
      "Sales Stage はステージの割合を表す数値です (40%ではなく 40)。操作は不要です。「CSV として保存」で数値を書き出します。",
    "sales-stage-invalid":
      "Sales Stage に入力できるのは下の一覧のステージの割合だけです。案件に合うステージを選んでください。",
    "domain-not-bare":
      "Partner Center は、https://、www.、パスを含まない contoso.com のようなドメイン名だけを想定しています。「修正」でドメインだけを書き込みます。",
    "domain-invalid":
      "Customer Domain Name は contoso.com のようなドメインである必要があります。訂正するか、セルを空にしてください。",
    "final-account-match-invalid":
      "Final account match は Partner Center が提案したアカウントのいずれかで、MicrosoftID: 数字-英数字 (D-U-N-S の提案の場合は DUNSID:) で始まる必要があります。行の提案から 1 つ選んでください。",
    "code-invalid": "この列には、コードの文字ではなく番号を入力します。下の一覧から番号を入力してください。",
    "solution-id-missing":
      "Solution 列は Solution ID、通貨、価格、数量の順に書きます。Solution ID は先頭で必須です。Partner Center からソリューションの ID を追加してください。",
    "solution-currency-invalid":
      "Solution 列の 2 番目の部分は、USD などの ISO 4217 通貨コードです。通貨を訂正してください。",
    "solution-price-invalid":
      "Solution 列の 3 番目の部分は価格で、記号を含まない 0 以上の数値 (小数点は .) です。価格を訂正してください。",
    "solution-quantity-invalid":
      "Solution 列の 4 番目の部分は数量で、1 以上の整数です。数量を訂正してください。",
    "solution-too-many-parts":
      "Solution 列はコンマ区切りで最大 4 つの部分 (Solution ID、通貨、価格、数量) です。余分な部分を削除してください (数値の中のコンマは数値を分割します)。",
    "team-member-incomplete":
      "Team member 列には、コンマ区切りの 4 つの部分 (名、姓、携帯電話番号、メール) が必要です。不足している部分を追加してください。",
    "team-member-email-invalid":
      "Team member 列の 4 番目の部分は、その人のメール アドレスです。訂正してください。",
    "service-value-unlisted":
      "値は既知のサービス値の一覧にありませんが、一覧が古い可能性もあります。Partner Center で確認してください。これは警告にすぎません。",
    "solution-play-wrong-area":
      "各 solution play は 1 つの solution area に属します。選んだ area の play を選ぶか、area を変更してください。",
    "date-not-canonical":
      "Partner Center は月/日/年の形式 (1/30/2026) の日付を想定しています。操作は不要です。「CSV として保存」でその形式で書き出します。",
    "date-two-digit-year":
      "2 桁の年は 20xx 年として読まれます。日付を確認し、念のため 4 桁の年で書いてください。",
    "date-reordered":
      "この日付は日が先としか読めない (最初の数が 12 より大きい) ため、Partner Center の想定どおり月が先の形に書き直します。操作は不要です。",
    "date-invalid":
      "Partner Center には月/日/年の形式 (1/30/2026) の日付が必要です。その形式で日付を書いてください。",
    "date-impossible": "その日はカレンダーに存在しません (2 月 30 日など)。日付を訂正してください。",
    "date-ambiguous":
      "この列には日が先としか読めない日付 (25/3/2025 など) と月が先としか読めない日付 (3/25/2025 など) が同じ数だけあるため、3/4/2025 のような日付はどちらとも読めます。日付の順序を指定するか、1 通りにしか読めない形で日付を書いてください。",
    "date-majority-month-first":
      "この列のはっきりした日付のほとんどが月が先のため、どちらとも読めるこの日付も月が先として読みます。確認してください。日が先の場合は YYYY-MM-DD の形で書き、シート全体が日が先なら [チェック] の「3/4/2025 のような日付の読み方」で「日が先」を選んでください。",
    "date-majority-day-first":
      "この列のはっきりした日付のほとんどが日が先のため、どちらとも読めるこの日付も日が先として読みます。確認してください。月が先の場合は YYYY-MM-DD の形で書き、シート全体が月が先なら [チェック] の「3/4/2025 のような日付の読み方」で「月が先」を選んでください。",
    "status-substatus-mismatch":
      "Partner Referral Status ごとに使えるサブ状態が決まっています (下の一覧を参照)。組み合わせが合うように、状態かサブ状態を変更してください。",
    "create-row-status":
      "新しい案件 (Referral ID なし) は通常、状態 New、サブ状態 Accepted で作成します。行を確認してください。既存の案件を更新する場合は、その Referral ID を追加してください。",
    "reason-code-not-needed":
      "理由は、サブ状態が Declined、Lost、Error のときにだけ読み取られます。セルを空にするか、サブ状態を確認してください。",
    "help-code-not-needed":
      "支援の種類は、「Microsoft help required?」が Yes のときにだけ読み取られます。セルを空にするか、支援を Yes にしてください。",
    "help-not-shared":
      "Microsoft への支援の依頼は、常に Microsoft の営業チームと共有されます。「Share with Microsoft sales team」を Yes にしてください。",
    "consent-no":
      "Partner Center は、顧客とパートナーの連絡先の共有に同意した場合にのみ案件を作成または更新します。Yes にするか、その案件をファイルから除いてください。",
    "partner-center-error":
      "Partner Center は前回のアップロードでこの行を拒否し、その理由を Errors 列に書き込みました。指摘された点を直してもう一度チェックし、失敗した行だけをアップロードしてください。",
    "account-match-empty":
      "Partner Center はこの顧客のアカウントを提案しています。正しい提案を Final account match にコピーしてから、もう一度アップロードしてください。",
    "account-match-low-confidence":
      "Partner Center は正しい顧客アカウントと照合できたか確信がありません。照合結果を提案と比べ、そのままにするか置き換えてください。",
    "referral-id-duplicate":
      "各 Referral ID は 1 行にしか使えず、重複は Partner Center に拒否されます。重複した行を削除するか、その変更を最初の行にまとめてください。",
    "create-row-duplicate":
      "顧客と案件名が同じ新しい案件が 2 つあると、案件が 2 つ作成されます。本当に別の案件でない限り、一方を削除してください。",
    "engagement-id-missing":
      "案件を更新する行には、通常ダウンロードしたファイルの Engagement ID が入っています。Partner Center から送られたファイルからコピーして戻してください。",
    "marketplace-intent-missing":
      "Marketplace Purchase Intent は、顧客が Microsoft のマーケットプレースで購入する予定かどうかを示し、新しい案件では必須です。下の一覧から値を選んでください。",
    "terminal-row-edited":
      "案件が Won、Lost、Declined、Expired、Error になると、Partner Center はそれ以上の変更を受け付けません。この行をアップロードから除いてください。",
    "read-only-edited":
      "案件のこの段階では、Partner Center はこの列の変更を無視します。元の値に戻すか、可能であれば Partner Center で変更してください。",
  },
  labels: {
    "declined-lost-reasons": {
      "1": "プロジェクトの予算が不十分",
      "2": "顧客から応答がない",
      "3": "顧客が別のベンダーを選択した",
      "4": "顧客の要件を満たしていない",
      "5": "顧客ではない",
      "6": "提案された期間が短すぎた",
      "7": "不正使用、スパム、フィッシングとして報告",
      "8": "その他",
    },
    "error-reasons": {
      "1": "重複 - 一括アップロードで作成",
      "2": "重複 - Partner Center で作成",
      "3": "重複 - Microsoft から送信",
      "4": "コネクタのデータ同期の問題",
      "5": "顧客照合の問題",
      "6": "ソリューションの問題 - メモで説明",
      "7": "テスト用の紹介",
      "8": "データ エラー",
      "9": "その他 - メモで説明",
    },
    "help-codes": {
      "1": "ワークロード固有の価値提案",
      "2": "顧客の技術アーキテクチャ",
      "3": "概念実証/デモ",
      "4": "見積もりとライセンス",
      "5": "販売後のカスタマー サクセス",
      "6": "一般またはその他",
    },
  },
};
