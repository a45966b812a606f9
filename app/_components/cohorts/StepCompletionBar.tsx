import type { StepCompletion } from '@/lib/cohorts/grid';

/**
 * A step's completion: "n/m" in words and a bar that only repeats the number (hidden from screen
 * readers), so nothing relies on colour or length alone. The bar is a native <progress> styled by
 * `.step-bar`: the grid repeats it for every member and step, in the HTML and the RSC payload.
 */
export function StepCompletionBar({ step, width }: { step: StepCompletion; width?: string }) {
  return (
    <>
      <span>
        {step.done}/{step.total}
      </span>
      <progress
        className={width ? `step-bar ${width}` : 'step-bar'}
        value={step.done}
        max={Math.max(step.total, 1)}
        aria-hidden="true"
      />
    </>
  );
}
