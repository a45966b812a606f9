import { gridFilters, gridSorts, type GridOrder } from '@/lib/cohorts/arrange';

const fieldLook = 'rounded-md border border-line bg-canvas px-3 py-1.5';

/** One labelled choice of the form; the label stands apart, so the choice is not in its name. */
function Choice({
  id,
  label,
  name,
  value,
  options,
}: {
  id: string;
  label: string;
  name: string;
  value: string;
  options: Record<string, string>;
}) {
  return (
    <span className="flex flex-col gap-1">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value} className={fieldLook}>
        {Object.entries(options).map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}

/**
 * Orders and filters the members' grid: a plain GET form, so it works without JavaScript and the
 * URL it makes can be shared with another mentor. Choosing starts again from the first page.
 */
export function GridOrderForm({ order }: { order: GridOrder }) {
  return (
    <form method="get" className="mt-3 flex flex-wrap items-end gap-3 text-sm">
      <Choice id="grid-sort" label="Order" name="sort" value={order.sort} options={gridSorts} />
      <Choice id="grid-show" label="Show" name="show" value={order.show} options={gridFilters} />
      <button
        type="submit"
        className="rounded-md border border-line px-3 py-1.5 hover:bg-accent-soft"
      >
        Show members
      </button>
    </form>
  );
}
