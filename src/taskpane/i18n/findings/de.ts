// German finding texts: for each registry code its rule title (short, no final period) and its
// message (the English record's {placeholders} only). Terms: Deal, Empfehlung.
import { defineTranslation } from "./translation";

export const de = defineTranslation({
  "file-empty": { title: "Leere Datei", message: "Die Datei ist leer." },
  "file-binary": { title: "Keine CSV-Textdatei", message: "Diese Datei ist keine CSV-Textdatei." },
  "file-unterminated-quote": {
    title: "Nicht geschlossenes Anführungszeichen",
    message: "Ein Wert in Anführungszeichen, der in Zeile {row} beginnt, wird nie geschlossen.",
  },
  "file-no-header": { title: "Keine Kopfzeile", message: "Die Datei hat keine Kopfzeile." },
  "delimiter-not-comma": {
    title: "Trennzeichen ist kein Komma",
    message:
      "Die Werte sind durch {delimiter} statt durch Kommas getrennt; beim Speichern werden Kommas verwendet.",
  },
  "delimiter-sep-line": {
    title: "Datei beginnt mit einer sep=-Zeile",
    message:
      "Die Datei beginnt mit einer sep=-Zeile für {delimiter}; beim Speichern wird sie weggelassen, da Partner Center sie als Kopfzeile lesen würde.",
  },
  "encoding-not-utf8": {
    title: "Datei nicht in UTF-8",
    message: "Die Datei ist als {encoding} codiert, nicht als UTF-8; beim Speichern wird UTF-8 verwendet.",
  },
  "file-ends-mid-character": {
    title: "Datei möglicherweise abgeschnitten",
    message:
      "Die Datei endet mitten in einem Zeichen und wurde möglicherweise abgeschnitten; prüfen Sie ihre letzte Zeile.",
  },
  "too-many-records": {
    title: "Zu viele Datensätze für eine Datei",
    message: "Die Datei hat {count} Datensätze, Partner Center verarbeitet aber höchstens {max} pro Datei.",
    action:
      "Speichern Sie mit „In Dateien mit höchstens {max} Datensätzen aufteilen“: So entstehen {files} Dateien, die Sie nacheinander hochladen.",
  },
  "no-records": {
    title: "Keine Datensätze",
    message: "Die Datei hat eine Kopfzeile, aber keine Datensätze.",
  },
  "header-not-canonical": {
    title: "Spaltenüberschrift anders geschrieben",
    message: "Die Spaltenüberschrift „{value}“ lautet in der Vorlage „{column}“.",
  },
  "header-duplicate": {
    title: "Doppelte Spalte",
    message: "Die Spalte {column} kommt mehrmals vor (Überschrift „{value}“, zuerst in Spalte {first}).",
  },
  "header-unknown": {
    title: "Unbekannte Spalte",
    message: "Die Spaltenüberschrift „{value}“ ist keine Spalte der Co-Sell-Vorlage.",
  },
  "header-unknown-suggest": {
    title: "Unbekannte Spalte, wohl Tippfehler",
    message:
      "Die Spaltenüberschrift „{value}“ ist keine Spalte der Co-Sell-Vorlage; meinten Sie „{suggestion}“?",
  },
  "header-blank": {
    title: "Spalte ohne Überschrift",
    message: "Eine Spalte mit Werten hat eine leere Überschrift.",
  },
  "header-missing-required": {
    title: "Pflichtspalte fehlt",
    message: "Die Pflichtspalte {column} fehlt in der Kopfzeile.",
  },
  "header-missing-new-template": {
    title: "Spalte der neuen Vorlage fehlt",
    message:
      "Die Spalte {column} fehlt: Alte Vorlagen funktionieren nicht, laden Sie die neue Vorlage in Partner Center herunter.",
  },
  "header-missing-conditional": {
    title: "Bedingt erforderliche Spalte fehlt",
    message: "Die Spalte {column} fehlt; Zeilen, die sie brauchen, werden abgelehnt.",
  },
  "header-number-out-of-range": {
    title: "Spaltennummer außerhalb des Bereichs",
    message:
      "Die Spaltenüberschrift „{value}“ liegt außerhalb des Bereichs: {column}-Nummern gehen von 1 bis {max}.",
  },
  "header-number-gap": {
    title: "Lücke in nummerierten Spalten",
    message: "Die Spalte {column} fehlt, obwohl {after} vorhanden ist.",
  },
  "header-row-missing": {
    title: "Erste Zeile ist keine Kopfzeile",
    message: "Die erste Zeile ist nicht die Kopfzeile der Vorlage: Sie enthält keinen Co-Sell-Spaltennamen.",
  },
  "header-row-below": {
    title: "Kopfzeile weiter unten",
    message: "Die Kopfzeile steht in Zeile {row}: Löschen Sie die Zeilen darüber.",
  },
  "required-missing": { title: "Pflichtwert fehlt", message: "Pflichtfeld {column} fehlt" },
  "required-missing-when-help": {
    title: "Für Hilfe von Microsoft erforderlich",
    message: "Pflichtfeld {column} fehlt: Es wird benötigt, wenn Microsoft help required? Yes ist.",
  },
  "required-missing-when-substatus": {
    title: "Für diesen Unterstatus erforderlich",
    message: "Pflichtfeld {column} fehlt: Es wird benötigt, wenn Partner Referral Substatus {substatus} ist.",
  },
  "required-missing-services": {
    title: "Rolle, Lösungsbereich oder Play fehlt",
    message: "Pflichtfeld {column} fehlt: Partner role, Solution area und Solution play gehören zusammen.",
  },
  "column-missing-for-row": {
    title: "Für die Zeile nötige Spalte fehlt",
    message: "Die Spalte {column} fehlt, aber diese Zeile braucht sie.",
  },
  whitespace: {
    title: "Leerzeichen am Anfang oder Ende",
    message: "Der {column}-Wert „{value}“ hat Leerzeichen am Anfang oder Ende.",
  },
  "control-character": {
    title: "Unsichtbares Steuerzeichen",
    message: "Der {column}-Wert „{value}“ enthält ein unsichtbares Steuerzeichen.",
  },
  "stray-byte": {
    title: "Zeichen möglicherweise falsch",
    message:
      "Der {column}-Wert „{value}“ enthält {bytes}, kein gültiges UTF-8; als Windows-1252 gelesen wurde daraus „{chars}“: prüfen Sie, ob das Zeichen stimmt.",
  },
  "line-break": {
    title: "Zeilenumbruch außerhalb von Notizen",
    message:
      "Der {column}-Wert „{value}“ enthält einen Zeilenumbruch, den nur Notizspalten enthalten dürfen; er wird zu „{fix}“.",
  },
  "formula-like": {
    title: "Wert sieht wie eine Formel aus",
    message:
      "Der {column}-Wert „{value}“ beginnt mit „{start}“, daher könnte eine Tabellenkalkulation, die die Datei öffnet, ihn als Formel ausführen.",
  },
  "excel-error-value": {
    title: "Excel-Fehlerwert",
    message:
      "Der {column}-Wert „{value}“ ist ein Excel-Fehlerwert: Die ursprünglichen Daten gingen in einer Tabellenkalkulation verloren; geben Sie den Wert erneut ein.",
  },
  "cells-beyond-header": {
    title: "Zellen hinter der letzten Spalte",
    message: "Diese Zeile hat {count} gefüllte Zellen rechts von der letzten Kopfspalte.",
  },
  "not-canonical": {
    title: "Wert nicht in Standardform",
    message: "Der {column}-Wert „{value}“ wird als „{fix}“ geschrieben.",
  },
  "invalid-value": {
    title: "Unzulässiger Wert",
    message: "Der {column}-Wert „{value}“ ist keiner der zulässigen Werte.",
  },
  "invalid-yes-no": {
    title: "Weder Yes noch No",
    message: "Der {column}-Wert „{value}“ muss Yes oder No sein.",
  },
  "value-retired": {
    title: "Wert nicht mehr gelistet",
    message: "Der {column}-Wert „{value}“ wird von Partner Center nicht mehr aufgeführt.",
  },
  "country-not-alpha2": {
    title: "Ländercode nicht zweistellig",
    message: "Der {column}-Wert „{value}“ muss ein zweistelliger Ländercode sein: Verwenden Sie „{fix}“.",
  },
  "country-invalid": {
    title: "Unbekannter Ländercode",
    message: "Der {column}-Wert „{value}“ ist kein bekannter zweistelliger Ländercode wie US oder DE.",
  },
  "currency-invalid": {
    title: "Unbekannter Währungscode",
    message: "Der {column}-Wert „{value}“ ist kein bekannter Währungscode wie USD oder EUR.",
  },
  "money-format": {
    title: "Betrag mit Symbolen oder Trennzeichen",
    message:
      "Der {column}-Wert „{value}“ muss eine einfache Zahl ohne Symbole oder Trennzeichen sein: Verwenden Sie „{fix}“.",
  },
  "money-invalid": {
    title: "Ungültiger Betrag",
    message: "Der {column}-Wert „{value}“ ist keine nicht negative Zahl.",
  },
  "money-leading-point": {
    title: "Betrag beginnt mit Dezimalpunkt",
    message:
      "Der {column}-Wert „{value}“ hat keine Ziffer vor dem Dezimalpunkt; er wird als „{fix}“ geschrieben.",
  },
  "money-separator-ambiguous": {
    title: "Tausender oder Dezimalstellen unklar",
    message:
      "Der {column}-Wert „{value}“ ist unklar: Das Zeichen „{separator}“ vor den letzten drei Ziffern kann Tausender trennen ({thousands}) oder Dezimalstellen abtrennen ({decimal}); schreiben Sie {thousands} oder {decimal}, ohne Tausendertrennzeichen und mit „.“ vor den Dezimalstellen.",
  },
  "money-dot-thousands": {
    title: "Dezimalpunkt oder Tausendertrennzeichen?",
    message:
      "Der {column}-Wert „{value}“ wird als Dezimalzahl gelesen, aber in dieser durch Semikolons getrennten Datei kann „.“ Tausender trennen: Wenn Sie {thousands} meinten, schreiben Sie {thousands}.",
  },
  "duns-short": {
    title: "D-U-N-S-Nummer zu kurz",
    message:
      "Der {column}-Wert „{value}“ hat weniger als 9 Ziffern; vermutlich gingen führende Nullen verloren.",
  },
  "duns-invalid": {
    title: "Ungültige D-U-N-S-Nummer",
    message: "Der {column}-Wert „{value}“ muss aus 9 Ziffern bestehen.",
  },
  "email-invalid": {
    title: "Ungültige E-Mail-Adresse",
    message: "Der {column}-Wert „{value}“ ist keine gültige E-Mail-Adresse.",
  },
  "phone-invalid": {
    title: "Ungültige Telefonnummer",
    message: "Der {column}-Wert „{value}“ sollte nur Ziffern, Leerzeichen und + - ( ) . enthalten.",
  },
  "digits-invalid": {
    title: "Nur Ziffern erwartet",
    message: "Der {column}-Wert „{value}“ sollte nur Ziffern enthalten.",
  },
  "sales-stage-format": {
    title: "Verkaufsphase nicht in Standardform",
    message: "Der {column}-Wert „{value}“ wird als „{fix}“ geschrieben.",
  },
  "sales-stage-invalid": {
    title: "Unbekannte Verkaufsphase",
    message: "Der {column}-Wert „{value}“ ist keiner von 10, 20, 40, 60, 80, 100.",
  },
  "domain-not-bare": {
    title: "Domain mit überflüssigen Teilen",
    message: "Der {column}-Wert „{value}“ sollte eine reine Domain wie „{fix}“ sein.",
  },
  "domain-invalid": {
    title: "Ungültiger Domainname",
    message: "Der {column}-Wert „{value}“ sieht nicht wie ein Domainname aus.",
  },
  "final-account-match-invalid": {
    title: "Microsoft ID im falschen Format",
    message:
      "Der {column}-Wert „{value}“ ist ungültig: Das einzige zulässige Format für eine Microsoft ID ist MicrosoftID: Number-Alphanumeric.",
  },
  "code-invalid": {
    title: "Codenummer außerhalb des Bereichs",
    message: "Der {column}-Wert „{value}“ muss eine ganze Zahl von 1 bis {max} sein.",
  },
  "solution-id-missing": {
    title: "Solution ID fehlt",
    message: "Der {column}-Wert „{value}“ hat keine Solution ID.",
  },
  "solution-currency-invalid": {
    title: "Ungültige Währung der Lösung",
    message:
      "Der {column}-Wert „{value}“ hat die Währung „{part}“, die kein bekannter Währungscode wie USD oder EUR ist.",
  },
  "solution-price-invalid": {
    title: "Ungültiger Preis der Lösung",
    message: "Der {column}-Wert „{value}“ hat den Preis „{part}“, der keine nicht negative Zahl ist.",
  },
  "solution-quantity-invalid": {
    title: "Ungültige Menge der Lösung",
    message: "Der {column}-Wert „{value}“ hat die Menge „{part}“, die keine positive ganze Zahl ist.",
  },
  "solution-too-many-parts": {
    title: "Lösung mit zu vielen Teilen",
    message:
      "Der {column}-Wert „{value}“ hat {count} Teile; verwenden Sie Solution ID, Currency, Price, Quantity.",
  },
  "team-member-incomplete": {
    title: "Teammitglied unvollständig",
    message:
      "Der {column}-Wert „{value}“ muss vier Teile haben: First name, Last name, Mobile number, Email.",
  },
  "team-member-email-invalid": {
    title: "Ungültige E-Mail eines Teammitglieds",
    message: "Der {column}-Wert „{value}“ hat die E-Mail-Adresse „{part}“, die keine gültige Adresse ist.",
  },
  "date-not-canonical": {
    title: "Datum nicht als M/T/JJJJ",
    message: "Der {column}-Wert „{value}“ wird als „{fix}“ geschrieben.",
  },
  "date-two-digit-year": {
    title: "Zweistellige Jahreszahl",
    message: "Der {column}-Wert „{value}“ hat eine zweistellige Jahreszahl; er wird als „{fix}“ gelesen.",
  },
  "date-reordered": {
    title: "Datum mit Tag zuerst umgestellt",
    message: "Der {column}-Wert „{value}“ wird mit dem Tag zuerst gelesen und als „{fix}“ geschrieben.",
  },
  "date-invalid": {
    title: "Kein Datum",
    message: "Der {column}-Wert „{value}“ ist kein Datum; schreiben Sie ihn als M/T/JJJJ.",
  },
  "date-impossible": {
    title: "Datum existiert nicht",
    message: "Der {column}-Wert „{value}“ ist kein echtes Kalenderdatum.",
  },
  "date-ambiguous": {
    title: "Tag und Monat mehrdeutig",
    message:
      "Der {column}-Wert „{value}“ kann Tag zuerst oder Monat zuerst bedeuten, und diese Spalte enthält gleich viele Datumsangaben jeder Reihenfolge.",
    action:
      "Wählen Sie im Schritt „Prüfen“ bei „Datumsangaben wie 3/4/2025 lesen als“ die Option „Monat zuerst“ oder „Tag zuerst“ und prüfen Sie erneut, oder schreiben Sie dieses Datum als JJJJ-MM-TT, das nur eine Lesart zulässt.",
  },
  "date-majority-month-first": {
    title: "Monat zuerst gelesen wie die Mehrheit",
    message:
      "Der {column}-Wert „{value}“ kann Tag zuerst oder Monat zuerst bedeuten; er wird Monat zuerst gelesen ({date}), weil {proving} Daten dieser Spalte nur Monat zuerst und {against} nur Tag zuerst sein können: prüfen Sie ihn.",
  },
  "date-majority-day-first": {
    title: "Tag zuerst gelesen wie die Mehrheit",
    message:
      "Der {column}-Wert „{value}“ kann Tag zuerst oder Monat zuerst bedeuten; er wird Tag zuerst gelesen ({date}), weil {proving} Daten dieser Spalte nur Tag zuerst und {against} nur Monat zuerst sein können: prüfen Sie ihn.",
  },
  "service-value-unlisted": {
    title: "Wert nicht in der bekannten Liste",
    message: "Der {column}-Wert „{value}“ steht nicht in der Liste bekannter Werte.",
  },
  "solution-play-wrong-area": {
    title: "Play aus einem anderen Bereich",
    message: "Der {column}-Wert „{value}“ gehört zum Lösungsbereich „{area}“, nicht zu „{chosen}“.",
  },
  "status-substatus-mismatch": {
    title: "Status und Unterstatus passen nicht",
    message:
      "Der {column}-Wert „{value}“ ist mit Partner Referral Status „{status}“ nicht zulässig; verwenden Sie {allowed}.",
  },
  "create-row-status": {
    title: "Neuer Deal mit falschem Status",
    message:
      "Ein neuer Deal sollte den Status New und den Unterstatus Accepted haben, nicht „{status}“ / „{value}“.",
  },
  "reason-code-not-needed": {
    title: "Grund bei diesem Unterstatus unnötig",
    message:
      "Der {column}-Wert „{value}“ wird nur verwendet, wenn Partner Referral Substatus Declined, Lost oder Error ist.",
  },
  "help-code-not-needed": {
    title: "Hilfe angegeben, aber nicht angefragt",
    message: "Der {column}-Wert „{value}“ wird nur verwendet, wenn Microsoft help required? Yes ist.",
  },
  "help-not-shared": {
    title: "Hilfe angefragt, aber nicht geteilt",
    message:
      "Der {column}-Wert „{value}“ widerspricht Microsoft help required? Yes: Eine Co-Sell-Anfrage wird immer geteilt.",
  },
  "consent-no": {
    title: "Keine Zustimmung: kein Upload",
    message:
      "{column} ist „{value}“: Mit No wird dieser Deal in Partner Center weder erstellt noch aktualisiert. Wählen Sie Yes, um ihn hochzuladen.",
  },
  "partner-center-error": {
    title: "Von Partner Center abgelehnt",
    message: "Partner Center hat diese Zeile beim letzten Mal abgelehnt: {message}",
  },
  "account-match-empty": {
    title: "Kontozuordnung auswählen",
    message:
      "{column} ist leer: Wählen Sie eines der Konten, die Partner Center für diese Zeile vorgeschlagen hat ({count}).",
  },
  "account-match-low-confidence": {
    title: "Konto mit niedriger Konfidenz zugeordnet",
    message:
      "Partner Center hat diesen Kunden mit niedriger Konfidenz (Low) zugeordnet: Prüfen Sie {column} „{value}“ oder wählen Sie einen anderen Vorschlag dieser Zeile.",
  },
  "referral-id-duplicate": {
    title: "Doppelte Empfehlungs-ID",
    message: "Der {column}-Wert „{value}“ kommt bereits in Zeile {first} vor.",
  },
  "create-row-duplicate": {
    title: "Möglicherweise doppelter neuer Deal",
    message:
      "Dieser neue Deal wiederholt Customer Name „{customer}“ und {column} „{value}“ aus Zeile {first}.",
  },
  "engagement-id-missing": {
    title: "Engagement ID fehlt",
    message: "{column} ist leer in einer Zeile, die die Empfehlung „{referral}“ aktualisiert.",
  },
  "marketplace-intent-missing": {
    title: "Marketplace-Kaufabsicht fehlt",
    message:
      "{column} ist leer; es ist zum Erstellen einer Empfehlung erforderlich und bei Aktualisierungen erwartet.",
  },
  "terminal-row-edited": {
    title: "Abgeschlossener Deal geändert",
    message:
      "Die Empfehlung „{value}“ ist bereits {substatus}: Partner Center übernimmt keine Änderungen an einem abgeschlossenen Deal; entfernen Sie die Zeile.",
  },
  "read-only-edited": {
    title: "Schreibgeschützte Spalte geändert",
    message: "{column} ist hier schreibgeschützt; die Änderung von „{original}“ zu „{value}“ wird ignoriert.",
  },
});
