// The pane's navigation, at the top as Office task panes have it: one tab per step (wrapping onto
// a second line in a narrow pane rather than hiding steps), and a More menu for what is not a step
// (Getting started, Help and diagnostics).
import * as React from "react";
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import { STEP_LABELS, type PaneView, type Step } from "../state/steps";

const useStyles = makeStyles({
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  title: { flexGrow: 1, minWidth: 0, margin: 0 },
  // The first tab's text lines up with the title: the tab's own padding reaches into the margin.
  tabs: {
    flexWrap: "wrap",
    rowGap: 0,
    minWidth: 0,
    marginLeft: `calc(-2 * ${tokens.spacingHorizontalXXS})`,
    marginRight: `calc(-2 * ${tokens.spacingHorizontalXXS})`,
  },
  // Narrower than Fluent's small tab, so that four steps fit one line at 320 px in every UI
  // language (French "Enregistrer" and German "Speichern" wrapped, pushing the findings down).
  // The hover and selection bars (::before, ::after) keep to the text as Fluent's do.
  tab: {
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    "::before": { left: tokens.spacingHorizontalXXS, right: tokens.spacingHorizontalXXS },
    "::after": { left: tokens.spacingHorizontalXXS, right: tokens.spacingHorizontalXXS },
  },
});

/** The id of a step's tab, which labels the step's view. */
export function stepTabId(step: Step): string {
  return `step-tab-${step}`;
}

interface Props {
  view: PaneView;
  steps: Step[];
  onGo: (view: PaneView) => void;
  onGettingStarted: () => void;
}

export function StepNav({ view, steps, onGo, onGettingStarted }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <nav aria-label={t("stepsLabel")}>
      <div className={styles.bar}>
        <Text as="h1" size={400} weight="semibold" className={styles.title}>
          {t("appTitle")}
        </Text>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            {/* Text, not an icon: the icon package is not a dependency of this project. */}
            <Button appearance="subtle" size="small" aria-label={t("moreMenu")} title={t("moreMenu")}>
              ⋯
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={onGettingStarted}>{t("gettingStartedShow")}</MenuItem>
              <MenuItem onClick={() => onGo("help")}>{t("moreHelp")}</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={view === "help" ? null : view}
        onTabSelect={(_event, data) => onGo(data.value as Step)}
      >
        {steps.map((step) => (
          <Tab key={step} value={step} id={stepTabId(step)} className={styles.tab}>
            {t(STEP_LABELS[step])}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
