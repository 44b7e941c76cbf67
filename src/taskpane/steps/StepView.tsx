// One step's view: the tab panel labelled by its tab, opening with what the user must do next.
// Every view stays mounted and only the current one is shown, so that choices made in a step
// (save options, filters, open groups) survive going to another step and back.
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { stepTabId } from "../components/StepNav";
import type { PaneView } from "../state/steps";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  hidden: { display: "none" },
  next: { outlineStyle: "none" },
  // The browser's paragraph margins cost a line of a 600 px pane: the view's gap spaces it.
  sentence: { margin: 0 },
});

/** The view the pane shows; StepView hides the others. */
export const CurrentView = React.createContext<PaneView>("prepare");

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
  const current = React.useContext(CurrentView) === view;
  const root = React.useRef<HTMLDivElement>(null);
  // The pane moved on by itself (e.g. after a check) while focus was in the view now hidden:
  // bring focus to this view's start rather than losing it to the page.
  React.useEffect(() => {
    const active = root.current?.ownerDocument.activeElement;
    if (!current || !root.current || !active) return;
    if (active === root.current.ownerDocument.body || active.closest("[hidden]") !== null)
      root.current.focus({ preventScroll: true });
    // Show the new view from the pane's top (step tabs, the outcome, what to do next): focusing the
    // view alone scrolled the outcome above it out of sight. (jsdom has no scrollIntoView.)
    root.current.closest("main")?.scrollIntoView?.({ block: "start" });
  }, [current]);
  return (
    <div
      ref={root}
      tabIndex={-1}
      hidden={!current}
      className={current ? `${styles.root} ${styles.next}` : styles.hidden}
      id={`step-${view}`}
      role={view === "help" ? "region" : "tabpanel"}
      aria-labelledby={view === "help" ? undefined : stepTabId(view)}
      aria-label={label}
    >
      {next && (
        <Text as="p" weight="semibold" className={styles.sentence} data-testid="next-action">
          {next}
        </Text>
      )}
      {children}
    </div>
  );
}
