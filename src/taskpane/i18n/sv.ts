// Swedish UI strings (same keys as en.ts).
import type { Strings } from "./en";

export const sv: Strings = {
  appTitle: "Kontroll av co-sell-uppladdning",
  statusRegion: "Status",

  stepsLabel: "Steg",
  stepPrepare: "Förbered",
  stepCheck: "Kontrollera",
  stepReview: "Rätta",
  stepSave: "Spara",
  stepAfterUpload: "Efter uppladdning",
  moreMenu: "Fler alternativ",
  moreHelp: "Hjälp och diagnostik",
  nextPrepare:
    "Öppna CSV-filen du laddade ned från Partner Center, eller infoga mallen för att börja på en ny.",
  nextCheck: "Välj Kontrollera blad: varje rad kontrolleras och problem markeras i bladet.",
  nextReviewFirst: "Inget att rätta ännu: kontrollera bladet först.",
  nextReviewErrors:
    "Gå igenom resultaten nedan: välj ett för att gå till dess cell, eller tillämpa de föreslagna korrigeringarna. Antalen följer dina ändringar.",
  nextReviewClean: "Inga fel kvar. Spara bladet som CSV-fil när du är klar.",
  nextSave: "Spara bladet som CSV-fil och ladda sedan upp den i Partner Center.",
  nextSaveErrors_one:
    "{count} fel återstår: Partner Center avvisar den raden. Rätta det först, eller spara ändå.",
  nextSaveErrors_other:
    "{count} fel återstår: Partner Center avvisar de raderna. Rätta dem först, eller spara ändå.",
  nextAfterUpload:
    "Behåll bara raderna som Partner Center avvisade, rätta dem och spara och ladda upp dem igen.",
  goCheck: "Gå till Kontrollera",
  goReview: "Gå till Rätta",
  goSave: "Fortsätt till Spara",

  diagnosticsHeading: "Hjälp och diagnostik",
  diagnosticsIntro:
    "Om något inte fungerar kopierar du de här uppgifterna till din supportbegäran. Inget skickas någonstans och ingen cell med dina data ingår.",
  diagnosticsCopy: "Kopiera diagnostik",
  diagnosticsCopied: "Diagnostiken har kopierats. Klistra in den i din supportbegäran.",
  diagnosticsCopyFailed: "Det gick inte att kopiera: markera diagnostiktexten nedan och kopiera den.",
  diagnosticsTextLabel: "Diagnostik",
  diagnosticsSelfTest: "Kör självtest",
  diagnosticsSelfTestRunning: "Testar…",
  diagnosticsSelfTestPassed:
    "Självtestet lyckades: allt tillägget gör fungerar i det här Excel. Testbladet togs bort.",
  diagnosticsSelfTestFailed_one:
    "Självtest: {count} åtgärd misslyckades. Kopiera diagnostiken för att se vilken.",
  diagnosticsSelfTestFailed_other:
    "Självtest: {count} åtgärder misslyckades. Kopiera diagnostiken för att se vilka.",

  gettingStartedHeading: "Kom igång",
  gettingStartedStep1:
    "Öppna CSV-filen som du hämtade från Partner Center (Öppna CSV-fil) eller infoga mallen.",
  gettingStartedStep2: "Välj Kontrollera blad: problem markeras i bladet och listas här.",
  gettingStartedStep3:
    "Tillämpa de föreslagna korrigeringarna, spara som CSV och ladda upp filen i Partner Center.",
  gettingStartedPrivacy: "Dina data lämnar aldrig den här arbetsboken.",
  gettingStartedDismiss: "Jag förstår",
  gettingStartedShow: "Visa Kom igång",

  prepareHeading: "Förbered",
  prepareSolutionColumns: "Solution-kolumner",
  prepareTeamMemberColumns: "Teammedlemskolumner",
  prepareColumnsHint: "Från 1 till 50.",
  prepareInsertTemplate: "Infoga mall",
  prepareApplyDropdowns: "Lägg till listrutor",
  prepareDropdownsNeedHeader:
    "Listrutor kräver mallens rubrikrad: öppna CSV-filen eller infoga mallen först.",
  prepareTemplateInserted: "Mallen infogades i bladet {sheet}.",
  prepareDropdownsApplied_one: "Listrutor lades till i {count} kolumn.",
  prepareDropdownsApplied_other: "Listrutor lades till i {count} kolumner.",
  prepareSuggestDropdowns:
    "Välj sedan Lägg till listrutor så att listkolumnerna erbjuder sina tillåtna värden.",
  openButton: "Öppna CSV-fil…",
  openRunning: "Öppnar…",
  openPickerLabel: "CSV-fil att öppna",
  openProgressLabel: "Förlopp för öppnandet",
  openProgress: "{done} av {total} rader skrivna",
  openCancel: "Avbryt öppnandet",
  openCancelled: "Öppnandet avbröts. Inget lades till i arbetsboken.",
  openDone_one:
    "{file} öppnades i bladet {sheet}: {count} post, läst som {encoding} med värden avgränsade med {delimiter}.",
  openDone_other:
    "{file} öppnades i bladet {sheet}: {count} poster, lästa som {encoding} med värden avgränsade med {delimiter}.",
  openDelimiterComma: "kommatecken",
  openDelimiterSemicolon: "semikolon",
  openDelimiterTab: "tabbar",
  openHeaderNotStyled: "Rubrikraden kunde inte formateras, men alla filens celler finns där.",
  openNext: "Välj sedan Kontrollera blad.",
  openUnreadable: "{file} öppnades inte: {reason}",
  openTooBig:
    "{file} öppnades inte: dess {rows} rader och {columns} kolumner får inte plats i ett Excel-blad.",
  openCellTooLong:
    "{file} öppnades inte: cellen {cell} innehåller {length} tecken, fler än de 32 767 som en Excel-cell rymmer.",
  openWarningsLabel: "Hittades när filen lästes",
  headerEmptySheet: "Bladet är tomt: välj Infoga mall för att börja från co-sell-mallen.",
  headerRecognised_one: "Rubrikrad: {count} mallkolumn känns igen.",
  headerRecognised_other: "Rubrikrad: {count} mallkolumner känns igen.",
  headerFindingsIntro: "I rubrikraden på bladet {sheet}:",
  headerMore_one: "…och {count} till.",
  headerMore_other: "…och {count} till.",
  headerOldTemplateTitle: "Det här är en gammal mall",
  headerUnavailable: "Rubrikraden kunde inte läsas. {reason} Kontrollera blad läser den igen.",

  checkHeading: "Kontrollera",
  checkDateOrder: "Läs datum som 3/4/2025 med",
  checkDateOrderAuto: "Varje kolumn avgör",
  checkDateOrderMdy: "Månad först (4 mars)",
  checkDateOrderDmy: "Dag först (3 april)",
  checkDateOrderHint:
    "Spelar bara roll för datum som kan läsas på båda sätten. ”Varje kolumn avgör” läser en kolumn så som dess entydiga datum visar (25/3/2025: dag först, 3/25/2025: månad först), och enligt Excels nationella format om den inte har några. Sparade filer använder alltid M/D/ÅÅÅÅ.",
  checkRun: "Kontrollera blad",
  checkRunning: "Kontrollerar…",
  checkProgressLabel: "Kontrollens förlopp",
  checkProgress: "{done} av {total} rader kontrollerade",
  checkCancel: "Avbryt kontrollen",
  checkCancelled: "Kontrollen avbröts. Bladet ändrades inte.",
  checkDone: "Kontrollen är klar. Fel: {errors}. Varningar: {warnings}. Info: {notices}.",
  checkHighlightsNotUpdated:
    "Markeringarna uppdaterades inte: problemen visas här, men bladets markeringar kunde inte ändras.",
  liveCheck: "Kontrollera medan jag redigerar",
  liveCheckHint:
    "Kontrollerar de rader du ändrar igen och uppdaterar markeringar och antal, utan att du trycker på Kontrollera blad.",
  liveChecked: "Kontrollerat igen efter din ändring. Fel: {errors}. Varningar: {warnings}. Info: {notices}.",
  clearHighlights: "Ta bort markeringar",
  clearHighlightsDone: "Markeringarna togs bort på alla blad.",
  clearHighlightsPartly:
    "Markeringarna togs bort, utom på {sheets}: Excel nekade ändringen där (är bladet skyddat?).",

  summaryHeading: "Sammanfattning",
  summarySheet: "Blad: {sheet}",
  summaryRecords: "Poster",
  summaryErrors: "Fel",
  summaryWarnings: "Varningar",
  summaryNotices: "Info",
  summaryNewDeals_one: "{count} ny affär",
  summaryNewDeals_other: "{count} nya affärer",
  summaryUpdates_one: "{count} uppdatering",
  summaryUpdates_other: "{count} uppdateringar",
  summaryCreateUpdate: "{newDeals}, {updates}",
  summaryClean: "Inga problem hittades. Bladet kan sparas.",
  summaryEmptySheet:
    "Bladet är tomt. Infoga mallen eller öppna en CSV-fil, lägg in dina affärer och kontrollera sedan igen.",
  summaryNoRecords:
    "Rubrikraden finns, men det finns inga affärer under den än. Lägg in en affär per rad och kontrollera sedan igen.",
  summaryOnlyNotices_one:
    "Inga fel eller varningar: bladet kan sparas. {count} resultat nedan är bara för kännedom.",
  summaryOnlyNotices_other:
    "Inga fel eller varningar: bladet kan sparas. {count} resultat nedan är bara för kännedom.",
  summaryHiddenByFilter_one: "{count} rad är dold av ett filter; den kontrollerades också.",
  summaryHiddenByFilter_other: "{count} rader är dolda av ett filter; de kontrollerades också.",
  summaryHiddenRows_one: "{count} rad är dold; den kontrollerades också.",
  summaryHiddenRows_other: "{count} rader är dolda; de kontrollerades också.",
  summaryHiddenColumns_one: "{count} kolumn är dold; den kontrollerades också.",
  summaryHiddenColumns_other: "{count} kolumner är dolda; de kontrollerades också.",
  summaryDropdownsMissing:
    "Några celler i {columns} har förlorat sin listruta (inklistring ersätter den); välj ”Lägg till listrutor” för att få tillbaka den.",
  summaryOverLimit:
    "Bladet har {records} poster; Partner Center tar emot högst {limit} per fil. Spara med ”Dela upp i filer” för att ladda upp det i delar.",

  severityError: "Fel",
  severityWarning: "Varning",
  severityNotice: "Info",
  badgePartnerCenter: "Partner Center",

  reportButton: "Resultatrapport",
  reportToSheet: "Lista dem på ett nytt blad",
  reportToCsv: "Hämta som CSV",
  reportToCsvText: "Visa som CSV-text att kopiera",
  reportSheetName: "Resultat",
  reportFileName: "resultat",
  reportWritten_one:
    "{count} resultat listat på det nya bladet ”{sheet}”; varje celladress där öppnar sin cell.",
  reportWritten_other:
    "{count} resultat listade på det nya bladet ”{sheet}”; varje celladress där öppnar sin cell.",
  reportCsvStarted_one: "Hämtningen av {name} har startat ({count} resultat).",
  reportCsvStarted_other: "Hämtningen av {name} har startat ({count} resultat).",
  reportCsvTextReady: "Resultatrapporten finns nedan som CSV-text: kopiera den.",
  reportColRow: "Rad",
  reportColCell: "Cell",
  reportColColumn: "Kolumn",
  reportColSeverity: "Allvarlighetsgrad",
  reportColRule: "Regel",
  reportColCode: "Kod",
  reportColMessage: "Meddelande",
  reportColValue: "Värde",
  reportColFix: "Korrigering",

  helpButtonLabel: "Vad betyder det här? {rule}",
  helpAllowedValues: "Tillåtna värden",
  helpListDeclinedLost: "Orsakskoder när understatus är Declined eller Lost",
  helpListError: "Orsakskoder när understatus är Error",
  helpListHelp: "Typer av hjälp (ange numret)",
  helpListStatuses: "Statusar och de understatusar de tillåter",
  helpListSubstatuses: "Understatusar och de statusar de hör till",
  helpListStages: "Försäljningsfaser",
  helpStatusMeaning: "understatus {list}",
  helpSubstatusMeaning: "med status {list}",
  helpSubstatusTerminal: "med status {list}; slutgiltig: Partner Center tar inte emot fler ändringar",
  helpStageMeaning: "{percent} % (fasens procentsats)",

  reviewHeading: "Resultat",
  reviewGroupBy: "Gruppera efter",
  reviewGroupByColumn: "Kolumn",
  reviewGroupByRow: "Rad",
  reviewNavLabel: "Gå igenom resultaten",
  reviewNavPrevious: "Föregående",
  reviewNavNext: "Nästa",
  reviewNavIntro_one: "{count} resultat. Välj Nästa för att gå till dess cell.",
  reviewNavIntro_other: "{count} resultat, fel först. Välj Nästa för att gå till det förstas cell.",
  reviewNavPosition: "Resultat {index} av {count}:",
  reviewNavPositionCell: "Resultat {index} av {count}, cell {cell}:",
  reviewNavKeys:
    "Tangentbord: F8 går till nästa resultat, Skift+F8 till föregående, medan fokus är i Resultat.",
  reviewFilterSeverity: "Visade allvarlighetsgrader",
  reviewFilterErrors: "Fel ({count})",
  reviewFilterWarnings: "Varningar ({count})",
  reviewFilterNotices: "Info ({count})",
  reviewFilterColumn: "Kolumn",
  reviewFilterAllColumns: "Alla kolumner ({count})",
  reviewFilterColumnOption: "{column} ({count})",
  reviewFilterReset: "Visa alla resultat",
  reviewNoMatch: "Inga resultat matchar de här filtren.",
  reviewNone: "Inga resultat.",
  reviewRulesHeading: "Antal per regel",
  reviewFixRule: "Korrigera alla",
  reviewFixRuleLabel: "Korrigera alla: {rule} ({count})",
  reviewWholeFile: "Hela filen",
  reviewRow: "Rad {row}",
  reviewGroupCount_one: "{count} resultat",
  reviewGroupCount_other: "{count} resultat",
  reviewShowMore: "Visa {count} till",
  reviewValue: "Värde: {value}",
  reviewEmptyValue: "(tomt)",
  reviewFix: "Korrigering: {fix}",
  reviewGoToCell: "Gå till {cell}",
  reviewApplyOne: "Korrigera",
  reviewApplyOneLabel: "Korrigera {cell}",

  fixHeading: "Korrigeringar",
  fixAll: "Korrigera allt som går att korrigera ({count})",
  fixSafe: "Tillämpa de säkra korrigeringarna ({count})",
  fixRestore: "Ångra senaste ändringen",
  fixRestoreLabel: "Ångra senaste ändringen: återställ det tillägget ändrade senast",
  fixPreviewTitle_one: "Tillämpa {count} korrigering?",
  fixPreviewTitle_other: "Tillämpa {count} korrigeringar?",
  fixPreviewIntro: "De här cellerna ändras:",
  fixPreviewMore: "…och {count} till.",
  fixApply: "Tillämpa",
  fixCancel: "Avbryt",
  fixApplied_one: "{count} cell ändrades.",
  fixApplied_other: "{count} celler ändrades.",
  fixRestored_one: "{count} cell återställdes.",
  fixRestored_other: "{count} celler återställdes.",
  fixRestoreChangedSince_one: "{count} cell har ändrats sedan korrigeringen och lämnas som den är: {cells}.",
  fixRestoreChangedSince_other:
    "{count} celler har ändrats sedan korrigeringen och lämnas som de är: {cells}.",

  saveHeading: "Spara",
  saveSplit: "Dela upp i filer med högst {limit} poster",
  saveBom: "Märk filen som UTF-8 (å, ä och ö förblir läsbara i Excel)",
  saveButton: "Spara som CSV",
  saveErrorsTitle: "Det finns kvar fel",
  saveErrorsBody_one: "{count} fel återstår. Partner Center avvisar raderna med fel. Spara ändå?",
  saveErrorsBody_other: "{count} fel återstår. Partner Center avvisar raderna med fel. Spara ändå?",
  saveAnyway: "Spara ändå",
  saveCancel: "Avbryt",
  saveDownloadStarted:
    "Hämtningen av {name} har startat (poster: {records}): webbläsaren sparar filen i sin mapp för hämtade filer eller frågar var.",
  saveParts_one: "{count} fil är klar: hämta den med knappen nedan.",
  saveParts_other:
    "{count} filer är klara: hämta varje del med dess knapp nedan och ladda sedan upp dem en i taget.",
  saveTextReady_one:
    "CSV-texten för {count} fil finns nedan: kopiera den, klistra in den i en textredigerare och spara den som en .csv-fil i UTF-8.",
  saveTextReady_other:
    "CSV-texten för {count} filer finns nedan: kopiera var och en, klistra in den i en textredigerare och spara den som en .csv-fil i UTF-8.",
  saveNoDownloadIntro:
    "Excel på Mac och iPad kan inte hämta filer från ett tillägg. Kopiera texten nedan, klistra in den i en textredigerare och spara den som en .csv-fil i UTF-8.",
  saveFileLabel: "{name} (poster: {records})",
  saveDownload: "Hämta",
  saveDownloadLabel: "Hämta {name}",
  saveCopy: "Kopiera CSV-text",
  saveCopyLabel: "Kopiera CSV-text för {name}",
  saveCopied: "CSV-texten för {name} kopierades till Urklipp.",
  saveCopyFailed:
    "Det gick inte att kopiera: markera texten nedan och kopiera den med Ctrl+C (Cmd+C på Mac).",
  saveNothing: "Det finns inga poster att spara.",
  saveEmptySheet: "Inget att spara: bladet är tomt.",

  afterHeading: "Resultat från Partner Center",
  afterIntro_one: "Partner Center avvisade {count} rad. Dess fel visas med märket ”Partner Center”.",
  afterIntro_other: "Partner Center avvisade {count} rader. Deras fel visas med märket ”Partner Center”.",
  afterKeepFailed: "Behåll bara avvisade rader",
  afterKeepFailedHint:
    "Flyttar raderna som Partner Center godkände till ett nytt blad så att du bara laddar upp de korrigerade raderna.",
  afterKept: "Avvisade rader som behölls: {kept}. Godkända rader flyttade till bladet {sheet}: {moved}.",
  afterKeepConfirmTitle: "Behålla bara de avvisade raderna?",
  afterKeepConfirmBody:
    "Raderna som Partner Center godkände flyttas till ett nytt blad; bara de avvisade stannar här, redo att rättas och laddas upp igen. ”Ångra senaste ändringen” flyttar tillbaka dem.",
  afterKeepConfirm: "Behåll avvisade rader",
  afterKeepCancel: "Avbryt",
  undoRowsBack_one: "{count} rad flyttades tillbaka från bladet {sheet}, som sedan togs bort.",
  undoRowsBack_other: "{count} rader flyttades tillbaka från bladet {sheet}, som sedan togs bort.",
  undoNotPossible:
    "De flyttade raderna flyttades inte tillbaka: bladet {sheet} eller {movedTo} har ändrats sedan dess. Kopiera tillbaka dem från {movedTo} om du behöver dem.",

  accountHeading: "Kontomatchning",
  accountIntro_one:
    "{count} rad behöver en titt på Final account match: fältet är tomt fast Partner Center föreslog konton, eller så matchade Partner Center det med låg säkerhet (Low).",
  accountIntro_other:
    "{count} rader behöver en titt på Final account match: fältet är tomt fast Partner Center föreslog konton, eller så matchade Partner Center det med låg säkerhet (Low).",
  accountNothing: "Ingen rad behöver en titt på Final account match.",
  accountListLabel: "Rader att granska",
  accountApply: "Lägg till listrutor för kontomatchning",
  accountApplyHint:
    "Final account match på varje rad får en lista med radens egna förslag från Partner Center: hanterade, ohanterade och sedan DUNS-konton.",
  accountApplied_one: "La till en listruta med radens egna förslag på {count} rad.",
  accountApplied_other: "La till en listruta med radens egna förslag på var och en av {count} rader.",

  errorTitle: "Något behöver åtgärdas",
  errorDismiss: "Stäng",
  errorEditMode:
    "Excel redigerar en cell: tryck på Retur eller Esc för att lämna cellen och försök sedan igen.",
  errorProtected:
    "Bladet är skyddat: ta bort skyddet (Granska > Ta bort bladets skydd) och försök sedan igen.",
  errorTooLarge:
    "Bladet är för stort för att hanteras i ett svep: ta bort oanvända rader och kolumner eller dela upp bladet och försök sedan igen.",
  errorMergedHeader:
    "Rubrikraden har sammanfogade celler ({areas}): dela upp dem så att varje kolumn har en egen rubrik och kontrollera sedan igen.",
  errorFilterActive: "Rensa filtret först (Data > Rensa) och välj sedan ”Behåll bara avvisade rader” igen.",
  errorDeleteBlocked:
    "Inget flyttades: att ta bort de godkända raderna skulle dela en tabell eller sammanfogade celler vid {area}. Flytta tabellen eller dela upp cellerna och välj sedan ”Behåll bara avvisade rader” igen.",
  errorUnsupported:
    "Den här versionen av Excel kan inte utföra det här steget ({code}): uppdatera Office eller använd Excel på webben.",
  errorConflict: "Någon annan ändrade arbetsboken samtidigt: försök igen.",
  errorChanged:
    "Arbetsboken ändrades medan tillägget arbetade (ett blad eller en cell som användes finns inte längre): kontrollera bladet igen.",
  errorRowsLocked:
    "Excel kan inte ta bort de här raderna: en tabell, sammanfogade celler eller ett filter korsar dem. Ta bort det och försök igen.",
  errorReadFailed:
    "Excel kunde inte skicka rad {first}–{last} i bladet, inte ens några i taget: stäng andra arbetsböcker eller starta om Excel och försök igen.",
  errorNoAccountSuggestions:
    "Det här bladet har inga kontoförslag från Partner Center (Final account match med kolumnerna Managed, Unmanaged eller DUNS account): öppna den bearbetade filen och kontrollera den igen.",
  errorGeneric:
    "Något gick fel ({detail}); försök igen, och om det händer igen stänger du tillägget och öppnar det på nytt.",
};
