// German help texts (terms as in ../de.ts: Befund, Deal, Kopfzeile, Datensatz). Code labels
// translate Partner Center's English list names; the codes themselves are what the file holds.
import type { HelpTranslation } from "./types";

export const de: HelpTranslation = {
  help: {
    "file-empty":
      "Partner Center braucht die Kopfzeile der Co-Sell-Vorlage und mindestens einen Datensatz. Beginnen Sie mit der Vorlage und tragen Sie Ihre Deals ein.",
    "file-binary":
      "Partner Center liest nur CSV-Textdateien. Wählen Sie in Excel Datei › Speichern unter › CSV UTF-8 (durch Trennzeichen getrennt), oder nutzen Sie hier „Als CSV speichern“.",
    "file-unterminated-quote":
      "Ein Wert, der mit einem Anführungszeichen beginnt, muss mit einem enden; sonst wird der Rest der Datei als ein Wert gelesen. Ergänzen Sie das schließende Anführungszeichen oder entfernen Sie das öffnende.",
    "file-no-header":
      "Die erste Zeile muss die Kopfzeile der Vorlage mit den Spaltennamen sein. Kopieren Sie sie aus der Co-Sell-Vorlage in Partner Center.",
    "delimiter-not-comma":
      "Partner Center erwartet durch Kommas getrennte Werte. Nichts zu tun: „Als CSV speichern“ schreibt Kommas.",
    "delimiter-sep-line":
      "Manche Programme setzen eine sep=-Zeile an den Anfang, um Excel das Trennzeichen zu nennen. Partner Center hielte sie für die Kopfzeile, daher lässt das Speichern sie weg.",
    "encoding-not-utf8":
      "Partner Center liest Dateien als UTF-8; in einer anderen Codierung können Umlaute und Sonderzeichen verstümmelt werden. „Als CSV speichern“ schreibt UTF-8.",
    "file-ends-mid-character":
      "Die letzten Bytes der Datei ergeben kein ganzes Zeichen; meist wurde die Datei beim Kopieren abgeschnitten. Vergleichen Sie die letzte Zeile mit Ihrer Quelle.",
    "too-many-records":
      "Partner Center verarbeitet höchstens 1.000 Datensätze pro Datei und lehnt größere Dateien ab. Speichern Sie mit „In Dateien aufteilen“ und laden Sie jeden Teil hoch.",
    "no-records": "Unter der Kopfzeile steht nichts zum Hochladen. Fügen Sie pro Deal eine Zeile hinzu.",
    "header-row-missing":
      "Partner Center liest die Spaltennamen aus der ersten Zeile. Setzen Sie die Kopfzeile der Vorlage an den Anfang: Kopieren Sie sie aus der Co-Sell-Vorlage.",
    "header-row-below":
      "Partner Center liest die Spaltennamen aus der ersten Zeile; Titelzeilen darüber verhindern den Upload. Löschen Sie die Zeilen über der Kopfzeile.",
    "header-not-canonical":
      "Die Spalte wird erkannt, die Vorlage schreibt ihren Namen aber anders. Nichts zu tun: Die Überschrift bleibt, wie sie ist.",
    "header-duplicate":
      "Jede Spalte darf nur einmal vorkommen; Partner Center kann nicht wissen, welche Kopie gilt. Löschen Sie eine davon, nachdem Sie benötigte Werte übertragen haben.",
    "header-unknown":
      "Partner Center kennt diese Spalte nicht und ignoriert ihre Werte. Löschen Sie sie, oder benennen Sie sie in die gemeinte Vorlagenspalte um.",
    "header-unknown-suggest":
      "Partner Center kennt diese Spalte nicht und ignoriert ihre Werte; der Name ähnelt einer Vorlagenspalte. Benennen Sie die Überschrift in den vorgeschlagenen Namen um.",
    "header-blank":
      "Werte unter einer leeren Überschrift ignoriert Partner Center. Geben Sie der Spalte ihren Namen aus der Vorlage, oder löschen Sie sie.",
    "header-missing-required":
      "Partner Center lehnt eine Datei ohne diese Spalte ab. Fügen Sie die Spalte mit ihrem Vorlagennamen hinzu; kopieren Sie die Kopfzeile aus der aktuellen Vorlage.",
    "header-missing-new-template":
      "Die Datei stammt aus einer alten Vorlage, die Partner Center nicht mehr annimmt. Laden Sie die aktuelle Vorlage in Partner Center herunter und übertragen Sie Ihre Deals hinein.",
    "header-missing-conditional":
      "Diese Spalte ist nur in manchen Zeilen Pflicht (etwa wenn Unterstützung von Microsoft angefragt wird), und diese Zeilen werden ohne sie abgelehnt. Fügen Sie die Spalte hinzu.",
    "header-number-out-of-range":
      "Nummerierte Spalten wie Solution N und Team member N gehen von 1 bis 50. Nummerieren Sie die Spalte innerhalb dieses Bereichs.",
    "header-number-gap":
      "Nummerierte Spalten sollen lückenlos aufeinander folgen. Ergänzen Sie die fehlende Spalte, oder nummerieren Sie die folgenden neu.",
    "required-missing":
      "Partner Center lehnt eine Zeile ab, in der diese Spalte leer ist. Füllen Sie die Zelle aus.",
    "required-missing-when-help":
      "Ist „Microsoft help required?“ Yes, braucht Microsoft einen Kundenkontakt und die Art der Unterstützung. Füllen Sie die Zelle aus, oder setzen Sie die Unterstützung auf No.",
    "required-missing-when-substatus":
      "Ein Deal mit Declined, Lost oder Error braucht einen Grundcode. Tragen Sie die Nummer des Grundes ein (Liste unten).",
    "required-missing-services":
      "Partner role, Solution area und Solution play beschreiben gemeinsam einen Services-Deal: Füllen Sie alle drei aus, oder lassen Sie alle drei leer.",
    "column-missing-for-row":
      "Diese Zeile braucht eine Spalte, die das Blatt nicht hat, daher lehnt Partner Center sie ab. Fügen Sie die Spalte mit ihrem Vorlagennamen hinzu und füllen Sie sie.",
    whitespace:
      "Leerzeichen vor oder nach einem Wert können verhindern, dass Partner Center ihn erkennt. Nichts zu tun: „Als CSV speichern“ entfernt sie, oder „Korrigieren“ bereinigt die Zelle sofort.",
    "control-character":
      "Die Zelle enthält ein unsichtbares Zeichen (oft aus einem anderen Programm eingefügt), das Partner Center ablehnen kann. „Korrigieren“ entfernt es.",
    "stray-byte":
      "Einige Bytes der Datei waren kein gültiges UTF-8, daher kann ein Zeichen hier falsch sein. Prüfen Sie die Zelle und tippen Sie das Zeichen bei Bedarf neu.",
    "line-break":
      "Nur die Notizspalten dürfen mehrere Zeilen haben; anderswo kann ein Zeilenumbruch die Zeile zerteilen. „Korrigieren“ macht daraus ein Leerzeichen.",
    "formula-like":
      "Ein Wert, der mit = beginnt, wird beim Öffnen in einer Tabellenkalkulation als Formel ausgeführt. Prüfen Sie den Wert; ist er Text, entfernen Sie das = oder stellen Sie einen Buchstaben voran.",
    "excel-error-value":
      "Die Zelle zeigt einen Excel-Fehler wie #NV: Der ursprüngliche Wert ging durch eine Formel oder ein Einfügen verloren. Geben Sie den richtigen Wert neu ein.",
    "cells-beyond-header":
      "Werte rechts der letzten Spalte haben keine Überschrift, daher ignoriert Partner Center sie. Verschieben Sie sie in die richtige Spalte, oder löschen Sie sie.",
    "not-canonical":
      "Der Wert ist zulässig, aber anders geschrieben als bei Partner Center (etwa in der Groß-/Kleinschreibung). Nichts zu tun: „Als CSV speichern“ schreibt die Standardform.",
    "invalid-value":
      "Diese Spalte nimmt nur Werte aus einer festen Liste an. Wählen Sie einen aus der Liste unten.",
    "invalid-yes-no": "Diese Spalte nimmt nur Yes oder No an. Ersetzen Sie den Wert durch einen der beiden.",
    "value-retired":
      "Partner Center hat diesen Wert früher aufgeführt, heute nicht mehr; er kann abgelehnt werden. Wählen Sie einen aktuellen Wert aus der Liste unten.",
    "country-not-alpha2":
      "Partner Center erwartet den zweistelligen ISO-Ländercode wie US oder DE, keinen Namen und keinen dreistelligen Code. „Korrigieren“ schreibt den Code.",
    "country-invalid":
      "Partner Center erwartet einen zweistelligen ISO-3166-Ländercode wie US, GB oder DE. Ersetzen Sie den Wert durch den Ländercode des Kunden.",
    "currency-invalid":
      "Partner Center erwartet einen dreistelligen ISO-4217-Währungscode wie USD oder EUR. Ersetzen Sie den Wert durch den Währungscode des Deals.",
    "money-format":
      "Beträge müssen einfache Zahlen sein, mit . als Dezimalzeichen, ohne Währungssymbol und Tausendertrennzeichen (12563, nicht 12.563,00 €). „Korrigieren“ schreibt die einfache Zahl.",
    "money-invalid":
      "Der Dealwert muss eine Zahl ab null sein, mit . als Dezimalzeichen. Ersetzen Sie den Wert durch den Betrag.",
    "money-leading-point":
      "Ein Betrag wie .5 bekommt eine 0 vor den Punkt. Nichts zu tun: „Als CSV speichern“ schreibt 0.5.",
    "money-separator-ambiguous":
      "Es lässt sich nicht sagen, ob das Trennzeichen Tausender oder Dezimalstellen markiert. Schreiben Sie den Betrag ohne Tausendertrennzeichen und mit . für Dezimalstellen.",
    "money-dot-thousands":
      "In einer durch Semikolons getrennten Datei kann ein Punkt ein europäisches Tausendertrennzeichen sein. Prüfen Sie den Betrag: Meinten Sie Tausender, entfernen Sie den Punkt.",
    "duns-short":
      "Eine D-U-N-S-Nummer hat genau 9 Ziffern; Tabellenkalkulationen entfernen oft führende Nullen. „Korrigieren“ ergänzt sie; prüfen Sie die Nummer anhand Ihrer Unterlagen.",
    "duns-invalid":
      "Eine D-U-N-S-Nummer besteht aus genau 9 Ziffern und sonst nichts. Korrigieren Sie die Nummer, oder lassen Sie die Zelle leer.",
    "email-invalid":
      "Partner Center braucht eine gültige E-Mail-Adresse wie name@contoso.com. Korrigieren Sie die Adresse.",
    "phone-invalid":
      "Eine Telefonnummer soll nur Ziffern, Leerzeichen und die Zeichen + - ( ) . enthalten. Entfernen Sie alles andere, etwa Buchstaben oder Hinweise zur Durchwahl.",
    "digits-invalid":
      "Diese Spalte enthält eine ID nur aus Ziffern. Entfernen Sie Buchstaben, Leerzeichen und andere Zeichen.",
    "sales-stage-format":
      "Sales Stage ist der Phasenprozentsatz als einfache Zahl (40, nicht 40 %). Nichts zu tun: „Als CSV speichern“ schreibt die Zahl.",
    "sales-stage-invalid":
      "Sales Stage nimmt nur die unten aufgeführten Phasenprozentsätze an. Wählen Sie die Phase, die zum Deal passt.",
    "domain-not-bare":
      "Partner Center erwartet nur den Domänennamen wie contoso.com, ohne https://, www. oder Pfad. „Korrigieren“ schreibt die reine Domäne.",
    "domain-invalid":
      "Customer Domain Name soll eine Domäne wie contoso.com sein. Korrigieren Sie sie, oder lassen Sie die Zelle leer.",
    "final-account-match-invalid":
      "Final account match muss eines der von Partner Center vorgeschlagenen Konten sein und mit MicrosoftID: Zahl-Alphanumerisch beginnen (oder DUNSID: bei einem D-U-N-S-Vorschlag). Wählen Sie einen der Vorschläge der Zeile.",
    "code-invalid":
      "Diese Spalte nimmt die Nummer eines Codes an, nicht seinen Text. Tragen Sie die Nummer aus der Liste unten ein.",
    "solution-id-missing":
      "Eine Solution-Spalte lautet Solution ID, Währung, Preis, Menge; die Solution ID steht vorn und ist Pflicht. Ergänzen Sie die ID der Lösung aus Partner Center.",
    "solution-currency-invalid":
      "Der zweite Teil einer Solution-Spalte ist ein ISO-4217-Währungscode wie USD. Korrigieren Sie die Währung.",
    "solution-price-invalid":
      "Der dritte Teil einer Solution-Spalte ist der Preis: eine Zahl ab null, . als Dezimalzeichen, ohne Symbole. Korrigieren Sie den Preis.",
    "solution-quantity-invalid":
      "Der vierte Teil einer Solution-Spalte ist die Menge: eine ganze Zahl ab 1. Korrigieren Sie die Menge.",
    "solution-too-many-parts":
      "Eine Solution-Spalte hat höchstens vier durch Kommas getrennte Teile: Solution ID, Währung, Preis, Menge. Entfernen Sie die überzähligen Teile (ein Komma in einer Zahl teilt sie).",
    "team-member-incomplete":
      "Eine Team-member-Spalte braucht vier durch Kommas getrennte Teile: Vorname, Nachname, Mobilnummer, E-Mail. Ergänzen Sie die fehlenden Teile.",
    "team-member-email-invalid":
      "Der vierte Teil einer Team-member-Spalte ist die E-Mail-Adresse der Person. Korrigieren Sie sie.",
    "service-value-unlisted":
      "Der Wert steht nicht auf der Liste bekannter Services-Werte, die veraltet sein kann. Prüfen Sie ihn in Partner Center; es ist nur eine Warnung.",
    "solution-play-wrong-area":
      "Jedes Solution play gehört zu einer Solution area. Wählen Sie ein Play der gewählten Area, oder ändern Sie die Area.",
    "date-not-canonical":
      "Partner Center erwartet Datumsangaben als Monat/Tag/Jahr (1/30/2026). Nichts zu tun: „Als CSV speichern“ schreibt diese Form.",
    "date-two-digit-year":
      "Eine zweistellige Jahreszahl wird als 20xx gelesen. Prüfen Sie das Datum und schreiben Sie zur Sicherheit das volle Jahr.",
    "date-reordered":
      "Dieses Datum kann nur Tag zuerst sein (die erste Zahl ist größer als 12), daher wird es wie von Partner Center erwartet mit dem Monat zuerst geschrieben. Nichts zu tun.",
    "date-invalid":
      "Partner Center braucht ein Datum als Monat/Tag/Jahr (1/30/2026). Schreiben Sie das Datum in dieser Form.",
    "date-impossible":
      "Diesen Tag gibt es im Kalender nicht (etwa den 30. Februar). Korrigieren Sie das Datum.",
    "date-ambiguous":
      "In dieser Spalte gibt es gleich viele Daten, die nur Tag zuerst sein können (wie 25/3/2025), wie Daten, die nur Monat zuerst sein können (wie 3/25/2025); ein Datum wie 3/4/2025 kann darin beides bedeuten. Legen Sie fest, wie Ihre Daten geschrieben sind, oder schreiben Sie das Datum so, dass es nur eine Lesart hat.",
    "date-majority-month-first":
      "Die meisten eindeutigen Datumsangaben dieser Spalte stehen mit Monat zuerst, daher wird auch dieses Datum, das beides bedeuten kann, so gelesen. Prüfen Sie es: Steht der Tag zuerst, schreiben Sie es als JJJJ-MM-TT; steht im ganzen Blatt der Tag zuerst, wählen Sie unter „Prüfen“ bei „Datumsangaben wie 3/4/2025 lesen als“ die Option „Tag zuerst“.",
    "date-majority-day-first":
      "Die meisten eindeutigen Datumsangaben dieser Spalte stehen mit Tag zuerst, daher wird auch dieses Datum, das beides bedeuten kann, so gelesen. Prüfen Sie es: Steht der Monat zuerst, schreiben Sie es als JJJJ-MM-TT; steht im ganzen Blatt der Monat zuerst, wählen Sie unter „Prüfen“ bei „Datumsangaben wie 3/4/2025 lesen als“ die Option „Monat zuerst“.",
    "status-substatus-mismatch":
      "Jeder Partner Referral Status erlaubt nur bestimmte Unterstatus (Liste unten). Ändern Sie Status oder Unterstatus, sodass sie zusammenpassen.",
    "create-row-status":
      "Ein neuer Deal (ohne Referral ID) wird normalerweise mit Status New und Unterstatus Accepted angelegt. Prüfen Sie die Zeile; um einen bestehenden Deal zu ändern, tragen Sie seine Referral ID ein.",
    "reason-code-not-needed":
      "Der Grund wird nur gelesen, wenn der Unterstatus Declined, Lost oder Error ist. Leeren Sie die Zelle, oder prüfen Sie den Unterstatus.",
    "help-code-not-needed":
      "Die Art der Unterstützung wird nur gelesen, wenn „Microsoft help required?“ Yes ist. Leeren Sie die Zelle, oder setzen Sie die Unterstützung auf Yes.",
    "help-not-shared":
      "Eine Anfrage um Unterstützung durch Microsoft wird immer mit dem Vertriebsteam von Microsoft geteilt. Setzen Sie „Share with Microsoft sales team“ auf Yes.",
    "consent-no":
      "Partner Center legt einen Deal nur an oder ändert ihn, wenn Sie der Weitergabe der Kunden- und Partnerkontakte zustimmen. Setzen Sie Yes, oder lassen Sie den Deal aus der Datei.",
    "partner-center-error":
      "Partner Center hat diese Zeile beim letzten Upload abgelehnt und den Grund in die Spalte Errors geschrieben. Beheben Sie das Genannte, prüfen Sie erneut und laden Sie nur die fehlgeschlagenen Zeilen hoch.",
    "account-match-empty":
      "Partner Center hat Konten für diesen Kunden vorgeschlagen. Kopieren Sie den passenden Vorschlag in Final account match und laden Sie erneut hoch.",
    "account-match-low-confidence":
      "Partner Center ist nicht sicher, das richtige Kundenkonto zugeordnet zu haben. Vergleichen Sie die Zuordnung mit den Vorschlägen und behalten oder ersetzen Sie sie.",
    "referral-id-duplicate":
      "Jede Referral ID darf nur in einer Zeile stehen; Partner Center lehnt die Wiederholung ab. Löschen Sie die doppelte Zeile, oder übernehmen Sie ihre Änderungen in die erste.",
    "create-row-duplicate":
      "Zwei neue Deals mit gleichem Kunden und gleichem Dealnamen würden zwei Deals anlegen. Löschen Sie einen, sofern es nicht wirklich verschiedene Deals sind.",
    "engagement-id-missing":
      "Eine Zeile, die einen Deal ändert, trägt normalerweise seine Engagement ID aus der heruntergeladenen Datei. Kopieren Sie sie aus der Datei zurück, die Partner Center geschickt hat.",
    "marketplace-intent-missing":
      "Marketplace Purchase Intent gibt an, ob der Kunde über den Microsoft-Marketplace kaufen will; für neue Deals ist es Pflicht. Wählen Sie einen Wert aus der Liste unten.",
    "terminal-row-edited":
      "Partner Center nimmt keine Änderungen mehr an, sobald ein Deal Won, Lost, Declined, Expired oder Error ist. Nehmen Sie die Zeile aus dem Upload.",
    "read-only-edited":
      "Partner Center ignoriert Änderungen an dieser Spalte in diesem Stadium des Deals. Stellen Sie den ursprünglichen Wert wieder her, oder ändern Sie ihn in Partner Center, falls es das zulässt.",
  },
  labels: {
    "declined-lost-reasons": {
      "1": "Das Projektbudget reicht nicht aus",
      "2": "Der Kunde hat nicht geantwortet",
      "3": "Der Kunde hat einen anderen Anbieter gewählt",
      "4": "Anforderung des Kunden nicht erfüllt",
      "5": "Kein Kunde",
      "6": "Vorgeschlagener Zeitrahmen war zu kurz",
      "7": "Als Missbrauch, Spam oder Phishing melden",
      "8": "Sonstiges",
    },
    "error-reasons": {
      "1": "Duplikat – per Massenupload angelegt",
      "2": "Duplikat – in Partner Center angelegt",
      "3": "Duplikat – von Microsoft gesendet",
      "4": "Probleme bei der Connector-Datensynchronisierung",
      "5": "Probleme beim Kundenabgleich",
      "6": "Probleme mit der Lösung – in den Notizen erläutern",
      "7": "Testempfehlung",
      "8": "Datenfehler",
      "9": "Sonstiges – in den Notizen erläutern",
    },
    "help-codes": {
      "1": "Workload-spezifisches Wertversprechen",
      "2": "Technische Architektur des Kunden",
      "3": "Proof of Concept/Demo",
      "4": "Angebote und Lizenzierung",
      "5": "Kundenerfolg nach dem Verkauf",
      "6": "Allgemein oder Sonstiges",
    },
  },
};
