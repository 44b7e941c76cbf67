// Swedish finding texts: for each registry code its rule title (short, no final period) and its
// message (the English record's {placeholders} only). Terms: affär, hänvisning.
import { defineTranslation } from "./translation";

export const sv = defineTranslation({
  "file-empty": { title: "Tom fil", message: "Filen är tom." },
  "file-binary": { title: "Inte en CSV-textfil", message: "Filen är inte en CSV-textfil." },
  "file-unterminated-quote": {
    title: "Citattecken som inte stängs",
    message: "Ett citerat värde som börjar på rad {row} avslutas aldrig.",
  },
  "file-no-header": { title: "Ingen rubrikrad", message: "Filen saknar rubrikrad." },
  "delimiter-not-comma": {
    title: "Avgränsaren är inte komma",
    message:
      "Värdena avgränsas med {delimiter} i stället för kommatecken; när du sparar används kommatecken.",
  },
  "delimiter-sep-line": {
    title: "Filen börjar med en sep=-rad",
    message:
      "Filen börjar med en sep=-rad för {delimiter}; när du sparar utelämnas den eftersom Partner Center skulle läsa den som rubrikrad.",
  },
  "encoding-not-utf8": {
    title: "Filen är inte UTF-8",
    message: "Filen är kodad som {encoding}, inte UTF-8; när du sparar används UTF-8.",
  },
  "file-ends-mid-character": {
    title: "Filen kan vara avkortad",
    message: "Filen slutar mitt i ett tecken och kan ha kapats; kontrollera dess sista rad.",
  },
  "too-many-records": {
    title: "För många poster för en fil",
    message: "Filen har {count} poster men Partner Center bearbetar högst {max} per fil.",
    action:
      "Spara med ”Dela upp i filer med högst {max} poster” markerat: då blir det {files} filer att ladda upp en i taget.",
  },
  "no-records": { title: "Inga poster", message: "Filen har en rubrikrad men inga poster." },
  "header-not-canonical": {
    title: "Kolumnrubriken stavas annorlunda",
    message: "Kolumnrubriken ”{value}” stavas ”{column}” i mallen.",
  },
  "header-duplicate": {
    title: "Dubblerad kolumn",
    message: "Kolumnen {column} förekommer flera gånger (rubriken ”{value}”, först i kolumn {first}).",
  },
  "header-unknown": {
    title: "Okänd kolumn",
    message: "Kolumnrubriken ”{value}” är inte en kolumn i co-sell-mallen.",
  },
  "header-unknown-suggest": {
    title: "Okänd kolumn, troligen stavfel",
    message: "Kolumnrubriken ”{value}” är inte en kolumn i co-sell-mallen; menade du ”{suggestion}”?",
  },
  "header-blank": { title: "Kolumn utan rubrik", message: "En kolumn med värden har en tom rubrik." },
  "header-missing-required": {
    title: "Obligatorisk kolumn saknas",
    message: "Den obligatoriska kolumnen {column} saknas i rubrikraden.",
  },
  "header-missing-new-template": {
    title: "Kolumn från den nya mallen saknas",
    message: "Kolumnen {column} saknas: gamla mallar fungerar inte, hämta den nya mallen i Partner Center.",
  },
  "header-missing-conditional": {
    title: "Villkorad kolumn saknas",
    message: "Kolumnen {column} saknas; rader som behöver den kommer att avvisas.",
  },
  "header-number-out-of-range": {
    title: "Kolumnnummer utanför intervallet",
    message: "Kolumnrubriken ”{value}” är utanför intervallet: {column}-nummer går från 1 till {max}.",
  },
  "header-number-gap": {
    title: "Lucka bland numrerade kolumner",
    message: "Kolumnen {column} saknas trots att {after} finns.",
  },
  "header-row-missing": {
    title: "Första raden är inte rubrikraden",
    message: "Första raden är inte mallens rubrikrad: den innehåller inget kolumnnamn för co-sell.",
  },
  "header-row-below": {
    title: "Rubrikraden längre ned",
    message: "Rubrikraden finns på rad {row}: ta bort raderna ovanför.",
  },
  "required-missing": {
    title: "Obligatoriskt värde saknas",
    message: "Det obligatoriska fältet {column} saknas",
  },
  "required-missing-when-help": {
    title: "Krävs för hjälp från Microsoft",
    message: "Det obligatoriska fältet {column} saknas: det behövs när Microsoft help required? är Yes.",
  },
  "required-missing-when-substatus": {
    title: "Krävs för den här understatusen",
    message:
      "Det obligatoriska fältet {column} saknas: det behövs när Partner Referral Substatus är {substatus}.",
  },
  "required-missing-services": {
    title: "Roll, område och play ofullständiga",
    message:
      "Det obligatoriska fältet {column} saknas: Partner role, Solution area och Solution play hör ihop.",
  },
  "column-missing-for-row": {
    title: "Kolumn som raden behöver saknas",
    message: "Kolumnen {column} saknas men den här raden behöver den.",
  },
  whitespace: {
    title: "Mellanslag i början eller slutet",
    message: "{column}-värdet ”{value}” har blanksteg i början eller slutet.",
  },
  "control-character": {
    title: "Osynligt kontrolltecken",
    message: "{column}-värdet ”{value}” innehåller ett osynligt kontrolltecken.",
  },
  "stray-byte": {
    title: "Tecken som kan vara fel",
    message:
      "{column}-värdet ”{value}” innehåller {bytes}, som inte är UTF-8; läst som Windows-1252 blev det ”{chars}”: kontrollera att det är rätt tecken.",
  },
  "line-break": {
    title: "Radbrytning utanför anteckningar",
    message:
      "{column}-värdet ”{value}” innehåller en radbrytning, som bara anteckningskolumner får innehålla; det blir ”{fix}”.",
  },
  "formula-like": {
    title: "Värdet ser ut som en formel",
    message:
      "{column}-värdet ”{value}” börjar med ”{start}”, så ett kalkylprogram som öppnar filen kan köra det som en formel.",
  },
  "excel-error-value": {
    title: "Felvärde från Excel",
    message:
      "{column}-värdet ”{value}” är ett felvärde från Excel: de ursprungliga uppgifterna gick förlorade i ett kalkylprogram; skriv in värdet igen.",
  },
  "cells-beyond-header": {
    title: "Celler efter sista kolumnen",
    message: "Raden har {count} ifyllda celler till höger om den sista rubrikkolumnen.",
  },
  "not-canonical": {
    title: "Värdet är inte i standardform",
    message: "{column}-värdet ”{value}” skrivs som ”{fix}”.",
  },
  "invalid-value": {
    title: "Otillåtet värde",
    message: "{column}-värdet ”{value}” är inte ett av de tillåtna värdena.",
  },
  "invalid-yes-no": {
    title: "Varken Yes eller No",
    message: "{column}-värdet ”{value}” måste vara Yes eller No.",
  },
  "value-retired": {
    title: "Värdet finns inte längre i listan",
    message: "{column}-värdet ”{value}” finns inte längre med i Partner Centers lista.",
  },
  "country-not-alpha2": {
    title: "Landskoden har inte 2 bokstäver",
    message: "{column}-värdet ”{value}” måste vara en landskod med två bokstäver: använd ”{fix}”.",
  },
  "country-invalid": {
    title: "Okänd landskod",
    message: "{column}-värdet ”{value}” är inte en känd landskod med två bokstäver, som US eller SE.",
  },
  "currency-invalid": {
    title: "Okänd valutakod",
    message: "{column}-värdet ”{value}” är inte en känd valutakod, som USD eller EUR.",
  },
  "money-format": {
    title: "Belopp med symboler eller avgränsare",
    message:
      "{column}-värdet ”{value}” måste vara ett enkelt tal utan symboler eller avgränsare: använd ”{fix}”.",
  },
  "money-invalid": {
    title: "Ogiltigt belopp",
    message: "{column}-värdet ”{value}” är inte ett icke-negativt tal.",
  },
  "money-leading-point": {
    title: "Belopp börjar med decimalpunkt",
    message: "{column}-värdet ”{value}” har ingen siffra före decimalpunkten; det skrivs som ”{fix}”.",
  },
  "money-separator-ambiguous": {
    title: "Oklart om tusental eller decimaler",
    message:
      "{column}-värdet ”{value}” är oklart: tecknet ”{separator}” före de tre sista siffrorna kan skilja tusental ({thousands}) eller inleda decimaler ({decimal}); skriv {thousands} eller {decimal}, utan tusentalsavgränsare och med ”.” före decimalerna.",
  },
  "money-dot-thousands": {
    title: "Decimalpunkt eller tusentalsavgränsare?",
    message:
      "{column}-värdet ”{value}” läses som ett decimaltal, men i den här semikolonseparerade filen kan ”.” skilja tusental: om du menade {thousands}, skriv {thousands}.",
  },
  "duns-short": {
    title: "D-U-N-S-numret är för kort",
    message: "{column}-värdet ”{value}” har färre än 9 siffror; inledande nollor har troligen försvunnit.",
  },
  "duns-invalid": {
    title: "Ogiltigt D-U-N-S-nummer",
    message: "{column}-värdet ”{value}” måste bestå av 9 siffror.",
  },
  "email-invalid": {
    title: "Ogiltig e-postadress",
    message: "{column}-värdet ”{value}” är inte en giltig e-postadress.",
  },
  "phone-invalid": {
    title: "Ogiltigt telefonnummer",
    message: "{column}-värdet ”{value}” bör bara innehålla siffror, blanksteg och + - ( ) .",
  },
  "digits-invalid": {
    title: "Endast siffror förväntas",
    message: "{column}-värdet ”{value}” bör bara innehålla siffror.",
  },
  "sales-stage-format": {
    title: "Försäljningsfas inte i standardform",
    message: "{column}-värdet ”{value}” skrivs som ”{fix}”.",
  },
  "sales-stage-invalid": {
    title: "Okänd försäljningsfas",
    message: "{column}-värdet ”{value}” är inte ett av 10, 20, 40, 60, 80, 100.",
  },
  "domain-not-bare": {
    title: "Domän med överflödiga delar",
    message: "{column}-värdet ”{value}” bör vara en ren domän som ”{fix}”.",
  },
  "domain-invalid": {
    title: "Ogiltigt domännamn",
    message: "{column}-värdet ”{value}” ser inte ut som ett domännamn.",
  },
  "final-account-match-invalid": {
    title: "Fel format på Microsoft ID",
    message:
      "{column}-värdet ”{value}” är ogiltigt: det enda godkända formatet för ett Microsoft ID är MicrosoftID: Number-Alphanumeric.",
  },
  "code-invalid": {
    title: "Kodnummer utanför intervallet",
    message: "{column}-värdet ”{value}” måste vara ett heltal från 1 till {max}.",
  },
  "solution-id-missing": {
    title: "Solution ID saknas",
    message: "{column}-värdet ”{value}” saknar Solution ID.",
  },
  "solution-currency-invalid": {
    title: "Ogiltig valuta för lösningen",
    message:
      "{column}-värdet ”{value}” har valutan ”{part}”, som inte är en känd valutakod, som USD eller EUR.",
  },
  "solution-price-invalid": {
    title: "Ogiltigt pris för lösningen",
    message: "{column}-värdet ”{value}” har priset ”{part}”, som inte är ett icke-negativt tal.",
  },
  "solution-quantity-invalid": {
    title: "Ogiltigt antal för lösningen",
    message: "{column}-värdet ”{value}” har antalet ”{part}”, som inte är ett positivt heltal.",
  },
  "solution-too-many-parts": {
    title: "Lösning med för många delar",
    message: "{column}-värdet ”{value}” har {count} delar; använd Solution ID, Currency, Price, Quantity.",
  },
  "team-member-incomplete": {
    title: "Teammedlem ofullständig",
    message: "{column}-värdet ”{value}” måste ha fyra delar: First name, Last name, Mobile number, Email.",
  },
  "team-member-email-invalid": {
    title: "Ogiltig e-post för teammedlem",
    message: "{column}-värdet ”{value}” har e-postadressen ”{part}”, som inte är giltig.",
  },
  "date-not-canonical": {
    title: "Datum inte skrivet som M/D/ÅÅÅÅ",
    message: "{column}-värdet ”{value}” skrivs som ”{fix}”.",
  },
  "date-two-digit-year": {
    title: "Tvåsiffrigt årtal",
    message: "{column}-värdet ”{value}” har ett tvåsiffrigt årtal; det läses som ”{fix}”.",
  },
  "date-reordered": {
    title: "Datum med dag först omordnat",
    message: "{column}-värdet ”{value}” läses med dagen först och skrivs som ”{fix}”.",
  },
  "date-invalid": {
    title: "Inte ett datum",
    message: "{column}-värdet ”{value}” är inte ett datum; skriv det som M/D/ÅÅÅÅ.",
  },
  "date-impossible": {
    title: "Datumet finns inte",
    message: "{column}-värdet ”{value}” är inte ett verkligt kalenderdatum.",
  },
  "date-ambiguous": {
    title: "Oklart om dag eller månad först",
    message:
      "{column}-värdet ”{value}” kan läsas med dagen eller månaden först, och kolumnen har lika många datum i varje ordning.",
    action:
      "Välj ”Månad först” eller ”Dag först” vid ”Läs datum som 3/4/2025 med” i steget Kontrollera och kontrollera igen, eller skriv datumet som ÅÅÅÅ-MM-DD, som bara kan läsas på ett sätt.",
  },
  "date-majority-month-first": {
    title: "Läst med månaden först, som majoriteten",
    message:
      "{column}-värdet ”{value}” kan läsas med dagen eller månaden först; det läses med månaden först ({date}) eftersom {proving} datum i kolumnen bara kan ha månaden först och {against} bara dagen först: kontrollera det.",
  },
  "date-majority-day-first": {
    title: "Läst med dagen först, som majoriteten",
    message:
      "{column}-värdet ”{value}” kan läsas med dagen eller månaden först; det läses med dagen först ({date}) eftersom {proving} datum i kolumnen bara kan ha dagen först och {against} bara månaden först: kontrollera det.",
  },
  "service-value-unlisted": {
    title: "Värdet finns inte i den kända listan",
    message: "{column}-värdet ”{value}” finns inte i listan över kända värden.",
  },
  "solution-play-wrong-area": {
    title: "Play från ett annat område",
    message: "{column}-värdet ”{value}” hör till lösningsområdet ”{area}”, inte ”{chosen}”.",
  },
  "status-substatus-mismatch": {
    title: "Status och understatus passar inte ihop",
    message:
      "{column}-värdet ”{value}” är inte tillåtet med Partner Referral Status ”{status}”; använd {allowed}.",
  },
  "create-row-status": {
    title: "Ny affär med fel status",
    message: "En ny affär bör ha statusen New och understatusen Accepted, inte ”{status}” / ”{value}”.",
  },
  "reason-code-not-needed": {
    title: "Orsak behövs inte för understatusen",
    message:
      "{column}-värdet ”{value}” används bara när Partner Referral Substatus är Declined, Lost eller Error.",
  },
  "help-code-not-needed": {
    title: "Hjälptyp angiven utan hjälpbegäran",
    message: "{column}-värdet ”{value}” används bara när Microsoft help required? är Yes.",
  },
  "help-not-shared": {
    title: "Hjälp begärd men inte delad",
    message:
      "{column}-värdet ”{value}” strider mot Microsoft help required? Yes: en co-sell-förfrågan delas alltid.",
  },
  "consent-no": {
    title: "Inget samtycke: affären laddas inte upp",
    message:
      "{column} är ”{value}”: med No varken skapar eller uppdaterar Partner Center affären. Välj Yes för att ladda upp den.",
  },
  "partner-center-error": {
    title: "Avvisad av Partner Center",
    message: "Partner Center avvisade den här raden förra gången: {message}",
  },
  "account-match-empty": {
    title: "Kontomatchning att välja",
    message: "{column} är tomt: välj ett av kontona som Partner Center föreslog för den här raden ({count}).",
  },
  "account-match-low-confidence": {
    title: "Konto matchat med låg säkerhet",
    message:
      "Partner Center matchade den här kunden med låg säkerhet (Low): kontrollera {column} ”{value}” eller välj ett annat av radens förslag.",
  },
  "referral-id-duplicate": {
    title: "Dubblerat hänvisnings-ID",
    message: "{column}-värdet ”{value}” finns redan på rad {first}.",
  },
  "create-row-duplicate": {
    title: "Möjligen dubblerad ny affär",
    message: "Den nya affären upprepar Customer Name ”{customer}” och {column} ”{value}” från rad {first}.",
  },
  "engagement-id-missing": {
    title: "Engagement ID saknas",
    message: "{column} är tomt på en rad som uppdaterar hänvisningen ”{referral}”.",
  },
  "marketplace-intent-missing": {
    title: "Köpavsikt för Marketplace saknas",
    message: "{column} är tomt; det krävs för att skapa en hänvisning och förväntas vid uppdateringar.",
  },
  "terminal-row-edited": {
    title: "Stängd affär ändrad",
    message:
      "Hänvisningen ”{value}” är redan {substatus}: Partner Center tillämpar inte ändringar på en stängd affär; ta bort raden.",
  },
  "read-only-edited": {
    title: "Skrivskyddad kolumn ändrad",
    message: "{column} är skrivskyddad här; ändringen från ”{original}” till ”{value}” ignoreras.",
  },
});
