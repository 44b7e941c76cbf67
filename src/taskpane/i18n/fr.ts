// French UI strings (same keys as en.ts).
import type { Strings } from "./en";

export const fr: Strings = {
  appTitle: "Vérificateur d’import co-sell",
  statusRegion: "État",

  stepsLabel: "Étapes",
  stepPrepare: "Préparer",
  stepCheck: "Vérifier",
  stepReview: "Corriger",
  stepSave: "Enregistrer",
  stepAfterUpload: "Après l’import",
  moreMenu: "Plus d’options",
  moreHelp: "Aide et diagnostic",
  nextPrepare:
    "Ouvrez le fichier CSV téléchargé depuis Partner Center, ou insérez le modèle pour en commencer un nouveau.",
  nextCheck:
    "Sélectionnez « Vérifier la feuille » : chaque ligne est vérifiée et les problèmes sont mis en évidence dans la feuille.",
  nextReviewFirst: "Rien à corriger pour l’instant : vérifiez d’abord la feuille.",
  nextReviewErrors:
    "Corrigez les problèmes relevés ci-dessous : sélectionnez-en un pour aller à sa cellule, ou appliquez les corrections proposées. Les nombres suivent vos modifications.",
  nextReviewClean: "Plus aucune erreur. Enregistrez la feuille en fichier CSV quand vous êtes prêt.",
  nextSave: "Enregistrez la feuille en fichier CSV, puis importez-le dans Partner Center.",
  nextSaveErrors_one:
    "{count} erreur subsiste : Partner Center refusera cette ligne. Corrigez-la d’abord, ou enregistrez quand même.",
  nextSaveErrors_other:
    "{count} erreurs subsistent : Partner Center refusera ces lignes. Corrigez-les d’abord, ou enregistrez quand même.",
  nextAfterUpload:
    "Ne gardez que les lignes refusées par Partner Center, corrigez-les, puis enregistrez-les et importez-les à nouveau.",
  goCheck: "Aller à Vérifier",
  goReview: "Aller à Corriger",
  goSave: "Continuer vers Enregistrer",

  diagnosticsHeading: "Aide et diagnostic",
  diagnosticsIntro:
    "Si quelque chose ne fonctionne pas, copiez ces informations dans votre demande d’assistance. Rien n’est envoyé, et aucune cellule de vos données n’est incluse.",
  diagnosticsCopy: "Copier le diagnostic",
  diagnosticsCopied: "Diagnostic copié. Collez-le dans votre demande d’assistance.",
  diagnosticsCopyFailed: "Copie impossible : sélectionnez le texte du diagnostic ci-dessous et copiez-le.",
  diagnosticsTextLabel: "Diagnostic",
  diagnosticsSelfTest: "Lancer l’autotest",
  diagnosticsSelfTestRunning: "Test en cours…",
  diagnosticsSelfTestPassed:
    "Autotest réussi : tout ce que fait le complément fonctionne dans cet Excel. La feuille de test a été supprimée.",
  diagnosticsSelfTestFailed_one:
    "Autotest : {count} opération a échoué. Copiez le diagnostic pour savoir laquelle.",
  diagnosticsSelfTestFailed_other:
    "Autotest : {count} opérations ont échoué. Copiez le diagnostic pour savoir lesquelles.",

  gettingStartedHeading: "Premiers pas",
  gettingStartedStep1:
    "Ouvrez le fichier CSV téléchargé depuis Partner Center (Ouvrir un fichier CSV), ou insérez le modèle.",
  gettingStartedStep2:
    "Sélectionnez Vérifier la feuille : les problèmes sont surlignés dans la feuille et listés ici.",
  gettingStartedStep3:
    "Appliquez les corrections proposées, puis enregistrez en CSV et importez le fichier dans Partner Center.",
  gettingStartedPrivacy: "Vos données ne quittent jamais ce classeur.",
  gettingStartedDismiss: "Compris",
  gettingStartedShow: "Afficher les premiers pas",

  prepareHeading: "Préparer",
  prepareSolutionColumns: "Colonnes Solution",
  prepareTeamMemberColumns: "Colonnes Membre de l’équipe",
  prepareColumnsHint: "De 1 à 50.",
  prepareInsertTemplate: "Insérer le modèle",
  prepareApplyDropdowns: "Ajouter les listes déroulantes",
  prepareDropdownsNeedHeader:
    "Les listes déroulantes ont besoin de la ligne d’en-tête du modèle : ouvrez d’abord le fichier CSV ou insérez le modèle.",
  prepareTemplateInserted: "Modèle inséré dans la feuille {sheet}.",
  prepareDropdownsApplied_one: "Listes déroulantes ajoutées à {count} colonne.",
  prepareDropdownsApplied_other: "Listes déroulantes ajoutées à {count} colonnes.",
  prepareSuggestDropdowns:
    "Ensuite, sélectionnez Ajouter les listes déroulantes pour que les colonnes à liste proposent leurs valeurs autorisées.",
  openButton: "Ouvrir un fichier CSV…",
  openRunning: "Ouverture…",
  openPickerLabel: "Fichier CSV à ouvrir",
  openProgressLabel: "Progression de l’ouverture",
  openProgress: "{done} lignes écrites sur {total}",
  openCancel: "Annuler l’ouverture",
  openCancelled: "Ouverture annulée. Rien n’a été ajouté au classeur.",
  openDone_one:
    "{file} ouvert dans la feuille {sheet} : {count} enregistrement, lu en {encoding}, valeurs séparées par des {delimiter}.",
  openDone_other:
    "{file} ouvert dans la feuille {sheet} : {count} enregistrements, lus en {encoding}, valeurs séparées par des {delimiter}.",
  openDelimiterComma: "virgules",
  openDelimiterSemicolon: "points-virgules",
  openDelimiterTab: "tabulations",
  openHeaderNotStyled:
    "La ligne d’en-tête n’a pas pu être mise en forme, mais toutes les cellules du fichier sont là.",
  openNext: "Ensuite, sélectionnez Vérifier la feuille.",
  openUnreadable: "{file} n’a pas été ouvert : {reason}",
  openTooBig:
    "{file} n’a pas été ouvert : ses {rows} lignes et {columns} colonnes ne tiennent pas dans une feuille Excel.",
  openCellTooLong:
    "{file} n’a pas été ouvert : la cellule {cell} contient {length} caractères, plus que les 32 767 qu’une cellule Excel peut contenir.",
  openWarningsLabel: "Relevé à la lecture du fichier",
  headerEmptySheet: "Cette feuille est vide : sélectionnez Insérer le modèle pour partir du modèle co-sell.",
  headerRecognised_one: "Ligne d’en-tête : {count} colonne du modèle reconnue.",
  headerRecognised_other: "Ligne d’en-tête : {count} colonnes du modèle reconnues.",
  headerFindingsIntro: "Dans la ligne d’en-tête de la feuille {sheet} :",
  headerMore_one: "…et {count} autre.",
  headerMore_other: "…et {count} autres.",
  headerOldTemplateTitle: "Il s’agit d’un ancien modèle",
  headerUnavailable: "Impossible de lire la ligne d’en-tête. {reason} « Vérifier la feuille » la relira.",

  checkHeading: "Vérifier",
  checkDateOrder: "Lecture des dates comme 3/4/2025",
  checkDateOrderAuto: "Chaque colonne décide",
  checkDateOrderMdy: "Mois d’abord (4 mars)",
  checkDateOrderDmy: "Jour d’abord (3 avril)",
  checkDateOrderHint:
    "Ne compte que pour les dates qui se lisent des deux façons. « Chaque colonne décide » lit une colonne comme l’indiquent ses dates sans ambiguïté (25/3/2025 : jour d’abord, 3/25/2025 : mois d’abord), et selon le format régional d’Excel si elle n’en a aucune. Les fichiers enregistrés utilisent toujours M/J/AAAA.",
  checkRun: "Vérifier la feuille",
  checkRunning: "Vérification…",
  checkProgressLabel: "Progression de la vérification",
  checkProgress: "{done} lignes vérifiées sur {total}",
  checkCancel: "Annuler la vérification",
  checkCancelled: "Vérification annulée. La feuille n’a pas été modifiée.",
  checkDone: "Vérification terminée. Erreurs : {errors}. Avertissements : {warnings}. Infos : {notices}.",
  checkHighlightsNotUpdated:
    "Surlignages non mis à jour : les problèmes sont listés ici, mais les marques de la feuille n’ont pas pu être modifiées.",
  liveCheck: "Vérifier pendant la saisie",
  liveCheckHint:
    "Revérifie les lignes modifiées et met à jour les surlignages et les totaux, sans sélectionner Vérifier la feuille.",
  liveChecked:
    "Revérifié après votre modification. Erreurs : {errors}. Avertissements : {warnings}. Infos : {notices}.",
  clearHighlights: "Effacer les surlignages",
  clearHighlightsDone: "Surlignages effacés sur toutes les feuilles.",
  clearHighlightsPartly:
    "Surlignages effacés, sauf sur {sheets} : Excel y a refusé la modification (la feuille est-elle protégée ?).",

  summaryHeading: "Résumé",
  summarySheet: "Feuille : {sheet}",
  summaryRecords: "Enregistrements",
  summaryErrors: "Erreurs",
  summaryWarnings: "Avertissements",
  summaryNotices: "Infos",
  summaryNewDeals_one: "{count} nouvelle opportunité",
  summaryNewDeals_other: "{count} nouvelles opportunités",
  summaryUpdates_one: "{count} mise à jour",
  summaryUpdates_other: "{count} mises à jour",
  summaryCreateUpdate: "{newDeals}, {updates}",
  summaryClean: "Aucun problème trouvé. La feuille est prête à être enregistrée.",
  summaryEmptySheet:
    "Cette feuille est vide. Insérez le modèle ou ouvrez un fichier CSV, ajoutez vos opportunités, puis vérifiez à nouveau.",
  summaryNoRecords:
    "La ligne d’en-tête est là, mais aucune opportunité ne figure encore en dessous. Ajoutez une opportunité par ligne, puis vérifiez à nouveau.",
  summaryOnlyNotices_one:
    "Ni erreur ni avertissement : la feuille est prête à être enregistrée. {count} résultat ci-dessous est fourni à titre d’information uniquement.",
  summaryOnlyNotices_other:
    "Ni erreur ni avertissement : la feuille est prête à être enregistrée. {count} résultats ci-dessous sont fournis à titre d’information uniquement.",
  summaryHiddenByFilter_one: "{count} ligne est masquée par un filtre ; elle a aussi été vérifiée.",
  summaryHiddenByFilter_other: "{count} lignes sont masquées par un filtre ; elles ont aussi été vérifiées.",
  summaryHiddenRows_one: "{count} ligne est masquée ; elle a aussi été vérifiée.",
  summaryHiddenRows_other: "{count} lignes sont masquées ; elles ont aussi été vérifiées.",
  summaryHiddenColumns_one: "{count} colonne est masquée ; elle a aussi été vérifiée.",
  summaryHiddenColumns_other: "{count} colonnes sont masquées ; elles ont aussi été vérifiées.",
  summaryDropdownsMissing:
    "Certaines cellules de {columns} ont perdu leur liste déroulante (le collage la remplace) ; choisissez « Ajouter les listes déroulantes » pour la rétablir.",
  summaryOverLimit:
    "Cette feuille contient {records} enregistrements ; Partner Center en accepte au plus {limit} par fichier. Enregistrez avec « Fractionner en fichiers » pour l’importer en plusieurs fois.",

  severityError: "Erreur",
  severityWarning: "Avertissement",
  severityNotice: "Info",
  badgePartnerCenter: "Partner Center",

  reportButton: "Rapport des résultats",
  reportToSheet: "Les lister dans une nouvelle feuille",
  reportToCsv: "Télécharger en CSV",
  reportToCsvText: "Afficher en texte CSV à copier",
  reportSheetName: "Résultats",
  reportFileName: "resultats",
  reportWritten_one:
    "{count} résultat listé dans la nouvelle feuille « {sheet} » ; chaque adresse de cellule y ouvre sa cellule.",
  reportWritten_other:
    "{count} résultats listés dans la nouvelle feuille « {sheet} » ; chaque adresse de cellule y ouvre sa cellule.",
  reportCsvStarted_one: "Téléchargement de {name} lancé ({count} résultat).",
  reportCsvStarted_other: "Téléchargement de {name} lancé ({count} résultats).",
  reportCsvTextReady: "Le rapport des résultats est prêt ci-dessous en texte CSV : copiez-le.",
  reportColRow: "Ligne",
  reportColCell: "Cellule",
  reportColColumn: "Colonne",
  reportColSeverity: "Gravité",
  reportColRule: "Règle",
  reportColCode: "Code",
  reportColMessage: "Message",
  reportColValue: "Valeur",
  reportColFix: "Correction",

  helpButtonLabel: "Qu’est-ce que cela signifie ? {rule}",
  helpAllowedValues: "Valeurs autorisées",
  helpListDeclinedLost: "Codes de motif quand le sous-statut est Declined ou Lost",
  helpListError: "Codes de motif quand le sous-statut est Error",
  helpListHelp: "Types d’aide (saisissez le numéro)",
  helpListStatuses: "Statuts et sous-statuts autorisés",
  helpListSubstatuses: "Sous-statuts et statuts correspondants",
  helpListStages: "Étapes de vente",
  helpStatusMeaning: "sous-statut {list}",
  helpSubstatusMeaning: "avec le statut {list}",
  helpSubstatusTerminal: "avec le statut {list} ; définitif : Partner Center n’accepte plus de modification",
  helpStageMeaning: "{percent} % (pourcentage de l’étape)",

  reviewHeading: "Résultats",
  reviewGroupBy: "Regrouper par",
  reviewGroupByColumn: "Colonne",
  reviewGroupByRow: "Ligne",
  reviewNavLabel: "Parcourir les résultats",
  reviewNavPrevious: "Précédent",
  reviewNavNext: "Suivant",
  reviewNavIntro_one: "{count} résultat. Sélectionnez Suivant pour aller à sa cellule.",
  reviewNavIntro_other:
    "{count} résultats, erreurs d’abord. Sélectionnez Suivant pour aller à la cellule du premier.",
  reviewNavPosition: "Résultat {index} sur {count} :",
  reviewNavPositionCell: "Résultat {index} sur {count}, cellule {cell} :",
  reviewNavKeys:
    "Clavier : F8 passe au résultat suivant, Maj+F8 au précédent, tant que le focus est dans Résultats.",
  reviewFilterSeverity: "Niveaux affichés",
  reviewFilterErrors: "Erreurs ({count})",
  reviewFilterWarnings: "Avertissements ({count})",
  reviewFilterNotices: "Infos ({count})",
  reviewFilterColumn: "Colonne",
  reviewFilterAllColumns: "Toutes les colonnes ({count})",
  reviewFilterColumnOption: "{column} ({count})",
  reviewFilterReset: "Afficher tous les résultats",
  reviewNoMatch: "Aucun résultat ne correspond à ces filtres.",
  reviewNone: "Aucun résultat.",
  reviewRulesHeading: "Nombre par règle",
  reviewFixRule: "Tout corriger",
  reviewFixRuleLabel: "Tout corriger : {rule} ({count})",
  reviewWholeFile: "Fichier entier",
  reviewRow: "Ligne {row}",
  reviewGroupCount_one: "{count} résultat",
  reviewGroupCount_other: "{count} résultats",
  reviewShowMore: "Afficher {count} de plus",
  reviewValue: "Valeur : {value}",
  reviewEmptyValue: "(vide)",
  reviewFix: "Correction : {fix}",
  reviewGoToCell: "Aller à {cell}",
  reviewApplyOne: "Corriger",
  reviewApplyOneLabel: "Corriger {cell}",

  fixHeading: "Corrections",
  fixAll: "Corriger tout ce qui peut l’être ({count})",
  fixSafe: "Appliquer les corrections sûres ({count})",
  fixRestore: "Annuler la dernière modification",
  fixRestoreLabel: "Annuler la dernière modification : remettre ce que le complément a changé en dernier",
  fixPreviewTitle_one: "Appliquer {count} correction ?",
  fixPreviewTitle_other: "Appliquer {count} corrections ?",
  fixPreviewIntro: "Ces cellules vont changer :",
  fixPreviewMore: "…et {count} de plus.",
  fixApply: "Appliquer",
  fixCancel: "Annuler",
  fixApplied_one: "{count} cellule modifiée.",
  fixApplied_other: "{count} cellules modifiées.",
  fixRestored_one: "{count} cellule restaurée.",
  fixRestored_other: "{count} cellules restaurées.",
  fixRestoreChangedSince_one:
    "{count} cellule a été modifiée depuis la correction et reste telle quelle : {cells}.",
  fixRestoreChangedSince_other:
    "{count} cellules ont été modifiées depuis la correction et restent telles quelles : {cells}.",

  saveHeading: "Enregistrer",
  saveSplit: "Fractionner en fichiers d’au plus {limit} enregistrements",
  saveBom: "Marquer le fichier comme UTF-8 (les accents restent lisibles dans Excel)",
  saveButton: "Enregistrer en CSV",
  saveErrorsTitle: "Il reste des erreurs",
  saveErrorsBody_one:
    "Il reste {count} erreur. Partner Center rejettera les lignes en erreur. Enregistrer quand même ?",
  saveErrorsBody_other:
    "Il reste {count} erreurs. Partner Center rejettera les lignes en erreur. Enregistrer quand même ?",
  saveAnyway: "Enregistrer quand même",
  saveCancel: "Annuler",
  saveDownloadStarted:
    "Téléchargement de {name} lancé (enregistrements : {records}) : votre navigateur l’enregistre dans son dossier de téléchargements, ou vous demande où.",
  saveParts_one: "{count} fichier est prêt : téléchargez-le avec son bouton ci-dessous.",
  saveParts_other:
    "{count} fichiers sont prêts : téléchargez chaque partie avec son bouton ci-dessous, puis importez-les un par un.",
  saveTextReady_one:
    "Le texte CSV de {count} fichier est prêt ci-dessous : copiez-le, collez-le dans un éditeur de texte et enregistrez-le comme fichier .csv en UTF-8.",
  saveTextReady_other:
    "Le texte CSV de {count} fichiers est prêt ci-dessous : copiez chacun, collez-le dans un éditeur de texte et enregistrez-le comme fichier .csv en UTF-8.",
  saveNoDownloadIntro:
    "Excel sur Mac et iPad ne peut pas télécharger de fichiers depuis un complément. Copiez le texte ci-dessous, collez-le dans un éditeur de texte et enregistrez-le comme fichier .csv en UTF-8.",
  saveFileLabel: "{name} (enregistrements : {records})",
  saveDownload: "Télécharger",
  saveDownloadLabel: "Télécharger {name}",
  saveCopy: "Copier le texte CSV",
  saveCopyLabel: "Copier le texte CSV de {name}",
  saveCopied: "Texte CSV de {name} copié dans le presse-papiers.",
  saveCopyFailed:
    "Copie impossible : sélectionnez le texte ci-dessous et copiez-le avec Ctrl+C (Cmd+C sur Mac).",
  saveNothing: "Il n’y a aucun enregistrement à enregistrer.",
  saveEmptySheet: "Rien à enregistrer : cette feuille est vide.",

  afterHeading: "Résultats de Partner Center",
  afterIntro_one: "Partner Center a rejeté {count} ligne. Ses erreurs portent le badge « Partner Center ».",
  afterIntro_other:
    "Partner Center a rejeté {count} lignes. Leurs erreurs portent le badge « Partner Center ».",
  afterKeepFailed: "Ne garder que les lignes refusées",
  afterKeepFailedHint:
    "Déplace les lignes acceptées par Partner Center vers une nouvelle feuille pour n’importer que les lignes corrigées.",
  afterKept:
    "Lignes refusées conservées : {kept}. Lignes acceptées déplacées vers la feuille {sheet} : {moved}.",
  afterKeepConfirmTitle: "Ne garder que les lignes refusées ?",
  afterKeepConfirmBody:
    "Les lignes acceptées par Partner Center passent dans une nouvelle feuille ; seules les lignes refusées restent ici, prêtes à être corrigées et importées à nouveau. « Annuler la dernière modification » les remet en place.",
  afterKeepConfirm: "Garder les lignes refusées",
  afterKeepCancel: "Annuler",
  undoRowsBack_one: "{count} ligne remise en place depuis la feuille {sheet}, qui a ensuite été supprimée.",
  undoRowsBack_other:
    "{count} lignes remises en place depuis la feuille {sheet}, qui a ensuite été supprimée.",
  undoNotPossible:
    "Les lignes déplacées n’ont pas été remises en place : la feuille {sheet} ou {movedTo} a changé depuis. Recopiez-les depuis {movedTo} si besoin.",

  accountHeading: "Correspondance de compte",
  accountIntro_one:
    "{count} ligne demande de vérifier son Final account match : il est vide alors que Partner Center a suggéré des comptes, ou Partner Center l’a associé avec une confiance faible (Low).",
  accountIntro_other:
    "{count} lignes demandent de vérifier leur Final account match : il est vide alors que Partner Center a suggéré des comptes, ou Partner Center l’a associé avec une confiance faible (Low).",
  accountNothing: "Aucune ligne ne demande de vérifier son Final account match.",
  accountListLabel: "Lignes à vérifier",
  accountApply: "Ajouter les listes de correspondance de compte",
  accountApplyHint:
    "Dans chaque ligne, Final account match reçoit la liste des suggestions de Partner Center pour cette ligne : comptes gérés, non gérés, puis DUNS.",
  accountApplied_one: "Liste de ses propres suggestions ajoutée à {count} ligne.",
  accountApplied_other: "Liste de ses propres suggestions ajoutée à chacune des {count} lignes.",

  errorTitle: "Une action est nécessaire",
  errorDismiss: "Fermer",
  errorEditMode:
    "Excel est en train de modifier une cellule : appuyez sur Entrée ou Échap pour la quitter, puis réessayez.",
  errorProtected:
    "La feuille est protégée : ôtez la protection (Révision > Ôter la protection de la feuille), puis réessayez.",
  errorTooLarge:
    "La feuille est trop volumineuse pour être traitée en une fois : supprimez les lignes et colonnes inutilisées ou scindez la feuille, puis réessayez.",
  errorMergedHeader:
    "La ligne d’en-tête contient des cellules fusionnées ({areas}) : annulez la fusion pour que chaque colonne ait son propre en-tête, puis vérifiez à nouveau.",
  errorFilterActive:
    "Effacez d’abord le filtre (Données > Effacer), puis choisissez à nouveau « Ne garder que les lignes refusées ».",
  errorDeleteBlocked:
    "Rien n’a été déplacé : supprimer les lignes acceptées couperait un tableau ou des cellules fusionnées en {area}. Déplacez le tableau ou annulez la fusion de ces cellules, puis choisissez à nouveau « Ne garder que les lignes refusées ».",
  errorUnsupported:
    "Cette version d’Excel ne peut pas effectuer cette étape ({code}) : mettez Office à jour ou utilisez Excel pour le web.",
  errorConflict: "Quelqu’un d’autre a modifié le classeur au même moment : réessayez.",
  errorChanged:
    "Le classeur a changé pendant le travail du complément (une feuille ou une cellule utilisée a disparu) : vérifiez de nouveau la feuille.",
  errorRowsLocked:
    "Excel ne peut pas supprimer ces lignes : un tableau, des cellules fusionnées ou un filtre les traversent. Retirez-le, puis réessayez.",
  errorReadFailed:
    "Excel n’a pas pu envoyer les lignes {first} à {last} de la feuille, même par petits morceaux : fermez les autres classeurs ou redémarrez Excel, puis réessayez.",
  errorNoAccountSuggestions:
    "Cette feuille ne contient aucune suggestion de compte de Partner Center (Final account match avec les colonnes Managed, Unmanaged ou DUNS account) : ouvrez le fichier traité, puis vérifiez-le à nouveau.",
  errorGeneric:
    "Un problème est survenu ({detail}) ; réessayez et, si cela se reproduit, fermez puis rouvrez le complément.",
};
