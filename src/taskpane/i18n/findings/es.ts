// Spanish finding texts: for each registry code its rule title (short, no final period) and its
// message (the English record's {placeholders} only). Terms: oportunidad, referencia.
import { defineTranslation } from "./translation";

export const es = defineTranslation({
  "file-empty": { title: "Archivo vacío", message: "El archivo está vacío." },
  "file-binary": {
    title: "No es un archivo de texto CSV",
    message: "Este archivo no es un archivo de texto CSV.",
  },
  "file-unterminated-quote": {
    title: "Comillas sin cerrar",
    message: "Un valor entre comillas que empieza en la fila {row} nunca se cierra.",
  },
  "file-no-header": { title: "Sin fila de encabezado", message: "El archivo no tiene fila de encabezado." },
  "delimiter-not-comma": {
    title: "El separador no es una coma",
    message: "Los valores están separados por {delimiter} en lugar de comas; al guardar se usarán comas.",
  },
  "delimiter-sep-line": {
    title: "El archivo empieza con sep=",
    message:
      "El archivo empieza con una línea sep= para {delimiter}; al guardar se omite, porque Partner Center la leería como encabezado.",
  },
  "encoding-not-utf8": {
    title: "El archivo no está en UTF-8",
    message: "El archivo está codificado como {encoding}, no UTF-8; al guardar se usará UTF-8.",
  },
  "file-ends-mid-character": {
    title: "El archivo puede estar cortado",
    message:
      "El archivo termina en mitad de un carácter, por lo que puede estar cortado; revise su última fila.",
  },
  "too-many-records": {
    title: "Demasiados registros por archivo",
    message: "El archivo tiene {count} registros, pero Partner Center procesa como máximo {max} por archivo.",
    action:
      "Guarde con «Dividir en archivos de {max} registros como máximo» marcado: obtendrá {files} archivos para cargar uno tras otro.",
  },
  "no-records": {
    title: "Sin registros",
    message: "El archivo tiene fila de encabezado pero ningún registro.",
  },
  "header-not-canonical": {
    title: "Encabezado escrito de otra forma",
    message: "El encabezado de columna «{value}» se escribe «{column}» en la plantilla.",
  },
  "header-duplicate": {
    title: "Columna duplicada",
    message:
      "La columna {column} aparece más de una vez (encabezado «{value}», primero en la columna {first}).",
  },
  "header-unknown": {
    title: "Columna desconocida",
    message: "El encabezado de columna «{value}» no es una columna de la plantilla de co-sell.",
  },
  "header-unknown-suggest": {
    title: "Columna desconocida, posible errata",
    message:
      "El encabezado de columna «{value}» no es una columna de la plantilla de co-sell; ¿quiso decir «{suggestion}»?",
  },
  "header-blank": {
    title: "Columna sin encabezado",
    message: "Una columna con valores tiene el encabezado vacío.",
  },
  "header-missing-required": {
    title: "Falta una columna obligatoria",
    message: "Falta la columna obligatoria {column} en la fila de encabezado.",
  },
  "header-missing-new-template": {
    title: "Falta una columna de la plantilla nueva",
    message:
      "Falta la columna {column}: las plantillas antiguas no funcionan, descargue la plantilla nueva en Partner Center.",
  },
  "header-missing-conditional": {
    title: "Falta una columna condicional",
    message: "Falta la columna {column}; las filas que la necesiten se rechazarán.",
  },
  "header-number-out-of-range": {
    title: "Número de columna fuera de rango",
    message:
      "El encabezado de columna «{value}» está fuera de rango: los números de {column} van de 1 a {max}.",
  },
  "header-number-gap": {
    title: "Hueco en las columnas numeradas",
    message: "Falta la columna {column} aunque {after} está presente.",
  },
  "header-row-missing": {
    title: "La primera fila no es el encabezado",
    message:
      "La primera fila no es la fila de encabezado de la plantilla: no contiene ningún nombre de columna de co-sell.",
  },
  "header-row-below": {
    title: "Encabezado más abajo",
    message: "El encabezado está en la fila {row}: elimine las filas que hay encima.",
  },
  "required-missing": { title: "Falta un valor obligatorio", message: "Falta el campo obligatorio {column}" },
  "required-missing-when-help": {
    title: "Obligatorio para la ayuda de Microsoft",
    message: "Falta el campo obligatorio {column}: se necesita cuando Microsoft help required? es Yes.",
  },
  "required-missing-when-substatus": {
    title: "Obligatorio para este subestado",
    message:
      "Falta el campo obligatorio {column}: se necesita cuando Partner Referral Substatus es {substatus}.",
  },
  "required-missing-services": {
    title: "Rol, área de solución y play incompletos",
    message: "Falta el campo obligatorio {column}: Partner role, Solution area y Solution play van juntos.",
  },
  "column-missing-for-row": {
    title: "Falta una columna que la fila necesita",
    message: "Falta la columna {column}, pero esta fila la necesita.",
  },
  whitespace: {
    title: "Espacios al inicio o al final",
    message: "El valor «{value}» de {column} tiene espacios al principio o al final.",
  },
  "control-character": {
    title: "Carácter de control invisible",
    message: "El valor «{value}» de {column} contiene un carácter de control invisible.",
  },
  "stray-byte": {
    title: "Carácter posiblemente erróneo",
    message:
      "El valor «{value}» de {column} contiene {bytes}, que no es UTF-8; leído como Windows-1252 quedó «{chars}»: compruebe que es el carácter correcto.",
  },
  "line-break": {
    title: "Salto de línea fuera de las notas",
    message:
      "El valor «{value}» de {column} contiene un salto de línea, que solo admiten las columnas de notas; pasará a ser «{fix}».",
  },
  "formula-like": {
    title: "El valor parece una fórmula",
    message:
      "El valor «{value}» de {column} empieza por «{start}», así que una hoja de cálculo que abra el archivo podría ejecutarlo como fórmula.",
  },
  "excel-error-value": {
    title: "Valor de error de Excel",
    message:
      "El valor «{value}» de {column} es un valor de error de Excel: los datos originales se perdieron en una hoja de cálculo; vuelva a escribir el valor.",
  },
  "cells-beyond-header": {
    title: "Celdas tras la última columna",
    message: "Esta fila tiene {count} celdas con datos a la derecha de la última columna de encabezado.",
  },
  "not-canonical": {
    title: "Valor en forma no estándar",
    message: "El valor «{value}» de {column} se escribirá como «{fix}».",
  },
  "invalid-value": {
    title: "Valor no permitido",
    message: "El valor «{value}» de {column} no es uno de los valores permitidos.",
  },
  "invalid-yes-no": {
    title: "No es Yes ni No",
    message: "El valor «{value}» de {column} debe ser Yes o No.",
  },
  "value-retired": {
    title: "Valor retirado de la lista",
    message: "El valor «{value}» de {column} ya no aparece en la lista de Partner Center.",
  },
  "country-not-alpha2": {
    title: "El país no es un código de 2 letras",
    message: "El valor «{value}» de {column} debe ser un código de país de dos letras: use «{fix}».",
  },
  "country-invalid": {
    title: "Código de país desconocido",
    message: "El valor «{value}» de {column} no es un código de país conocido de dos letras, como US o ES.",
  },
  "currency-invalid": {
    title: "Código de moneda desconocido",
    message: "El valor «{value}» de {column} no es un código de moneda conocido, como USD o EUR.",
  },
  "money-format": {
    title: "Importe con símbolos o separadores",
    message:
      "El valor «{value}» de {column} debe ser un número simple sin símbolos ni separadores: use «{fix}».",
  },
  "money-invalid": {
    title: "Importe no válido",
    message: "El valor «{value}» de {column} no es un número mayor o igual que cero.",
  },
  "money-leading-point": {
    title: "Importe que empieza por punto decimal",
    message:
      "El valor «{value}» de {column} no tiene ningún dígito antes del punto decimal; se escribirá como «{fix}».",
  },
  "money-separator-ambiguous": {
    title: "Miles o decimales ambiguos",
    message:
      "El valor «{value}» de {column} es ambiguo: el separador «{separator}» antes de las tres últimas cifras puede separar los miles ({thousands}) o marcar los decimales ({decimal}); escriba {thousands} o {decimal}, sin separador de miles y con «.» para los decimales.",
  },
  "money-dot-thousands": {
    title: "Punto decimal o separador de miles",
    message:
      "El valor «{value}» de {column} se lee como un número decimal, pero en este archivo separado por punto y coma «.» puede separar los miles: si quería decir {thousands}, escriba {thousands}.",
  },
  "duns-short": {
    title: "Número D-U-N-S demasiado corto",
    message:
      "El valor «{value}» de {column} tiene menos de 9 dígitos; probablemente se perdieron ceros iniciales.",
  },
  "duns-invalid": {
    title: "Número D-U-N-S no válido",
    message: "El valor «{value}» de {column} debe tener 9 dígitos.",
  },
  "email-invalid": {
    title: "Correo electrónico no válido",
    message: "El valor «{value}» de {column} no es una dirección de correo válida.",
  },
  "phone-invalid": {
    title: "Teléfono no válido",
    message: "El valor «{value}» de {column} solo debe contener dígitos, espacios y + - ( ) .",
  },
  "digits-invalid": {
    title: "Solo se esperan dígitos",
    message: "El valor «{value}» de {column} solo debe contener dígitos.",
  },
  "sales-stage-format": {
    title: "Etapa de venta en forma no estándar",
    message: "El valor «{value}» de {column} se escribirá como «{fix}».",
  },
  "sales-stage-invalid": {
    title: "Etapa de venta desconocida",
    message: "El valor «{value}» de {column} no es uno de 10, 20, 40, 60, 80, 100.",
  },
  "domain-not-bare": {
    title: "Dominio con partes de más",
    message: "El valor «{value}» de {column} debe ser un dominio simple como «{fix}».",
  },
  "domain-invalid": {
    title: "Nombre de dominio no válido",
    message: "El valor «{value}» de {column} no parece un nombre de dominio.",
  },
  "final-account-match-invalid": {
    title: "Formato de Microsoft ID no válido",
    message:
      "El valor «{value}» de {column} no es válido: el único formato aceptado para un Microsoft ID es MicrosoftID: Number-Alphanumeric.",
  },
  "code-invalid": {
    title: "Número de código fuera de rango",
    message: "El valor «{value}» de {column} debe ser un número entero de 1 a {max}.",
  },
  "solution-id-missing": {
    title: "Falta el Solution ID",
    message: "El valor «{value}» de {column} no tiene Solution ID.",
  },
  "solution-currency-invalid": {
    title: "Moneda de la solución no válida",
    message:
      "El valor «{value}» de {column} tiene la moneda «{part}», que no es un código de moneda conocido, como USD o EUR.",
  },
  "solution-price-invalid": {
    title: "Precio de la solución no válido",
    message:
      "El valor «{value}» de {column} tiene el precio «{part}», que no es un número mayor o igual que cero.",
  },
  "solution-quantity-invalid": {
    title: "Cantidad de la solución no válida",
    message:
      "El valor «{value}» de {column} tiene la cantidad «{part}», que no es un número entero positivo.",
  },
  "solution-too-many-parts": {
    title: "Solución con demasiadas partes",
    message:
      "El valor «{value}» de {column} tiene {count} partes; use Solution ID, Currency, Price, Quantity.",
  },
  "team-member-incomplete": {
    title: "Miembro del equipo incompleto",
    message:
      "El valor «{value}» de {column} debe tener cuatro partes: First name, Last name, Mobile number, Email.",
  },
  "team-member-email-invalid": {
    title: "Correo del miembro del equipo no válido",
    message: "El valor «{value}» de {column} tiene el correo «{part}», que no es una dirección válida.",
  },
  "date-not-canonical": {
    title: "Fecha no escrita como M/D/AAAA",
    message: "El valor «{value}» de {column} se escribirá como «{fix}».",
  },
  "date-two-digit-year": {
    title: "Año de dos dígitos",
    message: "El valor «{value}» de {column} tiene un año de dos dígitos; se lee como «{fix}».",
  },
  "date-reordered": {
    title: "Fecha día/mes reordenada",
    message: "El valor «{value}» de {column} se lee con el día primero y se escribirá como «{fix}».",
  },
  "date-invalid": {
    title: "No es una fecha",
    message: "El valor «{value}» de {column} no es una fecha; escríbalo como M/D/AAAA.",
  },
  "date-impossible": {
    title: "Fecha inexistente",
    message: "El valor «{value}» de {column} no es una fecha real del calendario.",
  },
  "date-ambiguous": {
    title: "Orden de día y mes ambiguo",
    message:
      "El valor «{value}» de {column} puede leerse con el día o el mes primero, y esta columna tiene tantas fechas de un orden como del otro.",
    action:
      "En el paso «Comprobar», elija «Mes primero» o «Día primero» en «Lectura de fechas como 3/4/2025» y vuelva a comprobar, o escriba esta fecha como AAAA-MM-DD, que solo se lee de una manera.",
  },
  "date-majority-month-first": {
    title: "Leída con el mes primero, como la mayoría",
    message:
      "El valor «{value}» de {column} puede leerse con el día o el mes primero; se lee con el mes primero ({date}) porque {proving} fechas de esta columna solo pueden ser mes primero y {against} solo día primero: revíselo.",
  },
  "date-majority-day-first": {
    title: "Leída con el día primero, como la mayoría",
    message:
      "El valor «{value}» de {column} puede leerse con el día o el mes primero; se lee con el día primero ({date}) porque {proving} fechas de esta columna solo pueden ser día primero y {against} solo mes primero: revíselo.",
  },
  "service-value-unlisted": {
    title: "Valor fuera de la lista conocida",
    message: "El valor «{value}» de {column} no está en la lista de valores conocidos.",
  },
  "solution-play-wrong-area": {
    title: "Play de otra área de solución",
    message: "El valor «{value}» de {column} pertenece al área de solución «{area}», no a «{chosen}».",
  },
  "status-substatus-mismatch": {
    title: "Estado y subestado no coinciden",
    message:
      "El valor «{value}» de {column} no está permitido con Partner Referral Status «{status}»; use {allowed}.",
  },
  "create-row-status": {
    title: "Oportunidad nueva con estado incorrecto",
    message:
      "Una oportunidad nueva debe tener el estado New y el subestado Accepted, no «{status}» / «{value}».",
  },
  "reason-code-not-needed": {
    title: "Motivo innecesario para este subestado",
    message:
      "El valor «{value}» de {column} solo se usa cuando Partner Referral Substatus es Declined, Lost o Error.",
  },
  "help-code-not-needed": {
    title: "Ayuda indicada sin pedir ayuda",
    message: "El valor «{value}» de {column} solo se usa cuando Microsoft help required? es Yes.",
  },
  "help-not-shared": {
    title: "Ayuda pedida pero sin compartir",
    message:
      "El valor «{value}» de {column} contradice Microsoft help required? Yes: una solicitud de co-sell siempre se comparte.",
  },
  "consent-no": {
    title: "Sin consentimiento: oportunidad no cargada",
    message:
      "{column} es «{value}»: con No, Partner Center no crea ni actualiza esta oportunidad. Elija Yes para cargarla.",
  },
  "partner-center-error": {
    title: "Rechazado por Partner Center",
    message: "Partner Center rechazó esta fila la última vez: {message}",
  },
  "account-match-empty": {
    title: "Coincidencia de cuenta por elegir",
    message:
      "{column} está vacío: elija una de las cuentas que Partner Center sugirió para esta fila ({count}).",
  },
  "account-match-low-confidence": {
    title: "Cuenta asociada con confianza baja",
    message:
      "Partner Center asoció este cliente con confianza baja (Low): revise {column} «{value}» o elija otra de las sugerencias de esta fila.",
  },
  "referral-id-duplicate": {
    title: "ID de referencia duplicado",
    message: "El valor «{value}» de {column} ya aparece en la fila {first}.",
  },
  "create-row-duplicate": {
    title: "Posible oportunidad nueva duplicada",
    message:
      "Esta oportunidad nueva repite Customer Name «{customer}» y {column} «{value}» de la fila {first}.",
  },
  "engagement-id-missing": {
    title: "Falta el Engagement ID",
    message: "{column} está vacío en una fila que actualiza la referencia «{referral}».",
  },
  "marketplace-intent-missing": {
    title: "Falta la intención de compra Marketplace",
    message:
      "{column} está vacío; es obligatorio para crear una referencia y se espera en las actualizaciones.",
  },
  "terminal-row-edited": {
    title: "Oportunidad cerrada modificada",
    message:
      "La referencia «{value}» ya está en {substatus}: Partner Center no aplicará cambios a una oportunidad cerrada; quite la fila.",
  },
  "read-only-edited": {
    title: "Columna de solo lectura modificada",
    message: "{column} es de solo lectura aquí; el cambio de «{original}» a «{value}» se ignorará.",
  },
});
