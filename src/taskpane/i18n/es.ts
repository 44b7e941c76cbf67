// Spanish UI strings (same keys as en.ts).
import type { Strings } from "./en";

export const es: Strings = {
  appTitle: "Comprobador de cargas de co-sell",
  statusRegion: "Estado",

  stepsLabel: "Pasos",
  stepPrepare: "Preparar",
  stepCheck: "Comprobar",
  stepReview: "Corregir",
  stepSave: "Guardar",
  stepAfterUpload: "Tras la carga",
  moreMenu: "Más opciones",
  moreHelp: "Ayuda y diagnóstico",
  nextPrepare:
    "Abra el archivo CSV que descargó de Partner Center, o inserte la plantilla para empezar uno nuevo.",
  nextCheck: "Seleccione «Comprobar hoja»: se comprueba cada fila y los problemas se resaltan en la hoja.",
  nextReviewFirst: "Aún no hay nada que corregir: compruebe primero la hoja.",
  nextReviewErrors:
    "Corrija los hallazgos de abajo: seleccione uno para ir a su celda, o aplique las correcciones sugeridas. Los recuentos siguen sus cambios.",
  nextReviewClean: "No quedan errores. Guarde la hoja como archivo CSV cuando esté listo.",
  nextSave: "Guarde la hoja como archivo CSV y luego cárguelo en Partner Center.",
  nextSaveErrors_one:
    "Queda {count} error: Partner Center rechazará esa fila. Corríjalo primero, o guarde de todos modos.",
  nextSaveErrors_other:
    "Quedan {count} errores: Partner Center rechazará esas filas. Corríjalos primero, o guarde de todos modos.",
  nextAfterUpload:
    "Conserve solo las filas que Partner Center rechazó, corríjalas y vuelva a guardarlas y cargarlas.",
  goCheck: "Ir a Comprobar",
  goReview: "Ir a Corregir",
  goSave: "Continuar a Guardar",

  diagnosticsHeading: "Ayuda y diagnóstico",
  diagnosticsIntro:
    "Si algo no funciona, copie estos datos en su solicitud de soporte. No se envía nada y no se incluye ninguna celda de sus datos.",
  diagnosticsCopy: "Copiar diagnóstico",
  diagnosticsCopied: "Diagnóstico copiado. Péguelo en su solicitud de soporte.",
  diagnosticsCopyFailed: "No se pudo copiar: seleccione el texto del diagnóstico de abajo y cópielo.",
  diagnosticsTextLabel: "Diagnóstico",
  diagnosticsSelfTest: "Ejecutar autoprueba",
  diagnosticsSelfTestRunning: "Probando…",
  diagnosticsSelfTestPassed:
    "Autoprueba superada: todo lo que hace el complemento funciona en este Excel. Se quitó la hoja de prueba.",
  diagnosticsSelfTestFailed_one: "Autoprueba: {count} operación falló. Copie el diagnóstico para ver cuál.",
  diagnosticsSelfTestFailed_other:
    "Autoprueba: {count} operaciones fallaron. Copie el diagnóstico para ver cuáles.",

  gettingStartedHeading: "Primeros pasos",
  gettingStartedStep1:
    "Abra el archivo CSV que descargó de Partner Center (Abrir archivo CSV) o inserte la plantilla.",
  gettingStartedStep2: "Seleccione Comprobar hoja: los problemas se resaltan en la hoja y se enumeran aquí.",
  gettingStartedStep3:
    "Aplique las correcciones sugeridas, guarde como CSV y cargue el archivo en Partner Center.",
  gettingStartedPrivacy: "Sus datos nunca salen de este libro.",
  gettingStartedDismiss: "Entendido",
  gettingStartedShow: "Ver primeros pasos",

  prepareHeading: "Preparar",
  prepareSolutionColumns: "Columnas Solution",
  prepareTeamMemberColumns: "Columnas de miembro del equipo",
  prepareColumnsHint: "De 1 a 50.",
  prepareInsertTemplate: "Insertar plantilla",
  prepareApplyDropdowns: "Agregar listas desplegables",
  prepareDropdownsNeedHeader:
    "Las listas desplegables necesitan la fila de encabezado de la plantilla: abra primero el archivo CSV o inserte la plantilla.",
  prepareTemplateInserted: "Plantilla insertada en la hoja {sheet}.",
  prepareDropdownsApplied_one: "Listas desplegables agregadas a {count} columna.",
  prepareDropdownsApplied_other: "Listas desplegables agregadas a {count} columnas.",
  prepareSuggestDropdowns:
    "A continuación, seleccione Agregar listas desplegables para que las columnas de lista ofrezcan sus valores permitidos.",
  openButton: "Abrir archivo CSV…",
  openRunning: "Abriendo…",
  openPickerLabel: "Archivo CSV que abrir",
  openProgressLabel: "Progreso de la apertura",
  openProgress: "{done} de {total} filas escritas",
  openCancel: "Cancelar apertura",
  openCancelled: "Apertura cancelada. No se agregó nada al libro.",
  openDone_one:
    "{file} abierto en la hoja {sheet}: {count} registro, leído como {encoding}, valores separados por {delimiter}.",
  openDone_other:
    "{file} abierto en la hoja {sheet}: {count} registros, leídos como {encoding}, valores separados por {delimiter}.",
  openDelimiterComma: "comas",
  openDelimiterSemicolon: "puntos y comas",
  openDelimiterTab: "tabulaciones",
  openHeaderNotStyled:
    "No se pudo dar formato a la fila de encabezado, pero todas las celdas del archivo están ahí.",
  openNext: "A continuación, seleccione Comprobar hoja.",
  openUnreadable: "{file} no se abrió: {reason}",
  openTooBig: "{file} no se abrió: sus {rows} filas y {columns} columnas no caben en una hoja de Excel.",
  openCellTooLong:
    "{file} no se abrió: la celda {cell} tiene {length} caracteres, más de los 32.767 que admite una celda de Excel.",
  openWarningsLabel: "Encontrado al leer el archivo",
  headerEmptySheet:
    "Esta hoja está vacía: seleccione Insertar plantilla para empezar con la plantilla de co-sell.",
  headerRecognised_one: "Fila de encabezado: se reconoce {count} columna de la plantilla.",
  headerRecognised_other: "Fila de encabezado: se reconocen {count} columnas de la plantilla.",
  headerFindingsIntro: "En la fila de encabezado de la hoja {sheet}:",
  headerMore_one: "…y {count} más.",
  headerMore_other: "…y {count} más.",
  headerOldTemplateTitle: "Esta es una plantilla antigua",
  headerUnavailable: "No se pudo leer la fila de encabezado. {reason} «Comprobar hoja» la volverá a leer.",

  checkHeading: "Comprobar",
  checkDateOrder: "Lectura de fechas como 3/4/2025",
  checkDateOrderAuto: "Cada columna decide",
  checkDateOrderMdy: "Mes primero (4 de marzo)",
  checkDateOrderDmy: "Día primero (3 de abril)",
  checkDateOrderHint:
    "Solo importa para fechas que admiten las dos lecturas. «Cada columna decide» lee una columna como indican sus fechas claras (25/3/2025: día primero, 3/25/2025: mes primero), y según el formato regional de Excel si no tiene ninguna. Los archivos guardados usan siempre M/D/AAAA.",
  checkRun: "Comprobar hoja",
  checkRunning: "Comprobando…",
  checkProgressLabel: "Progreso de la comprobación",
  checkProgress: "{done} de {total} filas comprobadas",
  checkCancel: "Cancelar comprobación",
  checkCancelled: "Comprobación cancelada. La hoja no se ha modificado.",
  checkDone: "Comprobación completada. Errores: {errors}. Advertencias: {warnings}. Info: {notices}.",
  checkHighlightsNotUpdated:
    "Resaltados no actualizados: los problemas se muestran aquí, pero no se pudieron cambiar las marcas de la hoja.",
  liveCheck: "Comprobar mientras edito",
  liveCheckHint:
    "Vuelve a comprobar las filas que cambia y actualiza los resaltados y los recuentos, sin pulsar Comprobar hoja.",
  liveChecked:
    "Comprobado de nuevo tras su cambio. Errores: {errors}. Advertencias: {warnings}. Info: {notices}.",
  clearHighlights: "Quitar resaltados",
  clearHighlightsDone: "Resaltados quitados en todas las hojas.",
  clearHighlightsPartly:
    "Resaltados quitados, salvo en {sheets}: Excel rechazó el cambio allí (¿está protegida la hoja?).",

  summaryHeading: "Resumen",
  summarySheet: "Hoja: {sheet}",
  summaryRecords: "Registros",
  summaryErrors: "Errores",
  summaryWarnings: "Advertencias",
  summaryNotices: "Info",
  summaryNewDeals_one: "{count} oportunidad nueva",
  summaryNewDeals_other: "{count} oportunidades nuevas",
  summaryUpdates_one: "{count} actualización",
  summaryUpdates_other: "{count} actualizaciones",
  summaryCreateUpdate: "{newDeals}, {updates}",
  summaryClean: "No se encontraron problemas. La hoja está lista para guardarse.",
  summaryEmptySheet:
    "Esta hoja está vacía. Inserte la plantilla o abra un archivo CSV, añada sus oportunidades y vuelva a comprobar.",
  summaryNoRecords:
    "La fila de encabezado está, pero todavía no hay oportunidades debajo. Añada una oportunidad por fila y vuelva a comprobar.",
  summaryOnlyNotices_one:
    "Ni errores ni advertencias: la hoja está lista para guardarse. {count} hallazgo de abajo es solo informativo.",
  summaryOnlyNotices_other:
    "Ni errores ni advertencias: la hoja está lista para guardarse. {count} hallazgos de abajo son solo informativos.",
  summaryHiddenByFilter_one: "{count} fila está oculta por un filtro; también se comprobó.",
  summaryHiddenByFilter_other: "{count} filas están ocultas por un filtro; también se comprobaron.",
  summaryHiddenRows_one: "{count} fila está oculta; también se comprobó.",
  summaryHiddenRows_other: "{count} filas están ocultas; también se comprobaron.",
  summaryHiddenColumns_one: "{count} columna está oculta; también se comprobó.",
  summaryHiddenColumns_other: "{count} columnas están ocultas; también se comprobaron.",
  summaryDropdownsMissing:
    "Algunas celdas de {columns} han perdido su lista desplegable (al pegar se reemplaza); elija «Agregar listas desplegables» para restaurarla.",
  summaryOverLimit:
    "Esta hoja tiene {records} registros; Partner Center acepta como máximo {limit} por archivo. Guarde con «Dividir en archivos» para cargarla por partes.",

  severityError: "Error",
  severityWarning: "Advertencia",
  severityNotice: "Info",
  badgePartnerCenter: "Partner Center",

  reportButton: "Informe de hallazgos",
  reportToSheet: "Listarlos en una hoja nueva",
  reportToCsv: "Descargar como CSV",
  reportToCsvText: "Mostrar como texto CSV para copiar",
  reportSheetName: "Hallazgos",
  reportFileName: "hallazgos",
  reportWritten_one:
    "{count} hallazgo listado en la hoja nueva «{sheet}»; cada dirección de celda abre su celda.",
  reportWritten_other:
    "{count} hallazgos listados en la hoja nueva «{sheet}»; cada dirección de celda abre su celda.",
  reportCsvStarted_one: "Descarga de {name} iniciada ({count} hallazgo).",
  reportCsvStarted_other: "Descarga de {name} iniciada ({count} hallazgos).",
  reportCsvTextReady: "El informe de hallazgos está listo abajo como texto CSV: cópielo.",
  reportColRow: "Fila",
  reportColCell: "Celda",
  reportColColumn: "Columna",
  reportColSeverity: "Gravedad",
  reportColRule: "Regla",
  reportColCode: "Código",
  reportColMessage: "Mensaje",
  reportColValue: "Valor",
  reportColFix: "Corrección",

  helpButtonLabel: "¿Qué significa esto? {rule}",
  helpAllowedValues: "Valores permitidos",
  helpListDeclinedLost: "Códigos de motivo cuando el subestado es Declined o Lost",
  helpListError: "Códigos de motivo cuando el subestado es Error",
  helpListHelp: "Tipos de ayuda (escriba el número)",
  helpListStatuses: "Estados y los subestados que admiten",
  helpListSubstatuses: "Subestados y los estados con los que van",
  helpListStages: "Fases de venta",
  helpStatusMeaning: "subestado {list}",
  helpSubstatusMeaning: "con el estado {list}",
  helpSubstatusTerminal: "con el estado {list}; definitivo: Partner Center no admite más cambios",
  helpStageMeaning: "{percent} % (porcentaje de la fase)",

  reviewHeading: "Hallazgos",
  reviewGroupBy: "Agrupar por",
  reviewGroupByColumn: "Columna",
  reviewGroupByRow: "Fila",
  reviewNavLabel: "Recorrer los hallazgos",
  reviewNavPrevious: "Anterior",
  reviewNavNext: "Siguiente",
  reviewNavIntro_one: "{count} hallazgo. Seleccione Siguiente para ir a su celda.",
  reviewNavIntro_other:
    "{count} hallazgos, primero los errores. Seleccione Siguiente para ir a la celda del primero.",
  reviewNavPosition: "Hallazgo {index} de {count}:",
  reviewNavPositionCell: "Hallazgo {index} de {count}, celda {cell}:",
  reviewNavKeys:
    "Teclado: F8 va al hallazgo siguiente y Mayús+F8 al anterior, mientras el foco está en Hallazgos.",
  reviewFilterSeverity: "Gravedades mostradas",
  reviewFilterErrors: "Errores ({count})",
  reviewFilterWarnings: "Advertencias ({count})",
  reviewFilterNotices: "Info ({count})",
  reviewFilterColumn: "Columna",
  reviewFilterAllColumns: "Todas las columnas ({count})",
  reviewFilterColumnOption: "{column} ({count})",
  reviewFilterReset: "Mostrar todos los hallazgos",
  reviewNoMatch: "Ningún hallazgo coincide con estos filtros.",
  reviewNone: "No hay hallazgos.",
  reviewRulesHeading: "Recuento por regla",
  reviewFixRule: "Corregir todo",
  reviewFixRuleLabel: "Corregir todo: {rule} ({count})",
  reviewWholeFile: "Archivo completo",
  reviewRow: "Fila {row}",
  reviewGroupCount_one: "{count} hallazgo",
  reviewGroupCount_other: "{count} hallazgos",
  reviewShowMore: "Mostrar {count} más",
  reviewValue: "Valor: {value}",
  reviewEmptyValue: "(vacío)",
  reviewFix: "Corrección: {fix}",
  reviewGoToCell: "Ir a {cell}",
  reviewApplyOne: "Corregir",
  reviewApplyOneLabel: "Corregir {cell}",

  fixHeading: "Correcciones",
  fixAll: "Corregir todo lo que se pueda ({count})",
  fixSafe: "Aplicar las correcciones seguras ({count})",
  fixRestore: "Deshacer el último cambio",
  fixRestoreLabel: "Deshacer el último cambio: devolver lo que el complemento cambió por última vez",
  fixPreviewTitle_one: "¿Aplicar {count} corrección?",
  fixPreviewTitle_other: "¿Aplicar {count} correcciones?",
  fixPreviewIntro: "Estas celdas cambiarán:",
  fixPreviewMore: "…y {count} más.",
  fixApply: "Aplicar",
  fixCancel: "Cancelar",
  fixApplied_one: "{count} celda cambiada.",
  fixApplied_other: "{count} celdas cambiadas.",
  fixRestored_one: "{count} celda restaurada.",
  fixRestored_other: "{count} celdas restauradas.",
  fixRestoreChangedSince_one: "{count} celda cambió después de la corrección y se deja como está: {cells}.",
  fixRestoreChangedSince_other:
    "{count} celdas cambiaron después de la corrección y se dejan como están: {cells}.",

  saveHeading: "Guardar",
  saveSplit: "Dividir en archivos de {limit} registros como máximo",
  saveBom: "Marcar el archivo como UTF-8 (los acentos se leen bien en Excel)",
  saveButton: "Guardar como CSV",
  saveErrorsTitle: "Quedan errores",
  saveErrorsBody_one:
    "Queda {count} error. Partner Center rechazará las filas con errores. ¿Guardar de todos modos?",
  saveErrorsBody_other:
    "Quedan {count} errores. Partner Center rechazará las filas con errores. ¿Guardar de todos modos?",
  saveAnyway: "Guardar de todos modos",
  saveCancel: "Cancelar",
  saveDownloadStarted:
    "Descarga de {name} iniciada (registros: {records}): el navegador la guarda en su carpeta de descargas o le pregunta dónde.",
  saveParts_one: "{count} archivo está listo: descárguelo con su botón de abajo.",
  saveParts_other:
    "{count} archivos están listos: descargue cada parte con su botón de abajo y cárguelas una a una.",
  saveTextReady_one:
    "El texto CSV de {count} archivo está listo abajo: cópielo, péguelo en un editor de texto y guárdelo como archivo .csv en UTF-8.",
  saveTextReady_other:
    "El texto CSV de {count} archivos está listo abajo: copie cada uno, péguelo en un editor de texto y guárdelo como archivo .csv en UTF-8.",
  saveNoDownloadIntro:
    "Excel en Mac y iPad no puede descargar archivos desde un complemento. Copie el texto siguiente, péguelo en un editor de texto y guárdelo como archivo .csv en UTF-8.",
  saveFileLabel: "{name} (registros: {records})",
  saveDownload: "Descargar",
  saveDownloadLabel: "Descargar {name}",
  saveCopy: "Copiar texto CSV",
  saveCopyLabel: "Copiar texto CSV de {name}",
  saveCopied: "Texto CSV de {name} copiado al portapapeles.",
  saveCopyFailed: "No se pudo copiar: seleccione el texto de abajo y cópielo con Ctrl+C (Cmd+C en Mac).",
  saveNothing: "No hay registros que guardar.",
  saveEmptySheet: "No hay nada que guardar: esta hoja está vacía.",

  afterHeading: "Resultados de Partner Center",
  afterIntro_one: "Partner Center rechazó {count} fila. Sus errores llevan la insignia «Partner Center».",
  afterIntro_other: "Partner Center rechazó {count} filas. Sus errores llevan la insignia «Partner Center».",
  afterKeepFailed: "Conservar solo las filas rechazadas",
  afterKeepFailedHint:
    "Mueve las filas que Partner Center aceptó a una hoja nueva para que cargue solo las filas corregidas.",
  afterKept: "Filas rechazadas conservadas: {kept}. Filas aceptadas movidas a la hoja {sheet}: {moved}.",
  afterKeepConfirmTitle: "¿Conservar solo las filas rechazadas?",
  afterKeepConfirmBody:
    "Las filas que Partner Center aceptó pasan a una hoja nueva; aquí quedan solo las rechazadas, listas para corregir y volver a cargar. «Deshacer el último cambio» las devuelve.",
  afterKeepConfirm: "Conservar filas rechazadas",
  afterKeepCancel: "Cancelar",
  undoRowsBack_one: "Se devolvió {count} fila desde la hoja {sheet}, que después se eliminó.",
  undoRowsBack_other: "Se devolvieron {count} filas desde la hoja {sheet}, que después se eliminó.",
  undoNotPossible:
    "Las filas movidas no se devolvieron: la hoja {sheet} o {movedTo} cambió desde entonces. Cópielas desde {movedTo} si las necesita.",

  accountHeading: "Coincidencia de cuenta",
  accountIntro_one:
    "Conviene revisar Final account match en {count} fila: está vacío aunque Partner Center sugirió cuentas, o Partner Center lo asoció con confianza baja (Low).",
  accountIntro_other:
    "Conviene revisar Final account match en {count} filas: está vacío aunque Partner Center sugirió cuentas, o Partner Center lo asoció con confianza baja (Low).",
  accountNothing: "Ninguna fila necesita revisar su Final account match.",
  accountListLabel: "Filas para revisar",
  accountApply: "Agregar listas de coincidencia de cuenta",
  accountApplyHint:
    "En cada fila, Final account match recibe una lista con las sugerencias de Partner Center para esa fila: cuentas administradas, no administradas y luego DUNS.",
  accountApplied_one: "Se agregó una lista con sus propias sugerencias a {count} fila.",
  accountApplied_other: "Se agregó una lista con sus propias sugerencias a cada una de las {count} filas.",

  errorTitle: "Hace falta su atención",
  errorDismiss: "Descartar",
  errorEditMode:
    "Excel está editando una celda: pulse Entrar o Esc para salir de ella y vuelva a intentarlo.",
  errorProtected: "La hoja está protegida: desprotéjala (Revisar > Desproteger hoja) y vuelva a intentarlo.",
  errorTooLarge:
    "La hoja es demasiado grande para procesarla de una vez: elimine filas y columnas sin usar o divida la hoja, y vuelva a intentarlo.",
  errorMergedHeader:
    "La fila de encabezado tiene celdas combinadas ({areas}): sepárelas para que cada columna tenga su propio encabezado y vuelva a comprobar.",
  errorFilterActive:
    "Borre primero el filtro (Datos > Borrar) y vuelva a elegir «Conservar solo las filas rechazadas».",
  errorDeleteBlocked:
    "No se ha movido nada: eliminar las filas aceptadas cortaría una tabla o celdas combinadas en {area}. Mueva la tabla o separe esas celdas y vuelva a elegir «Conservar solo las filas rechazadas».",
  errorUnsupported:
    "Esta versión de Excel no puede realizar este paso ({code}): actualice Office o use Excel para la web.",
  errorConflict: "Otra persona cambió el libro al mismo tiempo: vuelva a intentarlo.",
  errorChanged:
    "El libro cambió mientras trabajaba el complemento (falta una hoja o celda que usaba): vuelva a comprobar la hoja.",
  errorRowsLocked:
    "Excel no puede eliminar estas filas: una tabla, celdas combinadas o un filtro las atraviesan. Quítelo y vuelva a intentarlo.",
  errorReadFailed:
    "Excel no pudo enviar las filas {first}–{last} de la hoja, ni siquiera de pocas en pocas: cierre otros libros o reinicie Excel y vuelva a intentarlo.",
  errorNoAccountSuggestions:
    "Esta hoja no tiene sugerencias de cuenta de Partner Center (Final account match con las columnas Managed, Unmanaged o DUNS account): abra el archivo procesado y vuelva a comprobarlo.",
  errorGeneric:
    "Algo salió mal ({detail}); vuelva a intentarlo y, si sigue ocurriendo, cierre y vuelva a abrir el complemento.",
};
