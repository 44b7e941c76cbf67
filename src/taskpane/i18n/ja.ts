// Japanese UI strings (same keys as en.ts). Japanese has no plural forms: _one and _other match.
import type { Strings } from "./en";

export const ja: Strings = {
  appTitle: "共同販売アップロード チェッカー",
  statusRegion: "状態",

  stepsLabel: "手順",
  stepPrepare: "準備",
  stepCheck: "チェック",
  stepReview: "確認と修正",
  stepSave: "保存",
  stepAfterUpload: "アップロード後",
  moreMenu: "その他のオプション",
  moreHelp: "ヘルプと診断",
  nextPrepare:
    "Partner Center からダウンロードした CSV ファイルを開くか、テンプレートを挿入して新しく始めてください。",
  nextCheck:
    "[シートをチェック] を選択してください。すべての行がチェックされ、問題はシート上で強調表示されます。",
  nextReviewFirst: "まだ確認するものはありません。先にシートをチェックしてください。",
  nextReviewErrors:
    "以下の検出結果を修正してください。選択するとそのセルに移動します。提案された修正を適用することもできます。件数は編集に合わせて更新されます。",
  nextReviewClean: "エラーはもうありません。準備ができたらシートを CSV ファイルとして保存してください。",
  nextSave: "シートを CSV ファイルとして保存し、Partner Center にアップロードしてください。",
  nextSaveErrors_one:
    "エラーが {count} 件残っています。Partner Center はその行を拒否します。先に修正するか、このまま保存してください。",
  nextSaveErrors_other:
    "エラーが {count} 件残っています。Partner Center はそれらの行を拒否します。先に修正するか、このまま保存してください。",
  nextAfterUpload:
    "Partner Center が拒否した行だけを残して修正し、もう一度保存してアップロードしてください。",
  goCheck: "チェックへ",
  goReview: "確認と修正へ",
  goSave: "保存へ進む",

  diagnosticsHeading: "ヘルプと診断",
  diagnosticsIntro:
    "うまく動作しない場合は、この情報をサポート依頼に貼り付けてください。情報はどこにも送信されず、データのセルは含まれません。",
  diagnosticsCopy: "診断情報をコピー",
  diagnosticsCopied: "診断情報をコピーしました。サポート依頼に貼り付けてください。",
  diagnosticsCopyFailed: "コピーできませんでした。下の診断テキストを選択してコピーしてください。",
  diagnosticsTextLabel: "診断情報",
  diagnosticsSelfTest: "自己テストを実行",
  diagnosticsSelfTestRunning: "テスト中…",
  diagnosticsSelfTestPassed:
    "自己テストに合格しました。アドインのすべての操作がこの Excel で動作します。テスト用シートは削除しました。",
  diagnosticsSelfTestFailed_one:
    "自己テスト: {count} 件の操作が失敗しました。診断情報をコピーして確認してください。",
  diagnosticsSelfTestFailed_other:
    "自己テスト: {count} 件の操作が失敗しました。診断情報をコピーして確認してください。",

  gettingStartedHeading: "はじめに",
  gettingStartedStep1:
    "Partner Center からダウンロードした CSV ファイルを開く ([CSV ファイルを開く]) か、テンプレートを挿入します。",
  gettingStartedStep2:
    "[シートをチェック] を選択します。問題はシート上で強調表示され、ここに一覧表示されます。",
  gettingStartedStep3: "提案された修正を適用し、CSV として保存して Partner Center にアップロードします。",
  gettingStartedPrivacy: "データがこのブックの外に送られることはありません。",
  gettingStartedDismiss: "OK",
  gettingStartedShow: "はじめにを表示",

  prepareHeading: "準備",
  prepareSolutionColumns: "Solution 列の数",
  prepareTeamMemberColumns: "Team member 列の数",
  prepareColumnsHint: "1 から 50 まで。",
  prepareInsertTemplate: "テンプレートを挿入",
  prepareApplyDropdowns: "ドロップダウンを追加",
  prepareDropdownsNeedHeader:
    "ドロップダウンにはテンプレートの見出し行が必要です。先に CSV ファイルを開くか、テンプレートを挿入してください。",
  prepareTemplateInserted: "シート {sheet} にテンプレートを挿入しました。",
  prepareDropdownsApplied_one: "{count} 列にドロップダウンを追加しました。",
  prepareDropdownsApplied_other: "{count} 列にドロップダウンを追加しました。",
  prepareSuggestDropdowns:
    "次に [ドロップダウンを追加] を選択すると、リスト列で許可された値を選べるようになります。",
  openButton: "CSV ファイルを開く…",
  openRunning: "開いています…",
  openPickerLabel: "開く CSV ファイル",
  openProgressLabel: "読み込みの進行状況",
  openProgress: "{total} 行中 {done} 行を書き込みました",
  openCancel: "読み込みをキャンセル",
  openCancelled: "読み込みをキャンセルしました。ブックには何も追加されていません。",
  openDone_one:
    "{file} をシート {sheet} に開きました: {count} 件のレコード、{encoding} として読み込み、区切り文字は{delimiter}です。",
  openDone_other:
    "{file} をシート {sheet} に開きました: {count} 件のレコード、{encoding} として読み込み、区切り文字は{delimiter}です。",
  openDelimiterComma: "コンマ",
  openDelimiterSemicolon: "セミコロン",
  openDelimiterTab: "タブ",
  openHeaderNotStyled: "見出し行の書式を設定できませんでしたが、ファイルのセルはすべて揃っています。",
  openNext: "次に [シートをチェック] を選択してください。",
  openUnreadable: "{file} は開かれませんでした: {reason}",
  openTooBig: "{file} は開かれませんでした: {rows} 行 {columns} 列は Excel のシートに収まりません。",
  openCellTooLong:
    "{file} は開かれませんでした: セル {cell} は {length} 文字あり、Excel のセルに入る 32,767 文字を超えています。",
  openWarningsLabel: "ファイルの読み込み中に見つかった問題",
  headerEmptySheet:
    "このシートは空です。[テンプレートを挿入] を選択して共同販売テンプレートから始めてください。",
  headerRecognised_one: "見出し行: テンプレートの列を {count} 列認識しました。",
  headerRecognised_other: "見出し行: テンプレートの列を {count} 列認識しました。",
  headerFindingsIntro: "シート {sheet} の見出し行:",
  headerMore_one: "…ほか {count} 件。",
  headerMore_other: "…ほか {count} 件。",
  headerOldTemplateTitle: "古いテンプレートです",
  headerUnavailable: "見出し行を読み取れませんでした。{reason} [シートをチェック] で再度読み取ります。",

  checkHeading: "チェック",
  checkDateOrder: "3/4/2025 のような日付の読み方",
  checkDateOrderAuto: "列ごとに判断",
  checkDateOrderMdy: "月が先 (3月4日)",
  checkDateOrderDmy: "日が先 (4月3日)",
  checkDateOrderHint:
    "どちらとも読める日付にだけ関係します。「列ごとに判断」は、その列のはっきりした日付に合わせて読みます (25/3/2025 なら日が先、3/25/2025 なら月が先)。そのような日付がなければ Excel の地域の形式に従います。保存するファイルは常に M/D/YYYY です。",
  checkRun: "シートをチェック",
  checkRunning: "チェック中…",
  checkProgressLabel: "チェックの進行状況",
  checkProgress: "{total} 行中 {done} 行をチェックしました",
  checkCancel: "チェックをキャンセル",
  checkCancelled: "チェックをキャンセルしました。シートは変更されていません。",
  checkDone: "チェックが完了しました。エラー: {errors}。警告: {warnings}。情報: {notices}。",
  checkHighlightsNotUpdated:
    "強調表示は更新されていません。問題はここに一覧表示されていますが、シートのマークを変更できませんでした。",
  liveCheck: "編集中にチェック",
  liveCheckHint: "変更した行を再チェックし、[シートをチェック] を押さなくても強調表示と件数を更新します。",
  liveChecked: "編集後に再チェックしました。エラー: {errors}。警告: {warnings}。情報: {notices}。",
  clearHighlights: "強調表示をクリア",
  clearHighlightsDone: "すべてのシートの強調表示をクリアしました。",
  clearHighlightsPartly:
    "強調表示をクリアしました ({sheets} を除く)。これらのシートでは Excel が変更を拒否しました (シートが保護されていませんか?)。",

  summaryHeading: "概要",
  summarySheet: "シート: {sheet}",
  summaryRecords: "レコード",
  summaryErrors: "エラー",
  summaryWarnings: "警告",
  summaryNotices: "情報",
  summaryNewDeals_one: "新規案件 {count} 件",
  summaryNewDeals_other: "新規案件 {count} 件",
  summaryUpdates_one: "更新 {count} 件",
  summaryUpdates_other: "更新 {count} 件",
  summaryCreateUpdate: "{newDeals}、{updates}",
  summaryClean: "問題は見つかりませんでした。シートを保存できます。",
  summaryEmptySheet:
    "このシートは空です。テンプレートを挿入するか CSV ファイルを開いて案件を入力し、もう一度チェックしてください。",
  summaryNoRecords:
    "見出し行はありますが、その下に案件がまだありません。1 行に 1 件ずつ案件を入力し、もう一度チェックしてください。",
  summaryOnlyNotices_one: "エラーも警告もありません。シートを保存できます。下の {count} 件は参考情報です。",
  summaryOnlyNotices_other: "エラーも警告もありません。シートを保存できます。下の {count} 件は参考情報です。",
  summaryHiddenByFilter_one: "{count} 行がフィルターで非表示になっています。これらもチェックしました。",
  summaryHiddenByFilter_other: "{count} 行がフィルターで非表示になっています。これらもチェックしました。",
  summaryHiddenRows_one: "{count} 行が非表示になっています。これらもチェックしました。",
  summaryHiddenRows_other: "{count} 行が非表示になっています。これらもチェックしました。",
  summaryHiddenColumns_one: "{count} 列が非表示になっています。これらもチェックしました。",
  summaryHiddenColumns_other: "{count} 列が非表示になっています。これらもチェックしました。",
  summaryDropdownsMissing:
    "{columns} の一部のセルでドロップダウンが失われました (貼り付けで置き換わります)。[ドロップダウンを追加] を実行すると元に戻ります。",
  summaryOverLimit:
    "このシートには {records} 件のレコードがありますが、Partner Center が受け付けるのは 1 ファイルあたり最大 {limit} 件です。[ファイルに分割] をオンにして保存し、分けてアップロードしてください。",

  severityError: "エラー",
  severityWarning: "警告",
  severityNotice: "情報",
  badgePartnerCenter: "Partner Center",

  reportButton: "検出結果レポート",
  reportToSheet: "新しいシートに一覧表示",
  reportToCsv: "CSV としてダウンロード",
  reportToCsvText: "コピー用の CSV テキストとして表示",
  reportSheetName: "検出結果",
  reportFileName: "検出結果",
  reportWritten_one:
    "{count} 件の検出結果を新しいシート「{sheet}」に一覧表示しました。各セル アドレスをクリックするとそのセルが開きます。",
  reportWritten_other:
    "{count} 件の検出結果を新しいシート「{sheet}」に一覧表示しました。各セル アドレスをクリックするとそのセルが開きます。",
  reportCsvStarted_one: "{name} のダウンロードを開始しました ({count} 件)。",
  reportCsvStarted_other: "{name} のダウンロードを開始しました ({count} 件)。",
  reportCsvTextReady: "検出結果レポートを CSV テキストとして下に用意しました。コピーしてください。",
  reportColRow: "行",
  reportColCell: "セル",
  reportColColumn: "列",
  reportColSeverity: "重要度",
  reportColRule: "ルール",
  reportColCode: "コード",
  reportColMessage: "メッセージ",
  reportColValue: "値",
  reportColFix: "修正",

  helpButtonLabel: "これはどういう意味ですか? {rule}",
  helpAllowedValues: "使用できる値",
  helpListDeclinedLost: "サブ状態が Declined または Lost のときの理由コード",
  helpListError: "サブ状態が Error のときの理由コード",
  helpListHelp: "支援の種類 (番号を入力)",
  helpListStatuses: "状態と使用できるサブ状態",
  helpListSubstatuses: "サブ状態と対応する状態",
  helpListStages: "営業ステージ",
  helpStatusMeaning: "サブ状態 {list}",
  helpSubstatusMeaning: "状態 {list} と組み合わせる",
  helpSubstatusTerminal:
    "状態 {list} と組み合わせる。最終状態: Partner Center はこれ以上の変更を受け付けません",
  helpStageMeaning: "{percent} % (ステージの割合)",

  reviewHeading: "検出結果",
  reviewGroupBy: "グループ化",
  reviewGroupByColumn: "列",
  reviewGroupByRow: "行",
  reviewNavLabel: "検出結果を順に確認",
  reviewNavPrevious: "前へ",
  reviewNavNext: "次へ",
  reviewNavIntro_one: "検出結果は {count} 件です。[次へ] を選ぶとそのセルに移動します。",
  reviewNavIntro_other: "検出結果は {count} 件です (エラーが先)。[次へ] を選ぶと最初のセルに移動します。",
  reviewNavPosition: "検出結果 {index} / {count}:",
  reviewNavPositionCell: "検出結果 {index} / {count}、セル {cell}:",
  reviewNavKeys:
    "キーボード: フォーカスが検出結果にある間、F8 で次の検出結果、Shift+F8 で前の検出結果に移動します。",
  reviewFilterSeverity: "表示する重要度",
  reviewFilterErrors: "エラー ({count})",
  reviewFilterWarnings: "警告 ({count})",
  reviewFilterNotices: "情報 ({count})",
  reviewFilterColumn: "列",
  reviewFilterAllColumns: "すべての列 ({count})",
  reviewFilterColumnOption: "{column} ({count})",
  reviewFilterReset: "すべての検出結果を表示",
  reviewNoMatch: "これらのフィルターに一致する検出結果はありません。",
  reviewNone: "検出結果はありません。",
  reviewRulesHeading: "ルールごとの件数",
  reviewFixRule: "すべて修正",
  reviewFixRuleLabel: "「{rule}」の {count} 件をすべて修正",
  reviewWholeFile: "ファイル全体",
  reviewRow: "{row} 行目",
  reviewGroupCount_one: "{count} 件",
  reviewGroupCount_other: "{count} 件",
  reviewShowMore: "さらに {count} 件表示",
  reviewValue: "値: {value}",
  reviewEmptyValue: "(空)",
  reviewFix: "修正: {fix}",
  reviewGoToCell: "{cell} に移動",
  reviewApplyOne: "修正",
  reviewApplyOneLabel: "{cell} を修正",

  fixHeading: "修正",
  fixAll: "修正できるものをすべて修正 ({count})",
  fixSafe: "安全な修正をすべて適用 ({count})",
  fixRestore: "直前の変更を元に戻す",
  fixRestoreLabel: "直前の変更を元に戻す: アドインが最後に変更した内容を戻します",
  fixPreviewTitle_one: "{count} 件の修正を適用しますか?",
  fixPreviewTitle_other: "{count} 件の修正を適用しますか?",
  fixPreviewIntro: "次のセルが変更されます:",
  fixPreviewMore: "…ほか {count} 件。",
  fixApply: "適用",
  fixCancel: "キャンセル",
  fixApplied_one: "{count} 個のセルを変更しました。",
  fixApplied_other: "{count} 個のセルを変更しました。",
  fixRestored_one: "{count} 個のセルを元に戻しました。",
  fixRestored_other: "{count} 個のセルを元に戻しました。",
  fixRestoreChangedSince_one: "{count} 個のセルは修正後に変更されたため、そのままにしました: {cells}。",
  fixRestoreChangedSince_other: "{count} 個のセルは修正後に変更されたため、そのままにしました: {cells}。",

  saveHeading: "保存",
  saveSplit: "{limit} 件以下のファイルに分割",
  saveBom: "ファイルに UTF-8 の印を付ける (Excel での文字化けを防ぎます)",
  saveButton: "CSV として保存",
  saveErrorsTitle: "エラーが残っています",
  saveErrorsBody_one:
    "エラーが {count} 件残っています。エラーのある行は Partner Center で拒否されます。このまま保存しますか?",
  saveErrorsBody_other:
    "エラーが {count} 件残っています。エラーのある行は Partner Center で拒否されます。このまま保存しますか?",
  saveAnyway: "このまま保存",
  saveCancel: "キャンセル",
  saveDownloadStarted:
    "{name} のダウンロードを開始しました (レコード: {records})。ブラウザーがダウンロード フォルダーに保存するか、保存先を尋ねます。",
  saveParts_one: "{count} 個のファイルの準備ができました。下のボタンでダウンロードしてください。",
  saveParts_other:
    "{count} 個のファイルの準備ができました。下のボタンで各パートをダウンロードし、1 つずつアップロードしてください。",
  saveTextReady_one:
    "{count} 個のファイルの CSV テキストを下に用意しました。コピーしてテキスト エディターに貼り付け、UTF-8 の .csv ファイルとして保存してください。",
  saveTextReady_other:
    "{count} 個のファイルの CSV テキストを下に用意しました。それぞれコピーしてテキスト エディターに貼り付け、UTF-8 の .csv ファイルとして保存してください。",
  saveNoDownloadIntro:
    "Mac と iPad の Excel ではアドインからファイルをダウンロードできません。下のテキストをコピーしてテキスト エディターに貼り付け、UTF-8 の .csv ファイルとして保存してください。",
  saveFileLabel: "{name} (レコード: {records})",
  saveDownload: "ダウンロード",
  saveDownloadLabel: "{name} をダウンロード",
  saveCopy: "CSV テキストをコピー",
  saveCopyLabel: "{name} の CSV テキストをコピー",
  saveCopied: "{name} の CSV テキストをクリップボードにコピーしました。",
  saveCopyFailed:
    "コピーできませんでした。下のテキストを選択し、Ctrl+C (Mac では Cmd+C) でコピーしてください。",
  saveNothing: "保存するレコードがありません。",
  saveEmptySheet: "保存するものがありません。このシートは空です。",

  afterHeading: "Partner Center の結果",
  afterIntro_one:
    "Partner Center が {count} 行を拒否しました。そのエラーには「Partner Center」バッジが付いています。",
  afterIntro_other:
    "Partner Center が {count} 行を拒否しました。そのエラーには「Partner Center」バッジが付いています。",
  afterKeepFailed: "拒否された行だけを残す",
  afterKeepFailedHint:
    "Partner Center が受け付けた行を新しいシートに移動し、修正した行だけをアップロードできるようにします。",
  afterKept: "残した拒否された行: {kept}。シート {sheet} に移動した受け付けられた行: {moved}。",
  afterKeepConfirmTitle: "拒否された行だけを残しますか?",
  afterKeepConfirmBody:
    "Partner Center が受け付けた行は新しいシートに移動し、拒否された行だけがここに残ります。修正して再アップロードできます。「直前の変更を元に戻す」で元に戻せます。",
  afterKeepConfirm: "拒否された行を残す",
  afterKeepCancel: "キャンセル",
  undoRowsBack_one: "シート {sheet} から {count} 行を戻し、そのシートを削除しました。",
  undoRowsBack_other: "シート {sheet} から {count} 行を戻し、そのシートを削除しました。",
  undoNotPossible:
    "移動した行は戻していません: シート {sheet} または {movedTo} がその後変更されました。必要なら {movedTo} からコピーして戻してください。",

  accountHeading: "アカウント照合",
  accountIntro_one:
    "{count} 行の Final account match を確認してください。Partner Center がアカウントを提案したのに空になっているか、信頼度 Low で照合されています。",
  accountIntro_other:
    "{count} 行の Final account match を確認してください。Partner Center がアカウントを提案したのに空になっているか、信頼度 Low で照合されています。",
  accountNothing: "Final account match の確認が必要な行はありません。",
  accountListLabel: "確認する行",
  accountApply: "アカウント照合のドロップダウンを追加",
  accountApplyHint:
    "各行の Final account match に、Partner Center がその行に提案したアカウント (管理対象、管理対象外、DUNS の順) の一覧を付けます。",
  accountApplied_one: "{count} 行に、その行の提案のドロップダウンを追加しました。",
  accountApplied_other: "{count} 行に、それぞれの行の提案のドロップダウンを追加しました。",

  errorTitle: "確認が必要です",
  errorDismiss: "閉じる",
  errorEditMode:
    "Excel でセルを編集中です。Enter キーまたは Esc キーを押してセルの編集を終了してから、もう一度お試しください。",
  errorProtected:
    "シートが保護されています。保護を解除してから ([校閲] > [シート保護の解除])、もう一度お試しください。",
  errorTooLarge:
    "シートが大きすぎて一度に処理できません。使用していない行と列を削除するかシートを分割してから、もう一度お試しください。",
  errorMergedHeader:
    "見出し行に結合されたセルがあります ({areas})。各列に個別の見出しがあるように結合を解除してから、もう一度チェックしてください。",
  errorFilterActive:
    "先にフィルターをクリアしてから ([データ] > [クリア])、もう一度 [拒否された行だけを残す] を実行してください。",
  errorDeleteBlocked:
    "何も移動していません: 受け付けられた行を削除すると、{area} のテーブルまたは結合セルが分断されます。テーブルを移動するかセルの結合を解除してから、もう一度 [拒否された行だけを残す] を実行してください。",
  errorUnsupported:
    "このバージョンの Excel ではこの手順を実行できません ({code})。Office を更新するか、Excel on the web を使用してください。",
  errorConflict: "他のユーザーが同時にブックを変更しました。もう一度お試しください。",
  errorChanged:
    "アドインの処理中にブックが変更されました (使用中のシートまたはセルがありません)。シートをもう一度チェックしてください。",
  errorRowsLocked:
    "Excel はこれらの行を削除できません。テーブル、結合セル、またはフィルターが行にまたがっています。それを解除してから、もう一度お試しください。",
  errorReadFailed:
    "Excel はシートの {first}～{last} 行目を、少しずつでも送信できませんでした。ほかのブックを閉じるか Excel を再起動してから、もう一度お試しください。",
  errorNoAccountSuggestions:
    "このシートには Partner Center のアカウント提案 (Final account match と Managed、Unmanaged、DUNS account の列) がありません。処理済みファイルを開いてから、もう一度チェックしてください。",
  errorGeneric:
    "問題が発生しました ({detail})。もう一度お試しください。繰り返し発生する場合は、アドインを閉じてから開き直してください。",
};
