// "1 error", "2 errors", "1,000 records": counts as people write them.
export function count(n: number, noun: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? noun : noun + "s"}`;
}
