// Partner Center's code lists (RULES.md "Code lists"), kept as data so the Excel layer can build
// dropdowns from the same source the checker validates against.

export interface CodeListEntry {
  code: number;
  label: string;
}

export const DECLINED_LOST_REASONS: readonly CodeListEntry[] = [
  { code: 1, label: "Project budget isn't adequate" },
  { code: 2, label: "Customer didn't respond" },
  { code: 3, label: "Customer chose another vendor" },
  { code: 4, label: "Customer requirement not met" },
  { code: 5, label: "Not a customer" },
  { code: 6, label: "Proposed time line was too short" },
  { code: 7, label: "Report as abuse, spam, or phishing" },
  { code: 8, label: "Others" },
];

export const ERROR_REASONS: readonly CodeListEntry[] = [
  { code: 1, label: "Duplicate - created through bulk upload" },
  { code: 2, label: "Duplicate - created in Partner Center" },
  { code: 3, label: "Duplicate - sent by Microsoft" },
  { code: 4, label: "Connector data sync issues" },
  { code: 5, label: "Customer matching issues" },
  { code: 6, label: "Solution issues - explain in notes" },
  { code: 7, label: "Test referral" },
  { code: 8, label: "Data error" },
  { code: 9, label: "Others - explain in notes" },
];

export const HELP_CODES: readonly CodeListEntry[] = [
  { code: 1, label: "Workload - specific value proposition" },
  { code: 2, label: "Customer technical architecture" },
  { code: 3, label: "Proof of concept /Demo" },
  { code: 4, label: "Quotes and Licensing" },
  { code: 5, label: "Post - sales customer success" },
  { code: 6, label: "General or other" },
];

export const PARTNER_STATUSES = ["New", "Active", "Closed"] as const;
export const PARTNER_SUBSTATUSES = [
  "Pending",
  "Received",
  "Accepted",
  "Won",
  "Lost",
  "Declined",
  "Expired",
  "Error",
] as const;

/** Which substatuses each status allows (RULES.md "Row rules"). */
export const SUBSTATUSES_BY_STATUS: Readonly<Record<string, readonly string[]>> = {
  New: ["Pending", "Received", "Accepted"],
  Active: ["Accepted"],
  Closed: ["Won", "Lost", "Declined", "Expired", "Error"],
};

/** Substatuses after which Partner Center permits no further action. */
export const TERMINAL_SUBSTATUSES: readonly string[] = ["Won", "Lost", "Declined", "Expired", "Error"];

/** Substatuses that need a Declined/Lost/Error reason, and the list each one uses. */
export const REASON_LIST_BY_SUBSTATUS: Readonly<Record<string, readonly CodeListEntry[]>> = {
  Declined: DECLINED_LOST_REASONS,
  Lost: DECLINED_LOST_REASONS,
  Error: ERROR_REASONS,
};

export const YES_NO = ["Yes", "No"] as const;
export const MARKETPLACE_PURCHASE_INTENT = ["Yes", "No", "Have not decided"] as const;
export const CONFIDENCE_LEVELS = ["High", "Medium", "Low"] as const;
export const SALES_STAGES = ["10", "20", "40", "60", "80", "100"] as const;

export const DEVICE_CATEGORIES = [
  "Arcade/Consumer Gaming Device",
  "ATM",
  "Automotive & Transportation Systems",
  "Azure Sphere Board",
  "Azure Sphere Component",
  "Azure Sphere Guardian",
  "Azure Sphere Module",
  "Building Automation",
  "Casino Gaming Device",
  "Communication Devices",
  "Consumer Internet Device",
  "Consumer Wearable",
  "Digital Picture Frame",
  "Digital Signage",
  "Gateway",
  "HHT/Mobile",
  "Industrial Automation Device",
  "Industry Tablet(Non-POS)",
  "Kiosk",
  "Media Player",
  "Media Device",
  "Mobile POS",
  "Navigation Device",
  "Network Projector",
  "Other Banking Device",
  "Other Consumer Electronic Device",
  "Other Device",
  "Other Sensor/Node",
  "Point of Sale Device",
  "Printing Device",
  "Security/Surveillance",
  "Server",
  "Set-Top Box",
  "Smart TV",
  "Test and Measurement Device",
  "Thin Client Device",
  "Embedded PC/Industrial PC",
  "HMI (Human Machine Interface)",
  "Parking Solution Device",
  "Weighing scales",
  "EV Charging Device",
  "Vending Machine",
  "Barcode Scanner",
  "Voting Machine",
  "Lottery device",
  "Video Conference System",
] as const;

/** Listed only in the 2023 article: accepted with a warning. */
export const RETIRED_DEVICE_CATEGORIES = ["Other", "Other Enterprise Device"] as const;

export const SILICON_TYPES = [
  "AMD - A10",
  "AMD - A4",
  "AMD - A6",
  "AMD - A8",
  "AMD - E2",
  "AMD - FX 7500",
  "AMD - FX 7600P",
  "AMD - FX 9370",
  "AMD - FX 9590",
  "AMD - G Series",
  "AMD - Others",
  "AMD - R Series",
  "AMD - Rest of FX Models",
  "Intel - Atom",
  "Intel - Celeron - N1900",
  "Intel - Celeron - N2807",
  "Intel - Celeron - N2930",
  "Intel - Celeron - N3060",
  "Intel - Celeron - N3160",
  "Intel - Core i3",
  "Intel - Core i5",
  "Intel - Core i7",
  "Intel - Core M",
  "Intel - Others",
  "Intel - Pentium",
  "Intel - Rest of Celeron",
  "Intel - XEON",
  "MediaTek MT3620",
  "NXP 8ULP-CS",
  "Others",
] as const;
