// French help texts (terms as in ../fr.ts: résultat, opportunité, ligne d’en-tête, enregistrement). Code
// labels translate Partner Center's English list names; the codes themselves are what the file holds.
import type { HelpTranslation } from "./types";

export const fr: HelpTranslation = {
  help: {
    "file-empty":
      "Partner Center a besoin de la ligne d’en-tête du modèle co-sell et d’au moins un enregistrement. Partez du modèle et saisissez vos opportunités.",
    "file-binary":
      "Partner Center ne lit que des fichiers texte CSV. Dans Excel, choisissez Fichier › Enregistrer sous › CSV UTF-8 (délimité par des virgules), ou utilisez ici « Enregistrer en CSV ».",
    "file-unterminated-quote":
      "Une valeur qui commence par un guillemet doit se terminer par un guillemet ; sinon le reste du fichier est lu comme une seule valeur. Ajoutez le guillemet fermant, ou retirez le guillemet ouvrant.",
    "file-no-header":
      "La première ligne doit être la ligne d’en-tête du modèle, avec les noms de colonnes. Copiez-la depuis le modèle co-sell de Partner Center.",
    "delimiter-not-comma":
      "Partner Center attend des valeurs séparées par des virgules. Rien à faire : « Enregistrer en CSV » écrit des virgules.",
    "delimiter-sep-line":
      "Certains programmes placent une ligne sep= en tête pour indiquer le séparateur à Excel. Partner Center la prendrait pour la ligne d’en-tête ; l’enregistrement l’omet donc.",
    "encoding-not-utf8":
      "Partner Center lit les fichiers en UTF-8 ; dans un autre encodage, les accents et caractères spéciaux peuvent être abîmés. « Enregistrer en CSV » écrit de l’UTF-8.",
    "file-ends-mid-character":
      "Les derniers octets du fichier ne forment pas un caractère entier, signe en général d’un fichier tronqué lors d’une copie. Comparez la dernière ligne avec votre source.",
    "too-many-records":
      "Partner Center traite au plus 1 000 enregistrements par fichier et refuse les fichiers plus grands. Enregistrez en fractionnant en fichiers et importez chaque partie.",
    "no-records": "Il n’y a rien à importer sous la ligne d’en-tête. Ajoutez une ligne par opportunité.",
    "header-row-missing":
      "Partner Center lit les noms de colonnes dans la première ligne. Placez la ligne d’en-tête du modèle en premier : copiez-la depuis le modèle co-sell.",
    "header-row-below":
      "Partner Center lit les noms de colonnes dans la première ligne ; des lignes de titre au-dessus bloquent l’import. Supprimez les lignes au-dessus de l’en-tête.",
    "header-not-canonical":
      "La colonne est reconnue, mais le modèle écrit son nom autrement. Rien à faire : l’en-tête reste tel quel.",
    "header-duplicate":
      "Chaque colonne ne doit figurer qu’une fois ; Partner Center ne peut pas savoir quelle copie utiliser. Supprimez-en une après avoir déplacé les valeurs utiles.",
    "header-unknown":
      "Partner Center ne connaît pas cette colonne et ignore ses valeurs. Supprimez-la, ou renommez-la selon la colonne du modèle voulue.",
    "header-unknown-suggest":
      "Partner Center ne connaît pas cette colonne et ignore ses valeurs ; son nom ressemble à une colonne du modèle. Renommez l’en-tête avec le nom proposé.",
    "header-blank":
      "Partner Center ignore les valeurs sous un en-tête vide. Donnez à la colonne son nom du modèle, ou supprimez-la.",
    "header-missing-required":
      "Partner Center refuse un fichier sans cette colonne. Ajoutez la colonne avec son nom du modèle ; copiez la ligne d’en-tête depuis le modèle actuel.",
    "header-missing-new-template":
      "Le fichier vient d’un ancien modèle que Partner Center n’accepte plus. Téléchargez le modèle actuel dans Partner Center et reportez-y vos opportunités.",
    "header-missing-conditional":
      "Cette colonne n’est obligatoire que sur certaines lignes (par exemple quand une aide de Microsoft est demandée), et ces lignes seront refusées sans elle. Ajoutez la colonne.",
    "header-number-out-of-range":
      "Les colonnes numérotées comme Solution N et Team member N vont de 1 à 50. Renumérotez la colonne dans cette plage.",
    "header-number-gap":
      "Les colonnes numérotées doivent se suivre sans trou. Ajoutez la colonne manquante, ou renumérotez les suivantes.",
    "required-missing": "Partner Center refuse une ligne où cette colonne est vide. Remplissez la cellule.",
    "required-missing-when-help":
      "Quand « Microsoft help required? » vaut Yes, Microsoft a besoin d’un contact client et du type d’aide. Remplissez la cellule, ou passez l’aide à No.",
    "required-missing-when-substatus":
      "Une opportunité Declined, Lost ou Error a besoin d’un code de motif. Saisissez le numéro du motif (liste ci-dessous).",
    "required-missing-services":
      "Partner role, Solution area et Solution play décrivent ensemble une opportunité de services : remplissez les trois, ou laissez les trois vides.",
    "column-missing-for-row":
      "Cette ligne a besoin d’une colonne que la feuille n’a pas ; Partner Center la refusera. Ajoutez la colonne avec son nom du modèle et remplissez-la.",
    whitespace:
      "Des espaces avant ou après une valeur peuvent empêcher Partner Center de la reconnaître. Rien à faire : « Enregistrer en CSV » les retire, ou « Corriger » nettoie la cellule tout de suite.",
    "control-character":
      "La cellule contient un caractère invisible (souvent collé depuis un autre programme) que Partner Center peut refuser. « Corriger » le retire.",
    "stray-byte":
      "Quelques octets du fichier n’étaient pas de l’UTF-8 valide ; un caractère peut donc être faux ici. Vérifiez la cellule et retapez le caractère si besoin.",
    "line-break":
      "Seules les colonnes de notes peuvent tenir sur plusieurs lignes ; ailleurs un saut de ligne peut couper la ligne. « Corriger » le remplace par une espace.",
    "formula-like":
      "Une valeur qui commence par = s’exécute comme une formule à l’ouverture dans un tableur. Vérifiez la valeur ; si c’est du texte, retirez le = ou commencez par une lettre.",
    "excel-error-value":
      "La cellule affiche une erreur Excel comme #N/A : la valeur d’origine a été perdue par une formule ou un collage. Saisissez de nouveau la vraie valeur.",
    "cells-beyond-header":
      "Les valeurs à droite de la dernière colonne n’ont pas d’en-tête ; Partner Center les ignore. Déplacez-les dans la bonne colonne, ou supprimez-les.",
    "not-canonical":
      "La valeur est autorisée mais écrite autrement que chez Partner Center (par exemple la casse). Rien à faire : « Enregistrer en CSV » écrit la forme standard.",
    "invalid-value":
      "Cette colonne n’accepte qu’une liste fixe de valeurs. Choisissez-en une dans la liste ci-dessous.",
    "invalid-yes-no": "Cette colonne n’accepte que Yes ou No. Remplacez la valeur par l’une des deux.",
    "value-retired":
      "Partner Center proposait cette valeur autrefois mais plus maintenant ; elle peut être refusée. Choisissez une valeur actuelle dans la liste ci-dessous.",
    "country-not-alpha2":
      "Partner Center attend le code pays ISO à deux lettres, comme US ou FR, et non un nom ou un code à trois lettres. « Corriger » écrit le code.",
    "country-invalid":
      "Partner Center attend un code pays ISO 3166 à deux lettres, comme US, GB ou FR. Remplacez la valeur par le code pays du client.",
    "currency-invalid":
      "Partner Center attend un code devise ISO 4217 à trois lettres, comme USD ou EUR. Remplacez la valeur par le code devise de l’opportunité.",
    "money-format":
      "Les montants doivent être des nombres simples, avec . comme séparateur décimal, sans symbole monétaire ni séparateur de milliers (12563, pas 12 563,00 €). « Corriger » écrit le nombre simple.",
    "money-invalid":
      "La valeur de l’opportunité doit être un nombre positif ou nul, avec . comme séparateur décimal. Remplacez la valeur par le montant.",
    "money-leading-point":
      "Un montant comme .5 reçoit un 0 avant le point. Rien à faire : « Enregistrer en CSV » écrit 0.5.",
    "money-separator-ambiguous":
      "Impossible de savoir si le séparateur marque les milliers ou les décimales. Écrivez le montant sans séparateur de milliers et avec . pour les décimales.",
    "money-dot-thousands":
      "Dans un fichier séparé par des points-virgules, un point peut être un séparateur de milliers européen. Vérifiez le montant : si vous vouliez des milliers, retirez le point.",
    "duns-short":
      "Un numéro D-U-N-S a exactement 9 chiffres ; les tableurs suppriment souvent ses zéros de tête. « Corriger » les rétablit ; vérifiez le numéro dans vos dossiers.",
    "duns-invalid":
      "Un numéro D-U-N-S compte exactement 9 chiffres et rien d’autre. Corrigez le numéro, ou laissez la cellule vide.",
    "email-invalid":
      "Partner Center a besoin d’une adresse e-mail valide, comme nom@contoso.com. Corrigez l’adresse.",
    "phone-invalid":
      "Un numéro de téléphone ne doit contenir que des chiffres, des espaces et les caractères + - ( ) . Retirez tout le reste, comme des lettres ou des notes de poste.",
    "digits-invalid":
      "Cette colonne contient un identifiant composé uniquement de chiffres. Retirez lettres, espaces et autres caractères.",
    "sales-stage-format":
      "Sales Stage est le pourcentage de l’étape en nombre simple (40, pas 40 %). Rien à faire : « Enregistrer en CSV » écrit le nombre.",
    "sales-stage-invalid":
      "Sales Stage n’accepte que les pourcentages d’étape listés ci-dessous. Choisissez l’étape qui correspond à l’opportunité.",
    "domain-not-bare":
      "Partner Center attend seulement le nom de domaine, comme contoso.com, sans https://, www. ni chemin. « Corriger » écrit le domaine seul.",
    "domain-invalid":
      "Customer Domain Name doit être un domaine comme contoso.com. Corrigez-le, ou laissez la cellule vide.",
    "final-account-match-invalid":
      "Final account match doit être l’un des comptes proposés par Partner Center, commençant par MicrosoftID: Nombre-Alphanumérique (ou DUNSID: pour une suggestion D-U-N-S). Choisissez l’une des suggestions de la ligne.",
    "code-invalid":
      "Cette colonne prend le numéro d’un code, pas son texte. Saisissez le numéro de la liste ci-dessous.",
    "solution-id-missing":
      "Une colonne Solution s’écrit Solution ID, devise, prix, quantité ; le Solution ID vient en premier et est obligatoire. Ajoutez l’identifiant de la solution depuis Partner Center.",
    "solution-currency-invalid":
      "La deuxième partie d’une colonne Solution est un code devise ISO 4217 comme USD. Corrigez la devise.",
    "solution-price-invalid":
      "La troisième partie d’une colonne Solution est le prix : un nombre positif ou nul, . comme séparateur décimal, sans symbole. Corrigez le prix.",
    "solution-quantity-invalid":
      "La quatrième partie d’une colonne Solution est la quantité : un nombre entier de 1 ou plus. Corrigez la quantité.",
    "solution-too-many-parts":
      "Une colonne Solution a au plus quatre parties séparées par des virgules : Solution ID, devise, prix, quantité. Retirez les parties en trop (une virgule dans un nombre le coupe).",
    "team-member-incomplete":
      "Une colonne Team member demande quatre parties séparées par des virgules : prénom, nom, numéro de mobile, e-mail. Ajoutez les parties manquantes.",
    "team-member-email-invalid":
      "La quatrième partie d’une colonne Team member est l’adresse e-mail de la personne. Corrigez-la.",
    "service-value-unlisted":
      "La valeur ne figure pas dans la liste des valeurs de services connues, qui peut être dépassée. Vérifiez-la dans Partner Center ; ce n’est qu’un avertissement.",
    "solution-play-wrong-area":
      "Chaque solution play appartient à une seule solution area. Choisissez un play de l’area choisie, ou changez d’area.",
    "date-not-canonical":
      "Partner Center attend des dates écrites mois/jour/année (1/30/2026). Rien à faire : « Enregistrer en CSV » écrit cette forme.",
    "date-two-digit-year":
      "Une année à deux chiffres est lue comme 20xx. Vérifiez la date et écrivez l’année complète pour plus de sûreté.",
    "date-reordered":
      "Cette date ne peut être que jour d’abord (son premier nombre dépasse 12) ; elle est donc réécrite mois d’abord comme l’attend Partner Center. Rien à faire.",
    "date-invalid":
      "Partner Center a besoin d’une date écrite mois/jour/année (1/30/2026). Écrivez la date sous cette forme.",
    "date-impossible":
      "Ce jour n’existe pas dans le calendrier (par exemple le 30 février). Corrigez la date.",
    "date-ambiguous":
      "Cette colonne contient autant de dates qui ne peuvent être que jour d’abord (comme 25/3/2025) que de dates qui ne peuvent être que mois d’abord (comme 3/25/2025) : une date comme 3/4/2025 peut donc s’y lire des deux façons. Indiquez l’ordre de vos dates, ou écrivez la date sous une forme sans ambiguïté.",
    "date-majority-month-first":
      "La plupart des dates sans ambiguïté de cette colonne sont mois d’abord ; cette date, qui peut se lire des deux façons, est donc lue mois d’abord. Vérifiez-la : si elle est jour d’abord, écrivez-la au format AAAA-MM-JJ ; si toute la feuille est jour d’abord, réglez « Lecture des dates comme 3/4/2025 » sur « Jour d’abord » à l’étape « Vérifier ».",
    "date-majority-day-first":
      "La plupart des dates sans ambiguïté de cette colonne sont jour d’abord ; cette date, qui peut se lire des deux façons, est donc lue jour d’abord. Vérifiez-la : si elle est mois d’abord, écrivez-la au format AAAA-MM-JJ ; si toute la feuille est mois d’abord, réglez « Lecture des dates comme 3/4/2025 » sur « Mois d’abord » à l’étape « Vérifier ».",
    "status-substatus-mismatch":
      "Chaque Partner Referral Status n’autorise que certains sous-statuts (liste ci-dessous). Changez le statut ou le sous-statut pour qu’ils concordent.",
    "create-row-status":
      "Une nouvelle opportunité (sans Referral ID) se crée normalement avec le statut New et le sous-statut Accepted. Vérifiez la ligne ; pour modifier une opportunité existante, ajoutez son Referral ID.",
    "reason-code-not-needed":
      "Le motif n’est lu que si le sous-statut est Declined, Lost ou Error. Videz la cellule, ou vérifiez le sous-statut.",
    "help-code-not-needed":
      "Le type d’aide n’est lu que si « Microsoft help required? » vaut Yes. Videz la cellule, ou passez l’aide à Yes.",
    "help-not-shared":
      "Une demande d’aide à Microsoft est toujours partagée avec l’équipe commerciale de Microsoft. Passez « Share with Microsoft sales team » à Yes.",
    "consent-no":
      "Partner Center ne crée ou ne met à jour une opportunité que si vous consentez à partager les contacts client et partenaire. Mettez Yes, ou retirez l’opportunité du fichier.",
    "partner-center-error":
      "Partner Center a refusé cette ligne lors du dernier import et en a écrit la raison dans la colonne Errors. Corrigez ce qu’elle indique, vérifiez de nouveau et n’importez que les lignes en échec.",
    "account-match-empty":
      "Partner Center a proposé des comptes pour ce client. Copiez la bonne suggestion dans Final account match, puis importez de nouveau.",
    "account-match-low-confidence":
      "Partner Center n’est pas sûr d’avoir associé le bon compte client. Comparez l’association avec les suggestions et gardez-la ou remplacez-la.",
    "referral-id-duplicate":
      "Chaque Referral ID ne peut figurer que sur une ligne ; Partner Center refuse la répétition. Supprimez la ligne en double, ou reportez ses modifications dans la première.",
    "create-row-duplicate":
      "Deux nouvelles opportunités avec le même client et le même nom créeraient deux opportunités. Supprimez-en une, sauf s’il s’agit vraiment d’opportunités différentes.",
    "engagement-id-missing":
      "Une ligne qui met à jour une opportunité porte normalement son Engagement ID tiré du fichier téléchargé. Recopiez-le depuis le fichier envoyé par Partner Center.",
    "marketplace-intent-missing":
      "Marketplace Purchase Intent indique si le client compte acheter via la Marketplace de Microsoft ; il est obligatoire pour les nouvelles opportunités. Choisissez une valeur dans la liste ci-dessous.",
    "terminal-row-edited":
      "Partner Center n’accepte plus de modification une fois qu’une opportunité est Won, Lost, Declined, Expired ou Error. Retirez la ligne de l’import.",
    "read-only-edited":
      "Partner Center ignore les modifications de cette colonne à ce stade de l’opportunité. Remettez la valeur d’origine, ou modifiez-la dans Partner Center s’il le permet.",
  },
  labels: {
    "declined-lost-reasons": {
      "1": "Le budget du projet est insuffisant",
      "2": "Le client n’a pas répondu",
      "3": "Le client a choisi un autre fournisseur",
      "4": "Exigence du client non satisfaite",
      "5": "Pas un client",
      "6": "Le délai proposé était trop court",
      "7": "Signaler comme abus, spam ou hameçonnage",
      "8": "Autres",
    },
    "error-reasons": {
      "1": "Doublon – créé par import en bloc",
      "2": "Doublon – créé dans Partner Center",
      "3": "Doublon – envoyé par Microsoft",
      "4": "Problèmes de synchronisation des données du connecteur",
      "5": "Problèmes de correspondance client",
      "6": "Problèmes de solution – à expliquer dans les notes",
      "7": "Recommandation de test",
      "8": "Erreur de données",
      "9": "Autres – à expliquer dans les notes",
    },
    "help-codes": {
      "1": "Proposition de valeur propre à la charge de travail",
      "2": "Architecture technique du client",
      "3": "Preuve de concept / démo",
      "4": "Devis et licences",
      "5": "Réussite client après la vente",
      "6": "Général ou autre",
    },
  },
};
