// English UI strings: the source language. Every other language must have exactly these keys
// (the `Strings` type makes a missing or extra key a compile error). {name} marks a placeholder;
// keys ending in _one/_other are plural forms picked with Intl.PluralRules.
export const en = {
  appTitle: "Co-sell Upload Checker",
  statusRegion: "Status",

  stepsLabel: "Steps",
  stepPrepare: "Prepare",
  stepCheck: "Check",
  stepReview: "Review & fix",
  stepSave: "Save",
  stepAfterUpload: "After upload",
  moreMenu: "More options",
  moreHelp: "Help and diagnostics",
  nextPrepare:
    "Open the CSV file you downloaded from Partner Center, or insert the template to start a new one.",
  nextCheck: "Select Check sheet: every row is checked, and problems are highlighted in the sheet.",
  nextReviewFirst: "Nothing to review yet: check the sheet first.",
  nextReviewErrors:
    "Correct the findings below: select one to go to its cell, or apply the suggested fixes. The counts update as you edit.",
  nextReviewClean: "No errors left. Save the sheet as a CSV file when you are ready.",
  nextSave: "Save the sheet as a CSV file, then upload it in Partner Center.",
  nextSaveErrors_one:
    "{count} error remains: Partner Center will reject that row. Fix it first, or save anyway.",
  nextSaveErrors_other:
    "{count} errors remain: Partner Center will reject those rows. Fix them first, or save anyway.",
  nextAfterUpload: "Keep only the rows Partner Center rejected, fix them, then save and upload them again.",
  goCheck: "Go to Check",
  goReview: "Go to Review & fix",
  goSave: "Continue to Save",

  diagnosticsHeading: "Help and diagnostics",
  diagnosticsIntro:
    "If something does not work, copy these details into your support request. Nothing is sent anywhere, and no cell of your data is included.",
  diagnosticsCopy: "Copy diagnostics",
  diagnosticsCopied: "Diagnostics copied. Paste them into your support request.",
  diagnosticsCopyFailed: "Could not copy: select the diagnostics text below and copy it.",
  diagnosticsTextLabel: "Diagnostics",
  diagnosticsSelfTest: "Run self-test",
  diagnosticsSelfTestRunning: "Testing…",
  diagnosticsSelfTestPassed:
    "Self-test passed: everything the add-in does works in this Excel. The test sheet was removed.",
  diagnosticsSelfTestFailed_one: "Self-test: {count} operation failed. Copy diagnostics to see which.",
  diagnosticsSelfTestFailed_other: "Self-test: {count} operations failed. Copy diagnostics to see which.",

  gettingStartedHeading: "Getting started",
  gettingStartedStep1:
    "Open the CSV file you downloaded from Partner Center (Open CSV file), or insert the template.",
  gettingStartedStep2: "Select Check sheet: problems are highlighted in the sheet and listed here.",
  gettingStartedStep3: "Apply the suggested fixes, then save as CSV and upload the file in Partner Center.",
  gettingStartedPrivacy: "Your data never leaves this workbook.",
  gettingStartedDismiss: "Got it",
  gettingStartedShow: "Show getting started",

  prepareHeading: "Prepare",
  prepareSolutionColumns: "Solution columns",
  prepareTeamMemberColumns: "Team member columns",
  prepareColumnsHint: "From 1 to 50.",
  prepareInsertTemplate: "Insert template",
  prepareApplyDropdowns: "Add dropdowns",
  prepareDropdownsNeedHeader:
    "Add dropdowns needs the template's header row: open the CSV file or insert the template first.",
  prepareTemplateInserted: "Template inserted on sheet {sheet}.",
  prepareDropdownsApplied_one: "Dropdowns added to {count} column.",
  prepareDropdownsApplied_other: "Dropdowns added to {count} columns.",
  prepareSuggestDropdowns: "Next, select Add dropdowns so that list columns offer their allowed values.",
  openButton: "Open CSV file…",
  openRunning: "Opening…",
  openPickerLabel: "CSV file to open",
  openProgressLabel: "Opening progress",
  openProgress: "Written {done} of {total} rows",
  openCancel: "Cancel opening",
  openCancelled: "Opening cancelled. Nothing was added to the workbook.",
  openDone_one:
    "Opened {file} on sheet {sheet}: {count} record, read as {encoding} with values separated by {delimiter}.",
  openDone_other:
    "Opened {file} on sheet {sheet}: {count} records, read as {encoding} with values separated by {delimiter}.",
  openDelimiterComma: "commas",
  openDelimiterSemicolon: "semicolons",
  openDelimiterTab: "tabs",
  openHeaderNotStyled: "The header row could not be formatted, but every cell of the file is there.",
  openNext: "Next, select Check sheet.",
  openUnreadable: "{file} was not opened: {reason}",
  openTooBig: "{file} was not opened: its {rows} rows and {columns} columns do not fit in an Excel sheet.",
  openCellTooLong:
    "{file} was not opened: cell {cell} holds {length} characters, more than the 32,767 an Excel cell can hold.",
  openWarningsLabel: "Found while reading the file",
  headerEmptySheet: "This sheet is empty: select Insert template to start from the co-sell template.",
  headerRecognised_one: "Header row: {count} template column recognised.",
  headerRecognised_other: "Header row: {count} template columns recognised.",
  headerFindingsIntro: "In the header row of sheet {sheet}:",
  headerMore_one: "…and {count} more.",
  headerMore_other: "…and {count} more.",
  headerOldTemplateTitle: "This is an old template",
  headerUnavailable: "The header row could not be read. {reason} Check sheet reads it again.",

  checkHeading: "Check",
  checkDateOrder: "Read dates such as 3/4/2025 as",
  checkDateOrderAuto: "Each column decides",
  checkDateOrderMdy: "Month first (March 4)",
  checkDateOrderDmy: "Day first (3 April)",
  checkDateOrderHint:
    "Only matters for dates that could be read either way. “Each column decides” reads a column the way its clear dates go (25/3/2025 is day first, 3/25/2025 month first), and like Excel's regional format when it has none. Saved files always use M/D/YYYY.",
  checkRun: "Check sheet",
  checkRunning: "Checking…",
  checkProgressLabel: "Check progress",
  checkProgress: "Checked {done} of {total} rows",
  checkCancel: "Cancel check",
  checkCancelled: "Check cancelled. The sheet was not changed.",
  checkDone: "Check complete. Errors: {errors}. Warnings: {warnings}. Info: {notices}.",
  checkHighlightsNotUpdated:
    "Highlights not updated: the findings are listed here, but the sheet's marks could not be changed.",
  liveCheck: "Check as I edit",
  liveCheckHint:
    "Re-checks the rows you change and updates the marks and counts, without pressing Check sheet.",
  liveChecked: "Re-checked after your edit. Errors: {errors}. Warnings: {warnings}. Info: {notices}.",
  clearHighlights: "Clear highlights",
  clearHighlightsDone: "Highlights cleared on every sheet.",
  clearHighlightsPartly:
    "Highlights cleared, except on {sheets}: Excel refused the change there (is the sheet protected?).",

  summaryHeading: "Summary",
  summarySheet: "Sheet: {sheet}",
  summaryRecords: "Records",
  summaryErrors: "Errors",
  summaryWarnings: "Warnings",
  summaryNotices: "Info",
  summaryNewDeals_one: "{count} new deal",
  summaryNewDeals_other: "{count} new deals",
  summaryUpdates_one: "{count} update",
  summaryUpdates_other: "{count} updates",
  summaryCreateUpdate: "{newDeals}, {updates}",
  summaryClean: "No problems found. The sheet is ready to save.",
  summaryEmptySheet:
    "This sheet is empty. Insert the template or open a CSV file, add your deals, then check again.",
  summaryNoRecords:
    "The header row is there, but no deals are below it yet. Add one deal per row, then check again.",
  summaryOnlyNotices_one:
    "No errors or warnings: the sheet is ready to save. {count} finding below is only for your information.",
  summaryOnlyNotices_other:
    "No errors or warnings: the sheet is ready to save. {count} findings below are only for your information.",
  summaryHiddenByFilter_one: "{count} row is hidden by a filter; it was checked too.",
  summaryHiddenByFilter_other: "{count} rows are hidden by a filter; they were checked too.",
  summaryHiddenRows_one: "{count} row is hidden; it was checked too.",
  summaryHiddenRows_other: "{count} rows are hidden; they were checked too.",
  summaryHiddenColumns_one: "{count} column is hidden; it was checked too.",
  summaryHiddenColumns_other: "{count} columns are hidden; they were checked too.",
  summaryDropdownsMissing:
    "Some cells of {columns} have lost their dropdown (pasting replaces it); choose Add dropdowns to put it back.",
  summaryOverLimit:
    "This sheet has {records} records; Partner Center accepts at most {limit} per file. Save with “Split into files” to upload it in parts.",

  severityError: "Error",
  severityWarning: "Warning",
  severityNotice: "Info",
  badgePartnerCenter: "Partner Center",

  reportButton: "Findings report",
  reportToSheet: "List them on a new sheet",
  reportToCsv: "Download as CSV",
  reportToCsvText: "Show as CSV text to copy",
  reportSheetName: "Findings",
  reportFileName: "findings",
  reportWritten_one:
    "Listed {count} finding on the new sheet “{sheet}”; each cell address there opens its cell.",
  reportWritten_other:
    "Listed {count} findings on the new sheet “{sheet}”; each cell address there opens its cell.",
  reportCsvStarted_one: "Download of {name} started ({count} finding).",
  reportCsvStarted_other: "Download of {name} started ({count} findings).",
  reportCsvTextReady: "The findings report is ready below as CSV text: copy it.",
  reportColRow: "Row",
  reportColCell: "Cell",
  reportColColumn: "Column",
  reportColSeverity: "Severity",
  reportColRule: "Rule",
  reportColCode: "Code",
  reportColMessage: "Message",
  reportColValue: "Value",
  reportColFix: "Fix",

  helpButtonLabel: "What does this mean? {rule}",
  helpAllowedValues: "Allowed values",
  helpListDeclinedLost: "Reason codes when the substatus is Declined or Lost",
  helpListError: "Reason codes when the substatus is Error",
  helpListHelp: "Kinds of help (enter the number)",
  helpListStatuses: "Statuses and the substatuses they allow",
  helpListSubstatuses: "Substatuses and the statuses they go with",
  helpListStages: "Sales stages",
  helpStatusMeaning: "substatus {list}",
  helpSubstatusMeaning: "with status {list}",
  helpSubstatusTerminal: "with status {list}; final: Partner Center accepts no further changes",
  helpStageMeaning: "{percent} % (stage percentage)",

  reviewHeading: "Findings",
  reviewGroupBy: "Group by",
  reviewGroupByColumn: "Column",
  reviewGroupByRow: "Row",
  reviewNavLabel: "Go through the findings",
  reviewNavPrevious: "Previous",
  reviewNavNext: "Next",
  reviewNavIntro_one: "{count} finding. Select Next to go to its cell.",
  reviewNavIntro_other: "{count} findings, errors first. Select Next to go to the first one's cell.",
  reviewNavPosition: "Finding {index} of {count}:",
  reviewNavPositionCell: "Finding {index} of {count}, cell {cell}:",
  reviewNavKeys:
    "Keyboard: F8 goes to the next finding, Shift+F8 to the previous one, while the focus is in Findings.",
  reviewFilterSeverity: "Show severities",
  reviewFilterErrors: "Errors ({count})",
  reviewFilterWarnings: "Warnings ({count})",
  reviewFilterNotices: "Info ({count})",
  reviewFilterColumn: "Column",
  reviewFilterAllColumns: "All columns ({count})",
  reviewFilterColumnOption: "{column} ({count})",
  reviewFilterReset: "Show all findings",
  reviewNoMatch: "No findings match these filters.",
  reviewNone: "No findings.",
  reviewRulesHeading: "Counts per rule",
  reviewFixRule: "Fix all",
  reviewFixRuleLabel: "Fix all: {rule} ({count})",
  reviewWholeFile: "Whole file",
  reviewRow: "Row {row}",
  reviewGroupCount_one: "{count} finding",
  reviewGroupCount_other: "{count} findings",
  reviewShowMore: "Show {count} more",
  reviewValue: "Value: {value}",
  reviewEmptyValue: "(empty)",
  reviewFix: "Fix: {fix}",
  reviewGoToCell: "Go to {cell}",
  reviewApplyOne: "Fix",
  reviewApplyOneLabel: "Fix {cell}",

  fixHeading: "Fixes",
  fixAll: "Fix all that can be fixed ({count})",
  fixSafe: "Apply the safe fixes ({count})",
  fixRestore: "Undo last change",
  fixRestoreLabel: "Undo last change: put back what the add-in last changed",
  fixPreviewTitle_one: "Apply {count} fix?",
  fixPreviewTitle_other: "Apply {count} fixes?",
  fixPreviewIntro: "These cells will change:",
  fixPreviewMore: "…and {count} more.",
  fixApply: "Apply",
  fixCancel: "Cancel",
  fixApplied_one: "Changed {count} cell.",
  fixApplied_other: "Changed {count} cells.",
  fixRestored_one: "Restored {count} cell.",
  fixRestored_other: "Restored {count} cells.",
  fixRestoreChangedSince_one: "{count} cell was changed since the fix and left as it is: {cells}.",
  fixRestoreChangedSince_other: "{count} cells were changed since the fix and left as they are: {cells}.",

  saveHeading: "Save",
  saveSplit: "Split into files of at most {limit} records",
  saveBom: "Mark the file as UTF-8 (keeps accents readable in Excel)",
  saveButton: "Save as CSV",
  saveErrorsTitle: "Errors remain",
  saveErrorsBody_one: "{count} error remains. Partner Center will reject the rows with errors. Save anyway?",
  saveErrorsBody_other:
    "{count} errors remain. Partner Center will reject the rows with errors. Save anyway?",
  saveAnyway: "Save anyway",
  saveCancel: "Cancel",
  saveDownloadStarted:
    "Download of {name} started (records: {records}): your browser saves it in its downloads folder, or asks where.",
  saveParts_one: "{count} file is ready: download it with its button below.",
  saveParts_other:
    "{count} files are ready: download each part with its button below, then upload them one by one.",
  saveTextReady_one:
    "The CSV text of {count} file is ready below: copy it, paste it into a text editor and save it as a UTF-8 .csv file.",
  saveTextReady_other:
    "The CSV text of {count} files is ready below: copy each, paste it into a text editor and save it as a UTF-8 .csv file.",
  saveNoDownloadIntro:
    "Excel on Mac and iPad cannot download files from an add-in. Copy the text below, paste it into a text editor and save it as a UTF-8 .csv file.",
  saveFileLabel: "{name} (records: {records})",
  saveDownload: "Download",
  saveDownloadLabel: "Download {name}",
  saveCopy: "Copy CSV text",
  saveCopyLabel: "Copy CSV text of {name}",
  saveCopied: "Copied the CSV text of {name} to the clipboard.",
  saveCopyFailed: "Could not copy: select the text below and copy it with Ctrl+C (Cmd+C on a Mac).",
  saveNothing: "There are no records to save.",
  saveEmptySheet: "Nothing to save: this sheet is empty.",

  afterHeading: "Partner Center results",
  afterIntro_one:
    "Partner Center rejected {count} row. Its errors are listed with the badge “Partner Center”.",
  afterIntro_other:
    "Partner Center rejected {count} rows. Their errors are listed with the badge “Partner Center”.",
  afterKeepFailed: "Keep only failed rows",
  afterKeepFailedHint:
    "Moves the rows Partner Center accepted to a new sheet so that you upload only the corrected rows.",
  afterKept: "Failed rows kept: {kept}. Accepted rows moved to sheet {sheet}: {moved}.",
  afterKeepConfirmTitle: "Keep only the failed rows?",
  afterKeepConfirmBody:
    "The rows Partner Center accepted move to a new sheet; only the rows it rejected stay here, ready to fix and upload again. Undo last change puts them back.",
  afterKeepConfirm: "Keep failed rows",
  afterKeepCancel: "Cancel",
  undoRowsBack_one: "Moved {count} row back from sheet {sheet}, which was then deleted.",
  undoRowsBack_other: "Moved {count} rows back from sheet {sheet}, which was then deleted.",
  undoNotPossible:
    "The moved rows were not put back: sheet {sheet} or {movedTo} changed since. Copy them back from {movedTo} if you need them.",

  accountHeading: "Account matching",
  accountIntro_one:
    "{count} row needs a look at its Final account match: it is empty while Partner Center suggested accounts, or Partner Center matched it with Low confidence.",
  accountIntro_other:
    "{count} rows need a look at their Final account match: it is empty while Partner Center suggested accounts, or Partner Center matched it with Low confidence.",
  accountNothing: "No row needs a look at its Final account match.",
  accountListLabel: "Rows to review",
  accountApply: "Add account-match dropdowns",
  accountApplyHint:
    "Each row's Final account match gets a list of that row's own suggestions from Partner Center: managed, unmanaged, then DUNS accounts.",
  accountApplied_one: "Added a dropdown of its own suggestions to {count} row.",
  accountApplied_other: "Added a dropdown of its own suggestions to each of {count} rows.",

  errorTitle: "Something needs your attention",
  errorDismiss: "Dismiss",
  errorEditMode: "Excel is editing a cell: press Enter or Esc to leave the cell, then try again.",
  errorProtected: "The sheet is protected: unprotect it (Review > Unprotect Sheet), then try again.",
  errorTooLarge:
    "The sheet is too large to handle in one go: delete unused rows and columns or split the sheet, then try again.",
  errorMergedHeader:
    "The header row has merged cells ({areas}): unmerge them so every column has its own header, then check again.",
  errorFilterActive: "Clear the filter first (Data > Clear), then keep the failed rows again.",
  errorDeleteBlocked:
    "Nothing was moved: a table or merged cells at {area} would be cut by deleting the accepted rows. Move the table or unmerge those cells, then keep the failed rows again.",
  errorUnsupported:
    "This version of Excel cannot do this step ({code}): update Office, or use Excel on the web.",
  errorConflict: "Someone else changed the workbook at the same moment: try again.",
  errorChanged:
    "The workbook changed while the add-in was working (a sheet or cell it used is gone): check the sheet again.",
  errorRowsLocked:
    "Excel cannot delete these rows: a table, merged cells or a filter crosses them. Remove it, then try again.",
  errorReadFailed:
    "Excel could not send rows {first}–{last} of the sheet, even a few at a time: close other workbooks or restart Excel, then try again.",
  errorNoAccountSuggestions:
    "This sheet has no account suggestions from Partner Center (Final account match with Managed, Unmanaged or DUNS account columns): open the processed file, then check it again.",
  errorGeneric:
    "Something went wrong ({detail}); try again, and if it keeps happening close and reopen the add-in.",
};

/** The typed key set every language implements. */
export type Strings = Record<keyof typeof en, string>;
export type StringKey = keyof Strings;
/** Keys that exist as a plural pair (`x_one` / `x_other`), named without the suffix. */
export type PluralKey = { [K in StringKey]: K extends `${infer Base}_other` ? Base : never }[StringKey];
