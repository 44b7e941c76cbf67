// Severity and source badges: colour from the theme, meaning always in words too.
import * as React from "react";
import { Badge } from "@fluentui/react-components";
import type { Severity } from "../../core/types";
import { useI18n } from "../i18n/I18nContext";

const COLOR = { error: "danger", warning: "warning", notice: "informative" } as const;
const LABEL = { error: "severityError", warning: "severityWarning", notice: "severityNotice" } as const;

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useI18n();
  return (
    <Badge appearance="tint" color={COLOR[severity]} shape="rounded">
      {t(LABEL[severity])}
    </Badge>
  );
}

export function PartnerCenterBadge() {
  const { t } = useI18n();
  return (
    <Badge appearance="outline" color="brand" shape="rounded">
      {t("badgePartnerCenter")}
    </Badge>
  );
}
