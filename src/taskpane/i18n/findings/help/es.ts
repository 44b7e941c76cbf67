// Spanish help texts (terms as in ../es.ts: hallazgo, oportunidad, fila de encabezado, registro). Code
// labels translate Partner Center's English list names; the codes themselves are what the file holds.
import type { HelpTranslation } from "./types";

export const es: HelpTranslation = {
  help: {
    "file-empty":
      "Partner Center necesita la fila de encabezado de la plantilla de venta conjunta y al menos un registro. Parta de la plantilla y rellene sus oportunidades.",
    "file-binary":
      "Partner Center solo lee archivos de texto CSV. En Excel elija Archivo › Guardar como › CSV UTF-8 (delimitado por comas), o use aquí «Guardar como CSV».",
    "file-unterminated-quote":
      "Un valor que empieza con comillas debe terminar con comillas; si no, el resto del archivo se lee como un solo valor. Añada las comillas de cierre o quite las de apertura.",
    "file-no-header":
      "La primera fila debe ser la fila de encabezado de la plantilla, con los nombres de columna. Cópiela de la plantilla de venta conjunta de Partner Center.",
    "delimiter-not-comma":
      "Partner Center espera valores separados por comas. No hay que hacer nada: «Guardar como CSV» escribe comas.",
    "delimiter-sep-line":
      "Algunos programas ponen una línea sep= al principio para indicar el separador a Excel. Partner Center la tomaría por la fila de encabezado, así que al guardar se omite.",
    "encoding-not-utf8":
      "Partner Center lee los archivos como UTF-8; en otra codificación las tildes y los caracteres especiales pueden estropearse. «Guardar como CSV» escribe UTF-8.",
    "file-ends-mid-character":
      "Los últimos bytes del archivo no forman un carácter completo, lo que suele indicar que se cortó al copiarlo. Compare la última fila con su origen.",
    "too-many-records":
      "Partner Center procesa como máximo 1.000 registros por archivo y rechaza archivos más grandes. Guarde dividiendo en archivos y cargue cada parte.",
    "no-records": "No hay nada que cargar debajo de la fila de encabezado. Añada una fila por oportunidad.",
    "header-row-missing":
      "Partner Center lee los nombres de columna en la primera fila. Ponga primero la fila de encabezado de la plantilla: cópiela de la plantilla de venta conjunta.",
    "header-row-below":
      "Partner Center lee los nombres de columna en la primera fila; las líneas de título encima impiden la carga. Elimine las filas que hay sobre el encabezado.",
    "header-not-canonical":
      "La columna se reconoce, pero la plantilla escribe su nombre de otra forma. No hay que hacer nada: el encabezado se deja como está.",
    "header-duplicate":
      "Cada columna solo puede aparecer una vez; Partner Center no puede saber qué copia usar. Elimine una después de mover los valores que necesite.",
    "header-unknown":
      "Partner Center no conoce esta columna e ignora sus valores. Elimínela o cámbiele el nombre por la columna de la plantilla que quería.",
    "header-unknown-suggest":
      "Partner Center no conoce esta columna e ignora sus valores; el nombre se parece a una columna de la plantilla. Cambie el encabezado por el nombre sugerido.",
    "header-blank":
      "Partner Center ignora los valores bajo un encabezado vacío. Dé a la columna su nombre de la plantilla o elimínela.",
    "header-missing-required":
      "Partner Center rechaza un archivo sin esta columna. Añada la columna con su nombre de la plantilla; copie la fila de encabezado de la plantilla actual.",
    "header-missing-new-template":
      "El archivo procede de una plantilla antigua que Partner Center ya no acepta. Descargue la plantilla actual en Partner Center y pase sus oportunidades a ella.",
    "header-missing-conditional":
      "Esta columna solo es obligatoria en algunas filas (por ejemplo, cuando se pide ayuda a Microsoft), y esas filas se rechazarán sin ella. Añada la columna.",
    "header-number-out-of-range":
      "Las columnas numeradas como Solution N y Team member N van de 1 a 50. Numere la columna dentro de ese rango.",
    "header-number-gap":
      "Las columnas numeradas deben seguirse sin huecos. Añada la columna que falta o vuelva a numerar las siguientes.",
    "required-missing":
      "Partner Center rechaza una fila en la que esta columna está vacía. Rellene la celda.",
    "required-missing-when-help":
      "Cuando «Microsoft help required?» es Yes, Microsoft necesita un contacto del cliente y el tipo de ayuda. Rellene la celda o cambie la ayuda a No.",
    "required-missing-when-substatus":
      "Una oportunidad Declined, Lost o Error necesita un código de motivo. Escriba el número del motivo (lista abajo).",
    "required-missing-services":
      "Partner role, Solution area y Solution play describen juntos una oportunidad de servicios: rellene los tres o deje los tres vacíos.",
    "column-missing-for-row":
      "Esta fila necesita una columna que la hoja no tiene, así que Partner Center la rechazará. Añada la columna con su nombre de la plantilla y rellénela.",
    whitespace:
      "Los espacios antes o después de un valor pueden impedir que Partner Center lo reconozca. No hay que hacer nada: «Guardar como CSV» los quita, o «Corregir» limpia la celda ahora.",
    "control-character":
      "La celda contiene un carácter invisible (a menudo pegado desde otro programa) que Partner Center puede rechazar. «Corregir» lo quita.",
    "stray-byte":
      "Algunos bytes del archivo no eran UTF-8 válido, por lo que un carácter aquí puede estar mal. Revise la celda y vuelva a escribir el carácter si hace falta.",
    "line-break":
      "Solo las columnas de notas pueden ocupar varias líneas; en otras, un salto de línea puede partir la fila. «Corregir» lo cambia por un espacio.",
    "formula-like":
      "Un valor que empieza por = se ejecuta como fórmula al abrir el archivo en una hoja de cálculo. Revise el valor; si es texto, quite el = o empiece por una letra.",
    "excel-error-value":
      "La celda muestra un error de Excel como #N/A: el valor original se perdió por una fórmula o al pegar. Escriba de nuevo el valor real.",
    "cells-beyond-header":
      "Los valores a la derecha de la última columna no tienen encabezado, así que Partner Center los ignora. Muévalos a la columna correcta o elimínelos.",
    "not-canonical":
      "El valor está permitido pero escrito de otra forma que en Partner Center (por ejemplo, mayúsculas). No hay que hacer nada: «Guardar como CSV» escribe la forma estándar.",
    "invalid-value": "Esta columna solo admite una lista fija de valores. Elija uno de la lista de abajo.",
    "invalid-yes-no": "Esta columna solo admite Yes o No. Sustituya el valor por uno de ellos.",
    "value-retired":
      "Partner Center incluía antes este valor pero ya no, así que puede rechazarse. Elija un valor actual de la lista de abajo.",
    "country-not-alpha2":
      "Partner Center espera el código de país ISO de dos letras, como US o ES, no un nombre ni un código de tres letras. «Corregir» escribe el código.",
    "country-invalid":
      "Partner Center espera un código de país ISO 3166 de dos letras, como US, GB o ES. Sustituya el valor por el código de país del cliente.",
    "currency-invalid":
      "Partner Center espera un código de moneda ISO 4217 de tres letras, como USD o EUR. Sustituya el valor por el código de moneda de la oportunidad.",
    "money-format":
      "Los importes deben ser números simples, con . como separador decimal y sin símbolo de moneda ni separador de miles (12563, no 12.563,00 €). «Corregir» escribe el número simple.",
    "money-invalid":
      "El valor de la oportunidad debe ser un número igual o mayor que cero, con . como separador decimal. Sustituya el valor por el importe.",
    "money-leading-point":
      "Un importe como .5 recibe un 0 antes del punto. No hay que hacer nada: «Guardar como CSV» escribe 0.5.",
    "money-separator-ambiguous":
      "No se puede saber si el separador marca miles o decimales. Escriba el importe sin separador de miles y con . para los decimales.",
    "money-dot-thousands":
      "En un archivo separado por punto y coma, un punto puede ser un separador de miles europeo. Revise el importe: si quería miles, quite el punto.",
    "duns-short":
      "Un número D-U-N-S tiene exactamente 9 dígitos; las hojas de cálculo suelen quitarle los ceros iniciales. «Corregir» los repone; compruebe el número con sus registros.",
    "duns-invalid":
      "Un número D-U-N-S tiene exactamente 9 dígitos y nada más. Corrija el número o deje la celda vacía.",
    "email-invalid":
      "Partner Center necesita una dirección de correo válida, como nombre@contoso.com. Corrija la dirección.",
    "phone-invalid":
      "Un número de teléfono solo debe contener dígitos, espacios y los caracteres + - ( ) . Quite todo lo demás, como letras o notas de extensión.",
    "digits-invalid":
      "Esta columna contiene un identificador formado solo por dígitos. Quite letras, espacios y otros caracteres.",
    "sales-stage-format":
      "Sales Stage es el porcentaje de la fase como número simple (40, no 40 %). No hay que hacer nada: «Guardar como CSV» escribe el número.",
    "sales-stage-invalid":
      "Sales Stage solo admite los porcentajes de fase de la lista de abajo. Elija la fase que corresponda a la oportunidad.",
    "domain-not-bare":
      "Partner Center espera solo el nombre de dominio, como contoso.com, sin https://, www. ni ruta. «Corregir» escribe el dominio solo.",
    "domain-invalid":
      "Customer Domain Name debe ser un dominio como contoso.com. Corríjalo o deje la celda vacía.",
    "final-account-match-invalid":
      "Final account match debe ser una de las cuentas que sugirió Partner Center y empezar por MicrosoftID: Número-Alfanumérico (o DUNSID: para una sugerencia D-U-N-S). Elija una de las sugerencias de la fila.",
    "code-invalid":
      "Esta columna admite el número de un código, no su texto. Escriba el número de la lista de abajo.",
    "solution-id-missing":
      "Una columna Solution se escribe Solution ID, moneda, precio, cantidad; el Solution ID va primero y es obligatorio. Añada el identificador de la solución de Partner Center.",
    "solution-currency-invalid":
      "La segunda parte de una columna Solution es un código de moneda ISO 4217 como USD. Corrija la moneda.",
    "solution-price-invalid":
      "La tercera parte de una columna Solution es el precio: un número igual o mayor que cero, con . como separador decimal y sin símbolos. Corrija el precio.",
    "solution-quantity-invalid":
      "La cuarta parte de una columna Solution es la cantidad: un número entero de 1 o más. Corrija la cantidad.",
    "solution-too-many-parts":
      "Una columna Solution tiene como máximo cuatro partes separadas por comas: Solution ID, moneda, precio, cantidad. Quite las partes de más (una coma dentro de un número lo parte).",
    "team-member-incomplete":
      "Una columna Team member necesita cuatro partes separadas por comas: nombre, apellido, número de móvil, correo. Añada las partes que faltan.",
    "team-member-email-invalid":
      "La cuarta parte de una columna Team member es la dirección de correo de la persona. Corríjala.",
    "service-value-unlisted":
      "El valor no está en la lista de valores de servicios conocidos, que puede estar desactualizada. Compruébelo en Partner Center; es solo una advertencia.",
    "solution-play-wrong-area":
      "Cada solution play pertenece a una sola solution area. Elija un play del área elegida o cambie el área.",
    "date-not-canonical":
      "Partner Center espera fechas escritas mes/día/año (1/30/2026). No hay que hacer nada: «Guardar como CSV» escribe esa forma.",
    "date-two-digit-year":
      "Un año de dos dígitos se lee como 20xx. Revise la fecha y escriba el año completo para asegurarse.",
    "date-reordered":
      "Esta fecha solo puede ser día primero (su primer número es mayor que 12), así que se reescribe mes primero como espera Partner Center. No hay que hacer nada.",
    "date-invalid":
      "Partner Center necesita una fecha escrita mes/día/año (1/30/2026). Escriba la fecha de esa forma.",
    "date-impossible":
      "Ese día no existe en el calendario (por ejemplo, el 30 de febrero). Corrija la fecha.",
    "date-ambiguous":
      "Esta columna tiene tantas fechas que solo pueden leerse con el día primero (como 25/3/2025) como fechas que solo pueden leerse con el mes primero (como 3/25/2025), así que una fecha como 3/4/2025 admite las dos lecturas. Indique el orden de sus fechas o escriba la fecha de forma que solo se lea de una manera.",
    "date-majority-month-first":
      "La mayoría de las fechas sin ambigüedad de esta columna tienen el mes primero, así que esta fecha, que admite las dos lecturas, también se lee con el mes primero. Revísela: si tiene el día primero, escríbala como AAAA-MM-DD; si toda la hoja usa el día primero, elija «Día primero» en «Lectura de fechas como 3/4/2025» en el paso «Comprobar».",
    "date-majority-day-first":
      "La mayoría de las fechas sin ambigüedad de esta columna tienen el día primero, así que esta fecha, que admite las dos lecturas, también se lee con el día primero. Revísela: si tiene el mes primero, escríbala como AAAA-MM-DD; si toda la hoja usa el mes primero, elija «Mes primero» en «Lectura de fechas como 3/4/2025» en el paso «Comprobar».",
    "status-substatus-mismatch":
      "Cada Partner Referral Status solo admite algunos subestados (lista abajo). Cambie el estado o el subestado para que coincidan.",
    "create-row-status":
      "Una oportunidad nueva (sin Referral ID) se crea normalmente con el estado New y el subestado Accepted. Revise la fila; para actualizar una oportunidad existente, añada su Referral ID.",
    "reason-code-not-needed":
      "El motivo solo se lee si el subestado es Declined, Lost o Error. Vacíe la celda o revise el subestado.",
    "help-code-not-needed":
      "El tipo de ayuda solo se lee si «Microsoft help required?» es Yes. Vacíe la celda o cambie la ayuda a Yes.",
    "help-not-shared":
      "Una petición de ayuda a Microsoft siempre se comparte con el equipo de ventas de Microsoft. Cambie «Share with Microsoft sales team» a Yes.",
    "consent-no":
      "Partner Center solo crea o actualiza una oportunidad si usted consiente compartir los contactos del cliente y del partner. Ponga Yes o deje la oportunidad fuera del archivo.",
    "partner-center-error":
      "Partner Center rechazó esta fila en la última carga y escribió el motivo en la columna Errors. Corrija lo que indica, vuelva a comprobar y cargue solo las filas que fallaron.",
    "account-match-empty":
      "Partner Center sugirió cuentas para este cliente. Copie la sugerencia correcta en Final account match y vuelva a cargar.",
    "account-match-low-confidence":
      "Partner Center no está seguro de haber asociado la cuenta de cliente correcta. Compare la asociación con las sugerencias y consérvela o sustitúyala.",
    "referral-id-duplicate":
      "Cada Referral ID solo puede aparecer en una fila; Partner Center rechaza la repetición. Elimine la fila duplicada o pase sus cambios a la primera.",
    "create-row-duplicate":
      "Dos oportunidades nuevas con el mismo cliente y el mismo nombre crearían dos oportunidades. Elimine una, salvo que de verdad sean oportunidades distintas.",
    "engagement-id-missing":
      "Una fila que actualiza una oportunidad lleva normalmente su Engagement ID del archivo descargado. Cópielo del archivo que envió Partner Center.",
    "marketplace-intent-missing":
      "Marketplace Purchase Intent indica si el cliente piensa comprar a través del marketplace de Microsoft; es obligatorio en las oportunidades nuevas. Elija un valor de la lista de abajo.",
    "terminal-row-edited":
      "Partner Center no admite cambios una vez que una oportunidad está Won, Lost, Declined, Expired o Error. Quite la fila de la carga.",
    "read-only-edited":
      "Partner Center ignora los cambios en esta columna en esta etapa de la oportunidad. Restaure el valor original o cámbielo en Partner Center si lo permite.",
  },
  labels: {
    "declined-lost-reasons": {
      "1": "El presupuesto del proyecto no es suficiente",
      "2": "El cliente no respondió",
      "3": "El cliente eligió otro proveedor",
      "4": "No se cumplió el requisito del cliente",
      "5": "No es un cliente",
      "6": "El plazo propuesto era demasiado corto",
      "7": "Notificar como abuso, correo no deseado o phishing",
      "8": "Otros",
    },
    "error-reasons": {
      "1": "Duplicado: creado mediante carga masiva",
      "2": "Duplicado: creado en Partner Center",
      "3": "Duplicado: enviado por Microsoft",
      "4": "Problemas de sincronización de datos del conector",
      "5": "Problemas de coincidencia de clientes",
      "6": "Problemas de la solución: explíquelos en las notas",
      "7": "Referencia de prueba",
      "8": "Error de datos",
      "9": "Otros: explíquelo en las notas",
    },
    "help-codes": {
      "1": "Propuesta de valor específica de la carga de trabajo",
      "2": "Arquitectura técnica del cliente",
      "3": "Prueba de concepto / demostración",
      "4": "Presupuestos y licencias",
      "5": "Éxito del cliente después de la venta",
      "6": "General u otro",
    },
  },
};
