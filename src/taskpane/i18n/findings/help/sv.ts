// Swedish help texts (terms as in ../sv.ts: resultat, affär, rubrikrad, post). Code labels
// translate Partner Center's English list names; the codes themselves are what the file holds.
import type { HelpTranslation } from "./types";

export const sv: HelpTranslation = {
  help: {
    "file-empty":
      "Partner Center behöver rubrikraden från mallen för samförsäljning och minst en post. Utgå från mallen och fyll i dina affärer.",
    "file-binary":
      "Partner Center läser bara CSV-textfiler. Välj Arkiv › Spara som › CSV UTF-8 (kommaavgränsad) i Excel, eller använd ”Spara som CSV” här.",
    "file-unterminated-quote":
      "Ett värde som börjar med ett citattecken måste sluta med ett; annars läses resten av filen som ett enda värde. Lägg till det avslutande citattecknet eller ta bort det inledande.",
    "file-no-header":
      "Första raden måste vara mallens rubrikrad med kolumnnamnen. Kopiera den från mallen för samförsäljning i Partner Center.",
    "delimiter-not-comma":
      "Partner Center förväntar sig värden avgränsade med kommatecken. Inget att göra: ”Spara som CSV” skriver kommatecken.",
    "delimiter-sep-line":
      "Vissa program lägger en sep=-rad först för att tala om avgränsaren för Excel. Partner Center skulle ta den för rubrikraden, så den utelämnas när du sparar.",
    "encoding-not-utf8":
      "Partner Center läser filer som UTF-8; i en annan kodning kan å, ä, ö och andra specialtecken bli förvanskade. ”Spara som CSV” skriver UTF-8.",
    "file-ends-mid-character":
      "Filens sista byte bildar inte ett helt tecken, vilket oftast betyder att filen kapades vid kopieringen. Jämför sista raden med din källa.",
    "too-many-records":
      "Partner Center bearbetar högst 1 000 poster per fil och avvisar större filer. Spara med uppdelning i filer och ladda upp varje del.",
    "no-records": "Det finns inget att ladda upp under rubrikraden. Lägg till en rad per affär.",
    "header-row-missing":
      "Partner Center läser kolumnnamnen från första raden. Lägg mallens rubrikrad först: kopiera den från mallen för samförsäljning.",
    "header-row-below":
      "Partner Center läser kolumnnamnen från första raden, så titelrader ovanför stoppar uppladdningen. Ta bort raderna ovanför rubrikraden.",
    "header-not-canonical":
      "Kolumnen känns igen, men mallen stavar namnet annorlunda. Inget att göra: rubriken lämnas som den är.",
    "header-duplicate":
      "Varje kolumn får bara förekomma en gång; Partner Center kan inte veta vilken kopia som gäller. Ta bort en av dem efter att ha flyttat värden du behöver.",
    "header-unknown":
      "Partner Center känner inte till kolumnen och ignorerar dess värden. Ta bort den, eller byt namn till den mallkolumn du menade.",
    "header-unknown-suggest":
      "Partner Center känner inte till kolumnen och ignorerar dess värden; namnet liknar en mallkolumn. Byt rubriken till det föreslagna namnet.",
    "header-blank":
      "Partner Center ignorerar värden under en tom rubrik. Ge kolumnen dess namn från mallen, eller ta bort den.",
    "header-missing-required":
      "Partner Center avvisar en fil utan den här kolumnen. Lägg till kolumnen med dess mallnamn; kopiera rubrikraden från den aktuella mallen.",
    "header-missing-new-template":
      "Filen bygger på en gammal mall som Partner Center inte längre tar emot. Hämta den aktuella mallen i Partner Center och flytta över dina affärer till den.",
    "header-missing-conditional":
      "Kolumnen är obligatorisk bara på vissa rader (till exempel när hjälp från Microsoft begärs), och de raderna avvisas utan den. Lägg till kolumnen.",
    "header-number-out-of-range":
      "Numrerade kolumner som Solution N och Team member N går från 1 till 50. Numrera om kolumnen inom det intervallet.",
    "header-number-gap":
      "Numrerade kolumner ska följa på varandra utan luckor. Lägg till den saknade kolumnen, eller numrera om de följande.",
    "required-missing": "Partner Center avvisar en rad där den här kolumnen är tom. Fyll i cellen.",
    "required-missing-when-help":
      "När ”Microsoft help required?” är Yes behöver Microsoft en kundkontakt och vilken sorts hjälp. Fyll i cellen, eller sätt hjälpen till No.",
    "required-missing-when-substatus":
      "En affär som är Declined, Lost eller Error behöver en orsakskod. Ange orsakens nummer (listan nedan).",
    "required-missing-services":
      "Partner role, Solution area och Solution play beskriver tillsammans en tjänsteaffär: fyll i alla tre, eller lämna alla tre tomma.",
    "column-missing-for-row":
      "Raden behöver en kolumn som bladet saknar, så Partner Center avvisar den. Lägg till kolumnen med dess mallnamn och fyll i den.",
    whitespace:
      "Blanksteg före eller efter ett värde kan hindra Partner Center från att känna igen det. Inget att göra: ”Spara som CSV” tar bort dem, eller så rensar ”Korrigera” cellen direkt.",
    "control-character":
      "Cellen innehåller ett osynligt tecken (ofta inklistrat från ett annat program) som Partner Center kan avvisa. ”Korrigera” tar bort det.",
    "stray-byte":
      "Några byte i filen var inte giltig UTF-8, så ett tecken här kan vara fel. Kontrollera cellen och skriv om tecknet vid behov.",
    "line-break":
      "Bara anteckningskolumnerna får ha flera rader; på andra ställen kan en radbrytning dela raden. ”Korrigera” gör den till ett blanksteg.",
    "formula-like":
      "Ett värde som börjar med = körs som en formel när filen öppnas i ett kalkylprogram. Kontrollera värdet; är det text, ta bort = eller börja med en bokstav.",
    "excel-error-value":
      "Cellen visar ett Excel-fel som #SAKNAS: det ursprungliga värdet gick förlorat genom en formel eller inklistring. Skriv in det riktiga värdet igen.",
    "cells-beyond-header":
      "Värden till höger om sista kolumnen saknar rubrik, så Partner Center ignorerar dem. Flytta dem till rätt kolumn, eller ta bort dem.",
    "not-canonical":
      "Värdet är tillåtet men skrivet på ett annat sätt än Partner Centers (till exempel skiftläge). Inget att göra: ”Spara som CSV” skriver standardformen.",
    "invalid-value": "Kolumnen tar bara emot värden från en fast lista. Välj ett från listan nedan.",
    "invalid-yes-no": "Kolumnen tar bara emot Yes eller No. Byt ut värdet mot ett av dem.",
    "value-retired":
      "Partner Center listade tidigare det här värdet men gör det inte längre, så det kan avvisas. Välj ett aktuellt värde från listan nedan.",
    "country-not-alpha2":
      "Partner Center förväntar sig den tvåbokstaviga ISO-landskoden, som US eller SE, inte ett namn eller en trebokstavskod. ”Korrigera” skriver koden.",
    "country-invalid":
      "Partner Center förväntar sig en tvåbokstavig landskod enligt ISO 3166, som US, GB eller SE. Byt ut värdet mot kundens landskod.",
    "currency-invalid":
      "Partner Center förväntar sig en trebokstavig valutakod enligt ISO 4217, som USD eller SEK. Byt ut värdet mot affärens valutakod.",
    "money-format":
      "Belopp ska vara enkla tal med . som decimaltecken, utan valutasymbol och tusentalsavgränsare (12563, inte 12 563,00 kr). ”Korrigera” skriver det enkla talet.",
    "money-invalid":
      "Affärens värde måste vara ett tal från noll och uppåt, med . som decimaltecken. Byt ut värdet mot beloppet.",
    "money-leading-point":
      "Ett belopp som .5 får en nolla före punkten. Inget att göra: ”Spara som CSV” skriver 0.5.",
    "money-separator-ambiguous":
      "Det går inte att avgöra om avgränsaren markerar tusental eller decimaler. Skriv beloppet utan tusentalsavgränsare och med . för decimaler.",
    "money-dot-thousands":
      "I en semikolonavgränsad fil kan en punkt vara en europeisk tusentalsavgränsare. Kontrollera beloppet: menade du tusental, ta bort punkten.",
    "duns-short":
      "Ett D-U-N-S-nummer har exakt 9 siffror; kalkylprogram tar ofta bort inledande nollor. ”Korrigera” lägger tillbaka dem; kontrollera numret mot dina uppgifter.",
    "duns-invalid":
      "Ett D-U-N-S-nummer består av exakt 9 siffror och inget annat. Rätta numret, eller lämna cellen tom.",
    "email-invalid": "Partner Center behöver en giltig e-postadress, som namn@contoso.com. Rätta adressen.",
    "phone-invalid":
      "Ett telefonnummer ska bara innehålla siffror, blanksteg och tecknen + - ( ) . Ta bort allt annat, som bokstäver eller anteckningar om anknytning.",
    "digits-invalid":
      "Kolumnen innehåller ett id som bara består av siffror. Ta bort bokstäver, blanksteg och andra tecken.",
    "sales-stage-format":
      "Sales Stage är fasens procentsats som ett enkelt tal (40, inte 40 %). Inget att göra: ”Spara som CSV” skriver talet.",
    "sales-stage-invalid":
      "Sales Stage tar bara emot fasprocentsatserna i listan nedan. Välj den fas som passar affären.",
    "domain-not-bare":
      "Partner Center förväntar sig bara domännamnet, som contoso.com, utan https://, www. eller sökväg. ”Korrigera” skriver bara domänen.",
    "domain-invalid":
      "Customer Domain Name ska vara en domän som contoso.com. Rätta den, eller lämna cellen tom.",
    "final-account-match-invalid":
      "Final account match måste vara ett av kontona som Partner Center föreslog och börja med MicrosoftID: Nummer-Alfanumeriskt (eller DUNSID: för ett D-U-N-S-förslag). Välj ett av radens förslag.",
    "code-invalid": "Kolumnen tar emot en kods nummer, inte dess text. Ange numret från listan nedan.",
    "solution-id-missing":
      "En Solution-kolumn skrivs Solution ID, valuta, pris, antal; Solution ID kommer först och är obligatoriskt. Lägg till lösningens id från Partner Center.",
    "solution-currency-invalid":
      "Andra delen i en Solution-kolumn är en valutakod enligt ISO 4217, som USD. Rätta valutan.",
    "solution-price-invalid":
      "Tredje delen i en Solution-kolumn är priset: ett tal från noll och uppåt, . som decimaltecken, utan symboler. Rätta priset.",
    "solution-quantity-invalid":
      "Fjärde delen i en Solution-kolumn är antalet: ett heltal från 1 och uppåt. Rätta antalet.",
    "solution-too-many-parts":
      "En Solution-kolumn har högst fyra delar avgränsade med kommatecken: Solution ID, valuta, pris, antal. Ta bort de extra delarna (ett kommatecken i ett tal delar det).",
    "team-member-incomplete":
      "En Team member-kolumn behöver fyra delar avgränsade med kommatecken: förnamn, efternamn, mobilnummer, e-post. Lägg till de delar som saknas.",
    "team-member-email-invalid": "Fjärde delen i en Team member-kolumn är personens e-postadress. Rätta den.",
    "service-value-unlisted":
      "Värdet finns inte i listan över kända tjänstevärden, som kan vara inaktuell. Kontrollera det i Partner Center; det är bara en varning.",
    "solution-play-wrong-area":
      "Varje solution play hör till en solution area. Välj ett play i det valda området, eller byt område.",
    "date-not-canonical":
      "Partner Center förväntar sig datum skrivna månad/dag/år (1/30/2026). Inget att göra: ”Spara som CSV” skriver den formen.",
    "date-two-digit-year":
      "Ett tvåsiffrigt år läses som 20xx. Kontrollera datumet och skriv hela året för säkerhets skull.",
    "date-reordered":
      "Datumet kan bara vara dag först (första talet är över 12), så det skrivs om med månaden först som Partner Center förväntar sig. Inget att göra.",
    "date-invalid":
      "Partner Center behöver ett datum skrivet månad/dag/år (1/30/2026). Skriv datumet i den formen.",
    "date-impossible": "Den dagen finns inte i kalendern (till exempel 30 februari). Rätta datumet.",
    "date-ambiguous":
      "Kolumnen har lika många datum som bara kan ha dagen först (som 25/3/2025) som datum som bara kan ha månaden först (som 3/25/2025), så ett datum som 3/4/2025 kan läsas på båda sätten. Ange vilken ordning dina datum har, eller skriv datumet så att det bara kan läsas på ett sätt.",
    "date-majority-month-first":
      "De flesta entydiga datum i kolumnen har månaden först, så det här datumet, som kan läsas på båda sätten, läses också med månaden först. Kontrollera det: har det dagen först, skriv det som ÅÅÅÅ-MM-DD; har hela bladet dagen först, välj ”Dag först” vid ”Läs datum som 3/4/2025 med” i steget Kontrollera.",
    "date-majority-day-first":
      "De flesta entydiga datum i kolumnen har dagen först, så det här datumet, som kan läsas på båda sätten, läses också med dagen först. Kontrollera det: har det månaden först, skriv det som ÅÅÅÅ-MM-DD; har hela bladet månaden först, välj ”Månad först” vid ”Läs datum som 3/4/2025 med” i steget Kontrollera.",
    "status-substatus-mismatch":
      "Varje Partner Referral Status tillåter bara vissa understatusar (listan nedan). Ändra status eller understatus så att de passar ihop.",
    "create-row-status":
      "En ny affär (utan Referral ID) skapas normalt med status New och understatus Accepted. Kontrollera raden; för att uppdatera en befintlig affär, lägg till dess Referral ID.",
    "reason-code-not-needed":
      "Orsaken läses bara när understatus är Declined, Lost eller Error. Töm cellen, eller kontrollera understatus.",
    "help-code-not-needed":
      "Typen av hjälp läses bara när ”Microsoft help required?” är Yes. Töm cellen, eller sätt hjälpen till Yes.",
    "help-not-shared":
      "En begäran om hjälp från Microsoft delas alltid med Microsofts säljteam. Sätt ”Share with Microsoft sales team” till Yes.",
    "consent-no":
      "Partner Center skapar eller uppdaterar en affär bara om du samtycker till att dela kund- och partnerkontakterna. Sätt Yes, eller lämna affären utanför filen.",
    "partner-center-error":
      "Partner Center avvisade raden vid förra uppladdningen och skrev orsaken i kolumnen Errors. Åtgärda det som står där, kontrollera igen och ladda bara upp de rader som misslyckades.",
    "account-match-empty":
      "Partner Center föreslog konton för kunden. Kopiera rätt förslag till Final account match och ladda upp igen.",
    "account-match-low-confidence":
      "Partner Center är inte säker på att rätt kundkonto matchades. Jämför matchningen med förslagen och behåll eller byt den.",
    "referral-id-duplicate":
      "Varje Referral ID får bara finnas på en rad; Partner Center avvisar upprepningen. Ta bort dubbletten, eller för över dess ändringar till den första raden.",
    "create-row-duplicate":
      "Två nya affärer med samma kund och samma affärsnamn skulle skapa två affärer. Ta bort den ena, om de inte verkligen är olika affärer.",
    "engagement-id-missing":
      "En rad som uppdaterar en affär har normalt dess Engagement ID från den hämtade filen. Kopiera tillbaka det från filen som Partner Center skickade.",
    "marketplace-intent-missing":
      "Marketplace Purchase Intent anger om kunden tänker köpa via Microsofts marketplace; det är obligatoriskt för nya affärer. Välj ett värde från listan nedan.",
    "terminal-row-edited":
      "Partner Center tar inte emot ändringar när en affär är Won, Lost, Declined, Expired eller Error. Ta bort raden från uppladdningen.",
    "read-only-edited":
      "Partner Center ignorerar ändringar i kolumnen i det här skedet av affären. Återställ det ursprungliga värdet, eller ändra det i Partner Center om det går.",
  },
  labels: {
    "declined-lost-reasons": {
      "1": "Projektets budget räcker inte",
      "2": "Kunden svarade inte",
      "3": "Kunden valde en annan leverantör",
      "4": "Kundens krav uppfylldes inte",
      "5": "Inte en kund",
      "6": "Den föreslagna tidsplanen var för kort",
      "7": "Rapportera som missbruk, skräppost eller nätfiske",
      "8": "Övrigt",
    },
    "error-reasons": {
      "1": "Dubblett – skapad via massuppladdning",
      "2": "Dubblett – skapad i Partner Center",
      "3": "Dubblett – skickad av Microsoft",
      "4": "Problem med datasynkronisering i anslutningsappen",
      "5": "Problem med kundmatchning",
      "6": "Problem med lösningen – förklara i anteckningarna",
      "7": "Testhänvisning",
      "8": "Datafel",
      "9": "Övrigt – förklara i anteckningarna",
    },
    "help-codes": {
      "1": "Arbetsbelastningsspecifikt värdeerbjudande",
      "2": "Kundens tekniska arkitektur",
      "3": "Konceptbevis/demo",
      "4": "Offerter och licensiering",
      "5": "Kundframgång efter försäljningen",
      "6": "Allmänt eller annat",
    },
  },
};
