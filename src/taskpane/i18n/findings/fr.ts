// French finding messages, one per code of the engine's English catalogue (same {placeholders}).
import type { FindingCatalogue } from "./catalogue";

export const fr: FindingCatalogue = {
  "file-empty": "Le fichier est vide.",
  "file-binary": "Ce fichier n’est pas un fichier texte CSV.",
  "file-unterminated-quote": "Une valeur entre guillemets qui commence à la ligne {row} n’est jamais fermée.",
  "file-no-header": "Le fichier n’a pas de ligne d’en-tête.",
  "delimiter-not-comma":
    "Les valeurs sont séparées par {delimiter} au lieu de virgules ; l’enregistrement utilisera des virgules.",
  "delimiter-sep-line":
    "Le fichier commence par une ligne sep= pour {delimiter} ; l’enregistrement l’omet, car Partner Center la lirait comme l’en-tête.",
  "encoding-not-utf8":
    "Le fichier est encodé en {encoding}, pas en UTF-8 ; l’enregistrement utilisera UTF-8.",
  "file-ends-mid-character":
    "Le fichier se termine au milieu d’un caractère ; il a peut-être été tronqué : vérifiez sa dernière ligne.",
  "too-many-records":
    "Le fichier contient {count} enregistrements, mais Partner Center en traite au plus {max} par fichier ; scindez-le en {files} fichiers.",
  "no-records": "Le fichier a une ligne d’en-tête mais aucun enregistrement.",
  "header-not-canonical": "L’en-tête de colonne « {value} » s’écrit « {column} » dans le modèle.",
  "header-duplicate":
    "La colonne {column} apparaît plusieurs fois (en-tête « {value} », d’abord en colonne {first}).",
  "header-unknown": "L’en-tête de colonne « {value} » n’est pas une colonne du modèle co-sell.",
  "header-unknown-suggest":
    "L’en-tête de colonne « {value} » n’est pas une colonne du modèle co-sell ; vouliez-vous dire « {suggestion} » ?",
  "header-blank": "Une colonne contenant des valeurs a un en-tête vide.",
  "header-missing-required": "La colonne obligatoire {column} manque dans la ligne d’en-tête.",
  "header-missing-new-template":
    "La colonne {column} manque : les anciens modèles ne fonctionnent pas, téléchargez le nouveau modèle dans Partner Center.",
  "header-missing-conditional": "La colonne {column} manque ; les lignes qui en ont besoin seront rejetées.",
  "header-number-out-of-range":
    "L’en-tête de colonne « {value} » est hors limites : les numéros de {column} vont de 1 à {max}.",
  "header-number-gap": "La colonne {column} manque alors que {after} est présente.",
  "header-row-missing":
    "La première ligne n’est pas la ligne d’en-tête du modèle : elle ne contient aucun nom de colonne de co-vente.",
  "header-row-below": "L’en-tête est à la ligne {row} : supprimez les lignes au-dessus.",
  "required-missing": "Champ obligatoire {column} manquant",
  "required-missing-when-help":
    "Champ obligatoire {column} manquant : il est nécessaire quand Microsoft help required? vaut Yes.",
  "required-missing-when-substatus":
    "Champ obligatoire {column} manquant : il est nécessaire quand Partner Referral Substatus vaut {substatus}.",
  "required-missing-services":
    "Champ obligatoire {column} manquant : Partner role, Solution area et Solution play vont ensemble.",
  "column-missing-for-row": "La colonne {column} manque, mais cette ligne en a besoin.",
  whitespace: "La valeur « {value} » de {column} a des espaces au début ou à la fin.",
  "control-character": "La valeur « {value} » de {column} contient un caractère de contrôle invisible.",
  "stray-byte":
    "La valeur « {value} » de {column} contient {bytes}, qui n’est pas de l’UTF-8 ; lu en Windows-1252, il est devenu « {chars} » : vérifiez que c’est le bon caractère.",
  "line-break":
    "La valeur « {value} » de {column} contient un saut de ligne, que seules les colonnes de notes acceptent ; elle deviendra « {fix} ».",
  "formula-like":
    "La valeur « {value} » de {column} commence par « {start} » : un tableur qui ouvre le fichier risque de l’exécuter comme une formule.",
  "excel-error-value":
    "La valeur « {value} » de {column} est une valeur d’erreur Excel : les données d’origine ont été perdues dans un tableur ; saisissez à nouveau la valeur.",
  "cells-beyond-header": "Cette ligne a {count} cellules remplies à droite de la dernière colonne d’en-tête.",
  "not-canonical": "La valeur « {value} » de {column} sera écrite « {fix} ».",
  "invalid-value": "La valeur « {value} » de {column} ne fait pas partie des valeurs autorisées.",
  "invalid-yes-no": "La valeur « {value} » de {column} doit être Yes ou No.",
  "value-retired": "La valeur « {value} » de {column} n’est plus listée par Partner Center.",
  "country-not-alpha2":
    "La valeur « {value} » de {column} doit être un code pays à deux lettres : utilisez « {fix} ».",
  "country-invalid": "La valeur « {value} » de {column} n’est pas un code pays ISO à deux lettres.",
  "currency-invalid": "La valeur « {value} » de {column} n’est pas un code de devise ISO 4217.",
  "money-format":
    "La valeur « {value} » de {column} doit être un nombre simple, sans symbole ni séparateur : utilisez « {fix} ».",
  "money-invalid": "La valeur « {value} » de {column} n’est pas un nombre positif ou nul.",
  "duns-short":
    "La valeur « {value} » de {column} a moins de 9 chiffres ; des zéros initiaux ont probablement été perdus.",
  "duns-invalid": "La valeur « {value} » de {column} doit comporter 9 chiffres.",
  "email-invalid": "La valeur « {value} » de {column} n’est pas une adresse e-mail valide.",
  "phone-invalid":
    "La valeur « {value} » de {column} ne doit contenir que des chiffres, des espaces et + - ( ) .",
  "digits-invalid": "La valeur « {value} » de {column} ne doit contenir que des chiffres.",
  "sales-stage-format": "La valeur « {value} » de {column} sera écrite « {fix} ».",
  "sales-stage-invalid": "La valeur « {value} » de {column} n’est pas l’une de 10, 20, 40, 60, 80, 100.",
  "domain-not-bare": "La valeur « {value} » de {column} doit être un domaine simple comme « {fix} ».",
  "domain-invalid": "La valeur « {value} » de {column} ne ressemble pas à un nom de domaine.",
  "final-account-match-invalid":
    "La valeur « {value} » de {column} n’est pas valide : le seul format accepté pour un Microsoft ID est MicrosoftID: Number-Alphanumeric.",
  "code-invalid": "La valeur « {value} » de {column} doit être un nombre entier de 1 à {max}.",
  "solution-id-missing": "La valeur « {value} » de {column} n’a pas de Solution ID.",
  "solution-currency-invalid":
    "La valeur « {value} » de {column} a la devise « {part} », qui n’est pas un code ISO 4217.",
  "solution-price-invalid":
    "La valeur « {value} » de {column} a le prix « {part} », qui n’est pas un nombre positif ou nul.",
  "solution-quantity-invalid":
    "La valeur « {value} » de {column} a la quantité « {part} », qui n’est pas un nombre entier positif.",
  "solution-too-many-parts":
    "La valeur « {value} » de {column} a {count} parties ; utilisez Solution ID, Currency, Price, Quantity.",
  "team-member-incomplete":
    "La valeur « {value} » de {column} doit avoir quatre parties : First name, Last name, Mobile number, Email.",
  "team-member-email-invalid":
    "La valeur « {value} » de {column} a l’adresse e-mail « {part} », qui n’est pas une adresse valide.",
  "date-not-canonical": "La valeur « {value} » de {column} sera écrite « {fix} ».",
  "date-two-digit-year":
    "La valeur « {value} » de {column} a une année à deux chiffres ; elle est lue « {fix} ».",
  "date-reordered": "La valeur « {value} » de {column} est lue jour d’abord et sera écrite « {fix} ».",
  "date-invalid": "La valeur « {value} » de {column} n’est pas une date ; écrivez-la au format M/D/YYYY.",
  "date-impossible": "La valeur « {value} » de {column} n’est pas une date de calendrier réelle.",
  "date-ambiguous":
    "La valeur « {value} » de {column} peut se lire jour d’abord ou mois d’abord, et cette colonne a autant de dates dans chaque ordre ; choisissez « Mois d’abord » ou « Jour d’abord » dans les paramètres (--date-order mdy ou dmy) ou écrivez-la au format M/D/YYYY.",
  "date-majority-month-first":
    "La valeur « {value} » de {column} peut se lire jour d’abord ou mois d’abord ; elle est lue mois d’abord ({date}) car {proving} dates de cette colonne ne peuvent être que mois d’abord et {against} que jour d’abord : vérifiez-la.",
  "date-majority-day-first":
    "La valeur « {value} » de {column} peut se lire jour d’abord ou mois d’abord ; elle est lue jour d’abord ({date}) car {proving} dates de cette colonne ne peuvent être que jour d’abord et {against} que mois d’abord : vérifiez-la.",
  "service-value-unlisted":
    "La valeur « {value} » de {column} ne figure pas dans la liste des valeurs connues.",
  "solution-play-wrong-area":
    "La valeur « {value} » de {column} appartient au domaine de solution « {area} », pas à « {chosen} ».",
  "status-substatus-mismatch":
    "La valeur « {value} » de {column} n’est pas autorisée avec Partner Referral Status « {status} » ; utilisez {allowed}.",
  "create-row-status":
    "Une nouvelle opportunité doit avoir le statut New et le sous-statut Accepted, pas « {status} » / « {value} ».",
  "reason-code-not-needed":
    "La valeur « {value} » de {column} ne sert que si Partner Referral Substatus vaut Declined, Lost ou Error.",
  "help-code-not-needed":
    "La valeur « {value} » de {column} ne sert que si Microsoft help required? vaut Yes.",
  "help-not-shared":
    "La valeur « {value} » de {column} contredit Microsoft help required? Yes : une demande de co-sell est toujours partagée.",
  "consent-no":
    "Valeur « {value} » de {column} : les opportunités ne seront ni créées ni mises à jour si vous choisissez No.",
  "partner-center-error": "Partner Center a rejeté cette ligne la dernière fois : {message}",
  "referral-id-duplicate": "La valeur « {value} » de {column} figure déjà à la ligne {first}.",
  "create-row-duplicate":
    "Cette nouvelle opportunité répète Customer Name « {customer} » et {column} « {value} » de la ligne {first}.",
  "engagement-id-missing": "{column} est vide sur une ligne qui met à jour la recommandation « {referral} ».",
  "marketplace-intent-missing":
    "{column} est vide ; il est obligatoire pour créer une recommandation et attendu pour les mises à jour.",
  "terminal-row-edited":
    "La recommandation « {value} » est déjà {substatus} : Partner Center n’appliquera pas de modification à une opportunité clôturée ; supprimez la ligne.",
  "read-only-edited":
    "{column} est en lecture seule ici ; le changement de « {original} » en « {value} » sera ignoré.",
};
