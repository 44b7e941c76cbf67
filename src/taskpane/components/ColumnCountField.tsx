// A labelled 1–50 number input for how many Solution / Team member columns the template gets.
import * as React from "react";
import { Field, SpinButton, type SpinButtonOnChangeData } from "@fluentui/react-components";

export const MIN_COLUMNS = 1;
export const MAX_COLUMNS = 50;

export function clampColumns(value: number): number {
  if (!Number.isFinite(value)) return MIN_COLUMNS;
  return Math.min(MAX_COLUMNS, Math.max(MIN_COLUMNS, Math.round(value)));
}

interface Props {
  label: string;
  hint: string;
  value: number;
  onChange: (value: number) => void;
  disabled?: boolean;
}

export function ColumnCountField({ label, hint, value, onChange, disabled }: Props) {
  const handleChange = (_event: unknown, data: SpinButtonOnChangeData) => {
    // Typed text arrives as displayValue with value undefined.
    const next =
      data.value ?? (data.displayValue !== undefined ? Number.parseInt(data.displayValue, 10) : NaN);
    onChange(Number.isNaN(next) ? value : clampColumns(next));
  };
  return (
    <Field label={label} hint={hint}>
      <SpinButton
        value={value}
        min={MIN_COLUMNS}
        max={MAX_COLUMNS}
        onChange={handleChange}
        disabled={disabled}
      />
    </Field>
  );
}
