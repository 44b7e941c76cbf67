import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalL } });

/** Shown when the page is opened in a plain browser: one friendly sentence instead of a failure. */
export function OutsideExcel() {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status">
      <Text as="p">
        Co-sell Upload Checker runs inside Excel: open it from Home &gt; Check upload in Excel for Windows,
        Mac or the web.
      </Text>
    </div>
  );
}
