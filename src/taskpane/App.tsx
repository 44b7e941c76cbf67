// Placeholder root component; the task pane work replaces it.
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { WorkbookOps } from "./ports";

export interface AppProps {
  ops: WorkbookOps;
  language: string;
  platform?: string;
}

export function App({ ops }: AppProps) {
  const [status, setStatus] = React.useState("");
  return (
    <div>
      <Text as="h1" size={500} weight="semibold">
        Co-sell Upload Checker
      </Text>
      <Button appearance="primary" onClick={async () => setStatus(`Template on ${(await ops.insertTemplate({ solutionColumns: 1, teamMemberColumns: 1 })).sheetName}`)}>
        Insert template
      </Button>
      <Text role="status">{status}</Text>
    </div>
  );
}
