// Spanish finding messages, one per code of the engine's English catalogue (same {placeholders}).
import type { FindingCatalogue } from "./catalogue";

export const es: FindingCatalogue = {
  "file-empty": "El archivo está vacío.",
  "file-binary": "Este archivo no es un archivo de texto CSV.",
  "file-unterminated-quote": "Un valor entre comillas que empieza en la fila {row} nunca se cierra.",
  "file-no-header": "El archivo no tiene fila de encabezado.",
  "delimiter-not-comma":
    "Los valores están separados por {delimiter} en lugar de comas; al guardar se usarán comas.",
  "delimiter-sep-line":
    "El archivo empieza con una línea sep= para {delimiter}; al guardar se omite, porque Partner Center la leería como encabezado.",
  "encoding-not-utf8": "El archivo está codificado como {encoding}, no UTF-8; al guardar se usará UTF-8.",
  "file-ends-mid-character":
    "El archivo termina en mitad de un carácter, por lo que puede estar cortado; revise su última fila.",
  "too-many-records":
    "El archivo tiene {count} registros, pero Partner Center procesa como máximo {max} por archivo; divídalo en {files} archivos.",
  "no-records": "El archivo tiene fila de encabezado pero ningún registro.",
  "header-not-canonical": "El encabezado de columna «{value}» se escribe «{column}» en la plantilla.",
  "header-duplicate":
    "La columna {column} aparece más de una vez (encabezado «{value}», primero en la columna {first}).",
  "header-unknown": "El encabezado de columna «{value}» no es una columna de la plantilla de co-sell.",
  "header-unknown-suggest":
    "El encabezado de columna «{value}» no es una columna de la plantilla de co-sell; ¿quiso decir «{suggestion}»?",
  "header-blank": "Una columna con valores tiene el encabezado vacío.",
  "header-missing-required": "Falta la columna obligatoria {column} en la fila de encabezado.",
  "header-missing-new-template":
    "Falta la columna {column}: las plantillas antiguas no funcionan, descargue la plantilla nueva en Partner Center.",
  "header-missing-conditional": "Falta la columna {column}; las filas que la necesiten se rechazarán.",
  "header-number-out-of-range":
    "El encabezado de columna «{value}» está fuera de rango: los números de {column} van de 1 a {max}.",
  "header-number-gap": "Falta la columna {column} aunque {after} está presente.",
  "header-row-missing":
    "La primera fila no es la fila de encabezado de la plantilla: no contiene ningún nombre de columna de co-sell.",
  "header-row-below": "El encabezado está en la fila {row}: elimine las filas que hay encima.",
  "required-missing": "Falta el campo obligatorio {column}",
  "required-missing-when-help":
    "Falta el campo obligatorio {column}: se necesita cuando Microsoft help required? es Yes.",
  "required-missing-when-substatus":
    "Falta el campo obligatorio {column}: se necesita cuando Partner Referral Substatus es {substatus}.",
  "required-missing-services":
    "Falta el campo obligatorio {column}: Partner role, Solution area y Solution play van juntos.",
  "column-missing-for-row": "Falta la columna {column}, pero esta fila la necesita.",
  whitespace: "El valor «{value}» de {column} tiene espacios al principio o al final.",
  "control-character": "El valor «{value}» de {column} contiene un carácter de control invisible.",
  "stray-byte":
    "El valor «{value}» de {column} contiene {bytes}, que no es UTF-8; leído como Windows-1252 quedó «{chars}»: compruebe que es el carácter correcto.",
  "line-break":
    "El valor «{value}» de {column} contiene un salto de línea, que solo admiten las columnas de notas; pasará a ser «{fix}».",
  "formula-like":
    "El valor «{value}» de {column} empieza por «{start}», así que una hoja de cálculo que abra el archivo podría ejecutarlo como fórmula.",
  "excel-error-value":
    "El valor «{value}» de {column} es un valor de error de Excel: los datos originales se perdieron en una hoja de cálculo; vuelva a escribir el valor.",
  "cells-beyond-header":
    "Esta fila tiene {count} celdas con datos a la derecha de la última columna de encabezado.",
  "not-canonical": "El valor «{value}» de {column} se escribirá como «{fix}».",
  "invalid-value": "El valor «{value}» de {column} no es uno de los valores permitidos.",
  "invalid-yes-no": "El valor «{value}» de {column} debe ser Yes o No.",
  "value-retired": "El valor «{value}» de {column} ya no aparece en la lista de Partner Center.",
  "country-not-alpha2":
    "El valor «{value}» de {column} debe ser un código de país de dos letras: use «{fix}».",
  "country-invalid": "El valor «{value}» de {column} no es un código de país ISO de dos letras.",
  "currency-invalid": "El valor «{value}» de {column} no es un código de moneda ISO 4217.",
  "money-format":
    "El valor «{value}» de {column} debe ser un número simple sin símbolos ni separadores: use «{fix}».",
  "money-invalid": "El valor «{value}» de {column} no es un número mayor o igual que cero.",
  "duns-short":
    "El valor «{value}» de {column} tiene menos de 9 dígitos; probablemente se perdieron ceros iniciales.",
  "duns-invalid": "El valor «{value}» de {column} debe tener 9 dígitos.",
  "email-invalid": "El valor «{value}» de {column} no es una dirección de correo válida.",
  "phone-invalid": "El valor «{value}» de {column} solo debe contener dígitos, espacios y + - ( ) .",
  "digits-invalid": "El valor «{value}» de {column} solo debe contener dígitos.",
  "sales-stage-format": "El valor «{value}» de {column} se escribirá como «{fix}».",
  "sales-stage-invalid": "El valor «{value}» de {column} no es uno de 10, 20, 40, 60, 80, 100.",
  "domain-not-bare": "El valor «{value}» de {column} debe ser un dominio simple como «{fix}».",
  "domain-invalid": "El valor «{value}» de {column} no parece un nombre de dominio.",
  "final-account-match-invalid":
    "El valor «{value}» de {column} no es válido: el único formato aceptado para un Microsoft ID es MicrosoftID: Number-Alphanumeric.",
  "code-invalid": "El valor «{value}» de {column} debe ser un número entero de 1 a {max}.",
  "solution-id-missing": "El valor «{value}» de {column} no tiene Solution ID.",
  "solution-currency-invalid":
    "El valor «{value}» de {column} tiene la moneda «{part}», que no es un código ISO 4217.",
  "solution-price-invalid":
    "El valor «{value}» de {column} tiene el precio «{part}», que no es un número mayor o igual que cero.",
  "solution-quantity-invalid":
    "El valor «{value}» de {column} tiene la cantidad «{part}», que no es un número entero positivo.",
  "solution-too-many-parts":
    "El valor «{value}» de {column} tiene {count} partes; use Solution ID, Currency, Price, Quantity.",
  "team-member-incomplete":
    "El valor «{value}» de {column} debe tener cuatro partes: First name, Last name, Mobile number, Email.",
  "team-member-email-invalid":
    "El valor «{value}» de {column} tiene el correo «{part}», que no es una dirección válida.",
  "date-not-canonical": "El valor «{value}» de {column} se escribirá como «{fix}».",
  "date-two-digit-year": "El valor «{value}» de {column} tiene un año de dos dígitos; se lee como «{fix}».",
  "date-reordered": "El valor «{value}» de {column} se lee con el día primero y se escribirá como «{fix}».",
  "date-invalid": "El valor «{value}» de {column} no es una fecha; escríbalo como M/D/YYYY.",
  "date-impossible": "El valor «{value}» de {column} no es una fecha real del calendario.",
  "date-ambiguous":
    "El valor «{value}» de {column} puede leerse con el día o el mes primero y esta columna tiene tantas fechas de un orden como del otro; elija «Mes primero» o «Día primero» en la configuración (--date-order mdy o dmy) o escríbalo como M/D/YYYY.",
  "date-majority-month-first":
    "El valor «{value}» de {column} puede leerse con el día o el mes primero; se lee con el mes primero ({date}) porque {proving} fechas de esta columna solo pueden ser mes primero y {against} solo día primero: revíselo.",
  "date-majority-day-first":
    "El valor «{value}» de {column} puede leerse con el día o el mes primero; se lee con el día primero ({date}) porque {proving} fechas de esta columna solo pueden ser día primero y {against} solo mes primero: revíselo.",
  "service-value-unlisted": "El valor «{value}» de {column} no está en la lista de valores conocidos.",
  "solution-play-wrong-area":
    "El valor «{value}» de {column} pertenece al área de solución «{area}», no a «{chosen}».",
  "status-substatus-mismatch":
    "El valor «{value}» de {column} no está permitido con Partner Referral Status «{status}»; use {allowed}.",
  "create-row-status":
    "Una oportunidad nueva debe tener el estado New y el subestado Accepted, no «{status}» / «{value}».",
  "reason-code-not-needed":
    "El valor «{value}» de {column} solo se usa cuando Partner Referral Substatus es Declined, Lost o Error.",
  "help-code-not-needed":
    "El valor «{value}» de {column} solo se usa cuando Microsoft help required? es Yes.",
  "help-not-shared":
    "El valor «{value}» de {column} contradice Microsoft help required? Yes: una solicitud de co-sell siempre se comparte.",
  "consent-no": "Valor «{value}» de {column}: las oportunidades no se crearán ni actualizarán si elige No.",
  "partner-center-error": "Partner Center rechazó esta fila la última vez: {message}",
  "referral-id-duplicate": "El valor «{value}» de {column} ya aparece en la fila {first}.",
  "create-row-duplicate":
    "Esta oportunidad nueva repite Customer Name «{customer}» y {column} «{value}» de la fila {first}.",
  "engagement-id-missing": "{column} está vacío en una fila que actualiza la referencia «{referral}».",
  "marketplace-intent-missing":
    "{column} está vacío; es obligatorio para crear una referencia y se espera en las actualizaciones.",
  "terminal-row-edited":
    "La referencia «{value}» ya está en {substatus}: Partner Center no aplicará cambios a una oportunidad cerrada; quite la fila.",
  "read-only-edited": "{column} es de solo lectura aquí; el cambio de «{original}» a «{value}» se ignorará.",
};
