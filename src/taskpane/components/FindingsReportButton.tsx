// "Findings report" menu of the review step: list every finding on a new sheet, or as a CSV file
// (downloaded, or text to copy where the pane cannot download). Nothing is written until chosen.
import * as React from "react";
import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";
import type { FindingsReportFlow } from "../state/useFindingsReport";
import { SavedFiles } from "./SavedFiles";

interface Props {
  findings: readonly Finding[];
  flow: FindingsReportFlow;
  disabled: boolean;
}

export function FindingsReportButton({ findings, flow, disabled }: Props) {
  const { t } = useI18n();
  const none = findings.length === 0;
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton disabled={disabled || none}>{t("reportButton")}</MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => void flow.toSheet(findings)}>{t("reportToSheet")}</MenuItem>
            <MenuItem onClick={() => flow.toCsv(findings)}>
              {t(flow.canDownload ? "reportToCsv" : "reportToCsvText")}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {flow.file && (
        <SavedFiles
          files={[flow.file]}
          canDownload={flow.canDownload}
          onDownload={flow.download}
          onMessage={flow.announce}
        />
      )}
    </>
  );
}
