// A titled part of the pane: a level-2 heading and its content, labelled by that heading.
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  // The section's gap spaces the heading; the browser's h2 margins would add a line.
  heading: { margin: 0 },
});

interface Props {
  id: string;
  title: string;
  children: React.ReactNode;
  /** Keys pressed anywhere inside the section (the findings' F8 / Shift+F8). */
  onKeyDown?: React.KeyboardEventHandler<HTMLElement>;
}

export function Section({ id, title, children, onKeyDown }: Props) {
  const styles = useStyles();
  const headingId = `${id}-heading`;
  return (
    <section className={styles.root} aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {children}
    </section>
  );
}
