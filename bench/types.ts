/** One printed benchmark figure. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The target, as text (e.g. "< 150 ms"). */
  goal?: string;
}
