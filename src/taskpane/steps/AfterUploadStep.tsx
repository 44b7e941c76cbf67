// After upload: for a file Partner Center has processed, its rejections and Keep only failed rows.
import * as React from "react";
import { useI18n } from "../i18n/I18nContext";
import { AfterUploadPanel } from "../components/AfterUploadPanel";
import { StepView } from "./StepView";

export function AfterUploadStep(props: React.ComponentProps<typeof AfterUploadPanel>) {
  const { t } = useI18n();
  return (
    <StepView view="afterUpload" next={t("nextAfterUpload")}>
      <AfterUploadPanel {...props} />
    </StepView>
  );
}
