// The text printed by --help and pointed to by argument errors.
export const USAGE = `Usage: cosell-check <file.csv> [--json] [--out <upload.csv> [--fix]] [--split <dir>]
                    [--original <downloaded.csv>] [--findings-csv <findings.csv>]
                    [--date-order auto|mdy|dmy] [--no-bom]

Checks a Partner Center co-sell opportunities CSV before you upload it.

Options:
  --json                 print one JSON object instead of the readable report
  --out <file>           write the file to upload: dates as M/D/YYYY, case and spaces
                         normalised (as the Excel add-in saves); other cells unchanged
  --fix                  with --out or --split: apply every fix, not only the normalisations
  --original <file>      the file as Partner Center sent it: report edits of read-only
                         columns and of closed deals (rows paired by Referral ID)
  --split <dir>          write <dir>/<name>-part-1.csv, ... of at most 1,000 records each
  --findings-csv <file>  write every finding (row, cell, column, message, value, fix) as a CSV
                         that Excel opens without changing any value
  --date-order <order>   how to read dates like 3/4/2024: auto (default: the column decides,
                         month-first when it cannot), mdy or dmy
  --no-bom               write output files without the UTF-8 byte order mark
  --help, -h             show this help
  --version, -V          print the version

Exit codes: 0 no errors (warnings and notices allowed), 1 errors found,
            2 the file could not be read or the arguments are wrong.
`;
