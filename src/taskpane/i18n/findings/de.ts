// German finding messages, one per code of the engine's English catalogue (same {placeholders}).
import type { FindingCatalogue } from "./catalogue";

export const de: FindingCatalogue = {
  "file-empty": "Die Datei ist leer.",
  "file-binary": "Diese Datei ist keine CSV-Textdatei.",
  "file-unterminated-quote":
    "Ein Wert in Anführungszeichen, der in Zeile {row} beginnt, wird nie geschlossen.",
  "file-no-header": "Die Datei hat keine Kopfzeile.",
  "delimiter-not-comma":
    "Die Werte sind durch {delimiter} statt durch Kommas getrennt; beim Speichern werden Kommas verwendet.",
  "delimiter-sep-line":
    "Die Datei beginnt mit einer sep=-Zeile für {delimiter}; beim Speichern wird sie weggelassen, da Partner Center sie als Kopfzeile lesen würde.",
  "encoding-not-utf8":
    "Die Datei ist als {encoding} codiert, nicht als UTF-8; beim Speichern wird UTF-8 verwendet.",
  "file-ends-mid-character":
    "Die Datei endet mitten in einem Zeichen und wurde möglicherweise abgeschnitten; prüfen Sie ihre letzte Zeile.",
  "too-many-records":
    "Die Datei hat {count} Datensätze, Partner Center verarbeitet aber höchstens {max} pro Datei; teilen Sie sie in {files} Dateien auf.",
  "no-records": "Die Datei hat eine Kopfzeile, aber keine Datensätze.",
  "header-not-canonical": "Die Spaltenüberschrift „{value}“ lautet in der Vorlage „{column}“.",
  "header-duplicate":
    "Die Spalte {column} kommt mehrmals vor (Überschrift „{value}“, zuerst in Spalte {first}).",
  "header-unknown": "Die Spaltenüberschrift „{value}“ ist keine Spalte der Co-Sell-Vorlage.",
  "header-unknown-suggest":
    "Die Spaltenüberschrift „{value}“ ist keine Spalte der Co-Sell-Vorlage; meinten Sie „{suggestion}“?",
  "header-blank": "Eine Spalte mit Werten hat eine leere Überschrift.",
  "header-missing-required": "Die Pflichtspalte {column} fehlt in der Kopfzeile.",
  "header-missing-new-template":
    "Die Spalte {column} fehlt: Alte Vorlagen funktionieren nicht, laden Sie die neue Vorlage in Partner Center herunter.",
  "header-missing-conditional": "Die Spalte {column} fehlt; Zeilen, die sie brauchen, werden abgelehnt.",
  "header-number-out-of-range":
    "Die Spaltenüberschrift „{value}“ liegt außerhalb des Bereichs: {column}-Nummern gehen von 1 bis {max}.",
  "header-number-gap": "Die Spalte {column} fehlt, obwohl {after} vorhanden ist.",
  "header-row-missing":
    "Die erste Zeile ist nicht die Kopfzeile der Vorlage: Sie enthält keinen Co-Sell-Spaltennamen.",
  "header-row-below": "Die Kopfzeile steht in Zeile {row}: Löschen Sie die Zeilen darüber.",
  "required-missing": "Pflichtfeld {column} fehlt",
  "required-missing-when-help":
    "Pflichtfeld {column} fehlt: Es wird benötigt, wenn Microsoft help required? Yes ist.",
  "required-missing-when-substatus":
    "Pflichtfeld {column} fehlt: Es wird benötigt, wenn Partner Referral Substatus {substatus} ist.",
  "required-missing-services":
    "Pflichtfeld {column} fehlt: Partner role, Solution area und Solution play gehören zusammen.",
  "column-missing-for-row": "Die Spalte {column} fehlt, aber diese Zeile braucht sie.",
  whitespace: "Der {column}-Wert „{value}“ hat Leerzeichen am Anfang oder Ende.",
  "control-character": "Der {column}-Wert „{value}“ enthält ein unsichtbares Steuerzeichen.",
  "stray-byte":
    "Der {column}-Wert „{value}“ enthält {bytes}, kein gültiges UTF-8; als Windows-1252 gelesen wurde daraus „{chars}“: prüfen Sie, ob das Zeichen stimmt.",
  "line-break":
    "Der {column}-Wert „{value}“ enthält einen Zeilenumbruch, den nur Notizspalten enthalten dürfen; er wird zu „{fix}“.",
  "formula-like":
    "Der {column}-Wert „{value}“ beginnt mit „{start}“, daher könnte eine Tabellenkalkulation, die die Datei öffnet, ihn als Formel ausführen.",
  "excel-error-value":
    "Der {column}-Wert „{value}“ ist ein Excel-Fehlerwert: Die ursprünglichen Daten gingen in einer Tabellenkalkulation verloren; geben Sie den Wert erneut ein.",
  "cells-beyond-header": "Diese Zeile hat {count} gefüllte Zellen rechts von der letzten Kopfspalte.",
  "not-canonical": "Der {column}-Wert „{value}“ wird als „{fix}“ geschrieben.",
  "invalid-value": "Der {column}-Wert „{value}“ ist keiner der zulässigen Werte.",
  "invalid-yes-no": "Der {column}-Wert „{value}“ muss Yes oder No sein.",
  "value-retired": "Der {column}-Wert „{value}“ wird von Partner Center nicht mehr aufgeführt.",
  "country-not-alpha2":
    "Der {column}-Wert „{value}“ muss ein zweistelliger Ländercode sein: Verwenden Sie „{fix}“.",
  "country-invalid": "Der {column}-Wert „{value}“ ist kein zweistelliger ISO-Ländercode.",
  "currency-invalid": "Der {column}-Wert „{value}“ ist kein ISO-4217-Währungscode.",
  "money-format":
    "Der {column}-Wert „{value}“ muss eine einfache Zahl ohne Symbole oder Trennzeichen sein: Verwenden Sie „{fix}“.",
  "money-invalid": "Der {column}-Wert „{value}“ ist keine nicht negative Zahl.",
  "duns-short":
    "Der {column}-Wert „{value}“ hat weniger als 9 Ziffern; vermutlich gingen führende Nullen verloren.",
  "duns-invalid": "Der {column}-Wert „{value}“ muss aus 9 Ziffern bestehen.",
  "email-invalid": "Der {column}-Wert „{value}“ ist keine gültige E-Mail-Adresse.",
  "phone-invalid": "Der {column}-Wert „{value}“ sollte nur Ziffern, Leerzeichen und + - ( ) . enthalten.",
  "digits-invalid": "Der {column}-Wert „{value}“ sollte nur Ziffern enthalten.",
  "sales-stage-format": "Der {column}-Wert „{value}“ wird als „{fix}“ geschrieben.",
  "sales-stage-invalid": "Der {column}-Wert „{value}“ ist keiner von 10, 20, 40, 60, 80, 100.",
  "domain-not-bare": "Der {column}-Wert „{value}“ sollte eine reine Domain wie „{fix}“ sein.",
  "domain-invalid": "Der {column}-Wert „{value}“ sieht nicht wie ein Domainname aus.",
  "final-account-match-invalid":
    "Der {column}-Wert „{value}“ ist ungültig: Das einzige zulässige Format für eine Microsoft ID ist MicrosoftID: Number-Alphanumeric.",
  "code-invalid": "Der {column}-Wert „{value}“ muss eine ganze Zahl von 1 bis {max} sein.",
  "solution-id-missing": "Der {column}-Wert „{value}“ hat keine Solution ID.",
  "solution-currency-invalid":
    "Der {column}-Wert „{value}“ hat die Währung „{part}“, die kein ISO-4217-Code ist.",
  "solution-price-invalid":
    "Der {column}-Wert „{value}“ hat den Preis „{part}“, der keine nicht negative Zahl ist.",
  "solution-quantity-invalid":
    "Der {column}-Wert „{value}“ hat die Menge „{part}“, die keine positive ganze Zahl ist.",
  "solution-too-many-parts":
    "Der {column}-Wert „{value}“ hat {count} Teile; verwenden Sie Solution ID, Currency, Price, Quantity.",
  "team-member-incomplete":
    "Der {column}-Wert „{value}“ muss vier Teile haben: First name, Last name, Mobile number, Email.",
  "team-member-email-invalid":
    "Der {column}-Wert „{value}“ hat die E-Mail-Adresse „{part}“, die keine gültige Adresse ist.",
  "date-not-canonical": "Der {column}-Wert „{value}“ wird als „{fix}“ geschrieben.",
  "date-two-digit-year":
    "Der {column}-Wert „{value}“ hat eine zweistellige Jahreszahl; er wird als „{fix}“ gelesen.",
  "date-reordered":
    "Der {column}-Wert „{value}“ wird mit dem Tag zuerst gelesen und als „{fix}“ geschrieben.",
  "date-invalid": "Der {column}-Wert „{value}“ ist kein Datum; schreiben Sie ihn als M/D/YYYY.",
  "date-impossible": "Der {column}-Wert „{value}“ ist kein echtes Kalenderdatum.",
  "date-ambiguous":
    "Der {column}-Wert „{value}“ kann Tag zuerst oder Monat zuerst bedeuten, und diese Spalte enthält gleich viele Daten jeder Reihenfolge; wählen Sie in den Einstellungen „Monat zuerst“ oder „Tag zuerst“ (--date-order mdy oder dmy) oder schreiben Sie ihn als M/D/YYYY.",
  "date-majority-month-first":
    "Der {column}-Wert „{value}“ kann Tag zuerst oder Monat zuerst bedeuten; er wird Monat zuerst gelesen ({date}), weil {proving} Daten dieser Spalte nur Monat zuerst und {against} nur Tag zuerst sein können: prüfen Sie ihn.",
  "date-majority-day-first":
    "Der {column}-Wert „{value}“ kann Tag zuerst oder Monat zuerst bedeuten; er wird Tag zuerst gelesen ({date}), weil {proving} Daten dieser Spalte nur Tag zuerst und {against} nur Monat zuerst sein können: prüfen Sie ihn.",
  "service-value-unlisted": "Der {column}-Wert „{value}“ steht nicht in der Liste bekannter Werte.",
  "solution-play-wrong-area":
    "Der {column}-Wert „{value}“ gehört zum Lösungsbereich „{area}“, nicht zu „{chosen}“.",
  "status-substatus-mismatch":
    "Der {column}-Wert „{value}“ ist mit Partner Referral Status „{status}“ nicht zulässig; verwenden Sie {allowed}.",
  "create-row-status":
    "Ein neuer Deal sollte den Status New und den Unterstatus Accepted haben, nicht „{status}“ / „{value}“.",
  "reason-code-not-needed":
    "Der {column}-Wert „{value}“ wird nur verwendet, wenn Partner Referral Substatus Declined, Lost oder Error ist.",
  "help-code-not-needed":
    "Der {column}-Wert „{value}“ wird nur verwendet, wenn Microsoft help required? Yes ist.",
  "help-not-shared":
    "Der {column}-Wert „{value}“ widerspricht Microsoft help required? Yes: Eine Co-Sell-Anfrage wird immer geteilt.",
  "consent-no": "{column}-Wert „{value}“: Deals werden nicht erstellt oder aktualisiert, wenn Sie No wählen.",
  "partner-center-error": "Partner Center hat diese Zeile beim letzten Mal abgelehnt: {message}",
  "referral-id-duplicate": "Der {column}-Wert „{value}“ kommt bereits in Zeile {first} vor.",
  "create-row-duplicate":
    "Dieser neue Deal wiederholt Customer Name „{customer}“ und {column} „{value}“ aus Zeile {first}.",
  "engagement-id-missing": "{column} ist leer in einer Zeile, die die Empfehlung „{referral}“ aktualisiert.",
  "marketplace-intent-missing":
    "{column} ist leer; es ist zum Erstellen einer Empfehlung erforderlich und bei Aktualisierungen erwartet.",
  "terminal-row-edited":
    "Die Empfehlung „{value}“ ist bereits {substatus}: Partner Center übernimmt keine Änderungen an einem abgeschlossenen Deal; entfernen Sie die Zeile.",
  "read-only-edited":
    "{column} ist hier schreibgeschützt; die Änderung von „{original}“ zu „{value}“ wird ignoriert.",
};
