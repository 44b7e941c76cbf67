// Plain-language help for every finding code (English): what Partner Center expects and how to
// fix it, shown behind "What does this mean?". Translations: src/taskpane/i18n/findings/help/.
// A missing code is a compile error; columns with a list of codes also show the list (codeMeanings.ts).
import type { FindingCode } from "./index";

export const EN_HELP: Readonly<Record<FindingCode, string>> = {
  "file-empty":
    "Partner Center needs the co-sell template's header row and at least one record. Start from the template and fill in your deals.",
  "file-binary":
    "Partner Center reads only CSV text files. In Excel choose File › Save As › CSV UTF-8 (comma delimited), or use Save as CSV here.",
  "file-unterminated-quote":
    "A value that starts with a quotation mark must end with one; otherwise the rest of the file is read as one value. Add the closing quotation mark, or remove the opening one.",
  "file-no-header":
    "The first row must be the template's header row with the column names. Copy it from the co-sell template in Partner Center.",
  "delimiter-not-comma":
    "Partner Center expects values separated by commas. Nothing to do: Save as CSV writes commas.",
  "delimiter-sep-line":
    "Some programs put a sep= line first to tell Excel the separator. Partner Center would take it for the header row, so saving leaves it out.",
  "encoding-not-utf8":
    "Partner Center reads files as UTF-8; in another encoding accents and special letters can be garbled. Save as CSV writes UTF-8.",
  "file-ends-mid-character":
    "The last bytes of the file do not form a whole character, which usually means the file was cut off while copying. Check the last row against your source.",
  "too-many-records":
    "Partner Center processes at most 1,000 records per file and rejects larger files. Save with “Split into files” and upload each part.",
  "no-records": "There is nothing to upload below the header row. Add one row per deal.",
  "header-row-missing":
    "Partner Center reads the column names from the first row. Put the template's header row first: copy it from the co-sell template.",
  "header-row-below":
    "Partner Center reads the column names from the first row, so title lines above it break the upload. Delete the rows above the header.",
  "header-not-canonical":
    "The column is recognised, but the template spells its name differently. Nothing to do: the header is left as it is.",
  "header-duplicate":
    "Each column may appear only once; Partner Center cannot tell which copy to use. Delete one of them, after moving any values you need.",
  "header-unknown":
    "Partner Center does not know this column and ignores its values. Delete it, or rename it to the template column you meant.",
  "header-unknown-suggest":
    "Partner Center does not know this column and ignores its values; the name is close to a template column. Rename the header to the suggested name.",
  "header-blank":
    "Values under an empty header are ignored by Partner Center. Give the column its template name, or delete it.",
  "header-missing-required":
    "Partner Center rejects a file without this column. Add the column with its template name; copy the header row from the current template.",
  "header-missing-new-template":
    "The file was made from an old template, which Partner Center no longer accepts. Download the current template in Partner Center and move your deals into it.",
  "header-missing-conditional":
    "This column is required only on some rows (for example when Microsoft help is requested), and those rows will be rejected without it. Add the column.",
  "header-number-out-of-range":
    "Numbered columns such as Solution N and Team member N go from 1 to 50. Renumber the column within that range.",
  "header-number-gap":
    "Numbered columns should follow one another without gaps. Add the missing column, or renumber the ones after it.",
  "required-missing": "Partner Center rejects a row where this column is empty. Fill in the cell.",
  "required-missing-when-help":
    "When Microsoft help required? is Yes, Microsoft needs a customer contact and the kind of help. Fill in the cell, or set help required to No.",
  "required-missing-when-substatus":
    "A deal that is Declined, Lost or Error needs a reason code. Enter the number of the reason (list below).",
  "required-missing-services":
    "Partner role, Solution area and Solution play describe a services deal together: fill all three, or leave all three empty.",
  "column-missing-for-row":
    "This row needs a column the sheet does not have, so Partner Center will reject it. Add the column with its template name and fill it.",
  whitespace:
    "Spaces before or after a value can stop Partner Center from recognising it. Nothing to do: Save as CSV trims them, or Fix trims the cell now.",
  "control-character":
    "The cell holds an invisible character (often pasted from another program) that Partner Center may refuse. Fix removes it.",
  "stray-byte":
    "A few bytes of the file were not valid UTF-8, so a character here may be wrong. Check the cell and retype the character if needed.",
  "line-break":
    "Only the Notes columns may span several lines; elsewhere a line break can break the row. Fix turns it into a space.",
  "formula-like":
    "A value starting with = is run as a formula when the file is opened in a spreadsheet. Check the value; if it is text, remove the = or put a letter first.",
  "excel-error-value":
    "The cell shows an Excel error such as #N/A: the original value was lost by a formula or a paste. Type the real value again.",
  "cells-beyond-header":
    "Values to the right of the last column have no header, so Partner Center ignores them. Move them into the right column, or delete them.",
  "not-canonical":
    "The value is allowed but written differently from Partner Center's spelling (for example its case). Nothing to do: Save as CSV writes the standard form.",
  "invalid-value": "This column accepts only a fixed list of values. Choose one from the list below.",
  "invalid-yes-no": "This column accepts only Yes or No. Replace the value with one of them.",
  "value-retired":
    "Partner Center used to list this value but no longer does, so it may be rejected. Choose a current value from the list below.",
  "country-not-alpha2":
    "Partner Center expects the two-letter ISO country code, such as US or DE, not a name or a three-letter code. Fix writes the code.",
  "country-invalid":
    "Partner Center expects a two-letter ISO 3166 country code, such as US, GB or DE. Replace the value with the customer's country code.",
  "currency-invalid":
    "Partner Center expects a three-letter ISO 4217 currency code, such as USD or EUR. Replace the value with the deal's currency code.",
  "money-format":
    "Amounts must be plain numbers, with . as the decimal point and no currency symbol or thousands separator (12563, not $12,563.00). Fix writes the plain number.",
  "money-invalid":
    "The deal value must be a number of zero or more, with . as the decimal point. Replace the value with the amount.",
  "money-leading-point":
    "An amount such as .5 gets a 0 before the point. Nothing to do: Save as CSV writes 0.5.",
  "money-separator-ambiguous":
    "It cannot be told whether the separator marks thousands or decimals. Write the amount without thousands separators and with . for decimals.",
  "money-dot-thousands":
    "In a file separated by semicolons, a dot may be a European thousands separator. Check the amount: if you meant thousands, remove the dot.",
  "duns-short":
    "A D-U-N-S number has exactly 9 digits; spreadsheets often drop its leading zeros. Fix adds them back; check the number against your records.",
  "duns-invalid":
    "A D-U-N-S number has exactly 9 digits and nothing else. Correct the number, or leave the cell empty.",
  "email-invalid":
    "Partner Center needs a valid email address, such as name@contoso.com. Correct the address.",
  "phone-invalid":
    "A phone number should contain only digits, spaces and + - ( ) . characters. Remove anything else, such as letters or extension notes.",
  "digits-invalid":
    "This column holds an ID made of digits only. Remove letters, spaces and other characters.",
  "sales-stage-format":
    "Sales Stage is the stage percentage as a plain number (40, not 40%). Nothing to do: Save as CSV writes the number.",
  "sales-stage-invalid":
    "Sales Stage accepts only the stage percentages listed below. Choose the stage that fits the deal.",
  "domain-not-bare":
    "Partner Center expects only the domain name, such as contoso.com, without https://, www. or a path. Fix writes the bare domain.",
  "domain-invalid":
    "Customer Domain Name should be a domain such as contoso.com. Correct it, or leave the cell empty.",
  "final-account-match-invalid":
    "Final account match must be one of the accounts Partner Center suggested, starting MicrosoftID: Number-Alphanumeric (or DUNSID: for a D-U-N-S suggestion). Pick one of the row's suggestions.",
  "code-invalid":
    "This column takes the number of a code, not its text. Enter the number from the list below.",
  "solution-id-missing":
    "A Solution column is written Solution ID, Currency, Price, Quantity, and the Solution ID comes first and is required. Add the solution's ID from Partner Center.",
  "solution-currency-invalid":
    "The second part of a Solution column is an ISO 4217 currency code such as USD. Correct the currency part.",
  "solution-price-invalid":
    "The third part of a Solution column is the price: a number of zero or more, . as decimal point, no symbols. Correct the price part.",
  "solution-quantity-invalid":
    "The fourth part of a Solution column is the quantity: a whole number of 1 or more. Correct the quantity part.",
  "solution-too-many-parts":
    "A Solution column has at most four parts separated by commas: Solution ID, Currency, Price, Quantity. Remove the extra parts (a comma inside a number splits it).",
  "team-member-incomplete":
    "A Team member column needs four parts separated by commas: First name, Last name, Mobile number, Email. Add the missing parts.",
  "team-member-email-invalid":
    "The fourth part of a Team member column is the person's email address. Correct it.",
  "service-value-unlisted":
    "The value is not on the list of known services values, which may be out of date. Check it against Partner Center; it is only a warning.",
  "solution-play-wrong-area":
    "Each solution play belongs to one solution area. Choose a play of the chosen area, or change the area.",
  "date-not-canonical":
    "Partner Center expects dates written month/day/year (1/30/2026). Nothing to do: Save as CSV writes that form.",
  "date-two-digit-year":
    "A two-digit year is read as 20xx. Check the date and write the full year to be sure.",
  "date-reordered":
    "This date can only be day-first (its first number is over 12), so it is rewritten month-first as Partner Center expects. Nothing to do.",
  "date-invalid":
    "Partner Center needs a date, written month/day/year (1/30/2026). Write the date in that form.",
  "date-impossible": "That day does not exist in the calendar (for example February 30). Correct the date.",
  "date-ambiguous":
    "This column has as many dates that can only be day-first (such as 25/3/2025) as dates that can only be month-first (such as 3/25/2025), so a date such as 3/4/2025 in it could be either. Say which order your dates use, or write the date so that it reads only one way.",
  "date-majority-month-first":
    "Most of this column's clear dates are month-first, so this date, which could be either, is read month-first too. Check it: if it is day-first, write it as YYYY-MM-DD; if the whole sheet is day-first, set “Read dates such as 3/4/2025 as” to Day first in Check.",
  "date-majority-day-first":
    "Most of this column's clear dates are day-first, so this date, which could be either, is read day-first too. Check it: if it is month-first, write it as YYYY-MM-DD; if the whole sheet is month-first, set “Read dates such as 3/4/2025 as” to Month first in Check.",
  "status-substatus-mismatch":
    "Each Partner Referral Status allows only some substatuses (list below). Change the status or the substatus so that they match.",
  "create-row-status":
    "A new deal (no Referral ID) is normally created with status New and substatus Accepted. Check the row; to update an existing deal, add its Referral ID.",
  "reason-code-not-needed":
    "The reason is read only when the substatus is Declined, Lost or Error. Clear the cell, or check the substatus.",
  "help-code-not-needed":
    "The kind of help is read only when Microsoft help required? is Yes. Clear the cell, or set help required to Yes.",
  "help-not-shared":
    "A request for Microsoft help is always shared with Microsoft's sales team. Set Share with Microsoft sales team to Yes.",
  "consent-no":
    "Partner Center creates or updates a deal only when you consent to share the customer and partner contacts. Set it to Yes, or leave the deal out of the file.",
  "partner-center-error":
    "Partner Center rejected this row in the last upload and wrote why in the Errors column. Fix what it says, check again, and upload only the rows that failed.",
  "account-match-empty":
    "Partner Center suggested accounts for this customer. Copy the right suggestion into Final account match, then upload again.",
  "account-match-low-confidence":
    "Partner Center is not sure it matched the right customer account. Compare the match with the suggestions and keep or replace it.",
  "referral-id-duplicate":
    "Each Referral ID may appear on one row only; Partner Center rejects the repeat. Delete the duplicate row, or merge its changes into the first.",
  "create-row-duplicate":
    "Two new deals with the same customer and deal name would create two deals. Delete one, unless they really are different deals.",
  "engagement-id-missing":
    "A row that updates a deal normally carries its Engagement ID from the downloaded file. Copy it back from the file Partner Center sent.",
  "marketplace-intent-missing":
    "Marketplace Purchase Intent says whether the customer plans to buy through Microsoft's marketplace; it is required on new deals. Choose a value from the list below.",
  "terminal-row-edited":
    "Partner Center accepts no changes once a deal is Won, Lost, Declined, Expired or Error. Remove the row from the upload.",
  "read-only-edited":
    "Partner Center ignores changes to this column at this point of the deal. Put the original value back, or change it in Partner Center if it allows.",
};
