import type { StepCompletion } from '@/lib/cohorts/grid';

/**
 * A step's completion: "n/m" in words and a bar that only repeats the number (hidden from screen
 * readers), so nothing relies on colour or length alone.
 */
export function StepCompletionBar({
  step,
  width = 'w-12',
}: {
  step: StepCompletion;
  width?: string;
}) {
  const percent = step.total === 0 ? 0 : Math.round((step.done / step.total) * 100);
  return (
    <>
      <span>
        {step.done}/{step.total}
      </span>
      <span className={`mt-1 block h-1.5 ${width} rounded-full bg-line`} aria-hidden="true">
        <span className="block h-1.5 rounded-full bg-accent" style={{ width: `${percent}%` }} />
      </span>
    </>
  );
}
