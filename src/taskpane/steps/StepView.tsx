// One step's view: the tab panel labelled by its tab, opening with what the user must do next.
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { stepTabId } from "../components/StepNav";
import type { PaneView } from "../state/steps";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

interface Props {
  view: PaneView;
  /** The one sentence saying what to do next here (Help has its own introduction). */
  next?: string;
  /** For a view without a tab (Help): its accessible name. */
  label?: string;
  children: React.ReactNode;
}

export function StepView({ view, next, label, children }: Props) {
  const styles = useStyles();
  return (
    <div
      className={styles.root}
      id={`step-${view}`}
      role={view === "help" ? "region" : "tabpanel"}
      aria-labelledby={view === "help" ? undefined : stepTabId(view)}
      aria-label={label}
    >
      {next && (
        <Text as="p" weight="semibold" data-testid="next-action">
          {next}
        </Text>
      )}
      {children}
    </div>
  );
}
