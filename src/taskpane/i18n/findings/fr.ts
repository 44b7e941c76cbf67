// French finding texts: for each registry code its rule title (short, no final period) and its
// message (the English record's {placeholders} only). Terms: opportunité, recommandation.
import { defineTranslation } from "./translation";

export const fr = defineTranslation({
  "file-empty": { title: "Fichier vide", message: "Le fichier est vide." },
  "file-binary": { title: "Pas un fichier texte CSV", message: "Ce fichier n’est pas un fichier texte CSV." },
  "file-unterminated-quote": {
    title: "Guillemet non fermé",
    message: "Une valeur entre guillemets qui commence à la ligne {row} n’est jamais fermée.",
  },
  "file-no-header": { title: "Pas de ligne d’en-tête", message: "Le fichier n’a pas de ligne d’en-tête." },
  "delimiter-not-comma": {
    title: "Séparateur autre que la virgule",
    message:
      "Les valeurs sont séparées par {delimiter} au lieu de virgules ; l’enregistrement utilisera des virgules.",
  },
  "delimiter-sep-line": {
    title: "Le fichier commence par sep=",
    message:
      "Le fichier commence par une ligne sep= pour {delimiter} ; l’enregistrement l’omet, car Partner Center la lirait comme l’en-tête.",
  },
  "encoding-not-utf8": {
    title: "Fichier non encodé en UTF-8",
    message: "Le fichier est encodé en {encoding}, pas en UTF-8 ; l’enregistrement utilisera UTF-8.",
  },
  "file-ends-mid-character": {
    title: "Fichier peut-être tronqué",
    message:
      "Le fichier se termine au milieu d’un caractère ; il a peut-être été tronqué : vérifiez sa dernière ligne.",
  },
  "too-many-records": {
    title: "Trop d’enregistrements par fichier",
    message:
      "Le fichier contient {count} enregistrements, mais Partner Center en traite au plus {max} par fichier.",
    action:
      "Enregistrez avec « Fractionner en fichiers d’au plus {max} enregistrements » coché : vous obtenez {files} fichiers à importer l’un après l’autre.",
  },
  "no-records": {
    title: "Aucun enregistrement",
    message: "Le fichier a une ligne d’en-tête mais aucun enregistrement.",
  },
  "header-not-canonical": {
    title: "En-tête de colonne écrit autrement",
    message: "L’en-tête de colonne « {value} » s’écrit « {column} » dans le modèle.",
  },
  "header-duplicate": {
    title: "Colonne en double",
    message: "La colonne {column} apparaît plusieurs fois (en-tête « {value} », d’abord en colonne {first}).",
  },
  "header-unknown": {
    title: "Colonne inconnue",
    message: "L’en-tête de colonne « {value} » n’est pas une colonne du modèle co-sell.",
  },
  "header-unknown-suggest": {
    title: "Colonne inconnue, faute probable",
    message:
      "L’en-tête de colonne « {value} » n’est pas une colonne du modèle co-sell ; vouliez-vous dire « {suggestion} » ?",
  },
  "header-blank": {
    title: "Colonne sans en-tête",
    message: "Une colonne contenant des valeurs a un en-tête vide.",
  },
  "header-missing-required": {
    title: "Colonne obligatoire manquante",
    message: "La colonne obligatoire {column} manque dans la ligne d’en-tête.",
  },
  "header-missing-new-template": {
    title: "Colonne du nouveau modèle manquante",
    message:
      "La colonne {column} manque : les anciens modèles ne fonctionnent pas, téléchargez le nouveau modèle dans Partner Center.",
  },
  "header-missing-conditional": {
    title: "Colonne conditionnelle manquante",
    message: "La colonne {column} manque ; les lignes qui en ont besoin seront rejetées.",
  },
  "header-number-out-of-range": {
    title: "Numéro de colonne hors limites",
    message: "L’en-tête de colonne « {value} » est hors limites : les numéros de {column} vont de 1 à {max}.",
  },
  "header-number-gap": {
    title: "Trou dans les colonnes numérotées",
    message: "La colonne {column} manque alors que {after} est présente.",
  },
  "header-row-missing": {
    title: "La première ligne n’est pas l’en-tête",
    message:
      "La première ligne n’est pas la ligne d’en-tête du modèle : elle ne contient aucun nom de colonne co-sell.",
  },
  "header-row-below": {
    title: "En-tête plus bas",
    message: "L’en-tête est à la ligne {row} : supprimez les lignes au-dessus.",
  },
  "required-missing": {
    title: "Valeur obligatoire manquante",
    message: "Champ obligatoire {column} manquant",
  },
  "required-missing-when-help": {
    title: "Requis pour l’aide de Microsoft",
    message:
      "Champ obligatoire {column} manquant : il est nécessaire quand Microsoft help required? vaut Yes.",
  },
  "required-missing-when-substatus": {
    title: "Requis pour ce sous-statut",
    message:
      "Champ obligatoire {column} manquant : il est nécessaire quand Partner Referral Substatus vaut {substatus}.",
  },
  "required-missing-services": {
    title: "Rôle, domaine et scénario incomplets",
    message:
      "Champ obligatoire {column} manquant : Partner role, Solution area et Solution play vont ensemble.",
  },
  "column-missing-for-row": {
    title: "Colonne manquante pour cette ligne",
    message: "La colonne {column} manque, mais cette ligne en a besoin.",
  },
  whitespace: {
    title: "Espaces au début ou à la fin",
    message: "La valeur « {value} » de {column} a des espaces au début ou à la fin.",
  },
  "control-character": {
    title: "Caractère de contrôle invisible",
    message: "La valeur « {value} » de {column} contient un caractère de contrôle invisible.",
  },
  "stray-byte": {
    title: "Caractère peut-être erroné",
    message:
      "La valeur « {value} » de {column} contient {bytes}, qui n’est pas de l’UTF-8 ; lu en Windows-1252, il est devenu « {chars} » : vérifiez que c’est le bon caractère.",
  },
  "line-break": {
    title: "Saut de ligne hors des notes",
    message:
      "La valeur « {value} » de {column} contient un saut de ligne, que seules les colonnes de notes acceptent ; elle deviendra « {fix} ».",
  },
  "formula-like": {
    title: "Valeur qui ressemble à une formule",
    message:
      "La valeur « {value} » de {column} commence par « {start} » : un tableur qui ouvre le fichier risque de l’exécuter comme une formule.",
  },
  "excel-error-value": {
    title: "Valeur d’erreur Excel",
    message:
      "La valeur « {value} » de {column} est une valeur d’erreur Excel : les données d’origine ont été perdues dans un tableur ; saisissez à nouveau la valeur.",
  },
  "cells-beyond-header": {
    title: "Cellules après la dernière colonne",
    message: "Cette ligne a {count} cellules remplies à droite de la dernière colonne d’en-tête.",
  },
  "not-canonical": {
    title: "Valeur à normaliser",
    message: "La valeur « {value} » de {column} sera écrite « {fix} ».",
  },
  "invalid-value": {
    title: "Valeur non autorisée",
    message: "La valeur « {value} » de {column} ne fait pas partie des valeurs autorisées.",
  },
  "invalid-yes-no": {
    title: "Ni Yes ni No",
    message: "La valeur « {value} » de {column} doit être Yes ou No.",
  },
  "value-retired": {
    title: "Valeur retirée de la liste",
    message: "La valeur « {value} » de {column} n’est plus listée par Partner Center.",
  },
  "country-not-alpha2": {
    title: "Pays non codé sur 2 lettres",
    message: "La valeur « {value} » de {column} doit être un code pays à deux lettres : utilisez « {fix} ».",
  },
  "country-invalid": {
    title: "Code pays inconnu",
    message: "La valeur « {value} » de {column} n’est pas un code pays connu à deux lettres, comme US ou FR.",
  },
  "currency-invalid": {
    title: "Code devise inconnu",
    message: "La valeur « {value} » de {column} n’est pas un code de devise connu, comme USD ou EUR.",
  },
  "money-format": {
    title: "Montant avec symboles ou séparateurs",
    message:
      "La valeur « {value} » de {column} doit être un nombre simple, sans symbole ni séparateur : utilisez « {fix} ».",
  },
  "money-invalid": {
    title: "Montant non valide",
    message: "La valeur « {value} » de {column} n’est pas un nombre positif ou nul.",
  },
  "money-leading-point": {
    title: "Montant commençant par un point décimal",
    message:
      "La valeur « {value} » de {column} n’a aucun chiffre avant le point décimal ; elle sera écrite « {fix} ».",
  },
  "money-separator-ambiguous": {
    title: "Milliers ou décimales ambigus",
    message:
      "La valeur « {value} » de {column} est ambiguë : le séparateur « {separator} » avant les trois derniers chiffres peut séparer les milliers ({thousands}) ou marquer les décimales ({decimal}) ; écrivez {thousands} ou {decimal}, sans séparateur de milliers et avec « . » pour les décimales.",
  },
  "money-dot-thousands": {
    title: "Point décimal ou séparateur de milliers ?",
    message:
      "La valeur « {value} » de {column} est lue comme un nombre décimal, mais dans ce fichier séparé par des points-virgules, « . » peut séparer les milliers : si vous vouliez dire {thousands}, écrivez {thousands}.",
  },
  "duns-short": {
    title: "Numéro D-U-N-S trop court",
    message:
      "La valeur « {value} » de {column} a moins de 9 chiffres ; des zéros initiaux ont probablement été perdus.",
  },
  "duns-invalid": {
    title: "Numéro D-U-N-S non valide",
    message: "La valeur « {value} » de {column} doit comporter 9 chiffres.",
  },
  "email-invalid": {
    title: "Adresse e-mail non valide",
    message: "La valeur « {value} » de {column} n’est pas une adresse e-mail valide.",
  },
  "phone-invalid": {
    title: "Numéro de téléphone non valide",
    message: "La valeur « {value} » de {column} ne doit contenir que des chiffres, des espaces et + - ( ) .",
  },
  "digits-invalid": {
    title: "Chiffres uniquement attendus",
    message: "La valeur « {value} » de {column} ne doit contenir que des chiffres.",
  },
  "sales-stage-format": {
    title: "Étape de vente à normaliser",
    message: "La valeur « {value} » de {column} sera écrite « {fix} ».",
  },
  "sales-stage-invalid": {
    title: "Étape de vente inconnue",
    message: "La valeur « {value} » de {column} n’est pas l’une de 10, 20, 40, 60, 80, 100.",
  },
  "domain-not-bare": {
    title: "Domaine avec des éléments en trop",
    message: "La valeur « {value} » de {column} doit être un domaine simple comme « {fix} ».",
  },
  "domain-invalid": {
    title: "Nom de domaine non valide",
    message: "La valeur « {value} » de {column} ne ressemble pas à un nom de domaine.",
  },
  "final-account-match-invalid": {
    title: "Format de Microsoft ID non valide",
    message:
      "La valeur « {value} » de {column} n’est pas valide : le seul format accepté pour un Microsoft ID est MicrosoftID: Number-Alphanumeric.",
  },
  "code-invalid": {
    title: "Numéro de code hors limites",
    message: "La valeur « {value} » de {column} doit être un nombre entier de 1 à {max}.",
  },
  "solution-id-missing": {
    title: "Solution ID manquant",
    message: "La valeur « {value} » de {column} n’a pas de Solution ID.",
  },
  "solution-currency-invalid": {
    title: "Devise de solution non valide",
    message:
      "La valeur « {value} » de {column} a la devise « {part} », qui n’est pas un code de devise connu, comme USD ou EUR.",
  },
  "solution-price-invalid": {
    title: "Prix de solution non valide",
    message:
      "La valeur « {value} » de {column} a le prix « {part} », qui n’est pas un nombre positif ou nul.",
  },
  "solution-quantity-invalid": {
    title: "Quantité de solution non valide",
    message:
      "La valeur « {value} » de {column} a la quantité « {part} », qui n’est pas un nombre entier positif.",
  },
  "solution-too-many-parts": {
    title: "Trop de parties dans la solution",
    message:
      "La valeur « {value} » de {column} a {count} parties ; utilisez Solution ID, Currency, Price, Quantity.",
  },
  "team-member-incomplete": {
    title: "Membre d’équipe incomplet",
    message:
      "La valeur « {value} » de {column} doit avoir quatre parties : First name, Last name, Mobile number, Email.",
  },
  "team-member-email-invalid": {
    title: "E-mail du membre d’équipe non valide",
    message:
      "La valeur « {value} » de {column} a l’adresse e-mail « {part} », qui n’est pas une adresse valide.",
  },
  "date-not-canonical": {
    title: "Date pas au format M/J/AAAA",
    message: "La valeur « {value} » de {column} sera écrite « {fix} ».",
  },
  "date-two-digit-year": {
    title: "Année sur deux chiffres",
    message: "La valeur « {value} » de {column} a une année à deux chiffres ; elle est lue « {fix} ».",
  },
  "date-reordered": {
    title: "Date jour/mois remise en ordre",
    message: "La valeur « {value} » de {column} est lue jour d’abord et sera écrite « {fix} ».",
  },
  "date-invalid": {
    title: "Pas une date",
    message: "La valeur « {value} » de {column} n’est pas une date ; écrivez-la au format M/J/AAAA.",
  },
  "date-impossible": {
    title: "Date inexistante",
    message: "La valeur « {value} » de {column} n’est pas une date de calendrier réelle.",
  },
  "date-ambiguous": {
    title: "Ordre jour/mois ambigu",
    message:
      "La valeur « {value} » de {column} peut se lire jour d’abord ou mois d’abord, et cette colonne a autant de dates dans chaque ordre.",
    action:
      "À l’étape « Vérifier », réglez « Lecture des dates comme 3/4/2025 » sur « Mois d’abord » ou « Jour d’abord » et relancez la vérification, ou écrivez cette date au format AAAA-MM-JJ, qui ne se lit que d’une façon.",
  },
  "date-majority-month-first": {
    title: "Lue mois d’abord, comme la majorité",
    message:
      "La valeur « {value} » de {column} peut se lire jour d’abord ou mois d’abord ; elle est lue mois d’abord ({date}) car {proving} dates de cette colonne ne peuvent être que mois d’abord et {against} que jour d’abord : vérifiez-la.",
  },
  "date-majority-day-first": {
    title: "Lue jour d’abord, comme la majorité",
    message:
      "La valeur « {value} » de {column} peut se lire jour d’abord ou mois d’abord ; elle est lue jour d’abord ({date}) car {proving} dates de cette colonne ne peuvent être que jour d’abord et {against} que mois d’abord : vérifiez-la.",
  },
  "service-value-unlisted": {
    title: "Valeur hors de la liste connue",
    message: "La valeur « {value} » de {column} ne figure pas dans la liste des valeurs connues.",
  },
  "solution-play-wrong-area": {
    title: "Scénario d’un autre domaine",
    message:
      "La valeur « {value} » de {column} appartient au domaine de solution « {area} », pas à « {chosen} ».",
  },
  "status-substatus-mismatch": {
    title: "Statut et sous-statut incompatibles",
    message:
      "La valeur « {value} » de {column} n’est pas autorisée avec Partner Referral Status « {status} » ; utilisez {allowed}.",
  },
  "create-row-status": {
    title: "Nouvelle opportunité, statut incorrect",
    message:
      "Une nouvelle opportunité doit avoir le statut New et le sous-statut Accepted, pas « {status} » / « {value} ».",
  },
  "reason-code-not-needed": {
    title: "Motif inutile pour ce sous-statut",
    message:
      "La valeur « {value} » de {column} ne sert que si Partner Referral Substatus vaut Declined, Lost ou Error.",
  },
  "help-code-not-needed": {
    title: "Aide précisée sans demande d’aide",
    message: "La valeur « {value} » de {column} ne sert que si Microsoft help required? vaut Yes.",
  },
  "help-not-shared": {
    title: "Aide demandée mais non partagée",
    message:
      "La valeur « {value} » de {column} contredit Microsoft help required? Yes : une demande de co-sell est toujours partagée.",
  },
  "consent-no": {
    title: "Sans consentement : pas d’import",
    message:
      "{column} vaut « {value} » : avec No, Partner Center ne crée ni ne met à jour cette opportunité. Choisissez Yes pour l’importer.",
  },
  "partner-center-error": {
    title: "Rejeté par Partner Center",
    message: "Partner Center a rejeté cette ligne la dernière fois : {message}",
  },
  "account-match-empty": {
    title: "Correspondance de compte à choisir",
    message:
      "{column} est vide : choisissez l’un des comptes que Partner Center a suggérés pour cette ligne ({count}).",
  },
  "account-match-low-confidence": {
    title: "Compte associé avec une confiance faible",
    message:
      "Partner Center a associé ce client avec une confiance faible (Low) : vérifiez {column} « {value} » ou choisissez une autre suggestion de cette ligne.",
  },
  "referral-id-duplicate": {
    title: "ID de recommandation en double",
    message: "La valeur « {value} » de {column} figure déjà à la ligne {first}.",
  },
  "create-row-duplicate": {
    title: "Doublon possible d’opportunité",
    message:
      "Cette nouvelle opportunité répète Customer Name « {customer} » et {column} « {value} » de la ligne {first}.",
  },
  "engagement-id-missing": {
    title: "Engagement ID manquant",
    message: "{column} est vide sur une ligne qui met à jour la recommandation « {referral} ».",
  },
  "marketplace-intent-missing": {
    title: "Intention d’achat Marketplace manquante",
    message:
      "{column} est vide ; il est obligatoire pour créer une recommandation et attendu pour les mises à jour.",
  },
  "terminal-row-edited": {
    title: "Opportunité clôturée modifiée",
    message:
      "La recommandation « {value} » est déjà {substatus} : Partner Center n’appliquera pas de modification à une opportunité clôturée ; supprimez la ligne.",
  },
  "read-only-edited": {
    title: "Colonne en lecture seule modifiée",
    message:
      "{column} est en lecture seule ici ; le changement de « {original} » en « {value} » sera ignoré.",
  },
});
