// German UI strings (same keys as en.ts).
import type { Strings } from "./en";

export const de: Strings = {
  appTitle: "Co-Sell-Upload-Prüfung",
  statusRegion: "Status",

  stepsLabel: "Schritte",
  stepPrepare: "Vorbereiten",
  stepCheck: "Prüfen",
  stepReview: "Korrigieren",
  stepSave: "Speichern",
  stepAfterUpload: "Nach dem Upload",
  moreMenu: "Weitere Optionen",
  moreHelp: "Hilfe und Diagnose",
  nextPrepare:
    "Öffnen Sie die aus Partner Center heruntergeladene CSV-Datei, oder fügen Sie die Vorlage ein, um neu zu beginnen.",
  nextCheck: "Wählen Sie „Blatt prüfen“: Jede Zeile wird geprüft, und Probleme werden im Blatt markiert.",
  nextReviewFirst: "Noch nichts zu korrigieren: Prüfen Sie zuerst das Blatt.",
  nextReviewErrors:
    "Korrigieren Sie die Befunde unten: Wählen Sie einen aus, um zu seiner Zelle zu springen, oder übernehmen Sie die vorgeschlagenen Korrekturen. Die Zahlen folgen Ihren Änderungen.",
  nextReviewClean: "Keine Fehler mehr. Speichern Sie das Blatt als CSV-Datei, wenn Sie so weit sind.",
  nextSave: "Speichern Sie das Blatt als CSV-Datei, und laden Sie sie dann in Partner Center hoch.",
  nextSaveErrors_one:
    "{count} Fehler bleibt: Partner Center wird diese Zeile ablehnen. Korrigieren Sie ihn zuerst, oder speichern Sie trotzdem.",
  nextSaveErrors_other:
    "{count} Fehler bleiben: Partner Center wird diese Zeilen ablehnen. Korrigieren Sie sie zuerst, oder speichern Sie trotzdem.",
  nextAfterUpload:
    "Behalten Sie nur die von Partner Center abgelehnten Zeilen, korrigieren Sie sie, und speichern und laden Sie sie erneut hoch.",
  goCheck: "Zu „Prüfen“",
  goReview: "Zu „Korrigieren“",
  goSave: "Weiter zu „Speichern“",

  diagnosticsHeading: "Hilfe und Diagnose",
  diagnosticsIntro:
    "Wenn etwas nicht funktioniert, kopieren Sie diese Angaben in Ihre Supportanfrage. Es wird nichts gesendet, und keine Zelle Ihrer Daten ist enthalten.",
  diagnosticsCopy: "Diagnose kopieren",
  diagnosticsCopied: "Diagnose kopiert. Fügen Sie sie in Ihre Supportanfrage ein.",
  diagnosticsCopyFailed: "Kopieren nicht möglich: Markieren Sie den Diagnosetext unten und kopieren Sie ihn.",
  diagnosticsTextLabel: "Diagnose",
  diagnosticsSelfTest: "Selbsttest ausführen",
  diagnosticsSelfTestRunning: "Test läuft…",
  diagnosticsSelfTestPassed:
    "Selbsttest bestanden: Alles, was das Add-In tut, funktioniert in diesem Excel. Das Testblatt wurde entfernt.",
  diagnosticsSelfTestFailed_one:
    "Selbsttest: {count} Vorgang ist fehlgeschlagen. Kopieren Sie die Diagnose, um zu sehen, welcher.",
  diagnosticsSelfTestFailed_other:
    "Selbsttest: {count} Vorgänge sind fehlgeschlagen. Kopieren Sie die Diagnose, um zu sehen, welche.",

  gettingStartedHeading: "Erste Schritte",
  gettingStartedStep1:
    "Öffnen Sie die aus Partner Center heruntergeladene CSV-Datei („CSV-Datei öffnen“) oder fügen Sie die Vorlage ein.",
  gettingStartedStep2: "Wählen Sie „Blatt prüfen“: Probleme werden im Blatt markiert und hier aufgelistet.",
  gettingStartedStep3:
    "Übernehmen Sie die vorgeschlagenen Korrekturen, speichern Sie als CSV und laden Sie die Datei in Partner Center hoch.",
  gettingStartedPrivacy: "Ihre Daten verlassen diese Arbeitsmappe nie.",
  gettingStartedDismiss: "Verstanden",
  gettingStartedShow: "Erste Schritte anzeigen",

  prepareHeading: "Vorbereiten",
  prepareSolutionColumns: "Solution-Spalten",
  prepareTeamMemberColumns: "Teammitglied-Spalten",
  prepareColumnsHint: "Von 1 bis 50.",
  prepareInsertTemplate: "Vorlage einfügen",
  prepareApplyDropdowns: "Dropdownlisten hinzufügen",
  prepareDropdownsNeedHeader:
    "Dropdownlisten brauchen die Kopfzeile der Vorlage: Öffnen Sie zuerst die CSV-Datei oder fügen Sie die Vorlage ein.",
  prepareTemplateInserted: "Vorlage in Blatt {sheet} eingefügt.",
  prepareDropdownsApplied_one: "Dropdownliste zu {count} Spalte hinzugefügt.",
  prepareDropdownsApplied_other: "Dropdownlisten zu {count} Spalten hinzugefügt.",
  prepareSuggestDropdowns:
    "Wählen Sie als Nächstes „Dropdownlisten hinzufügen“, damit Listenspalten ihre zulässigen Werte anbieten.",
  openButton: "CSV-Datei öffnen…",
  openRunning: "Wird geöffnet…",
  openPickerLabel: "Zu öffnende CSV-Datei",
  openProgressLabel: "Fortschritt beim Öffnen",
  openProgress: "{done} von {total} Zeilen geschrieben",
  openCancel: "Öffnen abbrechen",
  openCancelled: "Öffnen abgebrochen. Der Arbeitsmappe wurde nichts hinzugefügt.",
  openDone_one:
    "{file} in Blatt {sheet} geöffnet: {count} Datensatz, gelesen als {encoding}, Werte getrennt durch {delimiter}.",
  openDone_other:
    "{file} in Blatt {sheet} geöffnet: {count} Datensätze, gelesen als {encoding}, Werte getrennt durch {delimiter}.",
  openDelimiterComma: "Kommas",
  openDelimiterSemicolon: "Semikolons",
  openDelimiterTab: "Tabulatoren",
  openHeaderNotStyled:
    "Die Kopfzeile konnte nicht formatiert werden, aber alle Zellen der Datei sind vorhanden.",
  openNext: "Wählen Sie als Nächstes „Blatt prüfen“.",
  openUnreadable: "{file} wurde nicht geöffnet: {reason}",
  openTooBig:
    "{file} wurde nicht geöffnet: {rows} Zeilen und {columns} Spalten passen nicht in ein Excel-Blatt.",
  openCellTooLong:
    "{file} wurde nicht geöffnet: Zelle {cell} enthält {length} Zeichen, mehr als die 32.767, die eine Excel-Zelle fassen kann.",
  openWarningsLabel: "Beim Lesen der Datei gefunden",
  headerEmptySheet:
    "Dieses Blatt ist leer: Wählen Sie „Vorlage einfügen“, um mit der Co-Sell-Vorlage zu beginnen.",
  headerRecognised_one: "Kopfzeile: {count} Vorlagenspalte erkannt.",
  headerRecognised_other: "Kopfzeile: {count} Vorlagenspalten erkannt.",
  headerFindingsIntro: "In der Kopfzeile von Blatt {sheet}:",
  headerMore_one: "…und {count} weiterer.",
  headerMore_other: "…und {count} weitere.",
  headerOldTemplateTitle: "Dies ist eine alte Vorlage",
  headerUnavailable: "Die Kopfzeile konnte nicht gelesen werden. {reason} „Blatt prüfen“ liest sie erneut.",

  checkHeading: "Prüfen",
  checkDateOrder: "Datumsangaben wie 3/4/2025 lesen als",
  checkDateOrderAuto: "Jede Spalte entscheidet",
  checkDateOrderMdy: "Monat zuerst (4. März)",
  checkDateOrderDmy: "Tag zuerst (3. April)",
  checkDateOrderHint:
    "Nur wichtig für Datumsangaben, die sich auf beide Arten lesen lassen. „Jede Spalte entscheidet“ liest eine Spalte so, wie ihre eindeutigen Datumsangaben es zeigen (25/3/2025: Tag zuerst, 3/25/2025: Monat zuerst), und nach dem Regionalformat von Excel, wenn sie keine hat. Gespeichert wird immer M/T/JJJJ.",
  checkRun: "Blatt prüfen",
  checkRunning: "Wird geprüft…",
  checkProgressLabel: "Prüffortschritt",
  checkProgress: "{done} von {total} Zeilen geprüft",
  checkCancel: "Prüfung abbrechen",
  checkCancelled: "Prüfung abgebrochen. Das Blatt wurde nicht geändert.",
  checkDone: "Prüfung abgeschlossen. Fehler: {errors}. Warnungen: {warnings}. Hinweise: {notices}.",
  checkHighlightsNotUpdated:
    "Markierungen nicht aktualisiert: Die Befunde sind hier aufgeführt, aber die Markierungen im Blatt konnten nicht geändert werden.",
  liveCheck: "Beim Bearbeiten prüfen",
  liveCheckHint:
    "Prüft die geänderten Zeilen erneut und aktualisiert Markierungen und Zahlen, ohne „Blatt prüfen“.",
  liveChecked:
    "Nach Ihrer Änderung erneut geprüft. Fehler: {errors}. Warnungen: {warnings}. Hinweise: {notices}.",
  clearHighlights: "Markierungen entfernen",
  clearHighlightsDone: "Markierungen auf allen Blättern entfernt.",
  clearHighlightsPartly:
    "Markierungen entfernt, außer auf {sheets}: Excel hat die Änderung dort abgelehnt (ist das Blatt geschützt?).",

  summaryHeading: "Zusammenfassung",
  summarySheet: "Blatt: {sheet}",
  summaryRecords: "Datensätze",
  summaryErrors: "Fehler",
  summaryWarnings: "Warnungen",
  summaryNotices: "Hinweise",
  summaryNewDeals_one: "{count} neuer Deal",
  summaryNewDeals_other: "{count} neue Deals",
  summaryUpdates_one: "{count} Aktualisierung",
  summaryUpdates_other: "{count} Aktualisierungen",
  summaryCreateUpdate: "{newDeals}, {updates}",
  summaryClean: "Keine Probleme gefunden. Das Blatt kann gespeichert werden.",
  summaryEmptySheet:
    "Dieses Blatt ist leer. Fügen Sie die Vorlage ein oder öffnen Sie eine CSV-Datei, tragen Sie Ihre Deals ein und prüfen Sie dann erneut.",
  summaryNoRecords:
    "Die Kopfzeile ist vorhanden, aber darunter stehen noch keine Deals. Tragen Sie einen Deal pro Zeile ein und prüfen Sie dann erneut.",
  summaryOnlyNotices_one:
    "Keine Fehler oder Warnungen: Das Blatt kann gespeichert werden. {count} Befund unten dient nur zu Ihrer Information.",
  summaryOnlyNotices_other:
    "Keine Fehler oder Warnungen: Das Blatt kann gespeichert werden. {count} Befunde unten dienen nur zu Ihrer Information.",
  summaryHiddenByFilter_one:
    "{count} Zeile ist durch einen Filter ausgeblendet; sie wurde ebenfalls geprüft.",
  summaryHiddenByFilter_other:
    "{count} Zeilen sind durch einen Filter ausgeblendet; sie wurden ebenfalls geprüft.",
  summaryHiddenRows_one: "{count} Zeile ist ausgeblendet; sie wurde ebenfalls geprüft.",
  summaryHiddenRows_other: "{count} Zeilen sind ausgeblendet; sie wurden ebenfalls geprüft.",
  summaryHiddenColumns_one: "{count} Spalte ist ausgeblendet; sie wurde ebenfalls geprüft.",
  summaryHiddenColumns_other: "{count} Spalten sind ausgeblendet; sie wurden ebenfalls geprüft.",
  summaryDropdownsMissing:
    "Einige Zellen von {columns} haben ihre Dropdownliste verloren (Einfügen ersetzt sie); wählen Sie „Dropdownlisten hinzufügen“, um sie wiederherzustellen.",
  summaryOverLimit:
    "Dieses Blatt hat {records} Datensätze; Partner Center akzeptiert höchstens {limit} pro Datei. Speichern Sie mit „In Dateien aufteilen“, um es in Teilen hochzuladen.",

  severityError: "Fehler",
  severityWarning: "Warnung",
  severityNotice: "Hinweis",
  badgePartnerCenter: "Partner Center",

  reportButton: "Befundbericht",
  reportToSheet: "Auf einem neuen Blatt auflisten",
  reportToCsv: "Als CSV herunterladen",
  reportToCsvText: "Als CSV-Text zum Kopieren anzeigen",
  reportSheetName: "Befunde",
  reportFileName: "befunde",
  reportWritten_one:
    "{count} Befund auf dem neuen Blatt „{sheet}“ aufgelistet; jede Zelladresse dort öffnet ihre Zelle.",
  reportWritten_other:
    "{count} Befunde auf dem neuen Blatt „{sheet}“ aufgelistet; jede Zelladresse dort öffnet ihre Zelle.",
  reportCsvStarted_one: "Download von {name} gestartet ({count} Befund).",
  reportCsvStarted_other: "Download von {name} gestartet ({count} Befunde).",
  reportCsvTextReady: "Der Befundbericht steht unten als CSV-Text bereit: Kopieren Sie ihn.",
  reportColRow: "Zeile",
  reportColCell: "Zelle",
  reportColColumn: "Spalte",
  reportColSeverity: "Schweregrad",
  reportColRule: "Regel",
  reportColCode: "Code",
  reportColMessage: "Meldung",
  reportColValue: "Wert",
  reportColFix: "Korrektur",

  helpButtonLabel: "Was bedeutet das? {rule}",
  helpAllowedValues: "Zulässige Werte",
  helpListDeclinedLost: "Grundcodes bei Unterstatus Declined oder Lost",
  helpListError: "Grundcodes bei Unterstatus Error",
  helpListHelp: "Arten der Unterstützung (Nummer eintragen)",
  helpListStatuses: "Status und die zulässigen Unterstatus",
  helpListSubstatuses: "Unterstatus und die passenden Status",
  helpListStages: "Vertriebsphasen",
  helpStatusMeaning: "Unterstatus {list}",
  helpSubstatusMeaning: "mit Status {list}",
  helpSubstatusTerminal: "mit Status {list}; endgültig: Partner Center nimmt keine Änderungen mehr an",
  helpStageMeaning: "{percent} % (Phasenprozentsatz)",

  reviewHeading: "Befunde",
  reviewGroupBy: "Gruppieren nach",
  reviewGroupByColumn: "Spalte",
  reviewGroupByRow: "Zeile",
  reviewNavLabel: "Befunde durchgehen",
  reviewNavPrevious: "Vorheriger",
  reviewNavNext: "Nächster",
  reviewNavIntro_one: "{count} Befund. Wählen Sie „Nächster“, um zu seiner Zelle zu wechseln.",
  reviewNavIntro_other:
    "{count} Befunde, Fehler zuerst. Wählen Sie „Nächster“, um zur Zelle des ersten zu wechseln.",
  reviewNavPosition: "Befund {index} von {count}:",
  reviewNavPositionCell: "Befund {index} von {count}, Zelle {cell}:",
  reviewNavKeys:
    "Tastatur: F8 wechselt zum nächsten Befund, Umschalt+F8 zum vorherigen, solange der Fokus in „Befunde“ ist.",
  reviewFilterSeverity: "Schweregrade anzeigen",
  reviewFilterErrors: "Fehler ({count})",
  reviewFilterWarnings: "Warnungen ({count})",
  reviewFilterNotices: "Hinweise ({count})",
  reviewFilterColumn: "Spalte",
  reviewFilterAllColumns: "Alle Spalten ({count})",
  reviewFilterColumnOption: "{column} ({count})",
  reviewFilterReset: "Alle Befunde anzeigen",
  reviewNoMatch: "Keine Befunde passen zu diesen Filtern.",
  reviewNone: "Keine Befunde.",
  reviewRulesHeading: "Anzahl pro Regel",
  reviewFixRule: "Alle korrigieren",
  reviewFixRuleLabel: "Alle korrigieren: {rule} ({count})",
  reviewWholeFile: "Ganze Datei",
  reviewRow: "Zeile {row}",
  reviewGroupCount_one: "{count} Befund",
  reviewGroupCount_other: "{count} Befunde",
  reviewShowMore: "{count} weitere anzeigen",
  reviewValue: "Wert: {value}",
  reviewEmptyValue: "(leer)",
  reviewFix: "Korrektur: {fix}",
  reviewGoToCell: "Zu {cell} wechseln",
  reviewApplyOne: "Korrigieren",
  reviewApplyOneLabel: "{cell} korrigieren",

  fixHeading: "Korrekturen",
  fixAll: "Alles Korrigierbare korrigieren ({count})",
  fixSafe: "Sichere Korrekturen übernehmen ({count})",
  fixRestore: "Letzte Änderung rückgängig",
  fixRestoreLabel: "Letzte Änderung rückgängig: zurücksetzen, was das Add-In zuletzt geändert hat",
  fixPreviewTitle_one: "{count} Korrektur übernehmen?",
  fixPreviewTitle_other: "{count} Korrekturen übernehmen?",
  fixPreviewIntro: "Diese Zellen werden geändert:",
  fixPreviewMore: "…und {count} weitere.",
  fixApply: "Übernehmen",
  fixCancel: "Abbrechen",
  fixApplied_one: "{count} Zelle geändert.",
  fixApplied_other: "{count} Zellen geändert.",
  fixRestored_one: "{count} Zelle wiederhergestellt.",
  fixRestored_other: "{count} Zellen wiederhergestellt.",
  fixRestoreChangedSince_one:
    "{count} Zelle wurde seit der Korrektur geändert und bleibt, wie sie ist: {cells}.",
  fixRestoreChangedSince_other:
    "{count} Zellen wurden seit der Korrektur geändert und bleiben, wie sie sind: {cells}.",

  saveHeading: "Speichern",
  saveSplit: "In Dateien mit höchstens {limit} Datensätzen aufteilen",
  saveBom: "Datei als UTF-8 kennzeichnen (Umlaute bleiben in Excel lesbar)",
  saveButton: "Als CSV speichern",
  saveErrorsTitle: "Es gibt noch Fehler",
  saveErrorsBody_one:
    "Es gibt noch {count} Fehler. Partner Center lehnt die fehlerhaften Zeilen ab. Trotzdem speichern?",
  saveErrorsBody_other:
    "Es gibt noch {count} Fehler. Partner Center lehnt die fehlerhaften Zeilen ab. Trotzdem speichern?",
  saveAnyway: "Trotzdem speichern",
  saveCancel: "Abbrechen",
  saveDownloadStarted:
    "Download von {name} gestartet (Datensätze: {records}): Ihr Browser speichert die Datei im Download-Ordner oder fragt nach dem Speicherort.",
  saveParts_one: "{count} Datei ist bereit: Laden Sie sie mit der Schaltfläche unten herunter.",
  saveParts_other:
    "{count} Dateien sind bereit: Laden Sie jeden Teil mit seiner Schaltfläche unten herunter und laden Sie sie dann einzeln hoch.",
  saveTextReady_one:
    "Der CSV-Text von {count} Datei steht unten bereit: Kopieren Sie ihn, fügen Sie ihn in einen Texteditor ein und speichern Sie ihn als UTF-8-.csv-Datei.",
  saveTextReady_other:
    "Der CSV-Text von {count} Dateien steht unten bereit: Kopieren Sie jeden, fügen Sie ihn in einen Texteditor ein und speichern Sie ihn als UTF-8-.csv-Datei.",
  saveNoDownloadIntro:
    "Excel auf Mac und iPad kann aus einem Add-In keine Dateien herunterladen. Kopieren Sie den Text unten, fügen Sie ihn in einen Texteditor ein und speichern Sie ihn als UTF-8-.csv-Datei.",
  saveFileLabel: "{name} (Datensätze: {records})",
  saveDownload: "Herunterladen",
  saveDownloadLabel: "{name} herunterladen",
  saveCopy: "CSV-Text kopieren",
  saveCopyLabel: "CSV-Text kopieren: {name}",
  saveCopied: "CSV-Text von {name} in die Zwischenablage kopiert.",
  saveCopyFailed:
    "Kopieren nicht möglich: Markieren Sie den Text unten und kopieren Sie ihn mit Strg+C (Cmd+C auf dem Mac).",
  saveNothing: "Es gibt keine Datensätze zum Speichern.",
  saveEmptySheet: "Nichts zu speichern: Dieses Blatt ist leer.",

  afterHeading: "Ergebnisse von Partner Center",
  afterIntro_one:
    "Partner Center hat {count} Zeile abgelehnt. Ihre Fehler tragen das Badge „Partner Center“.",
  afterIntro_other:
    "Partner Center hat {count} Zeilen abgelehnt. Ihre Fehler tragen das Badge „Partner Center“.",
  afterKeepFailed: "Nur abgelehnte Zeilen behalten",
  afterKeepFailedHint:
    "Verschiebt die von Partner Center angenommenen Zeilen in ein neues Blatt, damit Sie nur die korrigierten Zeilen hochladen.",
  afterKept: "Behaltene abgelehnte Zeilen: {kept}. In Blatt {sheet} verschobene angenommene Zeilen: {moved}.",
  afterKeepConfirmTitle: "Nur die abgelehnten Zeilen behalten?",
  afterKeepConfirmBody:
    "Die von Partner Center angenommenen Zeilen werden in ein neues Blatt verschoben; nur die abgelehnten bleiben hier, bereit zum Korrigieren und erneuten Hochladen. „Letzte Änderung rückgängig“ holt sie zurück.",
  afterKeepConfirm: "Abgelehnte Zeilen behalten",
  afterKeepCancel: "Abbrechen",
  undoRowsBack_one: "{count} Zeile aus Blatt {sheet} zurückgeholt; das Blatt wurde danach gelöscht.",
  undoRowsBack_other: "{count} Zeilen aus Blatt {sheet} zurückgeholt; das Blatt wurde danach gelöscht.",
  undoNotPossible:
    "Die verschobenen Zeilen wurden nicht zurückgeholt: Blatt {sheet} oder {movedTo} hat sich seitdem geändert. Kopieren Sie sie bei Bedarf aus {movedTo} zurück.",

  accountHeading: "Kontozuordnung",
  accountIntro_one:
    "Bei {count} Zeile sollten Sie Final account match prüfen: Das Feld ist leer, obwohl Partner Center Konten vorgeschlagen hat, oder Partner Center hat es mit niedriger Konfidenz (Low) zugeordnet.",
  accountIntro_other:
    "Bei {count} Zeilen sollten Sie Final account match prüfen: Das Feld ist leer, obwohl Partner Center Konten vorgeschlagen hat, oder Partner Center hat es mit niedriger Konfidenz (Low) zugeordnet.",
  accountNothing: "Bei keiner Zeile muss Final account match geprüft werden.",
  accountListLabel: "Zu prüfende Zeilen",
  accountApply: "Dropdownlisten für die Kontozuordnung hinzufügen",
  accountApplyHint:
    "Final account match erhält in jeder Zeile eine Liste der eigenen Vorschläge dieser Zeile von Partner Center: verwaltete, nicht verwaltete, dann DUNS-Konten.",
  accountApplied_one: "{count} Zeile hat eine Dropdownliste mit ihren eigenen Vorschlägen erhalten.",
  accountApplied_other: "{count} Zeilen haben je eine Dropdownliste mit ihren eigenen Vorschlägen erhalten.",

  errorTitle: "Bitte beachten",
  errorDismiss: "Schließen",
  errorEditMode:
    "Excel bearbeitet gerade eine Zelle: Drücken Sie die Eingabetaste oder Esc, und versuchen Sie es dann erneut.",
  errorProtected:
    "Das Blatt ist geschützt: Heben Sie den Schutz auf (Überprüfen > Blattschutz aufheben), und versuchen Sie es dann erneut.",
  errorTooLarge:
    "Das Blatt ist zu groß für einen Durchgang: Löschen Sie ungenutzte Zeilen und Spalten oder teilen Sie das Blatt auf, und versuchen Sie es dann erneut.",
  errorMergedHeader:
    "Die Kopfzeile enthält verbundene Zellen ({areas}): Heben Sie die Verbindung auf, damit jede Spalte eine eigene Überschrift hat, und prüfen Sie dann erneut.",
  errorFilterActive:
    "Löschen Sie zuerst den Filter (Daten > Löschen), und wählen Sie dann erneut „Nur abgelehnte Zeilen behalten“.",
  errorDeleteBlocked:
    "Es wurde nichts verschoben: Eine Tabelle oder verbundene Zellen bei {area} würden durch das Löschen der angenommenen Zeilen zerschnitten. Verschieben Sie die Tabelle oder heben Sie den Zellverbund auf, und wählen Sie dann erneut „Nur abgelehnte Zeilen behalten“.",
  errorUnsupported:
    "Diese Excel-Version kann diesen Schritt nicht ausführen ({code}): Aktualisieren Sie Office oder verwenden Sie Excel im Web.",
  errorConflict: "Jemand anderes hat die Arbeitsmappe gleichzeitig geändert: Versuchen Sie es erneut.",
  errorChanged:
    "Die Arbeitsmappe wurde während der Arbeit des Add-Ins geändert (ein verwendetes Blatt oder eine Zelle fehlt): Prüfen Sie das Blatt erneut.",
  errorRowsLocked:
    "Excel kann diese Zeilen nicht löschen: Eine Tabelle, verbundene Zellen oder ein Filter überschneiden sie. Entfernen Sie diese und versuchen Sie es erneut.",
  errorReadFailed:
    "Excel konnte die Zeilen {first}–{last} des Blatts nicht senden, auch nicht in kleinen Teilen: Schließen Sie andere Arbeitsmappen oder starten Sie Excel neu und versuchen Sie es erneut.",
  errorNoAccountSuggestions:
    "Dieses Blatt enthält keine Kontovorschläge von Partner Center (Final account match mit den Spalten Managed, Unmanaged oder DUNS account): Öffnen Sie die verarbeitete Datei und prüfen Sie sie erneut.",
  errorGeneric:
    "Etwas ist schiefgegangen ({detail}); versuchen Sie es erneut, und schließen und öffnen Sie das Add-In, falls es wieder passiert.",
};
