// Swedish finding messages, one per code of the engine's English catalogue (same {placeholders}).
import type { FindingCatalogue } from "./catalogue";

export const sv: FindingCatalogue = {
  "file-empty": "Filen är tom.",
  "file-binary": "Filen är inte en CSV-textfil.",
  "file-unterminated-quote": "Ett citerat värde som börjar på rad {row} avslutas aldrig.",
  "file-no-header": "Filen saknar rubrikrad.",
  "delimiter-not-comma":
    "Värdena avgränsas med {delimiter} i stället för kommatecken; när du sparar används kommatecken.",
  "delimiter-sep-line":
    "Filen börjar med en sep=-rad för {delimiter}; när du sparar utelämnas den eftersom Partner Center skulle läsa den som rubrikrad.",
  "encoding-not-utf8": "Filen är kodad som {encoding}, inte UTF-8; när du sparar används UTF-8.",
  "file-ends-mid-character": "Filen slutar mitt i ett tecken och kan ha kapats; kontrollera dess sista rad.",
  "too-many-records":
    "Filen har {count} poster men Partner Center bearbetar högst {max} per fil; dela upp den i {files} filer.",
  "no-records": "Filen har en rubrikrad men inga poster.",
  "header-not-canonical": "Kolumnrubriken ”{value}” stavas ”{column}” i mallen.",
  "header-duplicate":
    "Kolumnen {column} förekommer flera gånger (rubriken ”{value}”, först i kolumn {first}).",
  "header-unknown": "Kolumnrubriken ”{value}” är inte en kolumn i co-sell-mallen.",
  "header-unknown-suggest":
    "Kolumnrubriken ”{value}” är inte en kolumn i co-sell-mallen; menade du ”{suggestion}”?",
  "header-blank": "En kolumn med värden har en tom rubrik.",
  "header-missing-required": "Den obligatoriska kolumnen {column} saknas i rubrikraden.",
  "header-missing-new-template":
    "Kolumnen {column} saknas: gamla mallar fungerar inte, hämta den nya mallen i Partner Center.",
  "header-missing-conditional": "Kolumnen {column} saknas; rader som behöver den kommer att avvisas.",
  "header-number-out-of-range":
    "Kolumnrubriken ”{value}” är utanför intervallet: {column}-nummer går från 1 till {max}.",
  "header-number-gap": "Kolumnen {column} saknas trots att {after} finns.",
  "header-row-missing":
    "Första raden är inte mallens rubrikrad: den innehåller inget kolumnnamn för co-sell.",
  "header-row-below": "Rubrikraden finns på rad {row}: ta bort raderna ovanför.",
  "required-missing": "Det obligatoriska fältet {column} saknas",
  "required-missing-when-help":
    "Det obligatoriska fältet {column} saknas: det behövs när Microsoft help required? är Yes.",
  "required-missing-when-substatus":
    "Det obligatoriska fältet {column} saknas: det behövs när Partner Referral Substatus är {substatus}.",
  "required-missing-services":
    "Det obligatoriska fältet {column} saknas: Partner role, Solution area och Solution play hör ihop.",
  "column-missing-for-row": "Kolumnen {column} saknas men den här raden behöver den.",
  whitespace: "{column}-värdet ”{value}” har blanksteg i början eller slutet.",
  "control-character": "{column}-värdet ”{value}” innehåller ett osynligt kontrolltecken.",
  "stray-byte":
    "{column}-värdet ”{value}” innehåller {bytes}, som inte är UTF-8; läst som Windows-1252 blev det ”{chars}”: kontrollera att det är rätt tecken.",
  "line-break":
    "{column}-värdet ”{value}” innehåller en radbrytning, som bara anteckningskolumner får innehålla; det blir ”{fix}”.",
  "formula-like":
    "{column}-värdet ”{value}” börjar med ”{start}”, så ett kalkylprogram som öppnar filen kan köra det som en formel.",
  "excel-error-value":
    "{column}-värdet ”{value}” är ett felvärde från Excel: de ursprungliga uppgifterna gick förlorade i ett kalkylprogram; skriv in värdet igen.",
  "cells-beyond-header": "Raden har {count} ifyllda celler till höger om den sista rubrikkolumnen.",
  "not-canonical": "{column}-värdet ”{value}” skrivs som ”{fix}”.",
  "invalid-value": "{column}-värdet ”{value}” är inte ett av de tillåtna värdena.",
  "invalid-yes-no": "{column}-värdet ”{value}” måste vara Yes eller No.",
  "value-retired": "{column}-värdet ”{value}” finns inte längre med i Partner Centers lista.",
  "country-not-alpha2": "{column}-värdet ”{value}” måste vara en landskod med två bokstäver: använd ”{fix}”.",
  "country-invalid": "{column}-värdet ”{value}” är inte en ISO-landskod med två bokstäver.",
  "currency-invalid": "{column}-värdet ”{value}” är inte en ISO 4217-valutakod.",
  "money-format":
    "{column}-värdet ”{value}” måste vara ett enkelt tal utan symboler eller avgränsare: använd ”{fix}”.",
  "money-invalid": "{column}-värdet ”{value}” är inte ett icke-negativt tal.",
  "duns-short": "{column}-värdet ”{value}” har färre än 9 siffror; inledande nollor har troligen försvunnit.",
  "duns-invalid": "{column}-värdet ”{value}” måste bestå av 9 siffror.",
  "email-invalid": "{column}-värdet ”{value}” är inte en giltig e-postadress.",
  "phone-invalid": "{column}-värdet ”{value}” bör bara innehålla siffror, blanksteg och + - ( ) .",
  "digits-invalid": "{column}-värdet ”{value}” bör bara innehålla siffror.",
  "sales-stage-format": "{column}-värdet ”{value}” skrivs som ”{fix}”.",
  "sales-stage-invalid": "{column}-värdet ”{value}” är inte ett av 10, 20, 40, 60, 80, 100.",
  "domain-not-bare": "{column}-värdet ”{value}” bör vara en ren domän som ”{fix}”.",
  "domain-invalid": "{column}-värdet ”{value}” ser inte ut som ett domännamn.",
  "final-account-match-invalid":
    "{column}-värdet ”{value}” är ogiltigt: det enda godkända formatet för ett Microsoft ID är MicrosoftID: Number-Alphanumeric.",
  "code-invalid": "{column}-värdet ”{value}” måste vara ett heltal från 1 till {max}.",
  "solution-id-missing": "{column}-värdet ”{value}” saknar Solution ID.",
  "solution-currency-invalid": "{column}-värdet ”{value}” har valutan ”{part}”, som inte är en ISO 4217-kod.",
  "solution-price-invalid":
    "{column}-värdet ”{value}” har priset ”{part}”, som inte är ett icke-negativt tal.",
  "solution-quantity-invalid":
    "{column}-värdet ”{value}” har antalet ”{part}”, som inte är ett positivt heltal.",
  "solution-too-many-parts":
    "{column}-värdet ”{value}” har {count} delar; använd Solution ID, Currency, Price, Quantity.",
  "team-member-incomplete":
    "{column}-värdet ”{value}” måste ha fyra delar: First name, Last name, Mobile number, Email.",
  "team-member-email-invalid": "{column}-värdet ”{value}” har e-postadressen ”{part}”, som inte är giltig.",
  "date-not-canonical": "{column}-värdet ”{value}” skrivs som ”{fix}”.",
  "date-two-digit-year": "{column}-värdet ”{value}” har ett tvåsiffrigt årtal; det läses som ”{fix}”.",
  "date-reordered": "{column}-värdet ”{value}” läses med dagen först och skrivs som ”{fix}”.",
  "date-invalid": "{column}-värdet ”{value}” är inte ett datum; skriv det som M/D/YYYY.",
  "date-impossible": "{column}-värdet ”{value}” är inte ett verkligt kalenderdatum.",
  "date-ambiguous":
    "{column}-värdet ”{value}” kan läsas med dagen eller månaden först och kolumnen har lika många datum i varje ordning; välj ”Månad först” eller ”Dag först” i inställningarna (--date-order mdy eller dmy) eller skriv det som M/D/YYYY.",
  "date-majority-month-first":
    "{column}-värdet ”{value}” kan läsas med dagen eller månaden först; det läses med månaden först ({date}) eftersom {proving} datum i kolumnen bara kan ha månaden först och {against} bara dagen först: kontrollera det.",
  "date-majority-day-first":
    "{column}-värdet ”{value}” kan läsas med dagen eller månaden först; det läses med dagen först ({date}) eftersom {proving} datum i kolumnen bara kan ha dagen först och {against} bara månaden först: kontrollera det.",
  "service-value-unlisted": "{column}-värdet ”{value}” finns inte i listan över kända värden.",
  "solution-play-wrong-area": "{column}-värdet ”{value}” hör till lösningsområdet ”{area}”, inte ”{chosen}”.",
  "status-substatus-mismatch":
    "{column}-värdet ”{value}” är inte tillåtet med Partner Referral Status ”{status}”; använd {allowed}.",
  "create-row-status":
    "En ny affär bör ha statusen New och understatusen Accepted, inte ”{status}” / ”{value}”.",
  "reason-code-not-needed":
    "{column}-värdet ”{value}” används bara när Partner Referral Substatus är Declined, Lost eller Error.",
  "help-code-not-needed": "{column}-värdet ”{value}” används bara när Microsoft help required? är Yes.",
  "help-not-shared":
    "{column}-värdet ”{value}” strider mot Microsoft help required? Yes: en co-sell-förfrågan delas alltid.",
  "consent-no": "{column}-värdet ”{value}”: affärer skapas eller uppdateras inte om du väljer No.",
  "partner-center-error": "Partner Center avvisade den här raden förra gången: {message}",
  "referral-id-duplicate": "{column}-värdet ”{value}” finns redan på rad {first}.",
  "create-row-duplicate":
    "Den nya affären upprepar Customer Name ”{customer}” och {column} ”{value}” från rad {first}.",
  "engagement-id-missing": "{column} är tomt på en rad som uppdaterar hänvisningen ”{referral}”.",
  "marketplace-intent-missing":
    "{column} är tomt; det krävs för att skapa en hänvisning och förväntas vid uppdateringar.",
  "terminal-row-edited":
    "Hänvisningen ”{value}” är redan {substatus}: Partner Center tillämpar inte ändringar på en stängd affär; ta bort raden.",
  "read-only-edited": "{column} är skrivskyddad här; ändringen från ”{original}” till ”{value}” ignoreras.",
};
