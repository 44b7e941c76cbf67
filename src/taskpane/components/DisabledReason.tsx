// Why a button is unavailable, in one short line under it; the button points here with
// aria-describedby so a screen reader says the reason with the button.
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({ reason: { color: tokens.colorNeutralForeground3 } });

export function DisabledReason({ id, reason }: { id: string; reason: string | null }) {
  const styles = useStyles();
  if (reason === null) return null;
  return (
    <Text id={id} size={200} className={styles.reason} data-testid={id}>
      {reason}
    </Text>
  );
}
