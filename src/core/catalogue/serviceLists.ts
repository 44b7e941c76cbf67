import type { ServiceLists } from "../types";

// Services co-sell defaults. Microsoft's FY26 taxonomy is not in the sources, so these lists are
// editable (CheckOptions.lists) and a value off the list is only ever a warning.
export const DEFAULT_SERVICE_LISTS: ServiceLists = {
  partnerRoles: [],
  solutionAreas: {
    "Cloud and AI Platform": [
      "Migrate and Modernize your Estate",
      "Innovate with Azure",
      "Unify Your Data Platform",
      "Scale with Cloud and AI Endpoints",
    ],
    "AI Business Solutions": [
      "AI Apps and Agents",
      "Copilot and Agents at Work",
      "Innovate with Low Code AI and Agents",
      "Sales Transformation with AI",
      "Service Transformation with AI",
      "ERP Transformation with AI",
      "Scale Business Operations with AI",
      "AI Ready with Surface Copilot PCs",
    ],
    Security: [
      "Secure AI Productivity",
      "Modern SecOps with Unified Platform",
      "Data Security",
      "Protect Cloud AI Platform and Apps",
      "Converged Communications",
    ],
  },
};
