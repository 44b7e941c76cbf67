// Playground entry: renders the simulated workbook; the task pane bundle mounts itself beside it.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { Workbook } from "./Workbook";

const target = document.getElementById("workbook");
if (target) createRoot(target).render(<Workbook sim={window.__sim} />);
